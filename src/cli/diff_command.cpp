// `kehoach diff CHILD [PARENT]`: what of the parent plan the child carries, late or not at all.
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
  const PlanDiff diff = diff_plans(child.plan, parent->loaded.plan, builtin_acts());
  const DiffSubjects subjects{options.child, parent->path, &child.plan, &parent->loaded.plan};
  const std::string out = options.format == "json" ? format_diff_json(diff, subjects, g.lang)
                          : options.format == "md"
                              ? format_diff_markdown(diff, subjects, g.lang)
                              : format_diff_text(diff, subjects, g.lang, g.color_stdout());
  write_stdout(out, g.color_stdout());
  return diff.problems() > 0 ? Exit::findings : Exit::ok;
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
  command->footer(g.tr("Trạng thái thoát: 1 khi có nhiệm vụ thiếu hoặc muộn, 0 khi không có.\n",
                       "Exit status: 1 when anything is missing or late, 0 otherwise.\n"));
  command->callback([options, &globals, &outcome] { outcome.exit = run_diff(*options, globals); });
}

}  // namespace kehoach::cli
