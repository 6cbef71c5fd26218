// Deadline phrases: a small hand-written scanner over the folded phrase.
//
// The phrase is folded with fold_ascii() ("Quý III Năm 2024" -> "quy iii nam 2024"), so NFC
// and NFD, upper and lower case, old and new tone placement and runs of spaces all read the
// same, and then cut into words, numbers and punctuation. A recursive-descent reader over
// those tokens recognises the forms officials write; std::regex is not used, both because it
// is byte-based and because thousands of plans pass through here.
//
// Reading happens in two steps: the grammar turns a phrase into Spans (months and days within
// one year, the year only if written), and only then are years supplied and days checked, so
// that "29/02" is judged in the year it falls in and a range can lend its end year to its start.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/calendar.hpp"
#include "kehoach/date.hpp"
#include "kehoach/due.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// ---------------------------------------------------------------------------------------------
// Messages. Dates in them are always dd/mm/yyyy, as the plans write them.

Message empty_phrase() { return {"thời hạn để trống", "the deadline is empty"}; }

// Only the reason, like every message here: callers quote the phrase themselves ("cannot read
// the deadline “…”: …" in `kehoach due`, the line and column in a diagnostic).
Message unreadable() { return {"không phải dạng thời hạn đã biết", "not a known deadline form"}; }

Message no_such_day(const Date& date) {
  return {fmt::format("ngày {} không tồn tại", date.dmy()),
          fmt::format("{} is not a real day", date.dmy())};
}

Message no_such_month(int month) {
  return {fmt::format("tháng {} không tồn tại", month), fmt::format("there is no month {}", month)};
}

// "tháng sau" written without diacritics: "sau" may be "sau" (the month after some event) or
// "sáu" (June) typed without its accent; neither is guessed. `plan_year` is 0 when unknown.
Message next_month_or_june(int plan_year) {
  const std::string june = plan_year > 0 ? fmt::format("tháng 6/{}", plan_year) : "tháng 6";
  return {fmt::format("“tháng sau” không phải một tháng xác định: “sau” không dấu có thể là “tháng "
                      "sau” (tháng kế tiếp, tính từ một việc khác) hoặc “tháng sáu” (tháng 6) gõ "
                      "thiếu dấu; ghi tháng bằng số (“{}”) hoặc một ngày cụ thể",
                      june),
          fmt::format("“tháng sau” is not a definite month: “sau” without diacritics may be "
                      "“tháng sau” (the next month, counted from something else) or “tháng sáu” "
                      "(June) typed without its accent; write the month as a number (“{}”) or an "
                      "exact day",
                      june)};
}

// "tháng Chạp", "tháng Giêng": lunar months (`month` 12 or 1), not December and January; read
// as those they would put a task "before Tết" weeks early. The lunar month of the plan year is
// shown when known; `plan_year` is 0 when unknown.
Message lunar_month_name(int month, int plan_year) {
  const bool chap = month == 12;
  const std::string_view name = chap ? "Chạp" : "Giêng";
  const std::string solar =
      plan_year > 0 ? fmt::format("tháng {}/{}", month, plan_year) : fmt::format("tháng {}", month);
  std::string vi_span;
  std::string en_span;
  for (const LunarMonth& m : lunar_year_months(plan_year)) {
    if (m.month != month || m.leap) continue;
    const Date last = add_days(m.start, m.days - 1);
    vi_span = fmt::format(" (tháng {} năm âm lịch {} là từ {} đến {})", name, plan_year,
                          m.start.dmy(), last.dmy());
    en_span = fmt::format(" (tháng {} of lunar year {} runs from {} to {})", name, plan_year,
                          m.start.dmy(), last.dmy());
  }
  return {
      fmt::format("“tháng {}” là tháng {} âm lịch, không phải tháng {} dương lịch{}: ghi "
                  "tháng dương lịch (“{}”) hoặc một ngày cụ thể",
                  name, chap ? "mười hai" : "một", month, vi_span, solar),
      fmt::format("“tháng {}” is the {} lunar month, not {}{}: write the solar month (“{}”) "
                  "or an exact day",
                  name, chap ? "twelfth" : "first", chap ? "December" : "January", en_span, solar)};
}

Message no_such_quarter(std::string_view written) {
  return {fmt::format("quý {} không tồn tại", written),
          fmt::format("there is no quarter {}", written)};
}

// `length` is in characters; see max_phrase_chars for the reason of the limit.
Message too_long(std::size_t length, std::size_t limit) {
  return {fmt::format("cụm từ dài {} ký tự, quá giới hạn {} ký tự của một thời hạn (thời hạn "
                      "thật thường dưới 200 ký tự): có lẽ đã dán nhầm văn bản vào trường này",
                      length, limit),
          fmt::format("the phrase is {} characters long, over the limit of {} for a deadline "
                      "(real deadlines are under 200 characters): text pasted into the wrong "
                      "field?",
                      length, limit)};
}

Message too_many_months() { return {"một năm chỉ có 12 tháng", "a year has only 12 months"}; }

Message no_year() {
  return {"thời hạn không ghi năm và kế hoạch không có năm",
          "the deadline gives no year and the plan has none"};
}

Message start_after_end(const Date& start, const Date& end) {
  return {fmt::format("ngày bắt đầu {} sau ngày kết thúc {}", start.dmy(), end.dmy()),
          fmt::format("the start {} is after the end {}", start.dmy(), end.dmy())};
}

Message due_after(const Date& due, const Date& limit) {
  return {fmt::format("hai thời hạn không khớp: {} sau {}", due.dmy(), limit.dmy()),
          fmt::format("the two deadlines disagree: {} is after {}", due.dmy(), limit.dmy())};
}

Message due_before(const Date& due, const Date& limit) {
  return {fmt::format("hai thời hạn không khớp: {} trước {}", due.dmy(), limit.dmy()),
          fmt::format("the two deadlines disagree: {} is before {}", due.dmy(), limit.dmy())};
}

// `column` is the 1-based character of the second year in the phrase.
Message conflicting_years(int first, int second, std::size_t column) {
  return {fmt::format("hai năm mâu thuẫn trong một thời hạn: {} và {} (ký tự {})", first, second,
                      column),
          fmt::format("two conflicting years in one deadline: {} and {} (character {})", first,
                      second, column)};
}

// `column` is the 1-based character where the unread part starts; `part` is that part as written.
Message unread_date(std::size_t column, std::string_view part) {
  return {fmt::format("phần từ ký tự {} (“{}”) có ngày tháng mà kehoach không đọc được: cụm từ có "
                      "thể gồm nhiều thời hạn và không được bỏ sót thời hạn nào; hãy viết mỗi "
                      "thời hạn thành một vế, như “trước ngày 15/6; trước ngày 15/11”",
                      column, part),
          fmt::format("the part from character {} (“{}”) holds a date kehoach cannot read: the "
                      "phrase may hold several deadlines and none may be lost; write each one as "
                      "its own part, as in “trước ngày 15/6; trước ngày 15/11”",
                      column, part)};
}

// `column` is the 1-based character where the time named begins; `part` is the phrase from there.
Message event_names_time(std::size_t column, std::string_view part) {
  return {fmt::format("cụm từ tùy vào một sự kiện nhưng có nêu thời gian ở ký tự {} (“{}”) mà "
                      "kehoach không biết có phải là thời hạn không: nếu là thời hạn, hãy viết nó "
                      "thành một vế riêng sau dấu phẩy, như “Sau khi có hướng dẫn của Bộ, trong "
                      "Quý III/2026”; nếu là ngày của một văn bản, hãy ghi số văn bản, như "
                      "“Quyết định số 12/QĐ-UBND ngày 05/01/2026”",
                      column, part),
          fmt::format("the phrase hangs on an event yet names a time at character {} (“{}”), and "
                      "kehoach cannot tell whether it is the deadline: if it is, write it as its "
                      "own part after a comma, as in “Sau khi có hướng dẫn của Bộ, trong Quý "
                      "III/2026”; if it is a document's date, give the document's number, as in "
                      "“Quyết định số 12/QĐ-UBND ngày 05/01/2026”",
                      column, part)};
}

// `second` is a day written after `first` with only a comma between them, in the same month or
// not after it; `column` is the 1-based character where the second starts.
Message comma_days(const Date& first, const Date& second, std::size_t column) {
  const bool same = first == second;
  const bool back = second < first;
  return {
      fmt::format("hai ngày {} và {} (ký tự {}) chỉ cách nhau dấu phẩy, {}: có thể một ngày là "
                  "ngày đã sửa mà ngày cũ chưa xoá, và kehoach không chọn giữa hai ngày; nếu là "
                  "các lần đến hạn, viết “và” trước ngày cuối, như “chậm nhất ngày 20/6 và "
                  "20/12/2026”; nếu không, xoá ngày không dùng",
                  first.dmy(), second.dmy(), column,
                  same   ? "trùng nhau"
                  : back ? "ngày sau sớm hơn ngày trước"
                         : "cùng một tháng"),
      fmt::format("two days {} and {} (character {}) with only a comma between them, {}: one "
                  "may be a correction with the old day left in, and kehoach does not choose "
                  "between them; if they are occurrences, write “và” before the last one, as "
                  "in “chậm nhất ngày 20/6 và 20/12/2026”; otherwise delete the day not meant",
                  first.dmy(), second.dmy(), column,
                  same   ? "the same day"
                  : back ? "the second before the first"
                         : "in the same month")};
}

// Two single days `first` and `second` (as due dates) written for one deadline, not as a list.
Message two_days(const Date& first, const Date& second) {
  return {fmt::format("hai hạn {} và {} cho cùng một thời hạn: kehoach không chọn giữa hai ngày; "
                      "nếu là các lần đến hạn, nối chúng bằng “và”; nếu không, xoá ngày không dùng",
                      first.dmy(), second.dmy()),
          fmt::format("two due dates {} and {} for one deadline: kehoach does not choose between "
                      "them; if they are occurrences, join them with “và”; otherwise delete the "
                      "day not meant",
                      first.dmy(), second.dmy())};
}

// `column` is the 1-based character of the list item that gives no year.
Message list_back_in_time(std::size_t column) {
  return {fmt::format("danh sách thời hạn đi ngược thời gian ở ký tự {}: mốc này không ghi năm và "
                      "kehoach không đoán năm cho nó; hãy ghi năm, như “tháng 12/2026 và tháng "
                      "1/2027”",
                      column),
          fmt::format("the list of deadlines runs back in time at character {}: that item gives "
                      "no year and kehoach will not guess one; write its year, as in “tháng "
                      "12/2026 và tháng 1/2027”",
                      column)};
}

// Words before "trước" that count back from the day written after it ("05 ngày làm việc trước
// ngày 15/12/2026", "một tuần trước …", "ít nhất 01 tháng trước …"); `column` is the 1-based
// character where the count starts. Read past, they would leave a later deadline than meant.
Message counted_back(std::size_t column) {
  return {
      fmt::format("phần ở ký tự {} tính lùi một số ngày, tuần hoặc tháng từ ngày ghi sau "
                  "“trước”: kehoach không tính lùi, và bỏ qua phần đó thì hạn sẽ muộn hơn ý "
                  "người viết; hãy tính và ghi chính ngày đến hạn, như “chậm nhất ngày "
                  "…/…/…”; nếu số ngày là thời gian làm việc đó, đặt dấu phẩy trước “trước”, "
                  "như “Tập huấn 02 ngày, trước ngày 30/6/2026”",
                  column),
      fmt::format("the part at character {} counts days, weeks or months back from the day "
                  "written after “trước”: kehoach does not count back, and passing over it "
                  "would leave a later deadline than meant; work out the due day and write it, "
                  "as in “chậm nhất ngày …/…/…”; if the count is how long the work takes, put a "
                  "comma before “trước”, as in “Tập huấn 02 ngày, trước ngày 30/6/2026”",
                  column)};
}

// "sau tháng đầu năm" without diacritics: "sáu" (six) typed without its accent, or "sau" (after);
// neither is guessed. `column` is the 1-based character of "sau".
Message six_or_after(std::size_t column) {
  return {fmt::format("“sau” không dấu (ký tự {}) có thể là “sáu” (6) gõ thiếu dấu hoặc “sau” (sau "
                      "khi); ghi số, như “6 tháng đầu năm”",
                      column),
          fmt::format("“sau” without diacritics (character {}) may be “sáu” (six) typed without "
                      "its accent or “sau” (after); write the number, as in “6 tháng đầu năm”",
                      column)};
}

// "không trước ngày …" (not before; also "không được trước", "chưa trước"): the earliest day to
// act, the opposite of a deadline; `column` is the 1-based character of "không".
Message not_before(std::size_t column) {
  return {fmt::format("“không trước” (ký tự {}) nêu ngày sớm nhất được làm, không phải thời hạn: "
                      "ghi thời hạn bằng “chậm nhất ngày …” hoặc một khoảng “từ ngày … đến ngày …”",
                      column),
          fmt::format("“không trước” (not before, character {}) names the earliest day to act, "
                      "not a deadline: write the deadline as “chậm nhất ngày …” or a range “từ "
                      "ngày … đến ngày …”",
                      column)};
}

Message lunar_year_outside(int year) {
  return {fmt::format("năm {} ngoài khoảng {}–{} kehoach tính được Tết", year, first_holiday_year,
                      last_holiday_year),
          fmt::format("year {} is outside {}–{}, the years kehoach computes Tết for", year,
                      first_holiday_year, last_holiday_year)};
}

Message working_days_outside(int year) {
  return {fmt::format("không đếm được ngày làm việc năm {}: kehoach chỉ biết ngày nghỉ lễ các năm "
                      "{}–{}",
                      year, first_holiday_year, last_holiday_year),
          fmt::format("cannot count working days in {}: kehoach knows the public holidays of "
                      "{}–{} only",
                      year, first_holiday_year, last_holiday_year)};
}

