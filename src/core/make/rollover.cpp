// Rolling last year's plan over to a new year by editing its text, never by re-emitting it:
// yaml-cpp would drop the comments and the layout the drafter chose. The loaded model says
// where each value is written (Located<>::at); only those scalars are touched, and only the
// parts of them that are dates or the plan year. Every other byte stays as it was.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/calendar.hpp"
#include "kehoach/consistency.hpp"
#include "kehoach/generate.hpp"
#include "kehoach/load.hpp"
#include "kehoach/text.hpp"
#include "read/scalar_segments.hpp"
#include "time/text_dates.hpp"

namespace kehoach {

namespace {

// The note for a deadline moved off a rest day: "28/02/2027 là thứ Bảy: hạn chuyển về thứ Sáu
// 26/02/2027", or a public holiday by name.
Message rest_day_moved(const Date& day, const Date& to) {
  const Message what = rest_day_name(day).value_or(Message{});
  const bool friday = to.iso_weekday() == 5;
  return {fmt::format("{} là {}: hạn chuyển về {}{}", day.dmy(), what.vi, friday ? "thứ Sáu " : "",
                      to.dmy()),
          fmt::format("{} is {}: the deadline moves back to {}{}", day.dmy(), what.en,
                      friday ? "Friday " : "", to.dmy())};
}

// The note for "trước ngày D" whose last day, the day before D, is a rest day: "trước ngày
// 09/11/2026: ngày cuối 08/11/2026 là Chủ nhật; hạn chuyển về thứ Sáu 06/11/2026, ghi “trước
// ngày 07/11/2026”".
Message rest_day_before_moved(const Date& written, const Date& last, const Date& to) {
  const Message what = rest_day_name(last).value_or(Message{});
  const bool friday = to.iso_weekday() == 5;
  const Date after = add_days(to, 1);
  return {fmt::format("trước ngày {}: ngày cuối {} là {}; hạn chuyển về {}{}, ghi “trước ngày {}”",
                      written.dmy(), last.dmy(), what.vi, friday ? "thứ Sáu " : "", to.dmy(),
                      after.dmy()),
          fmt::format("before {}: the last day {} is {}; the deadline moves back to {}{}, written "
                      "“trước ngày {}”",
                      written.dmy(), last.dmy(), what.en, friday ? "Friday " : "", to.dmy(),
                      after.dmy())};
}

constexpr int last_district_year = 2025;

struct Edit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

std::string padded(int value, std::size_t width) {
  return width >= 2 ? fmt::format("{:02}", value) : fmt::format("{}", value);
}

// `token` rewritten for `date`, in the form it was written.
std::string rewrite(std::string_view s, const Token& token, const Date& date) {
  if (token.type == TokenType::iso) return date.iso();
  std::string out(s.substr(token.begin, token.end - token.begin));
  const int values[3] = {date.day, date.month, date.year};
  for (int k = 2; k >= 0; --k) {
    const auto from = token.spans[k][0] - token.begin;
    const auto length = token.spans[k][1] - token.spans[k][0];
    out.replace(from, length, k == 2 ? fmt::format("{:04}", values[k]) : padded(values[k], length));
  }
  return out;
}

// Long class: each edit of a rolled-over plan (dates, parent, district level, progress) is a
// member adding text edits to the same line list, applied together at the end.
class Roller {
 public:
  Roller(std::string_view text, const Plan& plan, int new_year, const ReformParent& reform)
      : m_plan(plan), m_new_year(new_year), m_delta(new_year - plan.year.value), m_reform(reform) {
    m_lines = split_lines(text);
  }

  RolloverResult run() {
    RolloverResult result;
    collect_deadline_dates();
    edit_top_level();
    for (const DueField* due : deadline_fields()) edit_phrase(*due);
    const bool reparent = !m_reform.district.empty() && m_plan.parent &&
                          m_new_year > last_district_year &&
                          m_plan.year.value <= last_district_year;
    if (reparent) {
      // The district wording first: its edits win over the year edits of the same text.
      reparent_to_province();
      readdress();
      drop_district_implements();
    }
    for (const Text* text : free_texts()) edit_free_text(*text);
    if (!reparent) edit_parent();
    replace_basis();
    remove_progress();
    if (m_new_year > last_district_year && m_plan.year.value <= last_district_year) {
      drop_district_level();
    }
    // A plan after 2025 has no district level: whatever still names it is marked.
    if (!reparent && m_new_year > last_district_year) flag_district_texts({});
    mark_dates();
    if (!m_summary.empty() || !m_flagged.empty()) write_summary();
    note_district_lines();
    result.text = apply();
    result.notes = worded_notes();
    return result;
  }

 private:
  // A note about line `line` (0-based, of the original); worded with the output's line number
  // once the deleted lines are known.
  void note(std::size_t line, Message m) { m_notes.emplace_back(line, std::move(m)); }
  void note(Message m) { m_notes.emplace_back(std::string::npos, std::move(m)); }

  std::vector<Message> worded_notes() const {
    auto notes = m_notes;
    std::stable_sort(notes.begin(), notes.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Message> out;
    for (const auto& [line, m] : notes) {
      if (line == std::string::npos) {
        out.push_back(m);
        continue;
      }
      const auto shown = shown_line(line);
      out.push_back(
          {fmt::format("dòng {}: {}", shown, m.vi), fmt::format("line {}: {}", shown, m.en)});
    }
    return out;
  }

  void add_edit(std::size_t line, std::size_t begin, std::size_t end, std::string text) {
    auto& edits = m_edits[line];
    for (const auto& e : edits) {
      if (begin < e.end && e.begin < end) return;  // already edited
      if (begin == end && e.begin == begin) return;
    }
    if (m_lines[line].substr(begin, end - begin) == text) return;
    edits.push_back({begin, end, std::move(text)});
  }

  void replace_scalar(Position at, const std::string& value) {
    const auto segments = scalar_segments(m_lines, at);
    if (segments.empty()) return;
    const Segment& s = segments.front();
    add_edit(s.line, s.begin, s.end, value);
  }

  std::vector<const DueField*> deadline_fields() const {
    std::vector<const DueField*> out;
    for (const auto& t : m_plan.tasks) out.push_back(&t.due);
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) out.push_back(&d.due);
    }
    if (m_plan.reporting) {
      out.push_back(&m_plan.reporting->period);
      out.push_back(&m_plan.reporting->due);
    }
    std::erase_if(out, [](const DueField* d) { return !d->phrase.present; });
    return out;
  }

