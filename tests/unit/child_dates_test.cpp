// How `kehoach new --parent` carries a parent's dated deadlines: rounds, titles, and which of
// several reports the child's reporting regime answers.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/check.hpp"
#include "kehoach/due.hpp"
#include "kehoach/generate.hpp"
#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"
#include "make/child_dates.hpp"

using namespace kehoach;

namespace {

std::string read_source(const std::string& path) {
  std::ifstream in(std::string(KEHOACH_SOURCE_DIR) + "/" + path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string listed(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += d.file + ":" + std::to_string(d.at.line) + ": " + d.code + " " + d.message.en + "\n";
  }
  return out;
}

std::vector<Date> occurrence_dues(const std::string& phrase, int year) {
  const DueResult read = parse_due(phrase, year);
  REQUIRE_MESSAGE(read.ok(), phrase);
  std::vector<Date> out;
  for (const auto& o : read.deadline->occurrences) out.push_back(o.due);
  if (out.empty() && read.deadline->due) out.push_back(*read.deadline->due);
  return out;
}

CarriedRound round(Date parent, Date child) { return {std::nullopt, parent, child}; }

const Task* task_of(const Plan& plan, const std::string& id) {
  const auto found = std::find_if(plan.tasks.begin(), plan.tasks.end(),
                                  [&](const Task& t) { return t.id.value == id; });
  return found == plan.tasks.end() ? nullptr : &*found;
}

const Duty* duty_of(const Plan& plan, const std::string& id) {
  for (const auto& r : plan.responsibilities) {
    for (const auto& d : r.duties) {
      if (d.id.value == id) return &d;
    }
  }
  return nullptr;
}

// A golden scenario of tests/golden: the child derived from its parent is the golden's
// expected output, byte for byte, and the file the validate golden checks; it passes the
// checks of one plan and those against its parent with no error.
Plan derive_golden(const std::string& scenario) {
  const std::string parent_text =
      read_source("tests/golden/new-derive-" + scenario + "/tinh-2026.yaml");
  const LoadResult parent = load_plan(parent_text, "tinh-2026.yaml");
  REQUIRE_MESSAGE(parent.ok(), listed(parent.diagnostics));
  DeriveOptions options;
  options.locality = "Tân Biên";
  const std::string text = derive_child(parent.plan, "tinh-2026.yaml", options);
  CHECK(text == read_source("tests/golden/new-derive-" + scenario + "/stdout"));
  CHECK(text == read_source("tests/golden/validate-derived-" + scenario + "/xa-2026.yaml"));
  CHECK(parent_text ==
        read_source("tests/golden/validate-derived-" + scenario + "/tinh-2026.yaml"));
  const LoadResult child = load_plan(text, "xa-2026.yaml");
  REQUIRE_MESSAGE(child.ok(), listed(child.diagnostics));
  const auto single = check_plan(child.plan, builtin_acts());
  CHECK_MESSAGE(!has_errors(single), listed(single));
  const auto against = check_against_parent(child.plan, parent.plan, builtin_acts());
  CHECK_MESSAGE(against.empty(), listed(against));
  return child.plan;
}

const std::string small_parent_head = R"Y(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: UBND tỉnh A, level: province}
place: A
issued: 2026-01-20
year: 2026
title: Tổ chức thi hành pháp luật năm 2026
basis: [{ref: 80/2025/NĐ-CP, date: 2025-04-01}]
purpose: [x]
requirements: [x]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)Y";

std::string derive_small(const std::string& tasks, Lang lang = Lang::vi) {
  const LoadResult parent = load_plan(small_parent_head + tasks, "p.yaml");
  REQUIRE_MESSAGE(parent.ok(), listed(parent.diagnostics));
  DeriveOptions options;
  options.locality = "B";
  options.lang = lang;
  const std::string text = derive_child(parent.plan, "p.yaml", options);
  const LoadResult child = load_plan(text, "c.yaml");
  REQUIRE_MESSAGE(child.ok(), listed(child.diagnostics));
  const auto against = check_against_parent(child.plan, parent.plan, builtin_acts());
  CHECK_MESSAGE(!has_errors(against), listed(against));
  return text;
}

}  // namespace

