// Importing a plan written as a document (`kehoach import`): a .docx, a .txt or a .md becomes a
// plan file. Readers turn each format into paragraphs; small recognisers read one kind of line
// each (the number line, the place and date, a legal act, a labelled line …); the importer walks
// the paragraphs in order and fills the plan model; the writer prints it as YAML with the source
// line of every field. Nothing here reads files or the clock.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// Largest .txt or .md accepted, and largest text a .docx may hold, in bytes (real plans are
/// 10–100 KB of text; the plan written from more would not load: see max_plan_bytes).
inline constexpr std::size_t max_import_text_bytes = 2 * 1024 * 1024;
/// Largest .docx accepted, in bytes.
inline constexpr std::size_t max_import_docx_bytes = 32 * 1024 * 1024;
/// Largest part of a .docx accepted once uncompressed (word/document.xml, numbering.xml), in
/// bytes: a zip bomb is refused before it is inflated past this.
inline constexpr std::size_t max_import_part_bytes = 64 * 1024 * 1024;
/// Tables nested deeper than this are refused (real plans nest none).
inline constexpr int max_import_table_depth = 8;

/// One paragraph of the source document, as the importer sees it.
struct SourceParagraph {
  std::string text;      ///< NFC, markup removed, trimmed; may be empty (a blank line)
  int line = 0;          ///< source line (.txt, .md) or paragraph number (.docx), 1-based
  bool heading = false;  ///< marked as a heading (Markdown `#`, Word heading style, all bold)
  std::string run_in;    ///< a bold lead-in ending in ':' ("1.2. Theo dõi …:"), else empty
  int table = -1;        ///< index of the table holding it, -1 outside tables
  int row = 0;           ///< row within the table (0-based)
  int column = 0;        ///< cell within the row (0-based): the first grid column it covers
  int span = 1;          ///< grid columns the cell covers (a .docx `<w:gridSpan>`), at least 1
  /// A copy of the text of a cell merged down into this row (a .docx `<w:vMerge/>`
  /// continuation): `line` is the merged cell's own paragraph; not counted as placed again.
  bool carried = false;
  /// The lines of a table cell's paragraph that Word breaks (`<w:br/>`), each as `text` is
  /// made; empty when it is one line. `text` holds them joined by a space.
  std::vector<std::string> lines;
};

/// What a reader made of a file, or why it could not read it.
struct ReadResult {
  std::vector<SourceParagraph> paragraphs;
  std::optional<Message> failure;  ///< set when the file cannot be read as a document
  Position at;                     ///< where the failure is, when it has a place (invalid UTF-8)
};

/// Reads a plain-text plan: UTF-8 (with or without BOM) or UTF-16 with BOM (Word's "Unicode
/// text"). Lines wrapped by `render --format text` are joined, its two-column blocks split.
[[nodiscard]] ReadResult read_text_document(std::string_view bytes);
/// Reads a Markdown plan as `render` writes it (headings, bold, pipe tables, escapes).
[[nodiscard]] ReadResult read_markdown_document(std::string_view bytes);
/// Reads a .docx (Office Open XML): paragraphs, runs, tables (merged cells: a cell spanning
/// columns keeps its first column, one merged down is carried to every row it covers), list
/// numbering that Word draws but the text lacks (also in an empty table cell: the STT column
/// numbered by Word), tracked changes (insertions kept, deletions dropped) and fields.
[[nodiscard]] ReadResult read_docx_document(std::string_view bytes);

// ---------------------------------------------------------------------------------------------
// Recognisers: each reads one kind of line and returns nothing when the line is not of its kind.

/// "Số: 148/KH-UBND" → "148/KH-UBND"; "Số: /KH-UBND" → "/KH-UBND"; "Số:" → "".
[[nodiscard]] std::optional<std::string> recognise_number_line(std::string_view text);

/// The place and date line: "Lai Châu, ngày 15 tháng 01 năm 2025" (day or month may be blank).
struct PlaceDate {
  std::string place;
  int day = 0;  ///< 0 when blank
  int month = 0;
  int year = 0;
};
[[nodiscard]] std::optional<PlaceDate> recognise_place_date(std::string_view text);

/// Quốc hiệu and Tiêu ngữ ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc").
[[nodiscard]] bool recognise_national_motto(std::string_view text);

