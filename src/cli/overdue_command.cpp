// `kehoach overdue PATH...`: open items past their due date, by agency; exits 1 when any.
#include <cstdio>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/deadlines.hpp"
#include "plan_inputs.hpp"

namespace kehoach::cli {
namespace {

struct OverdueOptions {
  ListOptions list;
  std::string as_of;
  int within = -1;  ///< -1: not asked
  std::string format = "text";
};

Exit run_overdue(const OverdueOptions& options, const Globals& g) {
  const auto as_of = as_of_option(options.as_of, g);
  if (!as_of) return Exit::failure;
  // The list is freed before the text is copied out: on a national folder both are large.
  std::string out;
  bool could_not_run = false;
  bool findings = false;
  {
    PlanInputs inputs;
    const DeadlineList list = list_plans(options.list, {}, inputs, g);
    if (!inputs.found_any) return Exit::failure;
    const OverdueReport report = find_overdue(
        list, *as_of, options.within >= 0 ? std::optional<int>(options.within) : std::nullopt);
    if (options.format == "md") {
      out = render_overdue_markdown(report, g.lang);
    } else if (options.format == "json") {
      out = render_overdue_json(report, g.lang);
    } else if (options.format == "csv") {
      out = render_overdue_csv(report, g.lang);
    } else {
      out = render_overdue_text(report, g.lang, output_width(options.list.width), g.color_stdout());
    }
    could_not_run = inputs.could_not_run;
    // Like grep: 1 when something was found (overdue), or when a file could not be read, or an
    // open item's deadline cannot be read (it might be overdue: the answer is incomplete).
    findings =
        report.overdue_count() > 0 || has_input_problems(inputs) || !report.unreadable.empty();
  }
  write_stdout(out, g.color_stdout());
  if (could_not_run) return Exit::failure;
  if (findings) return Exit::findings;
  return Exit::ok;
}

}  // namespace

void add_overdue_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<OverdueOptions>();
  CLI::App* command =
      app.add_subcommand("overdue", g.tr("Liệt kê các việc chưa xong đã quá hạn, theo cơ quan",
                                         "List open items past their due date, by agency"));
  add_list_options(*command, options->list, g);
  command
      ->add_option("--as-of", options->as_of,
                   g.tr("Xét quá hạn tính đến ngày này (mặc định: hôm nay); việc đến hạn đúng "
                        "ngày này chưa quá hạn",
                        "Judge as of this day (default: today); an item due that day is not "
                        "overdue yet"))
      ->type_name(g.tr("NGÀY", "DATE"));
  command
      ->add_option("--within", options->within,
                   g.tr("Liệt kê thêm các việc đến hạn trong N ngày tới",
                        "Also list items due in the next N days"))
      ->check(CLI::Range(0, 3660).description(""))
      ->type_name("N");
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: text (mặc định), md, json hoặc csv",
                        "Output format: text (default), md, json or csv"))
      ->check(CLI::IsMember({"text", "md", "json", "csv"}).description(""))
      ->type_name("text|md|json|csv");
  command->footer(g.tr(
      "Trạng thái thoát: 0 không có việc quá hạn, 1 có việc quá hạn, có tệp không đọc được hoặc\n"
      "có việc chưa xong mà thời hạn không đọc được (liệt kê ở cuối, kèm tệp:dòng), 2 không thực\n"
      "hiện được (đường dẫn không có, cách dùng sai).\n"
      "Ví dụ:\n  kehoach overdue ke-hoach/ --as-of 10/12/2025 --within 30\n"
      "  kehoach overdue ke-hoach/ --agency \"UBND xã\" --format md > qua-han.md\n",
      "Exit status: 0 nothing overdue, 1 something overdue, a file could not be read, or an open\n"
      "item's deadline cannot be read (listed at the end with file:line), 2 could not run (a path\n"
      "does not exist, bad usage).\n"
      "Examples:\n  kehoach overdue plans/ --as-of 2025-12-10 --within 30\n"
      "  kehoach overdue plans/ --agency \"UBND xã\" --format md > overdue.md\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_overdue(*options, globals); });
}

}  // namespace kehoach::cli
