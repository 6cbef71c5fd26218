#include <doctest/doctest.h>

#include <string>

#include "kehoach/acts.hpp"
#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"
#include "test_support.hpp"

using namespace kehoach;
using namespace kehoach::testing;

namespace {

const std::string parent_yaml = R"(format: kehoach/1
status: issued
number: 25/KH-UBND
issuer: {name: UBND tỉnh Tây Ninh, level: province}
place: Tây Ninh
issued: 2026-01-15
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
basis:
  - {ref: 64/2025/QH15, date: 2025-02-19}
  - {ref: 80/2025/NĐ-CP, date: 2025-04-01}
purpose: [x]
requirements: [x]
focus_areas:
  - {id: dat-dai, name: Đất đai}
  - {id: moi-truong, name: Bảo vệ môi trường}
tasks:
  - id: ban-hanh-ke-hoach
    title: Xây dựng, ban hành kế hoạch theo dõi thi hành pháp luật
    kind: plan
    due: Quý I năm 2026
    levels: [commune]
  - id: kiem-tra
    title: Kiểm tra tình hình thi hành pháp luật
    kind: inspection
    due: Quý III năm 2026
    levels: [commune]
  - id: dieu-tra
    title: Điều tra, khảo sát
    kind: survey
    due: Quý III năm 2026
    levels: [commune]
    conditional: true
  - id: rieng-so
    title: Việc riêng của các sở
    kind: other
    levels: [department]
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

const std::string child_yaml = R"(format: kehoach/1
status: issued
number: 12/KH-UBND
issuer: {name: UBND xã Tân Đông, level: commune}
place: Tân Đông
issued: 2026-01-26
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
basis:
  - {ref: 64/2025/QH15, date: 2025-02-19}
  - {ref: 80/2025/NĐ-CP, date: 2025-04-01}
parent: {ref: 25/KH-UBND, date: 2026-01-15, issuer: Ủy ban nhân dân tỉnh Tây Ninh}
purpose: [x]
requirements: [x]
focus_areas:
  - {id: dat-dai, name: Đất đai}
  - {id: moi-truong, name: Bảo vệ môi trường}
tasks:
  - id: kh
    title: Ban hành kế hoạch của xã
    kind: plan
    due: chậm nhất ngày 26/01/2026
    implements: [ban-hanh-ke-hoach]
  - id: kt
    title: Kiểm tra tình hình thi hành pháp luật đất đai
    kind: inspection
    due: Quý III năm 2026
  - id: tuyen-truyen
    title: Tuyên truyền
    kind: training
    due: Quý II năm 2026
responsibilities:
  - agency: Công chức Tư pháp - Hộ tịch
    duties:
      - id: bc
        text: Tổng hợp báo cáo gửi Sở Tư pháp
        kind: report
        due: chậm nhất ngày 27/11/2026
        implements: [bao-cao-xa]
reporting:
  period: Tính từ 01/12/2025 đến 15/11/2026
  due: chậm nhất ngày 20/11/2026
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";

std::vector<Diagnostic> against(const std::string& child, const std::string& parent = parent_yaml) {
  return check_against_parent(load(child, "child.yaml"), load(parent, "parent.yaml"),
                              builtin_acts());
}

std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& found, const std::string& code) {
  std::vector<Diagnostic> out;
  for (const auto& d : found) {
    if (d.code == code) out.push_back(d);
  }
  return out;
}

}  // namespace

TEST_CASE("a child that carries everything on time passes every parent rule") {
  const auto found = against(child_yaml);
  for (const auto& d : found) INFO(d.code, " ", d.message.en);
  // Only the note that `kt` carries kiem-tra by its title alone (KH213).
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == "KH213");
  CHECK(found[0].severity == Severity::note);
}

