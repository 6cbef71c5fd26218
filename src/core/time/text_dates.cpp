#include "time/text_dates.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

namespace kehoach {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

std::size_t digits_from(std::string_view s, std::size_t i) {
  while (i < s.size() && digit(s[i])) ++i;
  return i;
}

int number(std::string_view s) {
  int v = 0;
  for (const char c : s) v = v * 10 + (c - '0');
  return v;
}

// Matches `word` (ASCII-insensitive on the first letter only: "tháng"/"Tháng") at `i`.
bool word_at(std::string_view s, std::size_t i, std::string_view lower, std::string_view upper) {
  return s.substr(i, lower.size()) == lower || s.substr(i, upper.size()) == upper;
}

}  // namespace

std::vector<Token> scan(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!digit(s[i]) || (i > 0 && digit(s[i - 1]))) {
      ++i;
      continue;
    }
    const std::size_t a_end = digits_from(s, i);
    const std::size_t a_len = a_end - i;
    // d/m/yyyy, d.m.yyyy, d-m-yyyy
    if ((a_len == 1 || a_len == 2) && a_end < s.size() &&
        (s[a_end] == '/' || s[a_end] == '.' || s[a_end] == '-')) {
      const char sep = s[a_end];
      const std::size_t b_begin = a_end + 1;
      const std::size_t b_end = digits_from(s, b_begin);
      const std::size_t b_len = b_end - b_begin;
      if ((b_len == 1 || b_len == 2) && b_end < s.size() && s[b_end] == sep) {
        const std::size_t c_begin = b_end + 1;
        const std::size_t c_end = digits_from(s, c_begin);
        if (c_end - c_begin == 4 && (c_end >= s.size() || s[c_end] != sep)) {
          Token t;
          t.type = TokenType::numeric;
          t.begin = i;
          t.end = c_end;
          t.date = Date{number(s.substr(c_begin, 4)), number(s.substr(b_begin, b_len)),
                        number(s.substr(i, a_len))};
          t.spans[0][0] = i;
          t.spans[0][1] = a_end;
          t.spans[1][0] = b_begin;
          t.spans[1][1] = b_end;
          t.spans[2][0] = c_begin;
          t.spans[2][1] = c_end;
          out.push_back(t);
          i = c_end;
          continue;
        }
      }
    }
    // yyyy-mm-dd
    if (a_len == 4 && s.substr(a_end, 1) == "-") {
      const auto parsed = parse_iso_date(s.substr(i, 10));
      if (parsed && (i + 10 >= s.size() || !digit(s[i + 10]))) {
        Token t;
        t.type = TokenType::iso;
        t.begin = i;
        t.end = i + 10;
        t.date = *parsed;
        out.push_back(t);
        i += 10;
        continue;
      }
    }
    // d tháng m năm yyyy
    if (a_len == 1 || a_len == 2) {
      std::size_t j = a_end;
      if (j < s.size() && s[j] == ' ' && word_at(s, j + 1, "tháng ", "Tháng ")) {
        j += 1 + std::string_view("tháng ").size();
        const std::size_t m_end = digits_from(s, j);
        const std::size_t m_len = m_end - j;
        if ((m_len == 1 || m_len == 2) && m_end < s.size() && s[m_end] == ' ' &&
            word_at(s, m_end + 1, "năm ", "Năm ")) {
          const std::size_t y_begin = m_end + 1 + std::string_view("năm ").size();
          const std::size_t y_end = digits_from(s, y_begin);
          if (y_end - y_begin == 4) {
            Token t;
            t.type = TokenType::words;
            t.begin = i;
            t.end = y_end;
            t.date = Date{number(s.substr(y_begin, 4)), number(s.substr(j, m_len)),
                          number(s.substr(i, a_len))};
            t.spans[0][0] = i;
            t.spans[0][1] = a_end;
            t.spans[1][0] = j;
            t.spans[1][1] = m_end;
            t.spans[2][0] = y_begin;
            t.spans[2][1] = y_end;
            out.push_back(t);
            i = y_end;
            continue;
          }
        }
      }
    }
    if (a_len == 4) {
      const int y = number(s.substr(i, 4));
      if (y >= 1900 && y <= 2100) {
        Token t;
        t.type = TokenType::year;
        t.begin = i;
        t.end = a_end;
        t.year = y;
        out.push_back(t);
      }
    }
    i = a_end;
  }
  return out;
}

