// `kehoach validate PLAN|DIR...`: loads and checks plans, printing every problem like a compiler.
#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/check.hpp"
#include "kehoach/consistency.hpp"
#include "kehoach/json.hpp"
#include "kehoach/leftover_years.hpp"
#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/progress.hpp"
#include "kehoach/progress_rounds.hpp"
#include "kehoach/rules.hpp"
#include "kehoach/text.hpp"
#include "plan_inputs.hpp"

namespace kehoach::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string parent;
  std::string as_of;  ///< empty: today
  bool strict = false;
  bool list_rules = false;
  unsigned jobs = 0;
};

void list_rules(const std::string& format, const Globals& g) {
  if (format == "json") {
    std::string out = "[";
    bool first = true;
    for (const Rule& r : rules()) {
      out += fmt::format("{}\n  {{\"code\": \"{}\", \"severity\": \"{}\", \"description\": {}}}",
                         first ? "" : ",", r.code, severity_name(r.severity),
                         json_quote(g.lang == Lang::vi ? r.vi : r.en));
      first = false;
    }
    out += "\n]\n";
    write_stdout(out);
    return;
  }
  const bool vi = g.lang == Lang::vi;
  const std::string_view head = vi ? "mức" : "severity";
  std::size_t width = display_width(head);
  for (const Rule& r : rules()) {
    width = std::max(width, display_width(severity_label(r.severity, g.lang)));
  }
  auto pad = [](std::string_view s, std::size_t w) {
    return std::string(s) + std::string(w - display_width(s), ' ');
  };
  std::string out = fmt::format("{}  {}  {}\n", pad(vi ? "mã" : "code", 5), pad(head, width),
                                vi ? "mô tả" : "description");
  for (const Rule& r : rules()) {
    out += fmt::format("{}  {}  {}\n", r.code, pad(severity_label(r.severity, g.lang), width),
                       vi ? r.vi : r.en);
  }
  write_stdout(out);
}

Exit run_validate(const ValidateOptions& options, const Globals& g) {
  if (options.list_rules) {
    list_rules(options.format, g);
    return Exit::ok;
  }
  if (options.paths.empty()) {
    print_error(g, {"cần ít nhất một tệp kế hoạch hoặc thư mục",
                    "at least one plan file or folder is required"});
    return Exit::failure;
  }
  // The day a progress file's dates must not be after (KH305).
  const auto as_of = as_of_option(options.as_of, g);
  if (!as_of) return Exit::failure;
  const PathList list = expand_paths(options.paths);
  print_path_messages(list, g);
  std::vector<PlanFile> plans = load_plans(list.files, options.jobs);
  bool could_not_run = list.could_not_run;
  for (const auto& plan : plans) {
    if (plan.failure) print_error(g, *plan.failure);
    if (plan.progress_failure) print_error(g, *plan.progress_failure);
    could_not_run = could_not_run || plan.failure || plan.progress_failure;
  }
  std::erase_if(plans, [](const PlanFile& plan) { return plan.failure.has_value(); });
  if (plans.empty()) {
    if (!could_not_run) {
      print_error(g, {"không có tệp kế hoạch (*.yaml, *.yml) nào để kiểm tra",
                      "no plan files (*.yaml, *.yml) to check"});
    }
    return Exit::failure;
  }

  // Per file, so that the threads never share a vector; merged in file order afterwards.
  std::vector<std::vector<Diagnostic>> found(plans.size());
  ParentIndex parents(plans, options.parent);
  std::vector<const Plan*> parent_of(plans.size(), nullptr);
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const PlanFile& plan = plans[i];
    if (plan.problem) {
      found[i].push_back(*plan.problem);
      continue;
    }
    found[i] = plan.loaded.diagnostics;
    if (plan.progress) {
      const ProgressSide& side = *plan.progress;
      if (side.problem) found[i].push_back(*side.problem);
      found[i].insert(found[i].end(), side.loaded.diagnostics.begin(),
                      side.loaded.diagnostics.end());
      found[i].insert(found[i].end(), side.checks.begin(), side.checks.end());
      const auto future =
          check_progress_future(side.loaded.progress, *as_of, !options.as_of.empty());
      found[i].insert(found[i].end(), future.begin(), future.end());
      if (plan.loaded.ok()) {
        const auto days = check_progress_days(plan.loaded.plan, side.loaded.progress);
        found[i].insert(found[i].end(), days.begin(), days.end());
      }
    }
    if (!plan.loaded.ok()) continue;
    std::optional<Message> failure;
    parent_of[i] = parents.find(i, found[i], failure);
    if (failure) {
      print_error(g, *failure);
      return Exit::failure;
    }
  }
  parallel_for(plans.size(), options.jobs, [&](std::size_t i) {
    if (!plans[i].ok()) return;
    const auto own = check_plan(plans[i].loaded.plan, builtin_acts());
    found[i].insert(found[i].end(), own.begin(), own.end());
    const auto blanks = check_placeholders(plans[i].loaded.plan, plans[i].loaded.text);
    found[i].insert(found[i].end(), blanks.begin(), blanks.end());
    const auto leftovers = check_leftover_years(plans[i].loaded.plan, plans[i].loaded.text);
    found[i].insert(found[i].end(), leftovers.begin(), leftovers.end());
    if (parent_of[i] != nullptr) {
      add_parent_checks(found[i], plans[i].loaded.plan, *parent_of[i], builtin_acts());
    }
  });

  // KH135: the same plan in two files of the run.
  std::vector<const Plan*> loaded;
  std::vector<std::size_t> index;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (!plans[i].ok()) continue;
    loaded.push_back(&plans[i].loaded.plan);
    index.push_back(i);
  }
  const auto twins = same_plans(loaded);
  for (std::size_t k = 0; k < twins.size(); ++k) {
    if (twins[k]) {
      found[index[k]].push_back(same_plan_diagnostic(*loaded[k], *loaded[*twins[k]], false));
    }
  }

  std::vector<Diagnostic> diagnostics;
  std::vector<SourceText> sources;
  int files = 0;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    diagnostics.insert(diagnostics.end(), found[i].begin(), found[i].end());
    ++files;
    if (!found[i].empty() && !plans[i].problem) {
      sources.push_back(SourceText{plans[i].path, plans[i].loaded.text});
    }
    if (plans[i].progress) {
      ++files;
      sources.push_back(SourceText{plans[i].progress->path, plans[i].progress->loaded.text});
    }
  }
  for (const auto& parent : parents.outside().loaded()) {
    sources.push_back(SourceText{parent->path, parent->loaded.text});
  }
  sort_diagnostics(diagnostics);
  const DiagnosticSummary summary = summarize(diagnostics, files);
  const std::string out =
      options.format == "json"
          ? format_diagnostics_json(diagnostics, summary, g.lang)
          : format_diagnostics_text(diagnostics, sources, summary, g.lang, g.color_stdout());
  // Not through write_stdout: the colours are escape sequences, and the formatter has made
  // every part taken from the input printable itself.
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (could_not_run) return Exit::failure;
  if (summary.errors > 0 || (options.strict && summary.warnings > 0)) return Exit::findings;
  return Exit::ok;
}

}  // namespace

