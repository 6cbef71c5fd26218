// Hostile deadline phrases: the reader's work stays near-linear in the phrase's length, a
// phrase past the length limit is refused, and invisible characters are named.
#include <doctest/doctest.h>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

#include "kehoach/date.hpp"
#include "kehoach/due.hpp"

using kehoach::Date;
using kehoach::max_phrase_chars;
using kehoach::parse_due;
using kehoach::phrase_for_message;

namespace {

constexpr std::size_t unbounded = std::numeric_limits<std::size_t>::max();

std::string repeat(std::string_view unit, std::size_t times, std::string_view ending = "") {
  std::string out;
  for (std::size_t k = 0; k < times; ++k) out += unit;
  out += ending;
  return out;
}

// The work of reading `unit` repeated 4n times is about four times that of n times: the ratio
// is checked to stay under 4.2 (a quadratic reader gives about 16).
void check_linear(std::string_view unit, std::string_view ending, std::string_view outcome) {
  CAPTURE(unit);
  const auto small = parse_due(repeat(unit, 500, ending), 2025, unbounded);
  const auto large = parse_due(repeat(unit, 2000, ending), 2025, unbounded);
  CHECK(small.steps > 0);
  CHECK(large.steps * 10 < small.steps * 42);
  CHECK((large.ok() ? std::string("read") : large.error.en) == outcome);
}

}  // namespace

TEST_CASE("restarting at every trước, chậm nhất or hoàn thành stays linear") {
  check_linear("trước ", "", "not a known deadline form");
  check_linear("trước ngày 1/1/2025, ", "x", "not a known deadline form");
  check_linear("chậm nhất ngày 1/1, ", "x", "not a known deadline form");
  check_linear("hoàn thành ", "ngày 1/1 x", "not a known deadline form");
  check_linear("Hoàn thành hoàn thành thường xuyên, ", "x", "not a known deadline form");
}

TEST_CASE("many brackets and many clauses without a year stay linear") {
  check_linear("( ", "", "not a known deadline form");
  check_linear("(báo cáo) ", "ngày 1/1", "read");
  check_linear("quý I, ", "", "read");
  check_linear("tháng 12 và ", "tháng 12", "read");
}

TEST_CASE("a long sentence ending in a deadline reads in linear work") {
  // 2,000 clauses, then a label ("x") and the deadline: every date is read, the last after its
  // label, none dropped.
  const auto small =
      parse_due(repeat("trước ngày 1/1; ", 500, "x chậm nhất ngày 03/12/2025"), 2025, unbounded);
  const auto large =
      parse_due(repeat("trước ngày 1/1; ", 2000, "x chậm nhất ngày 03/12/2025"), 2025, unbounded);
  REQUIRE(large.ok());
  REQUIRE(large.deadline->occurrences.size() == 2001);
  CHECK(large.deadline->occurrences.front().due == Date{2024, 12, 31});
  CHECK(large.deadline->due == Date{2025, 12, 3});
  CHECK(large.steps * 10 < small.steps * 42);
  // Joined by commas alone, the same day twice is an error (a correction left in?), found after
  // the same linear reading.
  const auto small_commas =
      parse_due(repeat("trước ngày 1/1, ", 500, "x chậm nhất ngày 03/12/2025"), 2025, unbounded);
  const auto large_commas =
      parse_due(repeat("trước ngày 1/1, ", 2000, "x chậm nhất ngày 03/12/2025"), 2025, unbounded);
  REQUIRE_FALSE(large_commas.ok());
  CHECK(large_commas.error.en.starts_with(
      "two days 01/01/2025 and 01/01/2025 (character 17) with only a comma between them, the "
      "same day"));
  CHECK(large_commas.steps * 10 < small_commas.steps * 42);
}

TEST_CASE("a year is lent between clauses as before the linear rewrite") {
  // The next clause that writes a year lends it; failing that, the one before (which may have
  // taken it in turn).
  const auto forward = parse_due("Quý II và quý IV/2026", 0);
  REQUIRE(forward.ok());
  REQUIRE(forward.deadline->occurrences.size() == 2);
  CHECK(forward.deadline->occurrences[0].due == Date{2026, 6, 30});
  CHECK(forward.deadline->occurrences[1].due == Date{2026, 12, 31});
  const auto backward = parse_due("trước ngày 15/6/2027 và 15/12", 0);
  REQUIRE(backward.ok());
  REQUIRE(backward.deadline->occurrences.size() == 2);
  CHECK(backward.deadline->occurrences[0].due == Date{2027, 6, 14});
  CHECK(backward.deadline->occurrences[1].due == Date{2027, 12, 14});
}

TEST_CASE("a phrase of 1000 characters reads and one of 1001 is refused") {
  REQUIRE(max_phrase_chars == 1000);
  const std::string date = "ngày 03/12/2025";  // 15 characters
  const auto at_limit = parse_due(date + std::string(985, ' '), 0);
  REQUIRE(at_limit.ok());
  CHECK(at_limit.deadline->due == Date{2025, 12, 3});
  const auto over = parse_due(date + std::string(986, ' '), 0);
  REQUIRE_FALSE(over.ok());
  CHECK(over.error.vi ==
        "cụm từ dài 1001 ký tự, quá giới hạn 1000 ký tự của một thời hạn (thời hạn thật thường "
        "dưới 200 ký tự): có lẽ đã dán nhầm văn bản vào trường này");
  CHECK(over.error.en ==
        "the phrase is 1001 characters long, over the limit of 1000 for a deadline (real "
        "deadlines are under 200 characters): text pasted into the wrong field?");
  CHECK(over.steps == 0);  // refused before reading
}

