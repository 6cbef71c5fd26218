#include "kehoach/generate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "kehoach/addressee.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/text.hpp"
#include "make/child_dates.hpp"
#include "make/templates.hpp"

namespace kehoach {

// ---------------------------------------------------------------------------------------------
// YAML scalars

namespace {

bool is_reserved_word(std::string_view v) {
  // YAML 1.1 booleans and nulls too: other tools still read `yes` and `off` as booleans.
  static constexpr std::string_view words[] = {"y",     "n",  "yes", "no",   "true",
                                               "false", "on", "off", "null", "~"};
  std::string lower;
  for (const char c : v) {
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return std::find(std::begin(words), std::end(words), lower) != std::end(words) ||
         lower == ".inf" || lower == "-.inf" || lower == "+.inf" || lower == ".nan";
}

// Anything a YAML reader could take for a number (decimal, float, hex, octal, sexagesimal,
// with `_` separators): quoted rather than judged precisely.
bool looks_numeric(std::string_view v) {
  if (v.empty()) return false;
  const char first = v.front();
  if (!((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.')) {
    return false;
  }
  bool digit = false;
  for (const char c : v) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
                    c == '+' || c == '-' || c == '.' || c == '_' || c == ':' || c == 'x' ||
                    c == 'X' || c == 'o' || c == 'O';
    if (!ok) return false;
    digit = digit || (c >= '0' && c <= '9');
  }
  return digit;
}

bool needs_quotes(std::string_view v) {
  if (v.empty()) return true;
  const auto edge_space = [](char c) { return c == ' ' || c == '\t'; };
  if (edge_space(v.front()) || edge_space(v.back())) return true;
  static constexpr std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`";
  if (indicators.find(v.front()) != std::string_view::npos) return true;
  if (v.back() == ':') return true;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (c < 0x20 || c == 0x7F) return true;
    if (c == ':' && i + 1 < v.size() && (v[i + 1] == ' ' || v[i + 1] == '\t')) return true;
    if (c == '#' && i > 0 && (v[i - 1] == ' ' || v[i - 1] == '\t')) return true;
    // U+0085, U+2028, U+2029 are line breaks to YAML; U+FEFF is a byte order mark.
    if (c == 0xC2 && i + 1 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0x85) return true;
    if (c == 0xE2 && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(v[i + 2]) == 0xA8 ||
         static_cast<unsigned char>(v[i + 2]) == 0xA9)) {
      return true;
    }
    if (c == 0xEF && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0xBB &&
        static_cast<unsigned char>(v[i + 2]) == 0xBF) {
      return true;
    }
  }
  return is_reserved_word(v) || looks_numeric(v);
}

std::string double_quoted(std::string_view v) {
  std::string out = "\"";
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
        } else if (c == 0xC2 && i + 1 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0x85) {
          out += "\\N";
          ++i;
        } else if (c == 0xE2 && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(v[i + 2]) == 0xA8 ||
                    static_cast<unsigned char>(v[i + 2]) == 0xA9)) {
          out += static_cast<unsigned char>(v[i + 2]) == 0xA8 ? "\\L" : "\\P";
          i += 2;
        } else if (c == 0xEF && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0xBB &&
                   static_cast<unsigned char>(v[i + 2]) == 0xBF) {
          out += "\\uFEFF";
          i += 2;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace

std::string yaml_scalar(std::string_view value) {
  return needs_quotes(value) ? double_quoted(value) : std::string(value);
}

// ---------------------------------------------------------------------------------------------
// Names, dates and the template engine

namespace {

constexpr std::string_view blank = "…";
constexpr int last_district_year = 2025;

bool old_regime(int year) { return year <= last_district_year; }

std::string level_name(Level level, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (level) {
    case Level::national: return vi ? "cấp trung ương" : "national";
    case Level::ministry: return vi ? "bộ, ngành" : "ministry";
    case Level::province: return vi ? "cấp tỉnh" : "province";
    case Level::department: return vi ? "cơ quan chuyên môn (sở, ngành)" : "department";
    case Level::district: return vi ? "cấp huyện" : "district";
    case Level::commune: return vi ? "cấp xã" : "commune";
    case Level::other: return vi ? "cơ quan khác" : "other";
  }
  return {};
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : text) {
    if (c == ' ') {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i];
  }
  return out;
}

// The words naming a kind of local authority, longest first ("thành phố" before "tỉnh").
constexpr std::pair<std::string_view, std::string_view> authority_kinds[] = {
    {"thanh pho", "Thành ủy"}, {"thi xa", "Thị ủy"}, {"thi tran", "Đảng ủy"},
    {"dac khu", "Đảng ủy"},    {"tinh", "Tỉnh ủy"},  {"huyen", "Huyện ủy"},
    {"quan", "Quận ủy"},       {"xa", "Đảng ủy"},    {"phuong", "Đảng ủy"},
};

// How a plan names its issuer and its area, read from the options.
struct Naming {
  std::string issuer;       // UBND tỉnh Lai Châu
  std::string issuer_full;  // Ủy ban nhân dân tỉnh Lai Châu
  std::string locality;     // Lai Châu
  std::string kind;         // tỉnh
  std::string self;         // UBND tỉnh
  std::string party;        // Tỉnh ủy
  std::string symbol;       // KH-UBND
};

std::string_view default_kind(Level level) {
  switch (level) {
    case Level::district: return "huyện";
    case Level::commune: return "xã";
    default: return "tỉnh";
  }
}

// "KH-STC" for "Sở Tài chính tỉnh …": the initials of the body's name, as departments number.
std::string department_symbol(const std::vector<std::string>& name_words) {
  std::string initials;
  for (const auto& word : name_words) {
    const std::string folded = fold_ascii(word);
    if (folded == "va" || folded.empty()) continue;
    if (word.rfind("Đ", 0) == 0 || word.rfind("đ", 0) == 0) {
      initials += "Đ";
    } else if (folded.front() >= 'a' && folded.front() <= 'z') {
      initials.push_back(static_cast<char>(folded.front() - 'a' + 'A'));
    } else if (word.find("…") != std::string::npos) {
      return "KH-…";  // the name is still a blank to fill in
    }
  }
  return initials.empty() ? "KH-…" : "KH-" + initials;
}

Naming make_naming(Level level, const std::string& issuer_option,
                   const std::string& locality_option) {
  Naming n;
  const std::string locality_given = to_nfc(trim(locality_option));
  const std::string issuer_given = to_nfc(trim(issuer_option));
  n.kind = std::string(default_kind(level));
  std::string derived_locality;
  std::vector<std::string> department_words;
  if (!issuer_given.empty()) {
    const auto words = words_of(issuer_given);
    std::size_t rest = 0;
    if (!words.empty() && fold_ascii(words[0]) == "ubnd") {
      rest = 1;
    } else if (words.size() >= 4 && fold_ascii(join_words(words, 0, 4)) == "uy ban nhan dan") {
      rest = 4;
    }
    // Where the kind of authority is named: after "UBND", or inside a department's name
    // ("Sở Tài chính tỉnh Lai Châu").
    // After "UBND" the kind comes first or not at all; in a department's name it is the last
    // one ("Sở Lao động - Thương binh và Xã hội tỉnh …" names a province, not a commune).
    std::size_t kind_at = words.size();
    std::size_t kind_words = 0;
    auto kind_here = [&](std::size_t i) {
      for (const auto& [folded, party] : authority_kinds) {
        const std::size_t count = folded.find(' ') == std::string_view::npos ? 1 : 2;
        if (i + count <= words.size() && fold_ascii(join_words(words, i, i + count)) == folded) {
          kind_at = i;
          kind_words = count;
          return true;
        }
      }
      return false;
    };
    if (rest > 0) {
      kind_here(rest);
    } else {
      for (std::size_t i = words.size(); i-- > 1;) {
        if (kind_here(i)) break;
      }
    }
    if (kind_at < words.size()) {
      n.kind = join_words(words, kind_at, kind_at + kind_words);
      derived_locality = join_words(words, kind_at + kind_words, words.size());
    }
    n.issuer = issuer_given;
    n.issuer_full =
        rest > 0 ? "Ủy ban nhân dân " + join_words(words, rest, words.size()) : issuer_given;
    department_words.assign(words.begin(), words.begin() + static_cast<long>(kind_at));
  }
  n.locality = !locality_given.empty()     ? locality_given
               : !derived_locality.empty() ? derived_locality
                                           : std::string(blank);
  if (issuer_given.empty()) {
    if (level == Level::department) {
      n.issuer = fmt::format("Sở {} tỉnh {}", blank, n.locality);
      department_words = {"Sở", std::string(blank)};
    } else {
      n.issuer = fmt::format("UBND {} {}", n.kind, n.locality);
      n.issuer_full = fmt::format("Ủy ban nhân dân {} {}", n.kind, n.locality);
    }
  }
  if (n.issuer_full.empty()) n.issuer_full = n.issuer;
  n.self = level == Level::department ? std::string("Sở") : "UBND " + n.kind;
  n.party = "Đảng ủy";
  for (const auto& [folded, party] : authority_kinds) {
    if (fold_ascii(n.kind) == folded) n.party = std::string(party);
  }
  n.symbol = level == Level::department ? department_symbol(department_words) : "KH-UBND";
  return n;
}

// The deadlines a plan sets: its own (toward its parent) and those of its sub-units.
struct Calendar {
  Date own_plan;     // the plan's own deadline to be issued and sent up
  Date sub_plans;    // sub-units' plans
  Date own_report;   // reporting.due
  Date sub_reports;  // sub-units' reports
  Date period_start;
  Date period_end;
};

// A child deadline: `lead_days` before the parent's, moved back to a Friday from a weekend,
// never after the parent's and never before `floor` (the earliest day the child can act).
struct LeadDate {
  Date date;
  Message why;  // set when the date was clamped to the floor or to the parent's deadline, or
                // moved off a holiday
};

struct Floor {
  Date date;
  Message name;  // "ngày 01/01/2026" / "the parent plan's issue date (20/01/2026)"
};

LeadDate lead_date(const Date& parent_due, int lead_days, const Floor& floor) {
  LeadDate out;
  const Date wanted = add_days(parent_due, -lead_days);
  Date target = wanted;
  if (target < floor.date) target = floor.date;
  if (target > parent_due) target = parent_due;
  Date day = working_day_on_or_before(target);
  if (day < floor.date) {
    Date next = floor.date;
    while (!is_working_day(next)) next = add_days(next, 1);
    day = next <= parent_due ? next : target;
  }
  out.date = day;
  if (floor.date > parent_due) {
    out.why = {fmt::format("Hạn của cấp trên {} trước {}: giữ hạn của cấp trên.", parent_due.dmy(),
                           floor.name.vi),
               fmt::format("The parent's deadline {} is before {}: it is kept as is.",
                           parent_due.dmy(), floor.name.en)};
  } else if (wanted < floor.date) {
    out.why = {fmt::format("Hạn của cấp trên {} trừ {} ngày là {}, trước {}: đặt hạn {}.",
                           parent_due.dmy(), lead_days, wanted.dmy(), floor.name.vi, day.dmy()),
               fmt::format("The parent's deadline {} minus {} days is {}, before {}: {} is used.",
                           parent_due.dmy(), lead_days, wanted.dmy(), floor.name.en, day.dmy())};
  } else if (day != target && day_off_on(target)) {
    // Moved off a holiday (not a plain weekend): named, and said to be an estimate when the
    // year's Tết or 2/9 schedule is not published, as the rollover says it.
    const Message rest = rest_day_name(target).value_or(Message{});
    out.why = {fmt::format("Hạn của cấp trên {} trừ {} ngày là {}, {}: đặt hạn {}.",
                           parent_due.dmy(), lead_days, target.dmy(), rest.vi, day.dmy()),
               fmt::format("The parent's deadline {} minus {} days is {}, {}: {} is used.",
                           parent_due.dmy(), lead_days, target.dmy(), rest.en, day.dmy())};
  }
  return out;
}

Floor year_floor(int year) {
  const Date first{year, 1, 1};
  return {first, {fmt::format("ngày {}", first.dmy()), first.dmy()}};
}

Calendar province_calendar(int year) {
  Calendar c;
  c.own_plan = working_day_on_or_before(Date{year, 1, 30});
  c.sub_plans = working_day_on_or_before(last_day_of_month(year, 2));
  c.own_report = working_day_on_or_before(Date{year, 12, 15});
  c.sub_reports = working_day_on_or_before(Date{year, 12, 5});
  c.period_start = Date{year - 1, 12, 1};
  c.period_end = Date{year, 11, 30};
  return c;
}

// The calendar of a child whose parent sets `parent_plans` for its plan and `parent_reports`
// for its report, within the parent's data window.
Calendar child_calendar(const Date& parent_plans, const Date& parent_reports,
                        const Date& period_start, const Date& period_end, int lead_days,
                        const Floor& floor) {
  Calendar c;
  c.own_plan = lead_date(parent_plans, lead_days, floor).date;
  c.sub_plans = lead_date(c.own_plan, lead_days, floor).date;
  c.own_report = lead_date(parent_reports, lead_days, floor).date;
  c.sub_reports = lead_date(c.own_report, lead_days, floor).date;
  c.period_start = period_start;
  // Sub-units report what happened up to the day before they must send it.
  c.period_end = std::min(period_end, add_days(c.sub_reports, -1));
  if (c.period_end <= c.period_start) c.period_end = add_days(c.sub_reports, -1);
  return c;
}

// The calendar of a level's template: the province's customary deadlines, and each lower
// level `default_lead_days` inside its parent's, the way derive_child() would set them.
Calendar standard_calendar(Level level, int year) {
  const Calendar province = province_calendar(year);
  const Floor floor = year_floor(year);
  auto child_of = [&](const Calendar& parent) {
    return child_calendar(parent.sub_plans, parent.sub_reports, parent.period_start,
                          parent.period_end, default_lead_days, floor);
  };
  switch (level) {
    case Level::province: return province;
    case Level::commune:
      return old_regime(year) ? child_of(child_of(province)) : child_of(province);
    default: return child_of(province);
  }
}

std::string capitalise_first(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> firsts[] = {
      {"t", "T"}, {"c", "C"}, {"v", "V"}, {"đ", "Đ"}, {"b", "B"}};
  // Only the first letters of the phrases capitalised here.
  for (const auto& [lower, upper] : firsts) {
    if (text.substr(0, lower.size()) == lower) {
      return std::string(upper) + std::string(text.substr(lower.size()));
    }
  }
  return std::string(text);
}

// "Các phòng …" → "các phòng …", "Công chức …" → "công chức …" (the only phrases lowered).
std::string lower_first(std::string_view text) {
  return text.starts_with("C") ? "c" + std::string(text.substr(1)) : std::string(text);
}

using Values = std::map<std::string, std::string, std::less<>>;

// What the {{#…}} blocks of a template test.
struct Conditions {
  bool old_regime = true;
  bool derived = false;
  Lang lang = Lang::vi;

  [[nodiscard]] bool holds(std::string_view name) const {
    if (name == "old") return old_regime;
    if (name == "new") return !old_regime;
    if (name == "derived") return derived;
    if (name == "template") return !derived;
    throw std::logic_error("unknown template condition " + std::string(name));
  }
};

// Keys whose values the templates write in final form (numbers, dates, keywords, flow lists).
bool raw_key(std::string_view key) {
  static constexpr std::string_view keys[] = {
      "format", "status", "year",  "issued", "date",  "level",       "kind",
      "id",     "origin", "holds", "levels", "focus", "conditional", "implements"};
  return std::find(std::begin(keys), std::end(keys), key) != std::end(keys);
}

std::string substitute(std::string_view text, const Values& values) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto open = text.find("{{", i);
    if (open == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    const auto close = text.find("}}", open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed template placeholder");
    out.append(text.substr(i, open - i));
    const std::string_view name = text.substr(open + 2, close - open - 2);
    const auto found = values.find(name);
    if (found == values.end()) {
      throw std::logic_error("unknown template placeholder " + std::string(name));
    }
    out += found->second;
    i = close + 2;
  }
  return out;
}

// One template line with its values filled in, and the scalar quoted where YAML needs it.
std::string expand_line(std::string_view line, const Values& values) {
  std::size_t at = line.find_first_not_of(' ');
  if (at == std::string_view::npos) return std::string(line);
  if (line[at] == '#') return substitute(line, values);
  std::string prefix(line.substr(0, at));
  if (line.substr(at, 2) == "- ") {
    prefix += "- ";
    at += 2;
  }
  std::string_view rest = line.substr(at);
  std::string_view key;
  std::size_t k = 0;
  while (k < rest.size() && ((rest[k] >= 'a' && rest[k] <= 'z') || rest[k] == '_')) ++k;
  if (k > 0 && k < rest.size() && rest[k] == ':' && (k + 1 == rest.size() || rest[k + 1] == ' ')) {
    key = rest.substr(0, k);
    prefix += std::string(rest.substr(0, k + 1));
    rest = rest.substr(std::min(rest.size(), k + 2));
    if (rest.empty()) return prefix;
    prefix.push_back(' ');
  }
  const bool flow = !rest.empty() && (rest.front() == '[' || rest.front() == '"' ||
                                      (rest.front() == '{' && rest.substr(0, 2) != "{{"));
  const std::string value = substitute(rest, values);
  if (flow || (!key.empty() && raw_key(key))) return prefix + value;
  return prefix + yaml_scalar(value);
}

using Blocks = std::map<std::string, std::string, std::less<>>;

std::string expand(std::string_view text, const Values& values, const Conditions& conditions,
                   const Blocks& blocks) {
  std::string out;
  std::vector<bool> keep{true};
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    const std::string_view trimmed = trim(line);
    if (trimmed.starts_with("{{#") && trimmed.ends_with("}}")) {
      keep.push_back(keep.back() && conditions.holds(trimmed.substr(3, trimmed.size() - 5)));
      continue;
    }
    if (trimmed == "{{/}}") {
      if (keep.size() < 2) throw std::logic_error("unbalanced template block");
      keep.pop_back();
      continue;
    }
    if (!keep.back()) continue;
    if (line.starts_with("#vi ") || line.starts_with("#en ")) {
      const bool vi = line.starts_with("#vi ");
      if (vi != (conditions.lang == Lang::vi)) continue;
      line.remove_prefix(4);
      out += substitute(line, values);
      out.push_back('\n');
      continue;
    }
    if (trimmed.starts_with("{{@") && trimmed.ends_with("}}")) {
      const auto found = blocks.find(trimmed.substr(3, trimmed.size() - 5));
      if (found == blocks.end()) {
        throw std::logic_error("unknown template block " + std::string(trimmed));
      }
      out += found->second;
      continue;
    }
    out += expand_line(line, values);
    out.push_back('\n');
  }
  if (keep.size() != 1) throw std::logic_error("unbalanced template block");
  return out;
}

// The values every template uses.
Values base_values(Level level, int year, const Naming& n, const Calendar& c) {
  const bool old = old_regime(year);
  const std::string subject =
      old ? "theo dõi tình hình thi hành pháp luật" : "tổ chức thi hành pháp luật";
  Values v;
  v["year"] = std::to_string(year);
  v["level_key"] = std::string(level_key(level));
  v["issuer"] = n.issuer;
  v["Issuer_full"] = n.issuer_full;
  v["locality"] = n.locality;
  v["place"] = n.locality;
  v["symbol"] = n.symbol;
  v["kind"] = n.kind;
  // A sở's header shows the UBND it belongs to above its own name (cơ quan chủ quản).
  v["report_implements"] = std::string();
  v["authority"] = level == Level::department
                       ? fmt::format("  parent_authority: UBND {} {}\n", n.kind, n.locality)
                       : std::string();
  v["area"] = n.kind + " " + n.locality;
  v["self"] = n.self;
  v["party"] = n.party;
  v["subject"] = subject;
  v["Subject"] = capitalise_first(subject);
  v["issued"] = fmt::format("{:04}-01", year);
  v["focus_number"] = "II.1";
  v["own_plan"] = c.own_plan.dmy();
  v["sub_plans"] = c.sub_plans.dmy();
  v["own_report"] = c.own_report.dmy();
  v["sub_reports"] = c.sub_reports.dmy();
  v["period"] = fmt::format("Tính từ {} đến {}", c.period_start.dmy(), c.period_end.dmy());
  v["lower"] = old ? "UBND các huyện, thị xã, thành phố" : "UBND các xã, phường";
  switch (level) {
    case Level::province: v["report_to"] = "Bộ Tư pháp"; break;
    case Level::commune:
      v["report_to"] = old ? "UBND huyện (qua Phòng Tư pháp)" : "UBND tỉnh (qua Sở Tư pháp)";
      break;
    default: v["report_to"] = "UBND tỉnh (qua Sở Tư pháp)"; break;
  }
  const std::string focal =
      old ? std::string("Công chức Tư pháp - Hộ tịch") : "Văn phòng HĐND và UBND " + n.kind;
  const std::string units =
      (old ? "Các công chức chuyên môn thuộc " : "Các phòng chuyên môn thuộc ") + n.self;
  v["focal"] = focal;
  v["focal_lc"] = old ? lower_first(focal) : focal;
  v["units"] = units;
  v["units_lc"] = lower_first(units);
  return v;
}

// Who leads the tasks a child carries from its parent.
std::string focal_unit(Level level, const Values& v) {
  switch (level) {
    case Level::province: return "Sở Tư pháp";
    case Level::department: return "Văn phòng Sở";
    case Level::district: return "Phòng Tư pháp";
    default: return v.at("focal");
  }
}

std::string header_block(Level level, int year, const Values& v, Lang lang,
                         const std::string& derived_from, int lead_days) {
  const bool vi = lang == Lang::vi;
  std::string out;
  if (derived_from.empty()) {
    out += vi ? fmt::format("# Kế hoạch {} năm {} — dự thảo lập bằng `kehoach new` từ mẫu {}.\n",
                            v.at("subject"), year, level_name(level, lang))
              : fmt::format(
                    "# {} plan for {} — a draft made by `kehoach new` from the {} "
                    "template.\n",
                    old_regime(year) ? "Law-implementation monitoring" : "Law-implementation", year,
                    level_name(level, lang));
    out +=
        vi ? "# Điền những chỗ còn để trống (…), sửa những chỗ có ghi chú “Sửa:”, rồi kiểm tra:\n"
             "# kehoach validate TỆP. Định dạng tệp: man 5 kehoach-plan.\n"
           : "# Fill in the blanks (…) and the places marked “Edit:”, then check it with\n"
             "# kehoach validate FILE. File format: man 5 kehoach-plan.\n";
  } else {
    out += vi ? fmt::format(
                    "# Kế hoạch {} năm {} — dự thảo lập bằng `kehoach new --parent` từ\n"
                    "# {}.\n",
                    v.at("subject"), year, derived_from)
              : fmt::format("# Plan for {} — a draft made by `kehoach new --parent` from\n# {}.\n",
                            year, derived_from);
    out += vi ? fmt::format(
                    "# Mỗi nhiệm vụ cấp trên giao cho {} là một hoạt động có `implements`; hạn có "
                    "ngày cụ thể\n"
                    "# được đặt sớm hơn hạn của cấp trên {} ngày (--lead-days), lùi về ngày làm "
                    "việc trước đó\n"
                    "# nếu rơi vào ngày nghỉ (cuối tuần, lễ, tết); hạn không có ngày cụ thể giữ "
                    "nguyên như cấp trên.\n"
                    "# Kiểm tra: kehoach validate TỆP (đối chiếu với kế hoạch cấp trên ở "
                    "`parent.file`).\n",
                    level_name(level, lang), lead_days)
              : fmt::format(
                    "# Each parent task and duty addressed to the {} level is a task with "
                    "`implements`; each\n"
                    "# dated deadline is set {} days before the parent's (--lead-days), moved back "
                    "to the working\n"
                    "# day before a weekend or public holiday; undated deadlines are kept as the "
                    "parent writes them.\n"
                    "# Check it with kehoach validate FILE (against the parent in "
                    "`parent.file`).\n",
                    level_name(level, lang), lead_days);
  }
  return out;
}

std::string no_parent_block(Lang lang) {
  return lang == Lang::vi ? "# Kế hoạch cấp trên: thêm khóa `parent` (số, ngày, cơ quan ban hành, "
                            "tệp) khi có,\n# hoặc lập kế hoạch bằng `kehoach new --parent "
                            "TỆP_CẤP_TRÊN`.\n"
                          : "# Parent plan: add the `parent` key (number, date, issuer, file) when "
                            "it is known,\n# or draft the plan with `kehoach new --parent "
                            "PARENT_FILE`.\n";
}

std::string render_plan(Level level, const Values& values, const Conditions& conditions,
                        Blocks blocks) {
  blocks["basis"] = expand(templates::basis(), values, conditions, {});
  blocks["authority"] = values.at("authority");
  blocks["report_implements"] = values.at("report_implements");
  blocks["head"] = expand(templates::head(), values, conditions, blocks);
  return expand(templates::plan(level), values, conditions, blocks);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// From a template

std::optional<Message> template_refusal(Level level, int year) {
  if (level != Level::province && level != Level::department && level != Level::district &&
      level != Level::commune) {
    const std::string key(level_key(level));
    return Message{fmt::format("không có mẫu kế hoạch cho cấp `{}`: chọn province, department, "
                               "district hoặc commune",
                               key),
                   fmt::format("there is no plan template for the `{}` level: choose province, "
                               "department, district or commune",
                               key)};
  }
  if (year < first_template_year || year > last_template_year) {
    return Message{fmt::format("mẫu kế hoạch dùng cho các năm từ {} đến {}, không có năm {}",
                               first_template_year, last_template_year, year),
                   fmt::format("the templates cover the years {} to {}, not {}",
                               first_template_year, last_template_year, year)};
  }
  if (level == Level::district && year > last_district_year) {
    return Message{
        fmt::format("không lập kế hoạch cấp huyện cho năm {}: cấp huyện đã kết thúc hoạt động "
                    "ngày 30/06/2025, từ 01/07/2025 chính quyền địa phương chỉ còn cấp tỉnh và "
                    "cấp xã; dùng --level commune hoặc --level province",
                    year),
        fmt::format("there is no district plan for {}: the district level ended on 30/06/2025, "
                    "and from 01/07/2025 local government has only the province and commune "
                    "levels; use --level commune or --level province",
                    year)};
  }
  return std::nullopt;
}

std::string generate_from_template(const TemplateOptions& options) {
  if (const auto refused = template_refusal(options.level, options.year)) {
    throw std::invalid_argument(refused->en);
  }
  const Naming naming = make_naming(options.level, options.issuer, options.locality);
  const Calendar calendar = standard_calendar(options.level, options.year);
  const Values values = base_values(options.level, options.year, naming, calendar);
  const Conditions conditions{old_regime(options.year), false, options.lang};
  Blocks blocks;
  blocks["header"] = header_block(options.level, options.year, values, options.lang, {}, 0);
  blocks["parent"] = no_parent_block(options.lang);
  blocks["focus_areas"] = expand(templates::focus_areas(options.level), values, conditions, {});
  blocks["tasks"] = expand(templates::tasks(options.level), values, conditions, {});
  return render_plan(options.level, values, conditions, std::move(blocks));
}

// ---------------------------------------------------------------------------------------------
// From the parent plan

namespace {

// Levels ordered from the top; department and district are the same tier under a province.
int tier(Level level) {
  switch (level) {
    case Level::national: return 0;
    case Level::ministry: return 1;
    case Level::province: return 2;
    case Level::department:
    case Level::district: return 3;
    case Level::commune: return 4;
    case Level::other: return 5;
  }
  return 5;
}

bool has_level(const std::vector<Located<Level>>& levels, Level level) {
  return std::any_of(levels.begin(), levels.end(),
                     [level](const Located<Level>& l) { return l.value == level; });
}

// One parent task or duty addressed to the child's level, with what the child needs of it.
struct ParentItem {
  std::string id;
  std::string number;
  std::string title;
  TaskKind kind = TaskKind::other;
  const DueField* due = nullptr;
  std::string output;
  std::string to;
  bool conditional = false;
  std::vector<std::string> focus;
  bool duty = false;
};

// The same items, in the same order, as items_for_level() in parent.cpp.
std::vector<ParentItem> parent_items(const Plan& parent, Level level, const Issuer& child) {
  std::vector<ParentItem> out;
  for (const auto& t : parent.tasks) {
    if (!has_level(t.levels, level)) continue;
    ParentItem item;
    item.id = t.id.value;
    item.number = t.number.value;
    item.title = t.title.value;
    item.kind = t.kind.value;
    item.due = &t.due;
    item.output = t.output.value;
    item.conditional = t.conditional.present && t.conditional.value;
    for (const auto& f : t.focus) item.focus.push_back(f.value);
    out.push_back(std::move(item));
  }
  for (const auto& r : parent.responsibilities) {
    // A responsibility naming one body ("Sở Tư pháp") is that body's, not every sở's.
    const bool addressed = r.level.present && r.level.value == level && addressed_to(r, child);
    for (const auto& d : r.duties) {
      if (!addressed && !has_level(d.levels, level)) continue;
      ParentItem item;
      item.id = d.id.value;
      item.number = r.number.value;
      item.title = d.text.value;
      item.kind = d.kind.present ? d.kind.value : TaskKind::other;
      item.due = &d.due;
      item.to = d.to.value;
      item.duty = true;
      out.push_back(std::move(item));
    }
  }
  return out;
}

bool dated_report(const ParentItem& item) {
  return item.kind == TaskKind::report && item.due != nullptr && item.due->reading &&
         item.due->reading->due;
}

// The parent's report the child's reporting regime answers (`reporting.due`, the child's own
// report duty, its units' report deadline, the end of its data window): of the dated reports
// addressed to the level, one whose title names no shorter period ("6 tháng", "hằng quý",
// check/parent.cpp's rule) before one that does, one with a single deadline before one in
// rounds, then the latest (the first written, of equal ones). Null when there is none.
const ParentItem* regime_report(const std::vector<ParentItem>& items) {
  const ParentItem* best = nullptr;
  auto rank = [](const ParentItem& item) {
    const Deadline& d = *item.due->reading;
    return std::make_tuple(!names_a_shorter_report(item.title), d.occurrences.size() <= 1, *d.due);
  };
  for (const auto& item : items) {
    if (dated_report(item) && (best == nullptr || rank(item) > rank(*best))) best = &item;
  }
  return best;
}

// A duty's text as a task title: without its list marker ("a) ", "- ", "+ ") and final stop.
std::string duty_title(std::string_view text) {
  std::string_view t = trim(text);
  for (const std::string_view marker : {"- ", "+ ", "* ", "• "}) {
    if (t.starts_with(marker)) t.remove_prefix(marker.size());
  }
  const auto paren = t.find(") ");
  if (paren != std::string_view::npos && paren <= 3) {
    const std::string head = fold_ascii(t.substr(0, paren));
    const bool letter =
        !head.empty() && head.size() <= 2 && std::all_of(head.begin(), head.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        });
    if (letter) t.remove_prefix(paren + 2);
  }
  const auto dot = t.find(". ");
  if (dot != std::string_view::npos && dot <= 2 &&
      std::all_of(t.begin(), t.begin() + static_cast<long>(dot),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    t.remove_prefix(dot + 2);
  }
  while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',' || t.back() == ' ')) {
    t.remove_suffix(1);
  }
  return std::string(t);
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  if (from.empty()) return text;
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string flow_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += items[i];
  }
  return out + "]";
}

// `text` on one line: what goes into a comment must not end it.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string comment_line(std::string_view indent, const Message& message, Lang lang) {
  return fmt::format("{}# {}\n", indent, one_line(message.in(lang)));
}

// "Kế hoạch số 25/KH-UBND ngày 20/01/2026 của UBND tỉnh Tây Ninh"
std::string parent_citation(const Plan& parent) {
  std::string out = "Kế hoạch";
  const std::string& number = parent.number.value;
  if (parent.number.present && !number.empty() && number.front() != '/') {
    out += " số " + number;
    if (const auto issued = parent.issued.date()) out += " ngày " + issued->dmy();
  }
  if (parent.issuer.name.present) out += " của " + parent.issuer.name.value;
  return out;
}

}  // namespace

std::optional<Level> default_child_level(const Plan& parent) {
  switch (parent.issuer.level.value) {
    case Level::national:
    case Level::ministry: return Level::province;
    case Level::province:
      return parent.year.value <= last_district_year ? Level::district : Level::commune;
    case Level::district: return Level::commune;
    default: return std::nullopt;
  }
}

std::optional<Message> derive_refusal(const Plan& parent, Level level) {
  if (const auto refused = template_refusal(level, parent.year.value)) return refused;
  const Level parent_level = parent.issuer.level.value;
  // A district plan issued after the reform (itself an error, KH118) has no children either.
  const bool issued_after_reform =
      parent.issued.present &&
      (parent.issued.year > last_district_year ||
       (parent.issued.year == last_district_year && parent.issued.month > 6));
  if (parent_level == Level::district &&
      (parent.year.value > last_district_year || issued_after_reform)) {
    return Message{
        "kế hoạch cấp trên là của cấp huyện, nhưng từ 01/07/2025 không còn cấp huyện: "
        "lập kế hoạch từ kế hoạch của UBND cấp tỉnh",
        "the parent plan is a district plan, but the district level no longer exists "
        "from 01/07/2025: derive from the province's plan"};
  }
  // A sở's plan has no plans below it; the department template is a sở's, so it is not
  // offered under a district either.
  if (tier(level) <= tier(parent_level) || parent_level == Level::other ||
      parent_level == Level::department) {
    return Message{
        fmt::format("kế hoạch {} không thể là kế hoạch cấp dưới của kế hoạch {} (`{}` của `{}`)",
                    level_name(level, Lang::vi), level_name(parent_level, Lang::vi),
                    level_key(level), level_key(parent_level)),
        fmt::format("a {} plan cannot be the child of a {} plan", level_key(level),
                    level_key(parent_level))};
  }
  return std::nullopt;
}

std::string derive_child(const Plan& parent, const std::string& parent_path,
                         const DeriveOptions& options) {
  const auto level = options.level ? options.level : default_child_level(parent);
  if (!level) {
    throw std::invalid_argument("the parent's level has no child plans");
  }
  if (const auto refused = derive_refusal(parent, *level)) {
    throw std::invalid_argument(refused->en);
  }
  const int year = parent.year.value;
  const int lead = std::clamp(options.lead_days, 0, 90);
  const Lang lang = options.lang;
  const Naming naming = make_naming(*level, options.issuer, options.locality);
  Issuer child;
  child.name = {naming.issuer, {}, true};
  child.level = {*level, {}, true};
  const auto items = parent_items(parent, *level, child);

  // The earliest day the child can act: it is issued after its parent, within its year.
  Floor floor = year_floor(year);
  std::optional<Date> parent_issued = parent.issued.date();
  if (!parent_issued && parent.issued.present && parent.issued.month != 0) {
    parent_issued = Date{parent.issued.year, parent.issued.month, 1};
  }
  if (parent_issued && *parent_issued > floor.date) {
    floor = {*parent_issued,
             {fmt::format("ngày ban hành kế hoạch cấp trên ({})", parent_issued->dmy()),
              fmt::format("the parent plan's issue date ({})", parent_issued->dmy())}};
  }

  // The parent's deadlines for this level, where it dates them; else the template's.
  const Calendar standard = standard_calendar(*level, year);
  auto earliest = [&](TaskKind kind) -> std::optional<Date> {
    std::optional<Date> best;
    for (const auto& item : items) {
      if (item.kind != kind || !item.due || !item.due->reading || !item.due->reading->due) continue;
      if (!best || *item.due->reading->due < *best) best = item.due->reading->due;
    }
    return best;
  };
  const auto plans_due = earliest(TaskKind::plan);
  const ParentItem* regime = regime_report(items);
  int dated_reports = 0;
  for (const auto& item : items) {
    if (dated_report(item)) ++dated_reports;
  }
  const std::optional<Date> reports_due =
      regime ? regime->due->reading->due : std::optional<Date>();
  Date period_start = standard.period_start;
  Date period_end = add_days(standard.sub_reports, -1);
  if (parent.reporting && parent.reporting->period.reading &&
      parent.reporting->period.reading->start && parent.reporting->period.reading->due) {
    period_start = *parent.reporting->period.reading->start;
    period_end = *parent.reporting->period.reading->due;
  }
  Calendar calendar = child_calendar(plans_due.value_or(standard.own_plan),
                                     reports_due.value_or(standard.own_report), period_start,
                                     period_end, lead, floor);
  if (!plans_due) {
    calendar.own_plan = standard.own_plan;
    calendar.sub_plans = standard.sub_plans;
  }
  if (!reports_due) {
    calendar.own_report = standard.own_report;
    calendar.sub_reports = standard.sub_reports;
    calendar.period_end = std::min(period_end, add_days(calendar.sub_reports, -1));
  }

  Values values = base_values(*level, year, naming, calendar);
  if (parent.issued.present && parent.issued.month != 0) {
    values["issued"] = fmt::format("{:04}-{:02}", parent.issued.year, parent.issued.month);
  }
  if (regime && !regime->to.empty()) {
    values["report_to"] = regime->to;
  } else {
    for (const auto& item : items) {
      if (item.kind == TaskKind::report && !item.to.empty()) {
        values["report_to"] = item.to;
        break;
      }
    }
  }
  // The child's report is written once: the template's own report duty (and `reporting.due`)
  // carries the parent's report the regime answers, which is therefore not also made a task.
  // A report in rounds stays a task of its own with every round; the regime takes its last.
  std::string merged_report;
  std::string report_lines;
  if (dated_reports > 1) {
    report_lines += comment_line(
        "        ",
        {fmt::format("Cấp trên giao {} báo cáo có thời hạn cho cấp này: chế độ báo cáo "
                     "(`reporting`), hạn báo cáo của các đơn vị và thời gian chốt số liệu theo "
                     "báo cáo {} của cấp trên (hạn {}); các báo cáo khác là hoạt động riêng "
                     "trong `tasks`, với hạn riêng.",
                     dated_reports, regime->id.empty() ? "“" + regime->title + "”" : regime->id,
                     reports_due->dmy()),
         fmt::format("The parent addresses {} dated reports to this level: the reporting regime "
                     "(`reporting`), the units' report deadline and the data window follow the "
                     "parent's report {} (due {}); the other reports are tasks of their own in "
                     "`tasks`, with their own deadlines.",
                     dated_reports, regime->id.empty() ? "“" + regime->title + "”" : regime->id,
                     reports_due->dmy())},
        lang);
  }
  if (regime && !regime->id.empty() && regime->due->reading->occurrences.size() <= 1) {
    merged_report = regime->id;
    report_lines += fmt::format("        implements: [{}]\n", regime->id);
  }
  values["report_implements"] = report_lines;
  const Conditions conditions{old_regime(year), true, lang};
  const std::string citation = one_line(parent_citation(parent));

  // Focus areas: the parent's, then the template's national area if the parent has none.
  std::set<std::string, std::less<>> ids;
  std::string focus;
  bool national = false;
  int focus_count = 0;
  if (!parent.focus_areas.empty()) {
    focus += comment_line("  ",
                          {"Lĩnh vực trọng tâm của kế hoạch cấp trên: ghi thêm đối tượng theo dõi "
                           "(subjects) và đơn vị chủ trì (lead) của cấp mình.",
                           "The parent plan's focus areas: add this level's subjects and lead."},
                          lang);
  }
  for (const auto& area : parent.focus_areas) {
    ++focus_count;
    ids.insert(area.id.value);
    national = national || area.origin.value == "national" || area.id.value == "lien-nganh";
    focus += fmt::format("  - id: {}\n", area.id.value);
    focus += fmt::format("    number: II.{}\n", focus_count);
    focus += fmt::format("    name: {}\n", yaml_scalar(area.name.value));
    if (area.origin.present) focus += fmt::format("    origin: {}\n", area.origin.value);
    if (area.scope.present) focus += fmt::format("    scope: {}\n", yaml_scalar(area.scope.value));
    if (!area.content.empty()) {
      focus += "    content:\n";
      for (const auto& c : area.content) focus += fmt::format("      - {}\n", yaml_scalar(c.value));
    }
  }
  if (!national) {
    values["focus_number"] = fmt::format("II.{}", focus_count + 1);
    focus += expand(templates::focus_areas(*level), values, conditions, {});
    ids.insert("lien-nganh");
  }

  // Tasks: one per parent item; the template's own when the parent addresses none.
  std::string tasks;
  const std::string lead_unit = focal_unit(*level, values);
  std::set<std::string, std::less<>> used;
  auto unique_id = [&](std::string id) {
    if (id.empty()) id = "nhiem-vu";
    std::string candidate = id;
    for (int n = 2; used.contains(candidate) || ids.contains(candidate); ++n) {
      candidate = fmt::format("{}-{}", id, n);
    }
    used.insert(candidate);
    return candidate;
  };
  // The template's responsibilities keep their ids: reserve every id the level's template
  // writes ("- id: …" lines) before the parent's are taken.
  const std::string_view plan_text = templates::plan(*level);
  for (auto at = plan_text.find("- id: "); at != std::string_view::npos;
       at = plan_text.find("- id: ", at)) {
    at += 6;
    used.insert(std::string(plan_text.substr(at, plan_text.find('\n', at) - at)));
  }
  const std::string scope = *level == Level::department ? "trong ngành, lĩnh vực quản lý"
                                                        : "trên địa bàn " + values.at("area");
  int number = 0;
  for (const auto& item : items) {
    if (!merged_report.empty() && item.id == merged_report) continue;
    ++number;
    const std::string id = unique_id(item.id);
    std::string title = item.duty ? duty_title(item.title) : item.title;
    if (title.empty()) title = item.title;
    std::string due_lines;
    std::vector<CarriedRound> rounds;
    if (item.due && item.due->phrase.present) {
      const DueField& due = *item.due;
      // A periodic deadline ("Hằng quý") is kept as written, like a year or ongoing work.
      const bool dated = due.reading && due.reading->due && due.reading->kind != DueKind::year &&
                         due.reading->kind != DueKind::ongoing &&
                         due.reading->kind != DueKind::periodic;
      if (dated) {
        // Every round (đợt) of the parent's deadline, each `lead` days earlier.
        std::vector<Occurrence> occurrences = due.reading->occurrences;
        if (occurrences.empty()) occurrences.push_back({due.reading->start, *due.reading->due});
        for (const auto& o : occurrences) {
          const LeadDate d = lead_date(o.due, lead, floor);
          rounds.push_back({o.start, o.due, d.date});
          if (!d.why.empty()) due_lines += comment_line("    ", d.why, lang);
        }
        const bool numbered = due.phrase.value.find("Đợt") != std::string::npos ||
                              due.phrase.value.find("đợt") != std::string::npos;
        due_lines += fmt::format("    due: {}\n", yaml_scalar(carried_phrase(rounds, numbered)));
      } else {
        if (!due.reading) {
          due_lines += comment_line("    ",
                                    {"Chép nguyên thời hạn của cấp trên (kehoach không đọc được).",
                                     "The parent's deadline, copied as written (kehoach cannot "
                                     "read it)."},
                                    lang);
        }
        due_lines += fmt::format("    due: {}\n", yaml_scalar(due.phrase.value));
      }
    }
    if (!rounds.empty()) {
      // The text repeats the parent's deadline: it now says the child's, in the child's form
      // ("trước ngày 03/12" names the day after the last one, "chậm nhất ngày" the last one),
      // or it is left as written and the comment says so.
      Retitled retitled = retitle(title, rounds);
      title = std::move(retitled.text);
      if (!retitled.left_alone.empty()) {
        due_lines.insert(
            0, comment_line("    ",
                            {fmt::format("Tên giữ nguyên như cấp trên (ghi ngày {}), không khớp "
                                         "với hạn `due` của cấp mình: sửa tên cho khớp.",
                                         retitled.left_alone),
                             fmt::format("The title is kept as the parent writes it (it gives {}), "
                                         "which does not agree with this level's `due`: edit the "
                                         "title to agree.",
                                         retitled.left_alone)},
                            lang));
      }
    }
    std::string where = item.number.empty() ? std::string() : " tại mục " + item.number;
    tasks += fmt::format("  - id: {}\n", id);
    tasks += fmt::format("    number: III.{}\n", number);
    tasks += fmt::format("    title: {}\n", yaml_scalar(title));
    tasks += fmt::format("    kind: {}\n", task_kind_key(item.kind));
    tasks += "    description:\n";
    tasks += fmt::format("      - {}\n", yaml_scalar(fmt::format("Thực hiện nhiệm vụ{} {} {}.",
                                                                 where, citation, scope)));
    tasks += fmt::format("    lead: {}\n", yaml_scalar(lead_unit));
    // The parent's output ("Kế hoạch của UBND tỉnh") is the parent's, not the child's: the
    // child writes its own.
    tasks += due_lines;
    if (!item.id.empty()) {
      tasks += fmt::format("    implements: [{}]\n", item.id);
    } else {
      tasks += comment_line("    ",
                            {"Nhiệm vụ của cấp trên không ghi mã: `kehoach diff` đối chiếu theo "
                             "loại và tên.",
                             "The parent gives this item no id: `kehoach diff` matches it by kind "
                             "and title."},
                            lang);
    }
    std::vector<std::string> focus_ids;
    for (const auto& f : item.focus) {
      if (ids.contains(f)) focus_ids.push_back(f);
    }
    if (!focus_ids.empty()) tasks += fmt::format("    focus: {}\n", flow_list(focus_ids));
    if (item.conditional) tasks += "    conditional: true\n";
    tasks += "\n";
  }
  if (items.empty() || tasks.empty()) {
    tasks += comment_line("  ",
                          {"Kế hoạch cấp trên không giao nhiệm vụ nào cho cấp này: các hoạt động "
                           "dưới đây lấy từ mẫu.",
                           "The parent addresses no task or duty to this level: the tasks below "
                           "come from the template."},
                          lang);
    std::string own = expand(templates::tasks(*level), values, conditions, {});
    if (!ids.contains("lien-nganh")) {
      own = replace_all(std::move(own), "    focus: [lien-nganh]\n", "");
    }
    tasks += own;
  } else if (tasks.ends_with("\n\n")) {
    tasks.pop_back();
  }

  // The parent reference (thực hiện Kế hoạch số … của …).
  std::string parent_block = comment_line(
      "", {"Kế hoạch cấp trên mà kế hoạch này thực hiện.", "The parent plan this plan implements."},
      lang);
  parent_block += "parent:\n";
  if (parent.number.present && !parent.number.value.empty()) {
    parent_block += fmt::format("  ref: {}\n", yaml_scalar(parent.number.value));
  } else {
    parent_block += comment_line("  ",
                                 {"Kế hoạch cấp trên chưa ghi số: sửa khi có số.",
                                  "The parent plan has no number yet: write it when known."},
                                 lang);
    parent_block += "  ref: /KH-UBND\n";
  }
  if (const auto issued = parent.issued.date()) {
    parent_block += fmt::format("  date: {}\n", issued->iso());
  } else {
    parent_block +=
        comment_line("  ",
                     {"Kế hoạch cấp trên chưa có ngày ban hành đầy đủ: ghi `date` khi có.",
                      "The parent plan has no full issue date yet: add `date` when "
                      "known."},
                     lang);
  }
  if (parent.issuer.name.present) {
    parent_block += fmt::format("  issuer: {}\n", yaml_scalar(parent.issuer.name.value));
  }
  if (parent.title.present) {
    parent_block += fmt::format("  title: {}\n", yaml_scalar(parent.title.value));
  }
  parent_block += fmt::format("  file: {}\n", yaml_scalar(parent_path));

  Blocks blocks;
  blocks["header"] = header_block(*level, year, values, lang, citation, lead);
  blocks["parent"] = parent_block;
  blocks["focus_areas"] = focus;
  blocks["tasks"] = tasks;
  return render_plan(*level, values, conditions, std::move(blocks));
}

}  // namespace kehoach
