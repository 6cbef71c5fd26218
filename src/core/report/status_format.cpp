// The roll-up as text, Markdown, JSON and CSV (the HTML page is in status_html.cpp).
#include <fmt/format.h>

#include <algorithm>

#include "kehoach/deadlines.hpp"
#include "kehoach/json.hpp"
#include "kehoach/status.hpp"
#include "kehoach/text.hpp"
#include "report/status_cells.hpp"

namespace kehoach {

namespace status_cells {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string title(const StatusReport& r, Lang lang) {
  const bool vi = lang == Lang::vi;
  const std::string plan = r.parent_number.empty() || r.parent_number.front() == '/'
                               ? std::string(vi ? "(dự thảo)" : "(draft)")
                               : r.parent_number;
  return vi ? fmt::format("Tình hình gửi kế hoạch thực hiện Kế hoạch {} của {}", plan,
                          r.parent_issuer)
            : fmt::format("Plans sent under plan {} of {}", plan, r.parent_issuer);
}

std::vector<SummaryLine> summary_lines(const StatusReport& r, Lang lang) {
  const bool vi = lang == Lang::vi;
  const StatusSummary& s = r.summary;
  std::vector<SummaryLine> out{
      {"expected", vi ? "Đơn vị phải gửi kế hoạch" : "Units expected", s.expected},
      {"with_plan", vi ? "Đã gửi kế hoạch" : "With a plan", s.with_plan},
      {"on_time", vi ? "Ban hành đúng hạn" : "Issued on time", s.on_time},
      {"fully_covered", vi ? "Thực hiện đủ nhiệm vụ cấp trên giao" : "Carrying every assigned task",
       s.fully_covered},
      {"with_overdue", vi ? "Có việc quá hạn" : "With overdue items", s.with_overdue},
      {"reported", vi ? "Đã báo cáo" : "Reported", s.reported},
  };
  if (!r.units_file.empty()) {
    out.push_back({"unlisted",
                   vi ? "Kế hoạch của đơn vị ngoài danh sách" : "Plans of units not listed",
                   s.unlisted});
  }
  if (s.unreadable > 0) {
    out.push_back(
        {"unreadable", vi ? "Kế hoạch không đọc được" : "Plans that cannot be read", s.unreadable});
  }
  return out;
}

std::string level(const UnitStatus& u, Lang lang) {
  return u.level ? std::string(level_label(*u.level, lang)) : "—";
}

std::string plan_status(const UnitStatus& u, Lang lang) {
  const bool vi = lang == Lang::vi;
  if (!u.has_plan) return vi ? "chưa gửi" : "none";
  if (!u.readable) return vi ? "có lỗi" : "broken";
  if (u.issued_after) return vi ? "chưa ban hành" : "not yet issued";
  if (u.plan_status == Status::issued) return vi ? "đã ban hành" : "issued";
  return vi ? "dự thảo" : "draft";
}

std::string issued(const UnitStatus& u) { return u.issued ? u.issued->dmy() : "—"; }

std::string timing(const UnitStatus& u, Lang lang) {
  const bool vi = lang == Lang::vi;
  if (!u.subplan_deadline) return "—";
  const std::string due = u.subplan_deadline->dmy();
  if (u.issued_late) {
    return vi ? fmt::format("muộn {} ngày (hạn {})", u.days_late, due)
              : fmt::format("{} day{} late (due {})", u.days_late, u.days_late == 1 ? "" : "s",
                            due);
  }
  if (u.readable && u.issued_by_as_of()) {
    return vi ? fmt::format("đúng hạn (hạn {})", due) : fmt::format("on time (due {})", due);
  }
  return vi ? fmt::format("chưa đến hạn (hạn {})", due) : fmt::format("not yet due ({})", due);
}

std::string coverage(const UnitStatus& u) {
  if (!u.readable) return "—";
  return fmt::format("{}/{}/{}", u.covered, u.late, u.missing);
}

std::string overdue(const UnitStatus& u) { return u.readable ? fmt::format("{}", u.overdue) : "—"; }

std::string report(const UnitStatus& u, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::string due = u.report_due ? u.report_due->dmy() : std::string("?");
  // Held to the parent's earlier deadline rather than the unit's own.
  if (u.report_due_by_parent) due += vi ? " của cấp trên" : ", the parent's";
  switch (u.report) {
    case ReportState::none: return "—";
    case ReportState::done:
      if (u.report_days_late > 0 && u.report_date) {
        return vi ? fmt::format("báo cáo muộn {} ngày (gửi {}, hạn {})", u.report_days_late,
                                u.report_date->dmy(), due)
                  : fmt::format("report {} day{} late (sent {}, due {})", u.report_days_late,
                                u.report_days_late == 1 ? "" : "s", u.report_date->dmy(), due);
      }
      return u.report_date ? (vi ? "đã báo cáo " : "sent ") + u.report_date->dmy()
                           : std::string(vi ? "đã báo cáo" : "sent");
    case ReportState::cancelled: return vi ? "đã hủy" : "cancelled";
    case ReportState::overdue:
      return vi ? fmt::format("quá hạn (hạn {})", due) : fmt::format("overdue (due {})", due);
    case ReportState::pending:
      return vi ? fmt::format("chưa đến hạn (hạn {})", due) : fmt::format("not yet due ({})", due);
  }
  return "—";
}

std::string_view report_key(ReportState state) {
  switch (state) {
    case ReportState::none: return "none";
    case ReportState::done: return "done";
    case ReportState::cancelled: return "cancelled";
    case ReportState::overdue: return "overdue";
    case ReportState::pending: return "pending";
  }
  return "none";
}

std::string findings(const UnitStatus& u) {
  if (!u.has_plan) return "—";
  return fmt::format("{}/{}", u.errors, u.warnings);
}

std::string file(const UnitStatus& u, Lang lang) {
  if (!u.has_plan) return lang == Lang::vi ? "(chưa gửi)" : "(none)";
  return u.file;
}

std::string name(const UnitStatus& u, Lang lang) {
  if (!u.name.empty()) return u.name;
  return lang == Lang::vi ? "(không rõ)" : "(unknown)";
}

std::string states(const UnitStatus& u, Lang lang) {
  std::vector<std::string> labels = unit_state_labels(u, lang);
  if (!u.listed && u.has_plan) {
    labels.emplace_back(lang == Lang::vi ? "ngoài danh sách" : "not in the list");
  }
  return join(labels, "; ");
}

std::string levels(const std::vector<Level>& levels, Lang lang) {
  std::vector<std::string> names;
  for (const Level l : levels) names.emplace_back(level_label(l, lang));
  return join(names, ", ");
}

std::vector<UnitColumn> unit_columns(Lang lang) {
  const bool vi = lang == Lang::vi;
  return {
      {vi ? "Đơn vị" : "Unit", 34},
      {vi ? "Cấp" : "Level", 0},
      {vi ? "Kế hoạch" : "Plan", 0},
      {vi ? "Trạng thái" : "Status", 0},
      {vi ? "Ban hành" : "Issued", 0},
      {vi ? "Hạn ban hành" : "Deadline to issue", 0},
      {vi ? "Nhiệm vụ đủ/muộn/thiếu" : "Tasks ok/late/missing", 0},
      {vi ? "Quá hạn" : "Overdue", 0},
      {vi ? "Báo cáo" : "Report", 0},
      {vi ? "Lỗi/cảnh báo" : "Errors/warnings", 0},
      {vi ? "Tình trạng" : "State", 0},
  };
}

std::vector<std::string> unit_cells(const UnitStatus& u, Lang lang) {
  return {name(u, lang),   level(u, lang),  file(u, lang),  plan_status(u, lang),
          issued(u),       timing(u, lang), coverage(u),    overdue(u),
          report(u, lang), findings(u),     states(u, lang)};
}

std::vector<std::string> deadline_headers(Lang lang) {
  const bool vi = lang == Lang::vi;
  return {vi ? "Hạn" : "Due",         vi ? "Việc" : "Item", vi ? "Cấp" : "Levels",
          vi ? "Xong" : "Done",       vi ? "Muộn" : "Late", vi ? "Chưa đến hạn" : "Open",
          vi ? "Đã hủy" : "Cancelled"};
}

std::string deadline_due(const ParentDeadline& d, Lang lang) {
  if (d.occurrences < 2) return d.due.dmy();
  return lang == Lang::vi
             ? fmt::format("{} (lần {}/{})", d.due.dmy(), d.occurrence, d.occurrences)
             : fmt::format("{} (time {} of {})", d.due.dmy(), d.occurrence, d.occurrences);
}

std::string record_note(Lang lang) {
  return lang == Lang::vi
             ? "Số đơn vị xong, muộn, chưa đến hạn, đã hủy tính theo tiến độ mỗi đơn vị ghi bên "
               "kế hoạch của mình, không theo tệp tiến độ của kế hoạch cấp trên."
             : "Done, late, open and cancelled count the progress each unit records beside its "
               "own plan, not the parent plan's progress file.";
}

std::string progress_errors_note(const StatusReport& r, Lang lang) {
  std::vector<std::string> files;
  for (const auto& u : r.units) {
    if (!u.progress_errors.empty()) files.push_back(u.progress_errors);
  }
  if (files.empty()) return {};
  return lang == Lang::vi
             ? fmt::format(
                   "Tệp tiến độ có lỗi (xem `kehoach validate`): {}. Các việc có tiến độ ghi lỗi "
                   "được coi là chưa xong.",
                   join(files, ", "))
             : fmt::format(
                   "Progress files with errors (see `kehoach validate`): {}. Items whose "
                   "progress is written in error count as not done.",
                   join(files, ", "));
}

std::string deadline_item(const ParentDeadline& d) {
  return d.id.empty() ? d.title : fmt::format("{} ({})", d.title, d.id);
}

std::string as_of_line(const StatusReport& r, Lang lang) {
  return fmt::format("{}: {}", lang == Lang::vi ? "Tính đến ngày" : "As of", r.as_of.dmy());
}

std::string undated_note(const StatusReport& r, Lang lang) {
  if (r.undated_deadlines == 0) return {};
  return lang == Lang::vi
             ? fmt::format(
                   "Ngoài ra {} việc cấp trên giao không có ngày cụ thể (thường xuyên, "
                   "theo sự kiện): không tính được đúng hạn hay muộn.",
                   r.undated_deadlines)
             : fmt::format(
                   "Besides, {} item{} the parent assigns {} no day (ongoing, "
                   "event-relative): not counted as done or late.",
                   r.undated_deadlines, r.undated_deadlines == 1 ? "" : "s",
                   r.undated_deadlines == 1 ? "has" : "have");
}

std::string unlinked_sentence(const StatusReport& r, Lang lang);

std::string unlinked_note(const StatusReport& r, Lang lang) {
  std::string other;
  if (!r.other_year_files.empty()) {
    std::string files;
    for (const auto& f : r.other_year_files) files += (files.empty() ? "" : ", ") + display_name(f);
    const std::size_t n = r.other_year_files.size();
    other = lang == Lang::vi
                ? fmt::format("{} kế hoạch của năm khác (không phải năm {}) không được tính: {}.",
                              n, r.year, files)
                : fmt::format("{} plan{} for another year than {} not counted: {}.", n,
                              n == 1 ? "" : "s", r.year, files);
  }
  if (r.unlinked == 0) return other;
  return (other.empty() ? std::string() : other + " ") + unlinked_sentence(r, lang);
}

std::string unlinked_sentence(const StatusReport& r, Lang lang) {
  return lang == Lang::vi
             ? fmt::format(
                   "{} kế hoạch khác trong các tệp đã cho không thực hiện kế hoạch này "
                   "(như kế hoạch cấp xã thực hiện kế hoạch cấp huyện): không được tính.",
                   r.unlinked)
             : fmt::format(
                   "{} other plan{} among the files given {} not implement this plan "
                   "(such as commune plans under a district plan): not counted.",
                   r.unlinked, r.unlinked == 1 ? "" : "s", r.unlinked == 1 ? "does" : "do");
}

// The first `width` characters of `text`, the last one `…` when it is cut.
std::string cut(const std::string& text, std::size_t width) {
  if (width == 0 || display_width(text) <= width) return text;
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts && ++chars == width) break;
    out.push_back(text[i]);
  }
  return out + "…";
}

}  // namespace status_cells