// True when the clause around `at` names a law or a document ("Luật Đất đai năm 2024", "Nghị
// quyết … ban hành năm 2024"), or the date at `at` is a numbered document's ("Hướng dẫn số
// 05/HD-STP ngày 14/03/2026"), or the year at `at` is a law's amendment ("(sửa đổi, bổ sung năm
// 2026)"): its year is part of the document's name, not the plan year.
// The clause starts after the last punctuation, or after the previous date or year (which ends
// the name of the law before it: "Luật … năm 2025 và Kế hoạch năm 2026").
namespace {

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// Whether `text` ends with a document's number and " ngày " ("Hướng dẫn số 05/HD-STP ngày ",
// "Công văn 150/STP-VBPL ngày ", "Kế hoạch 25/KH-UBND ngày "): digits, '/', maybe a year and
// '/', then a symbol starting with a capital (or Đ), right before "ngày".
bool ends_with_numbered_document(std::string_view text) {
  for (const std::string_view day : {" ngày ", " ngày"}) {
    if (!text.ends_with(day)) continue;
    text.remove_suffix(day.size());
    // The symbol: from the last space on.
    const auto space = text.find_last_of(' ');
    const std::string_view number = text.substr(space == std::string_view::npos ? 0 : space + 1);
    std::size_t i = 0;
    while (i < number.size() && number[i] >= '0' && number[i] <= '9') ++i;
    if (i == 0 || i >= number.size() || number[i] != '/') return false;
    ++i;
    std::size_t year = i;
    while (year < number.size() && number[year] >= '0' && number[year] <= '9') ++year;
    if (year - i == 4 && year < number.size() && number[year] == '/') i = year + 1;
    if (i >= number.size()) return false;
    return upper_ascii(number[i]) || number.substr(i).starts_with("\xC4\x90");
  }
  return false;
}

// Whether `text` ends with a law's amendment and its year word: in brackets after the law's name
// ("Luật Đất đai năm 2024 (sửa đổi, bổ sung năm ", "(được sửa đổi, bổ sung năm ", "(Luật số
// 31/2024/QH15, sửa đổi, bổ sung năm ", "Luật Đất đai (sửa đổi) năm "), or as "được sửa đổi, bổ
// sung năm " after it: the year after it is the law's. Not the plan's own work ("các văn bản cần
// sửa đổi, bổ sung năm ", "Luật Đất đai, đề xuất sửa đổi, bổ sung năm ": the plan's year).
bool ends_with_amendment(std::string_view text) {
  static constexpr std::array<std::string_view, 7> laws{
      "Luật ", "Bộ luật ", "Pháp lệnh ", "Hiến pháp ", "Nghị quyết ", "Nghị định ", "Thông tư "};
  const auto names_law = [](std::string_view part) {
    return std::any_of(laws.begin(), laws.end(), [&](std::string_view law) {
      return part.find(law) != std::string_view::npos;
    });
  };
  for (const std::string_view year_word : {"năm ", "Năm "}) {
    if (!text.ends_with(year_word)) continue;
    text.remove_suffix(year_word.size());
    while (!text.empty() && (text.back() == ' ' || text.back() == ')')) text.remove_suffix(1);
    if (!text.ends_with("sửa đổi") && !text.ends_with("bổ sung")) return false;
    // The sentence it is in.
    std::string_view sentence = text;
    for (const std::string_view stop : {";", ". "}) {
      if (const auto cut = sentence.rfind(stop); cut != std::string_view::npos) {
        sentence.remove_prefix(cut + stop.size());
      }
    }
    // In brackets: "(… sửa đổi, bổ sung" with the law named before the bracket or in it.
    if (const auto open = sentence.rfind('('); open != std::string_view::npos) {
      const std::string_view inside = sentence.substr(open + 1);
      if (inside.find(')') == std::string_view::npos) return names_law(sentence);
    }
    // Passive, right after the law's year or number: "Luật … năm 2012, (đã) được sửa đổi, bổ
    // sung"; not "các văn bản được sửa đổi, bổ sung" (which documents: the plan's year).
    for (const std::string_view passive :
         {"được sửa đổi, bổ sung", "được sửa đổi", "được bổ sung"}) {
      if (!text.ends_with(passive)) continue;
      std::string_view head = text.substr(0, text.size() - passive.size());
      const auto trim_end = [&head] {
        while (!head.empty() && (head.back() == ' ' || head.back() == ',')) head.remove_suffix(1);
      };
      trim_end();
      if (head.ends_with("đã")) head.remove_suffix(std::string_view("đã").size());
      trim_end();
      const auto space = head.find_last_of(' ');
      const std::string_view last = head.substr(space == std::string_view::npos ? 0 : space + 1);
      const bool numbered =
          std::any_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; });
      return numbered && names_law(sentence);
    }
    return false;
  }
  return false;
}

}  // namespace

