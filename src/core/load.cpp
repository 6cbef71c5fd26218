#include "kehoach/load.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <exception>
#include <new>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/due.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// Real plans nest about five levels; anything far deeper is a mistake or an attack, and
// refusing it early keeps both our tree and yaml-cpp's recursion (which gives up at 500) small.
constexpr std::size_t max_depth = 64;
constexpr std::string_view supported_format = "kehoach/1";
constexpr int min_year = 1900;
constexpr int max_year = 2100;

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
  [[nodiscard]] Position at(const YAML::Mark& mark) const {
    if (mark.pos < 0) {
      if (mark.line < 0) return Position{1, 1};
      return Position{mark.line + 1, mark.column + 1};
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

std::string nfc(std::string_view s) { return surely_nfc(s) ? std::string(s) : to_nfc(s); }

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

// ---------------------------------------------------------------------------------------------
// Diagnostics

class Sink {
 public:
  Sink(std::vector<Diagnostic>& out, const std::string& file) : m_out(out), m_file(file) {}

  void add(std::string_view code, Position at, Message message, Message hint = {}) {
    m_out.push_back(Diagnostic{std::string(code), Severity::error, m_file, at, std::move(message),
                               std::move(hint)});
  }

 private:
  std::vector<Diagnostic>& m_out;
  const std::string& m_file;
};

std::string join_quoted(std::span<const std::string_view> words) {
  std::string out;
  for (const auto word : words) {
    if (!out.empty()) out += ", ";
    out += fmt::format("`{}`", word);
  }
  return out;
}

// Optimal string alignment distance: a swapped pair ("titel") counts as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b) {
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
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(n, m);
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

// The allowed word `word` most likely stands for: same letters ignoring case and diacritics,
// a Vietnamese equivalent, or within two edits (and fewer edits than its own length).
std::optional<std::string_view> suggest(std::string_view word,
                                        std::span<const std::string_view> allowed) {
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
    const std::size_t distance = edit_distance(folded, candidate);
    if (distance < best_distance && distance < candidate.size()) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

// Turns yaml-cpp's short reasons into Vietnamese; unknown ones are kept in English.
std::string vietnamese_reason(const std::string& reason) {
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
      {"illegal EOF in scalar", "tệp kết thúc giữa một chuỗi"},
      {"illegal character in scalar", "ký tự không hợp lệ trong chuỗi"},
      {"illegal document indicator in scalar", "dấu `---` hoặc `...` nằm trong chuỗi"},
      {"unexpected character in block scalar", "ký tự không hợp lệ trong khối văn bản"},
      {"cannot set zero indentation for a block scalar", "khối văn bản không thể thụt lề 0"},
      {"invalid character in single-quoted string", "ký tự không hợp lệ trong chuỗi nháy đơn"},
      {"illegal tab when looking for indentation", "ký tự tab trong phần thụt lề"},
      {"tag handle with no suffix", "thẻ YAML `!` không có tên"},
      {"anchor not found after &", "thiếu tên anchor sau `&`"},
      {"alias not found after *", "thiếu tên alias sau `*`"},
      {"illegal character found while scanning anchor", "ký tự không hợp lệ trong tên anchor"},
      {"illegal character found while scanning alias", "ký tự không hợp lệ trong tên alias"},
      {"bad character found while scanning hex number",
       "ký tự thoát `\\x`, `\\u` hoặc `\\U` thiếu chữ số thập lục phân"},
  };
  for (const auto& [en, vi] : table) {
    if (reason == en) return std::string(vi);
  }
  if (reason.starts_with("invalid unicode: ")) {
    return "mã Unicode không hợp lệ: " + reason.substr(17);
  }
  return reason;
}

const Message escape_hint{"viết `\\\\` cho dấu `\\`, hoặc đặt chuỗi trong nháy đơn",
                          "write `\\\\` for a backslash, or use single quotes"};

const Message anchor_hint{
    "viết đầy đủ giá trị ở mỗi chỗ cần dùng: không dùng anchor (`&`) và alias (`*`)",
    "write each value out in full: anchors (`&`) and aliases (`*`) are not allowed"};

const Message depth_message{fmt::format("lồng nhau quá sâu: quá {} cấp", max_depth),
                            fmt::format("nesting too deep: more than {} levels", max_depth)};

const Message start_hint{"một kế hoạch bắt đầu bằng `format: kehoach/1`",
                         "a plan starts with `format: kehoach/1`"};

// ---------------------------------------------------------------------------------------------
// The YAML tree, with positions

enum class NodeKind {
  null,
  scalar,
  sequence,
  mapping,
  refused,  ///< an alias, or a collection past max_depth: already reported, read as nothing
};

struct Node {
  NodeKind kind = NodeKind::null;
  bool plain = false;  ///< an untagged, unquoted scalar: the only kind that can be a number
  Position at;
  std::string value;
  std::vector<std::size_t> items;  ///< sequence entries; mapping keys and values alternating
};

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
  TreeBuilder(const SourceMap& source, Sink& sink) : m_source(source), m_sink(sink) {}

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
      const std::string name =
          anchor >= 1 && anchor <= m_anchor_names.size() ? m_anchor_names[anchor - 1] : "";
      refuse_alias(m_sink, m_source.at(mark), name);
      m_reported_anchor = true;
    }
    add(NodeKind::refused, mark);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    // yaml-cpp reads a quote left open to the end of the file as one long string: the rest of
    // the plan would silently vanish into it.
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

  static void refuse_alias(Sink& sink, Position at, std::string_view name) {
    sink.add("KH005", at,
             {fmt::format("không chấp nhận alias `*{}` của YAML", name),
              fmt::format("YAML alias `*{}` refused", name)},
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
    if (m_stack.size() >= max_depth) {
      if (!m_reported_depth) m_sink.add("KH011", m_source.at(mark), depth_message);
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

// yaml-cpp's reasons may quote a lone byte of a multi-byte character: cut them there, so that
// every message stays valid UTF-8.
std::string valid_prefix(std::string_view text) {
  return std::string(text.substr(0, find_invalid_utf8(text).value_or(text.size())));
}

struct ParsedTree {
  std::vector<Node> nodes;
  std::optional<std::size_t> root;
  bool complete = false;  ///< the first document was read to its end
};

ParsedTree parse_tree(const SourceMap& source, Sink& sink) {
  std::istringstream in{std::string(source.text())};
  YAML::Parser parser(in);
  TreeBuilder builder(source, sink);
  ParsedTree tree;
  try {
    if (parser.HandleNextDocument(builder)) {
      tree.complete = true;
      SecondDocumentProbe probe;
      parser.HandleNextDocument(probe);
    } else {
      tree.complete = true;
    }
  } catch (const SecondDocument& second) {
    sink.add("KH001", source.at(second.mark),
             {"tệp có thêm một tài liệu YAML thứ hai", "a second YAML document starts here"},
             {"một tệp chỉ chứa một kế hoạch: tách phần này ra tệp khác",
              "a file holds one plan: move this part to a file of its own"});
  } catch (const UnterminatedQuote& open) {
    sink.add("KH001", source.at(open.mark),
             {"cú pháp YAML không hợp lệ: dấu nháy mở ở đây không được đóng",
              "invalid YAML syntax: the quote opened here is never closed"},
             {"thêm dấu nháy đóng ở cuối chuỗi", "add the closing quote at the end of the text"});
  } catch (const YAML::DeepRecursion& e) {
    if (!builder.reported_depth()) sink.add("KH011", source.at(e.mark), depth_message);
  } catch (const YAML::ParserException& e) {
    const Position at = source.at(e.mark);
    if (e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
      if (!builder.reported_anchor()) {
        TreeBuilder::refuse_alias(sink, at, alias_name_at(source.text(), e.mark.pos));
      }
    } else if (e.msg.starts_with("unknown escape character") &&
               unknown_escape(source, e.mark, sink)) {
      // reported
    } else if (const auto tab = tab_near(source, at)) {
      sink.add("KH001", *tab,
               {"thụt lề bằng ký tự tab: YAML chỉ cho phép dấu cách",
                "tab used for indentation: YAML indents with spaces only"},
               {"thay tab bằng dấu cách", "replace the tab with spaces"});
    } else {
      const std::string reason = valid_prefix(e.msg);
      sink.add("KH001", at,
               {"cú pháp YAML không hợp lệ: " + vietnamese_reason(reason),
                "invalid YAML syntax: " + reason},
               e.msg == YAML::ErrorMsg::INVALID_HEX ? escape_hint : Message{});
    }
  } catch (const YAML::Exception& e) {
    const std::string reason = valid_prefix(e.msg);
    sink.add("KH001", source.at(e.mark),
             {"cú pháp YAML không hợp lệ: " + reason, "invalid YAML syntax: " + reason});
  }
  tree.nodes = builder.take_nodes();
  tree.root = builder.root();
  return tree;
}

// ---------------------------------------------------------------------------------------------
// Tree to Plan

struct Key {
  std::string_view name;
  bool required = false;
};

constexpr std::array<Key, 23> plan_keys{{
    {"format", true}, {"status", true}, {"number"},           {"issuer", true}, {"place"},
    {"issued"},       {"year", true},   {"title", true},      {"basis_lead"},   {"basis"},
    {"parent"},       {"enactment"},    {"outline"},          {"purpose"},      {"requirements"},
    {"focus_areas"},  {"tasks"},        {"responsibilities"}, {"reporting"},    {"budget"},
    {"closing"},      {"recipients"},   {"signature"},
}};
constexpr std::array<Key, 5> issuer_keys{
    {{"name", true}, {"level", true}, {"locality"}, {"parent_authority"}, {"signer"}}};
constexpr std::array<Key, 5> basis_keys{{{"ref", true}, {"kind"}, {"date"}, {"issuer"}, {"title"}}};
constexpr std::array<Key, 5> parent_keys{
    {{"ref", true}, {"date"}, {"issuer"}, {"title"}, {"file"}}};
constexpr std::array<Key, 3> outline_keys{{{"number", true}, {"title", true}, {"holds"}}};
constexpr std::array<Key, 8> focus_area_keys{{{"id", true},
                                              {"number"},
                                              {"name", true},
                                              {"origin"},
                                              {"scope"},
                                              {"subjects"},
                                              {"content"},
                                              {"lead"}}};
constexpr std::array<Key, 14> task_keys{{{"id", true},
                                         {"number"},
                                         {"title", true},
                                         {"kind", true},
                                         {"description"},
                                         {"lead"},
                                         {"partners"},
                                         {"output"},
                                         {"due"},
                                         {"levels"},
                                         {"implements"},
                                         {"focus"},
                                         {"conditional"},
                                         {"progress"}}};
constexpr std::array<Key, 2> progress_keys{{{"status", true}, {"date"}}};
constexpr std::array<Key, 5> responsibility_keys{
    {{"agency", true}, {"number"}, {"level"}, {"intro"}, {"duties"}}};
constexpr std::array<Key, 8> duty_keys{
    {{"id"}, {"text", true}, {"kind"}, {"due"}, {"to"}, {"levels"}, {"implements"}, {"progress"}}};
constexpr std::array<Key, 5> reporting_keys{
    {{"subjects"}, {"period"}, {"due"}, {"to"}, {"content"}}};
constexpr std::array<Key, 4> signature_keys{{{"authority"}, {"role"}, {"title"}, {"name"}}};

// Fields keeps one slot per allowed key; the top level has the most.
constexpr std::size_t max_keys = plan_keys.size();

constexpr std::array<std::string_view, 2> status_values{"draft", "issued"};
constexpr std::array<std::string_view, 7> level_values{
    "national", "ministry", "province", "department", "district", "commune", "other"};
constexpr std::array<std::string_view, 8> kind_values{
    "plan", "training", "information", "inspection", "survey", "report", "focus", "other"};
constexpr std::array<std::string_view, 3> origin_values{"national", "local", "sector"};
constexpr std::array<std::string_view, 7> holds_values{
    "purpose", "requirements", "focus_areas", "tasks", "responsibilities", "reporting", "budget"};
constexpr std::array<std::string_view, 4> progress_values{"not_started", "in_progress", "done",
                                                          "cancelled"};

// " trong `tasks`" / " in `tasks`": where a key belongs, empty at the top level.
std::string within(std::string_view context, bool vietnamese) {
  if (context.empty()) return {};
  return vietnamese ? fmt::format(" trong `{}`", context) : fmt::format(" in `{}`", context);
}

bool is_id(std::string_view s) {
  auto ok = [](char c, bool first) {
    const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return alnum || (!first && (c == '.' || c == '_' || c == '-'));
  };
  if (s.empty() || !ok(s.front(), true)) return false;
  return std::all_of(s.begin() + 1, s.end(), [&](char c) { return ok(c, false); });
}

// Reads `digits` ASCII digits at `from`; -1 when any is not a digit.
int digits_at(std::string_view s, std::size_t from, std::size_t digits) {
  if (from + digits > s.size()) return -1;
  int value = 0;
  for (std::size_t i = from; i < from + digits; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

// `23/7/2012` (how dates are written in Vietnamese documents) as ISO, when it is a real day.
std::optional<Date> day_month_year(std::string_view s) {
  const auto first = s.find('/');
  const auto second = first == std::string_view::npos ? first : s.find('/', first + 1);
  if (second == std::string_view::npos || first < 1 || first > 2 || second - first < 2 ||
      second - first > 3 || s.size() - second != 5) {
    return std::nullopt;
  }
  const Date date{digits_at(s, second + 1, 4), digits_at(s, first + 1, second - first - 1),
                  digits_at(s, 0, first)};
  if (date.year < 0 || date.month < 0 || date.day < 0 || !date.valid()) return std::nullopt;
  return date;
}

class Mapper {
 public:
  Mapper(const std::vector<Node>& nodes, Sink& sink) : m_nodes(nodes), m_sink(sink) {}

  void plan(const Node& root, Plan& plan);

  // The values of one mapping by key, with its unknown, duplicate and missing keys reported.
  class Fields {
   public:
    Fields(Mapper& mapper, const Node& map, std::string_view context, std::span<const Key> keys)
        : m_keys(keys) {
      for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
        const Node& key = mapper.node(map.items[i]);
        const Node& value = mapper.node(map.items[i + 1]);
        if (key.kind == NodeKind::refused) continue;
        if (key.kind != NodeKind::scalar) {
          mapper.m_sink.add("KH002", key.at, {"khóa phải là một chuỗi", "a key must be a string"});
          continue;
        }
        const auto slot = find(key.value);
        if (!slot) {
          mapper.unknown_key(key, context, keys);
          continue;
        }
        if (m_keys_at[*slot]) {
          mapper.m_sink.add("KH004", key.at,
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
        if (!m_values[i]) {
          mapper.m_sink.add(
              "KH008", map.at,
              {fmt::format("thiếu khóa bắt buộc `{}`{}", name, within(context, true)),
               fmt::format("missing required key `{}`{}", name, within(context, false))});
        } else if (m_values[i]->kind == NodeKind::null) {
          mapper.m_sink.add("KH008", m_keys_at[i]->at,
                            {fmt::format("khóa bắt buộc `{}` chưa có giá trị", name),
                             fmt::format("required key `{}` has no value", name)});
        }
      }
    }

    // The value of `name`, or nullptr when it is absent or null (YAML null reads as absent).
    [[nodiscard]] const Node* operator[](std::string_view name) const {
      const auto slot = find(name);
      if (!slot || !m_values[*slot] || m_values[*slot]->kind == NodeKind::null) return nullptr;
      return m_values[*slot];
    }

   private:
    [[nodiscard]] std::optional<std::size_t> find(std::string_view name) const {
      for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].name == name) return i;
      }
      return std::nullopt;
    }

    std::span<const Key> m_keys;
    std::array<const Node*, max_keys> m_keys_at{};
    std::array<const Node*, max_keys> m_values{};
  };

 private:
  [[nodiscard]] const Node& node(std::size_t index) const { return m_nodes[index]; }

  void unknown_key(const Node& key, std::string_view context, std::span<const Key> keys) {
    std::vector<std::string_view> names;
    names.reserve(keys.size());
    for (const auto& k : keys) names.push_back(k.name);
    Message hint;
    if (const auto guess = suggest(key.value, names)) {
      hint = {fmt::format("ý bạn là `{}`?", *guess), fmt::format("did you mean `{}`?", *guess)};
    } else {
      hint = {"các khóa được phép: " + join_quoted(names), "allowed keys: " + join_quoted(names)};
    }
    m_sink.add("KH003", key.at,
               {fmt::format("khóa không xác định `{}`{}", nfc(key.value), within(context, true)),
                fmt::format("unknown key `{}`{}", nfc(key.value), within(context, false))},
               std::move(hint));
  }

  enum class Expect { string, text, list, mapping, entry_string, entry_mapping };

  void wrong_type(const Node& n, std::string_view key, Expect expect) {
    Message message;
    Message hint;
    switch (expect) {
      case Expect::string:
        message = {fmt::format("`{}` phải là một chuỗi", key),
                   fmt::format("`{}` must be a string", key)};
        break;
      case Expect::text:
        message = {fmt::format("`{}` phải là một chuỗi hoặc một danh sách chuỗi", key),
                   fmt::format("`{}` must be a string or a list of strings", key)};
        break;
      case Expect::list:
        message = {fmt::format("`{}` phải là một danh sách", key),
                   fmt::format("`{}` must be a list", key)};
        hint = {fmt::format("viết mỗi mục trên một dòng bắt đầu bằng `- ` bên dưới `{}:`", key),
                fmt::format("write each entry on a line starting with `- ` under `{}:`", key)};
        break;
      case Expect::mapping:
        message = {fmt::format("`{}` phải là một ánh xạ", key),
                   fmt::format("`{}` must be a mapping", key)};
        hint = {fmt::format("viết các khóa con thụt lề bên dưới `{}:`", key),
                fmt::format("write its keys indented under `{}:`", key)};
        break;
      case Expect::entry_string:
        message = {fmt::format("mỗi mục của `{}` phải là một chuỗi", key),
                   fmt::format("each entry of `{}` must be a string", key)};
        break;
      case Expect::entry_mapping:
        message = {fmt::format("mỗi mục của `{}` phải là một ánh xạ", key),
                   fmt::format("each entry of `{}` must be a mapping", key)};
        break;
    }
    m_sink.add("KH002", n.at, std::move(message), std::move(hint));
  }

  static Text text_of(const Node& n) { return Text{nfc(n.value), n.at, true}; }

  // Position of a mapping's first key: where a reader sees an entry of a list begin.
  [[nodiscard]] Position entry_at(const Node& map) const {
    return map.items.empty() ? map.at : node(map.items.front()).at;
  }

  Text str(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::scalar) {
      wrong_type(*n, key, Expect::string);
      return {};
    }
    return text_of(*n);
  }

  // `text`: one string or a list of strings (paragraphs, bullets).
  std::vector<Text> paragraphs(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind == NodeKind::scalar) return {text_of(*n)};
    if (n->kind != NodeKind::sequence) {
      wrong_type(*n, key, Expect::text);
      return {};
    }
    return entries(*n, key);
  }

  // A list of strings, and only a list.
  std::vector<Text> strings(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::sequence) {
      wrong_type(*n, key, Expect::list);
      return {};
    }
    return entries(*n, key);
  }

  std::vector<Text> entries(const Node& list, std::string_view key) {
    std::vector<Text> out;
    out.reserve(list.items.size());
    for (const std::size_t index : list.items) {
      const Node& entry = node(index);
      if (entry.kind == NodeKind::scalar) {
        out.push_back(text_of(entry));
      } else if (entry.kind != NodeKind::refused) {
        wrong_type(entry, key, Expect::entry_string);
      }
    }
    return out;
  }

  // Index in `allowed` of the value of `n`, reporting a value outside it.
  std::optional<std::size_t> choice(const Node* n, std::string_view key,
                                    std::span<const std::string_view> allowed, bool entry = false) {
    if (!n || n->kind == NodeKind::refused) return std::nullopt;
    if (n->kind != NodeKind::scalar) {
      wrong_type(*n, key, entry ? Expect::entry_string : Expect::string);
      return std::nullopt;
    }
    for (std::size_t i = 0; i < allowed.size(); ++i) {
      if (allowed[i] == n->value) return i;
    }
    const std::string value = nfc(n->value);
    const std::string list = join_quoted(allowed);
    Message hint{"các giá trị hợp lệ: " + list, "allowed values: " + list};
    if (const auto guess = suggest(value, allowed)) {
      hint = {fmt::format("ý bạn là `{}`? Các giá trị hợp lệ: {}", *guess, list),
              fmt::format("did you mean `{}`? Allowed values: {}", *guess, list)};
    }
    m_sink.add("KH009", n->at,
               {fmt::format("giá trị `{}` không hợp lệ cho `{}`", value, key),
                fmt::format("invalid `{}` value `{}`", key, value)},
               std::move(hint));
    return std::nullopt;
  }

  Text choice_text(const Node* n, std::string_view key, std::span<const std::string_view> allowed) {
    if (choice(n, key, allowed)) return text_of(*n);
    return {};
  }

  Located<Level> level(const Node* n, std::string_view key, bool entry = false) {
    if (const auto i = choice(n, key, level_values, entry)) {
      return {*level_from_key(level_values[*i]), n->at, true};
    }
    return {};
  }

  std::vector<Located<Level>> levels(const Node* n, std::string_view key) {
    std::vector<Located<Level>> out;
    if (!n || n->kind == NodeKind::refused) return out;
    if (n->kind != NodeKind::sequence) {
      wrong_type(*n, key, Expect::list);
      return out;
    }
    for (const std::size_t index : n->items) {
      if (auto value = level(&node(index), key, true); value.present) out.push_back(value);
    }
    return out;
  }

  Located<TaskKind> kind(const Node* n) {
    if (const auto i = choice(n, "kind", kind_values)) {
      return {*task_kind_from_key(kind_values[*i]), n->at, true};
    }
    return {};
  }

  Text id(const Node* n) {
    Text out = str(n, "id");
    if (out.present && !is_id(out.value)) {
      m_sink.add("KH009", out.at,
                 {fmt::format("mã `{}` không hợp lệ", out.value),
                  fmt::format("invalid id `{}`", out.value)},
                 {"mã gồm chữ cái không dấu, chữ số và `.`, `_`, `-`, bắt đầu bằng chữ cái "
                  "hoặc chữ số",
                  "an id is ASCII letters, digits, `.`, `_` and `-`, starting with a letter or "
                  "digit"});
    }
    return out;
  }

  static Message iso_hint(std::string_view written) {
    if (const auto date = day_month_year(written)) {
      return {fmt::format("viết `{}`", date->iso()), fmt::format("write `{}`", date->iso())};
    }
    return {"ví dụ `2025-01-30` cho ngày 30/01/2025", "e.g. `2025-01-30` for 30 January 2025"};
  }

  void no_such_day(Position at, const Date& date) {
    m_sink.add(
        "KH010", at,
        {fmt::format("ngày {:02}/{:02}/{:04} không tồn tại", date.day, date.month, date.year),
         fmt::format("the date {:04}-{:02}-{:02} does not exist", date.year, date.month,
                     date.day)});
  }

  Located<Date> date(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::scalar) {
      m_sink.add("KH002", n->at,
                 {fmt::format("`{}` phải là một ngày dạng YYYY-MM-DD", key),
                  fmt::format("`{}` must be a date written YYYY-MM-DD", key)});
      return {};
    }
    const std::string_view s = n->value;
    if (const auto parsed = parse_iso_date(s)) return {*parsed, n->at, true};
    const Date written{digits_at(s, 0, 4), digits_at(s, 5, 2), digits_at(s, 8, 2)};
    if (s.size() == 10 && s[4] == '-' && s[7] == '-' && written.year >= 0 && written.month >= 0 &&
        written.day >= 0) {
      no_such_day(n->at, written);
      return {};
    }
    const std::string value = nfc(s);
    m_sink.add("KH010", n->at,
               {fmt::format("ngày `{}` không đúng dạng YYYY-MM-DD", value),
                fmt::format("date `{}` is not written YYYY-MM-DD", value)},
               iso_hint(s));
    return {};
  }

  IssueDate issued(const Node* n) {
    IssueDate out;
    if (!n || n->kind == NodeKind::refused) return out;
    if (n->kind != NodeKind::scalar) {
      m_sink.add("KH002", n->at,
                 {"`issued` phải là một ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY",
                  "`issued` must be a date written YYYY-MM-DD, YYYY-MM or YYYY"});
      return out;
    }
    const std::string_view s = n->value;
    const int year = digits_at(s, 0, 4);
    const bool has_month = s.size() >= 7 && s[4] == '-';
    const bool has_day = s.size() == 10 && s[7] == '-';
    const int month = has_month ? digits_at(s, 5, 2) : 0;
    const int day = has_day ? digits_at(s, 8, 2) : 0;
    const bool shape_ok = (s.size() == 4 || (s.size() == 7 && has_month) || has_day) && year >= 0 &&
                          month >= 0 && day >= 0;
    if (!shape_ok) {
      const std::string value = nfc(s);
      m_sink.add(
          "KH010", n->at,
          {fmt::format("ngày ban hành `{}` không đúng dạng YYYY-MM-DD, YYYY-MM hoặc YYYY", value),
           fmt::format("`issued` value `{}` is not written YYYY-MM-DD, YYYY-MM or YYYY", value)},
          iso_hint(s));
      return out;
    }
    if (has_day && !Date{year, month, day}.valid()) {
      no_such_day(n->at, Date{year, month, day});
      return out;
    }
    if (has_month && (month < 1 || month > 12)) {
      m_sink.add("KH010", n->at,
                 {fmt::format("tháng {:02}/{:04} không tồn tại", month, year),
                  fmt::format("the month {:04}-{:02} does not exist", year, month)});
      return out;
    }
    out.year = year;
    out.month = month;
    out.day = day;
    out.at = n->at;
    out.present = true;
    return out;
  }

  Located<int> year(const Node* n) {
    if (!n || n->kind == NodeKind::refused) return {};
    const Message not_integer{"`year` phải là một số nguyên", "`year` must be an integer"};
    if (n->kind != NodeKind::scalar) {
      m_sink.add("KH002", n->at, not_integer);
      return {};
    }
    // yaml-cpp would read a quoted "0123" as octal 83; we read the text ourselves, in decimal,
    // and only unquoted: a quoted year is a string to the JSON Schema too.
    if (!n->plain) {
      m_sink.add("KH002", n->at,
                 {"`year` phải là một số nguyên, không đặt trong dấu nháy",
                  "`year` must be an integer, not a quoted string"},
                 {"bỏ dấu nháy, ví dụ `year: 2025`", "remove the quotes, e.g. `year: 2025`"});
      return {};
    }
    std::string_view s = n->value;
    const bool negative = !s.empty() && s.front() == '-';
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
    if (s.empty() ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      m_sink.add("KH002", n->at, not_integer);
      return {};
    }
    const std::string_view significant = s.substr(std::min(s.find_first_not_of('0'), s.size()));
    const int value =
        significant.size() > 4 ? max_year + 1 : digits_at(significant, 0, significant.size());
    if (negative || value < min_year || value > max_year) {
      m_sink.add("KH009", n->at,
                 {fmt::format("năm `{}` nằm ngoài khoảng {}–{}", n->value, min_year, max_year),
                  fmt::format("year `{}` is outside {}–{}", n->value, min_year, max_year)});
      return {};
    }
    return {value, n->at, true};
  }

  Located<bool> boolean(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    // YAML 1.2 core schema booleans; `yes`/`on` were YAML 1.1 and surprise people.
    if (n->kind == NodeKind::scalar && n->plain) {
      const std::string_view v = n->value;
      if (v == "true" || v == "True" || v == "TRUE") return {true, n->at, true};
      if (v == "false" || v == "False" || v == "FALSE") return {false, n->at, true};
    }
    m_sink.add("KH002", n->at,
               {fmt::format("`{}` phải là true hoặc false", key),
                fmt::format("`{}` must be true or false", key)});
    return {};
  }

  DueField due(const Node* n, std::string_view key) {
    DueField out;
    out.phrase = str(n, key);
    if (!out.phrase.present) return out;
    // An unreadable phrase is the checker's to report: it has the phrase's position.
    DueResult reading = parse_due(out.phrase.value, m_plan_year);
    out.reading = std::move(reading.deadline);
    out.error = std::move(reading.error);
    return out;
  }

  // Calls `read` with each mapping entry of the list `n`.
  template <class Read>
  void each_mapping(const Node* n, std::string_view key, Read&& read) {
    if (!n || n->kind == NodeKind::refused) return;
    if (n->kind != NodeKind::sequence) {
      wrong_type(*n, key, Expect::list);
      return;
    }
    for (const std::size_t index : n->items) {
      const Node& entry = node(index);
      if (entry.kind == NodeKind::mapping) {
        read(entry);
      } else if (entry.kind != NodeKind::refused) {
        wrong_type(entry, key, Expect::entry_mapping);
      }
    }
  }

  // The mapping `n`, or nullptr (reporting a wrong type).
  const Node* mapping(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return nullptr;
    if (n->kind != NodeKind::mapping) {
      wrong_type(*n, key, Expect::mapping);
      return nullptr;
    }
    return n;
  }

  Issuer issuer(const Node& map) {
    const Fields f(*this, map, "issuer", issuer_keys);
    Issuer out;
    out.name = str(f["name"], "name");
    out.level = level(f["level"], "level");
    out.locality = str(f["locality"], "locality");
    out.parent_authority = str(f["parent_authority"], "parent_authority");
    out.signer = str(f["signer"], "signer");
    return out;
  }

  LegalRef legal_ref(const Node& map) {
    const Fields f(*this, map, "basis", basis_keys);
    LegalRef out;
    out.ref = str(f["ref"], "ref");
    out.kind = str(f["kind"], "kind");
    out.date = date(f["date"], "date");
    out.issuer = str(f["issuer"], "issuer");
    out.title = str(f["title"], "title");
    out.at = entry_at(map);
    return out;
  }

  ParentRef parent(const Node& map) {
    const Fields f(*this, map, "parent", parent_keys);
    ParentRef out;
    out.ref = str(f["ref"], "ref");
    out.date = date(f["date"], "date");
    out.issuer = str(f["issuer"], "issuer");
    out.title = str(f["title"], "title");
    out.file = str(f["file"], "file");
    out.at = entry_at(map);
    return out;
  }

  Heading heading(const Node& map) {
    const Fields f(*this, map, "outline", outline_keys);
    Heading out;
    out.number = str(f["number"], "number");
    out.title = str(f["title"], "title");
    out.holds = choice_text(f["holds"], "holds", holds_values);
    out.at = entry_at(map);
    return out;
  }

  FocusArea focus_area(const Node& map) {
    const Fields f(*this, map, "focus_areas", focus_area_keys);
    FocusArea out;
    out.id = id(f["id"]);
    out.number = str(f["number"], "number");
    out.name = str(f["name"], "name");
    out.origin = choice_text(f["origin"], "origin", origin_values);
    out.scope = str(f["scope"], "scope");
    out.subjects = paragraphs(f["subjects"], "subjects");
    out.content = paragraphs(f["content"], "content");
    out.lead = str(f["lead"], "lead");
    out.at = entry_at(map);
    return out;
  }

  std::optional<Progress> progress(const Node* n) {
    const Node* map = mapping(n, "progress");
    if (!map) return std::nullopt;
    const Fields f(*this, *map, "progress", progress_keys);
    Progress out;
    out.status = choice_text(f["status"], "status", progress_values);
    out.date = date(f["date"], "date");
    out.at = entry_at(*map);
    return out;
  }

  Task task(const Node& map) {
    const Fields f(*this, map, "tasks", task_keys);
    Task out;
    out.id = id(f["id"]);
    out.number = str(f["number"], "number");
    out.title = str(f["title"], "title");
    out.kind = kind(f["kind"]);
    out.description = paragraphs(f["description"], "description");
    out.lead = paragraphs(f["lead"], "lead");
    out.partners = paragraphs(f["partners"], "partners");
    out.output = str(f["output"], "output");
    out.due = due(f["due"], "due");
    out.levels = levels(f["levels"], "levels");
    out.implements = strings(f["implements"], "implements");
    out.focus = strings(f["focus"], "focus");
    out.conditional = boolean(f["conditional"], "conditional");
    out.progress = progress(f["progress"]);
    out.at = entry_at(map);
    return out;
  }

  Duty duty(const Node& map) {
    const Fields f(*this, map, "duties", duty_keys);
    Duty out;
    out.id = id(f["id"]);
    out.text = str(f["text"], "text");
    out.kind = kind(f["kind"]);
    out.due = due(f["due"], "due");
    out.to = str(f["to"], "to");
    out.levels = levels(f["levels"], "levels");
    out.implements = strings(f["implements"], "implements");
    out.progress = progress(f["progress"]);
    out.at = entry_at(map);
    return out;
  }

  Responsibility responsibility(const Node& map) {
    const Fields f(*this, map, "responsibilities", responsibility_keys);
    Responsibility out;
    out.agency = str(f["agency"], "agency");
    out.number = str(f["number"], "number");
    out.level = level(f["level"], "level");
    out.intro = str(f["intro"], "intro");
    each_mapping(f["duties"], "duties",
                 [&](const Node& entry) { out.duties.push_back(duty(entry)); });
    out.at = entry_at(map);
    return out;
  }

  Reporting reporting(const Node& map) {
    const Fields f(*this, map, "reporting", reporting_keys);
    Reporting out;
    out.subjects = str(f["subjects"], "subjects");
    out.period = due(f["period"], "period");
    out.due = due(f["due"], "due");
    out.to = str(f["to"], "to");
    out.content = str(f["content"], "content");
    out.at = entry_at(map);
    return out;
  }

  Signature signature(const Node& map) {
    const Fields f(*this, map, "signature", signature_keys);
    Signature out;
    out.authority = str(f["authority"], "authority");
    out.role = str(f["role"], "role");
    out.title = str(f["title"], "title");
    out.name = str(f["name"], "name");
    out.at = entry_at(map);
    return out;
  }

  const std::vector<Node>& m_nodes;
  Sink& m_sink;
  int m_plan_year = 0;  ///< for deadline phrases without a year; 0 until a valid year is read
};

