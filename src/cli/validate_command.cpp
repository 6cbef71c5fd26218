// `kehoach validate PLAN...`: loads and checks plans, printing every problem like a compiler.
#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/check.hpp"
#include "kehoach/json.hpp"
#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/rules.hpp"
#include "kehoach/text.hpp"

namespace kehoach::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string format = "text";
  std::string parent;
  bool strict = false;
  bool list_rules = false;
};

std::string_view severity_word(Severity s, Lang lang) { return severity_label(s, lang); }

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
    std::fwrite(out.data(), 1, out.size(), stdout);
    return;
  }
  const bool vi = g.lang == Lang::vi;
  std::size_t width = 0;
  for (const Rule& r : rules())
    width = std::max(width, display_width(severity_word(r.severity, g.lang)));
  const std::string_view head = vi ? "mức" : "severity";
  width = std::max(width, display_width(head));
  auto pad = [](std::string_view s, std::size_t w) {
    return std::string(s) + std::string(w - display_width(s), ' ');
  };
  std::string out = fmt::format("{}  {}  {}\n", pad(vi ? "mã" : "code", 5), pad(head, width),
                                vi ? "mô tả" : "description");
  for (const Rule& r : rules()) {
    out += fmt::format("{}  {}  {}\n", r.code, pad(severity_word(r.severity, g.lang), width),
                       vi ? r.vi : r.en);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

Exit run_validate(const ValidateOptions& options, const Globals& g) {
  if (options.list_rules) {
    list_rules(options.format, g);
    return Exit::ok;
  }
  if (options.files.empty()) {
    print_error(g, {"cần ít nhất một tệp kế hoạch", "at least one plan file is required"});
    return Exit::failure;
  }
  std::vector<Diagnostic> diagnostics;
  std::vector<SourceText> sources;
  ParentFinder parents(options.parent);
  bool failed = false;
  int files = 0;
  for (const auto& path : options.files) {
    InputFile input = read_input(path, max_plan_bytes);
    if (input.failure) {
      print_error(g, *input.failure);
      failed = true;
      continue;
    }
    ++files;
    if (input.problem) {
      diagnostics.push_back(*input.problem);
      continue;
    }
    LoadResult loaded = load_plan(input.text, path);
    diagnostics.insert(diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    // The plan rules run on a plan that loaded cleanly: on a broken one they would only
    // repeat, in other words, what the loader already said.
    if (loaded.ok()) {
      const auto found = check_plan(loaded.plan, builtin_acts());
      diagnostics.insert(diagnostics.end(), found.begin(), found.end());
      std::optional<Message> parent_failure;
      if (const ParentPlan* parent = parents.find(path, loaded.plan, diagnostics, parent_failure)) {
        const auto against = check_against_parent(loaded.plan, parent->loaded.plan, builtin_acts());
        diagnostics.insert(diagnostics.end(), against.begin(), against.end());
      }
      if (parent_failure) {
        print_error(g, *parent_failure);
        return Exit::failure;
      }
    }
    sources.push_back(SourceText{path, std::move(loaded.text)});
  }
  for (const auto& parent : parents.loaded()) {
    const bool listed = std::any_of(sources.begin(), sources.end(),
                                    [&](const SourceText& s) { return s.file == parent->path; });
    if (!listed) sources.push_back(SourceText{parent->path, parent->loaded.text});
  }
  sort_diagnostics(diagnostics);
  const DiagnosticSummary summary = summarize(diagnostics, files);
  const std::string out =
      options.format == "json"
          ? format_diagnostics_json(diagnostics, summary, g.lang)
          : format_diagnostics_text(diagnostics, sources, summary, g.lang, g.color_stdout());
  // When no file could be read there is nothing to summarise: the errors went to stderr.
  if (files > 0) std::fwrite(out.data(), 1, out.size(), stdout);
  if (failed) return Exit::failure;
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
  command->add_option("PLAN", options->files, g.tr("Tệp kế hoạch (.yaml)", "Plan files (.yaml)"));
  command
      ->add_option(
          "--parent", options->parent,
          g.tr("Kế hoạch cấp trên để kiểm tra (mặc định: tệp ghi ở `parent.file` của kế hoạch)",
               "The parent plan to check against (default: the plan's own `parent.file`)"))
      ->type_name(g.tr("TỆP", "FILE"));
  command->add_flag("--strict", options->strict,
                    g.tr("Coi cảnh báo như lỗi (thoát 1 khi có cảnh báo)",
                         "Treat warnings as errors (exit 1 when there are warnings)"));
  command->add_flag(
      "--list-rules", options->list_rules,
      g.tr("In bảng các quy tắc kiểm tra rồi thoát", "Print the table of rules and exit"));
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