// ---------------------------------------------------------------------------------------------
// Text preparation.

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Reading a phrase must stay fast (every deadline of thousands of plans passes here), and
// utf8proc's general folding is most of the cost. Nearly every phrase is ASCII and Vietnamese
// letters, precomposed (NFC) or as a base letter and combining marks (NFD): those are folded
// here through a table. Anything else takes fold_ascii().

// One UTF-8 character at `i`: its code point and length, or length 0 when the bytes are not
// well-formed UTF-8.
std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char c = byte(0);
  if (c < 0x80) return {c, 1};
  std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (length == 0 || length > 3 || i + length > text.size()) return {0, 0};
  char32_t code = c & (length == 2 ? 0x1F : 0x0F);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return {0, 0};
    code = (code << 6) | (byte(k) & 0x3F);
  }
  if ((length == 3 && code < 0x800) || (code >= 0xD800 && code <= 0xDFFF)) return {0, 0};
  return {code, length};
}

// The base letter of each precomposed Vietnamese letter, lower case, by code point: the
// Latin-1 and Latin Extended-A/B range U+00C0–U+01BF and Latin Extended Additional
// U+1EA0–U+1EFF. 0 = not a Vietnamese letter.
struct LetterTable {
  std::array<char, 0x100> latin{};
  std::array<char, 0x60> extended{};

