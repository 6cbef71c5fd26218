#include "read/yaml_syntax.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace kehoach::yaml_tree {

namespace {

constexpr std::string_view vi_prefix = "cú pháp YAML không hợp lệ: ";
constexpr std::string_view en_prefix = "invalid YAML syntax: ";

void syntax(Sink& sink, std::size_t offset, const SourceMap& source, std::string_view vi,
            std::string_view en, Message hint = {}) {
  sink.add("KH001", source.at(offset),
           {std::string(vi_prefix) + std::string(vi), std::string(en_prefix) + std::string(en)},
           std::move(hint));
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The offset of the first character of 1-based `line` that is not a blank.
std::size_t content_start(const SourceMap& source, int line) {
  const std::string_view text = source.line(static_cast<std::size_t>(line));
  std::size_t i = 0;
  while (i < text.size() && is_blank(text[i])) ++i;
  return source.line_start(static_cast<std::size_t>(line)) + i;
}

// `text` without a trailing ` # comment` and trailing blanks (quotes are not looked at: this
// is for lines that failed to parse, to guess what was meant).
std::string_view without_comment(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '#' && (i == 0 || is_blank(text[i - 1]))) {
      text = text.substr(0, i);
      break;
    }
  }
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

// The ASCII key word at the start of `text` (after blanks and a `- `), or empty.
std::string_view leading_key(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && is_blank(text[i])) ++i;
  if (text.substr(i).starts_with("- ")) i += 2;
  std::size_t end = i;
  while (end < text.size() && is_key_char(text[end])) ++end;
  return text.substr(i, end - i);
}

// A line's text in a hint, whole so that it can be copied, unless it is absurdly long.
std::string shortened(std::string_view text) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++chars > 200) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

// `value` in double quotes, with `\` and `"` escaped.
std::string double_quoted(std::string_view value) {
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// The column of the first tab in the indentation of `line` (1-based), when the line holds
// content rather than only blanks or a comment.
std::optional<int> indentation_tab(std::string_view line) {
  std::optional<int> tab;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\t') {
      if (!tab) tab = static_cast<int>(i) + 1;
    } else if (c != ' ') {
      return c == '#' ? std::nullopt : tab;
    }
  }
  return std::nullopt;
}

// A parser reports a tab in the indentation under several names, on the line before or after
// it: look for the tab itself.
std::optional<Position> tab_near(const SourceMap& source, Position error) {
  for (const int line : {error.line, error.line - 1, error.line + 1}) {
    if (line < 1) continue;
    if (const auto column = indentation_tab(source.line(static_cast<std::size_t>(line)))) {
      return Position{line, *column};
    }
  }
  return std::nullopt;
}

const Message escape_hint{"viết `\\\\` cho dấu `\\`, hoặc đặt chuỗi trong nháy đơn",
                          "write `\\\\` for a backslash, or use single quotes"};

// An unknown escape, quoted whole and pointed at at its backslash (the parser may point a
// few bytes off). False when there is no backslash where it should be.
bool unknown_escape(const SourceMap& source, std::size_t offset, Sink& sink) {
  const std::string_view text = source.text();
  std::size_t backslash = std::min(offset, text.size());
  const std::size_t floor = backslash > 5 ? backslash - 5 : 0;
  while (backslash > floor && (backslash >= text.size() || text[backslash] != '\\')) --backslash;
  if (backslash >= text.size() || text[backslash] != '\\') return false;
  std::size_t end = backslash + 1;
  if (end < text.size()) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  const std::string escape(text.substr(backslash, end - backslash));
  syntax(sink, backslash, source,
         fmt::format("ký tự thoát `{}` không hợp lệ trong chuỗi nháy kép", escape),
         fmt::format("unknown escape `{}` in a double-quoted string", escape), escape_hint);
  return true;
}

// The parser's reasons for a mistake in indentation.
constexpr std::array<std::string_view, 9> indentation_reasons{
    "invalid indentation in mapping",
    "invalid scalar at the end of block sequence",
    "did not find expected key",
    "did not find expected '-' indicator",
    "invalid block mapping key on same line as previous key",
    "block sequence on the same line as a previous item",
    "wrongly indented",
    "invalid value after mapping",
    "could not find expected ':'",
};

