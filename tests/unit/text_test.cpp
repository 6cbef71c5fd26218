#include <doctest/doctest.h>

#include "kehoach/text.hpp"

TEST_CASE("NFD and NFC spellings fold to the same text") {
  const std::string nfc = "Quý IV";
  const std::string nfd = "Quy\xcc\x81 IV";  // y + combining acute
  CHECK(kehoach::to_nfc(nfd) == nfc);
  CHECK(kehoach::fold(nfd) == kehoach::fold(nfc));
  CHECK(kehoach::fold("  QUÝ   iv ") == "quý iv");
}

TEST_CASE("fold_ascii strips tone marks and reads đ as d") {
  CHECK(kehoach::fold_ascii("Ủy ban nhân dân") == "uy ban nhan dan");
  CHECK(kehoach::fold_ascii("UỶ BAN") == kehoach::fold_ascii("ỦY BAN"));
  CHECK(kehoach::fold_ascii("hoà") == kehoach::fold_ascii("hòa"));
  CHECK(kehoach::fold_ascii("Đoàn kiểm tra") == "doan kiem tra");
}

TEST_CASE("invalid UTF-8 is found at its byte offset") {
  CHECK_FALSE(kehoach::find_invalid_utf8("Lai Châu").has_value());
  CHECK(kehoach::find_invalid_utf8("ab\xff"
                                   "cd") == std::size_t{2});
  CHECK(kehoach::find_invalid_utf8("\xc3") == std::size_t{0});
}

TEST_CASE("width counts characters and wrap keeps lines within it") {
  CHECK(kehoach::display_width("Tân Biên") == 8);
  const auto lines = kehoach::wrap("Theo dõi tình hình thi hành pháp luật", 12);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "Theo dõi");
  CHECK(lines[1] == "tình hình");
  CHECK(lines[2] == "thi hành");
  CHECK(lines[3] == "pháp luật");
}

TEST_CASE("a Markdown cell is one line with its pipes escaped") {
  CHECK(kehoach::markdown_cell("Sở Tư pháp | UBND\nxã\tTân") == "Sở Tư pháp \\| UBND xã Tân");
}
