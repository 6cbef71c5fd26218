// Reading plain-text and Markdown plans into paragraphs. Text from Word ("Unicode text" is
// UTF-16 with a BOM) and text written by `render --format text` (wrapped at 80 columns, the
// header and the signature in two columns side by side) are both read.
#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "import/import_common.hpp"
#include "kehoach/import.hpp"

#include <utf8proc.h>
#include "kehoach/text.hpp"

namespace kehoach {

std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
        return ForbiddenCharacter{i, c};
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return std::nullopt;  // not UTF-8: the readers say so first
    if ((cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF)
      return ForbiddenCharacter{i, static_cast<unsigned>(cp)};
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

Message forbidden_character_message(unsigned code) {
  return {
      fmt::format("ký tự điều khiển U+{:04X} không được có trong kế hoạch: xóa ký tự này (thường "
                  "do dán từ Word hoặc PDF) rồi nhập lại",
                  code),
      fmt::format("control character U+{:04X} cannot be in a plan: delete it (it usually comes "
                  "from pasting from Word or a PDF) and import again",
                  code)};
}

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// UTF-16 (after its BOM) to UTF-8; nullopt with the 1-based line of the first unpaired
// surrogate or odd trailing byte.
std::optional<std::string> utf16_to_utf8(std::string_view bytes, bool little, int& bad_line) {
  std::string out;
  out.reserve(bytes.size());
  int line = 1;
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? static_cast<std::uint32_t>(a | (b << 8))
                  : static_cast<std::uint32_t>((a << 8) | b);
  };
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    if (i + 1 >= bytes.size()) {
      bad_line = line;
      return std::nullopt;
    }
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 3 >= bytes.size()) {
        bad_line = line;
        return std::nullopt;
      }
      const std::uint32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) {
        bad_line = line;
        return std::nullopt;
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      bad_line = line;
      return std::nullopt;
    }
    if (cp == '\n') ++line;
    append_utf8(out, cp);
  }
  return out;
}

