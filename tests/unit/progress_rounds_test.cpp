// The occurrences of a repeating deadline as `kehoach done` judges them, and the items whose
// deadline cannot be read as deadlines and overdue name them.
#include "kehoach/progress_rounds.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/deadlines.hpp"
#include "kehoach/due.hpp"
#include "kehoach/progress.hpp"
#include "kehoach/progress_edit.hpp"
#include "test_support.hpp"

using kehoach::Date;
using kehoach::Deadline;

namespace {

Deadline read(const std::string& phrase) {
  const auto r = kehoach::parse_due(phrase, 2026);
  REQUIRE(r.ok());
  return *r.deadline;
}

std::string iso(const std::optional<Date>& d) { return d ? d->iso() : "(none)"; }

constexpr const char* plan_text = R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: UBND xã Tân Lập, level: commune}
issued: 2026-01-20
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
tasks:
  - id: tap-huan
    title: Tập huấn
    kind: training
    lead: Công chức Tư pháp - Hộ tịch
    due: Quý V năm 2026
  - id: thang
    title: Báo cáo hằng tháng
    kind: report
    lead: Văn phòng HĐND và UBND xã
    due: Trước ngày 20 hằng tháng
  - id: da-xong
    title: Khảo sát
    kind: survey
    lead: Văn phòng HĐND và UBND xã
    due: Quý 7 năm 2026
)";

}  // namespace

TEST_CASE("an occurrence opens on its start, else the day after the one before is due") {
  const Deadline quarterly = read("hằng quý");
  CHECK(iso(kehoach::occurrence_opens(quarterly, 1)) == "2026-01-01");
  CHECK(iso(kehoach::occurrence_opens(quarterly, 2)) == "2026-04-01");
  CHECK(iso(kehoach::occurrence_opens(quarterly, 4)) == "2026-10-01");
  CHECK(iso(kehoach::occurrence_opens(quarterly, 5)) == "(none)");
  CHECK(iso(kehoach::occurrence_opens(quarterly, 0)) == "(none)");
  // Two reports with no start of their own: the second opens the day after the first is due.
  const Deadline reports =
      read("Báo cáo 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày 15/11/2026");
  REQUIRE(reports.occurrences.size() == 2);
  CHECK(iso(kehoach::occurrence_opens(reports, 1)) == "(none)");
  CHECK(iso(kehoach::occurrence_opens(reports, 2)) == "2026-06-15");
}

TEST_CASE("the occurrence under way on a day is the last one opened by then") {
  const Deadline rounds = read("Đợt 1: Quý II; Đợt 2: Quý IV/2026");
  CHECK(kehoach::occurrence_on(rounds, Date{2026, 2, 10}) == 1);
  CHECK(kehoach::occurrence_on(rounds, Date{2026, 9, 10}) == 1);
  CHECK(kehoach::occurrence_on(rounds, Date{2026, 9, 30}) == 1);
  CHECK(kehoach::occurrence_on(rounds, Date{2026, 10, 1}) == 2);
  CHECK(kehoach::occurrence_on(read("hằng quý"), Date{2026, 5, 10}) == 2);
}

TEST_CASE("a whole-item record closes every occurrence, each late by the days past its due") {
  const auto closed = kehoach::occurrences_closed(read("hằng quý"), Date{2026, 10, 5});
  REQUIRE(closed.size() == 4);
  std::vector<std::string> got;
  for (const auto& c : closed) {
    got.push_back(std::to_string(c.number) + " " + c.due.iso() + " " + std::to_string(c.days_late));
  }
  CHECK(got == std::vector<std::string>{"1 2026-03-31 188", "2 2026-06-30 97", "3 2026-09-30 5",
                                        "4 2026-12-31 0"});
  // Done on the due day itself is on time.
  CHECK(kehoach::occurrences_closed(read("hằng quý"), Date{2026, 3, 31})[0].days_late == 0);
}

TEST_CASE("the entry recorded for an item, one occurrence of it, or the report due") {
  const auto loaded = kehoach::load_progress(R"(format: kehoach-progress/1
items:
  tap-huan: {status: done, date: 2026-05-10}
  bao-cao-quy:
    - {occurrence: 2, status: done, date: 2026-06-20}
  kiem-tra#1: {status: cancelled, date: 2026-04-02}
reporting: {status: done, date: 2026-11-17}
)",
                                             "plan.progress.yaml");
  REQUIRE(loaded.ok());
  const auto& p = loaded.progress;
  const auto* whole = kehoach::recorded_entry(p, "tap-huan", 0);
  REQUIRE(whole != nullptr);
  CHECK(whole->date.value.iso() == "2026-05-10");
  CHECK(whole->at.line == 3);
  CHECK(kehoach::recorded_entry(p, "tap-huan", 1) == nullptr);
  CHECK(kehoach::recorded_entry(p, "bao-cao-quy", 0) == nullptr);
  CHECK(kehoach::recorded_entry(p, "bao-cao-quy", 1) == nullptr);
  const auto* second = kehoach::recorded_entry(p, "bao-cao-quy", 2);
  REQUIRE(second != nullptr);
  CHECK(second->date.value.iso() == "2026-06-20");
  // `kiem-tra#1` names occurrence 1 as `occurrence: 1` does.
  const auto* first = kehoach::recorded_entry(p, "kiem-tra", 1);
  REQUIRE(first != nullptr);
  CHECK(first->status.value == kehoach::ProgressStatus::cancelled);
  const auto* report = kehoach::recorded_entry(p, kehoach::reporting_item, 0);
  REQUIRE(report != nullptr);
  CHECK(report->date.value.iso() == "2026-11-17");
  CHECK(kehoach::recorded_entry(p, "khong-co", 0) == nullptr);
}

TEST_CASE("unreadable deadlines are told apart from undated ones, with file and line") {
  const kehoach::Plan plan = kehoach::testing::load(plan_text, "xa/plan.yaml");
  const std::vector<kehoach::TrackedPlan> tracked{{&plan, nullptr}};
  const auto list = kehoach::list_deadlines(tracked, {});
  REQUIRE(list.undated.size() == 3);
  const auto unreadable = kehoach::unreadable_items(list);
  REQUIRE(unreadable.size() == 2);
  CHECK(kehoach::unreadable_lines(list.plans, unreadable, kehoach::Lang::vi, "  ") ==
        "  xa/plan.yaml:13: tap-huan “Quý V năm 2026”: quý V không tồn tại\n"
        "  xa/plan.yaml:23: da-xong “Quý 7 năm 2026”: " +
            unreadable[1].error.vi + "\n");
  CHECK(kehoach::unreadable_lines(list.plans, {unreadable[0]}, kehoach::Lang::en, "- ") ==
        "- xa/plan.yaml:13: tap-huan “Quý V năm 2026”: there is no quarter V\n");
  // overdue counts all three as undated and names the two it cannot judge.
  const auto report = kehoach::find_overdue(list, Date{2026, 7, 15}, std::nullopt);
  CHECK(report.undated == 3);
  REQUIRE(report.unreadable.size() == 2);
  CHECK(report.unreadable[0].id == "tap-huan");
  const std::string text = kehoach::render_overdue_text(report, kehoach::Lang::vi);
  CHECK(text.find("Không có việc nào quá hạn trong các việc đọc được thời hạn; 2 việc không xét "
                  "được (xem cuối danh sách).\n") != std::string::npos);
  CHECK(text.find("\n1 việc chưa xác định được ngày, không bao giờ tính là quá hạn.\n") !=
        std::string::npos);
}
