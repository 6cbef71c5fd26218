#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/check.hpp"
#include "kehoach/load.hpp"
#include "kehoach/rules.hpp"
#include "test_support.hpp"

using namespace kehoach;
using namespace kehoach::testing;

namespace doctest {
template <>
struct StringMaker<Position> {
  static String convert(const Position& p) {
    return (std::to_string(p.line) + ":" + std::to_string(p.column)).c_str();
  }
};
}  // namespace doctest

namespace {

// A small valid plan; each test changes one thing in it.
const std::string base = R"(format: kehoach/1
status: issued
number: 12/KH-UBND
issuer:
  name: UBND xã Phong Thổ
  level: commune
place: Phong Thổ
issued: 2026-01-20
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
basis:
  - ref: 64/2025/QH15
    date: 2025-02-19
purpose: [Đánh giá thực trạng thi hành pháp luật.]
requirements: [Bảo đảm thường xuyên.]
focus_areas:
  - id: dat-dai
    name: Đất đai
tasks:
  - id: thu-thap
    title: Thu thập thông tin
    kind: information
    due: Thường xuyên trong năm
    focus: [dat-dai]
  - id: kiem-tra
    title: Kiểm tra
    kind: inspection
    due: Quý III năm 2026
responsibilities:
  - agency: Công chức Tư pháp - Hộ tịch
    duties:
      - id: bao-cao
        text: Tổng hợp báo cáo
        kind: report
        due: chậm nhất ngày 20/11/2026
reporting:
  period: Tính từ 01/12/2025 đến 15/11/2026
  due: chậm nhất ngày 20/11/2026
recipients: [Sở Tư pháp, "Lưu: VT."]
signature:
  authority: TM. ỦY BAN NHÂN DÂN
  role: KT. CHỦ TỊCH
  title: PHÓ CHỦ TỊCH
)";

std::vector<Diagnostic> check(const std::string& yaml) {
  const LoadResult loaded = load_plan(yaml, "p.yaml");
  for (const auto& d : loaded.diagnostics) INFO(d.code, " ", d.message.en);
  REQUIRE(loaded.ok());
  return check_plan(loaded.plan, builtin_acts());
}

// The one diagnostic with `code`; fails the test when there is not exactly one.
Diagnostic only(const std::vector<Diagnostic>& found, const std::string& code) {
  std::vector<Diagnostic> matching;
  for (const auto& d : found) {
    if (d.code == code) matching.push_back(d);
  }
  for (const auto& d : found) INFO(d.code, " ", d.at.line, ":", d.at.column, " ", d.message.en);
  REQUIRE(matching.size() == 1);
  return matching.front();
}

