#include "kehoach/calendar.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/date.hpp"

using kehoach::Date;
using kehoach::DayOffKind;
using kehoach::LunarDate;

namespace {

struct TetAndHungKings {
  int year;
  Date tet;         // mùng 1 tháng Giêng
  Date hung_kings;  // Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch
};

// Source: the Vietnamese lunar calendar of Hồ Ngọc Đức ("Âm lịch Việt Nam", the tables TK20 and
// TK21 of amlich.js, years 1900–2099, computed for UTC+7), as stored at
// https://github.com/khaisilk1910/am_lich/blob/0f52c5296a71e1b57125fbac6add504909747b78/amlich.js
// decoded into dates (Tết = 1 January + the table's offset; Giỗ Tổ = start of month 3 + 9).
// Cross-checked against the government's yearly holiday announcements where they were found:
// 2021 (Bộ LĐTBXH: Tết 29 Chạp–mùng 5 = 10–16/02/2021, Giỗ Tổ 21/04/2021, as reported by
// sggpnews.org.vn, 09/12/2020) and 2026 (Bộ Nội vụ: 16/02/2026 = 29 tháng Chạp Ất Tỵ, mùng 4 =
// 20/02/2026, vietnammedia.vnanet.vn, 17/10/2025). The table is data read from that source, not
// output of kehoach's own code.
const std::vector<TetAndHungKings> table = {
    {1990, {1990, 1, 27}, {1990, 4, 5}},  {1991, {1991, 2, 15}, {1991, 4, 24}},
    {1992, {1992, 2, 4}, {1992, 4, 12}},  {1993, {1993, 1, 23}, {1993, 4, 1}},
    {1994, {1994, 2, 10}, {1994, 4, 20}}, {1995, {1995, 1, 31}, {1995, 4, 9}},
    {1996, {1996, 2, 19}, {1996, 4, 27}}, {1997, {1997, 2, 7}, {1997, 4, 16}},
    {1998, {1998, 1, 28}, {1998, 4, 6}},  {1999, {1999, 2, 16}, {1999, 4, 25}},
    {2000, {2000, 2, 5}, {2000, 4, 14}},  {2001, {2001, 1, 24}, {2001, 4, 3}},
    {2002, {2002, 2, 12}, {2002, 4, 22}}, {2003, {2003, 2, 1}, {2003, 4, 11}},
    {2004, {2004, 1, 22}, {2004, 4, 28}}, {2005, {2005, 2, 9}, {2005, 4, 18}},
    {2006, {2006, 1, 29}, {2006, 4, 7}},  {2007, {2007, 2, 17}, {2007, 4, 26}},
    {2008, {2008, 2, 7}, {2008, 4, 15}},  {2009, {2009, 1, 26}, {2009, 4, 4}},
    {2010, {2010, 2, 14}, {2010, 4, 23}}, {2011, {2011, 2, 3}, {2011, 4, 12}},
    {2012, {2012, 1, 23}, {2012, 3, 31}}, {2013, {2013, 2, 10}, {2013, 4, 19}},
    {2014, {2014, 1, 31}, {2014, 4, 9}},  {2015, {2015, 2, 19}, {2015, 4, 28}},
    {2016, {2016, 2, 8}, {2016, 4, 16}},  {2017, {2017, 1, 28}, {2017, 4, 6}},
    {2018, {2018, 2, 16}, {2018, 4, 25}}, {2019, {2019, 2, 5}, {2019, 4, 14}},
    {2020, {2020, 1, 25}, {2020, 4, 2}},  {2021, {2021, 2, 12}, {2021, 4, 21}},
    {2022, {2022, 2, 1}, {2022, 4, 10}},  {2023, {2023, 1, 22}, {2023, 4, 29}},
    {2024, {2024, 2, 10}, {2024, 4, 18}}, {2025, {2025, 1, 29}, {2025, 4, 7}},
    {2026, {2026, 2, 17}, {2026, 4, 26}}, {2027, {2027, 2, 6}, {2027, 4, 16}},
    {2028, {2028, 1, 26}, {2028, 4, 4}},  {2029, {2029, 2, 13}, {2029, 4, 23}},
    {2030, {2030, 2, 2}, {2030, 4, 12}},
};

}  // namespace

TEST_CASE("Tết and Giỗ Tổ of 1990 to 2030 match the Vietnamese lunar calendar") {
  for (const auto& row : table) {
    INFO("year ", row.year);
    CHECK(kehoach::lunar_new_year(row.year) == row.tet);
    CHECK(kehoach::from_lunar(LunarDate{row.year, 3, 10, false}) == row.hung_kings);
    CHECK(kehoach::to_lunar(row.tet) == LunarDate{row.year, 1, 1, false});
  }
}

