// libFuzzer target: `kehoach import`'s readers and what follows them. The first byte picks the
// reader (.docx: the rest is the zip file as libzip and pugixml read it; .txt, UTF-8 or UTF-16
// with BOM; .md) and the options (--year, --level); the paragraphs read go through import_plan
// and write_imported_plan, and the YAML written is read back with load_plan and checked, as the
// command does.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common.hpp"
#include "kehoach/acts.hpp"
#include "kehoach/check.hpp"
#include "kehoach/import.hpp"
#include "kehoach/load.hpp"

namespace {

using kehoach::fuzz::fail;

// Codes the YAML written by the importer must never get: it is kehoach's own output, so a
// syntax error, an unknown or repeated key, an anchor, invalid UTF-8 or a mis-typed value there
// is the writer's fault, not the document's.
bool writer_fault(const std::string& code) {
  return code == "KH001" || code == "KH002" || code == "KH003" || code == "KH004" ||
         code == "KH005" || code == "KH007" || code == "KH011";
}

// A C0 control but tab, line feed and carriage return, DEL, a C1 control (U+0080-U+009F), or
// U+FFFE or U+FFFF (which YAML cannot hold either): the readers refuse a document holding one.
bool has_control(std::string_view text) {
  if (text.find("\xEF\xBF\xBE") != std::string_view::npos) return true;
  if (text.find("\xEF\xBF\xBF") != std::string_view::npos) return true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return true;
    // C1 controls, U+0085 (NEXT LINE) too: the readers end a line there.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      return true;
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kehoach;
  if (size == 0) return 0;
  const unsigned pick = data[0];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const unsigned reader = pick % 3;
  const ReadResult read = reader == 0   ? read_docx_document(bytes)
                          : reader == 1 ? read_text_document(bytes)
                                        : read_markdown_document(bytes);
  if (read.failure) {
    if (!read.paragraphs.empty()) fail("a reader failed but returned paragraphs");
    fuzz::check_printable(read.failure->vi);
    fuzz::check_printable(read.failure->en);
    return 0;
  }
  // (Line numbers need not go forward: a two-column block of `render --format text` is read
  // column by column.)
  for (const auto& p : read.paragraphs) {
    if (find_invalid_utf8(p.text)) fail("a paragraph read is not valid UTF-8");
    if (p.line < 1) fail("a paragraph without its source line");
    if (has_control(p.text)) fail("a paragraph read holds a control character");
  }

  ImportOptions options;
  if ((pick / 3) % 2 == 1) options.year = 2000 + static_cast<int>(pick % 40);
  if ((pick / 6) % 2 == 1) options.level = static_cast<Level>((pick / 12) % 7);
  const ImportedPlan imported = import_plan(read.paragraphs, options);
  ImportWriteOptions write;
  write.source_comments = (pick / 128) == 0;
  write.source_name = "ke-hoach.docx";
  write.paragraphs = reader == 0;
  const std::string yaml = write_imported_plan(imported, write);
  if (find_invalid_utf8(yaml)) fail("the imported plan is not valid UTF-8");

  const std::string file = "ke-hoach.yaml";
  const LoadResult loaded = load_plan(yaml, file);
  std::vector<Diagnostic> diagnostics = loaded.diagnostics;
  for (const auto& d : diagnostics) {
    if (writer_fault(d.code)) {
      std::fprintf(stderr, "%s:%d:%d: %s %s\n", file.c_str(), d.at.line, d.at.column,
                   d.code.c_str(), d.message.en.c_str());
      fail("the imported plan does not read back as kehoach's own YAML");
    }
  }
  if (loaded.ok()) {
    const auto found = check_plan(loaded.plan, builtin_acts());
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  }
  fuzz::run_diagnostics(std::move(diagnostics), file, loaded.text);
  return 0;
}
