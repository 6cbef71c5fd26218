// A set of plans read from disk: files and folders expanded, plans and the progress files beside
// them loaded in parallel, and each child linked to its parent (kế hoạch cấp trên) across the set.
// Nothing here prints: what goes wrong is returned as messages and diagnostics for the caller.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/diagnostic.hpp"
#include "kehoach/load.hpp"
#include "kehoach/progress.hpp"

namespace kehoach {

/// A file read whole, or why it could not be.
struct InputFile {
  std::string name;
  std::string text;
  std::optional<Diagnostic> problem;  ///< KH006 (too large): a problem of the input
  std::optional<Message> failure;     ///< missing, unreadable, a directory: nothing to read
};

/// Reads `path` without blocking, refusing anything but a regular file and reading at most
/// `limit` + 1 bytes.
[[nodiscard]] InputFile read_input(const std::string& path, std::size_t limit);

/// Whether `text` has a top-level `format:` line whose value starts with `prefix`
/// (`kehoach/` for a plan, `kehoach-progress/` for a progress file).
[[nodiscard]] bool declares_format(std::string_view text, std::string_view prefix);

/// Something to tell about a path given to expand_paths.
struct PathMessage {
  bool error = false;  ///< an error (the path could not be used), else a note
  Message text;
  bool warning = false;  ///< not an error, but more than a note: something is not read
};

/// The plan files a list of paths names.
struct PathList {
  std::vector<std::string> files;
  bool found_any = false;             ///< at least one path named a plan file or an existing folder
  bool could_not_run = false;         ///< a path was missing or unreadable
  std::vector<PathMessage> messages;  ///< in the order met, for the caller to show
};

/// Expands files and folders: files as given, folders walked recursively for `*.yaml` and
/// `*.yml` (sorted by name, hidden entries and progress files skipped, folder links followed
/// but each real folder read once); a file named twice is kept once. Missing paths, unreadable
/// folders and progress files named directly are errors in `messages`; a folder without plans
/// gets a note there, and a progress file in a folder with no plan of its name beside it (so
/// never read) a warning.
[[nodiscard]] PathList expand_paths(const std::vector<std::string>& paths);

/// A progress file beside a plan, read and checked against it.
struct ProgressSide {
  std::string path;
  std::optional<Diagnostic> problem;  ///< KH006 too large, KH012 not a progress file
  ProgressLoadResult loaded;
  std::vector<Diagnostic> checks;  ///< check_progress against the plan
};

/// One plan file of a set, read and loaded.
struct PlanFile {
  std::string path;
  std::optional<Message> failure;     ///< could not be read at all
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

/// Runs `work(i)` for i in [0, count) on `jobs` threads (0 = all cores).
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

/// Reads and loads `paths`, with their progress files, on `jobs` threads (0 = all cores). The
/// result keeps the order of `paths`, so it is the same whatever the thread count.
[[nodiscard]] std::vector<PlanFile> load_plans(const std::vector<std::string>& paths,
                                               unsigned jobs);

/// Reads and loads plans[i] (its `path` set) with its progress file: one step of load_plans,
/// for callers that load and then reduce each plan on their own threads.
void load_plan_file(PlanFile& plan);

/// A parent plan read from outside the set.
struct ParentPlan {
  std::string path;
  LoadResult loaded;
};

/// Finds and loads parent plans (an explicit parent file, or the child's own `parent.file`
/// relative to the child's file), loading each file once however many children name it.
class ParentFinder {
 public:
  /// `explicit_parent` empty means: use each child's `parent.file`.
  explicit ParentFinder(std::string explicit_parent) : m_explicit(std::move(explicit_parent)) {}
  /// The parent of `child` (read from `child_path`), or nullptr when it names none. Problems
  /// go to `diagnostics` (KH212 at the child's `parent.file`, and the parent's own load
  /// errors); an explicit parent that cannot be read sets `failure`.
  const ParentPlan* find(const std::string& child_path, const Plan& child,
                         std::vector<Diagnostic>& diagnostics, std::optional<Message>& failure);
  /// Every parent file read so far (for quoting lines of its diagnostics).
  [[nodiscard]] const std::vector<std::unique_ptr<ParentPlan>>& loaded() const { return m_loaded; }

 private:
  std::string m_explicit;
  std::vector<std::unique_ptr<ParentPlan>> m_loaded;
  std::vector<std::string> m_failed;
};

/// The parents of a set of plans: a child's `parent.file` when the file is in the set (or can be
/// read), else the plan of the set whose number and issuer match the child's `parent` reference
/// (the nearest in the folder tree when several do).
class ParentIndex {
 public:
  /// Indexes `plans` (which must outlive the index); `explicit_parent` (a file) is every
  /// child's parent when not empty.
  ParentIndex(const std::vector<PlanFile>& plans, std::string explicit_parent);
  /// The parent plan of plans[i], or nullptr. Problems go to `diagnostics`; an unreadable
  /// explicit parent sets `failure`. Not thread-safe: call it for every child first, then check
  /// in parallel.
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

}  // namespace kehoach
