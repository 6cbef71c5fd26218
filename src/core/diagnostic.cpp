#include "kehoach/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace kehoach {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string_view severity_label(Severity severity, Lang lang) {
  if (lang == Lang::en) return severity_name(severity);
  switch (severity) {
    case Severity::note: return "ghi chú";
    case Severity::warning: return "cảnh báo";
    case Severity::error: return "lỗi";
  }
  return "lỗi";
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.file, a.at.line, a.at.column, a.code) <
                            std::tie(b.file, b.at.line, b.at.column, b.code);
                   });
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace kehoach

#include <fmt/format.h>

#include "kehoach/json.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view green = "\x1b[1;32m";

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[1;35m";
    case Severity::note: return "\x1b[1;36m";
  }
  return "";
}

// Where the last line looked up in a text starts: diagnostics come sorted by line, so each
// lookup goes on from the previous one instead of counting lines from the top (which made 200,000
// diagnostics in one file quadratic).
struct LineCursor {
  int line = 1;
  std::size_t start = 0;
};

// The 1-based line `line` of `text`, without its line end; empty when out of range.
std::string_view line_of(std::string_view text, int line, LineCursor& cursor) {
  if (line < cursor.line) cursor = LineCursor{};
  while (cursor.line < line) {
    const auto next = text.find('\n', cursor.start);
    if (next == std::string_view::npos) return {};
    cursor.start = next + 1;
    ++cursor.line;
  }
  const auto end = text.find('\n', cursor.start);
  return text.substr(cursor.start,
                     end == std::string_view::npos ? std::string_view::npos : end - cursor.start);
}

// Spaces up to the character column `column`, keeping tabs so the caret lines up.
std::string caret_padding(std::string_view source_line, int column) {
  std::string pad;
  int seen = 1;
  for (std::size_t i = 0; i < source_line.size() && seen < column; ++i) {
    const auto byte = static_cast<unsigned char>(source_line[i]);
    if ((byte & 0xC0) == 0x80) continue;
    pad.push_back(byte == '\t' ? '\t' : ' ');
    ++seen;
  }
  while (seen < column) {
    pad.push_back(' ');
    ++seen;
  }
  return pad;
}

std::string plural(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

DiagnosticSummary summarize(const std::vector<Diagnostic>& diagnostics, int files) {
  DiagnosticSummary summary;
  summary.files = files;
  for (const auto& d : diagnostics) {
    switch (d.severity) {
      case Severity::error: ++summary.errors; break;
      case Severity::warning: ++summary.warnings; break;
      case Severity::note: ++summary.notes; break;
    }
  }
  return summary;
}

std::string format_diagnostics_text(const std::vector<Diagnostic>& diagnostics,
                                    const std::vector<SourceText>& sources,
                                    const DiagnosticSummary& summary, Lang lang, bool color) {
  std::string out;
  auto paint = [&](std::string_view style, std::string_view text) {
    if (color) {
      out.append(style);
      out.append(text);
      out.append(reset);
    } else {
      out.append(text);
    }
  };
  std::vector<LineCursor> cursors(sources.size());
  for (const auto& d : diagnostics) {
    const std::string location = d.at.line > 0
                                     ? fmt::format("{}:{}:{}:", d.file, d.at.line, d.at.column)
                                     : fmt::format("{}:", d.file);
    paint(bold, location);
    out.push_back(' ');
    paint(severity_colour(d.severity), fmt::format("{}:", severity_label(d.severity, lang)));
    out.append(fmt::format(" {} [{}]\n", d.message.in(lang), d.code));
    if (!d.hint.empty()) {
      out.append(fmt::format("  {}: {}\n", lang == Lang::vi ? "gợi ý" : "hint", d.hint.in(lang)));
    }
    if (d.at.line <= 0) continue;
    for (std::size_t k = 0; k < sources.size(); ++k) {
      const SourceText& source = sources[k];
      if (source.file != d.file) continue;
      // The line as the user wrote it, but printable: no NUL cutting the output short, no
      // invalid UTF-8 reaching the terminal.
      const std::string line =
          replace_invalid_utf8(line_of(source.text, d.at.line, cursors[k]), true);
      if (line.empty()) break;
      const std::string number = fmt::format("{:>5}", d.at.line);
      out.append(fmt::format("{} | {}\n", number, line));
      out.append(fmt::format("{} | {}", std::string(number.size(), ' '),
                             caret_padding(line, d.at.column)));
      paint(green, "^");
      out.push_back('\n');
      break;
    }
  }
  if (lang == Lang::vi) {
    out.append(fmt::format("{} lỗi, {} cảnh báo, {} ghi chú trong {} tệp.\n", summary.errors,
                           summary.warnings, summary.notes, summary.files));
  } else {
    out.append(fmt::format("{}, {}, {} in {}.\n", plural(summary.errors, "error", "errors"),
                           plural(summary.warnings, "warning", "warnings"),
                           plural(summary.notes, "note", "notes"),
                           plural(summary.files, "file", "files")));
  }
  return out;
}

std::string format_diagnostics_json(const std::vector<Diagnostic>& diagnostics,
                                    const DiagnosticSummary& summary, Lang lang) {
  std::string out = "{\n  \"diagnostics\": [";
  bool first = true;
  for (const auto& d : diagnostics) {
    out.append(first ? "\n    " : ",\n    ");
    first = false;
    out.append(fmt::format(
        R"({{"file": {}, "line": {}, "column": {}, "severity": "{}", "code": "{}", "message": {}, "hint": {}}})",
        json_quote(d.file), d.at.line, d.at.column, severity_name(d.severity), d.code,
        json_quote(d.message.in(lang)), d.hint.empty() ? "null" : json_quote(d.hint.in(lang))));
  }
  out.append(first ? "],\n" : "\n  ],\n");
  out.append(fmt::format(
      "  \"summary\": {{\"files\": {}, \"errors\": {}, \"warnings\": {}, \"notes\": {}}}\n}}\n",
      summary.files, summary.errors, summary.warnings, summary.notes));
  return out;
}

}  // namespace kehoach
