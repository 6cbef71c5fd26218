#include <doctest/doctest.h>

#include "kehoach/date.hpp"

using kehoach::Date;

TEST_CASE("29/02 exists only in leap years") {
  CHECK(Date{2024, 2, 29}.valid());
  CHECK_FALSE(Date{2025, 2, 29}.valid());
  CHECK(Date{2000, 2, 29}.valid());
  CHECK_FALSE(Date{1900, 2, 29}.valid());
  CHECK_FALSE(Date{2025, 2, 31}.valid());
  CHECK_FALSE(Date{2025, 13, 1}.valid());
  CHECK_FALSE(Date{2025, 4, 31}.valid());
}

TEST_CASE("serial days round-trip across year boundaries") {
  CHECK(Date{1970, 1, 1}.serial() == 0);
  CHECK(kehoach::add_days(Date{2024, 12, 31}, 1) == Date{2025, 1, 1});
  CHECK(kehoach::add_days(Date{2024, 3, 1}, -1) == Date{2024, 2, 29});
  CHECK(kehoach::days_between(Date{2024, 1, 1}, Date{2025, 1, 1}) == 366);
  CHECK(kehoach::date_from_serial(Date{2026, 11, 23}.serial()) == Date{2026, 11, 23});
}

TEST_CASE("dates print as ISO and as dd/mm/yyyy") {
  CHECK(Date{2025, 1, 5}.iso() == "2025-01-05");
  CHECK(Date{2025, 1, 5}.dmy() == "05/01/2025");
}

TEST_CASE("ISO weekday of known days") {
  CHECK(Date{2026, 11, 23}.iso_weekday() == 1);  // Monday
  CHECK(Date{2024, 12, 3}.iso_weekday() == 2);
  CHECK(Date{2025, 1, 26}.iso_weekday() == 7);
}

TEST_CASE("parse_iso_date accepts only real days in YYYY-MM-DD") {
  CHECK(kehoach::parse_iso_date("2024-02-29") == Date{2024, 2, 29});
  CHECK_FALSE(kehoach::parse_iso_date("2025-02-29").has_value());
  CHECK_FALSE(kehoach::parse_iso_date("2025-2-28").has_value());
  CHECK_FALSE(kehoach::parse_iso_date("2025-02-2x").has_value());
  CHECK(kehoach::last_day_of_month(2024, 2) == Date{2024, 2, 29});
}
