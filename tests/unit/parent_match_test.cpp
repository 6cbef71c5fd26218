// How a child item is tied to a parent item when the child does not say so: by title alone
// (KH213, and never across fields of justice work), by an `implements` naming a parent item for
// another level (KH214, shown in diff), and a parent task whose lead alone addresses a level.
#include <doctest/doctest.h>

#include <string>

#include "kehoach/acts.hpp"
#include "kehoach/addressee.hpp"
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
purpose: [x]
requirements: [x]
tasks:
  - id: ban-hanh-ke-hoach
    title: Xây dựng, ban hành kế hoạch tổ chức thi hành pháp luật năm 2026
    kind: plan
    lead: [Các sở, ban, ngành tỉnh, UBND các xã, phường]
    due: Chậm nhất ngày 27/02/2026
  - id: kiem-tra
    title: Kiểm tra liên ngành công tác tổ chức thi hành pháp luật
    kind: inspection
    lead: Sở Tư pháp tham mưu Chủ tịch UBND tỉnh thành lập Đoàn kiểm tra liên ngành
    due: Quý III năm 2026
  - id: khao-sat
    title: Điều tra, khảo sát tình hình thi hành pháp luật
    kind: survey
    lead: Sở Tư pháp
    partners: [UBND các xã, phường]
    due: Quý III năm 2026
responsibilities:
  - agency: UBND các xã, phường
    level: commune
    duties:
      - id: xa-bao-cao
        text: d) Báo cáo kết quả tổ chức thi hành pháp luật năm 2026 trên địa bàn, gửi UBND tỉnh (qua Sở Tư pháp) chậm nhất ngày 20/11/2026.
        kind: report
        due: Chậm nhất ngày 20/11/2026
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";

const std::string child_yaml = R"(format: kehoach/1
status: issued
number: 12/KH-UBND
issuer: {name: UBND xã Tân Biên, level: commune}
place: Tân Biên
issued: 2026-02-05
year: 2026
title: Tổ chức thi hành pháp luật năm 2026 trên địa bàn xã Tân Biên
basis:
  - {ref: 64/2025/QH15, date: 2025-02-19}
parent: {ref: 25/KH-UBND, date: 2026-01-15, issuer: UBND tỉnh Tây Ninh}
purpose: [x]
requirements: [x]
tasks:
  - id: ke-hoach
    title: Ban hành kế hoạch của xã
    kind: plan
    due: Chậm nhất ngày 13/02/2026
    implements: [ban-hanh-ke-hoach]
responsibilities:
  - agency: Văn phòng HĐND và UBND xã
    duties:
      - id: vp-bao-cao
        text: b) Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026 trên địa bàn, gửi UBND tỉnh (qua Sở Tư pháp) chậm nhất ngày 18/11/2026.
        kind: report
        due: Chậm nhất ngày 18/11/2026
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";

std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& found, const std::string& code) {
  std::vector<Diagnostic> out;
  for (const auto& d : found) {
    if (d.code == code) out.push_back(d);
  }
  return out;
}

const CoverageRow& row_of(const PlanDiff& diff, const std::string& id) {
  for (const auto& r : diff.rows) {
    if (r.parent.id == id) return r;
  }
  FAIL("no row ", id);
  return diff.rows.front();
}

}  // namespace

TEST_CASE("fields of justice work named in a title") {
  const auto pbgdpl = fields_of_work("Báo cáo kết quả công tác phổ biến, giáo dục pháp luật");
  REQUIRE(pbgdpl.size() == 1);
  CHECK(pbgdpl[0].key == "pbgdpl");
  CHECK(pbgdpl[0].vi == "phổ biến, giáo dục pháp luật");
  CHECK(fields_of_work("Báo cáo kết quả tổ chức thi hành pháp luật năm 2026").empty());
  // "Phổ biến các văn bản" is no field; "công chức Tư pháp - Hộ tịch" names an official.
  CHECK(fields_of_work("Tham gia tập huấn và phổ biến các văn bản về thi hành pháp luật").empty());
  CHECK(fields_of_work("chỉ đạo công chức Tư pháp - Hộ tịch tham mưu triển khai").empty());
  const auto two = fields_of_work("Hòa giải ở cơ sở; đăng ký hộ tịch");
  REQUIRE(two.size() == 2);
  CHECK(two[0].key == "hoa-giai");
  CHECK(two[1].key == "ho-tich");
}

