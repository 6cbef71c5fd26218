#include "kehoach/due.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"
#include "kehoach/model.hpp"

using kehoach::Date;
using kehoach::DueKind;
using kehoach::parse_due;

// Readable failures: "01/10/2025" and "quarter" rather than "{?}".
namespace doctest {
template <>
struct StringMaker<Date> {
  static String convert(const Date& date) { return date.dmy().c_str(); }
};
template <>
struct StringMaker<std::optional<Date>> {
  static String convert(const std::optional<Date>& date) {
    return date ? date->dmy().c_str() : "(none)";
  }
};
}  // namespace doctest

namespace kehoach {
// doctest prints enums as numbers unless an overload is found by argument-dependent lookup.
// Static: another test file may want its own.
static doctest::String toString(DueKind kind) { return std::string(due_kind_key(kind)).c_str(); }
}  // namespace kehoach

namespace {

constexpr std::optional<Date> none = std::nullopt;

// Checks that `phrase` reads, in `plan_year`, as exactly this kind, start and due date.
void check_reads(std::string_view phrase, int plan_year, DueKind kind, std::optional<Date> start,
                 std::optional<Date> due) {
  INFO("phrase: ", std::string(phrase), ", plan year ", plan_year);
  const auto result = parse_due(phrase, plan_year);
  REQUIRE_MESSAGE(result.ok(), result.error.en);
  CHECK(result.error.empty());
  CHECK(result.deadline->kind == kind);
  CHECK(result.deadline->start == start);
  CHECK(result.deadline->due == due);
}

// Checks that `phrase` is an error with exactly these messages.
void check_error(std::string_view phrase, int plan_year, std::string_view vi, std::string_view en) {
  INFO("phrase: ", std::string(phrase), ", plan year ", plan_year);
  const auto result = parse_due(phrase, plan_year);
  CHECK_FALSE(result.ok());
  CHECK(result.error.vi == vi);
  CHECK(result.error.en == en);
}

// Checks that `phrase` reads as an undated deadline of `kind` whose note is `note`.
void check_undated(std::string_view phrase, int plan_year, DueKind kind, std::string_view note) {
  INFO("phrase: ", std::string(phrase), ", plan year ", plan_year);
  const auto result = parse_due(phrase, plan_year);
  REQUIRE_MESSAGE(result.ok(), result.error.en);
  CHECK(result.deadline->kind == kind);
  CHECK(result.deadline->start == none);
  CHECK(result.deadline->due == none);
  CHECK(result.deadline->note == note);
}

}  // namespace

// --- exact dates --------------------------------------------------------------------------------

TEST_CASE("an exact date is due on that day and has no start") {
  check_reads("26/01/2024", 2024, DueKind::date, none, Date{2024, 1, 26});
  check_reads("ngày 26/01/2024", 2024, DueKind::date, none, Date{2024, 1, 26});
  check_reads("ngày 23/7/2012", 2024, DueKind::date, none, Date{2012, 7, 23});
}

TEST_CASE("chậm nhất ngày is due on that day itself") {
  check_reads("chậm nhất ngày 26/01/2024", 2024, DueKind::date, none, Date{2024, 1, 26});
  check_reads("Chậm nhất ngày 25/11/2024", 2024, DueKind::date, none, Date{2024, 11, 25});
  check_reads("chậm nhất là ngày 25/11/2024", 2024, DueKind::date, none, Date{2024, 11, 25});
  check_reads("đến ngày 30/11/2025", 2025, DueKind::date, none, Date{2025, 11, 30});
}

TEST_CASE("trước ngày is due the day before") {
  check_reads("trước ngày 03/12/2025", 2025, DueKind::date, none, Date{2025, 12, 2});
  check_reads("Trước 15/12/2025", 2025, DueKind::date, none, Date{2025, 12, 14});
}

TEST_CASE("trước ngày 01/01/2025 is due 31/12/2024") {
  check_reads("trước ngày 01/01/2025", 2025, DueKind::date, none, Date{2024, 12, 31});
}

TEST_CASE("trước ngày 01/03 lands on 29/02 only in a leap year") {
  check_reads("trước ngày 01/03/2024", 2024, DueKind::date, none, Date{2024, 2, 29});
  check_reads("trước ngày 01/03/2025", 2025, DueKind::date, none, Date{2025, 2, 28});
}

TEST_CASE("dotted, worded and ISO dates read as the same day") {
  check_reads("1.12.2024", 2024, DueKind::date, none, Date{2024, 12, 1});
  check_reads("30 tháng 01 năm 2025", 2025, DueKind::date, none, Date{2025, 1, 30});
  check_reads("ngày 30 tháng 1 năm 2025", 2025, DueKind::date, none, Date{2025, 1, 30});
  check_reads("2025-01-30", 2025, DueKind::date, none, Date{2025, 1, 30});
  check_reads("30-01-2025", 2025, DueKind::date, none, Date{2025, 1, 30});
}

TEST_CASE("a day and month without a year take the plan year") {
  check_reads("trước ngày 03/12", 2025, DueKind::date, none, Date{2025, 12, 2});
  check_reads("26/01", 2024, DueKind::date, none, Date{2024, 1, 26});
  check_reads("ngày 15 tháng 01", 2025, DueKind::date, none, Date{2025, 1, 15});
  check_reads("chậm nhất ngày 1.12", 2024, DueKind::date, none, Date{2024, 12, 1});
}

