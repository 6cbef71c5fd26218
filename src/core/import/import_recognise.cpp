// The recognisers of `kehoach import`: each reads one kind of line of a plan document. They
// work on words, comparing the diacritic-free folded form, and return the original spelling.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "import/import_common.hpp"
#include "kehoach/due.hpp"
#include "kehoach/import.hpp"
#include "kehoach/provinces.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// Code points of `text` (valid UTF-8 assumed; an invalid byte reads as U+FFFD).
std::vector<utf8proc_int32_t> code_points(std::string_view text) {
  std::vector<utf8proc_int32_t> out;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::string encode(const std::vector<utf8proc_int32_t>& cps) {
  std::string out;
  for (const auto cp : cps) {
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  return out;
}

// The words of a text, as written and folded.
struct Words {
  std::vector<std::string> text;
  std::vector<std::string> folded;
  explicit Words(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && s[i] == ' ') ++i;
      const std::size_t start = i;
      while (i < s.size() && s[i] != ' ') ++i;
      if (i > start) {
        text.emplace_back(s.substr(start, i - start));
        folded.push_back(fold_ascii(text.back()));
      }
    }
  }
  [[nodiscard]] std::size_t size() const { return text.size(); }
  [[nodiscard]] std::string join(std::size_t from, std::size_t to) const {
    std::string out;
    for (std::size_t i = from; i < to && i < text.size(); ++i) {
      if (!out.empty()) out.push_back(' ');
      out += text[i];
    }
    return out;
  }
  // Folded word `i` without the punctuation around it.
  [[nodiscard]] std::string bare(std::size_t i) const {
    std::string w = folded[i];
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) != 0) w.pop_back();
    return w;
  }
  // Whether the words from `i` read `phrase` (folded, space separated).
  // `phrase` is already folded ASCII: it is split, never folded again (this runs per word).
  [[nodiscard]] bool at(std::size_t i, std::string_view phrase) const {
    std::size_t k = i;
    std::size_t start = 0;
    while (start < phrase.size()) {
      auto end = phrase.find(' ', start);
      if (end == std::string_view::npos) end = phrase.size();
      if (k >= size()) return false;
      const std::string_view want = phrase.substr(start, end - start);
      const bool last = end == phrase.size();
      if (folded[k] != want && !(last && bare(k) == want)) return false;
      ++k;
      start = end + 1;
    }
    return true;
  }
};

std::string strip_trailing(std::string s, std::string_view chars) {
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.pop_back();
  return s;
}

std::optional<int> number_of(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "23/7/2012", "23-7-2012", "23.7.2012" (punctuation after it ignored).
std::optional<Date> date_of(std::string_view word) {
  std::string w = strip_trailing(std::string(word), ".,;:)");
  std::array<int, 3> parts{};
  std::size_t k = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= w.size(); ++i) {
    if (i == w.size() || w[i] == '/' || w[i] == '-' || w[i] == '.') {
      if (k >= 3) return std::nullopt;
      const auto n = number_of(std::string_view(w).substr(start, i - start));
      if (!n) return std::nullopt;
      parts[k++] = *n;
      start = i + 1;
    }
  }
  if (k != 3 || parts[2] < 1000) return std::nullopt;
  const Date d{parts[2], parts[1], parts[0]};
  if (!d.valid()) return std::nullopt;
  return d;
}

// The date after word `i` ("ngày"): "20/12/2025" or "20 tháng 12 năm 2025", and the number of
// words it takes with "ngày".
std::optional<std::pair<Date, std::size_t>> date_after(const std::vector<std::string>& text,
                                                       const std::vector<std::string>& folded,
                                                       std::size_t i) {
  if (i + 1 >= text.size() || folded[i] != "ngay") return std::nullopt;
  if (const auto d = date_of(text[i + 1])) return std::pair{*d, std::size_t{2}};
  if (i + 5 >= text.size() || folded[i + 2] != "thang" || folded[i + 4] != "nam")
    return std::nullopt;
  const auto day = number_of(text[i + 1]);
  const auto month = number_of(text[i + 3]);
  const auto year = number_of(strip_trailing(text[i + 5], ".,;:)"));
  if (!day || !month || !year || *year < 1000) return std::nullopt;
  const Date d{*year, *month, *day};
  if (!d.valid()) return std::nullopt;
  return std::pair{d, std::size_t{6}};
}

bool is_upper_start(std::string_view word) {
  const auto cps = code_points(word.substr(0, std::min<std::size_t>(word.size(), 4)));
  return !cps.empty() && utf8proc_isupper(cps.front()) != 0;
}

// Words that may follow a body's first word inside its name ("Bộ Tư pháp", "Ủy ban nhân dân
// tỉnh Tây Ninh", "Chính phủ"); a lower-case word outside this set starts what follows the name.
bool is_name_word(std::string_view folded) {
  static constexpr std::array<std::string_view, 26> words{
      "ban",   "nhan",  "dan",   "tinh", "huyen",  "xa",   "phuong", "thi", "tran",
      "quan",  "thanh", "pho",   "dac",  "khu",    "phap", "phu",    "hoi", "truong",
      "tuong", "tich",  "chinh", "vu",   "nghiep", "moi",  "thong",  "kiem"};
  return std::find(words.begin(), words.end(), folded) != words.end();
}

