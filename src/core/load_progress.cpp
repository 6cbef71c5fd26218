// Reading progress files (kehoach-progress/1). A progress file is small and shallow, but it is
// still a user's input: every problem is reported with its position, nothing throws, and the
// same hostile inputs as for plans (aliases, deep nesting, invalid UTF-8, a second document, an
// unclosed quote) are refused. The plan loader's YAML tree is private to load.cpp, so this file
// has its own, smaller one.
#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <exception>
#include <map>
#include <new>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/progress.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// The format needs three levels (items → id → entry); anything much deeper is a mistake.
constexpr std::size_t max_depth = 16;

constexpr std::array<std::string_view, 4> status_keys{"not_started", "in_progress", "done",
                                                      "cancelled"};

int count_chars(std::string_view text) {
  int count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

// Byte offsets to 1-based line and character column. Events arrive in file order, so the last
// answer is cached and counted on from: a long single-line flow mapping stays linear.
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
    if (m_cached && offset >= m_offset && offset < m_line_end) {
      m_pos.column += count_chars(m_text.substr(m_offset, offset - m_offset));
      m_offset = offset;
      return m_pos;
    }
    const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const auto line = static_cast<std::size_t>(next - m_starts.begin()) - 1;
    const std::size_t start = m_starts[line];
    m_cached = true;
    m_offset = offset;
    m_line_end = next == m_starts.end() ? m_text.size() + 1 : *next;
    m_pos =
        Position{static_cast<int>(line) + 1, count_chars(m_text.substr(start, offset - start)) + 1};
    return m_pos;
  }

  [[nodiscard]] Position at(const YAML::Mark& mark) const {
    if (mark.pos < 0) return Position{std::max(mark.line, 0) + 1, std::max(mark.column, 0) + 1};
    return at(static_cast<std::size_t>(mark.pos));
  }

  [[nodiscard]] std::string_view text() const { return m_text; }

 private:
  std::string_view m_text;
  std::vector<std::size_t> m_starts;
  mutable bool m_cached = false;
  mutable std::size_t m_offset = 0;
  mutable std::size_t m_line_end = 0;
  mutable Position m_pos;
};

std::string normalise_line_ends(std::string_view text) {
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

// The first character YAML does not allow (C0/C1 controls but tab and LF, DEL, U+FFFE/U+FFFF).
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

// yaml-cpp's reasons may quote a lone byte of a multi-byte character: cut them there.
std::string valid_prefix(std::string_view text) {
  return std::string(text.substr(0, find_invalid_utf8(text).value_or(text.size())));
}

class Sink {
 public:
  Sink(std::vector<Diagnostic>& out, const std::string& file) : m_out(out), m_file(file) {}

  void add(std::string_view code, Position at, Message message, Message hint = {},
           Severity severity = Severity::error) {
    m_out.push_back(
        Diagnostic{std::string(code), severity, m_file, at, std::move(message), std::move(hint)});
  }

 private:
  std::vector<Diagnostic>& m_out;
  const std::string& m_file;
};

const Message start_hint{"một tệp tiến độ bắt đầu bằng `format: kehoach-progress/1`",
                         "a progress file starts with `format: kehoach-progress/1`"};

// ---------------------------------------------------------------------------------------------
// The YAML tree

enum class NodeKind { null, scalar, sequence, mapping, refused };

struct Node {
  NodeKind kind = NodeKind::null;
  bool plain = false;
  Position at;
  std::string value;
  std::vector<std::size_t> items;  ///< sequence entries; mapping keys and values alternating
};

struct UnterminatedQuote {
  YAML::Mark mark;
};

struct SecondDocument {
  YAML::Mark mark;
};

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

// Builds the tree from yaml-cpp's events; aliases are never expanded, anchors are refused.
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
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (m_skip > 0) return;
    if (!m_reported_anchor) refuse_alias(m_sink, m_source.at(mark));
    m_reported_anchor = true;
    add(NodeKind::refused, mark);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
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
    if (m_reported_anchor) return;
    m_reported_anchor = true;
    m_sink.add("KH005", m_source.at(mark),
               {fmt::format("không chấp nhận anchor `&{}` của YAML", name),
                fmt::format("YAML anchor `&{}` refused", name)},
               anchor_hint());
  }

  static Message anchor_hint() {
    return {"viết đầy đủ giá trị ở mỗi chỗ cần dùng: không dùng anchor (`&`) và alias (`*`)",
            "write each value out in full: anchors (`&`) and aliases (`*`) are not allowed"};
  }

  static void refuse_alias(Sink& sink, Position at) {
    sink.add("KH005", at, {"không chấp nhận alias của YAML", "YAML alias refused"}, anchor_hint());
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
      if (!m_reported_depth) {
        m_sink.add("KH011", m_source.at(mark),
                   {fmt::format("lồng nhau quá sâu: quá {} cấp", max_depth),
                    fmt::format("nesting too deep: more than {} levels", max_depth)});
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
  Sink& m_sink;
  std::vector<Node> m_nodes;
  std::vector<std::size_t> m_stack;
  std::optional<std::size_t> m_root;
  std::size_t m_skip = 0;
  bool m_reported_depth = false;
  bool m_reported_anchor = false;
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

// The most common of yaml-cpp's reasons in Vietnamese; others are kept in English.
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
      {"illegal tab when looking for indentation", "ký tự tab trong phần thụt lề"},
  };
  for (const auto& [en, vi] : table) {
    if (reason == en) return std::string(vi);
  }
  return reason;
}