TEST_CASE("the diff says how each parent item was matched") {
  const PlanDiff diff =
      diff_plans(load(child_yaml, "c.yaml"), load(parent_yaml, "p.yaml"), builtin_acts());
  REQUIRE(diff.rows.size() == 4);  // three tasks and one duty address the commune level
  CHECK(diff.rows[0].parent.id == "ban-hanh-ke-hoach");
  CHECK(diff.rows[0].method == MatchMethod::implements);
  CHECK(diff.rows[0].child->id == "kh");
  CHECK(diff.rows[1].parent.id == "kiem-tra");
  CHECK(diff.rows[1].method == MatchMethod::kind_and_title);
  // {kiem, tra: 0.2 each; tinh, hinh, thi, hanh, phap, luat: 0.5 each} against the same and
  // {dat, dai: 1 each}: 2·3.4/(3.4 + 5.4)
  CHECK(diff.rows[1].similarity == 77);
  CHECK(diff.rows[2].parent.id == "dieu-tra");
  CHECK(diff.rows[2].coverage == Coverage::not_applicable);
  CHECK(diff.rows[3].parent.id == "bao-cao-xa");
  CHECK(diff.rows[3].coverage == Coverage::covered);
  REQUIRE(diff.child_only.size() == 1);
  CHECK(diff.child_only[0].id == "tuyen-truyen");
  CHECK(diff.problems() == 0);
  REQUIRE(diff.focus.size() == 2);
  CHECK(diff.focus[0].carried);
  CHECK(diff.basis.empty());
}

TEST_CASE("KH201 a child of another year") {
  // The whole child says 2025: its title too (else `year` alone is the slip: KH132, not KH201).
  const auto found =
      with_code(against(replace(replace(child_yaml, "year: 2026", "year: 2025"),
                                "title: Theo dõi tình hình thi hành pháp luật năm 2026",
                                "title: Theo dõi tình hình thi hành pháp luật năm 2025")),
                "KH201");
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Position{7, 7});
  CHECK(found[0].message.en == "the plan is for 2025 but implements the parent's plan for 2026");
}

TEST_CASE("KH201 is not repeated when only `year` is wrong: KH132 says it once") {
  CHECK(with_code(against(replace(child_yaml, "year: 2026", "year: 2025")), "KH201").empty());
}

TEST_CASE("KH202 the parent reference disagrees with the parent file") {
  const auto found = with_code(
      against(replace(
          child_yaml,
          "parent: {ref: 25/KH-UBND, date: 2026-01-15, issuer: Ủy ban nhân dân tỉnh Tây Ninh}",
          "parent: {ref: 52/KH-UBND, date: 2026-01-16, issuer: UBND tỉnh Bình Phước}")),
      "KH202");
  REQUIRE(found.size() == 3);
  CHECK(found[0].message.en == "the parent plan is numbered 25/KH-UBND, not 52/KH-UBND");
  CHECK(found[0].at == Position{12, 15});
  CHECK(found[1].message.en == "the parent plan is dated 15/01/2026, not 16/01/2026");
  CHECK(found[2].message.vi ==
        "kế hoạch cấp trên do UBND tỉnh Tây Ninh ban hành, không phải UBND tỉnh Bình Phước");
}

TEST_CASE("KH203 the child's reporting deadline after the parent's deadline for its level") {
  const auto found =
      with_code(against(replace(child_yaml, "  due: chậm nhất ngày 20/11/2026\nrecipients",
                                "  due: chậm nhất ngày 04/12/2026\nrecipients")),
                "KH203");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.en ==
        "report due 04/12/2026 is after the parent's deadline 02/12/2026 for commune reports "
        "(25/KH-UBND UBND tỉnh Tây Ninh)");
  CHECK(found[0].hint.en == "move reporting.due to 02/12/2026 or earlier");
}

TEST_CASE("KH204 a child issued before its parent") {
  const auto found =
      with_code(against(replace(child_yaml, "issued: 2026-01-26", "issued: 2026-01-10")), "KH204");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.en ==
        "issued 10/01/2026, before the parent plan it implements (15/01/2026)");
}

TEST_CASE("KH205 a child issued after the parent's deadline for sub-plans") {
  const auto found =
      with_code(against(replace(child_yaml, "issued: 2026-01-26", "issued: 2026-04-02")), "KH205");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.en ==
        "issued 02/04/2026, after the parent's deadline 31/03/2026 for sub-plans");
}