bool has(const std::vector<Diagnostic>& found, const std::string& code) {
  for (const auto& d : found) {
    if (d.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the base plan passes every rule") {
  const auto found = check(base);
  for (const auto& d : found) INFO(d.code, " ", d.message.en);
  CHECK(found.empty());
}

TEST_CASE("KH101 a missing section is reported at the top of the file") {
  const auto d = only(check(replace(base, "requirements: [Bảo đảm thường xuyên.]\n", "")), "KH101");
  CHECK(d.at == Position{1, 1});
  CHECK(d.severity == Severity::error);
  CHECK(d.message.vi == "thiếu mục yêu cầu (`requirements`)");
  CHECK(d.message.en == "the requirements section (`requirements`) is missing or empty");
}

TEST_CASE("KH102 an unreadable deadline phrase is an error at the phrase") {
  const auto d =
      only(check(replace(base, "due: Quý III năm 2026", "due: sớm nhất có thể")), "KH102");
  CHECK(d.at == Position{28, 10});
  CHECK(d.message.en.rfind("cannot read the deadline “sớm nhất có thể”: ", 0) == 0);
}

TEST_CASE("KH103 a deadline in another year is a warning") {
  const auto d =
      only(check(replace(base, "due: Quý III năm 2026", "due: Quý III năm 2027")), "KH103");
  CHECK(d.at == Position{28, 10});
  CHECK(d.severity == Severity::warning);
  CHECK(d.message.vi == "thời hạn 30/09/2027 nằm ngoài năm kế hoạch 2026");
}

TEST_CASE("KH103 holds every round of a deadline to the plan year, not only the last") {
  const auto d = only(check(replace(base, "due: Quý III năm 2026",
                                    "due: 'Đợt 1: Quý IV/2025; Đợt 2: Quý III/2026'")),
                      "KH103");
  CHECK(d.at == Position{28, 10});
  CHECK(d.message.vi == "thời hạn lần 1/2 (31/12/2025) nằm ngoài năm kế hoạch 2026");
  CHECK(d.message.en == "round 1 of 2 (31/12/2025) of the deadline is outside the plan year 2026");
  // A run of rounds is named once; the next year's last round too.
  const auto found = check(replace(base, "due: Quý III năm 2026",
                                   "due: 'Đợt 1: Tháng 11/2025; Đợt 2: Tháng 12/2025; Đợt 3: Tháng "
                                   "11/2026; Đợt 4: Tháng 1/2027'"));
  std::vector<Diagnostic> out_of_year;
  for (const auto& f : found) {
    if (f.code == "KH103") out_of_year.push_back(f);
  }
  REQUIRE(out_of_year.size() == 2);
  CHECK(out_of_year[0].message.vi ==
        "thời hạn các lần 1–2/4 (30/11/2025 đến 31/12/2025) nằm ngoài năm kế hoạch 2026");
  CHECK(out_of_year[1].message.en ==
        "round 4 of 4 (31/01/2027) of the deadline is outside the plan year 2026");
  // Every round out of the year: the deadline is, with its last day, as before.
  CHECK(only(check(replace(base, "due: Quý III năm 2026",
                           "due: 'Đợt 1: Quý I/2027; Đợt 2: Quý III/2027'")),
             "KH103")
            .message.vi == "thời hạn 30/09/2027 nằm ngoài năm kế hoạch 2026");
  CHECK_FALSE(
      has(check(replace(base, "due: Quý III năm 2026", "due: 'Đợt 1: Quý II; Đợt 2: Quý IV/2026'")),
          "KH103"));
}

TEST_CASE("KH104 sub-units' plans due after the first quarter") {
  const std::string late = replace(base, "    kind: inspection\n    due: Quý III năm 2026",
                                   "    kind: plan\n    due: Quý II năm 2026");
  const auto d = only(check(late), "KH104");
  CHECK(d.message.en ==
        "the deadline for sub-units' plans, 30/06/2026, is after the first quarter");
  CHECK_FALSE(has(check(replace(base, "    kind: inspection\n    due: Quý III năm 2026",
                                "    kind: plan\n    due: Quý I năm 2026")),
                  "KH104"));
}

TEST_CASE("a duty without a kind is not taken for a sub-plan deadline") {
  // Its kind defaults to `other`, not to the first kind (`plan`): no KH104 for a late date.
  const std::string kindless =
      replace(base, "        kind: report\n        due: chậm nhất ngày 20/11/2026",
              "        due: chậm nhất ngày 20/11/2026");
  CHECK(check(kindless).empty());
}

TEST_CASE("KH105 a yearly report due before October") {
  std::string early =
      replace(base, "Tính từ 01/12/2025 đến 15/11/2026", "Tính từ 01/12/2025 đến 15/05/2026");
  early = replace(early, "  due: chậm nhất ngày 20/11/2026\nrecipients",
                  "  due: chậm nhất ngày 20/05/2026\nrecipients");
  early = replace(early, "        due: chậm nhất ngày 20/11/2026",
                  "        due: chậm nhất ngày 20/05/2026");
  const auto d = only(check(early), "KH105");
  CHECK(d.message.en == "the yearly report is due unusually early, 20/05/2026");
  CHECK(d.at == Position{38, 8});
}

TEST_CASE("KH106 the report due before the data window closes") {
  const auto d = only(check(replace(base, "Tính từ 01/12/2025 đến 15/11/2026",
                                    "Tính từ 01/12/2025 đến 25/11/2026")),
                      "KH106");
  CHECK(d.at == Position{38, 8});
  CHECK(d.message.vi == "hạn gửi báo cáo 20/11/2026 trước ngày chốt số liệu 25/11/2026");
}

TEST_CASE("KH107 a sub-unit's report due after the reporting deadline") {
  const std::string late = replace(base, "        due: chậm nhất ngày 20/11/2026",
                                   "        due: chậm nhất ngày 25/11/2026");
  // The plan's own staff report upward on the parent's timetable: not held to this regime.
  CHECK_FALSE(has(check(late), "KH107"));
  const auto d =
      only(check(replace(late, "    duties:", "    level: department\n    duties:")), "KH107");
  CHECK(d.at == Position{36, 14});
  CHECK(
      d.message.en ==
      "Công chức Tư pháp - Hộ tịch reports by 25/11/2026, after the reporting deadline 20/11/2026");
}

TEST_CASE("KH108 a duplicate id names the line of the first") {
  const auto d = only(check(replace(base, "  - id: kiem-tra", "  - id: thu-thap")), "KH108");
  CHECK(d.at == Position{25, 9});
  CHECK(d.message.en == "id `thu-thap` is already used on line 20");
}

TEST_CASE("KH109 a task serving a focus area that does not exist") {
  const auto d = only(check(replace(base, "focus: [dat-dai]", "focus: [tai-chinh]")), "KH109");
  CHECK(d.at == Position{24, 13});
  CHECK(d.message.vi == "không có lĩnh vực trọng tâm mã `tai-chinh` trong kế hoạch");
}

TEST_CASE("KH110 number forms") {
  CHECK(
      only(check(replace(base, "number: 12/KH-UBND", "number: 12-KH-UBND")), "KH110").message.en ==
      "number “12-KH-UBND” is not of the form “number/KH-issuer”");
  CHECK(only(check(replace(base, "number: 12/KH-UBND", "number: 5/KH-UBND")), "KH110").message.en ==
        "numbers below 10 are written with a leading zero: “05/KH-UBND”");
  CHECK_FALSE(has(check(replace(base, "number: 12/KH-UBND", "number: 05/KH-UBND")), "KH110"));
}

TEST_CASE("KH111 an issued plan without a number, and a draft without one is fine") {
  const auto d = only(check(replace(base, "number: 12/KH-UBND", "number: /KH-UBND")), "KH111");
  CHECK(d.at == Position{3, 9});
  CHECK(d.message.en == "an issued plan has no number");
  std::string draft = replace(base, "status: issued", "status: draft");
  draft = replace(draft, "number: 12/KH-UBND", "number: /KH-UBND");
  draft = replace(draft, "issued: 2026-01-20", "issued: 2026-01");
  CHECK(check(draft).empty());
}

TEST_CASE("KH112 an issue date outside the plan year and December before") {
  CHECK(
      only(check(replace(base, "issued: 2026-01-20", "issued: 2025-11-20")), "KH112").message.en ==
      "the plan is for 2026 but is issued in 2025");
  CHECK_FALSE(has(check(replace(base, "issued: 2026-01-20", "issued: 2025-12-26")), "KH112"));
}

TEST_CASE("KH113 signature forms") {
  CHECK(only(check(replace(base, "role: KT. CHỦ TỊCH", "role: KT CHỦ TỊCH")), "KH113").at ==
        Position{42, 9});
  CHECK(only(check(replace(base, "authority: TM. ỦY BAN NHÂN DÂN", "authority: ỦY BAN NHÂN DÂN")),
             "KH113")
            .message.vi == "thẩm quyền ký “ỦY BAN NHÂN DÂN” phải bắt đầu bằng “TM.”");
}

TEST_CASE("KH114 a malformed act number") {
  const auto d = only(check(replace(base, "ref: 64/2025/QH15", "ref: 64/25/QH15")), "KH114");
  CHECK(d.at == Position{12, 10});
  CHECK(d.message.en == "act number “64/25/QH15” is not of the form “number/year/symbol”");
}

TEST_CASE("KH115 an act number whose year disagrees with its date") {
  const auto d = only(check(replace(base, "ref: 64/2025/QH15\n    date: 2025-02-19",
                                    "ref: 64/2024/QH15\n    date: 2025-02-19")),
                      "KH115");
  CHECK(d.at == Position{13, 11});
  CHECK(d.message.en == "the year in 64/2024/QH15 is 2024 but its date is 19/02/2025");
}

TEST_CASE("KH116 a replaced act names its replacement") {
  const auto d = only(check(replace(base, "ref: 64/2025/QH15\n    date: 2025-02-19",
                                    "ref: 80/2015/QH13\n    date: 2015-06-22")),
                      "KH116");
  CHECK(d.severity == Severity::warning);
  CHECK(d.message.en ==
        "80/2015/QH13 is no longer in force since 01/04/2025: replaced by 64/2025/QH15");
  CHECK(d.hint.vi == "căn cứ 64/2025/QH15 thay cho 80/2015/QH13");
  // The same act cited before its replacement took effect is fine.
  std::string earlier = replace(base, "ref: 64/2025/QH15\n    date: 2025-02-19",
                                "ref: 80/2015/QH13\n    date: 2015-06-22");
  earlier = replace(earlier, "issued: 2026-01-20", "issued: 2025-12-20");
  earlier = replace(earlier, "year: 2026", "year: 2026");
  CHECK_FALSE(has(check(replace(earlier, "issued: 2025-12-20", "issued: 2025-03-20")), "KH116"));
}

TEST_CASE("KH116 an unverified replacement is only a note") {
  const auto d = only(check(replace(base, "ref: 64/2025/QH15\n    date: 2025-02-19",
                                    "ref: 14/2014/TT-BTP\n    date: 2014-05-15")),
                      "KH116");
  CHECK(d.severity == Severity::note);
  CHECK(
      d.message.en ==
      "14/2014/TT-BTP is commonly read as replaced by 04/2021/TT-BTP from 10/08/2021 (unverified)");
}

TEST_CASE("KH117 a cited act with the wrong date") {
  const auto d = only(check(replace(base, "date: 2025-02-19", "date: 2025-02-18")), "KH117");
  CHECK(d.message.en == "64/2025/QH15 is dated 19/02/2025, not 18/02/2025");
  CHECK(d.hint.en == "write `date: 2025-02-19`");
}

TEST_CASE("KH118 the district level in a 2026 plan") {
  const auto d = only(check(replace(base, "  level: commune", "  level: district")), "KH118");
  CHECK(d.at == Position{6, 10});
  CHECK(d.message.en ==
        "the plan is issued at the district level, which no longer exists from 01/07/2025");
}

TEST_CASE("KH119 a deadline on a Sunday") {
  // 15/11/2026 is a Sunday.
  const auto d = only(check(replace(base, "        due: chậm nhất ngày 20/11/2026",
                                    "        due: chậm nhất ngày 15/11/2026")),
                      "KH119");
  CHECK(d.message.vi == "hạn 15/11/2026 rơi vào Chủ nhật");
}

TEST_CASE("KH119 a deadline on a public holiday names it") {
  // 01/09/2026 (Tuesday) is the day next to Quốc khánh in the government's 2026 schedule.
  const auto d = only(check(replace(base, "        due: chậm nhất ngày 20/11/2026",
                                    "        due: chậm nhất ngày 01/09/2026")),
                      "KH119");
  CHECK(d.message.vi == "hạn 01/09/2026 rơi vào ngày nghỉ Quốc khánh (ngày liền kề)");
  CHECK(d.message.en == "deadline 01/09/2026 falls on a day off (National Day (adjacent day))");
}

TEST_CASE("KH119 is silent on a Saturday worked in a swap") {
  // 22/08/2026 is a Saturday worked in exchange for 31/08/2026.
  const auto diagnostics = check(replace(base, "        due: chậm nhất ngày 20/11/2026",
                                         "        due: chậm nhất ngày 22/08/2026"));
  for (const auto& d : diagnostics) CHECK(d.code != "KH119");
}

// The KH119 messages (vi) of the base plan with the duty's due written as `due`.
std::vector<std::string> kh119_with_due(const std::string& due) {
  std::vector<std::string> out;
  for (const auto& d : check(replace(base, "        due: chậm nhất ngày 20/11/2026",
                                     "        due: \"" + due + "\""))) {
    if (d.code == "KH119") out.push_back(d.message.vi);
  }
  return out;
}

TEST_CASE("KH119 judges each occurrence as the reading has it, not the phrase as a whole") {
  // "trước" bounds every day of the enumeration: each due date is a day before a day written
  // (19/09 and 19/12/2026 are Saturdays), so none is held to a working day.
  CHECK(kh119_with_due("Trước ngày 20/3, 20/6, 20/9 và 20/12").empty());
  // 20/06/2026 is a Saturday, 20/12/2026 a Sunday: both written as last days.
  CHECK(kh119_with_due("Chậm nhất ngày 20/6, 20/12/2026") ==
        std::vector<std::string>{"hạn 20/06/2026 rơi vào thứ Bảy",
                                 "hạn 20/12/2026 rơi vào Chủ nhật"});
  // A "trước" elsewhere in the phrase no longer hides the day written as the last one.
  CHECK(kh119_with_due("ngày 20/6/2026, trước ngày 15/12/2026") ==
        std::vector<std::string>{"hạn 20/06/2026 rơi vào thứ Bảy"});
  CHECK(kh119_with_due("Gửi trước, chậm nhất ngày 20/12/2026") ==
        std::vector<std::string>{"hạn 20/12/2026 rơi vào Chủ nhật"});
}

TEST_CASE("KH120 recipients not ending with Lưu") {
  const auto d = only(check(replace(base, R"(recipients: [Sở Tư pháp, "Lưu: VT."])",
                                    R"(recipients: ["Lưu: VT.", Sở Tư pháp])")),
                      "KH120");
  CHECK(d.message.en == "the recipients do not end with “Lưu: VT, …”");
}

TEST_CASE("the shipped acts table is well formed") {
  const ActTable& acts = builtin_acts();
  REQUIRE(acts.acts.size() >= 10);
  for (const auto& act : acts.acts) {
    INFO(act.ref);
    CHECK(act.date.valid());
    CHECK_FALSE(act.sources.empty());
    // The year inside the number matches the date.
    CHECK(act.ref.find("/" + std::to_string(act.date.year) + "/") != std::string::npos);
    if (!act.replaced_by.empty()) CHECK(act.replaced_from.has_value());
  }
  REQUIRE(acts.find("80/2015/QH13") != nullptr);
  CHECK(acts.find("80/2015/QH13")->replaced_by == "64/2025/QH15");
}

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("every rule is documented in the man page and fired by some test") {
  const std::filesystem::path root = KEHOACH_SOURCE_DIR;
  const std::string man = slurp(root / "man" / "kehoach.1");
  std::string tests;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root / "tests")) {
    const auto name = entry.path().filename().string();
    // The --list-rules outputs name every code: they prove nothing fires.
    const bool listing = entry.path().string().find("list-rules") != std::string::npos;
    if (entry.is_regular_file() && !listing &&
        (entry.path().extension() == ".cpp" || name == "stdout")) {
      tests += slurp(entry.path());
    }
  }
  for (const Rule& rule : rules()) {
    INFO(rule.code);
    CHECK(man.find(".It " + std::string(rule.code)) != std::string::npos);
    // Named in a test other than this listing: a unit test's expected code or a golden output.
    const std::string quoted = "\"" + std::string(rule.code) + "\"";
    const std::string bracketed = "[" + std::string(rule.code) + "]";
    CHECK((tests.find(quoted) != std::string::npos || tests.find(bracketed) != std::string::npos));
  }
}

