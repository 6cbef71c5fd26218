// `kehoach render PLAN`: the plan as the official document, in Markdown, plain text or Word.
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
  const bool docx = options.format == "docx";
  // A Word file is bytes, not text: written to a terminal it would only garble the screen.
  if (docx && options.output.empty() && ::isatty(STDOUT_FILENO) != 0) {
    print_error(g, {"không ghi tệp Word (.docx) ra màn hình: dùng -o TỆP.docx, ví dụ `kehoach "
                    "render plan.yaml --format docx -o plan.docx`",
                    "will not write a Word file (.docx) to the terminal: use -o FILE.docx, e.g. "
                    "`kehoach render plan.yaml --format docx -o plan.docx`"});
    return Exit::failure;
  }
  const std::string document = docx                       ? render_docx(loaded->plan, g.lang)
                               : options.format == "text" ? render_text(loaded->plan, g.lang)
                                                          : render_markdown(loaded->plan, g.lang);
  if (options.output.empty()) {
    if (docx) {
      write_stdout_bytes(document);
    } else {
      write_stdout(document);
    }
    return Exit::ok;
  }
  if (const auto failure = write_atomically(options.output, document, options.force,
                                            docx ? Content::binary : Content::text)) {
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
      "render", g.tr("Trình bày kế hoạch thành văn bản (Markdown, văn bản thường hoặc Word)",
                     "Render a plan as the official document (Markdown, plain text or Word)"));
  command->add_option("PLAN", options->file, g.tr("Tệp kế hoạch (.yaml)", "Plan file (.yaml)"))
      ->required();
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: md (Markdown, mặc định), text (văn bản thường, 80 cột) hoặc "
                        "docx (tệp Word theo thể thức Nghị định 30/2020, cần -o)",
                        "Output format: md (Markdown, default), text (plain, 80 columns) or docx "
                        "(Word file laid out as Nghị định 30/2020 sets out, needs -o)"))
      ->check(CLI::IsMember({"md", "text", "docx"}).description(""))
      ->type_name("md|text|docx");
  command
      ->add_option("-o,--output", options->output,
                   g.tr("Ghi vào TỆP thay vì in ra màn hình", "Write to FILE instead of stdout"))
      ->type_name(g.tr("TỆP", "FILE"));
  command->add_flag("--force", options->force,
                    g.tr("Ghi đè TỆP nếu đã có", "Overwrite FILE if it exists"));
  command->footer(
      g.tr("Ví dụ:\n  kehoach render plan.yaml --format text\n"
           "  kehoach render plan.yaml --format docx -o plan.docx\n",
           "Examples:\n  kehoach render plan.yaml --format text\n"
           "  kehoach render plan.yaml --format docx -o plan.docx\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_render(*options, globals); });
}

}  // namespace kehoach::cli
