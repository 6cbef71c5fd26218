// Occurrences of a repeating deadline for `kehoach done`. An occurrence without a start of its
// own ("báo cáo năm trước ngày 15/11" after "báo cáo 6 tháng trước ngày 15/6") opens the day
// after the one before it is due: that is the day the whole-item record and --occurrence are
// both judged from, so that the two refuse alike.
#include "kehoach/progress_rounds.hpp"

#include "kehoach/progress_edit.hpp"

namespace kehoach {

std::optional<Date> occurrence_opens(const Deadline& deadline, std::size_t n) {
  const auto& all = deadline.occurrences;
  if (n == 0 || n > all.size()) return std::nullopt;
  const Occurrence& one = all[n - 1];
  if (one.start) return one.start;
  if (n == 1) return std::nullopt;
  return add_days(all[n - 2].due, 1);
}

std::size_t occurrence_on(const Deadline& deadline, const Date& day) {
  const std::size_t count = deadline.occurrences.size();
  if (count == 0) return 0;
  std::size_t on = 1;
  for (std::size_t n = 2; n <= count; ++n) {
    const auto opens = occurrence_opens(deadline, n);
    if (opens && !(day < *opens)) on = n;
  }
  return on;
}

std::vector<ClosedOccurrence> occurrences_closed(const Deadline& deadline, const Date& done) {
  std::vector<ClosedOccurrence> out;
  for (std::size_t k = 0; k < deadline.occurrences.size(); ++k) {
    const Date& due = deadline.occurrences[k].due;
    out.push_back(ClosedOccurrence{k + 1, due, due < done ? days_between(due, done) : 0});
  }
  return out;
}

const ProgressEntry* recorded_entry(const ProgressFile& progress, std::string_view id,
                                    std::size_t occurrence) {
  for (const auto& e : id == reporting_item ? progress.reporting : progress.items) {
    // `kiem-tra#2` names occurrence 2 of `kiem-tra` as `occurrence: 2` does.
    const ProgressTarget target = progress_target(e.id.value);
    if (target.id != id) continue;
    const std::size_t n =
        e.occurrence.present ? static_cast<std::size_t>(e.occurrence.value) : target.occurrence;
    if (n == occurrence) return &e;
  }
  return nullptr;
}

}  // namespace kehoach
