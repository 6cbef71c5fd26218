// The Word writer of `kehoach render`: the document model of render_document.hpp as an Office
// Open XML file (.docx), laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I sets out an
// administrative document. The parts are written with fmt and zipped in memory with libzip, in a
// fixed order with a fixed timestamp, so the same plan always gives the same bytes.
//
// Clauses cited below ("PL I, I.3") are Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn
// thư, Phụ lục I, Phần I: mục I (quy định chung: 1 khổ giấy, 3 định lề, 4 phông chữ, 7 số trang)
// and mục II (kỹ thuật trình bày các thành phần thể thức: 1 Quốc hiệu và Tiêu ngữ, 2 tên cơ
// quan, 3 số và ký hiệu, 4 địa danh và thời gian, 5 tên loại và trích yếu, 6 nội dung, 7 chức
// vụ và họ tên người ký, 9 nơi nhận). Where the decree gives a range, the value chosen is named.
#include <utf8proc.h>
#include <zip.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/render.hpp"
#include "kehoach/text.hpp"
#include "write/render_document.hpp"

namespace kehoach {

namespace {

using detail::Block;
using detail::BlockKind;
using detail::Document;

// ---------------------------------------------------------------------------------------------
// Layout. Lengths in twentieths of a point (twips, 1 mm = 56.7 twips); font sizes in half points.

// PL I, I.1: khổ giấy A4 (210 mm x 297 mm); I.2: theo chiều dài (portrait).
constexpr int page_width = 11906;
constexpr int page_height = 16838;
// PL I, I.3: lề trên 20–25 mm, lề dưới 20–25 mm (20 mm chosen), lề trái 30–35 mm (30 mm), lề
// phải 15–20 mm (15 mm).
constexpr int margin_top = 1134;
constexpr int margin_bottom = 1134;
constexpr int margin_left = 1701;
constexpr int margin_right = 851;
// PL I, I.7: the page number sits in the top margin; its line starts 10 mm below the page edge.
constexpr int header_distance = 567;
constexpr int text_width = page_width - margin_left - margin_right;  // 9354 twips, 165 mm

// PL I, I.4: phông chữ Times New Roman, bộ mã Unicode (TCVN 6909:2001), màu đen.
constexpr std::string_view font = "Times New Roman";
constexpr std::string_view color = "000000";

// PL I, II.2: tên cơ quan chủ quản in hoa 12–13, đứng; tên cơ quan ban hành in hoa 12–13,
// đứng, đậm (13 chosen for both).
constexpr int size_issuer = 26;
// PL I, II.3: "Số:" in thường, ký hiệu in hoa, cỡ 13, đứng.
constexpr int size_number = 26;
// PL I, II.1: Quốc hiệu in hoa 12–13, đứng, đậm (12: it keeps one line in the right column);
// Tiêu ngữ in thường 13–14, đứng, đậm (13).
constexpr int size_nation = 24;
constexpr int size_motto = 26;
// PL I, II.4: địa danh và thời gian in thường 13–14, nghiêng (14).
constexpr int size_date = 28;
// PL I, II.5: tên loại in hoa 13–14, đứng, đậm; trích yếu in thường 13–14, đứng, đậm (14).
constexpr int size_kind = 28;
constexpr int size_title = 28;
// PL I, II.6: nội dung in thường 13–14, đứng (14).
constexpr int size_body = 28;
// PL I, II.7: quyền hạn, chức vụ người ký in hoa 13–14, đứng, đậm; họ tên in thường 13–14,
// đứng, đậm (14).
constexpr int size_signature = 28;
// PL I, II.9: "Nơi nhận:" in thường cỡ 12, nghiêng, đậm; phần liệt kê cỡ 11, đứng.
constexpr int size_recipients_label = 24;
constexpr int size_recipients = 22;
// PL I, I.7: số trang cỡ 13–14, đứng (14), canh giữa trong lề trên, không hiện ở trang đầu.
constexpr int size_page_number = 28;
// Practice, not the decree (it has no clause for drafts): "DỰ THẢO" in a box above the header.
constexpr int size_draft_mark = 26;

// PL I, II.6: chữ đầu dòng lùi 1 cm hoặc 1,27 cm (1 cm chosen); khoảng cách giữa các đoạn văn
// tối thiểu 6 pt (6 pt); khoảng cách giữa các dòng từ dòng đơn đến 1,5 lines (1.2 chosen: 288
// of 240).
constexpr int first_line_indent = 567;
constexpr int paragraph_after = 120;
constexpr int line_spacing = 288;

// The header block: a borderless table of two columns (PL I, mục IV, ô 1–4: the issuer on the
// left, Quốc hiệu and Tiêu ngữ on the right, the number under the issuer, the place and date
// under the Tiêu ngữ).
constexpr int header_left = 3969;  // 70 mm
constexpr int header_right = text_width - header_left;
// The recipients (ô 9a, 9b) left and the signature (ô 7a–7c) right at the end.
constexpr int bottom_left = 4536;  // 80 mm
constexpr int bottom_right = text_width - bottom_left;
// Empty lines left for the signature and the seal (PL I, mục IV, ô 7c and 8).
constexpr int signature_space_lines = 4;

// PL I, II.2 and II.5: the rules under the issuer and under the trích yếu are 1/3 to 1/2 of the
// text line (2/5 chosen); II.1: the rule under the Tiêu ngữ is as long as its line.
constexpr int short_rule_numerator = 2;
constexpr int short_rule_denominator = 5;

// ---------------------------------------------------------------------------------------------
// Text measurement, to size the rules: Times advance widths in thousandths of an em (the
// metrics Times New Roman and its metric-compatible substitutes share), by ASCII character from
// ' ' to '~'. A Vietnamese letter is measured as its base letter.

constexpr std::array<std::uint16_t, 95> times_regular{
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
    556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
    722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
    278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};
constexpr std::array<std::uint16_t, 95> times_bold{
    250, 333, 555, 500, 500, 1000, 833, 278,  333, 333, 500, 570, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500,  500, 500,  500, 500, 333, 333, 570, 570, 570, 500,
    930, 722, 667, 722, 722, 667,  611, 778,  778, 389, 500, 778, 667, 944, 722, 778,
    611, 778, 722, 556, 667, 722,  722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
    333, 500, 556, 444, 556, 444,  333, 500,  556, 278, 333, 556, 278, 833, 556, 500,
    556, 556, 444, 389, 333, 556,  500, 722,  500, 500, 444, 394, 220, 394, 520};

// The width of `text` set in Times at `half_points`, in twips.
int text_width_twips(std::string_view text, int half_points, bool bold) {
  const auto& widths = bold ? times_bold : times_regular;
  long units = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    i += static_cast<std::size_t>(n);
    if (cp == 0x0110) cp = 'D';  // Đ
    if (cp == 0x0111) cp = 'd';  // đ
    if (cp == 0x00a0) cp = ' ';
    if (cp > 0x7e) {
      // The base letter of a composed Vietnamese letter (ệ → e); others count as an en.
      std::array<utf8proc_int32_t, 4> parts{};
      utf8proc_int32_t last = 0;
      const auto m =
          utf8proc_decompose_char(cp, parts.data(), parts.size(), UTF8PROC_DECOMPOSE, &last);
      cp = m > 0 && parts[0] <= 0x7e ? parts[0] : 'n';
    }
    units += cp >= 0x20 ? widths[static_cast<std::size_t>(cp - 0x20)] : 0;
  }
  // units/1000 em × (half_points/2) pt × 20 twips/pt
  return static_cast<int>(units * half_points * 10 / 1000);
}

// ---------------------------------------------------------------------------------------------
// XML.

// Text as XML character data: NFC (PL I, I.4: Unicode), markup characters escaped, and what XML
// 1.0 cannot hold (C0 controls, U+FFFE, U+FFFF) dropped.
std::string xml_text(std::string_view text) {
  const std::string nfc = to_nfc(replace_invalid_utf8(text, true));
  std::string out;
  out.reserve(nfc.size() + 16);
  for (std::size_t i = 0; i < nfc.size(); ++i) {
    const char c = nfc[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
        // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
        if (static_cast<unsigned char>(c) == 0xEF && i + 2 < nfc.size() &&
            static_cast<unsigned char>(nfc[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(nfc[i + 2]) == 0xBE ||
             static_cast<unsigned char>(nfc[i + 2]) == 0xBF)) {
          i += 2;
          break;
        }
        out.push_back(c);
    }
  }
  return out;
}

enum class Align { left, center, right, both };

std::string_view align_name(Align a) {
  switch (a) {
    case Align::left: return "left";
    case Align::center: return "center";
    case Align::right: return "right";
    case Align::both: return "both";
  }
  return "left";
}

struct RunStyle {
  int size = size_body;
  bool bold = false;
  bool italic = false;
};

struct ParagraphStyle {
  Align align = Align::left;
  int first_line = 0;
  int before = 0;
  int after = 0;
  int line = 240;  ///< single
  int indent_left = 0;
  int indent_right = 0;
  bool keep_next = false;
  bool rule_above = false;  ///< a 0.5 pt line along the paragraph's top edge
  bool box = false;         ///< a box around the paragraph
};

void run(std::string& out, std::string_view text, RunStyle s) {
  if (text.empty()) return;
  out += "<w:r><w:rPr>";
  if (s.bold) out += "<w:b/><w:bCs/>";
  if (s.italic) out += "<w:i/><w:iCs/>";
  fmt::format_to(std::back_inserter(out), "<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", s.size);
  out += "</w:rPr><w:t xml:space=\"preserve\">";
  out += xml_text(text);
  out += "</w:t></w:r>";
}

// Each paragraph, table and row starts a line of its own, so that a diff of two document.xml
// files shows what changed (white space between these elements means nothing to a reader).
void paragraph_open(std::string& out, const ParagraphStyle& p, int mark_size) {
  out += "\n<w:p><w:pPr>";
  if (p.keep_next) out += "<w:keepNext/>";
  if (p.rule_above || p.box) {
    out += "<w:pBdr>";
    constexpr std::string_view line =
        "w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"";
    if (p.box) {
      for (const char* side : {"top", "left", "bottom", "right"})
        fmt::format_to(std::back_inserter(out), "<w:{} {}/>", side, line);
    } else {
      fmt::format_to(std::back_inserter(out), "<w:top {}/>", line);
    }
    out += "</w:pBdr>";
  }
  fmt::format_to(std::back_inserter(out),
                 "<w:spacing w:before=\"{}\" w:after=\"{}\" w:line=\"{}\" w:lineRule=\"{}\"/>",
                 p.before, p.after, p.line, p.rule_above ? "exact" : "auto");
  if (p.first_line != 0 || p.indent_left != 0 || p.indent_right != 0) {
    fmt::format_to(std::back_inserter(out),
                   "<w:ind w:left=\"{}\" w:right=\"{}\" w:firstLine=\"{}\"/>", p.indent_left,
                   p.indent_right, p.first_line);
  }
  fmt::format_to(std::back_inserter(out), "<w:jc w:val=\"{}\"/>", align_name(p.align));
  fmt::format_to(std::back_inserter(out),
                 "<w:rPr><w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/></w:rPr></w:pPr>", mark_size);
}

void paragraph(std::string& out, const ParagraphStyle& p, std::string_view text, RunStyle s) {
  paragraph_open(out, p, s.size);
  run(out, text, s);
  out += "</w:p>";
}

// A short centred line under the text above it, `length` twips long inside a column `width`
// twips wide: an empty paragraph with a top border, narrowed by its indents.
void rule(std::string& out, int width, int length) {
  length = std::clamp(length, 1, width);
  ParagraphStyle p;
  p.rule_above = true;
  p.line = 20;  // one point: the rule sits right under the line above
  p.indent_left = (width - length) / 2;
  p.indent_right = width - length - p.indent_left;
  p.align = Align::center;
  paragraph_open(out, p, 2);
  out += "</w:p>";
}

int longest_line(const std::vector<std::string>& lines, int size, bool bold) {
  int w = 0;
  for (const std::string& l : lines) w = std::max(w, text_width_twips(l, size, bold));
  return w;
}

// A table without borders whose cells are given as XML paragraphs.
void borderless_table(std::string& out, std::array<int, 2> widths,
                      const std::vector<std::array<std::string, 2>>& rows) {
  fmt::format_to(std::back_inserter(out),
                 "\n<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                 "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
                 "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/>"
                 "<w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
                 "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/>"
                 "<w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
                 "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" "
                 "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
                 "<w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/></w:tblGrid>",
                 widths[0] + widths[1], widths[0], widths[1]);
  for (const auto& cells : rows) {
    out += "\n<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t c = 0; c < 2; ++c) {
      fmt::format_to(std::back_inserter(out), "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>",
                     widths[c]);
      out += "</w:tcPr>";
      out += cells[c].empty() ? "<w:p/>" : cells[c];
      out += "</w:tc>";
    }
    out += "</w:tr>";
  }
  out += "</w:tbl>";
}

ParagraphStyle centered() {
  ParagraphStyle p;
  p.align = Align::center;
  return p;
}

ParagraphStyle body_style() {
  ParagraphStyle p;
  p.align = Align::both;
  p.first_line = first_line_indent;
  p.after = paragraph_after;
  p.line = line_spacing;
  return p;
}

constexpr std::string_view ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view ns_r =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string document_xml(const Document& doc) {
  std::string out;
  out.reserve(64 * 1024);
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  fmt::format_to(std::back_inserter(out), "<w:document xmlns:w=\"{}\" xmlns:r=\"{}\"><w:body>",
                 ns_w, ns_r);

  if (doc.draft) {
    ParagraphStyle p;
    p.align = Align::center;
    p.box = true;
    p.after = 120;
    p.indent_left = text_width - 2 * text_width_twips(doc.draft_mark, size_draft_mark, true);
    paragraph(out, p, doc.draft_mark, {size_draft_mark, true, false});
  }

  // Header block, row 1: the issuer under its authority, with a short rule; Quốc hiệu and
  // Tiêu ngữ, with a rule as long as the Tiêu ngữ. Row 2: number and symbol; place and date.
  std::string left;
  for (const std::string& a : doc.authority) paragraph(left, centered(), a, {size_issuer});
  for (const std::string& i : doc.issuer) paragraph(left, centered(), i, {size_issuer, true});
  if (!doc.issuer.empty())
    rule(left, header_left,
         longest_line(doc.issuer, size_issuer, true) * short_rule_numerator /
             short_rule_denominator);
  std::string right;
  paragraph(right, centered(), doc.nation, {size_nation, true});
  paragraph(right, centered(), doc.motto, {size_motto, true});
  rule(right, header_right, text_width_twips(doc.motto, size_motto, true));
  std::string number;
  ParagraphStyle below = centered();
  below.before = 120;
  paragraph(number, below, doc.number, {size_number});
  std::string date;
  paragraph(date, below, doc.date, {size_date, false, true});
  borderless_table(out, {header_left, header_right}, {{left, right}, {number, date}});

  // Tên loại and trích yếu, with a short rule under it.
  ParagraphStyle kind = centered();
  kind.before = 360;
  kind.keep_next = true;
  paragraph(out, kind, doc.kind, {size_kind, true});
  if (!doc.title.empty()) {
    ParagraphStyle title = centered();
    title.keep_next = true;
    paragraph(out, title, doc.title, {size_title, true});
    rule(out, text_width,
         std::min(text_width, text_width_twips(doc.title, size_title, true)) *
             short_rule_numerator / short_rule_denominator);
  }
  ParagraphStyle gap;
  gap.after = 120;
  paragraph_open(out, gap, size_body);
  out += "</w:p>";

  for (const std::string& p : doc.opening) paragraph(out, body_style(), p, {size_body});
  for (const Block& b : doc.body) {
    ParagraphStyle p = body_style();
    switch (b.kind) {
      case BlockKind::heading: {
        // Headings in the plan's own numbering. PL I, II.6 sets a mục (I., II.) in bold and a
        // điểm (a), b)) upright at the body's size; the items of a part (1., 2.) are bold as
        // the seed plans print them (practice, not a clause).
        p.keep_next = true;
        const bool bold = b.depth <= 2;
        const std::string text = b.label + (b.label.empty() || b.text.empty() ? "" : " ") + b.text;
        paragraph(out, p, text, {size_body, bold});
        break;
      }
      case BlockKind::run_in:
        paragraph_open(out, p, size_body);
        run(out, b.label, {size_body, true});
        run(out, " " + b.text, {size_body});
        out += "</w:p>";
        break;
      case BlockKind::paragraph: paragraph(out, p, b.text, {size_body}); break;
    }
  }
  if (!doc.closing.empty()) paragraph(out, body_style(), doc.closing, {size_body});

  // Recipients left, signature right.
  if (!doc.recipients.empty() || !doc.signature.empty() || !doc.signer.empty()) {
    std::string recipients;
    if (!doc.recipients.empty()) {
      ParagraphStyle label;
      label.before = 120;
      paragraph(recipients, label, doc.recipients_label, {size_recipients_label, true, true});
      for (const std::string& r : doc.recipients)
        paragraph(recipients, ParagraphStyle{}, r, {size_recipients});
    }
    std::string signature;
    ParagraphStyle sign = centered();
    sign.before = 120;
    for (const std::string& s : doc.signature) {
      paragraph(signature, sign, s, {size_signature, true});
      sign.before = 0;
    }
    if (!doc.signature.empty() || !doc.signer.empty()) {
      for (int i = 0; i < signature_space_lines; ++i) {
        paragraph_open(signature, centered(), size_signature);
        signature += "</w:p>";
      }
      if (!doc.signer.empty()) paragraph(signature, centered(), doc.signer, {size_signature, true});
    }
    borderless_table(out, {bottom_left, bottom_right}, {{recipients, signature}});
  }
  paragraph_open(out, ParagraphStyle{}, 2);
  out += "</w:p>";

  // One section: A4 portrait, the margins, the page number in the header of every page but the
  // first (titlePg with an empty first-page header).
  fmt::format_to(std::back_inserter(out),
                 "\n<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeaderPage\"/>"
                 "<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>"
                 "<w:pgSz w:w=\"{}\" w:h=\"{}\"/>"
                 "<w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" "
                 "w:header=\"{}\" w:footer=\"{}\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>",
                 page_width, page_height, margin_top, margin_right, margin_bottom, margin_left,
                 header_distance, header_distance);
  out += "</w:body></w:document>\n";
  return out;
}

std::string header_xml(bool page_number) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  fmt::format_to(std::back_inserter(out), "<w:hdr xmlns:w=\"{}\" xmlns:r=\"{}\">", ns_w, ns_r);
  paragraph_open(out, centered(), size_page_number);
  if (page_number) {
    const std::string props = fmt::format(
        "<w:rPr><w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/></w:rPr>", size_page_number);
    out += "<w:r>" + props + "<w:fldChar w:fldCharType=\"begin\"/></w:r>";
    out += "<w:r>" + props + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>";
    out += "<w:r>" + props + "<w:fldChar w:fldCharType=\"separate\"/></w:r>";
    out += "<w:r>" + props + "<w:t>2</w:t></w:r>";
    out += "<w:r>" + props + "<w:fldChar w:fldCharType=\"end\"/></w:r>";
  }
  out += "</w:p></w:hdr>\n";
  return out;
}

