// The YAML reader on hostile sizes: long runs of combining marks normalised in near-linear time,
// diagnostics capped where they are made, and byte order marks that do not shift positions.
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "kehoach/diagnostic.hpp"
#include "kehoach/load.hpp"
#include "kehoach/text.hpp"

using kehoach::Diagnostic;
using kehoach::Lang;
using kehoach::Position;
using kehoach::Severity;

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

constexpr std::string_view acute = "\xCC\x81";      // U+0301, combining class 230
constexpr std::string_view dot_below = "\xCC\xA3";  // U+0323, combining class 220

}  // namespace

TEST_CASE("marks after a letter are put in canonical order, then composed") {
  CHECK(kehoach::to_nfc("e\xCC\x82\xCC\xA3") == "\xE1\xBB\x87");  // e, U+0302, U+0323: ệ
  CHECK(kehoach::to_nfc("e\xCC\xA3\xCC\x82") == "\xE1\xBB\x87");
  CHECK(kehoach::to_nfc(std::string("a") + std::string(acute) + std::string(dot_below)) ==
        "\xE1\xBA\xA1" + std::string(acute));         // ạ, then the acute that has no ạ form
  CHECK(kehoach::fold_ascii("\xE1\xBB\x86") == "e");  // Ệ
}

TEST_CASE("80,000 mixed combining marks: ạ, the other 39,999 dots below, then the acutes") {
  const std::string text = "a" + repeat(std::string(acute) + std::string(dot_below), 40000);
  const std::string want = "\xE1\xBA\xA1" + repeat(dot_below, 39999) + repeat(acute, 40000);
  CHECK(kehoach::to_nfc(text) == want);
  CHECK(kehoach::to_nfc(want) == want);
}

TEST_CASE("past 100 of one code in one file, the reader counts diagnostics without making them") {
  // 300 tasks, each a mapping with one unknown key and without its three required keys.
  std::string text =
      "format: kehoach/1\nstatus: draft\nissuer:\n  name: UBND xã A\n  level: commune\nyear: "
      "2026\ntitle: T\ntasks: [";
  for (int i = 0; i < 300; ++i) text += i == 0 ? "{z: 1}" : ",{z: 1}";
  text += "]\n";
  const auto r = kehoach::load_plan(text, "plan.yaml");
  std::size_t kh003 = 0;
  std::size_t kh008 = 0;
  std::size_t left_kh003 = 0;
  std::size_t left_kh008 = 0;
  std::size_t records = 0;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.left_out > 0) {
      ++records;
      CHECK(d.severity == Severity::error);
      if (d.code == "KH003") left_kh003 = d.left_out;
      if (d.code == "KH008") left_kh008 = d.left_out;
      continue;
    }
    if (d.code == "KH003") ++kh003;
    if (d.code == "KH008") ++kh008;
  }
  CHECK(kh003 == 100);
  CHECK(left_kh003 == 200);
  CHECK(kh008 == 100);
  CHECK(left_kh008 == 800);
  CHECK(records == 2);
  CHECK(r.diagnostics.size() == 202);
  const auto summary = kehoach::summarize(r.diagnostics, 1);
  CHECK(summary.errors == 1200);
  const std::string printed =
      kehoach::format_diagnostics_text(r.diagnostics, {}, summary, Lang::en, false);
  CHECK(printed.find("plan.yaml: note: 200 more diagnostics with this code not shown (at most "
                     "100 per code in a file) [KH003]\nplan.yaml: note: 800 more diagnostics "
                     "with this code not shown (at most 100 per code in a file) [KH008]\n1200 "
                     "errors, 0 warnings, 0 notes in 1 file.\n") != std::string::npos);
  const std::string json = kehoach::format_diagnostics_json(r.diagnostics, summary, Lang::en);
  CHECK(json.find("\"omitted\": [\n    {\"file\": \"plan.yaml\", \"code\": \"KH003\", \"count\": "
                  "200},\n    {\"file\": \"plan.yaml\", \"code\": \"KH008\", \"count\": 800}\n  "
                  "],\n  \"summary\": {\"files\": 1, \"errors\": 1200, \"warnings\": 0, "
                  "\"notes\": 0}") != std::string::npos);
}

TEST_CASE("two byte order marks are both skipped, with a note, and positions start after them") {
  const auto r = kehoach::load_plan(
      "\xEF\xBB\xBF\xEF\xBB\xBF"
      "statuss: draft\nformat: kehoach/1\n",
      "plan.yaml");
  CHECK(r.text.substr(0, 8) == "statuss:");
  const Diagnostic* note = nullptr;
  const Diagnostic* unknown = nullptr;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.code == "KH007") note = &d;
    if (d.code == "KH003") unknown = &d;
  }
  REQUIRE(note != nullptr);
  CHECK(note->severity == Severity::note);
  CHECK(note->at == Position{1, 1});
  CHECK(note->message.en ==
        "the file starts with 2 byte order marks (U+FEFF) in a row; kehoach skips them all");
  REQUIRE(unknown != nullptr);
  CHECK(unknown->at == Position{1, 1});
}
