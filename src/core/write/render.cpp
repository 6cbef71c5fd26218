#include "kehoach/render.hpp"

#include <utf8proc.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kehoach/text.hpp"
#include "write/render_document.hpp"

namespace kehoach {

namespace {

// A blank to be filled in by hand (the number and day of a draft). Non-breaking spaces, so that
// Markdown keeps the gap; the text renderer turns them into ordinary spaces.
constexpr std::string_view nbsp = "\u00a0";

std::string blank(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out.append(nbsp);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Labels: the words the renderer adds. The plan's own text is never translated.

struct Labels {
  std::string_view nation;
  std::string_view motto;
  std::string_view number;
  std::string_view document;
  std::string_view recipients;
  std::string_view if_any;
  std::string_view purpose_section;
  std::string_view purpose;
  std::string_view requirements;
  std::string_view content_section;
  std::string_view focus_areas;
  std::string_view activities;
  std::string_view responsibilities_section;
  std::string_view reporting_section;
  std::string_view budget_section;
  std::string_view lead;
  std::string_view lead_alone;
  std::string_view partners;
  std::string_view output;
  std::string_view due;
  std::string_view description;
  std::string_view scope;
  std::string_view subjects;
  std::string_view focus_content;
  std::string_view focus_lead;
  std::string_view reporting_subjects;
  std::string_view data_period;
  std::string_view report_due;
  std::string_view report_to;
  std::string_view report_content;
  std::string_view duty_due;
  std::string_view duty_to;
};

constexpr Labels vi_labels{
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số:",
    "KẾ HOẠCH",
    "Nơi nhận:",
    "(nếu có)",
    "MỤC ĐÍCH, YÊU CẦU",
    "Mục đích",
    "Yêu cầu",
    "NỘI DUNG",
    "Lĩnh vực theo dõi",
    "Các hoạt động theo dõi tình hình thi hành pháp luật",
    "TRÁCH NHIỆM THỰC HIỆN",
    "CHẾ ĐỘ BÁO CÁO",
    "KINH PHÍ",
    "Cơ quan chủ trì",
    "Cơ quan thực hiện",
    "Cơ quan phối hợp",
    "Sản phẩm đầu ra",
    "Thời gian thực hiện",
    "Nội dung hoạt động",
    "Phạm vi theo dõi",
    "Đối tượng theo dõi",
    "Nội dung theo dõi",
    "Cơ quan chủ trì",
    "",  // Vietnamese opens the section with a sentence instead, see reporting_lead()
    "Thời gian chốt số liệu báo cáo",
    "Thời gian gửi báo cáo",
    "Nơi nhận báo cáo",
    "Nội dung báo cáo",
    "Thời hạn",
    "Gửi về",
};

constexpr Labels en_labels{
    "SOCIALIST REPUBLIC OF VIETNAM",
    "Independence - Freedom - Happiness",
    "No.:",
    "PLAN",
    "Recipients:",
    "(if any)",
    "PURPOSE AND REQUIREMENTS",
    "Purpose",
    "Requirements",
    "CONTENT",
    "Focus areas",
    "Monitoring activities",
    "RESPONSIBILITIES",
    "REPORTING",
    "BUDGET",
    "Lead",
    "Carried out by",
    "Partners",
    "Output",
    "Time frame",
    "Activities",
    "Scope",
    "Subjects",
    "Content monitored",
    "Lead",
    "Reporting bodies",
    "Data period",
    "Report due",
    "Send reports to",
    "Report content",
    "Deadline",
    "Send to",
};

const Labels& labels_for(Lang lang) { return lang == Lang::vi ? vi_labels : en_labels; }

// ---------------------------------------------------------------------------------------------
// Small text helpers.

// Plan text as one printable line: control characters replaced, line breaks and runs of white
// space made one space (a paragraph is one line in both output formats).
std::string clean(std::string_view text) {
  return collapse_spaces(replace_invalid_utf8(text, true));
}

// Upper case, code point by code point: Vietnamese needs nothing more (ư → Ư, đ → Đ, ủ → Ủ).
std::string upper(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0 || cp < 0) {
      out.push_back(text[i]);
      ++i;
      continue;
    }
    std::array<utf8proc_uint8_t, 4> buffer{};
    const auto m = utf8proc_encode_char(utf8proc_toupper(cp), buffer.data());
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(m));
    i += static_cast<std::size_t>(n);
  }
  return to_nfc(out);
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) words.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out.append(separator);
    out.append(parts[i]);
  }
  return out;
}

std::vector<std::string> values(const std::vector<Text>& texts) {
  std::vector<std::string> out;
  for (const Text& t : texts) {
    std::string v = clean(t.value);
    if (!v.empty()) out.push_back(std::move(v));
  }
  return out;
}