// The bytes as UTF-8 text with LF line ends, or why not (with where).
ReadResult decode(std::string_view bytes, std::string& text) {
  ReadResult result;
  if (bytes.size() > max_import_text_bytes) {
    result.failure = Message{
        fmt::format("tệp quá lớn ({} byte; giới hạn {} byte)", bytes.size(), max_import_text_bytes),
        fmt::format("file too large ({} bytes; the limit is {} bytes)", bytes.size(),
                    max_import_text_bytes)};
    return result;
  }
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    int bad_line = 0;
    auto converted = utf16_to_utf8(bytes.substr(2), bytes[0] == '\xFF', bad_line);
    if (!converted) {
      result.at = {bad_line, 1};
      result.failure = Message{"văn bản UTF-16 hỏng (thiếu nửa cặp thay thế hoặc byte lẻ)",
                               "broken UTF-16 text (an unpaired surrogate or an odd byte)"};
      return result;
    }
    text = std::move(*converted);
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    text = std::string(bytes);
  }
  if (const auto bad = find_invalid_utf8(text)) {
    const std::string_view before(text.data(), *bad);
    const auto line = std::count(before.begin(), before.end(), '\n') + 1;
    const auto line_start = before.rfind('\n');
    const std::string_view head =
        line_start == std::string_view::npos ? before : before.substr(line_start + 1);
    result.at = {static_cast<int>(line), static_cast<int>(display_width(head)) + 1};
    result.failure = Message{"văn bản không phải UTF-8 hợp lệ: lưu lại tệp với bảng mã UTF-8",
                             "the text is not valid UTF-8: save the file as UTF-8"};
    return result;
  }
  std::string lf;
  lf.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      lf.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (text[i] == '\f' || text[i] == '\v') {
      lf.push_back('\n');  // Word's .txt export: a page break, a manual line break
    } else if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\x85') {
      lf.push_back('\n');  // U+0085 NEXT LINE ends a line, as Unicode says
      ++i;
    } else {
      lf.push_back(text[i]);
    }
  }
  if (const auto bad = find_forbidden_character(lf)) {
    const std::string_view before(lf.data(), bad->offset);
    const auto line = std::count(before.begin(), before.end(), '\n') + 1;
    const auto line_start = before.rfind('\n');
    const std::string_view head =
        line_start == std::string_view::npos ? before : before.substr(line_start + 1);
    result.at = {static_cast<int>(line), static_cast<int>(display_width(head)) + 1};
    result.failure = forbidden_character_message(bad->code);
    return result;
  }
  text = to_nfc(lf);
  return result;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::size_t leading_spaces(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
  return n;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

// Whether a line of a two-column block starts with the list marker of a wrapped cell.
bool starts_with_marker(std::string_view text) {
  return recognise_outline_label(trim(text)).kind != OutlineLabel::Kind::none;
}

// Whether a gap after `left` is inside the number line, not between two columns: "Số:   12/KH"
// and "Số: 12   /KH" (the form's blank filled in), "Số:      /KH-UBND" (a draft's blank).
bool number_gap(std::string_view left, char next) {
  constexpr std::string_view label = "Số:";
  if (left.substr(0, label.size()) != label) return false;
  const std::string_view digits = trim(left.substr(label.size()));
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  return next == '/' || (digits.empty() && next >= '0' && next <= '9');
}

// The left and right parts of a line of a two-column block: split at the first run of three or
// more spaces after the left text (not inside the number line: number_gap); a line indented
// past the middle is right only.
std::pair<std::string, std::string> split_columns(std::string_view line) {
  const std::size_t lead = leading_spaces(line);
  if (lead >= 20) return {"", std::string(trim(line))};
  std::size_t at = lead;
  while (at < line.size()) {
    const auto gap = line.find("   ", at);
    if (gap == std::string_view::npos) break;
    const std::string_view left = trim(line.substr(0, gap));
    std::size_t after = gap;
    while (after < line.size() && line[after] == ' ') ++after;
    if (after >= line.size()) break;
    if (number_gap(left, line[after])) {
      at = after;
      continue;
    }
    return {std::string(left), std::string(trim(line.substr(after)))};
  }
  return {std::string(trim(line)), ""};
}

// A block of lines laid out in two columns becomes two columns of cells, each cell one
// paragraph (a wrapped cell's lines, indented under its marker, joined).
void two_columns(const std::vector<std::string_view>& lines, std::size_t from, std::size_t to,
                 int table, std::vector<SourceParagraph>& out) {
  std::vector<SourceParagraph> columns[2];
  for (std::size_t i = from; i < to; ++i) {
    if (is_blank(lines[i])) continue;
    const auto [left, right] = split_columns(lines[i]);
    const std::string parts[2] = {left, right};
    const bool left_hangs = leading_spaces(lines[i]) >= 2 && leading_spaces(lines[i]) < 6 &&
                            !starts_with_marker(lines[i]);
    for (int c = 0; c < 2; ++c) {
      if (parts[c].empty()) continue;
      auto& column = columns[c];
      if (c == 0 && left_hangs && !column.empty()) {
        column.back().text += " " + parts[c];
        continue;
      }
      SourceParagraph p;
      p.text = parts[c];
      p.line = static_cast<int>(i + 1);
      p.table = table;
      p.row = static_cast<int>(column.size());
      p.column = c;
      column.push_back(std::move(p));
    }
  }
  for (auto& column : columns)
    for (auto& p : column) out.push_back(std::move(p));
}

}  // namespace

