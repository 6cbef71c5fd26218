#include "kehoach/load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/due.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach {

namespace {

// The plan and progress loaders are the YAML tree's only users: its names are theirs.
using namespace yaml_tree;

constexpr std::string_view supported_format = "kehoach/1";
constexpr int min_year = 1900;
constexpr int max_year = 2100;

const Message start_hint{"một kế hoạch bắt đầu bằng `format: kehoach/1`",
                         "a plan starts with `format: kehoach/1`"};

const Dialect plan_dialect{
    .max_bytes = max_plan_bytes,
    // Real plans nest about five levels; anything far deeper is a mistake or an attack, and
    // refusing it early keeps our tree small.
    .max_depth = 64,
    .what = {"một kế hoạch", "a plan"},
    .start_hint = start_hint,
    .utf8_hint = {"lưu tệp với bảng mã UTF-8 (không dùng TCVN3, VNI hay Windows-1258)",
                  "save the file as UTF-8 (not TCVN3, VNI or Windows-1258)"},
    .control_hint = {"xóa ký tự này (thường do dán từ Word hoặc PDF)",
                     "delete it (it often comes from pasting out of Word or a PDF)"},
    .second_document_hint = {"một tệp chỉ chứa một kế hoạch: tách phần này ra tệp khác",
                             "a file holds one plan: move this part to a file of its own"},
    .edits = Edits::with_swaps,
    .detailed_syntax = true,
    .keep_first_document = true,
    .null_is_unset = true,
    .keep_invalid_utf8 = true,
};

// ---------------------------------------------------------------------------------------------
// Tree to Plan

constexpr std::array<Key, 23> plan_keys{{
    {"format", true}, {"status", true}, {"number"},           {"issuer", true}, {"place"},
    {"issued"},       {"year", true},   {"title", true},      {"basis_lead"},   {"basis"},
    {"parent"},       {"enactment"},    {"outline"},          {"purpose"},      {"requirements"},
    {"focus_areas"},  {"tasks"},        {"responsibilities"}, {"reporting"},    {"budget"},
    {"closing"},      {"recipients"},   {"signature"},
}};
constexpr std::array<Key, 5> issuer_keys{
    {{"name", true}, {"level", true}, {"locality"}, {"parent_authority"}, {"signer"}}};
constexpr std::array<Key, 5> basis_keys{{{"ref", true}, {"kind"}, {"date"}, {"issuer"}, {"title"}}};
constexpr std::array<Key, 5> parent_keys{
    {{"ref", true}, {"date"}, {"issuer"}, {"title"}, {"file"}}};
constexpr std::array<Key, 3> outline_keys{{{"number", true}, {"title", true}, {"holds"}}};
constexpr std::array<Key, 8> focus_area_keys{{{"id", true},
                                              {"number"},
                                              {"name", true},
                                              {"origin"},
                                              {"scope"},
                                              {"subjects"},
                                              {"content"},
                                              {"lead"}}};
constexpr std::array<Key, 14> task_keys{{{"id", true},
                                         {"number"},
                                         {"title", true},
                                         {"kind", true},
                                         {"description"},
                                         {"lead"},
                                         {"partners"},
                                         {"output"},
                                         {"due"},
                                         {"levels"},
                                         {"implements"},
                                         {"focus"},
                                         {"conditional"},
                                         {"progress"}}};
constexpr std::array<Key, 2> progress_keys{{{"status", true}, {"date"}}};
constexpr std::array<Key, 5> responsibility_keys{
    {{"agency", true}, {"number"}, {"level"}, {"intro"}, {"duties"}}};
constexpr std::array<Key, 8> duty_keys{
    {{"id"}, {"text", true}, {"kind"}, {"due"}, {"to"}, {"levels"}, {"implements"}, {"progress"}}};
constexpr std::array<Key, 5> reporting_keys{
    {{"subjects"}, {"period"}, {"due"}, {"to"}, {"content"}}};
constexpr std::array<Key, 4> signature_keys{{{"authority"}, {"role"}, {"title"}, {"name"}}};

static_assert(plan_keys.size() <= Fields::max_keys);

constexpr std::array<std::string_view, 2> status_values{"draft", "issued"};
constexpr std::array<std::string_view, 7> level_values{
    "national", "ministry", "province", "department", "district", "commune", "other"};
constexpr std::array<std::string_view, 8> kind_values{
    "plan", "training", "information", "inspection", "survey", "report", "focus", "other"};
constexpr std::array<std::string_view, 3> origin_values{"national", "local", "sector"};
constexpr std::array<std::string_view, 7> holds_values{
    "purpose", "requirements", "focus_areas", "tasks", "responsibilities", "reporting", "budget"};
constexpr std::array<std::string_view, 4> progress_values{"not_started", "in_progress", "done",
                                                          "cancelled"};

// Reads `digits` ASCII digits at `from`; -1 when any is not a digit.
int digits_at(std::string_view s, std::size_t from, std::size_t digits) {
  if (from + digits > s.size()) return -1;
  int value = 0;
  for (std::size_t i = from; i < from + digits; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

// `23/7/2012` (how dates are written in Vietnamese documents) as ISO, when it is a real day.
std::optional<Date> day_month_year(std::string_view s) {
  const auto first = s.find('/');
  const auto second = first == std::string_view::npos ? first : s.find('/', first + 1);
  if (second == std::string_view::npos || first < 1 || first > 2 || second - first < 2 ||
      second - first > 3 || s.size() - second != 5) {
    return std::nullopt;
  }
  const Date date{digits_at(s, second + 1, 4), digits_at(s, first + 1, second - first - 1),
                  digits_at(s, 0, first)};
  if (date.year < 0 || date.month < 0 || date.day < 0 || !date.valid()) return std::nullopt;
  return date;
}

// Long class: the mapping of every section of the plan shares one diagnostic sink; the field
// table of issue 15 point 3 replaces the hand-written parts.
class Mapper {
 public:
  Mapper(const std::vector<Node>& nodes, Sink& sink) : m_nodes(nodes), m_sink(sink) {}

  void plan(const Node& root, Plan& plan);

 private:
  [[nodiscard]] const Node& node(std::size_t index) const { return m_nodes[index]; }

  // The values of `map`, whose keys belong to `context` and are `keys`, with its problems reported.
  Fields fields(const Node& map, std::string_view context, std::span<const Key> keys) {
    return Fields(m_nodes, map, context, keys, plan_dialect, m_sink);
  }

  enum class Expect { string, text, list, mapping, entry_string, entry_mapping };

  void wrong_type(const Node& n, std::string_view key, Expect expect) {
    Message message;
    Message hint;
    switch (expect) {
      case Expect::string:
        message = {fmt::format("`{}` phải là một chuỗi", key),
                   fmt::format("`{}` must be a string", key)};
        break;
      case Expect::text:
        message = {fmt::format("`{}` phải là một chuỗi hoặc một danh sách chuỗi", key),
                   fmt::format("`{}` must be a string or a list of strings", key)};
        break;
      case Expect::list:
        message = {fmt::format("`{}` phải là một danh sách", key),
                   fmt::format("`{}` must be a list", key)};
        hint = {fmt::format("viết mỗi mục trên một dòng bắt đầu bằng `- ` bên dưới `{}:`", key),
                fmt::format("write each entry on a line starting with `- ` under `{}:`", key)};
        break;
      case Expect::mapping:
        message = {fmt::format("`{}` phải là một ánh xạ", key),
                   fmt::format("`{}` must be a mapping", key)};
        hint = {fmt::format("viết các khóa con thụt lề bên dưới `{}:`", key),
                fmt::format("write its keys indented under `{}:`", key)};
        break;
      case Expect::entry_string:
        message = {fmt::format("mỗi mục của `{}` phải là một chuỗi", key),
                   fmt::format("each entry of `{}` must be a string", key)};
        break;
      case Expect::entry_mapping:
        message = {fmt::format("mỗi mục của `{}` phải là một ánh xạ", key),
                   fmt::format("each entry of `{}` must be a mapping", key)};
        break;
    }
    m_sink.add("KH002", n.at, std::move(message), std::move(hint));
  }

  static Text text_of(const Node& n) { return Text{nfc(n.value), n.at, true}; }

  // Position of a mapping's first key: where a reader sees an entry of a list begin.
  [[nodiscard]] Position entry_at(const Node& map) const {
    return map.items.empty() ? map.at : node(map.items.front()).at;
  }

  Text str(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::scalar) {
      wrong_type(*n, key, Expect::string);
      return {};
    }
    return text_of(*n);
  }

  // `text`: one string or a list of strings (paragraphs, bullets).
  std::vector<Text> paragraphs(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind == NodeKind::scalar) return {text_of(*n)};
    if (n->kind != NodeKind::sequence) {
      wrong_type(*n, key, Expect::text);
      return {};
    }
    return entries(*n, key);
  }

  // A list of strings, and only a list.
  std::vector<Text> strings(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::sequence) {
      wrong_type(*n, key, Expect::list);
      return {};
    }
    return entries(*n, key);
  }