bool ends_in_punctuation(std::string_view text) {
  if (text.empty()) return false;
  const char c = text.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

// A sentence made to end like one.
std::string with_period(std::string text) {
  if (!text.empty() && !ends_in_punctuation(text)) text.push_back('.');
  return text;
}

// Whether `haystack` says `needle`, however either is spelled (NFC/NFD, ỦY/UỶ, case).
bool says(std::string_view haystack, std::string_view needle) {
  const std::string n = fold_ascii(needle);
  return !n.empty() && fold_ascii(haystack).find(n) != std::string::npos;
}

bool starts_with_words(std::string_view text, std::string_view folded_prefix) {
  return fold_ascii(text).rfind(folded_prefix, 0) == 0;
}

// The printed label at the start of a paragraph ("a) ", "đ) ", "- ", "+ ", "1. ", "1.2. "),
// in code points, so that wrapped lines can hang under the text after it. 0 when there is none.
std::size_t marker_width(std::string_view text) {
  if (text.size() >= 2 && (text[0] == '-' || text[0] == '+' || text[0] == '*') && text[1] == ' ')
    return 2;
  std::size_t i = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
  if (i > 0 && i + 1 < text.size() && text[i - 1] == '.' && text[i] == ' ' && text[0] != '.')
    return i + 1;
  if (i > 0 && i + 1 < text.size() && text[i] == ')' && text[i + 1] == ' ') return i + 2;
  // One letter and ")": "a) ", "đ) " (đ is two bytes, one character).
  if (text.size() >= 3 && text[0] >= 'a' && text[0] <= 'z' && text[1] == ')' && text[2] == ' ')
    return 3;
  if (text.rfind("đ) ", 0) == 0) return 3;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Heading numbers: "III.2.2" is part III, then 2, then 2; "II.2.a" ends in a letter.

enum class ComponentKind { roman, digits, letters };

struct Component {
  ComponentKind kind = ComponentKind::letters;
  int rank = 0;
  std::string text;
};

std::optional<int> roman_value(std::string_view s) {
  if (s.empty() || s.size() > 8) return std::nullopt;
  auto value = [](char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      default: return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const int v = value(s[i]);
    if (v == 0) return std::nullopt;
    const int next = i + 1 < s.size() ? value(s[i + 1]) : 0;
    total += next > v ? -v : v;
  }
  return total > 0 ? std::optional<int>(total) : std::nullopt;
}

std::string roman(int n) {
  static constexpr std::array<std::pair<int, std::string_view>, 9> table{{{100, "C"},
                                                                          {90, "XC"},
                                                                          {50, "L"},
                                                                          {40, "XL"},
                                                                          {10, "X"},
                                                                          {9, "IX"},
                                                                          {5, "V"},
                                                                          {4, "IV"},
                                                                          {1, "I"}}};
  std::string out;
  for (const auto& [value, symbol] : table) {
    while (n >= value) {
      out.append(symbol);
      n -= value;
    }
  }
  return out;
}

// Order of a paragraph letter in the Vietnamese alphabet as documents use it (a, b, c, d, đ, e…).
int letter_rank(std::string_view s) {
  static constexpr std::array<std::string_view, 23> alphabet{"a", "b", "c", "d", "đ", "e", "g", "h",
                                                             "i", "k", "l", "m", "n", "o", "p", "q",
                                                             "r", "s", "t", "u", "v", "x", "y"};
  for (std::size_t i = 0; i < alphabet.size(); ++i)
    if (alphabet[i] == s) return static_cast<int>(i) + 1;
  return s.empty() ? 0 : 100 + static_cast<unsigned char>(s.front());
}

std::vector<Component> components(std::string_view number) {
  std::vector<Component> out;
  std::size_t i = 0;
  const std::string_view n = trim(number);
  while (i <= n.size()) {
    std::size_t j = n.find('.', i);
    if (j == std::string_view::npos) j = n.size();
    const std::string_view part = trim(n.substr(i, j - i));
    if (!part.empty()) {
      Component c;
      c.text = std::string(part);
      const bool digits =
          std::all_of(part.begin(), part.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (digits && part.size() <= 6) {
        c.kind = ComponentKind::digits;
        c.rank = std::stoi(std::string(part));
      } else if (const auto r = roman_value(part); r && out.empty()) {
        c.kind = ComponentKind::roman;
        c.rank = *r;
      } else {
        c.kind = ComponentKind::letters;
        c.rank = letter_rank(part);
      }
      out.push_back(std::move(c));
    }
    i = j + 1;
  }
  return out;
}

// -1, 0 or 1 as `a` is printed before, at the same place as, or after `b`.
int compare_numbers(const std::vector<Component>& a, const std::vector<Component>& b) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i].kind != b[i].kind) return a[i].kind < b[i].kind ? -1 : 1;
    if (a[i].rank != b[i].rank) return a[i].rank < b[i].rank ? -1 : 1;
    if (a[i].text != b[i].text) return a[i].text < b[i].text ? -1 : 1;
  }
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

bool is_ancestor(const std::vector<Component>& a, const std::vector<Component>& b) {
  if (a.empty() || a.size() >= b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].text != b[i].text) return false;
  return true;
}

// How the document prints a heading number: "I.", "3.1." (part II's "II.3.1"), "a)".
std::string printed_label(const std::vector<Component>& c) {
  if (c.empty()) return "";
  if (c.back().kind == ComponentKind::letters) return c.back().text + ")";
  if (c.size() == 1) return c.front().text + ".";
  std::vector<std::string> parts;
  std::size_t first = c.front().kind == ComponentKind::roman ? 1 : 0;
  // Counting back from the end, the printed number is the run of digits ("3.1" of "II.3.1").
  std::size_t start = c.size();
  while (start > first && c[start - 1].kind == ComponentKind::digits) --start;
  for (std::size_t i = start; i < c.size(); ++i) parts.push_back(c[i].text);
  return join(parts, ".") + ".";
}

// ---------------------------------------------------------------------------------------------
// The document, independent of the output format.

using detail::Block;
using detail::BlockKind;
using detail::Document;

// "UBND tỉnh Lai Châu" → {"ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"}: headers spell the abbreviation
// out and print the body's kind above its territory.
std::vector<std::string> issuer_lines(std::string_view name, bool split) {
  std::string n = clean(name);
  if (n == "UBND" || n.rfind("UBND ", 0) == 0) n = "Ủy ban nhân dân" + n.substr(4);
  if (n.empty()) return {};
  const std::string up = upper(n);
  const auto words = split_words(up);
  if (split && words.size() > 4 &&
      fold_ascii(join({words.begin(), words.begin() + 4}, " ")) == "uy ban nhan dan") {
    return {join({words.begin(), words.begin() + 4}, " "),
            join({words.begin() + 4, words.end()}, " ")};
  }
  return {up};
}

std::string number_line(const Plan& plan, const Labels& l) {
  const std::string number = clean(plan.number.value);
  if (number.empty()) return std::string(l.number) + " " + blank(6);
  if (number.front() == '/') return std::string(l.number) + " " + blank(5) + number;
  return std::string(l.number) + " " + number;
}

std::string date_line(const Plan& plan, Lang lang) {
  std::string place = clean(plan.place.value);
  if (place.empty()) place = clean(plan.issuer.locality.value);
  if (place.empty()) place = blank(8);
  const IssueDate& d = plan.issued;
  const std::string day = d.day > 0 ? fmt::format("{:02}", d.day) : blank(4);
  const std::string month = d.month <= 0  ? blank(4)
                            : d.month < 3 ? fmt::format("{:02}", d.month)
                                          : std::to_string(d.month);
  const std::string year = d.present && d.year > 0 ? std::to_string(d.year) : blank(4);
  if (lang == Lang::vi) return fmt::format("{}, ngày {} tháng {} năm {}", place, day, month, year);
  return fmt::format("{}, {}/{}/{}", place, day, month, year);
}

std::string act_text(const LegalRef& act) {
  std::vector<std::string> parts;
  const std::string kind = clean(act.kind.value);
  const std::string ref = clean(act.ref.value);
  const std::string title = clean(act.title.value);
  // A title that is the act's own name ("Luật Ban hành văn bản quy phạm pháp luật", or
  // "Ban hành văn bản quy phạm pháp luật" under `kind: Luật`: it starts with a capital) leads:
  // "Luật Ban hành … số 64/2025/QH15 ngày 19/02/2025", as a law is cited by its name.
  const std::string first_word = title.substr(0, title.find(' '));
  const std::string kind_key = fold_ascii(kind);
  const bool cited_by_name = kind_key == "luat" || kind_key == "bo luat" ||
                             kind_key == "phap lenh" || kind_key == "hien phap";
  const bool named = cited_by_name && !title.empty() && fold(first_word) != first_word;
  if (named) {
    const bool has_kind = fold(title).rfind(fold(kind) + " ", 0) == 0;
    parts.push_back((has_kind ? title : kind + " " + title) + " số " + ref);
    if (act.date.present) parts.push_back("ngày " + document_date(act.date.value));
    return join(parts, " ");
  }
  if (!kind.empty())
    parts.push_back(kind + " số " + ref);
  else
    parts.push_back(ref);
  if (act.date.present) parts.push_back("ngày " + document_date(act.date.value));
  if (!clean(act.issuer.value).empty()) parts.push_back("của " + clean(act.issuer.value));
  if (!clean(act.title.value).empty()) parts.push_back(clean(act.title.value));
  return join(parts, " ");
}