  LetterTable() {
    static constexpr std::array<std::pair<std::string_view, char>, 14> letters{{
        {"àáảãạăằắẳẵặâầấẩẫậ", 'a'},
        {"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'},
        {"èéẻẽẹêềếểễệ", 'e'},
        {"ÈÉẺẼẸÊỀẾỂỄỆ", 'e'},
        {"ìíỉĩị", 'i'},
        {"ÌÍỈĨỊ", 'i'},
        {"òóỏõọôồốổỗộơờớởỡợ", 'o'},
        {"ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'},
        {"ùúủũụưừứửữự", 'u'},
        {"ÙÚỦŨỤƯỪỨỬỮỰ", 'u'},
        {"ỳýỷỹỵ", 'y'},
        {"ỲÝỶỸỴ", 'y'},
        {"đ", 'd'},
        {"Đ", 'd'},
    }};
    for (const auto& [text, base] : letters) {
      for (std::size_t i = 0; i < text.size();) {
        const auto [code, length] = decode_utf8(text, i);
        if (code >= 0xC0 && code < 0x1C0) latin[code - 0xC0] = base;
        if (code >= 0x1EA0 && code < 0x1F00) extended[code - 0x1EA0] = base;
        i += length;
      }
    }
  }

  [[nodiscard]] char base(char32_t code) const {
    if (code >= 0xC0 && code < 0x1C0) return latin[code - 0xC0];
    if (code >= 0x1EA0 && code < 0x1F00) return extended[code - 0x1EA0];
    return 0;
  }
};

const LetterTable& letter_table() {
  static const LetterTable table;
  return table;
}

bool combining_mark(char32_t code) { return code >= 0x300 && code < 0x370; }

// The spaces of another width (is_other_space) show as a space, so reading them as one is
// what the writer meant.
bool other_space(char32_t code) { return is_other_space(code); }

// Characters that show as nothing, with their names. They come with text copied from web pages
// and Word files, and inside a phrase they cut a word or a number in two where the reader sees
// nothing ("03/1\u200B2/2025"); reading past them could guess wrong, so they are named and the
// writer deletes them.
struct InvisibleCharacter {
  char32_t first;
  char32_t last;
  std::string_view vi;
  std::string_view en;
};

constexpr std::array<InvisibleCharacter, 13> invisible_characters{{
    {0x00AD, 0x00AD, "dấu gạch nối mềm", "soft hyphen"},
    {0x061C, 0x061C, "dấu hướng chữ Ả Rập", "Arabic letter mark"},
    {0x180E, 0x180E, "dấu tách nguyên âm Mông Cổ", "Mongolian vowel separator"},
    {0x200B, 0x200B, "dấu cách độ rộng 0", "zero-width space"},
    {0x200C, 0x200C, "ký tự không nối độ rộng 0", "zero-width non-joiner"},
    {0x200D, 0x200D, "ký tự nối độ rộng 0", "zero-width joiner"},
    {0x200E, 0x200F, "dấu hướng chữ", "direction mark"},
    {0x202A, 0x202E, "ký tự điều khiển hướng chữ", "bidirectional control"},
    {0x2060, 0x2060, "ký tự nối từ", "word joiner"},
    {0x2061, 0x2064, "toán tử vô hình", "invisible operator"},
    {0x2066, 0x2069, "ký tự điều khiển hướng chữ", "bidirectional control"},
    {0xFE00, 0xFE0F, "bộ chọn biến thể", "variation selector"},
    {0xFEFF, 0xFEFF, "dấu thứ tự byte, BOM", "byte order mark, BOM"},
}};

const InvisibleCharacter* invisible(char32_t code) {
  for (const auto& c : invisible_characters) {
    if (code >= c.first && code <= c.last) return &c;
  }
  return nullptr;
}

// `position` is the 1-based character of the phrase.
Message invisible_character(char32_t code, const InvisibleCharacter& c, std::size_t position) {
  return {fmt::format("có ký tự vô hình U+{:04X} ({}) ở ký tự thứ {} của cụm từ: xoá ký tự này",
                      static_cast<std::uint32_t>(code), c.vi, position),
          fmt::format("an invisible character U+{:04X} ({}) at character {} of the phrase: "
                      "delete it",
                      static_cast<std::uint32_t>(code), c.en, position)};
}

// True when `phrase` holds only ASCII, precomposed Vietnamese letters, the other spaces
// (other_space) and the dashes – —: such text is already NFC and folds through the table.
bool plain_vietnamese(std::string_view phrase) {
  const LetterTable& table = letter_table();
  for (std::size_t i = 0; i < phrase.size();) {
    const auto [code, length] = decode_utf8(phrase, i);
    if (length == 0) return false;
    if (code >= 0x80 && !other_space(code) && code != 0x2013 && code != 0x2014 &&
        table.base(code) == 0) {
      return false;
    }
    i += length;
  }
  return true;
}

// The phrase in the form the scanner reads: fold_ascii() output with markup removed, the
// other spaces read as a space, the dashes Word inserts (– —) read as '-' and its curly quotes
// as straight ones. ASCII letters
// are lowered again because fold_ascii() returns invalid UTF-8 unfolded.
std::string scan_form_folded(std::string_view phrase);

// The byte of the scan form for one character of the fast path: '\0' for a combining mark (the
// mark of the letter before, in NFD), nullopt for a character only fold_ascii() folds.
std::optional<char> scan_byte(char32_t code, const LetterTable& table) {
  if (code == '*' || (code < 0x80 && is_ascii_space(static_cast<char>(code))) ||
      other_space(code)) {
    return ' ';
  }
  if (code == 0x2013 || code == 0x2014) return '-';
  // Word's curly quotes read as the straight ones: “Quý III/2026”, ‘theo quy định’.
  if (code == 0x201C || code == 0x201D) return '"';
  if (code == 0x2018 || code == 0x2019) return '\'';
  if (code >= 'A' && code <= 'Z') return static_cast<char>(code - 'A' + 'a');
  if (code < 0x80) return static_cast<char>(code);
  if (combining_mark(code)) return '\0';
  if (const char base = table.base(code)) return base;
  return std::nullopt;
}

std::string scan_form(std::string_view phrase) {
  const LetterTable& table = letter_table();
  std::string out;
  out.reserve(phrase.size());
  for (std::size_t i = 0; i < phrase.size();) {
    const auto [code, length] = decode_utf8(phrase, i);
    const auto byte = length == 0 ? std::nullopt : scan_byte(code, table);
    if (!byte) return scan_form_folded(phrase);
    i += length;
    if (*byte != '\0') out.push_back(*byte);
  }
  return out;
}

// For each byte of scan_form(phrase), where the character it comes from starts in `phrase`, and
// last the length of `phrase`: notes and messages quote the words the reader did not read as
// they are written. Empty when the phrase takes fold_ascii(), whose output does not map back
// character by character. Only the few phrases that need it pay for it.
std::vector<std::size_t> character_starts(std::string_view phrase) {
  const LetterTable& table = letter_table();
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < phrase.size();) {
    const auto [code, length] = decode_utf8(phrase, i);
    const auto byte = length == 0 ? std::nullopt : scan_byte(code, table);
    if (!byte) return {};
    if (*byte != '\0') starts.push_back(i);
    i += length;
  }
  starts.push_back(phrase.size());
  return starts;
}

std::string scan_form_folded(std::string_view phrase) {
  const std::string folded = fold_ascii(phrase);
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const auto c = static_cast<unsigned char>(folded[i]);
    const auto [code, length] =
        c >= 0x80 ? decode_utf8(folded, i) : std::pair<char32_t, std::size_t>{c, 1};
    if (c == '*' || is_ascii_space(static_cast<char>(c))) {
      out.push_back(' ');
    } else if (length != 0 && other_space(code)) {
      out.push_back(' ');
      i += length - 1;
    } else if (code == 0x2013 || code == 0x2014) {  // – —
      out.push_back('-');
      i += length - 1;
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// The phrase for notes: NFC, without the bold markers ("**26/01/2024**") that document
// conversion leaves behind, white space collapsed, invalid bytes as U+FFFD (the note ends up
// in JSON). Otherwise exactly as written.
std::string as_written(std::string_view phrase) {
  // Text of only ASCII and precomposed Vietnamese letters is valid UTF-8 and NFC already.
  std::string nfc;
  if (plain_vietnamese(phrase)) {
    nfc = std::string(phrase);
  } else {
    std::string valid;
    while (const auto bad = find_invalid_utf8(phrase)) {
      valid.append(phrase.substr(0, *bad)).append("\xEF\xBF\xBD");
      phrase.remove_prefix(*bad + 1);
    }
    valid.append(phrase);
    nfc = to_nfc(valid);
  }
  std::string out;
  out.reserve(nfc.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < nfc.size(); ++i) {
    const char c = nfc[i];
    if (c == '*' && i + 1 < nfc.size() && nfc[i + 1] == '*') {
      ++i;
      continue;
    }
    if (is_ascii_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tokens.

enum class TokenType { word, number, punct };

struct Token {
  TokenType type = TokenType::word;
  std::string_view text;
  int value = 0;            // for numbers of at most 4 digits; longer ones are never read as values
  std::size_t column = 0;   // 1-based character in the phrase (the folded form has one byte per
                            // letter, so byte offsets there are character positions)
  std::size_t dropped = 0;  // explanations in brackets dropped before this token (see tokenize)
  bool bare = true;         // a word written without any diacritic, or not known to have one
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Letters, and any byte of a non-ASCII character left after folding (so "×" or "€" make a
// word that matches nothing rather than a stray punctuation mark).
bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

// `steps` counts the work done (see DueResult::steps).
std::vector<Token> tokenize(std::string_view text, std::size_t& steps) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    ++steps;
    const char c = text[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    Token token;
    if (is_digit(c)) {
      while (j < text.size() && is_digit(text[j])) ++j;
      token.type = TokenType::number;
      // Only numbers of up to four digits are ever read as days, months, quarters or years,
      // so a long digit string never needs converting and cannot overflow.
      if (j - i <= 4) {
        for (std::size_t k = i; k < j; ++k) token.value = token.value * 10 + (text[k] - '0');
      }
    } else if (is_word_byte(c)) {
      while (j < text.size() && is_word_byte(text[j])) ++j;
      token.type = TokenType::word;
    } else {
      token.type = TokenType::punct;
    }
    token.text = text.substr(i, j - i);
    token.column = i + 1;
    tokens.push_back(token);
    i = j;
  }
  // A trailing explanation in brackets without any number ("… 15/12/2026 (báo cáo năm)") says
  // what the deadline is for, not when: drop it. Brackets holding a number stay.
  //
  // For each token, the next ")" from it on and the next number from it on, found once from the
  // end: looking ahead from every "(" would be quadratic in "( ( ( …".
  const std::size_t n = tokens.size();
  const auto is = [&](std::size_t k, char c) {
    return tokens[k].type == TokenType::punct && tokens[k].text[0] == c;
  };
  if (text.find('(') == std::string_view::npos) return tokens;
  std::vector<std::size_t> next_close(n + 1, n);
  std::vector<std::size_t> next_number(n + 1, n);
  for (std::size_t k = n; k-- > 0;) {
    ++steps;
    next_close[k] = is(k, ')') ? k : next_close[k + 1];
    next_number[k] = tokens[k].type == TokenType::number ? k : next_number[k + 1];
  }
  std::vector<Token> kept;
  kept.reserve(n);
  std::size_t dropped = 0;
  for (std::size_t k = 0; k < n; ++k) {
    ++steps;
    if (is(k, '(')) {
      const std::size_t close = next_close[k + 1];
      if (close < n && next_number[k + 1] > close) {
        k = close;
        ++dropped;
        continue;
      }
    }
    kept.push_back(tokens[k]);
    kept.back().dropped = dropped;
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// What the grammar produces.

// A period as written, before its year is known: from a day to a day within one year.
struct Span {
  DueKind kind = DueKind::date;
  std::optional<int> year;      // only when the phrase writes it
  int year_offset = 0;          // "năm sau": the plan year + 1 (only when `year` is not written)
  std::size_t year_column = 0;  // where the written year is, for messages
  int first_month = 1;
  int first_day = 1;
  int last_month = 12;
  int last_day = 0;  // 0 = the last day of last_month, whatever the year
  // Runs of months of a list that leaves gaps ("tháng 6 và tháng 12", "Quý I và quý III"): one
  // occurrence each. Empty when the months run without a gap.
  std::vector<std::pair<int, int>> pieces;
  bool tet = false;     // Tết Nguyên đán of the year: the months and days above are not used
  bool lunar = false;   // "ngày 10/3 âm lịch": first_day and first_month are a lunar day
  bool worded = false;  // a day written "ngày 15 tháng 6", whose day a list shares (see clauses)
};

// How a clause bounds its period: as is, "chậm nhất" (by its end), "trước" (before it begins).
enum class Bound { none, by, before };

// Part of a month: "Đầu tháng" reads as its first ten days (thượng tuần), "Giữa tháng" as the
// middle ten (trung tuần), the division of the month Vietnamese calendars use.
enum class MonthPart { whole, early, middle };

// How a day joins the day before it (see Clause::day_link).
enum class DayLink { none, comma, marked };

// One deadline clause: a period, or a range "từ … đến …" between two periods, or a count of
// days from a day ("trong 05 ngày làm việc kể từ ngày 29/04/2026").
struct Clause {
  Bound bound = Bound::none;
  MonthPart part = MonthPart::whole;
  Span from;
  std::optional<Span> to;          // set for a range
  std::optional<int> days_after;   // set for a count of days from `from`
  bool working_days = false;       // the count is of working days
  bool after_list_marker = false;  // "và", ";", "Đợt 2:" came before it
  // Words that are no deadline ("báo cáo năm", "(sơ kết 6 tháng)") came between it and the clause
  // before: each may then be the deadline of another thing (see join).
  bool after_label = false;
  // How a day joins the day before it when only separators stand between them: by commas alone
  // ("trước ngày 15/6, 15/12") or with a mark of a list ("…, 20/9 và 20/12"). See join.
  DayLink day_link = DayLink::none;
  std::size_t column = 0;  // where it starts in the phrase, for messages
};

// A single day as written, which a list of days may carry its bound to: no range, count, Tết,
// lunar day or part of a month.
bool plain_day(const Clause& c) {
  return c.from.kind == DueKind::date && !c.from.tet && !c.from.lunar && !c.to && !c.days_after &&
         c.part == MonthPart::whole;
}

int roman_value(std::string_view word) {
  static constexpr std::array<std::string_view, 10> numerals{"i",  "ii",  "iii",  "iv", "v",
                                                             "vi", "vii", "viii", "ix", "x"};
  for (std::size_t k = 0; k < numerals.size(); ++k) {
    if (numerals[k] == word) return static_cast<int>(k) + 1;
  }
  return 0;
}

std::string upper_ascii(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The grammar. Every reader takes a position, advances it only on success, and returns
// nullopt when the form does not match there. A form that matches but names something that
// cannot exist (quý V, tháng 13) records `error`, which then ends the whole reading.

//
// Long class: the grammar of deadline phrases, one member per form, all reading the same
// token list; the forms call each other, so they stay together.
//
// The clauses are read from the start of the phrase, once or twice (see read_due), past words
// that are no deadline where they may stand: a label before a ':' or before "trước", "chậm
// nhất", … (after_label), and a qualifier after the last clause ("theo quy định"). Reading stays
// near-linear on any phrase:
// of a sentence), so that it stays near-linear on any phrase:
// - the runs of separators and of fillers are measured once: where a run that starts at a token
//   ends is kept for that token (Runs::separators_end, Runs::fillers_end);
// - a label is looked through once, forwards, and ends at the next mention of a date, found once
//   for every token from the end (next_mention).
struct Reader {
  std::vector<Token> tokens;
  std::optional<Message> error;
  // The error is a count back or a denial before "trước" (see refuse_counted_back).
  bool counted_back_refused = false;
  mutable std::size_t steps = 0;  // tokens looked at: see DueResult::steps
  int message_year = 0;           // the plan year, for messages only; 0 when unknown

  // What is known at each token (one allocation: most phrases are a few tokens long), filled
  // in as reading reaches it: measuring every token up front cost more than the reading itself.
  static constexpr std::size_t unknown = std::numeric_limits<std::size_t>::max();
  struct Runs {
    std::size_t separators_end = 0;  // where skip_separators from here stops
    std::size_t fillers_end = 0;     // where skip_fillers from here stops
    bool separators_list = false;    // whether those separators hold a mark of a list
  };
  mutable std::vector<Runs> at;
  // For each token, the first token from it on that mentions a date, and the first that mentions
  // more than a year (see mention); filled in the first time a label or a qualifier is
  // looked at.
  mutable std::vector<std::size_t> mention_at;
  mutable std::vector<std::size_t> day_mention_at;

  // Where the last reading of the clauses ended (see clauses): the token where the qualifier it
  // left unread begins, or where it stopped, and whether a clause was read before that.
  std::optional<std::size_t> qualifier_at;
  std::size_t stopped_at = 0;
  bool read_before_stop = false;

  Reader(std::vector<Token> read, std::size_t counted) : tokens(std::move(read)), steps(counted) {
    const std::size_t n = tokens.size();
    at.assign(n + 1, Runs{unknown, unknown, false});
    at[n] = Runs{n, n, false};
  }

  [[nodiscard]] std::size_t size() const { return tokens.size(); }

  [[nodiscard]] bool is_word(std::size_t i, std::string_view word) const {
    ++steps;
    return i < tokens.size() && tokens[i].type == TokenType::word && tokens[i].text == word;
  }
  [[nodiscard]] bool is_punct(std::size_t i, char c) const {
    ++steps;
    return i < tokens.size() && tokens[i].type == TokenType::punct && tokens[i].text[0] == c;
  }
  // A number of `min`–`max` digits ("01" and "1" are both a month; a year has four).
  [[nodiscard]] bool is_number(std::size_t i, std::size_t min, std::size_t max) const {
    ++steps;
    return i < tokens.size() && tokens[i].type == TokenType::number &&
           tokens[i].text.size() >= min && tokens[i].text.size() <= max;
  }
  [[nodiscard]] int value(std::size_t i) const { return tokens[i].value; }

  // Takes the words `words` in sequence at `i`.
  bool take(std::size_t& i, std::initializer_list<std::string_view> words) const {
    std::size_t j = i;
    for (const auto word : words) {
      if (!is_word(j, word)) return false;
      ++j;
    }
    i = j;
    return true;
  }

  void fail(Message message) {
    if (!error) error = std::move(message);
  }

  // Words that introduce a period without changing it: "Hoàn thành trong quý I",
  // "chậm nhất là ngày", "vào ngày", "Tính từ", "trong cả năm", "(nếu có)", "Dự kiến quý III".
  // One of them at `i`.
  bool filler(std::size_t& i) const {
    return take(i, {"hoan", "thanh"}) || take(i, {"thuc", "hien"}) || take(i, {"trong"}) ||
           take(i, {"du", "kien"}) || take(i, {"vao"}) || take(i, {"tinh"}) || take(i, {"la"}) ||
           take(i, {"ca"}) || take(i, {"neu", "co"}) || take(i, {"thoi", "han"});
  }

  void skip_fillers(std::size_t& i) const {
    // To where the run ends, or to a token whose end is known; then along it again, keeping
    // that end for every token passed.
    std::size_t j = i;
    while (at[j].fillers_end == unknown) {
      std::size_t k = j;
      if (!filler(k)) {
        at[j].fillers_end = j;
        break;
      }
      j = k;
    }
    const std::size_t end = at[j].fillers_end;
    for (std::size_t k = i; at[k].fillers_end == unknown;) {
      std::size_t next = k;
      filler(next);
      at[k].fillers_end = end;
      k = next;
    }
    i = end;
  }

  // "hằng năm", "hàng năm", "mỗi năm": the deadline comes back every year, and a plan speaks of
  // its own year, so the words change nothing in it.
  bool yearly(std::size_t& i) const {
    std::size_t j = i;
    take(j, {"dinh", "ky"});
    if (take(j, {"hang", "nam"}) || take(j, {"moi", "nam"})) {
      i = j;
      return true;
    }
    return false;
  }

  // A round's label: "Đợt 1:", "đợt II", "Lần 2 -".
  bool round_label(std::size_t& i) const {
    std::size_t j = i;
    if (!take(j, {"dot"}) && !take(j, {"lan"})) return false;
    take(j, {"thu"});
    if (is_number(j, 1, 2) || (j < tokens.size() && tokens[j].type == TokenType::word &&
                               roman_value(tokens[j].text) > 0)) {
      ++j;
    } else {
      return false;
    }
    if (is_punct(j, ':') || is_punct(j, '-') || is_punct(j, '.')) ++j;
    i = j;
    return true;
  }

  // What may stand between two clauses, or around the phrase: punctuation, "và", "(nếu có)",
  // a round's label. One of them at `i`; true when it is a mark of a list ("và", ";", "&", a
  // round's label).
  bool separator(std::size_t& i) const {
    if (i >= tokens.size()) return false;
    ++steps;
    const Token& t = tokens[i];
    if (t.type == TokenType::punct &&
        std::string_view(",;()[].-+&/\"'").find(t.text[0]) != std::string_view::npos) {
      ++i;
      return t.text[0] == ';' || t.text[0] == '&';
    }
    if (take(i, {"va"}) || round_label(i)) return true;
    if (!take(i, {"neu", "co"})) yearly(i);
    return false;
  }

  // Skips the separators at `i`; true when they include a mark of a list.
  bool skip_separators(std::size_t& i) const {
    if (at[i].separators_end == unknown) {
      // Along the run to its end or to a token whose end is known, then back, keeping for each
      // token where its run ends and whether a list mark follows it.
      std::vector<std::pair<std::size_t, bool>> run;
      std::size_t j = i;
      while (at[j].separators_end == unknown) {
        std::size_t k = j;
        const bool mark = separator(k);
        if (k == j) {
          at[j].separators_end = j;
          break;
        }
        run.emplace_back(j, mark);
        j = k;
      }
      for (auto step = run.rbegin(); step != run.rend(); ++step) {
        at[step->first].separators_end = at[j].separators_end;
        at[step->first].separators_list = step->second || at[j].separators_list;
        j = step->first;
      }
    }
    const bool list = at[i].separators_list;
    i = at[i].separators_end;
    return list;
  }

  // A year written after a period: "năm 2025", "/2025", "-2025", or a bare "2025".
  std::optional<int> year_suffix(std::size_t& i) const {
    std::size_t j = i;
    if (is_word(j, "nam") || is_punct(j, '/') || is_punct(j, '-')) ++j;
    if (!is_number(j, 4, 4)) return std::nullopt;
    i = j + 1;
    return value(j);
  }

  // A year after a period: a number (see year_suffix), or words that name it relative to the
  // plan: "(của) năm kế hoạch", "năm nay", "năm sau", "năm trước". Returns whether any matched.
  bool year_words(std::size_t& i, Span& span) const {
    std::size_t j = i;
    if (is_punct(j, '/') || is_punct(j, '-') || is_word(j, "nam")) {
      std::size_t k = j;
      if (const auto year = year_suffix(k)) {
        span.year = year;
        span.year_column = tokens[k - 1].column;
        i = k;
        return true;
      }
    }
    if (is_number(j, 4, 4)) {
      span.year = value(j);
      span.year_column = tokens[j].column;
      i = j + 1;
      return true;
    }
    take(j, {"cua"});
    if (!take(j, {"nam"})) return false;
    const std::optional<int> offset = year_offset_words(j);
    if (!offset) return false;
    span.year_offset = *offset;
    i = j;
    return true;
  }

  // The words after "năm" that name a year by the plan year, taken: "kế hoạch", "nay" (0), "sau",
  // "tới", "tiếp theo", "kế tiếp" (1), "trước" (-1). "sau", "tới" and "trước" only at the
  // phrase's end, before a punctuation mark, "đến", "tới", "và" ("từ ngày 01/12 năm trước đến
  // ngày 30/11") or a qualifier: followed by other words they say when, not which year
  // ("trong năm sau hội nghị sơ kết", "6 tháng đầu năm sau Tết", "trong năm trước ngày 15/12",
  // "trong năm trước Tết Nguyên đán" are in the plan year).
  std::optional<int> year_offset_words(std::size_t& j) const {
    if (take(j, {"ke", "hoach"}) || take(j, {"nay"})) return 0;
    if (take(j, {"tiep", "theo"}) || take(j, {"ke", "tiep"})) return 1;
    // Before "theo", "hoặc", "nếu", "tùy", "căn cứ" too: a qualifier of the deadline ("Quý I năm
    // sau theo hướng dẫn của Bộ").
    const bool ends = j + 1 >= tokens.size() || tokens[j + 1].type == TokenType::punct ||
                      is_word(j + 1, "den") || is_word(j + 1, "toi") || is_word(j + 1, "va") ||
                      (is_word(j + 1, "theo") && !is_word(j + 2, "doi")) ||
                      ((is_word(j + 1, "hoac") || is_word(j + 1, "hay")) &&
                       !is_word(j + 2, "sau") && !is_word(j + 2, "truoc")) ||
                      is_word(j + 1, "neu") || is_word(j + 1, "tuy") ||
                      (is_word(j + 1, "can") && is_word(j + 2, "cu"));
    if (!ends) return std::nullopt;
    if (is_word(j, "sau") || is_word(j, "toi")) {
      ++j;
      return 1;
    }
    if (is_word(j, "truoc")) {
      ++j;
      return -1;
    }
    return std::nullopt;
  }

  // 26/01/2024, 1.12.2024, 2025-01-30, or day and month alone: 03/12.
  std::optional<Span> numeric_date(std::size_t& i) const {
    if (!is_number(i, 1, 4)) return std::nullopt;
    char sep = 0;
    for (const char c : {'/', '.', '-'}) {
      if (is_punct(i + 1, c)) sep = c;
    }
    if (sep == 0 || !is_number(i + 2, 1, 2)) return std::nullopt;
    const std::size_t first = tokens[i].text.size();
    Span span;
    if (is_punct(i + 3, sep) && is_number(i + 4, 1, 4)) {
      const std::size_t last = tokens[i + 4].text.size();
      if (first == 4 && sep == '-' && last <= 2) {
        span.year = value(i);
        span.year_column = tokens[i].column;
        span.first_month = value(i + 2);
        span.first_day = value(i + 4);
      } else if (first <= 2 && last == 4) {
        span.year = value(i + 4);
        span.year_column = tokens[i + 4].column;
        span.first_month = value(i + 2);
        span.first_day = value(i);
      } else {
        return std::nullopt;
      }
      i += 5;
    } else if (first <= 2) {
      span.first_month = value(i + 2);
      span.first_day = value(i);
      i += 3;
      year_words(i, span);
    } else {
      return std::nullopt;
    }
    span.last_month = span.first_month;
    span.last_day = span.first_day;
    return span;
  }

  // 30 tháng 01 năm 2025, or without the year.
  std::optional<Span> worded_date(std::size_t& i) const {
    if (!is_number(i, 1, 2) || !is_word(i + 1, "thang") || !is_number(i + 2, 1, 2)) {
      return std::nullopt;
    }
    Span span;
    span.first_day = span.last_day = value(i);
    span.first_month = span.last_month = value(i + 2);
    span.worded = true;
    std::size_t j = i + 3;
    year_words(j, span);
    i = j;
    return span;
  }

  [[nodiscard]] bool starts_date(std::size_t i) const {
    return numeric_date(i).has_value() || worded_date(i).has_value();
  }

  // A count written as a word ("ba", "sáu", "chín"): its value, else 0. "sau" counts only when
  // written with its accent: bare, it is "sau" (after).
  [[nodiscard]] int count_word(std::size_t i) const {
    if (i >= tokens.size() || tokens[i].type != TokenType::word) return 0;
    static constexpr std::array<std::pair<std::string_view, int>, 7> words{
        {{"hai", 2}, {"ba", 3}, {"bon", 4}, {"sau", 6}, {"bay", 7}, {"tam", 8}, {"chin", 9}}};
    for (const auto& [word, count] : words) {
      if (tokens[i].text != word) continue;
      return word == "sau" && tokens[i].bare ? 0 : count;
    }
    return 0;
  }

  // "6 tháng đầu năm 2025", "Sáu tháng cuối năm": the first or last N months of a year.
  std::optional<Span> part_of_year(std::size_t& i) {
    const bool digits = is_number(i, 1, 2);
    const bool bare_six = is_word(i, "sau") && tokens[i].bare;
    if ((!digits && !bare_six && count_word(i) == 0) || !is_word(i + 1, "thang")) {
      return std::nullopt;
    }
    const bool first = is_word(i + 2, "dau");
    if (!first && !is_word(i + 2, "cuoi")) return std::nullopt;
    if (bare_six) {
      fail(six_or_after(tokens[i].column));
      return std::nullopt;
    }
    const int months = digits ? value(i) : count_word(i);
    if (months < 1 || months > 12) {
      fail(too_many_months());
      return std::nullopt;
    }
    std::size_t j = i + 3;
    Span span;
    // "năm 2026", "năm nay", "năm sau": as a month's or a quarter's year is written.
    if (is_word(j, "nam") && !year_words(j, span)) ++j;
    // Several whole months running from one day to another: a range, the kind "Từ tháng 3 đến
    // tháng 5" also reads as. DueKind::month is kept for one named month or a list of them.
    span.kind = DueKind::range;
    span.first_month = first ? 1 : 13 - months;
    span.last_month = first ? months : 12;
    i = j;
    return span;
  }

  // "6/2025" with no "tháng" before it: read as the month, as "tháng 6/2025" would be.
  std::optional<Span> bare_month(std::size_t& i) {
    if (!is_number(i, 1, 2) ||
        !(is_punct(i + 1, '/') || is_punct(i + 1, '-') || is_punct(i + 1, '.')) ||
        !is_number(i + 2, 4, 4)) {
      return std::nullopt;
    }
    const int month = value(i);
    if (month < 1 || month > 12) {
      fail(no_such_month(month));
      return std::nullopt;
    }
    Span span;
    span.kind = DueKind::month;
    span.year = value(i + 2);
    span.year_column = tokens[i + 2].column;
    span.first_month = span.last_month = month;
    i += 3;
    return span;
  }

  // Items of a list after "tháng" or "quý": "II, III", "III, quý IV", "6 và 7", "I - II".
  // `read_item` reads one item; the list stops before a separator that no item follows, and before
  // a date ("Quý IV, 03/12/2025" is a quarter and a date, not quarters IV and 3).
  //
  // The items come back as runs without gaps: "II, III" is one run, "I và III" two.
  template <class ReadItem>
  std::optional<std::vector<std::pair<int, int>>> item_list(std::size_t& i, std::string_view lead,
                                                            ReadItem read_item) {
    auto first = read_item(i);
    if (!first) return std::nullopt;
    std::vector<std::pair<int, int>> runs{{*first, *first}};
    int high = *first;
    while (true) {
      std::size_t j = i;
      const bool dash = is_punct(j, '-');
      if (!(dash || is_punct(j, ',') || is_punct(j, '&') || is_word(j, "va"))) break;
      ++j;
      take(j, {lead});
      if (starts_date(j)) break;
      auto next = read_item(j);
      if (error) return std::nullopt;
      // "tháng 12 - tháng 1/2025" runs across New Year: leave it to be read as a range.
      // A list runs forwards: "tháng 12 và tháng 1/2026" is two clauses, not one list.
      if (!next || *next <= high) break;
      runs.emplace_back(dash ? high : *next, *next);
      high = std::max(high, *next);
      i = j;
    }
    // In order, with touching or overlapping runs joined: "Quý II, III" is one run.
    std::sort(runs.begin(), runs.end());
    std::vector<std::pair<int, int>> joined;
    for (const auto& run : runs) {
      if (!joined.empty() && run.first <= joined.back().second + 1) {
        joined.back().second = std::max(joined.back().second, run.second);
      } else {
        joined.push_back(run);
      }
    }
    return joined;
  }

  // One month number, 1 to 12 ("tháng 13" is an error, not some other form), or its name:
  // "tháng Tư", "tháng Mười hai", "tháng Sáu". "tháng sau" without diacritics, which may be
  // "tháng sau" (the month after some event) or "tháng sáu" typed without its accent, is an
  // error; so are "tháng Giêng" and "tháng Chạp", lunar months.
  std::optional<int> month_number(std::size_t& i) {
    if (i < tokens.size() && tokens[i].type == TokenType::word) {
      std::size_t j = i;
      int month = 0;
      if (take(j, {"muoi", "mot"})) {
        month = 11;
      } else if (take(j, {"muoi", "hai"})) {
        month = 12;
      } else if (is_word(j, "chap") || is_word(j, "gieng")) {
        // The year written after it ("tháng Giêng năm 2027"), else the plan's.
        int year = message_year;
        if (is_number(j + 1, 4, 4)) {
          year = value(j + 1);
        } else if ((is_word(j + 1, "nam") || is_punct(j + 1, '/') || is_punct(j + 1, '-')) &&
                   is_number(j + 2, 4, 4)) {
          year = value(j + 2);
        }
        fail(lunar_month_name(is_word(j, "chap") ? 12 : 1, year));
        return std::nullopt;
      } else {
        static constexpr std::array<std::string_view, 10> names{
            "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "mot"};
        static constexpr std::array<int, 10> numbers{2, 3, 4, 5, 6, 7, 8, 9, 10, 1};
        for (std::size_t k = 0; k < names.size(); ++k) {
          if (is_word(j, names[k])) month = numbers[k];
        }
        // "tháng Năm" is May only before a year: "tháng Năm năm 2026", "tháng Năm/2026".
        if (month == 5 &&
            !(is_word(j + 1, "nam") || is_punct(j + 1, '/') || is_number(j + 1, 4, 4))) {
          month = 0;
        }
        if (month == 6 && is_word(j + 1, "khi")) month = 0;  // "tháng sau khi …"
        if (month == 6 && tokens[j].bare) {
          fail(next_month_or_june(message_year));
          return std::nullopt;
        }
        if (month != 0) ++j;
      }
      if (month == 0) return std::nullopt;
      i = j;
      return month;
    }
    if (!is_number(i, 1, 2)) return std::nullopt;
    const int month = value(i);
    if (month < 1 || month > 12) {
      fail(no_such_month(month));
      return std::nullopt;
    }
    ++i;
    return month;
  }

  // One quarter: a Roman numeral in any case (folded to lower case already) or an Arabic digit.
  std::optional<int> quarter_number(std::size_t& i) {
    if (i >= tokens.size()) return std::nullopt;
    const Token& t = tokens[i];
    int quarter = 0;
    std::string written;
    if (t.type == TokenType::word) {
      quarter = roman_value(t.text);
      if (quarter == 0) return std::nullopt;
      written = upper_ascii(t.text);
    } else if (is_number(i, 1, 2)) {
      quarter = t.value;
      written = std::string(t.text);
    } else {
      return std::nullopt;
    }
    if (quarter < 1 || quarter > 4) {
      fail(no_such_quarter(written));
      return std::nullopt;
    }
    ++i;
    return quarter;
  }

  // After "tháng": tháng 6/2025, tháng 11 năm 2025, tháng 6, 7 năm 2025.
  std::optional<Span> months(std::size_t& i) {
    std::size_t j = i;
    auto runs = item_list(j, "thang", [this](std::size_t& k) { return month_number(k); });
    if (!runs) return std::nullopt;
    Span span;
    span.kind = DueKind::month;
    span.first_month = runs->front().first;
    span.last_month = runs->back().second;
    if (runs->size() > 1) span.pieces = *runs;
    year_words(j, span);
    i = j;
    return span;
  }

  // After "quý": Quý I năm 2025, Quý II, III năm 2024, Quý III, quý IV, Quý I/2025, Quý 1.
  std::optional<Span> quarters(std::size_t& i) {
    std::size_t j = i;
    auto runs = item_list(j, "quy", [this](std::size_t& k) { return quarter_number(k); });
    if (!runs) return std::nullopt;
    Span span;
    span.kind = DueKind::quarter;
    span.first_month = 3 * runs->front().first - 2;
    span.last_month = 3 * runs->back().second;
    if (runs->size() > 1) {
      for (const auto& [first, last] : *runs) span.pieces.emplace_back(3 * first - 2, 3 * last);
    }
    year_words(j, span);
    i = j;
    return span;
  }

  // Thường xuyên, Thường xuyên trong năm, Thường xuyên, liên tục, Liên tục trong năm 2025.
  std::optional<Span> ongoing(std::size_t& i) const {
    std::size_t j = i;
    if (!take(j, {"thuong", "xuyen"}) && !take(j, {"lien", "tuc"})) return std::nullopt;
    while (true) {
      std::size_t k = j;
      if (is_punct(k, ',') || is_word(k, "va")) ++k;
      if (!take(k, {"thuong", "xuyen"}) && !take(k, {"lien", "tuc"})) break;
      j = k;
    }
    Span span;
    span.kind = DueKind::ongoing;
    std::size_t k = j;
    take(k, {"trong"});
    take(k, {"ca"});
    if (take(k, {"nam"})) {
      if (is_number(k, 4, 4)) span.year = value(k++);
      j = k;
    }
    i = j;
    return span;
  }

  // "âm lịch" after a day: "ngày 10/3 âm lịch", "ngày 10 tháng 3 âm lịch năm 2026".
  void lunar_suffix(std::size_t& i, Span& span) const {
    if (!take(i, {"am", "lich"})) return;
    span.lunar = true;
    if (!span.year) year_words(i, span);
  }

  // One period: a day, month(s), quarter(s), a year, part of a year, or "thường xuyên".
  std::optional<Span> period(std::size_t& i) {
    std::size_t j = i;
    std::optional<Span> span;
    if (take(j, {"ngay"})) {
      span = numeric_date(j);
      if (!span) span = worded_date(j);
      if (span) lunar_suffix(j, *span);
    } else if (is_number(j, 1, 4)) {
      span = numeric_date(j);
      if (!span) span = worded_date(j);
      if (span) lunar_suffix(j, *span);
      if (!span && !error) span = part_of_year(j);
      if (!span && !error) span = bare_month(j);
    } else if (take(j, {"thang"})) {
      span = months(j);
    } else if (take(j, {"quy"})) {
      span = quarters(j);
    } else if (take(j, {"nam"})) {
      // Without its number a year is the plan year only in "trong năm", "cả năm", "năm nay",
      // "cuối năm", "năm kế hoạch": a bare "Năm" is more likely a draft's blank ("Năm ….").
      const bool within =
          i > 0 && (is_word(i - 1, "trong") || is_word(i - 1, "ca") || is_word(i - 1, "cuoi"));
      std::size_t k = j;
      if (const auto offset = year_offset_words(k); offset && *offset != 0) {
        // "trong năm sau", "cuối năm sau": the year after the plan year.
        span.emplace();
        span->kind = DueKind::year;
        span->year_offset = *offset;
        j = k;
      } else if (is_number(j, 4, 4) || take(j, {"nay"}) || take(j, {"ke", "hoach"}) || within) {
        span.emplace();
        span->kind = DueKind::year;
        if (is_number(j, 4, 4)) {
          span->year = value(j);
          span->year_column = tokens[j].column;
          ++j;
        }
      }
    } else if ((count_word(j) != 0 || is_word(j, "sau")) && is_word(j + 1, "thang")) {
      span = part_of_year(j);
    } else if (take(j, {"tet"})) {
      // Tết Nguyên đán (âm lịch, cổ truyền) [năm Y]: the day of the lunar new year.
      if (!take(j, {"nguyen", "dan"}) && !take(j, {"am", "lich"}) && !take(j, {"co", "truyen"})) {
        return std::nullopt;
      }
      span.emplace();
      span->kind = DueKind::date;
      span->tet = true;
      year_words(j, *span);
    } else {
      span = ongoing(j);
    }
    if (!span || error) return std::nullopt;
    i = j;
    return span;
  }

  // The word or dash between the two ends of a range: "đến", "đến hết", "tới", "-".
  bool range_joint(std::size_t& i) const {
    if (take(i, {"den"}) || take(i, {"toi"})) {
      take(i, {"het"});
      return true;
    }
    if (is_punct(i, '-')) {
      ++i;
      return true;
    }
    return false;
  }

  // One clause at `i`, with its column.
  std::optional<Clause> clause(std::size_t& i) {
    const std::size_t column = i < tokens.size() ? tokens[i].column : 0;
    auto read = clause_form(i);
    if (read) read->column = column;
    return read;
  }

  // One clause: [filler] [chậm nhất | trước | đến] period, or [từ] period đến period.
  std::optional<Clause> clause_form(std::size_t& i) {
    std::size_t j = i;
    skip_fillers(j);
    if (auto counted = days_from(j)) {
      i = j;
      return counted;
    }
    if (auto period_of_years = years_range(j)) {
      i = j;
      return period_of_years;
    }
    Clause read;
    if (take(j, {"cham", "nhat"}) || take(j, {"han", "chot"}) || take(j, {"han", "cuoi"})) {
      read.bound = Bound::by;
    } else if (take(j, {"truoc"})) {
      read.bound = Bound::before;
    } else if (take(j, {"den"})) {
      take(j, {"het"});
      read.bound = Bound::by;
    }
    if (read.bound != Bound::none) skip_fillers(j);
    // "Cuối tháng 11/2026", "Cuối năm": by the end of it. "Đầu tháng 12", "Giữa tháng 6": part
    // of one month (see MonthPart).
    if (is_word(j, "cuoi") &&
        (is_word(j + 1, "thang") || is_word(j + 1, "nam") || is_word(j + 1, "quy"))) {
      ++j;
      if (read.bound == Bound::none) read.bound = Bound::by;
    } else if (is_word(j, "dau") && is_word(j + 1, "thang")) {
      ++j;
      read.part = MonthPart::early;
    } else if (is_word(j, "giua") && is_word(j + 1, "thang")) {
      ++j;
      read.part = MonthPart::middle;
    }
    const bool from_word = read.bound == Bound::none && take(j, {"tu"});
    auto from = period(j);
    if (!from) return std::nullopt;
    if (read.part != MonthPart::whole &&
        (from->kind != DueKind::month || from->first_month != from->last_month)) {
      return std::nullopt;
    }
    // "chậm nhất thường xuyên", "từ thường xuyên": not deadlines anyone writes.
    if (from->kind == DueKind::ongoing && (read.bound != Bound::none || from_word)) {
      return std::nullopt;
    }
    read.from = *from;
    if (read.bound == Bound::none && from->kind != DueKind::ongoing) {
      std::size_t k = j;
      if (range_joint(k)) {
        auto to = period(k);
        if (error) return std::nullopt;
        if (to && to->kind != DueKind::ongoing) {
          read.to = *to;
          j = k;
        }
      }
      if (from_word && !read.to) return std::nullopt;
    }
    i = j;
    return read;
  }

  // "[trong] [thời hạn] 05 ngày [làm việc] kể từ [ngày] 29/04/2026": a count of days from a
  // written day. Without a day after "kể từ" it is not a deadline clause (it is an event).
  std::optional<Clause> days_from(std::size_t& i) const {
    std::size_t j = i;
    if (!is_number(j, 1, 3) || !is_word(j + 1, "ngay")) return std::nullopt;
    Clause read;
    read.days_after = value(j);
    j += 2;
    read.working_days = take(j, {"lam", "viec"});
    if (!take(j, {"ke", "tu"}) && !take(j, {"tinh", "tu"})) return std::nullopt;
    take(j, {"ngay"});
    auto from = numeric_date(j);
    if (!from) from = worded_date(j);
    if (!from) return std::nullopt;
    read.bound = Bound::by;
    read.from = *from;
    i = j;
    return read;
  }

  // "giai đoạn 2021 - 2025", "giai đoạn 2021 đến 2025": from the first day of one year to the
  // last day of the other.
  std::optional<Clause> years_range(std::size_t& i) const {
    std::size_t j = i;
    if (!take(j, {"giai", "doan"}) || !is_number(j, 4, 4)) return std::nullopt;
    const std::size_t first = j++;
    if (!range_joint(j) || !is_number(j, 4, 4)) return std::nullopt;
    Clause read;
    read.from.kind = DueKind::year;
    read.from.year = value(first);
    read.from.year_column = tokens[first].column;
    Span to;
    to.kind = DueKind::year;
    to.year = value(j);
    to.year_column = tokens[j].column;
    read.to = to;
    i = j + 1;
    return read;
  }

  // How far the clauses may be read past words that are no deadline.
  enum class Lenience {
    colon,  // a label ends at ':' only ("Thời gian thực hiện: Quý I")
    marker,  // also before "trước", "chậm nhất", … ("Gửi Sở Tư pháp trước ngày 15/12")
  };

  // What is named at `i`: words that name a day, a month or a quarter cannot be passed over as a
  // label or a qualifier, for a deadline would be lost with them; nor can a label name a year (it
  // would date the deadline after it). A number that goes on into letters ("04/2021/TT-BTP",
  // "25/12/QĐ") is a document's number, and a quarter or a month after "báo cáo" the name of a
  // report ("báo cáo quý I trước ngày 20/3"): neither is a date.
  enum class Mention { none, year, period };

  [[nodiscard]] Mention mention(std::size_t i) const {
    if (is_word(i, "nam")) return is_number(i + 1, 4, 4) ? Mention::year : Mention::none;
    // A year alone ("Kế hoạch 2026"), not the middle or the start of "80/2025/NĐ-CP".
    if (is_number(i, 4, 4) && value(i) >= 1900 && value(i) <= 2100 &&
        !(i > 0 && (is_punct(i - 1, '/') || is_punct(i - 1, '-') || is_punct(i - 1, '.'))) &&
        !((is_punct(i + 1, '/') || is_punct(i + 1, '-')) && i + 2 < tokens.size() &&
          tokens[i + 2].type == TokenType::word)) {
      return Mention::year;
    }
    if ((is_word(i, "quy") || is_word(i, "thang")) && i >= 2 && is_word(i - 2, "bao") &&
        is_word(i - 1, "cao")) {
      return Mention::none;
    }
    return mentions_period(i) ? Mention::period : Mention::none;
  }

  [[nodiscard]] bool mentions_period(std::size_t i) const {
    const auto document_number = [&](std::size_t end) {
      return (is_punct(end, '/') || is_punct(end, '-')) && end + 1 < tokens.size() &&
             tokens[end + 1].type == TokenType::word;
    };
    if (is_number(i, 1, 4)) {
      std::size_t j = i;
      if (numeric_date(j) || worded_date(j)) return !document_number(j);
      return is_number(i, 1, 2) && value(i) >= 1 && value(i) <= 12 &&
             (is_punct(i + 1, '/') || is_punct(i + 1, '-') || is_punct(i + 1, '.')) &&
             is_number(i + 2, 4, 4) && !document_number(i + 3);
    }
    if (is_word(i, "thang")) {
      return is_number(i + 1, 1, 2) && value(i + 1) >= 1 && value(i + 1) <= 12;
    }
    if (!is_word(i, "quy")) return false;
    if (is_number(i + 1, 1, 1)) return value(i + 1) >= 1 && value(i + 1) <= 4;
    if (i + 1 >= tokens.size() || tokens[i + 1].type != TokenType::word) return false;
    const int quarter = roman_value(tokens[i + 1].text);
    return quarter >= 1 && quarter <= 4;
  }

  // The first token from `i` on that mentions a date, or a year too when `years`; else size().
  std::size_t next_mention(std::size_t i, bool years = true) const {
    if (mention_at.empty()) {
      const std::size_t n = tokens.size();
      mention_at.assign(n + 1, n);
      day_mention_at.assign(n + 1, n);
      for (std::size_t k = n; k-- > 0;) {
        const Mention found = mention(k);
        mention_at[k] = found != Mention::none ? k : mention_at[k + 1];
        day_mention_at[k] = found == Mention::period ? k : day_mention_at[k + 1];
      }
    }
    return (years ? mention_at : day_mention_at)[std::min(i, tokens.size())];
  }

  // Words after a deadline that qualify it without dating it: "theo quy định", "hoặc theo yêu
  // cầu", "khi có yêu cầu", "sau khi …", "tùy …", "căn cứ …". They are left unread and shown as
  // the reading's note.
  [[nodiscard]] bool qualifier(std::size_t i) const {
    for (const auto word : {"theo", "hoac", "hay", "tuy", "khi", "neu", "sau"}) {
      if (is_word(i, word)) return true;
    }
    return (is_word(i, "can") && is_word(i + 1, "cu")) ||
           (is_word(i, "truoc") && is_word(i + 1, "khi"));
  }

  // A label at `i`, where no clause reads, and the clause after it: words up to a ':' or, with
  // Lenience::marker, up to "trước", "chậm nhất", "hạn chót", "hoàn thành" ("Báo cáo 6 tháng:
  // trước 15/6", "báo cáo năm trước ngày 15/11"). Not when the words mention a date (it would be
  // lost) or offer an alternative ("hoặc").
  std::optional<Clause> after_label(std::size_t& i, Lenience lenience) {
    // Most phrases that get here have nothing a label could end at: they need no mentions.
    std::size_t end = i;
    while (end < tokens.size() && !is_punct(end, ':') &&
           !(lenience == Lenience::marker && end > i && deadline_marker(end))) {
      ++end;
    }
    if (end == tokens.size()) return std::nullopt;
    const std::size_t stop = next_mention(i);
    for (std::size_t k = i; k < stop; ++k) {
      ++steps;
      if (is_word(k, "hoac") || is_word(k, "hay")) return std::nullopt;
      std::size_t j = k;
      if (is_punct(k, ':')) {
        ++j;
      } else if (lenience != Lenience::marker || k == i || !deadline_marker(k)) {
        continue;
      }
      skip_separators(j);
      skip_fillers(j);
      if (j >= tokens.size()) return std::nullopt;
      auto read = clause(j);
      if (error) return std::nullopt;
      if (read) {
        // The day read is the one the words before count back from, or deny.
        if (refuse_counted_back(k)) return std::nullopt;
        i = j;
        return read;
      }
      // A day after the marker that does not read ("Báo cáo quý trước ngày 20 tháng cuối quý;
      // báo cáo năm trước ngày 15/11") is a deadline kehoach cannot read: a label going on to
      // the next marker would drop it without a word.
      if (!is_punct(k, ':') && unread_day_after_marker(k)) return std::nullopt;
    }
    return std::nullopt;
  }

  // Whether the words before "trước" or a colon at `k` count back from the day after it ("05
  // ngày làm việc trước ngày 15/12", "chậm nhất 01 tháng trước …", "một tuần lễ trước …", "[05
  // ngày] trước …", "05 ngày làm việc: trước …") or deny it ("không trước ngày …", "không được
  // trước …", "chưa trước …"); if so, the error is set and `counted_back` too. A count of months
  // that a report covers (3, 6, 9, 12) names that report unless "chậm nhất", "muộn nhất", "ít
  // nhất" or "tối thiểu" comes before it: "Báo cáo 6 tháng trước ngày 15/6", "6 tháng trước
  // ngày 10/6 và cả năm trước ngày 10/11". A count with a comma after it ("Tập huấn 02 ngày,
  // trước ngày 30/6") is the length of the work, not a count back.
  bool refuse_counted_back(std::size_t k) {
    // "trước hạn chót ngày …", "trước thời hạn …": the count stands before that "trước".
    if (k > 0 && !is_word(k, "truoc") && !is_punct(k, ':') && is_word(k - 1, "truoc")) --k;
    const bool colon = is_punct(k, ':');
    if (k == 0 || (!colon && !is_word(k, "truoc"))) return false;
    if (!colon) {
      std::size_t n = k - 1;
      if (n > 0 && (is_word(n, "duoc") || is_word(n, "the") || is_word(n, "phai"))) --n;
      if (is_word(n, "khong") || is_word(n, "chua")) {
        fail(not_before(tokens[n].column));
        counted_back_refused = true;
        return true;
      }
    }
    std::size_t unit = k - 1;
    while (unit > 0 && (is_punct(unit, ']') || is_punct(unit, ')') || is_punct(unit, '-') ||
                        is_punct(unit, ':'))) {
      --unit;
    }
    if (unit > 0 && is_word(unit, "ruoi")) --unit;  // "một tháng rưỡi"
    if (unit >= 2 && is_word(unit, "viec") && is_word(unit - 1, "lam")) unit -= 2;
    if (unit >= 1 && is_word(unit, "le") && is_word(unit - 1, "tuan")) --unit;
    if (unit >= 1 && is_word(unit, "lich") && is_word(unit - 1, "ngay")) --unit;  // "ngày lịch"
    const bool months = is_word(unit, "thang");
    const bool units = months || is_word(unit, "ngay") || is_word(unit, "tuan") ||
                       is_word(unit, "gio") || is_word(unit, "quy");
    if (!units || unit == 0) return false;
    const std::size_t count = unit - 1;
    const auto counting = [&](std::size_t t) {
      if (is_number(t, 1, 3) || count_word(t) != 0) return true;
      for (const auto word : {"mot", "nam", "muoi", "lam", "tu", "vai", "nua", "tram"}) {
        if (is_word(t, word)) return true;
      }
      return false;
    };
    if (!counting(count)) return false;
    std::size_t from = count;
    while (from > 0 && !is_number(from, 1, 3) && counting(from - 1)) --from;  // "mười lăm"
    const bool at_least = from >= 2 && ((is_word(from - 2, "it") && is_word(from - 1, "nhat")) ||
                                        (is_word(from - 2, "toi") && is_word(from - 1, "thieu")));
    if (months && !at_least) {
      const int n = is_number(count, 1, 3) ? value(count) : count_word(count);
      const bool report_months = (n == 3 || n == 6 || n == 9 || n == 12) && from == count;
      // After "chậm nhất", "muộn nhất" the count is a count back.
      const bool limit = from >= 2 && (is_word(from - 2, "cham") || is_word(from - 2, "muon")) &&
                         is_word(from - 1, "nhat");
      if (report_months && !limit) return false;
    }
    fail(counted_back(tokens[at_least ? from - 2 : from].column));
    counted_back_refused = true;
    return true;
  }

  // Whether the marker at `k` ("trước", "chậm nhất", …) is followed by "ngày" and a number.
  [[nodiscard]] bool unread_day_after_marker(std::size_t k) const {
    std::size_t j = k + (is_word(k, "truoc") ? 1 : 2);
    skip_fillers(j);
    return is_word(j, "ngay") && is_number(j + 1, 1, 2);
  }

  // "trước ngày 15 tháng 6 và tháng 12": the months listed after a day take its day and its bound
  // (14/06 and 14/12). `next` is the clause of months after `day`, with only separators between.
  static std::optional<std::vector<Clause>> share_day(const Clause& day, const Clause& next) {
    const Span& d = day.from;
    const Span& m = next.from;
    if (d.kind != DueKind::date || d.tet || d.lunar || day.to || day.days_after ||
        day.part != MonthPart::whole || (day.bound == Bound::none && !d.worded)) {
      return std::nullopt;
    }
    if (m.kind != DueKind::month || next.bound != Bound::none || next.part != MonthPart::whole ||
        next.to || next.days_after) {
      return std::nullopt;
    }
    std::vector<std::pair<int, int>> runs = m.pieces;
    if (runs.empty()) runs.emplace_back(m.first_month, m.last_month);
    std::vector<Clause> out;
    for (const auto& [first, last] : runs) {
      for (int month = first; month <= last; ++month) {
        Clause c = next;
        c.bound = day.bound;
        c.from.kind = DueKind::date;
        c.from.pieces.clear();
        c.from.first_month = c.from.last_month = month;
        c.from.first_day = c.from.last_day = d.first_day;
        c.from.worded = d.worded;
        if (!out.empty()) c.after_list_marker = true;
        out.push_back(std::move(c));
      }
    }
    return out;
  }

  // Whether a comma stands among the tokens from `first` to before `last`.
  [[nodiscard]] bool comma_between(std::size_t first, std::size_t last) const {
    for (std::size_t k = first; k < last; ++k) {
      if (is_punct(k, ',')) return true;
    }
    return false;
  }

  // Clauses from `i` to the end of the phrase, or nullopt when anything is left unread but a
  // qualifier after them (kept in qualifier_at). Where they stop is kept in stopped_at.
  std::optional<std::vector<Clause>> clauses(std::size_t i, int plan_year, Lenience lenience) {
    std::vector<Clause> out;
    qualifier_at.reset();
    stopped_at = i;
    read_before_stop = false;
    std::size_t end = i;  // where the last clause read ends
    while (true) {
      const bool list = skip_separators(i);
      if (i >= tokens.size()) break;
      const std::size_t words = i;
      skip_fillers(i);  // clause() would skip them: the clause starts after them
      ++steps;
      const std::size_t start = i;
      auto next = clause(i);
      if (error) return std::nullopt;
      bool labelled = false;
      if (!next) {
        // "Chậm nhất ngày 20/11/2026, theo quy định": the date, the rest as a note.
        if (!out.empty() && qualifier(start) && next_mention(start, false) == tokens.size()) {
          qualifier_at = end;
          break;
        }
        next = after_label(i, lenience);
        if (!next) {
          stopped_at = words;
          read_before_stop = !out.empty();
          return std::nullopt;
        }
        labelled = true;
      }
      next->after_list_marker = list && !out.empty();
      next->after_label =
          !out.empty() && (labelled || tokens[start].dropped > tokens[end - 1].dropped);
      // Days with only separators between them are a list of days ("trước ngày 15/6, 15/12",
      // "ngày 15/6/2026, trước ngày 15/12/2026"), as they are with a list mark.
      if (!out.empty() && !labelled && words == start && plain_day(out.back()) &&
          plain_day(*next)) {
        next->day_link = list                        ? DayLink::marked
                         : comma_between(end, words) ? DayLink::comma
                                                     : DayLink::none;
      }
      // "trước ngày 15/6 và 15/12", "trước ngày 15/6, 15/12": the second day is bounded like the
      // first.
      if ((next->after_list_marker || next->day_link == DayLink::comma) &&
          next->bound == Bound::none && !next->to && next->from.kind == DueKind::date &&
          !next->from.tet) {
        next->bound = out.back().bound;
      }
      end = i;
      if (!out.empty() && !labelled && words == start) {
        if (auto shared = share_day(out.back(), *next)) {
          out.insert(out.end(), shared->begin(), shared->end());
          continue;
        }
      }
      out.push_back(*next);
    }
    if (out.empty()) return std::nullopt;
    lend_years(out, plan_year);
    if (error) return std::nullopt;
    return out;
  }

  // A clause that writes no year takes the year of the next clause that does, or else of the one
  // before (which may have taken it in turn): "Quý II và quý IV/2026", "Quý IV, chậm nhất ngày
  // 03/12/2025". A list runs forwards in time, so a year is lent only where the order holds:
  // in "tháng 12 và tháng 1/2027" December is not the December of 2027 and keeps the plan year.
  // When the plan year too would put it out of order ("tháng 12/2026 và tháng 1" in 2026), the
  // list is an error: which year was meant cannot be known. The next years are found in one pass
  // from the end.
  void lend_years(std::vector<Clause>& out, int plan_year) {
    const auto written = [](const Clause& c) {
      return c.from.year.has_value() || (c.to && c.to->year.has_value()) ||
             c.from.year_offset != 0 || (c.to && c.to->year_offset != 0);
    };
    const auto year_in = [](const Clause& c) {
      return c.to && c.to->year ? c.to->year : c.from.year;
    };
    // Where a clause begins within its year. Tết and lunar days have no fixed place: a year is
    // lent to and from them whatever the order, as before.
    const auto in_order = [](const Clause& earlier, const Clause& later) {
      const Span& a = earlier.from;
      const Span& b = later.from;
      if (a.tet || a.lunar || b.tet || b.lunar) return true;
      return std::pair{a.first_month, a.first_day} <= std::pair{b.first_month, b.first_day};
    };
    // No year written anywhere: every clause takes the plan year, and a list that then runs
    // back in time ("tháng 12 và tháng 1", "Đợt 1: tháng 12; Đợt 2: tháng 1") is an error too,
    // not two dates of the plan year in another order. Deadlines of different things, each
    // after its label ("Báo cáo năm trước ngày 15/11; báo cáo 6 tháng trước ngày 15/6"), need
    // not come in order.
    if (std::none_of(out.begin(), out.end(), written)) {
      for (std::size_t k = 1; k < out.size(); ++k) {
        ++steps;
        if (!out[k].after_label && !in_order(out[k - 1], out[k])) {
          fail(list_back_in_time(out[k].column));
          return;
        }
      }
      return;
    }
    std::vector<std::optional<std::size_t>> ahead(out.size());
    std::optional<std::size_t> next_year;
    for (std::size_t k = out.size(); k-- > 0;) {
      ++steps;
      ahead[k] = next_year;
      if (year_in(out[k])) next_year = k;
    }
    std::optional<std::size_t> behind;
    for (std::size_t k = 0; k < out.size(); ++k) {
      ++steps;
      if (!written(out[k])) {
        std::optional<int> lent;
        if (ahead[k] && in_order(out[k], out[*ahead[k]])) {
          lent = year_in(out[*ahead[k]]);
        } else if (behind && in_order(out[*behind], out[k])) {
          lent = year_in(out[*behind]);
        } else if (plan_year > 0 && ((ahead[k] && plan_year >= *year_in(out[*ahead[k]])) ||
                                     (behind && plan_year <= *year_in(out[*behind])))) {
          fail(list_back_in_time(out[k].column));
          return;
        }
        if (lent && out[k].to) {
          out[k].to->year = lent;
        } else if (lent) {
          out[k].from.year = lent;
        }
      }
      if (year_in(out[k])) behind = k;
    }
  }

  // Phrases that name a recurrence: hằng/hàng quý, hằng tháng, mỗi năm, định kỳ 6 tháng.
  [[nodiscard]] bool periodic() const {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (is_word(i, "dinh") && (is_word(i + 1, "ky") || is_word(i + 1, "ki"))) return true;
      if (is_word(i, "hang") || is_word(i, "moi")) {
        for (const auto unit : {"ngay", "tuan", "thang", "quy", "nam"}) {
          if (is_word(i + 1, unit)) return true;
        }
      }
    }
    return false;
  }

  // Phrases that hang on an event or another document: "Sau khi có Quyết định …", "theo thời
  // hạn quy định tại …", "trong thời hạn 10 ngày kể từ …", "khi có yêu cầu", "theo quy định".
  [[nodiscard]] bool event() const {
    for (const auto lead : {"sau", "theo", "khi", "tuy", "neu"}) {
      // "Sáu tháng một lần" is six, not "sau" (after).
      if (is_word(0, lead) && !(lead == std::string_view("sau") && !tokens[0].bare)) return true;
    }
    static constexpr std::array<std::array<std::string_view, 2>, 11> markers{{
        {"sau", "khi"},
        {"ke", "tu"},
        {"thoi", "han"},
        {"khi", "co"},
        {"khi", "duoc"},
        {"truoc", "khi"},
        {"ngay", "khi"},
        {"theo", "quy"},
        {"theo", "yeu"},
        {"theo", "ke"},
        {"theo", "huong"},
    }};
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
      for (const auto& marker : markers) {
        if (is_word(i, marker[0]) && is_word(i + 1, marker[1])) return true;
      }
    }
    return false;
  }

  // Where a deadline may start after lead-in words: "gửi Sở Tư pháp tổng hợp trước ngày
  // 03/12/2025", "Thời gian … (qua Phòng Tư pháp) chậm nhất ngày 26/01/2024".
  [[nodiscard]] bool deadline_marker(std::size_t i) const {
    return (is_word(i, "cham") && is_word(i + 1, "nhat")) || is_word(i, "truoc") ||
           (is_word(i, "han") && (is_word(i + 1, "chot") || is_word(i + 1, "cuoi"))) ||
           (is_word(i, "hoan") && is_word(i + 1, "thanh"));
  }

  // Whether a date follows closely one of the words that start a deadline: "chậm nhất ngày
  // 20/11/2026", "trước tháng 6". Such a phrase is no event, whatever else it says.
  [[nodiscard]] bool dated_marker() const {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!deadline_marker(i)) continue;
      const std::size_t named = next_mention(i);
      if (named < tokens.size() && named <= i + 4) return true;
    }
    return false;
  }

  // Whether the date named at `k` is that of a document cited ("Quyết định số 12/QĐ-UBND ngày
  // 05/01/2026", "Kế hoạch 45/KH-UBND ngày 10/01/2026"): right after "ngày", with "số" or the
  // document's number ("45/KH-UBND") a few words before, in the same part of the sentence. Where
  // the date ends is put in `end`.
  bool cited(std::size_t k, std::size_t& end) const {
    if (k < 2 || !is_word(k - 1, "ngay")) return false;
    bool document = false;
    for (std::size_t t = k - 2, looked = 0; looked < 12; --t, ++looked) {
      if (is_punct(t, ',') || is_punct(t, ';')) break;
      if (is_word(t, "so") ||
          (is_punct(t, '/') && t + 1 < tokens.size() && tokens[t + 1].type == TokenType::word)) {
        document = true;
        break;
      }
      if (t == 0) break;
    }
    std::size_t j = k;
    if (!document || (!numeric_date(j) && !worded_date(j))) return false;
    end = j;
    return true;
  }

  // The first token that names a day, a month or a quarter other than a cited document's date
  // (see cited), or size(): in a phrase that hangs on an event, such a time may be its deadline.
  [[nodiscard]] std::size_t uncited_mention() const {
    std::size_t k = next_mention(0, false);
    while (k < tokens.size()) {
      std::size_t end = k;
      if (!cited(k, end)) return k;
      k = next_mention(end, false);
    }
    return k;
  }

  // Where a deadline after an event's lead-in may begin, for the time named at `named`: after the
  // last ',', ';' or '(' before it ("Theo kế hoạch của tỉnh, trong tháng 6/2026"), or at "dự
  // kiến" ("Sau khi có hướng dẫn của Bộ dự kiến Quý III/2026"); size() when there is none.
  [[nodiscard]] std::size_t lead_in_end(std::size_t named) const {
    for (std::size_t k = named; k-- > 1;) {
      if (is_punct(k, ',') || is_punct(k, ';') || is_punct(k, '(')) return k + 1;
      if (is_word(k, "du") && is_word(k + 1, "kien")) return k;
    }
    return tokens.size();
  }

  // -------------------------------------------------------------------------------------------
  // Years and days.

  // The first and last day of `span` in `year`, or nullopt (error set) when either is not a
  // real day.
  std::optional<std::pair<Date, Date>> days_of(const Span& span, int year) {
    if (span.tet) {
      const auto tet = year >= first_holiday_year && year <= last_holiday_year
                           ? lunar_new_year(year)
                           : std::nullopt;
      if (!tet) {
        fail(lunar_year_outside(year));
        return std::nullopt;
      }
      return std::pair{*tet, *tet};
    }
    if (span.lunar) {
      const LunarDate written{year, span.first_month, span.first_day, false};
      const auto day = from_lunar(written);
      if (!day) {
        fail(lunar_date_problem(written));
        return std::nullopt;
      }
      return std::pair{*day, *day};
    }
    const Date first{year, span.first_month, span.first_day};
    const Date last{year, span.last_month,
                    span.last_day == 0 ? days_in_month(year, span.last_month) : span.last_day};
    if (!first.valid()) {
      fail(no_such_day(first));
      return std::nullopt;
    }
    if (!last.valid()) {
      fail(no_such_day(last));
      return std::nullopt;
    }
    return std::pair{first, last};
  }

  std::optional<int> year_of(const Span& span, int plan_year) {
    if (span.year) return *span.year;
    if (plan_year > 0) return plan_year + span.year_offset;
    fail(no_year());
    return std::nullopt;
  }

  // The periods a span stands for: itself, or each run of months of a list.
  static std::vector<Span> pieces_of(const Span& span) {
    if (span.pieces.empty()) return {span};
    std::vector<Span> out;
    for (const auto& [first, last] : span.pieces) {
      Span piece = span;
      piece.pieces.clear();
      piece.first_month = first;
      piece.last_month = last;
      piece.first_day = 1;
      piece.last_day = 0;
      out.push_back(piece);
    }
    return out;
  }

  // Sets start and due from the occurrences: the first start, the last due date.
  static void span_occurrences(Deadline& deadline) {
    if (deadline.occurrences.empty()) return;
    deadline.start = deadline.occurrences.front().start;
    deadline.due = deadline.occurrences.back().due;
  }

  // "N ngày (làm việc) kể từ ngày D": counted from the day after D.
  std::optional<Deadline> evaluate_count(const Clause& c, int plan_year) {
    const auto year = year_of(c.from, plan_year);
    if (!year) return std::nullopt;
    const auto days = days_of(c.from, *year);
    if (!days) return std::nullopt;
    const Date from = days->first;
    Date due = add_days(from, *c.days_after);
    if (c.working_days) {
      // The holidays of a year are known for 1990–2100 only; counting past them would be a guess.
      if (!holidays_of(from.year)) {
        fail(working_days_outside(from.year));
        return std::nullopt;
      }
      due = add_working_days(from, *c.days_after);
      if (!holidays_of(due.year)) {
        fail(working_days_outside(due.year));
        return std::nullopt;
      }
    }
    Deadline deadline;
    deadline.kind = DueKind::date;
    deadline.occurrences.push_back({std::nullopt, due});
    span_occurrences(deadline);
    return deadline;
  }

  std::optional<Deadline> evaluate(const Clause& c, int plan_year) {
    if (c.days_after) return evaluate_count(c, plan_year);
    Deadline deadline;
    if (c.to) {
      const auto end_year = year_of(*c.to, plan_year);
      if (!end_year) return std::nullopt;
      const auto end = days_of(*c.to, *end_year);
      if (!end) return std::nullopt;
      // A start written without a year lies in the end's year, or in the year before when
      // only that puts it first: "từ 01/12 đến 20/11/2024" is the reporting window that
      // opens on 01/12/2023. A start whose year is written is taken as written.
      int start_year = *end_year;
      if (c.from.year) {
        start_year = *c.from.year;
      } else if (c.from.year_offset != 0 && plan_year > 0) {
        start_year = plan_year + c.from.year_offset;  // "từ ngày 01/12 năm trước"
      } else if (std::pair{c.from.first_month, c.from.first_day} >
                 std::pair{end->second.month, end->second.day}) {
        start_year -= 1;
      }
      const auto start = days_of(c.from, start_year);
      if (!start) return std::nullopt;
      if (start->first > end->second) {
        fail(start_after_end(start->first, end->second));
        return std::nullopt;
      }
      deadline.kind = DueKind::range;
      deadline.occurrences.push_back({start->first, end->second});
      span_occurrences(deadline);
      return deadline;
    }
    deadline.kind = c.part == MonthPart::whole ? c.from.kind : DueKind::range;
    // "Thường xuyên" with no year anywhere still reads: it is ongoing, just not dated.
    if (c.from.kind == DueKind::ongoing && !c.from.year && plan_year <= 0) {
      return deadline;
    }
    const auto year = year_of(c.from, plan_year);
    if (!year) return std::nullopt;
    for (const auto& piece : pieces_of(c.from)) {
      const auto days = days_of(piece, *year);
      if (!days) return std::nullopt;
      auto [first, last] = *days;
      if (c.part != MonthPart::whole) {
        first.day = c.part == MonthPart::early ? 1 : 11;
        last.day = c.part == MonthPart::early ? 10 : 20;
      }
      Occurrence occurrence{std::nullopt, last};
      switch (c.bound) {
        case Bound::none:
          if (c.from.kind != DueKind::date) occurrence.start = first;
          break;
        // "Chậm nhất", "trước": they say by when, not from when, so no start.
        case Bound::by: break;
        case Bound::before:
          occurrence.due = add_days(first, -1);
          occurrence.day_before = true;
          break;
      }
      deadline.occurrences.push_back(occurrence);
    }
    span_occurrences(deadline);
    return deadline;
  }

  // Several clauses in one phrase ("Quý IV năm 2025, chậm nhất ngày 03/12/2025"): the most
  // specific one, the one spanning the fewest days, gives the kind and the due date; the
  // others must contain that due date, and lend their start when it has none. So that example
  // reads as kind date, start 01/10/2025, due 03/12/2025. Of equally specific periods the
  // earliest due date wins: it is the one that binds. Two single days with different due dates
  // are an error: one would be dropped.
  std::optional<Deadline> combine(const std::vector<Deadline>& parts) {
    const auto width = [](const Deadline& d) {
      if (!d.due) return std::numeric_limits<long>::max();
      return d.start ? days_between(*d.start, *d.due) : 0L;
    };
    const auto best =
        std::min_element(parts.begin(), parts.end(), [&](const Deadline& a, const Deadline& b) {
          if (width(a) != width(b)) return width(a) < width(b);
          return a.due && b.due && *a.due < *b.due;
        });
    Deadline result = *best;
    for (const auto& other : parts) {
      if (&other == &*best || !other.due || !result.due) continue;
      // Two single days cannot narrow each other down: keeping the earlier would drop the other
      // ("trước ngày 20/11/2025 (chậm nhất ngày 25/11/2025)").
      if (best->kind == DueKind::date && other.kind == DueKind::date && !best->start &&
          !other.start && *other.due != *result.due) {
        fail(two_days(std::min(*result.due, *other.due), std::max(*result.due, *other.due)));
        return std::nullopt;
      }
      if (*result.due > *other.due) {
        fail(due_after(*result.due, *other.due));
        return std::nullopt;
      }
      if (other.start && *result.due < *other.start) {
        fail(due_before(*result.due, *other.start));
        return std::nullopt;
      }
      if (other.start && (!result.start || *other.start > *result.start)) {
        result.start = other.start;
      }
    }
    const bool day_before = !best->occurrences.empty() && best->occurrences.back().day_before;
    result.occurrences.clear();
    if (result.due) result.occurrences.push_back({result.start, *result.due, day_before});
    return result;
  }

  // Months or quarters, one occurrence each, with no round label ("Đợt 2:", "Lần 2") in the
  // phrase: those that run on are one span (see join).
  bool periods_only(const std::vector<Deadline>& parts) const {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      ++steps;
      std::size_t j = i;
      if (round_label(j)) return false;
    }
    return std::all_of(parts.begin(), parts.end(), [](const Deadline& part) {
      return (part.kind == DueKind::month || part.kind == DueKind::quarter) &&
             part.occurrences.size() == 1 && part.start && part.due;
    });
  }

  // True when no two parts overlap: each ends before the next begins.
  static bool disjoint(std::vector<Deadline> parts) {
    std::sort(parts.begin(), parts.end(),
              [](const Deadline& a, const Deadline& b) { return *a.due < *b.due; });
    for (std::size_t k = 1; k < parts.size(); ++k) {
      const Date begins = parts[k].start ? *parts[k].start : *parts[k].due;
      if (begins <= *parts[k - 1].due) return false;
    }
    return true;
  }

  // Days joined by commas alone, with no "và", ";" or round label anywhere in their run, are a
  // list of occurrences only when each falls in a later month than the one before ("chậm nhất
  // ngày 20/6, 20/12/2026"). Two such days in one month, or running back in time ("Chậm nhất
  // ngày 20/11/2026, 25/11/2026"), read as often as a correction left in as an enumeration:
  // kehoach neither keeps one nor guesses, it says so (false, error set). Days with a label
  // between them ("… (báo cáo năm), …") are deadlines of different things and are not held to it.
  bool comma_days_in_order(const std::vector<Deadline>& parts, const std::vector<Clause>& read) {
    // The day as written: "trước ngày 01/7" names 01/07, not its due date 30/06.
    const auto written = [&](std::size_t k) {
      return read[k].bound == Bound::before ? add_days(*parts[k].due, 1) : *parts[k].due;
    };
    for (std::size_t first = 0; first < read.size();) {
      std::size_t end = first + 1;
      bool marked = false;
      for (; end < read.size() && read[end].day_link != DayLink::none; ++end) {
        ++steps;
        marked = marked || read[end].day_link == DayLink::marked;
      }
      for (std::size_t k = first + 1; k < end && !marked; ++k) {
        ++steps;
        if (read[k].after_label || !parts[k - 1].due || !parts[k].due) continue;
        const Date a = written(k - 1);
        const Date b = written(k);
        if (b.year * 12 + b.month <= a.year * 12 + a.month) {
          fail(comma_days(a, b, read[k].column));
          return false;
        }
      }
      first = end;
    }
    return true;
  }

  // Several clauses: a list of occurrences ("Đợt 1: Quý II; Đợt 2: Quý IV", "trước ngày 15/6 và
  // 15/12", "ngày 15/6/2025, 15/12/2025"), or one deadline the clauses narrow down together
  // (see combine). A list is marked by "và", ";" or round labels, joins days by commas (see
  // comma_days_in_order), has a clause that is a list itself, or repeats one form over periods
  // that do not overlap. Clauses with words between
  // them that are no deadline ("Tháng 6/2026 (sơ kết 6 tháng), hoàn thành trước ngày 15/12/2026")
  // are a list too, unless they narrow one deadline down: a period and one day within it.
  std::optional<Deadline> join(const std::vector<Deadline>& parts,
                               const std::vector<Clause>& read) {
    if (parts.size() == 1) return parts.front();
    if (!comma_days_in_order(parts, read)) return std::nullopt;
    const bool dated = std::all_of(parts.begin(), parts.end(),
                                   [](const Deadline& d) { return d.due.has_value(); });
    bool list = dated && (std::any_of(read.begin(), read.end(),
                                      [](const Clause& c) {
                                        return c.after_list_marker || c.day_link == DayLink::comma;
                                      }) ||
                          std::any_of(parts.begin(), parts.end(),
                                      [](const Deadline& d) { return d.occurrences.size() > 1; }));
    if (dated && !list) {
      bool same_form = true;
      for (std::size_t k = 1; k < parts.size(); ++k) {
        same_form = same_form && parts[k].kind == parts[0].kind && read[k].bound == read[0].bound &&
                    !read[k].to && !read[0].to;
      }
      list = same_form && disjoint(parts);
    }
    if (dated && !list &&
        std::any_of(read.begin(), read.end(), [](const Clause& c) { return c.after_label; })) {
      const auto days = std::count_if(parts.begin(), parts.end(),
                                      [](const Deadline& d) { return !d.start.has_value(); });
      if (days > 1) {
        list = true;
      } else if (auto narrowed = combine(parts)) {
        return narrowed;
      } else {
        error.reset();  // they do not narrow one deadline: each is its own
        list = true;
      }
    }
    if (list) {
      Deadline result;
      result.kind = parts.front().kind;
      for (const auto& part : parts) {
        if (part.kind != result.kind) result.kind = DueKind::range;
        result.occurrences.insert(result.occurrences.end(), part.occurrences.begin(),
                                  part.occurrences.end());
      }
      std::stable_sort(result.occurrences.begin(), result.occurrences.end(),
                       [](const Occurrence& a, const Occurrence& b) { return a.due < b.due; });
      if (periods_only(parts)) {
        // "Quý IV năm 2026 và quý I năm 2027", "Tháng 11 năm 2026 và tháng 12 năm 2026": one
        // span, as "Quý III, quý IV năm 2026" is within one clause (item_list); not two rounds,
        // the first overdue while the work is still in its time. Months or quarters apart stay
        // one occurrence each.
        std::vector<Occurrence> merged;
        for (const auto& o : result.occurrences) {
          if (!merged.empty() && o.start && !(add_days(merged.back().due, 1) < *o.start)) {
            if (merged.back().due < o.due) {
              merged.back().due = o.due;
              merged.back().day_before = o.day_before;
            }
          } else {
            merged.push_back(o);
          }
        }
        const bool crosses_year = std::any_of(merged.begin(), merged.end(), [](const auto& o) {
          return o.start && o.start->year != o.due.year;
        });
        if (merged.size() < result.occurrences.size() && crosses_year) {
          result.kind = DueKind::range;
        }
        result.occurrences = std::move(merged);
      }
      span_occurrences(result);
      return result;
    }
    auto combined = combine(parts);
    if (!combined) {
      // Two years written that cannot both hold: say so, where the second one is.
      std::optional<std::pair<int, std::size_t>> seen;
      for (const auto& c : read) {
        for (const Span* span : {&c.from, c.to ? &*c.to : nullptr}) {
          if (!span || !span->year || span->year_column == 0) continue;
          if (!seen) {
            seen = std::pair{*span->year, span->year_column};
          } else if (seen->first != *span->year) {
            error = conflicting_years(seen->first, *span->year, span->year_column);
            return std::nullopt;
          }
        }
      }
    }
    return combined;
  }

  // Reads the clauses of the phrase and turns them into one deadline.
  std::optional<Deadline> read_all(int plan_year, Lenience lenience, std::size_t start = 0) {
    const auto read = clauses(start, plan_year, lenience);
    if (!read) return std::nullopt;
    std::vector<Deadline> parts;
    std::vector<Clause> kept;
    for (const auto& c : *read) {
      auto deadline = evaluate(c, plan_year);
      if (!deadline) return std::nullopt;
      // "… và cả năm trước ngày 10/11/2026": a whole period written right before a deadline
      // within it, with nothing between, narrows to that deadline; it is not a list item of
      // its own (which would add the whole year as a round).
      if (!kept.empty() && kept.back().bound == Bound::none && !kept.back().to &&
          !kept.back().days_after && parts.back().start && c.bound != Bound::none &&
          !c.after_list_marker && !c.after_label && c.day_link == DayLink::none &&
          parts.back().occurrences.size() == 1 && deadline->occurrences.size() == 1) {
        if (auto narrowed = combine({parts.back(), *deadline})) {
          parts.back() = std::move(*narrowed);
          continue;
        }
        error.reset();  // they do not narrow one deadline: each is its own
      }
      parts.push_back(std::move(*deadline));
      kept.push_back(c);
    }
    return join(parts, kept);
  }

  // The dates of a recurrence within the plan year: "hằng quý" is four quarters, "định kỳ 6
  // tháng" two halves, "hằng tháng" twelve months, "hằng năm" the year. Nothing when the plan
  // year is unknown, the unit is a week or a day, or the phrase writes any other number (a day
  // within each period, which these dates would not show).
  [[nodiscard]] std::vector<Occurrence> recurrence(int plan_year) const {
    if (plan_year <= 0) return {};
    // The cycles named, in months: several make one list of report days ("Định kỳ 6 tháng, hằng
    // năm" is due 30/06 and 31/12; "Hằng quý và hằng năm" at each quarter's end).
    std::array<bool, 13> cycle{};
    std::vector<std::size_t> count_at;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      int unit = 0;
      if (is_word(i, "dinh") && (is_word(i + 1, "ky") || is_word(i + 1, "ki")) &&
          (is_number(i + 2, 1, 2) || count_word(i + 2) != 0) && is_word(i + 3, "thang")) {
        unit = is_number(i + 2, 1, 2) ? value(i + 2) : count_word(i + 2);
        count_at.push_back(i + 2);
      } else if (std::find(cycle.begin(), cycle.end(), true) != cycle.end() && i > 0 &&
                 (is_punct(i - 1, ',') || is_word(i - 1, "va")) && is_number(i, 1, 2) &&
                 is_word(i + 1, "thang") &&
                 (i + 2 >= tokens.size() || is_punct(i + 2, ',') || is_punct(i + 2, ';') ||
                  is_punct(i + 2, '.') || is_word(i + 2, "va") ||
                  (is_word(i + 2, "mot") && is_word(i + 3, "lan")))) {
        // A further cycle in a list after one named, ending its item: "Định kỳ hằng quý, 6
        // tháng, hằng năm"; not a time from an event ("Hằng quý, 1 tháng sau khi kết thúc quý").
        unit = value(i);
        count_at.push_back(i);
      } else if (is_word(i, "hang") || is_word(i, "moi")) {
        if (is_word(i + 1, "quy")) unit = 3;
        if (is_word(i + 1, "thang")) unit = 1;
        if (is_word(i + 1, "nam")) unit = 12;
        if (is_word(i + 1, "tuan") || is_word(i + 1, "ngay")) return {};
      }
      if (unit == 0) continue;
      if (unit < 1 || unit > 12 || 12 % unit != 0) return {};
      cycle[static_cast<std::size_t>(unit)] = true;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].type == TokenType::number &&
          std::find(count_at.begin(), count_at.end(), i) == count_at.end()) {
        return {};
      }
    }
    // Each occurrence runs from the day after the one before it (from 1 January for the first)
    // to the end of the month a cycle ends in.
    std::vector<Occurrence> out;
    int first = 1;
    for (int month = 1; month <= 12; ++month) {
      bool ends = false;
      for (int unit = 1; unit <= 12; ++unit) {
        ends = ends || (cycle[static_cast<std::size_t>(unit)] && month % unit == 0);
      }
      if (!ends) continue;
      out.push_back({Date{plan_year, first, 1}, last_day_of_month(plan_year, month)});
      first = month + 1;
    }
    return out;
  }
};

DueResult failure(Message message) {
  DueResult result;
  result.error = std::move(message);
  return result;
}

DueResult success(Deadline deadline) {
  DueResult result;
  result.deadline = std::move(deadline);
  return result;
}

// The first token from `k` on that is not a comma, a dash or the like (a bracket or a quote is
// kept): where words left unread begin.
std::size_t first_word(const std::vector<Token>& tokens, std::size_t k) {
  const auto opens = [](char c) { return c == '(' || c == '[' || c == '"' || c == '\''; };
  while (k + 1 < tokens.size() && tokens[k].type == TokenType::punct && !opens(tokens[k].text[0])) {
    ++k;
  }
  return k;
}

// The words of `phrase` from token `k` on, as written (see as_written); the whole phrase when the
// scan form does not map back to it (see character_starts).
std::string words_from(std::string_view phrase, const std::vector<Token>& tokens, std::size_t k) {
  const std::vector<std::size_t> starts = character_starts(phrase);
  if (starts.empty() || k >= tokens.size()) return as_written(phrase);
  return as_written(phrase.substr(starts[tokens[k].column - 1]));
}

// The words of `phrase` before token `k`, as written, without the ',', ';' or '(' that ends them.
std::string words_before(std::string_view phrase, const std::vector<Token>& tokens, std::size_t k) {
  const std::vector<std::size_t> starts = character_starts(phrase);
  if (starts.empty() || k >= tokens.size()) return as_written(phrase);
  std::string out = as_written(phrase.substr(0, starts[tokens[k].column - 1]));
  while (!out.empty() &&
         (out.back() == ' ' || out.back() == ',' || out.back() == ';' || out.back() == '(')) {
    out.pop_back();
  }
  return out;
}

// Marks the words of `tokens` written with a diacritic in `phrase` ("sáu" but not "sau"); when
// the scan form does not map back to the phrase (see character_starts), none is known to have.
// Only "sau" needs it, and only a phrase holding that word pays for it.
void mark_accents(std::string_view phrase, std::vector<Token>& tokens) {
  if (std::none_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.text == "sau"; })) {
    return;
  }
  const std::vector<std::size_t> starts = character_starts(phrase);
  if (starts.empty()) {
    // The phrase holds a character outside the letter table ("…", "•"): its words cannot be
    // placed one by one, so the phrase as a whole decides. An accented "sáu" anywhere (NFC or
    // NFD, any case) marks every "sau" of it as written with its accent; "tháng Sáu năm 2026
    // (theo Công văn …)" is June, as without the "…".
    bool accented = false;
    for (std::size_t i = 0; i + 3 < phrase.size() && !accented; ++i) {
      if (phrase[i] != 's' && phrase[i] != 'S') continue;
      const std::string_view rest = phrase.substr(i + 1);
      std::size_t after = 0;  // the bytes of "á" as written, NFC or NFD, either case
      if (rest.starts_with("\xC3\xA1") || rest.starts_with("\xC3\x81")) {
        after = 2;
      } else if ((rest.starts_with("a\xCC\x81") || rest.starts_with("A\xCC\x81"))) {
        after = 3;
      }
      accented = after > 0 && rest.size() > after && (rest[after] == 'u' || rest[after] == 'U');
    }
    if (accented) {
      for (Token& t : tokens) {
        if (t.text == "sau") t.bare = false;
      }
    }
    return;
  }
  for (Token& t : tokens) {
    if (t.type != TokenType::word || t.column + t.text.size() > starts.size()) continue;
    const std::size_t begin = starts[t.column - 1];
    const std::size_t end = starts[t.column - 1 + t.text.size()];
    const std::string_view written = phrase.substr(begin, end - begin);
    t.bare = std::all_of(written.begin(), written.end(),
                         [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  }
}

DueResult read_due(std::string_view phrase, int plan_year, std::size_t& steps, bool& counted_back) {
  const std::string scanned = scan_form(phrase);
  std::size_t counted = steps;
  Reader reader(tokenize(scanned, counted), counted);
  reader.message_year = plan_year;
  mark_accents(phrase, reader.tokens);
  // The count leaves with every answer (a value here: counting through a reference costs).
  struct Count {
    const Reader& reader;
    std::size_t& out;
    bool& back;
    ~Count() {
      out = reader.steps;
      back = reader.counted_back_refused;
    }
  } count{reader, steps, counted_back};
  if (reader.tokens.empty()) return failure(empty_phrase());
  // A reading with words left unread after it keeps them as its note: "theo quy định".
  const auto read = [&](Deadline deadline) {
    if (reader.qualifier_at) {
      deadline.note =
          words_from(phrase, reader.tokens, first_word(reader.tokens, *reader.qualifier_at));
    }
    return success(std::move(deadline));
  };

  // Order matters. First the whole phrase as deadline clauses, past labels that end in ':'
  // ("Thời gian thực hiện: Quý I năm 2025", "Báo cáo 6 tháng: trước 15/6; báo cáo năm: …").
  auto deadline = reader.read_all(plan_year, Reader::Lenience::colon);
  // "Hằng năm, trước ngày 15/12" without a plan year: every year, no year to date it in.
  if (reader.error && *reader.error == no_year() && reader.periodic()) {
    reader.error.reset();
  } else if (reader.error) {
    return failure(*reader.error);
  } else if (deadline) {
    return read(std::move(*deadline));
  }
  // "Báo cáo định kỳ hằng năm chậm nhất ngày 20/11/2026", "Định kỳ hằng quý trước ngày 20/3,
  // 20/6, 20/9, 20/12": a recurrence named in the label before a written day. The days written
  // win, as they do after a colon ("…hằng năm: chậm nhất ngày 20/11/2026"); a day written that
  // does not read is an error, never an undated recurrence. Without a plan year the phrase
  // stays the recurrence it names, undated, as "Hằng năm, trước ngày 15/12" does above.
  bool undated_every_year = false;
  if (reader.periodic()) {
    deadline = reader.read_all(plan_year, Reader::Lenience::marker);
    if (reader.error && *reader.error == no_year()) {
      reader.error.reset();
      undated_every_year = true;
    } else if (reader.error) {
      return failure(*reader.error);
    } else if (deadline) {
      return read(std::move(*deadline));
    }
  }
  // A recurrence: dated within the plan year when its unit allows (see recurrence()).
  if (reader.periodic() && (undated_every_year || !reader.dated_marker())) {
    Deadline recurring;
    recurring.kind = DueKind::periodic;
    recurring.note = as_written(phrase);
    recurring.occurrences = reader.recurrence(plan_year);
    if (!recurring.occurrences.empty()) {
      recurring.start = recurring.occurrences.front().start;
      recurring.due = recurring.occurrences.back().due;
    }
    return success(std::move(recurring));
  }
  // Sentences with a deadline after lead-in words ("… gửi Sở Tư pháp tổng hợp trước ngày
  // 03/12/2025"), even when they mention "theo quy định", and lists of such sentences ("Báo cáo 6
  // tháng trước ngày 15/6, báo cáo năm trước ngày 15/11").
  deadline = reader.read_all(plan_year, Reader::Lenience::marker);
  if (reader.error) return failure(*reader.error);
  if (deadline) return read(std::move(*deadline));
  // Unread words that mention a date after a deadline that reads, or in a phrase that has one
  // ("chậm nhất ngày …"): a deadline could be lost, or the phrase taken for an event.
  const bool dated = reader.read_before_stop || reader.dated_marker();
  if (dated && reader.next_mention(reader.stopped_at) < reader.size()) {
    const std::size_t k = first_word(reader.tokens, reader.stopped_at);
    return failure(unread_date(reader.tokens[k].column, words_from(phrase, reader.tokens, k)));
  }
  if (!dated && reader.event()) {
    // An event's phrase that names a time besides a cited document's date: the time is its
    // deadline when it is written as a part of its own after the lead-in ("Theo kế hoạch của
    // tỉnh, trong tháng 6/2026"; the lead-in is kept as the note); otherwise kehoach cannot tell,
    // and says so rather than read the phrase as having no date.
    const std::size_t named = reader.uncited_mention();
    if (named < reader.size()) {
      const std::size_t start = reader.lead_in_end(named);
      if (start < reader.size()) {
        deadline = reader.read_all(plan_year, Reader::Lenience::colon, start);
        if (reader.error) return failure(*reader.error);
        if (deadline) {
          std::string note = words_before(phrase, reader.tokens, start);
          if (reader.qualifier_at) {
            note += " … " + words_from(phrase, reader.tokens,
                                       first_word(reader.tokens, *reader.qualifier_at));
          }
          deadline->note = std::move(note);
          return success(std::move(*deadline));
        }
      }
      return failure(
          event_names_time(reader.tokens[named].column, words_from(phrase, reader.tokens, named)));
    }
    Deadline event;
    event.kind = DueKind::event;
    event.note = as_written(phrase);
    return success(std::move(event));
  }
  return failure(unreadable());
}

}  // namespace

DueResult parse_due(std::string_view phrase, int plan_year, std::size_t max_chars) {
  // Characters are counted as display_width() counts them (bytes that do not continue a
  // character); the first invisible one is found in the same pass.
  std::size_t length = 0;
  std::optional<std::pair<char32_t, std::size_t>> hidden;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    const auto byte = static_cast<unsigned char>(phrase[i]);
    if ((byte & 0xC0) == 0x80) continue;
    ++length;
    if (hidden || byte < 0xC2) continue;
    const auto [code, bytes] = decode_utf8(phrase, i);
    if (bytes != 0 && invisible(code)) hidden = std::pair{code, length};
  }
  if (length > max_chars) return failure(too_long(length, max_chars));
  if (hidden) {
    return failure(invisible_character(hidden->first, *invisible(hidden->first), hidden->second));
  }
  // The reader throws nothing of its own; only a failed allocation could get here, and a
  // deadline must never take a whole check down with it.
  std::size_t steps = length;
  try {
    bool counted_back = false;
    DueResult result = read_due(phrase, plan_year, steps, counted_back);
    result.needs_year = !result.ok() && result.error == no_year();
    result.counted_back = !result.ok() && counted_back;
    result.steps = steps;
    return result;
  } catch (...) {
    return failure({"lỗi nội bộ khi đọc thời hạn", "internal error while reading the deadline"});
  }
}

std::string phrase_for_message(std::string_view phrase) {
  if (display_width(phrase) <= max_phrase_chars) return std::string(phrase);
  // Cut before the 61st character.
  std::size_t end = 0;
  for (std::size_t chars = 0; end < phrase.size(); ++end) {
    if ((static_cast<unsigned char>(phrase[end]) & 0xC0) != 0x80 && ++chars > 60) break;
  }
  return replace_invalid_utf8(phrase.substr(0, end)) + "…";
}

}  // namespace kehoach