// The few other reasons worth a Vietnamese wording of their own; any other is kept in English.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> other_reasons{{
    {"invalid content after document end marker", "có nội dung sau dấu kết thúc tài liệu `...`"},
    {"did not find expected node content", "thiếu giá trị ở đây"},
    {"invalid mapping key (not allowed in this context)", "khóa đặt sai chỗ"},
    {"invalid multiline", "khóa không được viết trên nhiều dòng"},
    {"invalid comment without whitespace", "cần một dấu cách trước dấu `#` của chú thích"},
    {"block scalar", "khối văn bản `|` hoặc `>` viết sai"},
    {"invalid tag", "thẻ YAML `!` không hợp lệ"},
    {"invalid alias", "alias YAML `*` không hợp lệ"},
}};

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// A line that is not `key: value` where the parser wanted one: a missing colon, or a list
// entry out of place.
bool report_not_a_key(const SourceMap& source, Position at, Sink& sink) {
  const std::string_view line = source.line(static_cast<std::size_t>(at.line));
  const std::string_view content = without_comment(line);
  const std::size_t start = content_start(source, at.line);
  const std::size_t indent = start - source.line_start(static_cast<std::size_t>(at.line));
  if (indent >= content.size()) return false;
  const std::string_view rest = content.substr(indent);
  if (rest.starts_with("- ") || rest == "-") {
    syntax(sink, start, source, "mục danh sách `- ` đặt sai chỗ", "a list entry `- ` out of place",
           {"mục danh sách viết ở các dòng ngay dưới tên khóa của nó (như `tasks:`), thụt lề "
            "như nhau",
            "list entries go on the lines right below their key (such as `tasks:`), indented "
            "alike"});
    return true;
  }
  if (contains(rest, ": ") || rest.ends_with(":")) return false;
  const std::string_view word = leading_key(rest);
  Message hint{"viết `tên_khóa: giá trị`, có dấu cách sau dấu hai chấm",
               "write `key: value`, with a space after the colon"};
  if (!word.empty() && word.size() < rest.size() && is_blank(rest[word.size()])) {
    std::string_view value = rest.substr(word.size());
    while (!value.empty() && is_blank(value.front())) value.remove_prefix(1);
    const std::string fixed = shortened(fmt::format("{}: {}", word, value));
    hint = {fmt::format("viết `{}`", fixed), fmt::format("write `{}`", fixed)};
  }
  syntax(sink, start, source, "thiếu dấu hai chấm `:` sau tên khóa",
         "a colon `:` is missing after the key", std::move(hint));
  return true;
}

// A line indented deeper than the key above it: YAML reads it as the continuation of that
// key's value, then finds a `:` in it.
bool report_deeper_line(const SourceMap& source, Position at, Sink& sink) {
  const int line = at.line + 1;
  const std::string_view above = source.line(static_cast<std::size_t>(at.line));
  const std::string_view here = source.line(static_cast<std::size_t>(line));
  const std::string_view key = leading_key(above);
  const std::string_view word = leading_key(here);
  if (here.empty() || key.empty()) return false;
  const std::size_t start = content_start(source, line);
  if (word.empty()) {
    syntax(sink, start, source, fmt::format("dòng này thụt vào sâu hơn khóa `{}` ở dòng trên", key),
           fmt::format("this line is indented deeper than the key `{}` above it", key));
    return true;
  }
  syntax(sink, start, source,
         fmt::format("dòng này thụt vào sâu hơn khóa `{}` ở dòng {}", key, at.line),
         fmt::format("this line is indented deeper than the key `{}` on line {}", key, at.line),
         {fmt::format("viết `{}` thẳng cột với `{}` (cùng số dấu cách đầu dòng)", word, key),
          fmt::format("start `{}` in the same column as `{}` (the same number of spaces)", word,
                      key)});
  return true;
}

// A value holding `: `, which YAML reads as a second key on the line.
void report_colon_in_value(const SourceMap& source, std::size_t offset, Sink& sink) {
  const Position at = source.at(offset);
  const std::string_view line = source.line(static_cast<std::size_t>(at.line));
  Message hint{"đặt cả giá trị trong dấu nháy kép", "put the whole value in double quotes"};
  const std::size_t colon = line.find(": ");
  if (colon != std::string_view::npos) {
    std::string_view value = line.substr(colon + 2);
    while (!value.empty() && is_blank(value.front())) value.remove_prefix(1);
    while (!value.empty() && is_blank(value.back())) value.remove_suffix(1);
    std::string_view key = line.substr(0, colon);
    while (!key.empty() && is_blank(key.front())) key.remove_prefix(1);
    const std::string fixed = fmt::format("{}: {}", key, double_quoted(value));
    hint = {fmt::format("đặt cả giá trị trong dấu nháy kép: `{}`", fixed),
            fmt::format("put the whole value in double quotes: `{}`", fixed)};
  }
  syntax(sink, offset, source,
         "giá trị có dấu hai chấm và dấu cách (`: `), YAML đọc phần đứng trước là một khóa",
         "the value holds a colon and a space (`: `), which YAML reads as a key", std::move(hint));
}

}  // namespace

