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
#include "kehoach/text.hpp"
#include "read/fields.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach {

namespace {

// The plan and progress loaders are the YAML tree's only users: its names are theirs.
using namespace yaml_tree;

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
// Tree to Plan, by the format's tables (read/fields.hpp)

using format::Field;
using format::Slot;
using format::Table;
using format::Type;

constexpr std::string_view supported_format = format::plan_formats[0];

// The model member behind a key, as the C++ type its slot says it is.
template <class T>
T& as(void* member) {
  return *static_cast<T*>(member);
}

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

// A value of the wrong type for `field` (of an entry of its list, with `entry`), in the words
// of the field's type.
void wrong_type(Sink& sink, const Node& n, const Field& field, bool entry = false) {
  const std::string_view key = field.key;
  Message message;
  Message hint;
  if (entry) {
    message = field.type == Type::mappings
                  ? Message{fmt::format("mỗi mục của `{}` phải là một ánh xạ", key),
                            fmt::format("each entry of `{}` must be a mapping", key)}
                  : Message{fmt::format("mỗi mục của `{}` phải là một chuỗi", key),
                            fmt::format("each entry of `{}` must be a string", key)};
    sink.add("KH002", n.at, std::move(message));
    return;
  }
  switch (field.type) {
    case Type::text:
      message = {fmt::format("`{}` phải là một chuỗi hoặc một danh sách chuỗi", key),
                 fmt::format("`{}` must be a string or a list of strings", key)};
      break;
    case Type::strings:
    case Type::ids:
    case Type::levels:
    case Type::mappings:
      message = {fmt::format("`{}` phải là một danh sách", key),
                 fmt::format("`{}` must be a list", key)};
      hint = {fmt::format("viết mỗi mục trên một dòng bắt đầu bằng `- ` bên dưới `{}:`", key),
              fmt::format("write each entry on a line starting with `- ` under `{}:`", key)};
      break;
    case Type::mapping:
      message = {fmt::format("`{}` phải là một ánh xạ", key),
                 fmt::format("`{}` must be a mapping", key)};
      hint = {fmt::format("viết các khóa con thụt lề bên dưới `{}:`", key),
              fmt::format("write its keys indented under `{}:`", key)};
      break;
    case Type::date:
      message = {fmt::format("`{}` phải là một ngày dạng YYYY-MM-DD", key),
                 fmt::format("`{}` must be a date written YYYY-MM-DD", key)};
      break;
    case Type::issue_date:
      message = {fmt::format("`{}` phải là một ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY", key),
                 fmt::format("`{}` must be a date written YYYY-MM-DD, YYYY-MM or YYYY", key)};
      break;
    case Type::year:
      message = {fmt::format("`{}` phải là một số nguyên", key),
                 fmt::format("`{}` must be an integer", key)};
      break;
    case Type::boolean:
      message = {fmt::format("`{}` phải là true hoặc false", key),
                 fmt::format("`{}` must be true or false", key)};
      break;
    case Type::str:
    case Type::phrase:
    case Type::id:
    case Type::choice:
    case Type::level:
    case Type::kind:
      message = {fmt::format("`{}` phải là một chuỗi", key),
                 fmt::format("`{}` must be a string", key)};
      break;
  }
  sink.add("KH002", n.at, std::move(message), std::move(hint));
}

Message iso_hint(std::string_view written) {
  if (const auto date = day_month_year(written)) {
    return {fmt::format("viết `{}`", date->iso()), fmt::format("write `{}`", date->iso())};
  }
  return {"ví dụ `2025-01-30` cho ngày 30/01/2025", "e.g. `2025-01-30` for 30 January 2025"};
}

void no_such_day(Sink& sink, Position at, const Date& date) {
  sink.add(
      "KH010", at,
      {fmt::format("ngày {:02}/{:02}/{:04} không tồn tại", date.day, date.month, date.year),
       fmt::format("the date {:04}-{:02}-{:02} does not exist", date.year, date.month, date.day)});
}

Located<Date> date(Sink& sink, const Node* n, const Field& field) {
  if (!n || n->kind == NodeKind::refused) return {};
  if (n->kind != NodeKind::scalar) {
    wrong_type(sink, *n, field);
    return {};
  }
  const std::string_view s = n->value;
  if (const auto parsed = parse_iso_date(s)) return {*parsed, n->at, true};
  const Date written{digits_at(s, 0, 4), digits_at(s, 5, 2), digits_at(s, 8, 2)};
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && written.year >= 0 && written.month >= 0 &&
      written.day >= 0) {
    no_such_day(sink, n->at, written);
    return {};
  }
  const std::string value = nfc(s);
  sink.add("KH010", n->at,
           {fmt::format("ngày `{}` không đúng dạng YYYY-MM-DD", value),
            fmt::format("date `{}` is not written YYYY-MM-DD", value)},
           iso_hint(s));
  return {};
}