void Mapper::plan(const Node& root, Plan& plan) {
  // The format is read first: a file of another version would otherwise drown its one real
  // problem in unknown-key errors for keys that version has and this one does not.
  for (std::size_t i = 0; i + 1 < root.items.size(); i += 2) {
    const Node& key = node(root.items[i]);
    const Node& value = node(root.items[i + 1]);
    if (key.kind != NodeKind::scalar || key.value != "format") continue;
    if (value.kind == NodeKind::scalar && value.value != supported_format) {
      plan.format = text_of(value);
      m_sink.add("KH012", value.at,
                 {fmt::format("phiên bản định dạng `{}` không được hỗ trợ", plan.format.value),
                  fmt::format("unsupported format version `{}`", plan.format.value)},
                 {"kehoach này đọc `format: kehoach/1`",
                  "this version of kehoach reads `format: kehoach/1`"});
      return;
    }
    break;
  }

  const Fields f(*this, root, "", plan_keys);
  plan.format = str(f["format"], "format");
  plan.year = year(f["year"]);
  if (plan.year.present) m_plan_year = plan.year.value;
  if (const auto i = choice(f["status"], "status", status_values)) {
    plan.status = {*i == 0 ? Status::draft : Status::issued, f["status"]->at, true};
  }
  plan.number = str(f["number"], "number");
  if (const Node* map = mapping(f["issuer"], "issuer")) plan.issuer = issuer(*map);
  plan.place = str(f["place"], "place");
  plan.issued = issued(f["issued"]);
  plan.title = str(f["title"], "title");
  plan.basis_lead = str(f["basis_lead"], "basis_lead");
  // The format's documented default, so that renderers need not know it; `present` stays false.
  if (!plan.basis_lead.present) plan.basis_lead.value = "Căn cứ";
  each_mapping(f["basis"], "basis",
               [&](const Node& entry) { plan.basis.push_back(legal_ref(entry)); });
  if (const Node* map = mapping(f["parent"], "parent")) plan.parent = parent(*map);
  plan.enactment = str(f["enactment"], "enactment");
  each_mapping(f["outline"], "outline",
               [&](const Node& entry) { plan.outline.push_back(heading(entry)); });
  plan.purpose = paragraphs(f["purpose"], "purpose");
  plan.requirements = paragraphs(f["requirements"], "requirements");
  each_mapping(f["focus_areas"], "focus_areas",
               [&](const Node& entry) { plan.focus_areas.push_back(focus_area(entry)); });
  each_mapping(f["tasks"], "tasks", [&](const Node& entry) { plan.tasks.push_back(task(entry)); });
  each_mapping(f["responsibilities"], "responsibilities",
               [&](const Node& entry) { plan.responsibilities.push_back(responsibility(entry)); });
  if (const Node* map = mapping(f["reporting"], "reporting")) plan.reporting = reporting(*map);
  plan.budget = paragraphs(f["budget"], "budget");
  plan.closing = str(f["closing"], "closing");
  plan.recipients = strings(f["recipients"], "recipients");
  if (const Node* map = mapping(f["signature"], "signature")) plan.signature = signature(*map);
}