/// The label that opens an outline item, as the document prints it.
struct OutlineLabel {
  enum class Kind { none, roman, arabic, letter, dash, plus };
  Kind kind = Kind::none;
  std::string label;  ///< "II", "3.1", "a", "-", "+"
  int depth = 0;      ///< arabic: number of components ("3.1" → 2)
  std::string rest;   ///< the text after the label
};
/// "II. NỘI DUNG" → roman II; "3.1. Lĩnh vực" → arabic 3.1; "a) Phạm vi" → letter a; "- …"; "+ …".
[[nodiscard]] OutlineLabel recognise_outline_label(std::string_view text);

/// A legal act cited as basis: "Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về …".
struct ActReading {
  std::string kind;  ///< "Nghị định"
  std::string ref;   ///< "59/2012/NĐ-CP"
  std::optional<Date> date;
  std::string issuer;  ///< "Chính phủ"
  std::string title;   ///< "về theo dõi tình hình thi hành pháp luật"
};
[[nodiscard]] std::optional<ActReading> recognise_act(std::string_view text);

/// The basis paragraph: "Căn cứ A; B; C" (or "Thực hiện A; B, <enactment>") split into acts,
/// with the enactment sentence when it runs on after a comma.
struct BasisReading {
  std::string lead;  ///< "Căn cứ" or "Thực hiện"
  std::vector<ActReading> acts;
  std::vector<std::string> unread;  ///< pieces between ';' that are not acts
  std::string enactment;
};
[[nodiscard]] std::optional<BasisReading> recognise_basis(std::string_view text);

/// "Thực hiện Kế hoạch số 148/KH-UBND ngày 15/01/2024 của UBND tỉnh Tây Ninh …", with the
/// enactment sentence when it follows in the same paragraph.
struct ParentReading {
  std::string ref;
  std::optional<Date> date;
  std::string issuer;
  std::string title;
  std::string enactment;
};
[[nodiscard]] std::optional<ParentReading> recognise_parent(std::string_view text);

/// The enactment sentence: "… ban hành Kế hoạch … như sau:".
[[nodiscard]] bool recognise_enactment(std::string_view text);

/// Which field a labelled line fills.
enum class LineField {
  lead,
  partners,
  output,
  due,
  description,
  scope,
  subjects,
  focus_content,
  report_period,
  report_due,
  report_to,
  report_content,
  duty_due,
  duty_to,
  start,  ///< when the work begins ("Thời gian bắt đầu"): not a deadline
};
/// "a) Cơ quan chủ trì: Sở Tư pháp." → lead, "Sở Tư pháp."; the value may be empty ("- Nội
/// dung hoạt động:", its items follow). Also a heading that is only a label ("a) Phạm vi theo
/// dõi").
struct LabelledLine {
  LineField field = LineField::description;
  std::string value;
  /// A deadline labelled as the day the work is finished ("Thời hạn hoàn thành", "Thời gian
  /// kết thúc"), not a time given for it as a whole ("Thời gian thực hiện").
  bool completion = false;
};
[[nodiscard]] std::optional<LabelledLine> recognise_labelled_line(std::string_view text);

/// The deadlines written inside a sentence, read with `parse_due` (the reader of `kehoach
/// due`), and the dates the sentence holds that are not part of them.
struct DeadlinesInText {
  /// The deadline parts as written, joined by "; " when there are several ("6 tháng trước ngày
  /// 10/6/2026 và cả năm trước ngày 10/11/2026" → "trước ngày 10/6/2026; trước ngày
  /// 10/11/2026"); empty when the sentence gives none.
  std::string phrase;
  /// Dates written in the sentence outside `phrase` ("31/02/2026", "ngày 5 tháng 3"), as
  /// written; a cited document's date ("Kế hoạch số 12/KH-UBND ngày 05/01/2026") is not one.
  std::vector<std::string> unread;
};
/// A deadline part opens with "trước", "chậm nhất", "muộn nhất", "hạn cuối", "hạn chót",
/// "trong tháng" or "trong quý" and runs as far as `parse_due` reads it as one set of dates
/// (a date with no year reads with the plan year later: "trước ngày 20/02").
/// With `plan_year`, a part right after "ban hành" or "hiệu lực" whose every date is before that
/// year ("các văn bản ban hành trước ngày 01/7/2025" in a plan for 2026) is the scope of the
/// documents looked at, not a deadline: it is neither the phrase nor an unread date. Without a
/// year nothing tells it from "tham mưu ban hành trước ngày 15/3/2026", a deadline.
[[nodiscard]] DeadlinesInText read_deadlines_in_text(std::string_view text,
                                                     std::optional<int> plan_year = std::nullopt);