bool names_a_law(std::string_view s, std::size_t at, std::size_t floor) {
  const std::string_view before = s.substr(0, at);
  if (ends_with_numbered_document(before) || ends_with_amendment(before)) return true;
  std::size_t start = at;
  while (start > floor && std::string_view(",;()").find(s[start - 1]) == std::string_view::npos) {
    --start;
  }
  const std::string_view clause = s.substr(start, at - start);
  // An act or a numbered document: its year names it ("Nghị quyết của HĐND tỉnh ban hành năm
  // 2024"). "Kế hoạch" alone is this plan's own title, rolled over; "Kế hoạch số …" is not.
  for (const std::string_view law :
       {"Luật ", "Bộ luật ", "Hiến pháp ", "Pháp lệnh ", "Nghị quyết ", "nghị quyết ", "Nghị định ",
        "nghị định ", "Thông tư ", "thông tư ", "Chỉ thị ", "chỉ thị ", "Quyết định ",
        "Kế hoạch số ", "Công văn số ", "Văn bản số "}) {
    if (clause.find(law) != std::string_view::npos) return true;
  }
  return false;
}

// The year of an act's number ("59/2012/NĐ-CP"): it keeps its year.
bool act_number(std::string_view s, const Token& token) {
  return token.type == TokenType::year && token.end < s.size() && s[token.end] == '/';
}

// True when `token` is the date of the act whose number `previous` ends ("Nghị định số
// 80/2025/NĐ-CP ngày 01/4/2025"): the number's year ends the clause names_a_law reads, so the
// act's own date is told apart here.
bool act_date(std::string_view s, const Token* previous, const Token& token) {
  if (previous == nullptr || !act_number(s, *previous) || token.type == TokenType::year) {
    return false;
  }
  std::string_view between = s.substr(previous->end, token.begin - previous->end);
  const auto space = between.find(' ');
  if (space == std::string_view::npos) return false;
  between.remove_prefix(space + 1);
  return between.empty() || between == "ngày ";
}

// True when token `i` of `tokens` (scanned from `s`) is a law's or a cited document's date or
// year, not the plan's: the one rule for deadline phrases and free text.
bool cited(std::string_view s, const std::vector<Token>& tokens, std::size_t i) {
  const Token* previous = i == 0 ? nullptr : &tokens[i - 1];
  return names_a_law(s, tokens[i].begin, previous == nullptr ? 0 : previous->end) ||
         act_date(s, previous, tokens[i]);
}

// True when the date at `at` is the day something took or takes effect ("có hiệu lực từ
// 01/07/2025", "hiệu lực thi hành kể từ ngày 01/3/2026"): a fact of its own year.
bool effective_date(std::string_view s, std::size_t at) {
  std::string_view before = s.substr(0, at);
  auto drop = [&before](std::string_view word) {
    if (!before.ends_with(word)) return false;
    before.remove_suffix(word.size());
    return true;
  };
  drop("ngày ");
  if (!drop("kể từ ")) drop("từ ");
  drop("thi hành ");
  return before.ends_with("hiệu lực ");
}

bool preceded_by_year_word(std::string_view s, std::size_t at) {
  for (const std::string_view word : {"năm ", "Năm ", "NĂM "}) {
    if (at >= word.size() && s.substr(at - word.size(), word.size()) == word) return true;
  }
  return false;
}

// A token as a mark quotes it: a year with the word or the month before it ("năm 2025",
// "8/2025"), a date as written.
std::string_view shown_token(std::string_view s, const Token& token) {
  std::size_t from = token.begin;
  if (token.type == TokenType::year) {
    for (const std::string_view word : {"năm ", "Năm ", "NĂM "}) {
      if (from >= word.size() && s.substr(from - word.size(), word.size()) == word) {
        from -= word.size();
        break;
      }
    }
    if (from == token.begin && from > 0 && s[from - 1] == '/') {
      --from;
      while (from > 0 && s[from - 1] != ' ') --from;
    }
  }
  return s.substr(from, token.end - from);
}

