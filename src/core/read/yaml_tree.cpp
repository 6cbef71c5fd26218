#include "read/yaml_tree.hpp"

#include <fmt/format.h>
#include <libfyaml.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>

#include "kehoach/text.hpp"
#include "read/yaml_source.hpp"
#include "read/yaml_syntax.hpp"

namespace kehoach::yaml_tree {

namespace {

// ---------------------------------------------------------------------------------------------
// Source text

// U+0085 in UTF-8 text is most often Windows-1252's "…" (byte 0x85) converted as if it were
// Latin-1; a line break to YAML 1.1, text to YAML 1.2; refused like any C1 control.
const Message next_line_hint{
    "U+0085 thường là dấu “…” của bảng mã Windows-1252 bị chuyển sai sang UTF-8: thay bằng “…” "
    "hoặc xóa ký tự này",
    "U+0085 is most often Windows-1252's “…” converted to UTF-8 with the wrong code page: "
    "replace it with “…” or delete it"};

// CRLF and lone CR become LF: one convention keeps the line index simple, and line numbers do
// not change (each line end is still one line end).
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

// A library's reason may quote a lone byte of a multi-byte character: cut it there, so that
// every message stays valid UTF-8.
std::string valid_prefix(std::string_view text) {
  return std::string(text.substr(0, find_invalid_utf8(text).value_or(text.size())));
}

// ---------------------------------------------------------------------------------------------
// Messages

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
// libfyaml

struct ParserDeleter {
  void operator()(fy_parser* parser) const { fy_parser_destroy(parser); }
};
struct DiagDeleter {
  void operator()(fy_diag* diag) const { fy_diag_destroy(diag); }
};

// libfyaml's own printing of its errors is turned off: they are collected and explained.
void discard_output(fy_diag*, void*, const char*, size_t) {}

std::string_view text_of(fy_token* token) {
  if (!token) return {};
  std::size_t length = 0;
  const char* text = fy_token_get_text(token, &length);
  return text ? std::string_view(text, length) : std::string_view();
}

std::optional<std::size_t> start_of(fy_token* token) {
  const fy_mark* mark = token ? fy_token_start_mark(token) : nullptr;
  if (!mark) return std::nullopt;
  return mark->input_pos;
}

std::optional<std::size_t> end_of(fy_token* token) {
  const fy_mark* mark = token ? fy_token_end_mark(token) : nullptr;
  if (!mark) return std::nullopt;
  return mark->input_pos;
}

// Past this many levels, refused or not, the reading stops: a file of a million `[` costs its
// parser memory for every level it opens.
constexpr std::size_t abandon_depth = 1024;

// Where the parser should stop reading: a few brackets after the `[` or `{` that first nests
// deeper than abandon_depth, where the tree builder stops. libfyaml scans ahead in flow collections
// and would otherwise tokenise a file of a million `[` (300 MB) before the tree builder sees the
// level that stops the reading. Brackets are counted without regard to quotes: a miscount can only
// cut a file holding more than 1,024 unbalanced brackets, which then fails as a syntax error, never
// silently.
std::size_t nesting_cut(std::string_view text) {
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  auto count = [&](char c) {
    std::size_t n = 0;
    for (const char* p = begin; p < end; ++p, ++n) {
      p = static_cast<const char*>(std::memchr(p, c, static_cast<std::size_t>(end - p)));
      if (!p) break;
    }
    return n;
  };
  if (count('[') + count('{') <= abandon_depth + 8) return text.size();
  std::size_t depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '[' || c == '{') {
      if (++depth > abandon_depth + 8) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return text.size();
}

// ---------------------------------------------------------------------------------------------
// The YAML tree, with positions

// Builds the tree from libfyaml's events. Aliases are never expanded (an alias becomes one
// refused node), so a "billion laughs" file costs what its text costs.
class TreeBuilder {
 public:
  TreeBuilder(const SourceMap& source, const Dialect& dialect, Sink& sink)
      : m_source(source), m_text(source.text()), m_dialect(dialect), m_sink(sink) {}

  /// Takes in one event; false when the reading stops here.
  bool handle(fy_event& event) {
    switch (event.type) {
      case FYET_DOCUMENT_START:
        if (m_documents++ == 0) return true;
        second_document(event.document_start.document_start);
        return false;
      case FYET_DOCUMENT_END: m_first_done = true; return true;
      case FYET_STREAM_END: m_stream_done = true; return true;
      case FYET_MAPPING_START:
        anchor(event.mapping_start.anchor);
        return open(NodeKind::mapping, event.mapping_start.mapping_start);
      case FYET_SEQUENCE_START:
        anchor(event.sequence_start.anchor);
        return open(NodeKind::sequence, event.sequence_start.sequence_start);
      case FYET_MAPPING_END:
      case FYET_SEQUENCE_END: close(); return true;
      case FYET_SCALAR:
        anchor(event.scalar.anchor);
        scalar(event.scalar);
        return true;
      case FYET_ALIAS: alias(event.alias.anchor); return true;
      default: return true;
    }
  }

