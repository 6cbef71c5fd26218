#include <fmt/format.h>

#include <algorithm>

#include "kehoach/json.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

std::string coverage_label(const CoverageRow& row, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (row.coverage) {
    case Coverage::covered: return vi ? "đã thực hiện" : "covered";
    case Coverage::late:
      return vi ? fmt::format("muộn {} ngày", row.days_late)
                : fmt::format("late by {} day{}", row.days_late, row.days_late == 1 ? "" : "s");
    case Coverage::missing: return vi ? "thiếu" : "missing";
    case Coverage::not_applicable:
      return vi ? "không áp dụng (nếu có)" : "not applicable (if needed)";
  }
  return "";
}

std::string_view coverage_key(Coverage c) {
  switch (c) {
    case Coverage::covered: return "covered";
    case Coverage::late: return "late";
    case Coverage::missing: return "missing";
    case Coverage::not_applicable: return "not_applicable";
  }
  return "";
}

std::string method_label(const CoverageRow& row, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (row.method) {
    case MatchMethod::implements: return vi ? "khai báo `implements`" : "declared in `implements`";
    case MatchMethod::kind_and_title:
      return vi ? fmt::format("cùng loại, tên giống {}%", row.similarity)
                : fmt::format("same kind, title {}% similar", row.similarity);
    case MatchMethod::none:
      if (row.title_unchecked) {
        return vi ? fmt::format(
                        "không có `implements`; chưa so theo tên: hai kế hoạch quá lớn, "
                        "đã dùng hết giới hạn {} phép so từ",
                        word_comparison_limit_text(lang))
                  : fmt::format(
                        "no `implements`; titles not compared: the two plans are so "
                        "large that the limit of {} word comparisons was reached",
                        word_comparison_limit_text(lang));
      }
      if (row.coverage == Coverage::missing && row.nearest_similarity > 0 &&
          !row.nearest_field_vi.empty()) {
        return vi ? fmt::format(
                        "gần nhất “{}” giống {}% nhưng nói về công tác khác ({}): không "
                        "coi là thực hiện",
                        row.nearest_title, row.nearest_similarity, row.nearest_field_vi)
                  : fmt::format(
                        "nearest “{}” is {}% similar but is about other work ({}): not "
                        "taken as carrying it",
                        row.nearest_title, row.nearest_similarity, row.nearest_field_en);
      }
      if (row.coverage == Coverage::missing && row.nearest_similarity > 0) {
        return vi ? fmt::format(
                        "gần nhất “{}” chỉ giống {}% (cần 50%): trùng từ chung, khác "
                        "nội dung",
                        row.nearest_title, row.nearest_similarity)
                  : fmt::format(
                        "nearest “{}” only {}% similar (50% needed): shared generic "
                        "words, different activity",
                        row.nearest_title, row.nearest_similarity);
      }
      return "—";
  }
  return "";
}

std::string_view method_key(MatchMethod m) {
  switch (m) {
    case MatchMethod::implements: return "implements";
    case MatchMethod::kind_and_title: return "kind_and_title";
    case MatchMethod::none: return "none";
  }
  return "";
}

// The deadline as written, with the date it reads as when that adds something.
std::string due_text(const DueField* due, Lang lang) {
  if (due == nullptr || !due->phrase.present) return lang == Lang::vi ? "(không ghi)" : "(none)";
  if (due->reading && due->reading->due) {
    const std::string date = due->reading->due->dmy();
    if (due->phrase.value.find(date) != std::string::npos) return due->phrase.value;
    return fmt::format("{} (→ {})", due->phrase.value, date);
  }
  return due->phrase.value;
}

std::string json_due(const DueField* due) {
  if (due == nullptr || !due->phrase.present) return "null";
  const std::string date =
      due->reading && due->reading->due ? json_quote(due->reading->due->iso()) : "null";
  return fmt::format(R"({{"phrase": {}, "due": {}}})", json_quote(due->phrase.value), date);
}

