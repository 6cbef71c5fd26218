#include "kehoach/deadlines.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "base/text_table.hpp"
#include "kehoach/agency.hpp"
#include "kehoach/check.hpp"
#include "kehoach/due.hpp"
#include "kehoach/json.hpp"
#include "kehoach/progress_edit.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

// ---------------------------------------------------------------------------------------------
// Obligations

std::optional<Date> Obligation::due() const {
  if (!reading) return std::nullopt;
  return reading->due;
}

bool Obligation::open() const {
  return !status || (*status != ProgressStatus::done && *status != ProgressStatus::cancelled);
}

bool Obligation::done_late() const {
  const auto last = due();
  return status == ProgressStatus::done && status_date && last && *last < *status_date;
}

bool happened_by(const std::optional<Date>& date, const Date& day) {
  return !date || !(day < *date);
}

bool Obligation::open_on(const Date& day) const {
  // Done or cancelled without a date: closed whatever the day (the progress file gives none).
  return open() || !happened_by(status_date, day);
}

namespace {

// Items over all groups, a co-led item (listed under each of its lead agencies) once.
std::size_t distinct_items(const std::vector<AgencyGroup>& groups) {
  std::size_t n = 0;
  for (const auto& g : groups) {
    n += static_cast<std::size_t>(std::count_if(g.items.begin(), g.items.end(),
                                                [](const OverdueItem& i) { return !i.again; }));
  }
  return n;
}

}  // namespace

std::size_t OverdueReport::overdue_count() const { return distinct_items(overdue); }

std::size_t OverdueReport::due_soon_count() const { return distinct_items(due_soon); }

namespace {

std::string join(const std::vector<Text>& parts, std::string_view separator) {
  std::string out;
  for (const auto& p : parts) {
    if (p.value.empty()) continue;
    if (!out.empty()) out += separator;
    out += p.value;
  }
  return out;
}

void add_level(std::vector<Level>& levels, Level level) {
  if (std::find(levels.begin(), levels.end(), level) == levels.end()) levels.push_back(level);
}

// The progress recorded in the plan itself (`progress:` of a task or duty).
void take_plan_progress(Obligation& o, const std::optional<Progress>& progress) {
  if (!progress || !progress->status.present) return;
  o.status = progress_status_from_key(progress->status.value);
  if (progress->date.present) o.status_date = progress->date.value;
}

// The progress file's entry wins over the plan's: it is the record kept up to date, while an
// issued plan is not edited.
void take_file_progress(Obligation& o, const ProgressEntry& e) {
  if (!e.status.present) return;
  o.status = e.status.value;
  o.status_date = e.date.present ? std::optional<Date>(e.date.value) : std::nullopt;
  o.status_note = e.note.value;
}

// The progress entries by item id and occurrence (0: the item as a whole), the first of each
// kept. An entry names its occurrence by `occurrence: N` (as `kehoach done --occurrence N`
// writes it) or by `id#N`. Built once per plan: looking each item up by scanning the entries
// was tasks × entries.
using EntryIndex = std::map<std::pair<std::string, std::size_t>, const ProgressEntry*, std::less<>>;

EntryIndex index_entries(std::span<const ProgressEntry> entries) {
  EntryIndex out;
  for (const auto& e : entries) {
    const auto target = progress_target(e.id.value);
    const std::size_t n = e.occurrence.present && e.occurrence.value > 0
                              ? static_cast<std::size_t>(e.occurrence.value)
                              : target.occurrence;
    out.try_emplace({std::string(target.id), n}, &e);
    // `id#2` with `occurrence: 3` (KH307, faulty) leaves both occurrences in doubt.
    if (e.faulty && target.occurrence > 0 && target.occurrence != n) {
      out.try_emplace({std::string(target.id), target.occurrence}, &e);
    }
  }
  return out;
}

// The entry for the item as a whole (occurrence 0), or for its N-th occurrence.
const ProgressEntry* find_entry(const EntryIndex& entries, const Text& id,
                                std::size_t occurrence = 0) {
  if (entries.empty() || !id.present) return nullptr;
  const auto it = entries.find(std::pair<std::string, std::size_t>{id.value, occurrence});
  return it == entries.end() ? nullptr : it->second;
}

// A faulty entry counts as not done, whatever it says: a typo must not close an item. Nor does
// an entry closing the item before the plan's year and issue date (KH304): it is another year's.
void take_entry(Obligation& o, const ProgressEntry* e, const Plan& plan) {
  if (!e) return;
  if (e->faulty || closes_before_plan(plan, *e)) {
    o.status.reset();
    o.status_date.reset();
    o.progress_error = true;
    return;
  }
  take_file_progress(o, *e);
}

// An obligation whose deadline has several occurrences becomes one obligation per occurrence,
// each with that occurrence's start and due date; progress recorded for occurrence N applies to
// the N-th only, progress for the whole item to all.
void push_occurrences(std::vector<Obligation>& out, Obligation o, const EntryIndex& progress,
                      const Text& id, const Plan& plan) {
  if (!o.reading || o.reading->occurrences.size() < 2) {
    out.push_back(std::move(o));
    return;
  }
  const std::vector<Occurrence> all = o.reading->occurrences;
  for (std::size_t k = 0; k < all.size(); ++k) {
    Obligation one = o;
    one.reading->start = all[k].start;
    one.reading->due = all[k].due;
    one.occurrence = k + 1;
    one.occurrences = all.size();
    take_entry(one, find_entry(progress, id, k + 1), plan);
    out.push_back(std::move(one));
  }
}

void set_due(Obligation& o, const DueField& due) {
  o.phrase = due.phrase.value;
  o.reading = due.reading;
  o.error = due.error;
  if (due.phrase.present) o.at = due.phrase.at;
}

bool keeps_agency_and_level(const Obligation& o, const DeadlineFilter& filter,
                            std::optional<Level> context) {
  if (filter.level &&
      std::find(o.levels.begin(), o.levels.end(), *filter.level) == o.levels.end()) {
    return false;
  }
  if (!filter.agency.empty() && !agency_text_matches(o.agency, filter.agency, context)) {
    return false;
  }
  return true;
}

// Whether `title` ("Ban hành kế hoạch …", "Xây dựng, ban hành kế hoạch …") asks for the issuing
// of the plan `names_the_plan` finds in the words after "kế hoạch".
bool issuing_title_names_plan(std::string_view title_text, const Plan& plan, bool for_lower_units);

// Whether the words after "kế hoạch" in an issuing task's title (folded) name the plan that
// holds the task: its subject, if named, is the plan's own (theo dõi (tình hình) / tổ chức thi
// hành pháp luật, or the plan's title), any year named is the plan's, and no field, theme or
// lower units are named. "Ban hành kế hoạch kiểm tra …" is another plan: its task is not done
// when this one is issued. With `for_lower_units` (a parent's task asking the levels below for
// their plans) the lower units may be named: "… năm 2026 của các xã".
bool names_the_plan(std::string_view rest, const Plan& plan, bool for_lower_units = false) {
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  std::string own = fold_ascii(plan.title.value);
  if (own.starts_with("ke hoach ")) own.erase(0, 9);
  bool subject = false;
  for (const std::string_view s :
       {std::string_view(own), std::string_view("theo doi tinh hinh thi hanh phap luat"),
        std::string_view("theo doi thi hanh phap luat"),
        std::string_view("to chuc thi hanh phap luat")}) {
    if (!s.empty() && rest.starts_with(s)) {
      rest.remove_prefix(s.size());
      subject = true;
      break;
    }
  }
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
  // With no subject, only the plan's year, its issuer or its area may follow.
  if (!subject && !rest.empty() && !rest.starts_with("nam ") && !rest.starts_with("cua ") &&
      !rest.starts_with("tren dia ban")) {
    return false;
  }
  // A law, field or group of bodies named makes it a thematic plan: "… đối với Luật Đất đai",
  // "… trong công tác hộ tịch", "… tại các hợp tác xã".
  for (const std::string_view other : {" ve ", "linh vuc", "chuyen de", " doi voi ",
                                       " trong cong tac ", "cua cac ", "cho cac ", " tai cac "}) {
    if (for_lower_units && (other == "cua cac " || other == "cho cac " || other == " tai cac ")) {
      continue;
    }
    if ((" " + std::string(rest) + " ").find(other) != std::string::npos) return false;
  }
  // Every year it names is the plan's.
  for (std::size_t at = rest.find("nam "); at != std::string_view::npos;
       at = rest.find("nam ", at + 4)) {
    const std::string_view digits = rest.substr(at + 4, 4);
    if (digits.size() == 4 &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      if (!plan.year.present || std::to_string(plan.year.value) != digits) return false;
    }
  }
  return true;
}

// Whether `task` is the plan's own issuing ("Ban hành kế hoạch theo dõi tình hình thi hành pháp
// luật năm 2026", "Xây dựng, ban hành kế hoạch …" of this plan, with no lower level named): its
// output is the plan itself, so a plan that carries a number and a full issue date has done it
// on that date.
bool issues_the_plan(const Task& task, const Plan& plan) {
  if (!task.kind.present || task.kind.value != TaskKind::plan || !task.levels.empty()) {
    return false;
  }
  return issuing_title_names_plan(task.title.value, plan, false);
}

bool issuing_title_names_plan(std::string_view title_text, const Plan& plan, bool for_lower_units) {
  const std::string title = fold_ascii(title_text);
  const bool issuing = title.starts_with("ban hanh") || title.starts_with("xay dung, ban hanh") ||
                       title.starts_with("xay dung va ban hanh");
  if (!issuing) return false;
  const auto at = title.find("ke hoach");
  return at != std::string::npos &&
         names_the_plan(std::string_view(title).substr(at + 8), plan, for_lower_units);
}

bool plan_is_issued(const Plan& plan) {
  return plan.status.present && plan.status.value == Status::issued && plan.number.present &&
         !plan.number.value.empty() && plan.number.value.front() != '/' &&
         plan.issued.date().has_value();
}

PlanSummary summarise(const Plan& plan) {
  PlanSummary s;
  s.file = display_name(plan.file);  // a name with a line break or ESC is shown escaped
  s.number = plan.number.value;
  s.title = plan.title.value;
  s.issuer = plan.issuer.name.value;
  if (plan.issuer.level.present) s.level = plan.issuer.level.value;
  s.year = plan.year.present ? plan.year.value : 0;
  s.reference = plan_reference_date(plan);
  return s;
}

// The obligations written in one plan, in file order.
std::vector<Obligation> collect(const Plan& plan, const ProgressFile* progress_file,
                                std::size_t index) {
  std::vector<Obligation> out;
  const EntryIndex progress = progress_file ? index_entries(progress_file->items) : EntryIndex{};
  const std::string& issuer = plan.issuer.name.value;
  std::vector<Level> issuer_levels;
  if (plan.issuer.level.present) issuer_levels.push_back(plan.issuer.level.value);

  for (const auto& task : plan.tasks) {
    Obligation o;
    o.plan = index;
    o.source = ItemSource::task;
    o.id = task.id.value;
    o.number = task.number.value;
    o.title = task.title.value;
    if (task.kind.present) o.kind = task.kind.value;
    o.agency = join(task.lead, "; ");
    if (o.agency.empty()) o.agency = issuer;
    for (const auto& l : task.levels) add_level(o.levels, l.value);
    if (o.levels.empty()) o.levels = issuer_levels;
    o.at = task.at;
    set_due(o, task.due);
    take_plan_progress(o, task.progress);
    take_entry(o, find_entry(progress, task.id), plan);
    // What is recorded wins; with nothing recorded, an issued plan has done its own issuing.
    if (!o.status && !o.progress_error && plan_is_issued(plan) && issues_the_plan(task, plan)) {
      o.status = ProgressStatus::done;
      o.status_date = plan.issued.date();
      o.issued_as = plan.number.value;
    }
    push_occurrences(out, std::move(o), progress, task.id, plan);
  }
  for (const auto& r : plan.responsibilities) {
    for (const auto& duty : r.duties) {
      Obligation o;
      o.plan = index;
      o.source = ItemSource::duty;
      o.id = duty.id.value;
      o.number = r.number.value;
      o.title = duty.text.value;
      o.to = duty.to.value;
      if (duty.kind.present) o.kind = duty.kind.value;
      o.agency = r.agency.value.empty() ? issuer : r.agency.value;
      if (r.level.present) add_level(o.levels, r.level.value);
      for (const auto& l : duty.levels) add_level(o.levels, l.value);
      if (o.levels.empty()) o.levels = issuer_levels;
      o.at = duty.at;
      set_due(o, duty.due);
      take_plan_progress(o, duty.progress);
      take_entry(o, find_entry(progress, duty.id), plan);
      push_occurrences(out, std::move(o), progress, duty.id, plan);
    }
  }
  if (plan.reporting && plan.reporting->due.phrase.present) {
    const Reporting& rep = *plan.reporting;
    Obligation o;
    o.plan = index;
    o.source = ItemSource::reporting;
    o.kind = TaskKind::report;
    o.to = rep.to.value;
    o.agency = rep.subjects.value.empty() ? issuer : rep.subjects.value;
    o.levels = issuer_levels;
    o.at = rep.at;
    set_due(o, rep.due);
    // The report's rounds ("báo cáo 6 tháng …, báo cáo năm …") are tracked as a task's are.
    const EntryIndex report =
        progress_file ? index_entries(progress_file->reporting) : EntryIndex{};
    const Text id{std::string(reporting_item), rep.at, true};
    take_entry(o, find_entry(report, id), plan);
    push_occurrences(out, std::move(o), report, id, plan);
  }
  return out;
}

bool by_position(const DeadlineList& list, const Obligation& a, const Obligation& b) {
  return std::tie(list.plans[a.plan].file, a.at.line, a.at.column) <
         std::tie(list.plans[b.plan].file, b.at.line, b.at.column);
}

}  // namespace

