// `kehoach holidays YEAR`: the days off of public servants in a year.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "cli.hpp"
#include "kehoach/calendar.hpp"
#include "kehoach/json.hpp"

namespace kehoach::cli {
namespace {

struct HolidaysOptions {
  int year = 0;
  std::string format = "text";
};

std::string weekday_name(const Date& date, Lang lang) {
  static const char* const vi[] = {"Thứ Hai", "Thứ Ba",  "Thứ Tư",  "Thứ Năm",
                                   "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
  static const char* const en[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                   "Friday", "Saturday", "Sunday"};
  const auto index = static_cast<std::size_t>(date.iso_weekday() - 1);
  return lang == Lang::vi ? vi[index] : en[index];
}

std::string lunar_text(const std::optional<LunarDate>& lunar) {
  if (!lunar) return {};
  return fmt::format("{:02}/{:02}", lunar->day, lunar->month);
}

// What the output must say it is not sure of: each line is also in the JSON `notes`.
std::vector<Message> notes_for(const HolidayYear& year) {
  std::vector<Message> notes;
  if (year.schedule_source.empty()) {
    notes.push_back(
        {"chưa có lịch nghỉ Chính phủ công bố cho năm này trong dữ liệu của kehoach: các ngày nghỉ "
         "Tết và ngày liền kề Quốc khánh là ước tính theo Bộ luật Lao động 2019, Điều 112; không "
         "có ngày hoán đổi",
         "kehoach's data holds no published government schedule for this year: the Tết days off "
         "and the day next to National Day are estimated from the Labour Code 2019, art. 112; no "
         "swapped days"});
  }
  if (year.year < 2021) {
    notes.push_back(
        {"năm trước 2021 được tính theo Bộ luật Lao động 2019; quy định khi đó khác "
         "(Quốc khánh 1 ngày, Giỗ Tổ từ năm 2007)",
         "years before 2021 are computed with the Labour Code 2019; the law then "
         "differed (one day for National Day, Giỗ Tổ from 2007)"});
  }
  if (year.year >= 2026) {
    notes.push_back(
        {"chưa xác minh: Ngày Văn hóa Việt Nam 24/11 (Nghị quyết 80-NQ/TW) chưa được "
         "tính là ngày nghỉ lễ vì chưa tìm thấy văn bản sửa Điều 112 đã có hiệu lực",
         "not verified: Vietnam Culture Day 24/11 (Resolution 80-NQ/TW) is not counted "
         "as a holiday, as no amendment of art. 112 in force was found"});
  }
  return notes;
}

Exit run_holidays(const HolidaysOptions& options, const Globals& g) {
  const HolidayYear* year = holidays_of(options.year);
  if (!year) {
    print_error(g, Message{fmt::format("năm {} ngoài khoảng {}–{}: kehoach chỉ tính ngày nghỉ lễ "
                                       "các năm này",
                                       options.year, first_holiday_year, last_holiday_year),
                           fmt::format("year {} is outside {}–{}, the years kehoach computes "
                                       "public holidays for",
                                       options.year, first_holiday_year, last_holiday_year)});
    return Exit::failure;
  }
  const auto notes = notes_for(*year);
  if (options.format == "json") {
    std::string out = fmt::format("{{\"year\": {}, \"days\": [", year->year);
    for (std::size_t i = 0; i < year->days.size(); ++i) {
      const DayOff& d = year->days[i];
      out +=
          fmt::format("{}{{\"date\": \"{}\", \"name\": {}, \"lunar\": {}, \"kind\": \"{}\"}}",
                      i == 0 ? "" : ", ", d.date.iso(), json_quote(d.name.in(g.lang)),
                      d.lunar ? json_quote(lunar_text(d.lunar)) : "null", day_off_kind_key(d.kind));
    }
    out += "], \"working_days\": [";
    for (std::size_t i = 0; i < year->working_days.size(); ++i) {
      out += fmt::format("{}\"{}\"", i == 0 ? "" : ", ", year->working_days[i].iso());
    }
    out += fmt::format("], \"source\": {}, \"notes\": [",
                       year->schedule_source.empty() ? "null" : json_quote(year->schedule_source));
    for (std::size_t i = 0; i < notes.size(); ++i) {
      out += fmt::format("{}{}", i == 0 ? "" : ", ", json_quote(notes[i].in(g.lang)));
    }
    out += "]}\n";
    fmt::print("{}", out);
    return Exit::ok;
  }
  const bool vi = g.lang == Lang::vi;
  std::string out =
      vi ? fmt::format(
               "Ngày nghỉ lễ, tết năm {} của cán bộ, công chức, viên chức (ngoài thứ "
               "Bảy, Chủ nhật)\n",
               year->year)
         : fmt::format("Days off in {} for public servants (besides Saturdays and Sundays)\n",
                       year->year);
  for (const auto& d : year->days) {
    std::string name = d.name.in(g.lang);
    if (d.lunar) name += " (" + lunar_text(d.lunar) + (vi ? " âm lịch)" : " lunar)");
    out += fmt::format("  {:<9} {}  {}\n", weekday_name(d.date, g.lang), d.date.dmy(), name);
  }
  for (const auto& worked : year->working_days) {
    out += fmt::format("{} {} {}\n",
                       vi ? "Làm bù:" : "Worked in exchange:", weekday_name(worked, g.lang),
                       worked.dmy());
  }
  if (!year->schedule_source.empty()) {
    out += vi ? "Theo lịch Chính phủ công bố, nguồn ghi trong data/holidays.yaml.\n"
              : "As the government published it; sources in data/holidays.yaml.\n";
  }
  for (const auto& note : notes) {
    out += fmt::format("{} {}\n", vi ? "Ghi chú:" : "Note:", note.in(g.lang));
  }
  fmt::print("{}", out);
  return Exit::ok;
}

}  // namespace

void add_holidays_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<HolidaysOptions>();
  CLI::App* command = app.add_subcommand(
      "holidays", g.tr("Liệt kê ngày nghỉ lễ, tết, nghỉ bù và hoán đổi của một năm",
                       "List the public holidays, compensatory and swapped days off of a year"));
  command
      ->add_option("YEAR", options->year,
                   g.tr("Năm, từ 1990 đến 2100", "The year, from 1990 to 2100"))
      ->required()
      ->type_name(g.tr("NĂM", "YEAR"));
  command
      ->add_option(
          "--format", options->format,
          g.tr("Định dạng: text (mặc định) hoặc json", "Output format: text (default) or json"))
      ->check(CLI::IsMember({"text", "json"}).description(""))
      ->type_name("text|json");
  command->footer(
      g.tr("Ví dụ:\n  kehoach holidays 2026\n  kehoach holidays 2027 --format json\n",
           "Examples:\n  kehoach holidays 2026\n  kehoach holidays 2027 --format json\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_holidays(*options, globals); });
}

}  // namespace kehoach::cli
