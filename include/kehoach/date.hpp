// Calendar dates (proleptic Gregorian), without time zones: a plan's deadlines are whole days.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kehoach {

/// A calendar day. Value type; `valid()` tells whether it names a real day.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  /// True when the day exists (no 31/02, 29/02 only in leap years).
  [[nodiscard]] bool valid() const;
  /// Days since 1970-01-01 (negative before); only meaningful for a valid date.
  [[nodiscard]] long serial() const;
  /// ISO 8601 form, `2025-01-30`.
  [[nodiscard]] std::string iso() const;
  /// Vietnamese administrative form, `30/01/2025`.
  [[nodiscard]] std::string dmy() const;
  /// ISO weekday: 1 = Monday … 7 = Sunday.
  [[nodiscard]] int iso_weekday() const;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

/// True for leap years of the Gregorian calendar.
[[nodiscard]] bool is_leap_year(int year);
/// Number of days in a month (1–12) of a year.
[[nodiscard]] int days_in_month(int year, int month);
/// The date `serial` days after 1970-01-01.
[[nodiscard]] Date date_from_serial(long serial);
/// `date` moved by `days` (may be negative).
[[nodiscard]] Date add_days(const Date& date, long days);
/// Whole days from `a` to `b` (positive when b is later).
[[nodiscard]] long days_between(const Date& a, const Date& b);
/// The last day of a month.
[[nodiscard]] Date last_day_of_month(int year, int month);
/// Parses `YYYY-MM-DD` exactly; nullopt when malformed or not a real day.
[[nodiscard]] std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace kehoach
