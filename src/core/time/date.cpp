#include "kehoach/date.hpp"

#include <fmt/format.h>

namespace kehoach {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap_year(year)) return 29;
  return lengths[month - 1];
}

bool Date::valid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::serial() const {
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = month > 2 ? month - 3 : month + 9;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date date_from_serial(long serial) {
  const long z = serial + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

Date add_days(const Date& date, long days) { return date_from_serial(date.serial() + days); }

long days_between(const Date& a, const Date& b) { return b.serial() - a.serial(); }

Date last_day_of_month(int year, int month) {
  return Date{year, month, days_in_month(year, month)};
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::string Date::dmy() const { return fmt::format("{:02}/{:02}/{:04}", day, month, year); }

int Date::iso_weekday() const {
  // 1970-01-01 was a Thursday (ISO 4).
  const long s = serial();
  const long w = ((s % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t count) -> int {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      const char c = text[i];
      if (c < '0' || c > '9') return -1;
      value = value * 10 + (c - '0');
    }
    return value;
  };
  const Date date{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (date.year < 0 || date.month < 0 || date.day < 0 || !date.valid()) return std::nullopt;
  return date;
}

}  // namespace kehoach
