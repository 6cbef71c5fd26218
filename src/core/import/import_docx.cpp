// Reading a .docx (Office Open XML) with libzip and pugixml: paragraphs and their runs, tables
// cell by cell (by grid column, a merged cell's text carried to every row it covers), the list
// numbers Word draws from numbering.xml (the text lacks them), tracked changes (insertions kept,
// deletions dropped) and fields (their result kept, their code not).
#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <iterator>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "import/import_common.hpp"
#include "kehoach/import.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

Message not_docx(std::string_view why_vi, std::string_view why_en) {
  return Message{fmt::format("không đọc được tệp .docx: {}", why_vi),
                 fmt::format("cannot read the .docx: {}", why_en)};
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// One part of the package, refused past `max_import_part_bytes` once inflated (a zip bomb
// declares a small size or a huge one; both are caught, the first while reading).
std::optional<std::string> read_part(zip_t* zip, const char* name, std::optional<Message>& error) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip, name, 0, &st) != 0) return std::nullopt;
  if ((st.valid & ZIP_STAT_SIZE) != 0 && st.size > max_import_part_bytes) {
    error = not_docx(fmt::format("phần {} giải nén ra {} byte, quá giới hạn {} byte", name, st.size,
                                 max_import_part_bytes),
                     fmt::format("part {} inflates to {} bytes, past the limit of {} bytes", name,
                                 st.size, max_import_part_bytes));
    return std::nullopt;
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(zip, name, 0));
  if (!file) {
    error = not_docx(fmt::format("không mở được phần {} (nén hỏng hoặc có mật khẩu)", name),
                     fmt::format("cannot open part {} (damaged or encrypted)", name));
    return std::nullopt;
  }
  std::string out;
  std::array<char, 65536> buffer{};
  while (true) {
    const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
    if (n < 0) {
      error =
          not_docx(fmt::format("phần {} bị hỏng", name), fmt::format("part {} is damaged", name));
      return std::nullopt;
    }
    if (n == 0) break;
    out.append(buffer.data(), static_cast<std::size_t>(n));
    if (out.size() > max_import_part_bytes) {
      error = not_docx(fmt::format("phần {} giải nén ra quá {} byte", name, max_import_part_bytes),
                       fmt::format("part {} inflates past {} bytes", name, max_import_part_bytes));
      return std::nullopt;
    }
  }
  return out;
}

// More grid columns than a table of a plan ever has (Word allows 63).
constexpr int max_grid_columns = 64;

bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

// A list level of numbering.xml.
struct ListLevel {
  int start = 1;
  std::string format = "decimal";
  std::string text = "%1.";
};

std::string roman_numeral(int n, bool upper) {
  static constexpr std::array<std::pair<int, const char*>, 13> table{{{1000, "M"},
                                                                      {900, "CM"},
                                                                      {500, "D"},
                                                                      {400, "CD"},
                                                                      {100, "C"},
                                                                      {90, "XC"},
                                                                      {50, "L"},
                                                                      {40, "XL"},
                                                                      {10, "X"},
                                                                      {9, "IX"},
                                                                      {5, "V"},
                                                                      {4, "IV"},
                                                                      {1, "I"}}};
  std::string out;
  for (const auto& [value, digits] : table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  if (!upper)
    for (char& c : out) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string format_counter(int value, const std::string& format) {
  if (format == "lowerLetter" || format == "upperLetter") {
    std::string s(1, static_cast<char>('a' + (value - 1) % 26));
    if (format == "upperLetter") s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  }
  if (format == "lowerRoman") return roman_numeral(value, false);
  if (format == "upperRoman") return roman_numeral(value, true);
  return std::to_string(value);
}

class Numbering {
 public:
  explicit Numbering(const std::string& xml) {
    if (xml.empty() || !m_doc.load_buffer(xml.data(), xml.size())) return;
    const pugi::xml_node root = m_doc.child("w:numbering");
    std::map<std::string, std::map<int, ListLevel>> abstracts;
    for (const pugi::xml_node a : root.children("w:abstractNum")) {
      auto& levels = abstracts[a.attribute("w:abstractNumId").value()];
      for (const pugi::xml_node l : a.children("w:lvl")) {
        ListLevel level;
        level.start = l.child("w:start").attribute("w:val").as_int(1);
        if (const auto f = l.child("w:numFmt").attribute("w:val")) level.format = f.value();
        if (const auto t = l.child("w:lvlText").attribute("w:val")) level.text = t.value();
        levels[l.attribute("w:ilvl").as_int(0)] = level;
      }
    }
    for (const pugi::xml_node n : root.children("w:num")) {
      const std::string id = n.attribute("w:numId").value();
      const std::string abstract = n.child("w:abstractNumId").attribute("w:val").value();
      m_lists[id] = abstracts[abstract];
    }
  }

  // The label Word draws before a paragraph of list `id` at level `ilvl`, counting it.
  std::string next(const std::string& id, int ilvl) {
    const auto list = m_lists.find(id);
    if (list == m_lists.end() || ilvl < 0 || ilvl > 8) return {};
    auto& counters = m_counters[id];
    counters.resize(9, 0);
    const auto level_of = [&](int k) {
      const auto l = list->second.find(k);
      return l == list->second.end() ? ListLevel{} : l->second;
    };
    const ListLevel level = level_of(ilvl);
    if (level.format == "bullet") {
      const std::string t = level.text;
      if (t == "+") return "+";
      return "-";
    }
    if (level.format == "none") return {};
    const auto u = static_cast<std::size_t>(ilvl);
    counters[u] = counters[u] == 0 ? level.start : counters[u] + 1;
    for (std::size_t k = u + 1; k < counters.size(); ++k) counters[k] = 0;
    std::string out;
    const std::string& t = level.text;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
        const int k = t[i + 1] - '1';
        const int value = counters[static_cast<std::size_t>(k)] == 0
                              ? level_of(k).start
                              : counters[static_cast<std::size_t>(k)];
        out += format_counter(value, level_of(k).format);
        ++i;
      } else {
        out.push_back(t[i]);
      }
    }
    return out;
  }

 private:
  pugi::xml_document m_doc;
  std::map<std::string, std::map<int, ListLevel>> m_lists;
  std::map<std::string, std::vector<int>> m_counters;
};

