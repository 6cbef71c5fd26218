// Helpers shared by the import readers and recognisers (not part of the public interface).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "kehoach/diagnostic.hpp"

namespace kehoach {

/// A line with its Markdown markup removed.
struct Stripped {
  std::string text;      ///< without `#`, `**`, `*`, escapes, <sub>/<sup>; spaces collapsed
  bool heading = false;  ///< a `#` heading or a line wholly in bold
  std::string run_in;    ///< the bold lead-in when it ends in ':' and text follows
};

/// Removes the Markdown markup that `render` writes and that Word-to-text conversions leave.
[[nodiscard]] Stripped strip_markup(std::string_view line);

/// Whether the first letter of `text` is a lower-case letter.
[[nodiscard]] bool starts_lower(std::string_view text);
/// Whether `text` has letters and none of them is lower case.
[[nodiscard]] bool all_upper(std::string_view text);
/// `text` in lower case (code point by code point).
[[nodiscard]] std::string to_lower(std::string_view text);
/// Each word of `text` with its first letter upper case and the rest lower case.
[[nodiscard]] std::string title_case(std::string_view text);

/// How the line after a labelled line stands to it.
enum class Continuation {
  none,      ///< a line of its own
  joined,    ///< the rest of the label's value, wrapped: one line
  doubtful,  ///< maybe the rest of the value: kept apart, and the place is said
};
/// Whether `next`, the line right after `labelled` ("c) Thời gian thực hiện: Quý III và"), is
/// the rest of its value ("Quý IV năm 2026."): joined when the value ends open (in "và", ",",
/// ";", "-", …) or does not end and `next` starts in lower case; doubtful when it may be (a
/// short line after a value with no full stop, a lower-case line after one, a deadline on its
/// own after a deadline); none when `next` starts something of its own (a label, a numbered
/// or marked item, a heading in capitals) or `labelled` is not a label with a value.
[[nodiscard]] Continuation continuation_of(std::string_view labelled, std::string_view next);
/// The note for a doubtful continuation, quoting both lines.
[[nodiscard]] Message continuation_message(std::string_view labelled, std::string_view next);

/// A character a plan may not hold, found in a document: a C0 control but tab, line feed and
/// carriage return, DEL, a C1 control but U+0085, or U+FFFE/U+FFFF (the plan loader refuses the
/// same, KH001). Word's page break (form feed) and manual line break (vertical tab) in a .txt
/// export are line ends, not this.
struct ForbiddenCharacter {
  std::size_t offset = 0;  ///< byte offset in the text
  unsigned code = 0;       ///< its code point
};
/// The first such character of UTF-8 `text`, if any.
[[nodiscard]] std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view text);
/// The message for it: which character, and to delete it.
[[nodiscard]] Message forbidden_character_message(unsigned code);

}  // namespace kehoach