TEST_CASE("dates written in a text are found with their place, numeric and in words") {
  const std::string text = "Từ ngày 01/7/2026 đến ngày 30 tháng 9 năm 2026, trước 1.12.2026";
  const auto dates = dates_written_in(text);
  REQUIRE(dates.size() == 3);
  CHECK(text.substr(dates[0].begin, dates[0].end - dates[0].begin) == "01/7/2026");
  CHECK(dates[0].date == Date{2026, 7, 1});
  CHECK(text.substr(dates[1].begin, dates[1].end - dates[1].begin) == "30 tháng 9 năm 2026");
  CHECK(dates[1].date == Date{2026, 9, 30});
  CHECK(text.substr(dates[2].begin, dates[2].end - dates[2].begin) == "1.12.2026");
  CHECK(dates[2].date == Date{2026, 12, 1});
  // Not dates: an act's number, an impossible day, mixed separators, a longer number.
  CHECK(dates_written_in("Nghị định 12/2025/NĐ-CP, 31/02/2026, 15/6.2026, 115/6/2026").empty());
  CHECK(dates_written_in("15/6/20261").empty());
}

TEST_CASE("the child's phrase for rounds reads back to exactly the child's dates") {
  const std::vector<CarriedRound> two = {round({2026, 6, 30}, {2026, 6, 23}),
                                         round({2026, 12, 31}, {2026, 12, 24})};
  CHECK(carried_phrase(two, true) ==
        "Đợt 1: chậm nhất ngày 23/06/2026; Đợt 2: chậm nhất ngày 24/12/2026");
  CHECK(carried_phrase(two, false) == "chậm nhất ngày 23/06/2026 và chậm nhất ngày 24/12/2026");
  const std::vector<Date> expected = {{2026, 6, 23}, {2026, 12, 24}};
  CHECK(occurrence_dues(carried_phrase(two, true), 2026) == expected);
  CHECK(occurrence_dues(carried_phrase(two, false), 2026) == expected);

  const std::vector<CarriedRound> three = {round({2026, 6, 14}, {2026, 6, 5}),
                                           round({2026, 9, 14}, {2026, 9, 7}),
                                           round({2026, 11, 14}, {2026, 11, 6})};
  CHECK(carried_phrase(three, false) ==
        "chậm nhất ngày 05/06/2026, chậm nhất ngày 07/09/2026 và chậm nhất ngày 06/11/2026");
  const std::vector<Date> three_dates = {{2026, 6, 5}, {2026, 9, 7}, {2026, 11, 6}};
  CHECK(occurrence_dues(carried_phrase(three, false), 2026) == three_dates);
  CHECK(occurrence_dues(carried_phrase(three, true), 2026) == three_dates);

  // Two rounds clamped to the same day (the parent's issue date) stay two rounds.
  const std::vector<CarriedRound> clamped = {round({2026, 1, 21}, {2026, 1, 20}),
                                             round({2026, 1, 23}, {2026, 1, 20})};
  const std::vector<Date> same = {{2026, 1, 20}, {2026, 1, 20}};
  CHECK(occurrence_dues(carried_phrase(clamped, true), 2026) == same);
  CHECK(occurrence_dues(carried_phrase(clamped, false), 2026) == same);

  const std::vector<CarriedRound> one = {round({2026, 11, 20}, {2026, 11, 13})};
  CHECK(carried_phrase(one, true) == "chậm nhất ngày 13/11/2026");
  CHECK(occurrence_dues(carried_phrase(one, false), 2026) == std::vector<Date>{{2026, 11, 13}});
}

TEST_CASE("a range in a title keeps its first day and ends on the child's deadline") {
  const std::vector<CarriedRound> range = {
      {Date{2026, 7, 1}, Date{2026, 9, 30}, Date{2026, 9, 23}}};
  const Retitled r = retitle("Tự kiểm tra từ ngày 01/7/2026 đến ngày 30/9/2026", range);
  CHECK(r.text == "Tự kiểm tra từ ngày 01/7/2026 đến ngày 23/09/2026");
  CHECK(r.left_alone.empty());
  // The same range written in words.
  CHECK(
      retitle("Tự kiểm tra từ ngày 01 tháng 7 năm 2026 đến ngày 30 tháng 9 năm 2026", range).text ==
      "Tự kiểm tra từ ngày 01 tháng 7 năm 2026 đến ngày 23/09/2026");
}

