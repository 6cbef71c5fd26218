// How `kehoach new --parent` carries a parent's dated deadline into the child plan (internal to
// the core library): each round of the deadline `--lead-days` earlier, the phrase that says
// so, and the task's title with the dates it repeats rewritten, or left alone when that cannot
// be done truly.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"

namespace kehoach {

/// A date written in a text: "30/9/2026" (or with '.' or '-') or "30 tháng 9 năm 2026".
struct WrittenDate {
  std::size_t begin = 0;  ///< byte offsets of the date itself, without "ngày"
  std::size_t end = 0;
  Date date;
};

/// The real dates written in `text`, in order.
[[nodiscard]] std::vector<WrittenDate> dates_written_in(std::string_view text);

/// One round (đợt) of a parent's deadline and the child's deadline for it.
struct CarriedRound {
  std::optional<Date> start;  ///< the parent round's first day, when it has one
  Date parent_due;            ///< the parent round's last day
  Date child_due;             ///< the child's: `--lead-days` earlier, on a working day
};

/// The child's deadline phrase for `rounds` (in date order, at least one):
/// "chậm nhất ngày 23/06/2026"; with rounds, "Đợt 1: chậm nhất ngày 23/06/2026; Đợt 2: chậm
/// nhất ngày 24/12/2026" when `numbered` (the parent writes "đợt"), else "chậm nhất ngày
/// 12/06/2026 và chậm nhất ngày 13/11/2026". parse_due reads each back to the child's dates.
[[nodiscard]] std::string carried_phrase(const std::vector<CarriedRound>& rounds, bool numbered);

/// A title rewritten for the child's deadlines.
struct Retitled {
  std::string text;  ///< the title to write: rewritten, or as the parent wrote it
  /// Set when the title was left as the parent wrote it although it names a date the child's
  /// deadline contradicts: the dates it names, "01/07/2026, 30/09/2026".
  std::string left_alone;
};

/// `title` with each date that a round of the parent's deadline comes from, written as a deadline
/// (after "trước", "chậm nhất", "hạn" or "hoàn thành", or as a range's end), replaced by the
/// child's date for that round ("trước ngày 15/6/2026" and "chậm nhất ngày 15/6/2026" become
/// "chậm nhất ngày 12/06/2026"); a range's first day, dates the deadline does not name and dates
/// not written as a deadline ("Ngày Pháp luật Việt Nam 09/11/2026") are kept. When a kept date
/// would then contradict the child's deadline (a range ending on or before its first day, a date
/// after the child's last deadline), nothing is replaced and `left_alone` says which dates the
/// title names.
[[nodiscard]] Retitled retitle(std::string_view title, const std::vector<CarriedRound>& rounds);

}  // namespace kehoach