  std::vector<Text> entries(const Node& list, std::string_view key) {
    std::vector<Text> out;
    out.reserve(list.items.size());
    for (const std::size_t index : list.items) {
      const Node& entry = node(index);
      if (entry.kind == NodeKind::scalar) {
        out.push_back(text_of(entry));
      } else if (entry.kind != NodeKind::refused) {
        wrong_type(entry, key, Expect::entry_string);
      }
    }
    return out;
  }

  // Index in `allowed` of the value of `n`, reporting a value outside it.
  std::optional<std::size_t> choice(const Node* n, std::string_view key,
                                    std::span<const std::string_view> allowed, bool entry = false) {
    if (!n || n->kind == NodeKind::refused) return std::nullopt;
    if (n->kind != NodeKind::scalar) {
      wrong_type(*n, key, entry ? Expect::entry_string : Expect::string);
      return std::nullopt;
    }
    for (std::size_t i = 0; i < allowed.size(); ++i) {
      if (allowed[i] == n->value) return i;
    }
    refuse_value(*n, key, allowed, plan_dialect, m_sink);
    return std::nullopt;
  }

  Text choice_text(const Node* n, std::string_view key, std::span<const std::string_view> allowed) {
    if (choice(n, key, allowed)) return text_of(*n);
    return {};
  }

