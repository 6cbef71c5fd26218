#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/progress.hpp"
#include "kehoach/status.hpp"

using namespace kehoach;

namespace {

const std::string parent_yaml = R"(format: kehoach/1
status: issued
number: 25/KH-UBND
issuer: {name: UBND tỉnh Tây Ninh, level: province}
place: Tây Ninh
issued: 2026-01-15
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
purpose: [x]
requirements: [x]
tasks:
  - id: ban-hanh-ke-hoach
    title: Xây dựng, ban hành kế hoạch theo dõi thi hành pháp luật
    kind: plan
    due: Quý I năm 2026
    levels: [commune]
  - id: kiem-tra
    title: Kiểm tra tình hình thi hành pháp luật
    kind: inspection
    due: Quý II năm 2026
    levels: [commune]
  - id: dieu-tra
    title: Điều tra, khảo sát
    kind: survey
    due: Quý III năm 2026
    levels: [commune]
    conditional: true
responsibilities:
  - agency: UBND các xã, phường
    level: commune
    duties:
      - id: bao-cao-xa
        text: Báo cáo kết quả gửi Sở Tư pháp
        kind: report
        due: trước ngày 03/12/2026
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";

// A commune plan issued `issued`, carrying the plan and report items, and the inspection when
// `inspection` is set (with its progress and deadline).
std::string child_yaml(const std::string& name, const std::string& issued, bool inspection,
                       const std::string& inspection_due = "2026-06-15",
                       const std::string& inspection_progress = "") {
  std::string text = R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: )" + name +
                     R"(, level: commune}
place: Tân Biên
issued: )" + issued + R"(
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
parent: {ref: 25/KH-UBND, date: 2026-01-15, issuer: UBND tỉnh Tây Ninh}
purpose: [x]
requirements: [x]
tasks:
  - id: ke-hoach
    title: Ban hành kế hoạch
    kind: plan
    due: 2026-02-20
    implements: [ban-hanh-ke-hoach]
    progress: {status: done, date: 2026-02-10}
)";
  if (inspection) {
    text += R"(  - id: tu-kiem-tra
    title: Tự kiểm tra
    kind: inspection
    due: )" +
            inspection_due + "\n    implements: [kiem-tra]\n" + inspection_progress;
  }
  text += R"(responsibilities:
  - agency: Công chức Tư pháp - Hộ tịch
    level: commune
    duties:
      - id: bao-cao
        text: Báo cáo kết quả
        kind: report
        due: 2026-11-30
        implements: [bao-cao-xa]
reporting: {due: 2026-11-30, to: UBND tỉnh}
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  return text;
}

}  // namespace

TEST_CASE("a units file lists names, levels and file hints") {
  const auto r = load_units(R"(format: kehoach-units/1
title: Các xã
units:
  - {name: UBND xã Tân Biên, level: commune, file: xa/tan-bien.yaml}
  - {name: Sở Tư pháp, level: department}
)",
                            "units.yaml");
  REQUIRE(r.ok());
  REQUIRE(r.units.units.size() == 2);
  CHECK(r.units.title.value == "Các xã");
  CHECK(r.units.units[0].name.value == "UBND xã Tân Biên");
  CHECK(r.units.units[0].level.value == Level::commune);
  CHECK(r.units.units[0].file.value == "xa/tan-bien.yaml");
  CHECK(r.units.units[1].at == Position{5, 5});
  CHECK_FALSE(r.units.units[1].file.present);
}

TEST_CASE("a unit listed twice under two spellings is KH004 at the second") {
  const auto r = load_units(R"(format: kehoach-units/1
units:
  - {name: UBND xã Tân Hòa, level: commune}
  - {name: Ủy ban nhân dân xã Tân Hoà, level: commune}
)",
                            "units.yaml");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "KH004");
  CHECK(r.diagnostics[0].at == Position{4, 12});
  CHECK(r.diagnostics[0].message.en == "the unit “Ủy ban nhân dân xã Tân Hoà” is listed twice");
  CHECK(r.diagnostics[0].hint.en == "first listed on line 3");
  CHECK(r.units.units.size() == 1);
}

