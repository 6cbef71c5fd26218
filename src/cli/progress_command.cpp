// `kehoach progress PATH...`: per agency or per plan, how many items are done, done late, open
// and overdue, and the share done on time.
#include <cstdio>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/deadlines.hpp"
#include "kehoach/progress_report.hpp"
#include "plan_inputs.hpp"

namespace kehoach::cli {
namespace {

struct ProgressOptions {
  ListOptions list;
  std::string by = "agency";
  std::string as_of;
  std::string format = "text";
};

Exit run_progress(const ProgressOptions& options, const Globals& g) {
  const auto as_of = as_of_option(options.as_of, g);
  if (!as_of) return Exit::failure;
  PlanInputs inputs;
  const DeadlineList list = list_plans(options.list, {}, inputs, g);
  if (!inputs.found_any) return Exit::failure;
  const ProgressReport report = summarise_progress(list, *as_of, options.by == "plan");
  std::string out;
  if (options.format == "md") {
    out = render_progress_markdown(report, g.lang);
  } else if (options.format == "json") {
    out = render_progress_json(report, g.lang);
  } else if (options.format == "csv") {
    out = render_progress_csv(report, g.lang);
  } else {
    out = render_progress_text(report, g.lang, output_width(options.list.width), g.color_stdout());
  }
  write_stdout(out, g.color_stdout());
  if (inputs.could_not_run) return Exit::failure;
  // As for `deadlines`: the counts are complete but for the day of an unreadable deadline (done
  // or not: the plan has an error either way).
  if (has_input_problems(inputs) || report.unreadable > 0) return Exit::findings;
  return Exit::ok;
}

}  // namespace

void add_progress_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<ProgressOptions>();
  CLI::App* command = app.add_subcommand(
      "progress", g.tr("Tổng hợp tiến độ: số việc đã xong, xong muộn, chưa đến hạn, quá hạn",
                       "Sum up progress: items done, done late, open and overdue"));
  add_list_options(*command, options->list, g);
  command
      ->add_option(
          "--by", options->by,
          g.tr("Tổng hợp theo cơ quan chủ trì (agency, mặc định) hoặc theo kế hoạch (plan)",
               "One row per lead agency (agency, the default) or per plan (plan)"))
      ->check(CLI::IsMember({"agency", "plan"}).description(""))
      ->type_name("agency|plan");
  command
      ->add_option("--as-of", options->as_of,
                   g.tr("Tính đến ngày này (mặc định: hôm nay)", "As of this day (default: today)"))
      ->type_name(g.tr("NGÀY", "DATE"));
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: text (mặc định), md, json hoặc csv",
                        "Output format: text (default), md, json or csv"))
      ->check(CLI::IsMember({"text", "md", "json", "csv"}).description(""))
      ->type_name("text|md|json|csv");
  command->footer(g.tr(
      "Việc xong muộn: ngày ghi ở tệp tiến độ sau hạn. Tỷ lệ đúng hạn: số việc xong đúng hạn\n"
      "trên số việc không bị hủy. Việc có tiến độ ghi lỗi được tính là chưa xong.\n"
      "Trạng thái thoát: 0 đọc được mọi tệp, 1 có tệp có lỗi, 2 không thực hiện được.\n"
      "Ví dụ:\n  kehoach progress ke-hoach/ --year 2025 --as-of 31/12/2025\n"
      "  kehoach progress ke-hoach/ --by plan --format csv > tien-do.csv\n",
      "Done late: the date in the progress file is after the due date. On time: items done by\n"
      "their due date over the items not cancelled. Items whose progress is in error count as\n"
      "not done.\n"
      "Exit status: 0 every file was read, 1 a file has errors, 2 could not run.\n"
      "Examples:\n  kehoach progress plans/ --year 2025 --as-of 2025-12-31\n"
      "  kehoach progress plans/ --by plan --format csv > progress.csv\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_progress(*options, globals); });
}

}  // namespace kehoach::cli