TEST_CASE("KH206 a parent task for the child's level that the child does not carry") {
  const std::string without = replace(child_yaml, "    kind: inspection\n", "    kind: other\n");
  const auto found = with_code(against(without), "KH206");
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Position{12, 10});
  CHECK(found[0].message.en ==
        "does not carry “Kiểm tra tình hình thi hành pháp luật” (kiem-tra), which 25/KH-UBND "
        "UBND tỉnh Tây Ninh addresses to the commune level");
  CHECK(found[0].hint.en == "add a task or duty with `implements: [kiem-tra]`");
}

TEST_CASE("KH207 a child deadline after the parent deadline it serves") {
  const auto found = with_code(against(replace(child_yaml, "due: chậm nhất ngày 26/01/2026",
                                               "due: chậm nhất ngày 15/04/2026")),
                               "KH207");
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Position{22, 10});
  CHECK(found[0].message.en ==
        "deadline 15/04/2026 is 15 days after 31/03/2026, the parent's deadline for “Xây dựng, "
        "ban hành kế hoạch theo dõi thi hành pháp luật” (ban-hanh-ke-hoach)");
}

TEST_CASE("KH208 a parent focus area not carried over") {
  const auto found = with_code(
      against(replace(child_yaml, "  - {id: moi-truong, name: Bảo vệ môi trường}\ntasks", "tasks")),
      "KH208");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.vi ==
        "chưa đưa lĩnh vực trọng tâm “Bảo vệ môi trường” (moi-truong) của kế hoạch cấp trên vào kế "
        "hoạch");
}

TEST_CASE("KH209 implements naming an id the parent lacks") {
  const auto found = with_code(
      against(replace(child_yaml, "implements: [ban-hanh-ke-hoach]", "implements: [ban-hanh]")),
      "KH209");
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Position{23, 18});
  CHECK(found[0].message.en == "the parent plan has no task or duty with id `ban-hanh`");
}

TEST_CASE("KH210 an undated child deadline against a dated parent is only a note") {
  const auto found = against(
      replace(child_yaml, "due: chậm nhất ngày 26/01/2026", "due: Sau khi có kế hoạch của tỉnh"));
  const auto notes = with_code(found, "KH210");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].severity == Severity::note);
  CHECK(with_code(found, "KH207").empty());
  CHECK(found.size() == 2);  // and KH213 for `kt`, matched by title
  CHECK(with_code(found, "KH213").size() == 1);
}

TEST_CASE("KH211 a 2026 plan implementing a district plan") {
  const std::string district = replace(parent_yaml, "level: province", "level: district");
  const auto found = with_code(against(child_yaml, district), "KH211");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.en ==
        "implements a district plan, but the district level no longer exists from 01/07/2025");
  // A 2024 commune plan under a district is the old, lawful shape.
  std::string old_child = replace(child_yaml, "year: 2026", "year: 2024");
  old_child = replace(old_child, "issued: 2026-01-26", "issued: 2024-01-26");
  std::string old_parent = replace(district, "year: 2026", "year: 2024");
  old_parent = replace(old_parent, "issued: 2026-01-15", "issued: 2024-01-15");
  CHECK(with_code(against(old_child, old_parent), "KH211").empty());
}

TEST_CASE("titles compare on their distinctive syllables") {
  // "tình hình" tells the two apart a little now: the subject's words weigh a half.
  CHECK(title_similarity("Kiểm tra tình hình thi hành pháp luật",
                         "Kiểm tra việc thi hành pháp luật") == 82);
  CHECK(title_similarity("Tập huấn, bồi dưỡng nghiệp vụ", "Tập huấn nghiệp vụ") == 80);
  CHECK(title_similarity("Điều tra, khảo sát", "Kiểm tra") == 33);
  CHECK(title_similarity("", "Kiểm tra") == 0);
}