  /// What was open when the parser stopped: the innermost `[` or `{`, a quote never closed.
  [[nodiscard]] OpenParts open_parts() const {
    OpenParts parts;
    if (m_skip == 0 && !m_stack.empty() && m_stack.back().flow) {
      parts.flow = m_stack.back().offset;
    }
    parts.quote = m_open_quote;
    return parts;
  }

  [[nodiscard]] std::vector<Node> take_nodes() { return std::move(m_nodes); }
  [[nodiscard]] std::optional<std::size_t> root() const { return m_root; }
  [[nodiscard]] bool reported_depth() const { return m_reported_depth; }
  [[nodiscard]] bool first_done() const { return m_first_done; }
  [[nodiscard]] bool stream_done() const { return m_stream_done; }
  [[nodiscard]] bool stopped() const { return m_second || m_abandoned; }

 private:
  struct Open {
    std::size_t node;
    std::size_t offset;
    bool flow;
  };

  // The offset of the `&` or `*` before an anchor or alias name.
  std::size_t sigil(std::size_t name) const {
    return name > 0 && (m_text[name - 1] == '&' || m_text[name - 1] == '*') ? name - 1 : name;
  }

  void second_document(fy_token* marker) {
    m_second = true;
    m_sink.add("KH001", m_source.at(start_of(marker).value_or(m_last_end)),
               {"tệp có thêm một tài liệu YAML thứ hai", "a second YAML document starts here"},
               m_dialect.second_document_hint);
  }

  void anchor(fy_token* token) {
    if (!token || m_reported_anchor) return;
    m_reported_anchor = true;
    const std::string name = valid_prefix(text_of(token));
    m_sink.add("KH005", m_source.at(sigil(start_of(token).value_or(m_last_end))),
               {fmt::format("không chấp nhận anchor `&{}` của YAML", name),
                fmt::format("YAML anchor `&{}` refused", name)},
               anchor_hint);
  }

  void alias(fy_token* token) {
    if (m_skip > 0) return;
    const std::size_t at = sigil(start_of(token).value_or(m_last_end));
    m_last_end = end_of(token).value_or(at);
    if (!m_reported_anchor) {
      std::optional<std::string> name;
      if (m_dialect.detailed_syntax) name = valid_prefix(text_of(token));
      refuse_alias(m_sink, m_source.at(at), name);
      m_reported_anchor = true;
    }
    add(NodeKind::refused, at);
  }

  // The first control character of `value` other than tab and line feed (C0, DEL, C1).
  static std::optional<unsigned> first_control(std::string_view value) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      const auto c = static_cast<unsigned char>(value[i]);
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return c;
      // C1 controls U+0080–U+009F are C2 80 – C2 9F in UTF-8.
      if (c == 0xC2 && i + 1 < value.size()) {
        const auto d = static_cast<unsigned char>(value[i + 1]);
        if (d >= 0x80 && d <= 0x9F) return d;
      }
    }
    return std::nullopt;
  }