// A parent plan's title inside "Thực hiện Kế hoạch số … của …": joined in lower case after
// "về" ("… của UBND tỉnh Tây Ninh về tổ chức thi hành …"), as it runs on in the sentence.
std::string parent_title_phrase(const std::string& title) {
  // A title written in lower case is already the words of the sentence (as a source document
  // runs it on): kept as written.
  const auto space = title.find(' ');
  const std::string first = title.substr(0, space);
  if (fold(first) == first) return title;
  // A name in capitals ("UBND …") is not lowered.
  if (upper(first) == first) return title;
  const std::string lowered = fold(first) + (space == std::string::npos ? "" : title.substr(space));
  if (fold_ascii(lowered).rfind("ve ", 0) == 0) return lowered;
  return "về " + lowered;
}

// "Căn cứ …; …" and "Thực hiện Kế hoạch số …", closed by the enactment sentence, as the seeds
// write them: with a parent plan the basis is its own paragraph; without, one sentence runs on
// into the enactment after a comma.
std::vector<std::string> opening(const Plan& plan) {
  std::vector<std::string> paragraphs;
  const std::string enactment = clean(plan.enactment.value);
  std::vector<std::string> acts;
  for (const LegalRef& act : plan.basis) acts.push_back(act_text(act));
  std::string basis;
  if (!acts.empty()) {
    std::string lead = clean(plan.basis_lead.value);
    if (lead.empty()) lead = "Căn cứ";
    basis = lead + " " + join(acts, "; ");
  }
  std::string parent;
  if (plan.parent) {
    const ParentRef& p = *plan.parent;
    std::vector<std::string> parts{"Thực hiện Kế hoạch số " + clean(p.ref.value)};
    if (p.date.present) parts.push_back("ngày " + document_date(p.date.value));
    if (!clean(p.issuer.value).empty()) parts.push_back("của " + clean(p.issuer.value));
    if (const std::string title = clean(p.title.value); !title.empty()) {
      parts.push_back(parent_title_phrase(title));
    }
    parent = join(parts, " ");
  }
  if (!basis.empty() && !parent.empty()) {
    paragraphs.push_back(with_period(basis));
    basis.clear();
  }
  const std::string& first = parent.empty() ? basis : parent;
  if (first.empty()) {
    if (!enactment.empty()) paragraphs.push_back(enactment);
  } else if (enactment.empty()) {
    paragraphs.push_back(with_period(first));
  } else if (parent.empty()) {
    paragraphs.push_back(first + ", " + enactment);
  } else {
    paragraphs.push_back(with_period(first) + " " + enactment);
  }
  return paragraphs;
}

// ---------------------------------------------------------------------------------------------
// The body: the outline's headings in order, each followed by what it holds.

enum class Part { purpose, requirements, focus_areas, tasks, responsibilities, reporting, budget };

std::optional<Part> part_from_key(std::string_view key) {
  if (key == "purpose") return Part::purpose;
  if (key == "requirements") return Part::requirements;
  if (key == "focus_areas") return Part::focus_areas;
  if (key == "tasks") return Part::tasks;
  if (key == "responsibilities") return Part::responsibilities;
  if (key == "reporting") return Part::reporting;
  if (key == "budget") return Part::budget;
  return std::nullopt;
}

struct ItemRef {
  Part part = Part::tasks;
  std::size_t index = 0;
};

// A field of a focus area or task that the document prints under a sub-heading of its own
// ("a) Phạm vi theo dõi" under the area's heading) rather than as a labelled line.
enum class Field { none, scope, subjects, content, lead, description, output, partners, due };

Field field_of_heading(std::string_view title, Part part) {
  const std::string t = fold_ascii(title);
  auto starts = [&t](std::string_view p) { return t.rfind(p, 0) == 0; };
  if (part == Part::focus_areas) {
    if (starts("pham vi")) return Field::scope;
    if (starts("doi tuong")) return Field::subjects;
    if (starts("noi dung")) return Field::content;
    if (starts("co quan chu tri") || starts("don vi chu tri")) return Field::lead;
  } else if (part == Part::tasks) {
    if (starts("noi dung")) return Field::description;
    if (starts("san pham")) return Field::output;
    if (starts("co quan phoi hop") || starts("don vi phoi hop")) return Field::partners;
    if (starts("co quan chu tri") || starts("co quan thuc hien") || starts("don vi chu tri") ||
        starts("don vi thuc hien"))
      return Field::lead;
    if (starts("thoi gian")) return Field::due;
  }
  return Field::none;
}

// Long class: the outline of the document and where each item goes in it are built in steps
// (index, place, assign) over the same heading list.
class BodyBuilder {
 public:
  BodyBuilder(const Plan& plan, Lang lang) : m_plan(plan), m_lang(lang), m_l(labels_for(lang)) {}

  std::vector<Block> build() {
    m_outline = m_plan.outline;
    place_leftovers();
    assign();
    emit();
    return std::move(m_out);
  }

 private:
  // --- Items and their numbers ---------------------------------------------------------------

  std::size_t count(Part part) const {
    switch (part) {
      case Part::focus_areas: return m_plan.focus_areas.size();
      case Part::tasks: return m_plan.tasks.size();
      case Part::responsibilities: return m_plan.responsibilities.size();
      default: return 0;
    }
  }

  Text& number_of(ItemRef item) {
    switch (item.part) {
      case Part::focus_areas: return m_plan.focus_areas[item.index].number;
      case Part::responsibilities: return m_plan.responsibilities[item.index].number;
      default: return m_plan.tasks[item.index].number;
    }
  }

  std::string title_of(ItemRef item) const {
    switch (item.part) {
      case Part::focus_areas: return clean(m_plan.focus_areas[item.index].name.value);
      case Part::responsibilities: return clean(m_plan.responsibilities[item.index].agency.value);
      default: {
        const Task& t = m_plan.tasks[item.index];
        std::string title = clean(t.title.value);
        if (t.conditional.value) title += " " + std::string(m_l.if_any);
        return title;
      }
    }
  }

  bool has_content(Part part) const {
    switch (part) {
      case Part::purpose: return !values(m_plan.purpose).empty();
      case Part::requirements: return !values(m_plan.requirements).empty();
      case Part::reporting: return m_plan.reporting.has_value();
      case Part::budget: return !values(m_plan.budget).empty();
      default: return count(part) > 0;
    }
  }

  std::optional<std::size_t> holder(Part part) const {
    for (std::size_t i = 0; i < m_outline.size(); ++i)
      if (part_from_key(m_outline[i].holds.value) == part) return i;
    return std::nullopt;
  }

