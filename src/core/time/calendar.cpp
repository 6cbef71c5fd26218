// The Vietnamese lunar calendar and public servants' days off.
//
// The lunar calendar is computed, not tabulated: the new moons come from the truncated series
// of Jean Meeus, "Astronomical Formulae for Calculators" (epoch 1900), and the sun's longitude
// from the low-accuracy method of his "Astronomical Algorithms" (2nd ed., 1998, ch. 25), both
// evaluated at Vietnam's time, UTC+7. Vietnam and China use the same rules at
// different meridians, which is why Tết differs in some years (1985, 2007): a new moon just
// after midnight at UTC+8 is still the day before at UTC+7. The rules: a month starts on the
// day of a new moon; month 11 is the one holding the winter solstice; when 13 new moons start
// between two months 11, the first month after month 11 without a major solar term (trung
// khí) is the leap month and repeats the number of the month before it.

#include "kehoach/calendar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

#include "kehoach/holiday_schedules.hpp"

namespace kehoach {

namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double time_zone_hours = 7.0;
constexpr double synodic_month = 29.530588853;
// Julian day of the new moon of 1900-01-01 (k = 0 in new_moon()), and of 1900-01-01 noon.
constexpr double new_moon_epoch = 2415021.076998695;
constexpr long julian_1900 = 2415021;
constexpr long julian_unix_epoch = 2440588;  // 1970-01-01

long julian_day(const Date& date) { return date.serial() + julian_unix_epoch; }
Date from_julian_day(long jd) { return date_from_serial(jd - julian_unix_epoch); }

double radians(double degrees) { return degrees * pi / 180.0; }

// The moment (Julian ephemeris day, corrected to universal time) of the k-th new moon after
// the one of 1900-01-01.
double new_moon(int k) {
  const double t = k / 1236.85;  // Julian centuries from 1900-01-01 noon
  const double t2 = t * t;
  const double t3 = t2 * t;
  double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * std::sin(radians(166.56 + 132.87 * t - 0.009173 * t2));
  const double sun_anomaly = radians(359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3);
  const double moon_anomaly =
      radians(306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3);
  const double latitude = radians(21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3);
  double c = (0.1734 - 0.000393 * t) * std::sin(sun_anomaly) + 0.0021 * std::sin(2 * sun_anomaly);
  c += -0.4068 * std::sin(moon_anomaly) + 0.0161 * std::sin(2 * moon_anomaly);
  c += -0.0004 * std::sin(3 * moon_anomaly);
  c += 0.0104 * std::sin(2 * latitude) - 0.0051 * std::sin(sun_anomaly + moon_anomaly);
  c += -0.0074 * std::sin(sun_anomaly - moon_anomaly) +
       0.0004 * std::sin(2 * latitude + sun_anomaly);
  c += -0.0004 * std::sin(2 * latitude - sun_anomaly) -
       0.0006 * std::sin(2 * latitude + moon_anomaly);
  c += 0.0010 * std::sin(2 * latitude - moon_anomaly) +
       0.0005 * std::sin(2 * moon_anomaly + sun_anomaly);
  // ΔT, the difference between dynamical and universal time, in days.
  const double delta_t =
      t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
              : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - delta_t;
}

// The local (UTC+7) day on which the k-th new moon falls, as a Julian day number.
long new_moon_day(int k) {
  return static_cast<long>(std::floor(new_moon(k) + 0.5 + time_zone_hours / 24.0));
}

// The sun's apparent longitude in radians, [0, 2π), at Julian day `jd`.
double sun_longitude(double jd) {
  const double t = (jd - 2451545.0) / 36525.0;  // centuries from J2000.0
  const double t2 = t * t;
  const double anomaly =
      radians(357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2);
  const double mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(anomaly);
  centre += (0.019993 - 0.000101 * t) * std::sin(2 * anomaly) + 0.000290 * std::sin(3 * anomaly);
  const double longitude = radians(mean + centre);
  return longitude - 2 * pi * std::floor(longitude / (2 * pi));
}

// Which of the twelve 30° sectors the sun is in at the start (00:00 UTC+7) of day `jd`;
// sector 9 starts at the winter solstice (270°). A month without a change of sector has no
// major solar term.
int sun_sector(long jd) {
  const double at = static_cast<double>(jd) - 0.5 - time_zone_hours / 24.0;
  return static_cast<int>(std::floor(sun_longitude(at) / pi * 6));
}

// The index k of the new moon that starts on Julian day `jd` (a month start).
int lunation_of(long jd) {
  return static_cast<int>(
      std::floor((static_cast<double>(jd) - new_moon_epoch) / synodic_month + 0.5));
}

// The first day of month 11 of the lunar year that ends in Gregorian `year`: the month holding
// that year's winter solstice.
long month11_start(int year) {
  const long before_new_year = julian_day(Date{year, 12, 31}) - julian_1900;
  const int k = static_cast<int>(std::floor(static_cast<double>(before_new_year) / synodic_month));
  const long day = new_moon_day(k);
  // The new moon before 31/12 may lie after the solstice: then month 11 is the one before.
  return sun_sector(day) >= 9 ? new_moon_day(k - 1) : day;
}

// A month as the year between two months 11 numbers it, with the lunar year it belongs to.
struct NumberedMonth {
  LunarMonth month;
  int lunar_year = 0;
};

// The months from month 11 of Gregorian year `year - 1` up to (not including) month 11 of
// `year`: 12 or 13 of them.
std::vector<NumberedMonth> months_between_solstices(int year) {
  const long from = month11_start(year - 1);
  const long to = month11_start(year);
  const int first = lunation_of(from);
  const int count = static_cast<int>(std::lround(static_cast<double>(to - from) / synodic_month));
  int leap_index = -1;
  if (count == 13) {
    // The first month after month 11 in which the sun stays in one sector.
    for (int i = 1; i < count; ++i) {
      if (sun_sector(new_moon_day(first + i)) == sun_sector(new_moon_day(first + i + 1))) {
        leap_index = i;
        break;
      }
    }
  }
  std::vector<NumberedMonth> out;
  out.reserve(static_cast<std::size_t>(count));
  bool seen_first = false;
  for (int i = 0; i < count; ++i) {
    NumberedMonth m;
    const int ordinal = leap_index >= 0 && i >= leap_index ? i - 1 : i;
    m.month.month = (ordinal + 10) % 12 + 1;  // 0 -> 11, 1 -> 12, 2 -> 1 ...
    m.month.leap = i == leap_index;
    const long start = new_moon_day(first + i);
    const long end = i + 1 < count ? new_moon_day(first + i + 1) : to;
    m.month.start = from_julian_day(start);
    m.month.days = static_cast<int>(end - start);
    if (m.month.month == 1 && !m.month.leap) seen_first = true;
    m.lunar_year = seen_first ? year : year - 1;
    out.push_back(m);
  }
  return out;
}

bool lunar_in_range(int year) { return year >= first_lunar_year && year <= last_lunar_year; }

}  // namespace