  void scalar(const fy_event_scalar_data& data) {
    if (m_skip > 0) return;
    const fy_scalar_style style = data.value ? fy_token_scalar_style(data.value) : FYSS_PLAIN;
    const bool quoted = style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED;
    const auto start = start_of(data.value);
    const auto end = end_of(data.value);
    // A plain scalar on one line is its source text; only others need libfyaml to build their
    // value (folding, escapes), which costs a copy and a sixth of all the reading.
    std::string_view value;
    if (style == FYSS_PLAIN && start && end && *start <= *end &&
        m_text.substr(*start, *end - *start).find('\n') == npos) {
      value = m_text.substr(*start, *end - *start);
    } else {
      value = text_of(data.value);
    }
    std::size_t at = start.value_or(m_last_end);
    if (quoted && at > 0 && (m_text[at - 1] == '"' || m_text[at - 1] == '\'')) --at;
    // A double-quoted value can write a control character as an escape ("\e[31m", "\u0000",
    // "\x07"): refused like a raw one, so that none reaches a terminal or a file kehoach writes.
    bool refused = false;
    if (style == FYSS_DOUBLE_QUOTED) {
      if (const auto code = first_control(value)) {
        m_sink.add("KH001", m_source.at(at),
                   {fmt::format("ký tự điều khiển U+{:04X} (viết bằng dấu thoát `\\`) không được "
                                "phép trong văn bản",
                                *code),
                    fmt::format("control character U+{:04X} (written as a `\\` escape) is not "
                                "allowed in text",
                                *code)},
                   {"xóa dấu thoát này khỏi chuỗi", "delete the escape from the string"});
        value = {};
        refused = true;
      }
    }
    if (const auto tag = start_of(data.tag)) at = std::min(at, *tag);
    const bool plain = style == FYSS_PLAIN && !data.tag;
    if (quoted && end && !m_open_quote && m_text.substr(at, *end - at).find('\n') != npos &&
        swallows_key_lines(m_text, at, *end)) {
      m_open_quote = at;
    }
    const bool is_key = !m_stack.empty() &&
                        m_nodes[m_stack.back().node].kind == NodeKind::mapping &&
                        m_nodes[m_stack.back().node].items.size() % 2 == 0;
    if (plain && end && !value.empty() && !is_key) check_comment_cut(m_source, *end, value, m_sink);
    if (end) m_last_end = *end;
    const bool null = plain && (value.empty() || value == "~" || value == "null" ||
                                value == "Null" || value == "NULL");
    // A refused value is read as nothing, not as an empty string a required key would report
    // again as empty (KH008).
    const NodeKind kind = null                 ? NodeKind::null
                          : refused && !is_key ? NodeKind::refused
                                               : NodeKind::scalar;
    const std::size_t index = add(kind, at);
    if (!null) {
      m_nodes[index].value = value;
      m_nodes[index].plain = plain;
    }
  }

  std::size_t add(NodeKind kind, std::size_t offset) {
    const std::size_t index = m_nodes.size();
    m_nodes.push_back(Node{kind, false, m_source.at(offset), {}, {}});
    if (m_stack.empty()) {
      if (!m_root) m_root = index;
    } else {
      m_nodes[m_stack.back().node].items.push_back(index);
    }
    return index;
  }

  bool open(NodeKind kind, fy_token* token) {
    if (m_skip > 0) {
      ++m_skip;
      if (m_stack.size() + m_skip <= abandon_depth) return true;
      m_abandoned = true;
      return false;
    }
    const std::size_t at = start_of(token).value_or(m_last_end);
    if (m_stack.size() >= m_dialect.max_depth) {
      if (!m_reported_depth) {
        m_sink.add("KH011", m_source.at(at), depth_message(m_dialect.max_depth));
      }
      m_reported_depth = true;
      add(NodeKind::refused, at);
      m_skip = 1;
      return true;
    }
    const fy_token_type type = token ? fy_token_get_type(token) : FYTT_NONE;
    const bool flow = type == FYTT_FLOW_SEQUENCE_START || type == FYTT_FLOW_MAPPING_START;
    m_stack.push_back(Open{add(kind, at), at, flow});
    return true;
  }

  void close() {
    if (m_skip > 0) {
      --m_skip;
    } else if (!m_stack.empty()) {
      m_stack.pop_back();
    }
  }

  static constexpr std::size_t npos = std::string_view::npos;

  const SourceMap& m_source;
  std::string_view m_text;
  const Dialect& m_dialect;
  Sink& m_sink;
  std::vector<Node> m_nodes;
  std::vector<Open> m_stack;
  std::optional<std::size_t> m_root;
  std::optional<std::size_t> m_open_quote;
  std::size_t m_last_end = 0;  ///< where the last token ended: the place of what has none
  std::size_t m_skip = 0;      ///< nesting inside a refused collection, whose events are dropped
  int m_documents = 0;
  bool m_first_done = false;
  bool m_stream_done = false;
  bool m_second = false;
  bool m_abandoned = false;
  bool m_reported_depth = false;
  bool m_reported_anchor = false;
};

struct ParsedTree {
  std::vector<Node> nodes;
  std::optional<std::size_t> root;
  bool complete = false;  ///< the first document was read to its end, and may be mapped
};

// The first error libfyaml collected, with its offset in the text.
std::optional<SyntaxError> first_error(fy_diag* diag, const SourceMap& source) {
  void* iterator = nullptr;
  while (const fy_diag_error* error = fy_diag_errors_iterate(diag, &iterator)) {
    if (error->type < FYET_ERROR) continue;
    SyntaxError out;
    out.reason = valid_prefix(error->msg ? std::string_view(error->msg) : "");
    if (const auto start = start_of(error->fyt)) {
      out.offset = *start;
    } else {
      out.offset = source.offset(error->line, error->column);
    }
    return out;
  }
  return std::nullopt;
}