bool asks_for_yearly_plan(std::string_view title, const Plan& parent) {
  // "… ban hành kế hoạch …" or "… xây dựng kế hoạch …" anywhere ("Căn cứ kế hoạch này ban hành
  // kế hoạch và tổ chức triển khai …"), naming the plan, or followed by its carrying out.
  const std::string folded = fold_ascii(title);
  for (const std::string_view verb : {"ban hanh ke hoach", "xay dung ke hoach"}) {
    for (auto at = folded.find(verb); at != std::string::npos; at = folded.find(verb, at + 1)) {
      std::string_view rest = std::string_view(folded).substr(at + verb.size());
      if (names_the_plan(rest, parent, true)) return true;
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
      for (const std::string_view next :
           {"va to chuc trien khai", "va trien khai", "trien khai thuc hien"}) {
        if (rest.starts_with(next)) return true;
      }
    }
  }
  return false;
}

DeadlineList list_deadlines(std::span<const TrackedPlan> plans, const DeadlineFilter& filter) {
  DeadlineList list;
  list.filter = filter;
  for (const auto& tracked : plans) {
    if (!tracked.plan) continue;
    if (filter.year && (!tracked.plan->year.present || tracked.plan->year.value != *filter.year)) {
      continue;
    }
    const std::size_t index = list.plans.size();
    list.plans.push_back(summarise(*tracked.plan));
    const std::optional<Level> context = list.plans.back().level;
    for (auto& o : collect(*tracked.plan, tracked.progress, index)) {
      // An unreadable progress file says nothing: what the plan itself records is not trusted
      // over it either.
      if (tracked.progress_unreadable) {
        o.status.reset();
        o.status_date.reset();
        o.issued_as.clear();
        o.progress_error = true;
      }
      if (!keeps_agency_and_level(o, filter, context)) continue;
      o.leads = lead_agency_names(o.agency, context);
      o.lead = o.leads.front();
      if (!filter.agency.empty() && o.leads.size() > 1) {
        // Listed under the leads the filter asks for: "--agency 'UBND các xã, phường'" shows
        // the communes' share of a co-led item under the communes.
        std::vector<std::string> asked;
        for (const auto& l : o.leads) {
          if (agency_text_matches(l, filter.agency, context)) asked.push_back(l);
        }
        o.leads = asked.empty() ? std::vector<std::string>{o.lead} : std::move(asked);
      }
      if (o.phrase.empty()) {
        ++list.without_deadline;
        continue;
      }
      const auto due = o.due();
      if (!due) {
        list.undated.push_back(std::move(o));
        continue;
      }
      if ((filter.from && *due < *filter.from) || (filter.to && *due > *filter.to)) continue;
      list.dated.push_back(std::move(o));
    }
  }
  sort_deadlines(list);
  return list;
}

void sort_deadlines(DeadlineList& list) {
  std::stable_sort(list.dated.begin(), list.dated.end(),
                   [&](const Obligation& a, const Obligation& b) {
                     if (*a.due() != *b.due()) return *a.due() < *b.due();
                     return by_position(list, a, b);
                   });
  std::stable_sort(
      list.undated.begin(), list.undated.end(),
      [&](const Obligation& a, const Obligation& b) { return by_position(list, a, b); });
}

// ---------------------------------------------------------------------------------------------
// Overdue

namespace {

std::vector<AgencyGroup> group_by_agency(std::vector<OverdueItem> items) {
  // Items are grouped by their canonical lead agency ("Phòng Tư pháp chủ trì phối hợp …" and
  // "Phòng Tư pháp" are one group); groups are ordered by the name read without diacritics,
  // and the first spelling names one.
  // A co-led item is listed under each of its lead agencies, marked `again` after the first.
  std::map<std::string, AgencyGroup> groups;
  for (auto& item : items) {
    std::vector<std::string> leads = item.item.leads;
    if (leads.empty()) leads.push_back(item.item.lead.empty() ? item.item.agency : item.item.lead);
    for (std::size_t k = 0; k < leads.size(); ++k) {
      auto [it, inserted] = groups.try_emplace(fold_ascii(leads[k]));
      if (inserted) it->second.agency = leads[k];
      OverdueItem listed = k + 1 < leads.size() ? item : std::move(item);
      listed.again = k > 0;
      it->second.items.push_back(std::move(listed));
    }
  }
  std::vector<AgencyGroup> out;
  out.reserve(groups.size());
  for (auto& [key, group] : groups) out.push_back(std::move(group));
  return out;
}

}  // namespace

