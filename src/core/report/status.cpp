// The roll-up itself: units matched to plans, each plan measured with the functions `diff`
// (coverage) and `overdue` (items past due) use, and the parent's deadlines counted over units.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "kehoach/acts.hpp"
#include "kehoach/deadlines.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/status.hpp"

namespace kehoach {

namespace {

std::optional<Date> due_of(const DueField* due) {
  if (due == nullptr || !due->reading) return std::nullopt;
  return due->reading->due;
}

std::string normal_path(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().generic_string();
}

// A parent item addressed to lower levels, identified across levels by id or, lacking one,
// by where it is written.
struct ParentItemKey {
  std::string id;
  Position at;
  friend auto operator<=>(const ParentItemKey&, const ParentItemKey&) = default;
};

ParentItemKey key_of(const PlanItem& item) {
  return {item.id, item.id.empty() ? item.at : Position{}};
}

// What one child plan gives, beyond its row: how it stands against each parent item.
struct Measured {
  std::map<ParentItemKey, DeadlineState> against;
};

// The state of one unit against one parent deadline `due`: `done` when done (or cancelled) on
// or before the as-of day, `done_on` its day (a date-less done counts as in time).
DeadlineState judge(bool done, std::optional<Date> done_on, const Date& due, const Date& as_of) {
  if (done) return done_on && *done_on > due ? DeadlineState::late : DeadlineState::done;
  return as_of > due ? DeadlineState::late : DeadlineState::open;
}

// The parent's first dated deadline for the plans of `level` (as KH205 reads it).
std::optional<Date> subplan_deadline(const Plan& parent, Level level) {
  for (const auto& item : items_for_level(parent, level)) {
    if (item.kind != TaskKind::plan) continue;
    if (const auto due = due_of(item.due)) return due;
  }
  return std::nullopt;
}

void set_issue_timing(UnitStatus& row, const Plan& parent, const Date& as_of) {
  if (!row.level) return;
  row.subplan_deadline = subplan_deadline(parent, *row.level);
  if (!row.subplan_deadline) return;
  const Date& deadline = *row.subplan_deadline;
  if (row.issued_by_as_of()) {
    if (*row.issued > deadline) {
      row.issued_late = true;
      row.days_late = days_between(deadline, *row.issued);
    }
  } else if (as_of > deadline) {
    row.issued_late = true;
    row.days_late = days_between(deadline, as_of);
  }
}

Measured measure(UnitStatus& row, const ChildPlan& child, const Plan& parent, const Date& as_of) {
  Measured out;
  const Plan& plan = *child.plan;
  row.plan_status = plan.status.present ? std::optional<Status>(plan.status.value) : std::nullopt;
  row.issued = plan.issued.date();
  // Issued after the as-of day: on that day it was not issued yet.
  row.issued_after =
      row.plan_status == Status::issued && row.issued && !happened_by(row.issued, as_of);
  set_issue_timing(row, parent, as_of);

  const PlanDiff diff = diff_plans(plan, parent, builtin_acts());
  const TrackedPlan tracked{&plan, child.progress};
  const DeadlineList list = list_deadlines(std::span(&tracked, 1), DeadlineFilter{});
  row.overdue = static_cast<int>(find_overdue(list, as_of, std::nullopt).overdue_count());

  // Progress by item id, and the report's.
  std::map<std::string, const Obligation*> by_id;
  const Obligation* report = nullptr;
  for (const auto* part : {&list.dated, &list.undated}) {
    for (const auto& o : *part) {
      if (o.source == ItemSource::reporting) {
        report = &o;
      } else if (!o.id.empty()) {
        by_id.emplace(o.id, &o);
      }
    }
  }
  if (report) {
    row.report_due = report->due();
    // Sent or cancelled after the as-of day: still to come on that day, as `overdue` has it.
    const bool closed_then = !report->open_on(as_of);
    if (closed_then && report->status == ProgressStatus::done) {
      row.report = ReportState::done;
      row.report_date = report->status_date;
    } else if (closed_then) {
      row.report = ReportState::cancelled;
    } else if (row.report_due && as_of > *row.report_due) {
      row.report = ReportState::overdue;
    } else {
      row.report = ReportState::pending;
    }
  }

  for (const auto& r : diff.rows) {
    switch (r.coverage) {
      case Coverage::covered: ++row.covered; break;
      case Coverage::late: ++row.late; break;
      case Coverage::missing: ++row.missing; break;
      case Coverage::not_applicable: ++row.not_applicable; continue;
    }
    const auto due = due_of(r.parent.due);
    if (!due) continue;
    bool done = false;
    std::optional<Date> done_on;
    if (r.parent.kind == TaskKind::plan) {
      // The plan itself is what a sub-plan deadline asks for.
      done = row.issued_by_as_of();
      done_on = row.issued;
    } else if (r.child) {
      if (const auto it = by_id.find(r.child->id); !r.child->id.empty() && it != by_id.end()) {
        done = !it->second->open_on(as_of);
        done_on = it->second->status_date;
      }
      if (!done && r.parent.kind == TaskKind::report && row.report == ReportState::done) {
        done = true;
        done_on = row.report_date;
      }
    }
    out.against[key_of(r.parent)] = judge(done, done_on, *due, as_of);
  }
  return out;
}

void count(StatusSummary& s, const UnitStatus& row) {
  if (!row.has_plan) return;
  ++s.with_plan;
  if (!row.readable) return;
  if (row.on_time()) ++s.on_time;
  if (row.fully_covered()) ++s.fully_covered;
  if (row.overdue > 0) ++s.with_overdue;
  if (row.report == ReportState::done) ++s.reported;
}

}  // namespace

bool UnitStatus::needs_attention() const {
  return !has_plan || !readable || issued_late || late > 0 || missing > 0 || overdue > 0;
}

bool UnitStatus::on_time() const { return readable && issued_by_as_of() && !issued_late; }

bool StatusReport::needs_attention() const {
  return std::any_of(units.begin(), units.end(),
                     [](const UnitStatus& u) { return u.needs_attention(); });
}

StatusReport compute_status(const StatusInput& input) {
  StatusReport report;
  const Plan& parent = *input.parent;
  report.parent_file = input.parent_file;
  report.parent_number = parent.number.value;
  report.parent_issuer = parent.issuer.name.value;
  report.parent_title = parent.title.value;
  report.year = parent.year.present ? parent.year.value : 0;
  report.as_of = input.as_of;

  // Units to children: the file hint first, then name and level; each plan serves one unit.
  std::vector<bool> used(input.children.size(), false);
  std::vector<std::optional<std::size_t>> plan_of;
  if (input.units) {
    report.units_file = input.units_file;
    const auto base = std::filesystem::path(input.units_file).parent_path();
    for (const auto& unit : input.units->units) {
      std::optional<std::size_t> found;
      if (unit.file.present && !unit.file.value.empty()) {
        const std::string want = normal_path((base / unit.file.value).string());
        for (std::size_t i = 0; i < input.children.size() && !found; ++i) {
          if (!used[i] && normal_path(input.children[i].file) == want) found = i;
        }
      }
      const std::string key = unit_key(unit.name.value);
      for (std::size_t i = 0; i < input.children.size() && !found; ++i) {
        const Plan* p = input.children[i].plan;
        if (used[i] || p == nullptr || unit_key(p->issuer.name.value) != key) continue;
        if (p->issuer.level.present && p->issuer.level.value != unit.level.value) continue;
        found = i;
      }
      if (found) used[*found] = true;
      UnitStatus row;
      row.name = unit.name.value;
      row.level = unit.level.value;
      row.listed = true;
      report.units.push_back(std::move(row));
      plan_of.push_back(found);
    }
  }
  std::vector<std::size_t> rest;
  for (std::size_t i = 0; i < input.children.size(); ++i) {
    if (used[i]) continue;
    if (input.children[i].linked || input.children[i].plan == nullptr) {
      rest.push_back(i);
    } else {
      ++report.unlinked;
    }
  }
  std::stable_sort(rest.begin(), rest.end(), [&](std::size_t a, std::size_t b) {
    return input.children[a].file < input.children[b].file;
  });
  for (const std::size_t i : rest) {
    UnitStatus row;
    // Without a units file the plans found are the units expected.
    row.listed = input.units == nullptr;
    const Plan* p = input.children[i].plan;
    row.name = p ? p->issuer.name.value : std::string();
    if (p && p->issuer.level.present) row.level = p->issuer.level.value;
    report.units.push_back(std::move(row));
    plan_of.push_back(i);
  }

  std::vector<Measured> measured(report.units.size());
  for (std::size_t r = 0; r < report.units.size(); ++r) {
    UnitStatus& row = report.units[r];
    if (!plan_of[r]) {
      set_issue_timing(row, parent, input.as_of);
      continue;
    }
    const ChildPlan& child = input.children[*plan_of[r]];
    row.has_plan = true;
    row.file = child.file;
    row.errors = child.errors;
    row.warnings = child.warnings;
    if (child.plan == nullptr) continue;
    row.readable = true;
    measured[r] = measure(row, child, parent, input.as_of);
  }

  // The parent's deadlines for the levels of the units, each counted over those units.
  std::vector<Level> levels;
  for (const auto& row : report.units) {
    if (row.level && std::find(levels.begin(), levels.end(), *row.level) == levels.end()) {
      levels.push_back(*row.level);
    }
  }
  std::sort(levels.begin(), levels.end());
  std::map<ParentItemKey, std::size_t> index;
  std::vector<Position> written;
  std::set<ParentItemKey> undated;
  for (const Level level : levels) {
    for (const auto& item : items_for_level(parent, level)) {
      const auto due = due_of(item.due);
      if (!due) {
        if (undated.insert(key_of(item)).second) ++report.undated_deadlines;
        continue;
      }
      const auto [it, inserted] = index.emplace(key_of(item), report.deadlines.size());
      if (inserted) {
        report.deadlines.push_back(
            ParentDeadline{item.id, item.title, item.kind, *due, {}, 0, 0, 0});
        written.push_back(item.at);
      }
      report.deadlines[it->second].levels.push_back(level);
    }
  }
  std::vector<std::pair<ParentItemKey, std::size_t>> keys(index.begin(), index.end());
  for (std::size_t r = 0; r < report.units.size(); ++r) {
    const UnitStatus& row = report.units[r];
    if (!row.level) continue;
    for (const auto& [key, d] : keys) {
      ParentDeadline& deadline = report.deadlines[d];
      if (std::find(deadline.levels.begin(), deadline.levels.end(), *row.level) ==
          deadline.levels.end()) {
        continue;
      }
      DeadlineState state = judge(false, std::nullopt, deadline.due, input.as_of);
      if (row.readable) {
        const auto found = measured[r].against.find(key);
        // Not among the child's rows: marked "(nếu có)" and not carried, so not counted.
        if (found == measured[r].against.end()) continue;
        state = found->second;
      }
      switch (state) {
        case DeadlineState::done: ++deadline.done; break;
        case DeadlineState::late: ++deadline.late; break;
        case DeadlineState::open: ++deadline.open; break;
      }
    }
  }
  // By due date, then where the parent writes them.
  std::vector<std::size_t> order(report.deadlines.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (report.deadlines[a].due != report.deadlines[b].due) {
      return report.deadlines[a].due < report.deadlines[b].due;
    }
    return written[a] < written[b];
  });
  std::vector<ParentDeadline> sorted;
  sorted.reserve(order.size());
  for (const std::size_t i : order) sorted.push_back(std::move(report.deadlines[i]));
  report.deadlines = std::move(sorted);

