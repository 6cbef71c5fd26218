// `kehoach progress` counts and `kehoach done`'s text edits, in-process.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/deadlines.hpp"
#include "kehoach/load.hpp"
#include "kehoach/progress.hpp"
#include "kehoach/progress_edit.hpp"
#include "kehoach/progress_report.hpp"

using kehoach::Date;
using kehoach::ProgressChange;

namespace {

constexpr std::string_view plan_text = R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: UBND xã Tân Lập, level: commune}
issued: 2025-01-20
year: 2025
title: Theo dõi tình hình thi hành pháp luật năm 2025
tasks:
  - {id: dung-han, title: A, kind: other, lead: Phòng Tư pháp, due: chậm nhất ngày 10/06/2025}
  - {id: muon, title: B, kind: other, lead: Phòng TP, due: chậm nhất ngày 10/06/2025}
  - {id: qua-han, title: C, kind: other, lead: Phòng Tư pháp chủ trì phối hợp với Phòng Kinh tế, due: chậm nhất ngày 01/06/2025}
  - {id: hom-nay, title: D, kind: other, lead: Công chức Tư pháp - Hộ tịch, due: chậm nhất ngày 15/06/2025}
  - {id: huy, title: E, kind: other, lead: Công chức Tư pháp - Hộ tịch, due: chậm nhất ngày 01/03/2025}
  - {id: loi, title: F, kind: other, lead: Công chức Tư pháp - Hộ tịch, due: chậm nhất ngày 01/03/2025}
)";

constexpr std::string_view progress_text = R"(format: kehoach-progress/1
items:
  dung-han: {status: done, date: 2025-06-10}
  muon: {status: done, date: 2025-06-11}
  huy: {status: cancelled, date: 2025-02-01}
  loi: {status: xong, date: 2025-02-01}
)";

}  // namespace

TEST_CASE("progress: done on the due day is on time, the day after is late, due today is open") {
  const auto plan = kehoach::load_plan(plan_text, "plan.yaml");
  REQUIRE(plan.ok());
  const auto progress = kehoach::load_progress(progress_text, "plan.progress.yaml");
  const std::vector<kehoach::TrackedPlan> tracked{{&plan.plan, &progress.progress}};
  const auto list = kehoach::list_deadlines(tracked, {});
  const auto report = kehoach::summarise_progress(list, Date{2025, 6, 15}, false);
  REQUIRE(report.rows.size() == 2);
  const auto& officer = report.rows[0];
  CHECK(officer.name == "Công chức Tư pháp - Hộ tịch");
  CHECK(officer.items == 3);
  CHECK(officer.open == 1);       // hom-nay: due on the as-of day
  CHECK(officer.overdue == 1);    // loi: its entry is in error, so it counts as not done
  CHECK(officer.cancelled == 1);  // huy
  CHECK(officer.flagged == 1);
  CHECK(officer.on_time_share() == doctest::Approx(0.0));
  const auto& office = report.rows[1];
  CHECK(office.name == "Phòng Tư pháp");  // "Phòng TP" and "Phòng Tư pháp chủ trì …" too
  CHECK(office.items == 3);
  CHECK(office.done == 2);
  CHECK(office.done_late == 1);  // muon: done 11/06, due 10/06
  CHECK(office.overdue == 1);    // qua-han
  CHECK(office.on_time_share() == doctest::Approx(1.0 / 3.0));
  CHECK(report.total.items == 6);
  CHECK(report.total.on_time_share() == doctest::Approx(1.0 / 5.0));
}

TEST_CASE("progress: the percentage shown is 100 only when every item was on time") {
  kehoach::ProgressCounts c;
  c.items = 200;
  c.done = 200;
  c.done_late = 1;  // 199 of 200: 99.5 %
  CHECK(c.on_time_percent() == 99);
  c.done_late = 0;
  CHECK(c.on_time_percent() == 100);
  c.done_late = 199;  // 1 of 200: 0.5 %
  CHECK(c.on_time_percent() == 1);
  c.done_late = 200;
  CHECK(c.on_time_percent() == 0);
  c.items = 3;
  c.done = 2;
  c.done_late = 0;  // 2 of 3: 66.7 %
  CHECK(c.on_time_percent() == 67);
  c.items = 40;
  c.done = 23;  // 23 of 40: exactly 57.5 %, rounded up
  CHECK(c.on_time_percent() == 58);
  c.items = 200;
  c.done = 29;  // 14.5 %
  CHECK(c.on_time_percent() == 15);
  c.items = 3;
  c.cancelled = 3;
  c.done = 0;
  c.done_late = 0;
  CHECK_FALSE(c.on_time_percent().has_value());
}

