// `kehoach deadlines PATH...`: every dated obligation of the plans, sorted by due date.
#include <cstdio>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/deadlines.hpp"
#include "kehoach/text.hpp"
#include "plan_inputs.hpp"

namespace kehoach::cli {
namespace {

struct DeadlinesOptions {
  ListOptions list;
  std::string since;
  std::string until;
  std::string old_from;  ///< --from, the old name of --since (hidden, for one release)
  std::string old_to;    ///< --to, the old name of --until
  std::string format = "text";
};

// The value of a bound given under its new name or its old one, not both.
std::optional<std::string> bound(const std::string& value, const std::string& old_value,
                                 const char* name, const char* old_name, const Globals& g) {
  if (!value.empty() && !old_value.empty()) {
    print_error(g,
                {fmt::format("{} và {} là một: chỉ dùng {}", name, old_name, name),
                 fmt::format("{} and {} are the same option: use {} only", name, old_name, name)});
    return std::nullopt;
  }
  return value.empty() ? old_value : value;
}

// A calendar file is imported, never read: what it leaves out (the items that have no day) is said
// on stderr, the unreadable deadlines one by one.
void print_left_out(const DeadlineList& list, const std::vector<Obligation>& unreadable,
                    const Globals& g) {
  const bool vi = g.lang == Lang::vi;
  if (const std::size_t n = unreadable.size(); n > 0) {
    fmt::print(stderr, "{}{}",
               vi ? fmt::format("kehoach: cảnh báo: {} việc không có trong tệp lịch vì thời hạn "
                                "không đọc được (lỗi trong kế hoạch, `kehoach validate` chỉ rõ):\n",
                                n)
                  : fmt::format("kehoach: warning: {} {} left out of the calendar because the "
                                "deadline cannot be read (an error in the plan, `kehoach "
                                "validate` shows it):\n",
                                n, n == 1 ? "item" : "items"),
               printable(unreadable_lines(list.plans, unreadable, g.lang, "  ")));
  }
  if (const std::size_t n = list.undated.size() - unreadable.size(); n > 0) {
    fmt::print(stderr, "{}",
               vi ? fmt::format("kehoach: ghi chú: {} việc không có trong tệp lịch vì thời hạn "
                                "không có ngày cụ thể (theo sự kiện, định kỳ không ghi ngày…); "
                                "`kehoach deadlines` liệt kê các việc đó\n",
                                n)
                  : fmt::format("kehoach: note: {} {} left out of the calendar because the "
                                "deadline gives no day (after an event, periodic with no day…); "
                                "`kehoach deadlines` lists them\n",
                                n, n == 1 ? "item" : "items"));
  }
}

Exit run_deadlines(const DeadlinesOptions& options, const Globals& g) {
  DeadlineFilter filter;
  const auto since = bound(options.since, options.old_from, "--since", "--from", g);
  const auto until = bound(options.until, options.old_to, "--until", "--to", g);
  if (!since || !until) return Exit::failure;
  if (!since->empty()) {
    filter.from = date_option("--since", *since, g);
    if (!filter.from) return Exit::failure;
  }
  if (!until->empty()) {
    filter.to = date_option("--until", *until, g);
    if (!filter.to) return Exit::failure;
  }
  if (filter.from && filter.to && *filter.to < *filter.from) {
    print_error(
        g, {fmt::format("--until {} ở trước --since {}", filter.to->dmy(), filter.from->dmy()),
            fmt::format("--until {} is before --since {}", filter.to->dmy(), filter.from->dmy())});
    return Exit::failure;
  }
  // The list is freed before the text is copied out: on a national folder both are large.
  std::string out;
  bool could_not_run = false;
  bool problems = false;
  {
    PlanInputs inputs;
    const DeadlineList list = list_plans(options.list, filter, inputs, g);
    if (!inputs.found_any) return Exit::failure;
    if (options.format == "md") {
      out = render_deadlines_markdown(list, g.lang);
    } else if (options.format == "json") {
      out = render_deadlines_json(list, g.lang);
    } else if (options.format == "csv") {
      out = render_deadlines_csv(list, g.lang);
    } else if (options.format == "ics") {
      out = render_deadlines_ics(list, g.lang);
    } else {
      out = render_deadlines_text(list, g.lang, output_width(options.list.width), g.color_stdout());
    }
    could_not_run = inputs.could_not_run;
    // A deadline that cannot be read is an error in a plan: the list is incomplete (exit 1).
    const std::vector<Obligation> unreadable = unreadable_items(list);
    problems = has_input_problems(inputs) || !unreadable.empty();
    if (options.format == "ics") print_left_out(list, unreadable, g);
  }
  write_stdout(out, g.color_stdout());
  if (could_not_run) return Exit::failure;
  if (problems) return Exit::findings;
  return Exit::ok;
}

}  // namespace

void add_deadlines_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<DeadlinesOptions>();
  CLI::App* command = app.add_subcommand(
      "deadlines", g.tr("Liệt kê mọi việc có thời hạn trong các kế hoạch, theo ngày đến hạn",
                        "List every obligation with a deadline in the plans, by due date"));
  add_list_options(*command, options->list, g);
  command
      ->add_option("--since", options->since,
                   g.tr("Chỉ các việc đến hạn từ ngày này (YYYY-MM-DD hoặc dd/mm/yyyy)",
                        "Only items due on or after this day (YYYY-MM-DD or dd/mm/yyyy)"))
      ->type_name(g.tr("NGÀY", "DATE"));
  command
      ->add_option(
          "--until", options->until,
          g.tr("Chỉ các việc đến hạn đến hết ngày này", "Only items due on or before this day"))
      ->type_name(g.tr("NGÀY", "DATE"));
  add_renamed_option(*command, "--from", "--since", options->old_from, g);
  add_renamed_option(*command, "--to", "--until", options->old_to, g);
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: text (mặc định), md, json, csv (bảng tính) hoặc ics (lịch)",
                        "Output format: text (default), md, json, csv (spreadsheets) or ics "
                        "(calendars)"))
      ->check(CLI::IsMember({"text", "md", "json", "csv", "ics"}).description(""))
      ->type_name("text|md|json|csv|ics");
  command->footer(g.tr(
      "Trạng thái thoát: 0 đọc được mọi tệp, 1 có tệp không đọc được (vẫn liệt kê các tệp khác)\n"
      "hoặc có thời hạn không đọc được, 2 không thực hiện được (đường dẫn không có, cách dùng "
      "sai).\n"
      "Với --format ics, các việc không có trong tệp lịch (không có ngày) được báo trên stderr.\n"
      "Ví dụ:\n  kehoach deadlines examples/ --since 2025-01-01 --until 31/12/2025\n"
      "  kehoach deadlines ke-hoach/ --agency \"tư pháp\" --format csv > thoi-han.csv\n"
      "  kehoach deadlines plan.yaml --format ics > thoi-han.ics\n",
      "Exit status: 0 every file was read, 1 a file could not be read (the others are still\n"
      "listed) or a deadline cannot be read, 2 could not run (a path does not exist, bad usage).\n"
      "With --format ics, the items left out of the calendar (no day) are named on stderr.\n"
      "Examples:\n  kehoach deadlines examples/ --since 2025-01-01 --until 31/12/2025\n"
      "  kehoach deadlines plans/ --agency \"tư pháp\" --format csv > deadlines.csv\n"
      "  kehoach deadlines plan.yaml --format ics > deadlines.ics\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_deadlines(*options, globals); });
}

}  // namespace kehoach::cli
