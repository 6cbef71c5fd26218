// Shared by the libFuzzer targets: runs every writer over a loaded plan and checks the invariants
// every writer keeps whatever the input (no control character, ICS lines of at most 75 octets).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/deadlines.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/text.hpp"

namespace kehoach::fuzz {

/// Stops the run with a message: libFuzzer then keeps the input as a crash reproducer.
[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

/// Every line of an iCalendar text ends in CRLF and is at most 75 octets long.
inline void check_ics(std::string_view ics) {
  std::size_t start = 0;
  while (start < ics.size()) {
    const std::size_t end = ics.find("\r\n", start);
    if (end == std::string_view::npos) fail("ICS text does not end in CRLF");
    if (end - start > 75) fail("ICS line longer than 75 octets");
    start = end + 2;
  }
}

/// What goes to the terminal or a file after `printable`: no control but tab and line feed (and
/// CR before LF), valid UTF-8.
inline void check_printable(std::string_view text) {
  const std::string clean = printable(text);
  if (find_invalid_utf8(clean)) fail("printable left invalid UTF-8");
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const auto c = static_cast<unsigned char>(clean[i]);
    if (c == 0x7F || (c < 0x20 && c != '\t' && c != '\n' &&
                      !(c == '\r' && i + 1 < clean.size() && clean[i + 1] == '\n'))) {
      fail("printable left a C0 control or DEL");
    }
    if (c == 0xC2 && i + 1 < clean.size() && static_cast<unsigned char>(clean[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(clean[i + 1]) <= 0x9F) {
      fail("printable left a C1 control");
    }
  }
}

/// The language an input is written out in: one per input, picked by its size, so that both
/// languages are covered over the corpus while each execution writes every document once (both
/// per input doubled the writers' time for no path the other input of a pair does not take).
inline Lang lang_of(std::size_t size) { return size % 2 == 0 ? Lang::vi : Lang::en; }

/// Every deadline and overdue writer, in `lang`.
inline void run_writers(const DeadlineList& list, Lang lang) {
  check_printable(render_deadlines_text(list, lang));
  check_printable(render_deadlines_markdown(list, lang));
  check_printable(render_deadlines_json(list, lang));
  check_printable(render_deadlines_csv(list, lang));
  const std::string ics = render_deadlines_ics(list, lang);
  check_ics(ics);
  check_printable(ics);
  const OverdueReport report = find_overdue(list, Date{2026, 6, 30}, 30);
  check_printable(render_overdue_text(report, lang));
  check_printable(render_overdue_markdown(report, lang));
  check_printable(render_overdue_json(report, lang));
  check_printable(render_overdue_csv(report, lang));
}

/// Both diagnostic printers, quoting `text` as the source of `file`.
inline void run_diagnostics(std::vector<Diagnostic> diagnostics, const std::string& file,
                            const std::string& text) {
  sort_diagnostics(diagnostics);
  const DiagnosticSummary summary = summarize(diagnostics, 1);
  const std::vector<SourceText> sources{SourceText{file, text}};
  const std::string out = format_diagnostics_text(diagnostics, sources, summary, Lang::vi, false);
  if (find_invalid_utf8(out)) fail("diagnostics text is not valid UTF-8");
  (void)format_diagnostics_json(diagnostics, summary, Lang::en);
}

}  // namespace kehoach::fuzz