ParsedTree parse_tree(const SourceMap& source, const Dialect& dialect, Sink& sink) {
  fy_diag_cfg diag_cfg{};
  fy_diag_cfg_default(&diag_cfg);
  diag_cfg.fp = nullptr;
  diag_cfg.output_fn = discard_output;
  diag_cfg.colorize = false;
  const std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diag_cfg));
  if (!diag) throw std::bad_alloc();
  fy_diag_set_collect_errors(diag.get(), true);

  fy_parse_cfg cfg{};
  cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
  cfg.diag = diag.get();
  const std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&cfg));
  if (!parser) throw std::bad_alloc();
  const std::string_view text = source.text();
  if (fy_parser_set_string(parser.get(), text.data(), nesting_cut(text)) != 0) {
    throw std::bad_alloc();
  }

  TreeBuilder builder(source, dialect, sink);
  auto free_event = [&](fy_event* event) { fy_parser_event_free(parser.get(), event); };
  while (fy_event* raw = fy_parser_parse(parser.get())) {
    const std::unique_ptr<fy_event, decltype(free_event)> event(raw, free_event);
    if (!builder.handle(*event)) break;
  }

  ParsedTree tree;
  bool failed = builder.stopped();
  if (!builder.stopped() && fy_parser_get_stream_error(parser.get())) {
    failed = true;
    if (const auto error = first_error(diag.get(), source)) {
      if (!(builder.reported_depth() && error->reason.find("depth") != std::string::npos)) {
        report_syntax_error(source, *error, builder.open_parts(), sink);
      }
    } else {
      sink.add("KH001", Position{1, 1}, {"cú pháp YAML không hợp lệ", "invalid YAML syntax"});
    }
  } else if (!failed && !builder.stream_done()) {
    failed = true;
    sink.add("KH001", Position{1, 1}, {"cú pháp YAML không hợp lệ", "invalid YAML syntax"});
  }
  if (!failed && builder.open_parts().quote) {
    report_open_quote(source, *builder.open_parts().quote, sink);
    failed = true;
  }
  tree.complete = !failed || (builder.first_done() && dialect.keep_first_document &&
                              !builder.open_parts().quote);
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
// Diagnostics

Sink::Count& Sink::count_of(std::string_view code, Severity severity) {
  const auto found = std::find_if(m_counts.begin(), m_counts.end(), [&](const Count& c) {
    return c.code == code && c.severity == severity;
  });
  if (found != m_counts.end()) return *found;
  m_counts.push_back(Count{std::string(code), severity});
  return m_counts.back();
}

void Sink::add(std::string_view code, Position at, Message message, Message hint,
               Severity severity) {
  if (skip(code, at, severity)) return;
  ++count_of(code, severity).kept;
  m_out.push_back(
      Diagnostic{std::string(code), severity, m_file, at, std::move(message), std::move(hint)});
}