  Located<Level> level(const Node* n, std::string_view key, bool entry = false) {
    if (const auto i = choice(n, key, level_values, entry)) {
      return {*level_from_key(level_values[*i]), n->at, true};
    }
    return {};
  }

  std::vector<Located<Level>> levels(const Node* n, std::string_view key) {
    std::vector<Located<Level>> out;
    if (!n || n->kind == NodeKind::refused) return out;
    if (n->kind != NodeKind::sequence) {
      wrong_type(*n, key, Expect::list);
      return out;
    }
    for (const std::size_t index : n->items) {
      if (auto value = level(&node(index), key, true); value.present) out.push_back(value);
    }
    return out;
  }

  Located<TaskKind> kind(const Node* n) {
    if (const auto i = choice(n, "kind", kind_values)) {
      return {*task_kind_from_key(kind_values[*i]), n->at, true};
    }
    return {};
  }

  Text id(const Node* n) {
    Text out = str(n, "id");
    if (out.present && !is_id(out.value)) {
      m_sink.add("KH009", out.at,
                 {fmt::format("mã `{}` không hợp lệ", out.value),
                  fmt::format("invalid id `{}`", out.value)},
                 {"mã gồm chữ cái không dấu, chữ số và `.`, `_`, `-`, bắt đầu bằng chữ cái "
                  "hoặc chữ số",
                  "an id is ASCII letters, digits, `.`, `_` and `-`, starting with a letter or "
                  "digit"});
    }
    return out;
  }

  static Message iso_hint(std::string_view written) {
    if (const auto date = day_month_year(written)) {
      return {fmt::format("viết `{}`", date->iso()), fmt::format("write `{}`", date->iso())};
    }
    return {"ví dụ `2025-01-30` cho ngày 30/01/2025", "e.g. `2025-01-30` for 30 January 2025"};
  }