TEST_CASE("a date the title does not give as the deadline is a fact of its own, kept") {
  // The parent's deadline is the day itself ("Ngày 09/11/2026"; "Chậm nhất ngày 01/7/2026"): the
  // title names Law Day and the day acts take effect, not the deadline. Kept, and said, as each is
  // after the child's deadline.
  const std::vector<CarriedRound> law_day = {round({2026, 11, 9}, {2026, 11, 2})};
  const Retitled day = retitle("Tổ chức hưởng ứng Ngày Pháp luật Việt Nam 09/11/2026", law_day);
  CHECK(day.text == "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam 09/11/2026");
  CHECK(day.left_alone == "09/11/2026");
  const std::vector<CarriedRound> effective = {round({2026, 7, 1}, {2026, 6, 24})};
  const Retitled acts =
      retitle("Tuyên truyền các văn bản có hiệu lực từ ngày 01/7/2026", effective);
  CHECK(acts.text == "Tuyên truyền các văn bản có hiệu lực từ ngày 01/7/2026");
  CHECK(acts.left_alone == "01/07/2026");
  // Written as the deadline, it is the child's.
  CHECK(retitle("Hoàn thành ngày 09/11/2026", law_day).text == "Hoàn thành ngày 02/11/2026");
  CHECK(retitle("Hạn 09/11/2026", law_day).text == "Hạn 02/11/2026");
}

TEST_CASE("a title whose range would end on or before its first day is left alone and said") {
  const std::vector<CarriedRound> range = {
      {Date{2026, 9, 25}, Date{2026, 9, 30}, Date{2026, 9, 23}}};
  const Retitled r = retitle("Kiểm tra từ ngày 25/9/2026 đến ngày 30/9/2026", range);
  CHECK(r.text == "Kiểm tra từ ngày 25/9/2026 đến ngày 30/9/2026");
  CHECK(r.left_alone == "25/09/2026, 30/09/2026");
  // Ending on its first day is no range either.
  const std::vector<CarriedRound> equal = {
      {Date{2026, 9, 23}, Date{2026, 9, 30}, Date{2026, 9, 23}}};
  CHECK(retitle("từ ngày 23/9/2026 đến ngày 30/9/2026", equal).left_alone ==
        "23/09/2026, 30/09/2026");
}

TEST_CASE("each round's date in a title becomes that round's child date") {
  const std::vector<CarriedRound> rounds = {round({2026, 6, 14}, {2026, 6, 5}),
                                            round({2026, 11, 14}, {2026, 11, 6})};
  CHECK(retitle("Báo cáo trước ngày 15/6/2026 và trước ngày 15/11/2026", rounds).text ==
        "Báo cáo chậm nhất ngày 05/06/2026 và chậm nhất ngày 06/11/2026");
  CHECK(
      retitle("Trước ngày 15/6/2026 báo cáo 6 tháng; chậm nhất ngày 14/11/2026 báo cáo năm", rounds)
          .text ==
      "Chậm nhất ngày 05/06/2026 báo cáo 6 tháng; chậm nhất ngày 06/11/2026 báo cáo năm");
  CHECK(retitle("Báo cáo trước 15/11/2026", rounds).text == "Báo cáo chậm nhất ngày 06/11/2026");
  // A cited document's date stays; a date after the child's last deadline that the deadline
  // does not name leaves the title alone, said.
  CHECK(retitle("Thực hiện Kế hoạch ngày 20/01/2026, báo cáo trước ngày 15/11/2026", rounds).text ==
        "Thực hiện Kế hoạch ngày 20/01/2026, báo cáo chậm nhất ngày 06/11/2026");
  const Retitled later = retitle("Báo cáo trước ngày 15/11/2026, họp ngày 10/12/2026", rounds);
  CHECK(later.text == "Báo cáo trước ngày 15/11/2026, họp ngày 10/12/2026");
  CHECK(later.left_alone == "15/11/2026, 10/12/2026");
}