bool run_is_bold(const pugi::xml_node& run) {
  const pugi::xml_node b = run.child("w:rPr").child("w:b");
  if (!b) return false;
  const std::string v = b.attribute("w:val").value();
  return v.empty() || v == "1" || v == "true" || v == "on";
}

// The list a paragraph style numbers its paragraphs with ("List Number"): styleId → numId, ilvl.
class StyleNumbering {
 public:
  explicit StyleNumbering(const std::string& xml) {
    pugi::xml_document doc;
    if (xml.empty() || !doc.load_buffer(xml.data(), xml.size())) return;
    std::map<std::string, std::string> based_on;
    for (const pugi::xml_node st : doc.child("w:styles").children("w:style")) {
      const std::string id = st.attribute("w:styleId").value();
      based_on[id] = st.child("w:basedOn").attribute("w:val").value();
      const pugi::xml_node num = st.child("w:pPr").child("w:numPr");
      if (num && num.child("w:numId"))
        m_lists[id] = {num.child("w:numId").attribute("w:val").value(),
                       num.child("w:ilvl").attribute("w:val").as_int(0)};
    }
    // A style based on a numbered style is numbered too (a few steps up, never in a loop).
    for (const auto& [id, base] : based_on) {
      std::string b = base;
      for (int k = 0; k < 8 && !b.empty() && m_lists.count(id) == 0; ++k) {
        if (const auto found = m_lists.find(b); found != m_lists.end()) {
          m_lists[id] = found->second;
          break;
        }
        const auto next = based_on.find(b);
        b = next == based_on.end() ? "" : next->second;
      }
    }
  }
  [[nodiscard]] std::optional<std::pair<std::string, int>> of(const std::string& style) const {
    const auto found = m_lists.find(style);
    if (found == m_lists.end()) return std::nullopt;
    return found->second;
  }

 private:
  std::map<std::string, std::pair<std::string, int>> m_lists;
};

class Reader {
 public:
  Reader(Numbering& numbering, const StyleNumbering& styles, ReadResult& result)
      : m_numbering(numbering), m_styles(styles), m_result(result) {}

  void block(const pugi::xml_node& parent, int depth) {
    for (const pugi::xml_node n : parent.children()) {
      if (m_result.failure) return;
      if (is(n, "w:p")) {
        paragraph(n);
      } else if (is(n, "w:tbl")) {
        table(n, depth + 1);
      } else if (is(n, "w:sdt")) {
        block(n.child("w:sdtContent"), depth);
      } else if (is(n, "w:customXml") || is(n, "w:ins") || is(n, "w:moveTo")) {
        block(n, depth);
      }
    }
  }