void load_into(LoadResult& result, std::string_view input, Sink& sink) {
  if (input.size() > max_plan_bytes) {
    sink.add("KH006", Position{1, 1},
             {fmt::format("tệp quá lớn: {} byte, tối đa {} byte", input.size(), max_plan_bytes),
              fmt::format("file too large: {} bytes, at most {}", input.size(), max_plan_bytes)});
    return;
  }
  if (input.starts_with("\xEF\xBB\xBF")) input.remove_prefix(3);
  result.text = normalise_line_ends(input);

  if (const auto bad = find_invalid_utf8(result.text)) {
    const SourceMap source(result.text);
    const auto byte = static_cast<unsigned char>(result.text[*bad]);
    sink.add("KH007", source.at(*bad),
             {fmt::format("tệp không phải UTF-8 hợp lệ: byte 0x{:02X}", byte),
              fmt::format("invalid UTF-8: byte 0x{:02X}", byte)},
             {"lưu tệp với bảng mã UTF-8 (không dùng TCVN3, VNI hay Windows-1258)",
              "save the file as UTF-8 (not TCVN3, VNI or Windows-1258)"});
    return;
  }
  if (const auto control = find_control(result.text)) {
    const SourceMap source(result.text);
    sink.add("KH001", source.at(control->first),
             {fmt::format("ký tự điều khiển U+{:04X} không được phép trong YAML", control->second),
              fmt::format("control character U+{:04X} is not allowed in YAML", control->second)},
             {"xóa ký tự này (thường do dán từ Word hoặc PDF)",
              "delete it (it often comes from pasting out of Word or a PDF)"});
    return;
  }
  // The whole text in NFC, so that every value and every column refers to the text we return.
  if (!surely_nfc(result.text)) result.text = to_nfc(result.text);

  const SourceMap source(result.text);
  const ParsedTree tree = parse_tree(source, sink);
  if (!tree.complete) return;
  if (!tree.root || tree.nodes[*tree.root].kind == NodeKind::null) {
    sink.add("KH013", Position{1, 1}, {"tệp rỗng", "the file is empty"}, start_hint);
    return;
  }
  const Node& root = tree.nodes[*tree.root];
  if (root.kind == NodeKind::refused) return;
  if (root.kind != NodeKind::mapping) {
    sink.add("KH013", root.at,
             {"tệp không phải một kế hoạch: cấp cao nhất phải là một ánh xạ các khóa",
              "not a plan: the top level must be a mapping of keys"},
             start_hint);
    return;
  }
  // A mapping without a single plan key, even misspelt, is some other YAML file given by
  // mistake: say so once rather than list every key as unknown and every required key missing.
  std::array<std::string_view, plan_keys.size()> names;
  std::transform(plan_keys.begin(), plan_keys.end(), names.begin(),
                 [](const Key& k) { return k.name; });
  bool any_plan_key = false;
  for (std::size_t i = 0; i < root.items.size() && !any_plan_key; i += 2) {
    const Node& key = tree.nodes[root.items[i]];
    any_plan_key = key.kind == NodeKind::scalar &&
                   (std::find(names.begin(), names.end(), key.value) != names.end() ||
                    suggest(key.value, names).has_value());
  }
  if (!any_plan_key) {
    sink.add("KH013", root.at,
             {"tệp không phải một kế hoạch: không có khóa nào của định dạng",
              "not a plan: none of the format's keys is present"},
             start_hint);
    return;
  }
  Mapper mapper(tree.nodes, sink);
  mapper.plan(root, result.plan);
}

}  // namespace

LoadResult load_plan(std::string_view text, const std::string& file_name) {
  LoadResult result;
  result.plan.file = file_name;
  Sink sink(result.diagnostics, file_name);
  // Nothing escapes: yaml-cpp's own exceptions are handled in parse_tree; what remains here
  // is running out of memory or a library failure we did not foresee.
  try {
    load_into(result, text, sink);
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
  sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace kehoach
