#include "kehoach/parent.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "kehoach/addressee.hpp"
#include "kehoach/check.hpp"
#include "kehoach/consistency.hpp"
#include "kehoach/rules.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

constexpr Date last_district_day{2025, 6, 30};

// Words that say nothing about which activity a title names: left out.
const std::set<std::string, std::less<>> common_syllables = {
    "cong", "tac", "va",   "cac",  "cua",  "ve",    "trong", "tren", "dia",
    "ban",  "nam", "to",   "chuc", "thuc", "hien",  "viec",  "cho",  "voi",
    "de",   "co",  "duoc", "nay",  "ke",   "hoach", "the",
};

// Words of the subject every plan is about ("theo dõi tình hình thi hành pháp luật"): they tell
// a law-monitoring activity from, say, a civil-status one, but every plan is full of them.
const std::set<std::string, std::less<>> subject_syllables = {
    "theo", "doi", "tinh", "hinh", "thi", "hanh", "phap", "luat",
};

// Words that name the kind of activity ("Tập huấn, bồi dưỡng nghiệp vụ", "kiểm tra", "báo
// cáo"), shared by activities on different subjects: they weigh least.
const std::set<std::string, std::less<>> generic_syllables = {
    "tap",  "huan", "boi",   "duong", "nghiep", "vu",   "hoi",    "nghi",  "trien", "khai",
    "tham", "gia",  "pho",   "bien",  "kiem",   "tra",  "bao",    "cao",   "ket",   "qua",
    "tong", "hop",  "thong", "tin",   "thu",    "thap", "xu",     "ly",    "tiep",  "nhan",
    "dieu", "khao", "sat",   "hoat",  "dong",   "nang", "chat",   "luong", "can",   "bo",
    "xay",  "dung", "tu",    "tai",   "gui",    "muu",  "chuyen", "mon",
};

double weight(const std::string& syllable, double subject) {
  if (subject_syllables.contains(syllable)) return subject;
  if (generic_syllables.contains(syllable)) return 0.2;
  return 1.0;
}

std::set<std::string> syllables(std::string_view text) {
  std::set<std::string> out;
  std::string word;
  for (const char c : fold_ascii(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word.push_back(c);
    } else if (!word.empty()) {
      if (!common_syllables.contains(word)) out.insert(word);
      word.clear();
    }
  }
  if (!word.empty() && !common_syllables.contains(word)) out.insert(word);
  return out;
}

std::string join(const std::vector<Text>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += "; ";
    out += p.value;
  }
  return out;
}

PlanItem task_item(const Task& t) {
  return PlanItem{t.id.value,   t.title.value,
                  join(t.lead), t.kind.present ? t.kind.value : TaskKind::other,
                  &t.due,       t.conditional.present && t.conditional.value,
                  t.implements, t.at};
}

PlanItem duty_item(const Responsibility& r, const Duty& d) {
  return PlanItem{
      d.id.value, d.text.value, r.agency.value, d.kind.present ? d.kind.value : TaskKind::other,
      &d.due,     false,        d.implements,   d.at};
}

bool holds(const std::vector<Located<Level>>& levels, Level level) {
  return std::any_of(levels.begin(), levels.end(),
                     [level](const Located<Level>& l) { return l.value == level; });
}

std::optional<Date> due_date(const DueField* due) {
  if (due == nullptr || !due->reading) return std::nullopt;
  return due->reading->due;
}

// "UBND" and "Ủy ban nhân dân" name the same body.
std::string issuer_key(std::string_view name) {
  std::string folded = fold_ascii(name);
  for (const std::string_view long_form : {"uy ban nhan dan", "uy ban nhan"}) {
    for (auto at = folded.find(long_form); at != std::string::npos; at = folded.find(long_form)) {
      folded.replace(at, long_form.size(), "ubnd");
    }
  }
  return folded;
}

}  // namespace

int PlanDiff::problems() const {
  return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const CoverageRow& r) {
    return r.coverage == Coverage::missing || r.coverage == Coverage::late;
  }));
}

std::vector<PlanItem> items_for_level(const Plan& plan, Level level, const Issuer* child) {
  std::vector<PlanItem> out;
  for (const auto& t : plan.tasks) {
    if (holds(t.levels, level)) out.push_back(task_item(t));
  }
  for (const auto& r : plan.responsibilities) {
    const bool addressed =
        r.level.present && r.level.value == level && (child == nullptr || addressed_to(r, *child));
    for (const auto& d : r.duties) {
      if (addressed || holds(d.levels, level)) out.push_back(duty_item(r, d));
    }
  }
  return out;
}