namespace {

using namespace status_cells;

std::string one_line(std::string_view text) {
  std::string out(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
  return out;
}

// Columns aligned by characters, two spaces apart, without trailing spaces.
std::string aligned(const std::vector<UnitColumn>& columns,
                    const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> head;
  for (const auto& c : columns) head.push_back(c.header);
  cells.push_back(head);
  for (const auto& row : rows) {
    std::vector<std::string> line;
    for (std::size_t c = 0; c < row.size(); ++c)
      line.push_back(cut(one_line(row[c]), columns[c].cap));
    cells.push_back(std::move(line));
  }
  std::vector<std::size_t> widths(columns.size(), 0);
  for (const auto& line : cells) {
    for (std::size_t c = 0; c < line.size(); ++c) {
      widths[c] = std::max(widths[c], display_width(line[c]));
    }
  }
  std::string out;
  for (const auto& line : cells) {
    std::string text = "  ";
    for (std::size_t c = 0; c < line.size(); ++c) {
      text += line[c];
      if (c + 1 < line.size()) text += std::string(widths[c] - display_width(line[c]) + 2, ' ');
    }
    while (text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  return out;
}

std::string md_row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += " " + markdown_cell(c) + " |";
  return out + "\n";
}

std::string md_table(const std::vector<std::string>& headers,
                     const std::vector<std::vector<std::string>>& rows) {
  std::string out = md_row(headers) + "|";
  for (std::size_t i = 0; i < headers.size(); ++i) out += " --- |";
  out += "\n";
  for (const auto& row : rows) out += md_row(row);
  return out;
}

std::vector<std::string> deadline_cells(const ParentDeadline& d, Lang lang) {
  return {deadline_due(d, lang),         deadline_item(d),          levels(d.levels, lang),
          fmt::format("{}", d.done),     fmt::format("{}", d.late), fmt::format("{}", d.open),
          fmt::format("{}", d.cancelled)};
}

std::string json_date(const std::optional<Date>& d) {
  return d ? json_quote(d->iso()) : std::string("null");
}

std::string json_strings(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += (i ? ", " : "") + json_quote(items[i]);
  }
  return out + "]";
}

}  // namespace

std::string render_status_text(const StatusReport& r, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::string out = title(r, lang) + "\n";
  out += fmt::format("{}: {}\n", vi ? "Kế hoạch cấp trên" : "Parent plan", r.parent_file);
  if (!r.units_file.empty()) {
    out += fmt::format("{}: {}\n", vi ? "Danh sách đơn vị" : "Units file", r.units_file);
  }
  out += as_of_line(r, lang) + "\n\n";
  out += vi ? "Tổng hợp:\n" : "Summary:\n";
  const auto lines = summary_lines(r, lang);
  std::size_t width = 0;
  for (const auto& line : lines) width = std::max(width, display_width(line.label));
  for (const auto& line : lines) {
    out += fmt::format("  {}{}  {}\n", line.label,
                       std::string(width - display_width(line.label), ' '), line.value);
  }
  out += fmt::format("\n{} ({}):\n", vi ? "Đơn vị" : "Units", r.units.size());
  if (r.units.empty()) {
    out += vi ? "  Không có kế hoạch cấp dưới nào thực hiện kế hoạch này.\n"
              : "  No plan implements this plan.\n";
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& u : r.units) rows.push_back(unit_cells(u, lang));
    out += aligned(unit_columns(lang), rows);
  }
  out +=
      fmt::format("\n{} ({}):\n",
                  vi ? "Thời hạn cấp trên giao cho cấp dưới" : "The parent's deadlines for units",
                  r.deadlines.size());
  if (r.deadlines.empty()) {
    out += vi ? "  Không có thời hạn nào có ngày cụ thể.\n" : "  No deadline with a date.\n";
  } else {
    std::vector<UnitColumn> columns;
    for (const auto& h : deadline_headers(lang)) columns.push_back({h, 0});
    columns[1].cap = 60;
    std::vector<std::vector<std::string>> rows;
    for (const auto& d : r.deadlines) rows.push_back(deadline_cells(d, lang));
    out += aligned(columns, rows);
    out += "  " + record_note(lang) + "\n";
  }
  if (const auto note = undated_note(r, lang); !note.empty()) out += "  " + note + "\n";
  if (const auto note = unlinked_note(r, lang); !note.empty()) out += "\n" + note + "\n";
  if (const auto note = progress_errors_note(r, lang); !note.empty()) out += "\n" + note + "\n";
  return out;
}

