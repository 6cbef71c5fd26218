#include "read/scalar_segments.hpp"

#include <algorithm>
#include <optional>

#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// The column a continuation line of the scalar at `at` must be indented beyond: the key's
// column for a mapping value, the dash's for a sequence entry.
std::size_t continuation_base(std::string_view line, std::size_t at) {
  std::size_t content = indentation(line);
  std::size_t dash = content;
  while (line.substr(content, 2) == "- ") {
    dash = content;
    content += 2;
    while (content < line.size() && line[content] == ' ') ++content;
  }
  const std::string_view before = line.substr(content, at > content ? at - content : 0);
  return before.find(": ") != std::string_view::npos || before.ends_with(":") ? content : dash;
}

}  // namespace

std::optional<std::size_t> block_header_above(const std::vector<std::string>& lines,
                                              std::size_t li) {
  for (std::size_t j = li; j-- > 0;) {
    if (blank_line(lines[j])) continue;
    std::string_view l = lines[j];
    if (const auto comment = l.find(" #"); comment != std::string_view::npos) {
      l = l.substr(0, comment);
    }
    l = trim(l);
    const auto space = l.find_last_of(' ');
    const std::string_view last = space == std::string_view::npos ? l : l.substr(space + 1);
    const bool header = !last.empty() && (last.front() == '|' || last.front() == '>');
    if (header && indentation(lines[j]) < indentation(lines[li])) return j;
    return std::nullopt;
  }
  return std::nullopt;
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.emplace_back(text.substr(start));
      break;
    }
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;  // a text ending in '\n' ends with an empty line
}

// Byte offset of the 1-based character column `column` in `line`.
std::size_t byte_offset(std::string_view line, int column) {
  std::size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

std::size_t indentation(std::string_view line) {
  const auto at = line.find_first_not_of(' ');
  return at == std::string_view::npos ? line.size() : at;
}

bool blank_line(std::string_view line) { return trim(line).empty(); }

// True when `at` lies inside a flow collection ([…] or {…}) opened earlier on the line.
bool in_flow(std::string_view line, std::size_t at) {
  int depth = 0;
  char quote = 0;
  for (std::size_t i = 0; i < at && i < line.size(); ++i) {
    const char c = line[i];
    if (quote) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return depth > 0;
}

// Where the text of the scalar starting at `at` is written: one segment per line.
std::vector<Segment> scalar_segments(const std::vector<std::string>& lines, Position at) {
  std::vector<Segment> out;
  if (at.line < 1 || static_cast<std::size_t>(at.line) > lines.size()) return out;
  const std::size_t li = static_cast<std::size_t>(at.line) - 1;
  const std::string& line = lines[li];
  const std::size_t b = byte_offset(line, at.column);
  if (b >= line.size()) return out;
  const char c = line[b];
  // The lines of a block's text: from `first` on, those indented beyond its header's `base`.
  auto block = [&lines, &out](std::size_t base, std::size_t first) {
    for (std::size_t j = first; j < lines.size(); ++j) {
      if (blank_line(lines[j])) continue;
      const std::size_t ind = indentation(lines[j]);
      if (ind <= base) break;
      out.push_back({j, ind, lines[j].size()});
    }
    return out;
  };
  if (c == ' ' || c == '\t') {
    // A block's text, placed on its first line of content.
    const auto header = block_header_above(lines, li);
    if (!header) return out;
    return block(indentation(lines[*header]), li);
  }

  if (c == '"' || c == '\'') {
    std::size_t from = b + 1;
    for (std::size_t j = li; j < lines.size(); ++j) {
      const std::string& l = lines[j];
      if (j > li) from = indentation(l);
      std::size_t i = from;
      bool closed = false;
      for (; i < l.size(); ++i) {
        if (c == '"' && l[i] == '\\') {
          ++i;
        } else if (l[i] == c) {
          if (c == '\'' && i + 1 < l.size() && l[i + 1] == '\'') {
            ++i;
          } else {
            closed = true;
            break;
          }
        }
      }
      out.push_back({j, from, std::min(i, l.size())});
      if (closed) break;
    }
    return out;
  }
  if (c == '|' || c == '>') return block(indentation(line), li + 1);

  const bool flow = in_flow(line, b);
  auto plain_end = [flow](std::string_view l, std::size_t from, bool& comment) {
    std::size_t e = from;
    comment = false;
    for (; e < l.size(); ++e) {
      if (l[e] == '#' && e > 0 && (l[e - 1] == ' ' || l[e - 1] == '\t')) {
        comment = true;
        break;
      }
      if (flow && (l[e] == ',' || l[e] == '}' || l[e] == ']')) break;
    }
    while (e > from && (l[e - 1] == ' ' || l[e - 1] == '\t')) --e;
    return e;
  };
  bool comment = false;
  out.push_back({li, b, plain_end(line, b, comment)});
  if (flow || comment) return out;
  const std::size_t base = continuation_base(line, b);
  for (std::size_t j = li + 1; j < lines.size(); ++j) {
    const std::string& l = lines[j];
    if (blank_line(l)) break;
    const std::size_t ind = indentation(l);
    if (ind <= base || l[ind] == '#') break;
    out.push_back({j, ind, plain_end(l, ind, comment)});
    if (comment) break;
  }
  return out;
}

}  // namespace kehoach
