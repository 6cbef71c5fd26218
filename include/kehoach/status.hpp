// The roll-up a Sở Tư pháp sends to UBND tỉnh (tình hình gửi kế hoạch): for every unit that
// must implement a parent plan, whether it sent a plan, in time, carrying every task assigned
// to it, what of it is overdue and whether it has reported; with a summary and, per deadline of
// the parent, how many units are done, late and open. Nothing here reads files or the clock.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"
#include "kehoach/progress.hpp"

namespace kehoach {

/// The `format` value a units file starts with.
inline constexpr std::string_view units_format = "kehoach-units/1";

/// Largest units file accepted, in bytes (a province's 130 units take about 10 KB).
inline constexpr std::size_t max_units_bytes = 1024 * 1024;

/// A unit expected to send a plan (đơn vị phải gửi kế hoạch), as a units file lists it.
struct ExpectedUnit {
  Text name;             ///< "UBND xã Tân Biên"; matched against plan issuers
  Located<Level> level;  ///< commune, department…
  Text file;             ///< optional: where its plan is expected, relative to the units file
  Position at;           ///< where the entry starts
};

/// A whole units file (danh sách đơn vị).
struct UnitList {
  std::string file;  ///< file name as given
  Text format;
  Text title;  ///< optional: what the list is, as the officer names it
  std::vector<ExpectedUnit> units;
};

/// A units file read from text, and the problems found while reading it.
struct UnitsLoadResult {
  UnitList units;
  std::vector<Diagnostic> diagnostics;  ///< sorted; errors mean `units` is incomplete
  std::string text;                     ///< the source text, for quoting lines

  [[nodiscard]] bool ok() const { return !has_errors(diagnostics); }
};

/// Reads a units file from `text`; `file_name` is used in diagnostics only. Never throws.
[[nodiscard]] UnitsLoadResult load_units(std::string_view text, const std::string& file_name);

/// The key under which a unit's name and a plan's issuer compare: folded, without diacritics,
/// "Ủy ban nhân dân" read as "UBND" and a leading "UBND" dropped ("xã Tân Biên" = "UBND xã
/// Tân Biên").
[[nodiscard]] std::string unit_key(std::string_view name);

/// One child plan as `status` sees it: the plan, its progress and what `validate` found in it.
struct ChildPlan {
  std::string file;
  const Plan* plan = nullptr;              ///< null when the file could not be loaded
  const ProgressFile* progress = nullptr;  ///< may be null
  int errors = 0;                          ///< as `validate` counts them for this file
  int warnings = 0;
  bool linked = false;  ///< implements the parent (as `validate` links it)
  /// The progress file beside the plan has errors: its entries in error count as not done (as
  /// `overdue` and `progress` count them), and the unit's row says so. Empty when it has none.
  std::string progress_errors;
  /// ...and nothing in it could be trusted (broken YAML, another format): every item counts as
  /// not done.
  bool progress_unreadable = false;
};

/// What the roll-up is computed from.
struct StatusInput {
  std::string parent_file;
  const Plan* parent = nullptr;
  /// Every plan of the set but the parent. Those linked to it, those a unit names and those
  /// that cannot be loaded get a row; the others (plans further down) are only counted.
  std::vector<ChildPlan> children;
  const UnitList* units = nullptr;  ///< null: one row per child plan
  std::string units_file;           ///< the units file's path, to resolve its `file` hints
  Date as_of;
};

/// How a unit stands against one deadline of the parent: done by it, done after it or not done
/// once it passed, not due yet, or cancelled (neither done nor late).
enum class DeadlineState { done, late, open, cancelled };

/// A unit's report (báo cáo kết quả) as its progress records it.
enum class ReportState {
  none,       ///< the plan sets no report due
  done,       ///< recorded done
  cancelled,  ///< recorded cancelled: not sent, and no longer expected
  overdue,    ///< not done and past its due date
  pending,    ///< not done, not yet due (or the due date cannot be read)
};

/// One row of the roll-up: a unit, with or without a plan.
struct UnitStatus {
  std::string name;            ///< the listed name, or the plan's issuer
  std::optional<Level> level;  ///< the listed level, or the plan's issuer level
  bool listed = false;         ///< named in the units file (every row, without one)
  std::string file;            ///< the plan file; empty when no plan was sent
  bool has_plan = false;       ///< a plan file was found for the unit
  bool readable = false;       ///< ...and it loaded without errors
  std::optional<Status> plan_status;
  std::optional<Date> issued;  ///< the full issue date, when written
  bool issued_after = false;   ///< issued, but after the as-of day: not yet issued on that day
  std::optional<Date> subplan_deadline;  ///< the parent's deadline for this level's plans
  bool issued_late = false;              ///< issued after it, or still not issued once passed
  long days_late = 0;                    ///< how late (to the as-of day when not issued)
  int covered = 0;                       ///< parent items for its level carried in time
  int late = 0;                          ///< carried with a later deadline than the parent's
  int missing = 0;                       ///< not carried
  int not_applicable = 0;                ///< not carried, marked "(nếu có)" by the parent
  int overdue = 0;                       ///< its own open items past due on the as-of day
  ReportState report = ReportState::none;
  /// The day the report is held to: the unit's own report due, or the parent's deadline for
  /// that round of the report when it is earlier (report_due_by_parent).
  std::optional<Date> report_due;
  std::optional<Date> report_own_due;  ///< the unit's own `reporting.due` for that round
  bool report_due_by_parent = false;
  std::optional<Date> report_date;  ///< the day recorded with a done report
  int errors = 0;
  int warnings = 0;
  /// The report was sent after its due date (Obligation::done_late): by this many days.
  long report_days_late = 0;
  /// Its progress file has errors (ChildPlan::progress_errors): the file, and how many of its
  /// items count as not done for it.
  std::string progress_errors;
  int progress_error_items = 0;
  /// No plan for the parent's year was found, but one for another year (last year's, left
  /// in the folder and still naming this parent): its file and year. Never counted as sent.
  std::string other_year_file;
  int other_year = 0;
  /// A district unit judged after 30/06/2025: its report and the parent's deadlines due after
  /// the district level ended are not counted (overdue leaves its items out the same way).
  bool district_ended = false;