TEST_CASE("KH207 compares rounds occurrence by occurrence") {
  // Both end on 31/12/2026, but the child's first round (Quý III) is after the parent's (Quý II).
  const std::string parent = replace(parent_yaml, "    kind: inspection\n    due: Quý III năm 2026",
                                     "    kind: inspection\n    due: \"Đợt 1: Quý II; Đợt 2: Quý "
                                     "IV năm 2026\"");
  const std::string child = replace(child_yaml, "    kind: inspection\n    due: Quý III năm 2026",
                                    "    kind: inspection\n    due: \"Đợt 1: Quý III; Đợt 2: Quý "
                                    "IV năm 2026\"");
  const auto found = with_code(against(child, parent), "KH207");
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Position{27, 10});
  CHECK(found[0].message.en ==
        "deadline 30/09/2026 is 92 days after 30/06/2026, the parent's deadline for “Kiểm tra "
        "tình hình thi hành pháp luật” (kiem-tra)");
}

TEST_CASE("KH207 holds every child item naming the parent id, not only the first") {
  // The first item is on time; the second, naming the same parent task, is late.
  const std::string child = replace(child_yaml, "        implements: [bao-cao-xa]\n",
                                    "        implements: [bao-cao-xa]\n"
                                    "      - id: gui-ke-hoach\n"
                                    "        text: Gửi kế hoạch về Sở Tư pháp\n"
                                    "        kind: plan\n"
                                    "        due: chậm nhất ngày 10/04/2026\n"
                                    "        implements: [ban-hanh-ke-hoach]\n");
  const auto found = with_code(against(child), "KH207");
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Position{43, 14});
  CHECK(found[0].message.en ==
        "deadline 10/04/2026 is 10 days after 31/03/2026, the parent's deadline for “Xây dựng, "
        "ban hành kế hoạch theo dõi thi hành pháp luật” (ban-hanh-ke-hoach)");
  const PlanDiff diff =
      diff_plans(load(child, "c.yaml"), load(parent_yaml, "p.yaml"), builtin_acts());
  REQUIRE(diff.rows.size() == 4);
  const CoverageRow& row = diff.rows[0];
  CHECK(row.parent.id == "ban-hanh-ke-hoach");
  CHECK(row.coverage == Coverage::late);
  CHECK(row.days_late == 10);
  REQUIRE(row.serving.size() == 2);
  CHECK(row.child->id == "kh");
  CHECK(row.serving[0].days_late == 0);
  CHECK(row.serving[1].item.id == "gui-ke-hoach");
  CHECK(row.serving[1].days_late == 10);
  CHECK(diff.problems() == 1);
  // Neither item is the plan's own: both serve the parent.
  for (const auto& item : diff.child_only) CHECK(item.id != "gui-ke-hoach");
}

TEST_CASE("KH207 one child deadline for two parent rounds must meet the first round") {
  const std::string parent = replace(parent_yaml, "    kind: inspection\n    due: Quý III năm 2026",
                                     "    kind: inspection\n    due: \"Đợt 1: Quý II; Đợt 2: Quý "
                                     "IV năm 2026\"");
  // Only the last round: 31/12 is 184 days after round 1's 30/06.
  const std::string late = replace(child_yaml, "    kind: inspection\n    due: Quý III năm 2026",
                                   "    kind: inspection\n    due: Quý IV năm 2026");
  const auto found = with_code(against(late, parent), "KH207");
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Position{27, 10});
  CHECK(found[0].message.en ==
        "deadline 31/12/2026 is 184 days after 30/06/2026, the parent's deadline for “Kiểm tra "
        "tình hình thi hành pháp luật” (kiem-tra)");
  // One deadline by the first round meets both.
  const std::string early = replace(child_yaml, "    kind: inspection\n    due: Quý III năm 2026",
                                    "    kind: inspection\n    due: Quý II năm 2026");
  CHECK(with_code(against(early, parent), "KH207").empty());
  // More rounds than the parent: round k against round k, the last against the last.
  const std::string more = replace(child_yaml, "    kind: inspection\n    due: Quý III năm 2026",
                                   "    kind: inspection\n    due: Tháng 8, 10 và 12 năm 2026");
  const auto three = with_code(against(more, parent), "KH207");
  REQUIRE(three.size() == 1);
  CHECK(three[0].message.en ==
        "deadline 31/08/2026 is 62 days after 30/06/2026, the parent's deadline for “Kiểm tra "
        "tình hình thi hành pháp luật” (kiem-tra)");
  const std::string quarterly =
      replace(child_yaml, "    kind: inspection\n    due: Quý III năm 2026",
              "    kind: inspection\n    due: Tháng 3, 9 và 12 năm 2026");
  CHECK(with_code(against(quarterly, parent), "KH207").empty());
  // Work all year round meets every round as it comes.
  const std::string ongoing = replace(child_yaml, "    kind: inspection\n    due: Quý III năm 2026",
                                      "    kind: inspection\n    due: Thường xuyên trong năm");
  CHECK(with_code(against(ongoing, parent), "KH207").empty());
}