void report_open_quote(const SourceMap& source, std::size_t offset, Sink& sink) {
  const Position at = source.at(offset);
  const char quote = offset < source.text().size() ? source.text()[offset] : '"';
  syntax(sink, offset, source, fmt::format("dấu nháy mở ở dòng {} chưa được đóng", at.line),
         fmt::format("the quote opened on line {} is never closed", at.line),
         {fmt::format("thêm dấu nháy đóng `{}` ở cuối giá trị, trên dòng {}", quote, at.line),
          fmt::format("add the closing `{}` at the end of the value, on line {}", quote, at.line)});
}

bool swallows_key_lines(std::string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  for (std::size_t i = text.find('\n', begin); i < end; i = text.find('\n', i + 1)) {
    std::size_t k = i + 1;
    while (k < end && is_blank(text[k])) ++k;
    if (k < end && text[k] == '-' && k + 1 < end && text[k + 1] == ' ') k += 2;
    const std::size_t word = k;
    while (k < end && is_key_char(text[k])) ++k;
    if (k > word && k + 1 < end && text[k] == ':' && text[k + 1] == ' ') return true;
  }
  return false;
}

void report_syntax_error(const SourceMap& source, const SyntaxError& error, const OpenParts& open,
                         Sink& sink) {
  const std::string_view text = source.text();
  const std::string_view reason = error.reason;
  std::size_t offset = std::min(error.offset, text.size());
  // The parser points at a quoted scalar's first character, or at its quote.
  if (offset > 0 && (text[offset - 1] == '"' || text[offset - 1] == '\'') &&
      contains(reason, "quoted") && (offset >= text.size() || text[offset] != text[offset - 1])) {
    --offset;
  }
  const Position at = source.at(offset);

  if (contains(reason, "depth")) {
    sink.add("KH011", at, {"lồng nhau quá sâu", "nesting too deep"});
    return;
  }
  if (const auto tab = tab_near(source, at)) {
    sink.add("KH001", *tab,
             {"thụt lề bằng ký tự tab: YAML chỉ cho phép dấu cách",
              "tab used for indentation: YAML indents with spaces only"},
             {"thay tab bằng dấu cách", "replace the tab with spaces"});
    return;
  }
  if (open.quote && *open.quote <= offset) {
    report_open_quote(source, *open.quote, sink);
    return;
  }
  if (contains(reason, "quoted scalar") && offset < text.size() &&
      (text[offset] == '"' || text[offset] == '\'') &&
      (contains(reason, "without closing quote") || contains(reason, "wrongly indented"))) {
    report_open_quote(source, offset, sink);
    return;
  }
  if (reason.starts_with("invalid escape") && unknown_escape(source, offset, sink)) return;
  if (contains(reason, "hex escape") || contains(reason, "UTF8 escape")) {
    syntax(sink, offset, source, "ký tự thoát `\\x`, `\\u` hoặc `\\U` thiếu chữ số thập lục phân",
           "an escape `\\x`, `\\u` or `\\U` without its hexadecimal digits", escape_hint);
    return;
  }
  if (open.flow && source.at(*open.flow).line < at.line) {
    const Position bracket = source.at(*open.flow);
    const bool list = text[*open.flow] == '[';
    const char close = list ? ']' : '}';
    syntax(
        sink, *open.flow, source,
        fmt::format("dấu `{}` mở ở dòng {} chưa được đóng", text[*open.flow], bracket.line),
        fmt::format("the `{}` opened on line {} is never closed", text[*open.flow], bracket.line),
        list ? Message{fmt::format("thêm `]` ở cuối danh sách, trên dòng {}; hoặc viết mỗi mục "
                                   "trên một dòng riêng bắt đầu bằng `- `",
                                   bracket.line),
                       fmt::format("add `]` at the end of the list, on line {}, or write each "
                                   "entry on a line of its own starting with `- `",
                                   bracket.line)}
             : Message{fmt::format("thêm `{}` ở cuối, trên dòng {}", close, bracket.line),
                       fmt::format("add `{}` at the end, on line {}", close, bracket.line)});
    return;
  }
  if (contains(reason, "missing comma in flow")) {
    syntax(sink, offset, source, "thiếu dấu phẩy `,` giữa hai mục trong `[…]` hoặc `{…}`",
           "a comma `,` is missing between two entries of a `[…]` or `{…}`",
           {"ngăn các mục bằng dấu phẩy; đặt mục có dấu phẩy, `: ` hay ` #` trong dấu nháy kép",
            "separate the entries with commas; quote an entry holding a comma, `: ` or ` #`"});
    return;
  }
  if (contains(reason, "without a closing") ||
      (contains(reason, "flow") && contains(reason, "closing"))) {
    syntax(sink, offset, source, "dấu đóng `]` hoặc `}` thừa hoặc thiếu",
           "a closing `]` or `}` too many or missing");
    return;
  }
  if (contains(reason, "nested block mapping on the same line") ||
      contains(reason, "mapping in plain multiline")) {
    report_colon_in_value(source, offset, sink);
    return;
  }
  if (contains(reason, "block sequence on the same line as a mapping key")) {
    syntax(sink, offset, source,
           "mục danh sách `- ` phải bắt đầu trên một dòng riêng, dưới tên khóa",
           "a list entry `- ` must start on a line of its own, below its key",
           {"xuống dòng trước `- ` và thụt lề thêm hai dấu cách",
            "break the line before `- ` and indent it by two more spaces"});
    return;
  }
  if (contains(reason, "multiline plain key") && report_deeper_line(source, at, sink)) return;
  if (contains(reason, "trailing content after")) {
    syntax(sink, offset, source, "có chữ sau dấu nháy đóng", "text follows the closing quote",
           {"đặt cả giá trị trong dấu nháy, hoặc bỏ các dấu nháy",
            "quote the whole value, or remove the quotes"});
    return;
  }
  if (reason.starts_with("plain scalar cannot start with '") && reason.size() > 33) {
    const char c = reason[32];
    syntax(sink, offset, source, fmt::format("giá trị không được bắt đầu bằng `{}`", c),
           fmt::format("a value cannot start with `{}`", c),
           {"đặt cả giá trị trong dấu nháy kép", "put the whole value in double quotes"});
    return;
  }
  for (const auto indentation : indentation_reasons) {
    if (!contains(reason, indentation)) continue;
    if (report_not_a_key(source, at, sink)) return;
    syntax(sink, content_start(source, at.line), source,
           "thụt lề của dòng này không khớp với các dòng cùng cấp phía trên",
           "this line's indentation matches none of the lines above it",
           {"các khóa của cùng một mục phải thẳng cột (cùng số dấu cách đầu dòng); mục danh "
            "sách bắt đầu bằng `- `",
            "keys of one entry start in the same column (the same number of spaces); list "
            "entries start with `- `"});
    return;
  }
  for (const auto& [en, vi] : other_reasons) {
    if (contains(reason, en)) {
      syntax(sink, offset, source, vi, reason);
      return;
    }
  }
  syntax(sink, offset, source, reason, reason);
}