 private:
  void table(const pugi::xml_node& tbl, int depth) {
    if (depth > max_import_table_depth) {
      m_result.failure =
          not_docx(fmt::format("bảng lồng nhau quá {} tầng", max_import_table_depth),
                   fmt::format("tables nested more than {} deep", max_import_table_depth));
      m_result.at = {m_count + 1, 1};
      return;
    }
    const int index = m_tables++;
    int row = 0;
    const int saved_table = m_table;
    const int saved_row = m_row;
    const int saved_column = m_column;
    const int saved_span = m_span;
    // The cells merged down (`<w:vMerge w:val="restart"/>`) still open, by their first grid
    // column: their paragraphs, carried to each continuation cell (`<w:vMerge/>`) below.
    std::map<int, std::vector<SourceParagraph>> open;
    for (const pugi::xml_node tr : tbl.children("w:tr")) {
      // A row may start after some grid columns (`<w:gridBefore>`); a cell covers
      // `<w:gridSpan>` columns. Real tables have a few dozen; a hostile one is bounded.
      int column = std::clamp(tr.child("w:trPr").child("w:gridBefore").attribute("w:val").as_int(0),
                              0, max_grid_columns);
      for (const pugi::xml_node tc : tr.children("w:tc")) {
        const pugi::xml_node tcpr = tc.child("w:tcPr");
        const int span =
            std::clamp(tcpr.child("w:gridSpan").attribute("w:val").as_int(1), 1, max_grid_columns);
        const pugi::xml_node vmerge = tcpr.child("w:vMerge");
        const std::string merge = vmerge.attribute("w:val").value();
        const bool restart = vmerge && merge == "restart";
        const bool continuation = vmerge && !restart;
        m_table = index;
        m_row = row;
        m_column = column;
        m_span = span;
        const std::size_t first = m_result.paragraphs.size();
        block(tc, depth);
        if (m_result.failure) return;
        m_table = index;
        const auto own = [&](const SourceParagraph& p) { return p.table == index; };
        const auto begin = m_result.paragraphs.begin() + static_cast<std::ptrdiff_t>(first);
        const bool blank = std::all_of(begin, m_result.paragraphs.end(),
                                       [&](const auto& p) { return !own(p) || p.text.empty(); });
        if (restart) {
          auto& kept = open[column];
          kept.clear();
          std::copy_if(begin, m_result.paragraphs.end(), std::back_inserter(kept), own);
        } else if (const auto merged = open.find(column);
                   continuation && merged != open.end() && blank) {
          for (SourceParagraph p : merged->second) {
            if (p.text.empty()) continue;
            m_carried_bytes += p.text.size();
            if (m_carried_bytes > max_import_text_bytes) {
              m_result.failure = not_docx(
                  fmt::format("các ô gộp dọc chép ra quá {} byte chữ", max_import_text_bytes),
                  fmt::format("the cells merged down repeat more than {} bytes of text",
                              max_import_text_bytes));
              m_result.at = {p.line, 1};
              return;
            }
            p.row = row;
            p.carried = true;
            m_result.paragraphs.push_back(std::move(p));
          }
        }
        // A cell that does not continue a merge down ends those open in its columns.
        if (!continuation)
          for (int c = column; c < column + span; ++c)
            if (c != column || !restart) open.erase(c);
        column = std::min(column + span, max_grid_columns);
      }
      ++row;
    }
    m_table = saved_table;
    m_row = saved_row;
    m_column = saved_column;
    m_span = saved_span;
  }

  // The text of a paragraph's runs, in order; deleted text and field codes left out.
  // `breaks`: where in `text` Word breaks the line (`<w:br/>`, `<w:cr/>`), each a space there.
  void runs(const pugi::xml_node& parent, std::string& text, std::string& bold, bool& all_bold,
            bool& bold_prefix, std::vector<std::size_t>& breaks, int depth) {
    if (depth > 64) return;
    for (const pugi::xml_node n : parent.children()) {
      if (is(n, "w:del") || is(n, "w:moveFrom") || is(n, "w:pPr") || is(n, "w:instrText")) continue;
      if (is(n, "w:r")) {
        const bool b = run_is_bold(n);
        for (const pugi::xml_node c : n.children()) {
          std::string piece;
          if (is(c, "w:t")) {
            piece = c.text().get();
            // U+0085 NEXT LINE in a run is a line break, as <w:br/> is: a space.
            for (auto at = piece.find("\xC2\x85"); at != std::string::npos;
                 at = piece.find("\xC2\x85", at))
              piece.replace(at, 2, " ");
          } else if (is(c, "w:tab")) {
            piece = " ";
          } else if (is(c, "w:br") || is(c, "w:cr")) {
            // A page or column break is no line of a cell's list.
            const std::string type = c.attribute("w:type").value();
            if (type.empty() || type == "textWrapping") breaks.push_back(text.size());
            piece = " ";
          } else if (is(c, "w:noBreakHyphen"))
            piece = "-";
          if (piece.empty()) continue;
          const bool blank = piece.find_first_not_of(' ') == std::string::npos;
          if (!blank) {
            if (!b) {
              all_bold = false;
              bold_prefix = false;
            }
            if (b && bold_prefix) bold += piece;
          } else if (bold_prefix && b) {
            bold += piece;
          }
          text += piece;
        }
        continue;
      }
      runs(n, text, bold, all_bold, bold_prefix, breaks, depth + 1);
    }
  }