TEST_CASE("the length limit counts characters, not bytes") {
  // "ệ" is three bytes and one character: 1000 of them are within the limit.
  const auto letters = parse_due(repeat("ệ", 1000), 2025);
  CHECK(letters.error.en == "not a known deadline form");
  const auto over = parse_due(repeat("ệ", 1001), 2025);
  CHECK(over.error.en ==
        "the phrase is 1001 characters long, over the limit of 1000 for a deadline (real "
        "deadlines are under 200 characters): text pasted into the wrong field?");
  // A 128 KB phrase is refused with its length, whatever it holds.
  const auto huge = parse_due(repeat("trước ngày 1/1/2025, ", 6000, "x"), 2025);
  CHECK(huge.error.en ==
        "the phrase is 126001 characters long, over the limit of 1000 for a deadline (real "
        "deadlines are under 200 characters): text pasted into the wrong field?");
}

TEST_CASE("messages quote a phrase past the limit by its first 60 characters") {
  CHECK(phrase_for_message("trước ngày 03/12/2025") == "trước ngày 03/12/2025");
  const std::string at_limit = repeat("ư", 1000);
  CHECK(phrase_for_message(at_limit) == at_limit);
  CHECK(phrase_for_message(repeat("ư", 1001)) == repeat("ư", 60) + "…");
  CHECK(phrase_for_message(repeat("trước ngày 1/1/2025, ", 100)) ==
        "trước ngày 1/1/2025, trước ngày 1/1/2025, trước ngày 1/1/202…");
  // Invalid bytes in the cut part are shown as U+FFFD.
  CHECK(phrase_for_message("\xFF" + repeat("a", 1000)) == "\xEF\xBF\xBD" + repeat("a", 59) + "…");
}

TEST_CASE("an invisible character is named with its position") {
  struct Case {
    std::string phrase;
    const char* vi;
    const char* en;
  };
  const Case cases[] = {
      {"ngày 03/1\u200B2/2025",
       "có ký tự vô hình U+200B (dấu cách độ rộng 0) ở ký tự thứ 10 của cụm từ: xoá ký tự này",
       "an invisible character U+200B (zero-width space) at character 10 of the phrase: delete "
       "it"},
      {"Quý\u200CII năm 2025",
       "có ký tự vô hình U+200C (ký tự không nối độ rộng 0) ở ký tự thứ 4 của cụm từ: xoá ký tự "
       "này",
       "an invisible character U+200C (zero-width non-joiner) at character 4 of the phrase: "
       "delete it"},
      {"trước ngày 03/12/2025\u200D",
       "có ký tự vô hình U+200D (ký tự nối độ rộng 0) ở ký tự thứ 22 của cụm từ: xoá ký tự này",
       "an invisible character U+200D (zero-width joiner) at character 22 of the phrase: "
       "delete it"},
      {"tháng 6\u2060/2025",
       "có ký tự vô hình U+2060 (ký tự nối từ) ở ký tự thứ 8 của cụm từ: xoá ký tự này",
       "an invisible character U+2060 (word joiner) at character 8 of the phrase: delete it"},
      {"\uFEFFchậm nhất ngày 26/01/2024",
       "có ký tự vô hình U+FEFF (dấu thứ tự byte, BOM) ở ký tự thứ 1 của cụm từ: xoá ký tự này",
       "an invisible character U+FEFF (byte order mark, BOM) at character 1 of the phrase: "
       "delete it"},
      {"Thường xuyên trong năm\u00AD",
       "có ký tự vô hình U+00AD (dấu gạch nối mềm) ở ký tự thứ 23 của cụm từ: xoá ký tự này",
       "an invisible character U+00AD (soft hyphen) at character 23 of the phrase: delete it"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.phrase);
    const auto result = parse_due(c.phrase, 2025);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.vi == c.vi);
    CHECK(result.error.en == c.en);
  }
}

TEST_CASE("an invisible character is refused even where the phrase would read without it") {
  // An event-relative phrase reads whatever its words; the hidden character is still named,
  // so that the rule is one: no invisible character in a deadline.
  const auto event = parse_due("Sau khi có\u200B Quyết định", 2025);
  CHECK(event.error.en ==
        "an invisible character U+200B (zero-width space) at character 11 of the phrase: "
        "delete it");
  // Its position counts characters, not bytes (the word joiner is the 18th byte).
  const auto late = parse_due("Quý II năm 2025\u2060", 2025);
  CHECK(late.error.en ==
        "an invisible character U+2060 (word joiner) at character 16 of the phrase: delete it");
}

TEST_CASE("spaces of other widths read as spaces") {
  for (const std::string_view space : {"\u00A0", "\u202F", "\u2009", "\u2002", "\u3000"}) {
    CAPTURE(space);
    const auto result = parse_due("trước" + std::string(space) + "ngày 03/12/2025", 0);
    REQUIRE(result.ok());
    CHECK(result.deadline->due == Date{2025, 12, 2});
  }
  // Also when the phrase takes the slow path (a character outside the Vietnamese table).
  const auto folded = parse_due("trước\u202Fngày 03/12/2025 ×", 0);
  CHECK(folded.error.en == "not a known deadline form");
  const auto folded_read = parse_due("Quý\u2009IV năm 2025 (€)", 0);
  REQUIRE(folded_read.ok());
  CHECK(folded_read.deadline->due == Date{2025, 12, 31});
}
