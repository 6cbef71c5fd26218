// Deadline lists and overdue items (danh sách thời hạn, việc quá hạn) over a set of plans:
// every obligation with a deadline — tasks, duties, the report due, sub-plan deadlines — sorted
// by due date and rendered as text, Markdown, JSON, CSV or iCalendar. Nothing here reads files
// or the clock: the day to judge from is a parameter.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"
#include "kehoach/progress.hpp"

namespace kehoach {

/// Where in a plan an obligation is written.
enum class ItemSource { task, duty, reporting };

/// A plan as the lists name it.
struct PlanSummary {
  std::string file;    ///< as given by the user or found in a folder
  std::string number;  ///< số, ký hiệu as written; empty when the plan gives none
  std::string title;
  std::string issuer;
  std::optional<Level> level;  ///< the issuer's level
  int year = 0;
  std::optional<Date> reference;  ///< the day the plan speaks from (its issue date, or about)
};

/// One obligation: a task, a duty or the plan's report due, with its deadline and progress.
struct Obligation {
  std::size_t plan = 0;  ///< index into the list's `plans`
  ItemSource source = ItemSource::task;
  std::string id;      ///< empty when the plan gives none
  std::string number;  ///< as printed: the task's number, or the duty's responsibility number
  std::string title;   ///< the task's title or the duty's text; empty for the report due
  std::string to;      ///< who receives the output (duties, report due)
  std::optional<TaskKind> kind;  ///< `plan` marks a sub-plan deadline
  std::string agency;            ///< who must do it, as written
  std::string lead;              ///< its first lead agency, canonical (agency.hpp)
  /// The lead agencies it is listed and counted under (`overdue`, `progress`): every one of
  /// a co-led item, or with `--agency` those the filter names (the first when none does).
  std::vector<std::string> leads;
  std::vector<Level> levels;             ///< the levels it is addressed to, or the issuer's
  std::string phrase;                    ///< the deadline as written
  std::optional<Deadline> reading;       ///< nullopt when the phrase cannot be read
  Message error;                         ///< why the phrase cannot be read
  std::optional<ProgressStatus> status;  ///< nullopt when no progress is recorded
  std::optional<Date> status_date;
  std::string status_note;  ///< the progress file's `note`
  /// The plan's own issuing task ("Ban hành kế hoạch …" of the plan itself) in a plan that is
  /// issued, with no progress recorded for it: the plan's number, and the task counts as done
  /// on the plan's issue date. Empty otherwise.
  std::string issued_as;
  bool progress_error = false;  ///< its progress entry (or the whole progress file) has errors:
                                ///< it counts as not done, and every format says so
  Position at;                  ///< where the deadline is written
  /// For a deadline with several occurrences (rounds, lists, repetitions), each is its own
  /// obligation: `occurrence` is its 1-based number of `occurrences`. Both 0 for a single one.
  std::size_t occurrence = 0;
  std::size_t occurrences = 0;