struct ParsedTree {
  std::vector<Node> nodes;
  std::optional<std::size_t> root;
  bool complete = false;
};

ParsedTree parse_tree(const SourceMap& source, Sink& sink) {
  std::istringstream in{std::string(source.text())};
  YAML::Parser parser(in);
  TreeBuilder builder(source, sink);
  ParsedTree tree;
  try {
    if (parser.HandleNextDocument(builder)) {
      SecondDocumentProbe probe;
      parser.HandleNextDocument(probe);
    }
    tree.complete = true;
  } catch (const SecondDocument& second) {
    sink.add("KH001", source.at(second.mark),
             {"tệp có thêm một tài liệu YAML thứ hai", "a second YAML document starts here"},
             {"một tệp tiến độ chỉ chứa một tài liệu", "a progress file holds one document"});
  } catch (const UnterminatedQuote& open) {
    sink.add("KH001", source.at(open.mark),
             {"cú pháp YAML không hợp lệ: dấu nháy mở ở đây không được đóng",
              "invalid YAML syntax: the quote opened here is never closed"},
             {"thêm dấu nháy đóng ở cuối chuỗi", "add the closing quote at the end of the text"});
  } catch (const YAML::DeepRecursion& e) {
    if (!builder.reported_depth()) {
      sink.add("KH011", source.at(e.mark),
               {fmt::format("lồng nhau quá sâu: quá {} cấp", max_depth),
                fmt::format("nesting too deep: more than {} levels", max_depth)});
    }
  } catch (const YAML::ParserException& e) {
    if (e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
      if (!builder.reported_anchor()) TreeBuilder::refuse_alias(sink, source.at(e.mark));
    } else {
      const std::string reason = valid_prefix(e.msg);
      sink.add("KH001", source.at(e.mark),
               {"cú pháp YAML không hợp lệ: " + vietnamese_reason(reason),
                "invalid YAML syntax: " + reason});
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
// Tree to ProgressFile

struct Key {
  std::string_view name;
  bool required = false;
};

constexpr std::array<Key, 3> file_keys{{{"format", true}, {"items"}, {"reporting"}}};
constexpr std::array<Key, 3> entry_keys{{{"status", true}, {"date"}, {"note"}}};

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// The allowed word `word` most likely stands for (same letters, or within two edits).
std::optional<std::string_view> suggest(std::string_view word,
                                        std::span<const std::string_view> allowed) {
  const std::string folded = fold_ascii(word);
  std::optional<std::string_view> best;
  std::size_t best_distance = 3;
  for (const auto candidate : allowed) {
    const std::size_t distance = edit_distance(folded, candidate);
    if (distance < best_distance && distance < candidate.size()) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::string join_quoted(std::span<const std::string_view> words) {
  std::string out;
  for (const auto word : words) {
    if (!out.empty()) out += ", ";
    out += fmt::format("`{}`", word);
  }
  return out;
}

bool is_id(std::string_view s) {
  auto ok = [](char c, bool first) {
    const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return alnum || (!first && (c == '.' || c == '_' || c == '-'));
  };
  if (s.empty() || !ok(s.front(), true)) return false;
  return std::all_of(s.begin() + 1, s.end(), [&](char c) { return ok(c, false); });
}

std::string within(std::string_view context, bool vietnamese) {
  if (context.empty()) return {};
  return vietnamese ? fmt::format(" trong `{}`", context) : fmt::format(" in `{}`", context);
}

class Mapper {
 public:
  Mapper(const std::vector<Node>& nodes, Sink& sink) : m_nodes(nodes), m_sink(sink) {}

  void file(const Node& root, ProgressFile& out) {
    // The format first: a plan file given by mistake would otherwise drown its one real problem
    // in unknown-key errors.
    for (std::size_t i = 0; i + 1 < root.items.size(); i += 2) {
      const Node& key = node(root.items[i]);
      const Node& value = node(root.items[i + 1]);
      if (key.kind != NodeKind::scalar || key.value != "format") continue;
      if (value.kind == NodeKind::scalar && value.value != progress_format) {
        const std::string written = to_nfc(value.value);
        m_sink.add(
            "KH012", value.at,
            {fmt::format("phiên bản định dạng `{}` không được hỗ trợ cho tệp tiến độ", written),
             fmt::format("unsupported progress file format `{}`", written)},
            start_hint);
        return;
      }
      break;
    }
    const auto f = fields(root, "", file_keys);
    out.format = str(f[0], "format");
    if (const Node* items = f[1]) {
      if (items->kind == NodeKind::mapping) {
        std::map<std::string, Position> seen;
        for (std::size_t i = 0; i + 1 < items->items.size(); i += 2) {
          const Node& key = node(items->items[i]);
          const Node& value = node(items->items[i + 1]);
          if (key.kind == NodeKind::refused) continue;
          if (key.kind != NodeKind::scalar) {
            m_sink.add("KH002", key.at,
                       {"mã của một mục phải là một chuỗi", "an item's id must be a string"});
            continue;
          }
          const std::string id = to_nfc(key.value);
          if (!is_id(id)) {
            m_sink.add(
                "KH009", key.at,
                {fmt::format("mã `{}` không hợp lệ", id), fmt::format("invalid id `{}`", id)},
                {"dùng đúng mã (`id`) của hoạt động hoặc nhiệm vụ trong kế hoạch",
                 "use the `id` of the task or duty as written in the plan"});
            continue;
          }
          const auto [it, inserted] = seen.emplace(id, key.at);
          if (!inserted) {
            m_sink.add(
                "KH004", key.at,
                {fmt::format("mã `{}` bị lặp lại", id), fmt::format("duplicate id `{}`", id)},
                {fmt::format("mã này đã có ở dòng {}", it->second.line),
                 fmt::format("first written on line {}", it->second.line)});
            continue;
          }
          if (auto e = entry(value, key, id)) out.items.push_back(std::move(*e));
        }
      } else if (items->kind != NodeKind::refused) {
        m_sink.add("KH002", items->at,
                   {"`items` phải là một ánh xạ từ mã của hoạt động, nhiệm vụ tới tiến độ",
                    "`items` must be a mapping from task and duty ids to their progress"},
                   {"ví dụ `kiem-tra: {status: done, date: 2025-09-12}` thụt lề dưới `items:`",
                    "e.g. `kiem-tra: {status: done, date: 2025-09-12}` indented under `items:`"});
      }
    }
    if (const Node* reporting = f[2]) {
      if (auto e = entry(*reporting, *reporting, "")) out.reporting = std::move(*e);
    }
  }

 private:
  // The values of a mapping by key slot; unknown, duplicate and missing keys reported.
  template <std::size_t N>
  std::array<const Node*, N> fields(const Node& map, std::string_view context,
                                    const std::array<Key, N>& keys) {
    std::array<const Node*, N> values{};
    std::array<const Node*, N> keys_at{};
    std::array<std::string_view, N> names{};
    for (std::size_t k = 0; k < N; ++k) names[k] = keys[k].name;
    for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
      const Node& key = node(map.items[i]);
      const Node& value = node(map.items[i + 1]);
      if (key.kind == NodeKind::refused) continue;
      if (key.kind != NodeKind::scalar) {
        m_sink.add("KH002", key.at, {"khóa phải là một chuỗi", "a key must be a string"});
        continue;
      }
      const auto slot = std::find(names.begin(), names.end(), key.value);
      if (slot == names.end()) {
        const std::string written = to_nfc(key.value);
        Message hint{"các khóa được phép: " + join_quoted(names),
                     "allowed keys: " + join_quoted(names)};
        if (const auto guess = suggest(written, names)) {
          hint = {fmt::format("ý bạn là `{}`?", *guess), fmt::format("did you mean `{}`?", *guess)};
        }
        m_sink.add("KH003", key.at,
                   {fmt::format("khóa không xác định `{}`{}", written, within(context, true)),
                    fmt::format("unknown key `{}`{}", written, within(context, false))},
                   std::move(hint));
        continue;
      }
      const auto index = static_cast<std::size_t>(slot - names.begin());
      if (keys_at[index]) {
        m_sink.add("KH004", key.at,
                   {fmt::format("khóa `{}` bị lặp lại", key.value),
                    fmt::format("duplicate key `{}`", key.value)},
                   {fmt::format("khóa này đã có ở dòng {}", keys_at[index]->at.line),
                    fmt::format("first written on line {}", keys_at[index]->at.line)});
        continue;
      }
      keys_at[index] = &key;
      values[index] = value.kind == NodeKind::null ? nullptr : &value;
    }
    for (std::size_t k = 0; k < N; ++k) {
      if (!keys[k].required || values[k]) continue;
      const Position at = keys_at[k] ? keys_at[k]->at : map.at;
      m_sink.add(
          "KH008", at,
          {fmt::format("thiếu khóa bắt buộc `{}`{}", keys[k].name, within(context, true)),
           fmt::format("missing required key `{}`{}", keys[k].name, within(context, false))});
    }
    return values;
  }

  [[nodiscard]] const Node& node(std::size_t index) const { return m_nodes[index]; }

  Text str(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::scalar) {
      m_sink.add(
          "KH002", n->at,
          {fmt::format("`{}` phải là một chuỗi", key), fmt::format("`{}` must be a string", key)});
      return {};
    }
    return Text{to_nfc(n->value), n->at, true};
  }

  // One entry: a mapping with `status`, `date` and `note`; `key` is where it is named.
  std::optional<ProgressEntry> entry(const Node& value, const Node& key, const std::string& id) {
    const std::string context = id.empty() ? "reporting" : "items: " + id;
    if (value.kind == NodeKind::refused) return std::nullopt;
    if (value.kind != NodeKind::mapping) {
      const Position at = value.kind == NodeKind::null ? key.at : value.at;
      m_sink.add(
          "KH002", at,
          {fmt::format("tiến độ của `{}` phải là một ánh xạ", id.empty() ? "reporting" : id),
           fmt::format("the progress of `{}` must be a mapping", id.empty() ? "reporting" : id)},
          {"ví dụ `{status: done, date: 2025-09-12}`", "e.g. `{status: done, date: 2025-09-12}`"});
      return std::nullopt;
    }
    const auto f = fields(value, context, entry_keys);
    ProgressEntry out;
    if (!id.empty()) out.id = Text{id, key.at, true};
    out.at = key.at;
    if (const Node* s = f[0]) {
      if (s->kind == NodeKind::scalar) {
        if (const auto status = progress_status_from_key(s->value)) {
          out.status = {*status, s->at, true};
        } else {
          const std::string written = to_nfc(s->value);
          const std::string list = join_quoted(status_keys);
          Message hint{"các giá trị hợp lệ: " + list, "allowed values: " + list};
          if (const auto guess = suggest(written, status_keys)) {
            hint = {fmt::format("ý bạn là `{}`? Các giá trị hợp lệ: {}", *guess, list),
                    fmt::format("did you mean `{}`? Allowed values: {}", *guess, list)};
          }
          m_sink.add("KH009", s->at,
                     {fmt::format("giá trị `{}` không hợp lệ cho `status`", written),
                      fmt::format("invalid `status` value `{}`", written)},
                     std::move(hint));
        }
      } else if (s->kind != NodeKind::refused) {
        m_sink.add("KH002", s->at, {"`status` phải là một chuỗi", "`status` must be a string"});
      }
    }
    if (const Node* d = f[1]) out.date = date(*d);
    out.note = str(f[2], "note");
    return out;
  }

  Located<Date> date(const Node& n) {
    if (n.kind == NodeKind::refused) return {};
    if (n.kind == NodeKind::scalar) {
      if (const auto parsed = parse_iso_date(n.value)) return {*parsed, n.at, true};
    }
    const std::string written = n.kind == NodeKind::scalar ? to_nfc(n.value) : std::string();
    m_sink.add(
        "KH010", n.at,
        {fmt::format("ngày `{}` không đúng dạng YYYY-MM-DD hoặc không tồn tại", written),
         fmt::format("date `{}` is not a real day written YYYY-MM-DD", written)},
        {"ví dụ `2025-09-12` cho ngày 12/09/2025", "e.g. `2025-09-12` for 12 September 2025"});
    return {};
  }

  const std::vector<Node>& m_nodes;
  Sink& m_sink;
};

void load_into(ProgressLoadResult& result, std::string_view input, Sink& sink) {
  if (input.size() > max_progress_bytes) {
    sink.add(
        "KH006", Position{1, 1},
        {fmt::format("tệp quá lớn: {} byte, tối đa {} byte", input.size(), max_progress_bytes),
         fmt::format("file too large: {} bytes, at most {}", input.size(), max_progress_bytes)});
    return;
  }
  if (input.starts_with("\xEF\xBB\xBF")) input.remove_prefix(3);
  result.text = normalise_line_ends(input);
  if (const auto bad = find_invalid_utf8(result.text)) {
    const SourceMap source(result.text);
    sink.add("KH007", source.at(*bad),
             {fmt::format("tệp không phải UTF-8 hợp lệ: byte 0x{:02X}",
                          static_cast<unsigned char>(result.text[*bad])),
              fmt::format("invalid UTF-8: byte 0x{:02X}",
                          static_cast<unsigned char>(result.text[*bad]))},
             {"lưu tệp với bảng mã UTF-8", "save the file as UTF-8"});
    // Keep the text printable for the caller, which quotes the line.
    result.text = replace_invalid_utf8(result.text);
    return;
  }
  if (const auto control = find_control(result.text)) {
    const SourceMap source(result.text);
    sink.add("KH001", source.at(control->first),
             {fmt::format("ký tự điều khiển U+{:04X} không được phép trong YAML", control->second),
              fmt::format("control character U+{:04X} is not allowed in YAML", control->second)},
             {"xóa ký tự này", "delete it"});
    return;
  }
  result.text = to_nfc(result.text);
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
             {"tệp không phải một tệp tiến độ: cấp cao nhất phải là một ánh xạ các khóa",
              "not a progress file: the top level must be a mapping of keys"},
             start_hint);
    return;
  }
  Mapper mapper(tree.nodes, sink);
  mapper.file(root, result.progress);
}

}  // namespace