// The body named from word `from`: capitalised words and the lower-case words of names.
std::size_t body_end(const Words& w, std::size_t from) {
  std::size_t i = from;
  while (i < w.size()) {
    if (i > from && !is_upper_start(w.text[i]) && !is_name_word(w.bare(i))) break;
    // A title written with a capital after the name: "… tỉnh Tây Ninh Tổ chức thi hành …".
    if (i > from && (w.at(i, "to chuc") || w.at(i, "theo doi") || w.at(i, "trien khai") ||
                     w.at(i, "thuc hien") || w.at(i, "ke hoach") || w.at(i, "ve")))
      break;
    const bool ends = !w.text[i].empty() &&
                      std::string_view(",;.").find(w.text[i].back()) != std::string_view::npos;
    ++i;
    if (ends) break;
  }
  return i;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

bool starts_lower(std::string_view text) {
  for (const auto cp : code_points(text.substr(0, std::min<std::size_t>(text.size(), 16)))) {
    if (utf8proc_islower(cp) != 0) return true;
    if (utf8proc_isupper(cp) != 0) return false;
    if (cp >= '0' && cp <= '9') return false;
  }
  return false;
}

bool all_upper(std::string_view text) {
  bool letters = false;
  for (const auto cp : code_points(text)) {
    if (utf8proc_islower(cp) != 0) return false;
    if (utf8proc_isupper(cp) != 0) letters = true;
  }
  return letters;
}

std::string to_lower(std::string_view text) {
  auto cps = code_points(text);
  for (auto& cp : cps) cp = utf8proc_tolower(cp);
  return to_nfc(encode(cps));
}

std::string title_case(std::string_view text) {
  auto cps = code_points(text);
  bool start = true;
  for (auto& cp : cps) {
    if (cp == ' ' || cp == '-') {
      start = true;
      continue;
    }
    cp = start ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
    start = false;
  }
  return to_nfc(encode(cps));
}

Stripped strip_markup(std::string_view line) {
  Stripped out;
  std::string_view s = trim(line);
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes <= 6 && (hashes == s.size() || s[hashes] == ' ')) {
    out.heading = true;
    s = trim(s.substr(hashes));
  }
  // Emphasis: "**…**" around the whole line makes it a heading; "**…:** text" is a run-in.
  std::string text;
  std::string bold;
  bool in_bold = false;
  bool bold_closed_at_start = false;
  bool any_plain = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1])) != 0) {
      text.push_back(s[i + 1]);
      if (in_bold) bold.push_back(s[i + 1]);
      if (!in_bold && s[i + 1] != ' ') any_plain = true;
      ++i;
      continue;
    }
    if (c == '*') {
      std::size_t n = 0;
      while (i + n < s.size() && s[i + n] == '*') ++n;
      if (n >= 2) {
        if (!in_bold && text.empty())
          in_bold = true;
        else if (in_bold) {
          in_bold = false;
          bold_closed_at_start = true;
        }
      }
      i += n - 1;
      continue;
    }
    if (c == '<') {
      static constexpr std::array<std::string_view, 4> tags{"<sub>", "</sub>", "<sup>", "</sup>"};
      bool tag = false;
      for (const auto t : tags) {
        if (s.substr(i, t.size()) == t) {
          i += t.size() - 1;
          tag = true;
          break;
        }
      }
      if (tag) continue;
    }
    text.push_back(c);
    if (in_bold) {
      bold.push_back(c);
    } else if (c != ' ') {
      any_plain = true;
    }
  }
  // Non-breaking spaces and runs of white space become one space.
  std::string collapsed;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool nbsp = text.compare(i, 2, "\xC2\xA0") == 0;
    if (text[i] == ' ' || text[i] == '\t' || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !collapsed.empty()) collapsed.push_back(' ');
    space = false;
    collapsed.push_back(text[i]);
  }
  out.text = collapsed;
  const std::string b(trim(bold));
  if (bold_closed_at_start && !b.empty() && !any_plain) out.heading = true;
  if (bold_closed_at_start && any_plain && !b.empty() && b.back() == ':') out.run_in = b;
  return out;
}

std::optional<std::string> recognise_number_line(std::string_view text) {
  const std::string_view t = trim(text);
  const Words w(t);
  if (w.size() == 0) return std::nullopt;
  if (w.folded[0] != "so:" && !(w.folded[0] == "so" && w.size() > 1 && w.text[1] == ":"))
    return std::nullopt;
  const auto colon = t.find(':');
  // "Số:   12   /KH-UBND", the form's blank filled in: the number and symbol without the gap.
  std::string number(trim(t.substr(colon + 1)));
  for (auto slash = number.find('/'); slash != std::string::npos;
       slash = number.find('/', slash + 1)) {
    std::size_t from = slash;
    while (from > 0 && number[from - 1] == ' ') --from;
    std::size_t to = slash + 1;
    while (to < number.size() && number[to] == ' ') ++to;
    number.replace(from, to - from, "/");
    slash = from;
  }
  return number;
}

namespace {

// A draft's blank for a day or month: dots, an ellipsis or underscores ("ngày … tháng … năm
// 2025", "ngày ..... tháng ..... năm 2025", "ngày ___ tháng ___").
bool blank_placeholder(std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '.' || word[i] == '_') continue;
    if (word.substr(i, 3) == "\xE2\x80\xA6") {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

std::optional<PlaceDate> recognise_place_date(std::string_view text) {
  const Words w(text);
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w.folded[i] != "ngay" || w.text[i - 1].back() != ',') continue;
    PlaceDate pd;
    pd.place = strip_trailing(w.join(0, i), ",");
    std::size_t k = i + 1;
    if (k < w.size()) {
      if (const auto d = number_of(w.text[k])) {
        pd.day = *d;
        ++k;
      } else if (blank_placeholder(w.text[k])) {
        ++k;
      }
    }
    if (k >= w.size() || w.folded[k] != "thang") return std::nullopt;
    ++k;
    if (k < w.size()) {
      if (const auto m = number_of(w.text[k])) {
        pd.month = *m;
        ++k;
      } else if (blank_placeholder(w.text[k])) {
        ++k;
      }
    }
    if (k >= w.size() || w.folded[k] != "nam") return std::nullopt;
    ++k;
    if (k >= w.size()) return std::nullopt;
    const auto y = number_of(strip_trailing(w.text[k], "."));
    if (!y || *y < 1900) return std::nullopt;
    pd.year = *y;
    if (pd.day > 31 || pd.month > 12) return std::nullopt;
    return pd;
  }
  return std::nullopt;
}