TEST_CASE("KH204 and KH205 hold a draft's issue month as a whole") {
  auto draft = [](const std::string& month) {
    return replace(replace(child_yaml, "status: issued\nnumber: 12/KH-UBND", "status: draft"),
                   "issued: 2026-01-26", "issued: " + month);
  };
  // Every day of 12/2025 is before the parent's 15/01/2026.
  const auto before = with_code(against(draft("2025-12")), "KH204");
  REQUIRE(before.size() == 1);
  CHECK(before[0].at == Position{5, 9});
  CHECK(before[0].message.vi ==
        "ban hành tháng 12/2025, trước kế hoạch cấp trên (15/01/2026) mà "
        "nó thực hiện");
  CHECK(before[0].message.en ==
        "issued in 12/2025, before the parent plan it implements (15/01/2026)");
  // 01/2026 holds the parent's date: it may be signed after it.
  CHECK(with_code(against(draft("2026-01")), "KH204").empty());
  // Every day of 04/2026 is after the parent's 31/03/2026 deadline for sub-plans; 03/2026 is not.
  const auto after = with_code(against(draft("2026-04")), "KH205");
  REQUIRE(after.size() == 1);
  CHECK(after[0].message.vi ==
        "ban hành tháng 04/2026, sau hạn 31/03/2026 cấp trên giao cho việc ban hành kế hoạch");
  CHECK(after[0].message.en ==
        "issued in 04/2026, after the parent's deadline 31/03/2026 for "
        "sub-plans");
  CHECK(with_code(against(draft("2026-03")), "KH205").empty());
  // A parent draft of 02/2026: a child of 26/01/2026 is before all of it, one of 02/2026 is not.
  const std::string parent_draft =
      replace(replace(parent_yaml, "status: issued\nnumber: 25/KH-UBND", "status: draft"),
              "issued: 2026-01-15", "issued: 2026-02");
  const auto under_draft = with_code(against(child_yaml, parent_draft), "KH204");
  REQUIRE(under_draft.size() == 1);
  CHECK(under_draft[0].message.vi ==
        "ban hành ngày 26/01/2026, trước kế hoạch cấp trên (tháng 02/2026) mà nó thực hiện");
  CHECK(under_draft[0].message.en ==
        "issued 26/01/2026, before the parent plan it implements (02/2026)");
  CHECK(with_code(against(draft("2026-02"), parent_draft), "KH204").empty());
}