// ---------------------------------------------------------------------------------------------
// Blank values (KH008, KH101, KH113), deadlines before the issue date (KH121), the issuer's
// name against its level (KH122), report duties without a kind (KH107).

namespace {

std::vector<Diagnostic> loaded_diagnostics(const std::string& yaml) {
  return load_plan(yaml, "p.yaml").diagnostics;
}

}  // namespace

TEST_CASE("KH008: a required value that is empty or only spaces is empty") {
  const auto d =
      only(loaded_diagnostics(replace(base, "title: Theo dõi tình hình thi hành pháp luật năm 2026",
                                      "title: \"\"")),
           "KH008");
  CHECK(d.at == Position{10, 8});
  CHECK(d.severity == Severity::error);
  CHECK(d.message.vi == "khóa bắt buộc `title` để trống");
  CHECK(d.message.en == "required key `title` is empty");
  // No-break and ideographic spaces show as nothing too.
  const auto name = only(
      loaded_diagnostics(replace(base, "  name: UBND xã Phong Thổ", "  name: \"\\u00a0 \\u3000\"")),
      "KH008");
  CHECK(name.at == Position{5, 9});
  CHECK(name.message.en == "required key `name` is empty");
  const auto agency =
      only(loaded_diagnostics(
               replace(base, "  - agency: Công chức Tư pháp - Hộ tịch", "  - agency: \" \"")),
           "KH008");
  CHECK(agency.message.en == "required key `agency` is empty");
  // A value with a letter is not blank.
  CHECK_FALSE(has(loaded_diagnostics(replace(base, "  name: UBND xã Phong Thổ", "  name: \" x \"")),
                  "KH008"));
}

