#include "kehoach/parent.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>
#include <tuple>
#include <unordered_map>

#include "check/title_index.hpp"

#include "kehoach/addressee.hpp"
#include "kehoach/check.hpp"
#include "kehoach/consistency.hpp"
#include "kehoach/rules.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// The weight of the subject's words in task titles, in tenths (see WordTable).
constexpr int subject_tenths = 5;

std::string join(const std::vector<Text>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += "; ";
    out += p.value;
  }
  return out;
}

PlanItem task_item(const Task& t) {
  PlanItem out{t.id.value,   t.title.value,
               join(t.lead), t.kind.present ? t.kind.value : TaskKind::other,
               &t.due,       t.conditional.present && t.conditional.value,
               t.implements, t.at};
  out.kind_written = t.kind.present;
  return out;
}

PlanItem duty_item(const Responsibility& r, const Duty& d) {
  PlanItem out{
      d.id.value, d.text.value, r.agency.value, d.kind.present ? d.kind.value : TaskKind::other,
      &d.due,     false,        d.implements,   d.at};
  out.kind_written = d.kind.present;
  return out;
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

std::size_t child_round(const Deadline& child, const Deadline& parent, std::size_t k) {
  const std::size_t rounds = child.occurrences.size();
  if (rounds == 0) return 0;
  // Work done all year round ("Thường xuyên") meets every round as it comes, by its last day.
  if (parent.occurrences.empty() || child.kind == DueKind::ongoing) return rounds - 1;
  const auto& po = parent.occurrences;
  if (k + 1 >= po.size()) return rounds - 1;
  // As many rounds on both sides: round for round.
  if (rounds == po.size()) return k;
  // Otherwise the child's last round due in the parent's round (after the parent's round before,
  // by its due date), else the child's first round after that: a parent's half-year (30/06) is
  // met by a quarterly child's second quarter, not its first; a parent's third quarter (30/09)
  // by a 6-monthly child's second half, not its first.
  const std::optional<Date> after = k > 0 ? std::optional<Date>(po[k - 1].due) : std::nullopt;
  std::optional<std::size_t> within;
  std::optional<std::size_t> next;
  for (std::size_t j = 0; j < rounds; ++j) {
    const Date& d = child.occurrences[j].due;
    if (after && d <= *after) continue;
    if (d <= po[k].due) within = j;
    if (!next) next = j;
  }
  return within ? *within : next ? *next : rounds - 1;
}

namespace {

// The pairs (child day, parent day) a child deadline is held to, one per round of the parent
// (child_round). Without rounds on both sides, or for a child's ongoing work, the last due dates.
std::vector<std::pair<Date, Date>> round_pairs(const Deadline& child, const Deadline& parent) {
  const auto& co = child.occurrences;
  const auto& po = parent.occurrences;
  std::vector<std::pair<Date, Date>> pairs;
  if (co.empty() || po.empty() || child.kind == DueKind::ongoing) {
    pairs.emplace_back(*child.due, *parent.due);
    return pairs;
  }
  for (std::size_t k = 0; k < po.size(); ++k) {
    pairs.emplace_back(co[child_round(child, parent, k)].due, po[k].due);
  }
  return pairs;
}

// How the child item `c` serves the parent item `p` in time.
Serving serve(const PlanItem& p, const PlanItem& c) {
  Serving out{c, 0, false, std::nullopt, std::nullopt};
  const auto parent_due = due_date(p.due);
  const auto child_due = due_date(c.due);
  if (parent_due && child_due) {
    for (const auto& [child_day, parent_day] : round_pairs(*c.due->reading, *p.due->reading)) {
      if (child_day > parent_day && days_between(parent_day, child_day) > out.days_late) {
        out.days_late = days_between(parent_day, child_day);
        out.late_due = child_day;
        out.late_parent_due = parent_day;
      }
    }
  } else if (parent_due || child_due) {
    out.undated = true;
  }
  return out;
}

}  // namespace

bool names_a_shorter_report(std::string_view title) {
  const std::string folded = fold_ascii(title);
  for (const std::string_view words :
       {"6 thang", "sau thang", "9 thang", "chin thang", "so ket", "hang quy", "quy i",
        "hang thang", "thi diem", "dot xuat", "chuyen de"}) {
    if (folded.find(words) != std::string::npos) return true;
  }
  return false;
}

namespace {

// The fields of justice work besides the subject of every plan, each with the folded phrases
// that name it. "Phổ biến các văn bản" is no field: only "giáo dục pháp luật" names it.
struct FieldPhrases {
  WorkField field;
  std::vector<std::string_view> phrases;
};

const std::vector<FieldPhrases>& field_catalogue() {
  static const std::vector<FieldPhrases> catalogue = {
      {{"pbgdpl", "phổ biến, giáo dục pháp luật", "legal dissemination and education"},
       {"giao duc phap luat", "pbgdpl"}},
      {{"hoa-giai", "hòa giải ở cơ sở", "grassroots mediation"},
       {"hoa giai o co so", "hoa giai co so"}},
      {{"xlvphc", "xử lý vi phạm hành chính", "handling of administrative violations"},
       {"xu ly vi pham hanh chinh", "xlvphc"}},
      {{"tiep-can", "tiếp cận pháp luật", "access to law"}, {"tiep can phap luat"}},
      {{"tro-giup", "trợ giúp pháp lý", "legal aid"}, {"tro giup phap ly"}},
      {{"tthc", "kiểm soát thủ tục hành chính", "control of administrative procedures"},
       {"thu tuc hanh chinh", "tthc"}},
      {{"boi-thuong", "bồi thường nhà nước", "state compensation"},
       {"boi thuong nha nuoc", "boi thuong cua nha nuoc"}},
      {{"ho-tich", "hộ tịch", "civil status"}, {"ho tich"}},
      {{"chung-thuc", "chứng thực", "certification"}, {"chung thuc"}},
      {{"thads", "thi hành án", "enforcement of judgments"}, {"thi hanh an"}},
      {{"van-ban", "kiểm tra, rà soát văn bản", "review of legal documents"},
       {"kiem tra van ban", "ra soat van ban", "he thong hoa van ban", "kiem tra ra soat van ban"}},
  };
  return catalogue;
}

// The words of `text`, folded, each between single spaces: " bao cao ket qua ".
std::string spaced_words(std::string_view text) {
  std::string out = " ";
  for (const char c : fold_ascii(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

// A title as scored: its words without the deadline it gives ("… chậm nhất ngày 20/11/2026"),
// which the diff compares on its own; two tasks due the same day are not alike for that.
std::string scored_words(std::string_view title) {
  // The list mark before it ("d) ", "2. "): the place in the list, not the wording.
  const std::string folded = fold_ascii(trim(title));
  std::size_t mark = 0;
  while (mark < folded.size() && mark < 2 && std::isalnum(static_cast<unsigned char>(folded[mark])))
    ++mark;
  const bool marked = mark > 0 && mark < folded.size() &&
                      (folded[mark] == ')' || folded[mark] == '.') &&
                      (mark == 1 || std::isdigit(static_cast<unsigned char>(folded[0])));
  std::string words = spaced_words(marked ? std::string_view(folded).substr(mark + 1) : folded);
  for (const std::string_view lead : {" cham nhat la ngay ", " cham nhat ngay ", " truoc ngay "}) {
    for (auto at = words.find(lead); at != std::string::npos; at = words.find(lead)) {
      std::size_t end = at + lead.size();
      // The day, month and year after it.
      while (end < words.size() && words[end] >= '0' && words[end] <= '9') {
        end = words.find(' ', end) + 1;
      }
      words.replace(at, end - at, " ");
    }
  }
  return words;
}

bool same_fields(const std::vector<WorkField>& a, const std::vector<WorkField>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const WorkField& x, const WorkField& y) { return x.key == y.key; });
}

// The fields in `mine` that `other` does not name, joined for a reader.
std::pair<std::string, std::string> fields_apart(const std::vector<WorkField>& mine,
                                                 const std::vector<WorkField>& other) {
  std::pair<std::string, std::string> out;
  for (const WorkField& f : mine) {
    if (std::any_of(other.begin(), other.end(), [&](const WorkField& o) { return o.key == f.key; }))
      continue;
    if (!out.first.empty()) {
      out.first += "; ";
      out.second += "; ";
    }
    out.first += f.vi;
    out.second += f.en;
  }
  return out;
}

}  // namespace

std::vector<WorkField> fields_of_work(std::string_view title) {
  std::string words = spaced_words(title);
  // "công chức Tư pháp - Hộ tịch" names an official, not the civil-status field.
  for (auto at = words.find(" tu phap ho tich "); at != std::string::npos;
       at = words.find(" tu phap ho tich ")) {
    words.replace(at, 17, " ");
  }
  std::vector<WorkField> out;
  for (const FieldPhrases& f : field_catalogue()) {
    for (const std::string_view phrase : f.phrases) {
      if (words.find(" " + std::string(phrase) + " ") != std::string::npos) {
        out.push_back(f.field);
        break;
      }
    }
  }
  return out;
}

LawSubject law_subject(std::string_view title) {
  // The title's words as written (punctuation apart) and folded.
  std::vector<std::string_view> raw;
  std::vector<std::string> folded;
  std::size_t i = 0;
  while (i < title.size()) {
    while (i < title.size() &&
           (title[i] == ' ' || title[i] == ',' || title[i] == ';' || title[i] == '.' ||
            title[i] == ':' || title[i] == '(' || title[i] == ')' || title[i] == '"')) {
      ++i;
    }
    const std::size_t start = i;
    while (i < title.size() && title[i] != ' ' && title[i] != ',' && title[i] != ';' &&
           title[i] != '.' && title[i] != ':' && title[i] != '(' && title[i] != ')' &&
           title[i] != '"') {
      ++i;
    }
    if (i > start) {
      raw.push_back(title.substr(start, i - start));
      folded.push_back(fold_ascii(raw.back()));
    }
  }
  const auto word = [&](std::size_t k, std::string_view w) {
    return k < folded.size() && folded[k] == w;
  };
  // Every marker: "pháp luật về", "Luật X" (a law's name, with its capital; not "pháp luật",
  // "kỷ luật", "luật sư"), "lĩnh vực". The area is what all of them name together: "… pháp
  // luật về đất đai và Luật Nhà ở" names đất đai and nhà ở.
  LawSubject out;
  const auto is_stop = [&](std::size_t k) {
    const std::string& w = folded[k];
    return w == "nam" || w == "cua" || w == "tai" || w == "cho" || w == "giai" || w == "so" ||
           w == "theo" || (w == "tren" && word(k + 1, "dia")) ||
           (w == "doi" && word(k + 1, "voi")) || (w == "trong" && word(k + 1, "nam")) ||
           std::isdigit(static_cast<unsigned char>(w.front()));
  };
  for (std::size_t k = 0; k < folded.size(); ++k) {
    std::size_t from = 0;
    if (word(k, "phap") && word(k + 1, "luat") && word(k + 2, "ve")) {
      from = k + 3;
    } else if (word(k, "luat") && raw[k].starts_with("L") && (k == 0 || folded[k - 1] != "phap")) {
      from = k + 1;
    } else if (word(k, "linh") && word(k + 1, "vuc")) {
      from = k + 2;
    } else {
      continue;
    }
    while (from < folded.size() && (folded[from] == "cac" || folded[from] == "ve")) ++from;
    std::size_t end = from;
    while (end < folded.size() && !is_stop(end) && !(word(end, "linh") && word(end + 1, "vuc")) &&
           !(word(end, "phap") && word(end + 1, "luat")) &&
           !(word(end, "luat") && raw[end].starts_with("L"))) {
      ++end;
    }
    for (std::size_t j = from; j < end; ++j) {
      // A generic area (the focus areas, every field) or an abbreviation ("BHYT", whose words
      // cannot be compared): no area is named.
      if (folded[j] == "trong" && (word(j + 1, "tam") || word(j + 1, "diem"))) return {};
      if (folded[j] == "chuyen" && word(j + 1, "nganh")) return {};
      if (raw[j].size() >= 2 && std::all_of(raw[j].begin(), raw[j].end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
          })) {
        return {};
      }
    }
    for (std::size_t j = from; j < end; ++j) {
      if (folded[j] == "va") continue;
      out.words.push_back(folded[j]);
      if (!out.text.empty()) out.text += ' ';
      out.text += raw[j];
    }
    k = end > k ? end - 1 : k;
  }
  if (out.words.empty()) out.text.clear();
  return out;
}

bool subjects_apart(const LawSubject& a, const LawSubject& b) {
  if (a.words.empty() || b.words.empty()) return false;
  for (const auto& w : a.words) {
    if (std::find(b.words.begin(), b.words.end(), w) != b.words.end()) return false;
  }
  return true;
}

int PlanDiff::problems() const {
  return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const CoverageRow& r) {
    return r.coverage == Coverage::missing || r.coverage == Coverage::late;
  }));
}

