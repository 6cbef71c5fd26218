// The text of a YAML file as the reader sees it: one pass that finds what would stop the parse
// (invalid UTF-8, a control character) and whether NFC has anything to do, and the map from
// byte offsets to the line and character column every diagnostic carries. Internal to the
// reading layer (yaml_tree, yaml_syntax).
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kehoach/diagnostic.hpp"

namespace kehoach::yaml_tree {

/// What one pass over a file's bytes found.
struct TextScan {
  std::optional<std::size_t> invalid_utf8;  ///< offset of the first invalid UTF-8 sequence
  std::optional<std::size_t> control;       ///< offset of the first character YAML does not allow
  unsigned control_code = 0;                ///< that character's code point
  bool has_cr = false;                      ///< a carriage return is present
  /// A character NFC might change is present (only then does utf8proc have to run).
  bool maybe_not_nfc = false;
};

/// Scans `text` once: UTF-8 validity (overlong forms and surrogates refused, as utf8proc
/// refuses them), the first C0 or C1 control but tab and line ends, DEL, U+FFFE or U+FFFF, and
/// the NFC quick check. Eight ASCII bytes at a time where it can.
[[nodiscard]] TextScan scan_text(std::string_view text);

/// True when `text` starts like a UTF-16 file: a UTF-16 byte order mark, or an ASCII character
/// next to a NUL byte.
[[nodiscard]] bool looks_like_utf16(std::string_view text);

/// Converts byte offsets into 1-based line and character column. Calls come mostly in file
/// order, so the last answer is kept and the next column is counted on from it: without that a
/// 4 MB single-line flow sequence would cost a scan from the line start per node.
class SourceMap {
 public:
  explicit SourceMap(std::string_view text);

  /// The position of byte `offset` (clamped to the end of the text).
  [[nodiscard]] Position at(std::size_t offset) const;

  /// The offset of 1-based `line` and character `column` (clamped to the line).
  [[nodiscard]] std::size_t offset(int line, int column) const;

  /// The offset where 1-based line `line` starts (the text's size past the last line).
  [[nodiscard]] std::size_t line_start(std::size_t line) const {
    if (line == 0 || line > m_starts.size()) return m_text.size();
    return m_starts[line - 1];
  }

  /// The text of 1-based line `line`, without its line end.
  [[nodiscard]] std::string_view line(std::size_t line) const {
    if (line == 0 || line > m_starts.size()) return {};
    const std::size_t start = m_starts[line - 1];
    const std::size_t end = line < m_starts.size() ? m_starts[line] - 1 : m_text.size();
    return m_text.substr(start, end - start);
  }

  [[nodiscard]] std::string_view text() const { return m_text; }

 private:
  std::string_view m_text;
  std::vector<std::size_t> m_starts;
  mutable bool m_cached = false;
  mutable std::size_t m_cache_offset = 0;
  mutable std::size_t m_cache_line_end = 0;
  mutable Position m_cache_pos;
};

}  // namespace kehoach::yaml_tree