  static Heading heading(std::string number, std::string title, std::string_view holds = {}) {
    Heading h;
    h.number.value = std::move(number);
    h.number.present = true;
    h.title.value = std::move(title);
    h.title.present = true;
    h.holds.value = std::string(holds);
    h.holds.present = !holds.empty();
    return h;
  }

  // "III.2.2" for the first `n` components: the key headings and items are matched by.
  static std::string key_of(const std::vector<Component>& c, std::size_t n) {
    std::string key;
    for (std::size_t i = 0; i < n && i < c.size(); ++i) {
      if (i > 0) key.push_back('.');
      key += c[i].text;
    }
    return key;
  }

  // The outline's headings by number, each number's headings in printed order. Lookups by key
  // keep the placement linear in the size of the plan, however large a hostile file is.
  std::unordered_map<std::string, std::vector<std::size_t>> index_outline() const {
    std::unordered_map<std::string, std::vector<std::size_t>> index;
    for (std::size_t h = 0; h < m_outline.size(); ++h) {
      const auto c = components(m_outline[h].number.value);
      if (!c.empty()) index[key_of(c, c.size())].push_back(h);
    }
    return index;
  }

  // Whether an item's number puts it in the outline: at a heading of its own, or after the
  // headings that come before it under one of its ancestors.
  static bool placeable(const std::string& number,
                        const std::unordered_map<std::string, std::vector<std::size_t>>& index) {
    const auto c = components(number);
    for (std::size_t n = c.size(); n > 0; --n)
      if (index.count(key_of(c, n)) > 0) return true;
    return false;
  }

  // Items the outline has no place for get headings of their own: under the heading that holds
  // their part, or, when none does (a plan without an outline), in sections laid out the usual
  // way (I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG; III. TRÁCH NHIỆM THỰC HIỆN; IV. CHẾ ĐỘ BÁO CÁO;
  // V. KINH PHÍ), numbered after the outline's last part.
  void place_leftovers() {
    std::array<std::vector<std::size_t>, 3> left;
    constexpr std::array<Part, 3> item_parts{Part::focus_areas, Part::tasks,
                                             Part::responsibilities};
    const auto index = index_outline();
    for (std::size_t k = 0; k < item_parts.size(); ++k) {
      for (std::size_t i = 0; i < count(item_parts[k]); ++i) {
        if (!placeable(number_of({item_parts[k], i}).value, index)) left[k].push_back(i);
      }
    }
    // Under the heading that holds the part, after that heading's own sub-headings.
    for (std::size_t k = 0; k < item_parts.size(); ++k) {
      const auto at = holder(item_parts[k]);
      if (!at || left[k].empty()) continue;
      const auto parent = components(m_outline[*at].number.value);
      std::size_t end = *at + 1;
      int children = 0;
      while (end < m_outline.size() &&
             is_ancestor(parent, components(m_outline[end].number.value))) {
        if (components(m_outline[end].number.value).size() == parent.size() + 1) ++children;
        ++end;
      }
      std::vector<Heading> added;
      for (const std::size_t i : left[k]) {
        const std::string number =
            fmt::format("{}.{}", clean(m_outline[*at].number.value), ++children);
        number_of({item_parts[k], i}).value = number;
        added.push_back(heading(number, title_of({item_parts[k], i})));
      }
      m_outline.insert(m_outline.begin() + static_cast<std::ptrdiff_t>(end), added.begin(),
                       added.end());
      left[k].clear();
    }
    // The rest in sections of their own.
    int part = 0;
    for (const Heading& h : m_outline) {
      const auto c = components(h.number.value);
      if (!c.empty() && c.front().kind == ComponentKind::roman)
        part = std::max(part, c.front().rank);
    }
    auto unheld = [this](Part p) { return has_content(p) && !holder(p); };
    const bool purpose = unheld(Part::purpose);
    const bool requirements = unheld(Part::requirements);
    if (purpose || requirements) {
      const std::string n = roman(++part);
      m_outline.push_back(heading(n, std::string(m_l.purpose_section)));
      int sub = 0;
      if (purpose)
        m_outline.push_back(
            heading(fmt::format("{}.{}", n, ++sub), std::string(m_l.purpose), "purpose"));
      if (requirements)
        m_outline.push_back(
            heading(fmt::format("{}.{}", n, ++sub), std::string(m_l.requirements), "requirements"));
    }
    const bool focus = !left[0].empty();
    const bool tasks = !left[1].empty();
    if (focus || tasks) {
      const std::string n = roman(++part);
      m_outline.push_back(heading(n, std::string(m_l.content_section)));
      int sub = 0;
      auto list = [&](std::size_t k, std::string prefix) {
        int item = 0;
        for (const std::size_t i : left[k]) {
          const std::string number = fmt::format("{}.{}", prefix, ++item);
          number_of({item_parts[k], i}).value = number;
          m_outline.push_back(heading(number, title_of({item_parts[k], i})));
        }
      };
      if (focus) {
        const std::string s = fmt::format("{}.{}", n, ++sub);
        m_outline.push_back(heading(s, std::string(m_l.focus_areas), "focus_areas"));
        list(0, s);
      }
      if (tasks && focus) {
        const std::string s = fmt::format("{}.{}", n, ++sub);
        m_outline.push_back(heading(s, std::string(m_l.activities), "tasks"));
        list(1, s);
      } else if (tasks) {
        list(1, n);
      }
    }
    if (!left[2].empty()) {
      const std::string n = roman(++part);
      m_outline.push_back(heading(n, std::string(m_l.responsibilities_section)));
      int item = 0;
      for (const std::size_t i : left[2]) {
        const std::string number = fmt::format("{}.{}", n, ++item);
        number_of({Part::responsibilities, i}).value = number;
        m_outline.push_back(heading(number, title_of({Part::responsibilities, i})));
      }
    }
    if (unheld(Part::reporting))
      m_outline.push_back(heading(roman(++part), std::string(m_l.reporting_section), "reporting"));
    if (unheld(Part::budget))
      m_outline.push_back(heading(roman(++part), std::string(m_l.budget_section), "budget"));
  }