  void paragraph(const pugi::xml_node& p) {
    ++m_count;
    std::string text;
    std::string bold;
    bool all_bold = true;
    bool bold_prefix = true;
    std::vector<std::size_t> breaks;
    runs(p, text, bold, all_bold, bold_prefix, breaks, 0);
    const pugi::xml_node ppr = p.child("w:pPr");
    const std::string style = ppr.child("w:pStyle").attribute("w:val").value();
    const pugi::xml_node num = ppr.child("w:numPr");
    std::string label;
    if (num && num.child("w:numId")) {
      label = m_numbering.next(num.child("w:numId").attribute("w:val").value(),
                               num.child("w:ilvl").attribute("w:val").as_int(0));
    } else if (const auto list = m_styles.of(style)) {
      const int ilvl =
          num ? num.child("w:ilvl").attribute("w:val").as_int(list->second) : list->second;
      label = m_numbering.next(list->first, ilvl);
    }
    Stripped s = strip_markup(text);
    SourceParagraph out;
    out.text = to_nfc(s.text);
    // The number Word draws: added unless the text already starts with it.
    if (!label.empty() && !out.text.empty() && out.text.rfind(label, 0) != 0)
      out.text = label + " " + out.text;
    // An empty table cell Word numbers (the STT column selected and numbered): its text is the
    // number drawn, "1.", "2." …; a bullet is no number and leaves the cell empty.
    if (out.text.empty() && m_table >= 0 && std::any_of(label.begin(), label.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) != 0;
        }))
      out.text = label;
    out.line = m_count;
    const bool has_text = !trim(s.text).empty();
    const std::string folded = fold_ascii(style);
    out.heading =
        s.heading || folded.rfind("heading", 0) == 0 || folded == "title" || (all_bold && has_text);
    out.run_in = s.run_in;
    const std::string b(trim(bold));
    if (out.run_in.empty() && !all_bold && !b.empty() && b.back() == ':') {
      out.run_in = to_nfc(b);
      if (!label.empty() && out.run_in.rfind(label, 0) != 0) out.run_in = label + " " + out.run_in;
    }
    // A table cell's lines, broken by Word ("Phòng Kinh tế" ↵ "Văn phòng HĐND và UBND xã"):
    // kept apart, for a cell of agencies lists one a line.
    if (m_table >= 0 && !breaks.empty() && label.empty()) {
      std::vector<std::string> lines;
      std::size_t from = 0;
      breaks.push_back(text.size());
      for (const std::size_t at : breaks) {
        std::string line = to_nfc(strip_markup(text.substr(from, at - from)).text);
        if (!line.empty()) lines.push_back(std::move(line));
        from = std::min(text.size(), at + 1);
      }
      if (lines.size() >= 2) out.lines = std::move(lines);
    }
    out.table = m_table;
    out.row = m_row;
    out.column = m_column;
    out.span = m_span;
    m_result.paragraphs.push_back(std::move(out));
  }

  Numbering& m_numbering;
  const StyleNumbering& m_styles;
  ReadResult& m_result;
  int m_count = 0;
  int m_tables = 0;
  int m_table = -1;
  int m_row = 0;
  int m_column = 0;
  int m_span = 1;
  std::size_t m_carried_bytes = 0;  // text repeated from the cells merged down
};

// A Markdown or text file opened in a word processor and saved as .docx keeps its markup as
// text, one paragraph per line: read it as Markdown.
bool looks_like_markdown(const std::vector<SourceParagraph>& paragraphs,
                         const std::vector<std::string>& raw) {
  std::size_t marked = 0;
  std::size_t lines = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const std::string_view t = trim(raw[i]);
    if (t.empty()) continue;
    ++lines;
    if (t.front() == '#' || t.front() == '|' || t.find("**") != std::string_view::npos) ++marked;
  }
  return paragraphs.size() == raw.size() && lines > 0 && marked * 5 >= lines;
}

}  // namespace

