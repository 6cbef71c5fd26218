// Many plans at once: files and folders expanded, loaded in parallel, children linked to their
// parents across the whole set.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "cli.hpp"
#include "kehoach/load.hpp"

namespace kehoach::cli {

/// One plan file of a set, read and loaded.
struct PlanFile {
  std::string path;
  std::optional<Diagnostic> problem;  ///< KH006 when the file is too large
  LoadResult loaded;                  ///< empty when `problem` is set
  [[nodiscard]] bool ok() const { return !problem && loaded.ok(); }
};

/// The plan files named on the command line: files as given, folders walked recursively for
/// `*.yaml` and `*.yml` (progress files `*.progress.yaml` left out), each folder's files in
/// sorted order. Paths that cannot be used go to `failures`.
[[nodiscard]] std::vector<std::string> expand_paths(const std::vector<std::string>& args,
                                                    std::vector<Message>& failures);

/// Reads and loads `paths` on `jobs` threads (0 = all cores); the result keeps their order, and
/// unreadable files go to `failures`, so the output is the same whatever the thread count.
[[nodiscard]] std::vector<PlanFile> load_plans(const std::vector<std::string>& paths, unsigned jobs,
                                               std::vector<Message>& failures);

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
  std::map<std::string, std::size_t> m_by_reference;
  ParentFinder m_finder;
};

}  // namespace kehoach::cli
