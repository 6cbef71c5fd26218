// Rendering a plan as the official document, laid out as Nghị định 30/2020/NĐ-CP sets out an
// administrative document: header block, number and date, title, basis, the sections in the
// plan's own numbering, recipients and signature. Pure functions: text in, text out.
#pragma once

#include <cstddef>
#include <string>

#include "kehoach/date.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// The plan as a GitHub-flavoured Markdown document (pandoc turns it into .docx); labels in
/// `lang`, the plan's own text as written.
[[nodiscard]] std::string render_markdown(const Plan& plan, Lang lang);
/// The plan as plain text wrapped to `width` characters (code points, not bytes).
[[nodiscard]] std::string render_text(const Plan& plan, Lang lang, std::size_t width = 80);
/// The plan as a Word file (.docx, Office Open XML) laid out as Nghị định 30/2020/NĐ-CP,
/// Phụ lục I sets out; the same plan always gives the same bytes. Throws std::runtime_error only
/// when the zip library fails (out of memory).
[[nodiscard]] std::string render_docx(const Plan& plan, Lang lang);
/// A date as documents write it in running text: a leading zero for days below 10 and for
/// January and February only (`05/3/2020`, `15/01/2024`).
[[nodiscard]] std::string document_date(const Date& date);

}  // namespace kehoach