TEST_CASE("Tết 1985 and 2007 follow UTC+7, not China's UTC+8") {
  // China: 20/02/1985 and 18/02/2007.
  CHECK(kehoach::lunar_new_year(1985) == Date{1985, 1, 21});
  CHECK(kehoach::lunar_new_year(2007) == Date{2007, 2, 17});
  CHECK(kehoach::to_lunar(Date{2007, 2, 17}) == LunarDate{2007, 1, 1, false});
  // Tháng Chạp Bính Tuất has 29 days.
  CHECK(kehoach::to_lunar(Date{2007, 2, 16}) == LunarDate{2006, 12, 29, false});
}

TEST_CASE("leap months are found where the calendar puts them") {
  // 2023 has a leap month 2 (22/03/2023 – 19/04/2023), 2025 a leap month 6 (25/07/2025).
  CHECK(kehoach::to_lunar(Date{2023, 3, 22}) == LunarDate{2023, 2, 1, true});
  CHECK(kehoach::to_lunar(Date{2025, 7, 25}) == LunarDate{2025, 6, 1, true});
  CHECK(kehoach::lunar_year_months(2025).size() == 13);
  CHECK(kehoach::lunar_year_months(2026).size() == 12);
}

TEST_CASE("every lunar year 1990 to 2100 has 12 or 13 months of 29 or 30 days, back to back") {
  for (int year = 1990; year <= 2100; ++year) {
    INFO("lunar year ", year);
    const auto months = kehoach::lunar_year_months(year);
    REQUIRE((months.size() == 12 || months.size() == 13));
    int leaps = 0;
    for (std::size_t i = 0; i < months.size(); ++i) {
      CHECK((months[i].days == 29 || months[i].days == 30));
      if (months[i].leap) ++leaps;
      if (i + 1 < months.size()) {
        CHECK(kehoach::add_days(months[i].start, months[i].days) == months[i + 1].start);
      }
    }
    CHECK(leaps == (months.size() == 13 ? 1 : 0));
    CHECK(months.front().month == 1);
    CHECK(months.back().month == 12);
    CHECK(kehoach::add_days(months.back().start, months.back().days) ==
          kehoach::lunar_new_year(year + 1));
  }
}

TEST_CASE("solar to lunar to solar is the identity for every day 1990 to 2100") {
  int checked = 0;
  for (Date day{1990, 1, 1}; day <= Date{2100, 12, 31}; day = kehoach::add_days(day, 1)) {
    const auto lunar = kehoach::to_lunar(day);
    REQUIRE(lunar.has_value());
    const auto back = kehoach::from_lunar(*lunar);
    if (back != day) {
      FAIL_CHECK("round trip fails for " << day.dmy());
    }
    ++checked;
  }
  CHECK(checked == 40542);
}

TEST_CASE("an impossible lunar date is rejected with the reason") {
  // Tháng Chạp Ất Tỵ (lunar year 2025) has 29 days: Tết Bính Ngọ follows 29 tháng Chạp.
  CHECK(kehoach::from_lunar(LunarDate{2025, 12, 30, false}) == std::nullopt);
  CHECK(kehoach::lunar_date_problem(LunarDate{2025, 12, 30, false}).vi ==
        "ngày âm lịch 30/12/2025 không tồn tại: tháng 12 năm 2025 chỉ có 29 ngày");
  CHECK(kehoach::from_lunar(LunarDate{2026, 4, 1, true}) == std::nullopt);
  CHECK(kehoach::lunar_date_problem(LunarDate{2026, 4, 1, true}).en ==
        "lunar year 2026 has no leap month 4");
  CHECK(kehoach::lunar_date_problem(LunarDate{2026, 13, 1, false}).vi ==
        "tháng âm lịch 13 không tồn tại");
  CHECK(kehoach::lunar_date_problem(LunarDate{2026, 1, 31, false}).en ==
        "lunar day 31/01/2026 does not exist: a lunar month has 29 or 30 days");
  CHECK(kehoach::from_lunar(LunarDate{2300, 1, 1, false}) == std::nullopt);
}

namespace {

struct Expected {
  Date date;
  std::string name;
  DayOffKind kind;
};

}  // namespace

