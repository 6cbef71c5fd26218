// The rule catalogue: one table of every diagnostic code, driving `--list-rules` and the docs.
#pragma once

#include <span>
#include <string_view>

#include "kehoach/diagnostic.hpp"

namespace kehoach {

/// One rule: a stable code, its default severity and a one-line description.
struct Rule {
  std::string_view code;
  Severity severity;
  std::string_view vi;  ///< description in Vietnamese
  std::string_view en;  ///< description in English
};

/// Every rule, ordered by code. KH0xx: reading the file; KH1xx: inside one plan;
/// KH2xx: against the parent plan.
[[nodiscard]] std::span<const Rule> rules();
/// The rule with `code`, or nullptr.
[[nodiscard]] const Rule* find_rule(std::string_view code);

}  // namespace kehoach
