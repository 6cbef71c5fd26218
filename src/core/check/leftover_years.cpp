#include "kehoach/leftover_years.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "check/text_deadlines.hpp"
#include "kehoach/consistency.hpp"
#include "kehoach/rules.hpp"
#include "kehoach/text.hpp"
#include "read/scalar_segments.hpp"
#include "time/text_dates.hpp"

namespace kehoach {

namespace {

// How far back a clause is read, in bytes: "ban hành Kế hoạch số 05/KH-BTP ngày 10/12/2025 của
// Bộ Tư pháp về công tác năm 2025" is 110; a text of thousands of years without a comma costs
// no more than this each.
constexpr std::size_t longest_clause = 240;

// Where the clause holding byte `at` of `s` starts: after the last ",", ";", ":", bracket or
// full stop (a "." followed by a space: "15.5.2025" is a date), at most `longest_clause` back
// (on a character's first byte).
std::size_t clause_start(std::string_view s, std::size_t at) {
  std::size_t start = at;
  const std::size_t floor = at > longest_clause ? at - longest_clause : 0;
  while (start > floor) {
    const char c = s[start - 1];
    if (std::string_view(",;:()[]").find(c) != std::string_view::npos) break;
    if (c == '.' && start < s.size() && (s[start] == ' ' || s[start] == '\n')) break;
    --start;
  }
  while (start < at && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) ++start;
  return start;
}

bool letter(char c) { return c >= 'a' && c <= 'z'; }

// Whether the folded text `f` ends with the whole word or words `word`.
bool ends_with_word(std::string_view f, std::string_view word) {
  return f.ends_with(word) && (f.size() == word.size() || !letter(f[f.size() - word.size() - 1]));
}

// `f` (folded) without the words of a date or a period it ends with: "trong quy iii/" and
// "truoc ngay 10 thang 9 nam" both end at the word before the time ("trong", "truoc").
std::string_view without_time_words(std::string_view f) {
  for (;;) {
    while (!f.empty() && (f.back() == ' ' || f.back() == '/' || f.back() == '-'))
      f.remove_suffix(1);
    if (!f.empty() && f.back() >= '0' && f.back() <= '9') {
      while (!f.empty() && f.back() >= '0' && f.back() <= '9') f.remove_suffix(1);
      continue;
    }
    bool dropped = false;
    for (const std::string_view word : {"ngay", "thang", "nam", "quy", "iii", "ii", "iv", "i"}) {
      if (ends_with_word(f, word)) {
        f.remove_suffix(word.size());
        dropped = true;
        break;
      }
    }
    if (!dropped) return f;
  }
}

// The words that make a date or a period this plan's own time: "vào ngày", "trong tháng",
// "trước ngày", "hoàn thành trước", "chậm nhất ngày", "muộn nhất ngày".
std::string_view time_cue(std::string_view before) {
  for (const std::string_view cue : {"vao", "trong", "truoc", "cham nhat", "muon nhat"}) {
    if (ends_with_word(before, cue)) return cue;
  }
  return {};
}

// The text quoted for a token read after a time word: from that word on ("vào ngày 15/5/2025",
// "trong tháng 8 năm 2025") or from "dự toán", "kế hoạch"; the token alone when the word is not
// found as written.
std::string_view from_cue(std::string_view s, std::size_t clause, const Token& t) {
  const std::string_view before = s.substr(clause, t.begin - clause);
  std::size_t at = std::string_view::npos;
  for (const std::string_view word :
       {"vào ", "Vào ", "trong ", "Trong ", "trước ", "Trước ", "chậm nhất ", "Chậm nhất ",
        "muộn nhất ", "Muộn nhất ", "dự toán ", "Dự toán ", "kế hoạch ", "Kế hoạch ",
        "KẾ HOẠCH "}) {
    const auto found = before.rfind(word);
    if (found != std::string_view::npos && (at == std::string_view::npos || found > at)) {
      at = found;
    }
  }
  if (at == std::string_view::npos) return shown_token(s, t);
  return s.substr(clause + at, t.end - clause - at);
}

// Words before a year that make it the year looked back on, not this plan's: "kết quả năm
// 2025", "tổng kết", "báo cáo năm 2025", "đánh giá".
bool looks_back(std::string_view folded_clause) {
  for (const std::string_view word :
       {"ket qua", "tong ket", "so ket", "bao cao", "danh gia", "thong ke", "so lieu"}) {
    if (contains_word(folded_clause, word)) return true;
  }
  return false;
}

// The days of the reform of local government: a fact of 2025, never last year's time.
bool reform_day(const Date& d) {
  return (d.year == 2025 && d.month == 6 && d.day == 30) ||
         (d.year == 2025 && d.month == 7 && d.day == 1);
}

// A year found in a text: where its four figures are, what it is and how it reads.
struct Found {
  std::size_t year_at = 0;
  int year = 0;
  std::string shown;
};

// Which reading a text gets.
enum class Reading {
  own_time,   // after a time word only: tasks, duties, focus area contents, purpose, ...
  year_named  // also any "năm Y": the budget, a focus area's name
};

std::size_t year_offset(const Token& t) {
  return t.type == TokenType::year ? t.begin : t.type == TokenType::iso ? t.begin : t.spans[2][0];
}

int year_of(const Token& t) { return t.type == TokenType::year ? t.year : t.date.year; }

// The years before `plan_year` that `s` writes as this plan's own time.
// `deadline_told`: KH139 already reports a deadline of the text against its `due`, so a date
// after "trước", "chậm nhất", "muộn nhất" is not reported again.
std::vector<Found> earlier_years(std::string_view s, int plan_year, Reading reading,
                                 const std::optional<Date>& issued, bool deadline_told) {
  std::vector<Found> out;
  const auto tokens = scan(s);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const int y = year_of(t);
    if (y >= plan_year || y < 1900) continue;
    if (act_number(s, t) || cited(s, tokens, i)) continue;
    const bool is_year = t.type == TokenType::year;
    if (is_year && !preceded_by_year_word(s, t.begin) && !month_or_quarter_slash(s, t.begin)) {
      continue;
    }
    if (!is_year) {
      if (!t.date.valid() || effective_date(s, t.begin) || reform_day(t.date)) continue;
      // A day of the year before, on or after the plan is issued: a step of this plan.
      if (issued && !(t.date < *issued)) continue;
    }
    const std::size_t from = clause_start(s, t.begin);
    const std::string folded = fold_ascii(s.substr(from, t.begin - from));
    if (is_year && looks_back(folded)) continue;
    const std::string_view before = without_time_words(folded);
    const std::string_view cue = time_cue(before);
    const bool budget_year = contains_word(folded, "du toan");
    // "ban hành kế hoạch … năm 2025", "triển khai Kế hoạch … năm 2025 của UBND tỉnh": this
    // plan or the plan it carries out, not a numbered document ("Kế hoạch số …").
    const bool names_a_plan =
        contains_word(folded, "ke hoach") && !contains_word(folded, "ke hoach so");
    // "công tác theo dõi tình hình thi hành pháp luật năm 2025", "lĩnh vực trọng tâm, liên ngành
    // năm 2025": the year's work itself.
    const bool names_the_work =
        ends_with_word(before, "thi hanh phap luat") || ends_with_word(before, "lien nganh");
    const bool named_by_word = budget_year || names_a_plan || names_the_work;
    if (cue.empty()) {
      // "năm 2025" alone in the budget or a focus area's name; elsewhere as a budget year
      // ("bố trí kinh phí trong dự toán chi thường xuyên năm 2025") or a plan's year.
      if (!is_year || !preceded_by_year_word(s, t.begin) ||
          (reading != Reading::year_named && !named_by_word)) {
        continue;
      }
    } else {
      // "văn bản ban hành trước ngày 01/7/2025", "có hiệu lực trước …": documents looked at.
      const std::string_view rest = trim(before.substr(0, before.size() - cue.size()));
      if (ends_with_word(rest, "ban hanh") || ends_with_word(rest, "hieu luc")) continue;
      if (deadline_told && cue != "vao" && cue != "trong") continue;
    }
    std::string shown(cue.empty() && !named_by_word ? shown_token(s, t) : from_cue(s, from, t));
    std::replace(shown.begin(), shown.end(), '\n', ' ');  // a block's line break
    out.push_back({year_offset(t), y, std::move(shown)});
  }
  return out;
}

// The year of the plan the enactment or the closing names: the first "năm Y" after "Kế hoạch"
// (not "Kế hoạch số …") in its clause.
std::optional<Found> plan_year_named(std::string_view s) {
  const auto tokens = scan(s);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.type != TokenType::year || !preceded_by_year_word(s, t.begin)) continue;
    if (act_number(s, t) || cited(s, tokens, i)) continue;
    const std::size_t from = clause_start(s, t.begin);
    const std::string folded = fold_ascii(s.substr(from, t.begin - from));
    if (!contains_word(folded, "ke hoach") || contains_word(folded, "ke hoach so")) continue;
    return Found{t.begin, t.year, std::string(shown_token(s, t))};
  }
  return std::nullopt;
}