std::string render_status_markdown(const StatusReport& r, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::string out = "# " + markdown_cell(title(r, lang)) + "\n\n";
  out += fmt::format("- {}: `{}`\n", vi ? "Kế hoạch cấp trên" : "Parent plan", r.parent_file);
  if (!r.units_file.empty()) {
    out += fmt::format("- {}: `{}`\n", vi ? "Danh sách đơn vị" : "Units file", r.units_file);
  }
  out += "- " + as_of_line(r, lang) + "\n\n";
  out += vi ? "## Tổng hợp\n\n" : "## Summary\n\n";
  std::vector<std::vector<std::string>> summary;
  for (const auto& line : summary_lines(r, lang)) {
    summary.push_back({line.label, fmt::format("{}", line.value)});
  }
  out += md_table({vi ? "Chỉ tiêu" : "Figure", vi ? "Số đơn vị" : "Units"}, summary);
  out += vi ? "\n## Đơn vị\n\n" : "\n## Units\n\n";
  if (r.units.empty()) {
    out += vi ? "Không có kế hoạch cấp dưới nào thực hiện kế hoạch này.\n"
              : "No plan implements this plan.\n";
  } else {
    std::vector<std::string> headers;
    for (const auto& c : unit_columns(lang)) headers.push_back(c.header);
    std::vector<std::vector<std::string>> rows;
    for (const auto& u : r.units) rows.push_back(unit_cells(u, lang));
    out += md_table(headers, rows);
  }
  out += vi ? "\n## Thời hạn cấp trên giao cho cấp dưới\n\n" : "\n## The parent's deadlines\n\n";
  if (r.deadlines.empty()) {
    out += vi ? "Không có thời hạn nào có ngày cụ thể.\n" : "No deadline with a date.\n";
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& d : r.deadlines) rows.push_back(deadline_cells(d, lang));
    out += md_table(deadline_headers(lang), rows);
    out += "\n" + record_note(lang) + "\n";
  }
  if (const auto note = undated_note(r, lang); !note.empty()) out += "\n" + note + "\n";
  if (const auto note = unlinked_note(r, lang); !note.empty()) out += "\n" + note + "\n";
  if (const auto note = progress_errors_note(r, lang); !note.empty()) {
    out += "\n" + markdown_cell(note) + "\n";
  }
  return out;
}