  // Each item goes to the heading with its number (the k-th item numbered N to the k-th heading
  // numbered N: the Tân Biên seed prints two sections "3."), or, when no heading has its number,
  // just before the first later heading that is printed after it.
  void assign() {
    m_at.assign(m_outline.size(), {});
    m_before.assign(m_outline.size() + 1, {});
    m_field_at.assign(m_outline.size(), {Field::none, {}});
    std::vector<std::vector<Component>> numbers;
    for (const Heading& h : m_outline) numbers.push_back(components(h.number.value));
    const auto index = index_outline();
    for (std::size_t h = 0; h < m_outline.size(); ++h) {
      if (const auto part = part_from_key(m_outline[h].holds.value); part) {
        auto& holder = m_holder[static_cast<std::size_t>(*part)];
        if (!holder) holder = h;
      }
    }
    // Items without a heading, by the ancestor heading they are printed under.
    std::map<std::size_t, std::vector<std::pair<std::vector<Component>, ItemRef>>> under;
    for (const Part part : {Part::focus_areas, Part::tasks, Part::responsibilities}) {
      std::unordered_map<std::string, std::size_t> used;
      for (std::size_t i = 0; i < count(part); ++i) {
        const ItemRef item{part, i};
        auto c = components(number_of(item).value);
        const std::string key = key_of(c, c.size());
        if (const auto it = index.find(key); it != index.end() && used[key] < it->second.size()) {
          m_at[it->second[used[key]++]].push_back(item);
          continue;
        }
        for (std::size_t n = c.size(); n-- > 1;) {
          if (const auto it = index.find(key_of(c, n)); it != index.end()) {
            under[it->second.front()].emplace_back(std::move(c), item);
            break;
          }
        }
      }
    }
    // Under its ancestor, an item goes before the first heading printed after it; in number
    // order, so one pass over the ancestor's sub-headings places them all.
    for (auto& [ancestor, items] : under) {
      std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return compare_numbers(a.first, b.first) < 0;
      });
      std::size_t at = ancestor + 1;
      for (const auto& [c, item] : items) {
        while (at < m_outline.size() && is_ancestor(numbers[ancestor], numbers[at]) &&
               compare_numbers(numbers[at], c) <= 0)
          ++at;
        m_before[at].push_back(item);
      }
    }
    for (auto& list : m_before) {
      std::stable_sort(list.begin(), list.end(), [this](ItemRef a, ItemRef b) {
        return compare_numbers(components(number_of(a).value), components(number_of(b).value)) < 0;
      });
    }
    // Sub-headings named like a field of the item above them hold that field.
    for (std::size_t h = 0; h < m_outline.size(); ++h) {
      if (m_at[h].empty()) continue;
      const ItemRef item = m_at[h].front();
      if (item.part == Part::responsibilities) continue;
      for (std::size_t s = h + 1; s < m_outline.size() && is_ancestor(numbers[h], numbers[s]);
           ++s) {
        if (numbers[s].size() != numbers[h].size() + 1 || !m_at[s].empty()) continue;
        const Field field = field_of_heading(m_outline[s].title.value, item.part);
        if (field != Field::none) {
          m_field_at[s] = {field, item};
          m_fields_elsewhere.emplace(item.part, item.index, field);
          m_with_sub_headings.emplace(item.part, item.index);
        }
      }
    }
  }

  bool printed_elsewhere(ItemRef item, Field field) const {
    return m_fields_elsewhere.count({item.part, item.index, field}) > 0;
  }

  // --- Output blocks -------------------------------------------------------------------------

  void paragraph(std::string text) {
    if (!text.empty()) m_out.push_back(Block{BlockKind::paragraph, 0, {}, std::move(text)});
  }

  void paragraphs(const std::vector<Text>& texts) {
    for (std::string& t : values(texts)) paragraph(std::move(t));
  }

  // The labelled lines of a task or focus area: lettered a), b), c) under a numbered heading,
  // dashed under a lettered one (both seeds do so).
  class Lines {
   public:
    Lines(BodyBuilder& body, bool dashes) : m_body(body), m_dashes(dashes) {}
    std::string marker() {
      if (m_dashes) return "- ";
      static constexpr std::array<std::string_view, 23> letters{
          "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
          "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
      const std::string_view letter = m_next < letters.size() ? letters[m_next] : "z";
      ++m_next;
      return std::string(letter) + ") ";
    }
    void line(std::string_view label, const std::vector<std::string>& value,
              std::string_view separator = "; ") {
      if (value.empty()) return;
      m_body.paragraph(marker() + std::string(label) + ": " + with_period(join(value, separator)));
    }
    void block(std::string_view label, const std::vector<std::string>& value) {
      if (value.size() <= 1) {
        line(label, value);
        return;
      }
      m_body.paragraph(marker() + std::string(label) + ":");
      for (const std::string& v : value) m_body.paragraph(v);
    }

   private:
    BodyBuilder& m_body;
    bool m_dashes;
    std::size_t m_next = 0;
  };

  static std::vector<std::string> one(std::string_view text) {
    std::string v = clean(text);
    if (v.empty()) return {};
    return {std::move(v)};
  }

  void focus_area(ItemRef item, bool dashes, bool title_shown) {
    const FocusArea& f = m_plan.focus_areas[item.index];
    if (!title_shown) paragraph(clean(f.name.value));
    Lines lines(*this, dashes);
    if (!printed_elsewhere(item, Field::scope)) lines.line(m_l.scope, one(f.scope.value));
    if (!printed_elsewhere(item, Field::subjects)) lines.block(m_l.subjects, values(f.subjects));
    if (!printed_elsewhere(item, Field::content)) lines.block(m_l.focus_content, values(f.content));
    if (!printed_elsewhere(item, Field::lead)) lines.line(m_l.focus_lead, one(f.lead.value));
  }

  void task(ItemRef item, bool dashes, bool title_shown) {
    const Task& t = m_plan.tasks[item.index];
    if (!title_shown) paragraph(title_of(item));
    Lines lines(*this, dashes);
    const auto description = values(t.description);
    if (!printed_elsewhere(item, Field::description)) {
      // Under a lettered heading, and whenever "+ …" items need a line to hang from, the
      // description is a labelled line like the others (Tân Biên); under a numbered heading it
      // is the paragraphs alone (Lai Châu).
      const bool sub_items =
          std::any_of(description.begin(), description.end(),
                      [](const std::string& d) { return d.rfind("+ ", 0) == 0; });
      if (sub_items) {
        m_out.push_back(Block{
            BlockKind::paragraph, 0, {}, lines.marker() + std::string(m_l.description) + ":"});
        for (const std::string& d : description) paragraph(d);
      } else if (dashes) {
        lines.block(m_l.description, description);
      } else {
        for (const std::string& d : description) paragraph(d);
      }
    }
    const auto partners = values(t.partners);
    if (!printed_elsewhere(item, Field::lead))
      lines.line(partners.empty() ? m_l.lead_alone : m_l.lead, values(t.lead));
    if (!printed_elsewhere(item, Field::partners)) lines.line(m_l.partners, partners);
    if (!printed_elsewhere(item, Field::output)) lines.line(m_l.output, one(t.output.value));
    if (!printed_elsewhere(item, Field::due)) lines.line(m_l.due, one(t.due.phrase.value));
  }

  void responsibility(ItemRef item, bool title_shown, bool with_intro = true) {
    const Responsibility& r = m_plan.responsibilities[item.index];
    if (!title_shown) paragraph(clean(r.agency.value));
    if (with_intro) paragraph(clean(r.intro.value));
    for (const Duty& d : r.duties) {
      const std::string text = clean(d.text.value);
      paragraph(text);
      // A deadline or receiver the duty's own words do not already give gets a line of its own,
      // marked like the duty ("- Thời gian xây dựng và gửi kế hoạch … chậm nhất ngày …").
      const std::string marker = text.rfind("- ", 0) == 0 ? "- " : "";
      const std::string due = clean(d.due.phrase.value);
      if (!due.empty() && !says(text, due)) {
        if (starts_with_words(due, "thoi gian") || starts_with_words(due, "thoi han"))
          paragraph(marker + with_period(due));
        else
          paragraph(marker + std::string(m_l.duty_due) + ": " + with_period(due));
      }
      const std::string to = clean(d.to.value);
      if (!to.empty() && !says(text, to) && !says(due, to))
        paragraph(marker + std::string(m_l.duty_to) + ": " + with_period(to));
    }
  }

  void reporting() {
    const Reporting& r = *m_plan.reporting;
    const std::string subjects = clean(r.subjects.value);
    if (!subjects.empty()) {
      if (m_lang == Lang::vi)
        paragraph(fmt::format("{} thực hiện chế độ báo cáo năm {} như sau:", subjects,
                              m_plan.year.value));
      else
        paragraph(fmt::format("- {}: {}", m_l.reporting_subjects, with_period(subjects)));
    }
    Lines lines(*this, true);
    lines.line(m_l.data_period, one(r.period.phrase.value));
    lines.line(m_l.report_due, one(r.due.phrase.value));
    lines.line(m_l.report_to, one(r.to.value));
    lines.line(m_l.report_content, one(r.content.value));
  }

  void content_of(Part part) {
    if (std::find(m_parts_done.begin(), m_parts_done.end(), part) != m_parts_done.end()) return;
    m_parts_done.push_back(part);
    switch (part) {
      case Part::purpose: paragraphs(m_plan.purpose); break;
      case Part::requirements: paragraphs(m_plan.requirements); break;
      case Part::budget: paragraphs(m_plan.budget); break;
      case Part::reporting:
        if (m_plan.reporting) reporting();
        break;
      default: break;
    }
  }

  void item(ItemRef ref, const std::string& heading_title, const std::string& heading_label,
            bool run_in) {
    // Letters are taken when the item's heading is lettered, or when some of its fields are
    // under lettered sub-headings of their own.
    const bool has_sub_headings = m_with_sub_headings.count({ref.part, ref.index}) > 0;
    const bool dashes = (!heading_label.empty() && heading_label.back() == ')') || has_sub_headings;
    const bool shown = run_in || says(heading_title, title_of(ref)) ||
                       (ref.part == Part::tasks &&
                        says(heading_title, clean(m_plan.tasks[ref.index].title.value)));
    switch (ref.part) {
      case Part::focus_areas: focus_area(ref, dashes, shown); break;
      case Part::tasks: task(ref, dashes, shown); break;
      default: responsibility(ref, shown); break;
    }
  }

  // An item with a number but no heading of its own ("4. Đề nghị …" in Tân Biên).
  void unheaded(ItemRef ref) {
    const auto c = components(number_of(ref).value);
    const std::string label = printed_label(c);
    if (ref.part == Part::responsibilities) {
      const Responsibility& r = m_plan.responsibilities[ref.index];
      const std::string intro = clean(r.intro.value);
      if (!intro.empty() && says(intro, clean(r.agency.value))) {
        paragraph(label + " " + intro);
        responsibility(ref, true, false);
        return;
      }
    }
    const std::string title = title_of(ref);
    m_out.push_back(Block{BlockKind::heading, std::max<std::size_t>(c.size(), 1), label, title});
    item(ref, title, label, false);
  }

  void emit() {
    for (std::size_t h = 0; h < m_outline.size(); ++h) {
      for (const ItemRef ref : m_before[h]) unheaded(ref);
      const Heading& heading = m_outline[h];
      const auto c = components(heading.number.value);
      const std::string label = printed_label(c);
      const std::string title = clean(heading.title.value);
      const bool run_in = !title.empty() && title.back() == ':' && !m_at[h].empty();
      if (run_in) {
        m_out.push_back(Block{BlockKind::run_in, c.size(), label + " " + title,
                              with_period(title_of(m_at[h].front()))});
      } else {
        m_out.push_back(
            Block{BlockKind::heading, std::max<std::size_t>(c.size(), 1), label, title});
      }
      if (const auto part = part_from_key(heading.holds.value);
          part && m_holder[static_cast<std::size_t>(*part)] == h)
        content_of(*part);
      if (m_field_at[h].first != Field::none) field(m_field_at[h].second, m_field_at[h].first);
      for (std::size_t k = 0; k < m_at[h].size(); ++k)
        item(m_at[h][k], title, label, run_in && k == 0);
    }
    for (const ItemRef ref : m_before[m_outline.size()]) unheaded(ref);
  }

  // A field printed under its own sub-heading: the value alone.
  void field(ItemRef ref, Field f) {
    if (ref.part == Part::focus_areas) {
      const FocusArea& a = m_plan.focus_areas[ref.index];
      switch (f) {
        case Field::scope: paragraph(clean(a.scope.value)); break;
        case Field::subjects: paragraphs(a.subjects); break;
        case Field::content: paragraphs(a.content); break;
        case Field::lead: paragraph(clean(a.lead.value)); break;
        default: break;
      }
      return;
    }
    const Task& t = m_plan.tasks[ref.index];
    switch (f) {
      case Field::description: paragraphs(t.description); break;
      case Field::output: paragraph(clean(t.output.value)); break;
      case Field::partners: paragraph(join(values(t.partners), "; ")); break;
      case Field::lead: paragraph(join(values(t.lead), "; ")); break;
      case Field::due: paragraph(clean(t.due.phrase.value)); break;
      default: break;
    }
  }

  Plan m_plan;  // a copy: items without a place in the outline are given numbers
  Lang m_lang;
  const Labels& m_l;
  std::vector<Heading> m_outline;
  std::vector<std::vector<ItemRef>> m_at;
  std::vector<std::vector<ItemRef>> m_before;
  std::vector<std::pair<Field, ItemRef>> m_field_at;
  std::set<std::tuple<Part, std::size_t, Field>> m_fields_elsewhere;
  std::set<std::pair<Part, std::size_t>> m_with_sub_headings;
  std::array<std::optional<std::size_t>, 7> m_holder{};  ///< by Part: the heading holding it
  std::vector<Part> m_parts_done;
  std::vector<Block> m_out;
};

}  // namespace