TEST_CASE("a units file of another format is KH012 and nothing else") {
  const auto r = load_units("format: kehoach/1\nunits: []\n", "units.yaml");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "KH012");
  CHECK(r.diagnostics[0].at == Position{1, 9});
}

TEST_CASE("unit names compare without UBND, case, diacritics or the long form") {
  CHECK(unit_key("UBND xã Tân Biên") == unit_key("xã tân biên"));
  CHECK(unit_key("Ủy ban nhân dân phường Hòa Lợi") == unit_key("UBND phường Hoà Lợi"));
  CHECK(unit_key("Sở Tư pháp") != unit_key("Sở Tài chính"));
}

TEST_CASE("status counts coverage, lateness, overdue items and missing units") {
  const LoadResult parent = load_plan(parent_yaml, "tinh.yaml");
  REQUIRE(parent.ok());
  // On time, complete, inspection done in time.
  const LoadResult good = load_plan(child_yaml("UBND xã Tân Biên", "2026-02-10", true, "2026-06-15",
                                               "    progress: {status: done, date: 2026-06-10}\n"),
                                    "xa/tan-bien.yaml");
  // Issued after 31/03, without the inspection.
  const LoadResult late =
      load_plan(child_yaml("UBND xã Hòa Hiệp", "2026-04-10", false), "xa/hoa-hiep.yaml");
  REQUIRE(good.ok());
  REQUIRE(late.ok());
  const auto units = load_units(R"(format: kehoach-units/1
units:
  - {name: xã Tân Biên, level: commune}
  - {name: UBND xã Hòa Hiệp, level: commune, file: xa/hoa-hiep.yaml}
  - {name: UBND xã Tân Lập, level: commune}
)",
                                "units.yaml");
  REQUIRE(units.ok());

  StatusInput input;
  input.parent_file = "tinh.yaml";
  input.parent = &parent.plan;
  input.children = {ChildPlan{"xa/tan-bien.yaml", &good.plan, nullptr, 0, 1, true, {}, false},
                    ChildPlan{"xa/hoa-hiep.yaml", &late.plan, nullptr, 2, 0, true, {}, false}};
  input.units = &units.units;
  input.units_file = "units.yaml";
  input.as_of = Date{2026, 7, 1};
  const StatusReport r = compute_status(input);

  REQUIRE(r.units.size() == 3);
  const UnitStatus& a = r.units[0];
  CHECK(a.name == "xã Tân Biên");
  CHECK(a.file == "xa/tan-bien.yaml");
  CHECK(a.subplan_deadline == Date{2026, 3, 31});
  CHECK_FALSE(a.issued_late);
  CHECK(a.covered == 3);
  CHECK(a.missing == 0);
  CHECK(a.not_applicable == 1);
  CHECK(a.overdue == 0);
  CHECK(a.report == ReportState::pending);
  CHECK(a.warnings == 1);
  CHECK(unit_state_labels(a, Lang::vi) == std::vector<std::string>{"đầy đủ, đúng hạn"});

  const UnitStatus& b = r.units[1];
  CHECK(b.issued_late);
  CHECK(b.days_late == 10);
  CHECK(b.covered == 2);
  CHECK(b.missing == 1);
  CHECK(b.errors == 2);
  CHECK(unit_state_labels(b, Lang::en) ==
        std::vector<std::string>{"issued 10 days late", "1 task missing"});

  const UnitStatus& c = r.units[2];
  CHECK_FALSE(c.has_plan);
  CHECK(c.issued_late);
  CHECK(c.days_late == 92);
  CHECK(unit_state_keys(c) == std::vector<std::string_view>{"no_plan", "not_issued_late"});

  CHECK(r.summary.expected == 3);
  CHECK(r.summary.with_plan == 2);
  CHECK(r.summary.on_time == 1);
  CHECK(r.summary.fully_covered == 1);
  CHECK(r.summary.with_overdue == 0);
  CHECK(r.needs_attention());

  // The parent's dated deadlines for communes, by date: plan 31/03, inspection 30/06, survey
  // 30/09 (conditional, carried by nobody: counted only for the unit without a plan), report.
  REQUIRE(r.deadlines.size() == 4);
  CHECK(r.deadlines[0].id == "ban-hanh-ke-hoach");
  CHECK(r.deadlines[0].done == 1);  // Tân Biên issued 10/02
  CHECK(r.deadlines[0].late == 2);  // Hòa Hiệp issued 10/04; Tân Lập none, past due
  CHECK(r.deadlines[1].id == "kiem-tra");
  CHECK(r.deadlines[1].done == 1);  // done 10/06
  CHECK(r.deadlines[1].late == 2);  // Hòa Hiệp lacks it; Tân Lập has no plan
  CHECK(r.deadlines[2].id == "dieu-tra");
  CHECK(r.deadlines[2].open == 1);
  CHECK(r.deadlines[2].done + r.deadlines[2].late == 0);
  CHECK(r.deadlines[3].id == "bao-cao-xa");
  CHECK(r.deadlines[3].due == Date{2026, 12, 2});
  CHECK(r.deadlines[3].open == 3);
}