std::vector<LunarMonth> lunar_year_months(int year) {
  std::vector<LunarMonth> out;
  if (!lunar_in_range(year)) return out;
  // Each year's months are computed once per run: lunar days in deadlines ask for them often.
  static std::mutex guard;
  static std::map<int, std::vector<LunarMonth>> known;
  {
    const std::lock_guard lock(guard);
    if (const auto found = known.find(year); found != known.end()) return found->second;
  }
  for (const int solstice_year : {year, year + 1}) {
    for (const auto& m : months_between_solstices(solstice_year)) {
      if (m.lunar_year == year) out.push_back(m.month);
    }
  }
  const std::lock_guard lock(guard);
  known.emplace(year, out);
  return out;
}

std::optional<Date> lunar_new_year(int year) {
  if (!lunar_in_range(year)) return std::nullopt;
  // Deadlines ask for Tết again and again ("Trước Tết Nguyên đán" in every plan): compute it
  // once per year and run.
  static std::mutex guard;
  static std::map<int, Date> known;
  {
    const std::lock_guard lock(guard);
    if (const auto found = known.find(year); found != known.end()) return found->second;
  }
  for (const auto& m : months_between_solstices(year)) {
    if (m.month.month == 1 && !m.month.leap) {
      const std::lock_guard lock(guard);
      known.emplace(year, m.month.start);
      return m.month.start;
    }
  }
  return std::nullopt;  // unreachable: every year between two solstices has a month 1
}

std::optional<LunarDate> to_lunar(const Date& date) {
  if (!date.valid() || !lunar_in_range(date.year)) return std::nullopt;
  const long jd = julian_day(date);
  const int solstice_year = jd >= month11_start(date.year) ? date.year + 1 : date.year;
  const auto months = months_between_solstices(solstice_year);
  for (auto it = months.rbegin(); it != months.rend(); ++it) {
    const long start = julian_day(it->month.start);
    if (start <= jd) {
      return LunarDate{it->lunar_year, it->month.month, static_cast<int>(jd - start) + 1,
                       it->month.leap};
    }
  }
  return std::nullopt;  // unreachable: the first month starts on month11_start(year - 1)
}

std::optional<Date> from_lunar(const LunarDate& date) {
  if (date.day < 1 || date.day > 30 || date.month < 1 || date.month > 12) return std::nullopt;
  for (const auto& m : lunar_year_months(date.year)) {
    if (m.month == date.month && m.leap == date.leap) {
      if (date.day > m.days) return std::nullopt;
      return add_days(m.start, date.day - 1);
    }
  }
  return std::nullopt;
}