Document detail::build_document(const Plan& plan, Lang lang) {
  const Labels& l = labels_for(lang);
  Document doc;
  doc.draft = plan.status.value == Status::draft;
  doc.draft_mark = lang == Lang::vi ? "DỰ THẢO" : "DRAFT";
  doc.issuer_name = clean(plan.issuer.name.value);
  doc.authority = issuer_lines(plan.issuer.parent_authority.value, false);
  doc.issuer = issuer_lines(plan.issuer.name.value, doc.authority.empty());
  doc.number = number_line(plan, l);
  doc.nation = std::string(l.nation);
  doc.motto = std::string(l.motto);
  doc.date = date_line(plan, lang);
  doc.kind = std::string(l.document);
  doc.title = clean(plan.title.value);
  doc.opening = opening(plan);
  doc.body = BodyBuilder(plan, lang).build();
  doc.closing = clean(plan.closing.value);
  doc.recipients_label = std::string(l.recipients);
  // Nghị định 30/2020, Phụ lục I, Phần I, mục II.9 (Nơi nhận): each recipient on its own line
  // after a dash, ending in ";", the last one ("Lưu: VT, …") in ".".
  const std::vector<std::string> recipients = values(plan.recipients);
  for (std::size_t i = 0; i < recipients.size(); ++i) {
    std::string r = recipients[i];
    const bool last = i + 1 == recipients.size();
    while (!r.empty() &&
           (r.back() == ';' || r.back() == ',' || r.back() == ' ' || (!last && r.back() == '.')))
      r.pop_back();
    if (!last || r.empty() || r.back() != '.') r.push_back(last ? '.' : ';');
    doc.recipients.push_back("- " + r);
  }
  if (plan.signature) {
    const Signature& s = *plan.signature;
    for (const Text* t : {&s.authority, &s.role, &s.title}) {
      std::string v = clean(t->value);
      if (!v.empty()) doc.signature.push_back(std::move(v));
    }
    doc.signer = clean(s.name.value);
  }
  return doc;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Markdown.

// Escapes what Markdown would read as markup inside a line of text.
std::string md_inline(std::string_view text, bool in_table = false) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '<':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '|':
        if (in_table) out.push_back('\\');
        out.push_back(c);
        break;
      case '&': {
        // Only what would read as an entity ("&amp;"); "XLVPHC&TDTHPL" stays as written.
        std::size_t j = i + 1;
        while (j < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[j])) != 0 || text[j] == '#'))
          ++j;
        if (j > i + 1 && j < text.size() && text[j] == ';') out.push_back('\\');
        out.push_back(c);
        break;
      }
      default: out.push_back(c);
    }
  }
  return out;
}