// The 1-based character column of byte `offset` of `line`.
int column_at(std::string_view line, std::size_t offset) {
  int column = 1;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

// Where in the file the years of one text are written: the same occurrence of a year's four
// figures in the lines of the scalar as in its value; the text's own position when not found
// (an escaped quoted scalar). Asked in the order of the text, each figures' search goes on from
// where it stopped, so a text is read once however many years it has.
class YearPlaces {
 public:
  YearPlaces(const std::vector<std::string>& lines, const Text& t)
      : m_lines(lines), m_text(t), m_segments(scalar_segments(lines, t.at)) {}

  Position at(std::size_t year_at) {
    const std::string_view value = m_text.value;
    const std::string figures(value.substr(year_at, 4));
    Cursor& c = m_cursors[figures];
    for (auto p = value.find(figures, c.value_from); p < year_at; p = value.find(figures, p + 1)) {
      ++c.nth;
    }
    const std::size_t wanted = c.nth++;
    c.value_from = year_at + 1;
    while (c.segment < m_segments.size()) {
      const Segment& seg = m_segments[c.segment];
      const std::string_view line = std::string_view(m_lines[seg.line]).substr(0, seg.end);
      const auto p = line.find(figures, c.line_from == 0 ? seg.begin : c.line_from);
      if (p == std::string_view::npos) {
        ++c.segment;
        c.line_from = 0;
        continue;
      }
      c.line_from = p + 1;
      if (c.found++ == wanted) return {static_cast<int>(seg.line) + 1, column_at(line, p)};
    }
    return m_text.at;
  }

 private:
  // How far one year's figures were read: in the value, and in the lines of the scalar.
  struct Cursor {
    std::size_t value_from = 0;
    std::size_t nth = 0;
    std::size_t segment = 0;
    std::size_t line_from = 0;
    std::size_t found = 0;
  };

  const std::vector<std::string>& m_lines;
  const Text& m_text;
  std::vector<Segment> m_segments;
  std::map<std::string, Cursor> m_cursors;
};

Diagnostic make(const Plan& plan, std::string_view code, Position at, Message message,
                Message hint) {
  const Rule* rule = find_rule(code);
  return Diagnostic{std::string(code),  rule ? rule->severity : Severity::warning,
                    plan.file,          at,
                    std::move(message), std::move(hint)};
}

class LeftoverYears {
 public:
  LeftoverYears(const Plan& plan, std::string_view text)
      // When KH132 finds `year` itself the slip, the plan is for its title's year.
      : m_plan(plan),
        m_year(slipped_year(plan).value_or(plan.year.value)),
        m_lines(split_lines(text)) {
    std::vector<Diagnostic> told;
    check_text_deadlines(plan, told);
    for (const auto& d : told) m_told.insert(d.at);
    m_issued = earliest_issue_day(plan.issued);
  }

  std::vector<Diagnostic> run() {
    names_this_plan(m_plan.enactment, {"lời ban hành", "the enactment"});
    names_this_plan(m_plan.closing, {"lời kết", "the closing"});
    for (const auto& b : m_plan.budget) own_time(b, Reading::year_named);
    for (const auto& f : m_plan.focus_areas) {
      own_time(f.name, Reading::year_named);
      own_time(f.scope, Reading::own_time);
      for (const auto& t : f.subjects) own_time(t, Reading::own_time);
      for (const auto& t : f.content) own_time(t, Reading::own_time);
    }
    for (const auto& t : m_plan.purpose) own_time(t, Reading::own_time);
    for (const auto& t : m_plan.requirements) own_time(t, Reading::own_time);
    for (const auto& task : m_plan.tasks) {
      own_time(task.title, Reading::own_time);
      for (const auto& d : task.description) own_time(d, Reading::own_time);
      own_time(task.output, Reading::own_time);
    }
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) own_time(d.text, Reading::own_time);
    }
    return std::move(m_out);
  }

 private:
  // KH140: the enactment or the closing names this plan with another year.
  void names_this_plan(const Text& t, const Message& where) {
    if (!t.present || t.at.line < 1) return;
    const auto found = plan_year_named(t.value);
    // `year` itself, when KH132 reports `year` as the slip, is not said again.
    if (!found || found->year == m_year || found->year == m_plan.year.value) return;
    m_out.push_back(
        make(m_plan, "KH140", YearPlaces(m_lines, t).at(found->year_at),
             {fmt::format("{} ghi “Kế hoạch … {}” nhưng đây là kế hoạch năm {} (`year`)", where.vi,
                          found->shown, m_year),
              fmt::format("{} names “Kế hoạch … {}” but the plan is for {} (`year`)", where.en,
                          found->shown, m_year)},
             {fmt::format("sửa thành năm {}: văn bản in ra ghi lời này", m_year),
              fmt::format("write {}: the printed plan shows these words", m_year)}));
  }

  // KH141: a year before the plan's written as this plan's own time.
  void own_time(const Text& t, Reading reading) {
    if (!t.present || t.at.line < 1) return;
    YearPlaces places(m_lines, t);
    for (const Found& f :
         earlier_years(t.value, m_year, reading, m_issued, m_told.contains(t.at))) {
      // Past `diagnostics_per_code`, the rest are counted in one record, as the reader does.
      if (m_kept == diagnostics_per_code) {
        if (!m_left_out) {
          m_left_out = m_out.size();
          m_out.push_back(make(
              m_plan, "KH141", t.at,
              {"các chẩn đoán cùng mã không được in", "further diagnostics with this code"}, {}));
        }
        ++m_out[*m_left_out].left_out;
        continue;
      }
      ++m_kept;
      m_out.push_back(make(
          m_plan, "KH141", places.at(f.year_at),
          {fmt::format("“{}” thuộc năm {}, trước năm kế hoạch {}: có thể còn sót từ kế hoạch "
                       "năm trước",
                       f.shown, f.year, m_year),
           fmt::format("“{}” is in {}, before the plan year {}: it may be left over from last "
                       "year's plan",
                       f.shown, f.year, m_year)},
          {fmt::format("nếu là thời gian của kế hoạch này, sửa thành năm {}; nếu đúng là năm {} "
                       "thì để nguyên",
                       m_year, f.year),
           fmt::format("if it is this plan's own time, write {}; if {} is meant, leave it", m_year,
                       f.year)}));
    }
  }

  const Plan& m_plan;
  int m_year;
  std::vector<std::string> m_lines;
  std::set<Position> m_told;
  std::optional<Date> m_issued;
  std::vector<Diagnostic> m_out;
  std::size_t m_kept = 0;                 // KH141 built
  std::optional<std::size_t> m_left_out;  // the record counting the KH141 not built
};

}  // namespace

std::vector<Diagnostic> check_leftover_years(const Plan& plan, std::string_view text) {
  if (!plan.year.present) return {};
  auto out = LeftoverYears(plan, text).run();
  sort_diagnostics(out);
  return out;
}

}  // namespace kehoach