  std::vector<const Text*> free_texts() const {
    std::vector<const Text*> out{&m_plan.title, &m_plan.enactment, &m_plan.closing};
    auto all = [&out](const std::vector<Text>& texts) {
      for (const auto& t : texts) out.push_back(&t);
    };
    all(m_plan.purpose);
    all(m_plan.requirements);
    all(m_plan.budget);
    for (const auto& h : m_plan.outline) out.push_back(&h.title);
    for (const auto& f : m_plan.focus_areas) {
      out.insert(out.end(), {&f.name, &f.scope, &f.lead});
      all(f.subjects);
      all(f.content);
    }
    for (const auto& t : m_plan.tasks) {
      out.insert(out.end(), {&t.title, &t.output});
      all(t.description);
      all(t.lead);
      all(t.partners);
    }
    for (const auto& r : m_plan.responsibilities) {
      out.insert(out.end(), {&r.agency, &r.intro});
      for (const auto& d : r.duties) out.insert(out.end(), {&d.text, &d.to});
    }
    if (m_plan.reporting) {
      out.insert(out.end(),
                 {&m_plan.reporting->subjects, &m_plan.reporting->to, &m_plan.reporting->content});
    }
    if (m_plan.parent) out.push_back(&m_plan.parent->title);
    std::erase_if(out, [](const Text* t) { return !t->present; });
    return out;
  }

  // How a date written in a deadline moves to the new year. A date written as the last day
  // ("chậm nhất ngày", a bare date) must be a working day; "trước ngày D" names the day after
  // the last one, which may fall on any day, but D - 1 is the last one: it moves as a last day
  // would, so that "trước ngày 09/11" stays within "chậm nhất ngày 08/11" when 08/11 moves back
  // to a Friday. Any other date (a range's first day, a date the reading does not end on) only
  // changes its year.
  enum class Rule { plain, last_day, day_after };

  // Whether "trước" or "trước ngày" is written just before `at` in `s`.
  static bool after_before_word(std::string_view s, std::size_t at) {
    std::string folded = fold_ascii(s.substr(0, at));
    if (folded == "ngay" || folded.ends_with(" ngay")) folded.resize(folded.size() - 4);
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    return folded == "truoc" || folded.ends_with(" truoc");
  }

  // The rule of the date `token` in the phrase `s` of `due`, by the occurrence of the reading
  // it ends: each date by its own wording, not by the rest of the phrase ("Đợt 1: trước ngày
  // 15/6/2025; Đợt 2: chậm nhất ngày 02/9/2025").
  static Rule rule_of(const DueField& due, std::string_view s, const Token& token) {
    if (!due.reading || due.reading->kind != DueKind::date) return Rule::plain;
    bool last_day = false;
    bool day_after = false;
    for (const auto& o : due.reading->occurrences) {
      if (o.day_before && add_days(o.due, 1) == token.date) day_after = true;
      if (!o.day_before && o.due == token.date) last_day = true;
    }
    if (last_day && day_after) {
      return after_before_word(s, token.begin) ? Rule::day_after : Rule::last_day;
    }
    if (day_after) return Rule::day_after;
    if (last_day) return Rule::last_day;
    return Rule::plain;
  }

  // The rule a date of a free text moves by: as the deadline that writes it does, "trước ngày
  // D" as a "trước ngày" deadline when one writes D so. Without "trước" before it, the date is
  // not the day after a deadline: an event's day ("Hội nghị vào ngày 15/11/2026") sharing its
  // date with a "Trước ngày 15/11/2026" deadline moves as a plain date, and is marked.
  Rule free_text_rule(std::string_view s, const Token& token) const {
    const auto found = m_rules.find(token.date);
    if (found == m_rules.end()) return Rule::plain;
    const auto& rules = found->second;
    if (rules.contains(Rule::day_after) && after_before_word(s, token.begin)) {
      return Rule::day_after;
    }
    if (rules.contains(Rule::last_day)) return Rule::last_day;
    return Rule::plain;
  }

  // Every full date written in a deadline phrase, and where it goes in the new year by each
  // rule it is written with; a note names the line of the deadline the move is about.
  void collect_deadline_dates() {
    std::map<Date, std::size_t> first_line;
    for (const DueField* due : deadline_fields()) {
      for (const auto& seg : scalar_segments(m_lines, due->phrase.at)) {
        const std::string_view s =
            std::string_view(m_lines[seg.line]).substr(seg.begin, seg.end - seg.begin);
        const auto tokens = scan(s);
        for (std::size_t i = 0; i < tokens.size(); ++i) {
          const Token& token = tokens[i];
          if (token.type == TokenType::year || !token.date.valid()) continue;
          // A cited document's date ("Công văn số 150/STP-VBPL ngày 14/03/2026") is its own.
          if (cited(s, tokens, i)) continue;
          first_line.emplace(token.date, seg.line);
          m_rules[token.date].emplace(rule_of(*due, s, token), seg.line);
        }
      }
    }
    for (const auto& [old, line] : first_line) {
      const Date moved = shifted(old);
      if (moved.day != old.day) {
        note(line, {fmt::format("năm {} không có ngày {:02}/{:02}: {} đổi thành {}", moved.year,
                                old.day, old.month, old.dmy(), moved.dmy()),
                    fmt::format("{} has no {:02}/{:02}: {} becomes {}", moved.year, old.day,
                                old.month, old.dmy(), moved.dmy())});
      }
    }
    for (const auto& [old, rules] : m_rules) {
      for (const auto& [rule, line] : rules) {
        Date moved = shifted(old);
        if (rule == Rule::last_day && !is_working_day(moved)) {
          const Date friday = working_day_on_or_before(moved);
          if (friday.year == moved.year) {
            note(line, rest_day_moved(moved, friday));
            moved = friday;
          }
        } else if (rule == Rule::day_after) {
          const Date last = add_days(moved, -1);
          const Date friday = working_day_on_or_before(last);
          if (friday != last && friday.year == last.year) {
            note(line, rest_day_before_moved(moved, last, friday));
            moved = add_days(friday, 1);
          }
        }
        m_moves[{old, rule}] = moved;
      }
    }
  }

