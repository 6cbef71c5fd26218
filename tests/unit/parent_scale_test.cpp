// Parent matching on large plans (an index by kind and word, a bounded number of word
// comparisons) and a plan's own issuing task once the plan is issued.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/deadlines.hpp"
#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"

using namespace kehoach;

namespace {

Plan load_or_fail(const std::string& yaml, const std::string& name) {
  LoadResult r = load_plan(yaml, name);
  REQUIRE(r.ok());
  return std::move(r.plan);
}

std::string head(std::string_view name, std::string_view level, std::string_view number,
                 std::string_view issued) {
  return fmt::format(R"(format: kehoach/1
status: issued
number: {}
issuer: {{name: {}, level: {}}}
place: Lai Châu
issued: {}
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
purpose: [a]
requirements: [b]
tasks:
)",
                     number, name, level, issued);
}

std::string tail() { return "recipients: [\"Lưu: VT.\"]\nsignature: {title: CHỦ TỊCH}\n"; }

// `n` parent inspections for communes and `n` child inspections naming no parent id, every
// title sharing the subject words: each parent row has `n` candidates.
std::pair<Plan, Plan> pair_of(int n) {
  std::string parent = head("UBND tỉnh Lai Châu", "province", "05/KH-UBND", "2026-01-10");
  std::string child = head("UBND xã Phong Thổ", "commune", "12/KH-UBND", "2026-01-20");
  for (int i = 0; i < n; ++i) {
    parent += fmt::format(
        "  - {{id: p{}, title: Kiểm tra tình hình thi hành pháp luật trong lĩnh vực số {} trên địa "
        "bàn, kind: inspection, due: Quý III năm 2026, levels: [commune]}}\n",
        i, i);
    child += fmt::format(
        "  - {{id: c{}, title: Kiểm tra việc thi hành pháp luật trong lĩnh vực số {} tại xã, kind: "
        "inspection, due: Quý III năm 2026}}\n",
        i, i);
  }
  return {load_or_fail(child + tail(), "child.yaml"), load_or_fail(parent + tail(), "parent.yaml")};
}

}  // namespace

TEST_CASE(
    "the word index pairs each parent task with its own child task, as comparing every pair did") {
  const auto [child, parent] = pair_of(300);
  const PlanDiff diff = diff_plans(child, parent, builtin_acts());
  REQUIRE(diff.rows.size() == 300);
  CHECK(diff.titles_unchecked == 0);
  for (std::size_t i = 0; i < diff.rows.size(); ++i) {
    const CoverageRow& row = diff.rows[i];
    REQUIRE(row.child);
    CHECK(row.child->id == fmt::format("c{}", i));
    CHECK(row.method == MatchMethod::kind_and_title);
    // The pairwise score of the two titles, as title_similarity() gives it.
    CHECK(row.similarity == title_similarity(row.parent.title, row.child->title));
    CHECK(row.similarity == 85);
  }
}

TEST_CASE("past the word comparison limit rows are matched through implements only, and say so") {
  // 1,000 × 1,000 titles sharing nine words: 9 million comparisons, over the limit of 8 million:
  // 8,000,000 / (1,000 × 9) = 888 rows fit.
  const auto [child, parent] = pair_of(1000);
  const PlanDiff diff = diff_plans(child, parent, builtin_acts());
  REQUIRE(diff.rows.size() == 1000);
  CHECK(word_comparison_limit() == 8'000'000);
  CHECK(diff.titles_unchecked == 112);
  CHECK(diff.rows[887].coverage == Coverage::covered);
  CHECK_FALSE(diff.rows[887].title_unchecked);
  CHECK(diff.rows[888].coverage == Coverage::missing);
  CHECK(diff.rows[888].title_unchecked);
  const auto checks = check_against_parent(child, parent, builtin_acts());
  std::size_t unchecked = 0;
  for (const auto& d : checks) {
    if (d.code == "KH206" && d.message.en.find("titles not compared") != std::string::npos) {
      ++unchecked;
    }
  }
  CHECK(unchecked == 112);
  const std::string text =
      format_diff_text(diff, {"child.yaml", "parent.yaml", &child, &parent}, Lang::vi);
  CHECK(text.find("Giới hạn: hai kế hoạch quá lớn, đã dùng hết 8.000.000 phép so từ: 112 "
                  "nhiệm vụ cấp trên chỉ đối chiếu theo `implements`") != std::string::npos);
  const std::string json =
      format_diff_json(diff, {"child.yaml", "parent.yaml", &child, &parent}, Lang::en);
  CHECK(json.find("\"limit\": {\"word_comparisons\": 8000000, \"titles_unchecked\": 112, "
                  "\"focus_unchecked\": 0,") != std::string::npos);
}

