// Unicode text handling: every comparison of Vietnamese text goes through these functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kehoach {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when `text` is valid UTF-8.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);
/// `text` with every invalid UTF-8 sequence replaced by U+FFFD, so it can be printed or put in
/// JSON; with `controls` also every C0 control character but tab and line feed, DEL and every
/// C1 control (U+0080-U+009F), so that none reaches a terminal.
[[nodiscard]] std::string replace_invalid_utf8(std::string_view text, bool controls = false);
/// `text` safe to write to a terminal or a file a user opens: invalid UTF-8, C0 controls but
/// tab and line feed (and a carriage return before a line feed), DEL and C1 controls become
/// U+FFFD. Every writer's output passes through it. With `keep_colour`, the colour sequences
/// kehoach itself writes on a terminal (SGR: ESC `[` digits and `;` then `m`) are kept; any
/// other escape sequence is still replaced. A plan cannot carry one: the loader refuses control
/// characters however they are written (KH001).
[[nodiscard]] std::string printable(std::string_view text, bool keep_colour = false);
/// Whether `printable` would return `text` unchanged (a writer can then write `text` itself,
/// without a copy of what may be a large output).
[[nodiscard]] bool is_printable(std::string_view text, bool keep_colour = false);
/// A file name as it is shown in messages: valid UTF-8 without controls is unchanged; an
/// invalid byte or a control character is written as an escape (`\n`, `\t`, `\xHH`), so
/// that a name with a line break or ESC cannot forge output.
[[nodiscard]] std::string display_name(std::string_view name);
/// `text` in Unicode Normalisation Form C. Invalid UTF-8 is returned unchanged.
[[nodiscard]] std::string to_nfc(std::string_view text);
/// NFC, case-folded and with runs of white space collapsed to one space, trimmed:
/// the form in which two spellings of the same Vietnamese words compare equal.
[[nodiscard]] std::string fold(std::string_view text);
/// Like `fold`, then with diacritics removed and `đ` read as `d` ("Quý" → "quy"), and the
/// old/new tone placement ("hoà"/"hòa", "UỶ"/"ỦY") thereby made equal.
[[nodiscard]] std::string fold_ascii(std::string_view text);

namespace detail {
/// fold_ascii done by utf8proc alone, without the table of its fast path (for tests).
[[nodiscard]] std::string fold_ascii_utf8proc(std::string_view text);
}  // namespace detail
/// Number of code points (what a reader counts as characters in NFC Vietnamese text).
[[nodiscard]] std::size_t display_width(std::string_view text);
/// Whether `code` is a space of another width than the ordinary one: no-break (Word puts one
/// between "ngày" and the date), en, em, thin, hair, narrow no-break, medium mathematical and
/// ideographic spaces. They show as a space.
[[nodiscard]] bool is_other_space(char32_t code);
/// Whether `text` shows as nothing: empty, or only ASCII white space, the other spaces
/// (is_other_space) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF). Invalid UTF-8 is
/// not blank.
[[nodiscard]] bool is_blank_text(std::string_view text);
/// Whether `word` stands in `folded` (text folded by fold_ascii) as whole words: not preceded or
/// followed by a letter a–z ("xa" is in "ubnd xa tan", not in "xanh").
[[nodiscard]] bool contains_word(std::string_view folded, std::string_view word);
/// `text` with leading and trailing ASCII white space removed.
[[nodiscard]] std::string_view trim(std::string_view text);
/// `text` with every run of ASCII white space (line breaks included) made one space, and none
/// left at either end: a paragraph as one line.
[[nodiscard]] std::string collapse_spaces(std::string_view text);
/// `text` as one cell of a GitHub-flavoured Markdown table: line breaks and tabs become spaces,
/// pipes are escaped.
[[nodiscard]] std::string markdown_cell(std::string_view text);
/// Words of `text` wrapped to lines of at most `width` characters (a longer word stands alone).
[[nodiscard]] std::vector<std::string> wrap(std::string_view text, std::size_t width);

}  // namespace kehoach
