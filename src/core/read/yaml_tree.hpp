// The YAML reading the two loaders share, the plan loader (load.cpp) and the progress-file loader
// (load_progress.cpp): the text made ready for the parser, libfyaml's events turned into a tree
// with character positions, its errors turned into diagnostics (yaml_syntax), and the checking
// of a mapping's keys. Internal: only the loaders include it, so libfyaml stays behind them.
#pragma once

#include <array>
#include <cstddef>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/diagnostic.hpp"

namespace kehoach::yaml_tree {

/// Collects the diagnostics of one file. Past `diagnostics_per_code` diagnostics of one code
/// (and severity), the rest are only counted, in one `left_out` record: 300,000 unknown keys cost
/// a counter, not 300,000 messages and source positions the printers would not show.
class Sink {
 public:
  Sink(std::vector<Diagnostic>& out, const std::string& file) : m_out(out), m_file(file) {}

  /// Adds one diagnostic at `at` (or only counts it, past the cap).
  void add(std::string_view code, Position at, Message message, Message hint = {},
           Severity severity = Severity::error);

  /// True when `code` has reached the cap in this file: the diagnostic at `at` is then counted
  /// as left out, and the caller need not build its message. False: call `add`.
  bool skip(std::string_view code, Position at, Severity severity = Severity::error);

 private:
  struct Count {
    std::string code;
    Severity severity;
    std::size_t kept = 0;
    std::size_t record = 0;  ///< index of the `left_out` record in m_out, once there is one
    bool has_record = false;
  };

  Count& count_of(std::string_view code, Severity severity);

  std::vector<Diagnostic>& m_out;
  const std::string& m_file;
  std::vector<Count> m_counts;  ///< a file has few codes: searched in order
};

/// How far apart two words count: `plain` is Levenshtein's distance; `with_swaps` also counts a
/// swapped pair of neighbours ("titel") as one edit (optimal string alignment).
enum class Edits { plain, with_swaps };

/// What differs between the kinds of file read: limits, words, hints. The switches keep the
/// differences the two loaders had when each had its own copy of this code: the plan loader sets
/// them all, the progress loader none.
struct Dialect {
  std::size_t max_bytes = 0;     ///< larger input is refused (KH006)
  std::size_t max_depth = 0;     ///< collections nested deeper are refused (KH011)
  Message what;                  ///< what the file should be: "một kế hoạch" / "a plan"
  Message start_hint;            ///< how such a file starts, for an empty file or a wrong top level
  Message utf8_hint;             ///< for invalid UTF-8 (KH007)
  Message control_hint;          ///< for a control character (KH001)
  Message second_document_hint;  ///< for a second YAML document in the file (KH001)
  Edits edits = Edits::plain;    ///< for "did you mean" suggestions
  /// Name the alias refused.
  bool detailed_syntax = false;
  /// Read a complete first document even when what follows it fails (a second document).
  bool keep_first_document = false;
  /// Report a required key written with no value as such, rather than as a missing key.
  bool null_is_unset = false;
  /// After invalid UTF-8, leave the text as read rather than with the bad bytes replaced.
  bool keep_invalid_utf8 = false;
};

/// What a node of the YAML tree is.
enum class NodeKind {
  null,
  scalar,
  sequence,
  mapping,
  refused,  ///< an alias, or a collection past max_depth: already reported, read as nothing
};

/// One node of the YAML tree, where it starts, and its children.
struct Node {
  NodeKind kind = NodeKind::null;
  bool plain = false;  ///< an untagged, unquoted scalar: the only kind that can be a number
  Position at;
  std::string value;
  std::vector<std::size_t> items;  ///< sequence entries; mapping keys and values alternating
};

/// A file's YAML tree whose top level is a mapping.
struct Tree {
  std::vector<Node> nodes;
  std::size_t root = 0;  ///< index of the top-level mapping in `nodes`
};

/// Makes `input` ready to parse in `text` (no BOM, LF line ends, NFC) and reads its tree,
/// reporting what stops it: too large, invalid UTF-8, a control character, a YAML error, an
/// empty file, a top level that is not a mapping. Nullopt when there is no tree to map.
[[nodiscard]] std::optional<Tree> read(std::string_view input, std::string& text,
                                       const Dialect& dialect, Sink& sink);

/// Reports an exception that escaped a loader (out of memory, a library failure) at line 1.
void report_escaped(Sink& sink, std::exception_ptr error);

/// Calls `load` with a Sink reporting the problems of `file` into `diagnostics`, turns whatever
/// escapes it into a diagnostic, then sorts `diagnostics`.
template <class Load>
void guarded(std::vector<Diagnostic>& diagnostics, const std::string& file, Load&& load) {
  Sink sink(diagnostics, file);
  // The parser's errors are handled in read; what remains here is running out of memory or a
  // library failure we did not foresee.
  try {
    load(sink);
  } catch (...) {
    report_escaped(sink, std::current_exception());
  }
  sort_diagnostics(diagnostics);
}

/// One key a mapping may hold.
struct Key {
  std::string_view name;
  bool required = false;
};

/// The values of one mapping by key, with its unknown, duplicate and missing keys reported.
class Fields {
 public:
  /// The most keys one mapping may allow (the plan's top level has 23).
  static constexpr std::size_t max_keys = 32;

  /// Reads `map`, whose keys belong to `context` (empty at the top level) and are `keys`.
  Fields(const std::vector<Node>& nodes, const Node& map, std::string_view context,
         std::span<const Key> keys, const Dialect& dialect, Sink& sink);

  /// The value of `name`, or nullptr when it is absent or null (YAML null reads as absent).
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

/// Reports the string `n`, the value of `key`, as not one of `allowed` (KH009), with the value
/// it most likely stands for.
void refuse_value(const Node& n, std::string_view key, std::span<const std::string_view> allowed,
                  const Dialect& dialect, Sink& sink);

/// The value of the first string key `name` of the mapping `map`, or nullptr.
[[nodiscard]] const Node* value_of(const std::vector<Node>& nodes, const Node& map,
                                   std::string_view name);

/// `s` in NFC, without utf8proc's allocating path for text that is surely NFC already.
[[nodiscard]] std::string nfc(std::string_view s);

/// True when `s` is an id: ASCII letters, digits, `.`, `_`, `-`, starting with a letter or digit.
[[nodiscard]] bool is_id(std::string_view s);

/// `words` quoted in backticks and joined with commas.
[[nodiscard]] std::string join_quoted(std::span<const std::string_view> words);

/// The number of edits turning `a` into `b`.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b, Edits edits);

/// The allowed word `word` most likely stands for: same letters ignoring case and diacritics,
/// a Vietnamese equivalent, or within two edits (and fewer edits than its own length).
[[nodiscard]] std::optional<std::string_view> suggest(std::string_view word,
                                                      std::span<const std::string_view> allowed,
                                                      Edits edits);

}  // namespace kehoach::yaml_tree
