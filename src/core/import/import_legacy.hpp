// Text typed in the legacy Vietnamese encodings of the 1990s fonts, found in a document: the
// TCVN3 (ABC) encoding of the .VnTime fonts puts each Vietnamese letter on a byte of its own,
// which Word shows, once the font is gone, as a Latin-1 letter ("V¨n phßng H§ND vµ UBND x·").
// Offices still paste such tables into new plans; read as they are, every agency and title
// would be wrong without a word.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/import.hpp"

namespace kehoach {

/// How many letters of `text` (UTF-8) only TCVN3 writes: a character of the encoding that
/// Vietnamese in Unicode never holds (¨ © ® « ¬ µ ¸ ¹ × ß …) beside a letter; 0 when `text`
/// holds a letter of Vietnamese in Unicode outside Latin-1 (ă đ ơ ư ạ …), being Unicode.
[[nodiscard]] std::size_t tcvn3_signs(std::string_view text);

/// `text` converted from TCVN3 to Unicode (NFC) when it has two signs of it (tcvn3_signs), or
/// one in a document known to hold TCVN3; nullopt otherwise.
[[nodiscard]] std::optional<std::string> tcvn3_to_unicode(std::string_view text,
                                                          bool document_in_tcvn3 = false);

/// `input` with every paragraph that tcvn3_to_unicode converts, converted; the line of each
/// converted paragraph is appended to `converted`.
[[nodiscard]] std::vector<SourceParagraph> convert_tcvn3(const std::vector<SourceParagraph>& input,
                                                         std::vector<int>& converted);

}  // namespace kehoach