bool district_ended(const Obligation& o, const PlanSummary& plan, const Date& as_of) {
  const auto due = o.due();
  if (!due || *due <= last_district_day || as_of <= last_district_day || !o.open_on(as_of)) {
    return false;
  }
  if (plan.level == Level::district) return true;
  // Who must do it, not whom it is passed on to (`levels`: a Sở's training "for the districts"
  // is still the Sở's): every lead a body or group of the district level.
  const AgencyReading reading = read_agencies(o.agency, plan.level);
  // A body of the district level: a district's UBND, HĐND or Chủ tịch ("UBND huyện Tam Đường",
  // "UBND các quận"), a group of the district level, or a body named with its district ("Phòng
  // Tư pháp huyện", "Phòng Tư pháp quận Hải Châu", "các cơ quan cấp huyện"); never one that also
  // names the province or the communes ("Các cơ quan cấp tỉnh, cấp huyện", "UBND cấp huyện, cấp
  // xã"), nor a "Phòng" of a Sở or of the provincial police, which the reader may place at the
  // district tier. Words are matched whole and with their marks: "chuyên môn", "khuyến nông" hold
  // no "huyện", "Sơn Tịnh" no "tỉnh".
  const auto district = [](const Agency& a) {
    const std::string name = " " + fold(a.name) + " ";
    const auto has = [&name](std::string_view word) {
      for (std::size_t at = name.find(word); at != std::string::npos;
           at = name.find(word, at + 1)) {
        const char before = name[at - 1];
        const char after = name[at + word.size()];
        const auto edge = [](char c) { return c == ' ' || c == ',' || c == ';' || c == '.'; };
        if (edge(before) && edge(after)) return true;
      }
      return false;
    };
    if (has("tỉnh") || has("xã") || has("phường") || has("thị trấn") ||
        std::find(a.covers.begin(), a.covers.end(), Level::commune) != a.covers.end()) {
      return false;
    }
    const bool committee = a.body == "ubnd" || a.body == "hdnd" || a.body == "chu tich ubnd";
    if (committee && a.tier == Level::district) return true;
    if (a.group && !a.covers.empty() && std::all_of(a.covers.begin(), a.covers.end(), [](Level l) {
          return l == Level::district;
        })) {
      return true;
    }
    return (has("huyện") || has("quận") || has("thị xã")) && (a.tier == Level::district || a.group);
  };
  return !reading.lead.empty() && std::all_of(reading.lead.begin(), reading.lead.end(), district);
}

OverdueReport find_overdue(const DeadlineList& list, const Date& as_of, std::optional<int> within) {
  OverdueReport report;
  report.as_of = as_of;
  report.within = within;
  report.plans = list.plans;
  report.failed = list.failed;
  report.progress_errors = list.progress_errors;
  report.filter = list.filter;
  std::vector<OverdueItem> overdue;
  std::vector<OverdueItem> soon;
  for (const auto& o : list.dated) {
    // Recorded done or cancelled after the as-of day: it was open then (a report for a past
    // day lists what was late on that day).
    const bool open = o.open_on(as_of);
    if (!o.issued_as.empty() && !open && *o.due() < as_of) report.issued.push_back(o);
    if (!open) continue;
    const Date due = *o.due();
    // A district plan's items, or items for the district level only, due once the district
    // level was gone (and only once the as-of day is past the last district day: before it,
    // they were a living district's work).
    if (district_ended(o, list.plans[o.plan], as_of)) {
      report.district_ended.push_back(o);
      continue;
    }
    // A date-only deadline lasts through its day: due today is not late.
    if (due < as_of) {
      overdue.push_back(OverdueItem{o, days_between(due, as_of)});
    } else if (within && days_between(as_of, due) <= *within) {
      soon.push_back(OverdueItem{o, days_between(as_of, due)});
    }
  }
  for (const auto& o : list.undated) {
    if (!o.open_on(as_of)) continue;
    ++report.undated;
    if (!o.reading) report.unreadable.push_back(o);
  }
  report.overdue = group_by_agency(std::move(overdue));
  report.due_soon = group_by_agency(std::move(soon));
  return report;
}

std::optional<Date> parse_date_argument(std::string_view text) {
  text = trim(text);
  if (const auto iso = parse_iso_date(text)) return iso;
  // dd/mm/yyyy, with one-digit day and month allowed as officials write them (5/3/2020).
  const auto first = text.find('/');
  const auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  auto number = [](std::string_view s, std::size_t min, std::size_t max) -> int {
    if (s.size() < min || s.size() > max) return -1;
    int value = 0;
    for (const char c : s) {
      if (c < '0' || c > '9') return -1;
      value = value * 10 + (c - '0');
    }
    return value;
  };
  const int day = number(text.substr(0, first), 1, 2);
  const int month = number(text.substr(first + 1, second - first - 1), 1, 2);
  const int year = number(text.substr(second + 1), 4, 4);
  if (day < 0 || month < 0 || year < 0) return std::nullopt;
  const Date date{year, month, day};
  if (!date.valid()) return std::nullopt;
  return date;
}

// ---------------------------------------------------------------------------------------------
// Words

namespace {

bool is_vi(Lang lang) { return lang == Lang::vi; }

std::string_view status_label(ProgressStatus status, Lang lang) {
  const bool vi = is_vi(lang);
  switch (status) {
    case ProgressStatus::not_started: return vi ? "chưa bắt đầu" : "not started";
    case ProgressStatus::in_progress: return vi ? "đang thực hiện" : "in progress";
    case ProgressStatus::done: return vi ? "đã xong" : "done";
    case ProgressStatus::cancelled: return vi ? "đã hủy" : "cancelled";
  }
  return "";
}

// The status in words, "xong muộn" for an item done after its due date (as `progress` counts
// it): every format says it where it says done.
std::string_view progress_label(const Obligation& o, Lang lang) {
  if (o.done_late()) return is_vi(lang) ? "xong muộn" : "done late";
  return o.status ? status_label(*o.status, lang) : std::string_view();
}

std::string_view source_label(ItemSource source, Lang lang) {
  const bool vi = is_vi(lang);
  switch (source) {
    case ItemSource::task: return vi ? "hoạt động" : "task";
    case ItemSource::duty: return vi ? "nhiệm vụ" : "duty";
    case ItemSource::reporting: return vi ? "chế độ báo cáo" : "reporting";
  }
  return "";
}

std::string_view source_key(ItemSource source) {
  switch (source) {
    case ItemSource::task: return "task";
    case ItemSource::duty: return "duty";
    case ItemSource::reporting: return "reporting";
  }
  return "";
}

std::string item_title(const Obligation& o, Lang lang) {
  if (o.source != ItemSource::reporting) return o.title;
  return is_vi(lang) ? "Gửi báo cáo theo chế độ báo cáo" : "Send the report (reporting regime)";
}

// "đã ban hành: Kế hoạch số 12/KH-UBND", for a plan's own issuing task (Obligation::issued_as).
std::string issued_note(const Obligation& o, Lang lang) {
  return is_vi(lang) ? "đã ban hành: Kế hoạch số " + o.issued_as : "issued: plan " + o.issued_as;
}

std::string dash_if_empty(std::string text);

// "đã xong 12/09/2025", "xong muộn 20/10/2026", or empty when no progress is recorded.
std::string progress_text(const Obligation& o, Lang lang) {
  if (o.progress_error) {
    return is_vi(lang) ? "lỗi tệp tiến độ, coi như chưa xong" : "progress file error, not done";
  }
  if (!o.status) return {};
  std::string out(progress_label(o, lang));
  if (o.status_date) out += " " + o.status_date->dmy();
  if (!o.issued_as.empty()) out += " (" + issued_note(o, lang) + ")";
  return out;
}

// Why overdue leaves out the items of district plans due after the district level ended
// (OverdueReport::district_ended), or empty.
std::string district_ended_text(const OverdueReport& report, Lang lang) {
  if (report.district_ended.empty()) return {};
  const std::size_t n = report.district_ended.size();
  std::string out =
      is_vi(lang)
          ? fmt::format(
                "Không tính quá hạn {} việc chưa xong của kế hoạch cấp huyện, hoặc do cơ "
                "quan cấp huyện chủ trì, có hạn từ 01/07/2025: từ ngày đó không còn cấp huyện "
                "(Luật Tổ chức chính quyền địa phương năm 2025); việc nào còn phải làm thì "
                "theo kế hoạch của cấp tỉnh, cấp xã:",
                n)
          : fmt::format(
                "Not overdue: {} open item{} of district plans, or led by district bodies, "
                "due from 01/07/2025, when the district level ended (Law on Local "
                "Government Organisation 2025); work still to do falls under the "
                "province's and communes' plans:",
                n, n == 1 ? "" : "s");
  for (const auto& o : report.district_ended) {
    out += fmt::format("\n  - {} {} {} {}", report.plans[o.plan].file, dash_if_empty(o.id),
                       is_vi(lang) ? "hạn" : "due", o.due()->dmy());
  }
  return out;
}

// Why overdue leaves out the plans' own issuing tasks (OverdueReport::issued), or empty.
std::string issued_text(const OverdueReport& report, Lang lang) {
  if (report.issued.empty()) return {};
  std::string out = is_vi(lang) ? "Không tính quá hạn việc ban hành chính kế hoạch, vì kế hoạch "
                                  "đã ban hành:"
                                : "Not overdue: the plans' own issuing, as the plans are issued:";
  for (const auto& o : report.issued) {
    out += fmt::format("\n  - {} {}: {} {}", report.plans[o.plan].file, dash_if_empty(o.id),
                       issued_note(o, lang),
                       is_vi(lang) ? "ngày " + o.status_date->dmy() : "on " + o.status_date->dmy());
  }
  return out;
}

// A heading for the items whose deadline cannot be read (`{}` is their number) and the items,
// one a line; empty when there are none.
std::string unreadable_block(const std::vector<PlanSummary>& plans,
                             const std::vector<Obligation>& items, Lang lang,
                             std::string_view heading_vi, std::string_view heading_en) {
  if (items.empty()) return {};
  const std::size_t n = items.size();
  std::string out = "\n";
  out += is_vi(lang) ? fmt::format(fmt::runtime(heading_vi), n)
                     : fmt::format(fmt::runtime(heading_en), n, n == 1 ? "item" : "items",
                                   n == 1 ? "its" : "their");
  return out + ":\n" + unreadable_lines(plans, items, lang, "  - ");
}

// How the phrase reads, besides its due date: "quý, từ 01/04/2024".
std::string reading_text(const Obligation& o, Lang lang) {
  const bool vi = is_vi(lang);
  if (!o.reading) {
    return (vi ? "không đọc được: " : "cannot be read: ") + o.error.in(lang);
  }
  std::string out(due_kind_label(o.reading->kind, lang));
  if (!o.reading->due) {
    out += vi ? ", không có ngày cụ thể" : ", no fixed day";
    return out;
  }
  if (o.reading->start) out += (vi ? ", từ " : ", from ") + o.reading->start->dmy();
  if (o.occurrences > 1) {
    out += fmt::format(fmt::runtime(vi ? ", lần {}/{}" : ", time {} of {}"), o.occurrence,
                       o.occurrences);
  }
  return out;
}

std::string plan_label(const PlanSummary& p) { return p.issuer.empty() ? p.file : p.issuer; }

// "Ủy ban nhân dân tỉnh Lai Châu, số /KH-UBND, năm 2025".
std::string plan_description(const PlanSummary& p, Lang lang) {
  const bool vi = is_vi(lang);
  std::string out = plan_label(p);
  if (!p.number.empty()) out += (vi ? ", số " : ", no. ") + p.number;
  if (p.year > 0) out += fmt::format("{}{}", vi ? ", năm " : ", year ", p.year);
  return out;
}

std::string levels_text(const std::vector<Level>& levels, Lang lang) {
  std::string out;
  for (const Level l : levels) {
    if (!out.empty()) out += "; ";
    out += level_label(l, lang);
  }
  return out;
}

std::string days_text(long days, Lang lang) {
  if (is_vi(lang)) return fmt::format("{} ngày", days);
  return fmt::format("{} {}", days, days == 1 ? "day" : "days");
}

std::string days_left_text(long days, Lang lang) {
  if (days == 0) return is_vi(lang) ? "hôm nay" : "today";
  return days_text(days, lang);
}

// "Lọc: từ 01/01/2025; đến …; cơ quan có “tư pháp”; cấp xã", or empty.
std::string filter_text(const DeadlineFilter& f, Lang lang, bool dates) {
  const bool vi = is_vi(lang);
  std::vector<std::string> parts;
  if (dates && f.from) parts.push_back((vi ? "từ " : "from ") + f.from->dmy());
  if (dates && f.to) parts.push_back((vi ? "đến " : "to ") + f.to->dmy());
  if (!f.agency.empty()) {
    parts.push_back(fmt::format("{} “{}”", vi ? "cơ quan" : "agency", f.agency));
  }
  if (f.level) {
    parts.push_back(fmt::format("{} {}", vi ? "cấp" : "level", level_label(*f.level, lang)));
  }
  if (f.year) parts.push_back(fmt::format("{} {}", vi ? "kế hoạch năm" : "plans for", *f.year));
  if (parts.empty()) return {};
  std::string out = vi ? "Lọc: " : "Filter: ";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += "; ";
    out += parts[i];
  }
  return out;
}