bool recognise_national_motto(std::string_view text) {
  const std::string f = fold_ascii(text);
  if (f.find("cong hoa xa hoi chu nghia viet nam") != std::string::npos) return true;
  if (f.find("doc lap") != std::string::npos && f.find("hanh phuc") != std::string::npos)
    return true;
  // The rule drawn under the motto, as text: "---------------".
  return !f.empty() && f.find_first_not_of("-_=* ") == std::string::npos;
}

OutlineLabel recognise_outline_label(std::string_view text) {
  OutlineLabel out;
  const std::string_view t = trim(text);
  if (t.empty()) return out;
  auto rest_after = [&](std::size_t at) { return std::string(trim(t.substr(at))); };
  if ((t[0] == '-' || t[0] == '+') && (t.size() == 1 || t[1] == ' ')) {
    out.kind = t[0] == '-' ? OutlineLabel::Kind::dash : OutlineLabel::Kind::plus;
    out.label = std::string(1, t[0]);
    out.rest = rest_after(1);
    return out;
  }
  // Roman: I. II. … XX.
  std::size_t r = 0;
  while (r < t.size() && std::string_view("IVXL").find(t[r]) != std::string_view::npos) ++r;
  if (r > 0 && r + 1 <= t.size() && t[r] == '.' && (r + 1 == t.size() || t[r + 1] == ' ')) {
    out.kind = OutlineLabel::Kind::roman;
    out.label = std::string(t.substr(0, r));
    out.depth = 1;
    out.rest = rest_after(r + 1);
    return out;
  }
  // Arabic: 1. 1.1. 3.1.2. (also "1)" and "1.1 " without the last dot).
  std::size_t a = 0;
  int components = 0;
  while (a < t.size() && std::isdigit(static_cast<unsigned char>(t[a])) != 0) {
    // Documents number to four levels ("1.2.3.4."); deeper is not an outline label, which also
    // keeps the heading tree shallow whatever a hostile file holds.
    if (components == 6) return out;
    const std::size_t start = a;
    while (a < t.size() && std::isdigit(static_cast<unsigned char>(t[a])) != 0) ++a;
    if (a - start > 3) return out;
    ++components;
    if (a < t.size() && t[a] == '.' && a + 1 < t.size() &&
        std::isdigit(static_cast<unsigned char>(t[a + 1])) != 0) {
      ++a;
      continue;
    }
    break;
  }
  if (components > 0) {
    const bool closed =
        a < t.size() && (t[a] == '.' || t[a] == ')') && (a + 1 == t.size() || t[a + 1] == ' ');
    const bool open = components > 1 && a < t.size() && t[a] == ' ';
    if (closed || open) {
      out.kind = OutlineLabel::Kind::arabic;
      out.label = std::string(t.substr(0, a));
      out.depth = components;
      out.rest = rest_after(closed ? a + 1 : a);
      return out;
    }
    return out;
  }
  // Letter: a) b) … đ) …
  std::size_t len = 0;
  if (t.size() >= 2 && std::islower(static_cast<unsigned char>(t[0])) != 0) len = 1;
  if (t.substr(0, 2) == "đ") len = 2;
  if (len > 0 && t.size() > len && t[len] == ')' && (t.size() == len + 1 || t[len + 1] == ' ')) {
    out.kind = OutlineLabel::Kind::letter;
    out.label = std::string(t.substr(0, len));
    out.rest = rest_after(len + 1);
  }
  return out;
}