  // Where `date`, written with `rule`, goes; nullopt when no deadline writes it.
  std::optional<Date> moved(const Date& date, Rule rule) const {
    const auto found = m_moves.find({date, rule});
    if (found == m_moves.end()) return std::nullopt;
    return found->second;
  }

  void edit_top_level() {
    if (m_plan.status.present && m_plan.status.value == Status::issued) {
      replace_scalar(m_plan.status.at, "draft");
    }
    if (m_plan.number.present) {
      const std::string& n = m_plan.number.value;
      const auto slash = n.find('/');
      if (slash != std::string::npos && slash > 0)
        replace_scalar(m_plan.number.at, n.substr(slash));
    }
    if (m_plan.issued.present) {
      const IssueDate& i = m_plan.issued;
      replace_scalar(i.at, i.month != 0 ? fmt::format("{:04}-{:02}", i.year + m_delta, i.month)
                                        : fmt::format("{:04}", i.year + m_delta));
    }
    if (m_plan.year.present) replace_scalar(m_plan.year.at, std::to_string(m_new_year));
  }

  // `date` in the new year; 29/02 becomes 28/02 in a common year.
  Date shifted(const Date& date) const {
    const Date moved{date.year + m_delta, date.month, date.day};
    return moved.valid() ? moved : last_day_of_month(moved.year, moved.month);
  }

  // The line a `# kehoach:` mark about `text` goes above: the line the text starts on, or for a
  // block scalar (`|`, `>`) its key's line, since a comment among its lines would be its text.
  std::size_t mark_line(const Text& text) const {
    const std::size_t line = static_cast<std::size_t>(std::max(1, text.at.line)) - 1;
    if (line >= m_lines.size()) return line;
    return block_header_above(m_lines, line).value_or(line);
  }

  // Every date and year in a deadline phrase moves, except those of a document the phrase
  // cites ("Công văn số 150/STP-VBPL ngày 14/03/2026", "Luật Đất đai năm 2024"), the same rule
  // as in free text; what is kept is marked, since a deadline may follow that document's
  // successor.
  void edit_phrase(const DueField& due) {
    std::string kept;
    for (const auto& seg : scalar_segments(m_lines, due.phrase.at)) {
      const std::string& line = m_lines[seg.line];
      const std::string_view s = std::string_view(line).substr(seg.begin, seg.end - seg.begin);
      const auto tokens = scan(s);
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (act_number(s, token)) continue;
        if (cited(s, tokens, i)) {
          kept += fmt::format("{}“{}”", kept.empty() ? "" : ", ", shown_token(s, token));
          continue;
        }
        std::string replacement;
        if (token.type == TokenType::year) {
          replacement = fmt::format("{:04}", token.year + m_delta);
        } else {
          const auto to = moved(token.date, rule_of(due, s, token));
          if (!to) continue;
          replacement = rewrite(s, token, *to);
        }
        add_edit(seg.line, seg.begin + token.begin, seg.begin + token.end, replacement);
      }
    }
    if (!kept.empty()) {
      m_date_marks[mark_line(due.phrase)].push_back(
          {fmt::format("thời hạn giữ nguyên {} của văn bản được viện dẫn; nếu năm {} theo văn bản "
                       "khác thì sửa lại",
                       kept, m_new_year),
           fmt::format("the deadline keeps {}, the cited document's; if {} follows another "
                       "document, edit it",
                       kept, m_new_year)});
    }
  }