std::string render_status_json(const StatusReport& r, Lang lang) {
  std::string out = "{\n";
  out += fmt::format(
      "  \"parent\": {{\"file\": {}, \"number\": {}, \"issuer\": {}, \"title\": {}, \"year\": "
      "{}}},\n",
      json_quote(r.parent_file), json_quote(r.parent_number), json_quote(r.parent_issuer),
      json_quote(r.parent_title), r.year);
  out += fmt::format("  \"as_of\": {},\n", json_quote(r.as_of.iso()));
  out += fmt::format("  \"units_file\": {},\n",
                     r.units_file.empty() ? "null" : json_quote(r.units_file));
  const StatusSummary& s = r.summary;
  out += fmt::format(
      "  \"summary\": {{\"expected\": {}, \"with_plan\": {}, \"on_time\": {}, "
      "\"fully_covered\": {}, \"with_overdue\": {}, \"reported\": {}, \"unlisted\": {}, "
      "\"unreadable\": {}, \"unlinked\": {}, \"undated_deadlines\": {}}},\n",
      s.expected, s.with_plan, s.on_time, s.fully_covered, s.with_overdue, s.reported, s.unlisted,
      s.unreadable, r.unlinked, r.undated_deadlines);
  out += "  \"units\": [";
  for (std::size_t i = 0; i < r.units.size(); ++i) {
    const UnitStatus& u = r.units[i];
    std::vector<std::string> keys;
    for (const auto k : unit_state_keys(u)) keys.emplace_back(k);
    std::string status = "null";
    if (u.plan_status) status = json_quote(*u.plan_status == Status::issued ? "issued" : "draft");
    out += fmt::format(
        "{}\n    {{\"name\": {}, \"level\": {}, \"listed\": {}, \"file\": {}, \"readable\": {}, "
        "\"status\": {}, \"issued\": {}, \"subplan_deadline\": {}, \"issued_late\": {}, "
        "\"days_late\": {}, \"covered\": {}, \"late\": {}, \"missing\": {}, "
        "\"not_applicable\": {}, \"overdue\": {}, \"report\": {}, \"report_due\": {}, "
        "\"report_date\": {}, \"errors\": {}, \"warnings\": {}, \"states\": {}, \"labels\": {}, "
        "\"report_late\": {}, \"report_days_late\": {}, \"progress_errors\": {}, "
        "\"progress_error_items\": {}, \"other_year_file\": {}, \"other_year\": {}, "
        "\"report_own_due\": {}, \"report_due_by_parent\": {}}}",
        i ? "," : "", json_quote(u.name),
        u.level ? json_quote(level_key(*u.level)) : std::string("null"), u.listed,
        u.has_plan ? json_quote(u.file) : std::string("null"), u.readable, status,
        json_date(u.issued), json_date(u.subplan_deadline), u.issued_late, u.days_late, u.covered,
        u.late, u.missing, u.not_applicable, u.overdue, json_quote(report_key(u.report)),
        json_date(u.report_due), json_date(u.report_date), u.errors, u.warnings, json_strings(keys),
        json_strings(unit_state_labels(u, lang)), u.report_days_late > 0, u.report_days_late,
        u.progress_errors.empty() ? std::string("null") : json_quote(u.progress_errors),
        u.progress_error_items,
        u.other_year_file.empty() ? std::string("null") : json_quote(u.other_year_file),
        u.other_year > 0 ? std::to_string(u.other_year) : std::string("null"),
        json_date(u.report_own_due), u.report_due_by_parent);
  }
  out += r.units.empty() ? "],\n" : "\n  ],\n";
  out += fmt::format("  \"other_year_files\": {},\n", json_strings(r.other_year_files));
  out += "  \"deadlines\": [";
  for (std::size_t i = 0; i < r.deadlines.size(); ++i) {
    const ParentDeadline& d = r.deadlines[i];
    std::vector<std::string> levels;
    for (const Level l : d.levels) levels.emplace_back(level_key(l));
    out += fmt::format(
        "{}\n    {{\"id\": {}, \"title\": {}, \"kind\": {}, \"due\": {}, \"levels\": {}, "
        "\"done\": {}, \"late\": {}, \"open\": {}, \"cancelled\": {}{}}}",
        i ? "," : "", json_quote(d.id), json_quote(d.title), json_quote(task_kind_key(d.kind)),
        json_quote(d.due.iso()), json_strings(levels), d.done, d.late, d.open, d.cancelled,
        // "occurrence" and "occurrences" only on a round of a deadline that has several.
        d.occurrences > 1
            ? fmt::format(R"(, "occurrence": {}, "occurrences": {})", d.occurrence, d.occurrences)
            : std::string());
  }
  out += r.deadlines.empty() ? "]\n" : "\n  ]\n";
  out += "}\n";
  return out;
}

