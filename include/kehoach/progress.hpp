// Progress files (tệp theo dõi tiến độ): how far each task and duty of a plan has got, kept in
// a file beside the plan so that an issued plan stays byte for byte as it was signed.
// The format is documented in man/kehoach-plan.5 (section "Progress files").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// Largest progress file accepted, in bytes (a real one is a few kilobytes).
inline constexpr std::size_t max_progress_bytes = 1024 * 1024;

/// The `format` value a progress file starts with.
inline constexpr std::string_view progress_format = "kehoach-progress/1";

/// How far a task or duty has got (tình trạng).
enum class ProgressStatus { not_started, in_progress, done, cancelled };

/// The key used in files for a status (`in_progress`).
[[nodiscard]] std::string_view progress_status_key(ProgressStatus status);
/// The status written as `key`, or nullopt when `key` is not one.
[[nodiscard]] std::optional<ProgressStatus> progress_status_from_key(std::string_view key);

/// The progress of one item, as recorded in a progress file.
struct ProgressEntry {
  Text id;  ///< the key as written: the task's or duty's id (`kiem-tra`, `kiem-tra#2`), or
            ///< `reporting` (`reporting#2`) for the report due
  Located<ProgressStatus> status;
  Located<Date> date;       ///< the day of that status: the day it was done, or cancelled
  Text note;                ///< free text, such as the number of the report sent
  Located<int> occurrence;  ///< which occurrence (1-based) of a repeating deadline; absent: the
                            ///< item as a whole
  Position at;              ///< where the entry starts
  bool faulty = false;      ///< an error was found in the entry: it counts as not done
};

/// What a progress entry's `id` names: a task or duty, and for one whose deadline has several
/// occurrences, optionally one of them: `kiem-tra#2` is the second occurrence of `kiem-tra`.
struct ProgressTarget {
  std::string_view id;
  std::size_t occurrence = 0;  ///< 1-based; 0 = the whole item
};

/// Splits an entry's id as written into the item's id and the occurrence after `#`.
[[nodiscard]] ProgressTarget progress_target(std::string_view written);

/// A whole progress file.
struct ProgressFile {
  std::string file;  ///< file name as given
  Text format;
  std::vector<ProgressEntry> items;      ///< tasks and duties by id, in file order (an id given a
                                         ///< list of occurrences has one entry per occurrence)
  std::vector<ProgressEntry> reporting;  ///< the plan's report due (chế độ báo cáo): the report
                                         ///< as a whole and its occurrences, in file order, in
                                         ///< the same forms as an item's
};

/// A progress file read from text, and the problems found while reading it.
struct ProgressLoadResult {
  ProgressFile progress;
  std::vector<Diagnostic> diagnostics;  ///< sorted; errors mean `progress` is incomplete
  std::string text;  ///< the source text (NFC, without BOM, LF line ends), for quoting lines

  [[nodiscard]] bool ok() const { return !has_errors(diagnostics); }
};

/// Reads a progress file from `text`; `file_name` is used in diagnostics only. Never throws.
[[nodiscard]] ProgressLoadResult load_progress(std::string_view text, const std::string& file_name);

/// Checks a progress file against its plan: ids the plan does not have (KH301), an item done or
/// cancelled without its date (KH302), progress written in the plan as well (KH303), a day done
/// or cancelled before the plan's year or issue date (KH304).
[[nodiscard]] std::vector<Diagnostic> check_progress(const Plan& plan,
                                                     const ProgressFile& progress);

/// Entries recorded done or cancelled on a day after `today` (KH305, a warning, at the date):
/// a slip, since `kehoach done` records only days that have come. `as_of_given`: `today` is a
/// day given with --as-of, which the message then names, rather than the machine's date.
[[nodiscard]] std::vector<Diagnostic> check_progress_future(const ProgressFile& progress,
                                                            const Date& today, bool as_of_given);

/// How a day recorded as done or cancelled stands against its plan's time.
enum class ProgressDateFit {
  fits,          ///< on or after the plan's issue date (or month), and not before its year
                 ///< unless issued the year before
  before_issue,  ///< in the plan's time, but before its issue date (or month): KH304 warning
  before_plan,   ///< before the plan's year and before its issue date (or month): another
                 ///< year's work, never this plan's (KH304 error; counts as not done)
};

/// The first day of the plan's issue date as written: the day, or the first of its month (or
/// year) when only those are given; nullopt without one.
[[nodiscard]] std::optional<Date> plan_issue_start(const Plan& plan);
/// How `date` stands against the plan's year and issue date.
[[nodiscard]] ProgressDateFit progress_date_fit(const Plan& plan, const Date& date);
/// True when `entry` records the item done or cancelled on a day before the plan
/// (ProgressDateFit::before_plan): such an entry closes nothing.
[[nodiscard]] bool closes_before_plan(const Plan& plan, const ProgressEntry& entry);
/// "năm kế hoạch 2027 và tháng ban hành 01/2027": the plan's year (unless `with_year` is false)
/// and issue date in words.
[[nodiscard]] Message plan_time_words(const Plan& plan, bool with_year = true);

/// The progress file kept beside a plan file: `a/plan.yaml` → `a/plan.progress.yaml`.
[[nodiscard]] std::string progress_file_for(std::string_view plan_file);
/// True when `path` names a progress file (`*.progress.yaml` or `*.progress.yml`).
[[nodiscard]] bool is_progress_file(std::string_view path);

}  // namespace kehoach