TEST_CASE("with a 6-month and a year report the year's report drives the child's reporting") {
  const Plan child = derive_golden("six-month-report");
  REQUIRE(child.reporting.has_value());
  // xa-bao-cao, chậm nhất ngày 20/11/2026, minus 7 days; not the 6-month report's 05/06.
  CHECK(child.reporting->due.phrase.value == "chậm nhất ngày 13/11/2026");
  CHECK(child.reporting->period.phrase.value == "Tính từ 15/11/2025 đến 05/11/2026");
  const Duty* own = duty_of(child, "dau-moi-bao-cao");
  REQUIRE(own != nullptr);
  CHECK(own->due.phrase.value == "chậm nhất ngày 13/11/2026");
  REQUIRE(own->implements.size() == 1);
  CHECK(own->implements[0].value == "xa-bao-cao");
  const Duty* units = duty_of(child, "chuyen-mon-bao-cao");
  REQUIRE(units != nullptr);
  CHECK(units->due.phrase.value == "chậm nhất ngày 06/11/2026");
  // The 6-month report stays a task: "Trước ngày 15/6/2026" lasts to Sunday 14/06; minus 7
  // days is Sunday 07/06, moved back to Friday 05/06/2026.
  const Task* half = task_of(child, "xa-bao-cao-6-thang");
  REQUIRE(half != nullptr);
  CHECK(half->due.phrase.value == "chậm nhất ngày 05/06/2026");
  CHECK(half->title.value ==
        "Báo cáo kết quả tổ chức thi hành pháp luật 6 tháng đầu năm 2026, gửi UBND tỉnh (qua Sở "
        "Tư pháp) chậm nhất ngày 05/06/2026");
  CHECK(task_of(child, "xa-bao-cao") == nullptr);
}

TEST_CASE("the reporting choice is said in a comment, in the language asked") {
  const std::string tasks = R"Y(responsibilities:
  - agency: UBND các xã
    level: commune
    duties:
      - {id: bc-nam, text: "a) Báo cáo năm", kind: report, due: chậm nhất ngày 20/11/2026}
      - {id: bc-6-thang, text: "b) Báo cáo 6 tháng", kind: report, due: chậm nhất ngày 15/06/2026}
)Y";
  CHECK(derive_small(tasks).find(
            "        due: chậm nhất ngày 13/11/2026\n"
            "        # Cấp trên giao 2 báo cáo có thời hạn cho cấp này: chế độ báo cáo "
            "(`reporting`), hạn báo cáo của các đơn vị và thời gian chốt số liệu theo báo cáo "
            "bc-nam của cấp trên (hạn 20/11/2026); các báo cáo khác là hoạt động riêng trong "
            "`tasks`, với hạn riêng.\n"
            "        implements: [bc-nam]\n") != std::string::npos);
  CHECK(derive_small(tasks, Lang::en)
            .find("        # The parent addresses 2 dated reports to this level: the reporting "
                  "regime (`reporting`), the units' report deadline and the data window follow "
                  "the parent's report bc-nam (due 20/11/2026); the other reports are tasks of "
                  "their own in `tasks`, with their own deadlines.\n") != std::string::npos);
  // With one report, no comment.
  const std::string one = R"Y(responsibilities:
  - agency: UBND các xã
    level: commune
    duties:
      - {id: bc-nam, text: "a) Báo cáo năm", kind: report, due: chậm nhất ngày 20/11/2026}
)Y";
  CHECK(derive_small(one).find("Cấp trên giao") == std::string::npos);
}

TEST_CASE("a later report naming a shorter period does not drive the reporting regime") {
  // The quarterly report of the fourth quarter falls after the year's report.
  const std::string tasks = R"Y(responsibilities:
  - agency: UBND các xã
    level: commune
    duties:
      - {id: bc-quy, text: "a) Báo cáo hằng quý (quý IV)", kind: report, due: chậm nhất ngày 15/12/2026}
      - {id: bc-nam, text: "b) Báo cáo năm", kind: report, due: chậm nhất ngày 20/11/2026}
)Y";
  const Plan child = load_plan(derive_small(tasks), "c.yaml").plan;
  REQUIRE(child.reporting.has_value());
  CHECK(child.reporting->due.phrase.value == "chậm nhất ngày 13/11/2026");
  const Task* quarter = task_of(child, "bc-quy");
  REQUIRE(quarter != nullptr);
  CHECK(quarter->due.phrase.value == "chậm nhất ngày 08/12/2026");
}