ReadResult read_docx_document(std::string_view bytes) {
  ReadResult result;
  if (bytes.size() >= 4 && bytes.substr(0, 4) == "\xD0\xCF\x11\xE0") {
    result.failure = Message{
        "đây là tệp Word cũ (.doc, dạng nhị phân): mở bằng Word hoặc LibreOffice rồi lưu lại "
        "dưới dạng .docx",
        "this is an old binary Word file (.doc): open it in Word or LibreOffice and save it as "
        ".docx"};
    return result;
  }
  if (bytes.size() > max_import_docx_bytes) {
    result.failure = not_docx(
        fmt::format("tệp quá lớn ({} byte; giới hạn {} byte)", bytes.size(), max_import_docx_bytes),
        fmt::format("file too large ({} bytes; the limit is {} bytes)", bytes.size(),
                    max_import_docx_bytes));
    return result;
  }
  if (bytes.size() < 4 || bytes.substr(0, 2) != "PK") {
    result.failure =
        not_docx("tệp không phải gói nén .docx (zip)", "the file is not a zip package");
    return result;
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    result.failure =
        not_docx("tệp không phải gói nén .docx (zip)", "the file is not a zip package");
    return result;
  }
  std::unique_ptr<zip_t, ZipCloser> zip(zip_open_from_source(source, ZIP_RDONLY, &error));
  zip_error_fini(&error);
  if (!zip) {
    zip_source_free(source);
    result.failure = not_docx("gói nén zip bị hỏng", "the zip package is damaged");
    return result;
  }
  std::optional<Message> part_error;
  const auto document = read_part(zip.get(), "word/document.xml", part_error);
  if (part_error) {
    result.failure = part_error;
    return result;
  }
  if (!document) {
    result.failure = not_docx("gói không có word/document.xml (không phải văn bản Word)",
                              "the package has no word/document.xml (not a Word document)");
    return result;
  }
  const auto numbering_xml = read_part(zip.get(), "word/numbering.xml", part_error);
  if (part_error) {
    result.failure = part_error;
    return result;
  }
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(
      document->data(), document->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    result.failure =
        not_docx(fmt::format("word/document.xml hỏng ở byte {}", parsed.offset),
                 fmt::format("word/document.xml is malformed at byte {}", parsed.offset));
    return result;
  }
  const auto styles_xml = read_part(zip.get(), "word/styles.xml", part_error);
  if (part_error) {
    result.failure = part_error;
    return result;
  }
  Numbering numbering(numbering_xml.value_or(""));
  const StyleNumbering styles(styles_xml.value_or(""));
  Reader reader(numbering, styles, result);
  reader.block(doc.child("w:document").child("w:body"), 0);
  if (result.failure) return result;
  std::size_t text_bytes = 0;
  for (const auto& p : result.paragraphs)
    if (!p.carried) text_bytes += p.text.size();
  if (text_bytes > max_import_text_bytes) {
    result.paragraphs.clear();
    result.failure = not_docx(
        fmt::format("văn bản dài {} byte, quá giới hạn {} byte", text_bytes, max_import_text_bytes),
        fmt::format("its text is {} bytes long, past the limit of {} bytes", text_bytes,
                    max_import_text_bytes));
    return result;
  }
  for (const auto& p : result.paragraphs) {
    if (const auto bad = find_forbidden_character(p.text)) {
      // The paragraph's number, and the character's place in its text.
      result.at = {
          p.line,
          static_cast<int>(display_width(std::string_view(p.text).substr(0, bad->offset))) + 1};
      result.failure = forbidden_character_message(bad->code);
      result.paragraphs.clear();
      return result;
    }
  }
  if (std::none_of(result.paragraphs.begin(), result.paragraphs.end(),
                   [](const SourceParagraph& p) { return p.table >= 0; })) {
    // The raw text of each paragraph, to tell a Markdown file saved as .docx.
    std::vector<std::string> raw;
    std::string joined;
    for (const pugi::xml_node p : doc.child("w:document").child("w:body").children("w:p")) {
      std::string t;
      for (const pugi::xml_node r : p.children("w:r"))
        for (const pugi::xml_node c : r.children("w:t")) t += c.text().get();
      raw.push_back(t);
      joined += t + "\n";
    }
    if (looks_like_markdown(result.paragraphs, raw)) {
      ReadResult md = read_markdown_document(joined);
      if (!md.failure) return md;
    }
  }
  return result;
}

}  // namespace kehoach