TEST_CASE("the days off of 2026 are the government's published schedule") {
  const auto* year = kehoach::holidays_of(2026);
  REQUIRE(year != nullptr);
  const std::vector<Expected> expected = {
      {{2026, 1, 1}, "Tết Dương lịch", DayOffKind::holiday},
      {{2026, 1, 2}, "Nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026", DayOffKind::scheduled},
      {{2026, 2, 16}, "Tết Nguyên đán", DayOffKind::holiday},
      {{2026, 2, 17}, "Tết Nguyên đán", DayOffKind::holiday},
      {{2026, 2, 18}, "Tết Nguyên đán", DayOffKind::holiday},
      {{2026, 2, 19}, "Tết Nguyên đán", DayOffKind::holiday},
      {{2026, 2, 20}, "Tết Nguyên đán", DayOffKind::holiday},
      {{2026, 4, 26}, "Giỗ Tổ Hùng Vương", DayOffKind::holiday},
      {{2026, 4, 27}, "Nghỉ bù Giỗ Tổ Hùng Vương (26/04)", DayOffKind::compensatory},
      {{2026, 4, 30}, "Ngày Chiến thắng", DayOffKind::holiday},
      {{2026, 5, 1}, "Ngày Quốc tế lao động", DayOffKind::holiday},
      {{2026, 8, 31}, "Nghỉ hoán đổi, làm bù thứ Bảy 22/08/2026", DayOffKind::scheduled},
      {{2026, 9, 1}, "Quốc khánh (ngày liền kề)", DayOffKind::holiday},
      {{2026, 9, 2}, "Quốc khánh", DayOffKind::holiday},
  };
  REQUIRE(year->days.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("day ", i);
    CHECK(year->days[i].date == expected[i].date);
    CHECK(year->days[i].name.vi == expected[i].name);
    CHECK(year->days[i].kind == expected[i].kind);
  }
  CHECK(year->days[2].lunar == LunarDate{2025, 12, 29, false});
  CHECK(year->days[3].lunar == LunarDate{2026, 1, 1, false});
  CHECK(year->days[7].lunar == LunarDate{2026, 3, 10, false});
  CHECK(year->working_days == std::vector<Date>{{2026, 1, 10}, {2026, 8, 22}});
  CHECK_FALSE(year->schedule_source.empty());
}

TEST_CASE("the days off of 2025 are the government's published schedule") {
  // 8726/VPCP-KGVX: Tết 25/01–02/02/2025 without a day worked back, so 27/01 is off and 03/02
  // (a compensatory day in the estimate) a working day; 02/05 swapped for Saturday 26/04.
  const auto* year = kehoach::holidays_of(2025);
  REQUIRE(year != nullptr);
  CHECK_FALSE(year->schedule_source.empty());
  std::vector<std::string> days;
  for (const auto& d : year->days) days.push_back(d.date.iso() + " " + d.name.vi);
  CHECK(days == std::vector<std::string>{
                    "2025-01-01 Tết Dương lịch",
                    "2025-01-27 Tết Nguyên đán",
                    "2025-01-28 Tết Nguyên đán",
                    "2025-01-29 Tết Nguyên đán",
                    "2025-01-30 Tết Nguyên đán",
                    "2025-01-31 Tết Nguyên đán",
                    "2025-04-07 Giỗ Tổ Hùng Vương",
                    "2025-04-30 Ngày Chiến thắng",
                    "2025-05-01 Ngày Quốc tế lao động",
                    "2025-05-02 Nghỉ hoán đổi, làm bù thứ Bảy 26/04/2025",
                    "2025-09-01 Quốc khánh (ngày liền kề)",
                    "2025-09-02 Quốc khánh",
                });
  CHECK(year->working_days == std::vector<Date>{{2025, 4, 26}});
  CHECK_FALSE(kehoach::is_working_day(Date{2025, 1, 27}));
  CHECK(kehoach::is_working_day(Date{2025, 2, 3}));
  CHECK(kehoach::is_working_day(Date{2025, 4, 26}));
  CHECK_FALSE(kehoach::is_working_day(Date{2025, 5, 2}));
  CHECK(kehoach::add_working_days(Date{2025, 1, 24}, 1) == Date{2025, 2, 3});
  CHECK(kehoach::add_working_days(Date{2025, 4, 25}, 1) == Date{2025, 4, 26});
  CHECK(kehoach::add_working_days(Date{2025, 5, 1}, 1) == Date{2025, 5, 5});
}