void add_validate_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command =
      app.add_subcommand("validate", g.tr("Kiểm tra tệp kế hoạch và báo mọi vấn đề tìm thấy",
                                          "Check plan files and report every problem found"));
  command
      ->add_option("PLAN", options->paths,
                   g.tr("Tệp kế hoạch (.yaml) hoặc thư mục (tìm mọi *.yaml, *.yml bên trong)",
                        "Plan files (.yaml) or folders (every *.yaml, *.yml inside)"))
      ->type_name(g.tr("TỆP|THƯ_MỤC", "FILE|DIR"));
  command
      ->add_option("--parent", options->parent,
                   g.tr("Kế hoạch cấp trên để kiểm tra (mặc định: tệp ghi ở `parent.file` của "
                        "kế hoạch, hoặc kế hoạch cùng số và cơ quan ban hành trong các tệp đã cho)",
                        "The parent plan to check against (default: the plan's own "
                        "`parent.file`, or the plan among those given with the cited number and "
                        "issuer)"))
      ->type_name(g.tr("TỆP", "FILE"));
  command->add_flag("--strict", options->strict,
                    g.tr("Coi cảnh báo như lỗi (thoát 1 khi có cảnh báo)",
                         "Treat warnings as errors (exit 1 when there are warnings)"));
  command->add_flag(
      "--list-rules", options->list_rules,
      g.tr("In bảng các quy tắc kiểm tra rồi thoát", "Print the table of rules and exit"));
  command
      ->add_option("--as-of", options->as_of,
                   g.tr("Ngày coi là hôm nay khi xét ngày xong hay hủy ghi ở tệp tiến độ (KH305; "
                        "mặc định: hôm nay)",
                        "The day taken as today for the days done or cancelled in progress files "
                        "(KH305; default: today)"))
      ->type_name(g.tr("NGÀY", "DATE"));
  add_jobs_option(*command, options->jobs, g);
  command
      ->add_option(
          "--format", options->format,
          g.tr("Định dạng: text (mặc định) hoặc json", "Output format: text (default) or json"))
      ->check(CLI::IsMember({"text", "json"}).description(""))
      ->type_name("text|json");
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_validate(*options, globals); });
}

}  // namespace kehoach::cli
