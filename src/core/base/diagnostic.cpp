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

#include <map>
#include <unordered_map>
#include <utility>

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

// Where each line of a text starts, built once per file: finding line N by rescanning the text
// from its start made 100,000 diagnostics on one file quadratic.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : m_text(text) {
    m_starts.push_back(0);
    for (std::size_t at = text.find('\n'); at != std::string_view::npos;
         at = text.find('\n', at + 1)) {
      m_starts.push_back(at + 1);
    }
  }
  // The 1-based line `line`, without its line end; empty when out of range.
  [[nodiscard]] std::string_view line(int line) const {
    if (line < 1 || static_cast<std::size_t>(line) > m_starts.size()) return {};
    const std::size_t start = m_starts[static_cast<std::size_t>(line) - 1];
    const std::size_t end = static_cast<std::size_t>(line) < m_starts.size()
                                ? m_starts[static_cast<std::size_t>(line)] - 1
                                : m_text.size();
    return m_text.substr(start, end - start);
  }

 private:
  std::string_view m_text;
  std::vector<std::size_t> m_starts;
};

bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The part of `line` around the character column `column`: the whole line when it is short,
// else at most `excerpt_width` characters with "…" where it was cut. `column` is moved to count
// within the excerpt. A diagnostic on a 100 KB line then prints 120 characters, not 100 KB.
std::string excerpt(std::string_view line, int& column) {
  constexpr std::size_t before = excerpt_width / 2;
  std::size_t characters = 0;
  for (const char c : line)
    if (starts_character(c)) ++characters;
  if (characters <= excerpt_width) return replace_invalid_utf8(line, true);
  const std::size_t at = column > 0 ? static_cast<std::size_t>(column) : 1;
  std::size_t first = at > before ? at - before : 1;
  if (first + excerpt_width > characters + 1) first = characters + 1 - excerpt_width;
  const std::size_t last = first + excerpt_width;  // one past the last character shown
  std::size_t begin = line.size();
  std::size_t end = line.size();
  std::size_t seen = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!starts_character(line[i])) continue;
    ++seen;
    if (seen == first) begin = i;
    if (seen == last) {
      end = i;
      break;
    }
  }
  std::string out = first > 1 ? "…" : "";
  out += replace_invalid_utf8(line.substr(begin, end - begin), true);
  if (end < line.size()) out += "…";
  column = static_cast<int>(at - first + 1 + (first > 1 ? 1 : 0));
  return out;
}