/// A deadline written inside a duty: "… gửi Sở Tư pháp tổng hợp trước ngày 03/12/2025." →
/// "trước ngày 03/12/2025" (read_deadlines_in_text's phrase, when there is one).
[[nodiscard]] std::optional<std::string> recognise_deadline_in_text(std::string_view text);
/// Who receives what a duty produces: "gửi Sở Tư pháp tổng hợp …" → "Sở Tư pháp".
[[nodiscard]] std::optional<std::string> recognise_receiver(std::string_view text);

/// The signature block's lines: TM./KT./Q./TL./TUQ. lines, the title, the signer's name.
enum class SignatureLine { authority, role, title, name };
[[nodiscard]] std::optional<SignatureLine> recognise_signature_line(std::string_view text);

/// An issuing body from the header's upper-case lines ("ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU") or
/// from a phrase ("trên địa bàn huyện Tân Biên"): name, level, locality. "Thành phố X" is a
/// province only when X is a centrally run city of data/provinces.yaml.
struct IssuerReading {
  std::string name;  ///< "UBND tỉnh Lai Châu"
  Level level = Level::other;
  std::string locality;  ///< "Lai Châu"
  /// "thành phố X" where X is not a centrally run city of data/provinces.yaml ("thành phố Bến
  /// Cát"): a city of a province (or of a city), a district-level unit until 30/06/2025; `level`
  /// is then `district`, right only for a document issued by that day.
  bool provincial_city = false;
  /// A city centrally run only from a day of data/provinces.yaml (`central_from`: Huế from
  /// 01/01/2025, before a city of Thừa Thiên Huế, of the district level); `level` is
  /// `province`, right only for a document issued from then.
  std::optional<Date> central_from;
};
[[nodiscard]] std::optional<IssuerReading> recognise_issuer(std::string_view text);

/// The kind of an activity from its title ("Kiểm tra …" → inspection).
[[nodiscard]] TaskKind recognise_task_kind(std::string_view title);
/// The lower levels an agency phrase addresses ("UBND các huyện, thành phố" → district).
[[nodiscard]] std::vector<Level> recognise_levels(std::string_view agencies);

/// An id made from a title: lower case, no diacritics, words joined by hyphens, at most
/// `max_words` words ("Kiểm tra liên ngành" → "kiem-tra-lien-nganh").
[[nodiscard]] std::string make_id(std::string_view title, std::size_t max_words = 6);

// ---------------------------------------------------------------------------------------------
// The importer.

/// A source line the importer could not place in any field.
struct UnplacedLine {
  int line = 0;
  std::string text;
  std::string section;  ///< the plan key it was found under ("tasks"), where it is written
};

/// Something the importer read but could not turn into a field, said so that nothing is lost
/// silently: a date in a duty's sentence that is not its `due`, the year taken from the issue
/// date.
struct ImportNote {
  int line = 0;     ///< source line (paragraph for .docx)
  Message message;  ///< what to check, in both languages
};

/// What the importer made of a document.
struct ImportedPlan {
  Plan plan;  ///< positions are source lines (`at.line`), not YAML positions
  std::vector<UnplacedLine> unplaced;
  std::vector<ImportNote> notes;  ///< in source order
  /// What makes the plan written wrong, not only incomplete: a table of activities whose rows
  /// did not become activities (one after the signature, as an appendix). Said as errors: the
  /// import exits 1. In source order.
  std::vector<ImportNote> errors;
  int placed = 0;  ///< non-empty source paragraphs that went into a field (or were skipped
                   ///< as known furniture: Quốc hiệu, Tiêu ngữ, "KẾ HOẠCH", "Nơi nhận:")
};

/// How to import.
struct ImportOptions {
  std::optional<int> year;     ///< --year: overrides the year read from the title
  std::optional<Level> level;  ///< --level: overrides the level read from the issuer
};

/// Reads the paragraphs of a document into a plan.
[[nodiscard]] ImportedPlan import_plan(const std::vector<SourceParagraph>& paragraphs,
                                       const ImportOptions& options);

/// How to write the imported plan.
struct ImportWriteOptions {
  bool source_comments = true;  ///< a `# dòng N` comment on every field
  std::string source_name;      ///< the source file's name, for the header comment
  bool paragraphs = false;      ///< numbers are paragraphs (.docx), not lines
};

/// The imported plan as a kehoach/1 YAML file, written with yaml-cpp's emitter, with the
/// source line of each field and `# không xếp được (dòng N): …` for each unplaced line.
[[nodiscard]] std::string write_imported_plan(const ImportedPlan& imported,
                                              const ImportWriteOptions& options);

}  // namespace kehoach
