// How far the plans have got (`kehoach progress`): per agency or per plan, how many items are
// done, done late, open, overdue or cancelled, and the share done on time. Built from a deadline
// list, so the same filters and progress files apply; nothing here reads files or the clock.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kehoach/date.hpp"
#include "kehoach/deadlines.hpp"

namespace kehoach {

/// The counts of one agency, one plan, or all.
struct ProgressCounts {
  std::string name;           ///< the canonical lead agency, or the plan
  std::string file;           ///< the plan's file (per plan only)
  std::size_t items = 0;      ///< items with a deadline written
  std::size_t done = 0;       ///< recorded done (on time or late)
  std::size_t done_late = 0;  ///< done after their due date
  std::size_t open = 0;       ///< not done and not yet past due (or without a day)
  std::size_t overdue = 0;    ///< not done and past due
  std::size_t cancelled = 0;  ///< recorded cancelled: left out of the share
  std::size_t flagged = 0;    ///< counted open because their progress entry has errors

  /// Done on time among the items not cancelled, from 0 to 1; nullopt when there are none.
  [[nodiscard]] std::optional<double> on_time_share() const;
  /// The share as a whole percentage for display: rounded, but 100 only when every counted
  /// item was done on time and 0 only when none was.
  [[nodiscard]] std::optional<int> on_time_percent() const;
};

/// The progress report.
struct ProgressReport {
  Date as_of;
  bool by_plan = false;  ///< rows per plan instead of per agency
  std::vector<PlanSummary> plans;
  std::vector<ProgressCounts> rows;  ///< by agency name (fold_ascii), or in plan order
  ProgressCounts total;
  /// Items led by several agencies, counted in the row of each (so the rows by agency add up to
  /// more than the total, which counts each item once); 0 by plan.
  std::size_t shared = 0;
  /// Open items of district plans due from 01/07/2025, once the as-of day is past 30/06/2025:
  /// counted open, not overdue, as `overdue` leaves them out (the district level ended).
  std::size_t district_ended = 0;
  /// Items whose deadline cannot be read (an error in the plan); those not done count open, for
  /// want of a day.
  std::size_t unreadable = 0;
  std::vector<std::string> failed;
  std::vector<std::string> progress_errors;
  DeadlineFilter filter;
};

/// Counts the items of `list` as of `as_of` (a deadline lasts through its day).
[[nodiscard]] ProgressReport summarise_progress(const DeadlineList& list, const Date& as_of,
                                                bool by_plan);

/// The report as a plain-text table; `width` > 0 fits it in that many characters; `color`
/// marks done counts green and overdue and late counts red (ANSI).
[[nodiscard]] std::string render_progress_text(const ProgressReport& report, Lang lang,
                                               std::size_t width = 0, bool color = false);
/// The report as Markdown.
[[nodiscard]] std::string render_progress_markdown(const ProgressReport& report, Lang lang);
/// The report as one JSON object with a fixed key order.
[[nodiscard]] std::string render_progress_json(const ProgressReport& report, Lang lang);
/// The report as CSV (UTF-8 with BOM, CRLF), one row per agency or plan, the total last.
[[nodiscard]] std::string render_progress_csv(const ProgressReport& report, Lang lang);

}  // namespace kehoach