TEST_CASE("the area of law a title names") {
  CHECK(law_subject("Kiểm tra việc thi hành pháp luật về đất đai trên địa bàn xã").text ==
        "đất đai");
  CHECK(law_subject("Kiểm tra việc thi hành pháp luật về đất đai").words ==
        std::vector<std::string>{"dat", "dai"});
  CHECK(law_subject("Tổ chức hội nghị đánh giá thi hành Luật Trẻ em năm 2026").text == "Trẻ em");
  CHECK(law_subject("Theo dõi thi hành pháp luật trong lĩnh vực an toàn thực phẩm").text ==
        "an toàn thực phẩm");
  CHECK(law_subject("Khảo sát pháp luật về đất đai và xây dựng").words ==
        std::vector<std::string>{"dat", "dai", "xay", "dung"});
  // "pháp luật" alone, the focus areas and every field name no area.
  CHECK(law_subject("Báo cáo kết quả tổ chức thi hành pháp luật năm 2026").text.empty());
  CHECK(law_subject("Theo dõi thi hành pháp luật trong các lĩnh vực trọng tâm").text.empty());
  CHECK(law_subject("Kiểm tra pháp luật chuyên ngành").text.empty());
  CHECK(subjects_apart(law_subject("Khảo sát pháp luật về đất đai"),
                       law_subject("Khảo sát pháp luật về trẻ em")));
  // Every area a title names counts, a law cited by its number names none, and "kỷ luật",
  // "luật sư" are no law's name.
  CHECK(law_subject("Kiểm tra việc thi hành pháp luật về đất đai theo Luật số 31/2024/QH15").text ==
        "đất đai");
  CHECK(law_subject("Kiểm tra pháp luật về đất đai và Luật Nhà ở").words ==
        std::vector<std::string>{"dat", "dai", "nha", "o"});
  CHECK(law_subject("Kiểm tra việc chấp hành kỷ luật hành chính").text.empty());
  CHECK(law_subject("Khảo sát pháp luật về trợ giúp pháp lý và luật sư").text ==
        "trợ giúp pháp lý luật sư");
  // An abbreviation cannot be compared word by word: no area.
  CHECK(law_subject("Kiểm tra việc thi hành pháp luật về BHYT").text.empty());
  CHECK_FALSE(subjects_apart(law_subject("Kiểm tra pháp luật về đất đai"),
                             law_subject("Kiểm tra pháp luật về đất đai, lĩnh vực xây dựng")));
  CHECK_FALSE(subjects_apart(law_subject("Khảo sát pháp luật về đất đai, môi trường"),
                             law_subject("Khảo sát thi hành Luật Đất đai")));
  CHECK_FALSE(subjects_apart(law_subject("Khảo sát pháp luật về đất đai"),
                             law_subject("Khảo sát tình hình thi hành pháp luật")));
}

TEST_CASE("titles about other areas of law do not carry each other") {
  std::string parent_text = parent_yaml;
  const std::string survey = R"(  - id: khao-sat
    title: Điều tra, khảo sát tình hình thi hành pháp luật
    kind: survey
    lead: Sở Tư pháp
    partners: [UBND các xã, phường]
    due: Quý III năm 2026
)";
  REQUIRE(parent_text.find(survey) != std::string::npos);
  parent_text.replace(parent_text.find(survey), survey.size(), R"(  - id: ks-dat-dai
    title: Khảo sát tình hình thi hành pháp luật về đất đai
    kind: survey
    lead: UBND các xã, phường
    levels: [commune]
    due: Quý II năm 2026
)");
  std::string child_text = child_yaml;
  const std::string after = "    implements: [ban-hanh-ke-hoach]\n";
  REQUIRE(child_text.find(after) != std::string::npos);
  child_text.insert(child_text.find(after) + after.size(), R"(  - id: ks-tre-em
    title: Khảo sát tình hình thi hành pháp luật về trẻ em
    kind: survey
    due: Quý II năm 2026
)");
  const Plan parent = load(parent_text, "parent.yaml");
  const Plan child = load(child_text, "child.yaml");
  const PlanDiff diff = diff_plans(child, parent, builtin_acts());
  const CoverageRow& r = row_of(diff, "ks-dat-dai");
  CHECK(r.coverage == Coverage::missing);
  CHECK(r.nearest_title == "Khảo sát tình hình thi hành pháp luật về trẻ em");
  CHECK(r.nearest_similarity == 62);
  CHECK(r.nearest_field_vi == "trẻ em, không phải đất đai");
  CHECK(r.nearest_field_en == "trẻ em, not đất đai");
}