TEST_CASE("an optional value that is only spaces is read as not written") {
  const LoadResult loaded = load_plan(
      replace(base, "    kind: inspection\n", "    kind: inspection\n    lead: \" \"\n"), "p.yaml");
  REQUIRE(loaded.ok());
  REQUIRE(loaded.plan.tasks.size() == 2);
  CHECK(loaded.plan.tasks[1].lead.empty());
}

TEST_CASE("KH101: a section of blank entries is empty") {
  const auto found = check(replace(
      replace(base, "purpose: [Đánh giá thực trạng thi hành pháp luật.]", "purpose: [\" \"]"),
      "requirements: [Bảo đảm thường xuyên.]", "requirements: [\"\\u00a0\", \"\"]"));
  std::vector<std::string> messages;
  for (const auto& d : found) {
    if (d.code == "KH101") messages.push_back(d.message.en);
  }
  REQUIRE(messages.size() == 2);
  CHECK(messages[0] == "the purpose section (`purpose`) is missing or empty");
  CHECK(messages[1] == "the requirements section (`requirements`) is missing or empty");
}

TEST_CASE("KH113: a signer's title of spaces is no title") {
  const auto d = only(check(replace(base, "  title: PHÓ CHỦ TỊCH", "  title: \" \"")), "KH113");
  CHECK(d.message.en == "the signature has no title");
}