std::optional<ActReading> recognise_act(std::string_view text) {
  const std::string cleaned = strip_trailing(std::string(trim(text)), ".;, ");
  const Words w(cleaned);
  ActReading act;
  std::size_t i = 0;
  std::size_t so = w.size();
  for (std::size_t k = 0; k < w.size() && k < 8; ++k) {
    if (w.folded[k] == "so") {
      so = k;
      break;
    }
  }
  // A law cited by its name, as `render` writes it: "Luật Ban hành văn bản quy phạm pháp luật
  // số 64/2025/QH15 ngày 19/02/2025". Its title is the name; a law, code or constitution is the
  // Quốc hội's, an ordinance its Standing Committee's.
  const std::string first = w.size() > 0 ? w.bare(0) : std::string();
  const std::string second = w.size() > 1 ? w.bare(1) : std::string();
  std::size_t kind_words = 0;
  std::string named_issuer;
  if (first == "luat" && w.text[0] == "Luật") {
    kind_words = 1;
    named_issuer = "Quốc hội";
  } else if ((first == "bo" && second == "luat") || (first == "hien" && second == "phap")) {
    kind_words = 2;
    named_issuer = "Quốc hội";
  } else if (first == "phap" && second == "lenh") {
    kind_words = 2;
    named_issuer = "Ủy ban Thường vụ Quốc hội";
  }
  if (kind_words > 0) {
    for (std::size_t k = kind_words + 1; k < w.size() && k < 40; ++k) {
      if (w.folded[k] == "so" && k + 1 < w.size() && w.text[k + 1].find('/') != std::string::npos) {
        act.kind = w.join(0, kind_words);
        act.title = w.join(0, k);
        act.ref = strip_trailing(w.text[k + 1], ",;.");
        act.issuer = named_issuer;
        std::size_t j = k + 2;
        if (const auto d = date_after(w.text, w.folded, j)) {
          act.date = d->first;
          j += d->second;
        }
        // Anything after the date is not part of this way of citing: left out of the reading
        // only when nothing follows.
        if (j == w.size()) return act;
        break;
      }
    }
  }
  if (so < w.size() && so + 1 < w.size()) {
    act.kind = w.join(0, so);
    act.ref = strip_trailing(w.text[so + 1], ",;.");
    i = so + 2;
  } else if (w.size() > 0 && w.text[0].find('/') != std::string::npos) {
    act.ref = strip_trailing(w.text[0], ",;.");
    i = 1;
  } else {
    return std::nullopt;
  }
  // A reference has a slash and a digit: "59/2012/NĐ-CP", "04/2021/TT-BTP".
  if (act.ref.find('/') == std::string::npos ||
      std::none_of(act.ref.begin(), act.ref.end(),
                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
    return std::nullopt;
  if (const auto d = date_after(w.text, w.folded, i)) {
    act.date = d->first;
    i += d->second;
  }
  if (i < w.size() && w.folded[i] == "cua") {
    static constexpr std::array<std::string_view, 9> title_starts{
        "ve", "sua", "quy", "huong", "ban", "theo", "trien", "phe", "giao"};
    std::size_t k = i + 1;
    for (; k < w.size(); ++k) {
      const std::string f = w.bare(k);
      const bool title_word =
          std::find(title_starts.begin(), title_starts.end(), f) != title_starts.end();
      if (title_word && k > i + 1 && !(f == "ban" && w.bare(k - 1) == "uy")) break;
      if (w.text[k] == "Luật" && k > i + 1) break;
    }
    act.issuer = w.join(i + 1, k);
    i = k;
  }
  act.title = w.join(i, w.size());
  return act;
}

namespace {

// "…, Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch …, như sau:" → the comma's offset. The
// enactment ends the paragraph: the separators are tried from the right, the first 20 followed
// by a capital (a hostile paragraph of a million commas is not read a million times).
std::optional<std::size_t> enactment_start(std::string_view text, std::string_view separator) {
  std::optional<std::size_t> found;
  int tried = 0;
  std::size_t end = text.size();
  while (tried < 20 && end > 0) {
    const auto at = text.rfind(separator, end - 1);
    if (at == std::string_view::npos) break;
    const std::string_view rest = text.substr(at + separator.size());
    if (is_upper_start(rest)) {
      ++tried;
      if (recognise_enactment(rest)) found = at;
    }
    if (at == 0) break;
    end = at;
  }
  return found;
}

}  // namespace

bool recognise_enactment(std::string_view text) {
  const std::string f = fold_ascii(text);
  return f.find("ban hanh") != std::string::npos &&
         (f.find("nhu sau") != std::string::npos || f.find("ke hoach") != std::string::npos) &&
         f.rfind("can cu", 0) != 0;
}

std::optional<BasisReading> recognise_basis(std::string_view text) {
  const Words w(text);
  BasisReading out;
  if (w.at(0, "can cu")) {
    out.lead = w.join(0, 2);
  } else if (w.at(0, "thuc hien") && !w.at(2, "ke hoach so")) {
    out.lead = w.join(0, 2);
  } else {
    return std::nullopt;
  }
  std::string body = w.join(2, w.size());
  if (const auto at = enactment_start(body, ", ")) {
    out.enactment = std::string(trim(std::string_view(body).substr(*at + 2)));
    body.resize(*at);
  }
  body = strip_trailing(body, ". ");
  std::size_t start = 0;
  while (start <= body.size()) {
    auto end = body.find(';', start);
    if (end == std::string::npos) end = body.size();
    const std::string piece(trim(std::string_view(body).substr(start, end - start)));
    if (!piece.empty()) {
      if (auto act = recognise_act(piece)) {
        out.acts.push_back(std::move(*act));
      } else {
        out.unread.push_back(piece);
      }
    }
    start = end + 1;
  }
  if (out.acts.empty()) return std::nullopt;
  return out;
}

std::optional<ParentReading> recognise_parent(std::string_view text) {
  const Words w(text);
  std::size_t i = 0;
  if (w.at(0, "thuc hien ke hoach so") || w.at(0, "can cu ke hoach so")) {
    i = 5;
  } else {
    return std::nullopt;
  }
  if (i >= w.size()) return std::nullopt;
  ParentReading out;
  out.ref = strip_trailing(w.text[i], ",;.");
  ++i;
  // "ngày 15/01/2024" or "ngày 20 tháng 12 năm 2025".
  if (const auto d = date_after(w.text, w.folded, i)) {
    out.date = d->first;
    i += d->second;
  }
  if (i < w.size() && w.folded[i] == "cua") {
    const std::size_t end = body_end(w, i + 1);
    out.issuer = strip_trailing(w.join(i + 1, end), ",;.");
    i = end;
  }
  std::string rest = w.join(i, w.size());
  if (const auto at = enactment_start(rest, ". ")) {
    out.enactment = std::string(trim(std::string_view(rest).substr(*at + 2)));
    rest.resize(*at);
  } else if (const auto comma = enactment_start(rest, ", ")) {
    out.enactment = std::string(trim(std::string_view(rest).substr(*comma + 2)));
    rest.resize(*comma);
  }
  out.title = strip_trailing(rest, ". ");
  return out;
}

std::optional<LabelledLine> recognise_labelled_line(std::string_view text) {
  OutlineLabel label = recognise_outline_label(text);
  std::string_view body = trim(text);
  if (label.kind == OutlineLabel::Kind::letter || label.kind == OutlineLabel::Kind::dash ||
      label.kind == OutlineLabel::Kind::plus)
    body = trim(std::string_view(label.rest));
  const auto colon = body.find(':');
  const std::string_view head = colon == std::string_view::npos ? body : body.substr(0, colon);
  const std::string f = strip_trailing(fold_ascii(head), " .");
  if (f.empty()) return std::nullopt;
  // "Thời gian xây dựng và gửi kế hoạch … chậm nhất ngày …": a deadline sentence, no label.
  if (colon == std::string_view::npos &&
      (f.rfind("thoi gian ", 0) == 0 || f.rfind("thoi han ", 0) == 0) &&
      std::count(f.begin(), f.end(), ' ') >= 5 && recognise_deadline_in_text(body))
    return LabelledLine{LineField::due, strip_trailing(std::string(body), ".")};
  if (std::count(f.begin(), f.end(), ' ') >= 12) return std::nullopt;
  struct Entry {
    std::string_view label;
    LineField field;
    bool prefix;  // the label may go on with qualifiers ("Thời gian thực hiện kiểm tra")
  };
  static constexpr std::array<Entry, 55> table{{
      // When the work begins: before "thời gian", "thời điểm", which would read it as a deadline.
      {"thoi gian bat dau", LineField::start, true},
      {"thoi diem bat dau", LineField::start, true},
      {"ngay bat dau", LineField::start, true},
      {"bat dau", LineField::start, false},
      {"thoi gian chot so lieu", LineField::report_period, true},
      {"ky bao cao", LineField::report_period, false},
      {"thoi gian gui bao cao", LineField::report_due, true},
      {"thoi han gui bao cao", LineField::report_due, true},
      {"han gui bao cao", LineField::report_due, false},
      {"noi nhan bao cao", LineField::report_to, false},
      {"co quan nhan bao cao", LineField::report_to, false},
      {"noi dung bao cao", LineField::report_content, false},
      {"gui ve", LineField::duty_to, false},
      {"co quan chu tri", LineField::lead, false},
      {"co quan thuc hien", LineField::lead, false},
      {"don vi chu tri", LineField::lead, false},
      {"don vi thuc hien", LineField::lead, false},
      {"co quan, don vi chu tri", LineField::lead, false},
      {"co quan, don vi thuc hien", LineField::lead, false},
      {"chu tri", LineField::lead, false},
      {"chu tri thuc hien", LineField::lead, false},
      {"co quan phoi hop", LineField::partners, false},
      {"don vi phoi hop", LineField::partners, false},
      {"co quan, don vi phoi hop", LineField::partners, false},
      {"phoi hop", LineField::partners, false},
      {"phoi hop thuc hien", LineField::partners, false},
      {"san pham dau ra", LineField::output, false},
      {"san pham", LineField::output, false},
      {"ket qua dau ra", LineField::output, false},
      {"thoi gian", LineField::due, true},
      {"thoi han", LineField::due, true},
      {"tien do", LineField::due, false},
      {"noi dung hoat dong", LineField::description, false},
      {"noi dung", LineField::description, false},
      {"noi dung thuc hien", LineField::description, false},
      {"noi dung theo doi", LineField::focus_content, true},
      {"pham vi theo doi", LineField::scope, true},
      {"pham vi", LineField::scope, false},
      {"doi tuong theo doi", LineField::subjects, true},
      {"doi tuong", LineField::subjects, false},
      {"linh vuc theo doi", LineField::scope, false},
      {"co quan chu tri theo doi", LineField::lead, false},
      {"don vi chu tri theo doi", LineField::lead, false},
      {"thoi gian thuc hien", LineField::due, true},
      // The wordings of column headers in task tables ("Cơ quan chủ trì thực hiện", "Tiến độ
      // thực hiện", "Thời điểm hoàn thành").
      {"co quan chu tri thuc hien", LineField::lead, false},
      {"don vi chu tri thuc hien", LineField::lead, false},
      {"co quan, don vi chu tri thuc hien", LineField::lead, false},
      {"co quan phoi hop thuc hien", LineField::partners, false},
      {"don vi phoi hop thuc hien", LineField::partners, false},
      {"co quan, don vi phoi hop thuc hien", LineField::partners, false},
      {"tien do thuc hien", LineField::due, false},
      {"tien do hoan thanh", LineField::due, false},
      {"thoi diem hoan thanh", LineField::due, false},
      {"thoi diem thuc hien", LineField::due, false},
      {"thoi diem", LineField::due, false},
  }};
  for (const Entry& e : table) {
    const bool match = f == e.label || (e.prefix && f.size() > e.label.size() &&
                                        f.rfind(e.label, 0) == 0 && f[e.label.size()] == ' ');
    if (!match) continue;
    LabelledLine out;
    out.field = e.field;
    out.completion = e.field == LineField::due && (f.find("hoan thanh") != std::string::npos ||
                                                   f.find("ket thuc") != std::string::npos);
    if (colon != std::string_view::npos) out.value = std::string(trim(body.substr(colon + 1)));
    return out;
  }
  return std::nullopt;
}

namespace {

// A plan year for reading a part with no year of its own ("trước ngày 20/02") while importing:
// the part is kept as written and the plan's own year reads it later. A leap year, so that
// "29/02" reads.
constexpr int reading_year = 2024;

// Words that open a deadline inside a sentence.
constexpr std::array<std::string_view, 7> deadline_cues{
    "truoc", "cham nhat", "muon nhat", "han cuoi", "han chot", "trong thang", "trong quy"};
bool deadline_cue(const Words& w, std::size_t i) {
  return std::any_of(std::begin(deadline_cues), std::end(deadline_cues),
                     [&](std::string_view cue) { return w.at(i, cue); });
}

// The reading of words [from, to) as a deadline of dates, or nothing.
std::optional<Deadline> dated_reading(const Words& w, std::size_t from, std::size_t to) {
  const std::string phrase = strip_trailing(w.join(from, to), ".,;:)");
  if (phrase.empty()) return std::nullopt;
  DueResult r = parse_due(phrase, reading_year);
  if (!r.ok() || !r.deadline->due || r.deadline->kind == DueKind::event ||
      r.deadline->kind == DueKind::ongoing || r.deadline->kind == DueKind::periodic ||
      !r.deadline->note.empty())
    return std::nullopt;
  return std::move(r.deadline);
}

bool has_letter(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
  });
}

// "20/02", "11/2026", "10/6/2026", "10-6-2026", and "31/02/2026" too: a date written in figures,
// whether or not it exists.
bool numeric_date(std::string_view word) {
  std::string t = strip_trailing(std::string(word), ".,;:)");
  if (!t.empty() && t.front() == '(') t.erase(0, 1);
  std::vector<int> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || t[i] == '/' || t[i] == '-' || t[i] == '.') {
      const auto n = number_of(std::string_view(t).substr(start, i - start));
      if (!n || parts.size() == 3) return false;
      parts.push_back(*n);
      start = i + 1;
    }
  }
  if (parts.size() == 3) return parts[2] >= 1000 && parts[0] >= 1 && parts[0] <= 31;
  if (parts.size() != 2 || t.find('/') == std::string::npos) return false;
  if (parts[1] >= 1000) return parts[0] >= 1 && parts[0] <= 12;               // month/year
  return parts[0] >= 1 && parts[0] <= 31 && parts[1] >= 1 && parts[1] <= 12;  // day/month
}

