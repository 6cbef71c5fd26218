#include "yaml_tree.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <new>
#include <sstream>

#include "kehoach/text.hpp"

namespace kehoach::yaml_tree {

namespace {

// ---------------------------------------------------------------------------------------------
// Source text and positions

// Counts code points in valid UTF-8 (continuation bytes are not characters).
int count_chars(std::string_view text) {
  int count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

// Converts yaml-cpp byte offsets into 1-based line and character column. Events arrive in
// file order, so the last answer is cached and the next column is counted on from it: without
// the cache a 4 MB single-line flow sequence would cost a scan from the line start per node.
class SourceMap {
 public:
  explicit SourceMap(std::string_view text) : m_text(text) {
    m_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') m_starts.push_back(i + 1);
    }
  }

  [[nodiscard]] Position at(std::size_t offset) const {
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

  // yaml-cpp's Mark.column counts bytes; its `pos` is the byte offset, which we trust instead.
  // Only Mark::null_mark() (all -1) comes without one.
  [[nodiscard]] Position at(const YAML::Mark& mark) const {
    if (mark.pos < 0) {
      if (mark.line < 0) return Position{1, 1};
      return Position{mark.line + 1, std::max(mark.column, 0) + 1};
    }
    return at(static_cast<std::size_t>(mark.pos));
  }

  // The text of 1-based line `line`, without its line end.
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

// Decodes one UTF-8 sequence at `i`; returns the code point or -1 on malformed input.
long decode_at(std::string_view s, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  int length = 0;
  long cp = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07;
  } else {
    return -1;
  }
  if (i + static_cast<std::size_t>(length) > s.size()) return -1;
  for (int k = 1; k < length; ++k) {
    const auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((c & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (c & 0x3F);
  }
  i += static_cast<std::size_t>(length);
  return cp;
}

// True when `s` is certainly NFC already: every character is a starter that NFC leaves alone
// (Latin up to U+02FF, the precomposed Vietnamese letters, punctuation, currency signs).
// Vietnamese text written in NFC passes, so utf8proc's allocating path runs only when needed.
bool surely_nfc(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const long cp = decode_at(s, i);
    const bool stable = (cp >= 0x80 && cp < 0x300) || (cp >= 0x1EA0 && cp <= 0x1EF9) ||
                        (cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF);
    if (!stable) return false;
  }
  return true;
}

// CRLF and lone CR become LF. yaml-cpp reads CRLF but fails on a lone CR; one convention also
// keeps our line index simple. Line numbers do not change: each line end is still one line end.
std::string normalise_line_ends(std::string_view text) {
  if (text.find('\r') == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// The first character YAML does not allow (C0 and C1 controls but tab and line ends, DEL,
// U+FFFE, U+FFFF) as its offset and code point. yaml-cpp misreads them: a NUL before a `:` is
// reported as an "unknown escape character". Runs on valid UTF-8.
std::optional<std::pair<std::size_t, unsigned>> find_control(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return std::pair{i, unsigned{c}};
    if (c == 0xC2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F && next != 0x85) return std::pair{i, unsigned{next}};
    }
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF) {
      const auto last = static_cast<unsigned char>(text[i + 2]);
      if (last == 0xBE || last == 0xBF) return std::pair{i, 0xFF00u + last};
    }
  }
  return std::nullopt;
}

// yaml-cpp's reasons may quote a lone byte of a multi-byte character: cut them there, so that
// every message stays valid UTF-8.
std::string valid_prefix(std::string_view text) {
  return std::string(text.substr(0, find_invalid_utf8(text).value_or(text.size())));
}

// ---------------------------------------------------------------------------------------------
// Messages

// yaml-cpp's short reasons in Vietnamese; unknown ones are kept in English. The first ten are
// the commonest, and all that a dialect without `detailed_syntax` translates.
std::string vietnamese_reason(const std::string& reason, bool detailed) {
  static constexpr std::pair<std::string_view, std::string_view> table[] = {
      {"illegal map value", "dấu `:` không hợp lệ ở đây"},
      {"illegal map key", "khóa đặt sai chỗ"},
      {"illegal block entry", "mục danh sách `-` đặt sai chỗ"},
      {"illegal flow end", "dấu đóng `]` hoặc `}` thừa"},
      {"end of map not found", "ánh xạ không kết thúc đúng chỗ (kiểm tra thụt lề)"},
      {"end of map flow not found", "thiếu dấu `}` đóng ánh xạ"},
      {"end of sequence not found", "danh sách không kết thúc đúng chỗ (kiểm tra thụt lề)"},
      {"end of sequence flow not found", "thiếu dấu `]` đóng danh sách"},
      {"unknown token", "ký hiệu không nhận ra"},
      {"illegal tab when looking for indentation", "ký tự tab trong phần thụt lề"},
      {"illegal EOF in scalar", "tệp kết thúc giữa một chuỗi"},
      {"illegal character in scalar", "ký tự không hợp lệ trong chuỗi"},
      {"illegal document indicator in scalar", "dấu `---` hoặc `...` nằm trong chuỗi"},
      {"unexpected character in block scalar", "ký tự không hợp lệ trong khối văn bản"},
      {"cannot set zero indentation for a block scalar", "khối văn bản không thể thụt lề 0"},
      {"invalid character in single-quoted string", "ký tự không hợp lệ trong chuỗi nháy đơn"},
      {"tag handle with no suffix", "thẻ YAML `!` không có tên"},
      {"anchor not found after &", "thiếu tên anchor sau `&`"},
      {"alias not found after *", "thiếu tên alias sau `*`"},
      {"illegal character found while scanning anchor", "ký tự không hợp lệ trong tên anchor"},
      {"illegal character found while scanning alias", "ký tự không hợp lệ trong tên alias"},
      {"bad character found while scanning hex number",
       "ký tự thoát `\\x`, `\\u` hoặc `\\U` thiếu chữ số thập lục phân"},
  };
  for (const auto& [en, vi] : std::span(table).first(detailed ? std::size(table) : 10)) {
    if (reason == en) return std::string(vi);
  }
  if (detailed && reason.starts_with("invalid unicode: ")) {
    return "mã Unicode không hợp lệ: " + reason.substr(17);
  }
  return reason;
}

const Message escape_hint{"viết `\\\\` cho dấu `\\`, hoặc đặt chuỗi trong nháy đơn",
                          "write `\\\\` for a backslash, or use single quotes"};

const Message anchor_hint{
    "viết đầy đủ giá trị ở mỗi chỗ cần dùng: không dùng anchor (`&`) và alias (`*`)",
    "write each value out in full: anchors (`&`) and aliases (`*`) are not allowed"};

Message depth_message(std::size_t max_depth) {
  return {fmt::format("lồng nhau quá sâu: quá {} cấp", max_depth),
          fmt::format("nesting too deep: more than {} levels", max_depth)};
}

// An alias is refused by the anchor it names when the dialect has `detailed_syntax`.
void refuse_alias(Sink& sink, Position at, const std::optional<std::string>& name) {
  if (!name) {
    sink.add("KH005", at, {"không chấp nhận alias của YAML", "YAML alias refused"}, anchor_hint);
    return;
  }
  sink.add("KH005", at,
           {fmt::format("không chấp nhận alias `*{}` của YAML", *name),
            fmt::format("YAML alias `*{}` refused", *name)},
           anchor_hint);
}

// ---------------------------------------------------------------------------------------------
// The YAML tree, with positions

// Thrown from the tree builder when a quoted scalar has no closing quote.
struct UnterminatedQuote {
  YAML::Mark mark;
};

// True when the quote opening at `pos` is never closed: `"` closes a double-quoted scalar unless
// escaped with a backslash; `''` inside a single-quoted scalar is an escaped quote.
bool unterminated_quote(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || (text[pos] != '"' && text[pos] != '\'')) return false;
  const char quote = text[pos];
  for (std::size_t i = pos + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return false;
      }
    }
  }
  return true;
}

