// The government's yearly holiday schedules for public servants (lịch nghỉ lễ, tết hằng năm do
// Chính phủ công bố), as data shipped with kehoach (data/holidays.yaml, compiled into the
// binary): Tết's days off and the day next to 2/9 that the Prime Minister decides each year
// (Bộ luật Lao động 2019, Điều 112, khoản 3), and the working days swapped for Saturdays.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"

namespace kehoach {

/// A working day given off in exchange for a Saturday worked (nghỉ hoán đổi, làm bù).
struct HolidaySwap {
  Date day_off;  ///< `date` in the file
  Date worked;   ///< a Saturday
};

/// One year's published schedule.
struct HolidaySchedule {
  int year = 0;
  std::vector<Date> tet_days;                 ///< the five days off of Tết, in date order
  std::optional<Date> national_day_adjacent;  ///< 01/09 or 03/09
  std::vector<HolidaySwap> swaps;
  std::vector<std::string> sources;  ///< URLs of the published schedule
};

/// The schedules shipped with kehoach (data/holidays.yaml, compiled into C++ data at build
/// time), in year order.
[[nodiscard]] const std::vector<HolidaySchedule>& builtin_holiday_schedules();

/// Reads schedules in the format of data/holidays.yaml, named `file` in errors; throws
/// std::runtime_error "holidays table: FILE:LINE:COLUMN: MESSAGE" when malformed: a year outside
/// 1990–2100 or listed twice, no source, not five Tết days, a date outside its year, an adjacent
/// day other than 01/09 or 03/09, a swap whose `date` is not a weekday or whose `worked` is not
/// a Saturday.
[[nodiscard]] std::vector<HolidaySchedule> parse_holiday_schedules(
    std::string_view yaml_text, const std::string& file = "data/holidays.yaml");

}  // namespace kehoach
