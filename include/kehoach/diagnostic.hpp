// Diagnostics: one struct for every problem kehoach finds in a user's input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kehoach {

/// The language of everything a user reads. Vietnamese is the default.
enum class Lang { vi, en };

/// A text in both user languages.
struct Message {
  std::string vi;
  std::string en;

  /// The text in `lang`.
  [[nodiscard]] const std::string& in(Lang lang) const { return lang == Lang::vi ? vi : en; }
  [[nodiscard]] bool empty() const { return vi.empty() && en.empty(); }
  friend bool operator==(const Message&, const Message&) = default;
};

/// How serious a diagnostic is. `note` never changes the exit status.
enum class Severity { note, warning, error };

/// The English keyword for a severity, as printed (`error`, `warning`, `note`).
[[nodiscard]] std::string_view severity_name(Severity severity);
/// The keyword in the user's language (`lỗi`, `cảnh báo`, `ghi chú` in Vietnamese).
[[nodiscard]] std::string_view severity_label(Severity severity, Lang lang);

/// A 1-based line and column in a file (column counts characters, not bytes). 0 = unknown.
struct Position {
  int line = 0;
  int column = 0;
  friend bool operator==(const Position&, const Position&) = default;
  friend auto operator<=>(const Position&, const Position&) = default;
};

/// One problem found in a user's input: where, how serious, which rule, what to do.
struct Diagnostic {
  std::string code;  ///< stable rule code, e.g. `KH003`
  Severity severity = Severity::error;
  std::string file;
  Position at;
  Message message;
  Message hint;  ///< may be empty
  /// Not 0: this is not a diagnostic of its own but stands for this many more of `code` and
  /// `severity` in `file`, counted and not built because `diagnostics_per_code` of them were
  /// already made (the reader stops building them there). Printers count it, never print it.
  std::size_t left_out = 0;
};

/// Sorts diagnostics by file, line, column, then code, keeping the order of equal ones.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);
/// True when any diagnostic is an error.
[[nodiscard]] bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace kehoach

namespace kehoach {

/// The text of one input file, for quoting the line a diagnostic points at.
struct SourceText {
  std::string file;
  std::string text;
};

/// At most this many diagnostics of one rule code in one file are printed; the rest are counted
/// (15,000 references to missing focus areas are one mistake repeated, not 15,000 to read).
inline constexpr std::size_t diagnostics_per_code = 100;
/// A quoted source line longer than this many characters is cut around the column.
inline constexpr std::size_t excerpt_width = 120;

/// Counts of diagnostics by severity, and of files looked at.
struct DiagnosticSummary {
  int files = 0;
  int errors = 0;
  int warnings = 0;
  int notes = 0;
};

/// Counts `diagnostics` by severity (a `left_out` record counts as that many); `files` is set
/// by the caller.
[[nodiscard]] DiagnosticSummary summarize(const std::vector<Diagnostic>& diagnostics, int files);

/// Diagnostics printed like a compiler's: `file:line:col: severity: message [CODE]`, a hint
/// line, and the source line (cut to `excerpt_width` characters around the column) with a caret
/// when `sources` has the file. Past `diagnostics_per_code` of one code in one file, one note
/// line gives the count left out. File names are shown with `display_name`. Ends with a summary
/// line, which counts every diagnostic.
[[nodiscard]] std::string format_diagnostics_text(const std::vector<Diagnostic>& diagnostics,
                                                  const std::vector<SourceText>& sources,
                                                  const DiagnosticSummary& summary, Lang lang,
                                                  bool color);
/// Diagnostics as one JSON object: `diagnostics` (keys in the fixed order file, line, column,
/// severity, code, message, hint) and `summary`; past `diagnostics_per_code` of one code in one
/// file the rest are left out and counted in `omitted` (file, code, count), a key present only
/// then.
[[nodiscard]] std::string format_diagnostics_json(const std::vector<Diagnostic>& diagnostics,
                                                  const DiagnosticSummary& summary, Lang lang);

}  // namespace kehoach
