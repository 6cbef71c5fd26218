// YAML syntax errors told the way a Word user understands them: placed on the mistake (the
// opening quote, the line missing its colon, the over-indented line, the bracket never
// closed), in plain Vietnamese with a hint, and in English. Also the warning for a value cut
// short by a ` #` that YAML reads as a comment. Internal to the reading layer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "read/yaml_source.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach::yaml_tree {

/// The error the parser stopped at: where it points, and its own reason (in English).
struct SyntaxError {
  std::size_t offset = 0;
  std::string reason;
};

/// What the reader knew when the parser stopped, to place the error on its cause.
struct OpenParts {
  std::optional<std::size_t> flow;   ///< the innermost `[` or `{` still open
  std::optional<std::size_t> quote;  ///< a quoted value that ran over lines looking like keys
};

/// Reports `error` as one KH001 (or KH011 for nesting) diagnostic.
void report_syntax_error(const SourceMap& source, const SyntaxError& error, const OpenParts& open,
                         Sink& sink);

/// Reports the quote at `offset` as opened and never closed on its line (KH001).
void report_open_quote(const SourceMap& source, std::size_t offset, Sink& sink);

/// True when the quoted scalar from `begin` to `end` runs over a line that reads like a key of
/// its own (`lead: Sở Tư pháp`): its closing quote is almost surely missing.
[[nodiscard]] bool swallows_key_lines(std::string_view text, std::size_t begin, std::size_t end);

/// Warns (KH014) when the plain value `value`, ending at `end`, is followed on its line by a
/// comment whose `#` is directly followed by text (`#2 năm 2026`): such a `#` is almost always
/// part of the text, cut off by YAML.
void check_comment_cut(const SourceMap& source, std::size_t end, std::string_view value,
                       Sink& sink);

}  // namespace kehoach::yaml_tree
