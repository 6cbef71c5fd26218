// Hostile input at the writers: controls, stray UTF-8 bytes, huge diagnostic counts and lines.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/deadlines.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/text.hpp"

using namespace kehoach;

TEST_CASE("printable with keep_colour keeps kehoach's colour sequences and nothing else") {
  CHECK(printable("\x1b[31mquá hạn\x1b[0m", true) == "\x1b[31mquá hạn\x1b[0m");
  CHECK(printable("\x1b[1;32mx\x1b[0m", true) == "\x1b[1;32mx\x1b[0m");
  // Not colour: a title-setting OSC, a cursor move, a bare ESC, BEL.
  CHECK(printable("\x1b]0;x\x07", true) == "\xEF\xBF\xBD]0;x\xEF\xBF\xBD");
  CHECK(printable("\x1b[2J", true) == "\xEF\xBF\xBD[2J");
  CHECK(printable("a\x1b", true) == "a\xEF\xBF\xBD");
  // Without keep_colour even a colour sequence is replaced.
  CHECK(printable("\x1b[31mx", false) == "\xEF\xBF\xBD[31mx");
}

TEST_CASE("printable copies the runs between what it replaces unchanged") {
  const std::string r = "\xEF\xBF\xBD";
  // A truncated sequence is replaced byte by byte; text after it is kept.
  CHECK(printable("x\xe1\xbay ạ") == "x" + r + r + "y ạ");
  // Several stops in one text, a CR at the very end, a CRLF between two stops.
  CHECK(printable("\x01hạn\x02\r\n\x03\r") == r + "hạn" + r + "\r\n" + r + r);
  // A colour sequence kept right after a replaced control.
  CHECK(printable("\x07\x1b[31mquá hạn\x1b[0m\x07", true) == r + "\x1b[31mquá hạn\x1b[0m" + r);
  CHECK(replace_invalid_utf8("a\x01\tb\x7f\xff"
                             "c",
                             true) == "a" + r + "\tb" + r + r + "c");
  CHECK(replace_invalid_utf8("a\x01\tb\x7f\xff"
                             "c",
                             false) == "a\x01\tb\x7f" + r + "c");
  CHECK(find_invalid_utf8(std::string_view("ab\0c\xc3", 5)) == std::optional<std::size_t>{4});
}