std::vector<PlanItem> all_items(const Plan& plan) {
  std::vector<PlanItem> out;
  for (const auto& t : plan.tasks) out.push_back(task_item(t));
  for (const auto& r : plan.responsibilities) {
    for (const auto& d : r.duties) out.push_back(duty_item(r, d));
  }
  return out;
}

namespace {

// Weighted Dice's coefficient; `subject` is the weight of the subject's words.
int weighted_similarity(std::string_view a, std::string_view b, double subject) {
  const auto x = syllables(a);
  const auto y = syllables(b);
  if (x.empty() || y.empty()) return 0;
  double shared = 0;
  double total = 0;
  for (const auto& s : x) {
    total += weight(s, subject);
    if (y.contains(s)) shared += weight(s, subject);
  }
  for (const auto& s : y) total += weight(s, subject);
  if (total <= 0) return 0;
  // Dice's coefficient, each word weighted by how much it tells activities apart:
  // 2 w(X∩Y) / (w(X) + w(Y)). Shared generic words alone ("tập huấn, bồi dưỡng nghiệp vụ")
  // stay below the threshold.
  return static_cast<int>((200.0 * shared) / total + 1e-9);
}

}  // namespace

int title_similarity(std::string_view a, std::string_view b) {
  return weighted_similarity(a, b, 0.5);
}

PlanDiff diff_plans(const Plan& child, const Plan& parent, const ActTable& acts) {
  PlanDiff diff;
  diff.child_level = child.issuer.level.value;
  const auto parent_items = items_for_level(parent, diff.child_level, &child.issuer);
  const auto child_items = all_items(child);
  std::vector<bool> used(child_items.size(), false);

  std::set<std::string, std::less<>> parent_ids;
  for (const auto& p : all_items(parent)) parent_ids.insert(p.id);
  for (const auto& c : child_items) {
    for (const auto& id : c.implements) {
      if (!parent_ids.contains(id.value)) diff.unknown_implements.push_back(id.value);
    }
  }

  constexpr int threshold = 50;
  for (const auto& p : parent_items) {
    CoverageRow row;
    row.parent = p;
    std::optional<std::size_t> match;
    // First: the child names the parent id.
    for (std::size_t i = 0; i < child_items.size() && !match; ++i) {
      for (const auto& id : child_items[i].implements) {
        if (!p.id.empty() && id.value == p.id) {
          match = i;
          row.method = MatchMethod::implements;
        }
      }
    }
    // Then: an item of the same kind with a similar title that names no parent id itself.
    if (!match) {
      int best = 0;
      int nearest = 0;
      for (std::size_t i = 0; i < child_items.size(); ++i) {
        const auto& c = child_items[i];
        if (!c.implements.empty() || c.kind != p.kind) continue;
        const int score = title_similarity(p.title, c.title);
        if (score < threshold && score > nearest) {
          nearest = score;
          row.nearest_title = c.title;
          row.nearest_similarity = score;
        }
        if (score >= threshold && score > best) {
          best = score;
          match = i;
        }
      }
      if (match) {
        row.method = MatchMethod::kind_and_title;
        row.similarity = best;
        row.nearest_title.clear();
        row.nearest_similarity = 0;
      }
    }
    if (match) {
      used[*match] = true;
      row.child = child_items[*match];
      const auto parent_due = due_date(p.due);
      const auto child_due = due_date(row.child->due);
      row.coverage = Coverage::covered;
      if (parent_due && child_due) {
        // Occurrence by occurrence when both sides have as many (Đợt 1 against Đợt 1), else
        // the last due dates.
        const auto& po = p.due->reading->occurrences;
        const auto& co = row.child->due->reading->occurrences;
        std::vector<std::pair<Date, Date>> pairs;  // child, parent
        if (po.size() == co.size() && po.size() > 1) {
          for (std::size_t k = 0; k < po.size(); ++k) pairs.emplace_back(co[k].due, po[k].due);
        } else {
          pairs.emplace_back(*child_due, *parent_due);
        }
        for (const auto& [child_day, parent_day] : pairs) {
          if (child_day > parent_day && days_between(parent_day, child_day) > row.days_late) {
            row.coverage = Coverage::late;
            row.days_late = days_between(parent_day, child_day);
            row.late_due = child_day;
            row.late_parent_due = parent_day;
          }
        }
      } else if (parent_due || child_due) {
        row.undated = true;
      }
    } else {
      row.coverage = p.conditional ? Coverage::not_applicable : Coverage::missing;
    }
    diff.rows.push_back(std::move(row));
  }
  for (std::size_t i = 0; i < child_items.size(); ++i) {
    if (used[i]) continue;
    const auto& c = child_items[i];
    const bool serves = std::any_of(c.implements.begin(), c.implements.end(),
                                    [&](const Text& id) { return parent_ids.contains(id.value); });
    if (!serves) diff.child_only.push_back(c);
  }

  for (const auto& area : parent.focus_areas) {
    FocusRow row{area.id.value, area.name.value, false, {}};
    for (const auto& mine : child.focus_areas) {
      if (mine.id.value == area.id.value ||
          fold_ascii(mine.name.value) == fold_ascii(area.name.value) ||
          // Focus areas all name the subject: only the field itself tells them apart.
          weighted_similarity(mine.name.value, area.name.value, 0.0) >= 60) {
        row.carried = true;
        row.child_name = mine.name.value;
        break;
      }
    }
    diff.focus.push_back(std::move(row));
  }

  for (const auto& act : parent.basis) {
    const bool cited = std::any_of(child.basis.begin(), child.basis.end(), [&](const LegalRef& r) {
      return fold(r.ref.value) == fold(act.ref.value);
    });
    if (!cited) diff.basis.push_back(BasisRow{act.ref.value, true, false, {}});
  }
  const auto reference = plan_reference_date(child);
  for (const auto& act : child.basis) {
    const LegalAct* known = acts.find(act.ref.value);
    if (known && reference && known->replaced_from && *reference >= *known->replaced_from) {
      diff.basis.push_back(BasisRow{act.ref.value, false, true, known->replaced_by});
    }
  }
  return diff;
}

