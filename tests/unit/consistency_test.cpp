// The 2026 checks: year and data window (KH132, KH133), acts in force (KH116, KH130), former
// provinces (KH131), template blanks (KH134), the same plan twice (KH135), a child against its
// parent (KH220–KH222), who a duty is addressed to, and weighted title matching.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/addressee.hpp"
#include "kehoach/check.hpp"
#include "kehoach/consistency.hpp"
#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/provinces.hpp"
#include "test_support.hpp"

using namespace kehoach;
using namespace kehoach::testing;

namespace {

const std::string commune = R"(format: kehoach/1
status: issued
number: 12/KH-UBND
issuer:
  name: UBND xã Phong Thổ
  level: commune
place: Phong Thổ
issued: 2026-01-20
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã Phong Thổ
basis:
  - ref: 64/2025/QH15
    date: 2025-02-19
purpose: [Đánh giá thực trạng thi hành pháp luật.]
requirements: [Bảo đảm thường xuyên.]
tasks:
  - id: tap-huan
    title: Tập huấn, bồi dưỡng nghiệp vụ hộ tịch
    kind: training
    due: Quý II năm 2026
  - id: kiem-tra
    title: Kiểm tra
    kind: inspection
    due: chậm nhất ngày 15/09/2026
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
  return check_plan(load(yaml), builtin_acts());
}

std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& found, const std::string& code) {
  std::vector<Diagnostic> out;
  for (const auto& d : found) {
    INFO(d.code, " ", d.at.line, ":", d.at.column, " ", d.message.en);
    if (d.code == code) out.push_back(d);
  }
  return out;
}

}  // namespace

TEST_CASE("the base commune plan gives no diagnostic") {
  const auto found = check(commune);
  for (const auto& d : found) INFO(d.code, " ", d.message.en);
  CHECK(found.empty());
}

TEST_CASE("other_year_named reads the years after năm, and only disagrees without the year") {
  CHECK(years_named("Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn") ==
        std::vector<int>{2025});
  CHECK(years_named("NĂM 2026") == std::vector<int>{2026});
  CHECK(years_named("Kế hoạch số 12/KH-UBND").empty());
  CHECK(years_named("thanam 2024").empty());
  CHECK(other_year_named("Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn", 2026) ==
        2025);
  CHECK_FALSE(other_year_named("thi hành pháp luật năm 2026", 2026).has_value());
  CHECK_FALSE(other_year_named("Kế hoạch số 12/KH-UBND", 2026).has_value());
  // A law's year beside the plan's own is no disagreement; without the plan's, the closest year
  // is the one the title gives for the plan.
  CHECK_FALSE(other_year_named("thi hành Luật Đất đai năm 2024 trong năm 2026", 2026).has_value());
  CHECK(other_year_named("thi hành Luật Đất đai năm 2024 trong năm 2025", 2026) == 2025);
  CHECK(other_year_named("năm 2027 về Luật Đất đai năm 2013", 2026) == 2027);
}

TEST_CASE("KH132 a wrong year is one error at `year`, not one per deadline") {
  const auto found = check(replace(commune, "year: 2026", "year: 2025"));
  const auto d = with_code(found, "KH132");
  REQUIRE(d.size() == 1);
  CHECK(d[0].at == Position{9, 7});
  CHECK(d[0].severity == Severity::error);
  CHECK(d[0].message.en == "`year: 2025` but the title and the deadlines say 2026");
  CHECK(with_code(found, "KH103").empty());
  CHECK(with_code(found, "KH112").empty());
  CHECK(with_code(found, "KH133").empty());
  CHECK(found.size() == 1);
}

TEST_CASE("KH132 a wrong title year is reported at the title") {
  const auto found = check(replace(commune, "pháp luật năm 2026 trên", "pháp luật năm 2025 trên"));
  const auto d = with_code(found, "KH132");
  REQUIRE(d.size() == 1);
  CHECK(d[0].at == Position{10, 8});
  CHECK(d[0].message.vi == "tên kế hoạch ghi năm 2025 nhưng đây là kế hoạch năm 2026 (`year`)");
}

TEST_CASE("KH133 last year's data window left in place") {
  const auto found = check(
      replace(commune, "Tính từ 01/12/2025 đến 15/11/2026", "Tính từ 01/12/2024 đến 15/11/2025"));
  const auto d = with_code(found, "KH133");
  REQUIRE(d.size() == 1);
  CHECK(d[0].at == Position{33, 11});
  CHECK(d[0].message.en ==
        "the data window “Tính từ 01/12/2024 đến 15/11/2025” ends 15/11/2025: it is the 2025 "
        "report's, left over from last year's plan");
}