  /// The last day that still counts, when the deadline gives one.
  [[nodiscard]] std::optional<Date> due() const;
  /// True unless recorded done or cancelled.
  [[nodiscard]] bool open() const;
  /// True unless recorded done or cancelled on or before `day`: an item done on 20/11 was still
  /// open on 01/06, and `overdue --as-of 2026-06-01` lists it as late.
  [[nodiscard]] bool open_on(const Date& day) const;
  /// True when recorded done on a day after its due date (xong muộn): per occurrence for a
  /// deadline with several, as `progress` counts it.
  [[nodiscard]] bool done_late() const;
};

/// Whether an event recorded on `date` had happened by `day`. An event after `day` had not; an
/// event recorded without a date (the file gives none) counts as happened whatever the day.
/// Every report for a past day (`overdue`, `progress`, `status` with `--as-of`) judges by this.
[[nodiscard]] bool happened_by(const std::optional<Date>& date, const Date& day);

/// Which obligations a list keeps. Empty members keep everything.
struct DeadlineFilter {
  std::optional<Date> from;  ///< due on or after (dated items only)
  std::optional<Date> to;    ///< due on or before (dated items only)
  std::string agency;        ///< an agency, matched as agency_text_matches (agency.hpp) does
  std::optional<Level> level;
  std::optional<int> year;  ///< only plans for this year (`year:` of the plan)
};

/// A loaded plan and the progress file read for it, if any.
struct TrackedPlan {
  const Plan* plan = nullptr;
  const ProgressFile* progress = nullptr;  ///< may be null
  bool progress_unreadable = false;  ///< the progress file could not be read at all: every item
                                     ///< counts as not done, flagged
};

/// The obligations of a set of plans.
struct DeadlineList {
  std::vector<PlanSummary> plans;
  std::vector<Obligation> dated;     ///< sorted by due date, then plan file, then position
  std::vector<Obligation> undated;   ///< a deadline is written but gives no day; in file order
  std::size_t without_deadline = 0;  ///< tasks and duties with no deadline written (not listed)
  std::vector<std::string> failed;   ///< files that could not be loaded, for the summary
  std::vector<std::string> progress_errors;  ///< progress files with errors (items kept, flagged)
  DeadlineFilter filter;
};

/// Every obligation of `plans` that `filter` keeps, sorted.
[[nodiscard]] DeadlineList list_deadlines(std::span<const TrackedPlan> plans,
                                          const DeadlineFilter& filter);

/// Sorts `list` as list_deadlines does (stable): the lists of plans taken one by one, joined in
/// order (their `plan` indexes shifted) and sorted, give the list of all of them at once.
void sort_deadlines(DeadlineList& list);

/// An item of the overdue report with its distance from the as-of day.
struct OverdueItem {
  Obligation item;
  long days = 0;  ///< days late (overdue) or days left (due soon, 0 = due on the as-of day)
  /// A co-led item listed again, under its second or later lead agency: each agency's group
  /// shows it, the counts of items count it once.
  bool again = false;
};

/// Items of one agency.
struct AgencyGroup {
  std::string agency;              ///< the canonical lead agency
  std::vector<OverdueItem> items;  ///< by due date, then plan file, then position
};

/// Open items past due, and due soon, as of a day.
struct OverdueReport {
  Date as_of;
  std::optional<int> within;  ///< the --within window in days, when asked
  std::vector<PlanSummary> plans;
  std::vector<AgencyGroup> overdue;   ///< groups ordered by agency name (fold_ascii)
  std::vector<AgencyGroup> due_soon;  ///< due between as_of and as_of + within, inclusive
  std::size_t undated = 0;            ///< open items that cannot be dated: never overdue
  /// The open items among `undated` whose deadline cannot be read at all (an error in the plan,
  /// KH102), not merely written without a day: every format names them, with file and line.
  std::vector<Obligation> unreadable;
  std::vector<std::string> failed;
  std::vector<std::string> progress_errors;  ///< as in DeadlineList
  DeadlineFilter filter;
  /// Plans' own issuing tasks counted done because the plan is issued (Obligation::issued_as)
  /// that would be overdue otherwise: every format says why they are not listed.
  std::vector<Obligation> issued;
  /// Open items of plans issued at the district level due after 30/06/2025: the district level
  /// ended on 01/07/2025 (Luật Tổ chức chính quyền địa phương 2025), so no one is left to do
  /// them; never counted overdue or due soon, and every format names them apart.
  std::vector<Obligation> district_ended;

