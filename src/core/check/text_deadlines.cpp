#include "check/text_deadlines.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "kehoach/due.hpp"
#include "kehoach/import.hpp"
#include "kehoach/rules.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The length of the run of figures at `at` of `s`.
std::size_t figures_at(std::string_view s, std::size_t at) {
  std::size_t n = 0;
  while (at + n < s.size() && is_digit(s[at + n])) ++n;
  return n;
}

// Whether `s` has four figures in a row: a year may be written. Every text is looked at, so
// this cheap test comes before the sentence is read.
bool has_four_figures(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::size_t n = figures_at(s, i);
    if (n >= 4) return true;
    i += n;
  }
  return false;
}

// Whether the folded phrase writes a day with its month and year: "25/11/2026" (or with "-",
// "."), "ngay 25 thang 11 nam 2026". "trước ngày 20/02" takes the plan year: not clear enough.
bool writes_full_date(std::string_view folded) {
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const std::size_t day = figures_at(folded, i);
    if (day == 0) continue;
    std::size_t at = i + day;
    const bool numeric = day <= 2 && at < folded.size() &&
                         (folded[at] == '/' || folded[at] == '-' || folded[at] == '.');
    if (numeric) {
      const char sep = folded[at];
      const std::size_t month = figures_at(folded, at + 1);
      at += 1 + month;
      if (month >= 1 && month <= 2 && at < folded.size() && folded[at] == sep &&
          figures_at(folded, at + 1) == 4) {
        return true;
      }
    }
    i += day;
  }
  for (auto at = folded.find("ngay "); at != std::string_view::npos;
       at = folded.find("ngay ", at + 1)) {
    std::size_t k = at + 5;
    const std::size_t day = figures_at(folded, k);
    if (day == 0 || day > 2 || folded.substr(k + day, 7) != " thang ") continue;
    k += day + 7;
    const std::size_t month = figures_at(folded, k);
    if (month == 0 || month > 2 || folded.substr(k + month, 5) != " nam ") continue;
    if (figures_at(folded, k + month + 5) == 4) return true;
  }
  return false;
}

// Whether the phrase opens with a word that makes the date a deadline: "trước", "chậm nhất",
// "muộn nhất", "hạn" ("hạn cuối", "hạn chót"); not "trong tháng …", which names no day.
bool opens_as_deadline(std::string_view folded) {
  for (const std::string_view cue : {"truoc", "cham nhat", "muon nhat", "han "}) {
    if (folded.substr(0, cue.size()) == cue) return true;
  }
  return false;
}

// Whether day `d` agrees with the item's deadline: one of its days when it is written as days,
// else within one of its occurrences (the text may narrow "Quý III" to "trước ngày 31/8").
// "Trước ngày 20/11" reads to 19/11: beside "chậm nhất ngày 20/11" it is the same deadline
// loosely worded, not a disagreement, so with `before` a day apart agrees.
bool agrees(const Deadline& due, Date d, bool before) {
  for (const auto& o : due.occurrences) {
    if (due.kind == DueKind::date) {
      if (o.due == d || (before && std::labs(days_between(o.due, d)) == 1)) return true;
    } else if (d <= o.due && (!o.start || *o.start <= d)) {
      return true;
    }
  }
  return false;
}

void check_item(const Plan& plan, const DueField& due, const Text& text,
                std::vector<Diagnostic>& out) {
  if (!text.present || !has_four_figures(text.value)) return;
  if (!due.phrase.present || !due.reading || !due.reading->due) return;
  const Deadline& item = *due.reading;
  switch (item.kind) {
    case DueKind::date:
    case DueKind::month:
    case DueKind::quarter:
    case DueKind::year:
    case DueKind::range: break;
    default: return;
  }
  // A scope of documents before the plan year ("văn bản ban hành trước ngày 01/7/2025") is not
  // a deadline of the item.
  const DeadlinesInText read = read_deadlines_in_text(
      text.value, plan.year.present ? std::optional<int>(plan.year.value) : std::nullopt);
  if (read.phrase.empty()) return;
  const std::string folded = fold_ascii(read.phrase);
  if (!opens_as_deadline(folded) || !writes_full_date(folded)) return;
  const int year = plan.year.present ? plan.year.value : item.due->year;
  const DueResult stated = parse_due(read.phrase, year);
  if (!stated.ok() || stated.deadline->occurrences.empty()) return;
  const bool before = folded.find("truoc") != std::string::npos ||
                      fold_ascii(due.phrase.value).find("truoc") != std::string::npos;
  for (const auto& o : stated.deadline->occurrences) {
    if (agrees(item, o.due, before)) continue;
    const std::string said = phrase_for_message(read.phrase);
    const std::string written = phrase_for_message(due.phrase.value);
    const Rule* rule = find_rule("KH139");
    out.push_back(Diagnostic{
        "KH139",
        rule ? rule->severity : Severity::warning,
        plan.file,
        text.at,
        {fmt::format("nội dung ghi “{}” (hạn {}), khác thời hạn “{}” (hạn {})", said, o.due.dmy(),
                     written, item.due->dmy()),
         fmt::format("the text says “{}” (due {}), but the deadline reads “{}” (due {})", said,
                     o.due.dmy(), written, item.due->dmy())},
        {fmt::format("sửa cho khớp (dòng {}): `due` là hạn mà deadlines, overdue theo dõi",
                     due.phrase.at.line),
         fmt::format("make them agree (line {}): `due` is the date deadlines and overdue track",
                     due.phrase.at.line)}});
    return;
  }
}

}  // namespace

void check_text_deadlines(const Plan& plan, std::vector<Diagnostic>& out) {
  for (const auto& t : plan.tasks) {
    check_item(plan, t.due, t.title, out);
    for (const auto& d : t.description) check_item(plan, t.due, d, out);
    check_item(plan, t.due, t.output, out);
  }
  for (const auto& r : plan.responsibilities) {
    for (const auto& d : r.duties) check_item(plan, d.due, d.text, out);
  }
}

}  // namespace kehoach
