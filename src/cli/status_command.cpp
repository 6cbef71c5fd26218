// `kehoach status PATH... [--parent PLAN] [--units UNITS]`: the Sở Tư pháp's roll-up of who has
// sent a plan implementing the parent plan, in time, carrying every task, overdue, reported.
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/check.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/status.hpp"
#include "plan_inputs.hpp"

namespace kehoach::cli {
namespace {

namespace fs = std::filesystem;

struct StatusOptions {
  std::vector<std::string> paths;
  std::string parent;
  std::string units;
  std::string as_of;
  std::string format = "text";
  std::string output;
  bool force = false;
  unsigned jobs = 0;
};

std::string same_file_key(const std::string& path) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(path, ec);
  return ec ? fs::path(path).lexically_normal().string() : canonical.string();
}

// The units file, or why the command cannot go on (`exit` set).
struct Units {
  UnitsLoadResult loaded;
  std::optional<Exit> exit;
};

Units read_units(const std::string& path, const Globals& g) {
  Units out;
  std::string text;
  if ((out.exit = read_or_report(path, max_units_bytes, g, text))) return out;
  out.loaded = load_units(text, path);
  if (!out.loaded.diagnostics.empty()) {
    print_diagnostics(out.loaded.diagnostics, {SourceText{path, out.loaded.text}}, 1, g);
  }
  if (!out.loaded.ok()) out.exit = Exit::findings;
  return out;
}

// What `validate` finds in plans[i]: its own load and progress problems, the linking to its
// parent, the plan's rules and the rules against the parent.
void count_findings(const PlanFile& plan, const Plan* parent, std::vector<Diagnostic>& found) {
  if (plan.problem) found.push_back(*plan.problem);
  found.insert(found.end(), plan.loaded.diagnostics.begin(), plan.loaded.diagnostics.end());
  if (plan.progress) {
    const ProgressSide& side = *plan.progress;
    if (side.problem) found.push_back(*side.problem);
    found.insert(found.end(), side.loaded.diagnostics.begin(), side.loaded.diagnostics.end());
    found.insert(found.end(), side.checks.begin(), side.checks.end());
  }
  if (!plan.ok()) return;
  const auto own = check_plan(plan.loaded.plan, builtin_acts());
  found.insert(found.end(), own.begin(), own.end());
  if (parent != nullptr) add_parent_checks(found, plan.loaded.plan, *parent, builtin_acts());
}

Exit run_status(const StatusOptions& options, const Globals& g) {
  Date as_of = today();
  if (!options.as_of.empty()) {
    const auto given = date_option("--as-of", options.as_of, g);
    if (!given) return Exit::failure;
    as_of = *given;
  }
  std::optional<Units> units;
  if (!options.units.empty()) {
    units = read_units(options.units, g);
    if (units->exit) return *units->exit;
  }

  PathList list = expand_paths(options.paths);
  print_path_messages(list, g);
  if (!options.parent.empty()) {
    const std::string want = same_file_key(options.parent);
    bool named = false;
    for (const auto& f : list.files) named = named || same_file_key(f) == want;
    if (!named) list.files.push_back(options.parent);
  }
  if (units) {
    // A unit's plan file named in the list is read even when the paths given miss it: saying
    // "no plan sent" of a plan that is there would be a wrong answer.
    const fs::path base = fs::path(options.units).parent_path();
    std::set<std::string> named;
    for (const auto& f : list.files) named.insert(same_file_key(f));
    for (const auto& unit : units->loaded.units.units) {
      if (!unit.file.present || unit.file.value.empty()) continue;
      const std::string path = (base / unit.file.value).lexically_normal().generic_string();
      std::error_code ec;
      if (!fs::is_regular_file(path, ec) || !named.insert(same_file_key(path)).second) continue;
      list.files.push_back(path);
    }
  }
  std::vector<PlanFile> plans = load_plans(list.files, options.jobs);
  bool could_not_run = list.could_not_run;
  for (const auto& plan : plans) {
    if (plan.failure) print_error(g, *plan.failure);
    if (plan.progress_failure) print_error(g, *plan.progress_failure);
    could_not_run = could_not_run || plan.failure || plan.progress_failure;
  }
  if (could_not_run) return Exit::failure;
  if (plans.empty()) {
    print_error(g, {"không có tệp kế hoạch (*.yaml, *.yml) nào", "no plan files (*.yaml, *.yml)"});
    return Exit::failure;
  }

  // Children linked to parents as `validate` links them.
  std::vector<std::vector<Diagnostic>> found(plans.size());
  ParentIndex parents(plans, "");
  std::vector<const Plan*> parent_of(plans.size(), nullptr);
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (!plans[i].ok()) continue;
    std::optional<Message> failure;
    parent_of[i] = parents.find(i, found[i], failure);
  }
  std::map<const Plan*, std::size_t> in_set;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (plans[i].ok()) in_set.emplace(&plans[i].loaded.plan, i);
  }

  // The parent: --parent, else the one plan that others implement and that implements none of
  // the set.
  const Plan* root = nullptr;
  std::string root_file;
  if (!options.parent.empty()) {
    const std::string want = same_file_key(options.parent);
    for (const auto& plan : plans) {
      if (same_file_key(plan.path) != want) continue;
      if (!plan.ok()) {
        std::vector<Diagnostic> problems = plan.loaded.diagnostics;
        if (plan.problem) problems.push_back(*plan.problem);
        print_diagnostics(problems, {SourceText{plan.path, plan.loaded.text}}, 1, g);
        print_error(
            g,
            {fmt::format("kế hoạch cấp trên `{}` có lỗi: chưa lập được bảng tổng hợp", plan.path),
             fmt::format("the parent plan `{}` has errors: no roll-up is possible", plan.path)});
        return Exit::findings;
      }
      root = &plan.loaded.plan;
      root_file = plan.path;
    }
  } else {
    std::vector<std::pair<const Plan*, std::string>> tops;
    for (std::size_t i = 0; i < plans.size(); ++i) {
      const Plan* p = parent_of[i];
      if (p == nullptr) continue;
      const auto it = in_set.find(p);
      // A parent that itself implements a plan of the set is not at the top.
      if (it != in_set.end() && parent_of[it->second] != nullptr &&
          in_set.contains(parent_of[it->second])) {
        continue;
      }
      std::string file;
      if (it != in_set.end()) {
        file = plans[it->second].path;
      } else {
        for (const auto& outside : parents.outside().loaded()) {
          if (&outside->loaded.plan == p) file = outside->path;
        }
      }
      // The same file reached by two spellings of its path is one parent.
      bool seen = false;
      for (const auto& t : tops)
        seen = seen || t.first == p || same_file_key(t.second) == same_file_key(file);
      if (!seen) tops.emplace_back(p, file);
    }
    if (tops.size() != 1) {
      std::string names;
      for (const auto& t : tops) names += (names.empty() ? "" : ", ") + t.second;
      if (tops.empty()) {
        print_error(g, {"không có kế hoạch nào trong các tệp đã cho được kế hoạch khác thực hiện: "
                        "chỉ ra kế hoạch cấp trên bằng --parent",
                        "no plan among the files given is implemented by another: name the "
                        "parent plan with --parent"});
      } else {
        print_error(
            g, {fmt::format("có {} kế hoạch cấp trên ({}): chọn một bằng --parent", tops.size(),
                            names),
                fmt::format("{} parent plans ({}): choose one with --parent", tops.size(), names)});
      }
      return Exit::failure;
    }
    root = tops.front().first;
    root_file = tops.front().second;
  }

  // A child may reach the parent's file by another spelling of its path (--parent given as an
  // absolute path, `parent.file` relative): the copy loaded for it is the same parent.
  const std::string root_key = same_file_key(root_file);
  std::set<const Plan*> same_as_root{root};
  for (const auto& outside : parents.outside().loaded()) {
    if (same_file_key(outside->path) == root_key) same_as_root.insert(&outside->loaded.plan);
  }
  const auto is_root = [&](const Plan* p) { return p != nullptr && same_as_root.contains(p); };

  parallel_for(plans.size(), options.jobs, [&](std::size_t i) {
    if (&plans[i].loaded.plan == root) return;
    count_findings(plans[i], parent_of[i], found[i]);
  });

  StatusInput input;
  input.parent_file = root_file;
  input.parent = root;
  input.as_of = as_of;
  if (units) {
    input.units = &units->loaded.units;
    input.units_file = options.units;
  }
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const PlanFile& plan = plans[i];
    if (&plan.loaded.plan == root) continue;
    ChildPlan child;
    child.file = plan.path;
    if (plan.ok()) {
      child.plan = &plan.loaded.plan;
      // Read as `overdue` and `progress` read it: the entries in error count as not done, the
      // others are kept, and the unit's row says the file has errors.
      if (plan.progress) {
        const ProgressUse use = progress_use(*plan.progress);
        child.progress = use.progress;
        child.progress_unreadable = use.unreadable;
        if (use.errors) child.progress_errors = plan.progress->path;
      }
    }
    const DiagnosticSummary counted = summarize(found[i], 1);
    child.errors = counted.errors;
    child.warnings = counted.warnings;
    child.linked = is_root(parent_of[i]);
    input.children.push_back(std::move(child));
  }
  const StatusReport report = compute_status(input);
  std::string out;
  if (options.format == "md") {
    out = render_status_markdown(report, g.lang);
  } else if (options.format == "json") {
    out = render_status_json(report, g.lang);
  } else if (options.format == "csv") {
    out = render_status_csv(report, g.lang);
  } else if (options.format == "html") {
    out = render_status_html(report, g.lang);
  } else {
    out = render_status_text(report, g.lang);
  }
  if (!options.output.empty()) {
    // --force overwrites a report, never one of the files the report was made from.
    std::vector<std::string> inputs = list.files;
    if (!options.units.empty()) inputs.push_back(options.units);
    for (const auto& plan : plans) {
      if (plan.progress) inputs.push_back(plan.progress->path);
    }
    for (const auto& input_file : inputs) {
      std::error_code ec;
      if (!fs::equivalent(options.output, input_file, ec)) continue;
      print_error(g, {fmt::format("`{}` là một tệp đang đọc: chọn tệp khác để ghi", options.output),
                      fmt::format("`{}` is one of the files being read: choose another file to "
                                  "write",
                                  options.output)});
      return Exit::failure;
    }
  }
  if (options.output.empty()) {
    write_stdout(out);
  } else if (const auto failure = write_atomically(options.output, out, options.force)) {
    print_error(g, *failure);
    return Exit::failure;
  }
  return report.needs_attention() ? Exit::findings : Exit::ok;
}

}  // namespace

