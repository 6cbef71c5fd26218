// A child plan against the plan it implements (kế hoạch cấp trên): what of the parent applies
// to the child's level, how the child covers it, and the rules KH2xx.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// How a child item was found to serve a parent item.
enum class MatchMethod {
  implements,      ///< the child lists the parent id in `implements`
  kind_and_title,  ///< same kind and similar title (the child names no id)
  none,            ///< not found
};

/// The verdict on one parent item addressed to the child's level.
enum class Coverage {
  covered,         ///< served, on time or with a deadline that cannot be compared
  late,            ///< served, but the child's deadline is after the parent's
  missing,         ///< not served
  not_applicable,  ///< not served, but the parent marks it "(nếu có)": carried out only if needed
};

/// One task or duty of a plan, as the diff sees it.
struct PlanItem {
  std::string id;
  std::string title;   ///< task title, or duty text
  std::string agency;  ///< task lead(s) joined, or the responsibility's agency
  TaskKind kind = TaskKind::other;
  const DueField* due = nullptr;
  bool conditional = false;
  std::vector<Text> implements;  ///< the parent ids this item names
  Position at;
  /// A task without `levels` taken as addressed to the level by its lead alone ("UBND các xã,
  /// phường"): see levels_led.
  bool levels_from_lead = false;
  /// The plan writes `kind` for it (a duty may leave it out: it is then `other`).
  bool kind_written = false;
};

/// The round (0-based occurrence) of a child's deadline that round `k` (0-based) of the parent's
/// deadline is held to, as `diff`, `validate` and `status` compare them: round k to round k when
/// both have as many rounds; the parent's last round to the child's last; otherwise the child's
/// last round due in the parent's round (after the parent's round before it), else the child's
/// first round after that (a parent's half-year to a quarterly child's second quarter; a child
/// deadline written once for the parent's two rounds must meet the first). Without rounds on the
/// parent's side, or for the child's ongoing work ("Thường xuyên"), the child's last.
[[nodiscard]] std::size_t child_round(const Deadline& child, const Deadline& parent, std::size_t k);

/// One child item serving a parent item, and how its deadline compares with the parent's.
struct Serving {
  PlanItem item;
  long days_late = 0;    ///< 0 when on time or not compared
  bool undated = false;  ///< a deadline on either side cannot be dated: not compared
  /// When late: the child's and the parent's due dates that are furthest apart. Each round
  /// (occurrence) of the parent is held to a round of the child: round k to round k, the
  /// child's last round to the parent's last, and every parent round beyond the child's rounds
  /// to the child's last one (one child deadline for two parent rounds must meet the first);
  /// the child's ongoing work ("Thường xuyên") only by its last day.
  std::optional<Date> late_due;
  std::optional<Date> late_parent_due;
};

/// One row of the coverage table.
struct CoverageRow {
  PlanItem parent;
  Coverage coverage = Coverage::missing;
  MatchMethod method = MatchMethod::none;
  int similarity = 0;  ///< percent, for kind_and_title matches
  /// For a row not matched: the child item of the same kind whose title came nearest, and how
  /// near (percent, below the threshold), so the row can say why it is missing.
  std::string nearest_title;
  int nearest_similarity = 0;
  /// When the nearest title is alike enough but names another field of justice work than the
  /// parent's ("phổ biến, giáo dục pháp luật" against "thi hành pháp luật"): that field, as
  /// said to a reader in Vietnamese and in English. Empty otherwise.
  std::string nearest_field_vi;
  std::string nearest_field_en;
  /// Not matched through `implements`, and not compared by title either: the two plans are so
  /// large that the diff's word comparisons (word_comparison_limit) ran out. Missing by
  /// `implements` only, and every format says so.
  bool title_unchecked = false;
  std::optional<PlanItem> child;  ///< the first child item serving it (serving[0])
  /// Every child item serving it: each one naming its id in `implements`, in file order, or
  /// the one item matched by kind and title. Each is held to the parent's deadline.
  std::vector<Serving> serving;
  long days_late = 0;    ///< for late rows: the most days any serving item is late
  bool undated = false;  ///< the first serving item's deadline cannot be compared
  /// For late rows: those of the serving item latest against the parent (see Serving).
  std::optional<Date> late_due;
  std::optional<Date> late_parent_due;
};

/// A parent focus area and whether the child carries it over.
struct FocusRow {
  std::string id;
  std::string name;
  bool carried = false;
  std::string child_name;  ///< the child's focus area that carries it
  /// Not carried by id or name, and not compared by likeness: the word comparisons ran out.
  bool name_unchecked = false;
};