bool unreadable(const DueField* due) {
  return due != nullptr && due->phrase.present && !due->reading;
}

// Why a row's deadlines are not compared when a side's phrase cannot be read (an error in that
// plan, which `validate` names), or empty.
std::string unreadable_note(const CoverageRow& row, Lang lang) {
  const bool vi = lang == Lang::vi;
  if (row.child && unreadable(row.child->due)) {
    return vi ? "không đọc được thời hạn của cấp dưới: không so thời hạn; `kehoach validate` chỉ "
                "rõ lỗi"
              : "the child's deadline cannot be read: not compared; `kehoach validate` says why";
  }
  if (unreadable(row.parent.due)) {
    return vi ? "không đọc được thời hạn của cấp trên: không so thời hạn; `kehoach validate` chỉ "
                "rõ lỗi"
              : "the parent's deadline cannot be read: not compared; `kehoach validate` says why";
  }
  return {};
}

// Why a row's deadlines are not compared: a side's phrase that cannot be read, or a side with
// no day.
std::string undated_note(const CoverageRow& row, Lang lang) {
  if (auto note = unreadable_note(row, lang); !note.empty()) return note;
  return lang == Lang::vi ? "một bên không có ngày cụ thể: không so thời hạn"
                          : "one side has no date: deadlines not compared";
}

// Said after each serving item's deadline when several items serve one parent item, so that
// the late one is named (empty for one item: the row's label says it).
std::string serving_verdict(const CoverageRow& row, const Serving& s, Lang lang) {
  if (row.serving.size() < 2) return {};
  const bool vi = lang == Lang::vi;
  if (s.days_late > 0) {
    return vi ? fmt::format(" — muộn {} ngày", s.days_late)
              : fmt::format(" — late by {} day{}", s.days_late, s.days_late == 1 ? "" : "s");
  }
  if (unreadable(s.item.due)) {
    return vi ? " — không đọc được thời hạn, không so (`kehoach validate` chỉ rõ lỗi)"
              : " — the deadline cannot be read, not compared (`kehoach validate` says why)";
  }
  if (s.undated) return vi ? " — không so được thời hạn" : " — deadlines not compared";
  return vi ? " — đúng hạn" : " — on time";
}

// When a serving item is late against a round of the parent other than its last, which one:
// the parent's due date shown is the last round's, so the row would not say why it is late.
std::string round_note(const CoverageRow& row, const Serving& s, Lang lang) {
  if (s.days_late == 0 || !s.late_parent_due || row.parent.due == nullptr ||
      !row.parent.due->reading) {
    return {};
  }
  const auto& rounds = row.parent.due->reading->occurrences;
  if (rounds.size() < 2 || rounds.back().due == *s.late_parent_due) return {};
  std::size_t k = 0;
  while (k < rounds.size() && rounds[k].due != *s.late_parent_due) ++k;
  if (k == rounds.size()) return {};
  return lang == Lang::vi ? fmt::format("muộn so với lần {}/{} của cấp trên, hạn {}", k + 1,
                                        rounds.size(), s.late_parent_due->dmy())
                          : fmt::format("late against the parent's round {} of {}, due {}", k + 1,
                                        rounds.size(), s.late_parent_due->dmy());
}

// Said under the parent's report when the child's own report regime (`reporting.due`) is due
// after it (KH203); empty otherwise.
std::string reporting_note(const PlanDiff& diff, const CoverageRow& row, Lang lang) {
  if (!diff.reporting || diff.reporting->days_late == 0 ||
      &diff.rows[diff.reporting->row] != &row) {
    return {};
  }
  const ReportingCheck& r = *diff.reporting;
  return lang == Lang::vi
             ? fmt::format("chế độ báo cáo (`reporting.due`): {} — muộn {} ngày",
                           due_text(r.due, lang), r.days_late)
             : fmt::format("reporting regime (`reporting.due`): {} — late by {} day{}",
                           due_text(r.due, lang), r.days_late, r.days_late == 1 ? "" : "s");
}

