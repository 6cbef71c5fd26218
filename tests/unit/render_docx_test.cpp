#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "kehoach/load.hpp"
#include "kehoach/render.hpp"

namespace {

constexpr std::string_view plan_text = R"(format: kehoach/1
status: issued
number: 5/KH-UBND
issuer: {name: UBND xã Phong Thổ, level: commune, locality: Phong Thổ}
place: Phong Thổ
issued: 2026-01-05
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
tasks:
  - {id: a, title: Kiểm tra <đất> & "nhà", kind: inspection, lead: UBND xã, due: Quý III năm 2026}
recipients: [Sở Tư pháp, "UBND các xã.", "Phòng Tư pháp...;", "Lưu: VT"]
)";

kehoach::Plan load() {
  kehoach::LoadResult loaded = kehoach::load_plan(plan_text, "plan.yaml");
  REQUIRE(loaded.ok());
  return loaded.plan;
}

// The name of the first entry of a zip file (its local header: the name's length at offset 26,
// the name at 30).
std::string first_entry(const std::string& zip) {
  REQUIRE(zip.size() > 30);
  const auto length = static_cast<std::size_t>(static_cast<unsigned char>(zip[26]) |
                                               static_cast<unsigned char>(zip[27]) << 8);
  return zip.substr(30, length);
}

}  // namespace

TEST_CASE("a docx is a zip whose first entry is [Content_Types].xml, dated 1980-01-01 00:00") {
  const std::string docx = kehoach::render_docx(load(), kehoach::Lang::vi);
  CHECK(docx.substr(0, 4) == std::string("PK\x03\x04", 4));
  CHECK(first_entry(docx) == "[Content_Types].xml");
  // DOS time at offset 10 (0 = 00:00:00), date at 12 (0x21 = 1980-01-01).
  CHECK(docx.substr(10, 4) == std::string("\x00\x00\x21\x00", 4));
}

TEST_CASE("the same plan renders to the same docx bytes") {
  const kehoach::Plan plan = load();
  CHECK(kehoach::render_docx(plan, kehoach::Lang::vi) ==
        kehoach::render_docx(plan, kehoach::Lang::vi));
  CHECK(kehoach::render_docx(plan, kehoach::Lang::vi) !=
        kehoach::render_docx(plan, kehoach::Lang::en));
}

TEST_CASE("recipients end in a semicolon, the last one in a full stop, in every format") {
  const std::string md = kehoach::render_markdown(load(), kehoach::Lang::vi);
  CHECK(md.find("| - Sở Tư pháp; |") != std::string::npos);
  CHECK(md.find("| - UBND các xã; |") != std::string::npos);
  CHECK(md.find("| - Phòng Tư pháp; |") != std::string::npos);
  CHECK(md.find("| - Lưu: VT. |") != std::string::npos);
}