TEST_CASE("KH133 a data window starting two years back is outside the plan year") {
  const auto d =
      with_code(check(replace(commune, "Tính từ 01/12/2025", "Tính từ 01/12/2024")), "KH133");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.en ==
        "the data window “Tính từ 01/12/2024 đến 15/11/2026” lies outside the plan year 2026");
}

TEST_CASE("KH116 59/2012 and 32/2020 cited after 01/04/2025 are warnings naming 80/2025") {
  for (const std::string ref : {"59/2012/NĐ-CP", "32/2020/NĐ-CP"}) {
    const auto found = check(replace(commune, "  - ref: 64/2025/QH15\n    date: 2025-02-19\n",
                                     "  - ref: " + ref + "\n"));
    const auto d = with_code(found, "KH116");
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::warning);
    CHECK(d[0].message.en ==
          ref + " is no longer in force since 01/04/2025: replaced by " + "80/2025/NĐ-CP");
    CHECK(d[0].hint.en.find("the wording of the clause that ends " + ref + " is not verified") !=
          std::string::npos);
  }
}

TEST_CASE("KH130 a plan of 03/03/2025 citing 64/2025/QH15 cites it before it took effect") {
  std::string text = replace(commune, "issued: 2026-01-20", "issued: 2025-03-03");
  text = replace(text, "year: 2026", "year: 2025");
  const auto d = with_code(check_plan(load(text), builtin_acts()), "KH130");
  REQUIRE(d.size() == 1);
  CHECK(d[0].at == Position{12, 10});
  CHECK(d[0].message.en ==
        "the plan, dated 03/03/2025, cites 64/2025/QH15, which is in force only from 01/04/2025");
}

TEST_CASE("the provinces table has 34 provinces made of 63 former ones") {
  const ProvinceTable& t = builtin_provinces();
  CHECK(t.resolution == "202/2025/QH15");
  CHECK(t.effective == Date{2025, 6, 12});
  CHECK(t.provinces.size() == 34);
  std::size_t former = 0;
  for (const auto& p : t.provinces) former += p.former.size();
  CHECK(former == 63);
  REQUIRE(t.successor_of("Long An") != nullptr);
  CHECK(t.successor_of("Long An")->name == "Tây Ninh");
  CHECK(t.successor_of("Bà Rịa - Vũng Tàu")->name == "Hồ Chí Minh");
  CHECK(t.successor_of("Hoà Bình")->name == "Phú Thọ");  // old tone placement
  CHECK(t.successor_of("Tây Ninh") == nullptr);
  CHECK(t.successor_of("Lai Châu") == nullptr);
  const auto f = find_former_province("UBND xã Mỹ Yên, tỉnh Long An", t);
  REQUIRE(f.has_value());
  CHECK(f->name == "Long An");
  CHECK_FALSE(find_former_province("UBND tỉnh Long Anh", t).has_value());
}

TEST_CASE("KH131 a 2026 plan of a former province is a warning naming the new one") {
  const auto d = with_code(
      check(replace(commune, "name: UBND xã Phong Thổ", "name: UBND tỉnh Bạc Liêu")), "KH131");
  REQUIRE(d.size() == 1);
  CHECK(d[0].at == Position{5, 9});
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].message.vi ==
        "cơ quan ban hành “UBND tỉnh Bạc Liêu”: theo Nghị quyết 202/2025/QH15, từ ngày 12/06/2025 "
        "tỉnh Bạc Liêu thuộc tỉnh Cà Mau");
}

TEST_CASE("KH131 is not raised before the provinces were merged") {
  std::string text = replace(commune, "name: UBND xã Phong Thổ", "name: UBND tỉnh Bạc Liêu");
  text = replace(text, "issued: 2026-01-20", "issued: 2025-01-20");
  text = replace(text, "year: 2026", "year: 2025");
  CHECK(with_code(check(text), "KH131").empty());
}

TEST_CASE(
    "KH134 template blanks: a warning in a draft, an error in an issued plan, exactly placed") {
  const std::string text = replace(commune, "UBND xã Phong Thổ", "UBND xã …");
  const Plan issued = load(text);
  auto found = check_placeholders(issued, text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == "KH134");
  CHECK(found[0].at == Position{5, 17});
  CHECK(found[0].severity == Severity::error);
  const std::string draft = replace(text, "status: issued\nnumber: 12/KH-UBND", "status: draft");
  found = check_placeholders(load(draft), draft);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].at == Position{4, 17});
}

