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

TEST_CASE("collapse_spaces makes a paragraph one line") {
  CHECK(kehoach::collapse_spaces("  Sở Tư pháp\r\n\tchủ trì,\f\vphối hợp  ") ==
        "Sở Tư pháp chủ trì, phối hợp");
  CHECK(kehoach::collapse_spaces(" \n\t ") == "");
  // Only ASCII white space: a no-break space (U+00A0) stays.
  CHECK(kehoach::collapse_spaces("Quý\xC2\xA0I") == "Quý\xC2\xA0I");
}

TEST_CASE("a Markdown cell is one line with its pipes escaped") {
  CHECK(kehoach::markdown_cell("Sở Tư pháp | UBND\nxã\tTân") == "Sở Tư pháp \\| UBND xã Tân");
}

namespace {
std::string utf8(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  return out;
}
}  // namespace

TEST_CASE("fold_ascii: the fast path agrees with utf8proc") {
  // Every code point of the fast path's table, alone and between letters and spaces.
  std::size_t checked = 0;
  for (char32_t cp = 1; cp < 0x2100; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    const std::string c = utf8(cp);
    for (const std::string& text : {c, "A" + c + "b", " x " + c + c + "  Đ\t"}) {
      INFO("code point ", static_cast<unsigned>(cp));
      REQUIRE(kehoach::fold_ascii(text) == kehoach::detail::fold_ascii_utf8proc(text));
      ++checked;
    }
  }
  CHECK(checked == 3 * (0x2100 - 1));
  // Texts that leave the table (U+2116 №, U+3000, an emoji) or are not UTF-8 go to utf8proc.
  for (const std::string text :
       {"Số № 12 — “Quý IV”", "a\u3000b", "Kế hoạch 😀 năm", "ngày\xff 5", "\xe1\xba", "Đ"}) {
    CHECK(kehoach::fold_ascii(text) == kehoach::detail::fold_ascii_utf8proc(text));
  }
  CHECK(kehoach::fold_ascii("  “Ủy  ban”\u00a0–\tTỈNH Đắk Lắk ") == "“uy ban”\u00a0– tinh dak lak");
  CHECK(kehoach::fold_ascii("ngày\xff 5") == "ngày\xff 5");  // invalid UTF-8: as written
}

TEST_CASE("is_blank_text: only spaces of any width and zero-width characters") {
  CHECK(kehoach::is_blank_text(""));
  CHECK(kehoach::is_blank_text(" \t\n"));
  CHECK(kehoach::is_blank_text("\u00a0"));
  CHECK(kehoach::is_blank_text(" \u2002\u2009\u202f\u205f\u3000 "));
  CHECK(kehoach::is_blank_text("\u200b\u200d\u2060\ufeff"));
  CHECK_FALSE(kehoach::is_blank_text(" x "));
  CHECK_FALSE(kehoach::is_blank_text("\u00a0Đ"));
  CHECK_FALSE(kehoach::is_blank_text("…"));
  CHECK_FALSE(kehoach::is_blank_text("\xff"));  // invalid UTF-8 is something, not nothing
  CHECK(kehoach::is_other_space(0xA0));
  CHECK_FALSE(kehoach::is_other_space(0x200B));
}

TEST_CASE("contains_word: whole words of folded text") {
  CHECK(kehoach::contains_word("gui bao cao ve so", "bao cao"));
  CHECK(kehoach::contains_word("ubnd xa tan bien", "xa"));
  CHECK_FALSE(kehoach::contains_word("mau xanh", "xa"));
  CHECK_FALSE(kehoach::contains_word("ubnd xa", ""));
  CHECK(kehoach::contains_word("xa", "xa"));
}