// Builds the tree from yaml-cpp's events. Aliases are never expanded (an alias becomes one
// refused node), so a "billion laughs" file costs what its text costs.
class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceMap& source, const Dialect& dialect, Sink& sink)
      : m_source(source), m_dialect(dialect), m_sink(sink) {}

  [[nodiscard]] std::vector<Node> take_nodes() { return std::move(m_nodes); }
  [[nodiscard]] std::optional<std::size_t> root() const { return m_root; }
  [[nodiscard]] bool reported_depth() const { return m_reported_depth; }
  [[nodiscard]] bool reported_anchor() const { return m_reported_anchor; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    if (m_skip == 0) add(NodeKind::null, mark);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (m_skip > 0) return;
    // The anchor an alias names is always reported first; this stays for safety only.
    if (!m_reported_anchor) {
      std::optional<std::string> name;
      if (m_dialect.detailed_syntax) {
        name = anchor >= 1 && anchor <= m_anchor_names.size() ? m_anchor_names[anchor - 1]
                                                              : std::string();
      }
      refuse_alias(m_sink, m_source.at(mark), name);
      m_reported_anchor = true;
    }
    add(NodeKind::refused, mark);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    // yaml-cpp reads a quote left open to the end of the file as one long string: the rest of
    // the file would silently vanish into it.
    if (tag != "?" && unterminated_quote(m_source.text(), static_cast<std::size_t>(mark.pos))) {
      throw UnterminatedQuote{mark};
    }
    if (m_skip > 0) return;
    const std::size_t index = add(NodeKind::scalar, mark);
    m_nodes[index].value = value;
    m_nodes[index].plain = tag == "?";
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(NodeKind::sequence, mark);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(NodeKind::mapping, mark);
  }
  void OnMapEnd() override { close(); }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    m_anchor_names.push_back(name);
    if (m_reported_anchor) return;
    m_reported_anchor = true;
    m_sink.add("KH005", m_source.at(mark),
               {fmt::format("không chấp nhận anchor `&{}` của YAML", name),
                fmt::format("YAML anchor `&{}` refused", name)},
               anchor_hint);
  }

 private:
  std::size_t add(NodeKind kind, const YAML::Mark& mark) {
    const std::size_t index = m_nodes.size();
    m_nodes.push_back(Node{kind, false, m_source.at(mark), {}, {}});
    if (m_stack.empty()) {
      if (!m_root) m_root = index;
    } else {
      m_nodes[m_stack.back()].items.push_back(index);
    }
    return index;
  }

  void open(NodeKind kind, const YAML::Mark& mark) {
    if (m_skip > 0) {
      ++m_skip;
      return;
    }
    if (m_stack.size() >= m_dialect.max_depth) {
      if (!m_reported_depth) {
        m_sink.add("KH011", m_source.at(mark), depth_message(m_dialect.max_depth));
      }
      m_reported_depth = true;
      add(NodeKind::refused, mark);
      m_skip = 1;
      return;
    }
    m_stack.push_back(add(kind, mark));
  }

  void close() {
    if (m_skip > 0) {
      --m_skip;
    } else if (!m_stack.empty()) {
      m_stack.pop_back();
    }
  }

  const SourceMap& m_source;
  const Dialect& m_dialect;
  Sink& m_sink;
  std::vector<Node> m_nodes;
  std::vector<std::size_t> m_stack;
  std::optional<std::size_t> m_root;
  std::vector<std::string> m_anchor_names;
  std::size_t m_skip = 0;  ///< nesting inside a refused collection, whose events are dropped
  bool m_reported_depth = false;
  bool m_reported_anchor = false;
};