  StatusSummary& s = report.summary;
  for (const auto& row : report.units) {
    if (input.units && !row.listed) {
      ++s.unlisted;
    } else {
      count(s, row);
    }
    if (row.has_plan && !row.readable) ++s.unreadable;
  }
  s.expected = input.units ? static_cast<int>(input.units->units.size())
                           : static_cast<int>(report.units.size());
  return report;
}

std::vector<std::string_view> unit_state_keys(const UnitStatus& u) {
  std::vector<std::string_view> out;
  if (!u.has_plan) {
    out.push_back("no_plan");
    if (u.issued_late) out.push_back("not_issued_late");
    return out;
  }
  if (!u.readable) {
    out.push_back("unreadable");
    return out;
  }
  const bool issued = u.issued_by_as_of();
  if (u.issued_after) {
    out.push_back("issued_after");
  } else if (!issued) {
    out.push_back("draft");
  }
  if (u.issued_late) out.push_back(issued ? "issued_late" : "not_issued_late");
  if (u.missing > 0) out.push_back("missing_tasks");
  if (u.late > 0) out.push_back("late_tasks");
  if (u.overdue > 0) out.push_back("overdue");
  if (!u.needs_attention()) out.push_back("ok");
  return out;
}

std::vector<std::string> unit_state_labels(const UnitStatus& u, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::vector<std::string> out;
  for (const auto key : unit_state_keys(u)) {
    if (key == "no_plan") {
      out.emplace_back(vi ? "chưa gửi kế hoạch" : "no plan sent");
    } else if (key == "unreadable") {
      out.emplace_back(vi ? "kế hoạch có lỗi, không đọc được" : "plan cannot be read");
    } else if (key == "issued_after") {
      out.push_back(vi ? fmt::format("ban hành ngày {}, sau ngày tính", u.issued->dmy())
                       : fmt::format("issued on {}, after the as-of day", u.issued->dmy()));
    } else if (key == "draft") {
      out.emplace_back(vi ? "chưa ban hành (dự thảo)" : "not issued (draft)");
    } else if (key == "issued_late") {
      out.push_back(
          vi ? fmt::format("ban hành muộn {} ngày", u.days_late)
             : fmt::format("issued {} day{} late", u.days_late, u.days_late == 1 ? "" : "s"));
    } else if (key == "not_issued_late") {
      out.push_back(vi ? fmt::format("quá hạn ban hành {} ngày", u.days_late)
                       : fmt::format("{} day{} past the deadline to issue", u.days_late,
                                     u.days_late == 1 ? "" : "s"));
    } else if (key == "missing_tasks") {
      out.push_back(vi ? fmt::format("thiếu {} nhiệm vụ", u.missing)
                       : fmt::format("{} task{} missing", u.missing, u.missing == 1 ? "" : "s"));
    } else if (key == "late_tasks") {
      out.push_back(vi ? fmt::format("{} nhiệm vụ đặt hạn muộn hơn cấp trên", u.late)
                       : fmt::format("{} task{} due after the parent's deadline", u.late,
                                     u.late == 1 ? "" : "s"));
    } else if (key == "overdue") {
      out.push_back(vi ? fmt::format("{} việc quá hạn", u.overdue)
                       : fmt::format("{} item{} overdue", u.overdue, u.overdue == 1 ? "" : "s"));
    } else if (key == "ok") {
      out.emplace_back(vi ? "đầy đủ, đúng hạn" : "complete and on time");
    }
  }
  return out;
}

}  // namespace kehoach