TEST_CASE(
    "KH203 holds the yearly reporting deadline to the parent's yearly report, not a 6-month one") {
  const std::string parent = replace(parent_yaml, "        due: trước ngày 03/12/2026\n",
                                     "        due: trước ngày 03/12/2026\n"
                                     "      - id: bao-cao-6-thang\n"
                                     "        text: Báo cáo sơ kết 6 tháng đầu năm gửi Sở Tư pháp\n"
                                     "        kind: report\n"
                                     "        due: trước ngày 15/6/2026\n");
  CHECK(with_code(against(child_yaml, parent), "KH203").empty());
  // Still held to the yearly report's deadline.
  const auto late =
      with_code(against(replace(child_yaml, "  due: chậm nhất ngày 20/11/2026\nrecipients",
                                "  due: chậm nhất ngày 04/12/2026\nrecipients"),
                        parent),
                "KH203");
  REQUIRE(late.size() == 1);
  CHECK(late[0].message.en ==
        "report due 04/12/2026 is after the parent's deadline 02/12/2026 for commune reports "
        "(25/KH-UBND UBND tỉnh Tây Ninh)");
  // A report the child's own reporting item serves (its deadline is the regime's) counts first.
  const std::string served = replace(parent, "        text: Báo cáo kết quả gửi Sở Tư pháp\n",
                                     "        text: Báo cáo nhanh kết quả gửi Sở Tư pháp\n");
  const std::string quick =
      replace(replace(served, "due: trước ngày 03/12/2026", "due: trước ngày 30/11/2026"),
              "        text: Báo cáo sơ kết 6 tháng đầu năm gửi Sở Tư pháp\n",
              "        text: Báo cáo nhanh gửi Sở Tư pháp\n");
  const std::string on_time =
      replace(child_yaml, "due: chậm nhất ngày 27/11/2026", "due: chậm nhất ngày 20/11/2026");
  CHECK(with_code(against(on_time, quick), "KH203").empty());
  // Without any of these, the earliest report counts, as before.
  const auto earliest = with_code(against(child_yaml, quick), "KH203");
  REQUIRE(earliest.size() == 1);
  CHECK(earliest[0].message.en ==
        "report due 20/11/2026 is after the parent's deadline 14/06/2026 for commune reports "
        "(25/KH-UBND UBND tỉnh Tây Ninh)");
}

TEST_CASE("KH203 reads a parent report duty without kind by its text, the latest counting") {
  const std::string late_child = replace(child_yaml, "  due: chậm nhất ngày 20/11/2026\nrecipients",
                                         "  due: chậm nhất ngày 30/11/2026\nrecipients");
  const std::string no_kind = replace(parent_yaml,
                                      "        text: Báo cáo kết quả gửi Sở Tư pháp\n"
                                      "        kind: report\n",
                                      "        text: Báo cáo kết quả gửi Sở Tư pháp\n");
  // An earlier duty whose text also sends results (a self-inspection's) is no yearly report
  // to hold the regime to: the latest guessed report counts.
  const std::string with_results = replace(no_kind, "        due: trước ngày 03/12/2026\n",
                                           "        due: trước ngày 25/11/2026\n"
                                           "      - id: tu-kiem-tra-xa\n"
                                           "        text: Gửi kết quả tự kiểm tra về Sở Tư pháp\n"
                                           "        due: chậm nhất ngày 30/9/2026\n");
  const auto found = with_code(against(late_child, with_results), "KH203");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.vi ==
        "hạn báo cáo 30/11/2026 sau hạn 24/11/2026 mà 25/KH-UBND UBND tỉnh Tây Ninh đặt cho báo "
        "cáo của cấp xã (nhiệm vụ “Báo cáo kết quả gửi Sở Tư pháp” (bao-cao-xa) không ghi `kind`, "
        "đọc là báo cáo theo nội dung)");
  CHECK(found[0].message.en ==
        "report due 30/11/2026 is after the parent's deadline 24/11/2026 for commune reports "
        "(25/KH-UBND UBND tỉnh Tây Ninh; “Báo cáo kết quả gửi Sở Tư pháp” (bao-cao-xa) has no "
        "`kind`, read as a report from its text)");
  CHECK(found[0].at == Position{42, 8});
  // On time against the latest guessed report: nothing, though after the results' 30/09.
  CHECK(with_code(against(child_yaml, with_results), "KH203").empty());
  // A duty with `kind: report` for the level wins over any guess.
  const std::string written =
      replace(with_results, "        text: Gửi kết quả tự kiểm tra về Sở Tư pháp\n",
              "        text: Gửi kết quả tự kiểm tra về Sở Tư pháp\n"
              "        kind: report\n");
  const auto held = with_code(against(child_yaml, written), "KH203");
  REQUIRE(held.size() == 1);
  CHECK(held[0].message.en ==
        "report due 20/11/2026 is after the parent's deadline 30/09/2026 for commune reports "
        "(25/KH-UBND UBND tỉnh Tây Ninh)");
  // A duty without `kind` whose text sends nothing is no report.
  const std::string no_report = replace(no_kind, "        text: Báo cáo kết quả gửi Sở Tư pháp\n",
                                        "        text: Tổng hợp báo cáo của các thôn\n");
  CHECK(with_code(against(late_child, no_report), "KH203").empty());
}