// Thrown out of yaml-cpp when a second document begins, so that it is never parsed.
struct SecondDocument {
  YAML::Mark mark;
};

class SecondDocumentProbe final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { throw SecondDocument{mark}; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

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

// yaml-cpp reports a tab in the indentation under several names ("illegal map value",
// "illegal block entry", …) and sometimes on the next line: look for the tab itself.
std::optional<Position> tab_near(const SourceMap& source, Position error) {
  for (int line = error.line; line >= std::max(1, error.line - 1); --line) {
    if (const auto column = indentation_tab(source.line(static_cast<std::size_t>(line)))) {
      return Position{line, *column};
    }
  }
  return std::nullopt;
}

// The anchor name written after `*` at `offset`, for an alias yaml-cpp could not resolve.
std::string alias_name_at(std::string_view text, int offset) {
  if (offset < 0) return {};
  auto i = static_cast<std::size_t>(offset);
  if (i < text.size() && text[i] == '*') ++i;
  std::size_t end = i;
  while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != ',' &&
         text[end] != ']' && text[end] != '}' && text[end] != '\t') {
    ++end;
  }
  return std::string(text.substr(std::min(i, text.size()), end - std::min(i, end)));
}

// yaml-cpp marks an unknown escape after the first byte of the escaped character and quotes
// only that byte: point at the backslash instead and quote the whole character.
// Returns false when there is no backslash where it should be.
bool unknown_escape(const SourceMap& source, const YAML::Mark& mark, Sink& sink) {
  const std::string_view text = source.text();
  std::size_t backslash = std::min(static_cast<std::size_t>(std::max(mark.pos, 0)), text.size());
  const std::size_t floor = backslash > 5 ? backslash - 5 : 0;
  while (backslash > floor && (backslash >= text.size() || text[backslash] != '\\')) --backslash;
  if (backslash >= text.size() || text[backslash] != '\\') return false;
  std::size_t end = backslash + 1;
  if (end < text.size()) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  const std::string escape(text.substr(backslash, end - backslash));
  sink.add(
      "KH001", source.at(backslash),
      {fmt::format("cú pháp YAML không hợp lệ: ký tự thoát `{}` không hợp lệ trong chuỗi nháy "
                   "kép",
                   escape),
       fmt::format("invalid YAML syntax: unknown escape `{}` in a double-quoted string", escape)},
      escape_hint);
  return true;
}