IssueDate issued(Sink& sink, const Node* n, const Field& field) {
  IssueDate out;
  if (!n || n->kind == NodeKind::refused) return out;
  if (n->kind != NodeKind::scalar) {
    wrong_type(sink, *n, field);
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
    sink.add(
        "KH010", n->at,
        {fmt::format("ngày ban hành `{}` không đúng dạng YYYY-MM-DD, YYYY-MM hoặc YYYY", value),
         fmt::format("`issued` value `{}` is not written YYYY-MM-DD, YYYY-MM or YYYY", value)},
        iso_hint(s));
    return out;
  }
  if (has_day && !Date{year, month, day}.valid()) {
    no_such_day(sink, n->at, Date{year, month, day});
    return out;
  }
  if (has_month && (month < 1 || month > 12)) {
    sink.add("KH010", n->at,
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

// The plan year: also what deadline phrases without a year take, so it is read before them.
Located<int> year(Sink& sink, const Node* n, const Field& field) {
  if (!n || n->kind == NodeKind::refused) return {};
  if (n->kind != NodeKind::scalar) {
    wrong_type(sink, *n, field);
    return {};
  }
  // yaml-cpp would read a quoted "0123" as octal 83; we read the text ourselves, in decimal,
  // and only unquoted: a quoted year is a string to the JSON Schema too.
  if (!n->plain) {
    sink.add("KH002", n->at,
             {"`year` phải là một số nguyên, không đặt trong dấu nháy",
              "`year` must be an integer, not a quoted string"},
             {"bỏ dấu nháy, ví dụ `year: 2025`", "remove the quotes, e.g. `year: 2025`"});
    return {};
  }
  std::string_view s = n->value;
  const bool negative = !s.empty() && s.front() == '-';
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    wrong_type(sink, *n, field);
    return {};
  }
  const std::string_view significant = s.substr(std::min(s.find_first_not_of('0'), s.size()));
  const int value =
      significant.size() > 4 ? max_year + 1 : digits_at(significant, 0, significant.size());
  if (negative || value < min_year || value > max_year) {
    sink.add("KH009", n->at,
             {fmt::format("năm `{}` nằm ngoài khoảng {}–{}", n->value, min_year, max_year),
              fmt::format("year `{}` is outside {}–{}", n->value, min_year, max_year)});
    return {};
  }
  return {value, n->at, true};
}

Located<bool> boolean(Sink& sink, const Node* n, const Field& field) {
  if (!n || n->kind == NodeKind::refused) return {};
  // YAML 1.2 core schema booleans; `yes`/`on` were YAML 1.1 and surprise people.
  if (n->kind == NodeKind::scalar && n->plain) {
    const std::string_view v = n->value;
    if (v == "true" || v == "True" || v == "TRUE") return {true, n->at, true};
    if (v == "false" || v == "False" || v == "FALSE") return {false, n->at, true};
  }
  wrong_type(sink, *n, field);
  return {};
}

// Fills the model from the tree by the format's tables: each key's type (fields.hpp) says how its
// value is read and which error a wrong one gets; its slot says where it lands.
class Mapper {
 public:
  Mapper(const std::vector<Node>& nodes, Sink& sink) : m_nodes(nodes), m_sink(sink) {}

  void plan(const Node& root, Plan& plan);

 private:
  [[nodiscard]] const Node& node(std::size_t index) const { return m_nodes[index]; }

  // Reads the mapping `map`, whose keys belong to `context` and are `table`'s, into `record`.
  void fill(const Node& map, std::string_view context, const Table& table, void* record) {
    const Fields f(m_nodes, map, context, table.keys, plan_dialect, m_sink);
    for (const Field& field : table.fields) read(field, f[field.key], field.member(record));
    if (table.at) *table.at(record) = entry_at(map);
  }

  // Reads the value `n` of `field` (nullptr when absent) into `member`.
  void read(const Field& field, const Node* n, void* member) {
    switch (field.slot) {
      case Slot::text:
        as<Text>(member) = field.type == Type::id       ? id(n, field)
                           : field.type == Type::choice ? choice_text(n, field)
                                                        : str(n, field);
        return;
      case Slot::texts:
        as<std::vector<Text>>(member) =
            field.type == Type::text ? paragraphs(n, field) : strings(n, field);
        return;
      case Slot::level: as<Located<Level>>(member) = level(n, field); return;
      case Slot::levels: as<std::vector<Located<Level>>>(member) = levels(n, field); return;
      case Slot::kind:
        if (const auto i = choice(n, field)) {
          as<Located<TaskKind>>(member) = {*task_kind_from_key(field.allowed[*i]), n->at, true};
        }
        return;
      case Slot::status:
        // `allowed` is in the order of the enum Status.
        if (const auto i = choice(n, field)) {
          as<Located<Status>>(member) = {static_cast<Status>(*i), n->at, true};
        }
        return;
      case Slot::due: as<DueField>(member) = due(n, field); return;
      case Slot::date: as<Located<Date>>(member) = date(m_sink, n, field); return;
      case Slot::issue_date: as<IssueDate>(member) = issued(m_sink, n, field); return;
      case Slot::integer:
        as<Located<int>>(member) = year(m_sink, n, field);
        // Deadline phrases without a year take the plan year: the table has it before them.
        if (as<Located<int>>(member).present) m_plan_year = as<Located<int>>(member).value;
        return;
      case Slot::boolean: as<Located<bool>>(member) = boolean(m_sink, n, field); return;
      case Slot::record:
      case Slot::optional_record:
        if (const Node* map = mapping(n, field)) {
          fill(*map, field.key, *field.table, field.entry(member));
        }
        return;
      case Slot::records:
        each_mapping(n, field, [&](const Node& entry) {
          fill(entry, field.key, *field.table, field.entry(member));
        });
        return;
    }
  }

  static Text text_of(const Node& n) { return Text{nfc(n.value), n.at, true}; }

  // Position of a mapping's first key: where a reader sees an entry of a list begin.
  [[nodiscard]] Position entry_at(const Node& map) const {
    return map.items.empty() ? map.at : node(map.items.front()).at;
  }

  Text str(const Node* n, const Field& field) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::scalar) {
      wrong_type(m_sink, *n, field);
      return {};
    }
    // `lead: " "`: nothing written, read as absent (a required key is KH008 in Fields).
    if (is_blank_text(n->value)) return {};
    return text_of(*n);
  }

  // `text`: one string or a list of strings (paragraphs, bullets).
  std::vector<Text> paragraphs(const Node* n, const Field& field) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind == NodeKind::scalar) {
      if (is_blank_text(n->value)) return {};
      return {text_of(*n)};
    }
    if (n->kind != NodeKind::sequence) {
      wrong_type(m_sink, *n, field);
      return {};
    }
    return entries(*n, field);
  }

  // A list of strings, and only a list.
  std::vector<Text> strings(const Node* n, const Field& field) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::sequence) {
      wrong_type(m_sink, *n, field);
      return {};
    }
    return entries(*n, field);
  }

  std::vector<Text> entries(const Node& list, const Field& field) {
    std::vector<Text> out;
    out.reserve(list.items.size());
    for (const std::size_t index : list.items) {
      const Node& entry = node(index);
      // A blank entry (`purpose: [" "]`) is no paragraph: a list of only such entries is
      // empty, as KH101 reports it.
      if (entry.kind == NodeKind::scalar) {
        if (!is_blank_text(entry.value)) out.push_back(text_of(entry));
      } else if (entry.kind != NodeKind::refused) {
        wrong_type(m_sink, entry, field, true);
      }
    }
    return out;
  }

  // Index in the field's allowed values of the value of `n`, reporting a value outside them.
  std::optional<std::size_t> choice(const Node* n, const Field& field, bool entry = false) {
    if (!n || n->kind == NodeKind::refused) return std::nullopt;
    if (n->kind != NodeKind::scalar) {
      wrong_type(m_sink, *n, field, entry);
      return std::nullopt;
    }
    for (std::size_t i = 0; i < field.allowed.size(); ++i) {
      if (field.allowed[i] == n->value) return i;
    }
    refuse_value(*n, field.key, field.allowed, plan_dialect, m_sink);
    return std::nullopt;
  }

  Text choice_text(const Node* n, const Field& field) {
    if (choice(n, field)) return text_of(*n);
    return {};
  }

  Located<Level> level(const Node* n, const Field& field, bool entry = false) {
    if (const auto i = choice(n, field, entry)) {
      return {*level_from_key(field.allowed[*i]), n->at, true};
    }
    return {};
  }

  std::vector<Located<Level>> levels(const Node* n, const Field& field) {
    std::vector<Located<Level>> out;
    if (!n || n->kind == NodeKind::refused) return out;
    if (n->kind != NodeKind::sequence) {
      wrong_type(m_sink, *n, field);
      return out;
    }
    for (const std::size_t index : n->items) {
      if (auto value = level(&node(index), field, true); value.present) out.push_back(value);
    }
    return out;
  }

  Text id(const Node* n, const Field& field) {
    Text out = str(n, field);
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

  DueField due(const Node* n, const Field& field) {
    DueField out;
    out.phrase = str(n, field);
    if (!out.phrase.present) return out;
    // An unreadable phrase is the checker's to report: it has the phrase's position.
    DueResult reading = parse_due(out.phrase.value, m_plan_year);
    out.reading = std::move(reading.deadline);
    out.error = std::move(reading.error);
    return out;
  }

  // Calls `read` with each mapping entry of the list `n`.
  template <class Read>
  void each_mapping(const Node* n, const Field& field, Read&& read) {
    if (!n || n->kind == NodeKind::refused) return;
    if (n->kind != NodeKind::sequence) {
      wrong_type(m_sink, *n, field);
      return;
    }
    for (const std::size_t index : n->items) {
      const Node& entry = node(index);
      if (entry.kind == NodeKind::mapping) {
        read(entry);
      } else if (entry.kind != NodeKind::refused) {
        wrong_type(m_sink, entry, field, true);
      }
    }
  }

  // The mapping `n`, or nullptr (reporting a wrong type).
  const Node* mapping(const Node* n, const Field& field) {
    if (!n || n->kind == NodeKind::refused) return nullptr;
    if (n->kind != NodeKind::mapping) {
      wrong_type(m_sink, *n, field);
      return nullptr;
    }
    return n;
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

  fill(root, "", format::plan_table, &plan);
  // The format's documented default, so that renderers need not know it; `present` stays false.
  if (!plan.basis_lead.present) plan.basis_lead.value = "Căn cứ";
}

void load_into(LoadResult& result, std::string_view input, Sink& sink) {
  const auto tree = yaml_tree::read(input, result.text, plan_dialect, sink);
  if (!tree) return;
  const Node& root = tree->nodes[tree->root];
  // A mapping without a single plan key, even misspelt, is some other YAML file given by
  // mistake: say so once rather than list every key as unknown and every required key missing.
  const auto& keys = format::plan_table.keys;
  std::array<std::string_view, Fields::max_keys> storage;
  const auto names = std::span(storage).first(keys.size());
  std::transform(keys.begin(), keys.end(), names.begin(), [](const Key& k) { return k.name; });
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