TEST_CASE("the diff holds the child's reporting.due to the parent's report, as KH203 does") {
  const Plan parent = load(parent_yaml, "parent.yaml");
  const Plan on_time = load(child_yaml, "child.yaml");
  const PlanDiff clean = diff_plans(on_time, parent, builtin_acts());
  REQUIRE(clean.reporting.has_value());
  CHECK(clean.rows[clean.reporting->row].parent.id == "bao-cao-xa");
  CHECK(clean.reporting->days_late == 0);
  CHECK(clean.reporting->parent_due == Date{2026, 12, 2});
  CHECK_FALSE(clean.reporting->guessed);
  const Plan late = load(replace(child_yaml, "  due: chậm nhất ngày 20/11/2026\nrecipients",
                                 "  due: chậm nhất ngày 04/12/2026\nrecipients"),
                         "child.yaml");
  const PlanDiff diff = diff_plans(late, parent, builtin_acts());
  REQUIRE(diff.reporting.has_value());
  CHECK(diff.reporting->days_late == 2);
  CHECK(diff.reporting->child_due == Date{2026, 12, 4});
  const CoverageRow& row = diff.rows[diff.reporting->row];
  // The row's own item (bc, 27/11) is on time: the regime makes it late, and a problem.
  CHECK(row.coverage == Coverage::late);
  CHECK(row.days_late == 2);
  CHECK(row.serving.front().days_late == 0);
  CHECK(diff.problems() == clean.problems() + 1);
}

TEST_CASE("check_pair keeps the rules telling whether two plans belong together") {
  const Plan parent = load(parent_yaml, "parent.yaml");
  const Plan child = load(child_yaml, "child.yaml");
  CHECK(check_pair(child, parent, builtin_acts()).empty());
  // Swapped: the province below the commune (KH221), issued before it (KH204).
  const auto swapped = check_pair(parent, child, builtin_acts());
  REQUIRE(swapped.size() == 2);
  CHECK(swapped[0].code == "KH221");
  CHECK(swapped[1].code == "KH204");
  // Of another year: KH201 and KH202, but not the late or missing items, which diff shows.
  std::string text = child_yaml;
  for (auto at = text.find("2026"); at != std::string::npos; at = text.find("2026")) {
    text.replace(at, 4, "2025");
  }
  const auto other_year = check_pair(load(text, "child.yaml"), parent, builtin_acts());
  REQUIRE(other_year.size() == 3);
  CHECK(other_year[0].code == "KH204");
  CHECK(other_year[1].code == "KH201");
  CHECK(other_year[2].code == "KH202");
  CHECK(other_year[2].message.en == "the parent plan is dated 15/01/2026, not 15/01/2025");
}

TEST_CASE("cites_issue_date: the day, or a day of a draft's month or year") {
  IssueDate day;
  day.present = true;
  day.year = 2026;
  day.month = 1;
  day.day = 20;
  CHECK(cites_issue_date(day, Date{2026, 1, 20}));
  CHECK_FALSE(cites_issue_date(day, Date{2025, 1, 20}));
  IssueDate month;
  month.present = true;
  month.year = 2026;
  month.month = 1;
  CHECK(cites_issue_date(month, Date{2026, 1, 5}));
  CHECK_FALSE(cites_issue_date(month, Date{2026, 2, 5}));
}