namespace {

class ParentChecker {
 public:
  ParentChecker(const Plan& child, const Plan& parent, const ActTable& acts)
      : m_child(child), m_parent(parent), m_acts(acts), m_diff(diff_plans(child, parent, acts)) {
    m_anchor = child.parent ? child.parent->at : Position{1, 1};
  }

  std::vector<Diagnostic> run() {
    check_year();
    check_reference();
    check_dates();
    check_coverage();
    check_reporting();
    check_focus();
    check_reform();
    add_parent_consistency_checks(m_child, m_parent, m_acts, m_out);
    sort_diagnostics(m_out);
    return std::move(m_out);
  }

 private:
  void add(std::string_view code, Position at, Message message, Message hint = {}) {
    const Rule* rule = find_rule(code);
    m_out.push_back(Diagnostic{std::string(code), rule ? rule->severity : Severity::error,
                               m_child.file, at, std::move(message), std::move(hint)});
  }

  std::string parent_name() const {
    return m_parent.number.present && !m_parent.number.value.empty()
               ? fmt::format("{} {}", m_parent.number.value, m_parent.issuer.name.value)
               : m_parent.issuer.name.value;
  }

  void check_year() {
    if (!m_child.year.present || !m_parent.year.present) return;
    if (m_child.year.value == m_parent.year.value) return;
    add("KH201", m_child.year.at,
        {fmt::format("kế hoạch năm {} nhưng thực hiện kế hoạch năm {} của cấp trên",
                     m_child.year.value, m_parent.year.value),
         fmt::format("the plan is for {} but implements the parent's plan for {}",
                     m_child.year.value, m_parent.year.value)},
        {"kế hoạch cấp dưới thực hiện kế hoạch cùng năm của cấp trên",
         "a child plan implements the parent's plan of the same year"});
  }

