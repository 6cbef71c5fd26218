// Recording progress (`kehoach done`): one entry of a progress file set or removed by editing the
// file's text at the positions the progress loader gives, so that the user's comments, order and
// layout stay as they were. Nothing here reads files or the clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"
#include "kehoach/progress.hpp"

namespace kehoach {

/// The item id that names the plan's report due (`reporting.due`) in `kehoach done`.
inline constexpr std::string_view reporting_item = "reporting";

/// What to record for one item.
struct ProgressChange {
  std::string id;  ///< the task's or duty's id, or `reporting_item` for the report due
  std::optional<int> occurrence;  ///< one occurrence (1-based) of a repeating deadline
  bool undo = false;              ///< remove the entry instead of setting it
  ProgressStatus status = ProgressStatus::done;
  Date date;         ///< the day of the status
  std::string note;  ///< empty: keep the note the entry has, if any
};

/// The progress file's new text, or why it cannot be edited.
struct ProgressEdit {
  std::string text;
  std::optional<Message> error;
};

/// Applies `change` to the progress file `text` (empty: a new file is written). The text must
/// load without errors; an entry replaced keeps its key line's comment and the comment lines
/// inside it, everything else is kept byte for byte (CRLF line ends too).
[[nodiscard]] ProgressEdit edit_progress(std::string_view text, const ProgressChange& change);

/// Whether `plan` has a task or duty with this id.
[[nodiscard]] bool plan_has_item(const Plan& plan, std::string_view id);

/// The deadline of the task or duty with this id (or of the report, for `reporting`), or nullptr.
[[nodiscard]] const DueField* item_due(const Plan& plan, std::string_view id);

/// The ids of `plan`'s tasks and duties nearest to `id` (at most three, closest first), for a
/// "did you mean" hint.
[[nodiscard]] std::vector<std::string> nearest_item_ids(const Plan& plan, std::string_view id);

}  // namespace kehoach