std::string progress_errors_text(const std::vector<std::string>& files, Lang lang) {
  if (files.empty()) return {};
  std::string names;
  for (const auto& f : files) {
    if (!names.empty()) names += ", ";
    names += f;
  }
  return is_vi(lang) ? fmt::format(
                           "Tệp tiến độ có lỗi (xem thông báo lỗi): {}. Các việc có tiến "
                           "độ ghi lỗi được coi là chưa xong.",
                           names)
                     : fmt::format(
                           "Progress files with errors (see the error messages): {}. Items "
                           "whose progress is in error count as not done.",
                           names);
}

std::string failed_text(const std::vector<std::string>& failed, Lang lang) {
  if (failed.empty()) return {};
  std::string names;
  for (const auto& f : failed) {
    if (!names.empty()) names += ", ";
    names += f;
  }
  return is_vi(lang)
             ? fmt::format("Không đọc được {} tệp, không được xét: {}.", failed.size(), names)
             : fmt::format("{} {} could not be read and {} left out: {}.", failed.size(),
                           failed.size() == 1 ? "file" : "files",
                           failed.size() == 1 ? "was" : "were", names);
}

// ---------------------------------------------------------------------------------------------
// Plain-text tables

using text_table::Column;

constexpr std::string_view green = "\x1b[32m";
constexpr std::string_view red = "\x1b[31m";
constexpr std::string_view yellow = "\x1b[33m";
constexpr std::string_view dim = "\x1b[2m";

// The colour of an item's progress cell: done green, done late yellow, cancelled dim, in error
// red.
std::string_view progress_colour(const Obligation& o) {
  if (o.progress_error) return red;
  if (o.done_late()) return yellow;
  if (o.status == ProgressStatus::done) return green;
  if (o.status == ProgressStatus::cancelled) return dim;
  return {};
}

std::string phrase_cell(const Obligation& o, Lang lang) {
  return fmt::format("{} ({})", o.phrase, reading_text(o, lang));
}

// The plans read, one a line, each shortened to `width` when one is given.
std::string plans_block(const std::vector<PlanSummary>& plans, Lang lang, std::size_t width) {
  std::string out = fmt::format("{} ({}):\n", is_vi(lang) ? "Kế hoạch" : "Plans", plans.size());
  for (const auto& p : plans) {
    const std::string line = fmt::format("  {}: {}", p.file, plan_description(p, lang));
    out += (width > 0 ? text_table::clip(line, width) : line) + "\n";
  }
  return out;
}

std::string dash_if_empty(std::string text) { return text.empty() ? "—" : text; }

// The lead agency in short; "…" says the text names more (JSON and CSV carry it whole).
std::string agency_cell(const Obligation& o) {
  if (o.lead.empty() || fold_ascii(o.lead) == fold_ascii(o.agency)) return o.agency;
  return o.lead + " …";
}

// What the text and Markdown deadline lists end with: the items whose deadline cannot be read,
// how many have none, the files that did not load and the broken progress files.
std::string deadlines_footer(const DeadlineList& list, Lang lang) {
  const bool vi = is_vi(lang);
  std::string out;
  out += unreadable_block(list.plans, unreadable_items(list), lang,
                          "{} việc có thời hạn không đọc được nên không có ngày đến hạn, không có "
                          "trong tệp lịch (ics), không được xét quá hạn (lỗi trong kế hoạch; "
                          "`kehoach validate` chỉ rõ)",
                          "{} {} with a deadline that cannot be read: no due date, no place in "
                          "a calendar (ics) file, no overdue check (an error in the plan; "
                          "`kehoach validate` shows it)");
  if (list.without_deadline > 0) {
    out += vi ? fmt::format("\n{} việc không ghi thời hạn, không liệt kê.\n", list.without_deadline)
              : fmt::format("\n{} {} with no deadline written {} not listed.\n",
                            list.without_deadline, list.without_deadline == 1 ? "item" : "items",
                            list.without_deadline == 1 ? "is" : "are");
  }
  if (!list.failed.empty()) out += "\n" + failed_text(list.failed, lang) + "\n";
  if (!list.progress_errors.empty()) {
    out += "\n" + progress_errors_text(list.progress_errors, lang) + "\n";
  }
  return out;
}

}  // namespace

std::vector<Obligation> unreadable_items(const DeadlineList& list) {
  std::vector<Obligation> out;
  for (const auto& o : list.undated) {
    if (!o.reading) out.push_back(o);
  }
  return out;
}

std::string unreadable_lines(const std::vector<PlanSummary>& plans,
                             const std::vector<Obligation>& items, Lang lang,
                             std::string_view indent) {
  std::string out;
  for (const auto& o : items) {
    out += fmt::format("{}{}:{}: {} “{}”: {}\n", indent, plans[o.plan].file, o.at.line,
                       o.id.empty() ? item_title(o, lang) : o.id, phrase_for_message(o.phrase),
                       o.error.in(lang));
  }
  return out;
}

