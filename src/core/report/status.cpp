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
#include "kehoach/text.hpp"

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

// A parent item's round: 0 for a single deadline, else the 1-based occurrence.
using RoundKey = std::pair<ParentItemKey, std::size_t>;

// What one child plan gives, beyond its row: how it stands against each round of each parent
// item.
struct Measured {
  std::map<RoundKey, DeadlineState> against;
};

// The state of one unit against one parent deadline `due`: `done` when done on or before the
// as-of day, `done_on` its day (a date-less done counts as in time).
DeadlineState judge(bool done, std::optional<Date> done_on, const Date& due, const Date& as_of) {
  if (done) return done_on && *done_on > due ? DeadlineState::late : DeadlineState::done;
  return as_of > due ? DeadlineState::late : DeadlineState::open;
}

// The state of one unit's obligation `o` against a parent round due `due`, as `overdue` and
// `progress` read it: closed (done or cancelled) only by the as-of day; a cancelled item is never
// late.
DeadlineState judge(const Obligation& o, const Date& due, const Date& as_of) {
  const bool closed = !o.open_on(as_of);
  if (closed && o.status == ProgressStatus::cancelled) return DeadlineState::cancelled;
  return judge(closed, o.status_date, due, as_of);
}

// The rounds of a parent deadline: its occurrences when it has several, else its one due date.
std::vector<Date> rounds_of(const Deadline& d) {
  std::vector<Date> out;
  if (d.occurrences.size() >= 2) {
    for (const auto& o : d.occurrences) out.push_back(o.due);
  } else if (d.due) {
    out.push_back(*d.due);
  }
  return out;
}

// The unit's obligation (one of `mine`, its item's occurrences in order) that round `k` of the
// parent's deadline is held to: the round `diff` and `validate` compare it with (child_round).
const Obligation* round_for(const std::vector<const Obligation*>& mine, const DueField* child_due,
                            const Deadline& parent, std::size_t k) {
  if (mine.empty()) return nullptr;
  std::size_t j = mine.size() - 1;
  if (child_due != nullptr && child_due->reading) j = child_round(*child_due->reading, parent, k);
  return mine[std::min(j, mine.size() - 1)];
}

