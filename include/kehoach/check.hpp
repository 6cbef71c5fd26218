// Checks of one plan (rules KH1xx): required sections, deadline sanity, legal references,
// document forms. Every problem is reported; nothing here reads files or the clock.
#pragma once

#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// The day a plan speaks from: its issue date; for a draft the first day of its issue month,
/// else 1 January of its plan year.
[[nodiscard]] std::optional<Date> plan_reference_date(const Plan& plan);

/// Runs every single-plan rule on a loaded plan and returns the diagnostics, sorted.
[[nodiscard]] std::vector<Diagnostic> check_plan(const Plan& plan, const ActTable& acts);

}  // namespace kehoach