TEST_CASE("KH101 warns when the plan says nowhere when reports are due") {
  const std::string no_section =
      replace(base,
              "reporting:\n  period: Tính từ 01/12/2025 đến 15/11/2026\n  due: chậm nhất ngày "
              "20/11/2026\n",
              "");
  // A dated report duty is the reporting regime, as in the Lai Châu 2025 plan.
  CHECK_FALSE(has(check(no_section), "KH101"));
  const auto d = only(
      check(replace(no_section, "        kind: report\n        due: chậm nhất ngày 20/11/2026\n",
                    "        kind: report\n")),
      "KH101");
  CHECK(d.severity == Severity::warning);
  CHECK(d.message.en ==
        "the reporting section (`reporting`) is missing: the plan says nowhere when reports are "
        "due");
}

TEST_CASE("KH121: a deadline before the plan's issue date") {
  const auto d =
      only(check(replace(base, "    due: Quý III năm 2026", "    due: chậm nhất ngày 09/01/2026")),
           "KH121");
  CHECK(d.severity == Severity::warning);
  CHECK(d.at == Position{28, 10});
  CHECK(d.message.vi == "thời hạn 09/01/2026 trước ngày ban hành kế hoạch 20/01/2026");
  CHECK(d.message.en == "deadline 09/01/2026 is before the plan's issue date 20/01/2026");
  // The issue day itself, and a data window that starts before it but ends after, are fine.
  CHECK_FALSE(
      has(check(replace(base, "    due: Quý III năm 2026", "    due: ngày 20/01/2026")), "KH121"));
  CHECK_FALSE(has(check(replace(base, "    due: Quý III năm 2026",
                                "    due: Tính từ 15/11/2025 đến 14/11/2026")),
                  "KH121"));
  // Duties and the reporting deadline too.
  const auto duty = only(check(replace(base, "        due: chậm nhất ngày 20/11/2026",
                                       "        due: chậm nhất ngày 15/01/2026")),
                         "KH121");
  CHECK(duty.message.en == "deadline 15/01/2026 is before the plan's issue date 20/01/2026");
  const auto found = check(replace(base, "  due: chậm nhất ngày 20/11/2026\nrecipients",
                                   "  due: ngày 16/01/2026\nrecipients"));
  CHECK(only(found, "KH121").message.en ==
        "deadline 16/01/2026 is before the plan's issue date 20/01/2026");
}