TEST_CASE("29/02 is a day only in leap years") {
  check_reads("29/02/2024", 2024, DueKind::date, none, Date{2024, 2, 29});
  check_reads("29/02/2000", 2000, DueKind::date, none, Date{2000, 2, 29});
  check_reads("29/02", 2024, DueKind::date, none, Date{2024, 2, 29});
  check_error("29/02/2025", 2025, "ngày 29/02/2025 không tồn tại", "29/02/2025 is not a real day");
  check_error("29/02/1900", 1900, "ngày 29/02/1900 không tồn tại", "29/02/1900 is not a real day");
  check_error("29/02", 2025, "ngày 29/02/2025 không tồn tại", "29/02/2025 is not a real day");
}

TEST_CASE("impossible days are errors that name the day") {
  check_error("31/02/2025", 2025, "ngày 31/02/2025 không tồn tại", "31/02/2025 is not a real day");
  check_error("chậm nhất ngày 31/04/2025", 2025, "ngày 31/04/2025 không tồn tại",
              "31/04/2025 is not a real day");
  check_error("32/01/2025", 2025, "ngày 32/01/2025 không tồn tại", "32/01/2025 is not a real day");
  check_error("0/1/2025", 2025, "ngày 00/01/2025 không tồn tại", "00/01/2025 is not a real day");
  check_error("01/13/2025", 2025, "ngày 01/13/2025 không tồn tại", "01/13/2025 is not a real day");
  check_error("30 tháng 02 năm 2025", 2025, "ngày 30/02/2025 không tồn tại",
              "30/02/2025 is not a real day");
  check_error("2025-02-30", 2025, "ngày 30/02/2025 không tồn tại", "30/02/2025 is not a real day");
}

// --- quarters -----------------------------------------------------------------------------------

TEST_CASE("Quý I năm 2025 runs from 01/01 to 31/03") {
  check_reads("Quý I năm 2025", 2025, DueKind::quarter, Date{2025, 1, 1}, Date{2025, 3, 31});
}

TEST_CASE("Quý II, III resolves to 30/09") {
  check_reads("Quý II, III năm 2024", 2024, DueKind::quarter, Date{2024, 4, 1}, Date{2024, 9, 30});
}

TEST_CASE("Quý III, quý IV năm 2025 runs from 01/07 to 31/12") {
  check_reads("Quý III, quý IV năm 2025", 2025, DueKind::quarter, Date{2025, 7, 1},
              Date{2025, 12, 31});
  check_reads("Quý II và quý III năm 2024", 2024, DueKind::quarter, Date{2024, 4, 1},
              Date{2024, 9, 30});
  check_reads("Quý I - II năm 2025", 2025, DueKind::quarter, Date{2025, 1, 1}, Date{2025, 6, 30});
  check_reads("Quý I – Quý II năm 2025", 2025, DueKind::quarter, Date{2025, 1, 1},
              Date{2025, 6, 30});
}

TEST_CASE("the year of a quarter may follow Năm or a slash") {
  check_reads("Quý III Năm 2024", 2025, DueKind::quarter, Date{2024, 7, 1}, Date{2024, 9, 30});
  check_reads("Quý I/2025", 2024, DueKind::quarter, Date{2025, 1, 1}, Date{2025, 3, 31});
  check_reads("Quý IV-2025", 2024, DueKind::quarter, Date{2025, 10, 1}, Date{2025, 12, 31});
}

TEST_CASE("Quý IV without a year is the last quarter of the plan year") {
  check_reads("Quý IV", 2025, DueKind::quarter, Date{2025, 10, 1}, Date{2025, 12, 31});
}

TEST_CASE("quarters read in any case") {
  check_reads("quý iv", 2025, DueKind::quarter, Date{2025, 10, 1}, Date{2025, 12, 31});
  check_reads("QUÝ IV", 2025, DueKind::quarter, Date{2025, 10, 1}, Date{2025, 12, 31});
  check_reads("Quý Iv", 2025, DueKind::quarter, Date{2025, 10, 1}, Date{2025, 12, 31});
  check_reads("quý ii năm 2025", 2024, DueKind::quarter, Date{2025, 4, 1}, Date{2025, 6, 30});
}

TEST_CASE("Arabic quarter numbers read like Roman ones") {
  check_reads("Quý 1", 2025, DueKind::quarter, Date{2025, 1, 1}, Date{2025, 3, 31});
  check_reads("Quý 4/2025", 2024, DueKind::quarter, Date{2025, 10, 1}, Date{2025, 12, 31});
  check_reads("quý 2, 3 năm 2024", 2024, DueKind::quarter, Date{2024, 4, 1}, Date{2024, 9, 30});
}

TEST_CASE("trước quý III is due the day before the quarter begins") {
  check_reads("trước quý III năm 2025", 2025, DueKind::quarter, none, Date{2025, 6, 30});
  check_reads("chậm nhất trong quý III năm 2025", 2025, DueKind::quarter, none, Date{2025, 9, 30});
}

TEST_CASE("a quarter other than I to IV is an error") {
  check_error("Quý V năm 2025", 2025, "quý V không tồn tại", "there is no quarter V");
  check_error("quý iv, v", 2025, "quý V không tồn tại", "there is no quarter V");
  check_error("Quý 0", 2025, "quý 0 không tồn tại", "there is no quarter 0");
  check_error("Quý 5/2025", 2025, "quý 5 không tồn tại", "there is no quarter 5");
}

// --- months -------------------------------------------------------------------------------------

TEST_CASE("tháng 6/2025 is the whole of June") {
  check_reads("tháng 6/2025", 2025, DueKind::month, Date{2025, 6, 1}, Date{2025, 6, 30});
  check_reads("Tháng 06/2025", 2025, DueKind::month, Date{2025, 6, 1}, Date{2025, 6, 30});
  check_reads("6/2025", 2025, DueKind::month, Date{2025, 6, 1}, Date{2025, 6, 30});
}