std::string render_deadlines_text(const DeadlineList& list, Lang lang, std::size_t width,
                                  bool color) {
  const bool vi = is_vi(lang);
  std::string out = vi ? "Danh sách thời hạn\n" : "Deadline list\n";
  out += plans_block(list.plans, lang, width);
  if (const auto f = filter_text(list.filter, lang, true); !f.empty()) out += f + "\n";
  out += '\n';
  if (list.dated.empty()) {
    out += vi ? "Không có việc nào có hạn.\n" : "No item with a due date.\n";
  } else {
    out += fmt::format("{} ({}):\n", vi ? "Có hạn" : "Dated", list.dated.size());
    std::vector<std::vector<std::string>> rows;
    for (const auto& o : list.dated) {
      rows.push_back({o.due()->dmy(), dash_if_empty(progress_text(o, lang)), dash_if_empty(o.id),
                      item_title(o, lang), agency_cell(o), plan_label(list.plans[o.plan]),
                      phrase_cell(o, lang)});
    }
    const auto style = [&](std::size_t r, std::size_t c) {
      return color && c == 1 ? progress_colour(list.dated[r]) : std::string_view();
    };
    out += text_table::render(
        {{vi ? "Hạn" : "Due"},
         {vi ? "Tiến độ" : "Progress", true, 6, 10},
         {vi ? "Mã" : "Id", true, 3, 8},
         {vi ? "Việc" : "Item", true, 1, 16},
         {vi ? "Cơ quan" : "Agency", true, 2, 12},
         {vi ? "Kế hoạch" : "Plan", true, 5, 8},
         {vi ? "Thời hạn ghi trong kế hoạch (cách đọc)" : "Deadline as written (reading)", true, 4,
          12}},
        rows, "", width, style);
  }
  if (!list.undated.empty()) {
    out += fmt::format("\n{} ({}):\n", vi ? "Chưa xác định được ngày" : "Cannot be dated",
                       list.undated.size());
    std::vector<std::vector<std::string>> rows;
    for (const auto& o : list.undated) {
      rows.push_back({dash_if_empty(progress_text(o, lang)), dash_if_empty(o.id),
                      item_title(o, lang), agency_cell(o), plan_label(list.plans[o.plan]),
                      phrase_cell(o, lang)});
    }
    const auto style = [&](std::size_t r, std::size_t c) {
      return color && c == 0 ? progress_colour(list.undated[r]) : std::string_view();
    };
    out += text_table::render(
        {{vi ? "Tiến độ" : "Progress", true, 6, 10},
         {vi ? "Mã" : "Id", true, 3, 8},
         {vi ? "Việc" : "Item", true, 1, 16},
         {vi ? "Cơ quan" : "Agency", true, 2, 12},
         {vi ? "Kế hoạch" : "Plan", true, 5, 8},
         {vi ? "Thời hạn ghi trong kế hoạch (lý do)" : "Deadline as written (why)", true, 4, 12}},
        rows, "", width, style);
  }
  out += deadlines_footer(list, lang);
  return out;
}

namespace {

// "Nothing is overdue", unless some items could not be judged: then it says so at once, for a
// reader who stops at the first line.
std::string nothing_overdue_text(const OverdueReport& report, Lang lang) {
  const std::size_t n = report.unreadable.size();
  if (n == 0) return is_vi(lang) ? "Không có việc nào quá hạn." : "Nothing is overdue.";
  return is_vi(lang) ? fmt::format(
                           "Không có việc nào quá hạn trong các việc đọc được thời hạn; {} "
                           "việc không xét được (xem cuối danh sách).",
                           n)
                     : fmt::format(
                           "Nothing is overdue among the items whose deadline can be "
                           "read; {} {} cannot be judged (see the end).",
                           n, n == 1 ? "item" : "items");
}

// What the text and Markdown overdue lists end with: the undated items, the plans' own issuing
// tasks counted done, the files that did not load and the broken progress files.
std::string overdue_footer(const OverdueReport& report, Lang lang, std::size_t width = 0) {
  const bool vi = lang == Lang::vi;
  std::string out;
  // An unreadable deadline is an error in the plan, not a deadline without a day: named apart,
  // each with its file and line, so that "nothing overdue" is not read as the whole answer.
  out += unreadable_block(report.plans, report.unreadable, lang,
                          "{} việc không xét được quá hạn vì thời hạn không đọc được (lỗi trong "
                          "kế hoạch; `kehoach validate` chỉ rõ)",
                          "{} {} cannot be judged overdue because {} deadline cannot be read (an "
                          "error in the plan; `kehoach validate` shows it)");
  if (const std::size_t no_day = report.undated - report.unreadable.size(); no_day > 0) {
    out += vi ? fmt::format("\n{} việc chưa xác định được ngày, không bao giờ tính là quá hạn.\n",
                            no_day)
              : fmt::format("\n{} {} that cannot be dated {} never overdue.\n", no_day,
                            no_day == 1 ? "item" : "items", no_day == 1 ? "is" : "are");
  }
  // Listed with "đã xong …" in their progress column: why they are still open on the as-of day.
  std::size_t later = 0;
  for (const auto* groups : {&report.overdue, &report.due_soon}) {
    for (const auto& g : *groups) {
      for (const auto& i : g.items) {
        if (!i.item.open() && i.item.status_date) ++later;
      }
    }
  }
  if (later > 0) {
    out += vi ? fmt::format(
                    "\n{} việc trong danh sách trên được ghi xong hoặc hủy sau ngày {} "
                    "(xem cột Tiến độ), nên chưa được tính là xong vào ngày đó; ngày "
                    "ghi ở tương lai là ghi nhầm: sửa `date:` trong tệp tiến độ.\n",
                    later, report.as_of.dmy())
              : fmt::format(
                    "\n{} {} above {} recorded done or cancelled after {} (see the "
                    "Progress column), so not counted as closed on that day; a day in "
                    "the future is a slip: correct `date:` in the progress file.\n",
                    later, later == 1 ? "item" : "items", later == 1 ? "is" : "are",
                    report.as_of.dmy());
  }
  // Co-led items: each agency's group lists them, the counts count them once.
  std::size_t shared = 0;
  for (const auto* groups : {&report.overdue, &report.due_soon}) {
    for (const auto& g : *groups) {
      shared += static_cast<std::size_t>(std::count_if(
          g.items.begin(), g.items.end(), [](const OverdueItem& i) { return i.again; }));
    }
  }
  if (shared > 0) {
    const std::string line =
        vi ? fmt::format(
                 "\nViệc có nhiều cơ quan chủ trì được kể ở nhóm của mỗi cơ quan ({} lần kể "
                 "thêm); số việc ở trên đếm mỗi việc một lần.\n",
                 shared)
           : fmt::format(
                 "\nAn item led by several agencies is listed under each of them ({} extra "
                 "{}); the counts above count each item once.\n",
                 shared, shared == 1 ? "listing" : "listings");
    // On a terminal, the line is wrapped to its width as the tables are fitted to it.
    if (width == 0) {
      out += line;
    } else {
      out += '\n';
      for (const auto& l : wrap(line, width)) out += l + '\n';
    }
  }
  if (const auto issued = issued_text(report, lang); !issued.empty()) {
    out += "\n" + issued + "\n";
  }
  if (const auto ended = district_ended_text(report, lang); !ended.empty()) {
    out += "\n" + ended + "\n";
  }
  if (!report.failed.empty()) out += "\n" + failed_text(report.failed, lang) + "\n";
  if (!report.progress_errors.empty()) {
    out += "\n" + progress_errors_text(report.progress_errors, lang) + "\n";
  }
  return out;
}

}  // namespace

std::string render_overdue_text(const OverdueReport& report, Lang lang, std::size_t width,
                                bool color) {
  const bool vi = is_vi(lang);
  std::string out = fmt::format("{} {}\n", vi ? "Việc quá hạn tính đến ngày" : "Overdue as of",
                                report.as_of.dmy());
  out += plans_block(report.plans, lang, width);
  if (const auto f = filter_text(report.filter, lang, false); !f.empty()) out += f + "\n";
  out += '\n';

  auto groups = [&](const std::vector<AgencyGroup>& list, bool late) {
    for (const auto& g : list) {
      out += fmt::format("\n{} ({})\n", g.agency, g.items.size());
      std::vector<std::vector<std::string>> rows;
      for (const auto& item : g.items) {
        const Obligation& o = item.item;
        rows.push_back(
            {o.due()->dmy(), late ? days_text(item.days, lang) : days_left_text(item.days, lang),
             dash_if_empty(progress_text(o, lang)), dash_if_empty(o.id), item_title(o, lang),
             plan_label(report.plans[o.plan]), phrase_cell(o, lang)});
      }
      const auto style = [&](std::size_t r, std::size_t c) {
        if (!color) return std::string_view();
        if (c == 1) return late ? red : yellow;
        return c == 2 ? progress_colour(g.items[r].item) : std::string_view();
      };
      out += text_table::render(
          {{vi ? "Hạn" : "Due"},
           {late ? (vi ? "Trễ" : "Late") : (vi ? "Còn" : "Left")},
           {vi ? "Tiến độ" : "Progress", true, 6, 10},
           {vi ? "Mã" : "Id", true, 3, 8},
           {vi ? "Việc" : "Item", true, 1, 16},
           {vi ? "Kế hoạch" : "Plan", true, 5, 8},
           {vi ? "Thời hạn ghi trong kế hoạch (cách đọc)" : "Deadline as written (reading)", true,
            4, 12}},
          rows, "  ", width, style);
    }
  };

  const std::size_t late = report.overdue_count();
  if (late == 0) {
    out += nothing_overdue_text(report, lang) + "\n";
  } else {
    out +=
        vi ? fmt::format("Quá hạn: {} việc của {} cơ quan.\n", late, report.overdue.size())
           : fmt::format("Overdue: {} {} of {} {}.\n", late, late == 1 ? "item" : "items",
                         report.overdue.size(), report.overdue.size() == 1 ? "agency" : "agencies");
    groups(report.overdue, true);
  }
  if (report.within) {
    const Date last = add_days(report.as_of, *report.within);
    const std::size_t soon = report.due_soon_count();
    out += '\n';
    if (soon == 0) {
      out += vi ? fmt::format("Không có việc nào đến hạn từ {} đến {}.\n", report.as_of.dmy(),
                              last.dmy())
                : fmt::format("Nothing is due from {} to {}.\n", report.as_of.dmy(), last.dmy());
    } else {
      out +=
          vi ? fmt::format("Sắp đến hạn (từ {} đến {}): {} việc của {} cơ quan.\n",
                           report.as_of.dmy(), last.dmy(), soon, report.due_soon.size())
             : fmt::format("Due soon ({} to {}): {} {} of {} {}.\n", report.as_of.dmy(), last.dmy(),
                           soon, soon == 1 ? "item" : "items", report.due_soon.size(),
                           report.due_soon.size() == 1 ? "agency" : "agencies");
      groups(report.due_soon, false);
    }
  }
  return out + overdue_footer(report, lang, width);
}