std::string plan_label(const Plan& plan) {
  std::string out = plan.issuer.name.value;
  if (plan.number.present && !plan.number.value.empty()) out = plan.number.value + ", " + out;
  if (plan.year.present) out += fmt::format(", {}", plan.year.value);
  return out;
}

struct Counts {
  int covered = 0, late = 0, missing = 0, not_applicable = 0;
};

Counts count(const PlanDiff& diff) {
  Counts c;
  for (const auto& r : diff.rows) {
    switch (r.coverage) {
      case Coverage::covered: ++c.covered; break;
      case Coverage::late: ++c.late; break;
      case Coverage::missing: ++c.missing; break;
      case Coverage::not_applicable: ++c.not_applicable; break;
    }
  }
  return c;
}

std::string summary_line(const PlanDiff& diff, Lang lang) {
  const Counts c = count(diff);
  if (lang == Lang::vi) {
    return fmt::format(
        "{} nhiệm vụ cấp trên giao cho {}: {} đã thực hiện, {} muộn, {} thiếu, {} không áp dụng",
        diff.rows.size(), level_phrase(diff.child_level, lang), c.covered, c.late, c.missing,
        c.not_applicable);
  }
  return fmt::format(
      "{} parent tasks and duties for the {}: {} covered, {} late, {} missing, {} not applicable",
      diff.rows.size(), level_phrase(diff.child_level, lang), c.covered, c.late, c.missing,
      c.not_applicable);
}

// Said under the summary when the word comparisons ran out (empty otherwise).
std::string limit_line(const PlanDiff& diff, Lang lang) {
  if (diff.titles_unchecked == 0 && diff.focus_unchecked == 0) return {};
  if (lang == Lang::vi) {
    return fmt::format(
        "Giới hạn: hai kế hoạch quá lớn, đã dùng hết {} phép so từ: {} nhiệm vụ cấp trên chỉ "
        "đối chiếu theo `implements` và {} lĩnh vực trọng tâm chỉ theo mã, tên (chưa so tên "
        "gần giống); kết quả “thiếu” của chúng có thể sai",
        word_comparison_limit_text(lang), diff.titles_unchecked, diff.focus_unchecked);
  }
  return fmt::format(
      "Limit: the two plans are so large that the {} word comparisons ran out: {} parent tasks "
      "and duties were matched through `implements` only and {} focus areas by id and name only "
      "(similar titles not compared); their “missing” may be wrong",
      word_comparison_limit_text(lang), diff.titles_unchecked, diff.focus_unchecked);
}

// Said under a parent row taken as addressed to the level by its lead alone (empty otherwise).
std::string lead_note(const CoverageRow& row, Level level, Lang lang) {
  if (!row.parent.levels_from_lead) return {};
  return lang == Lang::vi
             ? fmt::format("cấp trên không ghi `levels`: giao cho {} theo cơ quan chủ trì “{}”",
                           level_phrase(level, lang), row.parent.agency)
             : fmt::format("the parent gives no `levels`: addressed to the {} by its lead “{}”",
                           level_phrase(level, lang), row.parent.agency);
}

std::string other_level_heading(Level level, Lang lang) {
  return lang == Lang::vi
             ? fmt::format("Khai báo thực hiện nhiệm vụ cấp trên không giao cho {}",
                           level_phrase(level, lang))
             : fmt::format("Items naming a parent task or duty not addressed to the {}",
                           level_phrase(level, lang));
}

// "implements: [kiem-tra]: kiem-tra Kiểm tra … (giao cho Sở Tư pháp)".
std::string other_level_text(const OtherLevelServing& o, Level level, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::string out = fmt::format("`implements: [{}]`: {}", o.parent.id, o.parent.title);
  std::string remark;
  if (!o.parent.agency.empty()) {
    remark = fmt::format("{} {}", vi ? "cấp trên giao cho" : "the parent addresses it to",
                         o.parent.agency);
  }
  if (o.as_partner) {
    remark += fmt::format("{}{} {}", remark.empty() ? "" : "; ", level_phrase(level, lang),
                          vi ? "phối hợp thực hiện" : "takes part");
  }
  if (!remark.empty()) out += " (" + remark + ")";
  return out;
}

}  // namespace

