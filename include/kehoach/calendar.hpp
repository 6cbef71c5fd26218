// The Vietnamese calendar: the lunar calendar (âm lịch) and the days off of public servants
// (ngày nghỉ lễ, tết), so that deadlines can be counted in working days (ngày làm việc).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kehoach/date.hpp"
#include "kehoach/diagnostic.hpp"

namespace kehoach {

/// A day of the Vietnamese lunar calendar. `year` is the year the lunar year starts in
/// (Tết of lunar year 2026 falls on 17/02/2026).
struct LunarDate {
  int year = 0;
  int month = 0;      ///< 1–12; a leap month repeats the number of the month before it
  int day = 0;        ///< 1–30
  bool leap = false;  ///< tháng nhuận

  friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

/// One month of a lunar year.
struct LunarMonth {
  int month = 0;
  bool leap = false;
  Date start;    ///< mùng 1
  int days = 0;  ///< 29 or 30
};

/// The first and last Gregorian years the lunar calendar is computed for.
inline constexpr int first_lunar_year = 1900;
inline constexpr int last_lunar_year = 2199;

/// The months of lunar year `year` in order, from Tết to the day before the next Tết: 12 or 13
/// of them. Computed astronomically at UTC+7 (new moons and the sun's longitude by Meeus'
/// formulas; month 11 holds the winter solstice; the leap month is the first month without a
/// major solar term). Empty outside first_lunar_year–last_lunar_year.
[[nodiscard]] std::vector<LunarMonth> lunar_year_months(int year);

/// Tết Nguyên đán (mùng 1 tháng Giêng) of lunar year `year`; nullopt outside the range.
[[nodiscard]] std::optional<Date> lunar_new_year(int year);

/// The lunar day of a Gregorian day; nullopt outside the range.
[[nodiscard]] std::optional<LunarDate> to_lunar(const Date& date);

/// The Gregorian day of a lunar day; nullopt when it does not exist (a 30th in a month of 29
/// days, a leap month the year does not have, month 13) or lies outside the range.
[[nodiscard]] std::optional<Date> from_lunar(const LunarDate& date);

/// Why a lunar date does not exist, in both languages (for a date from_lunar() rejects).
[[nodiscard]] Message lunar_date_problem(const LunarDate& date);

/// How a day off comes about.
enum class DayOffKind {
  holiday,       ///< a holiday of Bộ luật Lao động 2019, Điều 112, khoản 1
  compensatory,  ///< nghỉ bù: a holiday fell on a weekend (Điều 112, khoản 3)
  scheduled,     ///< the government's yearly schedule: a working day swapped for a Saturday
};

/// One day off of public servants (cán bộ, công chức, viên chức) on top of weekends.
struct DayOff {
  Date date;
  Message name;
  std::optional<LunarDate> lunar;  ///< for Tết and Giỗ Tổ: the lunar day
  DayOffKind kind = DayOffKind::holiday;
  /// Estimated, not published: a day of Tết or the day next to 2/9 in a year without the
  /// government's schedule in data/holidays.yaml, or the day off in lieu of such a day.
  bool estimated = false;
};

/// The days off of one year, and the Saturdays worked in exchange (ngày làm bù).
struct HolidayYear {
  int year = 0;
  std::vector<DayOff> days;        ///< in date order
  std::vector<Date> working_days;  ///< weekend days worked because of a swap
  /// The government's published schedule the year follows (cited in data/holidays.yaml), or
  /// empty when the year has none in the data: Tết's days off and the day next to 2/9 are
  /// then estimated.
  std::string schedule_source;
};

/// The first and last years kehoach knows the days off of.
inline constexpr int first_holiday_year = 1990;
inline constexpr int last_holiday_year = 2100;

/// The days off of `year` (computed once per run and kept), or nullptr outside
/// first_holiday_year–last_holiday_year. Safe to call from several threads.
[[nodiscard]] const HolidayYear* holidays_of(int year);

/// The day off on `date`, or nullptr when it is none (weekends are not listed).
[[nodiscard]] const DayOff* day_off_on(const Date& date);

/// True when public servants work on `date`: not a weekend (unless a Saturday worked in a swap)
/// and not a day off. Outside the known years only weekends count as rest.
[[nodiscard]] bool is_working_day(const Date& date);

/// What kind of rest day `date` is, as a phrase that completes "… là …" / "… is …": `thứ Bảy` /
/// `a Saturday`, `ngày nghỉ Tết Nguyên đán` / `a day off (Lunar New Year (Tết))`; nullopt on a
/// working day. An estimated day off says so: "ngày nghỉ Tết Nguyên đán (ước tính: …)".
[[nodiscard]] std::optional<Message> rest_day_name(const Date& date);

/// The `count`-th working day after `from` (the day after `from` is the first counted).
[[nodiscard]] Date add_working_days(const Date& from, int count);

/// The nearest working day on or before `date`.
[[nodiscard]] Date working_day_on_or_before(const Date& date);

/// True when `year`'s days off of Tết and next to 2/9 are estimated: no published schedule of
/// it is in data/holidays.yaml (and the year is one kehoach knows the days off of).
[[nodiscard]] bool holidays_estimated(int year);

/// The key of a kind as written in JSON: `holiday`, `compensatory`, `scheduled`.
[[nodiscard]] const char* day_off_kind_key(DayOffKind kind);

}  // namespace kehoach