// ---------------------------------------------------------------------------------------------
// Markdown

namespace {

std::string md_row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += c.empty() ? " |" : " " + markdown_cell(c) + " |";
  return out + "\n";
}

std::string md_header(const std::vector<std::string>& cells, const std::vector<bool>& right) {
  std::string out = md_row(cells) + "|";
  for (std::size_t i = 0; i < cells.size(); ++i) out += right[i] ? " ---: |" : " --- |";
  return out + "\n";
}

std::string md_plans(const std::vector<PlanSummary>& plans, Lang lang) {
  std::string out = fmt::format("{} ({}):\n\n", is_vi(lang) ? "Kế hoạch" : "Plans", plans.size());
  for (const auto& p : plans) {
    out += fmt::format("- `{}`: {}\n", p.file, markdown_cell(plan_description(p, lang)));
  }
  return out;
}

}  // namespace

std::string render_deadlines_markdown(const DeadlineList& list, Lang lang) {
  const bool vi = is_vi(lang);
  std::string out = vi ? "# Danh sách thời hạn\n\n" : "# Deadline list\n\n";
  out += md_plans(list.plans, lang);
  if (const auto f = filter_text(list.filter, lang, true); !f.empty()) out += "\n" + f + "\n";
  out += fmt::format("\n## {} ({})\n\n", vi ? "Có hạn" : "Dated", list.dated.size());
  if (list.dated.empty()) {
    out += vi ? "Không có việc nào có hạn.\n" : "No item with a due date.\n";
  } else {
    out += md_header(
        {vi ? "Hạn" : "Due", vi ? "Việc" : "Item", vi ? "Mã" : "Id", vi ? "Cơ quan" : "Agency",
         vi ? "Kế hoạch" : "Plan", vi ? "Thời hạn ghi trong kế hoạch" : "Deadline as written",
         vi ? "Cách đọc" : "Reading", vi ? "Tiến độ" : "Progress"},
        std::vector<bool>(8, false));
    for (const auto& o : list.dated) {
      out += md_row({o.due()->dmy(), item_title(o, lang), o.id, agency_cell(o),
                     plan_label(list.plans[o.plan]), o.phrase, reading_text(o, lang),
                     progress_text(o, lang)});
    }
  }
  if (!list.undated.empty()) {
    out += fmt::format("\n## {} ({})\n\n", vi ? "Chưa xác định được ngày" : "Cannot be dated",
                       list.undated.size());
    out += md_header(
        {vi ? "Việc" : "Item", vi ? "Mã" : "Id", vi ? "Cơ quan" : "Agency",
         vi ? "Kế hoạch" : "Plan", vi ? "Thời hạn ghi trong kế hoạch" : "Deadline as written",
         vi ? "Lý do" : "Why", vi ? "Tiến độ" : "Progress"},
        std::vector<bool>(7, false));
    for (const auto& o : list.undated) {
      out += md_row({item_title(o, lang), o.id, agency_cell(o), plan_label(list.plans[o.plan]),
                     o.phrase, reading_text(o, lang), progress_text(o, lang)});
    }
  }
  out += deadlines_footer(list, lang);
  return out;
}

std::string render_overdue_markdown(const OverdueReport& report, Lang lang) {
  const bool vi = is_vi(lang);
  std::string out = fmt::format("# {} {}\n\n", vi ? "Việc quá hạn tính đến ngày" : "Overdue as of",
                                report.as_of.dmy());
  out += md_plans(report.plans, lang);
  if (const auto f = filter_text(report.filter, lang, false); !f.empty()) out += "\n" + f + "\n";

  auto groups = [&](const std::vector<AgencyGroup>& list, bool late) {
    for (const auto& g : list) {
      out += fmt::format("\n### {} ({})\n\n", markdown_cell(g.agency), g.items.size());
      out += md_header(
          {vi ? "Hạn" : "Due", late ? (vi ? "Trễ" : "Late") : (vi ? "Còn" : "Left"),
           vi ? "Việc" : "Item", vi ? "Mã" : "Id", vi ? "Kế hoạch" : "Plan",
           vi ? "Thời hạn ghi trong kế hoạch" : "Deadline as written", vi ? "Tiến độ" : "Progress"},
          {false, true, false, false, false, false, false});
      for (const auto& item : g.items) {
        const Obligation& o = item.item;
        out += md_row({o.due()->dmy(),
                       late ? days_text(item.days, lang) : days_left_text(item.days, lang),
                       item_title(o, lang), o.id, plan_label(report.plans[o.plan]), o.phrase,
                       progress_text(o, lang)});
      }
    }
  };

  const std::size_t late = report.overdue_count();
  out += fmt::format("\n## {} ({})\n", vi ? "Quá hạn" : "Overdue", late);
  if (late == 0) {
    out += "\n" + nothing_overdue_text(report, lang) + "\n";
  } else {
    groups(report.overdue, true);
  }
  if (report.within) {
    const Date last = add_days(report.as_of, *report.within);
    out += fmt::format("\n## {} {} {} {} ({})\n", vi ? "Sắp đến hạn, từ" : "Due soon, from",
                       report.as_of.dmy(), vi ? "đến" : "to", last.dmy(), report.due_soon_count());
    if (report.due_soon.empty()) {
      out += vi ? "\nKhông có việc nào.\n" : "\nNothing.\n";
    } else {
      groups(report.due_soon, false);
    }
  }
  return out + overdue_footer(report, lang);
}

// ---------------------------------------------------------------------------------------------
// JSON

namespace {

std::string json_text(std::string_view text) { return text.empty() ? "null" : json_quote(text); }

std::string json_date(const std::optional<Date>& date) {
  return date ? json_quote(date->iso()) : std::string("null");
}

std::string json_plan(const PlanSummary& p) {
  return fmt::format(
      R"({{"file": {}, "number": {}, "title": {}, "issuer": {}, "level": {}, "year": {}}})",
      json_quote(p.file), json_text(p.number), json_text(p.title), json_text(p.issuer),
      p.level ? json_quote(level_key(*p.level)) : "null",
      p.year > 0 ? std::to_string(p.year) : "null");
}

// The progress note: the progress file's, or why a plan's own issuing counts as done.
std::string note_of(const Obligation& o, Lang lang) {
  if (o.status_note.empty() && !o.issued_as.empty()) return issued_note(o, lang);
  return o.status_note;
}

std::string json_strings(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json_quote(items[i]);
  return out + "]";
}

std::string json_item(const std::vector<PlanSummary>& plans, const Obligation& o, Lang lang,
                      std::string_view extra) {
  const PlanSummary& p = plans[o.plan];
  std::string levels = "[";
  for (std::size_t i = 0; i < o.levels.size(); ++i) {
    levels += fmt::format("{}\"{}\"", i ? ", " : "", level_key(o.levels[i]));
  }
  levels += "]";
  std::string reading = "null";
  if (o.reading) {
    // "occurrence" and "occurrences" only on an occurrence of a deadline that has several.
    const std::string occurrence =
        o.occurrences > 1
            ? fmt::format(R"(, "occurrence": {}, "occurrences": {})", o.occurrence, o.occurrences)
            : std::string();
    reading = fmt::format(R"({{"kind": "{}", "start": {}, "due": {}, "note": {}{}}})",
                          due_kind_key(o.reading->kind), json_date(o.reading->start),
                          json_date(o.reading->due), json_text(o.reading->note), occurrence);
  }
  std::string progress = "null";
  if (o.status) {
    progress = fmt::format(R"({{"status": "{}", "date": {}, "note": {}, "done_late": {}}})",
                           progress_status_key(*o.status), json_date(o.status_date),
                           json_text(note_of(o, lang)), o.done_late() ? "true" : "false");
  }
  return fmt::format(
      R"({{"file": {}, "line": {}, "column": {}, "issuer": {}, "plan_number": {}, "plan_year": {}, "source": "{}", "id": {}, "number": {}, "kind": {}, "title": {}, "to": {}, "agency": {}, "lead_agency": {}, "lead_agencies": {}, "levels": {}, "phrase": {}, "reading": {}, "error": {}, "progress": {}, "progress_error": {}{}}})",
      json_quote(p.file), o.at.line, o.at.column, json_text(p.issuer), json_text(p.number),
      p.year > 0 ? std::to_string(p.year) : "null", source_key(o.source), json_text(o.id),
      json_text(o.number), o.kind ? json_quote(task_kind_key(*o.kind)) : "null",
      json_quote(item_title(o, lang)), json_text(o.to), json_text(o.agency), json_text(o.lead),
      json_strings(o.leads), levels, json_quote(o.phrase), reading,
      o.reading ? "null" : json_quote(o.error.in(lang)), progress,
      o.progress_error ? "true" : "false", extra);
}

// Appends the array to `out` (a list of 90,000 items is tens of megabytes: no copy of it is made).
template <class Items, class Render>
void append_json_array(std::string& out, const Items& items, std::string_view indent,
                       Render&& render) {
  if (items.empty()) {
    out += "[]";
    return;
  }
  out += '[';
  bool first = true;
  for (const auto& item : items) {
    out += first ? "\n" : ",\n";
    first = false;
    out += indent;
    out += "  ";
    out += render(item);
  }
  out += '\n';
  out += indent;
  out += ']';
}

template <class Items, class Render>
std::string json_array(const Items& items, std::string_view indent, Render&& render) {
  std::string out;
  append_json_array(out, items, indent, std::forward<Render>(render));
  return out;
}

std::string json_filter(const DeadlineFilter& f, bool dates) {
  std::string out = "{";
  if (dates) {
    out += fmt::format(R"("from": {}, "to": {}, )", json_date(f.from), json_date(f.to));
  }
  out += fmt::format(R"("agency": {}, "level": {}, "year": {}}})", json_text(f.agency),
                     f.level ? json_quote(level_key(*f.level)) : "null",
                     f.year ? std::to_string(*f.year) : "null");
  return out;
}

}  // namespace