// A number of one or two figures ("5", "05") or a Roman numeral of a quarter ("II").
bool small_number(std::string_view word) {
  const std::string t = strip_trailing(std::string(word), ".,;:)");
  if (const auto n = number_of(t)) return *n >= 1 && *n <= 31 && t.size() <= 2;
  return t == "I" || t == "II" || t == "III" || t == "IV";
}

// Whether the part of words [from, to) is the scope of documents looked at: it follows "ban
// hành" or "hiệu lực" ("văn bản ban hành trước ngày 01/7/2025", "quy định có hiệu lực trước
// ngày 01/01/2025") and every day it reads is before `plan_year` begins.
bool documents_before(const Words& w, std::size_t from, std::size_t to, int plan_year) {
  if (from < 2) return false;
  if (!w.at(from - 2, "ban hanh") && !w.at(from - 2, "hieu luc")) return false;
  const DueResult r = parse_due(strip_trailing(w.join(from, to), ".,;:)"), plan_year);
  if (!r.ok() || r.deadline->occurrences.empty()) return false;
  const Date first_day{plan_year, 1, 1};
  return std::all_of(r.deadline->occurrences.begin(), r.deadline->occurrences.end(),
                     [&](const Occurrence& o) { return o.due < first_day; });
}

// Where the words before a part [from, to) opening with "trước" begin, when they count back from
// its day or deny it ("gửi chậm nhất 05 ngày làm việc trước ngày 15/12/2026", "không trước ngày
// …"): the day is then no deadline of the sentence, and the part must not read as one (it would
// be a later day than meant). The words looked at go back to the last ',', ';' or '.'.
std::optional<std::size_t> counted_back_from(const Words& w, std::size_t from, std::size_t to) {
  if (from == 0 || !w.at(from, "truoc")) return std::nullopt;
  std::size_t start = from;
  while (start > 0 && from - start < 8) {
    const std::string& before = w.text[start - 1];
    if (!before.empty() && (before.back() == ',' || before.back() == ';' || before.back() == '.')) {
      break;
    }
    --start;
  }
  if (start == from) return std::nullopt;
  const DueResult r = parse_due(strip_trailing(w.join(start, to), ".,;:)"), reading_year);
  if (!r.counted_back) return std::nullopt;
  return start;
}

}  // namespace