  /// Number of overdue items over all groups, a co-led item once.
  [[nodiscard]] std::size_t overdue_count() const;
  /// Number of due-soon items over all groups.
  [[nodiscard]] std::size_t due_soon_count() const;
};

/// The open dated items of `list` due before `as_of` (a deadline lasts through its day), and
/// with `within`, those due from `as_of` to `as_of + within` days.
/// Whether `o`, of a plan summarised by `plan`, is an open item the district level can no longer
/// do on `as_of`: due after 30/06/2025, with `as_of` past that day, in a plan issued at the
/// district level or led by district bodies only ("UBND các huyện, thành phố" in a province's
/// plan; not a Sở's task with `levels: [district]`). Not overdue (`overdue`, `progress`), as
/// `status` has it.
[[nodiscard]] bool district_ended(const Obligation& o, const PlanSummary& plan, const Date& as_of);

[[nodiscard]] OverdueReport find_overdue(const DeadlineList& list, const Date& as_of,
                                         std::optional<int> within);

/// The items of `list` whose deadline is written but cannot be read (an error in the plan,
/// KH102), in list order: they have no day, so a calendar cannot hold them and `overdue` never
/// counts them.
[[nodiscard]] std::vector<Obligation> unreadable_items(const DeadlineList& list);

/// One line per item of `items`, each starting with `indent`: where its deadline is written, the
/// item, the phrase and why it cannot be read ("q5.yaml:96: tap-huan “Quý V năm 2026”: quý V
/// không tồn tại").
[[nodiscard]] std::string unreadable_lines(const std::vector<PlanSummary>& plans,
                                           const std::vector<Obligation>& items, Lang lang,
                                           std::string_view indent);

/// Reads a day given on the command line: `YYYY-MM-DD` or `dd/mm/yyyy` (`d/m/yyyy` too).
[[nodiscard]] std::optional<Date> parse_date_argument(std::string_view text);

/// The deadline list as aligned plain-text tables; with `width` > 0 long cells are shortened
/// with `…` so that lines fit; `color` marks progress with ANSI colours.
[[nodiscard]] std::string render_deadlines_text(const DeadlineList& list, Lang lang,
                                                std::size_t width = 0, bool color = false);
/// The deadline list as Markdown with GitHub tables.
[[nodiscard]] std::string render_deadlines_markdown(const DeadlineList& list, Lang lang);
/// The deadline list as one JSON object with a fixed key order.
[[nodiscard]] std::string render_deadlines_json(const DeadlineList& list, Lang lang);
/// The deadline list as CSV (RFC 4180, UTF-8 with BOM, CRLF, ISO dates), undated rows last.
[[nodiscard]] std::string render_deadlines_csv(const DeadlineList& list, Lang lang);
/// The dated items as an iCalendar file (RFC 5545) of all-day events on their due dates.
[[nodiscard]] std::string render_deadlines_ics(const DeadlineList& list, Lang lang);

/// The overdue report as plain text, grouped by agency; `width` and `color` as for deadlines.
[[nodiscard]] std::string render_overdue_text(const OverdueReport& report, Lang lang,
                                              std::size_t width = 0, bool color = false);
/// The overdue report as Markdown, one table per agency.
[[nodiscard]] std::string render_overdue_markdown(const OverdueReport& report, Lang lang);
/// The overdue report as one JSON object with a fixed key order.
[[nodiscard]] std::string render_overdue_json(const OverdueReport& report, Lang lang);
/// The overdue report as CSV, one row per item (RFC 4180, UTF-8 with BOM, CRLF).
[[nodiscard]] std::string render_overdue_csv(const OverdueReport& report, Lang lang);

/// One CSV field: text quoted with `"` doubled, and a leading space before `=`, `+`, `-` or
/// `@` so that spreadsheets do not read it as a formula.
[[nodiscard]] std::string csv_text(std::string_view text);
/// `text` escaped as an iCalendar TEXT value (`\\`, `\;`, `\,`, `\n`).
[[nodiscard]] std::string ics_escape(std::string_view text);
/// One iCalendar content line folded at 75 octets (never inside a UTF-8 character), each
/// physical line ending in CRLF.
[[nodiscard]] std::string ics_fold(std::string_view line);
/// The iCalendar UID of an item: stable across runs, file moves and the plan being issued.
[[nodiscard]] std::string ics_uid(const DeadlineList& list, const Obligation& item);

}  // namespace kehoach