/// A difference in legal basis.
struct BasisRow {
  std::string ref;
  bool parent_only = false;  ///< the parent cites it, the child does not
  bool superseded = false;   ///< the child cites it though it is no longer in force
  std::string replaced_by;
};

/// A child item whose `implements` names a parent item that is not addressed to the child's
/// level (or body): the province's own inspection named by a commune's self-inspection.
struct OtherLevelServing {
  PlanItem child;
  PlanItem parent;
  Position id_at;  ///< the id in `implements`
  /// The parent asks the child's level to take part (its `partners`, or "phối hợp với UBND
  /// các huyện" in its lead): shown, but no KH214.
  bool as_partner = false;
};

/// The child's own report regime (`reporting.due`) held to the parent's report for its level
/// (KH203): the report a child report item falling due with the regime serves; else the
/// parent's reports naming no shorter period (see names_a_shorter_report); else every report,
/// the earliest counting. A parent item counts as a report by `kind: report`; only when the
/// parent writes none for the level, an item without `kind` whose text sends a report
/// (reads_as_report) does, the latest of those counting (a guess must not be held to an
/// earlier duty such as a self-inspection's results).
struct ReportingCheck {
  std::size_t row = 0;            ///< index in PlanDiff::rows of the parent's report
  const DueField* due = nullptr;  ///< the child's `reporting.due`
  Date child_due;
  Date parent_due;
  long days_late = 0;    ///< 0 when on time
  bool guessed = false;  ///< the parent's item has no `kind`: read as a report by its text
};

/// Everything `kehoach diff` reports.
struct PlanDiff {
  Level child_level = Level::other;
  std::vector<CoverageRow> rows;     ///< parent items addressed to the child's level
  std::vector<PlanItem> child_only;  ///< child items that serve nothing in the parent
  /// Each `implements` id naming a parent item not addressed to the child's level, in file
  /// order. A child item serving nothing else is listed here, not in child_only.
  std::vector<OtherLevelServing> other_level;
  std::vector<FocusRow> focus;  ///< every parent focus area
  std::vector<BasisRow> basis;
  std::vector<std::string> unknown_implements;  ///< child `implements` ids not in the parent
  std::size_t titles_unchecked = 0;             ///< rows with `title_unchecked`
  std::size_t focus_unchecked = 0;              ///< focus rows with `name_unchecked`
  /// The child's report regime against the parent's report; a late regime makes that row late
  /// (when it is not missing).
  std::optional<ReportingCheck> reporting;

  /// Rows that are missing or late.
  [[nodiscard]] int problems() const;
  /// Rows whose deadlines are not compared because a side's phrase cannot be read (an error in
  /// that plan): `diff` exits 1 for them, as `validate` does.
  [[nodiscard]] int unreadable_deadlines() const;
};

/// The parent's tasks and duties addressed to `level`: a task whose `levels` holds it (or,
/// with no `levels`, whose lead names a group at that level: levels_led), a duty whose
/// `levels` holds it or whose responsibility is addressed to that level. With `child`,
/// a responsibility that names one body ("Sở Tư pháp") counts only for that body's plan.
[[nodiscard]] std::vector<PlanItem> items_for_level(const Plan& plan, Level level,
                                                    const Issuer* child = nullptr);
/// Every task and duty of a plan.
[[nodiscard]] std::vector<PlanItem> all_items(const Plan& plan);
/// Whether a parent's task title asks the levels below for their own yearly plan ("Xây dựng,
/// ban hành kế hoạch tổ chức thi hành pháp luật năm 2026", "Ban hành kế hoạch theo dõi tình
/// hình thi hành pháp luật của các xã"), not for another plan ("Ban hành kế hoạch tự kiểm tra
/// việc thi hành pháp luật về đất đai").
[[nodiscard]] bool asks_for_yearly_plan(std::string_view title, const Plan& parent);
/// Of `items` (the parent's items for one level, or the parents of diff rows), the index of the
/// one whose deadline the level's own yearly plan is held to (KH205, `status`): of the dated
/// items of kind `plan`, the first that asks_for_yearly_plan; when none does, the first (as a
/// parent writes the yearly plan's task first).
[[nodiscard]] std::optional<std::size_t> yearly_plan_item(const std::vector<PlanItem>& items,
                                                          const Plan& parent);
/// Similarity of two titles in percent (0–100), on their folded syllables, weighted so that the
/// words naming the kind of activity count less than those naming its subject.
/// kehoach counts a child item of the same kind as covering a parent item at 50 or more, when
/// both titles name the same fields of justice work (see fields_of_work).
[[nodiscard]] int title_similarity(std::string_view a, std::string_view b);

