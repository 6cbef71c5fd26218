#include "kehoach/progress_report.hpp"

#include <fmt/format.h>

#include <map>

#include "base/text_table.hpp"
#include "kehoach/json.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

std::optional<double> ProgressCounts::on_time_share() const {
  const std::size_t counted = items - cancelled;
  if (counted == 0) return std::nullopt;
  return static_cast<double>(done - done_late) / static_cast<double>(counted);
}

std::optional<int> ProgressCounts::on_time_percent() const {
  const auto share = on_time_share();
  if (!share) return std::nullopt;
  const std::size_t on_time = done - done_late;
  const std::size_t counted = items - cancelled;
  // Half up in whole numbers (23 of 40 is 57.5 %: 58 %), free of floating-point error.
  const int rounded = static_cast<int>((on_time * 200 + counted) / (counted * 2));
  // 199 of 200 on time is 99.5 %: shown 99 %, never 100 % while one item is not on time (nor
  // 0 % while one is).
  if (rounded == 100 && on_time < counted) return 99;
  if (rounded == 0 && on_time > 0) return 1;
  return rounded;
}

namespace {

// `ended`: an item of a district plan that the end of the district level keeps from being
// overdue (see ProgressReport::district_ended).
void count(ProgressCounts& c, const Obligation& o, const Date& as_of, bool ended) {
  ++c.items;
  if (o.progress_error) ++c.flagged;
  const auto due = o.due();
  if (o.open_on(as_of)) {
    // Not recorded done or cancelled by the as-of day (perhaps later: then it was open).
    // A deadline lasts through its day: due today is still open.
    if (due && *due < as_of && !ended) {
      ++c.overdue;
    } else {
      ++c.open;
    }
    return;
  }
  if (o.status == ProgressStatus::cancelled) {
    ++c.cancelled;
    return;
  }
  ++c.done;
  // The same test as the "xong muộn" of every `deadlines` format.
  if (o.done_late()) ++c.done_late;
}

std::string plan_name(const PlanSummary& p) { return p.issuer.empty() ? p.file : p.issuer; }

std::string share_text(const ProgressCounts& c) {
  const auto percent = c.on_time_percent();
  if (!percent) return "—";
  return fmt::format("{}%", *percent);
}

bool vi(Lang lang) { return lang == Lang::vi; }

std::string filter_line(const ProgressReport& r, Lang lang) {
  std::vector<std::string> parts;
  if (r.filter.year)
    parts.push_back(fmt::format(fmt::runtime(vi(lang) ? "năm {}" : "year {}"), *r.filter.year));
  if (!r.filter.agency.empty()) {
    parts.push_back(fmt::format("{} “{}”", vi(lang) ? "cơ quan" : "agency", r.filter.agency));
  }
  if (r.filter.level) {
    parts.push_back(
        fmt::format("{} {}", vi(lang) ? "cấp" : "level", level_label(*r.filter.level, lang)));
  }
  if (parts.empty()) return {};
  std::string out = vi(lang) ? "Lọc: " : "Filter: ";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
  return out;
}

std::vector<std::string> headers(const ProgressReport& r, Lang lang) {
  const bool v = vi(lang);
  return {r.by_plan ? (v ? "Kế hoạch" : "Plan") : (v ? "Cơ quan chủ trì" : "Lead agency"),
          v ? "Số việc" : "Items",
          v ? "Đã xong" : "Done",
          v ? "Xong muộn" : "Done late",
          v ? "Đang mở" : "Open",
          v ? "Quá hạn" : "Overdue",
          v ? "Đã hủy" : "Cancelled",
          v ? "Đúng hạn" : "On time"};
}

std::vector<std::string> cells(const ProgressCounts& c) {
  return {c.name,
          std::to_string(c.items),
          std::to_string(c.done),
          std::to_string(c.done_late),
          std::to_string(c.open),
          std::to_string(c.overdue),
          std::to_string(c.cancelled),
          share_text(c)};
}

std::string notes(const ProgressReport& r, Lang lang, std::size_t width = 0) {
  std::string out;
  const bool v = vi(lang);
  // A paragraph after a blank line; on a terminal, wrapped to its width as the table is fitted
  // to it.
  const auto paragraph = [&](const std::string& line) {
    if (width == 0) {
      out += line;
    } else {
      out += '\n';
      for (const auto& l : wrap(line, width)) out += l + '\n';
    }
  };
  if (r.shared > 0) {
    const std::string line =
        v ? fmt::format(
                "\n{} việc có nhiều cơ quan chủ trì được tính ở dòng của mỗi cơ quan; "
                "dòng tổng cộng tính mỗi việc một lần.\n",
                r.shared)
          : fmt::format(
                "\n{} {} led by several agencies {} counted in the row of each; the "
                "total counts each item once.\n",
                r.shared, r.shared == 1 ? "item" : "items", r.shared == 1 ? "is" : "are");
    paragraph(line);
  }
  if (r.district_ended > 0) {
    paragraph(fmt::format(
        fmt::runtime(
            v ? "\n{} việc chưa xong của kế hoạch cấp huyện, hoặc do cơ quan cấp huyện chủ trì, "
                "có hạn từ 01/07/2025 được tính là đang mở, không tính quá hạn: từ ngày đó không "
                "còn cấp huyện (xem `kehoach overdue`).\n"
              : "\n{} open items of district plans, or led by district bodies, due from "
                "01/07/2025 are counted open, not overdue: the district level ended that day "
                "(see `kehoach overdue`).\n"),
        r.district_ended));
  }
  if (r.unreadable > 0) {
    paragraph(fmt::format(
        fmt::runtime(v ? "\n{} việc có thời hạn không đọc được (lỗi trong kế hoạch, `kehoach "
                         "validate` chỉ rõ); việc chưa xong trong số đó được tính là đang mở vì "
                         "không biết ngày, có thể đã quá hạn.\n"
                       : "\n{} items have a deadline that cannot be read (an error in the plan; "
                         "`kehoach validate` shows it); those not done are counted open, their day "
                         "unknown: they may be overdue.\n"),
        r.unreadable));
  }
  if (r.total.flagged > 0) {
    out +=
        fmt::format(fmt::runtime(v ? "\n{} việc có tiến độ ghi lỗi, được tính là chưa xong.\n"
                                   : "\n{} items whose progress is in error count as not done.\n"),
                    r.total.flagged);
  }
  auto files = [](const std::vector<std::string>& list) {
    std::string names;
    for (const auto& f : list) names += (names.empty() ? "" : ", ") + f;
    return names;
  };
  if (!r.progress_errors.empty()) {
    out +=
        fmt::format(fmt::runtime(v ? "Tệp tiến độ có lỗi (xem thông báo lỗi): {}.\n"
                                   : "Progress files with errors (see the error messages): {}.\n"),
                    files(r.progress_errors));
  }
  if (!r.failed.empty()) {
    out += fmt::format(fmt::runtime(v ? "\nKhông đọc được, không được xét: {}.\n"
                                      : "\nCould not be read and left out: {}.\n"),
                       files(r.failed));
  }
  return out;
}

}  // namespace