namespace {

// The four figures of a year at [at, at + 4) of `s`, not part of a longer number.
std::optional<int> four_figures(std::string_view s, std::size_t at) {
  if (at + 4 > s.size()) return std::nullopt;
  if (at > 0 && digit(s[at - 1])) return std::nullopt;
  if (at + 4 < s.size() && digit(s[at + 4])) return std::nullopt;
  int value = 0;
  for (std::size_t k = at; k < at + 4; ++k) {
    if (!digit(s[k])) return std::nullopt;
    value = value * 10 + (s[k] - '0');
  }
  return value;
}

// The words that join two years of a range or a list, as written (NFC): a dash, a comma, "và",
// "đến", "tới".
constexpr std::string_view joiners[] = {"-",         "\xE2\x80\x93",          "\xE2\x80\x94",  ",",
                                        "v\xC3\xA0", "\xC4\x91\xE1\xBA\xBFn", "t\xE1\xBB\x9Bi"};
constexpr std::string_view year_word = "n\xC4\x83m ";  // "năm "

// Whether `first` and `last`, joined by `joiner`, can be the two years of a range or a list: a
// range (a dash, "đến", "tới") runs forward; a list ("," or "và") holds years within ten of
// each other ("các năm 2025, 2024"; "năm 2025, 2000 bản" is a year and a count).
bool joined(int first, int last, std::string_view joiner) {
  if (joiner == "," || joiner == "v\xC3\xA0") return last != first && std::abs(last - first) <= 10;
  return last > first;
}

std::size_t skip_spaces(std::string_view s, std::size_t k) {
  while (k < s.size() && s[k] == ' ') ++k;
  return k;
}

std::size_t skip_spaces_back(std::string_view s, std::size_t k) {
  while (k > 0 && s[k - 1] == ' ') --k;
  return k;
}

}  // namespace

std::optional<YearRange> year_range(std::string_view s, std::size_t begin, std::size_t end) {
  const auto year = four_figures(s, begin);
  if (!year || end != begin + 4) return std::nullopt;
  // After it: a joiner, then a year ("2025-2026", "2025 và 2026", "2025 đến năm 2026").
  std::size_t k = skip_spaces(s, end);
  for (const std::string_view joiner : joiners) {
    if (s.substr(k, joiner.size()) != joiner) continue;
    std::size_t j = skip_spaces(s, k + joiner.size());
    if (s.substr(j, year_word.size()) == year_word) j += year_word.size();
    if (const auto last = four_figures(s, j); last && joined(*year, *last, joiner)) {
      return YearRange{begin, j + 4, *year, *last};
    }
  }
  // Before it: a year, then a joiner.
  k = begin;
  if (k >= year_word.size() && s.substr(k - year_word.size(), year_word.size()) == year_word) {
    k -= year_word.size();
  }
  k = skip_spaces_back(s, k);
  for (const std::string_view joiner : joiners) {
    if (k < joiner.size() || s.substr(k - joiner.size(), joiner.size()) != joiner) continue;
    const std::size_t j = skip_spaces_back(s, k - joiner.size());
    if (j < 4) continue;
    if (const auto first = four_figures(s, j - 4); first && joined(*first, *year, joiner)) {
      return YearRange{j - 4, end, *first, *year};
    }
  }
  return std::nullopt;
}

// "tháng 6/2025", "Quý I/2025": a month or a quarter before the slash.
bool month_or_quarter_slash(std::string_view s, std::size_t at) {
  if (at < 2 || s[at - 1] != '/') return false;
  std::size_t start = at - 1;
  while (start > 0 && s[start - 1] != ' ') --start;
  const std::string_view unit = s.substr(start, at - 1 - start);
  if (unit == "I" || unit == "II" || unit == "III" || unit == "IV") return true;
  if (unit.empty() || unit.size() > 2 ||
      !std::all_of(unit.begin(), unit.end(), [](char c) { return digit(c); })) {
    return false;
  }
  const int month = number(unit);
  return month >= 1 && month <= 12;
}

}  // namespace kehoach