std::string format_diff_text(const PlanDiff& diff, const DiffSubjects& s, Lang lang, bool color) {
  const bool vi = lang == Lang::vi;
  // "[thiếu]" red, "[muộn 3 ngày]" red, covered green: the findings stand out on a terminal.
  auto paint = [color](const std::string& text, bool bad) {
    if (!color) return text;
    return std::string(bad ? "\x1b[31m" : "\x1b[32m") + text + "\x1b[0m";
  };
  std::string out;
  out += fmt::format("{}: {} ({})\n", vi ? "Kế hoạch" : "Plan", s.child_file, plan_label(*s.child));
  out += fmt::format("{}: {} ({})\n", vi ? "Cấp trên" : "Parent", s.parent_file,
                     plan_label(*s.parent));
  out += summary_line(diff, lang) + "\n";
  if (const std::string limit = limit_line(diff, lang); !limit.empty()) out += limit + "\n";
  for (const auto& row : diff.rows) {
    out += fmt::format("\n{} {} {}\n",
                       paint("[" + coverage_label(row, lang) + "]",
                             row.coverage == Coverage::missing || row.coverage == Coverage::late),
                       row.parent.id, row.parent.title);
    out += fmt::format("    {}: {}\n", vi ? "hạn cấp trên" : "parent due",
                       due_text(row.parent.due, lang));
    if (const auto note = lead_note(row, diff.child_level, lang); !note.empty()) {
      out += fmt::format("    ({})\n", note);
    }
    if (row.child) {
      out += fmt::format("    {}: {} {}\n", vi ? "thực hiện bởi" : "served by", row.child->id,
                         row.child->title);
      out += fmt::format("    {}: {}{}\n", vi ? "hạn" : "due", due_text(row.child->due, lang),
                         serving_verdict(row, row.serving.front(), lang));
      if (const auto note = round_note(row, row.serving.front(), lang); !note.empty()) {
        out += fmt::format("    ({})\n", note);
      }
      out += fmt::format("    {}: {}\n", vi ? "đối chiếu" : "matched", method_label(row, lang));
      if (row.undated) out += fmt::format("    ({})\n", undated_note(row, lang));
      // Every other item naming the parent id, each held to the parent's deadline.
      for (std::size_t k = 1; k < row.serving.size(); ++k) {
        const Serving& also = row.serving[k];
        out += fmt::format("    {}: {} {}\n", vi ? "cũng thực hiện bởi" : "also served by",
                           also.item.id, also.item.title);
        out += fmt::format("    {}: {}{}\n", vi ? "hạn" : "due", due_text(also.item.due, lang),
                           serving_verdict(row, also, lang));
        if (const auto note = round_note(row, also, lang); !note.empty()) {
          out += fmt::format("    ({})\n", note);
        }
      }
    } else if (row.coverage == Coverage::missing &&
               (row.nearest_similarity > 0 || row.title_unchecked)) {
      out += fmt::format("    {}: {}\n", vi ? "vì sao" : "why", method_label(row, lang));
    }
    if (const auto note = reporting_note(diff, row, lang); !note.empty()) {
      out += fmt::format("    {}\n", note);
    }
  }
  if (!diff.child_only.empty()) {
    out += fmt::format(
        "\n{}:\n", vi ? "Nhiệm vụ riêng của kế hoạch (không thực hiện nhiệm vụ nào của cấp trên)"
                      : "The plan's own items (serving nothing in the parent)");
    for (const auto& item : diff.child_only) out += fmt::format("  - {} {}\n", item.id, item.title);
  }
  if (!diff.other_level.empty()) {
    out += fmt::format("\n{}:\n", other_level_heading(diff.child_level, lang));
    for (const auto& o : diff.other_level) {
      out += fmt::format("  - {} {}\n", o.child.id, o.child.title);
      out += fmt::format("    {}\n", other_level_text(o, diff.child_level, lang));
    }
  }
  if (!diff.focus.empty()) {
    out +=
        fmt::format("\n{}:\n", vi ? "Lĩnh vực trọng tâm của cấp trên" : "The parent's focus areas");
    for (const auto& f : diff.focus) {
      out += fmt::format("  {} {} {}\n",
                         paint(std::string("[") +
                                   (f.carried ? (vi ? "đã đưa vào" : "carried over")
                                              : (vi ? "chưa đưa vào" : "not carried over")) +
                                   "]",
                               !f.carried),
                         f.id, f.name);
    }
  }
  if (!diff.basis.empty()) {
    out += fmt::format("\n{}:\n", vi ? "Khác biệt về căn cứ pháp lý" : "Legal basis differences");
    for (const auto& b : diff.basis) {
      if (b.parent_only) {
        out += fmt::format("  - {}: {}\n", b.ref,
                           vi ? "cấp trên viện dẫn, kế hoạch không viện dẫn"
                              : "cited by the parent, not by the plan");
      } else {
        out += fmt::format("  - {}: {} {}\n", b.ref,
                           vi ? "đã hết hiệu lực, thay bằng" : "no longer in force, replaced by",
                           b.replaced_by);
      }
    }
  }
  return out;
}

