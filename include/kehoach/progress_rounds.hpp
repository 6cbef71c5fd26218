// The occurrences (lần đến hạn) of a repeating deadline as `kehoach done` records them: the first
// day each can be done, which one a day falls in, which of them a record for the whole item
// closes and how late, and what is recorded already. Nothing here reads files or the clock.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"
#include "kehoach/model.hpp"
#include "kehoach/progress.hpp"

namespace kehoach {

/// The first day occurrence `n` (1-based) of `deadline` is under way: its start, else the day
/// after the previous occurrence's due date. Nullopt for a first occurrence without a start, and
/// for an `n` the deadline does not have.
[[nodiscard]] std::optional<Date> occurrence_opens(const Deadline& deadline, std::size_t n);

/// The occurrence (1-based) under way on `day`: the last one that has opened by then, 1 when
/// none has; 0 when the deadline has no occurrence.
[[nodiscard]] std::size_t occurrence_on(const Deadline& deadline, const Date& day);

/// One occurrence that a record for the whole item closes.
struct ClosedOccurrence {
  std::size_t number = 0;  ///< 1-based
  Date due;
  long days_late = 0;  ///< 0 when done by its due date
};

/// Every occurrence of `deadline` that a record of the whole item done on `done` closes, in
/// order, with how many days after its due date each was done.
[[nodiscard]] std::vector<ClosedOccurrence> occurrences_closed(const Deadline& deadline,
                                                               const Date& done);

/// The entry `progress` holds for item `id`: for its occurrence `occurrence` (1-based), or for
/// the item as a whole when `occurrence` is 0; `reporting_item` names the report due. Nullptr
/// when none is recorded.
[[nodiscard]] const ProgressEntry* recorded_entry(const ProgressFile& progress, std::string_view id,
                                                  std::size_t occurrence);

/// Entries recorded done on a day `kehoach done` would refuse (KH306, a warning, at the date):
/// before a single range deadline starts, before the occurrence the entry names begins, or, for
/// the whole of an item that falls due several times, before the last occurrence begins.
[[nodiscard]] std::vector<Diagnostic> check_progress_days(const Plan& plan,
                                                          const ProgressFile& progress);

}  // namespace kehoach
