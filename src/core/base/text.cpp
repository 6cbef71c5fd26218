#include "kehoach/text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <utility>
#include <vector>

namespace kehoach {

namespace {

// Puts each run of combining marks (non-zero canonical combining class) in canonical order: a
// stable sort by class. utf8proc_map does it by swapping neighbours, which is quadratic: 80,000
// mixed marks after one letter took 11 s. This is O(n log n) in the longest run.
void reorder_marks(std::vector<utf8proc_int32_t>& points) {
  auto combining = [](utf8proc_int32_t cp) { return utf8proc_get_property(cp)->combining_class; };
  std::size_t i = 0;
  while (i < points.size()) {
    if (combining(points[i]) == 0) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < points.size() && combining(points[end]) != 0) ++end;
    if (end - i > 1) {
      std::stable_sort(
          points.begin() + static_cast<std::ptrdiff_t>(i),
          points.begin() + static_cast<std::ptrdiff_t>(end),
          [&](utf8proc_int32_t a, utf8proc_int32_t b) { return combining(a) < combining(b); });
    }
    i = end;
  }
}

// What utf8proc_map with `options` gives, in time near-linear in the text: each character
// decomposed (and case-folded, marks stripped, as `options` say) once, the marks put in
// canonical order once, composed once. Nullopt on invalid input.
std::optional<std::string> map_utf8(std::string_view text, int options) {
  const auto flags = static_cast<utf8proc_option_t>(options);
  std::vector<utf8proc_int32_t> points;
  points.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0 || cp < 0) return std::nullopt;
    i += static_cast<std::size_t>(n);
    // A canonical decomposition has at most 4 code points, a case-folded compatibility one 18.
    std::array<utf8proc_int32_t, 32> parts{};
    int boundary = 0;
    const auto count = utf8proc_decompose_char(
        cp, parts.data(), static_cast<utf8proc_ssize_t>(parts.size()), flags, &boundary);
    if (count < 0 || static_cast<std::size_t>(count) > parts.size()) return std::nullopt;
    points.insert(points.end(), parts.begin(), parts.begin() + count);
  }
  if (options & (UTF8PROC_COMPOSE | UTF8PROC_DECOMPOSE)) reorder_marks(points);
  const auto length =
      utf8proc_normalize_utf32(points.data(), static_cast<utf8proc_ssize_t>(points.size()), flags);
  if (length < 0) return std::nullopt;
  std::string out;
  out.reserve(text.size());
  std::array<utf8proc_uint8_t, 4> bytes{};
  for (utf8proc_ssize_t k = 0; k < length; ++k) {
    const auto n = utf8proc_encode_char(points[static_cast<std::size_t>(k)], bytes.data());
    out.append(reinterpret_cast<const char*>(bytes.data()), static_cast<std::size_t>(n));
  }
  return out;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0 || cp < 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::string replace_invalid_utf8(std::string_view text, bool controls) {
  static constexpr std::string_view replacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
      const bool control = (byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F;
      if (controls && control) {
        out.append(replacement);
      } else {
        out.push_back(text[i]);
      }
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0 || cp < 0) {
      out.append(replacement);
      ++i;
      continue;
    }
    if (controls && ((cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F))) {
      out.append(replacement);
    } else {
      out.append(text.substr(i, static_cast<std::size_t>(n)));
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// The code point at `text[i]` and its length in bytes; length 0 for an invalid sequence.
std::pair<std::int32_t, std::size_t> next_code_point(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return {byte, 1};
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                  static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (n <= 0 || cp < 0) return {-1, 0};
  return {cp, static_cast<std::size_t>(n)};
}

bool is_control(std::int32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

}  // namespace

namespace {

// The length of the SGR colour sequence at `at` (ESC `[` digits and `;`, then `m`), or 0.
std::size_t colour_sequence(std::string_view text, std::size_t at) {
  if (at + 2 >= text.size() || text[at] != '\x1b' || text[at + 1] != '[') return 0;
  std::size_t i = at + 2;
  while (i < text.size() && i - at < 16 && ((text[i] >= '0' && text[i] <= '9') || text[i] == ';')) {
    ++i;
  }
  return i < text.size() && text[i] == 'm' ? i + 1 - at : 0;
}

}  // namespace

namespace {

bool unsafe_at(std::string_view text, std::int32_t cp, std::size_t i) {
  return is_control(cp) && cp != '\t' && cp != '\n' &&
         !(cp == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
}

// How many bytes at the start of `text` `printable` would keep as they are.
std::size_t printable_prefix(std::string_view text, bool keep_colour) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto [cp, n] = next_code_point(text, i);
    if (n == 0) break;
    if (unsafe_at(text, cp, i)) {
      const std::size_t sgr = keep_colour ? colour_sequence(text, i) : 0;
      if (sgr == 0) break;
      i += sgr;
      continue;
    }
    i += n;
  }
  return i;
}

}  // namespace

bool is_printable(std::string_view text, bool keep_colour) {
  return printable_prefix(text, keep_colour) == text.size();
}

std::string printable(std::string_view text, bool keep_colour) {
  // Most output is clean: check before copying. Otherwise the text is copied run by run: at each
  // stop of `printable_prefix` stands an invalid byte or a control that is not kept.
  std::size_t i = printable_prefix(text, keep_colour);
  if (i == text.size()) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  out.append(text.substr(0, i));
  while (i < text.size()) {
    const std::size_t n = next_code_point(text, i).second;
    out.append(replacement_character);
    i += n == 0 ? 1 : n;
    const std::size_t run = printable_prefix(text.substr(i), keep_colour);
    out.append(text.substr(i, run));
    i += run;
  }
  return out;
}

std::string display_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  std::size_t i = 0;
  while (i < name.size()) {
    const auto [cp, n] = next_code_point(name, i);
    if (n == 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(name[i]));
      ++i;
      continue;
    }
    if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (is_control(cp)) {
      out += cp < 0x80 ? fmt::format("\\x{:02x}", cp) : fmt::format("\\u{:04x}", cp);
    } else {
      out.append(name.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string to_nfc(std::string_view text) {
  // Pure ASCII is already NFC; most of a plan file is, so skip the allocation-heavy path.
  bool ascii = true;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(text);
  auto mapped = map_utf8(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  return mapped ? *std::move(mapped) : std::string(text);
}

std::string fold(std::string_view text) {
  auto mapped = map_utf8(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  return collapse_spaces(mapped ? *mapped : text);
}

namespace {

// What utf8proc makes of `text` for fold_ascii, before spaces are collapsed: decomposed, case
// folded, marks stripped, and đ (U+0111; Đ U+0110 is folded to it) mapped by hand, as it has no
// decomposition. nullopt on invalid UTF-8.
std::optional<std::string> fold_ascii_mapped(std::string_view text) {
  auto mapped =
      map_utf8(text, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  if (!mapped) return std::nullopt;
  std::string out;
  out.reserve(mapped->size());
  for (std::size_t i = 0; i < mapped->size(); ++i) {
    const auto c = static_cast<unsigned char>((*mapped)[i]);
    if (c == 0xC4 && i + 1 < mapped->size() &&
        (static_cast<unsigned char>((*mapped)[i + 1]) == 0x91 ||
         static_cast<unsigned char>((*mapped)[i + 1]) == 0x90)) {
      out.push_back('d');
      ++i;
      continue;
    }
    out.push_back((*mapped)[i]);
  }
  return out;
}

// The code points the fast path of fold_ascii knows: Latin letters with every Vietnamese tone
// and vowel mark, combining marks, punctuation such as “ ” – … (U+2000–U+20FF).
constexpr utf8proc_int32_t fold_table_end = 0x2100;

// Each code point's folding, worked out by utf8proc the first time a thread meets it. The
// decomposition, case folding and mark stripping fold_ascii asks for act on one code point at a
// time, so folding a text is the folded code points one after another; the unit test
// "fold_ascii: the fast path agrees with utf8proc" checks it on every code point of the table.
struct FoldTable {
  std::vector<std::string> folded = std::vector<std::string>(fold_table_end);
  std::vector<bool> known = std::vector<bool>(fold_table_end, false);
};

}  // namespace

std::string detail::fold_ascii_utf8proc(std::string_view text) {
  auto mapped = fold_ascii_mapped(text);
  return collapse_spaces(mapped ? *mapped : text);
}

std::string fold_ascii(std::string_view text) {
  // Plans are mostly ASCII and Vietnamese letters: fold those from a table, without utf8proc's
  // per-call allocation and decomposition (callgrind: 3.7 M instructions per corpus plan went to
  // folding before). Anything else (a code point past the table, invalid UTF-8) goes to utf8proc.
  thread_local FoldTable table;
  std::string out;
  out.reserve(text.size());
  bool pending = false;  // a run of spaces seen after some output: collapse_spaces, inline
  auto put = [&](std::string_view piece) {
    for (const char c : piece) {
      if (is_space(c)) {
        pending = !out.empty();
        continue;
      }
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(c);
    }
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      const char c = byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a')
                                                : static_cast<char>(byte);
      put(std::string_view(&c, 1));
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0 || cp < 0 || cp >= fold_table_end) return detail::fold_ascii_utf8proc(text);
    const auto at = static_cast<std::size_t>(cp);
    if (!table.known[at]) {
      auto mapped = fold_ascii_mapped(text.substr(i, static_cast<std::size_t>(n)));
      if (!mapped) return detail::fold_ascii_utf8proc(text);
      table.folded[at] = *std::move(mapped);
      table.known[at] = true;
    }
    put(table.folded[at]);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool is_other_space(char32_t code) {
  return code == 0xA0 || (code >= 0x2000 && code <= 0x200A) || code == 0x202F || code == 0x205F ||
         code == 0x3000;
}

bool is_blank_text(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0 || cp < 0) return false;
    const auto code = static_cast<char32_t>(cp);
    const bool zero_width = (code >= 0x200B && code <= 0x200D) || code == 0x2060 || code == 0xFEFF;
    if (!is_other_space(code) && !zero_width) return false;
    i += static_cast<std::size_t>(n);
  }
  return true;
}

bool contains_word(std::string_view folded, std::string_view word) {
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  if (word.empty()) return false;
  for (auto at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !letter(folded[at - 1])) && (end == folded.size() || !letter(folded[end]))) {
      return true;
    }
  }
  return false;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else {
      out.push_back(c == '\n' || c == '\t' || c == '\r' ? ' ' : c);
    }
  }
  return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && !is_space(text[j])) ++j;
    if (j == i) break;
    const std::string_view word = text.substr(i, j - i);
    const std::size_t w = display_width(word);
    if (!line.empty() && line_width + 1 + w > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line.push_back(' ');
      ++line_width;
    }
    line.append(word);
    line_width += w;
    i = j;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (const char c : text) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace kehoach