TEST_CASE("printable replaces C0, DEL, C1 and invalid bytes, keeps tab, LF and CRLF") {
  CHECK(printable("a\tb\nc\r\nd") == "a\tb\nc\r\nd");
  CHECK(printable("x\x1b[31my") == "x\xEF\xBF\xBD[31my");
  CHECK(printable(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(printable("a\rb") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(printable("a\x7f"
                  "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(printable("a\xc2\x85"
                  "b") ==
        "a\xEF\xBF\xBD"
        "b");  // U+0085 NEXT LINE
  CHECK(printable("a\x80\x80"
                  "b") ==
        "a\xEF\xBF\xBD\xEF\xBF\xBD"
        "b");
  CHECK(printable("Quý II năm 2026") == "Quý II năm 2026");
}

TEST_CASE("display_name escapes line breaks, ESC and invalid bytes of a file name") {
  CHECK(display_name("ke\nhoach\x1b[31m.yaml") == "ke\\nhoach\\x1b[31m.yaml");
  CHECK(display_name("a\x80\x80.yaml") == "a\\x80\\x80.yaml");
  CHECK(display_name("t\tx\xc2\x9b.yaml") == "t\\tx\\u009b.yaml");
  CHECK(display_name("kế-hoạch 2026.yaml") == "kế-hoạch 2026.yaml");
}

TEST_CASE("ics_fold ends on 80 stray continuation bytes and keeps lines within 75 octets") {
  const std::string line = "X-NAME:a" + std::string(80, '\x80') + ".yaml";
  const std::string folded = ics_fold(line);
  CHECK(folded ==
        "X-NAME:a" + std::string(64, '\x80') + "\r\n " + std::string(16, '\x80') + ".yaml\r\n");
}

TEST_CASE("ics_fold never cuts a Vietnamese character") {
  std::string line = "SUMMARY:";
  for (int i = 0; i < 40; ++i) line += "ệ";  // three bytes each
  const std::string folded = ics_fold(line);
  // 8 + 22 x 3 = 74 octets fit the first line; 24 x 3 = 72 the continuation (with its space).
  CHECK(folded.substr(0, 76) == line.substr(0, 74) + "\r\n");
  CHECK(folded.substr(76) == " " + line.substr(74) + "\r\n");
}

namespace {

std::vector<Diagnostic> missing_focus(int count) {
  std::vector<Diagnostic> out;
  for (int i = 0; i < count; ++i) {
    out.push_back(Diagnostic{
        "KH109", Severity::error, "plan.yaml", Position{1, 1 + i * 3}, {"thiếu", "missing"}, {}});
  }
  return out;
}

}  // namespace

TEST_CASE("past 100 diagnostics of one code in one file the rest are counted, not printed") {
  const auto diagnostics = missing_focus(250);
  const std::string text =
      format_diagnostics_text(diagnostics, {}, summarize(diagnostics, 1), Lang::en, false);
  std::size_t printed = 0;
  for (auto at = text.find("[KH109]\n"); at != std::string::npos;
       at = text.find("[KH109]\n", at + 1)) {
    ++printed;
  }
  CHECK(printed == 101);  // 100 diagnostics and the line that counts the rest
  CHECK(text.find("plan.yaml: note: 150 more diagnostics with this code not shown (at most 100 "
                  "per code in a file) [KH109]\n250 errors, 0 warnings, 0 notes in 1 file.\n") !=
        std::string::npos);
  const std::string json =
      format_diagnostics_json(diagnostics, summarize(diagnostics, 1), Lang::en);
  CHECK(json.find("\"omitted\": [\n    {\"file\": \"plan.yaml\", \"code\": \"KH109\", \"count\": "
                  "150}\n  ],\n  \"summary\": {\"files\": 1, \"errors\": 250,") !=
        std::string::npos);
}

TEST_CASE("a diagnostic on a long line quotes 120 characters around its column") {
  const std::string line = std::string(1000, 'a') + "X" + std::string(1000, 'b');
  const std::vector<Diagnostic> diagnostics{
      Diagnostic{"KH109", Severity::error, "plan.yaml", Position{2, 1001}, {"x", "x"}, {}}};
  const std::string text =
      format_diagnostics_text(diagnostics, {SourceText{"plan.yaml", "first\n" + line + "\nlast\n"}},
                              summarize(diagnostics, 1), Lang::en, false);
  const std::string excerpt = "…" + std::string(60, 'a') + "X" + std::string(59, 'b') + "…";
  CHECK(text == "plan.yaml:2:1001: error: x [KH109]\n    2 | " + excerpt + "\n      | " +
                    std::string(61, ' ') + "^\n1 error, 0 warnings, 0 notes in 1 file.\n");
}

TEST_CASE("a file name with a line break or ESC is escaped in diagnostics") {
  const std::vector<Diagnostic> diagnostics{
      Diagnostic{"KH002", Severity::error, "a\nb\x1b.yaml", Position{}, {"x", "x"}, {}}};
  CHECK(format_diagnostics_text(diagnostics, {}, summarize(diagnostics, 1), Lang::en, false) ==
        "a\\nb\\x1b.yaml: error: x [KH002]\n1 error, 0 warnings, 0 notes in 1 file.\n");
}

TEST_CASE("a diagnostic's excerpt of its line replaces C0, DEL and C1 controls") {
  // Found with a plan holding U+0085 (NEXT LINE): the excerpt under the KH001 diagnostic printed
  // it raw to the terminal.
  CHECK(replace_invalid_utf8("a\xc2\x85"
                             "b\x7f"
                             "c\xc2\x9a"
                             "d\x1b"
                             "e\tf",
                             true) ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c\xEF\xBF\xBD"
        "d\xEF\xBF\xBD"
        "e\tf");
  // Without `controls`, only invalid bytes are replaced.
  CHECK(replace_invalid_utf8("a\xc2\x85"
                             "b\x80") ==
        "a\xc2\x85"
        "b\xEF\xBF\xBD");
}