TEST_CASE("KH136 a 2026 plan still addressing the district's bodies") {
  const auto found = check(
      replace(commune, "recipients: [Sở Tư pháp,", "recipients: [UBND huyện (qua Phòng Tư pháp),"));
  const auto d = with_code(found, "KH136");
  REQUIRE(d.size() == 1);
  CHECK(d[0].at == Position{35, 14});
  CHECK(d[0].severity == Severity::warning);
  CHECK(d[0].message.en ==
        "still names a district body, gone from 01/07/2025: “UBND huyện (qua Phòng Tư pháp)”");
  // Up to 30/06/2025 the district is there to address.
  std::string old = replace(commune, "recipients: [Sở Tư pháp,", "recipients: [UBND huyện,");
  for (auto at = old.find("2026"); at != std::string::npos; at = old.find("2026")) {
    old.replace(at, 4, "2025");  // the whole plan a year earlier
  }
  CHECK(with_code(check(old), "KH136").empty());
}

TEST_CASE("KH136 the district named in the usual plural and level forms, and a thị trấn") {
  auto recipient = [&](const std::string& name) {
    return with_code(check(replace(commune, "recipients: [Sở Tư pháp,",
                                   "recipients: [\"" + name + "\", Sở Tư pháp,")),
                     "KH136");
  };
  for (const std::string name : {"UBND các huyện, thị xã, thành phố", "UBND cấp huyện",
                                 "Các huyện, thị xã, thành phố", "HĐND, UBND huyện"}) {
    const auto d = recipient(name);
    INFO(name);
    REQUIRE(d.size() == 1);
    CHECK(d[0].at == Position{35, 14});
    CHECK(d[0].message.vi == "còn nhắc cơ quan cấp huyện, không còn từ 01/07/2025: “" + name + "”");
  }
  const auto township = recipient("UBND các xã, phường, thị trấn");
  REQUIRE(township.size() == 1);
  CHECK(township[0].message.en ==
        "still names a thị trấn (township), gone from 01/07/2025: “UBND các xã, phường, thị trấn”");
  CHECK(township[0].hint.vi == "ghi “xã, phường”: các thị trấn đã được sắp xếp thành xã, phường");
  // The past, a cited document and a person's name are no district body of today.
  for (const std::string text :
       {"Xã Tân Biên (trước đây là thị trấn Tân Biên, huyện Tân Biên)",
        "Các xã thuộc huyện Tân Biên cũ", "Các xã được lập từ các huyện trước đây",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND huyện Tân Biên",
        "Phổ biến Kết luận số 127-KL/TW về việc không tổ chức cấp huyện",
        "Luật Tổ chức chính quyền địa phương về cấp huyện", "Bà Nguyễn Thị Huyền, Phòng Văn hóa"}) {
    INFO(text);
    CHECK(recipient(text).empty());
  }
  // The reform named in an earlier clause leaves the bodies after it named.
  CHECK(recipient("Sau khi sắp xếp, UBND các xã, phường, thị trấn").size() == 1);
  CHECK(recipient("Các xã sáp nhập từ thị trấn Tân Biên").empty());
  // "pháp luật" is no law's name: the body after it is still named.
  CHECK(recipient("Phổ biến pháp luật cho UBND cấp huyện").size() == 1);
}

