// Last year's years and dates left in the texts of a plan copied by hand (KH140, KH141): the
// title's year was changed (KH132 checks it) but "năm 2025" stayed in the enactment, the
// closing, the budget, a focus area, or "vào ngày 15/5/2025" in a task of a 2026 plan.
#pragma once

#include <string_view>
#include <vector>

#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// The findings on `plan`, loaded from `text` (the file, for the position of each year):
///
/// - KH140 (error): the enactment ("UBND xã … ban hành Kế hoạch … năm 2025 …") or the closing
///   ("Trên đây là Kế hoạch … năm 2025 …") names this plan with another year than `year`, as
///   a title would (KH132 may report the title too: both are to be written again).
/// - KH141 (warning): a year or a date before the plan year written as this plan's own time:
///   "năm 2025" in a budget text or a focus area's name ("dự toán chi thường xuyên năm 2025",
///   "Lĩnh vực trọng tâm năm 2025"), or after "dự toán", "Kế hoạch …" (not "Kế hoạch số"),
///   "… thi hành pháp luật", "liên ngành"; in the texts of tasks, duties, focus areas, purpose and
///   requirements, a date or a month, quarter or year after "vào", "trong", "trước", "chậm
///   nhất", "muộn nhất" ("vào ngày 15/5/2025", "trong tháng 8/2025", "hoàn thành trước
///   31/8/2025").
///
/// When KH132 finds `year` the slip (the title and the deadlines agree on another year), that
/// other year is the plan's year here.
///
/// Not reported: a law's or a cited document's year and date ("Luật … năm 2024", "Kế hoạch số
/// 12/KH-UBND ngày 10/01/2025"), a day something took effect, what a year's results are
/// ("kết quả năm 2025", "tổng kết", "báo cáo", "đánh giá"), documents issued before a day
/// ("văn bản ban hành trước ngày 01/7/2025"), the reform's days 30/06/2025 and 01/07/2025, a
/// day not before the plan's issue date, and a deadline ("trước", "chậm nhất") of a task or duty
/// text KH139 already reports.
[[nodiscard]] std::vector<Diagnostic> check_leftover_years(const Plan& plan, std::string_view text);

}  // namespace kehoach