int PlanDiff::unreadable_deadlines() const {
  const auto unreadable = [](const DueField* due) {
    return due != nullptr && due->phrase.present && !due->reading;
  };
  return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const CoverageRow& r) {
    return unreadable(r.parent.due) ||
           std::any_of(r.serving.begin(), r.serving.end(),
                       [&](const Serving& s) { return unreadable(s.item.due); });
  }));
}

std::vector<PlanItem> items_for_level(const Plan& plan, Level level, const Issuer* child) {
  std::vector<PlanItem> out;
  for (const auto& t : plan.tasks) {
    if (holds(t.levels, level)) {
      out.push_back(task_item(t));
    } else if (t.levels.empty() && plan.issuer.level.present) {
      // No `levels`: the lead tells ("UBND các xã, phường"), as an officer reads it.
      const auto led = levels_led(t.lead, plan.issuer.level.value);
      if (std::find(led.begin(), led.end(), level) != led.end()) {
        out.push_back(task_item(t));
        out.back().levels_from_lead = true;
      }
    }
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

std::optional<std::size_t> yearly_plan_item(const std::vector<PlanItem>& items,
                                            const Plan& parent) {
  std::optional<std::size_t> first;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind != TaskKind::plan || !due_date(items[i].due)) continue;
    if (asks_for_yearly_plan(items[i].title, parent)) return i;
    if (!first) first = i;
  }
  return first;
}