TEST_CASE("an item done after the parent's deadline counts late, and overdue items count") {
  const LoadResult parent = load_plan(parent_yaml, "tinh.yaml");
  const LoadResult child =
      load_plan(child_yaml("UBND xã Tân Biên", "2026-02-10", true, "2026-06-20",
                           "    progress: {status: done, date: 2026-07-05}\n"),
                "xa/tan-bien.yaml");
  REQUIRE(child.ok());
  StatusInput input;
  input.parent_file = "tinh.yaml";
  input.parent = &parent.plan;
  input.children = {ChildPlan{"xa/tan-bien.yaml", &child.plan, nullptr, 0, 0, true, {}, false}};
  input.as_of = Date{2026, 12, 1};
  const StatusReport r = compute_status(input);
  REQUIRE(r.units.size() == 1);
  CHECK(r.units[0].listed);
  // The report (30/11) and the duty (30/11) are open on 01/12.
  CHECK(r.units[0].overdue == 2);
  CHECK(r.units[0].report == ReportState::overdue);
  CHECK(r.deadlines[1].id == "kiem-tra");
  CHECK(r.deadlines[1].late == 1);
  // The report duty is due 02/12 at the parent: not yet late on 01/12.
  CHECK(r.deadlines[3].open == 1);
}

TEST_CASE("a progress file's reporting entry makes the report done") {
  const LoadResult parent = load_plan(parent_yaml, "tinh.yaml");
  const LoadResult child =
      load_plan(child_yaml("UBND xã Tân Biên", "2026-02-10", true), "xa/tan-bien.yaml");
  const auto progress = load_progress(R"(format: kehoach-progress/1
reporting: {status: done, date: 2026-11-28}
)",
                                      "xa/tan-bien.progress.yaml");
  REQUIRE(progress.ok());
  StatusInput input;
  input.parent_file = "tinh.yaml";
  input.parent = &parent.plan;
  input.children = {
      ChildPlan{"xa/tan-bien.yaml", &child.plan, &progress.progress, 0, 0, true, {}, false}};
  input.as_of = Date{2026, 12, 1};
  const StatusReport r = compute_status(input);
  CHECK(r.units[0].report == ReportState::done);
  CHECK(r.units[0].report_date == Date{2026, 11, 28});
  CHECK(r.summary.reported == 1);
  // The parent's report duty is met by the child's report, sent before 02/12.
  CHECK(r.deadlines[3].done == 1);
}

