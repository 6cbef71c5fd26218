// Build-time tool: reads data/acts.yaml with kehoach's own reader and writes it as C++ data
// (the definition of kehoach::builtin_acts()), so that kehoach parses no YAML at start-up.
//
//   kehoach_acts_to_cpp data/acts.yaml OUT.cpp
#include <fmt/format.h>

#include <cstdio>
#include <exception>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

#include "kehoach/acts.hpp"

namespace {

// `s` as a C++ string literal: bytes outside printable ASCII as three-digit octal escapes,
// which, unlike `\x`, never swallow the characters that follow.
std::string literal(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte >= 0x20 && byte < 0x7F && c != '?') {
      out += c;
    } else {
      out += fmt::format("\\{:03o}", byte);
    }
  }
  return out + "\"";
}

std::string date(const kehoach::Date& d) {
  return fmt::format("Date{{{}, {}, {}}}", d.year, d.month, d.day);
}

std::string date(const std::optional<kehoach::Date>& d) {
  return d ? date(*d) : std::string("std::nullopt");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fputs("usage: kehoach_acts_to_cpp ACTS.yaml OUT.cpp\n", stderr);
    return 2;
  }
  try {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + argv[1]);
    const std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const kehoach::ActTable table = kehoach::parse_act_table(yaml);
    std::ostringstream out;
    out << "// Generated from data/acts.yaml by src/gen/acts_to_cpp.cpp. Do not edit.\n"
           "#include \"kehoach/acts.hpp\"\n\nnamespace kehoach {\n\n"
           "const ActTable& builtin_acts() {\n  static const ActTable table{{\n";
    for (const auto& act : table.acts) {
      out << "      LegalAct{\n";
      out << "          .ref = " << literal(act.ref) << ",\n";
      out << "          .kind = " << literal(act.kind) << ",\n";
      out << "          .date = " << date(act.date) << ",\n";
      out << "          .issuer = " << literal(act.issuer) << ",\n";
      out << "          .title = " << literal(act.title) << ",\n";
      out << "          .in_force = " << date(act.in_force) << ",\n";
      out << "          .replaced_by = " << literal(act.replaced_by) << ",\n";
      out << "          .replaced_from = " << date(act.replaced_from) << ",\n";
      out << "          .replacement_clause_unverified = "
          << (act.replacement_clause_unverified ? "true" : "false") << ",\n";
      out << "          .reported_replaced_by = " << literal(act.reported_replaced_by) << ",\n";
      out << "          .reported_replaced_from = " << date(act.reported_replaced_from) << ",\n";
      out << "          .sources = {";
      for (std::size_t i = 0; i < act.sources.size(); ++i) {
        out << (i ? ", " : "") << literal(act.sources[i]);
      }
      out << "},\n";
      out << "          .uncertain = " << (act.uncertain ? "true" : "false") << ",\n";
      out << "          .note = " << literal(act.note) << ",\n";
      out << "      },\n";
    }
    out << "  }};\n  return table;\n}\n\n}  // namespace kehoach\n";
    std::ofstream file(argv[2], std::ios::binary);
    file << out.str();
    if (!file) throw std::runtime_error(std::string("cannot write ") + argv[2]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kehoach_acts_to_cpp: %s\n", e.what());
    return 1;
  }
  return 0;
}