std::string styles_xml() {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  fmt::format_to(
      std::back_inserter(out),
      "<w:styles xmlns:w=\"{0}\"><w:docDefaults><w:rPrDefault><w:rPr>"
      "<w:rFonts w:ascii=\"{1}\" w:hAnsi=\"{1}\" w:eastAsia=\"{1}\" w:cs=\"{1}\"/>"
      "<w:color w:val=\"{2}\"/><w:sz w:val=\"{3}\"/><w:szCs w:val=\"{3}\"/>"
      "<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
      "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
      "</w:pPr></w:pPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
      "w:val=\"Normal\"/>"
      "<w:qFormat/><w:rPr><w:rFonts w:ascii=\"{1}\" w:hAnsi=\"{1}\" w:eastAsia=\"{1}\" "
      "w:cs=\"{1}\"/><w:color w:val=\"{2}\"/></w:rPr></w:style>"
      "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
      "<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
      "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>"
      "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
      "</w:tblPr></w:style></w:styles>\n",
      ns_w, font, color, size_body);
  return out;
}

std::string settings_xml() {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  fmt::format_to(std::back_inserter(out),
                 "<w:settings xmlns:w=\"{}\"><w:defaultTabStop w:val=\"567\"/>"
                 "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                 "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                 "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                 "</w:settings>\n",
                 ns_w);
  return out;
}