  // The plan year moves in a text: after "năm" or a month or quarter ("tháng 8/2026"), and in a
  // full date. A date the plan also writes as a deadline moves as that deadline did; any other
  // date of the plan year moves by the years added, and is marked for the officer to check (an
  // event's day may now be a rest day). A law's or a cited document's year and date stay. The
  // year before the plan year ("kết quả năm 2025") stays too, marked: it may mean "last year";
  // so does the year after it ("Xây dựng Kế hoạch … năm 2026" in a plan for 2025), marked: it
  // may mean "next year".
  void edit_free_text(const Text& text) {
    const int plan_year = m_plan.year.value;
    std::vector<std::string> moved_vi;
    std::vector<std::string> moved_en;
    std::string kept;
    std::string kept_after;
    std::string kept_ranges;
    const auto keep = [&](std::string& list, std::string_view shown) {
      list += fmt::format("{}“{}”", list.empty() ? "" : ", ", shown);
    };
    for (const auto& seg : scalar_segments(m_lines, text.at)) {
      const std::string& line = m_lines[seg.line];
      const std::string_view s = std::string_view(line).substr(seg.begin, seg.end - seg.begin);
      const auto tokens = scan(s);
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        const std::string_view written = s.substr(token.begin, token.end - token.begin);
        std::string replacement;
        if (token.type == TokenType::year) {
          // A range or list of years ("năm 2025-2026", "giai đoạn 2021 – 2025", "năm 2025 và
          // 2026", "từ năm 2025 đến năm 2026") touching the plan year stays whole, marked: moving
          // one end ("2026-2026") or both is the officer's call.
          if (const auto range = year_range(s, token.begin, token.end)) {
            const bool near = std::max(std::min(range->first, range->last), plan_year - 1) <=
                              std::min(std::max(range->first, range->last), plan_year + 1);
            if (near && range->begin == token.begin && !act_number(s, token)) {
              keep(kept_ranges, s.substr(range->begin, range->end - range->begin));
            }
            continue;
          }
          if (token.year < plan_year - 1 || token.year > plan_year + 1) continue;
          if (act_number(s, token)) continue;
          const bool named =
              preceded_by_year_word(s, token.begin) || month_or_quarter_slash(s, token.begin);
          if (!named || cited(s, tokens, i)) continue;
          if (token.year != plan_year) {
            keep(token.year < plan_year ? kept : kept_after, shown_token(s, token));
            continue;
          }
          replacement = std::to_string(m_new_year);
        } else {
          if (!token.date.valid() || cited(s, tokens, i) || effective_date(s, token.begin)) {
            continue;
          }
          if (const auto to = moved(token.date, free_text_rule(s, token))) {
            replacement = rewrite(s, token, *to);
          } else if (token.date.year == plan_year) {
            const Date next = shifted(token.date);
            replacement = rewrite(s, token, next);
            const auto rest = rest_day_name(next);
            moved_vi.push_back(fmt::format("{} thành {}{}", written, replacement,
                                           rest ? " (" + rest->vi + ")" : ""));
            moved_en.push_back(
                fmt::format("{} to {}{}", written, replacement, rest ? " (" + rest->en + ")" : ""));
          } else {
            if (token.date.year == plan_year - 1) keep(kept, written);
            if (token.date.year == plan_year + 1) keep(kept_after, written);
            continue;
          }
        }
        add_edit(seg.line, seg.begin + token.begin, seg.begin + token.end, replacement);
      }
    }
    const std::size_t line = mark_line(text);
    if (!moved_vi.empty()) {
      m_date_marks[line].push_back(
          {fmt::format("đã đổi ngày {}: kiểm tra ngày của năm {}", join(moved_vi, ", "),
                       m_new_year),
           fmt::format("moved {}: check the day in {}", join(moved_en, ", "), m_new_year)});
    }
    if (!kept.empty()) {
      m_date_marks[line].push_back(
          {fmt::format("giữ nguyên {} (trước năm {} của kế hoạch cũ): ngày, năm cố định thì để "
                       "nguyên; nếu là năm trước năm kế hoạch thì sửa thành năm {}",
                       kept, plan_year, plan_year - 1 + m_delta),
           fmt::format("{} kept (before the old plan's year {}): leave a fixed date or year as it "
                       "is; if it means the year before the plan's, make it {}",
                       kept, plan_year, plan_year - 1 + m_delta)});
    }
    if (!kept_ranges.empty()) {
      m_date_marks[line].push_back(
          {fmt::format("giữ nguyên các năm {} (kế hoạch cũ năm {}): sửa nếu phải theo năm {}",
                       kept_ranges, plan_year, m_new_year),
           fmt::format("the years {} kept (the old plan's year {}): edit them if they must follow "
                       "the year {}",
                       kept_ranges, plan_year, m_new_year)});
    }
    if (!kept_after.empty()) {
      m_date_marks[line].push_back(
          {fmt::format("giữ nguyên {} (sau năm {} của kế hoạch cũ): ngày, năm cố định thì để "
                       "nguyên; nếu là năm sau năm kế hoạch thì sửa thành năm {}",
                       kept_after, plan_year, plan_year + 1 + m_delta),
           fmt::format("{} kept (after the old plan's year {}): leave a fixed date or year as it "
                       "is; if it means the year after the plan's, make it {}",
                       kept_after, plan_year, plan_year + 1 + m_delta)});
    }
  }

  static std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : std::string(separator)) + p;
    return out;
  }

  // The marks on dates, one comment per text and a note each.
  void mark_dates() {
    for (const auto& [line, messages] : m_date_marks) {
      if (m_deleted.contains(line)) continue;
      Message m;
      for (const auto& one : messages) {
        m.vi += (m.vi.empty() ? "" : "; ") + one.vi;
        m.en += (m.en.empty() ? "" : "; ") + one.en;
      }
      comment_above(line, m);
      note(line, m);
    }
  }

  // The line of the key `key` whose value is written at `value_at`, searching back from it.
  std::optional<std::size_t> key_line(Position value_at, std::string_view key) const {
    if (value_at.line < 1) return std::nullopt;
    const auto start = static_cast<std::size_t>(value_at.line) - 1;
    for (std::size_t j = start + 1; j-- > 0;) {
      std::string_view l = m_lines[j];
      l.remove_prefix(indentation(l));
      while (l.starts_with("- ")) {
        l.remove_prefix(2);
        while (l.starts_with(" ")) l.remove_prefix(1);
      }
      if (l.starts_with(key) && l.substr(key.size()).starts_with(":")) return j;
      if (j + 3 < start) break;
    }
    return std::nullopt;
  }

  void comment_out(std::size_t line) {
    const std::size_t at = indentation(m_lines[line]);
    add_edit(line, at, at, "# ");
  }

  void edit_parent() {
    if (!m_plan.parent) return;
    const ParentRef& p = *m_plan.parent;
    std::vector<std::pair<std::string_view, std::string_view>> cleared;  // vi, en
    if (p.ref.present) {
      const auto slash = p.ref.value.find('/');
      if (slash != std::string::npos && slash > 0) {
        replace_scalar(p.ref.at, p.ref.value.substr(slash));
        cleared.emplace_back("số", "number");
      }
    }
    bool kept = false;
    for (const auto& [value, key, vi, en] : {std::tuple{&p.date.at, "date", "ngày", "date"},
                                             std::tuple{&p.file.at, "file", "tệp", "file"}}) {
      if (value->line == 0) continue;
      const auto line = key_line(*value, key);
      // A key on its own line is commented out; one inside a flow mapping is left for the user.
      if (line && *line + 1 == static_cast<std::size_t>(value->line) &&
          !in_flow(m_lines[*line], byte_offset(m_lines[*line], value->column))) {
        comment_out(*line);
        cleared.emplace_back(vi, en);
      } else {
        kept = true;
      }
    }
    if (cleared.empty() && !kept) return;
    std::string what_vi;
    std::string what_en;
    for (std::size_t i = 0; i < cleared.size(); ++i) {
      const bool last = i + 1 == cleared.size() && i > 0;
      what_vi += fmt::format("{}{}", i == 0 ? "" : last ? " và " : ", ", cleared[i].first);
      what_en += fmt::format("{}{}", i == 0 ? "" : last ? " and " : ", ", cleared[i].second);
    }
    const std::size_t line = static_cast<std::size_t>(std::max(1, p.at.line)) - 1;
    const int old_year = m_plan.year.value;
    if (!cleared.empty()) {
      note(line,
           {fmt::format("tham chiếu kế hoạch cấp trên là của năm {}: đã xóa {}; ghi theo kế hoạch "
                        "năm {} của cấp trên khi có, hoặc lập lại bằng `kehoach new --parent`",
                        old_year, what_vi, m_new_year),
            fmt::format("the parent reference is to the {} plan: its {} removed; write the "
                        "parent's {} plan when it exists, or use `kehoach new --parent`",
                        old_year, what_en + (cleared.size() == 1 ? " was" : " were"), m_new_year)});
    }
    if (kept) {
      note(line, {fmt::format("`parent.date` và `parent.file` viết trong một dòng với khóa khác: "
                              "hãy tự sửa theo kế hoạch năm {} của cấp trên",
                              m_new_year),
                  fmt::format("`parent.date` and `parent.file` share a line with other keys: edit "
                              "them for the parent's {} plan by hand",
                              m_new_year)});
    }
  }

  void remove_progress() {
    int removed = 0;
    auto remove = [&](const std::optional<Progress>& progress) {
      if (!progress) return;
      const auto line = key_line(progress->at, "progress");
      if (!line) return;
      const std::string& key = m_lines[*line];
      const std::size_t base = indentation(key);
      std::size_t last = *line;
      for (std::size_t j = *line + 1; j < m_lines.size(); ++j) {
        if (blank_line(m_lines[j]) || indentation(m_lines[j]) <= base) break;
        last = j;
      }
      if (std::string_view(key).substr(base).starts_with("- ")) {
        // `- progress:` opens its list entry: the next key takes over the dash.
        const std::size_t next = last + 1;
        if (next >= m_lines.size() || indentation(m_lines[next]) != base + 2) return;
        add_edit(next, base, base + 2, "- ");
      }
      for (std::size_t j = *line; j <= last; ++j) m_deleted.insert(j);
      ++removed;
    };
    for (const auto& t : m_plan.tasks) remove(t.progress);
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) remove(d.progress);
    }
    if (removed > 0) {
      note({fmt::format("đã xóa tiến độ (`progress`) của {} mục", removed),
            fmt::format("the progress (`progress`) of {} items was removed", removed)});
    }
  }

  // A `district` entry of a `levels` list: dropped when the list also holds `commune`, else
  // made `commune`.
  void drop_district_entry(const std::vector<Located<Level>>& levels,
                           std::vector<std::size_t>& lines) {
    const bool commune = std::any_of(levels.begin(), levels.end(), [](const Located<Level>& l) {
      return l.value == Level::commune;
    });
    for (const auto& l : levels) {
      if (l.value != Level::district) continue;
      const auto segments = scalar_segments(m_lines, l.at);
      if (segments.empty()) continue;
      const Segment& s = segments.front();
      const std::string& line = m_lines[s.line];
      lines.push_back(s.line);
      if (!commune || levels.size() == 1) {
        add_edit(s.line, s.begin, s.end, "commune");
      } else if (in_flow(line, s.begin)) {
        std::size_t begin = s.begin;
        std::size_t end = s.end;
        std::size_t after = end;
        while (after < line.size() && line[after] == ' ') ++after;
        if (after < line.size() && line[after] == ',') {
          end = after + 1;
          while (end < line.size() && line[end] == ' ') ++end;
        } else {
          while (begin > 0 && line[begin - 1] == ' ') --begin;
          if (begin > 0 && line[begin - 1] == ',') --begin;
        }
        add_edit(s.line, begin, end, "");
      } else {
        m_deleted.insert(s.line);
      }
    }
  }

  void drop_district_level() {
    std::vector<std::size_t> lines;
    for (const auto& t : m_plan.tasks) drop_district_entry(t.levels, lines);
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) drop_district_entry(d.levels, lines);
      if (r.level.present && r.level.value == Level::district) {
        replace_scalar(r.level.at, "commune");
        const std::size_t line = static_cast<std::size_t>(r.level.at.line) - 1;
        note(line,
             {fmt::format("“{}” được giao cho cấp huyện, không còn từ 01/07/2025: đã đổi sang cấp "
                          "xã (`commune`); sửa tên cơ quan và nội dung cho phù hợp",
                          r.agency.value),
              fmt::format("“{}” is addressed to the district level, gone from 01/07/2025: it is "
                          "now the commune level (`commune`); rename the body and edit the duties",
                          r.agency.value)});
      }
    }
    m_district_lines = lines;  // noted at the end, once every line is known
  }

  // ------------------------------------------------------------------------------------------
  // Across the 2025 reform

  // The 1-based line of the output that line `line` (0-based, of the original) becomes.
  std::size_t shown_line(std::size_t line) const {
    const auto gone = std::count_if(m_deleted.begin(), m_deleted.end(),
                                    [line](std::size_t d) { return d < line; });
    std::size_t added = 0;
    for (const auto& [at, text] : m_insert_before) {
      if (at >= line) break;
      added += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    }
    return line + 1 - static_cast<std::size_t>(gone) + added;
  }

  bool vi() const { return m_reform.lang == Lang::vi; }

  // A comment line above line `line`, indented as it is.
  void comment_above(std::size_t line, const Message& m) {
    const std::string indent(indentation(m_lines[line]), ' ');
    std::string& text = m_insert_before[line];
    const std::string comment = fmt::format("{}# kehoach: {}\n", indent, m.in(m_reform.lang));
    if (text.find(comment) == std::string::npos) text += comment;
  }

  std::string province_body() const {
    if (m_reform.plan != nullptr) return m_reform.plan->issuer.name.value;
    return m_reform.province.empty() ? std::string("UBND tỉnh …") : m_reform.province;
  }

  // District wording in addressees is readdressed to the province; anywhere else it is flagged.
  void readdress() {
    const std::string province = province_body();
    const bool known = m_reform.plan != nullptr || !m_reform.province.empty();
    std::vector<std::pair<std::string, std::string>> replacements;
    for (const std::string_view body : {"UBND huyện", "Ủy ban nhân dân huyện"}) {
      replacements.emplace_back(std::string(body) + " (qua Phòng Tư pháp)",
                                province + " (qua Sở Tư pháp)");
    }
    if (!m_reform.district.empty()) replacements.emplace_back(m_reform.district, province);
    replacements.emplace_back("UBND huyện", province);
    replacements.emplace_back("Ủy ban nhân dân huyện", province);
    replacements.emplace_back("Phòng Tư pháp huyện", "Sở Tư pháp");
    replacements.emplace_back("Phòng Tư pháp", "Sở Tư pháp");

    std::vector<const Text*> addressees;
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) addressees.push_back(&d.to);
    }
    if (m_plan.reporting) addressees.push_back(&m_plan.reporting->to);
    for (const auto& r : m_plan.recipients) addressees.push_back(&r);
    std::set<const Text*> done;
    std::vector<std::size_t> changed;
    for (const Text* t : addressees) {
      if (!t->present || !mentions_district(t->value)) continue;
      done.insert(t);
      const auto segments = scalar_segments(m_lines, t->at);
      bool edited = false;
      if (known) {
        for (const auto& seg : segments) {
          const std::string& line = m_lines[seg.line];
          for (const auto& [from, to] : replacements) {
            std::size_t at = line.find(from, seg.begin);
            while (at != std::string::npos && at + from.size() <= seg.end) {
              const auto before = m_edits[seg.line].size();
              add_edit(seg.line, at, at + from.size(), to);
              if (m_edits[seg.line].size() > before) {
                edited = true;
                changed.push_back(seg.line);
              }
              at = line.find(from, at + from.size());
            }
          }
        }
      }
      if (!edited && !segments.empty()) flag_district(mark_line(*t));
    }
    flag_district_texts(done);
    if (!changed.empty()) {
      std::sort(changed.begin(), changed.end());
      changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
      m_readdressed = changed;
    }
  }

  // Every text and recipient but those in `done` that still names the district level is
  // marked: nothing rewrites it into the right body of the province or the commune.
  void flag_district_texts(const std::set<const Text*>& done) {
    std::vector<const Text*> texts = free_texts();
    for (const auto& r : m_plan.recipients) {
      if (r.present) texts.push_back(&r);
    }
    for (const Text* t : texts) {
      if (done.contains(t) || !mentions_district(t->value)) continue;
      // The old parent block is gone: its title needs no flag.
      if (!m_deleted.contains(mark_line(*t))) flag_district(mark_line(*t));
    }
  }

  void flag_district(std::size_t line) {
    comment_above(line, {"còn nhắc cấp huyện (không còn từ 01/07/2025): sửa theo cấp tỉnh, cấp xã",
                         "mentions the district level (gone from 01/07/2025): reword it for the "
                         "province and the commune"});
    if (std::find(m_flagged.begin(), m_flagged.end(), line) == m_flagged.end()) {
      m_flagged.push_back(line);
    }
  }

  // The parent block is written again for the province plan; the district's is dropped.
  void reparent_to_province() {
    const ParentRef& p = *m_plan.parent;
    std::optional<std::size_t> key;
    for (std::size_t j = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, p.at.line)),
                                               m_lines.size());
         j-- > 0;) {
      if (m_lines[j].rfind("parent:", 0) == 0) {
        key = j;
        break;
      }
    }
    if (!key) {
      note({"không tìm thấy khóa `parent` ở đầu dòng: hãy tự sửa kế hoạch cấp trên",
            "the `parent` key was not found at the start of a line: edit the parent by hand"});
      return;
    }
    std::size_t last = *key;
    for (std::size_t j = *key + 1; j < m_lines.size(); ++j) {
      if (blank_line(m_lines[j])) break;
      if (indentation(m_lines[j]) == 0) break;
      last = j;
    }
    for (std::size_t j = *key; j <= last; ++j) m_deleted.insert(j);
    std::string block;
    const std::string province = province_body();
    const Message why{
        fmt::format("từ 01/07/2025 không còn cấp huyện: kế hoạch này thực hiện kế hoạch của {} "
                    "thay cho {}",
                    province, m_reform.district),
        fmt::format("the district level is gone from 01/07/2025: this plan implements the plan of "
                    "{} instead of {}",
                    province, m_reform.district)};
    block += fmt::format("# kehoach: {}\n", why.in(m_reform.lang));
    if (const Plan* parent = m_reform.plan) {
      block += "parent:\n";
      block += fmt::format("  ref: {}\n", parent->number.present && !parent->number.value.empty()
                                              ? yaml_scalar(parent->number.value)
                                              : std::string("/KH-UBND"));
      if (const auto d = parent->issued.date()) block += fmt::format("  date: {}\n", d->iso());
      block += fmt::format("  issuer: {}\n", yaml_scalar(parent->issuer.name.value));
      if (parent->title.present) {
        block += fmt::format("  title: {}\n", yaml_scalar(parent->title.value));
      }
      block += fmt::format("  file: {}\n", yaml_scalar(m_reform.path));
      m_summary.push_back(
          {fmt::format("kế hoạch cấp trên: {} thay cho {} (số, ngày, trích yếu chép từ {})",
                       province, m_reform.district, m_reform.path),
           fmt::format("parent: {} instead of {} (number, date and title copied from {})", province,
                       m_reform.district, m_reform.path)});
    } else {
      block += fmt::format(
          "# kehoach: {}\n",
          Message{fmt::format("ghi số (`ref`), ngày (`date`), trích yếu (`title`) và tệp (`file`) "
                              "của kế hoạch năm {} của {} khi có",
                              m_new_year, province),
                  fmt::format("write the number (`ref`), date (`date`), title (`title`) and file "
                              "(`file`) of the {} plan of {} when it exists",
                              m_new_year, province)}
              .in(m_reform.lang));
      block += "parent:\n  ref: /KH-UBND\n";
      block += fmt::format("  issuer: {}\n", yaml_scalar(province));
      m_summary.push_back(
          {fmt::format("kế hoạch cấp trên: {} thay cho {}{}; số, ngày, trích yếu chưa có: cần ghi",
                       province, m_reform.district,
                       m_reform.province_source.empty()
                           ? std::string()
                           : " (theo " + m_reform.province_source + ")"),
           fmt::format("parent: {} instead of {}{}; number, date and title unknown: to be written",
                       province, m_reform.district,
                       m_reform.province_source.empty()
                           ? std::string()
                           : " (from " + m_reform.province_source + ")")});
    }
    m_insert_before[*key] += block;
  }

  // The ids the old plan implemented are the district's: they mean nothing to the province plan.
  void drop_district_implements() {
    std::vector<std::size_t> lines;
    auto drop = [&](const std::vector<Text>& ids) {
      if (ids.empty()) return;
      const auto line = key_line(ids.front().at, "implements");
      if (!line || in_flow(m_lines[*line], indentation(m_lines[*line]))) return;
      std::string_view l = m_lines[*line];
      l.remove_prefix(indentation(l));
      if (!l.starts_with("implements:")) return;  // `- implements:` opens an entry: keep it
      comment_out(*line);
      lines.push_back(*line);
    };
    for (const auto& t : m_plan.tasks) drop(t.implements);
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) drop(d.implements);
    }
    if (lines.empty()) return;
    m_summary.push_back({fmt::format("{} dòng `implements` (mã nhiệm vụ của kế hoạch cấp huyện) "
                                     "được đặt thành ghi chú: ghi mã nhiệm vụ của kế hoạch cấp "
                                     "tỉnh",
                                     lines.size()),
                         fmt::format("{} `implements` lines (ids of the district plan) are "
                                     "commented out: write the ids of the province plan's tasks",
                                     lines.size())});
  }

  // Acts replaced by the new year give way to their successors; acts that guide a replaced act
  // are flagged (they do not end with it: khoản 2 Điều 57 Luật 64/2025/QH15).
  void replace_basis() {
    const Date first_day{m_new_year, 1, 1};
    const ActTable& acts = builtin_acts();
    std::set<std::string> cited;
    for (const auto& act : m_plan.basis) cited.insert(fold(act.ref.value));
    std::vector<std::string> replaced;
    for (const auto& act : m_plan.basis) {
      const LegalAct* known = acts.find(act.ref.value);
      if (known == nullptr || known->replaced_by.empty() || !known->replaced_from ||
          first_day < *known->replaced_from) {
        continue;
      }
      const std::size_t start = static_cast<std::size_t>(std::max(1, act.at.line)) - 1;
      const std::size_t dash = indentation(m_lines[start]);
      if (std::string_view(m_lines[start]).substr(dash, 2) != "- ") {
        comment_above(start, {fmt::format("{} đã được thay bằng {} từ {}", known->ref,
                                          known->replaced_by, known->replaced_from->dmy()),
                              fmt::format("{} is replaced by {} from {}", known->ref,
                                          known->replaced_by, known->replaced_from->dmy())});
        continue;
      }
      std::size_t last = start;
      for (std::size_t j = start + 1; j < m_lines.size(); ++j) {
        if (blank_line(m_lines[j]) || indentation(m_lines[j]) <= dash) break;
        last = j;
      }
      for (std::size_t j = start; j <= last; ++j) m_deleted.insert(j);
      replaced.push_back(known->ref);
      const LegalAct* successor = acts.find(known->replaced_by);
      const std::string key = fold(known->replaced_by);
      if (successor != nullptr && !cited.contains(key)) {
        cited.insert(key);
        const std::string in(dash, ' ');
        std::string entry = fmt::format("{}- ref: {}\n", in, successor->ref);
        entry += fmt::format("{}  kind: {}\n", in, successor->kind);
        entry += fmt::format("{}  date: {}\n", in, successor->date.iso());
        entry += fmt::format("{}  issuer: {}\n", in, yaml_scalar(successor->issuer));
        entry += fmt::format("{}  title: {}\n", in, yaml_scalar(successor->title));
        m_insert_before[start] += entry;
        note(start, {fmt::format("căn cứ {} thay bằng {} (hiệu lực từ {})", known->ref,
                                 successor->ref, known->replaced_from->dmy()),
                     fmt::format("basis {} replaced by {} (in force from {})", known->ref,
                                 successor->ref, known->replaced_from->dmy())});
      } else {
        note(start, {fmt::format("bỏ căn cứ {}: đã được thay bằng {}, có trong căn cứ", known->ref,
                                 known->replaced_by),
                     fmt::format("basis {} dropped: replaced by {}, which is cited", known->ref,
                                 known->replaced_by)});
      }
    }
    if (replaced.empty()) return;
    for (const auto& act : m_plan.basis) {
      const LegalAct* known = acts.find(act.ref.value);
      if (known != nullptr &&
          std::find(replaced.begin(), replaced.end(), known->ref) != replaced.end()) {
        continue;
      }
      const std::string title = fold(act.title.value);
      for (const auto& old : replaced) {
        if (title.find(fold(old)) == std::string::npos) continue;
        const std::size_t line = static_cast<std::size_t>(std::max(1, act.at.line)) - 1;
        const Message m{
            fmt::format("{} hướng dẫn {}, đã được thay thế: kiểm tra văn bản này còn hiệu lực "
                        "(khoản 2 Điều 57 Luật 64/2025/QH15)",
                        act.ref.value, old),
            fmt::format("{} guides {}, which is replaced: check that it is still in force "
                        "(Art. 57(2) of Law 64/2025/QH15)",
                        act.ref.value, old)};
        comment_above(line, m);
        note(line, m);
        break;
      }
    }
    std::string list;
    for (const auto& r : replaced) list += (list.empty() ? "" : ", ") + r;
    m_summary.push_back({fmt::format("căn cứ pháp lý: {} thay bằng văn bản thay thế", list),
                         fmt::format("legal basis: {} replaced by the successor", list)});
  }

  // The comment at the top: what was changed across the reform and what is left to check.
  void write_summary() {
    const std::size_t at =
        !m_lines.empty() && m_lines[0].rfind("# yaml-language-server", 0) == 0 ? 1 : 0;
    if (at >= m_lines.size()) return;
    // The top comment's lines come before every line the summary numbers: count them first.
    const std::size_t header_lines =
        m_summary.size() + 2 + (m_readdressed.empty() ? 0 : 1) + (m_flagged.empty() ? 0 : 1);
    const std::string before = m_insert_before[at];
    m_insert_before[at] = std::string(header_lines, '\n') + before;
    if (!m_readdressed.empty()) {
      std::string list;
      for (const auto l : m_readdressed) {
        list += (list.empty() ? "" : ", ") + std::to_string(shown_line(l));
      }
      m_summary.push_back(
          {fmt::format("nơi gửi báo cáo, nơi nhận: cấp huyện đổi thành {} (dòng "
                       "{})",
                       province_body(), list),
           fmt::format("report addressees and recipients: the district becomes "
                       "{} ({} {})",
                       province_body(), m_readdressed.size() == 1 ? "line" : "lines", list)});
    }
    if (!m_flagged.empty()) {
      std::sort(m_flagged.begin(), m_flagged.end());
      std::string list;
      for (const auto l : m_flagged) {
        list += (list.empty() ? "" : ", ") + std::to_string(shown_line(l));
      }
      m_summary.push_back(
          {fmt::format("{} chỗ còn nhắc cấp huyện được đánh dấu “# kehoach:”, chưa sửa (dòng {})",
                       m_flagged.size(), list),
           m_flagged.size() == 1
               ? fmt::format("1 place that still mentions the district is marked “# kehoach:”, "
                             "not rewritten (line {})",
                             list)
               : fmt::format("{} places that still mention the district are marked “# kehoach:”, "
                             "not rewritten (lines {})",
                             m_flagged.size(), list)});
    }
    std::string text =
        fmt::format("# kehoach: {}\n",
                    Message{fmt::format("chuyển sang năm {}, sau cải cách năm 2025:", m_new_year),
                            fmt::format("rolled over to {}, across the 2025 reform:", m_new_year)}
                        .in(m_reform.lang));
    for (const auto& m : m_summary) text += fmt::format("#   - {}\n", m.in(m_reform.lang));
    text += fmt::format(
        "# kehoach: {}\n",
        Message{"cần kiểm tra: kế hoạch cấp trên, các chỗ đánh dấu “# kehoach:”, rồi chạy "
                "kehoach validate",
                "to check: the parent, the places marked “# kehoach:”, then run kehoach validate"}
            .in(m_reform.lang));
    m_insert_before[at] = text + before;
    for (const auto& m : m_summary) note(m);
  }

  // The district levels dropped, numbered as printed: called last, when every deleted and
  // inserted line is known.
  void note_district_lines() {
    const std::vector<std::size_t>& lines = m_district_lines;
    if (!lines.empty()) {
      std::string list;
      // The last step: the deleted lines are known, so the lines are numbered as printed.
      for (const std::size_t l : lines) {
        list += (list.empty() ? "" : ", ") + std::to_string(shown_line(l));
      }
      note({fmt::format("cấp huyện (`district`) đã được bỏ khỏi `levels` hoặc đổi "
                        "sang cấp xã ở dòng {}",
                        list),
            fmt::format("the district level (`district`) was removed from `levels` "
                        "or made `commune` on lines {}",
                        list)});
    }
  }

  std::vector<std::size_t> m_district_lines;
  std::vector<std::size_t> m_readdressed;
  std::vector<std::size_t> m_flagged;

  std::string apply() {
    std::string out;
    for (std::size_t j = 0; j < m_lines.size(); ++j) {
      if (const auto before = m_insert_before.find(j); before != m_insert_before.end()) {
        out += before->second;
      }
      if (m_deleted.contains(j)) continue;
      std::string line = m_lines[j];
      auto found = m_edits.find(j);
      if (found != m_edits.end()) {
        auto edits = found->second;
        std::sort(edits.begin(), edits.end(),
                  [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
        for (const auto& e : edits) line.replace(e.begin, e.end - e.begin, e.text);
      }
      out += line;
      if (j + 1 < m_lines.size()) out.push_back('\n');
    }
    return out;
  }

  const Plan& m_plan;
  int m_new_year;
  int m_delta;
  const ReformParent& m_reform;
  std::map<std::size_t, std::string> m_insert_before;  // whole lines, each ending in '\n'
  std::vector<Message> m_summary;                      // what the top comment says
  std::vector<std::string> m_lines;
  std::map<Date, std::map<Rule, std::size_t>> m_rules;  // each rule a date is written with,
                                                        // and the first line writing it so
  std::map<std::pair<Date, Rule>, Date> m_moves;
  std::map<std::size_t, std::vector<Edit>> m_edits;
  std::set<std::size_t> m_deleted;
  std::vector<std::pair<std::size_t, Message>> m_notes;
  std::map<std::size_t, std::vector<Message>> m_date_marks;  // by the line of the text marked
};

}  // namespace