TEST_CASE("tháng 11 năm 2025 runs from 01/11 to 30/11") {
  check_reads("tháng 11 năm 2025", 2025, DueKind::month, Date{2025, 11, 1}, Date{2025, 11, 30});
  check_reads("trong tháng 01/2025", 2025, DueKind::month, Date{2025, 1, 1}, Date{2025, 1, 31});
  check_reads("tháng 12", 2025, DueKind::month, Date{2025, 12, 1}, Date{2025, 12, 31});
}

TEST_CASE("February ends on 29/02 in a leap year") {
  check_reads("tháng 2/2024", 2024, DueKind::month, Date{2024, 2, 1}, Date{2024, 2, 29});
  check_reads("tháng 2/2025", 2025, DueKind::month, Date{2025, 2, 1}, Date{2025, 2, 28});
}

TEST_CASE("Hoàn thành trước tháng 11 năm 2025 is due 31/10 with no start") {
  check_reads("Hoàn thành trước tháng 11 năm 2025", 2025, DueKind::month, none, Date{2025, 10, 31});
}

TEST_CASE("Hoàn thành trước tháng 1 năm 2025 is due 31/12/2024") {
  check_reads("Hoàn thành trước tháng 1 năm 2025", 2025, DueKind::month, none, Date{2024, 12, 31});
}

TEST_CASE("a list of months runs from the first to the last") {
  check_reads("tháng 6, 7 năm 2025", 2025, DueKind::month, Date{2025, 6, 1}, Date{2025, 7, 31});
  check_reads("tháng 3 - tháng 5 năm 2025", 2025, DueKind::month, Date{2025, 3, 1},
              Date{2025, 5, 31});
}

TEST_CASE("months that run across New Year read as a range") {
  check_reads("tháng 12 - tháng 1/2025", 2025, DueKind::range, Date{2024, 12, 1},
              Date{2025, 1, 31});
}

TEST_CASE("a month other than 1 to 12 is an error") {
  check_error("tháng 13/2025", 2025, "tháng 13 không tồn tại", "there is no month 13");
  check_error("tháng 0 năm 2025", 2025, "tháng 0 không tồn tại", "there is no month 0");
  check_error("13/2025", 2025, "tháng 13 không tồn tại", "there is no month 13");
}

// Several whole months from one day to another read as DueKind::range (see due.cpp).
TEST_CASE("6 tháng đầu năm 2025 runs from 01/01 to 30/06") {
  check_reads("6 tháng đầu năm 2025", 2025, DueKind::range, Date{2025, 1, 1}, Date{2025, 6, 30});
  check_reads("9 tháng đầu năm", 2024, DueKind::range, Date{2024, 1, 1}, Date{2024, 9, 30});
}

TEST_CASE("6 tháng cuối năm runs from 01/07 to 31/12 of the plan year") {
  check_reads("6 tháng cuối năm", 2025, DueKind::range, Date{2025, 7, 1}, Date{2025, 12, 31});
  check_reads("trong 6 tháng cuối năm 2024", 2025, DueKind::range, Date{2024, 7, 1},
              Date{2024, 12, 31});
}

TEST_CASE("more than 12 months of a year is an error") {
  check_error("13 tháng đầu năm 2025", 2025, "một năm chỉ có 12 tháng",
              "a year has only 12 months");
}

// --- whole years and ongoing work ----------------------------------------------------------------

TEST_CASE("Năm 2024 is the whole year") {
  check_reads("Năm 2024", 2024, DueKind::year, Date{2024, 1, 1}, Date{2024, 12, 31});
  check_reads("trong năm 2025", 2024, DueKind::year, Date{2025, 1, 1}, Date{2025, 12, 31});
  check_reads("trong năm", 2025, DueKind::year, Date{2025, 1, 1}, Date{2025, 12, 31});
  check_reads("năm nay", 2025, DueKind::year, Date{2025, 1, 1}, Date{2025, 12, 31});
  check_reads("trong cả năm 2024", 2025, DueKind::year, Date{2024, 1, 1}, Date{2024, 12, 31});
  check_reads("trước năm 2026", 2025, DueKind::year, none, Date{2025, 12, 31});
}

TEST_CASE("ongoing work spans the plan year") {
  check_reads("Thường xuyên trong năm", 2025, DueKind::ongoing, Date{2025, 1, 1},
              Date{2025, 12, 31});
  check_reads("Thường xuyên", 2024, DueKind::ongoing, Date{2024, 1, 1}, Date{2024, 12, 31});
  check_reads("Thường xuyên, liên tục", 2025, DueKind::ongoing, Date{2025, 1, 1},
              Date{2025, 12, 31});
  check_reads("Liên tục", 2025, DueKind::ongoing, Date{2025, 1, 1}, Date{2025, 12, 31});
  check_reads("Thường xuyên trong năm 2024", 2025, DueKind::ongoing, Date{2024, 1, 1},
              Date{2024, 12, 31});
}

TEST_CASE("ongoing work still reads, without dates, when there is no plan year") {
  check_reads("Thường xuyên", 0, DueKind::ongoing, none, none);
  check_reads("Thường xuyên trong năm", 0, DueKind::ongoing, none, none);
}

// --- ranges -------------------------------------------------------------------------------------

