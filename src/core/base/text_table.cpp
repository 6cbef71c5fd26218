#include "base/text_table.hpp"

#include <algorithm>
#include <functional>

#include "kehoach/text.hpp"

namespace kehoach::text_table {

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) out.push_back(c == '\n' || c == '\t' || c == '\r' ? ' ' : c);
  return out;
}

std::string clip(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  std::size_t chars = 0;
  std::size_t i = 0;
  while (i < text.size() && chars < width - 1) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    ++chars;
  }
  return std::string(text.substr(0, i)) + "…";
}

std::string render(const std::vector<Column>& columns,
                   const std::vector<std::vector<std::string>>& rows, std::string_view indent,
                   std::size_t width, const Style& style) {
  constexpr std::size_t gap = 2;
  constexpr std::size_t narrowest = 5;
  std::vector<std::size_t> widths(columns.size());
  for (std::size_t c = 0; c < columns.size(); ++c) {
    std::size_t w = display_width(columns[c].header);
    for (const auto& row : rows) w = std::max(w, display_width(one_line(row[c])));
    widths[c] = w;
  }
  if (width > 0) {
    std::size_t total = display_width(indent);
    for (std::size_t c = 0; c < widths.size(); ++c) total += widths[c] + (c > 0 ? gap : 0);
    // First the columns that matter least give way, down to their floor; then one character
    // at a time from the widest flexible column, so the rest end up as even as the room allows.
    std::vector<int> orders;
    for (const auto& c : columns) {
      if (c.flexible && c.order > 0) orders.push_back(c.order);
    }
    std::sort(orders.begin(), orders.end(), std::greater<>());
    orders.erase(std::unique(orders.begin(), orders.end()), orders.end());
    for (const int order : orders) {
      for (std::size_t c = 0; c < columns.size() && total > width; ++c) {
        if (!columns[c].flexible || columns[c].order != order) continue;
        const std::size_t floor = std::max(columns[c].floor, narrowest);
        if (widths[c] <= floor) continue;
        const std::size_t take = std::min(widths[c] - floor, total - width);
        widths[c] -= take;
        total -= take;
      }
    }
    while (total > width) {
      std::size_t widest = columns.size();
      for (std::size_t c = 0; c < columns.size(); ++c) {
        if (!columns[c].flexible || widths[c] <= narrowest) continue;
        if (widest == columns.size() || widths[c] > widths[widest]) widest = c;
      }
      if (widest == columns.size()) break;  // as narrow as it goes: the lines stay longer
      --widths[widest];
      --total;
    }
  }
  auto line = [&](const std::vector<std::string>& cells, std::size_t row, bool header) {
    std::string out(indent);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string cell = clip(one_line(cells[c]), widths[c]);
      const std::string_view colour = header || !style ? std::string_view() : style(row, c);
      if (!colour.empty()) {
        out += colour;
        out += cell;
        out += "\x1b[0m";
      } else {
        out += cell;
      }
      if (c + 1 < cells.size()) out += std::string(widths[c] - display_width(cell) + gap, ' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
    return out;
  };
  std::vector<std::string> headers;
  headers.reserve(columns.size());
  for (const auto& c : columns) headers.push_back(c.header);
  std::string out = line(headers, 0, true);
  for (std::size_t r = 0; r < rows.size(); ++r) out += line(rows[r], r, false);
  return out;
}

}  // namespace kehoach::text_table