std::string render_deadlines_json(const DeadlineList& list, Lang lang) {
  auto item = [&](const Obligation& o) { return json_item(list.plans, o, lang, ""); };
  std::string out = "{\n";
  out += fmt::format("  \"filter\": {},\n", json_filter(list.filter, true));
  out += fmt::format("  \"plans\": {},\n", json_array(list.plans, "  ", json_plan));
  out += "  \"dated\": ";
  append_json_array(out, list.dated, "  ", item);
  out += ",\n  \"undated\": ";
  append_json_array(out, list.undated, "  ", item);
  out += ",\n";
  out += fmt::format("  \"failed\": {},\n", json_strings(list.failed));
  out += fmt::format("  \"progress_errors\": {},\n", json_strings(list.progress_errors));
  out += fmt::format(
      "  \"summary\": {{\"plans\": {}, \"dated\": {}, \"undated\": {}, \"without_deadline\": {}, "
      "\"failed\": {}}}\n}}\n",
      list.plans.size(), list.dated.size(), list.undated.size(), list.without_deadline,
      list.failed.size());
  return out;
}

std::string render_overdue_json(const OverdueReport& report, Lang lang) {
  auto groups = [&](std::string& out, const std::vector<AgencyGroup>& list, std::string_view key) {
    append_json_array(out, list, "  ", [&](const AgencyGroup& g) {
      std::string group = fmt::format("{{\"agency\": {}, \"items\": ", json_quote(g.agency));
      append_json_array(group, g.items, "    ", [&](const OverdueItem& i) {
        return json_item(report.plans, i.item, lang, fmt::format(", \"{}\": {}", key, i.days));
      });
      group += '}';
      return group;
    });
  };
  std::string out = "{\n";
  out += fmt::format("  \"as_of\": {},\n", json_quote(report.as_of.iso()));
  out += fmt::format("  \"within\": {},\n",
                     report.within ? std::to_string(*report.within) : std::string("null"));
  out += fmt::format("  \"filter\": {},\n", json_filter(report.filter, false));
  out += fmt::format("  \"plans\": {},\n", json_array(report.plans, "  ", json_plan));
  out += "  \"overdue\": ";
  groups(out, report.overdue, "days_late");
  out += ",\n  \"due_soon\": ";
  groups(out, report.due_soon, "days_left");
  out += ",\n";
  out += fmt::format("  \"failed\": {},\n", json_strings(report.failed));
  out += fmt::format("  \"progress_errors\": {},\n", json_strings(report.progress_errors));
  if (!report.issued.empty()) {
    // Only when there are any, so that every other report reads as before.
    out += fmt::format("  \"not_overdue_issued\": {},\n",
                       json_array(report.issued, "  ", [&](const Obligation& o) {
                         return json_item(report.plans, o, lang, "");
                       }));
  }
  if (!report.district_ended.empty()) {
    // Only when there are any, as above: a district plan's open items due from 01/07/2025.
    out += fmt::format("  \"not_overdue_district_ended\": {},\n",
                       json_array(report.district_ended, "  ", [&](const Obligation& o) {
                         return json_item(report.plans, o, lang, "");
                       }));
  }
  if (!report.unreadable.empty()) {
    // Only when there are any, as above: open items whose deadline cannot be read (counted in
    // `undated` too), each with its file, line and why.
    out += fmt::format("  \"unreadable\": {},\n",
                       json_array(report.unreadable, "  ", [&](const Obligation& o) {
                         return json_item(report.plans, o, lang, "");
                       }));
  }
  out += fmt::format(
      "  \"summary\": {{\"plans\": {}, \"overdue\": {}, \"due_soon\": {}, \"undated\": {}, "
      "\"failed\": {}}}\n}}\n",
      report.plans.size(), report.overdue_count(), report.due_soon_count(), report.undated,
      report.failed.size());
  return out;
}

// ---------------------------------------------------------------------------------------------
// CSV

std::string csv_text(std::string_view text) {
  std::string out = "\"";
  // A cell starting with one of these is a formula to Excel (and `=` to LibreOffice), and the
  // bullets officials write ("- Chủ trì …", "+ Tiếp nhận …") would show as #NAME?. A leading
  // space keeps them text in both; the value is otherwise unchanged.
  if (!text.empty() &&
      (text.front() == '=' || text.front() == '+' || text.front() == '-' || text.front() == '@')) {
    out.push_back(' ');
  }
  for (const char c : text) {
    if (c == '"') out.push_back('"');
    // RFC 4180 line ends inside a quoted field are CRLF, like the record separators.
    if (c == '\n') {
      out += "\r\n";
      continue;
    }
    out.push_back(c);
  }
  return out + "\"";
}

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

// A record: text fields quoted, dates and numbers bare so that spreadsheets type them.
struct CsvRecord {
  std::string line;
  void text(std::string_view value) { field(csv_text(value)); }
  void bare(std::string_view value) { field(std::string(value)); }
  void date(const std::optional<Date>& value) { bare(value ? value->iso() : ""); }
  void number(long value) { bare(std::to_string(value)); }
  void field(const std::string& value) {
    if (m_any) line += ',';
    m_any = true;
    line += value;
  }
  std::string end() { return line + "\r\n"; }

 private:
  bool m_any = false;
};

// The last column: which occurrence of a repeating deadline the row is, as `done --occurrence`
// takes it; empty for a deadline that falls due once.
void occurrence(CsvRecord& r, const Obligation& o) {
  if (o.occurrence > 0) {
    r.number(static_cast<long>(o.occurrence));
  } else {
    r.bare("");
  }
}

std::string csv_header(const std::vector<std::string_view>& names) {
  CsvRecord r;
  for (const auto n : names) r.text(n);
  return r.end();
}

}  // namespace

std::string render_deadlines_csv(const DeadlineList& list, Lang lang) {
  const bool vi = is_vi(lang);
  std::string out(bom);
  out += csv_header(vi ? std::vector<std::string_view>{"Hạn",
                                                       "Từ ngày",
                                                       "Loại thời hạn",
                                                       "Thời hạn ghi trong kế hoạch",
                                                       "Ghi chú",
                                                       "Việc",
                                                       "Mã",
                                                       "Số mục",
                                                       "Nguồn",
                                                       "Loại việc",
                                                       "Cơ quan",
                                                       "Cơ quan chủ trì",
                                                       "Cấp",
                                                       "Tiến độ",
                                                       "Ngày tiến độ",
                                                       "Ghi chú tiến độ",
                                                       "Kế hoạch",
                                                       "Số, ký hiệu",
                                                       "Năm",
                                                       "Tệp",
                                                       "Dòng",
                                                       "Lần"}
                       : std::vector<std::string_view>{"Due",
                                                       "Start",
                                                       "Deadline kind",
                                                       "Deadline as written",
                                                       "Note",
                                                       "Item",
                                                       "Id",
                                                       "Number",
                                                       "Source",
                                                       "Item kind",
                                                       "Agency",
                                                       "Lead agency",
                                                       "Levels",
                                                       "Progress",
                                                       "Progress date",
                                                       "Progress note",
                                                       "Plan",
                                                       "Plan number",
                                                       "Year",
                                                       "File",
                                                       "Line",
                                                       "Occurrence"});
  auto row = [&](const Obligation& o) {
    const PlanSummary& p = list.plans[o.plan];
    CsvRecord r;
    r.date(o.due());
    r.date(o.reading ? o.reading->start : std::nullopt);
    r.text(o.reading ? due_kind_label(o.reading->kind, lang) : std::string_view());
    r.text(o.phrase);
    // Why an undated item has no day; for a dated one, what its reading depends on, if anything.
    r.text(o.due() ? o.reading->note : reading_text(o, lang));
    r.text(item_title(o, lang));
    r.text(o.id);
    r.text(o.number);
    r.text(source_label(o.source, lang));
    r.text(o.kind ? task_kind_label(*o.kind, lang) : std::string_view());
    r.text(o.agency);
    r.text(o.lead);
    r.text(levels_text(o.levels, lang));
    r.text(o.progress_error ? progress_text(o, lang) : std::string(progress_label(o, lang)));
    r.date(o.status_date);
    r.text(note_of(o, lang));
    r.text(plan_label(p));
    r.text(p.number);
    if (p.year > 0) {
      r.number(p.year);
    } else {
      r.bare("");
    }
    r.text(p.file);
    r.number(o.at.line);
    occurrence(r, o);
    out += r.end();
  };
  for (const auto& o : list.dated) row(o);
  for (const auto& o : list.undated) row(o);
  return out;
}

