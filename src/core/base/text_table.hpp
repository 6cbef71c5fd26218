// Plain-text tables for the list commands (deadlines, overdue, progress): columns aligned by
// characters, not bytes (Vietnamese letters take 2–3 bytes), fitted to a width when one is given.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kehoach::text_table {

/// One column: its header, and whether it may be shortened to fit (titles, agencies, phrases).
struct Column {
  std::string header;
  bool flexible = false;
  int order = 0;          ///< flexible columns with a higher order give way first…
  std::size_t floor = 5;  ///< …down to this many characters, before the others do
};

/// The ANSI colour to start a cell with (empty: none), by row and column.
using Style = std::function<std::string_view(std::size_t row, std::size_t column)>;

/// `text` on one line: tabs and line ends inside a cell would break the table.
[[nodiscard]] std::string one_line(std::string_view text);
/// The first `width` characters of `text`, the last replaced by `…` when it is longer.
[[nodiscard]] std::string clip(std::string_view text, std::size_t width);

/// The table, two spaces between columns, no trailing spaces. With `width` > 0 the flexible
/// columns are shortened until each line fits in `width` characters: first by `order` down to
/// their `floor`, then widest first down to 5 characters; with 0 every cell is shown whole. `style`
/// colours cells without changing their width.
[[nodiscard]] std::string render(const std::vector<Column>& columns,
                                 const std::vector<std::vector<std::string>>& rows,
                                 std::string_view indent, std::size_t width,
                                 const Style& style = {});

}  // namespace kehoach::text_table
