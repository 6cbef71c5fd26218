// Build-time tool: reads one of the tables kehoach ships (data/acts.yaml, data/holidays.yaml,
// data/provinces.yaml) with kehoach's own reader and writes it as C++ data (the definition of
// builtin_acts(), builtin_holiday_schedules() or builtin_provinces()), so that kehoach parses
// no YAML at start-up. A malformed table stops the build with its file, line and column.
//
//   kehoach_data_to_cpp acts|holidays|provinces TABLE.yaml OUT.cpp
#include <fmt/format.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/holiday_schedules.hpp"
#include "kehoach/provinces.hpp"

namespace {

using kehoach::Date;

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

std::string literal(const std::vector<std::string>& list) {
  std::string out = "{";
  for (std::size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + literal(list[i]);
  return out + "}";
}

std::string date(const Date& d) {
  return fmt::format("Date{{{}, {}, {}}}", d.year, d.month, d.day);
}

std::string date(const std::optional<Date>& d) {
  return d ? date(*d) : std::string("std::nullopt");
}

std::string header(std::string_view table, std::string_view include) {
  return fmt::format(
      "// Generated from data/{}.yaml by src/gen/data_to_cpp.cpp. Do not edit.\n"
      "#include \"kehoach/{}.hpp\"\n\nnamespace kehoach {{\n\n",
      table, include);
}

const std::string footer = "  return table;\n}\n\n}  // namespace kehoach\n";

std::string acts_cpp(const std::string& yaml, const std::string& file) {
  const kehoach::ActTable table = kehoach::parse_act_table(yaml, file);
  std::ostringstream out;
  out << header("acts", "acts")
      << "const ActTable& builtin_acts() {\n  static const ActTable table{{\n";
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
    out << "          .sources = " << literal(act.sources) << ",\n";
    out << "          .uncertain = " << (act.uncertain ? "true" : "false") << ",\n";
    out << "          .note = " << literal(act.note) << ",\n";
    out << "      },\n";
  }
  out << "  }};\n" << footer;
  return out.str();
}

std::string holidays_cpp(const std::string& yaml, const std::string& file) {
  const auto schedules = kehoach::parse_holiday_schedules(yaml, file);
  std::ostringstream out;
  out << header("holidays", "holiday_schedules")
      << "const std::vector<HolidaySchedule>& builtin_holiday_schedules() {\n"
         "  static const std::vector<HolidaySchedule> table{\n";
  for (const auto& s : schedules) {
    out << "      HolidaySchedule{\n";
    out << "          .year = " << s.year << ",\n";
    out << "          .tet_days = {";
    for (std::size_t i = 0; i < s.tet_days.size(); ++i) {
      out << (i ? ", " : "") << date(s.tet_days[i]);
    }
    out << "},\n";
    out << "          .national_day_adjacent = " << date(s.national_day_adjacent) << ",\n";
    out << "          .swaps = {";
    for (std::size_t i = 0; i < s.swaps.size(); ++i) {
      out << (i ? ", " : "") << "HolidaySwap{" << date(s.swaps[i].day_off) << ", "
          << date(s.swaps[i].worked) << "}";
    }
    out << "},\n";
    out << "          .sources = " << literal(s.sources) << ",\n";
    out << "      },\n";
  }
  out << "  };\n" << footer;
  return out.str();
}

std::string provinces_cpp(const std::string& yaml, const std::string& file) {
  const kehoach::ProvinceTable table = kehoach::parse_province_table(yaml, file);
  std::ostringstream out;
  out << header("provinces", "provinces")
      << "const ProvinceTable& builtin_provinces() {\n  static const ProvinceTable table{\n";
  out << "      .resolution = " << literal(table.resolution) << ",\n";
  out << "      .effective = " << date(table.effective) << ",\n";
  out << "      .operating = " << date(table.operating) << ",\n";
  out << "      .provinces = {\n";
  for (const auto& p : table.provinces) {
    out << "          Province{.name = " << literal(p.name) << ", .kind = " << literal(p.kind)
        << ", .former = " << literal(p.former) << ",\n"
        << "                   .folded_name = " << literal(p.folded_name)
        << ", .folded_former = " << literal(p.folded_former)
        << ", .central_from = " << date(p.central_from) << "},\n";
  }
  out << "      },\n  };\n" << footer;
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fputs("usage: kehoach_data_to_cpp acts|holidays|provinces TABLE.yaml OUT.cpp\n", stderr);
    return 2;
  }
  const std::string kind = argv[1];
  const std::string input = argv[2];
  const std::string output = argv[3];
  try {
    std::ifstream in(input, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + input);
    const std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string cpp;
    if (kind == "acts") {
      cpp = acts_cpp(yaml, input);
    } else if (kind == "holidays") {
      cpp = holidays_cpp(yaml, input);
    } else if (kind == "provinces") {
      cpp = provinces_cpp(yaml, input);
    } else {
      std::fprintf(stderr, "kehoach_data_to_cpp: unknown table `%s`\n", kind.c_str());
      return 2;
    }
    // Written beside the target and renamed over it: an interrupted build leaves no half file
    // that a later build would take as up to date.
    const std::string partial = output + ".partial";
    {
      std::ofstream file(partial, std::ios::binary | std::ios::trunc);
      file << cpp;
      file.close();
      if (!file) throw std::runtime_error("cannot write " + partial);
    }
    std::filesystem::rename(partial, output);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kehoach_data_to_cpp: %s\n", e.what());
    return 1;
  }
  return 0;
}