TEST_CASE("Tính từ 01/12/2023 đến 20/11/2024 is a range with both ends") {
  check_reads("Tính từ 01/12/2023 đến 20/11/2024", 2024, DueKind::range, Date{2023, 12, 1},
              Date{2024, 11, 20});
  check_reads("từ ngày 01/01/2023 đến ngày 15/11/2023", 2023, DueKind::range, Date{2023, 1, 1},
              Date{2023, 11, 15});
  check_reads("Từ ngày 01/12/2023 đến hết ngày 20/11/2024", 2024, DueKind::range, Date{2023, 12, 1},
              Date{2024, 11, 20});
  check_reads("01/12/2023 - 20/11/2024", 2024, DueKind::range, Date{2023, 12, 1},
              Date{2024, 11, 20});
}

TEST_CASE("Từ tháng 3 đến tháng 5 năm 2025 runs from 01/03 to 31/05") {
  check_reads("Từ tháng 3 đến tháng 5 năm 2025", 2025, DueKind::range, Date{2025, 3, 1},
              Date{2025, 5, 31});
  check_reads("từ quý II đến quý IV năm 2025", 2025, DueKind::range, Date{2025, 4, 1},
              Date{2025, 12, 31});
}

TEST_CASE("a range start without a year falls in the end year or the year before") {
  check_reads("Tính từ 01/12 đến 20/11/2024", 2024, DueKind::range, Date{2023, 12, 1},
              Date{2024, 11, 20});
  check_reads("từ 01/03 đến 20/11/2024", 2024, DueKind::range, Date{2024, 3, 1},
              Date{2024, 11, 20});
  check_reads("từ 01/12 đến 30/11", 2025, DueKind::range, Date{2024, 12, 1}, Date{2025, 11, 30});
}

TEST_CASE("a range whose start is after its end is an error") {
  check_error("từ 20/11/2024 đến 01/12/2023", 2024,
              "ngày bắt đầu 20/11/2024 sau ngày kết thúc 01/12/2023",
              "the start 20/11/2024 is after the end 01/12/2023");
  check_error("Từ tháng 5 năm 2025 đến tháng 3 năm 2025", 2025,
              "ngày bắt đầu 01/05/2025 sau ngày kết thúc 31/03/2025",
              "the start 01/05/2025 is after the end 31/03/2025");
}

TEST_CASE("a range with an impossible end is an error") {
  check_error("từ 01/02/2025 đến 30/02/2025", 2025, "ngày 30/02/2025 không tồn tại",
              "30/02/2025 is not a real day");
}

// --- periodic and event-relative
// ------------------------------------------------------------------

TEST_CASE("recurring deadlines without a plan year read as periodic with the phrase as note") {
  check_undated("Hằng quý", 0, DueKind::periodic, "Hằng quý");
  check_undated("Định kỳ 6 tháng", 0, DueKind::periodic, "Định kỳ 6 tháng");
  check_undated("hằng tháng", 0, DueKind::periodic, "hằng tháng");
  check_undated("hàng năm", 0, DueKind::periodic, "hàng năm");
  check_undated("Hằng năm, trước ngày 15/12", 0, DueKind::periodic, "Hằng năm, trước ngày 15/12");
  check_undated("hằng tuần", 2025, DueKind::periodic, "hằng tuần");
}

TEST_CASE("hằng quý in the plan year has one occurrence per quarter") {
  const auto result = parse_due("Hằng quý", 2025);
  REQUIRE(result.ok());
  const auto& d = *result.deadline;
  CHECK(d.kind == DueKind::periodic);
  CHECK(d.note == "Hằng quý");
  CHECK(d.start == Date{2025, 1, 1});
  CHECK(d.due == Date{2025, 12, 31});
  REQUIRE(d.occurrences.size() == 4);
  CHECK(d.occurrences[1].start == Date{2025, 4, 1});
  CHECK(d.occurrences[1].due == Date{2025, 6, 30});
}

