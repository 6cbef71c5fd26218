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