// For each file and rule code, how many diagnostics are printed and how many are left out.
struct Shown {
  std::map<std::pair<std::string, std::string>, std::size_t> counts;
  // Whether the diagnostic is within the first `diagnostics_per_code` of its file and code.
  // A `left_out` record adds its count and is never shown.
  bool take(const Diagnostic& d) {
    std::size_t& count = counts[{d.file, d.code}];
    if (d.left_out > 0) {
      count += d.left_out;
      return false;
    }
    return ++count <= diagnostics_per_code;
  }
  // The (code, count left out) of `file`, in code order.
  [[nodiscard]] std::vector<std::pair<std::string, std::size_t>> omitted(
      const std::string& file) const {
    std::vector<std::pair<std::string, std::size_t>> out;
    for (auto it = counts.lower_bound({file, ""}); it != counts.end() && it->first.first == file;
         ++it) {
      if (it->second > diagnostics_per_code) {
        out.emplace_back(it->first.second, it->second - diagnostics_per_code);
      }
    }
    return out;
  }
};

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
    const int count = d.left_out > 0 ? static_cast<int>(d.left_out) : 1;
    switch (d.severity) {
      case Severity::error: summary.errors += count; break;
      case Severity::warning: summary.warnings += count; break;
      case Severity::note: summary.notes += count; break;
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
  std::unordered_map<std::string_view, const SourceText*> source_of;
  for (const auto& source : sources) source_of.emplace(source.file, &source);
  std::unordered_map<std::string_view, LineIndex> indexes;
  Shown shown;
  for (const auto& d : diagnostics) shown.take(d);
  std::map<std::pair<std::string, std::string>, std::size_t> printed;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    const std::string file = display_name(d.file);
    if (d.left_out == 0 && ++printed[{d.file, d.code}] <= diagnostics_per_code) {
      const std::string location = d.at.line > 0
                                       ? fmt::format("{}:{}:{}:", file, d.at.line, d.at.column)
                                       : fmt::format("{}:", file);
      paint(bold, location);
      out.push_back(' ');
      paint(severity_colour(d.severity), fmt::format("{}:", severity_label(d.severity, lang)));
      out.append(fmt::format(" {} [{}]\n", printable(d.message.in(lang)), d.code));
      if (!d.hint.empty()) {
        out.append(fmt::format("  {}: {}\n", lang == Lang::vi ? "gợi ý" : "hint",
                               printable(d.hint.in(lang))));
      }
      const auto source = source_of.find(d.file);
      if (d.at.line > 0 && source != source_of.end()) {
        auto index = indexes.find(d.file);
        if (index == indexes.end()) {
          index = indexes.emplace(d.file, LineIndex(source->second->text)).first;
        }
        // The line as the user wrote it, but printable: no NUL cutting the output short, no
        // invalid UTF-8 reaching the terminal, and no more than a screen's width of it.
        int column = d.at.column;
        const std::string line = excerpt(index->second.line(d.at.line), column);
        if (!line.empty()) {
          const std::string number = fmt::format("{:>5}", d.at.line);
          out.append(fmt::format("{} | {}\n", number, line));
          out.append(
              fmt::format("{} | {}", std::string(number.size(), ' '), caret_padding(line, column)));
          paint(green, "^");
          out.push_back('\n');
        }
      }
    }
    // After the last diagnostic of a file: how many were left out, per code.
    if (i + 1 == diagnostics.size() || diagnostics[i + 1].file != d.file) {
      for (const auto& [code, count] : shown.omitted(d.file)) {
        paint(bold, file + ":");
        out.push_back(' ');
        paint(severity_colour(Severity::note),
              fmt::format("{}:", severity_label(Severity::note, lang)));
        out.append(lang == Lang::vi
                       ? fmt::format(" không in thêm {} chẩn đoán cùng mã (mỗi mã in tối đa {} "
                                     "trong một tệp) [{}]\n",
                                     count, diagnostics_per_code, code)
                       : fmt::format(" {} more diagnostics with this code not shown (at most {} "
                                     "per code in a file) [{}]\n",
                                     count, diagnostics_per_code, code));
      }
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
  Shown shown;
  for (const auto& d : diagnostics) {
    if (!shown.take(d)) continue;
    out.append(first ? "\n    " : ",\n    ");
    first = false;
    out.append(fmt::format(
        R"({{"file": {}, "line": {}, "column": {}, "severity": "{}", "code": "{}", "message": {}, "hint": {}}})",
        json_quote(display_name(d.file)), d.at.line, d.at.column, severity_name(d.severity), d.code,
        json_quote(d.message.in(lang)), d.hint.empty() ? "null" : json_quote(d.hint.in(lang))));
  }
  out.append(first ? "],\n" : "\n  ],\n");
  // Only when some were left out, so the usual output keeps its two keys.
  std::string omitted;
  for (const auto& [key, count] : shown.counts) {
    if (count <= diagnostics_per_code) continue;
    omitted += fmt::format("{}\n    {{\"file\": {}, \"code\": \"{}\", \"count\": {}}}",
                           omitted.empty() ? "" : ",", json_quote(display_name(key.first)),
                           key.second, count - diagnostics_per_code);
  }
  if (!omitted.empty()) out.append("  \"omitted\": [" + omitted + "\n  ],\n");
  out.append(fmt::format(
      "  \"summary\": {{\"files\": {}, \"errors\": {}, \"warnings\": {}, \"notes\": {}}}\n}}\n",
      summary.files, summary.errors, summary.warnings, summary.notes));
  return out;
}

}  // namespace kehoach
