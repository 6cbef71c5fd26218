// Whether a day recorded in a progress file can belong to its plan: work done or cancelled before
// the plan's year and before its issue date is another year's (a progress file copied with last
// year's folder), never this plan's (KH304).
#include <fmt/format.h>

#include <optional>
#include <string>

#include "kehoach/progress.hpp"

namespace kehoach {

std::optional<Date> plan_issue_start(const Plan& plan) {
  const IssueDate& d = plan.issued;
  if (!d.present || d.year == 0) return std::nullopt;
  return Date{d.year, d.month == 0 ? 1 : d.month, d.day == 0 ? 1 : d.day};
}

ProgressDateFit progress_date_fit(const Plan& plan, const Date& date) {
  const std::optional<Date> issue = plan_issue_start(plan);
  std::optional<Date> earliest = issue;
  if (plan.year.present) {
    const Date year_start{plan.year.value, 1, 1};
    if (!earliest || year_start < *earliest) earliest = year_start;
  }
  if (earliest && date < *earliest) return ProgressDateFit::before_plan;
  if (issue && date < *issue) return ProgressDateFit::before_issue;
  return ProgressDateFit::fits;
}

bool closes_before_plan(const Plan& plan, const ProgressEntry& entry) {
  if (!entry.status.present || !entry.date.present) return false;
  if (entry.status.value != ProgressStatus::done &&
      entry.status.value != ProgressStatus::cancelled) {
    return false;
  }
  return progress_date_fit(plan, entry.date.value) == ProgressDateFit::before_plan;
}

Message plan_time_words(const Plan& plan, bool with_year) {
  const IssueDate& d = plan.issued;
  const bool year = with_year && plan.year.present;
  std::string vi = year ? fmt::format("năm kế hoạch {}", plan.year.value) : "";
  std::string en = year ? fmt::format("the plan's year {}", plan.year.value) : "";
  std::string issue_vi;
  std::string issue_en;
  if (const auto full = d.date()) {
    issue_vi = "ngày ban hành " + full->dmy();
    issue_en = (year ? "its issue date " : "the plan's issue date ") + full->dmy();
  } else if (d.present && d.month > 0) {
    issue_vi = fmt::format("tháng ban hành {:02}/{}", d.month, d.year);
    issue_en = fmt::format("{} issue month {:02}/{}", year ? "its" : "the plan's", d.month, d.year);
  }
  if (!issue_vi.empty()) {
    vi += (vi.empty() ? "" : " và ") + issue_vi;
    en += (en.empty() ? "" : " and ") + issue_en;
  }
  return {vi, en};
}

}  // namespace kehoach