ProgressReport summarise_progress(const DeadlineList& list, const Date& as_of, bool by_plan) {
  ProgressReport report;
  report.as_of = as_of;
  report.by_plan = by_plan;
  report.plans = list.plans;
  report.failed = list.failed;
  report.progress_errors = list.progress_errors;
  report.filter = list.filter;
  report.total.name = "Tổng";
  std::map<std::string, ProgressCounts> agencies;
  std::vector<ProgressCounts> plans(list.plans.size());
  for (std::size_t i = 0; i < list.plans.size(); ++i) {
    plans[i].name = plan_name(list.plans[i]);
    plans[i].file = list.plans[i].file;
  }
  auto add = [&](const Obligation& o) {
    // As `overdue` has it (find_overdue).
    const auto due = o.due();
    const bool ended = district_ended(o, list.plans[o.plan], as_of);
    if (ended) ++report.district_ended;
    if (!due && !o.reading) ++report.unreadable;
    count(report.total, o, as_of, ended);
    if (by_plan) {
      count(plans[o.plan], o, as_of, ended);
      return;
    }
    // A co-led item counts in the row of each of its lead agencies, and once in the total.
    std::vector<std::string> names = o.leads;
    if (names.empty()) names.push_back(o.lead.empty() ? o.agency : o.lead);
    if (names.size() > 1) ++report.shared;
    for (const auto& name : names) {
      auto [it, inserted] = agencies.try_emplace(fold_ascii(name));
      if (inserted) it->second.name = name;
      count(it->second, o, as_of, ended);
    }
  };
  for (const auto& o : list.dated) add(o);
  for (const auto& o : list.undated) add(o);
  if (by_plan) {
    for (auto& p : plans) {
      if (p.items > 0) report.rows.push_back(std::move(p));
    }
  } else {
    for (auto& [key, c] : agencies) report.rows.push_back(std::move(c));
  }
  return report;
}

std::string render_progress_text(const ProgressReport& r, Lang lang, std::size_t width,
                                 bool color) {
  const bool v = vi(lang);
  std::string out = fmt::format("{} {}\n", v ? "Tiến độ thực hiện tính đến ngày" : "Progress as of",
                                r.as_of.dmy());
  out += fmt::format("{} ({}):\n", v ? "Kế hoạch" : "Plans", r.plans.size());
  for (const auto& p : r.plans) {
    const std::string line = fmt::format("  {}: {}", p.file, plan_name(p));
    out += (width > 0 ? text_table::clip(line, width) : line) + "\n";
  }
  if (const auto f = filter_line(r, lang); !f.empty()) out += f + "\n";
  out += '\n';
  if (r.total.items == 0) {
    out += v ? "Không có việc nào có thời hạn.\n" : "No item with a deadline.\n";
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : r.rows) rows.push_back(cells(c));
    ProgressCounts total = r.total;
    total.name = v ? "Tổng cộng" : "Total";
    rows.push_back(cells(total));
    std::vector<text_table::Column> columns;
    const auto names = headers(r, lang);
    for (std::size_t i = 0; i < names.size(); ++i) columns.push_back({names[i], i == 0});
    // Columns: name, items, done, done late, open, overdue, cancelled, share.
    const auto style = [&](std::size_t row, std::size_t column) -> std::string_view {
      if (!color || rows[row][column] == "0") return {};
      if (column == 2) return "\x1b[32m";
      if (column == 3 || column == 5) return "\x1b[31m";
      return {};
    };
    out += text_table::render(columns, rows, "", width, style);
  }
  out += notes(r, lang, width);
  return out;
}

