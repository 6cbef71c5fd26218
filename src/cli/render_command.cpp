// `kehoach render PLAN`: the plan as the official document, in Markdown or plain text.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/load.hpp"
#include "kehoach/render.hpp"

namespace kehoach::cli {
namespace {

struct RenderOptions {
  std::string file;
  std::string format = "md";
  std::string output;
  bool force = false;
};

Exit run_render(const RenderOptions& options, const Globals& g) {
  InputFile input = read_input(options.file, max_plan_bytes);
  if (input.failure) {
    print_error(g, *input.failure);
    return Exit::failure;
  }
  std::vector<Diagnostic> diagnostics;
  std::vector<SourceText> sources;
  std::optional<LoadResult> loaded;
  if (input.problem) {
    diagnostics.push_back(*input.problem);
  } else {
    loaded = load_plan(input.text, options.file);
    diagnostics = loaded->diagnostics;
    sources.push_back(SourceText{options.file, loaded->text});
  }
  // A plan that does not load is not rendered: half a document would pass for a whole one.
  if (!loaded || !loaded->ok()) {
    print_diagnostics(diagnostics, sources, 1, g);
    return Exit::findings;
  }
  if (!options.output.empty() && options.output != "-") {
    std::error_code ec;
    if (std::filesystem::equivalent(options.output, options.file, ec)) {
      print_error(
          g, {fmt::format("`{}` là tệp kế hoạch đang đọc: chọn tệp khác để ghi", options.output),
              fmt::format("`{}` is the plan being read: choose another file to write",
                          options.output)});
      return Exit::failure;
    }
  }
  const std::string document = options.format == "text" ? render_text(loaded->plan, g.lang)
                                                        : render_markdown(loaded->plan, g.lang);
  if (options.output.empty()) {
    write_stdout(document);
    return Exit::ok;
  }
  if (const auto failure = write_atomically(options.output, document, options.force)) {
    print_error(g, *failure);
    return Exit::failure;
  }
  return Exit::ok;
}

}  // namespace

void add_render_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand(
      "render", g.tr("Trình bày kế hoạch thành văn bản (Markdown hoặc văn bản thường)",
                     "Render a plan as the official document (Markdown or plain text)"));
  command->add_option("PLAN", options->file, g.tr("Tệp kế hoạch (.yaml)", "Plan file (.yaml)"))
      ->required();
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: md (Markdown, mặc định) hoặc text (văn bản thường, 80 cột)",
                        "Output format: md (Markdown, default) or text (plain, 80 columns)"))
      ->check(CLI::IsMember({"md", "text"}).description(""))
      ->type_name("md|text");
  command
      ->add_option("-o,--output", options->output,
                   g.tr("Ghi vào TỆP thay vì in ra màn hình", "Write to FILE instead of stdout"))
      ->type_name(g.tr("TỆP", "FILE"));
  command->add_flag("--force", options->force,
                    g.tr("Ghi đè TỆP nếu đã có", "Overwrite FILE if it exists"));
  command->footer(
      g.tr("Ví dụ:\n  kehoach render plan.yaml --format text\n"
           "  kehoach render plan.yaml -o plan.md && pandoc plan.md -o plan.docx\n",
           "Examples:\n  kehoach render plan.yaml --format text\n"
           "  kehoach render plan.yaml -o plan.md && pandoc plan.md -o plan.docx\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_render(*options, globals); });
}

}  // namespace kehoach::cli