/// A field of justice work a title names besides the subject of every plan (thi hành pháp
/// luật): "phổ biến, giáo dục pháp luật", "hòa giải ở cơ sở", "xử lý vi phạm hành chính"…
struct WorkField {
  std::string_view key;  ///< "pbgdpl"
  std::string_view vi;   ///< "phổ biến, giáo dục pháp luật"
  std::string_view en;   ///< "legal dissemination and education"
};
/// The fields of justice work `title` names, in catalogue order, each once. Two titles naming
/// different fields are never matched by title alone: a report on legal dissemination is not
/// the report on law enforcement, however alike the rest of the wording.
[[nodiscard]] std::vector<WorkField> fields_of_work(std::string_view title);

/// The area of law a title names: the words after "pháp luật về", "Luật" (a law's name) or
/// "lĩnh vực", up to the place, year or body named after them ("… pháp luật về đất đai trên địa
/// bàn xã" → "đất đai"), as written, with their folded words. Empty when none is named, or when
/// it is generic ("các lĩnh vực trọng tâm"). Two titles naming areas with no word in common
/// ("đất đai", "trẻ em") are never matched by title alone.
struct LawSubject {
  std::string text;                ///< as written: "đất đai"
  std::vector<std::string> words;  ///< folded: "dat", "dai"
};
[[nodiscard]] LawSubject law_subject(std::string_view title);
/// Both name an area of law (law_subject) and the two share no word.
[[nodiscard]] bool subjects_apart(const LawSubject& a, const LawSubject& b);

/// How many word comparisons (a word of a parent title looked up among the child titles that
/// hold it, per child title) one diff makes at most, titles and focus areas together. Real
/// plans need a few hundred thousand (200 parent items × 200 child items × 20 words); past it,
/// the rest is matched through `implements`, ids and names only, and the rows say so.
[[nodiscard]] std::size_t word_comparison_limit();
/// word_comparison_limit() written as officers read numbers: "32.000.000" (vi), "32,000,000".
[[nodiscard]] std::string word_comparison_limit_text(Lang lang);

/// True when a report's title names a shorter period than the year, or one occasion: "sơ kết
/// 6 tháng", "hằng quý", "báo cáo thí điểm", "đột xuất", "chuyên đề".
[[nodiscard]] bool names_a_shorter_report(std::string_view title);

/// Whether a citation's date (`parent.date`) names the plan issued `issued`: the same day, or
/// for a draft giving only its month (or year), a day of it. KH202 and the search for a parent
/// in a folder read it alike.
[[nodiscard]] bool cites_issue_date(const IssueDate& issued, const Date& cited);

/// Compares a child plan with its parent.
[[nodiscard]] PlanDiff diff_plans(const Plan& child, const Plan& parent, const ActTable& acts);

/// The rules against the parent (KH2xx), at positions in the child's file, sorted.
[[nodiscard]] std::vector<Diagnostic> check_against_parent(const Plan& child, const Plan& parent,
                                                           const ActTable& acts);

/// The rules telling whether the two plans belong together at all: the same year (KH201), the
/// child's citation of the parent (KH202, KH220), issued after it (KH204), a level below it
/// (KH221), no district parent after the reform (KH211). The same diagnostics as
/// check_against_parent gives; `kehoach diff` runs them before it compares the items.
[[nodiscard]] std::vector<Diagnostic> check_pair(const Plan& child, const Plan& parent,
                                                 const ActTable& acts);

/// Adds the rules against the parent to `found`, which holds check_plan's diagnostics of
/// `child`: the ones check_plan makes from the child's citation of its parent alone (KH137,
/// KH138) give way to the comparison with the parent file.
void add_parent_checks(std::vector<Diagnostic>& found, const Plan& child, const Plan& parent,
                       const ActTable& acts);

}  // namespace kehoach

namespace kehoach {

/// What `kehoach diff` prints about the two plans besides the comparison.
struct DiffSubjects {
  std::string child_file;
  std::string parent_file;
  const Plan* child = nullptr;
  const Plan* parent = nullptr;
};

/// The comparison as plain text for a terminal; `color` marks missing and late items red and
/// covered ones green (ANSI).
[[nodiscard]] std::string format_diff_text(const PlanDiff& diff, const DiffSubjects& subjects,
                                           Lang lang, bool color = false);
/// The comparison as GitHub-flavoured Markdown an officer can paste into a report.
[[nodiscard]] std::string format_diff_markdown(const PlanDiff& diff, const DiffSubjects& subjects,
                                               Lang lang);
/// The comparison as one JSON object with a fixed key order.
[[nodiscard]] std::string format_diff_json(const PlanDiff& diff, const DiffSubjects& subjects,
                                           Lang lang);

}  // namespace kehoach
