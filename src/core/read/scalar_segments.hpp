// Where a scalar's text is written in its YAML source: the bytes of each line that hold it
// (plain, quoted or block), for the rollover's edits and the checks that point inside a text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/diagnostic.hpp"

namespace kehoach {

/// A part of one line (bytes [begin, end)) that holds a scalar's text.
struct Segment {
  std::size_t line = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The lines of `text`, without their '\n'; a text ending in '\n' ends with an empty line.
[[nodiscard]] std::vector<std::string> split_lines(std::string_view text);

/// Byte offset of the 1-based character column `column` in `line`.
[[nodiscard]] std::size_t byte_offset(std::string_view line, int column);

/// The number of spaces that open `line`.
[[nodiscard]] std::size_t indentation(std::string_view line);

/// Whether `line` holds nothing but white space.
[[nodiscard]] bool blank_line(std::string_view line);

/// True when `at` lies inside a flow collection ([…] or {…}) opened earlier on the line.
[[nodiscard]] bool in_flow(std::string_view line, std::size_t at);

/// The line of the block scalar header ("key: |", "- >-") above line `li`, when the scalar whose
/// text starts on line `li` is a block: the loader places a block's text on its first line of
/// content, not on its header.
[[nodiscard]] std::optional<std::size_t> block_header_above(const std::vector<std::string>& lines,
                                                            std::size_t li);

/// Where the text of the scalar starting at `at` is written: one segment per line.
[[nodiscard]] std::vector<Segment> scalar_segments(const std::vector<std::string>& lines,
                                                   Position at);

}  // namespace kehoach