void check_comment_cut(const SourceMap& source, std::size_t end, std::string_view value,
                       Sink& sink) {
  const std::string_view text = source.text();
  std::size_t i = end;
  while (i < text.size() && is_blank(text[i])) ++i;
  if (i == end || i + 1 >= text.size() || text[i] != '#') return;
  const char next = text[i + 1];
  if (is_blank(next) || next == '\n' || next == '#') return;
  std::size_t line_end = text.find('\n', i);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string_view comment = text.substr(i, line_end - i);
  while (!comment.empty() && is_blank(comment.back())) comment.remove_suffix(1);
  const std::string whole = double_quoted(fmt::format("{} {}", value, comment));
  sink.add("KH014", source.at(i),
           {fmt::format("phần từ ` #` trở đi bị bỏ: YAML đọc nó là chú thích, giá trị chỉ còn "
                        "“{}”",
                        value),
            fmt::format("the text from ` #` on is dropped: YAML reads it as a comment, and the "
                        "value is only “{}”",
                        value)},
           {fmt::format("nếu `{}` thuộc về nội dung, đặt cả giá trị trong dấu nháy kép: `{}`",
                        shortened(comment), shortened(whole)),
            fmt::format("if `{}` belongs to the text, put the whole value in double quotes: `{}`",
                        shortened(comment), shortened(whole))},
           Severity::warning);
}

}  // namespace kehoach::yaml_tree