// The syntax error yaml-cpp threw, as a diagnostic.
void report_syntax(const SourceMap& source, const YAML::ParserException& e,
                   const TreeBuilder& builder, const Dialect& dialect, Sink& sink) {
  const Position at = source.at(e.mark);
  const bool detailed = dialect.detailed_syntax;
  if (e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
    if (builder.reported_anchor()) return;
    std::optional<std::string> name;
    if (detailed) name = alias_name_at(source.text(), e.mark.pos);
    refuse_alias(sink, at, name);
  } else if (detailed && e.msg.starts_with("unknown escape character") &&
             unknown_escape(source, e.mark, sink)) {
    // reported
  } else if (const auto tab = detailed ? tab_near(source, at) : std::nullopt) {
    sink.add("KH001", *tab,
             {"thụt lề bằng ký tự tab: YAML chỉ cho phép dấu cách",
              "tab used for indentation: YAML indents with spaces only"},
             {"thay tab bằng dấu cách", "replace the tab with spaces"});
  } else {
    const std::string reason = valid_prefix(e.msg);
    sink.add("KH001", at,
             {"cú pháp YAML không hợp lệ: " + vietnamese_reason(reason, detailed),
              "invalid YAML syntax: " + reason},
             detailed && e.msg == YAML::ErrorMsg::INVALID_HEX ? escape_hint : Message{});
  }
}

struct ParsedTree {
  std::vector<Node> nodes;
  std::optional<std::size_t> root;
  bool complete = false;  ///< the first document was read to its end, and may be mapped
};

ParsedTree parse_tree(const SourceMap& source, const Dialect& dialect, Sink& sink) {
  std::istringstream in{std::string(source.text())};
  YAML::Parser parser(in);
  TreeBuilder builder(source, dialect, sink);
  ParsedTree tree;
  try {
    if (parser.HandleNextDocument(builder)) {
      tree.complete = dialect.keep_first_document;
      SecondDocumentProbe probe;
      parser.HandleNextDocument(probe);
    }
    tree.complete = true;
  } catch (const SecondDocument& second) {
    sink.add("KH001", source.at(second.mark),
             {"tệp có thêm một tài liệu YAML thứ hai", "a second YAML document starts here"},
             dialect.second_document_hint);
  } catch (const UnterminatedQuote& open) {
    sink.add("KH001", source.at(open.mark),
             {"cú pháp YAML không hợp lệ: dấu nháy mở ở đây không được đóng",
              "invalid YAML syntax: the quote opened here is never closed"},
             {"thêm dấu nháy đóng ở cuối chuỗi", "add the closing quote at the end of the text"});
  } catch (const YAML::DeepRecursion& e) {
    if (!builder.reported_depth()) {
      sink.add("KH011", source.at(e.mark), depth_message(dialect.max_depth));
    }
  } catch (const YAML::ParserException& e) {
    report_syntax(source, e, builder, dialect, sink);
  } catch (const YAML::Exception& e) {
    const std::string reason = valid_prefix(e.msg);
    sink.add("KH001", source.at(e.mark),
             {"cú pháp YAML không hợp lệ: " + reason, "invalid YAML syntax: " + reason});
  }
  tree.nodes = builder.take_nodes();
  tree.root = builder.root();
  return tree;
}

// " trong `tasks`" / " in `tasks`": where a key belongs, empty at the top level.
std::string within(std::string_view context, bool vietnamese) {
  if (context.empty()) return {};
  return vietnamese ? fmt::format(" trong `{}`", context) : fmt::format(" in `{}`", context);
}

// Vietnamese words officials are likely to write for a level or a status, folded to ASCII.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> vietnamese_words{{
    {"trung uong", "national"},
    {"quoc gia", "national"},
    {"chinh phu", "national"},
    {"bo", "ministry"},
    {"tinh", "province"},
    {"so", "department"},
    {"phong", "department"},
    {"nganh", "department"},
    {"huyen", "district"},
    {"xa", "commune"},
    {"phuong", "commune"},
    {"khac", "other"},
    {"du thao", "draft"},
    {"ban hanh", "issued"},
}};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Reading a file