// The parent's deadline for the yearly plans of `level` (as KH205 reads it: yearly_plan_item).
std::optional<Date> subplan_deadline(const Plan& parent, Level level) {
  const std::vector<PlanItem> items = items_for_level(parent, level);
  const auto chosen = yearly_plan_item(items, parent);
  return chosen ? due_of(items[*chosen].due) : std::nullopt;
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
  const TrackedPlan tracked{&plan, child.progress, child.progress_unreadable};
  const DeadlineList list = list_deadlines(std::span(&tracked, 1), DeadlineFilter{});
  row.overdue = static_cast<int>(find_overdue(list, as_of, std::nullopt).overdue_count());

  // Progress by item id, every occurrence of it in order, and the report's.
  std::map<std::string, std::vector<const Obligation*>> by_id;
  std::vector<const Obligation*> reports;
  for (const auto* part : {&list.dated, &list.undated}) {
    for (const auto& o : *part) {
      if (o.progress_error) ++row.progress_error_items;
      if (o.source == ItemSource::reporting) {
        reports.push_back(&o);
      } else if (!o.id.empty()) {
        by_id[o.id].push_back(&o);
      }
    }
  }
  const auto by_occurrence = [](const Obligation* a, const Obligation* b) {
    return a->occurrence < b->occurrence;
  };
  for (auto& [id, mine] : by_id) std::stable_sort(mine.begin(), mine.end(), by_occurrence);
  std::stable_sort(reports.begin(), reports.end(), by_occurrence);
  // The report column: the first round of the report still open on the as-of day, else the
  // last one.
  const Obligation* report = nullptr;
  for (const Obligation* o : reports) {
    if (o->open_on(as_of)) {
      report = o;
      break;
    }
  }
  if (report == nullptr && !reports.empty()) report = reports.back();
  const DueField* report_due = plan.reporting ? &plan.reporting->due : nullptr;
  // A district's report due once the district level was gone: no one is left to send it.
  if (report && row.level == Level::district && as_of > last_district_day && report->due() &&
      *report->due() > last_district_day && report->open_on(as_of)) {
    row.district_ended = true;
    report = nullptr;
  }
  if (report) {
    row.report_due = report->due();
    row.report_own_due = report->due();
    // The report is sent to the parent: held to the parent's deadline for its round when that
    // is earlier than the unit's own (as the deadlines below judge it).
    if (diff.reporting && row.report_due) {
      const CoverageRow& parent_row = diff.rows[diff.reporting->row];
      if (parent_row.parent.due && parent_row.parent.due->reading) {
        const Deadline& parent_due = *parent_row.parent.due->reading;
        const std::vector<Date> rounds = rounds_of(parent_due);
        // Of the parent's rounds this report answers, the last one (rounds are in date order):
        // the unit's one yearly report answers the parent's yearly round, not its 6-month one,
        // nor the third of its quarterly ones (a yearly report sent 10/11, due 18/11, is not 41
        // days late for the parent's round of 30/09). Held to it only when it is earlier.
        std::optional<Date> held;
        for (std::size_t k = 0; k < rounds.size(); ++k) {
          if (round_for(reports, report_due, parent_due, k) == report) held = rounds[k];
        }
        if (held && !(*held < *row.report_due)) held.reset();
        if (held) {
          row.report_due = *held;
          row.report_due_by_parent = true;
        }
      }
    }
    // Sent or cancelled after the as-of day: still to come on that day, as `overdue` has it.
    const bool closed_then = !report->open_on(as_of);
    if (closed_then && report->status == ProgressStatus::done) {
      row.report = ReportState::done;
      row.report_date = report->status_date;
      // Sent after its due date: late, as `deadlines` and `progress` say ("xong muộn").
      if (report->status_date && row.report_due && *report->status_date > *row.report_due)
        row.report_days_late = days_between(*row.report_due, *report->status_date);
    } else if (closed_then) {
      row.report = ReportState::cancelled;
    } else if (row.report_due && as_of > *row.report_due) {
      row.report = ReportState::overdue;
    } else {
      row.report = ReportState::pending;
    }
  }

  // The parent's item the unit's yearly plan answers: met by issuing the plan itself. Another
  // plan the parent asks for ("kế hoạch tự kiểm tra …") is met by the unit's item for it.
  std::vector<PlanItem> parents;
  parents.reserve(diff.rows.size());
  for (const auto& r : diff.rows) parents.push_back(r.parent);
  const auto yearly = yearly_plan_item(parents, parent);

  for (std::size_t i = 0; i < diff.rows.size(); ++i) {
    const CoverageRow& r = diff.rows[i];
    switch (r.coverage) {
      case Coverage::covered: ++row.covered; break;
      case Coverage::late: ++row.late; break;
      case Coverage::missing: ++row.missing; break;
      case Coverage::not_applicable: ++row.not_applicable; continue;
    }
    if (!due_of(r.parent.due)) continue;
    const Deadline& parent_due = *r.parent.due->reading;
    const std::vector<Date> rounds = rounds_of(parent_due);
    const std::vector<const Obligation*>* mine = nullptr;
    if (r.child && !r.child->id.empty()) {
      if (const auto it = by_id.find(r.child->id); it != by_id.end()) mine = &it->second;
    }
    // The unit's report that answers round `k` of this parent report: the one its report regime
    // maps to the round, and only for the last round mapped to it (a yearly report answers the
    // parent's last quarterly round, not all four).
    const auto regime_answer = [&](std::size_t k) -> const Obligation* {
      const Obligation* sent = round_for(reports, report_due, parent_due, k);
      if (sent == nullptr || sent->open_on(as_of)) return nullptr;
      if (k + 1 < rounds.size() && round_for(reports, report_due, parent_due, k + 1) == sent) {
        return nullptr;
      }
      return sent;
    };
    for (std::size_t k = 0; k < rounds.size(); ++k) {
      const Date& due = rounds[k];
      DeadlineState state = judge(false, std::nullopt, due, as_of);
      if (yearly && i == *yearly) {
        // The plan itself is what the deadline for the yearly plan asks for.
        state = judge(row.issued_by_as_of(), row.issued, due, as_of);
      } else if (r.child) {
        const Obligation* o = mine ? round_for(*mine, r.child->due, parent_due, k) : nullptr;
        if (o) state = judge(*o, due, as_of);
        // A report the parent asks for, not closed by the unit's item, is met by the unit's own
        // report regime, round for round: when the unit's item for it has no progress of its own
        // (no id), or is that same report (due the same day). A unit's quarterly report still open
        // is not met by its yearly report.
        if (r.parent.kind == TaskKind::report && (o == nullptr || o->open_on(as_of))) {
          const Obligation* sent = regime_answer(k);
          if (sent && (o == nullptr || o->due() == sent->due())) state = judge(*sent, due, as_of);
        }
      }
      out.against[{key_of(r.parent), rounds.size() > 1 ? k + 1 : 0}] = state;
    }
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
  return !has_plan || !readable || issued_late || late > 0 || missing > 0 || overdue > 0 ||
         report_days_late > 0 || !progress_errors.empty();
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
  // A plan for another year than the parent's (last year's plan copied along with the folder,
  // still naming this parent) serves no unit: it is not this year's plan.
  std::vector<bool> used(input.children.size(), false);
  std::vector<std::size_t> other_year;
  for (std::size_t i = 0; i < input.children.size(); ++i) {
    const Plan* p = input.children[i].plan;
    if (p && p->year.present && report.year > 0 && p->year.value != report.year &&
        input.children[i].linked) {
      used[i] = true;
      other_year.push_back(i);
    }
  }
  // Whether child `i` is the plan of a unit named `name` at `level`.
  const auto plan_of_unit = [&](std::size_t i, const std::string& name,
                                const std::optional<Level>& level) {
    const Plan* p = input.children[i].plan;
    if (p == nullptr || unit_key(p->issuer.name.value) != unit_key(name)) return false;
    return !level || !p->issuer.level.present || p->issuer.level.value == *level;
  };
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
  // Without a units file, a unit whose only plan is of another year is a unit expected: a row
  // with no plan.
  std::vector<std::size_t> alone;
  if (!input.units) {
    for (const std::size_t i : other_year) {
      const Plan* p = input.children[i].plan;
      const std::optional<Level> level =
          p->issuer.level.present ? std::optional<Level>(p->issuer.level.value) : std::nullopt;
      bool has_current = false;
      for (std::size_t j = 0; j < input.children.size() && !has_current; ++j) {
        has_current = !used[j] && plan_of_unit(j, p->issuer.name.value, level);
      }
      bool first = true;  // one row per unit, for its latest file in path order
      for (const std::size_t k : alone) {
        if (plan_of_unit(k, p->issuer.name.value, level)) first = false;
      }
      if (!has_current && first) alone.push_back(i);
    }
  }
  for (std::size_t i = 0; i < input.children.size(); ++i) {
    if (used[i]) continue;
    if (input.children[i].linked || input.children[i].plan == nullptr) {
      rest.push_back(i);
    } else {
      ++report.unlinked;
    }
  }
  for (const std::size_t i : alone) rest.push_back(i);
  std::stable_sort(rest.begin(), rest.end(), [&](std::size_t a, std::size_t b) {
    return input.children[a].file < input.children[b].file;
  });
  std::vector<bool> is_alone(input.children.size(), false);
  for (const std::size_t i : alone) is_alone[i] = true;
  for (const std::size_t i : rest) {
    if (is_alone[i]) {
      const Plan* p = input.children[i].plan;
      UnitStatus row;
      row.listed = true;
      row.name = p->issuer.name.value;
      if (p->issuer.level.present) row.level = p->issuer.level.value;
      row.other_year_file = input.children[i].file;
      row.other_year = p->year.value;
      report.units.push_back(std::move(row));
      plan_of.push_back(std::nullopt);
      continue;
    }
    UnitStatus row;
    // Without a units file the plans found are the units expected.
    row.listed = input.units == nullptr;
    const Plan* p = input.children[i].plan;
    row.name = p ? p->issuer.name.value : std::string();
    if (p && p->issuer.level.present) row.level = p->issuer.level.value;
    report.units.push_back(std::move(row));
    plan_of.push_back(i);
  }

  // A listed unit without a plan for the year: name the other year's plan found for it; the
  // other plans of other years are named in a note.
  std::vector<bool> shown(input.children.size(), false);
  for (std::size_t r = 0; r < report.units.size(); ++r) {
    UnitStatus& row = report.units[r];
    if (input.units && row.listed && !plan_of[r]) {
      for (const std::size_t i : other_year) {
        if (plan_of_unit(i, row.name, row.level) &&
            input.children[i].plan->year.value > row.other_year) {
          row.other_year_file = input.children[i].file;
          row.other_year = input.children[i].plan->year.value;
        }
      }
    }
    for (const std::size_t i : other_year) {
      if (!row.other_year_file.empty() && input.children[i].file == row.other_year_file) {
        shown[i] = true;
      }
    }
  }
  for (const std::size_t i : other_year) {
    if (!shown[i]) report.other_year_files.push_back(input.children[i].file);
  }
  std::sort(report.other_year_files.begin(), report.other_year_files.end());

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
    row.progress_errors = child.progress_errors;
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
  // A deadline with several rounds gives one row per round.
  std::map<RoundKey, std::size_t> index;
  std::vector<Position> written;
  std::set<ParentItemKey> undated;
  for (const Level level : levels) {
    for (const auto& item : items_for_level(parent, level)) {
      if (!due_of(item.due)) {
        if (undated.insert(key_of(item)).second) ++report.undated_deadlines;
        continue;
      }
      const std::vector<Date> rounds = rounds_of(*item.due->reading);
      for (std::size_t k = 0; k < rounds.size(); ++k) {
        const std::size_t round = rounds.size() > 1 ? k + 1 : 0;
        const auto [it, inserted] =
            index.emplace(RoundKey{key_of(item), round}, report.deadlines.size());
        if (inserted) {
          report.deadlines.push_back(ParentDeadline{item.id,
                                                    item.title,
                                                    item.kind,
                                                    rounds[k],
                                                    {},
                                                    0,
                                                    0,
                                                    0,
                                                    round,
                                                    rounds.size() > 1 ? rounds.size() : 0,
                                                    0});
          written.push_back(item.at);
        }
        report.deadlines[it->second].levels.push_back(level);
      }
    }
  }
  std::vector<std::pair<RoundKey, std::size_t>> keys(index.begin(), index.end());
  for (std::size_t r = 0; r < report.units.size(); ++r) {
    const UnitStatus& row = report.units[r];
    if (!row.level) continue;
    for (const auto& [key, d] : keys) {
      ParentDeadline& deadline = report.deadlines[d];
      if (std::find(deadline.levels.begin(), deadline.levels.end(), *row.level) ==
          deadline.levels.end()) {
        continue;
      }
      // The district level ended on 01/07/2025: its deadlines after that are no one's.
      if (*row.level == Level::district && input.as_of > last_district_day &&
          deadline.due > last_district_day) {
        report.units[r].district_ended = true;
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
        case DeadlineState::cancelled: ++deadline.cancelled; break;
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
    if (written[a] != written[b]) return written[a] < written[b];
    return report.deadlines[a].occurrence < report.deadlines[b].occurrence;
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
    if (!u.other_year_file.empty()) out.push_back("other_year_plan");
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
  if (u.report_days_late > 0) out.push_back("report_late");
  if (!u.progress_errors.empty()) out.push_back("progress_errors");
  if (u.district_ended) out.push_back("district_ended");
  if (!u.needs_attention()) out.push_back("ok");
  return out;
}

std::vector<std::string> unit_state_labels(const UnitStatus& u, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::vector<std::string> out;
  for (const auto key : unit_state_keys(u)) {
    if (key == "no_plan") {
      if (!u.other_year_file.empty() && u.other_year > 0) {
        out.push_back(vi ? fmt::format("chưa gửi kế hoạch (chỉ có kế hoạch năm {}: {})",
                                       u.other_year, display_name(u.other_year_file))
                         : fmt::format("no plan sent (only a plan for {}: {})", u.other_year,
                                       display_name(u.other_year_file)));
      } else {
        out.emplace_back(vi ? "chưa gửi kế hoạch" : "no plan sent");
      }
    } else if (key == "other_year_plan") {
      continue;  // said with "no_plan"
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
    } else if (key == "report_late") {
      out.push_back(vi ? fmt::format("báo cáo muộn {} ngày", u.report_days_late)
                       : fmt::format("report {} day{} late", u.report_days_late,
                                     u.report_days_late == 1 ? "" : "s"));
    } else if (key == "progress_errors") {
      if (u.progress_error_items > 0) {
        out.push_back(vi ? fmt::format("tệp tiến độ có lỗi: {} việc coi như chưa xong",
                                       u.progress_error_items)
                         : fmt::format("progress file has errors: {} item{} counted not done",
                                       u.progress_error_items,
                                       u.progress_error_items == 1 ? "" : "s"));
      } else {
        out.emplace_back(vi ? "tệp tiến độ có lỗi" : "progress file has errors");
      }
    } else if (key == "district_ended") {
      out.emplace_back(vi ? "cấp huyện không còn từ 01/07/2025: các hạn sau đó không tính"
                          : "district level gone from 01/07/2025: later deadlines not counted");
    } else if (key == "ok") {
      out.emplace_back(vi ? "đầy đủ, đúng hạn" : "complete and on time");
    }
  }
  return out;
}

}  // namespace kehoach
