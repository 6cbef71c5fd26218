// Last year's years left in the texts (KH140, KH141): each finding at the position of its year,
// whether the text is plain over several lines, quoted or a block; KH139's deadlines not twice.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/leftover_years.hpp"
#include "kehoach/load.hpp"
#include "test_support.hpp"

using namespace kehoach;
using namespace kehoach::testing;

namespace {

const std::string plan = R"(format: kehoach/1
status: issued
number: 12/KH-UBND
issuer:
  name: UBND xã Phong Thổ
  level: commune
place: Phong Thổ
issued: 2026-01-20
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã Phong Thổ
enactment: "UBND xã ban hành Kế hoạch theo dõi tình hình thi hành pháp luật năm 2026 như sau:"
purpose: [Đánh giá thực trạng thi hành pháp luật.]
tasks:
  - id: tap-huan
    title: Tập huấn nghiệp vụ
    kind: training
    description:
      - Tổ chức tập huấn
        vào ngày 15/5/2026.
    due: Quý II năm 2026
  - id: kiem-tra
    title: Kiểm tra
    kind: inspection
    output: Báo cáo kết quả kiểm tra, gửi trước ngày 10/9/2026.
    due: chậm nhất ngày 10/09/2026
budget:
  - |
    Kinh phí từ dự toán chi thường xuyên
    năm 2026 của UBND xã.
recipients: [Sở Tư pháp, "Lưu: VT."]
)";

std::vector<Diagnostic> leftovers(const std::string& text) {
  const auto found = check_leftover_years(load(text), text);
  for (const auto& d : found) INFO(d.code, " ", d.at.line, ":", d.at.column, " ", d.message.en);
  return found;
}

}  // namespace

TEST_CASE("KH140, KH141: the plan as written for its own year says nothing") {
  CHECK(leftovers(plan).empty());
}

TEST_CASE("KH140 in a quoted enactment, at the year's column") {
  const auto found =
      leftovers(replace(plan, "pháp luật năm 2026 như sau", "pháp luật năm 2025 như sau"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == "KH140");
  CHECK(found[0].severity == Severity::error);
  CHECK(found[0].at == Position{11, 81});
  CHECK(found[0].message.en ==
        "the enactment names “Kế hoạch … năm 2025” but the plan is for 2026 (`year`)");
}

TEST_CASE("KH141 on the second line of a plain text and of a block text") {
  std::string text = replace(plan, "vào ngày 15/5/2026.", "vào ngày 15/5/2025.");
  text = replace(text, "    năm 2026 của UBND xã.", "    năm 2025 của UBND xã.");
  const auto found = leftovers(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].code == "KH141");
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].at == Position{19, 23});
  CHECK(found[0].message.en ==
        "“vào ngày 15/5/2025” is in 2025, before the plan year 2026: it may be left over from "
        "last year's plan");
  CHECK(found[1].at == Position{29, 9});
  CHECK(found[1].message.en.rfind("“dự toán chi thường xuyên năm 2025” is in 2025", 0) == 0);
}

TEST_CASE("KH141 points at the year asked about when the text names it twice") {
  const auto found =
      leftovers(replace(plan, "      - Tổ chức tập huấn\n",
                        "      - Tổng kết năm 2025, tổ chức tập huấn trong năm 2025\n"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].at == Position{18, 55});
}

TEST_CASE("KH141 leaves a deadline KH139 reports, and a day on or after the issue date") {
  // "trước ngày 10/9/2025" against `due` 10/09/2026: KH139 says it.
  CHECK(leftovers(replace(plan, "gửi trước ngày 10/9/2026.", "gửi trước ngày 10/9/2025.")).empty());
  std::string december = replace(plan, "issued: 2026-01-20", "issued: 2025-12-22");
  CHECK(leftovers(replace(december, "vào ngày 15/5/2026.", "vào ngày 29/12/2025.")).empty());
  const auto before = leftovers(replace(december, "vào ngày 15/5/2026.", "vào ngày 19/12/2025."));
  REQUIRE(before.size() == 1);
  CHECK(before[0].code == "KH141");
}

TEST_CASE("KH141 past 100 findings in a file counts the rest in one record") {
  std::string many;
  for (int i = 0; i < 150; ++i) many += " trong năm 2020";
  const auto found = leftovers(replace(plan, "vào ngày 15/5/2026.", "vào ngày 15/5/2026;" + many));
  REQUIRE(found.size() == 101);
  std::size_t built = 0;
  std::size_t left_out = 0;
  for (const auto& d : found) {
    CHECK(d.code == "KH141");
    if (d.left_out == 0) ++built;
    left_out += d.left_out;
  }
  CHECK(built == 100);
  CHECK(left_out == 50);
}