  void no_such_day(Position at, const Date& date) {
    m_sink.add(
        "KH010", at,
        {fmt::format("ngày {:02}/{:02}/{:04} không tồn tại", date.day, date.month, date.year),
         fmt::format("the date {:04}-{:02}-{:02} does not exist", date.year, date.month,
                     date.day)});
  }

  Located<Date> date(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::scalar) {
      m_sink.add("KH002", n->at,
                 {fmt::format("`{}` phải là một ngày dạng YYYY-MM-DD", key),
                  fmt::format("`{}` must be a date written YYYY-MM-DD", key)});
      return {};
    }
    const std::string_view s = n->value;
    if (const auto parsed = parse_iso_date(s)) return {*parsed, n->at, true};
    const Date written{digits_at(s, 0, 4), digits_at(s, 5, 2), digits_at(s, 8, 2)};
    if (s.size() == 10 && s[4] == '-' && s[7] == '-' && written.year >= 0 && written.month >= 0 &&
        written.day >= 0) {
      no_such_day(n->at, written);
      return {};
    }
    const std::string value = nfc(s);
    m_sink.add("KH010", n->at,
               {fmt::format("ngày `{}` không đúng dạng YYYY-MM-DD", value),
                fmt::format("date `{}` is not written YYYY-MM-DD", value)},
               iso_hint(s));
    return {};
  }

  IssueDate issued(const Node* n) {
    IssueDate out;
    if (!n || n->kind == NodeKind::refused) return out;
    if (n->kind != NodeKind::scalar) {
      m_sink.add("KH002", n->at,
                 {"`issued` phải là một ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY",
                  "`issued` must be a date written YYYY-MM-DD, YYYY-MM or YYYY"});
      return out;
    }
    const std::string_view s = n->value;
    const int year = digits_at(s, 0, 4);
    const bool has_month = s.size() >= 7 && s[4] == '-';
    const bool has_day = s.size() == 10 && s[7] == '-';
    const int month = has_month ? digits_at(s, 5, 2) : 0;
    const int day = has_day ? digits_at(s, 8, 2) : 0;
    const bool shape_ok = (s.size() == 4 || (s.size() == 7 && has_month) || has_day) && year >= 0 &&
                          month >= 0 && day >= 0;
    if (!shape_ok) {
      const std::string value = nfc(s);
      m_sink.add(
          "KH010", n->at,
          {fmt::format("ngày ban hành `{}` không đúng dạng YYYY-MM-DD, YYYY-MM hoặc YYYY", value),
           fmt::format("`issued` value `{}` is not written YYYY-MM-DD, YYYY-MM or YYYY", value)},
          iso_hint(s));
      return out;
    }
    if (has_day && !Date{year, month, day}.valid()) {
      no_such_day(n->at, Date{year, month, day});
      return out;
    }
    if (has_month && (month < 1 || month > 12)) {
      m_sink.add("KH010", n->at,
                 {fmt::format("tháng {:02}/{:04} không tồn tại", month, year),
                  fmt::format("the month {:04}-{:02} does not exist", year, month)});
      return out;
    }
    out.year = year;
    out.month = month;
    out.day = day;
    out.at = n->at;
    out.present = true;
    return out;
  }

  Located<int> year(const Node* n) {
    if (!n || n->kind == NodeKind::refused) return {};
    const Message not_integer{"`year` phải là một số nguyên", "`year` must be an integer"};
    if (n->kind != NodeKind::scalar) {
      m_sink.add("KH002", n->at, not_integer);
      return {};
    }
    // yaml-cpp would read a quoted "0123" as octal 83; we read the text ourselves, in decimal,
    // and only unquoted: a quoted year is a string to the JSON Schema too.
    if (!n->plain) {
      m_sink.add("KH002", n->at,
                 {"`year` phải là một số nguyên, không đặt trong dấu nháy",
                  "`year` must be an integer, not a quoted string"},
                 {"bỏ dấu nháy, ví dụ `year: 2025`", "remove the quotes, e.g. `year: 2025`"});
      return {};
    }
    std::string_view s = n->value;
    const bool negative = !s.empty() && s.front() == '-';
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
    if (s.empty() ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      m_sink.add("KH002", n->at, not_integer);
      return {};
    }
    const std::string_view significant = s.substr(std::min(s.find_first_not_of('0'), s.size()));
    const int value =
        significant.size() > 4 ? max_year + 1 : digits_at(significant, 0, significant.size());
    if (negative || value < min_year || value > max_year) {
      m_sink.add("KH009", n->at,
                 {fmt::format("năm `{}` nằm ngoài khoảng {}–{}", n->value, min_year, max_year),
                  fmt::format("year `{}` is outside {}–{}", n->value, min_year, max_year)});
      return {};
    }
    return {value, n->at, true};
  }

  Located<bool> boolean(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    // YAML 1.2 core schema booleans; `yes`/`on` were YAML 1.1 and surprise people.
    if (n->kind == NodeKind::scalar && n->plain) {
      const std::string_view v = n->value;
      if (v == "true" || v == "True" || v == "TRUE") return {true, n->at, true};
      if (v == "false" || v == "False" || v == "FALSE") return {false, n->at, true};
    }
    m_sink.add("KH002", n->at,
               {fmt::format("`{}` phải là true hoặc false", key),
                fmt::format("`{}` must be true or false", key)});
    return {};
  }

  DueField due(const Node* n, std::string_view key) {
    DueField out;
    out.phrase = str(n, key);
    if (!out.phrase.present) return out;
    // An unreadable phrase is the checker's to report: it has the phrase's position.
    DueResult reading = parse_due(out.phrase.value, m_plan_year);
    out.reading = std::move(reading.deadline);
    out.error = std::move(reading.error);
    return out;
  }

  // Calls `read` with each mapping entry of the list `n`.
  template <class Read>
  void each_mapping(const Node* n, std::string_view key, Read&& read) {
    if (!n || n->kind == NodeKind::refused) return;
    if (n->kind != NodeKind::sequence) {
      wrong_type(*n, key, Expect::list);
      return;
    }
    for (const std::size_t index : n->items) {
      const Node& entry = node(index);
      if (entry.kind == NodeKind::mapping) {
        read(entry);
      } else if (entry.kind != NodeKind::refused) {
        wrong_type(entry, key, Expect::entry_mapping);
      }
    }
  }

  // The mapping `n`, or nullptr (reporting a wrong type).
  const Node* mapping(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return nullptr;
    if (n->kind != NodeKind::mapping) {
      wrong_type(*n, key, Expect::mapping);
      return nullptr;
    }
    return n;
  }

  Issuer issuer(const Node& map) {
    const Fields f = fields(map, "issuer", issuer_keys);
    Issuer out;
    out.name = str(f["name"], "name");
    out.level = level(f["level"], "level");
    out.locality = str(f["locality"], "locality");
    out.parent_authority = str(f["parent_authority"], "parent_authority");
    out.signer = str(f["signer"], "signer");
    return out;
  }

  LegalRef legal_ref(const Node& map) {
    const Fields f = fields(map, "basis", basis_keys);
    LegalRef out;
    out.ref = str(f["ref"], "ref");
    out.kind = str(f["kind"], "kind");
    out.date = date(f["date"], "date");
    out.issuer = str(f["issuer"], "issuer");
    out.title = str(f["title"], "title");
    out.at = entry_at(map);
    return out;
  }

  ParentRef parent(const Node& map) {
    const Fields f = fields(map, "parent", parent_keys);
    ParentRef out;
    out.ref = str(f["ref"], "ref");
    out.date = date(f["date"], "date");
    out.issuer = str(f["issuer"], "issuer");
    out.title = str(f["title"], "title");
    out.file = str(f["file"], "file");
    out.at = entry_at(map);
    return out;
  }

  Heading heading(const Node& map) {
    const Fields f = fields(map, "outline", outline_keys);
    Heading out;
    out.number = str(f["number"], "number");
    out.title = str(f["title"], "title");
    out.holds = choice_text(f["holds"], "holds", holds_values);
    out.at = entry_at(map);
    return out;
  }

  FocusArea focus_area(const Node& map) {
    const Fields f = fields(map, "focus_areas", focus_area_keys);
    FocusArea out;
    out.id = id(f["id"]);
    out.number = str(f["number"], "number");
    out.name = str(f["name"], "name");
    out.origin = choice_text(f["origin"], "origin", origin_values);
    out.scope = str(f["scope"], "scope");
    out.subjects = paragraphs(f["subjects"], "subjects");
    out.content = paragraphs(f["content"], "content");
    out.lead = str(f["lead"], "lead");
    out.at = entry_at(map);
    return out;
  }

  std::optional<Progress> progress(const Node* n) {
    const Node* map = mapping(n, "progress");
    if (!map) return std::nullopt;
    const Fields f = fields(*map, "progress", progress_keys);
    Progress out;
    out.status = choice_text(f["status"], "status", progress_values);
    out.date = date(f["date"], "date");
    out.at = entry_at(*map);
    return out;
  }

  Task task(const Node& map) {
    const Fields f = fields(map, "tasks", task_keys);
    Task out;
    out.id = id(f["id"]);
    out.number = str(f["number"], "number");
    out.title = str(f["title"], "title");
    out.kind = kind(f["kind"]);
    out.description = paragraphs(f["description"], "description");
    out.lead = paragraphs(f["lead"], "lead");
    out.partners = paragraphs(f["partners"], "partners");
    out.output = str(f["output"], "output");
    out.due = due(f["due"], "due");
    out.levels = levels(f["levels"], "levels");
    out.implements = strings(f["implements"], "implements");
    out.focus = strings(f["focus"], "focus");
    out.conditional = boolean(f["conditional"], "conditional");
    out.progress = progress(f["progress"]);
    out.at = entry_at(map);
    return out;
  }

  Duty duty(const Node& map) {
    const Fields f = fields(map, "duties", duty_keys);
    Duty out;
    out.id = id(f["id"]);
    out.text = str(f["text"], "text");
    out.kind = kind(f["kind"]);
    out.due = due(f["due"], "due");
    out.to = str(f["to"], "to");
    out.levels = levels(f["levels"], "levels");
    out.implements = strings(f["implements"], "implements");
    out.progress = progress(f["progress"]);
    out.at = entry_at(map);
    return out;
  }

  Responsibility responsibility(const Node& map) {
    const Fields f = fields(map, "responsibilities", responsibility_keys);
    Responsibility out;
    out.agency = str(f["agency"], "agency");
    out.number = str(f["number"], "number");
    out.level = level(f["level"], "level");
    out.intro = str(f["intro"], "intro");
    each_mapping(f["duties"], "duties",
                 [&](const Node& entry) { out.duties.push_back(duty(entry)); });
    out.at = entry_at(map);
    return out;
  }

  Reporting reporting(const Node& map) {
    const Fields f = fields(map, "reporting", reporting_keys);
    Reporting out;
    out.subjects = str(f["subjects"], "subjects");
    out.period = due(f["period"], "period");
    out.due = due(f["due"], "due");
    out.to = str(f["to"], "to");
    out.content = str(f["content"], "content");
    out.at = entry_at(map);
    return out;
  }

  Signature signature(const Node& map) {
    const Fields f = fields(map, "signature", signature_keys);
    Signature out;
    out.authority = str(f["authority"], "authority");
    out.role = str(f["role"], "role");
    out.title = str(f["title"], "title");
    out.name = str(f["name"], "name");
    out.at = entry_at(map);
    return out;
  }

  const std::vector<Node>& m_nodes;
  Sink& m_sink;
  int m_plan_year = 0;  ///< for deadline phrases without a year; 0 until a valid year is read
};