TEST_CASE("status for a past day counts nothing done, sent or issued after that day") {
  const LoadResult parent = load_plan(parent_yaml, "tinh.yaml");
  // Issued 10/04, after the parent's deadline for sub-plans (31/03); inspected 05/07 (due
  // 20/06); reported 28/11.
  const LoadResult child =
      load_plan(child_yaml("UBND xã Tân Biên", "2026-04-10", true, "2026-06-20",
                           "    progress: {status: done, date: 2026-07-05}\n"),
                "xa/tan-bien.yaml");
  REQUIRE(child.ok());
  const auto progress = load_progress(R"(format: kehoach-progress/1
reporting: {status: done, date: 2026-11-28}
)",
                                      "xa/tan-bien.progress.yaml");
  REQUIRE(progress.ok());
  StatusInput input;
  input.parent_file = "tinh.yaml";
  input.parent = &parent.plan;
  input.children = {
      ChildPlan{"xa/tan-bien.yaml", &child.plan, &progress.progress, 0, 0, true, {}, false}};

  // On 05/04 the plan was not issued yet, five days past the deadline.
  input.as_of = Date{2026, 4, 5};
  StatusReport r = compute_status(input);
  REQUIRE(r.units.size() == 1);
  CHECK(r.units[0].issued_after);
  CHECK_FALSE(r.units[0].on_time());
  CHECK(r.units[0].issued_late);
  CHECK(r.units[0].days_late == 5);
  CHECK(r.summary.on_time == 0);
  CHECK(unit_state_labels(r.units[0], Lang::vi) ==
        std::vector<std::string>{"ban hành ngày 10/04/2026, sau ngày tính",
                                 "quá hạn ban hành 5 ngày"});
  CHECK(r.deadlines[0].id == "ban-hanh-ke-hoach");
  CHECK(r.deadlines[0].late == 1);
  CHECK(r.deadlines[0].done == 0);

  // On 30/06 it was issued (late), the inspection due 30/06 not yet done, the report not sent.
  input.as_of = Date{2026, 6, 30};
  r = compute_status(input);
  CHECK_FALSE(r.units[0].issued_after);
  CHECK(r.units[0].days_late == 10);
  CHECK(r.deadlines[0].late == 1);
  CHECK(r.deadlines[1].id == "kiem-tra");
  CHECK(r.deadlines[1].open == 1);
  CHECK(r.deadlines[1].late == 0);
  CHECK(r.units[0].report == ReportState::pending);
  CHECK_FALSE(r.units[0].report_date.has_value());
  CHECK(r.summary.reported == 0);
  CHECK(r.deadlines[3].id == "bao-cao-xa");
  CHECK(r.deadlines[3].open == 1);

  // On 20/07 the inspection, done 05/07 after its day, is late; on 01/12 the report is sent.
  input.as_of = Date{2026, 7, 20};
  r = compute_status(input);
  CHECK(r.deadlines[1].late == 1);
  input.as_of = Date{2026, 12, 1};
  r = compute_status(input);
  CHECK(r.units[0].report == ReportState::done);
  CHECK(r.units[0].report_date == Date{2026, 11, 28});
  CHECK(r.deadlines[3].done == 1);
}

TEST_CASE("hostile units files are refused with a position, never thrown") {
  const auto alias = load_units(R"(format: kehoach-units/1
units:
  - &a {name: UBND xã Tân Biên, level: commune}
  - *a
)",
                                "units.yaml");
  REQUIRE_FALSE(alias.ok());
  CHECK(alias.diagnostics[0].code == "KH005");
  CHECK(alias.diagnostics[0].at.line == 3);

  const auto empty = load_units("", "units.yaml");
  REQUIRE(empty.diagnostics.size() == 1);
  CHECK(empty.diagnostics[0].code == "KH013");

  const auto latin1 = load_units(
      "format: kehoach-units/1\nunits:\n  - {name: x\xE3, level: commune}\n", "units.yaml");
  REQUIRE_FALSE(latin1.ok());
  CHECK(latin1.diagnostics[0].code == "KH007");
  CHECK(latin1.diagnostics[0].at == Position{3, 13});  // the byte after "x"

  const auto list = load_units("format: kehoach-units/1\nunits: UBND xã Tân Biên\n", "units.yaml");
  REQUIRE(list.diagnostics.size() == 1);
  CHECK(list.diagnostics[0].code == "KH002");
  CHECK(list.diagnostics[0].message.en == "`units` must be a list of units");
}

namespace {

// A province plan whose inspection falls due in two rounds and whose survey is due 30/09, and a
// commune plan carrying them with a report due 18/11 (review finding: status, rounds).
const std::string rounds_parent_yaml = R"(format: kehoach/1
status: issued
number: 25/KH-UBND
issuer: {name: UBND tỉnh Tây Ninh, level: province}
place: Tây Ninh
issued: 2026-01-20
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
tasks:
  - id: kiem-tra
    title: Tự kiểm tra công tác theo dõi thi hành pháp luật
    kind: inspection
    lead: UBND các xã, phường
    due: "Đợt 1: Quý II; Đợt 2: Quý IV năm 2026"
    levels: [commune]
  - id: khao-sat
    title: Khảo sát tình hình thi hành pháp luật
    kind: survey
    lead: UBND các xã, phường
    due: Quý III năm 2026
    levels: [commune]
)";