constexpr std::string_view content_types =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/word/header2.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>\n";

constexpr std::string_view package_rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
    "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
    "</Relationships>\n";

constexpr std::string_view document_rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/relationships/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
    "2006/relationships/settings\" Target=\"settings.xml\"/>"
    "<Relationship Id=\"rIdHeaderPage\" Type=\"http://schemas.openxmlformats.org/"
    "officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
    "<Relationship Id=\"rIdHeaderFirst\" Type=\"http://schemas.openxmlformats.org/"
    "officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>"
    "</Relationships>\n";

// Document properties: the title ("KẾ HOẠCH" and the trích yếu) and the issuer. No dates: the
// file must not change from one run to the next.
std::string core_xml(const Document& doc) {
  const std::string title = doc.title.empty() ? doc.kind : doc.kind + " " + doc.title;
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
      "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      "<dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>vi-VN</dc:language>"
      "</cp:coreProperties>\n",
      xml_text(title), xml_text(doc.issuer_name));
}

std::string app_xml(const Document& doc) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "extended-properties\"><Application>kehoach {}</Application><Company>{}</Company>"
      "</Properties>\n",
      KEHOACH_VERSION, xml_text(doc.issuer_name));
}

// ---------------------------------------------------------------------------------------------
// The zip container.

