// Plans named on the command line as files and folders, for the commands that read many plans
// at once (`deadlines`, `overdue`): folders are walked, each plan is loaded with its progress
// file, and whatever cannot be loaded is reported without stopping the rest.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "kehoach/date.hpp"
#include "kehoach/deadlines.hpp"
#include "kehoach/load.hpp"
#include "kehoach/plan_set.hpp"
#include "kehoach/progress.hpp"

namespace kehoach::cli {

/// What reading the plans of the paths given found wrong on the way (the plans themselves are
/// listed as they load, then dropped: see read_plans).
struct PlanInputs {
  std::vector<Diagnostic> diagnostics;       ///< problems in plan and progress files, for stderr
  std::vector<SourceText> sources;           ///< the text of the files those diagnostics quote
  std::vector<std::string> failed;           ///< files left out because they could not be loaded
  std::vector<std::string> progress_errors;  ///< progress files with errors (their plans kept)
  int files = 0;                             ///< files read
  bool found_any = false;      ///< at least one path named a plan file or a folder that exists
  bool could_not_run = false;  ///< a path was missing or unreadable (exit 2)
};

/// How the commands that list a plan's items read its progress file: the entries it keeps (the
/// entries in error among them count as not done, flagged), whether nothing in it can be trusted
/// (errors that no entry holds: broken YAML, another format, `itmes:`), and whether it has
/// errors at all.
struct ProgressUse {
  const ProgressFile* progress = nullptr;
  bool unreadable = false;
  bool errors = false;
};

/// The progress file `side` as `deadlines`, `overdue`, `progress` and `status` read it.
[[nodiscard]] ProgressUse progress_use(const ProgressSide& side);

/// Reads every plan named by `paths`: files as given, folders recursively (`*.yaml`, `*.yml`,
/// sorted by name, hidden entries and progress files skipped, each folder visited once).
/// Missing or unreadable paths are reported on stderr at once. Files are loaded on `jobs`
/// threads (0 = all cores), each with its progress file; the obligations `filter` keeps are
/// put in `list` as each plan loads, and the plan is dropped then. The result does not depend
/// on the thread count.
[[nodiscard]] PlanInputs read_plans(const std::vector<std::string>& paths,
                                    const DeadlineFilter& filter, const Globals& globals,
                                    unsigned jobs, DeadlineList& list);

/// Prints what expand_paths found to say about the paths given, in order, on stderr.
void print_path_messages(const PathList& list, const Globals& globals);

/// Prints the diagnostics of `inputs` to stderr, like `validate` prints them, when there are any.
void print_diagnostics(const PlanInputs& inputs, const Globals& globals);

/// True when `inputs` hold problems that make the exit status 1 (a file left out, an error in
/// a progress file).
[[nodiscard]] bool has_input_problems(const PlanInputs& inputs);

/// Reads a day given as an option (`--from`, `--as-of`), printing an error when it is not one.
[[nodiscard]] std::optional<Date> date_option(const std::string& option, const std::string& value,
                                              const Globals& globals);

/// Adds `--agency TEXT` and `--level L`, the filters deadlines and overdue share.
void add_filter_options(CLI::App& command, std::string& agency, std::string& level,
                        const Globals& globals);

/// Adds `--year Y`: only plans for that year.
void add_year_option(CLI::App& command, int& year, const Globals& globals);

/// Adds `--width N`: the width text tables fit in (default: the terminal's, none in a pipe).
void add_width_option(CLI::App& command, int& width, const Globals& globals);

/// The width text tables fit in: `--width` when given (> 0), else the terminal's when standard
/// output is one, else 0 (full width, for pipes and files).
[[nodiscard]] std::size_t output_width(int width_option);

/// Adds an old option name kept for one release, hidden from --help, bound to `value`; when it
/// is used a note on stderr gives the new name.
void add_renamed_option(CLI::App& command, const std::string& old_name, const std::string& new_name,
                        std::string& value, const Globals& globals);

/// What deadlines, overdue and progress take alike: the paths, the filters, the table width.
struct ListOptions {
  std::vector<std::string> paths;
  std::string agency;
  std::string level;
  int year = 0;
  int width = 0;
  unsigned jobs = 0;
};

/// Adds PATH..., --year, --agency, --level, --width and -j, bound to `options`.
void add_list_options(CLI::App& command, ListOptions& options, const Globals& globals);

/// Reads the plans of `options` into `inputs` (their problems printed on stderr) and lists
/// their obligations kept by `filter` with the options' agency, level and year added.
[[nodiscard]] DeadlineList list_plans(const ListOptions& options, DeadlineFilter filter,
                                      PlanInputs& inputs, const Globals& globals);

/// The day `--as-of` gives, or today when it is empty; nullopt (an error printed) when it is
/// not a date.
[[nodiscard]] std::optional<Date> as_of_option(const std::string& value, const Globals& globals);

/// Today's date on the local clock (honours TZ).
[[nodiscard]] Date today();

}  // namespace kehoach::cli
