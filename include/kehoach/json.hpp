// A minimal JSON writer: kehoach prints JSON with a fixed key order, so it writes it by hand.
#pragma once

#include <string>
#include <string_view>

namespace kehoach {

/// `text` as a JSON string literal, quotes included (UTF-8 kept, control characters escaped).
[[nodiscard]] std::string json_quote(std::string_view text);

}  // namespace kehoach