  void check_reference() {
    if (!m_child.parent) return;
    const ParentRef& ref = *m_child.parent;
    if (ref.ref.present && m_parent.number.present &&
        fold(ref.ref.value) != fold(m_parent.number.value)) {
      add("KH202", ref.ref.at,
          {fmt::format("kế hoạch cấp trên mang số {}, không phải {}", m_parent.number.value,
                       ref.ref.value),
           fmt::format("the parent plan is numbered {}, not {}", m_parent.number.value,
                       ref.ref.value)},
          {fmt::format("sửa thành `ref: {}`", m_parent.number.value),
           fmt::format("write `ref: {}`", m_parent.number.value)});
    }
    if (ref.date.present && m_parent.issued.present) {
      const IssueDate& issued = m_parent.issued;
      const Date& cited = ref.date.value;
      const bool differs = issued.date() ? *issued.date() != cited
                                         : cited.year != issued.year ||
                                               (issued.month != 0 && cited.month != issued.month);
      if (differs) {
        const std::string when = issued.date() ? issued.date()->dmy()
                                 : issued.month != 0
                                     ? fmt::format("{:02}/{}", issued.month, issued.year)
                                     : fmt::format("{}", issued.year);
        add("KH202", ref.date.at,
            {fmt::format("kế hoạch cấp trên ban hành ngày {}, không phải {}", when, cited.dmy()),
             fmt::format("the parent plan is dated {}, not {}", when, cited.dmy())},
            {"sửa ngày theo kế hoạch cấp trên", "write the parent plan's date"});
      }
    }
    if (ref.issuer.present && m_parent.issuer.name.present &&
        issuer_key(ref.issuer.value) != issuer_key(m_parent.issuer.name.value)) {
      add("KH202", ref.issuer.at,
          {fmt::format("kế hoạch cấp trên do {} ban hành, không phải {}",
                       m_parent.issuer.name.value, ref.issuer.value),
           fmt::format("the parent plan is issued by {}, not {}", m_parent.issuer.name.value,
                       ref.issuer.value)},
          {fmt::format("sửa thành `issuer: {}`", m_parent.issuer.name.value),
           fmt::format("write `issuer: {}`", m_parent.issuer.name.value)});
    }
  }

  // KH204, KH205: issued after the parent, and by the parent's deadline for sub-plans.
  void check_dates() {
    const auto child_date = m_child.issued.date();
    if (!child_date) return;
    if (const auto parent_date = m_parent.issued.date();
        parent_date && *child_date < *parent_date) {
      add("KH204", m_child.issued.at,
          {fmt::format("ban hành ngày {}, trước kế hoạch cấp trên ({}) mà nó thực hiện",
                       child_date->dmy(), parent_date->dmy()),
           fmt::format("issued {}, before the parent plan it implements ({})", child_date->dmy(),
                       parent_date->dmy())},
          {"kiểm tra lại ngày ban hành", "check the issue date"});
    }
    for (const auto& row : m_diff.rows) {
      if (row.parent.kind != TaskKind::plan) continue;
      const auto deadline = due_date(row.parent.due);
      if (!deadline || *child_date <= *deadline) continue;
      add("KH205", m_child.issued.at,
          {fmt::format("ban hành ngày {}, sau hạn {} cấp trên giao cho việc ban hành kế hoạch",
                       child_date->dmy(), deadline->dmy()),
           fmt::format("issued {}, after the parent's deadline {} for sub-plans", child_date->dmy(),
                       deadline->dmy())},
          {fmt::format("“{}” ({})", row.parent.title, row.parent.id),
           fmt::format("“{}” ({})", row.parent.title, row.parent.id)});
      break;
    }
  }

  // KH206, KH207, KH209, KH210: every parent item for the child's level served, on time.
  void check_coverage() {
    const std::string level_vi(level_phrase(m_diff.child_level, Lang::vi));
    const std::string level_en(level_label(m_diff.child_level, Lang::en));
    for (const auto& row : m_diff.rows) {
      const PlanItem& p = row.parent;
      if (row.coverage == Coverage::missing) {
        add("KH206", m_anchor,
            {fmt::format("không thực hiện nhiệm vụ “{}” ({}) mà {} giao cho {}", p.title, p.id,
                         parent_name(), level_vi),
             fmt::format("does not carry “{}” ({}), which {} addresses to the {} level", p.title,
                         p.id, parent_name(), level_en)},
            {fmt::format("thêm một hoạt động hoặc nhiệm vụ có `implements: [{}]`", p.id),
             fmt::format("add a task or duty with `implements: [{}]`", p.id)});
      } else if (row.coverage == Coverage::late && row.child) {
        const auto at = row.child->due ? row.child->due->phrase.at : row.child->at;
        add("KH207", at,
            {fmt::format("hạn {} muộn {} ngày so với hạn {} của nhiệm vụ cấp trên “{}” ({})",
                         row.late_due->dmy(), row.days_late, row.late_parent_due->dmy(), p.title,
                         p.id),
             fmt::format("deadline {} is {} days after {}, the parent's deadline for “{}” ({})",
                         row.late_due->dmy(), row.days_late, row.late_parent_due->dmy(), p.title,
                         p.id)},
            {fmt::format("đặt hạn không muộn hơn {}", row.late_parent_due->dmy()),
             fmt::format("set the deadline on or before {}", row.late_parent_due->dmy())});
      } else if (row.undated && row.child) {
        const auto at = row.child->due && row.child->due->phrase.present ? row.child->due->phrase.at
                                                                         : row.child->at;
        add("KH210", at,
            {fmt::format("không so được thời hạn với nhiệm vụ cấp trên “{}” ({}): một bên không "
                         "có ngày cụ thể",
                         p.title, p.id),
             fmt::format("cannot compare the deadline with the parent's “{}” ({}): one side has "
                         "no date",
                         p.title, p.id)});
      }
    }
    std::set<std::string, std::less<>> parent_ids;
    for (const auto& p : all_items(m_parent)) parent_ids.insert(p.id);
    for (const auto& c : all_items(m_child)) {
      for (const auto& id : c.implements) {
        if (parent_ids.contains(id.value)) continue;
        add("KH209", id.at,
            {fmt::format("kế hoạch cấp trên không có nhiệm vụ mã `{}`", id.value),
             fmt::format("the parent plan has no task or duty with id `{}`", id.value)},
            {"dùng mã của một hoạt động hoặc nhiệm vụ trong kế hoạch cấp trên",
             "use the id of a task or duty of the parent plan"});
      }
    }
  }