TEST_CASE("several cycles named together are one list of report days") {
  // Each: the phrase, then the month each occurrence ends in; each runs from the day after the
  // one before (from 1 January for the first).
  const std::vector<std::pair<const char*, std::vector<int>>> cases{
      {"Định kỳ 6 tháng, hằng năm", {6, 12}},
      {"Báo cáo định kỳ 6 tháng và hằng năm", {6, 12}},
      {"Hằng quý và hằng năm", {3, 6, 9, 12}},
      {"Định kỳ hằng quý, 6 tháng, hằng năm", {3, 6, 9, 12}},
      {"Hằng tháng, hằng quý", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
      {"Định kỳ 4 tháng và 6 tháng", {4, 6, 8, 12}},
      {"Hằng năm, 6 tháng", {6, 12}},
  };
  for (const auto& [phrase, months] : cases) {
    CAPTURE(phrase);
    const auto result = parse_due(phrase, 2026);
    REQUIRE(result.ok());
    const auto& d = *result.deadline;
    CHECK(d.kind == DueKind::periodic);
    CHECK(d.note == phrase);
    REQUIRE(d.occurrences.size() == months.size());
    int first = 1;
    for (std::size_t k = 0; k < months.size(); ++k) {
      CHECK(d.occurrences[k].start == Date{2026, first, 1});
      CHECK(d.occurrences[k].due == Date{2026, months[k], kehoach::days_in_month(2026, months[k])});
      first = months[k] + 1;
    }
  }
  // A cycle that does not divide the year, or a weekly one, leaves the list undated.
  check_undated("Hằng quý, 5 tháng", 2026, DueKind::periodic, "Hằng quý, 5 tháng");
  check_undated("Hằng tuần, hằng tháng", 2026, DueKind::periodic, "Hằng tuần, hằng tháng");
  // A count of months after a cycle that is a time from an event, not a cycle: undated, as it was.
  for (const auto* phrase : {"Hằng quý, 1 tháng sau khi kết thúc quý",
                             "Định kỳ hằng năm, 2 tháng trước khi tổng kết năm",
                             "Hằng năm, 2 tháng sau khi kết thúc năm"}) {
    check_undated(phrase, 2026, DueKind::periodic, phrase);
  }
}

TEST_CASE("Hằng năm, trước ngày 15/12 in a plan year is due 14/12 of that year") {
  check_reads("Hằng năm, trước ngày 15/12", 2025, DueKind::date, none, Date{2025, 12, 14});
}

TEST_CASE("a single deadline has exactly one occurrence, an undated one none") {
  const auto single = parse_due("Quý II, III năm 2024", 0);
  REQUIRE(single.ok());
  REQUIRE(single.deadline->occurrences.size() == 1);
  CHECK(single.deadline->occurrences[0].start == Date{2024, 4, 1});
  CHECK(single.deadline->occurrences[0].due == Date{2024, 9, 30});
  const auto event = parse_due("Sau khi có Quyết định", 2024);
  REQUIRE(event.ok());
  CHECK(event.deadline->occurrences.empty());
}

TEST_CASE("two conflicting years are an error naming where the second one is") {
  check_error("Quý IV năm 2025, chậm nhất ngày 03/12/2026", 2025,
              "hai năm mâu thuẫn trong một thời hạn: 2025 và 2026 (ký tự 39)",
              "two conflicting years in one deadline: 2025 and 2026 (character 39)");
}

TEST_CASE("event-relative deadlines read as events with the phrase as note") {
  check_undated("theo thời hạn quy định tại Kế hoạch của UBND cấp trên trực tiếp", 2025,
                DueKind::event, "theo thời hạn quy định tại Kế hoạch của UBND cấp trên trực tiếp");
  check_undated("trong thời hạn 10 ngày kể từ ngày nhận được Kế hoạch", 2025, DueKind::event,
                "trong thời hạn 10 ngày kể từ ngày nhận được Kế hoạch");
  check_undated("khi có yêu cầu", 2025, DueKind::event, "khi có yêu cầu");
  check_undated("theo quy định", 0, DueKind::event, "theo quy định");
  check_undated("Theo Kế hoạch của UBND tỉnh", 2025, DueKind::event, "Theo Kế hoạch của UBND tỉnh");
}

TEST_CASE("the note of an event is NFC with its spaces collapsed") {
  check_undated("Sau khi co\xcc\x81 ye\xcc\x82u ca\xcc\x82\xcc\x80u", 2025, DueKind::event,
                "Sau khi có yêu cầu");
  check_undated("  khi   có\tyêu cầu ", 2025, DueKind::event, "khi có yêu cầu");
}

// --- how phrases are written
// ----------------------------------------------------------------------

TEST_CASE("spaces, case, a trailing period and bold markers do not change the reading") {
  for (const auto* phrase : {"Quý IV năm 2025", "  Quý   IV  năm   2025  ", "Quý IV năm 2025.",
                             "QUÝ IV NĂM 2025", "**Quý IV năm 2025**", "Quý IV\nnăm 2025",
                             "Quý\xc2\xa0IV năm 2025", "- Quý IV năm 2025;"}) {
    check_reads(phrase, 2024, DueKind::quarter, Date{2025, 10, 1}, Date{2025, 12, 31});
  }
  for (const auto* phrase : {"chậm nhất ngày **26/01/2024**", "chậm nhất ngày **26/01/2024**.",
                             "CHẬM NHẤT NGÀY 26/01/2024", "chậm  nhất ngày 26/01/2024 ./."}) {
    check_reads(phrase, 2024, DueKind::date, none, Date{2024, 1, 26});
  }
}

TEST_CASE("NFD input reads like NFC") {
  check_reads("Quy\xcc\x81 IV na\xcc\x86m 2025", 2025, DueKind::quarter, Date{2025, 10, 1},
              Date{2025, 12, 31});
  check_reads("Thu\xcc\x9bo\xcc\x9b\xcc\x80ng xuye\xcc\x82n trong na\xcc\x86m", 2025,
              DueKind::ongoing, Date{2025, 1, 1}, Date{2025, 12, 31});
  check_reads(
      "Hoa\xcc\x80n tha\xcc\x80nh tru\xcc\x9bo\xcc\x9b\xcc\x81"
      "c tha\xcc\x81ng 11 na\xcc\x86m 2025",
      2025, DueKind::month, none, Date{2025, 10, 31});
  check_reads("cha\xcc\xa3\xcc\x82m nha\xcc\x82\xcc\x81t nga\xcc\x80y 26/01/2024", 2024,
              DueKind::date, none, Date{2024, 1, 26});
}

TEST_CASE("a label before the deadline is skipped") {
  check_reads("Thời gian thực hiện: Quý I năm 2025.", 2025, DueKind::quarter, Date{2025, 1, 1},
              Date{2025, 3, 31});
  check_reads("Thời gian gửi báo cáo: Chậm nhất ngày 25/11/2024.", 2024, DueKind::date, none,
              Date{2024, 11, 25});
}

TEST_CASE("a sentence that ends in chậm nhất or trước reads that deadline") {
  check_reads("Gửi báo cáo về Sở Tư pháp chậm nhất ngày 20/11/2025", 2025, DueKind::date, none,
              Date{2025, 11, 20});
  check_reads("Sau khi có Quyết định của UBND tỉnh, chậm nhất ngày 30/03/2025", 2025, DueKind::date,
              none, Date{2025, 3, 30});
}

TEST_CASE("(nếu có) after a deadline is not part of it") {
  check_reads("Quý III năm 2024 (nếu có)", 2024, DueKind::quarter, Date{2024, 7, 1},
              Date{2024, 9, 30});
}

// --- two deadlines in one phrase
// ------------------------------------------------------------------

TEST_CASE("a quarter with an exact date is due on the date and starts with the quarter") {
  check_reads("Quý IV năm 2025, chậm nhất ngày 03/12/2025", 2025, DueKind::date, Date{2025, 10, 1},
              Date{2025, 12, 3});
  check_reads("Quý IV năm 2025 (trước ngày 03/12/2025)", 2025, DueKind::date, Date{2025, 10, 1},
              Date{2025, 12, 2});
  check_reads("Thường xuyên, chậm nhất ngày 30/11/2025", 2025, DueKind::date, Date{2025, 1, 1},
              Date{2025, 11, 30});
}

TEST_CASE("two exact dates for one deadline are an error, not the earlier kept") {
  // Joined by a comma in one month: an enumeration or a correction left in, kehoach cannot tell.
  check_error("trước ngày 20/11/2025, chậm nhất ngày 25/11/2025", 2025,
              "hai ngày 20/11/2025 và 25/11/2025 (ký tự 24) chỉ cách nhau dấu phẩy, cùng một "
              "tháng: có thể một ngày là ngày đã sửa mà ngày cũ chưa xoá, và kehoach không chọn "
              "giữa hai ngày; nếu là các lần đến hạn, viết “và” trước ngày cuối, như “chậm nhất "
              "ngày 20/6 và 20/12/2026”; nếu không, xoá ngày không dùng",
              "two days 20/11/2025 and 25/11/2025 (character 24) with only a comma between them, "
              "in the same month: one may be a correction with the old day left in, and kehoach "
              "does not choose between them; if they are occurrences, write “và” before the last "
              "one, as in “chậm nhất ngày 20/6 và 20/12/2026”; otherwise delete the day not meant");
  // One in brackets after the other: two days cannot narrow each other down.
  check_error("trước ngày 20/11/2025 (chậm nhất ngày 25/11/2025)", 2025,
              "hai hạn 19/11/2025 và 25/11/2025 cho cùng một thời hạn: kehoach không chọn giữa "
              "hai ngày; nếu là các lần đến hạn, nối chúng bằng “và”; nếu không, xoá ngày không "
              "dùng",
              "two due dates 19/11/2025 and 25/11/2025 for one deadline: kehoach does not choose "
              "between them; if they are occurrences, join them with “và”; otherwise delete the "
              "day not meant");
  // Two ways of writing one last day agree.
  check_reads("Chậm nhất ngày 20/11/2025 (trước ngày 21/11/2025)", 2025, DueKind::date, none,
              Date{2025, 11, 20});
}

TEST_CASE("an exact date outside the quarter written with it is an error") {
  check_error("Quý I năm 2025, chậm nhất ngày 03/12/2025", 2025,
              "hai thời hạn không khớp: 03/12/2025 sau 31/03/2025",
              "the two deadlines disagree: 03/12/2025 is after 31/03/2025");
  check_error("Quý IV năm 2025, chậm nhất ngày 03/06/2025", 2025,
              "hai thời hạn không khớp: 03/06/2025 trước 01/10/2025",
              "the two deadlines disagree: 03/06/2025 is before 01/10/2025");
}

// --- errors -------------------------------------------------------------------------------------

TEST_CASE("a phrase without a year is an error when the plan has no year") {
  const std::string_view vi = "thời hạn không ghi năm và kế hoạch không có năm";
  const std::string_view en = "the deadline gives no year and the plan has none";
  check_error("trước ngày 03/12", 0, vi, en);
  check_error("Quý IV", 0, vi, en);
  check_error("tháng 6", 0, vi, en);
  check_error("6 tháng đầu năm", 0, vi, en);
  check_error("Tính từ 01/12 đến 20/11", 0, vi, en);
  check_reads("Quý IV năm 2025", 0, DueKind::quarter, Date{2025, 10, 1}, Date{2025, 12, 31});
  check_reads("Tính từ 01/12 đến 20/11/2024", 0, DueKind::range, Date{2023, 12, 1},
              Date{2024, 11, 20});
}

TEST_CASE("an empty phrase is an error") {
  for (const auto* phrase : {"", "   ", "\t\n", "****"}) {
    check_error(phrase, 2025, "thời hạn để trống", "the deadline is empty");
  }
}

TEST_CASE("text that is no deadline form is an error") {
  for (const auto* phrase : {
           "abc",
           "  Sớm   nhất có thể ",
           "26/01/24",  // two-digit years are not written in plans
           "Quý",
           "Năm",
           "Năm ....",  // a draft's blank year
           "Quý I năm 2025 xyz",
           "từ 01/12/2023",           // a range needs both ends
           "ngày tháng 01 năm 2025",  // the Lai Châu seed's draft date line: no day
           "99999999999999999999/01/2025",
           "Quý 99999999999",
           "năm 123456789012",
       }) {
    check_error(phrase, 2025, "không phải dạng thời hạn đã biết", "not a known deadline form");
  }
}

TEST_CASE("invalid UTF-8 in a note is shown as a replacement character") {
  check_undated("khi có \xff", 2025, DueKind::event, "khi có \xef\xbf\xbd");
  check_error("Qu\xff", 2025, "không phải dạng thời hạn đã biết", "not a known deadline form");
}

TEST_CASE("parse_due never throws and always gives a reading or an error") {
  // Deterministic mixtures of the pieces deadlines are made of, to shake out the scanner.
  const std::vector<std::string_view> pieces{
      "Quý",  "quý", "IV",     "v",     "năm",   "2025",   "tháng", "13",    "/",
      ".",    "-",   ",",      "ngày",  "31/02", "từ",     "đến",   "trước", "chậm nhất",
      "hằng", "khi", "Thường", "xuyên", "6",     "đầu",    "cuối",  "**",    "\xcc\x81",
      "\xff", "(",   ")",      ":",     "99999", "2025-1", "và",    "hết",   "liên tục"};
  std::uint32_t state = 12345;
  const auto next = [&state] {
    state = state * 1103515245U + 12345U;
    return (state >> 16) & 0x7fffU;
  };
  int consistent = 0;
  constexpr int rounds = 3000;
  for (int round = 0; round < rounds; ++round) {
    std::string phrase;
    const auto count = next() % 7U;
    for (std::uint32_t k = 0; k <= count; ++k) {
      phrase.append(pieces[next() % pieces.size()]);
      if (next() % 3U != 0U) phrase.push_back(' ');
    }
    const auto result = parse_due(phrase, round % 5 == 0 ? 0 : 2025);
    if (result.ok() == result.error.empty()) ++consistent;
  }
  CHECK(consistent == rounds);
}

// --- the seeds ----------------------------------------------------------------------------------

TEST_CASE("every deadline of the Lai Châu 2025 plan reads") {
  check_reads("Quý I năm 2025.", 2025, DueKind::quarter, Date{2025, 1, 1}, Date{2025, 3, 31});
  check_reads("Thường xuyên trong năm.", 2025, DueKind::ongoing, Date{2025, 1, 1},
              Date{2025, 12, 31});
  check_undated(
      "Sau khi có Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp "
      "luật trong lĩnh vực trọng tâm, liên ngành năm 2025.",
      2025, DueKind::event,
      "Sau khi có Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp "
      "luật trong lĩnh vực trọng tâm, liên ngành năm 2025.");
  check_reads("Quý III, quý IV năm 2025.", 2025, DueKind::quarter, Date{2025, 7, 1},
              Date{2025, 12, 31});
  check_reads("Hoàn thành trước tháng 11 năm 2025.", 2025, DueKind::month, none,
              Date{2025, 10, 31});
  check_reads("trước ngày 03/12/2025", 2025, DueKind::date, none, Date{2025, 12, 2});
  check_reads(
      "Thực hiện báo cáo tình hình thi hành pháp luật trong phạm vi quản lý của ngành mình theo "
      "nội dung Kế hoạch này và theo quy định của pháp luật có liên quan, gửi Sở Tư pháp tổng "
      "hợp trước ngày 03/12/2025.",
      2025, DueKind::date, none, Date{2025, 12, 2});
  check_reads(
      "Báo cáo kết quả thi hành pháp luật trong phạm vi quản lý nhà nước của địa phương theo kế "
      "hoạch này và theo quy định của pháp luật có liên quan, gửi Sở Tư pháp tổng hợp trước "
      "ngày 03/12/2025.",
      2025, DueKind::date, none, Date{2025, 12, 2});
}

TEST_CASE("every deadline of the Tân Biên 2024 plan reads") {
  check_reads("Năm 2024.", 2024, DueKind::year, Date{2024, 1, 1}, Date{2024, 12, 31});
  check_reads("Quý III Năm 2024.", 2024, DueKind::quarter, Date{2024, 7, 1}, Date{2024, 9, 30});
  check_reads("Thời gian kiểm tra: Quý III Năm 2024.", 2024, DueKind::quarter, Date{2024, 7, 1},
              Date{2024, 9, 30});
  check_reads("Quý II, III năm 2024.", 2024, DueKind::quarter, Date{2024, 4, 1}, Date{2024, 9, 30});
  check_reads("chậm nhất ngày **26/01/2024**.", 2024, DueKind::date, none, Date{2024, 1, 26});
  check_reads(
      "Thời gian xây dựng và gửi kế hoạch về UBND huyện (qua Phòng Tư pháp) chậm nhất ngày "
      "**26/01/2024**.",
      2024, DueKind::date, none, Date{2024, 1, 26});
  check_reads(
      "- Thời gian xây dựng và gửi kế hoạch về UBND huyện (qua Phòng Tư pháp) chậm nhất ngày "
      "**26/01/2024**.",
      2024, DueKind::date, none, Date{2024, 1, 26});
  check_reads("Tính từ 01/12/2023 đến 20/11/2024.", 2024, DueKind::range, Date{2023, 12, 1},
              Date{2024, 11, 20});
  check_reads("Thời gian chốt số liệu báo cáo: Tính từ 01/12/2023 đến 20/11/2024.", 2024,
              DueKind::range, Date{2023, 12, 1}, Date{2024, 11, 20});
  check_reads("Chậm nhất ngày 25/11/2024.", 2024, DueKind::date, none, Date{2024, 11, 25});
  check_reads("Thời gian gửi báo cáo: Chậm nhất ngày 25/11/2024.", 2024, DueKind::date, none,
              Date{2024, 11, 25});
  // The scope of the district's focus area: acts issued over five years.
  check_reads("từ 01/01/2019 đến 31/12/2023", 2024, DueKind::range, Date{2019, 1, 1},
              Date{2023, 12, 31});
}

TEST_CASE("the dates the seeds cite read as days") {
  check_reads("ngày 15/01/2024", 2024, DueKind::date, none, Date{2024, 1, 15});
  check_reads("ngày 23/7/2012", 2025, DueKind::date, none, Date{2012, 7, 23});
  check_reads("ngày 05/3/2020", 2025, DueKind::date, none, Date{2020, 3, 5});
  check_reads("ngày 21/6/2021", 2025, DueKind::date, none, Date{2021, 6, 21});
  check_reads("ngày 15/5/2014", 2024, DueKind::date, none, Date{2014, 5, 15});
  check_reads("ngày 15 tháng 01 năm 2025", 2025, DueKind::date, none, Date{2025, 1, 15});
}

TEST_CASE("a phrase that fails only for want of a year says so") {
  CHECK(kehoach::parse_due("Quý IV", 0).needs_year);
  CHECK_FALSE(kehoach::parse_due("Quý IV", 2025).needs_year);
  CHECK_FALSE(kehoach::parse_due("31/02/2025", 0).needs_year);
}

// "tháng sau" is the month after some event, not June: "sau" folds like "sáu". Written without
// diacritics it may be either, and is refused naming both; "tháng sáu" with its accent, in any
// case and in NFD as in NFC, is June.
TEST_CASE("tháng sau is not June; tháng sáu is") {
  const std::string vi =
      "“tháng sau” không phải một tháng xác định: “sau” không dấu có thể là “tháng sau” (tháng kế "
      "tiếp, tính từ một việc khác) hoặc “tháng sáu” (tháng 6) gõ thiếu dấu; ghi tháng bằng số "
      "(“tháng 6/2026”) hoặc một ngày cụ thể";
  for (const char* phrase :
       {"Sau khi có kết quả khảo sát, hoàn thành trong tháng sau", "Đầu tháng sau",
        "Cuối tháng sau", "chậm nhất tháng sau", "trước tháng sau", "Trong tháng sau", "thang sau",
        "trong thang sau nam 2026", "Tháng sau năm 2026"}) {
    CAPTURE(phrase);
    const auto result = parse_due(phrase, 2026);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.vi == vi);
  }
  CHECK(parse_due("Cuối tháng sau", 2026).error.en ==
        "“tháng sau” is not a definite month: “sau” without diacritics may be “tháng sau” (the "
        "next month, counted from something else) or “tháng sáu” (June) typed without its "
        "accent; write the month as a number (“tháng 6/2026”) or an exact day");
  CHECK(parse_due("Cuối tháng sau", 0).error.vi.ends_with("(“tháng 6”) hoặc một ngày cụ thể"));
  // "tháng sau khi …" stays an event's wording.
  CHECK(parse_due("Trong tháng sau khi có kết quả", 2026).deadline->kind == DueKind::event);
  for (const char* phrase : {"Trong tháng sáu", "Trong tháng Sáu", "TRONG THÁNG SÁU",
                             "Trong tha\xcc\x81ng sa\xcc\x81u" /* NFD */}) {
    CAPTURE(phrase);
    const auto result = parse_due(phrase, 2026);
    REQUIRE(result.ok());
    CHECK(result.deadline->kind == DueKind::month);
    CHECK(result.deadline->start == Date{2026, 6, 1});
    CHECK(result.deadline->due == Date{2026, 6, 30});
  }
  // A character outside the letter table ("…" as Word's autocorrect writes it, "•") leaves the
  // words unplaced: the accented "Sáu" of the phrase still decides.
  for (const char* phrase : {"tháng Sáu năm 2026 (theo Công văn số 123/STP-PBGDPL…)",
                             "trong tha\xcc\x81ng Sa\xcc\x81u (Công văn…)" /* NFD */}) {
    CAPTURE(phrase);
    const auto result = parse_due(phrase, 2026);
    REQUIRE(result.ok());
    CHECK(result.deadline->due == Date{2026, 6, 30});
  }
  CHECK(parse_due("trong tháng sau (theo Công văn…)", 2026).error.vi == vi);
}

