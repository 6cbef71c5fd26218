// `kehoach import FILE`: a plan written as a Word document, plain text or Markdown becomes a
// plan file; the result is loaded back and checked like `validate` does.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/acts.hpp"
#include "kehoach/check.hpp"
#include "kehoach/import.hpp"
#include "kehoach/load.hpp"
#include "kehoach/text.hpp"

namespace kehoach::cli {
namespace {

struct ImportCommandOptions {
  std::string file;
  std::string output;
  bool force = false;
  int year = 0;
  std::string level;
  bool no_source_comments = false;
};

enum class SourceKind { docx, text, markdown };

std::string lower_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return ext;
}

Exit run_import(const ImportCommandOptions& o, const Globals& g) {
  const std::string ext = lower_extension(o.file);
  SourceKind kind = SourceKind::text;
  if (ext == ".doc") {
    print_error(g, {fmt::format("`{}` là tệp Word cũ (.doc): mở bằng Word hoặc LibreOffice rồi "
                                "lưu lại dưới dạng .docx",
                                o.file),
                    fmt::format("`{}` is an old binary Word file (.doc): open it in Word or "
                                "LibreOffice and save it as .docx",
                                o.file)});
    return Exit::failure;
  }
  if (ext == ".docx") {
    kind = SourceKind::docx;
  } else if (ext == ".md" || ext == ".markdown") {
    kind = SourceKind::markdown;
  } else if (ext != ".txt" && ext != ".text") {
    print_error(g, {fmt::format("`{}`: chỉ nhập được tệp .docx, .txt hoặc .md", o.file),
                    fmt::format("`{}`: only .docx, .txt and .md files can be imported", o.file)});
    return Exit::failure;
  }
  if (!o.output.empty()) {
    std::error_code ec;
    if (std::filesystem::equivalent(o.output, o.file, ec)) {
      print_error(g, {fmt::format("`{}` là tệp đang nhập: chọn tệp khác để ghi", o.output),
                      fmt::format("`{}` is the file being imported: choose another file to write",
                                  o.output)});
      return Exit::failure;
    }
  }
  const std::size_t limit =
      kind == SourceKind::docx ? max_import_docx_bytes : max_import_text_bytes;
  const InputFile input = read_input(o.file, limit);
  if (input.failure) {
    print_error(g, *input.failure);
    return Exit::failure;
  }
  if (input.problem) {
    print_error(
        g, {fmt::format("`{}` quá lớn (giới hạn {} byte): không nhập", o.file, limit),
            fmt::format("`{}` is too large (the limit is {} bytes): not imported", o.file, limit)});
    return Exit::failure;
  }
  ReadResult read = kind == SourceKind::docx       ? read_docx_document(input.text)
                    : kind == SourceKind::markdown ? read_markdown_document(input.text)
                                                   : read_text_document(input.text);
  if (read.failure) {
    if (read.at.line > 0) {
      std::fprintf(stderr, "%s:%d:%d: %s: %s\n", o.file.c_str(), read.at.line, read.at.column,
                   g.tr("lỗi", "error"), read.failure->in(g.lang).c_str());
    } else {
      print_error(g, {fmt::format("`{}`: {}", o.file, read.failure->vi),
                      fmt::format("`{}`: {}", o.file, read.failure->en)});
    }
    return Exit::failure;
  }

  ImportOptions options;
  if (o.year != 0) options.year = o.year;
  if (!o.level.empty()) options.level = level_from_key(o.level);
  const ImportedPlan imported = import_plan(read.paragraphs, options);
  ImportWriteOptions write;
  write.source_comments = !o.no_source_comments;
  write.source_name = std::filesystem::path(o.file).filename().string();
  write.paragraphs = kind == SourceKind::docx;
  const std::string yaml = write_imported_plan(imported, write);

  const std::string name = o.output.empty() ? "<stdout>" : o.output;
  if (o.output.empty()) {
    write_stdout(yaml);
    std::fflush(stdout);
  } else if (const auto failure = write_atomically(o.output, yaml, o.force)) {
    print_error(g, *failure);
    return Exit::failure;
  }

  // What was written, read back and checked: the positions are in the new file.
  const LoadResult loaded = load_plan(yaml, name);
  std::vector<Diagnostic> diagnostics = loaded.diagnostics;
  if (loaded.ok()) {
    const auto found = check_plan(loaded.plan, builtin_acts());
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  }
  const std::string unit = read.paragraphs.empty() || kind != SourceKind::docx
                               ? std::string(g.tr("dòng", "lines"))
                               : std::string(g.tr("đoạn", "paragraphs"));
  const std::size_t notes = imported.notes.size();
  const std::string summary =
      g.lang == Lang::vi
          ? fmt::format("kehoach: nhập `{}`: {} {} đã xếp vào các trường, {} không xếp được{}{}\n",
                        o.file, imported.placed, unit, imported.unplaced.size(),
                        notes == 0 ? "" : fmt::format(", {} chỗ cần xem lại", notes),
                        imported.unplaced.empty() && notes == 0 ? ""
                        : notes == 0 ? " (xem các chú thích `# không xếp được`)"
                        : imported.unplaced.empty()
                            ? " (xem các chú thích `# xem lại`)"
                            : " (xem các chú thích `# không xếp được` và `# xem lại`)")
          : fmt::format("kehoach: imported `{}`: {} {} placed in fields, {} not placed{}{}\n",
                        o.file, imported.placed, unit, imported.unplaced.size(),
                        notes == 0 ? "" : fmt::format(", {} to check", notes),
                        imported.unplaced.empty() && notes == 0 ? ""
                        : notes == 0 ? " (see the `# không xếp được` comments)"
                        : imported.unplaced.empty()
                            ? " (see the `# xem lại` comments)"
                            : " (see the `# không xếp được` and `# xem lại` comments)");
  std::fputs(summary.c_str(), stderr);
  // What the importer read but could not make into a field, at its place in the document.
  for (const ImportNote& n : imported.notes) {
    const std::string where = n.line > 0 ? fmt::format("{}:{}:1", o.file, n.line) : o.file;
    std::fprintf(stderr, "%s: %s: %s\n", where.c_str(), g.tr("xem lại", "check"),
                 n.message.in(g.lang).c_str());
  }
  // What makes the plan written wrong (activities left out): errors at their place.
  for (const ImportNote& e : imported.errors) {
    const std::string where = e.line > 0 ? fmt::format("{}:{}:1", o.file, e.line) : o.file;
    std::fprintf(stderr, "%s: %s: %s\n", where.c_str(), g.tr("lỗi", "error"),
                 e.message.in(g.lang).c_str());
  }
  sort_diagnostics(diagnostics);
  // The summary line counts the importer's errors with the plan's, so that it never reads
  // "0 lỗi" under an error.
  DiagnosticSummary counts = summarize(diagnostics, 1);
  counts.errors += static_cast<int>(imported.errors.size());
  const std::string report = format_diagnostics_text(diagnostics, {SourceText{name, loaded.text}},
                                                     counts, g.lang, color_stderr(g));
  std::fwrite(report.data(), 1, report.size(), stderr);
  return has_errors(diagnostics) || !imported.errors.empty() ? Exit::findings : Exit::ok;
}

}  // namespace