Message lunar_date_problem(const LunarDate& date) {
  const std::string written =
      fmt::format("{:02}/{:02}{}/{}", date.day, date.month, date.leap ? "N" : "", date.year);
  if (!lunar_in_range(date.year)) {
    return {fmt::format("năm âm lịch {} ngoài khoảng {}–{}", date.year, first_lunar_year,
                        last_lunar_year),
            fmt::format("lunar year {} is outside {}–{}", date.year, first_lunar_year,
                        last_lunar_year)};
  }
  if (date.month < 1 || date.month > 12) {
    return {fmt::format("tháng âm lịch {} không tồn tại", date.month),
            fmt::format("there is no lunar month {}", date.month)};
  }
  if (date.day < 1 || date.day > 30) {
    return {fmt::format("ngày âm lịch {} không tồn tại: tháng âm lịch có 29 hoặc 30 ngày", written),
            fmt::format("lunar day {} does not exist: a lunar month has 29 or 30 days", written)};
  }
  for (const auto& m : lunar_year_months(date.year)) {
    if (m.month == date.month && m.leap == date.leap) {
      return {fmt::format("ngày âm lịch {} không tồn tại: tháng {}{} năm {} chỉ có {} ngày",
                          written, date.month, date.leap ? " nhuận" : "", date.year, m.days),
              fmt::format("lunar day {} does not exist: {}month {} of {} has only {} days", written,
                          date.leap ? "leap " : "", date.month, date.year, m.days)};
    }
  }
  return {fmt::format("năm âm lịch {} không có tháng {} nhuận", date.year, date.month),
          fmt::format("lunar year {} has no leap month {}", date.year, date.month)};
}

// ---------------------------------------------------------------------------------------------
// Days off.

namespace {

// The published schedule of `year` (data/holidays.yaml, compiled in), or nullptr.
const HolidaySchedule* schedule_of(int year) {
  for (const auto& s : builtin_holiday_schedules()) {
    if (s.year == year) return &s;
  }
  return nullptr;
}

bool weekend(const Date& date) { return date.iso_weekday() >= 6; }

// The day next to 2 September when no schedule names it: the one that joins the holiday to a
// weekend. This is the choice every year 2021–2026 made (2024: 3/9; 2025, 2026: 1/9).
Date estimated_national_day_adjacent(int year) {
  const Date national{year, 9, 2};
  switch (national.iso_weekday()) {
    case 1:  // Monday: Tuesday 3/9
    case 4:  // Thursday: Friday 3/9
    case 7:  // Sunday: Monday 3/9
      return Date{year, 9, 3};
    default: return Date{year, 9, 1};
  }
}

std::string day_month(const Date& date) { return fmt::format("{:02}/{:02}", date.day, date.month); }

HolidayYear compute_year(int year) {
  HolidayYear out;
  out.year = year;
  const HolidaySchedule* schedule = schedule_of(year);
  if (schedule) {
    for (const auto& source : schedule->sources) {
      if (!out.schedule_source.empty()) out.schedule_source += ' ';
      out.schedule_source += source;
    }
  }

  std::vector<DayOff> holidays;
  const auto add = [&](const Date& date, Message name, bool lunar, bool estimated = false) {
    DayOff d;
    d.date = date;
    d.name = std::move(name);
    if (lunar) d.lunar = to_lunar(date);
    d.estimated = estimated;
    holidays.push_back(std::move(d));
  };
  add(Date{year, 1, 1}, {"Tết Dương lịch", "New Year's Day"}, false);
  // Tết: the published days, or the last day of the old year and mùng 1 to mùng 4.
  std::vector<Date> tet;
  const bool tet_estimated = !schedule || schedule->tet_days.empty();
  if (!tet_estimated) {
    tet = schedule->tet_days;
  } else if (const auto new_year = lunar_new_year(year)) {
    for (int i = -1; i <= 3; ++i) tet.push_back(add_days(*new_year, i));
  }
  for (const auto& d : tet) {
    add(d, {"Tết Nguyên đán", "Lunar New Year (Tết)"}, true, tet_estimated);
  }
  if (const auto hung_kings = from_lunar(LunarDate{year, 3, 10, false})) {
    add(*hung_kings, {"Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"}, true);
  }
  add(Date{year, 4, 30}, {"Ngày Chiến thắng", "Reunification Day"}, false);
  add(Date{year, 5, 1}, {"Ngày Quốc tế lao động", "International Labour Day"}, false);
  const bool adjacent_estimated = !schedule || !schedule->national_day_adjacent;
  const Date adjacent =
      adjacent_estimated ? estimated_national_day_adjacent(year) : *schedule->national_day_adjacent;
  const Message national{"Quốc khánh", "National Day"};
  const Message next_to_national{"Quốc khánh (ngày liền kề)", "National Day (adjacent day)"};
  if (adjacent < Date{year, 9, 2}) add(adjacent, next_to_national, false, adjacent_estimated);
  add(Date{year, 9, 2}, national, false);
  if (adjacent > Date{year, 9, 2}) add(adjacent, next_to_national, false, adjacent_estimated);

  const auto taken = [&](const Date& date) {
    for (const auto& d : out.days) {
      if (d.date == date) return true;
    }
    return false;
  };
  for (auto& h : holidays) out.days.push_back(h);
  if (schedule) {
    for (const auto& [date, worked] : schedule->swaps) {
      DayOff d;
      d.date = date;
      d.kind = DayOffKind::scheduled;
      d.name = {fmt::format("Nghỉ hoán đổi, làm bù thứ Bảy {}", worked.dmy()),
                fmt::format("Swapped day off, worked on Saturday {}", worked.dmy())};
      out.days.push_back(std::move(d));
      out.working_days.push_back(worked);
    }
  }
  // Nghỉ bù: a holiday on a Saturday or Sunday gives the next working day off.
  for (const auto& h : holidays) {
    if (!weekend(h.date)) continue;
    Date next = add_days(h.date, 1);
    while (weekend(next) || taken(next)) next = add_days(next, 1);
    DayOff d;
    d.date = next;
    d.kind = DayOffKind::compensatory;
    d.name = {fmt::format("Nghỉ bù {} ({})", h.name.vi, day_month(h.date)),
              fmt::format("In lieu of {} ({})", h.name.en, day_month(h.date))};
    d.estimated = h.estimated;
    out.days.push_back(std::move(d));
  }
  std::sort(out.days.begin(), out.days.end(),
            [](const DayOff& a, const DayOff& b) { return a.date < b.date; });
  return out;
}

}  // namespace