TEST_CASE("the deadline a title gives is not scored as its wording") {
  CHECK(title_similarity("Báo cáo kết quả thi hành pháp luật, chậm nhất ngày 20/11/2026",
                         "Báo cáo kết quả thi hành pháp luật") == 100);
  CHECK(title_similarity("Gửi báo cáo trước ngày 03/12/2026", "Gửi báo cáo") == 100);
  // Nor the list mark before it.
  CHECK(title_similarity("d) Kiểm tra đất đai", "b) Kiểm tra đất đai") == 100);
  CHECK(title_similarity("12. Kiểm tra đất đai", "Kiểm tra đất đai") == 100);
  CHECK(title_similarity("Xã hội hóa", "Xã hội hóa") == 100);
  // Two different reports due the same day share only their deadline: nothing.
  CHECK(title_similarity("Rà soát kinh phí, chậm nhất ngày 16/11/2026",
                         "Tổng hợp ý kiến nhân dân, chậm nhất ngày 16/11/2026") == 0);
}

TEST_CASE("a report on another field of justice work carries no parent report by title") {
  const Plan child = load(child_yaml, "child.yaml");
  const Plan parent = load(parent_yaml, "parent.yaml");
  const PlanDiff diff = diff_plans(child, parent, builtin_acts());
  const CoverageRow& row = row_of(diff, "xa-bao-cao");
  CHECK(row.coverage == Coverage::missing);
  CHECK(row.method == MatchMethod::none);
  // The wording is 77% alike (deadline and list mark left out): said as the nearest, with the field
  // that tells them apart.
  CHECK(row.nearest_similarity == 77);
  CHECK(row.nearest_field_vi == "phổ biến, giáo dục pháp luật");
  CHECK(row.nearest_field_en == "legal dissemination and education");
  const auto found = check_against_parent(child, parent, builtin_acts());
  const auto missing = with_code(found, "KH206");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].message.en ==
        "does not carry “d) Báo cáo kết quả tổ chức thi hành pháp luật năm 2026 trên địa bàn, "
        "gửi UBND tỉnh (qua Sở Tư pháp) chậm nhất ngày 20/11/2026.” (xa-bao-cao), which "
        "25/KH-UBND UBND tỉnh Tây Ninh addresses to the commune level");
  CHECK(with_code(found, "KH213").empty());
}

TEST_CASE("KH213 a parent item carried by title alone is named, with the likeness") {
  // The same report, about law enforcement: a match by title, said as a note.
  const std::string same = replace(
      child_yaml, "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026",
      "Tổng hợp kết quả, tham mưu UBND xã báo cáo kết quả tổ chức thi hành pháp luật năm 2026");
  const auto found =
      check_against_parent(load(same, "child.yaml"), load(parent_yaml, "p.yaml"), builtin_acts());
  const auto notes = with_code(found, "KH213");
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].severity == Severity::note);
  CHECK(notes[0].at == Position{23, 9});
  CHECK(notes[0].message.en ==
        "“b) Tổng hợp kết quả, tham mưu UBND xã báo cáo kết quả tổ chức thi hành pháp luật năm "
        "2026 trên địa bàn, gửi UBND tỉnh (qua Sở Tư pháp) chậm nhất ngày 18/11/2026.” "
        "(vp-bao-cao) is taken to carry “d) Báo cáo kết quả tổ chức thi hành pháp luật năm 2026 "
        "trên địa bàn, gửi UBND tỉnh (qua Sở Tư pháp) chậm nhất ngày 20/11/2026.” (xa-bao-cao), "
        "which 25/KH-UBND UBND tỉnh Tây Ninh addresses to the commune level, only because it is "
        "of the same kind and its title is 88% alike");
  CHECK(notes[0].hint.en ==
        "if so, add `implements: [xa-bao-cao]` to vp-bao-cao to confirm it; if not, add the task "
        "or duty that carries it");
  CHECK(with_code(found, "KH206").empty());
  // Declared, it is no longer a note.
  const std::string declared =
      replace(same, "due: Chậm nhất ngày 18/11/2026",
              "due: Chậm nhất ngày 18/11/2026\n        implements: [xa-bao-cao]");
  CHECK(with_code(check_against_parent(load(declared, "child.yaml"), load(parent_yaml, "p.yaml"),
                                       builtin_acts()),
                  "KH213")
            .empty());
}