std::string render_overdue_csv(const OverdueReport& report, Lang lang) {
  const bool vi = is_vi(lang);
  std::string out(bom);
  out +=
      csv_header(vi ? std::vector<std::string_view>{"Tình trạng", "Cơ quan", "Cơ quan (nguyên văn)",
                                                    "Hạn", "Số ngày trễ", "Số ngày còn lại",
                                                    "Tiến độ", "Ngày tiến độ", "Việc", "Mã",
                                                    "Thời hạn ghi trong kế hoạch", "Kế hoạch",
                                                    "Số, ký hiệu", "Tệp", "Dòng", "Lần"}
                    : std::vector<std::string_view>{
                          "State", "Agency", "Agency as written", "Due", "Days late", "Days left",
                          "Progress", "Progress date", "Item", "Id", "Deadline as written", "Plan",
                          "Plan number", "File", "Line", "Occurrence"});
  // The columns from "Tiến độ" to "Lần", the same in every row, and the row's end.
  auto tail = [&](CsvRecord& r, const Obligation& o) {
    const PlanSummary& p = report.plans[o.plan];
    r.text(o.progress_error ? progress_text(o, lang) : std::string(progress_label(o, lang)));
    r.date(o.status_date);
    r.text(item_title(o, lang));
    r.text(o.id);
    r.text(o.phrase);
    r.text(plan_label(p));
    r.text(p.number);
    r.text(p.file);
    r.number(o.at.line);
    occurrence(r, o);
    out += r.end();
  };
  auto rows = [&](const std::vector<AgencyGroup>& groups, bool late) {
    for (const auto& g : groups) {
      for (const auto& item : g.items) {
        const Obligation& o = item.item;
        CsvRecord r;
        r.text(late ? (vi ? "quá hạn" : "overdue") : (vi ? "sắp đến hạn" : "due soon"));
        r.text(g.agency);
        r.text(o.agency);
        r.date(o.due());
        if (late) {
          r.number(item.days);
          r.bare("");
        } else {
          r.bare("");
          r.number(item.days);
        }
        tail(r, o);
      }
    }
  };
  rows(report.overdue, true);
  rows(report.due_soon, false);
  // Open items whose deadline cannot be read: never overdue, so a row of their own says so.
  for (const auto& o : report.unreadable) {
    CsvRecord r;
    r.text(vi ? "thời hạn không đọc được" : "deadline cannot be read");
    r.text(o.lead.empty() ? o.agency : o.lead);
    r.text(o.agency);
    r.bare("");
    r.bare("");
    r.bare("");
    tail(r, o);
  }
  // A district plan's open items due after the district level ended: not overdue, said so.
  for (const auto& o : report.district_ended) {
    CsvRecord r;
    r.text(vi ? "không tính: không còn cấp huyện từ 01/07/2025"
              : "not counted: no district level from 01/07/2025");
    r.text(o.lead.empty() ? o.agency : o.lead);
    r.text(o.agency);
    r.date(o.due());
    r.bare("");
    r.bare("");
    tail(r, o);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// iCalendar

std::string ics_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;
        out += "\\n";
        break;
      default:
        // Other controls are not allowed in TEXT; plans cannot hold them, but be safe.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
          out.push_back(' ');
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  // RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break; a
  // continuation line starts with one space, which counts towards its 75.
  constexpr std::size_t limit = 75;
  std::string out;
  std::size_t start = 0;
  bool first = true;
  while (true) {
    const std::size_t room = first ? limit : limit - 1;
    if (line.size() - start <= room) {
      if (!first) out.push_back(' ');
      out.append(line.substr(start));
      out += "\r\n";
      return out;
    }
    std::size_t end = start + room;
    // Never cut a UTF-8 character: back up to the byte that starts one. Not past three bytes:
    // a run of stray continuation bytes would otherwise stop the fold from advancing at all.
    const std::size_t floor = end > start + 3 ? end - 3 : start + 1;
    while (end > floor && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
    if (!first) out.push_back(' ');
    out.append(line.substr(start, end - start));
    out += "\r\n";
    start = end;
    first = false;
  }
}

namespace {

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string ics_date(const Date& d) {
  return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day);
}

}  // namespace

namespace {

// The UID of `item` of a plan whose issuer, folded, is `issuer_key`: see ics_uid.
std::string uid_of(std::string_view issuer_key, const PlanSummary& p, const Obligation& item) {
  std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f", issuer_key, p.year, fold(p.title),
                                source_key(item.source));
  if (!item.id.empty()) {
    key += item.id;
  } else {
    key += fold(item.agency) + '\x1f' + fold(item.title);
  }
  // Each occurrence is its own event; a single deadline keeps the key it always had.
  if (item.occurrence > 0) key += fmt::format("\x1f#{}", item.occurrence);
  return fmt::format("{:016x}@kehoach", fnv1a(key));
}

}  // namespace

std::string ics_uid(const DeadlineList& list, const Obligation& item) {
  // The plan is named by its issuer, year and title, not by its file or number: a calendar that
  // imported the list before keeps one event per item when the folder is reorganised or the
  // draft is issued with its number, and two plans of one issuer and year (the yearly plan and a
  // thematic one) never share an event. The due date is left out so that a changed deadline
  // moves the event instead of adding a second one.
  const PlanSummary& p = list.plans[item.plan];
  return uid_of(fold(p.issuer), p, item);
}

std::string render_deadlines_ics(const DeadlineList& list, Lang lang) {
  const bool vi = is_vi(lang);
  std::string out;
  auto prop = [&](std::string_view line) { out += ics_fold(line); };
  prop("BEGIN:VCALENDAR");
  prop("VERSION:2.0");
  prop(vi ? "PRODID:-//kehoach//kehoach deadlines//VI"
          : "PRODID:-//kehoach//kehoach deadlines//EN");
  prop("CALSCALE:GREGORIAN");
  prop(std::string("X-WR-CALNAME:") +
       ics_escape(vi ? "Thời hạn theo kế hoạch (kehoach)" : "Plan deadlines (kehoach)"));
  // How many events took each UID so far. Two copies of one plan in the input give the same
  // UIDs: the later ones are numbered -2, -3, … (a numbered UID never equals a plain one), in
  // one step each, not by trying every number again for every copy.
  std::map<std::string, int> uses;
  // Each plan's issuer is folded once, not once per item.
  std::vector<std::string> issuer_keys;
  issuer_keys.reserve(list.plans.size());
  for (const auto& p : list.plans) issuer_keys.push_back(fold(p.issuer));
  for (const auto& o : list.dated) {
    const PlanSummary& p = list.plans[o.plan];
    std::string uid = uid_of(issuer_keys[o.plan], p, o);
    const int n = ++uses[uid];
    if (n > 1) uid = fmt::format("{}-{}@kehoach", uid.substr(0, 16), n);
    // DTSTAMP must not come from the clock (the output would differ on every run): the day the
    // item last changed that the data knows of — its progress date, else the plan's date.
    std::optional<Date> stamp = p.reference;
    if (o.status_date && (!stamp || *o.status_date > *stamp)) stamp = o.status_date;
    const Date due = *o.due();
    std::string summary = item_title(o, lang);
    if (o.status == ProgressStatus::done || o.status == ProgressStatus::cancelled) {
      summary = fmt::format("[{}] {}", progress_label(o, lang), summary);
    }
    std::vector<std::string> lines;
    lines.push_back(fmt::format("{}: {}", vi ? "Cơ quan" : "Agency", o.agency));
    lines.push_back(fmt::format("{}: {}", vi ? "Kế hoạch" : "Plan", plan_description(p, lang)));
    lines.push_back(fmt::format("{}: {} ({})",
                                vi ? "Thời hạn ghi trong kế hoạch" : "Deadline as written",
                                o.phrase, reading_text(o, lang)));
    if (!o.id.empty()) lines.push_back(fmt::format("{}: {}", vi ? "Mã" : "Id", o.id));
    if (o.status || o.progress_error) {
      lines.push_back(fmt::format("{}: {}", vi ? "Tiến độ" : "Progress", progress_text(o, lang)));
    }
    if (!o.status_note.empty()) {
      lines.push_back(fmt::format("{}: {}", vi ? "Ghi chú" : "Note", o.status_note));
    }
    lines.push_back(fmt::format("{}: {}:{}", vi ? "Tệp" : "File", p.file, o.at.line));
    std::string description;
    for (const auto& l : lines) {
      if (!description.empty()) description += "\\n";
      description += ics_escape(l);
    }
    prop("BEGIN:VEVENT");
    prop("UID:" + uid);
    prop("DTSTAMP:" + (stamp ? ics_date(*stamp) : std::string("19700101")) + "T000000Z");
    prop("DTSTART;VALUE=DATE:" + ics_date(due));
    // The day after 31/12/9999 has no four-digit year: without DTEND an all-day event lasts
    // that one day (RFC 5545 3.6.1), which is the same event.
    if (due.year < 9999 || due.month < 12 || due.day < 31) {
      prop("DTEND;VALUE=DATE:" + ics_date(add_days(due, 1)));
    }
    prop("SUMMARY:" + ics_escape(summary));
    prop("DESCRIPTION:" + description);
    prop("TRANSP:TRANSPARENT");
    if (o.status == ProgressStatus::cancelled) prop("STATUS:CANCELLED");
    prop("END:VEVENT");
  }
  prop("END:VCALENDAR");
  return out;
}

}  // namespace kehoach