void add_import_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<ImportCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "import", g.tr("Nhập kế hoạch từ văn bản Word (.docx), văn bản thường (.txt) hoặc "
                     "Markdown (.md) thành tệp kế hoạch YAML",
                     "Import a plan written as Word (.docx), plain text (.txt) or Markdown (.md) "
                     "into a YAML plan file"));
  command
      ->add_option("FILE", options->file,
                   g.tr("Văn bản kế hoạch (.docx; .txt UTF-8 hoặc UTF-16 có BOM; .md)",
                        "The plan document (.docx; .txt in UTF-8 or UTF-16 with BOM; .md)"))
      ->required();
  command
      ->add_option("-o,--output", options->output,
                   g.tr("Ghi kế hoạch YAML vào TỆP thay vì in ra màn hình",
                        "Write the YAML plan to FILE instead of stdout"))
      ->type_name(g.tr("TỆP", "FILE"));
  command->add_flag("--force", options->force,
                    g.tr("Ghi đè TỆP nếu đã có", "Overwrite FILE if it exists"));
  command
      ->add_option("--year", options->year,
                   g.tr("Năm kế hoạch (mặc định: năm ghi trong tên kế hoạch)",
                        "The plan year (default: the year in the plan's title)"))
      ->check(CLI::Range(1900, 2100).description(""))
      ->type_name(g.tr("NĂM", "YEAR"));
  command
      ->add_option("--level", options->level,
                   g.tr("Cấp của cơ quan ban hành (mặc định: đọc từ tên cơ quan)",
                        "The issuer's level (default: read from the issuer's name)"))
      ->check(
          CLI::IsMember({"national", "ministry", "province", "department", "district", "commune"})
              .description(""))
      ->type_name("province|department|district|commune|…");
  command->add_flag("--no-source-comments", options->no_source_comments,
                    g.tr("Không ghi số dòng nguồn sau mỗi trường",
                         "Do not write the source line after each field"));
  command->footer(g.tr(
      "Mỗi dòng của văn bản vào một trường, hoặc thành chú thích `# không xếp được (dòng N): …`.\n"
      "Ngày ghi trong câu mà không đọc được thành thời hạn, năm lấy theo ngày ban hành: chú thích\n"
      "`# xem lại (dòng N): …`, cũng in ra lỗi chuẩn.\n"
      "Dòng có nhãn bị ngắt sang dòng sau được nối lại; chỗ không chắc: chú thích `# xem lại`.\n"
      "Bảng hoạt động không đọc được thành hoạt động (đặt sau phần ký như phụ lục): lỗi, thoát 1.\n"
      "Kế hoạch ghi ra được kiểm tra như `kehoach validate` (thoát 0, 1 hoặc 2).\n"
      "Ví dụ:\n  kehoach import ke-hoach-2025.docx -o plan.yaml\n",
      "Every line of the document goes into a field, or into a comment `# không xếp được "
      "(dòng N): …`.\nA date in a sentence that does not read as a deadline, a year taken from the "
      "issue date:\na comment `# xem lại (dòng N): …`, also printed on standard error.\n"
      "A labelled line wrapped onto the next is joined again; a doubtful one: a `# xem lại` "
      "comment.\n"
      "A table of activities not read as activities (after the signature, as an appendix): an "
      "error, exit 1.\n"
      "The plan written is checked like `kehoach validate` (exit 0, 1 or 2).\n"
      "Example:\n  kehoach import ke-hoach-2025.docx -o plan.yaml\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_import(*options, globals); });
}

}  // namespace kehoach::cli
