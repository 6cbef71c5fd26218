// Every phrase of the table (due_phrases.hpp) reads exactly as written there.
#include <doctest/doctest.h>

#include <string>

#include "due_phrases.hpp"
#include "kehoach/due.hpp"

using kehoach::phrase_table::notation;

TEST_CASE("the phrase table holds at least 120 phrases") {
  static_assert(std::size(kehoach::phrase_table::rows) >= 120);
  CHECK(std::size(kehoach::phrase_table::rows) >= 120);
}

TEST_CASE("every phrase of the table reads exactly as the table says") {
  for (const auto& row : kehoach::phrase_table::rows) {
    INFO("phrase: ", row.phrase, ", plan year ", row.plan_year);
    const auto result = kehoach::parse_due(row.phrase, row.plan_year);
    CHECK(notation(result) == row.expected);
    if (result.ok() && result.deadline->due) {
      // start and due are the first start and the last due of the occurrences.
      CHECK(result.deadline->due == result.deadline->occurrences.back().due);
      CHECK(result.deadline->start == result.deadline->occurrences.front().start);
    }
  }
}

TEST_CASE("NFD phrases and phrases with other characters read as their NFC forms") {
  // Decomposed: "Trước Tết Nguyên đán", "Đợt 1: Quý II; Đợt 2: Quý IV/2026" (the fast fold).
  CHECK(notation(kehoach::parse_due("Tru\xcc\x9bo\xcc\x9b\xcc\x81"
                                    "c Te\xcc\x82\xcc\x81t Nguye\xcc\x82n \xc4\x91"
                                    "a\xcc\x81n",
                                    2026)) == "date ..2026-02-16");
  CHECK(notation(kehoach::parse_due("\xc4\x90o\xcc\x9b\xcc\xa3t 1: Quy\xcc\x81 II; "
                                    "\xc4\x90o\xcc\x9b\xcc\xa3t 2: Quy\xcc\x81 IV/2026",
                                    0)) ==
        "quarter 2026-04-01..2026-06-30; 2026-10-01..2026-12-31");
  // A character outside the Vietnamese letters (①) takes utf8proc's folding; the note keeps it.
  const auto other = kehoach::parse_due("Quý II năm 2026 (xem ①)", 0);
  CHECK(notation(other) == "quarter 2026-04-01..2026-06-30");
  const auto event = kehoach::parse_due("Sau khi có ý kiến ①", 0);
  REQUIRE(event.ok());
  CHECK(event.deadline->note == "Sau khi có ý kiến ①");
}
