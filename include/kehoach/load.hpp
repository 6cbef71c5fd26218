// Loading a plan file: YAML text to the Plan model, reporting every problem, never throwing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// Largest plan file accepted, in bytes (real plans are 10–30 KB).
inline constexpr std::size_t max_plan_bytes = 4 * 1024 * 1024;

/// The plan read from a file, and the problems found while reading it.
struct LoadResult {
  Plan plan;
  std::vector<Diagnostic> diagnostics;  ///< sorted; errors mean `plan` is incomplete
  /// The source text (NFC, without BOM, LF line ends), for printing the line of a diagnostic.
  std::string text;

  [[nodiscard]] bool ok() const { return !has_errors(diagnostics); }
};

/// Reads a plan from `text`; `file_name` is used in diagnostics only.
[[nodiscard]] LoadResult load_plan(std::string_view text, const std::string& file_name);

}  // namespace kehoach
