// The document model shared by the three writers of `kehoach render` (Markdown and plain text in
// render.cpp, Word in render_docx.cpp): what the official document says, part by part, with the
// layout decisions that do not depend on the output format already taken (upper case in the
// header block, the plan's own numbering, the blanks of a draft, the recipients' punctuation).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach::detail {

/// What a block of the body is: a numbered heading, a paragraph, or a paragraph opened by a bold
/// label ("Cơ quan chủ trì: …").
enum class BlockKind { heading, paragraph, run_in };

/// One paragraph of the body.
struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::size_t depth = 0;  ///< heading depth: 1 for "I."
  std::string label;      ///< heading: "I.", "3.1.", "a)"; run-in: the bold part
  std::string text;
};

/// The whole document, independent of the output format.
struct Document {
  bool draft = false;                  ///< status: draft (dự thảo)
  std::string draft_mark;              ///< "DỰ THẢO" (or "DRAFT" in English)
  std::string issuer_name;             ///< the issuer as the plan names it (document properties)
  std::vector<std::string> authority;  ///< cơ quan chủ quản, upper case
  std::vector<std::string> issuer;     ///< the issuer's name, upper case, one or two lines
  std::string number;
  std::string nation;
  std::string motto;
  std::string date;
  std::string kind;
  std::string title;
  std::vector<std::string> opening;
  std::vector<Block> body;
  std::string closing;
  std::string recipients_label;
  std::vector<std::string> recipients;  ///< "- Sở Tư pháp;" … "- Lưu: VT, TP."
  std::vector<std::string> signature;
  std::string signer;
};

/// The document of `plan` with labels in `lang`.
[[nodiscard]] Document build_document(const Plan& plan, Lang lang);

}  // namespace kehoach::detail