std::string rounds_child_yaml(const std::string& inspection_due) {
  return R"(format: kehoach/1
status: issued
number: 12/KH-UBND
issuer: {name: UBND xã Tân Biên, level: commune}
place: Tân Biên
issued: 2026-02-05
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
parent: {ref: 25/KH-UBND, date: 2026-01-20, issuer: UBND tỉnh Tây Ninh}
tasks:
  - id: tu-kiem-tra
    title: Tự kiểm tra công tác theo dõi thi hành pháp luật tại xã
    kind: inspection
    lead: Văn phòng HĐND và UBND xã
    due: ")" +
         inspection_due + R"("
    implements: [kiem-tra]
  - id: khao-sat
    title: Khảo sát tình hình thi hành pháp luật tại xã
    kind: survey
    lead: Văn phòng HĐND và UBND xã
    due: Tháng 8/2026
    implements: [khao-sat]
reporting: {due: Chậm nhất ngày 18/11/2026, to: UBND tỉnh}
)";
}

StatusReport rounds_status(const Plan& parent, const Plan& child, const ProgressFile* progress,
                           const Date& as_of, bool unreadable = false,
                           const std::string& errors = {}) {
  StatusInput input;
  input.parent_file = "tinh/plan.yaml";
  input.parent = &parent;
  input.children = {ChildPlan{"xa/plan.yaml", &child, progress, 0, 0, true, errors, unreadable}};
  input.as_of = as_of;
  return compute_status(input);
}

}  // namespace

TEST_CASE("status keeps the entries of a progress file with errors and flags the unit") {
  const LoadResult parent = load_plan(rounds_parent_yaml, "tinh/plan.yaml");
  const LoadResult child =
      load_plan(rounds_child_yaml("Đợt 1: Quý II; Đợt 2: Quý IV năm 2026"), "xa/plan.yaml");
  REQUIRE(parent.ok());
  REQUIRE(child.ok());
  // `xong` for `done` in one entry: that entry counts as not done, the others stand.
  const auto progress = load_progress(R"(format: kehoach-progress/1
items:
  tu-kiem-tra: {status: done, date: 2026-06-20}
  khao-sat: {status: xong, date: 2026-08-20}
reporting: {status: done, date: 2026-11-17}
)",
                                      "xa/plan.progress.yaml");
  REQUIRE_FALSE(progress.ok());
  const StatusReport r = rounds_status(parent.plan, child.plan, &progress.progress,
                                       Date{2026, 11, 29}, false, "xa/plan.progress.yaml");
  REQUIRE(r.units.size() == 1);
  const UnitStatus& u = r.units[0];
  CHECK(u.overdue == 1);  // the survey, as `overdue` lists it
  CHECK(u.report == ReportState::done);
  CHECK(u.report_date == Date{2026, 11, 17});
  CHECK(u.report_days_late == 0);
  CHECK(u.progress_errors == "xa/plan.progress.yaml");
  CHECK(u.progress_error_items == 1);
  CHECK(unit_state_keys(u) == std::vector<std::string_view>{"overdue", "progress_errors"});
  CHECK(unit_state_labels(u, Lang::vi) ==
        std::vector<std::string>{"1 việc quá hạn", "tệp tiến độ có lỗi: 1 việc coi như chưa xong"});
  CHECK(unit_state_labels(u, Lang::en)[1] == "progress file has errors: 1 item counted not done");
  CHECK(r.needs_attention());
  // The whole-item record closes both rounds of the inspection, each in time.
  REQUIRE(r.deadlines.size() == 3);
  CHECK(r.deadlines[0].due == Date{2026, 6, 30});
  CHECK(r.deadlines[0].done == 1);
  CHECK(r.deadlines[1].id == "khao-sat");
  CHECK(r.deadlines[1].late == 1);
  CHECK(r.deadlines[2].due == Date{2026, 12, 31});
  CHECK(r.deadlines[2].done == 1);

  // A file nothing in which can be trusted: every item counts as not done, the report too.
  const StatusReport none = rounds_status(parent.plan, child.plan, &progress.progress,
                                          Date{2026, 11, 29}, true, "xa/plan.progress.yaml");
  CHECK(none.units[0].overdue == 3);
  CHECK(none.units[0].report == ReportState::overdue);
  CHECK(none.units[0].progress_error_items == 4);
}