std::optional<Tree> read(std::string_view input, std::string& text, const Dialect& dialect,
                         Sink& sink) {
  if (input.size() > dialect.max_bytes) {
    const std::size_t max = dialect.max_bytes;
    sink.add("KH006", Position{1, 1},
             {fmt::format("tệp quá lớn: {} byte, tối đa {} byte", input.size(), max),
              fmt::format("file too large: {} bytes, at most {}", input.size(), max)});
    return std::nullopt;
  }
  if (input.starts_with("\xEF\xBB\xBF")) input.remove_prefix(3);
  text = normalise_line_ends(input);

  if (const auto bad = find_invalid_utf8(text)) {
    const SourceMap source(text);
    const auto byte = static_cast<unsigned char>(text[*bad]);
    sink.add("KH007", source.at(*bad),
             {fmt::format("tệp không phải UTF-8 hợp lệ: byte 0x{:02X}", byte),
              fmt::format("invalid UTF-8: byte 0x{:02X}", byte)},
             dialect.utf8_hint);
    if (!dialect.keep_invalid_utf8) text = replace_invalid_utf8(text);
    return std::nullopt;
  }
  if (const auto control = find_control(text)) {
    const SourceMap source(text);
    sink.add("KH001", source.at(control->first),
             {fmt::format("ký tự điều khiển U+{:04X} không được phép trong YAML", control->second),
              fmt::format("control character U+{:04X} is not allowed in YAML", control->second)},
             dialect.control_hint);
    return std::nullopt;
  }
  // The whole text in NFC, so that every value and every column refers to the text returned.
  if (!surely_nfc(text)) text = to_nfc(text);

  const SourceMap source(text);
  ParsedTree tree = parse_tree(source, dialect, sink);
  if (!tree.complete) return std::nullopt;
  if (!tree.root || tree.nodes[*tree.root].kind == NodeKind::null) {
    sink.add("KH013", Position{1, 1}, {"tệp rỗng", "the file is empty"}, dialect.start_hint);
    return std::nullopt;
  }
  const Node& root = tree.nodes[*tree.root];
  if (root.kind == NodeKind::refused) return std::nullopt;
  if (root.kind != NodeKind::mapping) {
    sink.add("KH013", root.at,
             {fmt::format("tệp không phải {}: cấp cao nhất phải là một ánh xạ các khóa",
                          dialect.what.vi),
              fmt::format("not {}: the top level must be a mapping of keys", dialect.what.en)},
             dialect.start_hint);
    return std::nullopt;
  }
  return Tree{std::move(tree.nodes), *tree.root};
}

void report_escaped(Sink& sink, std::exception_ptr error) {
  try {
    std::rethrow_exception(std::move(error));
  } catch (const std::bad_alloc&) {
    sink.add("KH006", Position{1, 1},
             {"không đủ bộ nhớ để đọc tệp", "out of memory while reading the file"});
  } catch (const std::exception& e) {
    const std::string reason = valid_prefix(e.what());
    sink.add("KH001", Position{1, 1},
             {"không đọc được tệp: " + reason, "could not read the file: " + reason});
  } catch (...) {
    sink.add("KH001", Position{1, 1}, {"không đọc được tệp", "could not read the file"});
  }
}

// ---------------------------------------------------------------------------------------------
// Mappings