TEST_CASE("a year without a published schedule is estimated by the law's rules") {
  const auto* year = kehoach::holidays_of(2027);
  REQUIRE(year != nullptr);
  CHECK(year->schedule_source.empty());
  // Tết Đinh Mùi is 06/02/2027 (Saturday): the days off run 05/02 to 09/02, and the two weekend
  // days give compensatory days on the next working days, 10/02 and 11/02.
  std::vector<std::string> days;
  for (const auto& d : year->days) days.push_back(d.date.iso() + " " + d.name.vi);
  CHECK(days == std::vector<std::string>{
                    "2027-01-01 Tết Dương lịch",
                    "2027-02-05 Tết Nguyên đán",
                    "2027-02-06 Tết Nguyên đán",
                    "2027-02-07 Tết Nguyên đán",
                    "2027-02-08 Tết Nguyên đán",
                    "2027-02-09 Tết Nguyên đán",
                    "2027-02-10 Nghỉ bù Tết Nguyên đán (06/02)",
                    "2027-02-11 Nghỉ bù Tết Nguyên đán (07/02)",
                    "2027-04-16 Giỗ Tổ Hùng Vương",
                    "2027-04-30 Ngày Chiến thắng",
                    "2027-05-01 Ngày Quốc tế lao động",
                    "2027-05-03 Nghỉ bù Ngày Quốc tế lao động (01/05)",
                    "2027-09-02 Quốc khánh",
                    "2027-09-03 Quốc khánh (ngày liền kề)",
                });
}

TEST_CASE("estimated days off are marked, and named so as rest days") {
  std::vector<std::string> estimated;
  for (const auto& d : kehoach::holidays_of(2027)->days) {
    if (d.estimated) estimated.push_back(d.date.iso());
  }
  // Tết, its days in lieu, the day next to 2/9; not 01/01, Giỗ Tổ, 30/4, 1/5 or its day in lieu.
  CHECK(estimated == std::vector<std::string>{"2027-02-05", "2027-02-06", "2027-02-07",
                                              "2027-02-08", "2027-02-09", "2027-02-10",
                                              "2027-02-11", "2027-09-03"});
  for (const auto& d : kehoach::holidays_of(2025)->days) CHECK_FALSE(d.estimated);
  CHECK(kehoach::holidays_estimated(2027));
  CHECK_FALSE(kehoach::holidays_estimated(2025));
  CHECK_FALSE(kehoach::holidays_estimated(2026));
  CHECK_FALSE(kehoach::holidays_estimated(2101));
  const auto name = kehoach::rest_day_name(Date{2027, 9, 3});
  REQUIRE(name.has_value());
  CHECK(name->vi ==
        "ngày nghỉ Quốc khánh (ngày liền kề) (ước tính: kehoach chưa có lịch nghỉ năm 2027 do "
        "Chính phủ công bố)");
  CHECK(kehoach::rest_day_name(Date{2027, 4, 16})->vi == "ngày nghỉ Giỗ Tổ Hùng Vương");
}

TEST_CASE("years outside 1990 to 2100 have no holiday table") {
  CHECK(kehoach::holidays_of(1989) == nullptr);
  CHECK(kehoach::holidays_of(2101) == nullptr);
  CHECK(kehoach::holidays_of(1990) != nullptr);
  CHECK(kehoach::holidays_of(2100) != nullptr);
}

TEST_CASE("working days skip weekends and days off and count swapped Saturdays") {
  CHECK_FALSE(kehoach::is_working_day(Date{2026, 1, 2}));   // swapped day off
  CHECK(kehoach::is_working_day(Date{2026, 1, 10}));        // Saturday worked
  CHECK_FALSE(kehoach::is_working_day(Date{2026, 1, 11}));  // Sunday
  // 5 working days from 29/04/2026 (Wednesday): 30/04 and 01/05 are holidays, 02–03/05 a
  // weekend: 04, 05, 06, 07, 08/05.
  CHECK(kehoach::add_working_days(Date{2026, 4, 29}, 5) == Date{2026, 5, 8});
  // Tết 2026: 10 working days from 10/02/2026 end on 03/03/2026.
  CHECK(kehoach::add_working_days(Date{2026, 2, 10}, 10) == Date{2026, 3, 3});
  CHECK(kehoach::working_day_on_or_before(Date{2026, 2, 22}) == Date{2026, 2, 13});
  const auto* off = kehoach::day_off_on(Date{2026, 9, 1});
  REQUIRE(off != nullptr);
  CHECK(off->name.en == "National Day (adjacent day)");
  CHECK(kehoach::day_off_on(Date{2026, 9, 3}) == nullptr);
}