std::string render_progress_markdown(const ProgressReport& r, Lang lang) {
  const bool v = vi(lang);
  std::string out = fmt::format(
      "# {} {}\n\n", v ? "Tiến độ thực hiện tính đến ngày" : "Progress as of", r.as_of.dmy());
  out += fmt::format("{} ({}):\n\n", v ? "Kế hoạch" : "Plans", r.plans.size());
  for (const auto& p : r.plans) {
    out += fmt::format("- `{}`: {}\n", p.file, markdown_cell(plan_name(p)));
  }
  if (const auto f = filter_line(r, lang); !f.empty()) out += "\n" + f + "\n";
  out += '\n';
  if (r.total.items == 0) {
    out += v ? "Không có việc nào có thời hạn.\n" : "No item with a deadline.\n";
  } else {
    const auto names = headers(r, lang);
    out += "|";
    for (const auto& n : names) out += " " + n + " |";
    out += "\n| --- |";
    for (std::size_t i = 1; i < names.size(); ++i) out += " ---: |";
    out += "\n";
    ProgressCounts total = r.total;
    total.name = v ? "**Tổng cộng**" : "**Total**";
    auto row = [&](const ProgressCounts& c, bool escape) {
      const auto cs = cells(c);
      out += "|";
      for (std::size_t i = 0; i < cs.size(); ++i) {
        out += " " + (i == 0 && escape ? markdown_cell(cs[i]) : cs[i]) + " |";
      }
      out += "\n";
    };
    for (const auto& c : r.rows) row(c, true);
    row(total, false);
  }
  out += notes(r, lang);
  return out;
}

std::string render_progress_json(const ProgressReport& r, Lang /*lang*/) {
  auto counts = [](const ProgressCounts& c) {
    const auto share = c.on_time_share();
    return fmt::format(
        R"("items": {}, "done": {}, "done_late": {}, "open": {}, "overdue": {}, "cancelled": {}, "flagged": {}, "on_time_share": {})",
        c.items, c.done, c.done_late, c.open, c.overdue, c.cancelled, c.flagged,
        share ? fmt::format("{:.4f}", *share) : std::string("null"));
  };
  auto strings = [](const std::vector<std::string>& list) {
    std::string out = "[";
    for (std::size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + json_quote(list[i]);
    return out + "]";
  };
  std::string out = "{\n";
  out += fmt::format("  \"as_of\": {},\n", json_quote(r.as_of.iso()));
  out += fmt::format("  \"by\": \"{}\",\n", r.by_plan ? "plan" : "agency");
  out += fmt::format("  \"year\": {},\n",
                     r.filter.year ? std::to_string(*r.filter.year) : std::string("null"));
  out += "  \"rows\": [";
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    const auto& c = r.rows[i];
    out += i ? ",\n    " : "\n    ";
    out += fmt::format("{{\"name\": {}, \"file\": {}, {}}}", json_quote(c.name),
                       c.file.empty() ? "null" : json_quote(c.file), counts(c));
  }
  out += r.rows.empty() ? "],\n" : "\n  ],\n";
  out += fmt::format("  \"total\": {{{}}},\n", counts(r.total));
  out += fmt::format("  \"shared_items\": {},\n", r.shared);
  out += fmt::format("  \"not_overdue_district_ended\": {},\n", r.district_ended);
  out += fmt::format("  \"unreadable_deadlines\": {},\n", r.unreadable);
  out += fmt::format("  \"progress_errors\": {},\n", strings(r.progress_errors));
  out += fmt::format("  \"failed\": {}\n}}\n", strings(r.failed));
  return out;
}

std::string render_progress_csv(const ProgressReport& r, Lang lang) {
  std::string out = "\xEF\xBB\xBF";
  auto names = headers(r, lang);
  names.back() += " (%)";
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? "," : "") + csv_text(names[i]);
  out += "\r\n";
  auto row = [&](const ProgressCounts& c) {
    // A whole percentage, bare, so that spreadsheets read a number.
    const auto percent = c.on_time_percent();
    out += fmt::format("{},{},{},{},{},{},{},{}\r\n", csv_text(c.name), c.items, c.done,
                       c.done_late, c.open, c.overdue, c.cancelled,
                       percent ? std::to_string(*percent) : std::string());
  };
  for (const auto& c : r.rows) row(c);
  ProgressCounts total = r.total;
  total.name = vi(lang) ? "Tổng cộng" : "Total";
  row(total);
  return out;
}

}  // namespace kehoach