TEST_CASE("KH121: a draft dated to its month is held to the month's first day") {
  const std::string draft = replace(replace(replace(base, "status: issued", "status: draft"),
                                            "number: 12/KH-UBND", "number: /KH-UBND"),
                                    "issued: 2026-01-20", "issued: 2026-02");
  const auto d =
      only(check(replace(draft, "    due: Quý III năm 2026", "    due: Tháng 1/2026")), "KH121");
  CHECK(d.message.en == "deadline 31/01/2026 is before the plan's issue month 02/2026");
  CHECK(d.message.vi == "thời hạn 31/01/2026 trước tháng ban hành kế hoạch 02/2026");
  CHECK_FALSE(
      has(check(replace(draft, "    due: Quý III năm 2026", "    due: Tháng 2/2026")), "KH121"));
}

TEST_CASE("KH121: every round of a deadline is held to the issue date") {
  // Issued 20/01/2026: January's round of a monthly report (31/01) is after it.
  CHECK_FALSE(
      has(check(replace(base, "    due: Quý III năm 2026", "    due: Hằng tháng")), "KH121"));
  const std::string later = replace(base, "issued: 2026-01-20", "issued: 2026-02-05");
  const auto round = only(check(replace(later, "    due: Quý III năm 2026",
                                        "    due: 'Đợt 1: Tháng 1/2026; Đợt 2: Tháng 8/2026'")),
                          "KH121");
  CHECK(round.at == Position{28, 10});
  CHECK(round.message.vi ==
        "thời hạn lần 1/2 (31/01/2026) trước ngày ban hành kế hoạch 05/02/2026");
  CHECK(round.message.en ==
        "round 1 of 2 (31/01/2026) of the deadline is before the plan's issue date 05/02/2026");
  const auto monthly =
      only(check(replace(replace(later, "issued: 2026-02-05", "issued: 2026-04-02"),
                         "    due: Quý III năm 2026", "    due: Hằng tháng")),
           "KH121");
  CHECK(monthly.message.vi ==
        "thời hạn các lần 1–3/12 (31/01/2026 đến 31/03/2026) trước ngày ban hành kế hoạch "
        "02/04/2026");
  CHECK(monthly.message.en ==
        "rounds 1–3 of 12 (31/01/2026 to 31/03/2026) of the deadline are "
        "before the plan's issue date 02/04/2026");
  // A round last year is KH103's only; a draft dated to its month is held to the month's first day.
  const auto old = check(replace(later, "    due: Quý III năm 2026",
                                 "    due: 'Đợt 1: Tháng 12/2025; Đợt 2: Tháng 8/2026'"));
  CHECK_FALSE(has(old, "KH121"));
  CHECK(has(old, "KH103"));
  const std::string draft = replace(replace(replace(base, "status: issued", "status: draft"),
                                            "number: 12/KH-UBND", "number: /KH-UBND"),
                                    "issued: 2026-01-20", "issued: 2026-02");
  CHECK(only(check(replace(draft, "    due: Quý III năm 2026", "    due: Tháng 1 và tháng 8/2026")),
             "KH121")
            .message.vi == "thời hạn lần 1/2 (31/01/2026) trước tháng ban hành kế hoạch 02/2026");
  // Every round after the issue date: nothing.
  CHECK_FALSE(
      has(check(replace(later, "    due: Quý III năm 2026", "    due: hằng quý")), "KH121"));
}