std::string_view progress_status_key(ProgressStatus status) {
  return status_keys[static_cast<std::size_t>(status)];
}

std::optional<ProgressStatus> progress_status_from_key(std::string_view key) {
  for (std::size_t i = 0; i < status_keys.size(); ++i) {
    if (status_keys[i] == key) return static_cast<ProgressStatus>(i);
  }
  return std::nullopt;
}

ProgressLoadResult load_progress(std::string_view text, const std::string& file_name) {
  ProgressLoadResult result;
  result.progress.file = file_name;
  Sink sink(result.diagnostics, file_name);
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

std::vector<Diagnostic> check_progress(const Plan& plan, const ProgressFile& progress) {
  std::vector<Diagnostic> out;
  Sink sink(out, progress.file);
  // Every id a progress entry may name, with whether the plan records progress there too.
  std::map<std::string, bool> ids;
  for (const auto& task : plan.tasks) {
    if (task.id.present) ids.emplace(task.id.value, task.progress.has_value());
  }
  for (const auto& r : plan.responsibilities) {
    for (const auto& duty : r.duties) {
      if (duty.id.present) ids.emplace(duty.id.value, duty.progress.has_value());
    }
  }
  std::vector<std::string_view> known;
  known.reserve(ids.size());
  for (const auto& [id, _] : ids) known.push_back(id);

  auto check_date = [&](const ProgressEntry& e, std::string_view name) {
    if (!e.status.present || e.date.present) return;
    if (e.status.value != ProgressStatus::done && e.status.value != ProgressStatus::cancelled) {
      return;
    }
    const bool done = e.status.value == ProgressStatus::done;
    sink.add("KH302", e.status.at,
             {fmt::format("`{}` {} nhưng không ghi ngày", name, done ? "đã xong" : "đã hủy"),
              fmt::format("`{}` is {} but gives no date", name, done ? "done" : "cancelled")},
             {"thêm `date:` là ngày hoàn thành (hoặc ngày hủy), ví dụ `date: 2025-09-12`",
              "add `date:`, the day it was done (or cancelled), e.g. `date: 2025-09-12`"},
             Severity::warning);
  };

  for (const auto& e : progress.items) {
    const auto found = ids.find(e.id.value);
    if (found == ids.end()) {
      Message hint{"dùng đúng mã (`id`) của một hoạt động hoặc nhiệm vụ trong kế hoạch",
                   "use the `id` of a task or duty of the plan"};
      std::optional<std::string_view> guess;
      std::size_t best = 3;
      for (const auto candidate : known) {
        const std::size_t d = edit_distance(e.id.value, candidate);
        if (d < best && d < candidate.size()) {
          best = d;
          guess = candidate;
        }
      }
      if (guess) {
        hint = {fmt::format("ý bạn là `{}`?", *guess), fmt::format("did you mean `{}`?", *guess)};
      }
      sink.add("KH301", e.id.at,
               {fmt::format("kế hoạch không có hoạt động hay nhiệm vụ nào mã `{}`", e.id.value),
                fmt::format("the plan has no task or duty with id `{}`", e.id.value)},
               std::move(hint));
      continue;
    }
    check_date(e, e.id.value);
    if (found->second) {
      sink.add("KH303", e.id.at,
               {fmt::format("tiến độ của `{}` cũng được ghi trong tệp kế hoạch; dùng tiến độ ghi "
                            "ở tệp này",
                            e.id.value),
                fmt::format("the plan file records progress for `{}` too; this file's is used",
                            e.id.value)},
               {"ghi tiến độ ở một nơi: bỏ `progress` khỏi tệp kế hoạch nếu kế hoạch chưa ban hành",
                "record progress in one place: drop `progress` from the plan if it is not issued "
                "yet"},
               Severity::note);
    }
  }
  if (progress.reporting) {
    const ProgressEntry& e = *progress.reporting;
    if (!plan.reporting || !plan.reporting->due.phrase.present) {
      sink.add(
          "KH301", e.at,
          {"kế hoạch không ghi thời hạn gửi báo cáo (`reporting.due`)",
           "the plan gives no report due date (`reporting.due`)"},
          {"xóa mục `reporting` khỏi tệp tiến độ", "remove `reporting` from the progress file"});
    } else {
      check_date(e, "reporting");
    }
  }
  sort_diagnostics(out);
  return out;
}

std::string progress_file_for(std::string_view plan_file) {
  for (const std::string_view ext : {".yaml", ".yml"}) {
    if (plan_file.size() > ext.size() && plan_file.ends_with(ext)) {
      return fmt::format("{}.progress{}", plan_file.substr(0, plan_file.size() - ext.size()), ext);
    }
  }
  return fmt::format("{}.progress.yaml", plan_file);
}

bool is_progress_file(std::string_view path) {
  return path.ends_with(".progress.yaml") || path.ends_with(".progress.yml");
}

}  // namespace kehoach
