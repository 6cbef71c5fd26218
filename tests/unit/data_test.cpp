// The tables kehoach ships (data/holidays.yaml, data/provinces.yaml), compiled into C++ data at
// build time: the compiled data is the file, its values are the sourced ones, and the readers
// refuse a malformed table at the place of its first error. (data/acts.yaml: yaml_read_test.)
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "kehoach/calendar.hpp"
#include "kehoach/holiday_schedules.hpp"
#include "kehoach/provinces.hpp"

using namespace kehoach;

namespace {

std::string data_file(const std::string& name) {
  std::ifstream in(KEHOACH_SOURCE_DIR "/data/" + name, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string holidays_2026 = R"(years:
  - year: 2026
    source: https://example.org/2026
    tet_days: [2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19, 2026-02-20]
)";

std::string with(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the holiday schedules compiled into the binary are data/holidays.yaml") {
  const auto parsed = parse_holiday_schedules(data_file("holidays.yaml"));
  const auto& built_in = builtin_holiday_schedules();
  REQUIRE(parsed.size() == built_in.size());
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    CAPTURE(parsed[i].year);
    CHECK(parsed[i].year == built_in[i].year);
    CHECK(parsed[i].tet_days == built_in[i].tet_days);
    CHECK(parsed[i].national_day_adjacent == built_in[i].national_day_adjacent);
    REQUIRE(parsed[i].swaps.size() == built_in[i].swaps.size());
    for (std::size_t j = 0; j < parsed[i].swaps.size(); ++j) {
      CHECK(parsed[i].swaps[j].day_off == built_in[i].swaps[j].day_off);
      CHECK(parsed[i].swaps[j].worked == built_in[i].swaps[j].worked);
    }
    CHECK(parsed[i].sources == built_in[i].sources);
  }
}

TEST_CASE("the 2026 schedule is the one the Ministry of Home Affairs announced") {
  const auto& all = builtin_holiday_schedules();
  const auto found =
      std::find_if(all.begin(), all.end(), [](const auto& s) { return s.year == 2026; });
  REQUIRE(found != all.end());
  // Tết Bính Ngọ: Monday 16/02 (29 tháng Chạp Ất Tỵ) to Friday 20/02/2026 (mùng 4).
  CHECK(
      found->tet_days ==
      std::vector<Date>{{2026, 2, 16}, {2026, 2, 17}, {2026, 2, 18}, {2026, 2, 19}, {2026, 2, 20}});
  CHECK(found->national_day_adjacent == Date{2026, 9, 1});
  REQUIRE(found->swaps.size() == 2);
  CHECK(found->swaps[0].day_off == Date{2026, 1, 2});
  CHECK(found->swaps[0].worked == Date{2026, 1, 10});
  CHECK(found->swaps[1].day_off == Date{2026, 8, 31});
  CHECK(found->swaps[1].worked == Date{2026, 8, 22});
  REQUIRE(found->sources.size() == 4);
  // A `?` survives the generator's string literals (it writes it as an octal escape).
  CHECK(found->sources[2] == "http://www.congan.com.vn/?catid=702&id=388656&mod=detnews");
  // The days off built from it: the sources joined, and Giỗ Tổ (Sunday 26/04/2026) giving the
  // compensatory day Monday 27/04.
  const HolidayYear* year = holidays_of(2026);
  REQUIRE(year != nullptr);
  CHECK(year->schedule_source == found->sources[0] + " " + found->sources[1] + " " +
                                     found->sources[2] + " " + found->sources[3]);
  const DayOff* in_lieu = day_off_on(Date{2026, 4, 27});
  REQUIRE(in_lieu != nullptr);
  CHECK(in_lieu->kind == DayOffKind::compensatory);
  CHECK(in_lieu->name.vi == "Nghỉ bù Giỗ Tổ Hùng Vương (26/04)");
  CHECK(day_off_on(Date{2026, 2, 20})->name.vi == "Tết Nguyên đán");
  CHECK(day_off_on(Date{2026, 2, 21}) == nullptr);  // Saturday: a weekend, not listed
}

TEST_CASE("every published Tết schedule holds the first day of the lunar year") {
  for (const auto& s : builtin_holiday_schedules()) {
    CAPTURE(s.year);
    const auto new_year = lunar_new_year(s.year);
    REQUIRE(new_year.has_value());
    CHECK(std::find(s.tet_days.begin(), s.tet_days.end(), *new_year) != s.tet_days.end());
  }
}

TEST_CASE("a malformed holidays table is refused at the place of its first error") {
  CHECK(parse_holiday_schedules(holidays_2026, "h.yaml").size() == 1);
  CHECK_THROWS_WITH(parse_holiday_schedules(with(holidays_2026, "    tet_days",
                                                 "    national_day_adjacent: 2026-09-04\n"
                                                 "    tet_days"),
                                            "h.yaml"),
                    "holidays table: h.yaml:4:28: the day next to National Day must be 01/09 or "
                    "03/09");
  CHECK_THROWS_WITH(parse_holiday_schedules(with(holidays_2026, "2026\n", "1989\n"), "h.yaml"),
                    "holidays table: h.yaml:2:11: year 1989 is outside 1990–2100");
  CHECK_THROWS_WITH(
      parse_holiday_schedules(with(holidays_2026, "year: 2026", "year: \"2026\""), "h.yaml"),
      "holidays table: h.yaml:2:11: the value must be a positive whole number");
  CHECK_THROWS_WITH(
      parse_holiday_schedules(holidays_2026 + holidays_2026.substr(7), "h.yaml"),
      "holidays table: h.yaml:5:5: the years must be in increasing order, without repeats");
  CHECK_THROWS_WITH(
      parse_holiday_schedules(
          with(holidays_2026, "2026-02-17, 2026-02-18", "2026-02-18, 2026-02-17"), "h.yaml"),
      "holidays table: h.yaml:4:40: the Tết days must be in increasing order, "
      "without repeats");
  CHECK_THROWS_WITH(
      parse_holiday_schedules(
          holidays_2026 + "    swaps: [{date: 2026-01-03, worked: 2026-01-10}]\n", "h.yaml"),
      "holidays table: h.yaml:5:20: the swapped day off must be a weekday (Monday–Friday)");
  CHECK_THROWS_WITH(
      parse_holiday_schedules(holidays_2026 + "    tet: []\n", "h.yaml"),
      "holidays table: h.yaml:5:5: unknown key `tet` in `years`; allowed keys: `year`, "
      "`source`, `tet_days`, `national_day_adjacent`, `swaps`");
}

TEST_CASE("the provinces table compiled into the binary is data/provinces.yaml") {
  const ProvinceTable parsed = parse_province_table(data_file("provinces.yaml"));
  const ProvinceTable& built_in = builtin_provinces();
  CHECK(parsed.resolution == built_in.resolution);
  CHECK(parsed.effective == built_in.effective);
  CHECK(parsed.operating == built_in.operating);
  REQUIRE(parsed.provinces.size() == built_in.provinces.size());
  for (std::size_t i = 0; i < parsed.provinces.size(); ++i) {
    CAPTURE(parsed.provinces[i].name);
    CHECK(parsed.provinces[i].name == built_in.provinces[i].name);
    CHECK(parsed.provinces[i].kind == built_in.provinces[i].kind);
    CHECK(parsed.provinces[i].former == built_in.provinces[i].former);
    CHECK(parsed.provinces[i].folded_name == built_in.provinces[i].folded_name);
    CHECK(parsed.provinces[i].folded_former == built_in.provinces[i].folded_former);
    CHECK(parsed.provinces[i].central_from == built_in.provinces[i].central_from);
  }
}

TEST_CASE("Nghị quyết 202/2025/QH15: 34 provinces, 6 of them cities, made of 63 former ones") {
  const ProvinceTable& t = builtin_provinces();
  CHECK(t.resolution == "202/2025/QH15");
  CHECK(t.effective == Date{2025, 6, 12});
  CHECK(t.operating == Date{2025, 7, 1});
  REQUIRE(t.provinces.size() == 34);
  std::size_t cities = 0;
  std::size_t former = 0;
  for (const auto& p : t.provinces) {
    cities += p.kind == "thành phố";
    former += p.former.size();
  }
  CHECK(cities == 6);
  CHECK(former == 63);
  CHECK(t.provinces.front().name == "Hà Nội");
  CHECK(t.provinces.back().name == "An Giang");
  CHECK(t.provinces.back().former == std::vector<std::string>{"An Giang", "Kiên Giang"});
  const Province* hcm = t.successor_of("Bình Dương");
  REQUIRE(hcm != nullptr);
  CHECK(hcm->name == "Hồ Chí Minh");
  CHECK(hcm->kind == "thành phố");
  CHECK(hcm->former == std::vector<std::string>{"Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh"});
  CHECK(t.successor_of("Kon Tum")->name == "Quảng Ngãi");
  // Huế: centrally run from 01/01/2025 (Nghị quyết 175/2024/QH15); the other cities long before.
  for (const auto& p : t.provinces) {
    CAPTURE(p.name);
    CHECK(p.central_from ==
          (p.name == "Huế" ? std::optional<Date>(Date{2025, 1, 1}) : std::optional<Date>()));
  }
  const auto hue = std::find_if(t.provinces.begin(), t.provinces.end(),
                                [](const Province& p) { return p.name == "Huế"; });
  REQUIRE(hue != t.provinces.end());
  CHECK_FALSE(hue->central_city_on(Date{2024, 12, 31}));
  CHECK(hue->central_city_on(Date{2025, 1, 1}));
  CHECK(hcm->central_city_on(Date{2000, 1, 1}));
  CHECK_FALSE(t.successor_of("Kon Tum")->central_city_on(Date{2026, 1, 1}));
  CHECK(hcm->folded_former ==
        std::vector<std::string>{"ba ria - vung tau", "binh duong", "ho chi minh"});
  // A table built by hand, without the folded names, finds the same.
  ProvinceTable by_hand;
  Province tay_ninh;
  tay_ninh.name = "Tây Ninh";
  tay_ninh.former = {"Tây Ninh", "Long An"};
  by_hand.provinces.push_back(tay_ninh);
  REQUIRE(by_hand.successor_of("LONG AN") != nullptr);
  CHECK(find_former_province("UBND tỉnh Long An", by_hand)->successor == &by_hand.provinces[0]);
  CHECK(by_hand.successor_of("Tây Ninh") == nullptr);
}

TEST_CASE("a malformed provinces table is refused at the place of its first error") {
  const std::string table = R"(resolution: 202/2025/QH15
effective: 2025-06-12
operating: 2025-07-01
provinces:
  - {name: Tây Ninh, kind: tỉnh, former: [Tây Ninh, Long An]}
)";
  CHECK(parse_province_table(table, "p.yaml").provinces.size() == 1);
  CHECK_THROWS_WITH(
      parse_province_table(table + "  - {name: Tay Ninh, kind: tỉnh, former: [X]}\n", "p.yaml"),
      "provinces table: p.yaml:6:12: province “Tay Ninh” is listed twice");
  CHECK_THROWS_WITH(parse_province_table(with(table, "2025-07-01", "2025-06-01"), "p.yaml"),
                    "provinces table: p.yaml:3:12: the operating date is before the effective "
                    "date");
  CHECK_THROWS_WITH(parse_province_table(with(table, "[Tây Ninh, Long An]", "[]"), "p.yaml"),
                    "provinces table: p.yaml:5:42: `former` must not be empty");
  CHECK_THROWS_WITH(parse_province_table(with(table, "kind: tỉnh, ", ""), "p.yaml"),
                    "provinces table: p.yaml:5:5: missing required key `kind` in `provinces`");
  CHECK_THROWS_WITH(
      parse_province_table(with(table, "Long An]", "Long An], central_from: 2025-01-01"), "p.yaml"),
      "provinces table: p.yaml:5:77: `central_from` is for a centrally run city only");
  CHECK_THROWS_WITH(
      parse_province_table(with(table, "Long An]", "Long An], central_from: 2025-02-30"), "p.yaml"),
      "provinces table: p.yaml:5:77: the value must be a date YYYY-MM-DD");
  CHECK(parse_province_table(with(with(table, "Long An]", "Long An], central_from: 2025-01-01"),
                                  "kind: tỉnh", "kind: thành phố"),
                             "p.yaml")
            .provinces.front()
            .central_from == Date{2025, 1, 1});
}