struct ZipArchive {
  zip_source_t* source = nullptr;
  zip_t* archive = nullptr;
  ~ZipArchive() {
    if (archive != nullptr) zip_discard(archive);
    if (source != nullptr) zip_source_free(source);
  }
};

[[noreturn]] void zip_failure(std::string_view what, zip_error_t* error) {
  throw std::runtime_error(fmt::format("docx: {}: {}", what, zip_error_strerror(error)));
}

// The parts zipped in the order given, each deflated, dated 1980-01-01 00:00 (the first date a
// zip entry can hold), so that equal parts make equal files.
std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  ZipArchive z;
  z.source = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (z.source == nullptr) zip_failure("buffer", &error);
  z.archive = zip_open_from_source(z.source, ZIP_TRUNCATE, &error);
  if (z.archive == nullptr) zip_failure("open", &error);
  zip_source_keep(z.source);
  constexpr zip_uint16_t dos_time = 0;                           // 00:00:00
  constexpr zip_uint16_t dos_date = (0U << 9) | (1U << 5) | 1U;  // 1980-01-01
  for (const auto& [name, data] : parts) {
    zip_source_t* part = zip_source_buffer(z.archive, data.data(), data.size(), 0);
    if (part == nullptr) zip_failure(name, zip_get_error(z.archive));
    const zip_int64_t index = zip_file_add(z.archive, name.c_str(), part, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(part);
      zip_failure(name, zip_get_error(z.archive));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(z.archive, i, ZIP_CM_DEFLATE, 6) != 0 ||
        zip_file_set_dostime(z.archive, i, dos_time, dos_date, 0) != 0)
      zip_failure(name, zip_get_error(z.archive));
  }
  if (zip_close(z.archive) != 0) zip_failure("close", zip_get_error(z.archive));
  z.archive = nullptr;
  if (zip_source_open(z.source) != 0) zip_failure("read", zip_source_error(z.source));
  zip_source_seek(z.source, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(z.source);
  zip_source_seek(z.source, 0, SEEK_SET);
  std::string bytes(static_cast<std::size_t>(std::max<zip_int64_t>(size, 0)), '\0');
  const zip_int64_t read = zip_source_read(z.source, bytes.data(), bytes.size());
  zip_source_close(z.source);
  if (read != size) zip_failure("read", zip_source_error(z.source));
  return bytes;
}

}  // namespace

std::string render_docx(const Plan& plan, Lang lang) {
  const Document doc = detail::build_document(plan, lang);
  // [Content_Types].xml first, as readers that stream the package expect.
  const std::vector<std::pair<std::string, std::string>> parts{
      {"[Content_Types].xml", std::string(content_types)},
      {"_rels/.rels", std::string(package_rels)},
      {"docProps/core.xml", core_xml(doc)},
      {"docProps/app.xml", app_xml(doc)},
      {"word/document.xml", document_xml(doc)},
      {"word/_rels/document.xml.rels", std::string(document_rels)},
      {"word/styles.xml", styles_xml()},
      {"word/settings.xml", settings_xml()},
      {"word/header1.xml", header_xml(true)},
      {"word/header2.xml", header_xml(false)},
  };
  return zip_parts(parts);
}

}  // namespace kehoach