TEST_CASE("KH139: a duty's text states another deadline than its due") {
  auto duty = [&](const std::string& text) {
    return check(replace(base, "        text: Tổng hợp báo cáo", "        text: " + text));
  };
  const auto d = only(duty("Tổng hợp báo cáo, gửi Sở Tư pháp chậm nhất ngày 25/11/2026."), "KH139");
  CHECK(d.severity == Severity::warning);
  CHECK(d.at == Position{33, 15});
  CHECK(d.message.vi ==
        "nội dung ghi “chậm nhất ngày 25/11/2026” (hạn 25/11/2026), khác thời "
        "hạn “chậm nhất ngày 20/11/2026” (hạn 20/11/2026)");
  CHECK(d.message.en ==
        "the text says “chậm nhất ngày 25/11/2026” (due 25/11/2026), but the "
        "deadline reads “chậm nhất ngày 20/11/2026” (due 20/11/2026)");
  CHECK(d.hint.vi == "sửa cho khớp (dòng 35): `due` là hạn mà deadlines, overdue theo dõi");
  // Last year's date copied, and the date in words.
  CHECK(has(duty("Gửi báo cáo chậm nhất ngày 20/11/2025."), "KH139"));
  CHECK(has(duty("Gửi báo cáo trước ngày 10 tháng 11 năm 2026."), "KH139"));
  // The same day, "trước" a day apart, a cited document's date, no year, no deadline word.
  for (const std::string same :
       {"Gửi báo cáo chậm nhất ngày 20/11/2026.", "Gửi báo cáo trước ngày 21/11/2026.",
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh.",
        "Gửi báo cáo chậm nhất ngày 25/11.", "Tổng hợp số liệu từ ngày 01/01/2026.",
        "Gửi báo cáo trong tháng 11/2026."}) {
    INFO(same);
    CHECK_FALSE(has(duty(same), "KH139"));
  }
  // A task: a day within its quarter agrees, one outside does not; "Thường xuyên" is not compared.
  const std::string task = "    title: Kiểm tra";
  CHECK_FALSE(
      has(check(replace(base, task, "    title: Kiểm tra, xong trước ngày 31/8/2026")), "KH139"));
  CHECK(only(check(replace(base, task, "    title: Kiểm tra, xong chậm nhất ngày 15/10/2026")),
             "KH139")
            .message.en ==
        "the text says “chậm nhất ngày 15/10/2026” (due 15/10/2026), but the "
        "deadline reads “Quý III năm 2026” (due 30/09/2026)");
  CHECK_FALSE(has(check(replace(base, "    title: Thu thập thông tin",
                                "    title: Thu thập thông tin, chậm nhất ngày 15/10/2026")),
                  "KH139"));
}