// "tháng Chạp" and "tháng Giêng" name lunar months: read as December and January they would put
// a task "before Tết" weeks early. They are refused, with the lunar month's days when the year
// is known.
TEST_CASE("tháng Chạp and tháng Giêng are lunar months, refused") {
  const std::string chap_2026 =
      "“tháng Chạp” là tháng mười hai âm lịch, không phải tháng 12 dương lịch (tháng Chạp năm âm "
      "lịch 2026 là từ 08/01/2027 đến 05/02/2027): ghi tháng dương lịch (“tháng 12/2026”) hoặc một "
      "ngày cụ thể";
  for (const char* phrase : {"Trong tháng Chạp", "trước tháng Chạp", "Cuối tháng chạp",
                             "Trong thang chap", "Tháng Chạp năm 2026", "tháng Chạp/2026"}) {
    CAPTURE(phrase);
    const auto result = parse_due(phrase, 2026);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.vi == chap_2026);
  }
  CHECK(parse_due("Trong tháng Chạp", 2026).error.en ==
        "“tháng Chạp” is the twelfth lunar month, not December (tháng Chạp of lunar year 2026 "
        "runs from 08/01/2027 to 05/02/2027): write the solar month (“tháng 12/2026”) or an "
        "exact day");
  // The year written wins over the plan's.
  CHECK(parse_due("Trước tháng Giêng năm 2027", 2026).error.vi ==
        "“tháng Giêng” là tháng một âm lịch, không phải tháng 1 dương lịch (tháng Giêng năm âm "
        "lịch 2027 là từ 06/02/2027 đến 07/03/2027): ghi tháng dương lịch (“tháng 1/2027”) hoặc "
        "một ngày cụ thể");
  CHECK(parse_due("tháng Giêng", 0).error.en ==
        "“tháng Giêng” is the first lunar month, not January: write the solar month (“tháng 1”) "
        "or an exact day");
  // The solar months by number or by their other names still read.
  CHECK(parse_due("tháng Mười hai năm 2026", 0).deadline->due == Date{2026, 12, 31});
  CHECK(parse_due("tháng Một năm 2026", 0).deadline->due == Date{2026, 1, 31});
}