Fields::Fields(const std::vector<Node>& nodes, const Node& map, std::string_view context,
               std::span<const Key> keys, const Dialect& dialect, Sink& sink)
    : m_keys(keys) {
  for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
    const Node& key = nodes[map.items[i]];
    const Node& value = nodes[map.items[i + 1]];
    if (key.kind == NodeKind::refused) continue;
    if (key.kind != NodeKind::scalar) {
      sink.add("KH002", key.at, {"khóa phải là một chuỗi", "a key must be a string"});
      continue;
    }
    const auto slot = find(key.value);
    if (!slot) {
      std::vector<std::string_view> names;
      names.reserve(keys.size());
      for (const auto& k : keys) names.push_back(k.name);
      Message hint;
      if (const auto guess = suggest(key.value, names, dialect.edits)) {
        hint = {fmt::format("ý bạn là `{}`?", *guess), fmt::format("did you mean `{}`?", *guess)};
      } else {
        hint = {"các khóa được phép: " + join_quoted(names), "allowed keys: " + join_quoted(names)};
      }
      const std::string written = nfc(key.value);
      sink.add("KH003", key.at,
               {fmt::format("khóa không xác định `{}`{}", written, within(context, true)),
                fmt::format("unknown key `{}`{}", written, within(context, false))},
               std::move(hint));
      continue;
    }
    if (m_keys_at[*slot]) {
      sink.add("KH004", key.at,
               {fmt::format("khóa `{}` bị lặp lại", key.value),
                fmt::format("duplicate key `{}`", key.value)},
               {fmt::format("khóa này đã có ở dòng {}", m_keys_at[*slot]->at.line),
                fmt::format("first written on line {}", m_keys_at[*slot]->at.line)});
      continue;
    }
    m_keys_at[*slot] = &key;
    m_values[*slot] = &value;
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!keys[i].required) continue;
    const std::string_view name = keys[i].name;
    const bool unset = m_values[i] && m_values[i]->kind == NodeKind::null;
    if (unset && dialect.null_is_unset) {
      sink.add("KH008", m_keys_at[i]->at,
               {fmt::format("khóa bắt buộc `{}` chưa có giá trị", name),
                fmt::format("required key `{}` has no value", name)});
    } else if (!m_values[i] || unset) {
      sink.add("KH008", m_values[i] ? m_keys_at[i]->at : map.at,
               {fmt::format("thiếu khóa bắt buộc `{}`{}", name, within(context, true)),
                fmt::format("missing required key `{}`{}", name, within(context, false))});
    }
  }
}

void refuse_value(const Node& n, std::string_view key, std::span<const std::string_view> allowed,
                  const Dialect& dialect, Sink& sink) {
  const std::string value = nfc(n.value);
  const std::string list = join_quoted(allowed);
  Message hint{"các giá trị hợp lệ: " + list, "allowed values: " + list};
  if (const auto guess = suggest(value, allowed, dialect.edits)) {
    hint = {fmt::format("ý bạn là `{}`? Các giá trị hợp lệ: {}", *guess, list),
            fmt::format("did you mean `{}`? Allowed values: {}", *guess, list)};
  }
  sink.add("KH009", n.at,
           {fmt::format("giá trị `{}` không hợp lệ cho `{}`", value, key),
            fmt::format("invalid `{}` value `{}`", key, value)},
           std::move(hint));
}

const Node* value_of(const std::vector<Node>& nodes, const Node& map, std::string_view name) {
  for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
    const Node& key = nodes[map.items[i]];
    if (key.kind == NodeKind::scalar && key.value == name) return &nodes[map.items[i + 1]];
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Words

std::string nfc(std::string_view s) { return surely_nfc(s) ? std::string(s) : to_nfc(s); }

bool is_id(std::string_view s) {
  auto ok = [](char c, bool first) {
    const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return alnum || (!first && (c == '.' || c == '_' || c == '-'));
  };
  if (s.empty() || !ok(s.front(), true)) return false;
  return std::all_of(s.begin() + 1, s.end(), [&](char c) { return ok(c, false); });
}

std::string join_quoted(std::span<const std::string_view> words) {
  std::string out;
  for (const auto word : words) {
    if (!out.empty()) out += ", ";
    out += fmt::format("`{}`", word);
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, Edits edits) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::size_t> d((n + 1) * (m + 1));
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * (m + 1) + j]; };
  for (std::size_t i = 0; i <= n; ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= m; ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (edits == Edits::with_swaps && i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
          a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(n, m);
}

std::optional<std::string_view> suggest(std::string_view word,
                                        std::span<const std::string_view> allowed, Edits edits) {
  const std::string folded = fold_ascii(word);
  for (const auto candidate : allowed) {
    if (folded == candidate) return candidate;
  }
  for (const auto& [vietnamese, key] : vietnamese_words) {
    if (folded == vietnamese && std::find(allowed.begin(), allowed.end(), key) != allowed.end()) {
      return key;
    }
  }
  std::optional<std::string_view> best;
  std::size_t best_distance = 3;
  for (const auto candidate : allowed) {
    const std::size_t longer = std::max(folded.size(), candidate.size());
    const std::size_t shorter = std::min(folded.size(), candidate.size());
    if (longer - shorter > 2) continue;
    const std::size_t distance = edit_distance(folded, candidate, edits);
    if (distance < best_distance && distance < candidate.size()) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace kehoach::yaml_tree