// A paragraph whose start Markdown would read as a list, a heading or a quote keeps its printed
// label: "- Chủ trì …" prints its dash, "1. Kinh phí …" its number.
std::string md_paragraph(std::string_view text) {
  std::string out = md_inline(text);
  if (out.empty()) return out;
  const char c = out.front();
  if (c == '#' || c == '>' || c == '=' ||
      ((c == '-' || c == '+') && (out.size() == 1 || out[1] == ' '))) {
    return "\\" + out;
  }
  // Numbers ("1. ") for every Markdown; letters and Roman numerals ("a) ", "IV. ") for pandoc,
  // whose Markdown reads them as list markers too.
  std::size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  std::size_t letters = 0;
  while (letters < out.size() && std::isalpha(static_cast<unsigned char>(out[letters])) != 0)
    ++letters;
  const std::size_t i = digits > 0 ? digits : letters <= 4 ? letters : 0;
  if (i > 0 && i < out.size() && (out[i] == '.' || out[i] == ')') &&
      (i + 1 == out.size() || out[i + 1] == ' '))
    out.insert(i, "\\");
  return out;
}

std::string md_strong(std::string_view text) {
  return text.empty() ? std::string() : "**" + md_inline(text, true) + "**";
}

// Two columns as a pipe table: GitHub shows it as a table, pandoc makes it a Word table.
void md_table(std::string& out, const std::vector<std::pair<std::string, std::string>>& rows,
              std::string_view left_align) {
  if (rows.empty()) return;
  auto row = [&out](const std::string& a, const std::string& b) {
    out += "| " + a + (a.empty() ? "" : " ") + "| " + b + (b.empty() ? "" : " ") + "|\n";
  };
  row(rows.front().first, rows.front().second);
  out += fmt::format("| {} | :---: |\n", left_align);
  for (std::size_t i = 1; i < rows.size(); ++i) row(rows[i].first, rows[i].second);
  out += "\n";
}