void Mapper::plan(const Node& root, Plan& plan) {
  // The format is read first: a file of another version would otherwise drown its one real
  // problem in unknown-key errors for keys that version has and this one does not.
  const Node* format = value_of(m_nodes, root, "format");
  if (format && format->kind == NodeKind::scalar && format->value != supported_format) {
    plan.format = text_of(*format);
    m_sink.add("KH012", format->at,
               {fmt::format("phiên bản định dạng `{}` không được hỗ trợ", plan.format.value),
                fmt::format("unsupported format version `{}`", plan.format.value)},
               {"kehoach này đọc `format: kehoach/1`",
                "this version of kehoach reads `format: kehoach/1`"});
    return;
  }

  const Fields f = fields(root, "", plan_keys);
  plan.format = str(f["format"], "format");
  plan.year = year(f["year"]);
  if (plan.year.present) m_plan_year = plan.year.value;
  if (const auto i = choice(f["status"], "status", status_values)) {
    plan.status = {*i == 0 ? Status::draft : Status::issued, f["status"]->at, true};
  }
  plan.number = str(f["number"], "number");
  if (const Node* map = mapping(f["issuer"], "issuer")) plan.issuer = issuer(*map);
  plan.place = str(f["place"], "place");
  plan.issued = issued(f["issued"]);
  plan.title = str(f["title"], "title");
  plan.basis_lead = str(f["basis_lead"], "basis_lead");
  // The format's documented default, so that renderers need not know it; `present` stays false.
  if (!plan.basis_lead.present) plan.basis_lead.value = "Căn cứ";
  each_mapping(f["basis"], "basis",
               [&](const Node& entry) { plan.basis.push_back(legal_ref(entry)); });
  if (const Node* map = mapping(f["parent"], "parent")) plan.parent = parent(*map);
  plan.enactment = str(f["enactment"], "enactment");
  each_mapping(f["outline"], "outline",
               [&](const Node& entry) { plan.outline.push_back(heading(entry)); });
  plan.purpose = paragraphs(f["purpose"], "purpose");
  plan.requirements = paragraphs(f["requirements"], "requirements");
  each_mapping(f["focus_areas"], "focus_areas",
               [&](const Node& entry) { plan.focus_areas.push_back(focus_area(entry)); });
  each_mapping(f["tasks"], "tasks", [&](const Node& entry) { plan.tasks.push_back(task(entry)); });
  each_mapping(f["responsibilities"], "responsibilities",
               [&](const Node& entry) { plan.responsibilities.push_back(responsibility(entry)); });
  if (const Node* map = mapping(f["reporting"], "reporting")) plan.reporting = reporting(*map);
  plan.budget = paragraphs(f["budget"], "budget");
  plan.closing = str(f["closing"], "closing");
  plan.recipients = strings(f["recipients"], "recipients");
  if (const Node* map = mapping(f["signature"], "signature")) plan.signature = signature(*map);
}