std::string format_diff_markdown(const PlanDiff& diff, const DiffSubjects& s, Lang lang) {
  const bool vi = lang == Lang::vi;
  std::string out;
  out += fmt::format("# {}\n\n", vi ? "Đối chiếu kế hoạch với kế hoạch cấp trên"
                                    : "The plan against its parent plan");
  out += fmt::format("- **{}:** {} (`{}`)\n", vi ? "Kế hoạch" : "Plan", plan_label(*s.child),
                     s.child_file);
  out += fmt::format("- **{}:** {} (`{}`)\n", vi ? "Kế hoạch cấp trên" : "Parent plan",
                     plan_label(*s.parent), s.parent_file);
  out += fmt::format("- **{}:** {}\n", vi ? "Tóm tắt" : "Summary", summary_line(diff, lang));
  if (const std::string limit = limit_line(diff, lang); !limit.empty()) {
    out += fmt::format("- **{}:** {}\n", vi ? "Lưu ý" : "Note", limit);
  }
  out += "\n";
  out += fmt::format("## {}\n\n", vi ? "Nhiệm vụ cấp trên giao" : "Parent tasks and duties");
  if (diff.rows.empty()) {
    out += vi ? "Kế hoạch cấp trên không giao nhiệm vụ nào cho cấp này.\n\n"
              : "The parent addresses no task or duty to this level.\n\n";
  } else {
    out +=
        vi ? "| Mã | Nhiệm vụ cấp trên | Hạn cấp trên | Kết quả | Thực hiện bởi | Hạn | Cách đối "
             "chiếu |\n"
           : "| Id | Parent task or duty | Parent due | Result | Served by | Due | How matched |\n";
    out += "| --- | --- | --- | --- | --- | --- | --- |\n";
    for (const auto& row : diff.rows) {
      const std::string result = row.coverage == Coverage::missing || row.coverage == Coverage::late
                                     ? "**" + coverage_label(row, lang) + "**"
                                     : coverage_label(row, lang);
      // Several serving items: each named, with its deadline and verdict, in one cell.
      std::string served = "—";
      std::string due = "—";
      for (const Serving& sv : row.serving) {
        const bool first_item = &sv == &row.serving.front();
        served = (first_item ? "" : served + "; ") + sv.item.id + " " + sv.item.title;
        due = (first_item ? "" : due + "; ") + due_text(sv.item.due, lang) +
              serving_verdict(row, sv, lang);
        if (const auto note = round_note(row, sv, lang); !note.empty()) due += " (" + note + ")";
      }
      if (const auto note = reporting_note(diff, row, lang); !note.empty()) {
        due = row.child ? due + "; " + note : note;
      }
      if (const auto note = unreadable_note(row, lang); !note.empty()) {
        due += " (" + note + ")";
      }
      std::string parent_title = row.parent.title;
      if (const auto note = lead_note(row, diff.child_level, lang); !note.empty()) {
        parent_title += " (" + note + ")";
      }
      out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", markdown_cell(row.parent.id),
                         markdown_cell(parent_title), markdown_cell(due_text(row.parent.due, lang)),
                         result, row.child ? markdown_cell(served) : "—",
                         due == "—" ? due : markdown_cell(due),
                         markdown_cell(method_label(row, lang)));
    }
    out += "\n";
  }
  if (!diff.child_only.empty()) {
    out += fmt::format("## {}\n\n",
                       vi ? "Nhiệm vụ riêng của kế hoạch" : "The plan's own tasks and duties");
    for (const auto& item : diff.child_only) {
      out += fmt::format("- {} {}", item.id, item.title);
      if (item.due != nullptr && item.due->phrase.present) {
        out += fmt::format(" ({})", due_text(item.due, lang));
      }
      out += "\n";
    }
    out += "\n";
  }
  if (!diff.other_level.empty()) {
    out += fmt::format("## {}\n\n", other_level_heading(diff.child_level, lang));
    for (const auto& o : diff.other_level) {
      out += fmt::format("- {} {}: {}\n", o.child.id, o.child.title,
                         other_level_text(o, diff.child_level, lang));
    }
    out += "\n";
  }
  if (!diff.focus.empty()) {
    out += fmt::format("## {}\n\n",
                       vi ? "Lĩnh vực trọng tâm của cấp trên" : "The parent's focus areas");
    out += vi ? "| Mã | Lĩnh vực | Kết quả |\n" : "| Id | Focus area | Result |\n";
    out += "| --- | --- | --- |\n";
    for (const auto& f : diff.focus) {
      out += fmt::format("| {} | {} | {} |\n", markdown_cell(f.id), markdown_cell(f.name),
                         f.carried ? (vi ? "đã đưa vào" : "carried over")
                                   : (vi ? "**chưa đưa vào**" : "**not carried over**"));
    }
    out += "\n";
  }
  if (!diff.basis.empty()) {
    out += fmt::format("## {}\n\n", vi ? "Căn cứ pháp lý" : "Legal basis");
    for (const auto& b : diff.basis) {
      if (b.parent_only) {
        out += fmt::format("- {}: {}\n", b.ref,
                           vi ? "cấp trên viện dẫn, kế hoạch không viện dẫn"
                              : "cited by the parent, not by the plan");
      } else {
        out += fmt::format("- {}: {} {}\n", b.ref,
                           vi ? "đã hết hiệu lực, thay bằng" : "no longer in force, replaced by",
                           b.replaced_by);
      }
    }
    out += "\n";
  }
  return out;
}

