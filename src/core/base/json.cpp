#include "kehoach/json.hpp"

#include <fmt/format.h>

#include "kehoach/text.hpp"

namespace kehoach {

std::string json_quote(std::string_view raw) {
  // JSON text must be valid UTF-8: anything else becomes U+FFFD.
  const std::string valid = replace_invalid_utf8(raw);
  const std::string_view text = valid;
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back('"');
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
  return out;
}

}  // namespace kehoach