TEST_CASE("KH136 the quận, the thị xã and their party committees, told by their diacritics") {
  // "Quận" in NFD (a, dot below, circumflex): text is compared in NFC.
  for (const std::string text :
       {"UBND các quận, huyện", "UBND các quận", "Quận ủy Ba Đình", "QUẬN ỦY", "UBND Quận 1",
        "UBND các Qua\u0323\u0302n", "UBND thị xã Sơn Tây", "Thị ủy Sơn Tây", "Thị uỷ", "THỊ XÃ",
        "UBND các thành phố thuộc tỉnh", "thành phố thuộc thành phố trực thuộc trung ương"}) {
    INFO(text);
    CHECK(mentions_district(text));
  }
  // Without their marks "quận", "quân", "quán", "quản" are all "quan"; a city is a province.
  for (const std::string text :
       {"Các cơ quan, đơn vị", "quản lý nhà nước", "Bộ Chỉ huy Quân sự tỉnh", "Quân đội nhân dân",
        "quán triệt Kế hoạch", "Ông Nguyễn Văn Quân", "UBND thành phố Hà Nội",
        "Các tỉnh, thành phố trực thuộc trung ương", "Thành ủy Hà Nội", "tiếp thị xã hội",
        "Chỉ thị Ủy ban nhân dân tỉnh", "quy hoạch đô thị xã Tân Lập", "UBND cac quan"}) {
    INFO(text);
    CHECK_FALSE(mentions_district(text));
  }
  auto recipient = [&](const std::string& name) {
    return with_code(check(replace(commune, "recipients: [Sở Tư pháp,",
                                   "recipients: [\"" + name + "\", Sở Tư pháp,")),
                     "KH136");
  };
  for (const std::string name : {"UBND các quận, huyện", "Quận ủy Ba Đình", "UBND thị xã Sơn Tây",
                                 "Thị ủy Sơn Tây", "UBND các thành phố thuộc tỉnh"}) {
    const auto d = recipient(name);
    INFO(name);
    REQUIRE(d.size() == 1);
    CHECK(d[0].at == Position{35, 14});
    CHECK(d[0].message.vi == "còn nhắc cơ quan cấp huyện, không còn từ 01/07/2025: “" + name + "”");
    CHECK(d[0].hint.en == "address the province (through the Sở Tư pháp) or the commune instead");
  }
  // The past, the reform and a cited document, as for "huyện".
  for (const std::string text :
       {"Phường Sài Gòn (trước đây là Quận 1)", "Các phường thuộc quận Ba Đình cũ",
        "Các phường được lập từ các quận, thị xã trước đây",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND thị xã Sơn Tây",
        "Nghị quyết về sắp xếp các quận", "Bộ Chỉ huy Quân sự tỉnh, các cơ quan quản lý"}) {
    INFO(text);
    CHECK(recipient(text).empty());
  }
}

TEST_CASE("KH137, KH138 the plan's citation of its parent, without the parent file") {
  const std::string cited = replace(commune, "basis:", R"(parent:
  ref: 25/KH-UBND
  date: 2026-01-22
  issuer: UBND tỉnh Lai Châu
  title: Tổ chức thi hành pháp luật năm 2025 trên địa bàn tỉnh Lai Châu
basis:)");
  const auto found = check(cited);
  const auto before = with_code(found, "KH137");
  REQUIRE(before.size() == 1);
  CHECK(before[0].at == Position{8, 9});
  CHECK(before[0].severity == Severity::error);
  CHECK(before[0].message.en ==
        "the plan is issued on 20/01/2026, before the parent plan it implements (`parent.date`: "
        "22/01/2026)");
  const auto title = with_code(found, "KH138");
  REQUIRE(title.size() == 1);
  CHECK(title[0].at == Position{15, 10});
  CHECK(title[0].message.vi ==
        "tên kế hoạch cấp trên ghi năm 2025, nhưng đây là kế hoạch năm 2026");
  CHECK(title[0].severity == Severity::warning);
  // A law named with its year beside the plan's year is not last year's parent.
  const std::string law = replace(cited, "Tổ chức thi hành pháp luật năm 2025",
                                  "Triển khai Luật Ban hành văn bản quy phạm pháp luật năm 2025 "
                                  "trong năm 2026");
  CHECK(with_code(check(law), "KH138").empty());
  // Issued the same day as the parent, and citing this year's title: nothing.
  const std::string right = replace(replace(cited, "date: 2026-01-22", "date: 2026-01-20"),
                                    "năm 2025 trên địa bàn tỉnh", "năm 2026 trên địa bàn tỉnh");
  CHECK(with_code(check(right), "KH137").empty());
  CHECK(with_code(check(right), "KH138").empty());
  // A month-only draft counts from the month's last day: January is not before 22/01.
  const std::string draft =
      replace(replace(cited, "status: issued\nnumber: 12/KH-UBND", "status: draft"),
              "issued: 2026-01-20", "issued: 2026-01");
  CHECK(with_code(check(draft), "KH137").empty());
}

TEST_CASE("KH134 finds [tên] and ngày … tháng … but not a list's closing ellipsis") {
  const std::string text =
      replace(commune, "purpose: [Đánh giá thực trạng thi hành pháp luật.]",
              "purpose:\n  - \"Gửi [tên cơ quan] trước ngày … tháng … năm 2026.\"\n  - Các lĩnh "
              "vực đất đai, xây dựng, …");
  const auto found = check_placeholders(load(text), text);
  REQUIRE(found.size() == 3);
  CHECK(found[0].at == Position{15, 10});
  CHECK(found[1].at == Position{15, 35});
  CHECK(found[2].at == Position{15, 43});
  CHECK(found[0].message.en.rfind("template blank “[tên cơ quan]” not filled in", 0) == 0);
}