std::size_t word_comparison_limit() { return 8'000'000; }

std::string word_comparison_limit_text(Lang lang) {
  const std::string digits = std::to_string(word_comparison_limit());
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += lang == Lang::vi ? '.' : ',';
    out += digits[i];
  }
  return out;
}

int title_similarity(std::string_view a, std::string_view b) {
  WordTable table(subject_tenths);
  const WeightedWords x = table.cut(scored_words(a));
  const WeightedWords y = table.cut(scored_words(b));
  int shared = 0;
  for (const std::uint32_t word : x.words) {
    if (std::find(y.words.begin(), y.words.end(), word) != y.words.end()) {
      shared += table.weight(word);
    }
  }
  return dice_percent(shared, x.total, y.total);
}

bool cites_issue_date(const IssueDate& issued, const Date& cited) {
  if (const auto day = issued.date()) return *day == cited;
  return cited.year == issued.year && (issued.month == 0 || cited.month == issued.month);
}

namespace {

// The parent's report the child's regime answers (see ReportingCheck), and how late it is.
std::optional<ReportingCheck> reporting_check(const Plan& child,
                                              const std::vector<CoverageRow>& rows) {
  if (!child.reporting || !child.reporting->due.reading) return std::nullopt;
  const auto child_due = child.reporting->due.reading->due;
  if (!child_due) return std::nullopt;
  const bool written = std::any_of(rows.begin(), rows.end(), [](const CoverageRow& r) {
    return r.parent.kind == TaskKind::report;
  });
  // Of the rows in `pick`, the earliest (or with `latest`, the latest) due one.
  struct Pick {
    std::optional<std::size_t> row;
    Date due;
  };
  auto take = [&](Pick& so_far, std::size_t i, bool latest) {
    const auto d = due_date(rows[i].parent.due);
    if (!d) return;
    if (!so_far.row || (latest ? *d > so_far.due : *d < so_far.due)) so_far = Pick{i, *d};
  };
  Pick served;
  Pick yearly;
  Pick any;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const PlanItem& p = rows[i].parent;
    const bool report =
        written ? p.kind == TaskKind::report
                : !p.kind_written && reads_as_report(p.title) && !names_a_shorter_report(p.title);
    if (!report) continue;
    take(any, i, !written);
    if (!names_a_shorter_report(p.title)) take(yearly, i, !written);
    for (const Serving& sv : rows[i].serving) {
      if (sv.item.kind == TaskKind::report && due_date(sv.item.due) == child_due) {
        take(served, i, !written);
      }
    }
  }
  const Pick& chosen = served.row ? served : yearly.row ? yearly : any;
  if (!chosen.row) return std::nullopt;
  ReportingCheck out;
  out.row = *chosen.row;
  out.due = &child.reporting->due;
  out.child_due = *child_due;
  out.parent_due = chosen.due;
  out.days_late = *child_due > chosen.due ? days_between(chosen.due, *child_due) : 0;
  out.guessed = !written;
  return out;
}

}  // namespace

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

  // The child items naming each parent id (in file order), and the items naming none by kind
  // and word: each parent item is held only against the child items sharing a word with it.
  std::unordered_map<std::string_view, std::vector<std::size_t>> named_by;
  TitleIndex titles(subject_tenths);
  std::vector<std::size_t> title_item;  // title entry -> child item
  for (std::size_t i = 0; i < child_items.size(); ++i) {
    const auto& c = child_items[i];
    for (const auto& id : c.implements) {
      auto& naming = named_by[id.value];
      // `implements: [a, a]` names a once.
      if (naming.empty() || naming.back() != i) naming.push_back(i);
    }
    if (c.implements.empty()) {
      titles.add(scored_words(c.title), static_cast<std::uint32_t>(c.kind));
      title_item.push_back(i);
    }
  }
  ComparisonBudget budget{word_comparison_limit()};
  // The fields of justice work each title names, read once (see fields_of_work).
  std::vector<std::vector<WorkField>> child_fields_of(child_items.size());
  for (const std::size_t i : title_item) child_fields_of[i] = fields_of_work(child_items[i].title);
  // The area of law each title names (see law_subject), read once.
  std::vector<LawSubject> child_subject_of(child_items.size());
  for (const std::size_t i : title_item) child_subject_of[i] = law_subject(child_items[i].title);
  // Whether each child report names a shorter period ("sơ kết 6 tháng"): read once, not once
  // per parent row.
  std::vector<bool> child_shorter(child_items.size(), false);
  for (const std::size_t i : title_item) {
    child_shorter[i] =
        child_items[i].kind == TaskKind::report && names_a_shorter_report(child_items[i].title);
  }

  constexpr int threshold = 50;
  // Each row's serving items: first the child items naming its id, then by kind and title.
  std::vector<std::vector<std::size_t>> matches_of(parent_items.size());
  // Each row's title matches above the threshold as (100 − similarity) << 25 | child item, each
  // list allocated once at its size (3,000 × 3,000 alike tasks are 9 million matches, 4 bytes
  // each): sorted, the most alike come first, and of equally alike titles the first in the plan.
  // A plan of at most 4 MB (max_plan_bytes) has far fewer than 2^25 items.
  constexpr unsigned item_bits = 25;
  std::vector<std::vector<std::uint32_t>> alike_titles(parent_items.size());
  diff.rows.reserve(parent_items.size());
  for (std::size_t k = 0; k < parent_items.size(); ++k) {
    const PlanItem& p = parent_items[k];
    CoverageRow row;
    row.parent = p;
    // First: the child names the parent id.
    if (!p.id.empty()) {
      if (const auto it = named_by.find(p.id); it != named_by.end()) {
        matches_of[k] = it->second;
        row.method = MatchMethod::implements;
      }
    }
    // Then: an item of the same kind with a similar title that names no parent id itself.
    if (matches_of[k].empty()) {
      const auto scored = titles.search(titles.cut(scored_words(p.title)),
                                        static_cast<std::uint32_t>(p.kind), budget);
      if (!scored) {
        row.title_unchecked = true;
        ++diff.titles_unchecked;
      }
      int nearest = 0;
      const auto parent_fields = fields_of_work(p.title);
      const LawSubject parent_subject = law_subject(p.title);
      const bool parent_shorter = p.kind == TaskKind::report && names_a_shorter_report(p.title);
      for (const ScoredTitle& sc : scored ? *scored : std::vector<ScoredTitle>{}) {
        const std::size_t i = title_item[sc.entry];
        const int score = sc.similarity;
        // Alike wording about another field of justice work is no match, only the nearest.
        const auto& child_fields = child_fields_of[i];
        const bool other_work = !same_fields(parent_fields, child_fields);
        // Alike wording about another area of law ("… pháp luật về trẻ em" for "… về đất đai")
        // neither.
        const bool other_subject =
            !other_work && subjects_apart(parent_subject, child_subject_of[i]);
        const bool other_field = score >= threshold && (other_work || other_subject);
        if ((score < threshold || other_field) && score > nearest) {
          nearest = score;
          row.nearest_title = child_items[i].title;
          row.nearest_similarity = score;
          row.nearest_field_vi.clear();
          row.nearest_field_en.clear();
          if (other_field && other_subject) {
            row.nearest_field_vi =
                fmt::format("{}, không phải {}", child_subject_of[i].text, parent_subject.text);
            row.nearest_field_en =
                fmt::format("{}, not {}", child_subject_of[i].text, parent_subject.text);
          } else if (other_field) {
            auto [vi, en] = fields_apart(child_fields, parent_fields);
            if (vi.empty()) std::tie(vi, en) = fields_apart(parent_fields, child_fields);
            row.nearest_field_vi = std::move(vi);
            row.nearest_field_en = std::move(en);
          }
        }
        // A 6-month or quarterly report ("sơ kết 6 tháng") is not the yearly one, nor the
        // other way round, however alike the wording.
        const bool other_period = p.kind == TaskKind::report && parent_shorter != child_shorter[i];
        if (score >= threshold && !other_field && !other_period) {
          auto& alike = alike_titles[k];
          if (alike.empty()) alike.reserve(scored->size());
          const auto distance = static_cast<std::uint32_t>(100 - std::clamp(score, 0, 100));
          alike.push_back(distance << item_bits | static_cast<std::uint32_t>(i));
        }
      }
    }
    diff.rows.push_back(std::move(row));
  }
  // Title matches are taken most alike first, each child item for one row only: one report
  // carries no two parent reports by its wording alone.
  // Most alike first; at equal similarity rows in order, and a row's titles in the order found.
  for (auto& alike : alike_titles) std::sort(alike.begin(), alike.end());
  std::vector<std::size_t> next(parent_items.size(), 0);
  std::vector<bool> taken_by_title(child_items.size(), false);
  for (int score = 100; score >= 0; --score) {
    for (std::size_t k = 0; k < alike_titles.size(); ++k) {
      const auto& alike = alike_titles[k];
      auto& at = next[k];
      for (;
           at < alike.size() && (alike[at] >> item_bits) == static_cast<std::uint32_t>(100 - score);
           ++at) {
        const std::size_t i = alike[at] & ((1U << item_bits) - 1);
        if (!matches_of[k].empty() || taken_by_title[i]) continue;
        taken_by_title[i] = true;
        matches_of[k] = {i};
        CoverageRow& row = diff.rows[k];
        row.method = MatchMethod::kind_and_title;
        row.similarity = score;
        row.nearest_title.clear();
        row.nearest_similarity = 0;
        row.nearest_field_vi.clear();
        row.nearest_field_en.clear();
      }
    }
  }
  for (std::size_t k = 0; k < parent_items.size(); ++k) {
    const PlanItem& p = parent_items[k];
    CoverageRow& row = diff.rows[k];
    if (!matches_of[k].empty()) {
      row.coverage = Coverage::covered;
      for (const std::size_t i : matches_of[k]) {
        used[i] = true;
        Serving serving = serve(p, child_items[i]);
        if (serving.days_late > row.days_late) {
          row.coverage = Coverage::late;
          row.days_late = serving.days_late;
          row.late_due = serving.late_due;
          row.late_parent_due = serving.late_parent_due;
        }
        row.serving.push_back(std::move(serving));
      }
      row.child = row.serving.front().item;
      row.undated = row.serving.front().undated;
    } else {
      row.coverage = p.conditional ? Coverage::not_applicable : Coverage::missing;
    }
  }
  diff.reporting = reporting_check(child, diff.rows);
  if (diff.reporting && diff.reporting->days_late > 0) {
    CoverageRow& row = diff.rows[diff.reporting->row];
    // A missing row stays missing: KH206 says more than a late regime.
    if (row.coverage != Coverage::missing) {
      row.coverage = Coverage::late;
      if (diff.reporting->days_late > row.days_late) {
        row.days_late = diff.reporting->days_late;
        row.late_due = diff.reporting->child_due;
        row.late_parent_due = diff.reporting->parent_due;
      }
    }
  }
  // An id naming a parent item that is not for this level: the item is listed with it, never
  // dropped from the report.
  std::unordered_map<std::string_view, const PlanItem*> for_level;
  for (const auto& p : parent_items) for_level.try_emplace(p.id, &p);
  const auto every_parent_item = all_items(parent);
  std::unordered_map<std::string_view, const PlanItem*> parent_by_id;
  for (const auto& p : every_parent_item) parent_by_id.try_emplace(p.id, &p);
  std::set<std::string_view> partnered;  // parent tasks the child's level takes part in
  if (parent.issuer.level.present) {
    for (const auto& t : parent.tasks) {
      const auto levels = levels_partnered(t, parent.issuer.level.value);
      if (std::find(levels.begin(), levels.end(), diff.child_level) != levels.end()) {
        partnered.insert(t.id.value);
      }
    }
  }
  for (std::size_t i = 0; i < child_items.size(); ++i) {
    const auto& c = child_items[i];
    bool other = false;
    for (const auto& id : c.implements) {
      const auto it = parent_by_id.find(id.value);
      if (it == parent_by_id.end() || for_level.contains(id.value)) continue;
      diff.other_level.push_back(
          OtherLevelServing{c, *it->second, id.at, partnered.contains(id.value)});
      other = true;
    }
    if (used[i] || other) continue;
    const bool serves = std::any_of(c.implements.begin(), c.implements.end(),
                                    [&](const Text& id) { return parent_ids.contains(id.value); });
    if (!serves) diff.child_only.push_back(c);
  }

  // A parent focus area is carried by the first child area with its id, its name, or a name
  // at least 60% alike (focus areas all name the subject: only the field tells them apart).
  std::unordered_map<std::string_view, std::size_t> area_by_id;
  std::unordered_map<std::string, std::size_t> area_by_name;
  TitleIndex area_names(0);
  for (std::size_t i = 0; i < child.focus_areas.size(); ++i) {
    const auto& mine = child.focus_areas[i];
    area_by_id.try_emplace(mine.id.value, i);
    area_by_name.try_emplace(fold_ascii(mine.name.value), i);
    area_names.add(mine.name.value, 0);
  }
  for (const auto& area : parent.focus_areas) {
    FocusRow row{area.id.value, area.name.value, false, {}};
    std::optional<std::size_t> first;
    auto take = [&first](std::size_t i) {
      if (!first || i < *first) first = i;
    };
    if (const auto it = area_by_id.find(area.id.value); it != area_by_id.end()) take(it->second);
    if (const auto it = area_by_name.find(fold_ascii(area.name.value)); it != area_by_name.end()) {
      take(it->second);
    }
    const auto alike = area_names.search(area_names.cut(area.name.value), 0, budget);
    for (const ScoredTitle& s : alike ? *alike : std::vector<ScoredTitle>{}) {
      if (s.similarity >= 60) {
        take(s.entry);
        break;
      }
    }
    if (first) {
      row.carried = true;
      row.child_name = child.focus_areas[*first].name.value;
    } else if (!alike) {
      row.name_unchecked = true;
      ++diff.focus_unchecked;
    }
    diff.focus.push_back(std::move(row));
  }

  std::set<std::string, std::less<>> child_refs;
  for (const auto& r : child.basis) child_refs.insert(fold(r.ref.value));
  for (const auto& act : parent.basis) {
    if (!child_refs.contains(fold(act.ref.value))) {
      diff.basis.push_back(BasisRow{act.ref.value, true, false, {}});
    }
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

// KH213 and KH214: how the child's items were tied to the parent's, where that needs saying.
// Each parent item taken as carried by a title alone (KH213, a note: diff shows the likeness,
// validate names it), and each `implements` id naming a parent item for another level or body
// (KH214), unless the parent asks the child's level to take part in it.
void add_match_notes(const PlanDiff& diff, const Plan& child, const Plan& parent,
                     const std::string& parent_name, std::vector<Diagnostic>& out) {
  auto add = [&](std::string_view code, Position at, Message message, Message hint) {
    const Rule* rule = find_rule(code);
    out.push_back(Diagnostic{std::string(code), rule ? rule->severity : Severity::error, child.file,
                             at, std::move(message), std::move(hint)});
  };
  const std::string level_vi(level_phrase(diff.child_level, Lang::vi));
  const std::string level_en(level_label(diff.child_level, Lang::en));
  for (const auto& row : diff.rows) {
    if (row.method != MatchMethod::kind_and_title || !row.child) continue;
    const PlanItem& p = row.parent;
    const PlanItem& c = *row.child;
    add("KH213", c.at,
        {fmt::format("“{}” ({}) được coi là thực hiện nhiệm vụ “{}” ({}) mà {} giao cho {} chỉ "
                     "vì cùng loại và tên giống {}%",
                     c.title, c.id, p.title, p.id, parent_name, level_vi, row.similarity),
         fmt::format("“{}” ({}) is taken to carry “{}” ({}), which {} addresses to the {} "
                     "level, only because it is of the same kind and its title is {}% alike",
                     c.title, c.id, p.title, p.id, parent_name, level_en, row.similarity)},
        {fmt::format("nếu đúng, thêm `implements: [{}]` vào {} để xác nhận; nếu không, thêm hoạt "
                     "động hoặc nhiệm vụ thực hiện nó",
                     p.id, c.id),
         fmt::format("if so, add `implements: [{}]` to {} to confirm it; if not, add the task "
                     "or duty that carries it",
                     p.id, c.id)});
  }
  // A plan whose level is not below its parent's has KH221 instead: nothing is for it.
  const bool below =
      !child.issuer.level.present || !parent.issuer.level.present ||
      static_cast<int>(child.issuer.level.value) > static_cast<int>(parent.issuer.level.value);
  if (!below) return;
  for (const OtherLevelServing& o : diff.other_level) {
    if (o.as_partner) continue;  // the parent asks this level to take part
    const std::string to_vi = o.parent.agency.empty() ? std::string("không ghi cơ quan thực hiện")
                                                      : fmt::format("giao cho {}", o.parent.agency);
    const std::string to_en = o.parent.agency.empty()
                                  ? std::string("names no body to carry it")
                                  : fmt::format("addressed to {}", o.parent.agency);
    add("KH214", o.id_at,
        {fmt::format("`{}` là nhiệm vụ “{}” của {} ({}), không giao cho {}", o.parent.id,
                     o.parent.title, parent_name, to_vi, level_vi),
         fmt::format("`{}` is “{}” of {} ({}), not addressed to the {} level", o.parent.id,
                     o.parent.title, parent_name, to_en, level_en)},
        {fmt::format("dùng mã của nhiệm vụ cấp trên giao cho {} (xem `kehoach diff`), hoặc bỏ "
                     "mã này",
                     level_vi),
         fmt::format("use the id of a parent task or duty for the {} level (see `kehoach "
                     "diff`), or remove this id",
                     level_en)});
  }
}

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
    // Checked against a draft, an issued plan may cite a number and dates the parent will not
    // keep.
    if (m_child.status.value == Status::issued && m_parent.status.value == Status::draft) {
      add("KH223", ref.at,
          {"kế hoạch đã ban hành nhưng kế hoạch cấp trên đối chiếu vẫn là dự thảo (`status: "
           "draft`): số, ngày dẫn và các thời hạn chưa phải của bản đã ký",
           "the plan is issued but the parent plan it is checked against is still a draft "
           "(`status: draft`): the number, date and deadlines cited are not yet the signed "
           "plan's"},
          {"khi cấp trên ban hành, ghi số, ngày của bản đã ký vào `parent` và kiểm tra lại",
           "once the parent is issued, write its number and date in `parent` and check again"});
    }
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
      if (!cites_issue_date(issued, cited)) {
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

  // KH204, KH205: issued after the parent, and by the parent's deadline for sub-plans. A draft
  // that gives only its month is held by the whole month: an error only when every day of it is
  // before the parent (or after the deadline).
  void check_dates() {
    const auto child_first = earliest_issue_day(m_child.issued);
    const auto child_last = latest_issue_day(m_child.issued);
    if (!child_first || !child_last) return;
    const Message child_when = issue_when(m_child.issued, true);
    if (const auto parent_first = earliest_issue_day(m_parent.issued);
        parent_first && *child_last < *parent_first) {
      const Message parent_when = issue_when(m_parent.issued, false);
      add("KH204", m_child.issued.at,
          {fmt::format("ban hành {}, trước kế hoạch cấp trên ({}) mà nó thực hiện", child_when.vi,
                       parent_when.vi),
           fmt::format("issued {}, before the parent plan it implements ({})", child_when.en,
                       parent_when.en)},
          {"kiểm tra lại ngày ban hành", "check the issue date"});
    }
    std::vector<PlanItem> parents;
    parents.reserve(m_diff.rows.size());
    for (const auto& row : m_diff.rows) parents.push_back(row.parent);
    if (const auto chosen = yearly_plan_item(parents, m_parent)) {
      const CoverageRow& row = m_diff.rows[*chosen];
      const auto deadline = due_date(row.parent.due);
      if (!deadline || *child_first <= *deadline) return;
      add("KH205", m_child.issued.at,
          {fmt::format("ban hành {}, sau hạn {} cấp trên giao cho việc ban hành kế hoạch",
                       child_when.vi, deadline->dmy()),
           fmt::format("issued {}, after the parent's deadline {} for sub-plans", child_when.en,
                       deadline->dmy())},
          {fmt::format("“{}” ({})", row.parent.title, row.parent.id),
           fmt::format("“{}” ({})", row.parent.title, row.parent.id)});
    }
  }

  // An issue date as said in KH204, KH205: "ngày 20/01/2026" or "tháng 12/2025" after
  // "ban hành" (`after_verb`), else "20/01/2026" or "tháng 12/2025".
  static Message issue_when(const IssueDate& issued, bool after_verb) {
    if (const auto d = issued.date()) {
      return {after_verb ? "ngày " + d->dmy() : d->dmy(), d->dmy()};
    }
    const std::string month = fmt::format("{:02}/{}", issued.month, issued.year);
    return {"tháng " + month, after_verb ? "in " + month : month};
  }

  // KH206, KH207, KH209, KH210: every parent item for the child's level served, on time.
  void check_coverage() {
    const std::string level_vi(level_phrase(m_diff.child_level, Lang::vi));
    const std::string level_en(level_label(m_diff.child_level, Lang::en));
    for (const auto& row : m_diff.rows) {
      const PlanItem& p = row.parent;
      if (row.coverage == Coverage::missing && row.title_unchecked) {
        // Said as what it is: not found through `implements`, titles not compared.
        add("KH206", m_anchor,
            {fmt::format("không có hoạt động, nhiệm vụ nào khai báo `implements: [{}]` cho nhiệm "
                         "vụ “{}” mà {} giao cho {}; chưa so theo tên vì hai kế hoạch quá lớn "
                         "(đã dùng hết giới hạn {} phép so từ)",
                         p.id, p.title, parent_name(), level_vi,
                         word_comparison_limit_text(Lang::vi)),
             fmt::format("nothing declares `implements: [{}]` for “{}”, which {} addresses to "
                         "the {} level; titles not compared: the two plans are so large that "
                         "the limit of {} word comparisons was reached",
                         p.id, p.title, parent_name(), level_en,
                         word_comparison_limit_text(Lang::en))},
            {fmt::format("thêm `implements: [{}]` vào hoạt động hoặc nhiệm vụ thực hiện nó", p.id),
             fmt::format("add `implements: [{}]` to the task or duty that carries it", p.id)});
      } else if (row.coverage == Coverage::missing) {
        add("KH206", m_anchor,
            {fmt::format("không thực hiện nhiệm vụ “{}” ({}) mà {} giao cho {}", p.title, p.id,
                         parent_name(), level_vi),
             fmt::format("does not carry “{}” ({}), which {} addresses to the {} level", p.title,
                         p.id, parent_name(), level_en)},
            {fmt::format("thêm một hoạt động hoặc nhiệm vụ có `implements: [{}]`", p.id),
             fmt::format("add a task or duty with `implements: [{}]`", p.id)});
      }
      // KH224: the parent requires it, and every item carrying it says "(nếu có)": the level
      // would do it only if it arises.
      if (!p.conditional && row.coverage != Coverage::missing && !row.serving.empty() &&
          std::all_of(row.serving.begin(), row.serving.end(),
                      [](const Serving& s) { return s.item.conditional; })) {
        const PlanItem& c = row.serving.front().item;
        add("KH224", c.at,
            {fmt::format("“{}” ({}) ghi “(nếu có)”, nhưng nhiệm vụ “{}” ({}) mà {} giao cho {} "
                         "là bắt buộc",
                         c.title, c.id, p.title, p.id, parent_name(), level_vi),
             fmt::format("“{}” ({}) is marked “(nếu có)”, but “{}” ({}), which {} addresses to "
                         "the {} level, is required",
                         c.title, c.id, p.title, p.id, parent_name(), level_en)},
            {"bỏ `conditional: true`, trừ khi cấp trên cho phép không thực hiện",
             "remove `conditional: true`, unless the parent allows the level not to do it"});
      }
      // Every child item serving it is held to its deadline, not only the first.
      for (const Serving& s : row.serving) {
        if (s.days_late > 0) {
          const auto at = s.item.due ? s.item.due->phrase.at : s.item.at;
          add("KH207", at,
              {fmt::format("hạn {} muộn {} ngày so với hạn {} của nhiệm vụ cấp trên “{}” ({})",
                           s.late_due->dmy(), s.days_late, s.late_parent_due->dmy(), p.title, p.id),
               fmt::format("deadline {} is {} days after {}, the parent's deadline for “{}” ({})",
                           s.late_due->dmy(), s.days_late, s.late_parent_due->dmy(), p.title,
                           p.id)},
              {fmt::format("đặt hạn không muộn hơn {}", s.late_parent_due->dmy()),
               fmt::format("set the deadline on or before {}", s.late_parent_due->dmy())});
        } else if (s.undated) {
          const auto at =
              s.item.due && s.item.due->phrase.present ? s.item.due->phrase.at : s.item.at;
          add("KH210", at,
              {fmt::format("không so được thời hạn với nhiệm vụ cấp trên “{}” ({}): một bên không "
                           "có ngày cụ thể",
                           p.title, p.id),
               fmt::format("cannot compare the deadline with the parent's “{}” ({}): one side "
                           "has no date",
                           p.title, p.id)});
        }
      }
    }
    add_match_notes(m_diff, m_child, m_parent, parent_name(), m_out);
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
  // level (its sub-units cannot report after it must itself have reported). Which report of the
  // parent it answers is the diff's (ReportingCheck), so that diff and validate agree.
  void check_reporting() {
    if (!m_diff.reporting || m_diff.reporting->days_late == 0) return;
    const ReportingCheck& r = *m_diff.reporting;
    const std::string level_vi(level_phrase(m_diff.child_level, Lang::vi));
    const std::string level_en(level_label(m_diff.child_level, Lang::en));
    const PlanItem& p = m_diff.rows[r.row].parent;
    add("KH203", r.due->phrase.at,
        {r.guessed ? fmt::format("hạn báo cáo {} sau hạn {} mà {} đặt cho báo cáo của {} (nhiệm "
                                 "vụ “{}” ({}) không ghi `kind`, đọc là báo cáo theo nội dung)",
                                 r.child_due.dmy(), r.parent_due.dmy(), parent_name(), level_vi,
                                 p.title, p.id)
                   : fmt::format("hạn báo cáo {} sau hạn {} mà {} đặt cho báo cáo của {}",
                                 r.child_due.dmy(), r.parent_due.dmy(), parent_name(), level_vi),
         r.guessed ? fmt::format("report due {} is after the parent's deadline {} for {} reports "
                                 "({}; “{}” ({}) has no `kind`, read as a report from its text)",
                                 r.child_due.dmy(), r.parent_due.dmy(), level_en, parent_name(),
                                 p.title, p.id)
                   : fmt::format("report due {} is after the parent's deadline {} for {} reports "
                                 "({})",
                                 r.child_due.dmy(), r.parent_due.dmy(), level_en, parent_name())},
        {fmt::format("chuyển `reporting.due` về {} hoặc sớm hơn", r.parent_due.dmy()),
         fmt::format("move reporting.due to {} or earlier", r.parent_due.dmy())});
  }

  void check_focus() {
    for (const auto& row : m_diff.focus) {
      if (row.carried) continue;
      if (row.name_unchecked) {
        add("KH208", m_anchor,
            {fmt::format("không có lĩnh vực trọng tâm cùng mã hoặc cùng tên với “{}” ({}) của kế "
                         "hoạch cấp trên; chưa so tên gần giống vì hai kế hoạch quá lớn (đã "
                         "dùng hết giới hạn {} phép so từ)",
                         row.name, row.id, word_comparison_limit_text(Lang::vi)),
             fmt::format("no focus area has the id or the name of the parent's “{}” ({}); similar "
                         "names not compared: the limit of {} word comparisons was reached",
                         row.name, row.id, word_comparison_limit_text(Lang::en))},
            {fmt::format("thêm vào `focus_areas` một lĩnh vực có `id: {}`", row.id),
             fmt::format("add a focus area with `id: {}` to `focus_areas`", row.id)});
        continue;
      }
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

std::vector<Diagnostic> check_pair(const Plan& child, const Plan& parent, const ActTable& acts) {
  auto out = check_against_parent(child, parent, acts);
  std::erase_if(out, [](const Diagnostic& d) {
    return d.code != "KH201" && d.code != "KH202" && d.code != "KH204" && d.code != "KH211" &&
           d.code != "KH220" && d.code != "KH221";
  });
  return out;
}

}  // namespace kehoach