TEST_CASE("KH214 an implements naming a parent item for another level, shown in diff") {
  const std::string child = replace(child_yaml, "implements: [ban-hanh-ke-hoach]",
                                    "implements: [ban-hanh-ke-hoach, kiem-tra, khao-sat]");
  const Plan c = load(child, "child.yaml");
  const Plan p = load(parent_yaml, "parent.yaml");
  const PlanDiff diff = diff_plans(c, p, builtin_acts());
  REQUIRE(diff.other_level.size() == 2);
  CHECK(diff.other_level[0].child.id == "ke-hoach");
  CHECK(diff.other_level[0].parent.id == "kiem-tra");
  CHECK_FALSE(diff.other_level[0].as_partner);
  CHECK(diff.other_level[1].parent.id == "khao-sat");
  CHECK(diff.other_level[1].as_partner);  // the parent asks communes to take part
  const auto found = with_code(check_against_parent(c, p, builtin_acts()), "KH214");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].at == Position{19, 37});
  CHECK(found[0].message.en ==
        "`kiem-tra` is “Kiểm tra liên ngành công tác tổ chức thi hành pháp luật” of 25/KH-UBND "
        "UBND tỉnh Tây Ninh (addressed to Sở Tư pháp tham mưu Chủ tịch UBND tỉnh thành lập Đoàn "
        "kiểm tra liên ngành), not addressed to the commune level");
  // An item naming only another level's item is listed there, not lost, not "the plan's own".
  const std::string only =
      replace(child_yaml, "implements: [ban-hanh-ke-hoach]", "implements: [kiem-tra]");
  const Plan lone_child = load(only, "child.yaml");
  const PlanDiff lone = diff_plans(lone_child, p, builtin_acts());
  REQUIRE(lone.other_level.size() == 1);
  CHECK(lone.other_level[0].child.id == "ke-hoach");
  for (const auto& item : lone.child_only) CHECK(item.id != "ke-hoach");
  const std::string text =
      format_diff_text(lone, DiffSubjects{"child.yaml", "parent.yaml", &lone_child, &p}, Lang::en);
  INFO(text);
  CHECK(text.find("\nItems naming a parent task or duty not addressed to the commune level:\n"
                  "  - ke-hoach Ban hành kế hoạch của xã\n"
                  "    `implements: [kiem-tra]`: Kiểm tra liên ngành công tác tổ chức thi hành "
                  "pháp luật (the parent addresses it to Sở Tư pháp tham mưu Chủ tịch UBND tỉnh "
                  "thành lập Đoàn kiểm tra liên ngành)\n") != std::string::npos);
}

TEST_CASE("a parent task without levels is addressed by the groups its lead names") {
  std::vector<Text> lead(2);
  lead[0].value = "Các sở, ban, ngành tỉnh";
  lead[1].value = "UBND các xã, phường";
  CHECK(levels_led(lead, Level::province) == std::vector<Level>{Level::department, Level::commune});
  lead[1].value = "UBND cấp huyện, cấp xã";
  CHECK(levels_led(lead, Level::province) ==
        std::vector<Level>{Level::department, Level::district, Level::commune});
  // One named body is that body's own work; support is not the lead.
  std::vector<Text> one(1);
  one[0].value = "Sở Tư pháp chủ trì, phối hợp với UBND các xã, phường";
  CHECK(levels_led(one, Level::province).empty());
  one[0].value = "Chủ tịch UBND tỉnh";
  CHECK(levels_led(one, Level::province).empty());

  // ban-hanh-ke-hoach has no `levels`: its lead gives it to the communes, and the child's late
  // plan is held to its deadline.
  const Plan p = load(parent_yaml, "parent.yaml");
  const std::string late =
      replace(child_yaml, "due: Chậm nhất ngày 13/02/2026", "due: Chậm nhất ngày 31/03/2026");
  const Plan c = load(late, "child.yaml");
  const PlanDiff diff = diff_plans(c, p, builtin_acts());
  const CoverageRow& row = row_of(diff, "ban-hanh-ke-hoach");
  CHECK(row.parent.levels_from_lead);
  CHECK(row.coverage == Coverage::late);
  CHECK(row.days_late == 32);
  // Not the province's own inspection, led by one body.
  for (const auto& r : diff.rows) CHECK(r.parent.id != "kiem-tra");
  const auto found = with_code(check_against_parent(c, p, builtin_acts()), "KH207");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.en ==
        "deadline 31/03/2026 is 32 days after 27/02/2026, the parent's deadline for “Xây dựng, "
        "ban hành kế hoạch tổ chức thi hành pháp luật năm 2026” (ban-hanh-ke-hoach)");
}