void add_status_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<StatusOptions>();
  CLI::App* command = app.add_subcommand(
      "status", g.tr("Tổng hợp tình hình gửi kế hoạch của đơn vị cấp dưới: ai đã gửi, đúng hạn "
                     "chưa, đủ nhiệm vụ chưa, quá hạn, đã báo cáo chưa",
                     "Roll up the plans units sent under a parent plan: who sent one, on time, "
                     "complete, overdue, reported"));
  command
      ->add_option("PATH", options->paths,
                   g.tr("Tệp kế hoạch hoặc thư mục (đọc mọi tệp .yaml, .yml bên trong)",
                        "Plan files or folders (every .yaml, .yml file inside is read)"))
      ->type_name(g.tr("TỆP|THƯ_MỤC", "FILE|DIR"))
      ->required();
  command
      ->add_option("--parent", options->parent,
                   g.tr("Kế hoạch cấp trên (mặc định: kế hoạch được các kế hoạch khác thực hiện "
                        "và không thực hiện kế hoạch nào trong các tệp đã cho)",
                        "The parent plan (default: the plan the others implement that implements "
                        "none of the files given)"))
      ->type_name(g.tr("TỆP", "FILE"));
  command
      ->add_option("--units", options->units,
                   g.tr("Danh sách đơn vị phải gửi kế hoạch (kehoach-units/1, xem "
                        "kehoach-plan(5)); đơn vị chưa có kế hoạch là một dòng “chưa gửi kế "
                        "hoạch”",
                        "The units expected to send a plan (kehoach-units/1, see "
                        "kehoach-plan(5)); a unit without a plan is a row \"no plan sent\""))
      ->type_name(g.tr("TỆP", "FILE"));
  command
      ->add_option("--as-of", options->as_of,
                   g.tr("Xét đến ngày này (mặc định: hôm nay)",
                        "Judge as of this day (default: "
                        "today)"))
      ->type_name(g.tr("NGÀY", "DATE"));
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: text (mặc định), md, json, csv hoặc html (trang xem và in)",
                        "Output format: text (default), md, json, csv or html (a page to view "
                        "and print)"))
      ->check(CLI::IsMember({"text", "md", "json", "csv", "html"}).description(""))
      ->type_name("text|md|json|csv|html");
  command
      ->add_option("-o,--output", options->output,
                   g.tr("Ghi vào tệp này thay vì in ra màn hình",
                        "Write to this file instead of standard output"))
      ->type_name(g.tr("TỆP", "FILE"));
  command->add_flag("--force", options->force,
                    g.tr("Ghi đè tệp -o đã có", "Overwrite the -o file if it exists"));
  add_jobs_option(*command, options->jobs, g);
  command->footer(g.tr(
      "Trạng thái thoát: 0 mọi đơn vị đã gửi kế hoạch đúng hạn, đủ nhiệm vụ, không có việc quá "
      "hạn;\n1 có đơn vị chưa gửi, gửi muộn, thiếu nhiệm vụ, có việc quá hạn, báo cáo muộn, tệp "
      "tiến độ có lỗi hoặc kế hoạch không đọc được;\n2 không thực hiện được (đường dẫn không có, "
      "cách dùng sai, không ghi được tệp).\n"
      "Ví dụ:\n  kehoach status ke-hoach/ --units don-vi.yaml --as-of 30/09/2026\n"
      "  kehoach status ke-hoach/ --units don-vi.yaml --format html -o tinh-hinh.html\n",
      "Exit status: 0 every unit sent its plan on time, carrying every task, nothing overdue;\n"
      "1 a unit sent no plan, sent it late, misses tasks, has overdue items, reported late, has "
      "a progress file with errors or its plan cannot be read;\n2 could not run (a path does not "
      "exist, bad usage, output not written).\n"
      "Examples:\n  kehoach status plans/ --units units.yaml --as-of 2026-09-30\n"
      "  kehoach status plans/ --units units.yaml --format html -o status.html\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_status(*options, globals); });
}

}  // namespace kehoach::cli