std::string render_status_csv(const StatusReport& r, Lang lang) {
  const bool vi = lang == Lang::vi;
  const std::vector<std::string> headers =
      vi ? std::vector<
               std::string>{"Đơn vị",      "Cấp",           "Trong danh sách",     "Tệp kế hoạch",
                            "Trạng thái",  "Ngày ban hành", "Hạn ban hành",        "Số ngày muộn",
                            "Nhiệm vụ đủ", "Nhiệm vụ muộn", "Nhiệm vụ thiếu",      "Việc quá hạn",
                            "Báo cáo",     "Hạn báo cáo",   "Ngày báo cáo",        "Lỗi",
                            "Cảnh báo",    "Tình trạng",    "Số ngày báo cáo muộn"}
         : std::vector<std::string>{"Unit",
                                    "Level",
                                    "Listed",
                                    "Plan file",
                                    "Status",
                                    "Issued",
                                    "Deadline to issue",
                                    "Days late",
                                    "Tasks covered",
                                    "Tasks late",
                                    "Tasks missing",
                                    "Overdue items",
                                    "Report",
                                    "Report due",
                                    "Report date",
                                    "Errors",
                                    "Warnings",
                                    "State",
                                    "Report days late"};
  std::string out = "\xEF\xBB\xBF";
  auto line = [&out](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + fields[i];
    out += "\r\n";
  };
  std::vector<std::string> head;
  for (const auto& h : headers) head.push_back(csv_text(h));
  line(head);
  auto date = [](const std::optional<Date>& d) { return d ? d->iso() : std::string(); };
  auto number = [](bool shown, long n) { return shown ? fmt::format("{}", n) : std::string(); };
  for (const auto& u : r.units) {
    line({csv_text(u.name), u.level ? std::string(level_key(*u.level)) : std::string(),
          u.listed ? (vi ? "có" : "yes") : (vi ? "không" : "no"), csv_text(u.file),
          csv_text(plan_status(u, lang)), date(u.issued), date(u.subplan_deadline),
          number(u.issued_late, u.days_late), number(u.readable, u.covered),
          number(u.readable, u.late), number(u.readable, u.missing), number(u.readable, u.overdue),
          std::string(report_key(u.report)), date(u.report_due), date(u.report_date),
          number(u.has_plan, u.errors), number(u.has_plan, u.warnings), csv_text(states(u, lang)),
          number(u.report_days_late > 0, u.report_days_late)});
  }
  return out;
}

}  // namespace kehoach