std::string markdown(const Document& doc) {
  std::string out;
  // A draft says so before anything else, as the .docx does above its header: a draft printed
  // from Markdown must not pass for the issued plan.
  if (doc.draft) out += md_strong(doc.draft_mark) + "\n\n";
  // Header block: issuing body (under its parent authority) left; Quốc hiệu, Tiêu ngữ right;
  // then the number and symbol under the body, the place and date under the motto.
  std::vector<std::string> left;
  for (const std::string& a : doc.authority) left.push_back(md_inline(a, true));
  for (const std::string& i : doc.issuer) left.push_back(md_strong(i));
  std::vector<std::string> right{md_strong(doc.nation), md_strong(doc.motto)};
  const std::size_t top = std::max(left.size(), right.size());
  left.resize(top);
  right.resize(top);
  left.push_back(md_inline(doc.number, true));
  right.push_back("*" + md_inline(doc.date, true) + "*");
  std::vector<std::pair<std::string, std::string>> rows;
  for (std::size_t i = 0; i < left.size(); ++i) rows.emplace_back(left[i], right[i]);
  md_table(out, rows, ":---:");

  out += "# " + md_inline(doc.kind) + "\n\n";
  if (!doc.title.empty()) out += md_strong(doc.title) + "\n\n";
  for (const std::string& p : doc.opening) out += md_paragraph(p) + "\n\n";
  for (const Block& b : doc.body) {
    switch (b.kind) {
      case BlockKind::heading:
        out += std::string(std::min<std::size_t>(b.depth + 1, 6), '#') + " " +
               md_inline(b.label + (b.label.empty() || b.text.empty() ? "" : " ") + b.text) +
               "\n\n";
        break;
      case BlockKind::run_in:
        out += "**" + md_inline(b.label) + "** " + md_inline(b.text) + "\n\n";
        break;
      case BlockKind::paragraph: out += md_paragraph(b.text) + "\n\n"; break;
    }
  }
  if (!doc.closing.empty()) out += md_paragraph(doc.closing) + "\n\n";

  // Recipients left, signature right, as the last part of the document.
  std::vector<std::string> bottom_left;
  if (!doc.recipients.empty()) {
    bottom_left.push_back("***" + md_inline(doc.recipients_label, true) + "***");
    for (const std::string& r : doc.recipients) bottom_left.push_back(md_inline(r, true));
  }
  std::vector<std::string> bottom_right;
  for (const std::string& s : doc.signature) bottom_right.push_back(md_strong(s));
  if (!doc.signature.empty() || !doc.signer.empty()) {
    bottom_right.resize(bottom_right.size() + 3);  // room to sign
    if (!doc.signer.empty()) bottom_right.push_back(md_strong(doc.signer));
  }
  if (!bottom_left.empty() || !bottom_right.empty()) {
    const std::size_t n = std::max(bottom_left.size(), bottom_right.size());
    bottom_left.resize(n);
    bottom_right.resize(n);
    std::vector<std::pair<std::string, std::string>> bottom;
    for (std::size_t i = 0; i < n; ++i) bottom.emplace_back(bottom_left[i], bottom_right[i]);
    md_table(out, bottom, ":---");
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Plain text.

// Words of `text` in lines of at most `width` characters, lines after the first indented by
// `indent` (a list item's text hangs under its first word).
std::vector<std::string> wrap_hanging(std::string_view text, std::size_t width,
                                      std::size_t indent) {
  if (width < 2 * indent + 10) indent = 0;
  std::vector<std::string> lines;
  std::string line;
  std::size_t used = 0;
  for (const std::string& word : split_words(text)) {
    const std::size_t w = display_width(word);
    const std::size_t limit = lines.empty() ? width : width - indent;
    if (!line.empty() && used + 1 + w > limit) {
      lines.push_back(std::move(line));
      line.clear();
      used = 0;
    }
    if (!line.empty()) {
      line.push_back(' ');
      ++used;
    }
    line += word;
    used += w;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  for (std::size_t i = 1; i < lines.size(); ++i) lines[i] = std::string(indent, ' ') + lines[i];
  return lines;
}

std::string centered(std::string_view text, std::size_t width) {
  const std::size_t w = display_width(text);
  if (w >= width) return std::string(text);
  return std::string((width - w) / 2, ' ') + std::string(text);
}

std::string padded(std::string_view text, std::size_t width) {
  const std::size_t w = display_width(text);
  return std::string(text) + std::string(w < width ? width - w : 0, ' ');
}

struct Cell {
  std::string text;
  bool center = true;
  std::size_t hang = 0;
};

// Two columns side by side, each cell wrapped to its column.
void text_columns(std::string& out, const std::vector<std::pair<Cell, Cell>>& rows,
                  std::size_t left_width, std::size_t right_width) {
  for (const auto& [a, b] : rows) {
    auto lines = [](const Cell& cell, std::size_t width) {
      std::vector<std::string> result;
      if (cell.text.empty()) return std::vector<std::string>{""};
      for (std::string& l : wrap_hanging(cell.text, width, cell.hang))
        result.push_back(cell.center ? centered(l, width) : std::move(l));
      return result;
    };
    const auto left = lines(a, left_width);
    const auto right = lines(b, right_width);
    for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
      const std::string l = i < left.size() ? left[i] : "";
      const std::string r = i < right.size() ? right[i] : "";
      out += padded(l, left_width) + r + "\n";
    }
  }
}

std::string plain_text(const Document& doc, std::size_t width) {
  width = std::max<std::size_t>(width, 20);
  std::string out;
  // A draft says so first, at the right margin, as the .docx does.
  if (doc.draft) {
    const std::size_t mark = display_width(doc.draft_mark);
    out += std::string(width > mark ? width - mark : 0, ' ') + doc.draft_mark + "\n\n";
  }
  const std::size_t left_width = width * 9 / 20;
  const std::size_t right_width = width - left_width;
  std::vector<Cell> left;
  for (const std::string& a : doc.authority) left.push_back({a});
  for (const std::string& i : doc.issuer) left.push_back({i});
  std::vector<Cell> right{{doc.nation}, {doc.motto}};
  const std::size_t top = std::max(left.size(), right.size());
  left.resize(top);
  right.resize(top);
  left.push_back({});
  right.push_back({});
  left.push_back({doc.number});
  right.push_back({doc.date});
  std::vector<std::pair<Cell, Cell>> rows;
  for (std::size_t i = 0; i < left.size(); ++i) rows.emplace_back(left[i], right[i]);
  text_columns(out, rows, left_width, right_width);
  out += "\n";

  out += centered(doc.kind, width) + "\n";
  for (const std::string& l : wrap_hanging(doc.title, width > 16 ? width - 4 : width, 0))
    out += centered(l, width) + "\n";
  out += "\n";
  auto paragraph = [&out, width](std::string_view text) {
    for (const std::string& l : wrap_hanging(text, width, marker_width(text))) out += l + "\n";
    out += "\n";
  };
  for (const std::string& p : doc.opening) paragraph(p);
  for (const Block& b : doc.body) {
    switch (b.kind) {
      case BlockKind::heading: {
        const std::string text = b.label + (b.label.empty() || b.text.empty() ? "" : " ") + b.text;
        const std::size_t hang = b.label.empty() ? 0 : display_width(b.label) + 1;
        for (const std::string& l : wrap_hanging(text, width, hang)) out += l + "\n";
        out += "\n";
        break;
      }
      case BlockKind::run_in: paragraph(b.label + " " + b.text); break;
      case BlockKind::paragraph: paragraph(b.text); break;
    }
  }
  if (!doc.closing.empty()) paragraph(doc.closing);

  std::vector<Cell> bottom_left;
  if (!doc.recipients.empty()) {
    bottom_left.push_back({doc.recipients_label, false});
    for (const std::string& r : doc.recipients) bottom_left.push_back({r, false, 2});
  }
  std::vector<Cell> bottom_right;
  for (const std::string& s : doc.signature) bottom_right.push_back({s});
  if (!doc.signature.empty() || !doc.signer.empty()) {
    bottom_right.resize(bottom_right.size() + 3);
    if (!doc.signer.empty()) bottom_right.push_back({doc.signer});
  }
  const std::size_t n = std::max(bottom_left.size(), bottom_right.size());
  bottom_left.resize(n);
  bottom_right.resize(n);
  std::vector<std::pair<Cell, Cell>> bottom;
  for (std::size_t i = 0; i < n; ++i) bottom.emplace_back(bottom_left[i], bottom_right[i]);
  text_columns(out, bottom, width / 2, width - width / 2);

  // The blanks become spaces; lines lose their trailing spaces.
  std::string result;
  std::size_t i = 0;
  while (i < out.size()) {
    std::size_t end = out.find('\n', i);
    if (end == std::string::npos) end = out.size();
    std::string line = out.substr(i, end - i);
    for (std::size_t at = line.find(nbsp); at != std::string::npos; at = line.find(nbsp, at))
      line.replace(at, nbsp.size(), " ");
    while (!line.empty() && line.back() == ' ') line.pop_back();
    result += line + "\n";
    i = end + 1;
  }
  while (result.size() >= 2 && result[result.size() - 1] == '\n' &&
         result[result.size() - 2] == '\n')
    result.pop_back();
  return result;
}

}  // namespace

std::string document_date(const Date& date) {
  const std::string month =
      date.month < 3 ? fmt::format("{:02}", date.month) : std::to_string(date.month);
  return fmt::format("{:02}/{}/{}", date.day, month, date.year);
}

std::string render_markdown(const Plan& plan, Lang lang) {
  return markdown(detail::build_document(plan, lang));
}

std::string render_text(const Plan& plan, Lang lang, std::size_t width) {
  return plain_text(detail::build_document(plan, lang), width);
}

}  // namespace kehoach
