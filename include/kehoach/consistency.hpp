// Checks that keep a plan consistent with itself, its parent and the 2025 reform (rules KH130–
// KH135, KH220–KH222): the year written in the title and the data window, acts cited before they
// took effect, provinces merged by Nghị quyết 202/2025/QH15, template blanks left unfilled, the
// same plan in two files, and a child whose year, level or legal basis disagrees with its parent.
// One slip gives one diagnostic: where a wrong `year` would make every deadline look out of year,
// the year is reported once and the chained diagnostics are dropped.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"
#include "kehoach/provinces.hpp"

namespace kehoach {

/// Every year named after "năm", in order ("Luật … năm 2025 trong năm 2026": 2025, 2026).
[[nodiscard]] std::vector<int> years_named(std::string_view text);
/// The year a text names instead of `year`: nullopt when it names `year` or no year at all;
/// else, of the years it names, the closest to `year` ("Luật Đất đai năm 2024 trong năm 2025"
/// against 2026: 2025). A title may name a law's year beside its own, so only a title that never
/// names `year` disagrees with it.
[[nodiscard]] std::optional<int> other_year_named(std::string_view text, int year);
/// The year the plan's own title names, when it differs from `year` and the plan's deadlines
/// side with the title: then `year` is the slip (KH132 reports it) and the plan is for this year.
[[nodiscard]] std::optional<int> slipped_year(const Plan& plan);

/// Whether `text` has the word "huyện", "thị trấn" or "Phòng Tư pháp" anywhere, diacritics and
/// case aside ("UBND các huyện, thành phố"), or, with their diacritics, "quận", "thị xã", "Thị
/// ủy", "thành phố thuộc tỉnh" ("UBND các quận", "Quận ủy", "UBND thị xã"; not "cơ quan",
/// "quân đội", "quản lý", "thành phố Hà Nội"): text the rollover marks for rewording after the
/// district level ended on 30/06/2025.
[[nodiscard]] bool mentions_district(std::string_view text);

/// The first day an issue date may be: the date itself, or the first day of its month when a
/// draft gives only the month; nullopt without a month.
[[nodiscard]] std::optional<Date> earliest_issue_day(const IssueDate& issued);
/// The last day an issue date may be: the date itself, or the last day of its month; nullopt
/// without a month.
[[nodiscard]] std::optional<Date> latest_issue_day(const IssueDate& issued);

/// Adds KH130–KH133 for `plan` to `out` (its single-plan diagnostics so far), and drops from
/// `out` the KH103 and KH112 diagnostics that only repeat a wrong `year` reported by KH132.
void add_consistency_checks(const Plan& plan, const ActTable& acts, const ProvinceTable& provinces,
                            std::vector<Diagnostic>& out);

/// Adds KH220–KH222 for `child` against `parent` to `out` (its diagnostics against the parent so
/// far), and drops KH201 when the child's own title shows its `year` is the slip (KH132).
void add_parent_consistency_checks(const Plan& child, const Plan& parent, const ActTable& acts,
                                   std::vector<Diagnostic>& out);

/// KH134: blanks of a template left in the plan ("UBND xã …", "ngày … tháng …", "[tên]"), at
/// their exact position in `text`, the file the plan was loaded from; a warning in a draft, an
/// error in an issued plan.
[[nodiscard]] std::vector<Diagnostic> check_placeholders(const Plan& plan, std::string_view text);

/// For each plan of a set, the index of an earlier plan that is the same plan (same issuer, year
/// and number; or same issuer and year, both drafts without a number), or nullopt.
[[nodiscard]] std::vector<std::optional<std::size_t>> same_plans(
    const std::vector<const Plan*>& plans);

/// KH135 on `later`, naming the file of `first`; `kept` says which of the two is used.
[[nodiscard]] Diagnostic same_plan_diagnostic(const Plan& later, const Plan& first,
                                              bool later_is_dropped);

}  // namespace kehoach