void load_into(LoadResult& result, std::string_view input, Sink& sink) {
  const auto tree = yaml_tree::read(input, result.text, plan_dialect, sink);
  if (!tree) return;
  const Node& root = tree->nodes[tree->root];
  // A mapping without a single plan key, even misspelt, is some other YAML file given by
  // mistake: say so once rather than list every key as unknown and every required key missing.
  std::array<std::string_view, plan_keys.size()> names;
  std::transform(plan_keys.begin(), plan_keys.end(), names.begin(),
                 [](const Key& k) { return k.name; });
  bool any_plan_key = false;
  for (std::size_t i = 0; i < root.items.size() && !any_plan_key; i += 2) {
    const Node& key = tree->nodes[root.items[i]];
    any_plan_key = key.kind == NodeKind::scalar &&
                   (std::find(names.begin(), names.end(), key.value) != names.end() ||
                    suggest(key.value, names, plan_dialect.edits).has_value());
  }
  if (!any_plan_key) {
    sink.add("KH013", root.at,
             {"tệp không phải một kế hoạch: không có khóa nào của định dạng",
              "not a plan: none of the format's keys is present"},
             start_hint);
    return;
  }
  Mapper mapper(tree->nodes, sink);
  mapper.plan(root, result.plan);
}

}  // namespace

LoadResult load_plan(std::string_view text, const std::string& file_name) {
  LoadResult result;
  result.plan.file = file_name;
  yaml_tree::guarded(result.diagnostics, file_name,
                     [&](Sink& sink) { load_into(result, text, sink); });
  return result;
}

}  // namespace kehoach