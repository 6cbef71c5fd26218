// What `kehoach done` says besides "recorded": the occurrences a record for the whole item
// closes, the record it finds already written, and why it refuses a day for one occurrence.
#pragma once

#include <cstddef>
#include <string>

#include "kehoach/date.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"
#include "kehoach/progress.hpp"

namespace kehoach::cli {

/// The lines after the confirmation of a record for the whole item of `due`, which falls due
/// two times or more: every occurrence it closes with its due date, and how late each is.
[[nodiscard]] std::string closed_occurrences_text(const std::string& plan, const std::string& id,
                                                  const DueField& due, const Date& done, Lang lang);

/// ", xong muộn 6 ngày (hạn 27/02/2026)" when `progress`, just written, has item `id` (occurrence
/// `occurrence`, or 0 for a deadline that falls due once) done after its due date, judged as
/// `deadlines` and `progress` judge it; empty when it is on time, undated or not done.
[[nodiscard]] std::string late_words(const Plan& plan, const ProgressFile& progress,
                                     const std::string& id, std::size_t occurrence, Lang lang);

/// A recorded entry in words: "đã xong ngày 10/05/2026, ghi chú “Báo cáo 9/BC”".
[[nodiscard]] Message record_words(const ProgressEntry& entry);

/// Why `date` cannot be the day occurrence `n` of `id`'s deadline was done: it is before that
/// occurrence opens (`opens`); names the occurrence the day falls in when it is another.
[[nodiscard]] Message before_occurrence_message(const std::string& id, const DueField& due,
                                                std::size_t n, const Date& opens, const Date& date);

/// Why `date` cannot be the day `id` was done: its deadline, a single range, starts on `start`.
[[nodiscard]] Message before_start_message(const std::string& id, const DueField& due,
                                           const Date& start, const Date& date);

}  // namespace kehoach::cli