  // KH203: the child's reporting deadline is not after the parent's report deadline for its
  // level (its sub-units cannot report after it must itself have reported).
  void check_reporting() {
    if (!m_child.reporting || !m_child.reporting->due.reading) return;
    const auto child_due = m_child.reporting->due.reading->due;
    if (!child_due) return;
    std::optional<Date> parent_due;
    std::string parent_id;
    for (const auto& row : m_diff.rows) {
      if (row.parent.kind != TaskKind::report) continue;
      const auto d = due_date(row.parent.due);
      if (d && (!parent_due || *d < *parent_due)) {
        parent_due = d;
        parent_id = row.parent.id;
      }
    }
    if (!parent_due || *child_due <= *parent_due) return;
    add("KH203", m_child.reporting->due.phrase.at,
        {fmt::format("hạn báo cáo {} sau hạn {} mà {} đặt cho báo cáo của {}", child_due->dmy(),
                     parent_due->dmy(), parent_name(), level_phrase(m_diff.child_level, Lang::vi)),
         fmt::format("report due {} is after the parent's deadline {} for {} reports ({})",
                     child_due->dmy(), parent_due->dmy(), level_label(m_diff.child_level, Lang::en),
                     parent_name())},
        {fmt::format("chuyển `reporting.due` về {} hoặc sớm hơn", parent_due->dmy()),
         fmt::format("move reporting.due to {} or earlier", parent_due->dmy())});
  }

  void check_focus() {
    for (const auto& row : m_diff.focus) {
      if (row.carried) continue;
      add("KH208", m_anchor,
          {fmt::format("chưa đưa lĩnh vực trọng tâm “{}” ({}) của kế hoạch cấp trên vào kế hoạch",
                       row.name, row.id),
           fmt::format("the parent's focus area “{}” ({}) is not carried over", row.name, row.id)},
          {fmt::format("thêm vào `focus_areas` một lĩnh vực có `id: {}`", row.id),
           fmt::format("add a focus area with `id: {}` to `focus_areas`", row.id)});
    }
  }

  // KH211: no plan implements a district plan once the district level is gone.
  void check_reform() {
    if (!m_parent.issuer.level.present || m_parent.issuer.level.value != Level::district) return;
    const auto reference = plan_reference_date(m_child);
    const bool after = (m_child.year.present && m_child.year.value >= 2026) ||
                       (reference && *reference > last_district_day);
    if (!after) return;
    add("KH211", m_anchor,
        {"thực hiện kế hoạch của cấp huyện, nhưng từ 01/07/2025 không còn cấp huyện",
         "implements a district plan, but the district level no longer exists from 01/07/2025"},
        {"thực hiện kế hoạch của UBND cấp tỉnh", "implement the province's plan instead"});
  }

  const Plan& m_child;
  const Plan& m_parent;
  const ActTable& m_acts;
  PlanDiff m_diff;
  Position m_anchor;
  std::vector<Diagnostic> m_out;
};

}  // namespace

std::vector<Diagnostic> check_against_parent(const Plan& child, const Plan& parent,
                                             const ActTable& acts) {
  return ParentChecker(child, parent, acts).run();
}

}  // namespace kehoach