TEST_CASE("one child item matched by title carries one parent row, the most alike") {
  const std::string parent = replace(parent_yaml, "  - id: rieng-so\n",
                                     "  - id: tap-huan-thon\n"
                                     "    title: Tập huấn nghiệp vụ theo dõi thi hành pháp luật "
                                     "cho trưởng thôn\n"
                                     "    kind: training\n"
                                     "    due: Quý II năm 2026\n"
                                     "    levels: [commune]\n"
                                     "  - id: tap-huan-xa\n"
                                     "    title: Tập huấn nghiệp vụ theo dõi thi hành pháp luật "
                                     "cho công chức xã\n"
                                     "    kind: training\n"
                                     "    due: Quý II năm 2026\n"
                                     "    levels: [commune]\n"
                                     "  - id: rieng-so\n");
  const std::string child = replace(child_yaml, "    title: Tuyên truyền\n",
                                    "    title: Tập huấn nghiệp vụ theo dõi thi hành pháp luật "
                                    "cho công chức xã\n");
  CHECK(title_similarity("Tập huấn nghiệp vụ theo dõi thi hành pháp luật cho trưởng thôn",
                         "Tập huấn nghiệp vụ theo dõi thi hành pháp luật cho công chức xã") >= 50);
  const PlanDiff diff =
      diff_plans(load(child, "child.yaml"), load(parent, "parent.yaml"), builtin_acts());
  std::vector<std::string> seen;
  for (const auto& row : diff.rows) {
    if (row.parent.id == "tap-huan-xa") {
      CHECK(row.coverage == Coverage::covered);
      CHECK(row.method == MatchMethod::kind_and_title);
      CHECK(row.similarity == 100);
      REQUIRE(row.child.has_value());
      CHECK(row.child->id == "tuyen-truyen");
      seen.push_back(row.parent.id);
    } else if (row.parent.id == "tap-huan-thon") {
      // Listed first in the parent, but the child's training is the other one's, word for word.
      CHECK(row.coverage == Coverage::missing);
      CHECK_FALSE(row.child.has_value());
      seen.push_back(row.parent.id);
    }
  }
  CHECK(seen == std::vector<std::string>{"tap-huan-thon", "tap-huan-xa"});
}

TEST_CASE("a 6-month report does not carry the yearly one by its title, nor the reverse") {
  const std::string child = replace(child_yaml,
                                    "        text: Tổng hợp báo cáo gửi Sở Tư pháp\n"
                                    "        kind: report\n"
                                    "        due: chậm nhất ngày 27/11/2026\n"
                                    "        implements: [bao-cao-xa]\n",
                                    "        text: Báo cáo sơ kết 6 tháng kết quả gửi Sở Tư pháp\n"
                                    "        kind: report\n"
                                    "        due: chậm nhất ngày 27/11/2026\n");
  CHECK(title_similarity("Báo cáo kết quả gửi Sở Tư pháp",
                         "Báo cáo sơ kết 6 tháng kết quả gửi Sở Tư pháp") >= 50);
  const auto missing = with_code(against(child), "KH206");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].message.en ==
        "does not carry “Báo cáo kết quả gửi Sở Tư pháp” (bao-cao-xa), which 25/KH-UBND UBND "
        "tỉnh Tây Ninh addresses to the commune level");
  // Only `kt`'s note (KH213): the 6-month report is taken for nothing.
  CHECK(with_code(against(child), "KH213").size() == 1);
  // The same words without the period: carried by title, said by KH213.
  const std::string yearly = replace(child, "Báo cáo sơ kết 6 tháng kết quả gửi Sở Tư pháp",
                                     "Báo cáo kết quả năm gửi Sở Tư pháp");
  CHECK(with_code(against(yearly), "KH206").empty());
  const auto yearly_notes = with_code(against(yearly), "KH213");
  REQUIRE(yearly_notes.size() == 2);
  CHECK(
      yearly_notes[1].message.en.starts_with("“Báo cáo kết quả năm gửi Sở Tư pháp” (bc) is taken "
                                             "to carry “Báo cáo kết quả gửi Sở Tư pháp”"));
}