ReadResult read_text_document(std::string_view bytes) {
  std::string text;
  ReadResult result = decode(bytes, text);
  if (result.failure) return result;
  const auto lines = split_lines(text);
  // The header block ends at "KẾ HOẠCH"; the closing block starts at "Nơi nhận".
  std::size_t kind_line = lines.size();
  std::size_t recipients_line = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string f = fold_ascii(strip_markup(lines[i]).text);
    if (kind_line == lines.size() && f == "ke hoach") kind_line = i;
    if (f.rfind("noi nhan", 0) == 0) recipients_line = i;
  }
  if (kind_line == lines.size()) kind_line = 0;
  if (recipients_line < kind_line) recipients_line = lines.size();
  // Two-column layout only where some line has a gap of three spaces between two texts.
  auto has_columns = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      const auto [l, r] = split_columns(lines[i]);
      if (!l.empty() && !r.empty()) return true;
    }
    return false;
  };
  int tables = 0;
  std::size_t body_from = 0;
  if (kind_line > 0 && has_columns(0, kind_line)) {
    two_columns(lines, 0, kind_line, tables++, result.paragraphs);
    body_from = kind_line;
  }
  const bool bottom = has_columns(recipients_line, lines.size());
  const std::size_t body_to = bottom ? recipients_line : lines.size();

  // Wrapped lines: a line indented under the first line's marker, or a line that did not fit
  // the 80 columns `render --format text` writes, continues the paragraph above.
  SourceParagraph* open = nullptr;
  std::size_t open_width = 0;
  bool open_at_margin = false;
  for (std::size_t i = body_from; i < body_to; ++i) {
    const std::string_view raw = lines[i];
    if (is_blank(raw)) {
      open = nullptr;
      SourceParagraph blank_line;
      blank_line.line = static_cast<int>(i + 1);
      result.paragraphs.push_back(std::move(blank_line));
      continue;
    }
    const std::size_t indent = leading_spaces(raw);
    const Stripped s = strip_markup(raw);
    const std::string_view body = trim(raw);
    const std::size_t first_word = display_width(body.substr(0, body.find(' ')));
    const bool hangs = indent > 0 && indent <= 8 && open_at_margin;
    const bool overflowed = indent == 0 && open_width <= 80 && open_width + 1 + first_word > 80 &&
                            !starts_with_marker(body);
    if (open != nullptr && (hangs || overflowed) && !s.heading) {
      open->text += " " + s.text;
      open_width = display_width(raw);
      continue;
    }
    SourceParagraph p;
    p.text = s.text;
    p.line = static_cast<int>(i + 1);
    p.heading = s.heading;
    p.run_in = s.run_in;
    result.paragraphs.push_back(std::move(p));
    open = &result.paragraphs.back();
    open_width = display_width(raw);
    open_at_margin = indent == 0;
  }
  if (bottom) two_columns(lines, recipients_line, lines.size(), tables++, result.paragraphs);
  for (auto& p : result.paragraphs) p.text = std::string(trim(p.text));
  return result;
}

ReadResult read_markdown_document(std::string_view bytes) {
  std::string text;
  ReadResult result = decode(bytes, text);
  if (result.failure) return result;
  const auto lines = split_lines(text);
  int tables = 0;
  bool in_table = false;
  int row = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.size() >= 2 && line.front() == '|') {
      if (!in_table) {
        in_table = true;
        row = 0;
        ++tables;
      }
      // Cells between unescaped pipes.
      std::vector<std::string> cells;
      std::string cell;
      for (std::size_t k = 1; k < line.size(); ++k) {
        if (line[k] == '\\' && k + 1 < line.size() && line[k + 1] == '|') {
          cell += "\\|";
          ++k;
        } else if (line[k] == '|') {
          cells.push_back(cell);
          cell.clear();
        } else {
          cell.push_back(line[k]);
        }
      }
      const bool separator = std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
        const auto t = trim(c);
        return !t.empty() && t.find_first_not_of(":- ") == std::string_view::npos;
      });
      if (separator) continue;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const Stripped s = strip_markup(cells[c]);
        SourceParagraph p;
        p.text = s.text;
        p.line = static_cast<int>(i + 1);
        p.heading = s.heading;
        p.table = tables - 1;
        p.row = row;
        p.column = static_cast<int>(c);
        result.paragraphs.push_back(std::move(p));
      }
      ++row;
      continue;
    }
    in_table = false;
    const Stripped s = strip_markup(line);
    SourceParagraph p;
    p.text = s.text;
    p.line = static_cast<int>(i + 1);
    p.heading = s.heading;
    p.run_in = s.run_in;
    result.paragraphs.push_back(std::move(p));
  }
  return result;
}

}  // namespace kehoach