TEST_CASE("an issued plan's own issuing task counts as done on its issue date") {
  const std::string task =
      "  - {id: ban-hanh, title: \"Ban hành, triển khai kế hoạch năm 2026 của xã\", kind: plan, "
      "due: Chậm nhất ngày 13/02/2026}\n"
      "  - {id: huong-dan, title: \"Xây dựng, ban hành kế hoạch của các thôn\", kind: plan, due: "
      "Chậm nhất ngày 13/02/2026, levels: [other]}\n";
  const Plan issued = load_or_fail(
      head("UBND xã Phong Thổ", "commune", "12/KH-UBND", "2026-02-05") + task + tail(), "a.yaml");
  const Plan draft = load_or_fail(
      head("UBND xã Phong Thổ", "commune", "/KH-UBND", "2026-02") + task + tail(), "b.yaml");
  const TrackedPlan tracked[] = {{&issued, nullptr, false}, {&draft, nullptr, false}};
  const DeadlineList list = list_deadlines(tracked, DeadlineFilter{});
  const OverdueReport report = find_overdue(list, Date{2026, 3, 1}, std::nullopt);
  // The issued plan's own task is done; the task for lower levels and the draft's are not.
  REQUIRE(report.issued.size() == 1);
  CHECK(report.issued[0].id == "ban-hanh");
  CHECK(report.issued[0].issued_as == "12/KH-UBND");
  CHECK(report.issued[0].status == ProgressStatus::done);
  CHECK(report.issued[0].status_date == Date{2026, 2, 5});
  CHECK(report.overdue_count() == 3);
  const std::string text = render_overdue_text(report, Lang::vi, 0, false);
  CHECK(text.find("Không tính quá hạn việc ban hành chính kế hoạch, vì kế hoạch đã ban hành:\n"
                  "  - a.yaml ban-hanh: đã ban hành: Kế hoạch số 12/KH-UBND ngày 05/02/2026\n") !=
        std::string::npos);
}

TEST_CASE("only a task issuing the plan itself is done by the plan's issue date") {
  // Each title with whether it names the plan that holds it (a 2026 plan of a commune).
  const std::vector<std::pair<std::string, bool>> titles = {
      {"Xây dựng, ban hành kế hoạch theo dõi tình hình thi hành pháp luật năm 2026", true},
      {"Xây dựng, ban hành kế hoạch theo dõi thi hành pháp luật", true},
      {"Ban hành, triển khai kế hoạch tổ chức thi hành pháp luật năm 2026 của xã", true},
      {"Ban hành, triển khai kế hoạch năm 2026 của xã", true},
      {"Ban hành kế hoạch theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã", true},
      {"Xây dựng, ban hành Kế hoạch kiểm tra tình hình thi hành pháp luật tại các thôn", false},
      {"Ban hành Kế hoạch kiểm tra công tác tổ chức thi hành pháp luật về đất đai", false},
      {"Xây dựng, ban hành kế hoạch theo dõi tình hình thi hành pháp luật năm 2027", false},
      {"Ban hành kế hoạch theo dõi thi hành pháp luật trong lĩnh vực đất đai", false},
      {"Ban hành kế hoạch phổ biến, giáo dục pháp luật năm 2026", false},
      {"Xây dựng, ban hành kế hoạch của các thôn", false},
  };
  std::string tasks;
  for (std::size_t i = 0; i < titles.size(); ++i) {
    tasks += fmt::format("  - {{id: t{}, title: \"{}\", kind: plan, due: Tháng 3/2026}}\n", i,
                         titles[i].first);
  }
  const Plan plan = load_or_fail(
      head("UBND xã Phong Thổ", "commune", "12/KH-UBND", "2026-02-05") + tasks + tail(), "a.yaml");
  const TrackedPlan tracked[] = {{&plan, nullptr, false}};
  const DeadlineList list = list_deadlines(tracked, DeadlineFilter{});
  REQUIRE(list.dated.size() == titles.size());
  for (const auto& o : list.dated) {
    const std::size_t i = std::stoul(o.id.substr(1));
    CAPTURE(titles[i].first);
    CHECK(o.issued_as == (titles[i].second ? "12/KH-UBND" : ""));
    CHECK(o.open() == !titles[i].second);
  }
}
