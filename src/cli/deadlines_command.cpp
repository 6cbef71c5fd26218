// `kehoach deadlines PATH...`: every dated obligation of the plans, sorted by due date.
#include <cstdio>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/deadlines.hpp"
#include "plan_inputs.hpp"

namespace kehoach::cli {
namespace {

struct DeadlinesOptions {
  std::vector<std::string> paths;
  std::string from;
  std::string to;
  std::string agency;
  std::string level;
  std::string format = "text";
  unsigned jobs = 0;
};

Exit run_deadlines(const DeadlinesOptions& options, const Globals& g) {
  DeadlineFilter filter;
  if (!options.from.empty()) {
    filter.from = date_option("--from", options.from, g);
    if (!filter.from) return Exit::failure;
  }
  if (!options.to.empty()) {
    filter.to = date_option("--to", options.to, g);
    if (!filter.to) return Exit::failure;
  }
  if (filter.from && filter.to && *filter.to < *filter.from) {
    print_error(g,
                {fmt::format("--to {} ở trước --from {}", filter.to->dmy(), filter.from->dmy()),
                 fmt::format("--to {} is before --from {}", filter.to->dmy(), filter.from->dmy())});
    return Exit::failure;
  }
  filter.agency = options.agency;
  if (!options.level.empty()) filter.level = level_from_key(options.level);

  PlanInputs inputs = read_plans(options.paths, g, options.jobs);
  print_diagnostics(inputs, g);
  if (!inputs.found_any) return Exit::failure;

  DeadlineList list = list_deadlines(inputs.tracked, filter);
  list.failed = inputs.failed;
  std::string out;
  if (options.format == "md") {
    out = render_deadlines_markdown(list, g.lang);
  } else if (options.format == "json") {
    out = render_deadlines_json(list, g.lang);
  } else if (options.format == "csv") {
    out = render_deadlines_csv(list, g.lang);
  } else if (options.format == "ics") {
    out = render_deadlines_ics(list, g.lang);
  } else {
    out = render_deadlines_text(list, g.lang);
  }
  write_stdout(out);
  if (inputs.could_not_run) return Exit::failure;
  if (has_input_problems(inputs)) return Exit::findings;
  return Exit::ok;
}

}  // namespace

void add_deadlines_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<DeadlinesOptions>();
  CLI::App* command = app.add_subcommand(
      "deadlines", g.tr("Liệt kê mọi việc có thời hạn trong các kế hoạch, theo ngày đến hạn",
                        "List every obligation with a deadline in the plans, by due date"));
  command
      ->add_option("PATH", options->paths,
                   g.tr("Tệp kế hoạch hoặc thư mục (đọc mọi tệp .yaml, .yml bên trong)",
                        "Plan files or folders (every .yaml, .yml file inside is read)"))
      ->required();
  command
      ->add_option("--from", options->from,
                   g.tr("Chỉ các việc đến hạn từ ngày này (YYYY-MM-DD hoặc dd/mm/yyyy)",
                        "Only items due on or after this day (YYYY-MM-DD or dd/mm/yyyy)"))
      ->type_name(g.tr("NGÀY", "DATE"));
  command
      ->add_option(
          "--to", options->to,
          g.tr("Chỉ các việc đến hạn đến hết ngày này", "Only items due on or before this day"))
      ->type_name(g.tr("NGÀY", "DATE"));
  add_filter_options(*command, options->agency, options->level, g);
  add_jobs_option(*command, options->jobs, g);
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: text (mặc định), md, json, csv (bảng tính) hoặc ics (lịch)",
                        "Output format: text (default), md, json, csv (spreadsheets) or ics "
                        "(calendars)"))
      ->check(CLI::IsMember({"text", "md", "json", "csv", "ics"}).description(""))
      ->type_name("text|md|json|csv|ics");
  command->footer(g.tr(
      "Trạng thái thoát: 0 đọc được mọi tệp, 1 có tệp không đọc được (vẫn liệt kê các tệp khác),\n"
      "2 không thực hiện được (đường dẫn không có, cách dùng sai).\n"
      "Ví dụ:\n  kehoach deadlines examples/ --from 2025-01-01 --to 31/12/2025\n"
      "  kehoach deadlines ke-hoach/ --agency \"tư pháp\" --format csv > thoi-han.csv\n"
      "  kehoach deadlines plan.yaml --format ics > thoi-han.ics\n",
      "Exit status: 0 every file was read, 1 a file could not be read (the others are still\n"
      "listed), 2 could not run (a path does not exist, bad usage).\n"
      "Examples:\n  kehoach deadlines examples/ --from 2025-01-01 --to 31/12/2025\n"
      "  kehoach deadlines plans/ --agency \"tư pháp\" --format csv > deadlines.csv\n"
      "  kehoach deadlines plan.yaml --format ics > deadlines.ics\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_deadlines(*options, globals); });
}

}  // namespace kehoach::cli