bool Sink::skip(std::string_view code, Position at, Severity severity) {
  Count& count = count_of(code, severity);
  if (count.kept < diagnostics_per_code) return false;
  if (!count.has_record) {
    count.has_record = true;
    count.record = m_out.size();
    Diagnostic record{std::string(code), severity, m_file, at, {}, {}};
    record.message = {"các chẩn đoán cùng mã không được in", "further diagnostics with this code"};
    m_out.push_back(std::move(record));
  }
  ++m_out[count.record].left_out;
  return true;
}

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
  // A byte order mark is dropped; so is a second or third one (an editor adding its own to a
  // file that had one), with a note, so that every position counts from the first character the
  // user sees rather than from an invisible U+FEFF.
  std::size_t marks = 0;
  while (input.starts_with("\xEF\xBB\xBF")) {
    input.remove_prefix(3);
    ++marks;
  }
  if (marks > 1) {
    sink.add("KH007", Position{1, 1},
             {fmt::format("tệp bắt đầu bằng {} dấu BOM (U+FEFF) liền nhau; kehoach bỏ qua tất cả",
                          marks),
              fmt::format("the file starts with {} byte order marks (U+FEFF) in a row; kehoach "
                          "skips them all",
                          marks)},
             {"lưu lại tệp với bảng mã UTF-8 để chỉ còn một dấu (hoặc không còn dấu nào)",
              "save the file again as UTF-8 so that at most one is left"},
             Severity::note);
  }
  if (looks_like_utf16(input)) {
    // Nothing in it reads as UTF-8: no line of it is worth quoting.
    text.clear();
    sink.add(
        "KH007", Position{1, 1},
        {"tệp được lưu bằng bảng mã UTF-16, không phải UTF-8", "the file is UTF-16, not UTF-8"},
        {"mở tệp và lưu lại với bảng mã UTF-8 (trong Notepad: Save As, Encoding: UTF-8)",
         "open the file and save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"});
    return std::nullopt;
  }
  // One pass finds what stops the reading and whether NFC has anything to do.
  TextScan scan = scan_text(input);
  if (scan.has_cr) {
    text = normalise_line_ends(input);
    scan = scan_text(text);
  } else {
    text = input;
  }

  if (scan.invalid_utf8) {
    const SourceMap source(text);
    const std::size_t bad = *scan.invalid_utf8;
    const auto byte = static_cast<unsigned char>(text[bad]);
    sink.add("KH007", source.at(bad),
             {fmt::format("tệp không phải UTF-8 hợp lệ: byte 0x{:02X}", byte),
              fmt::format("invalid UTF-8: byte 0x{:02X}", byte)},
             dialect.utf8_hint);
    if (!dialect.keep_invalid_utf8) text = replace_invalid_utf8(text);
    return std::nullopt;
  }
  if (scan.control) {
    const SourceMap source(text);
    const unsigned code = scan.control_code;
    sink.add("KH001", source.at(*scan.control),
             {fmt::format("ký tự điều khiển U+{:04X} không được phép trong YAML", code),
              fmt::format("control character U+{:04X} is not allowed in YAML", code)},
             code == 0x85 ? next_line_hint : dialect.control_hint);
    return std::nullopt;
  }
  // The whole text in NFC, so that every value and every column refers to the text returned.
  if (scan.maybe_not_nfc) text = to_nfc(text);

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
  // A mapping of 200,000 unknown or repeated keys is reported by its first few and a count, not
  // in 200,000 lines.
  constexpr std::size_t listed = 20;
  std::size_t unknown = 0;
  std::size_t repeated = 0;
  std::optional<Position> unknown_rest;
  std::optional<Position> repeated_rest;
  for (std::size_t i = 0; i + 1 < map.items.size(); i += 2) {
    const Node& key = nodes[map.items[i]];
    const Node& value = nodes[map.items[i + 1]];
    if (key.kind == NodeKind::refused) continue;
    if (key.kind != NodeKind::scalar) {
      sink.add("KH002", key.at, {"khóa phải là một chuỗi", "a key must be a string"});
      continue;
    }
    const auto slot = find(key.value);
    if (!slot && ++unknown > listed) {
      if (!unknown_rest) unknown_rest = key.at;
      continue;
    }
    if (!slot) {
      if (sink.skip("KH003", key.at)) continue;  // counted; its suggestion is not worth making
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
    if (m_keys_at[*slot] && ++repeated > listed) {
      if (!repeated_rest) repeated_rest = key.at;
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
  if (unknown_rest) {
    const std::size_t more = unknown - listed;
    sink.add("KH003", *unknown_rest,
             {fmt::format("còn {} khóa không xác định nữa{}, không liệt kê từng khóa", more,
                          within(context, true)),
              fmt::format("{} more unknown keys{}, not listed one by one", more,
                          within(context, false))});
  }
  if (repeated_rest) {
    const std::size_t more = repeated - listed;
    sink.add("KH004", *repeated_rest,
             {fmt::format("còn {} khóa bị lặp lại nữa{}, không liệt kê từng khóa", more,
                          within(context, true)),
              fmt::format("{} more duplicate keys{}, not listed one by one", more,
                          within(context, false))});
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!keys[i].required) continue;
    const std::string_view name = keys[i].name;
    // `title: ""`, `name: " "` or only no-break spaces: written, but with nothing in it. The
    // value is then read as absent, so no other rule reads it as filled in.
    if (m_values[i] && m_values[i]->kind == NodeKind::scalar && is_blank_text(m_values[i]->value)) {
      const Position at = m_values[i]->at;
      m_values[i] = nullptr;
      if (sink.skip("KH008", at)) continue;
      sink.add("KH008", at,
               {fmt::format("khóa bắt buộc `{}` để trống", name),
                fmt::format("required key `{}` is empty", name)},
               {"ghi nội dung cho khóa này", "write the key's content"});
      continue;
    }
    const bool unset = m_values[i] && m_values[i]->kind == NodeKind::null;
    if ((!m_values[i] || unset) && sink.skip("KH008", m_values[i] ? m_keys_at[i]->at : map.at)) {
      continue;
    }
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
  if (sink.skip("KH009", n.at)) return;
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

std::string nfc(std::string_view s) {
  return scan_text(s).maybe_not_nfc ? to_nfc(s) : std::string(s);
}

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
