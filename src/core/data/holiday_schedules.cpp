#include "kehoach/holiday_schedules.hpp"

#include <fmt/format.h>

#include <array>

#include "data/table_reader.hpp"
#include "kehoach/calendar.hpp"

namespace kehoach {

namespace {

using yaml_tree::Key;
using yaml_tree::Node;

constexpr std::array<Key, 1> root_keys{{{"years", true}}};
constexpr std::array<Key, 5> year_keys{
    {{"year", true}, {"source", true}, {"tet_days"}, {"national_day_adjacent"}, {"swaps"}}};
constexpr std::array<Key, 2> swap_keys{{{"date", true}, {"worked", true}}};
// Điều 112, khoản 1: Tết Âm lịch is five days off.
constexpr std::size_t tet_day_count = 5;

// Reads one year's entry; its dates are checked against the year, since a date of another year
// would silently never be used (each year's days off are computed from its own entry).
class ScheduleReader {
 public:
  ScheduleReader(const yaml_tree::Dialect& dialect, data_table::Values& values)
      : m_dialect(dialect), m_v(values) {}

  HolidaySchedule schedule(const Node& map) {
    const yaml_tree::Fields f(m_v.nodes(), map, "years", year_keys, m_dialect, m_v.sink());
    HolidaySchedule s;
    if (const auto year = m_v.integer(f["year"])) {
      s.year = *year;
      if (s.year < first_holiday_year || s.year > last_holiday_year) {
        m_v.problem(*f["year"], {fmt::format("năm {} ngoài khoảng {}–{}", s.year,
                                             first_holiday_year, last_holiday_year),
                                 fmt::format("year {} is outside {}–{}", s.year, first_holiday_year,
                                             last_holiday_year)});
      }
    }
    s.sources = m_v.strings(f["source"]);
    if (f["source"] && s.sources.empty()) {
      m_v.problem(*f["source"], {"mỗi năm phải có nguồn", "every year needs its sources"});
    }
    const auto tet = m_v.list(f["tet_days"], "tet_days");
    for (const Node* day : tet) {
      const auto date = in_year(day, s.year);
      if (!date) continue;
      if (!s.tet_days.empty() && *date <= s.tet_days.back()) {
        m_v.problem(*day, {"các ngày Tết phải tăng dần, không lặp",
                           "the Tết days must be in increasing order, without repeats"});
      }
      s.tet_days.push_back(*date);
    }
    if (f["tet_days"] && tet.size() != tet_day_count) {
      m_v.problem(
          *f["tet_days"],
          {fmt::format("cần đúng {} ngày nghỉ Tết (Điều 112), có {}", tet_day_count, tet.size()),
           fmt::format("exactly {} Tết days off are needed (art. 112), found {}", tet_day_count,
                       tet.size())});
    }
    if (const Node* adjacent = f["national_day_adjacent"]) {
      s.national_day_adjacent = in_year(adjacent, s.year);
      if (s.national_day_adjacent && *s.national_day_adjacent != Date{s.year, 9, 1} &&
          *s.national_day_adjacent != Date{s.year, 9, 3}) {
        m_v.problem(*adjacent, {"ngày liền kề Quốc khánh phải là 01/09 hoặc 03/09",
                                "the day next to National Day must be 01/09 or 03/09"});
      }
    }
    for (const Node* entry : m_v.mappings(f["swaps"], "swaps")) swap(*entry, s);
    return s;
  }

 private:
  void swap(const Node& map, HolidaySchedule& s) {
    const yaml_tree::Fields f(m_v.nodes(), map, "swaps", swap_keys, m_dialect, m_v.sink());
    const auto day_off = in_year(f["date"], s.year);
    const auto worked = in_year(f["worked"], s.year);
    if (day_off && day_off->iso_weekday() >= 6) {
      m_v.problem(*f["date"], {"ngày nghỉ hoán đổi phải là một ngày làm việc (thứ Hai–thứ Sáu)",
                               "the swapped day off must be a weekday (Monday–Friday)"});
    }
    if (worked && worked->iso_weekday() != 6) {
      m_v.problem(*f["worked"],
                  {"ngày làm bù phải là thứ Bảy", "the day worked must be a Saturday"});
    }
    if (day_off && worked) s.swaps.push_back(HolidaySwap{*day_off, *worked});
  }

  std::optional<Date> in_year(const Node* n, int year) {
    const auto date = m_v.date(n);
    if (date && year != 0 && date->year != year) {
      m_v.problem(*n, {fmt::format("ngày {} không thuộc năm {}", date->dmy(), year),
                       fmt::format("{} is not in {}", date->dmy(), year)});
      return std::nullopt;
    }
    return date;
  }

  const yaml_tree::Dialect& m_dialect;
  data_table::Values& m_v;
};

}  // namespace

std::vector<HolidaySchedule> parse_holiday_schedules(std::string_view yaml_text,
                                                     const std::string& file) {
  const auto dialect = data_table::dialect({"bảng lịch nghỉ", "a holidays table"}, "years");
  std::vector<HolidaySchedule> out;
  data_table::read_table(yaml_text, file, "holidays table", dialect, root_keys,
                         [&](const yaml_tree::Fields& root, data_table::Values& v) {
                           ScheduleReader reader(dialect, v);
                           for (const Node* entry : v.mappings(root["years"], "years")) {
                             HolidaySchedule s = reader.schedule(*entry);
                             if (!out.empty() && s.year != 0 && s.year <= out.back().year) {
                               v.problem(*entry, {"các năm phải tăng dần, không lặp",
                                                  "the years must be in increasing order, "
                                                  "without repeats"});
                             }
                             out.push_back(std::move(s));
                           }
                         });
  return out;
}

}  // namespace kehoach
