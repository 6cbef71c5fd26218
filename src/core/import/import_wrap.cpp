// A labelled line wrapped onto the next line, as text copied from a PDF or an e-mail is ("c) Thời
// gian thực hiện: Quý III và" / "Quý IV năm 2026."): whether the next line is the rest of the
// label's value. Read wrongly, the first half is a deadline or an agency and the rest is lost in
// the description.
#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "import/import_common.hpp"
#include "kehoach/due.hpp"
#include "kehoach/import.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// Words a value does not end with: the phrase goes on ("Quý III và", "từ ngày 01/7 đến").
constexpr std::array<std::string_view, 11> open_words{"va",  "hoac", "den",   "tu",  "voi",  "cua",
                                                      "cac", "ngay", "thang", "nam", "truoc"};

bool ends_open(std::string_view value) {
  if (value.empty()) return false;
  const char last = value.back();
  if (last == ',' || last == ';' || last == '-' || last == '/' || last == '(') return true;
  if (value.size() >= 3 && value.substr(value.size() - 3) == "\xE2\x80\x93") return true;  // –
  const auto space = value.rfind(' ');
  const std::string word =
      fold_ascii(space == std::string_view::npos ? value : value.substr(space + 1));
  return std::find(open_words.begin(), open_words.end(), word) != open_words.end();
}

bool ends_sentence(std::string_view value) {
  return !value.empty() && std::string_view(".!?:").find(value.back()) != std::string_view::npos;
}

// A line that starts something of its own: a label, a numbered or marked item, a heading in
// capitals, the closing, the recipients, an opening sentence.
bool stands_alone(std::string_view next) {
  if (recognise_labelled_line(next)) return true;
  if (recognise_outline_label(next).kind != OutlineLabel::Kind::none) return true;
  if (all_upper(next)) return true;
  const std::string f = fold_ascii(next);
  for (const std::string_view start : {"noi nhan", "tren day la", "can cu ", "thuc hien "})
    if (f.rfind(start, 0) == 0) return true;
  return false;
}

bool is_deadline_field(LineField field) {
  return field == LineField::due || field == LineField::report_due ||
         field == LineField::duty_due || field == LineField::start;
}

}  // namespace

Continuation continuation_of(std::string_view labelled, std::string_view next) {
  if (labelled.find(':') == std::string_view::npos || trim(next).empty()) return Continuation::none;
  const auto l = recognise_labelled_line(labelled);
  if (!l || l->value.empty() || stands_alone(next)) return Continuation::none;
  const std::string_view value = trim(l->value);
  if (ends_open(value)) return Continuation::joined;
  const bool ended = ends_sentence(value);
  if (!ended && starts_lower(next)) return Continuation::joined;
  // A short line after a value that does not end, a lower-case line after one that does, or a
  // deadline on its own line after a deadline: maybe one value, maybe two.
  const bool short_line = display_width(next) <= 80;
  if (short_line && (!ended || starts_lower(next))) return Continuation::doubtful;
  if (short_line && is_deadline_field(l->field)) {
    std::string phrase(trim(next));
    while (!phrase.empty() && (phrase.back() == '.' || phrase.back() == ';')) phrase.pop_back();
    if (parse_due(phrase, 2024).ok()) return Continuation::doubtful;
  }
  return Continuation::none;
}

Message continuation_message(std::string_view labelled, std::string_view next) {
  return {fmt::format("dòng `{}` có thể bị ngắt giữa chừng: dòng ngay sau, `{}`, có thể là phần "
                      "còn lại của nó nhưng được đọc riêng; đối chiếu văn bản gốc, nếu là một "
                      "thì nối hai dòng lại trong kế hoạch",
                      labelled, next),
          fmt::format("the line `{}` may be cut short: the line right after it, `{}`, may be "
                      "the rest of it but was read on its own; check the document and, if they "
                      "are one, join the two lines in the plan",
                      labelled, next)};
}

}  // namespace kehoach