TEST_CASE("status gives each round of a parent deadline its row, judged by the unit's round") {
  const LoadResult parent = load_plan(rounds_parent_yaml, "tinh/plan.yaml");
  const LoadResult child =
      load_plan(rounds_child_yaml("Đợt 1: Quý II; Đợt 2: Quý IV năm 2026"), "xa/plan.yaml");
  REQUIRE(child.ok());
  const auto progress = load_progress(R"(format: kehoach-progress/1
items:
  tu-kiem-tra:
    - {occurrence: 1, status: done, date: 2026-06-20}
)",
                                      "xa/plan.progress.yaml");
  REQUIRE(progress.ok());
  StatusReport r = rounds_status(parent.plan, child.plan, &progress.progress, Date{2026, 7, 1});
  REQUIRE(r.deadlines.size() == 3);
  CHECK(r.deadlines[0].id == "kiem-tra");
  CHECK(r.deadlines[0].occurrence == 1);
  CHECK(r.deadlines[0].occurrences == 2);
  CHECK(r.deadlines[0].due == Date{2026, 6, 30});
  CHECK(r.deadlines[0].done == 1);
  CHECK(r.deadlines[1].id == "khao-sat");
  CHECK(r.deadlines[1].occurrence == 0);
  CHECK(r.deadlines[1].occurrences == 0);
  CHECK(r.deadlines[2].id == "kiem-tra");
  CHECK(r.deadlines[2].occurrence == 2);
  CHECK(r.deadlines[2].due == Date{2026, 12, 31});
  CHECK(r.deadlines[2].open == 1);
  CHECK(r.deadlines[2].done == 0);
  // Round 2 not done by 31/12: late, as `overdue` lists it.
  r = rounds_status(parent.plan, child.plan, &progress.progress, Date{2027, 1, 5});
  CHECK(r.deadlines[0].done == 1);
  CHECK(r.deadlines[2].late == 1);
  CHECK(r.deadlines[2].done == 0);

  // One deadline for the parent's two rounds (done 20/11): it must meet the first round too, as
  // `diff` holds it, so round 1 is late and round 2 done.
  const LoadResult single = load_plan(rounds_child_yaml("Quý IV năm 2026"), "xa/plan.yaml");
  REQUIRE(single.ok());
  const auto once = load_progress(R"(format: kehoach-progress/1
items:
  tu-kiem-tra: {status: done, date: 2026-11-20}
)",
                                  "xa/plan.progress.yaml");
  REQUIRE(once.ok());
  r = rounds_status(parent.plan, single.plan, &once.progress, Date{2027, 1, 5});
  CHECK(r.deadlines[0].late == 1);
  CHECK(r.deadlines[2].done == 1);

  // Four rounds for the parent's two: round 1 (30/06) held to the unit's round due nearest to
  // it, its second quarter (30/06), not its first; the parent's last round to the unit's last
  // (31/12). The first and third quarters done meet neither.
  const LoadResult quarterly = load_plan(rounds_child_yaml("Hằng quý"), "xa/plan.yaml");
  REQUIRE(quarterly.ok());
  const auto q = load_progress(R"(format: kehoach-progress/1
items:
  tu-kiem-tra:
    - {occurrence: 1, status: done, date: 2026-03-20}
    - {occurrence: 3, status: done, date: 2026-09-20}
)",
                               "xa/plan.progress.yaml");
  REQUIRE(q.ok());
  r = rounds_status(parent.plan, quarterly.plan, &q.progress, Date{2027, 1, 5});
  CHECK(r.deadlines[0].late == 1);
  CHECK(r.deadlines[0].done == 0);
  CHECK(r.deadlines[2].late == 1);
  const auto q2 = load_progress(R"(format: kehoach-progress/1
items:
  tu-kiem-tra:
    - {occurrence: 2, status: done, date: 2026-06-20}
    - {occurrence: 4, status: done, date: 2026-12-20}
)",
                                "xa/plan.progress.yaml");
  REQUIRE(q2.ok());
  r = rounds_status(parent.plan, quarterly.plan, &q2.progress, Date{2027, 1, 5});
  CHECK(r.deadlines[0].done == 1);
  CHECK(r.deadlines[2].done == 1);
}