TEST_CASE("a report in rounds stays a task with every round, the regime takes its last") {
  const std::string tasks = R"Y(responsibilities:
  - agency: UBND các xã
    level: commune
    duties:
      - {id: bc, text: "a) Báo cáo", kind: report, due: trước ngày 15/6/2026 và trước ngày 15/11/2026}
)Y";
  const std::string text = derive_small(tasks);
  const Plan child = load_plan(text, "c.yaml").plan;
  const Task* report = task_of(child, "bc");
  REQUIRE(report != nullptr);
  CHECK(report->due.phrase.value == "chậm nhất ngày 05/06/2026 và chậm nhất ngày 06/11/2026");
  REQUIRE(child.reporting.has_value());
  CHECK(child.reporting->due.phrase.value == "chậm nhất ngày 06/11/2026");
  const Duty* own = duty_of(child, "dau-moi-bao-cao");
  REQUIRE(own != nullptr);
  CHECK(own->implements.empty());
}

TEST_CASE("a range in the parent's text keeps its first day in the child's title") {
  const Plan child = derive_golden("range-title");
  const Task* check = task_of(child, "xa-tu-kiem-tra");
  REQUIRE(check != nullptr);
  CHECK(check->title.value ==
        "Tự kiểm tra công tác tổ chức thi hành pháp luật tại địa phương từ ngày 01/7/2026 đến "
        "ngày 23/09/2026");
  CHECK(check->due.phrase.value == "chậm nhất ngày 23/09/2026");
}

TEST_CASE("a title the child's deadline would contradict is kept and a comment says so") {
  const std::string tasks = R"Y(tasks:
  - id: kiem-tra
    title: Kiểm tra từ ngày 25/9/2026 đến ngày 30/9/2026
    kind: inspection
    due: Từ ngày 25/9/2026 đến ngày 30/9/2026
    levels: [commune]
)Y";
  CHECK(derive_small(tasks).find(
            "    title: Kiểm tra từ ngày 25/9/2026 đến ngày 30/9/2026\n"
            "    kind: inspection\n"
            "    description:\n"
            "      - Thực hiện nhiệm vụ Kế hoạch số 05/KH-UBND ngày 20/01/2026 của UBND tỉnh A "
            "trên địa bàn xã B.\n"
            "    lead: Văn phòng HĐND và UBND xã\n"
            "    # Tên giữ nguyên như cấp trên (ghi ngày 25/09/2026, 30/09/2026), không khớp với "
            "hạn `due` của cấp mình: sửa tên cho khớp.\n"
            "    due: chậm nhất ngày 23/09/2026\n") != std::string::npos);
  CHECK(derive_small(tasks, Lang::en)
            .find("    # The title is kept as the parent writes it (it gives 25/09/2026, "
                  "30/09/2026), which does not agree with this level's `due`: edit the title to "
                  "agree.\n") != std::string::npos);
}

TEST_CASE("a deadline in rounds is carried round by round and the child validates") {
  const Plan child = derive_golden("rounds");
  const Task* training = task_of(child, "tap-huan");
  REQUIRE(training != nullptr);
  // Quý II (30/06) and Quý IV (31/12) minus 7 days.
  CHECK(training->due.phrase.value ==
        "Đợt 1: chậm nhất ngày 23/06/2026; Đợt 2: chậm nhất ngày 24/12/2026");
  const Task* quick = task_of(child, "xa-tu-kiem-tra");
  REQUIRE(quick != nullptr);
  // trước ngày 15/6 and 15/11 last to 14/06 (Sunday) and 14/11 (Saturday); minus 7 days,
  // moved back from the weekend: Friday 05/06 and Friday 06/11.
  CHECK(quick->due.phrase.value == "chậm nhất ngày 05/06/2026 và chậm nhất ngày 06/11/2026");
  REQUIRE(child.reporting.has_value());
  CHECK(child.reporting->due.phrase.value == "chậm nhất ngày 13/11/2026");
}

TEST_CASE("a periodic parent deadline is kept as written") {
  const std::string tasks = R"Y(tasks:
  - {id: bc-quy, title: Cập nhật thông tin, kind: information, due: Hằng quý, levels: [commune]}
)Y";
  const Plan child = load_plan(derive_small(tasks), "c.yaml").plan;
  const Task* quarterly = task_of(child, "bc-quy");
  REQUIRE(quarterly != nullptr);
  CHECK(quarterly->due.phrase.value == "Hằng quý");
}