TEST_CASE("done: a file without a final line end, and a file without items") {
  ProgressChange change;
  change.id = "kiem-tra";
  change.date = Date{2025, 9, 12};
  auto edit =
      kehoach::edit_progress("format: kehoach-progress/1\nitems:\n  a: {status: done}", change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1\nitems:\n  a: {status: done}\n"
        "  kiem-tra: {status: done, date: 2025-09-12}\n");
  edit = kehoach::edit_progress("format: kehoach-progress/1 # tiến độ\n", change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1 # tiến độ\nitems:\n  kiem-tra: {status: done, date: "
        "2025-09-12}\n");
  edit = kehoach::edit_progress("format: kehoach-progress/1\nitems: {}\n", change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1\nitems:\n  kiem-tra: {status: done, date: 2025-09-12}\n");
}

TEST_CASE("done: a flow mapping of items on one line is not rewritten") {
  ProgressChange change;
  change.id = "kiem-tra";
  change.date = Date{2025, 9, 12};
  const auto edit =
      kehoach::edit_progress("format: kehoach-progress/1\nitems: {a: {status: done}}\n", change);
  REQUIRE(edit.error);
  CHECK(edit.error->en ==
        "`items` is written on one line: write one entry per line under `items:` first");
}

TEST_CASE("done: the report due's rounds are recorded as an item's") {
  ProgressChange change;
  change.id = "reporting";
  change.occurrence = 1;
  change.date = Date{2026, 6, 9};
  auto edit = kehoach::edit_progress("format: kehoach-progress/1\n", change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1\nreporting:\n  - {occurrence: 1, status: done, date: "
        "2026-06-09}\n");
  change.occurrence = 2;
  change.date = Date{2026, 11, 17};
  edit = kehoach::edit_progress(edit.text, change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1\nreporting:\n  - {occurrence: 1, status: done, date: "
        "2026-06-09}\n  - {occurrence: 2, status: done, date: 2026-11-17}\n");
  change.undo = true;
  change.occurrence = 1;
  edit = kehoach::edit_progress(edit.text, change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1\nreporting:\n  - {occurrence: 2, status: done, date: "
        "2026-11-17}\n");
  // The whole report recorded: --occurrence is refused as for an item.
  change.undo = false;
  edit = kehoach::edit_progress(
      "format: kehoach-progress/1\nreporting: {status: done, date: 2026-11-17}\n", change);
  REQUIRE(edit.error);
  CHECK(edit.error->en ==
        "the progress of `reporting` is recorded for the whole item, not per occurrence: leave "
        "out --occurrence, or remove it first with --undo");
}

TEST_CASE("done: an occurrence written as one mapping or as id#N is edited where it stands") {
  ProgressChange change;
  change.id = "reporting";
  change.occurrence = 1;
  change.date = Date{2026, 6, 10};
  auto edit = kehoach::edit_progress(
      "format: kehoach-progress/1\nreporting: {occurrence: 1, status: in_progress} # 6 tháng\n",
      change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1\nreporting: {occurrence: 1, status: done, date: 2026-06-10} "
        "# 6 tháng\n");
  // Another occurrence after it: as `reporting#2`, not a list entry.
  change.occurrence = 2;
  change.date = Date{2026, 11, 17};
  edit = kehoach::edit_progress(edit.text, change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1\nreporting: {occurrence: 1, status: done, date: 2026-06-10} "
        "# 6 tháng\nreporting#2: {status: done, date: 2026-11-17}\n");
  CHECK(kehoach::load_progress(edit.text, "").ok());
  // `id#N` of an item: replaced in place, not recorded a second time in a list.
  change.id = "kiem-tra";
  change.date = Date{2026, 6, 20};
  edit = kehoach::edit_progress(
      "format: kehoach-progress/1\nitems:\n  kiem-tra#2: {status: in_progress, note: Đợt 2}\n",
      change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text ==
        "format: kehoach-progress/1\nitems:\n  kiem-tra#2: {status: done, date: 2026-06-20, "
        "note: \"Đợt 2\"}\n");
  change.undo = true;
  edit = kehoach::edit_progress(edit.text, change);
  REQUIRE_FALSE(edit.error);
  CHECK(edit.text == "format: kehoach-progress/1\nitems:\n");
}