std::string format_diff_json(const PlanDiff& diff, const DiffSubjects& s, Lang lang) {
  auto item_json = [](const PlanItem& item) {
    return fmt::format(
        R"({{"id": {}, "title": {}, "agency": {}, "kind": "{}", "due": {}, "line": {}}})",
        json_quote(item.id), json_quote(item.title), json_quote(item.agency),
        task_kind_key(item.kind), json_due(item.due), item.at.line);
  };
  const Counts c = count(diff);
  std::string out = "{\n";
  out +=
      fmt::format("  \"child\": {},\n  \"parent\": {},\n  \"level\": \"{}\",\n",
                  json_quote(s.child_file), json_quote(s.parent_file), level_key(diff.child_level));
  out += fmt::format(
      "  \"summary\": {{\"items\": {}, \"covered\": {}, \"late\": {}, \"missing\": {}, "
      "\"not_applicable\": {}}},\n",
      diff.rows.size(), c.covered, c.late, c.missing, c.not_applicable);
  if (diff.titles_unchecked != 0 || diff.focus_unchecked != 0) {
    // Only when it bites, so that the output of every real plan stays as it was.
    out += fmt::format(
        "  \"limit\": {{\"word_comparisons\": {}, \"titles_unchecked\": {}, "
        "\"focus_unchecked\": {}, \"note\": {}}},\n",
        word_comparison_limit(), diff.titles_unchecked, diff.focus_unchecked,
        json_quote(limit_line(diff, lang)));
  }
  out += "  \"rows\": [";
  bool first = true;
  for (const auto& row : diff.rows) {
    out += first ? "\n    " : ",\n    ";
    first = false;
    // "also": the other items naming the parent id, only when there are (so that the output of
    // a plan with one item per parent task stays as it was).
    std::string also;
    for (std::size_t k = 1; k < row.serving.size(); ++k) {
      const Serving& sv = row.serving[k];
      also += fmt::format(R"({}{{"child": {}, "days_late": {}, "undated": {}}})",
                          k == 1 ? ", \"also\": [" : ", ", item_json(sv.item), sv.days_late,
                          sv.undated ? "true" : "false");
    }
    if (!also.empty()) also += "]";
    // Only for the report the child's regime is late against, so that other rows stay as
    // they were.
    if (const auto note = reporting_note(diff, row, lang); !note.empty()) {
      also +=
          fmt::format(R"(, "reporting": {{"due": {}, "days_late": {}, "note": {}}})",
                      json_due(diff.reporting->due), diff.reporting->days_late, json_quote(note));
    }
    // Only for a task addressed by its lead, so that other rows stay as they were.
    if (row.parent.levels_from_lead) {
      also += fmt::format(R"(, "levels_from_lead": {})",
                          json_quote(lead_note(row, diff.child_level, lang)));
    }
    out += fmt::format(
        R"({{"parent": {}, "result": "{}", "days_late": {}, "match": "{}", "similarity": {}, "undated": {}, "child": {}{}, "explanation": {}}})",
        item_json(row.parent), coverage_key(row.coverage), row.days_late, method_key(row.method),
        row.similarity, row.undated ? "true" : "false",
        row.child ? item_json(*row.child) : std::string("null"), also,
        json_quote(method_label(row, lang)));
  }
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"child_only\": [";
  first = true;
  for (const auto& item : diff.child_only) {
    out += (first ? "\n    " : ",\n    ") + item_json(item);
    first = false;
  }
  out += first ? "],\n" : "\n  ],\n";
  if (!diff.other_level.empty()) {
    // Only when there are, so that the output of every plan without them stays as it was.
    out += "  \"other_level\": [";
    first = true;
    for (const auto& o : diff.other_level) {
      out +=
          fmt::format(R"({}{{"child": {}, "implements": {}, "parent": {}, "note": {}}})",
                      first ? "\n    " : ",\n    ", item_json(o.child), json_quote(o.parent.id),
                      item_json(o.parent), json_quote(other_level_text(o, diff.child_level, lang)));
      first = false;
    }
    out += "\n  ],\n";
  }
  out += "  \"focus_areas\": [";
  first = true;
  for (const auto& f : diff.focus) {
    out += fmt::format(R"({}{{"id": {}, "name": {}, "carried": {}, "child_name": {}}})",
                       first ? "\n    " : ",\n    ", json_quote(f.id), json_quote(f.name),
                       f.carried ? "true" : "false",
                       f.carried ? json_quote(f.child_name) : std::string("null"));
    first = false;
  }
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"basis\": [";
  first = true;
  for (const auto& b : diff.basis) {
    out += fmt::format(R"({}{{"ref": {}, "parent_only": {}, "superseded": {}, "replaced_by": {}}})",
                       first ? "\n    " : ",\n    ", json_quote(b.ref),
                       b.parent_only ? "true" : "false", b.superseded ? "true" : "false",
                       b.replaced_by.empty() ? std::string("null") : json_quote(b.replaced_by));
    first = false;
  }
  out += first ? "]\n" : "\n  ]\n";
  out += "}\n";
  return out;
}

}  // namespace kehoach
