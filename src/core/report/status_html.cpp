// The roll-up as one HTML page a Sở officer opens in a browser and prints on A4 landscape: no
// network, no external style, script or font; every state in words as well as colour; the
// units table sortable by a few lines of inline script and complete without it; the parent's
// deadlines on an SVG timeline with, for each, how many units are done, late and open.
#include <fmt/format.h>

#include <algorithm>

#include "kehoach/status.hpp"
#include "kehoach/text.hpp"
#include "report/status_cells.hpp"

namespace kehoach {

namespace {

using namespace status_cells;

std::string esc(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// How bad a state is: 2 needs attention, 1 not issued yet but not late, 0 complete.
int severity(std::string_view key) {
  if (key == "ok") return 0;
  if (key == "draft" || key == "issued_after") return 1;
  return 2;
}

int row_rank(const UnitStatus& u) {
  int rank = 0;
  for (const auto key : unit_state_keys(u)) rank = std::max(rank, severity(key));
  return rank;
}

constexpr std::string_view style = R"(
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 13px;
       color: #1a1a1a; margin: 16px; }
h1 { font-size: 19px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 18px 0 6px; }
p.meta { margin: 2px 0; color: #444; }
ul.summary { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 10px 0; }
ul.summary li { border: 1px solid #bbb; border-radius: 4px; padding: 6px 10px; min-width: 120px; }
ul.summary b { display: block; font-size: 20px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0;
            cursor: pointer; text-align: left; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
td.num { text-align: right; }
tr.s2 td:first-child { border-left: 5px solid #c62828; }
tr.s1 td:first-child { border-left: 5px solid #ef8f00; }
tr.s0 td:first-child { border-left: 5px solid #2e7d32; }
.badge { display: inline-block; border-radius: 3px; padding: 0 5px; margin: 1px 2px 1px 0;
         font-size: 12px; border: 1px solid; }
.b2 { background: #fde0e0; border-color: #c62828; color: #8e0000; }
.b1 { background: #fff1d6; border-color: #ef8f00; color: #7a4a00; }
.b0 { background: #e3f4e4; border-color: #2e7d32; color: #1b5e20; }
.bi { background: #eceff1; border-color: #78909c; color: #37474f; }
svg { width: 100%; height: auto; border: 1px solid #ddd; }
svg text { font-family: inherit; font-size: 11px; }
.done { fill: #2e7d32; } .late { fill: #c62828; } .open { fill: #9e9e9e; }
p.note { color: #444; }
@media print {
  body { margin: 0; font-size: 10px; }
  th button { font-weight: bold; }
  th[aria-sort] button::after { content: ""; }
  .hint { display: none; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  svg { break-inside: avoid; }
}
)";

// Sorts the units table by the clicked column: numbers by value, text by Vietnamese collation.
constexpr std::string_view script = R"(
(function () {
  var table = document.getElementById('units');
  if (!table) return;
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = th.querySelector('button');
    button.addEventListener('click', function () {
      var up = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var numeric = th.getAttribute('data-type') === 'num';
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-sort'), y = b.cells[col].getAttribute('data-sort');
        var d = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'vi');
        return up ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
)";

std::string level_rank(const UnitStatus& u) {
  return u.level ? fmt::format("{}", static_cast<int>(*u.level)) : "9";
}

// The sort key of each column of unit_columns, and whether it sorts as a number.
std::vector<std::pair<std::string, bool>> sort_keys(const UnitStatus& u) {
  const long issue_days = u.issued_late ? u.days_late : (u.subplan_deadline ? 0 : -1);
  const int report_rank = u.report == ReportState::overdue   ? 3
                          : u.report == ReportState::pending ? 2
                          : u.report == ReportState::done    ? 1
                                                             : 0;
  return {
      {u.name, false},
      {level_rank(u), true},
      {u.file, false},
      {u.has_plan ? (u.readable ? (u.issued_by_as_of() ? "2" : "1") : "0") : "-1", true},
      {u.issued ? u.issued->iso() : std::string(), false},
      {fmt::format("{}", issue_days), true},
      {fmt::format("{}", u.readable ? u.missing * 1000 + u.late : 1000000), true},
      {fmt::format("{}", u.readable ? u.overdue : -1), true},
      {fmt::format("{}", report_rank), true},
      {fmt::format("{}", u.has_plan ? u.errors * 10000 + u.warnings : -1), true},
      {fmt::format("{}", row_rank(u) * 100 + (u.has_plan ? 0 : 50)), true},
  };
}

std::string state_cell(const UnitStatus& u, Lang lang) {
  std::string out;
  const auto keys = unit_state_keys(u);
  const auto labels = unit_state_labels(u, lang);
  for (std::size_t i = 0; i < keys.size() && i < labels.size(); ++i) {
    out += fmt::format("<span class=\"badge b{} k-{}\">{}</span>", severity(keys[i]), keys[i],
                       esc(labels[i]));
  }
  if (!u.listed && u.has_plan) {
    out += fmt::format("<span class=\"badge bi k-unlisted\">{}</span>",
                       lang == Lang::vi ? "ngoài danh sách" : "not in the list");
  }
  return out;
}

std::string units_table(const StatusReport& r, Lang lang) {
  const auto columns = unit_columns(lang);
  std::string out = "<table id=\"units\">\n<thead><tr>";
  const auto first =
      r.units.empty() ? std::vector<std::pair<std::string, bool>>() : sort_keys(r.units.front());
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const bool numeric = c < first.size() && first[c].second;
    out +=
        fmt::format("<th scope=\"col\" data-type=\"{}\"><button type=\"button\">{}</button></th>",
                    numeric ? "num" : "text", esc(columns[c].header));
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& u : r.units) {
    const auto cells = unit_cells(u, lang);
    const auto keys = sort_keys(u);
    out += fmt::format("<tr class=\"s{}\" data-states=\"{}\">", row_rank(u),
                       esc(join(
                           [&] {
                             std::vector<std::string> k;
                             for (const auto key : unit_state_keys(u)) k.emplace_back(key);
                             return k;
                           }(),
                           " ")));
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const bool last = c + 1 == cells.size();
      // Counts align right; the other cells are words even where they sort by a number.
      const bool count = c == 6 || c == 7 || c == 9;
      out += fmt::format("<td{} data-sort=\"{}\">{}</td>", count ? " class=\"num\"" : "",
                         esc(keys[c].first), last ? state_cell(u, lang) : esc(cells[c]));
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  return out;
}

// The parent's deadlines, one lane each, on the plan year's axis, with the as-of day marked.
std::string timeline(const StatusReport& r, Lang lang) {
  const bool vi = lang == Lang::vi;
  const int year = r.year > 0 ? r.year : r.as_of.year;
  Date first{year, 1, 1};
  Date last{year, 12, 31};
  for (const auto& d : r.deadlines) {
    first = std::min(first, Date{d.due.year, d.due.month, 1});
    last = std::max(last, last_day_of_month(d.due.year, d.due.month));
  }
  const double left = 90;
  const double right = 1180;
  const double span = static_cast<double>(std::max(1L, days_between(first, last)));
  auto x = [&](const Date& d) {
    return left + (right - left) * static_cast<double>(days_between(first, d)) / span;
  };
  const int lane = 24;
  const int top = 34;
  const int height =
      top + lane * static_cast<int>(std::max<std::size_t>(r.deadlines.size(), 1)) + 16;
  std::string out = fmt::format(
      "<svg id=\"timeline\" viewBox=\"0 0 1200 {}\" role=\"img\" "
      "aria-labelledby=\"timeline-title\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"timeline-title\">{}</title>\n",
      height,
      vi ? "Thời hạn của kế hoạch cấp trên và số đơn vị đã xong, muộn, chưa đến hạn"
         : "The parent's deadlines and how many units are done, late and open");
  // Month ticks.
  for (Date m = first; m <= last;) {
    const double at = x(m);
    out += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"18\" x2=\"{0:.1f}\" y2=\"{1}\" stroke=\"#e0e0e0\"/>"
        "<text x=\"{2:.1f}\" y=\"14\">{3}{4:02}/{5}</text>\n",
        at, height - 6, at + 2, vi ? "T" : "", m.month, m.year % 100);
    m = m.month == 12 ? Date{m.year + 1, 1, 1} : Date{m.year, m.month + 1, 1};
  }
  if (r.as_of >= first && r.as_of <= last) {
    const double at = x(r.as_of);
    out += fmt::format(
        "<g class=\"as-of\"><line x1=\"{0:.1f}\" y1=\"18\" x2=\"{0:.1f}\" y2=\"{1}\" "
        "stroke=\"#1565c0\" stroke-dasharray=\"4 3\"/><text x=\"{2:.1f}\" y=\"{3}\" "
        "fill=\"#1565c0\">{4} {5}</text></g>\n",
        at, height - 6, at + 3, height - 8, vi ? "tính đến" : "as of", r.as_of.dmy());
  }
  for (std::size_t i = 0; i < r.deadlines.size(); ++i) {
    const ParentDeadline& d = r.deadlines[i];
    const int y = top + lane * static_cast<int>(i) + lane / 2;
    const double at = x(d.due);
    std::string counts =
        vi ? fmt::format("{} xong, {} muộn, {} chưa đến hạn", d.done, d.late, d.open)
           : fmt::format("{} done, {} late, {} open", d.done, d.late, d.open);
    if (d.cancelled > 0) {
      counts +=
          vi ? fmt::format(", {} đã hủy", d.cancelled) : fmt::format(", {} cancelled", d.cancelled);
    }
    const std::string label =
        fmt::format("{} — {} ({})", deadline_due(d, lang), cut(deadline_item(d), 50), counts);
    // Label to the right of the marker, or to its left when it would run off the right edge
    // (about 6 px a character at 11 px).
    const double width = 6.0 * static_cast<double>(display_width(label));
    const bool flip = at + 8 + width > 1195 && at - 8 - width > at + 8 + width - 1195;
    out += fmt::format(
        "<g class=\"deadline\" data-id=\"{}\" data-due=\"{}\" data-done=\"{}\" data-late=\"{}\" "
        "data-open=\"{}\" data-cancelled=\"{}\">",
        esc(d.id), d.due.iso(), d.done, d.late, d.open, d.cancelled);
    out += fmt::format("<title>{}</title>", esc(label));
    // Three squares: done, late, open, each with its count inside the label.
    const double bx = at - 4;
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"8\" height=\"14\" class=\"{}\"/>", bx,
                       y - 7,
                       d.late > 0   ? "late"
                       : d.open > 0 ? "open"
                                    : "done");
    out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"{}\">{}</text></g>\n",
                       flip ? at - 8 : at + 8, y + 4, flip ? "end" : "start", esc(label));
  }
  out += "</svg>\n";
  return out;
}

}  // namespace

std::string render_status_html(const StatusReport& r, Lang lang) {
  const bool vi = lang == Lang::vi;
  const std::string heading = title(r, lang);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      vi ? "vi" : "en", esc(heading), style);
  out += fmt::format("<h1>{}</h1>\n", esc(heading));
  if (!r.parent_title.empty())
    out += fmt::format("<p class=\"meta\">{}</p>\n", esc(r.parent_title));
  out += fmt::format("<p class=\"meta\">{}: <code>{}</code>",
                     vi ? "Kế hoạch cấp trên" : "Parent plan", esc(r.parent_file));
  if (!r.units_file.empty()) {
    out += fmt::format(" · {}: <code>{}</code>", vi ? "Danh sách đơn vị" : "Units file",
                       esc(r.units_file));
  }
  out += fmt::format(" · <span id=\"as-of\">{}</span></p>\n", esc(as_of_line(r, lang)));

  out += fmt::format("<h2>{}</h2>\n<ul class=\"summary\" id=\"summary\">\n",
                     vi ? "Tổng hợp" : "Summary");
  for (const auto& line : summary_lines(r, lang)) {
    out += fmt::format("<li data-figure=\"{}\"><b>{}</b>{}</li>\n", line.key, line.value,
                       esc(line.label));
  }
  out += "</ul>\n";

  out += fmt::format("<h2>{} ({})</h2>\n", vi ? "Đơn vị" : "Units", r.units.size());
  if (r.units.empty()) {
    out += fmt::format("<p>{}</p>\n", vi ? "Không có kế hoạch cấp dưới nào thực hiện kế hoạch này."
                                         : "No plan implements this plan.");
  } else {
    // How to sort is for the screen only; the legend is for paper too.
    out += fmt::format("<p class=\"note\"><span class=\"hint\">{}</span>{}</p>\n",
                       vi ? "Bấm vào tiêu đề cột để sắp xếp. " : "Click a column heading to sort. ",
                       vi ? "Viền đỏ: cần xử lý; vàng: chưa ban hành, chưa đến hạn; xanh: đầy "
                            "đủ, đúng hạn."
                          : "Red edge: needs attention; amber: not issued, not yet due; green: "
                            "complete and on time.");
    out += units_table(r, lang);
  }

  out +=
      fmt::format("<h2>{} ({})</h2>\n",
                  vi ? "Thời hạn cấp trên giao cho cấp dưới" : "The parent's deadlines for units",
                  r.deadlines.size());
  if (r.deadlines.empty()) {
    out += fmt::format("<p>{}</p>\n",
                       vi ? "Không có thời hạn nào có ngày cụ thể." : "No deadline with a date.");
  } else {
    out += timeline(r, lang);
    out += fmt::format("<p class=\"note\">{}</p>\n", esc(record_note(lang)));
  }
  if (const auto note = undated_note(r, lang); !note.empty()) {
    out += fmt::format("<p class=\"note\">{}</p>\n", esc(note));
  }
  if (const auto note = unlinked_note(r, lang); !note.empty()) {
    out += fmt::format("<p class=\"note\">{}</p>\n", esc(note));
  }
  if (const auto note = progress_errors_note(r, lang); !note.empty()) {
    out += fmt::format("<p class=\"note\">{}</p>\n", esc(note));
  }
  out += fmt::format("<script>{}</script>\n</body>\n</html>\n", script);
  return out;
}

}  // namespace kehoach
