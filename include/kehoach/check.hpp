// Checks of one plan (rules KH1xx): required sections, deadline sanity, legal references,
// document forms. Every problem is reported; nothing here reads files or the clock.
#pragma once

#include <string_view>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// The day a plan speaks from: its issue date; for a draft the first day of its issue month,
/// else 1 January of its plan year.
[[nodiscard]] std::optional<Date> plan_reference_date(const Plan& plan);

/// Whether the text of a task or duty written without `kind` reads as a report to be sent: it
/// has "báo cáo" or "kết quả" together with "gửi" ("Gửi báo cáo kết quả … về Văn phòng …",
/// "Báo cáo …, gửi Sở Tư pháp"). "tổng hợp báo cáo" alone (the receiving side) does not count.
/// KH107 reads a sub-unit's duty so, KH203 the parent's report for the child's level.
[[nodiscard]] bool reads_as_report(std::string_view text);

/// Runs every single-plan rule on a loaded plan and returns the diagnostics, sorted.
[[nodiscard]] std::vector<Diagnostic> check_plan(const Plan& plan, const ActTable& acts);

}  // namespace kehoach