TEST_CASE("KH135 two files of the same plan, and two drafts of the same issuer and year") {
  const Plan a = load(commune, "a.yaml");
  const Plan b = load(commune, "b.yaml");
  const std::string other_text = replace(commune, "12/KH-UBND", "13/KH-UBND");
  const Plan c = load(other_text, "c.yaml");
  const auto twins = same_plans({&a, &b, &c});
  REQUIRE(twins.size() == 3);
  CHECK_FALSE(twins[0].has_value());
  CHECK(twins[1] == std::optional<std::size_t>{0});
  CHECK_FALSE(twins[2].has_value());
  const Diagnostic d = same_plan_diagnostic(b, a, true);
  CHECK(d.code == "KH135");
  CHECK(d.file == "b.yaml");
  CHECK(d.at == Position{3, 9});
  CHECK(d.message.en ==
        "the plan 12/KH-UBND for 2026 of UBND xã Phong Thổ is in both `a.yaml` and `b.yaml`: "
        "`a.yaml` is used");
  const std::string draft = replace(commune, "status: issued\nnumber: 12/KH-UBND", "status: draft");
  const Plan d1 = load(draft, "d1.yaml");
  const Plan d2 = load(draft, "d2.yaml");
  CHECK(same_plans({&d1, &d2})[1] == std::optional<std::size_t>{0});
}

namespace {

const std::string province = R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer:
  name: UBND tỉnh Tây Ninh
  level: province
place: Tây Ninh
issued: 2026-01-10
year: 2026
title: Tổ chức thi hành pháp luật năm 2026 trên địa bàn tỉnh Tây Ninh
basis:
  - ref: 80/2025/NĐ-CP
purpose: [Bảo đảm.]
requirements: [Thường xuyên.]
tasks:
  - id: tap-huan
    title: Tập huấn, bồi dưỡng nghiệp vụ theo dõi tình hình thi hành pháp luật
    kind: training
    due: Quý II năm 2026
    levels: [commune]
responsibilities:
  - agency: Sở Tư pháp
    level: department
    duties:
      - id: stp-huong-dan
        text: Hướng dẫn, đôn đốc các sở, ngành, địa phương
      - id: stp-bao-cao
        text: Tổng hợp báo cáo của tỉnh
        kind: report
        due: chậm nhất ngày 10/12/2026
  - agency: Các sở, ban, ngành tỉnh
    level: department
    duties:
      - id: so-bao-cao
        text: Báo cáo kết quả thuộc ngành, lĩnh vực
        kind: report
        due: chậm nhất ngày 25/11/2026
reporting:
  period: Tính từ 01/12/2025 đến 15/11/2026
  due: chậm nhất ngày 10/12/2026
recipients: [Bộ Tư pháp, "Lưu: VT."]
signature:
  authority: TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
)";

}  // namespace

TEST_CASE("a named agency addresses that body only, a group every body at its level") {
  CHECK(names_a_group("Các sở, ban, ngành tỉnh"));
  CHECK(names_a_group("UBND các xã, phường"));
  CHECK(names_a_group("UBND cấp xã"));
  CHECK_FALSE(names_a_group("Sở Tư pháp"));
  const Plan parent = load(province, "tinh.yaml");
  Issuer finance;
  finance.name = {"Sở Tài chính tỉnh Tây Ninh", {5, 9}, true};
  finance.level = {Level::department, {6, 10}, true};
  Issuer justice = finance;
  justice.name.value = "Sở Tư pháp tỉnh Tây Ninh";
  CHECK_FALSE(addressed_to(parent.responsibilities[0], finance));
  CHECK(addressed_to(parent.responsibilities[0], justice));
  CHECK(addressed_to(parent.responsibilities[1], finance));
  const auto items = items_for_level(parent, Level::department, &finance);
  REQUIRE(items.size() == 1);
  CHECK(items[0].id == "so-bao-cao");
  CHECK(items_for_level(parent, Level::department, &justice).size() == 3);
}

