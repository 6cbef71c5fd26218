// `kehoach due "PHRASE"`: shows how a deadline phrase is read.
#include <algorithm>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/calendar.hpp"
#include "kehoach/due.hpp"
#include "kehoach/json.hpp"
#include "kehoach/text.hpp"

namespace kehoach::cli {
namespace {

struct DueOptions {
  std::string phrase;
  int year = 0;
  std::string format = "text";
};

std::string json_date(const std::optional<Date>& date) {
  return date ? json_quote(date->iso()) : std::string("null");
}

// An occurrence's due date that is a rest day, and the last working day before it: the
// deadline stays the day the phrase gives ("Trước Tết Nguyên đán" is the eve of Tết, a day off
// of the Tết holiday), but the office is closed then, which the officer is told.
struct RestDay {
  Date due;
  Message name;
  Date working_day_before;
  /// The year whose estimated days off the working day rests on (see holidays_estimated), or 0
  /// when both years have a published schedule.
  int estimated_year = 0;
};

std::vector<RestDay> rest_days(const Deadline& d) {
  std::vector<RestDay> out;
  for (const auto& o : d.occurrences) {
    if (!out.empty() && out.back().due == o.due) continue;
    if (auto name = rest_day_name(o.due)) {
      const Date before = working_day_on_or_before(date_from_serial(o.due.serial() - 1));
      const int estimated = holidays_estimated(before.year)  ? before.year
                            : holidays_estimated(o.due.year) ? o.due.year
                                                             : 0;
      out.push_back({o.due, std::move(*name), before, estimated});
    }
  }
  return out;
}

Exit run_due(const DueOptions& options, const Globals& g) {
  // The limit counts characters of the NFC phrase, and NFC joins at most four code points into
  // one: a phrase of more than four times the limit is refused before normalising it, which
  // costs time on long runs of combining marks.
  const bool surely_too_long = display_width(options.phrase) > 4 * max_phrase_chars;
  const std::string phrase =
      surely_too_long ? replace_invalid_utf8(options.phrase) : to_nfc(options.phrase);
  const DueResult result = parse_due(phrase, options.year);
  if (options.format == "json") {
    if (!result.ok()) {
      fmt::print(
          "{{\"phrase\": {}, \"kind\": null, \"start\": null, \"due\": null, \"error\": {}}}\n",
          json_quote(phrase), json_quote(result.error.in(g.lang)));
      return Exit::findings;
    }
    const Deadline& d = *result.deadline;
    std::string occurrences;
    for (const auto& o : d.occurrences) {
      occurrences +=
          fmt::format("{}{{\"start\": {}, \"due\": {}}}", occurrences.empty() ? "" : ", ",
                      json_date(o.start), json_date(o.due));
    }
    std::string rests;
    for (const auto& r : rest_days(d)) {
      rests += fmt::format(
          "{}{{\"due\": {}, \"rest_day\": {}, \"working_day_before\": {}, \"estimated\": {}}}",
          rests.empty() ? "" : ", ", json_quote(r.due.iso()), json_quote(r.name.in(g.lang)),
          json_quote(r.working_day_before.iso()), r.estimated_year ? "true" : "false");
    }
    fmt::print(
        "{{\"phrase\": {}, \"kind\": \"{}\", \"start\": {}, \"due\": {}, \"note\": {}, "
        "\"occurrences\": [{}], \"rest_days\": [{}]}}\n",
        json_quote(phrase), due_kind_key(d.kind), json_date(d.start), json_date(d.due),
        d.note.empty() ? "null" : json_quote(d.note), occurrences, rests);
    return Exit::ok;
  }
  if (!result.ok()) {
    const std::string quoted = phrase_for_message(phrase);
    print_error(g,
                Message{fmt::format("không đọc được thời hạn “{}”: {}", quoted, result.error.vi),
                        fmt::format("cannot read the deadline “{}”: {}", quoted, result.error.en)});
    if (result.needs_year) {
      fmt::print(
          stderr, "{}\n",
          g.tr("  gợi ý: nếu cụm từ không ghi năm, cho biết năm kế hoạch bằng --year NĂM",
               "  hint: when the phrase gives no year, pass the plan year with --year YEAR"));
    }
    return Exit::findings;
  }
  const Deadline& d = *result.deadline;
  const bool vi = g.lang == Lang::vi;
  // The phrase and the note are the user's text: through write_stdout, no control reaches the
  // terminal.
  write_stdout(fmt::format("{:<10}{}\n", vi ? "Cụm từ:" : "Phrase:", phrase));
  fmt::print("{:<10}{} ({})\n", vi ? "Loại:" : "Kind:", due_kind_label(d.kind, g.lang),
             due_kind_key(d.kind));
  const std::string none = vi ? "không xác định" : "unknown";
  fmt::print("{:<10}{}\n", vi ? "Từ ngày:" : "Start:", d.start ? d.start->dmy() : none);
  if (d.due) {
    // With several occurrences each has its own last day, listed below.
    const char* what =
        d.occurrences.size() > 1
            ? (vi ? "(hạn của lần cuối; từng lần ở dưới)"
                  : "(the last occurrence's; each is listed below)")
            : (vi ? "(ngày cuối cùng còn trong hạn)" : "(the last day that still counts)");
    fmt::print("{:<10}{} {}\n", vi ? "Hạn:" : "Due:", d.due->dmy(), what);
  } else {
    fmt::print("{:<10}{}\n", vi ? "Hạn:" : "Due:", none);
  }
  // Several occurrences: each on its own line, numbered as rounds (đợt) are.
  if (d.occurrences.size() > 1) {
    for (std::size_t k = 0; k < d.occurrences.size(); ++k) {
      const auto& o = d.occurrences[k];
      const std::string label = fmt::format(fmt::runtime(vi ? "Lần {}:" : "Time {}:"), k + 1);
      fmt::print("{:<10}{}{}\n", label, o.start ? o.start->dmy() + " – " : std::string(),
                 o.due.dmy());
    }
  }
  // A due date on a rest day: the deadline is that day, but the office is closed.
  for (const auto& r : rest_days(d)) {
    const std::string estimated =
        !r.estimated_year ? std::string()
        : vi ? fmt::format(" (theo lịch nghỉ ước tính của năm {})", r.estimated_year)
             : fmt::format(" (on the estimated days off of {})", r.estimated_year);
    fmt::print("{:<10}{}\n", vi ? "Lưu ý:" : "Caveat:",
               vi ? fmt::format("{} là {}; ngày làm việc cuối cùng trước đó là {}{}", r.due.dmy(),
                                r.name.vi, r.working_day_before.dmy(), estimated)
                  : fmt::format("{} is {}; the last working day before it is {}{}", r.due.dmy(),
                                r.name.en, r.working_day_before.dmy(), estimated));
  }
  // Working days counted in a year whose Tết and 2/9 days off are estimated: said, since the
  // government's schedule (a swap, other Tết days) can move the day.
  if (fold_ascii(phrase).find("lam viec") != std::string::npos) {
    std::vector<int> years;
    for (const auto& o : d.occurrences) {
      if (holidays_estimated(o.due.year) &&
          std::find(years.begin(), years.end(), o.due.year) == years.end()) {
        years.push_back(o.due.year);
      }
    }
    for (const int y : years) {
      fmt::print("{:<10}{}\n", vi ? "Lưu ý:" : "Caveat:",
                 vi ? fmt::format("ngày làm việc của năm {} đếm theo lịch nghỉ ước tính: kehoach "
                                  "chưa có lịch nghỉ Tết, Quốc khánh năm {} do Chính phủ công "
                                  "bố (xem kehoach holidays {})",
                                  y, y, y)
                    : fmt::format("the working days of {} are counted on estimated days off: "
                                  "kehoach has no published schedule of Tết and National Day "
                                  "for {} (see kehoach holidays {})",
                                  y, y, y));
    }
  }
  if (!d.note.empty()) {
    // A dated reading's note is the qualifier it left unread ("theo quy định"): say so.
    const bool unread = d.kind != DueKind::event && d.kind != DueKind::periodic;
    write_stdout(fmt::format("{:<10}{}{}\n", vi ? "Ghi chú:" : "Note:", d.note,
                             !unread ? ""
                             : vi    ? " (phần này không tính vào thời hạn)"
                                     : " (not read into the deadline)"));
  }
  return Exit::ok;
}

}  // namespace

void add_due_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<DueOptions>();
  CLI::App* command =
      app.add_subcommand("due", g.tr("Cho biết kehoach đọc một cụm từ thời hạn như thế nào",
                                     "Show how kehoach reads a deadline phrase"));
  command
      ->add_option("PHRASE", options->phrase,
                   g.tr("Cụm từ thời hạn, ví dụ \"Quý II, III năm 2024\"",
                        "A deadline phrase, e.g. \"Quý II, III năm 2024\""))
      ->required();
  command
      ->add_option("--year", options->year,
                   g.tr("Năm kế hoạch, dùng khi cụm từ không ghi năm",
                        "The plan year, used when the phrase gives none"))
      ->check(CLI::Range(1900, 2100).description(""))
      ->type_name(g.tr("NĂM", "YEAR"));
  command
      ->add_option(
          "--format", options->format,
          g.tr("Định dạng: text (mặc định) hoặc json", "Output format: text (default) or json"))
      ->check(CLI::IsMember({"text", "json"}).description(""))
      ->type_name("text|json");
  command->footer(
      g.tr("Ví dụ:\n  kehoach due \"trước ngày 03/12/2025\"\n"
           "  kehoach due \"Quý III, quý IV\" --year 2025 --format json\n",
           "Examples:\n  kehoach due \"trước ngày 03/12/2025\"\n"
           "  kehoach due \"Quý III, quý IV\" --year 2025 --format json\n"));
  command->callback([options, &globals, &outcome] { outcome.exit = run_due(*options, globals); });
}

}  // namespace kehoach::cli
