// TCVN3 (ABC, TCVN 5712:1993 VN3) to Unicode. Each Vietnamese letter with its tone is one byte
// of the encoding, read from a .docx or a UTF-8 .txt as the Latin-1 character of that byte.
#include "import/import_legacy.hpp"

#include <array>
#include <cstddef>

#include <utf8proc.h>

namespace kehoach {
namespace {

// The Unicode letter (UTF-8, precomposed) of each TCVN3 byte 0xA1–0xFF, empty for the bytes
// the encoding leaves to Latin-1 (0xAF–0xB4, 0xBA, 0xBF–0xC5, 0xCD, 0xDA, 0xDB, 0xE0, 0xF0,
// 0xFF). By vowel, tones in the order none, huyền, hỏi, ngã, sắc, nặng:
//   a  – µ ¶ · ¸ ¹      ă ¨ » ¼ ½ ¾ Æ      â © Ç È É Ê Ë
//   e  – Ì Î Ï Ð Ñ      ê ª Ò Ó Ô Õ Ö      i – × Ø Ü Ý Þ
//   o  – ß á â ã ä      ô « å æ ç è é      ơ ¬ ê ë ì í î
//   u  – ï ñ ò ó ô      ư ­ õ ö ÷ ø ù      y – ú û ü ý þ
//   đ ®   and the capitals Ă ¡  Â ¢  Ê £  Ô ¤  Ơ ¥  Ư ¦  Đ §
constexpr std::array<const char*, 0x5F> table = {
    "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ", "ă", "â", "ê", "ô", "ơ", "ư", "đ", "",        // A1–AF
    "",  "",  "",  "",  "",  "à", "ả", "ã", "á", "ạ", "",  "ằ", "ẳ", "ẵ", "ắ", "",   // B0–BF
    "",  "",  "",  "",  "",  "",  "ặ", "ầ", "ẩ", "ẫ", "ấ", "ậ", "è", "",  "ẻ", "ẽ",  // C0–CF
    "é", "ẹ", "ề", "ể", "ễ", "ế", "ệ", "ì", "ỉ", "",  "",  "",  "ĩ", "í", "ị", "ò",  // D0–DF
    "",  "ỏ", "õ", "ó", "ọ", "ồ", "ổ", "ỗ", "ố", "ộ", "ờ", "ở", "ỡ", "ớ", "ợ", "ù",  // E0–EF
    "",  "ủ", "ũ", "ú", "ụ", "ừ", "ử", "ữ", "ứ", "ự", "ỳ", "ỷ", "ỹ", "ý", "ỵ", "",   // F0–FF
};

const char* letter_of(char32_t c) {
  if (c < 0xA1 || c > 0xFF) return nullptr;
  const char* s = table[c - 0xA1];
  return *s ? s : nullptr;
}

// Vietnamese letters that Unicode and TCVN3 write alike, as Latin-1 (à á â ã è é ê ì í ò ó ô
// õ ù ú ý and their capitals): they tell neither encoding.
bool shared_with_unicode(char32_t c) {
  switch (c) {
    case 0xC0:
    case 0xC1:
    case 0xC2:
    case 0xC3:
    case 0xC8:
    case 0xC9:
    case 0xCA:
    case 0xCC:
    case 0xCD:
    case 0xD2:
    case 0xD3:
    case 0xD4:
    case 0xD5:
    case 0xD9:
    case 0xDA:
    case 0xDD:
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEC:
    case 0xED:
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5:
    case 0xF9:
    case 0xFA:
    case 0xFD: return true;
    default: return false;
  }
}

// A letter of Vietnamese in Unicode that TCVN3 cannot hold: the text is Unicode.
bool unicode_only(char32_t c) {
  return c == 0x102 || c == 0x103 || c == 0x110 || c == 0x111 || c == 0x128 || c == 0x129 ||
         c == 0x168 || c == 0x169 || c == 0x1A0 || c == 0x1A1 || c == 0x1AF || c == 0x1B0 ||
         (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x300 && c <= 0x323);
}

bool ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The code points of UTF-8 `text` (the readers have checked it; an invalid byte is skipped).
std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &c);
    if (n <= 0) {
      ++i;
      continue;
    }
    out.push_back(static_cast<char32_t>(c));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  std::array<utf8proc_uint8_t, 4> buffer{};
  const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer.data());
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

}  // namespace

std::size_t tcvn3_signs(std::string_view text) {
  const std::vector<char32_t> cps = code_points(text);
  // A letter of the encoding that Unicode Vietnamese never writes, beside a letter: "V¨n",
  // "H§ND", "x·" (not "§ 3" or "3 × 4").
  const auto letter = [&](std::size_t j) {
    return ascii_letter(cps[j]) || letter_of(cps[j]) != nullptr;
  };
  std::size_t signs = 0;
  for (std::size_t k = 0; k < cps.size(); ++k) {
    if (unicode_only(cps[k])) return 0;
    if (letter_of(cps[k]) && !shared_with_unicode(cps[k]) &&
        ((k > 0 && letter(k - 1)) || (k + 1 < cps.size() && letter(k + 1)))) {
      ++signs;
    }
  }
  return signs;
}

std::optional<std::string> tcvn3_to_unicode(std::string_view text, bool document_in_tcvn3) {
  const std::size_t signs = tcvn3_signs(text);
  if (signs < (document_in_tcvn3 ? 1U : 2U)) return std::nullopt;
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  for (const char32_t c : code_points(text)) {
    if (const char* s = letter_of(c)) {
      out += s;
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

std::vector<SourceParagraph> convert_tcvn3(const std::vector<SourceParagraph>& input,
                                           std::vector<int>& converted) {
  // One paragraph that is surely TCVN3 makes a short one with a single sign ("Phßng Kinh tÕ",
  // a table cell) TCVN3 too.
  bool document_in_tcvn3 = false;
  for (const auto& p : input) {
    if (tcvn3_signs(p.text) >= 2) {
      document_in_tcvn3 = true;
      break;
    }
  }
  std::vector<SourceParagraph> out = input;
  if (!document_in_tcvn3) return out;
  for (auto& p : out) {
    if (auto unicode = tcvn3_to_unicode(p.text, true)) {
      p.text = std::move(*unicode);
      if (auto run_in = tcvn3_to_unicode(p.run_in, true)) p.run_in = std::move(*run_in);
      for (auto& line : p.lines)
        if (auto unicode_line = tcvn3_to_unicode(line, true)) line = std::move(*unicode_line);
      converted.push_back(p.line);
    }
  }
  return out;
}

}  // namespace kehoach