  /// Issued (with a full date) on or before the as-of day.
  [[nodiscard]] bool issued_by_as_of() const {
    return plan_status == Status::issued && issued.has_value() && !issued_after;
  }
  /// Missing, unreadable, issued late, not fully covered, with overdue items, a report sent late
  /// or a progress file with errors.
  [[nodiscard]] bool needs_attention() const;
  /// Carries every parent item for its level in time.
  [[nodiscard]] bool fully_covered() const { return readable && late == 0 && missing == 0; }
  /// Issued by the parent's deadline for sub-plans (or issued, where there is none).
  [[nodiscard]] bool on_time() const;
};

/// One deadline of the parent addressed to lower levels, and how the units stand against it.
struct ParentDeadline {
  std::string id;
  std::string title;
  TaskKind kind = TaskKind::other;
  Date due;
  std::vector<Level> levels;  ///< the levels it is addressed to (of those among the units)
  int done = 0;
  int late = 0;
  int open = 0;
  /// For a deadline with several rounds (occurrences), each round is its own row: `occurrence`
  /// is its 1-based number of `occurrences`. Both 0 for a single deadline.
  std::size_t occurrence = 0;
  std::size_t occurrences = 0;
  int cancelled = 0;  ///< units that recorded it cancelled: neither done nor late
};

/// The figures at the top of the page.
struct StatusSummary {
  int expected = 0;  ///< units listed (or, without a units file, rows)
  int with_plan = 0;
  int on_time = 0;
  int fully_covered = 0;
  int with_overdue = 0;
  int reported = 0;
  int unlisted = 0;    ///< plans from units the list does not name
  int unreadable = 0;  ///< plan files that could not be loaded
};

/// Everything `kehoach status` reports.
struct StatusReport {
  std::string parent_file;
  std::string parent_number;
  std::string parent_issuer;
  std::string parent_title;
  int year = 0;
  Date as_of;
  std::string units_file;         ///< empty without a units file
  std::vector<UnitStatus> units;  ///< listed units in list order, then unlisted plans by file
  std::vector<ParentDeadline> deadlines;  ///< by due date, then position in the parent
  std::size_t undated_deadlines = 0;      ///< the parent's items for those levels without a day
  StatusSummary summary;
  std::size_t unlinked = 0;
  /// Plans naming this parent but written for another year, left out because their unit has a
  /// plan for the parent's year (or none is expected of it): their files.
  std::vector<std::string> other_year_files;

  /// Any unit missing, unreadable, late, uncovered or overdue: the exit status is 1.
  [[nodiscard]] bool needs_attention() const;
};

/// Computes the roll-up: coverage as `diff` counts it, overdue items as `overdue` finds them,
/// units matched to plans by their file hint, else by name and level.
[[nodiscard]] StatusReport compute_status(const StatusInput& input);

/// The short label of a unit's state, in words (never colour alone): "chưa gửi kế hoạch"…
[[nodiscard]] std::vector<std::string> unit_state_labels(const UnitStatus& unit, Lang lang);
/// The stable keys of the same states, for JSON, CSV and style classes: `no_plan`…
[[nodiscard]] std::vector<std::string_view> unit_state_keys(const UnitStatus& unit);

/// The roll-up as plain text for a terminal.
[[nodiscard]] std::string render_status_text(const StatusReport& report, Lang lang);
/// The roll-up as GitHub-flavoured Markdown.
[[nodiscard]] std::string render_status_markdown(const StatusReport& report, Lang lang);
/// The roll-up as one JSON object with a fixed key order.
[[nodiscard]] std::string render_status_json(const StatusReport& report, Lang lang);
/// The units table as CSV (RFC 4180, UTF-8 with BOM, CRLF, ISO dates).
[[nodiscard]] std::string render_status_csv(const StatusReport& report, Lang lang);
/// The roll-up as one self-contained HTML page (no network), printable on A4 landscape.
[[nodiscard]] std::string render_status_html(const StatusReport& report, Lang lang);

}  // namespace kehoach