DeadlinesInText read_deadlines_in_text(std::string_view text, std::optional<int> plan_year) {
  const Words w(text);
  DeadlinesInText out;
  std::vector<bool> covered(w.size(), false);
  std::vector<std::string> parts;
  // A part runs at most this many words ("chậm nhất là vào ngày 10 tháng 11 năm 2026" is 10).
  constexpr std::size_t longest = 12;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (!deadline_cue(w, i)) continue;
    const std::size_t last = std::min(w.size(), i + longest);
    // The shortest part that reads, then as far as it still reads as the same number of
    // occurrences: "ngày 10 tháng 11" goes on to "năm 2026", but "trước ngày 10/6/2026" does
    // not take "và cả năm" as an occurrence of its own.
    std::size_t end = 0;
    std::size_t count = 0;
    for (std::size_t j = i + 1; j <= last; ++j) {
      // A dated part ends on a number ("20/02", "năm 2026") or a quarter ("quý II"); not on
      // the word that joins it to the next ("… 10/6/2026 và"). Only such ends are read.
      const std::string& end_word = w.text[j - 1];
      if (std::none_of(end_word.begin(), end_word.end(),
                       [](char c) { return c >= '0' && c <= '9'; }) &&
          !small_number(end_word))
        continue;
      const auto d = dated_reading(w, i, j);
      if (!d) continue;
      if (end == 0) {
        end = j;
        count = d->occurrences.size();
      } else if (d->occurrences.size() == count) {
        end = j;
      }
    }
    if (end == 0) continue;
    for (std::size_t k = i; k < end; ++k) covered[k] = true;
    if (const auto start = counted_back_from(w, i, end)) {
      out.unread.push_back(strip_trailing(w.join(*start, end), ".,;:)"));
      i = end - 1;
      continue;
    }
    if (plan_year && documents_before(w, i, end, *plan_year)) {
      i = end - 1;
      continue;
    }
    parts.push_back(strip_trailing(w.join(i, end), ".,;:)"));
    i = end - 1;
  }
  if (!parts.empty()) {
    std::string joined;
    for (const auto& part : parts) joined += (joined.empty() ? "" : "; ") + part;
    if (parts.size() == 1 || parse_due(joined, reading_year).ok()) {
      out.phrase = joined;
    } else {
      // Parts that do not read together: the first is the deadline, the others are said.
      out.phrase = parts.front();
      for (std::size_t k = 1; k < parts.size(); ++k) out.unread.push_back(parts[k]);
    }
  }
  // The dates left outside the parts.
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (covered[i]) continue;
    // A cited document's date: "Kế hoạch số 12/KH-UBND ngày 05/01/2026".
    const bool cited = i >= 2 && w.folded[i - 1] == "ngay" &&
                       w.text[i - 2].find('/') != std::string::npos && has_letter(w.text[i - 2]);
    const bool cited_words = i >= 1 && w.folded[i] == "ngay" &&
                             w.text[i - 1].find('/') != std::string::npos &&
                             has_letter(w.text[i - 1]);
    if (numeric_date(w.text[i])) {
      if (!cited) out.unread.push_back(strip_trailing(w.text[i], ".,;:)"));
      continue;
    }
    // "ngày 5 tháng 3 năm 2026", "tháng 9", "tháng 9 năm 2026", "quý II".
    std::size_t k = i;
    if (w.folded[k] == "ngay" && k + 2 < w.size() && small_number(w.text[k + 1]) &&
        w.bare(k + 2) == "thang")
      k += 2;
    if ((w.bare(k) == "thang" || w.bare(k) == "quy") && k + 1 < w.size() &&
        small_number(w.text[k + 1])) {
      std::size_t e = k + 2;
      if (e + 1 < w.size() && w.bare(e) == "nam" &&
          number_of(strip_trailing(w.text[e + 1], ".,;:)")))
        e += 2;
      if (!cited_words &&
          std::none_of(covered.begin() + static_cast<std::ptrdiff_t>(i),
                       covered.begin() + static_cast<std::ptrdiff_t>(e), [](bool c) { return c; }))
        out.unread.push_back(strip_trailing(w.join(i, e), ".,;:)"));
      i = e - 1;
    }
  }
  return out;
}