TEST_CASE("KH122: the issuer's name names another level than issuer.level") {
  auto issuer = [&](const std::string& name, const std::string& level) {
    return check(replace(replace(base, "  name: UBND xã Phong Thổ", "  name: " + name),
                         "  level: commune", "  level: " + level));
  };
  const auto d = only(issuer("UBND tỉnh Lai Châu", "commune"), "KH122");
  CHECK(d.severity == Severity::error);
  CHECK(d.at == Position{5, 9});
  CHECK(d.message.vi ==
        "cơ quan ban hành “UBND tỉnh Lai Châu” thuộc cấp tỉnh nhưng `issuer.level` là `commune` "
        "(cấp xã)");
  CHECK(d.message.en ==
        "the issuer “UBND tỉnh Lai Châu” is a body of the province level but `issuer.level` is "
        "`commune` (commune level)");
  CHECK(d.hint.en == "correct the issuer's name, or write `level: province`");
  CHECK(only(issuer("UBND xã Phong Thổ", "province"), "KH122").hint.en ==
        "correct the issuer's name, or write `level: commune`");
  CHECK(only(issuer("Ủy ban nhân dân huyện Tam Đường", "commune"), "KH122").hint.en ==
        "correct the issuer's name, or write `level: district`");
  CHECK(only(issuer("Sở Tư pháp tỉnh Lai Châu", "province"), "KH122").hint.en ==
        "correct the issuer's name, or write `level: department`");
  CHECK(only(issuer("Bộ Tư pháp", "province"), "KH122").hint.en ==
        "correct the issuer's name, or write `level: ministry`");
  CHECK(only(issuer("UBND thành phố Hà Nội", "commune"), "KH122").hint.en ==
        "correct the issuer's name, or write `level: province`");
  // Names that agree with the level, or cannot be placed, say nothing.
  CHECK_FALSE(has(issuer("UBND phường Đoàn Kết", "commune"), "KH122"));
  CHECK_FALSE(has(issuer("UBND xã Phong Thổ, tỉnh Lai Châu", "commune"), "KH122"));
  CHECK_FALSE(has(issuer("UBND thành phố Hà Nội", "province"), "KH122"));
  CHECK_FALSE(has(issuer("UBND thành phố Lai Châu", "commune"), "KH122"));
  CHECK_FALSE(has(issuer("UBND thành phố Lai Châu", "province"), "KH122"));
  CHECK_FALSE(has(issuer("Văn phòng HĐND và UBND xã", "commune"), "KH122"));
}

TEST_CASE("KH107: a duty without kind that sends a report late is a note") {
  const std::string sub_unit = R"(  - agency: Các phòng chuyên môn
    level: department
    duties:
      - id: phong-gui
        text: Gửi báo cáo kết quả thuộc lĩnh vực phụ trách về Văn phòng UBND xã.
        due: chậm nhất ngày 25/11/2026
reporting:)";
  const auto d = only(check(replace(base, "reporting:", sub_unit)), "KH107");
  CHECK(d.severity == Severity::note);
  CHECK(d.message.en ==
        "Các phòng chuyên môn reports by 25/11/2026, after the reporting deadline 20/11/2026 (the "
        "duty has no `kind`; read as a report from its text)");
  // In time, with another reading, or with a kind that says it is no report: nothing.
  CHECK_FALSE(has(check(replace(replace(base, "reporting:", sub_unit), "ngày 25/11/2026\nrep",
                                "ngày 19/11/2026\nrep")),
                  "KH107"));
  CHECK_FALSE(has(check(replace(replace(base, "reporting:", sub_unit), "Gửi báo cáo kết quả",
                                "Tổng hợp báo cáo")),
                  "KH107"));
  CHECK_FALSE(has(check(replace(base, "reporting:",
                                replace(sub_unit, "        due: chậm",
                                        "        kind: other\n        due: chậm"))),
                  "KH107"));
}
