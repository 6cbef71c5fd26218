// TCVN3 text found in a document is converted to Unicode; Unicode text never is.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "import/import_legacy.hpp"

using kehoach::convert_tcvn3;
using kehoach::SourceParagraph;
using kehoach::tcvn3_signs;
using kehoach::tcvn3_to_unicode;

TEST_CASE("TCVN3 text is converted to Unicode, letter by letter") {
  CHECK(tcvn3_to_unicode("V¨n phßng H§ND vµ UBND x·") == "Văn phòng HĐND và UBND xã");
  CHECK(tcvn3_to_unicode("X©y dùng, ban hµnh kÕ ho¹ch theo dâi t×nh h×nh thi hµnh ph¸p luËt "
                         "n¨m 2026 cña x·") ==
        "Xây dựng, ban hành kế hoạch theo dõi tình hình thi hành pháp luật năm 2026 của xã");
  CHECK(tcvn3_to_unicode("C¸c c¬ quan, ®¬n vÞ cã liªn quan") == "Các cơ quan, đơn vị có liên quan");
  // Every tone of every vowel, and the capitals the ABC font has.
  CHECK(tcvn3_to_unicode("µ¶·¸¹ ¨»¼½¾Æ ©ÇÈÉÊË ÌÎÏÐÑ ªÒÓÔÕÖ ×ØÜÝÞ ßáâãä «åæçèé ¬êëìíî "
                         "ïñòóô \u00adõö÷øù úûüýþ ® ¡¢£¤¥¦§") ==
        "àảãáạ ăằẳẵắặ âầẩẫấậ èẻẽéẹ êềểễếệ ìỉĩíị òỏõóọ ôồổỗốộ ơờởỡớợ ùủũúụ ưừửữứự ỳỷỹýỵ đ "
        "ĂÂÊÔƠƯĐ");
  CHECK(tcvn3_signs("V¨n phßng H§ND vµ UBND x·") == 5);
}

TEST_CASE("Unicode text, and symbols that are not inside words, are left as they are") {
  // A letter of Vietnamese in Unicode outside Latin-1 settles it: not TCVN3.
  CHECK(tcvn3_signs("Điều 5 § 3 «Kế hoạch» ©") == 0);
  CHECK_FALSE(tcvn3_to_unicode("Văn phòng HĐND và UBND xã").has_value());
  // Letters Unicode and TCVN3 share (á â ã é ê í ó ô õ ú ý) tell nothing.
  CHECK_FALSE(tcvn3_to_unicode("Phó Chủ tịch").has_value());
  CHECK_FALSE(tcvn3_to_unicode("cá tôm").has_value());
  // Symbols between spaces or digits: not letters of a word.
  CHECK(tcvn3_signs("3 × 4 = 12, § 2, 45 °C, © 2026") == 0);
  CHECK_FALSE(tcvn3_to_unicode("3 × 4 = 12, § 2").has_value());
  // One sign alone is not enough, unless the document is known to hold TCVN3.
  CHECK_FALSE(tcvn3_to_unicode("Phßng Kinh tÕ").has_value());
  CHECK(tcvn3_to_unicode("Phßng Kinh tÕ", true) == "Phòng Kinh tế");
  CHECK_FALSE(tcvn3_to_unicode("Phòng Kinh tế", true).has_value());
}

TEST_CASE("a document with one sure TCVN3 paragraph has its short ones converted too") {
  std::vector<SourceParagraph> input(3);
  input[0].text = "Kế hoạch theo dõi";
  input[0].line = 1;
  input[1].text = "V¨n phßng H§ND vµ UBND x·";
  input[1].line = 2;
  input[2].text = "Phßng Kinh tÕ";
  input[2].line = 3;
  std::vector<int> converted;
  const auto out = convert_tcvn3(input, converted);
  CHECK(out[0].text == "Kế hoạch theo dõi");
  CHECK(out[1].text == "Văn phòng HĐND và UBND xã");
  CHECK(out[2].text == "Phòng Kinh tế");
  CHECK(converted == std::vector<int>{2, 3});
  // Without the sure one, the short paragraph is left alone.
  input.erase(input.begin() + 1);
  converted.clear();
  const auto alone = convert_tcvn3(input, converted);
  CHECK(alone[1].text == "Phßng Kinh tÕ");
  CHECK(converted.empty());
}
