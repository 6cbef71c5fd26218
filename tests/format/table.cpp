// Prints the plan format's tables (src/core/read/fields.hpp) as JSON, for tests/format/check.py:
// one object per key with its type, whether it is required, its allowed values, its
// descriptions, the model member it fills and, for a mapping, its keys.
#include <cstdio>
#include <string>
#include <string_view>

#include "read/fields.hpp"

namespace {

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + '"';
}

std::string table_json(const kehoach::format::Table& table) {
  std::string out = "[";
  for (const auto& field : table.fields) {
    if (out.size() > 1) out += ',';
    out += "{\"key\":" + quoted(field.key);
    out += ",\"type\":" + quoted(kehoach::format::type_name(field.type));
    out += field.required ? ",\"required\":true" : ",\"required\":false";
    out += ",\"allowed\":[";
    for (std::size_t i = 0; i < field.allowed.size(); ++i) {
      out += (i ? "," : "") + quoted(field.allowed[i]);
    }
    out += "],\"vi\":" + quoted(field.vi) + ",\"en\":" + quoted(field.en);
    out += ",\"model\":" + quoted(field.model);
    if (field.table) out += ",\"keys\":" + table_json(*field.table);
    out += '}';
  }
  return out + ']';
}

}  // namespace

int main() {
  std::puts(table_json(kehoach::format::plan_table).c_str());
  return 0;
}