const HolidayYear* holidays_of(int year) {
  if (year < first_holiday_year || year > last_holiday_year) return nullptr;
  static std::mutex guard;
  static std::map<int, std::unique_ptr<const HolidayYear>> cache;
  const std::lock_guard lock(guard);
  auto& slot = cache[year];
  if (!slot) slot = std::make_unique<const HolidayYear>(compute_year(year));
  return slot.get();
}

const DayOff* day_off_on(const Date& date) {
  const HolidayYear* year = holidays_of(date.year);
  if (!year) return nullptr;
  for (const auto& d : year->days) {
    if (d.date == date) return &d;
  }
  return nullptr;
}

bool is_working_day(const Date& date) {
  if (day_off_on(date)) return false;
  if (!weekend(date)) return true;
  const HolidayYear* year = holidays_of(date.year);
  return year && std::find(year->working_days.begin(), year->working_days.end(), date) !=
                     year->working_days.end();
}

std::optional<Message> rest_day_name(const Date& date) {
  if (is_working_day(date)) return std::nullopt;
  if (const DayOff* off = day_off_on(date)) {
    if (off->estimated) {
      // Not the government's schedule: the officer is told the day may well be a working day.
      return Message{fmt::format("ngày nghỉ {} (ước tính: kehoach chưa có lịch nghỉ năm {} do "
                                 "Chính phủ công bố)",
                                 off->name.vi, date.year),
                     fmt::format("a day off ({}; estimated: kehoach has no published "
                                 "schedule for {})",
                                 off->name.en, date.year)};
    }
    return Message{fmt::format("ngày nghỉ {}", off->name.vi),
                   fmt::format("a day off ({})", off->name.en)};
  }
  return date.iso_weekday() == 6 ? Message{"thứ Bảy", "a Saturday"}
                                 : Message{"Chủ nhật", "a Sunday"};
}

bool holidays_estimated(int year) {
  const HolidayYear* known = holidays_of(year);
  return known && known->schedule_source.empty();
}

Date add_working_days(const Date& from, int count) {
  Date day = from;
  for (int counted = 0; counted < count;) {
    day = add_days(day, 1);
    if (is_working_day(day)) ++counted;
  }
  return day;
}

Date working_day_on_or_before(const Date& date) {
  Date day = date;
  while (!is_working_day(day)) day = add_days(day, -1);
  return day;
}

const char* day_off_kind_key(DayOffKind kind) {
  switch (kind) {
    case DayOffKind::holiday: return "holiday";
    case DayOffKind::compensatory: return "compensatory";
    case DayOffKind::scheduled: return "scheduled";
  }
  return "holiday";
}

}  // namespace kehoach
