// Dates and years written inside a text ("vào ngày 15/5/2026", "ngày 10 tháng 9 năm 2026",
// "năm 2025", "tháng 8/2026"), and whether one belongs to a law or a cited document rather
// than to the plan: the one reading the rollover's edits and validate's leftover-year check
// (KH140, KH141) share.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"

namespace kehoach {

enum class TokenType { numeric, iso, words, year };

/// A date or a year found in a text, as bytes [begin, end) of it.
struct Token {
  TokenType type = TokenType::year;
  std::size_t begin = 0;
  std::size_t end = 0;
  Date date;  // numeric, iso, words
  int year = 0;
  // numeric and words: the spans of day, month, year digits (for rewriting as written)
  std::size_t spans[3][2] = {{0, 0}, {0, 0}, {0, 0}};
};

/// Every date ("d/m/yyyy", "d.m.yyyy", "d-m-yyyy", "yyyy-mm-dd", "d tháng m năm yyyy") and
/// every other four-figure year from 1900 to 2100 in `s`, in order.
[[nodiscard]] std::vector<Token> scan(std::string_view s);

/// True when the clause around `at` names a law or a document ("Luật Đất đai năm 2024", "Nghị
/// quyết … ban hành năm 2024"); the clause starts after the last punctuation or at `floor`.
[[nodiscard]] bool names_a_law(std::string_view s, std::size_t at, std::size_t floor);

/// The year of an act's number ("59/2012/NĐ-CP"): it keeps its year.
[[nodiscard]] bool act_number(std::string_view s, const Token& token);

/// True when `token` is the date of the act whose number `previous` ends ("Nghị định số
/// 80/2025/NĐ-CP ngày 01/4/2025").
[[nodiscard]] bool act_date(std::string_view s, const Token* previous, const Token& token);

/// True when token `i` of `tokens` (scanned from `s`) is a law's or a cited document's date or
/// year, not the plan's.
[[nodiscard]] bool cited(std::string_view s, const std::vector<Token>& tokens, std::size_t i);

/// True when the date at `at` is the day something took or takes effect ("có hiệu lực từ
/// 01/07/2025").
[[nodiscard]] bool effective_date(std::string_view s, std::size_t at);

/// Whether "năm " is written just before `at`.
[[nodiscard]] bool preceded_by_year_word(std::string_view s, std::size_t at);

/// A token as a mark quotes it: a year with the word or the month before it ("năm 2025",
/// "8/2025"), a date as written.
[[nodiscard]] std::string_view shown_token(std::string_view s, const Token& token);

/// "tháng 6/2025", "Quý I/2025": a month or a quarter before the slash at `at` - 1.
[[nodiscard]] bool month_or_quarter_slash(std::string_view s, std::size_t at);

/// A range or a list of two years that the year at [begin, end) of `s` is one end of
/// ("2025-2026", "2025 – 2026", "2025 và 2026", "2025, 2026", "năm 2025 đến năm 2026"): its first
/// byte and the end of it, and both years; nullopt when the year stands alone.
struct YearRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  int first = 0;
  int last = 0;
};
[[nodiscard]] std::optional<YearRange> year_range(std::string_view s, std::size_t begin,
                                                  std::size_t end);

}  // namespace kehoach
