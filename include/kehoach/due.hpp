// Deadline phrases (thời hạn): the forms officials write, read into typed dates.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// The outcome of reading a phrase: a Deadline, or why the phrase could not be read.
struct DueResult {
  std::optional<Deadline> deadline;  ///< set when the phrase was read
  Message error;                     ///< set when it was not: why, in both languages
  bool needs_year = false;           ///< it failed only for want of a year (plan_year was 0)
  /// It failed for words before "trước" that count back from the day after it ("05 ngày làm
  /// việc trước ngày 15/12") or deny it ("không trước ngày …").
  bool counted_back = false;
  /// Tokens the reader looked at: it reads in time near-linear in the phrase's length, and the
  /// unit tests hold it to that with this count rather than with a clock.
  std::size_t steps = 0;

  [[nodiscard]] bool ok() const { return deadline.has_value(); }
};

/// The longest phrase read, in characters (code points). Real phrases are under 200 characters
/// (the longest of the 1,743 in the repository's examples and tests is 137, an event-relative
/// sentence); 1,000 leaves room for any phrase someone writes, and a longer one is text pasted
/// into the wrong field.
inline constexpr std::size_t max_phrase_chars = 1000;

/// Reads a deadline phrase. `plan_year` supplies the year when the phrase has none
/// (0 = no plan year: such a phrase is then an error). Input may be NFC or NFD.
/// Event-relative phrases read as DueKind::event with no dates (not an error);
/// impossible dates (31/02) and unrecognised text are errors. Every date a phrase holds is read
/// or the phrase is an error: labels before its deadlines ("báo cáo năm trước ngày 15/11") are
/// skipped, a qualifier after them ("theo quy định") becomes the note, and words left unread
/// that name a date, or a list the plan year would run back in time, are errors that give the
/// character where they start. So are a phrase longer than
/// `max_chars` characters and a phrase holding an invisible character (zero-width space, soft
/// hyphen, BOM, ...): the error names it and its position. Spaces of other widths (no-break,
/// narrow no-break, thin) read as spaces.
[[nodiscard]] DueResult parse_due(std::string_view phrase, int plan_year,
                                  std::size_t max_chars = max_phrase_chars);

/// `phrase` as messages quote it: whole up to `max_phrase_chars` characters, else its first 60
/// characters and "…", so that a diagnostic about a 100 KB phrase stays one line.
[[nodiscard]] std::string phrase_for_message(std::string_view phrase);

}  // namespace kehoach