TEST_CASE("child_round pairs a parent's rounds with a child's as diff compares them") {
  const auto reading = [](const std::string& phrase) {
    const LoadResult p = load_plan(rounds_child_yaml(phrase), "xa/plan.yaml");
    REQUIRE(p.ok());
    return *p.plan.tasks[0].due.reading;
  };
  const Deadline two = reading("Đợt 1: Quý II; Đợt 2: Quý IV năm 2026");
  const Deadline four = reading("Hằng quý");
  const Deadline one = reading("Quý IV năm 2026");
  CHECK(child_round(two, two, 0) == 0);
  CHECK(child_round(two, two, 1) == 1);
  // The child's round due nearest to the parent's (the later of two as near), the last to the
  // last: the parent's 30/06 to the child's second quarter; the parent's 31/03 and 30/06 to the
  // child's first half (30/06), its 30/09 (92 days from either) to the second half.
  CHECK(child_round(four, two, 0) == 1);
  CHECK(child_round(four, two, 1) == 3);
  CHECK(child_round(two, four, 0) == 0);
  CHECK(child_round(two, four, 1) == 0);
  CHECK(child_round(two, four, 2) == 1);
  CHECK(child_round(two, four, 3) == 1);
  // As many rounds on both sides: round for round, even when the child's rounds come early (its
  // first round, Quý II, meets the parent's first, Quý III; not its October round).
  const Deadline early = reading("Đợt 1: Quý II; Đợt 2: tháng 10 năm 2026");
  const Deadline later = reading("Đợt 1: Quý III; Đợt 2: tháng 11 năm 2026");
  CHECK(child_round(early, later, 0) == 0);
  CHECK(child_round(early, later, 1) == 1);
  CHECK(child_round(one, two, 0) == 0);
  CHECK(child_round(one, two, 1) == 0);
  CHECK(child_round(four, one, 0) == 3);
}

TEST_CASE("status counts a cancelled item as cancelled and a report sent late as late") {
  const LoadResult parent = load_plan(rounds_parent_yaml, "tinh/plan.yaml");
  const LoadResult child =
      load_plan(rounds_child_yaml("Đợt 1: Quý II; Đợt 2: Quý IV năm 2026"), "xa/plan.yaml");
  const auto progress = load_progress(R"(format: kehoach-progress/1
items:
  khao-sat: {status: cancelled, date: 2026-10-15, note: Hủy theo chỉ đạo của UBND tỉnh}
reporting: {status: done, date: 2026-11-25}
)",
                                      "xa/plan.progress.yaml");
  REQUIRE(progress.ok());
  StatusReport r = rounds_status(parent.plan, child.plan, &progress.progress, Date{2026, 11, 29});
  REQUIRE(r.deadlines.size() == 3);
  CHECK(r.deadlines[1].id == "khao-sat");
  CHECK(r.deadlines[1].cancelled == 1);
  CHECK(r.deadlines[1].late == 0);
  CHECK(r.deadlines[1].done == 0);
  const UnitStatus& u = r.units[0];
  CHECK(u.report == ReportState::done);
  CHECK(u.report_days_late == 7);
  CHECK(unit_state_keys(u) == std::vector<std::string_view>{"overdue", "report_late"});
  CHECK(unit_state_labels(u, Lang::vi)[1] == "báo cáo muộn 7 ngày");
  CHECK(unit_state_labels(u, Lang::en)[1] == "report 7 days late");
  // Cancelled after the as-of day: not yet cancelled then, and past its due: late.
  r = rounds_status(parent.plan, child.plan, &progress.progress, Date{2026, 10, 10});
  CHECK(r.deadlines[1].late == 1);
  CHECK(r.deadlines[1].cancelled == 0);
}
