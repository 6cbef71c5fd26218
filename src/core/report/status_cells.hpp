// The cells of the roll-up, worded once for every format (text, Markdown, CSV, HTML).
// Internal to the status module.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/status.hpp"

namespace kehoach::status_cells {

/// A column of the units table: its header and the widest a text cell may be (0 = no limit).
struct UnitColumn {
  std::string header;
  std::size_t cap = 0;
};

/// One figure of the summary.
struct SummaryLine {
  std::string_view key;  ///< as in JSON: expected, with_plan…
  std::string label;
  int value = 0;
};

/// `parts` joined with `separator`.
[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view separator);
/// "Tình hình gửi kế hoạch thực hiện Kế hoạch 25/KH-UBND của UBND tỉnh Tây Ninh".
[[nodiscard]] std::string title(const StatusReport& r, Lang lang);
/// The summary figures with their labels, in the order they are shown.
[[nodiscard]] std::vector<SummaryLine> summary_lines(const StatusReport& r, Lang lang);
/// The columns of the units table.
[[nodiscard]] std::vector<UnitColumn> unit_columns(Lang lang);
/// One unit's cells, in the order of `unit_columns`.
[[nodiscard]] std::vector<std::string> unit_cells(const UnitStatus& u, Lang lang);
/// The state labels of a unit joined, with "ngoài danh sách" for a plan the list does not name.
[[nodiscard]] std::string states(const UnitStatus& u, Lang lang);
/// The headers of the parent's deadlines table.
[[nodiscard]] std::vector<std::string> deadline_headers(Lang lang);
/// A parent deadline's due date, with its round for a deadline with several ("30/06/2026 (lần
/// 1/2)").
[[nodiscard]] std::string deadline_due(const ParentDeadline& d, Lang lang);
/// Whose progress the parent's deadlines are counted from: each unit's own, not the parent's.
[[nodiscard]] std::string record_note(Lang lang);
/// The note naming the units' progress files with errors, or empty.
[[nodiscard]] std::string progress_errors_note(const StatusReport& r, Lang lang);
/// A parent deadline's item: its title and id.
[[nodiscard]] std::string deadline_item(const ParentDeadline& d);
/// Level labels joined with commas.
[[nodiscard]] std::string levels(const std::vector<Level>& levels, Lang lang);
/// "Tính đến ngày: 30/09/2026".
[[nodiscard]] std::string as_of_line(const StatusReport& r, Lang lang);
/// The note on the parent's items for the units that give no day, or empty.
[[nodiscard]] std::string undated_note(const StatusReport& r, Lang lang);
/// The note on plans of the set that implement something else, or empty.
[[nodiscard]] std::string unlinked_note(const StatusReport& r, Lang lang);
/// The first `width` characters of `text` (0: all), the last one `…` when it is cut.
[[nodiscard]] std::string cut(const std::string& text, std::size_t width);
/// The key of a report state: none, done, overdue, pending.
[[nodiscard]] std::string_view report_key(ReportState state);

}  // namespace kehoach::status_cells