std::optional<std::string> recognise_deadline_in_text(std::string_view text) {
  DeadlinesInText read = read_deadlines_in_text(text);
  if (read.phrase.empty()) return std::nullopt;
  return std::move(read.phrase);
}

std::optional<std::string> recognise_receiver(std::string_view text) {
  const Words w(text);
  static constexpr std::array<std::string_view, 11> stops{
      "tong", "truoc", "cham", "theo", "de", "dong", "trong", "sau", "khi", "ve", "dung"};
  auto take = [&](std::size_t from) -> std::optional<std::string> {
    if (from >= w.size() || !is_upper_start(w.text[from])) return std::nullopt;
    std::size_t k = from;
    // A receiver is a name of a few words ("UBND tỉnh và Sở Tư pháp"): at most 12.
    for (; k < w.size() && k < from + 12; ++k) {
      if (k > from && std::find(stops.begin(), stops.end(), w.bare(k)) != stops.end()) break;
      const char last = w.text[k].back();
      if (last == '.' || last == ',' || last == ';') {
        ++k;
        break;
      }
    }
    std::string r = strip_trailing(w.join(from, k), ".,;: ");
    if (r.empty()) return std::nullopt;
    return r;
  };
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w.folded[i] == "gui") {
      std::size_t k = i + 1;
      if (w.at(k, "ke hoach") || w.at(k, "bao cao")) k += 2;
      if (k < w.size() && w.folded[k] == "ve") ++k;
      if (auto r = take(k)) return r;
    }
  }
  for (std::size_t i = 0; i + 2 < w.size(); ++i) {
    if (w.at(i, "bao cao") && i > 0) {
      if (auto r = take(i + 2)) return r;
    }
  }
  return std::nullopt;
}

std::optional<SignatureLine> recognise_signature_line(std::string_view text) {
  const Words w(text);
  if (w.size() == 0) return std::nullopt;
  const std::string first = w.folded[0];
  if (first == "tm.") return SignatureLine::authority;
  if (first == "kt." || first == "q." || first == "tl." || first == "tuq.")
    return SignatureLine::role;
  if (all_upper(text) && w.size() <= 8) return SignatureLine::title;
  if (w.size() >= 2 && w.size() <= 5 &&
      std::all_of(w.text.begin(), w.text.end(),
                  [](const std::string& s) { return is_upper_start(s); }))
    return SignatureLine::name;
  return std::nullopt;
}