RolloverResult rollover(std::string_view original_text, const Plan& original, int new_year) {
  return rollover(original_text, original, new_year, ReformParent{});
}

RolloverResult rollover(std::string_view original_text, const Plan& original, int new_year,
                        const ReformParent& reform) {
  RolloverResult result;
  const int year = original.year.value;
  if (!original.year.present) {
    result.refusal = Message{"kế hoạch không ghi năm (`year`)", "the plan has no `year`"};
    return result;
  }
  if (new_year <= year || new_year > last_template_year) {
    result.refusal =
        Message{fmt::format("năm mới phải sau năm {} của kế hoạch và không quá {}", year,
                            last_template_year),
                fmt::format("the new year must be after the plan's year {} and at most {}", year,
                            last_template_year)};
    return result;
  }
  if (new_year > last_district_year && original.issuer.level.present &&
      original.issuer.level.value == Level::district) {
    result.refusal = Message{
        fmt::format("không chuyển kế hoạch cấp huyện sang năm {}: cấp huyện đã kết thúc hoạt động "
                    "ngày 30/06/2025, từ 01/07/2025 chính quyền địa phương chỉ còn cấp tỉnh và "
                    "cấp xã; lập kế hoạch cấp xã bằng `kehoach new --level commune` hoặc "
                    "`--parent`",
                    new_year),
        fmt::format("a district plan cannot be rolled over to {}: the district level ended on "
                    "30/06/2025, and from 01/07/2025 local government has only the province and "
                    "commune levels; draft a commune plan with `kehoach new --level commune` or "
                    "`--parent`",
                    new_year)};
    return result;
  }
  result = Roller(original_text, original, new_year, reform).run();
  // A safety net: what is handed back must read as a plan, or nothing is handed back.
  const LoadResult check = load_plan(result.text, original.file);
  if (!check.ok()) {
    const auto first =
        std::find_if(check.diagnostics.begin(), check.diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
    result.text.clear();
    result.refusal = Message{
        fmt::format("không chuyển được kế hoạch: bản đã sửa không đọc được (dòng {}: {})",
                    first->at.line, first->message.vi),
        fmt::format("cannot roll the plan over: the edited text does not read (line {}: {})",
                    first->at.line, first->message.en)};
  }
  return result;
}

}  // namespace kehoach
