// `kehoach diff CHILD [PARENT]`: what of the parent plan the child carries, late or not at all.
#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/parent.hpp"

namespace kehoach::cli {
namespace {

struct DiffOptions {
  std::string child;
  std::string parent;
  std::string format = "text";
};

Exit run_diff(const DiffOptions& options, const Globals& g) {
  std::string text;
  if (const auto exit = read_or_report(options.child, max_plan_bytes, g, text)) return *exit;
  const LoadResult child = load_plan(text, options.child);
  std::vector<SourceText> sources{SourceText{options.child, child.text}};
  if (!child.ok()) {
    print_diagnostics(child.diagnostics, sources, 1, g);
    return Exit::findings;
  }
  if (options.parent.empty() && (!child.plan.parent || !child.plan.parent->file.present)) {
    print_error(g, {fmt::format("`{}` không ghi `parent.file`: cho biết tệp kế hoạch cấp trên, "
                                "ví dụ `kehoach diff {} TỈNH.yaml`",
                                options.child, options.child),
                    fmt::format("`{}` has no `parent.file`: name the parent plan, e.g. "
                                "`kehoach diff {} PROVINCE.yaml`",
                                options.child, options.child)});
    return Exit::failure;
  }
  ParentFinder finder(options.parent);
  std::vector<Diagnostic> problems;
  std::optional<Message> failure;
  const ParentPlan* parent = finder.find(options.child, child.plan, problems, failure);
  if (failure) {
    print_error(g, *failure);
    return Exit::failure;
  }
  if (parent == nullptr) {
    for (const auto& p : finder.loaded()) sources.push_back(SourceText{p->path, p->loaded.text});
    print_diagnostics(problems, sources, static_cast<int>(sources.size()), g);
    return Exit::findings;
  }
  // Whether the two plans belong together at all (year, citation, level): the checks validate
  // makes against the parent, said before the comparison and counted in the exit status.
  const Plan& parent_plan = parent->loaded.plan;
  const auto pair = check_pair(child.plan, parent_plan, builtin_acts());
  const bool wrong_pair = std::any_of(
      pair.begin(), pair.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (!pair.empty()) {
    sources.push_back(SourceText{parent->path, parent->loaded.text});
    print_diagnostics(pair, sources, 1, g);
  }
  auto below = [](const std::vector<Diagnostic>& found) {
    return std::none_of(found.begin(), found.end(),
                        [](const Diagnostic& d) { return d.code == "KH221"; });
  };
  if (!below(pair) && below(check_pair(parent_plan, child.plan, builtin_acts()))) {
    // The other way round the levels fit: the arguments are most likely swapped.
    print_error(
        g, {fmt::format("hai kế hoạch có vẻ bị đảo thứ tự: `{}` ({}) là cấp trên của `{}` ({}); "
                        "chạy `kehoach diff {} {}`",
                        options.child, level_label(child.plan.issuer.level.value, Lang::vi),
                        parent->path, level_label(parent_plan.issuer.level.value, Lang::vi),
                        parent->path, options.child),
            fmt::format("the two plans look swapped: `{}` ({}) is the parent of `{}` ({}); run "
                        "`kehoach diff {} {}`",
                        options.child, level_label(child.plan.issuer.level.value, Lang::en),
                        parent->path, level_label(parent_plan.issuer.level.value, Lang::en),
                        parent->path, options.child)});
  }
  const PlanDiff diff = diff_plans(child.plan, parent_plan, builtin_acts());
  const DiffSubjects subjects{options.child, parent->path, &child.plan, &parent->loaded.plan};
  const std::string out = options.format == "json" ? format_diff_json(diff, subjects, g.lang)
                          : options.format == "md"
                              ? format_diff_markdown(diff, subjects, g.lang)
                              : format_diff_text(diff, subjects, g.lang, g.color_stdout());
  write_stdout(out, g.color_stdout());
  return diff.problems() > 0 || diff.unreadable_deadlines() > 0 || wrong_pair ? Exit::findings
                                                                              : Exit::ok;
}

}  // namespace

void add_diff_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand(
      "diff", g.tr("Đối chiếu kế hoạch với kế hoạch cấp trên: nhiệm vụ nào đã thực hiện, muộn "
                   "hay còn thiếu",
                   "Compare a plan with its parent plan: what it carries, late or not at all"));
  command->add_option("CHILD", options->child, g.tr("Kế hoạch cấp dưới", "The child plan"))
      ->required();
  command->add_option("PARENT", options->parent,
                      g.tr("Kế hoạch cấp trên (mặc định: `parent.file` của kế hoạch cấp dưới)",
                           "The parent plan (default: the child's `parent.file`)"));
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: text (mặc định), md hoặc json",
                        "Output format: text (default), md or json"))
      ->check(CLI::IsMember({"text", "md", "json"}).description(""))
      ->type_name("text|md|json");
  command->footer(
      g.tr("Trước khi đối chiếu, kiểm tra hai kế hoạch có đúng là cấp dưới và cấp trên của nhau "
           "không (năm, trích dẫn, cấp: KH201, KH202, KH204, KH211, KH220, KH221), như validate.\n"
           "Trạng thái thoát: 1 khi có nhiệm vụ thiếu hoặc muộn, hoặc hai kế hoạch không khớp "
           "nhau; 0 khi không có.\n",
           "Before comparing, checks that the two plans are a child and its parent (year, "
           "citation, level: KH201, KH202, KH204, KH211, KH220, KH221), as validate does.\n"
           "Exit status: 1 when anything is missing or late, or the two plans do not belong "
           "together; 0 otherwise.\n"));
  command->callback([options, &globals, &outcome] { outcome.exit = run_diff(*options, globals); });
}

}  // namespace kehoach::cli