TEST_CASE("a duty addressed to one commune holds that commune by its whole place name") {
  Responsibility tan;
  tan.agency = {"UBND xã Tân", {1, 1}, true};
  tan.level = {Level::commune, {1, 1}, true};
  Issuer child;
  child.level = {Level::commune, {1, 1}, true};
  auto to = [&](const std::string& agency, const std::string& name) {
    Responsibility r = tan;
    r.agency.value = agency;
    child.name = {name, {1, 1}, true};
    return addressed_to(r, child);
  };
  // "Tân" is not "Tân Biên", either way round.
  CHECK_FALSE(to("UBND xã Tân", "UBND xã Tân Biên"));
  CHECK_FALSE(to("UBND xã Tân Biên", "UBND xã Tân"));
  CHECK_FALSE(to("UBND phường 1", "UBND phường 10"));
  // The same body, however written.
  CHECK(to("UBND xã Tân Biên", "Ủy ban nhân dân xã Tân Biên"));
  CHECK(to("UBND xã Tân", "Ủy ban nhân dân xã Tân"));
  CHECK(to("UBND xã Tân", "UBND xã Tân, tỉnh Tây Ninh"));
  CHECK(to("UBND xã Tân Biên tỉnh Tây Ninh", "UBND xã Tân Biên"));
  // A name without a place, or ending on its kind of place, holds every body it begins.
  CHECK(to("UBND xã", "UBND xã Tân Biên"));
  CHECK(to("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội xã Tân Biên"));
  CHECK_FALSE(to("UBND xã Tân Đông", "UBND xã Tân Biên"));
}

TEST_CASE("generic activity words alone do not make a match") {
  // The commune's own civil-status training is not the province's law-monitoring training.
  CHECK(title_similarity("Tập huấn, bồi dưỡng nghiệp vụ theo dõi tình hình thi hành pháp luật",
                         "Tập huấn, bồi dưỡng nghiệp vụ hộ tịch") == 28);
  CHECK(title_similarity("Kiểm tra tình hình thi hành pháp luật về đất đai",
                         "Kiểm tra công tác hộ tịch") < 50);
  CHECK(title_similarity("Tập huấn nghiệp vụ theo dõi tình hình thi hành pháp luật",
                         "Tổ chức tập huấn nghiệp vụ theo dõi thi hành pháp luật") >= 50);
  const Plan parent = load(province, "tinh.yaml");
  const Plan child = load(commune);
  const PlanDiff diff = diff_plans(child, parent, builtin_acts());
  REQUIRE(diff.rows.size() == 1);
  CHECK(diff.rows[0].coverage == Coverage::missing);
  CHECK(diff.rows[0].nearest_title == "Tập huấn, bồi dưỡng nghiệp vụ hộ tịch");
  CHECK(diff.rows[0].nearest_similarity == 28);
}

TEST_CASE("KH220 KH221 KH222 a child against its parent") {
  const Plan parent = load(province, "tinh.yaml");
  std::string text = replace(commune, "recipients:", R"(parent:
  ref: 05/KH-UBND
  date: 2026-01-10
  issuer: UBND tỉnh Tây Ninh
  title: Tổ chức thi hành pháp luật năm 2025 trên địa bàn tỉnh Tây Ninh
recipients:)");
  text = replace(text, "level: commune", "level: province");
  auto found = check_against_parent(load(text), parent, builtin_acts());
  auto d = with_code(found, "KH220");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.en ==
        "the parent's title names 2025, but the parent file is the plan for 2026");
  d = with_code(found, "KH221");
  REQUIRE(d.size() == 1);
  CHECK(d[0].at == Position{6, 10});
  CHECK(d[0].message.en ==
        "a province plan (`level: province`) implements the province plan of UBND tỉnh Tây Ninh: "
        "a child sits below its parent");
  // A 2025 draft child (read as of 01/01/2025) still citing 59/2012 under a parent citing 80/2025.
  std::string old = replace(commune, "status: issued\nnumber: 12/KH-UBND", "status: draft");
  old = replace(old, "issued: 2026-01-20\n", "");
  old = replace(old, "year: 2026", "year: 2025");
  old = replace(old, "  - ref: 64/2025/QH15\n    date: 2025-02-19\n", "  - ref: 59/2012/NĐ-CP\n");
  found = check_against_parent(load(old), parent, builtin_acts());
  d = with_code(found, "KH222");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message.en ==
        "the parent cites 80/2025/NĐ-CP, which replaces 59/2012/NĐ-CP; this plan "
        "still cites 59/2012/NĐ-CP");
}