std::optional<IssuerReading> recognise_issuer(std::string_view text) {
  const Words w(text);
  struct LevelWord {
    std::string_view words;
    Level level;
    std::string_view spelled;
  };
  static constexpr std::array<LevelWord, 9> levels{{
      {"thanh pho", Level::province, "thành phố"},
      {"tinh", Level::province, "tỉnh"},
      {"thi xa", Level::district, "thị xã"},
      {"huyen", Level::district, "huyện"},
      {"quan", Level::district, "quận"},
      {"thi tran", Level::commune, "thị trấn"},
      {"dac khu", Level::commune, "đặc khu"},
      {"phuong", Level::commune, "phường"},
      {"xa", Level::commune, "xã"},
  }};
  for (std::size_t i = 0; i < w.size(); ++i) {
    for (const LevelWord& lw : levels) {
      if (!w.at(i, lw.words)) continue;
      const std::size_t after =
          i + 1 + static_cast<std::size_t>(std::count(lw.words.begin(), lw.words.end(), ' '));
      if (after >= w.size() || !is_upper_start(w.text[after])) continue;
      // The body before the level word must be a People's Committee or nothing at all.
      const std::string before = fold_ascii(w.join(0, i));
      const bool committee =
          before.empty() || before == "ubnd" || before == "uy ban nhan dan" ||
          (before.size() >= 12 && before.substr(before.size() - 12) == "tren dia ban");
      if (!committee) continue;
      // The locality: the capitalised words after the level ("Tây Ninh theo dõi …" → "Tây Ninh").
      std::string locality = strip_trailing(w.join(after, w.size()), ".,;: ");
      if (all_upper(locality)) {
        locality = title_case(locality);
      } else {
        std::size_t end = after;
        while (end < w.size() && is_upper_start(w.text[end])) ++end;
        locality = strip_trailing(w.join(after, end), ".,;: ");
      }
      IssuerReading out;
      out.level = lw.level;
      out.locality = locality;
      // "thành phố X": a province only when X is a centrally run city (as KH122 reads it).
      if (lw.level == Level::province && lw.words == "thanh pho") {
        const std::string place = fold_ascii(locality);
        const auto& table = builtin_provinces().provinces;
        // The name may run on into a body of the city's committee written on the same line
        // ("THÀNH PHỐ HÀ NỘI BẢO HIỂM XÃ HỘI THÀNH PHỐ"): the city's name starts it.
        const auto city = std::find_if(table.begin(), table.end(), [&](const Province& p) {
          const std::string name = fold_ascii(p.name);
          return p.kind == "thành phố" && (place == name || place.rfind(name + " ", 0) == 0);
        });
        if (city == table.end()) {
          out.level = Level::district;
          out.provincial_city = true;
        } else {
          out.central_from = city->central_from;
        }
      }
      out.name = "UBND " + std::string(lw.spelled) + " " + locality;
      return out;
    }
  }
  const std::string f = fold_ascii(text);
  if (f.rfind("so ", 0) == 0 || f.rfind("phong ", 0) == 0) {
    IssuerReading out;
    out.level = Level::department;
    const std::string t(trim(text));
    out.name = all_upper(t) ? to_lower(t) : t;
    if (all_upper(t)) {
      // "SỞ TƯ PHÁP" → "Sở Tư pháp": the kind and the next word capitalised.
      out.name = title_case(Words(out.name).join(0, 2));
      const Words rest(to_lower(t));
      if (rest.size() > 2) out.name += " " + rest.join(2, rest.size());
    }
    return out;
  }
  return std::nullopt;
}

TaskKind recognise_task_kind(std::string_view title) {
  const std::string f = fold_ascii(title);
  auto has = [&f](std::string_view s) { return f.find(s) != std::string::npos; };
  // Choosing the focus areas ("Lĩnh vực trọng tâm của tỉnh", "Xác định lĩnh vực …"), not an
  // activity carried out in them ("Cung cấp thông tin … trong lĩnh vực trọng tâm").
  for (const std::string_view start :
       {"linh vuc", "xac dinh linh vuc", "huong dan linh vuc", "lua chon linh vuc"}) {
    if (f.rfind(start, 0) == 0) return TaskKind::focus;
  }
  if (has("ke hoach") && (has("ban hanh") || has("xay dung"))) return TaskKind::plan;
  if (has("tap huan") || has("pho bien") || has("boi duong") || has("quan triet"))
    return TaskKind::training;
  if (has("dieu tra") || has("khao sat")) return TaskKind::survey;
  if (has("kiem tra")) return TaskKind::inspection;
  if (has("thu thap") || has("tiep nhan") || has("thong tin") || has("cung cap"))
    return TaskKind::information;
  if (has("bao cao")) return TaskKind::report;
  return TaskKind::other;
}

std::vector<Level> recognise_levels(std::string_view agencies) {
  const std::string f = fold_ascii(agencies);
  auto has = [&f](std::string_view s) { return f.find(s) != std::string::npos; };
  std::vector<Level> out;
  if (has("so, ban, nganh") || has("co quan chuyen mon") || has("cac co quan, don vi") ||
      has("cac so") || has("phong, ban"))
    out.push_back(Level::department);
  if (has("cap huyen") || has("ubnd cac huyen") || has("uy ban nhan dan cac huyen"))
    out.push_back(Level::district);
  if (has("cap xa") || has("ubnd cac xa") || has("uy ban nhan dan cac xa"))
    out.push_back(Level::commune);
  return out;
}

std::string make_id(std::string_view title, std::size_t max_words) {
  const std::string f = fold_ascii(title);
  std::string out;
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : f) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      if (!in_word) {
        if (words == max_words) break;
        if (!out.empty()) out.push_back('-');
        ++words;
      }
      out.push_back(c);
      in_word = true;
    } else {
      in_word = false;
    }
  }
  return out.empty() ? "muc" : out;
}

}  // namespace kehoach
