// Many plans at once, for validate, deadlines and overdue: files and folders expanded, plans
// and the progress files beside them loaded in parallel, children linked to their parents.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "kehoach/load.hpp"
#include "kehoach/progress.hpp"

namespace kehoach::cli {

/// The plan files the command line names.
struct PathList {
  std::vector<std::string> files;
  bool found_any = false;      ///< at least one path named a plan file or an existing folder
  bool could_not_run = false;  ///< a path was missing or unreadable (exit 2)
};

/// Expands files and folders: files as given, folders walked recursively for `*.yaml` and
/// `*.yml` (sorted by name, hidden entries and progress files skipped, folder links followed
/// but each real folder read once); a file named twice is kept once. Missing paths, unreadable
/// folders and progress files named directly are reported on stderr; a folder without plans
/// gets a note there.
[[nodiscard]] PathList expand_paths(const std::vector<std::string>& args, const Globals& globals);

/// A progress file beside a plan, read and checked against it.
struct ProgressSide {
  std::string path;
  std::optional<Diagnostic> problem;  ///< KH006: too large
  ProgressLoadResult loaded;
  std::vector<Diagnostic> checks;  ///< check_progress against the plan
};

/// One plan file of a set, read and loaded.
struct PlanFile {
  std::string path;
  std::optional<Message> failure;     ///< could not be read at all (exit 2)
  std::optional<Diagnostic> problem;  ///< KH006 when the file is too large
  LoadResult loaded;
  std::optional<ProgressSide> progress;  ///< when a progress file stands beside the plan
  std::optional<Message> progress_failure;

  /// The plan loaded without errors.
  [[nodiscard]] bool ok() const { return !failure && !problem && loaded.ok(); }
  /// Its progress file (if any) loaded without errors too.
  [[nodiscard]] bool progress_ok() const {
    return !progress_failure && (!progress || (!progress->problem && progress->loaded.ok()));
  }
};

/// Reads and loads `paths`, with their progress files, on `jobs` threads (0 = all cores). The
/// result keeps the order of `paths`, so the output is the same whatever the thread count.
[[nodiscard]] std::vector<PlanFile> load_plans(const std::vector<std::string>& paths,
                                               unsigned jobs);

/// Runs `work(i)` for i in [0, count) on `jobs` threads (0 = all cores).
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

/// The parents of a set of plans: a child's `parent.file` when the file is in the set (or can be
/// read), else the plan of the set whose number and issuer match the child's `parent` reference.
class ParentIndex {
 public:
  /// Indexes `plans` (which must outlive the index); `explicit_parent` as for --parent.
  ParentIndex(const std::vector<PlanFile>& plans, std::string explicit_parent);
  /// The parent plan of plans[i], or nullptr. Problems go to `diagnostics`; an unreadable
  /// --parent sets `failure`. Not thread-safe: call it for every child first, then check in
  /// parallel.
  const Plan* find(std::size_t i, std::vector<Diagnostic>& diagnostics,
                   std::optional<Message>& failure);
  /// Parent files read from outside the set, for quoting their lines.
  [[nodiscard]] const ParentFinder& outside() const { return m_finder; }

 private:
  const std::vector<PlanFile>& m_plans;
  std::string m_explicit;
  std::map<std::string, std::size_t> m_by_path;
  std::multimap<std::string, std::size_t> m_by_reference;
  ParentFinder m_finder;
};

}  // namespace kehoach::cli
