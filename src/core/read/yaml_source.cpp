#include "read/yaml_source.hpp"

#include <cstdint>
#include <cstring>

namespace kehoach::yaml_tree {

namespace {

constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t highs = 0x8080808080808080ULL;

// True when each of the 8 bytes of `w` is printable ASCII (0x20 to 0x7E): such a word needs
// no further look. Tests for a high bit, a byte below 0x20 and a byte equal to 0x7F at once.
bool printable_ascii(std::uint64_t w) {
  const std::uint64_t below_space = (w - 0x20 * ones) & ~w & highs;
  const std::uint64_t del = w ^ (0x7F * ones);
  const std::uint64_t is_del = (del - ones) & ~del & highs;
  return ((w & highs) | below_space | is_del) == 0;
}

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the sequence at `i` (whose first byte is at least 0x80) as utf8proc_iterate does:
// overlong forms, surrogates and code points past U+10FFFF are invalid. Returns the code point
// and advances `i`, or returns -1 and leaves `i`.
long decode(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const std::size_t left = s.size() - i;
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (left < 2 || !continuation(at(1))) return -1;
    const long cp = (long{b0 & 0x1F} << 6) | long{at(1) & 0x3Fu};
    i += 2;
    return cp;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (left < 3 || !continuation(at(1)) || !continuation(at(2))) return -1;
    if (b0 == 0xE0 && at(1) < 0xA0) return -1;   // overlong
    if (b0 == 0xED && at(1) >= 0xA0) return -1;  // surrogate
    const long cp = (long{b0 & 0x0F} << 12) | (long{at(1) & 0x3Fu} << 6) | long{at(2) & 0x3Fu};
    i += 3;
    return cp;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (left < 4 || !continuation(at(1)) || !continuation(at(2)) || !continuation(at(3))) {
      return -1;
    }
    if (b0 == 0xF0 && at(1) < 0x90) return -1;   // overlong
    if (b0 == 0xF4 && at(1) >= 0x90) return -1;  // past U+10FFFF
    const long cp = (long{b0 & 0x07} << 18) | (long{at(1) & 0x3Fu} << 12) |
                    (long{at(2) & 0x3Fu} << 6) | long{at(3) & 0x3Fu};
    i += 4;
    return cp;
  }
  return -1;
}

// Characters NFC leaves alone whatever surrounds them: Latin up to U+02FF, the precomposed
// Vietnamese letters, general punctuation, currency signs. Vietnamese written in NFC has no
// other, so utf8proc runs only for text that may need it.
bool nfc_stable(long cp) {
  return (cp >= 0x80 && cp < 0x300) || (cp >= 0x1EA0 && cp <= 0x1EF9) ||
         (cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF);
}

}  // namespace

TextScan scan_text(std::string_view text) {
  TextScan scan;
  const std::size_t n = text.size();
  std::size_t i = 0;
  auto control = [&](std::size_t at, unsigned code) {
    if (scan.control) return;
    scan.control = at;
    scan.control_code = code;
  };
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t w = 0;
      std::memcpy(&w, text.data() + i, 8);
      if (printable_ascii(w)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) {
        if (c == '\r') {
          scan.has_cr = true;
        } else if (c != '\n' && c != '\t') {
          control(i, c);
        }
      }
      ++i;
      continue;
    }
    // Vietnamese in NFC is mostly two-byte Latin letters (U+00C0 to U+02FF) and the three-byte
    // precomposed letters U+1EA0 to U+1EF9: valid, not controls, NFC-stable, so skip them first.
    if (c >= 0xC3 && c <= 0xCB && i + 1 < n &&
        continuation(static_cast<unsigned char>(text[i + 1]))) {
      i += 2;
      continue;
    }
    if (c == 0xE1 && i + 2 < n) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0xBA && b2 >= 0xA0 && b2 <= 0xBF) || (b1 == 0xBB && b2 >= 0x80 && b2 <= 0xB9)) {
        i += 3;
        continue;
      }
    }
    const std::size_t start = i;
    const long cp = decode(text, i);
    if (cp < 0) {
      scan.invalid_utf8 = start;
      return scan;
    }
    if (cp <= 0x9F) {
      control(start, static_cast<unsigned>(cp));
    } else if (cp == 0xFFFE || cp == 0xFFFF) {
      control(start, static_cast<unsigned>(cp));
    }
    if (!nfc_stable(cp)) scan.maybe_not_nfc = true;
  }
  return scan;
}

bool looks_like_utf16(std::string_view text) {
  if (text.size() < 2) return false;
  const auto a = static_cast<unsigned char>(text[0]);
  const auto b = static_cast<unsigned char>(text[1]);
  if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) return true;
  return (a == 0) != (b == 0) && (a | b) < 0x80;
}

SourceMap::SourceMap(std::string_view text) : m_text(text) {
  m_starts.push_back(0);
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* p = begin; p < end;) {
    const void* found = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (!found) break;
    p = static_cast<const char*>(found) + 1;
    m_starts.push_back(static_cast<std::size_t>(p - begin));
  }
}

namespace {

// Counts code points in valid UTF-8 (continuation bytes are not characters).
int count_chars(std::string_view text) {
  int count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace

Position SourceMap::at(std::size_t offset) const {
  offset = std::min(offset, m_text.size());
  if (m_cached && offset >= m_cache_offset && offset < m_cache_line_end) {
    m_cache_pos.column += count_chars(m_text.substr(m_cache_offset, offset - m_cache_offset));
    m_cache_offset = offset;
    return m_cache_pos;
  }
  const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
  const auto line = static_cast<std::size_t>(next - m_starts.begin()) - 1;
  const std::size_t start = m_starts[line];
  m_cached = true;
  m_cache_offset = offset;
  m_cache_line_end = next == m_starts.end() ? m_text.size() + 1 : *next;
  m_cache_pos =
      Position{static_cast<int>(line) + 1, count_chars(m_text.substr(start, offset - start)) + 1};
  return m_cache_pos;
}

std::size_t SourceMap::offset(int line, int column) const {
  if (line < 1) return 0;
  const std::string_view text = this->line(static_cast<std::size_t>(line));
  std::size_t i = line_start(static_cast<std::size_t>(line));
  const std::size_t end = i + text.size();
  for (int k = 1; k < column && i < end; ++k) {
    ++i;
    while (i < end && (static_cast<unsigned char>(m_text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

}  // namespace kehoach::yaml_tree
