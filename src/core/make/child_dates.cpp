#include "make/child_dates.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace kehoach {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The digits at `at` (at most `most` of them), as a number; `length` gets how many there were.
int digits_at(std::string_view text, std::size_t at, std::size_t most, std::size_t& length) {
  length = 0;
  int value = 0;
  while (at + length < text.size() && is_digit(text[at + length]) && length <= most) {
    value = value * 10 + (text[at + length] - '0');
    ++length;
  }
  return value;
}

// A date starting at `at` ("30/9/2026", "30.9.2026", "30-9-2026", "30 tháng 9 năm 2026"):
// its end, or 0.
std::size_t date_at(std::string_view text, std::size_t at, Date& date) {
  std::size_t length = 0;
  const int day = digits_at(text, at, 2, length);
  if (length < 1 || length > 2) return 0;
  std::size_t i = at + length;
  int month = 0;
  if (i < text.size() && (text[i] == '/' || text[i] == '.' || text[i] == '-')) {
    const char separator = text[i];
    month = digits_at(text, i + 1, 2, length);
    if (length < 1 || length > 2) return 0;
    i += 1 + length;
    if (i >= text.size() || text[i] != separator) return 0;
    ++i;
  } else {
    constexpr std::string_view month_word = " tháng ";
    if (text.substr(i, month_word.size()) != month_word) return 0;
    i += month_word.size();
    month = digits_at(text, i, 2, length);
    if (length < 1 || length > 2) return 0;
    i += length;
    constexpr std::string_view year_word = " năm ";
    if (text.substr(i, year_word.size()) != year_word) return 0;
    i += year_word.size();
  }
  const int year = digits_at(text, i, 4, length);
  if (length != 4) return 0;
  i += length;
  // "30/9/2026/…" is not a date, nor is the start of a longer number.
  if (i < text.size() && (is_digit(text[i]) || text[i] == '/')) return 0;
  date = Date{year, month, day};
  return date.valid() ? i : 0;
}

}  // namespace

std::vector<WrittenDate> dates_written_in(std::string_view text) {
  std::vector<WrittenDate> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '/'))) continue;
    Date date;
    if (const std::size_t end = date_at(text, i, date); end != 0) {
      out.push_back({i, end, date});
      i = end - 1;
    }
  }
  return out;
}

std::string carried_phrase(const std::vector<CarriedRound>& rounds, bool numbered) {
  std::string out;
  for (std::size_t k = 0; k < rounds.size(); ++k) {
    const std::string one = "chậm nhất ngày " + rounds[k].child_due.dmy();
    if (numbered && rounds.size() > 1) {
      out += fmt::format("{}Đợt {}: {}", k == 0 ? "" : "; ", k + 1, one);
    } else {
      out += (k == 0 ? "" : k + 1 == rounds.size() ? " và " : ", ") + one;
    }
  }
  return out;
}

Retitled retitle(std::string_view title, const std::vector<CarriedRound>& rounds) {
  Retitled out{std::string(title), {}};
  if (rounds.empty()) return out;
  Date last_child = rounds.front().child_due;
  for (const auto& r : rounds) last_child = std::max(last_child, r.child_due);
  struct Edit {
    std::size_t begin;
    std::size_t end;
    std::string text;
  };
  std::vector<Edit> edits;
  bool contradicts = false;
  const auto dates = dates_written_in(title);
  for (const WrittenDate& d : dates) {
    // "trước ngày 15/6" names the day after the last one; the child's form names the last one.
    std::size_t begin = d.begin;
    bool before = false;
    bool capital = false;
    for (const std::string_view prefix : {"trước ngày ", "Trước ngày ", "trước ", "Trước "}) {
      if (d.begin >= prefix.size() &&
          title.substr(d.begin - prefix.size(), prefix.size()) == prefix) {
        begin = d.begin - prefix.size();
        before = true;
        capital = prefix.front() == 'T';
        break;
      }
    }
    // Only a date the title gives as the deadline is the parent's deadline restated: after
    // "trước", "chậm nhất", "hạn" or "hoàn thành", or a range's end ("đến ngày 30/9/2026"). Any
    // other is a fact of its own, kept: "Ngày
    // Pháp luật Việt Nam 09/11/2026", "có hiệu lực từ ngày 01/7/2026".
    bool deadline_word = before;
    for (const std::string_view word :
         {"chậm nhất ngày ", "Chậm nhất ngày ", "chậm nhất là ngày ", "Chậm nhất là ngày ",
          "chậm nhất ", "Chậm nhất ", "hạn ngày ", "Hạn ngày ", "hạn ", "Hạn ", "hoàn thành ngày ",
          "Hoàn thành ngày ", "hoàn thành ", "Hoàn thành ", "đến hết ngày ", "đến ngày ", "đến ",
          "tới ngày ", "- "}) {
      deadline_word = deadline_word || (d.begin >= word.size() &&
                                        title.substr(d.begin - word.size(), word.size()) == word);
    }
    const auto round = std::find_if(rounds.begin(), rounds.end(), [&](const CarriedRound& r) {
      return r.parent_due == d.date || (before && add_days(d.date, -1) == r.parent_due);
    });
    // The parent's deadline day, not written as a deadline ("gửi Sở Tư pháp ngày 15/6/2026"):
    // kept, and the title no longer agrees with the child's earlier day.
    if (round != rounds.end() && !deadline_word) {
      if (round->child_due != d.date && !(before && add_days(d.date, -1) == round->child_due)) {
        contradicts = true;
      }
      continue;
    }
    if (round != rounds.end()) {
      if (before) {
        edits.push_back(
            {begin, d.end,
             (capital ? "Chậm nhất ngày " : "chậm nhất ngày ") + round->child_due.dmy()});
      } else {
        edits.push_back({d.begin, d.end, round->child_due.dmy()});
      }
      continue;
    }
    const auto started = std::find_if(rounds.begin(), rounds.end(), [&](const CarriedRound& r) {
      return r.start && *r.start == d.date;
    });
    if (started != rounds.end()) {
      // The range's first day stays; its end must stay after it.
      if (started->child_due <= d.date) contradicts = true;
      continue;
    }
    // A date the deadline does not name (a cited document's) stays, unless it is after the
    // child's deadline: the title would then promise later than the due.
    if (d.date > last_child) contradicts = true;
  }
  if (contradicts) {
    for (const WrittenDate& d : dates) {
      if (!out.left_alone.empty()) out.left_alone += ", ";
      out.left_alone += d.date.dmy();
    }
    return out;
  }
  for (auto e = edits.rbegin(); e != edits.rend(); ++e) {
    out.text.replace(e->begin, e->end - e->begin, e->text);
  }
  return out;
}

}  // namespace kehoach
