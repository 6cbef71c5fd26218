// `kehoach done PLAN ITEM_ID`: records that an item is done in the progress file beside the plan
// (created when absent), editing its text so that comments and order stay; the plan file itself
// is never written.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "cli.hpp"
#include "done_words.hpp"
#include "kehoach/check.hpp"
#include "kehoach/date.hpp"
#include "kehoach/deadlines.hpp"
#include "kehoach/load.hpp"
#include "kehoach/progress.hpp"
#include "kehoach/progress_edit.hpp"
#include "kehoach/progress_rounds.hpp"
#include "plan_inputs.hpp"

namespace kehoach::cli {
namespace {

std::size_t error_count(const std::vector<Diagnostic>& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

struct DoneOptions {
  std::string plan;
  std::string id;
  std::string date;
  std::string note;
  int occurrence = 0;  ///< 0: not given
  bool undo = false;
  bool force = false;  ///< replace a record of the item done or cancelled
};

// " (lần 2)" for a record of one occurrence, else empty.
std::string which_words(const ProgressChange& change, const Globals& g) {
  if (!change.occurrence) return {};
  return fmt::format(fmt::runtime(g.tr(" (lần {})", " (occurrence {})")), *change.occurrence);
}

Exit run_done(const DoneOptions& options, const Globals& g) {
  std::string plan_text;
  if (const auto exit = read_or_report(options.plan, max_plan_bytes, g, plan_text)) return *exit;
  const LoadResult loaded = load_plan(plan_text, options.plan);
  if (!loaded.ok()) {
    print_diagnostics(loaded.diagnostics, {SourceText{options.plan, loaded.text}}, 1, g);
    return Exit::findings;
  }
  const Plan& plan = loaded.plan;
  if (!plan_has_item(plan, options.id)) {
    const auto near = nearest_item_ids(plan, options.id);
    std::string list;
    for (const auto& id : near) list += (list.empty() ? "`" : ", `") + id + "`";
    print_error(g, {fmt::format("kế hoạch không có hoạt động hay nhiệm vụ nào mã `{}`{}",
                                options.id, near.empty() ? "" : "; ý bạn là " + list + "?"),
                    fmt::format("the plan has no task or duty with id `{}`{}", options.id,
                                near.empty() ? "" : "; did you mean " + list + "?")});
    return Exit::failure;
  }

  if (options.occurrence > 0) {
    // `--occurrence N` only for a deadline that falls due N times or more.
    const DueField* due = item_due(plan, options.id);
    const std::size_t has = due && due->reading ? due->reading->occurrences.size() : std::size_t{0};
    const auto n = static_cast<std::size_t>(options.occurrence);
    if (has < 2 || n > has) {
      const std::string phrase = due ? due->phrase.value : std::string();
      print_error(
          g, {has < 2 ? fmt::format("thời hạn của `{}` (“{}”) chỉ có một lần đến hạn: bỏ "
                                    "--occurrence",
                                    options.id, phrase)
                      : fmt::format("thời hạn của `{}` (“{}”) có {} lần đến hạn, không có lần {}",
                                    options.id, phrase, has, n),
              has < 2 ? fmt::format("the deadline of `{}` (“{}”) falls due once: leave out "
                                    "--occurrence",
                                    options.id, phrase)
                      : fmt::format("the deadline of `{}` (“{}”) falls due {} time(s), not {}",
                                    options.id, phrase, has, n)});
      return Exit::failure;
    }
  }

  ProgressChange change;
  change.id = options.id;
  change.undo = options.undo;
  change.note = options.note;
  if (options.occurrence > 0) change.occurrence = options.occurrence;
  const Date now = today();
  change.date = now;
  if (!options.date.empty()) {
    const auto given = date_option("--date", options.date, g);
    if (!given) return Exit::failure;
    change.date = *given;
  }
  if (!options.undo) {
    // A record of work must be a day that has happened, within the plan's life.
    if (now < change.date) {
      print_error(g, {fmt::format("--date {} là ngày trong tương lai (hôm nay là {}): chỉ ghi "
                                  "việc đã xong",
                                  change.date.dmy(), now.dmy()),
                      fmt::format("--date {} is in the future (today is {}): record only work "
                                  "already done",
                                  change.date.dmy(), now.dmy())});
      return Exit::failure;
    }
    if (const auto issued = plan.issued.date(); issued && change.date < *issued) {
      print_error(g, {fmt::format("--date {} ở trước ngày ban hành kế hoạch {}", change.date.dmy(),
                                  issued->dmy()),
                      fmt::format("--date {} is before the plan was issued on {}",
                                  change.date.dmy(), issued->dmy())});
      return Exit::failure;
    }
    // Before the plan's year and its issue date (or month, for a draft): another year's work.
    if (progress_date_fit(plan, change.date) == ProgressDateFit::before_plan) {
      const Message when = plan_time_words(plan);
      print_error(g, {fmt::format("--date {} ở trước cả {}: không thể là ngày xong việc của kế "
                                  "hoạch này",
                                  change.date.dmy(), when.vi),
                      fmt::format("--date {} is before {}: it cannot be the day work of this "
                                  "plan was done",
                                  change.date.dmy(), when.en)});
      return Exit::failure;
    }
  }

  const DueField* due = item_due(plan, options.id);
  const bool repeats = due && due->reading && due->reading->occurrences.size() >= 2;
  if (!options.undo && options.occurrence > 0 && repeats) {
    // One occurrence cannot be done before it has begun: the second quarter's report in
    // February is a typo in N, or another item.
    const auto n = static_cast<std::size_t>(options.occurrence);
    if (const auto opens = occurrence_opens(*due->reading, n); opens && change.date < *opens) {
      print_error(g, before_occurrence_message(options.id, *due, n, *opens, change.date));
      return Exit::failure;
    }
  }
  if (!options.undo && options.occurrence == 0 && repeats) {
    // The whole item of a deadline that falls due several times closes every time: only a day
    // when the last of them has begun can be that. Before it, the officer means one of them.
    const auto& all = due->reading->occurrences;
    const Date from = *occurrence_opens(*due->reading, all.size());
    if (change.date < from) {
      print_error(
          g,
          {fmt::format("thời hạn của `{}` (“{}”) có {} lần đến hạn, lần cuối từ {}: ngày {} "
                       "không thể là ngày xong mọi lần; ghi lần đã xong bằng --occurrence N",
                       options.id, due->phrase.value, all.size(), from.dmy(), change.date.dmy()),
           fmt::format("the deadline of `{}` (“{}”) falls due {} times, the last from {}: {} "
                       "cannot be the day all of them were done; record the one done with "
                       "--occurrence N",
                       options.id, due->phrase.value, all.size(), from.dmy(), change.date.dmy())});
      return Exit::failure;
    }
  }

  if (!options.undo && !repeats && due && due->reading && due->reading->kind == DueKind::range &&
      due->reading->start && change.date < *due->reading->start) {
    // A single range writes the day it starts ("Từ ngày 01/06/2026 đến ngày 15/06/2026"): a day
    // before it cannot be the day the work was done, as for one occurrence of several. A month
    // or a quarter only implies its first day: work done a little early there stays accepted.
    print_error(g, before_start_message(options.id, *due, *due->reading->start, change.date));
    return Exit::failure;
  }

  const std::string path = progress_file_for(options.plan);
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  std::string old_text;
  std::size_t errors_before = 0;
  // The record this one replaces, in words (empty when none): said in the confirmation.
  Message replaced;
  if (exists) {
    std::string side_text;
    if (const auto exit = read_or_report(path, max_progress_bytes, g, side_text)) return *exit;
    const ProgressLoadResult current = load_progress(side_text, path);
    if (!current.ok()) {
      print_diagnostics(current.diagnostics, {SourceText{path, current.text}}, 1, g);
      print_error(g, {fmt::format("sửa các lỗi của `{}` rồi ghi lại", path),
                      fmt::format("fix the errors in `{}` first", path)});
      return Exit::findings;
    }
    // Errors against the plan (an id it does not have, last year's progress): the file is not
    // edited, except to remove an entry, which can only take an error away.
    const std::vector<Diagnostic> found = check_progress(plan, current.progress);
    errors_before = error_count(found);
    if (errors_before > 0 && !options.undo) {
      print_diagnostics(found, {SourceText{path, current.text}}, 1, g);
      print_error(
          g, {fmt::format("sửa các lỗi của `{}` rồi ghi lại (xóa một mục bằng --undo)", path),
              fmt::format("fix the errors in `{}` first (remove an entry with --undo)", path)});
      return Exit::findings;
    }
    // A record of the item done or cancelled is the user's: replaced only with --force, and
    // the confirmation says what it was. The same record again changes nothing.
    const ProgressEntry* earlier = recorded_entry(
        current.progress, options.id, static_cast<std::size_t>(std::max(options.occurrence, 0)));
    if (earlier && !options.undo) {
      const ProgressEntry& e = *earlier;
      const bool closed =
          e.status.value == ProgressStatus::done || e.status.value == ProgressStatus::cancelled;
      const bool same_day =
          e.status.value == change.status && e.date.present && e.date.value == change.date;
      const bool same = same_day && (change.note.empty() || change.note == e.note.value);
      // The same day with a note where the entry has none overwrites nothing.
      const bool adds_note = same_day && e.note.value.empty();
      const std::string which = which_words(change, g);
      if (closed && same) {
        // Notes and phrases come from files: printed through write_stdout (no control character).
        write_stdout(fmt::format(
            fmt::runtime(g.tr("Không ghi gì: `{}`{} đã được ghi là {} ({}:{}).\n",
                              "Nothing written: `{}`{} is already recorded as {} ({}:{}).\n")),
            options.id, which, record_words(e).in(g.lang), path, e.at.line));
        return Exit::ok;
      }
      if (closed && !adds_note && !options.force) {
        const std::string note_vi = change.note.empty() ? "" : ", ghi chú “" + change.note + "”";
        const std::string note_en = change.note.empty() ? "" : ", note “" + change.note + "”";
        print_error(
            g,
            {fmt::format("`{}`{} đã được ghi là {} ({}:{}): không ghi đè bản ghi đó; nếu đúng là "
                         "thay bằng đã xong ngày {}{}, chạy lại với --force",
                         options.id, which, record_words(e).vi, path, e.at.line, change.date.dmy(),
                         note_vi),
             fmt::format("`{}`{} is already recorded as {} ({}:{}): that record is not "
                         "overwritten; if it is to be replaced by done on {}{}, run again with "
                         "--force",
                         options.id, which, record_words(e).en, path, e.at.line, change.date.dmy(),
                         note_en)});
        return Exit::failure;
      }
      if (!adds_note) {
        // The note stays unless --note gives another: name it only when it is replaced.
        ProgressEntry old = e;
        if (change.note.empty() || change.note == e.note.value) old.note.value.clear();
        replaced = record_words(old);
      }
    }
    old_text = std::move(side_text);
  }
  const ProgressEdit edit = edit_progress(old_text, change);
  if (edit.error) {
    print_error(g, *edit.error);
    return Exit::failure;
  }
  // What is written must read back as a clean progress file of this plan.
  const ProgressLoadResult check = load_progress(edit.text, path);
  if (!check.ok() || error_count(check_progress(plan, check.progress)) > errors_before) {
    print_error(g, {fmt::format("không ghi được tiến độ vào `{}`: kết quả không đọc lại được "
                                "(lỗi của kehoach, xin báo lại)",
                                path),
                    fmt::format("progress not written to `{}`: the result does not read back "
                                "(a bug in kehoach, please report it)",
                                path)});
    return Exit::failure;
  }
  if (const auto failure = write_atomically(path, edit.text, exists)) {
    print_error(g, *failure);
    return Exit::failure;
  }
  const bool vi = g.lang == Lang::vi;
  const std::string which = which_words(change, g);
  if (options.undo) {
    fmt::print(fmt::runtime(vi ? "Đã xóa tiến độ của `{}`{} khỏi {}.\n"
                               : "Removed the progress of `{}`{} from {}.\n"),
               options.id, which, path);
  } else {
    std::string instead;
    if (!replaced.empty()) {
      instead = vi ? ", thay cho bản ghi trước: " + replaced.vi
                   : ", replacing the earlier record: " + replaced.en;
    }
    // Late as `deadlines` and `progress` will call it (a whole repeating item: listed below).
    const std::string late =
        options.occurrence == 0 && repeats
            ? std::string()
            : late_words(plan, check.progress, options.id,
                         static_cast<std::size_t>(std::max(options.occurrence, 0)), g.lang);
    write_stdout(fmt::format(fmt::runtime(vi ? "Đã ghi vào {}: `{}`{} đã xong ngày {}{}{}.\n"
                                             : "Recorded in {}: `{}`{} done on {}{}{}.\n"),
                             path, options.id, which, change.date.dmy(), late, instead));
    if (options.occurrence == 0 && repeats) {
      write_stdout(closed_occurrences_text(options.plan, options.id, *due, change.date, g.lang));
    }
  }
  return Exit::ok;
}

}  // namespace

void add_done_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<DoneOptions>();
  CLI::App* command = app.add_subcommand(
      "done", g.tr("Ghi nhận một việc đã xong vào tệp tiến độ bên cạnh kế hoạch",
                   "Record an item as done in the progress file beside the plan"));
  command->add_option("PLAN", options->plan, g.tr("Tệp kế hoạch", "The plan file"))->required();
  command
      ->add_option("ITEM_ID", options->id,
                   g.tr("Mã (`id`) của hoạt động hoặc nhiệm vụ; `reporting` là hạn gửi báo cáo "
                        "của kế hoạch",
                        "The task's or duty's `id`; `reporting` is the plan's report due"))
      ->required();
  command
      ->add_option("--date", options->date,
                   g.tr("Ngày hoàn thành (mặc định: hôm nay); không được ở tương lai hay trước "
                        "ngày ban hành kế hoạch",
                        "The day it was done (default: today); not in the future nor before the "
                        "plan was issued"))
      ->type_name(g.tr("NGÀY", "DATE"));
  command
      ->add_option("--note", options->note,
                   g.tr("Ghi chú, ví dụ số văn bản báo cáo đã gửi",
                        "A note, such as the number of the report sent"))
      ->type_name(g.tr("CHUỖI", "TEXT"));
  command
      ->add_option("--occurrence", options->occurrence,
                   g.tr("Lần đến hạn thứ N (từ 1) của một thời hạn lặp lại (hằng quý…); bắt "
                        "buộc khi ngày xong ở trước lần cuối",
                        "The Nth occurrence (from 1) of a repeating deadline (quarterly…); "
                        "required when the day done is before the last occurrence"))
      ->check(CLI::Range(1, 366).description(""))
      ->type_name("N");
  command->add_flag("--force", options->force,
                    g.tr("Thay bản ghi đã có của việc đã xong hay đã hủy (không có --force: "
                         "không ghi đè)",
                         "Replace a record of the item done or cancelled (without --force it is "
                         "not overwritten)"));
  command->add_flag("--undo", options->undo,
                    g.tr("Xóa tiến độ đã ghi của việc này", "Remove the progress recorded for it"));
  command->footer(g.tr(
      "Tệp tiến độ: KẾ_HOẠCH.progress.yaml bên cạnh kế hoạch (tạo mới nếu chưa có); giữ nguyên\n"
      "chú thích và thứ tự; tệp kế hoạch không bị sửa.\n"
      "Việc đã ghi xong hay đã hủy chỉ được ghi lại với --force, và câu xác nhận nói bản ghi\n"
      "cũ; ghi cả việc có nhiều lần đến hạn thì câu xác nhận kể từng lần và lần nào xong muộn;\n"
      "ngày xong ở sau hạn thì câu xác nhận nói xong muộn mấy ngày.\n"
      "Trạng thái thoát: 0 đã ghi (hoặc đã ghi y như vậy từ trước), 1 tệp kế hoạch hoặc tệp\n"
      "tiến độ có lỗi, 2 không thực hiện được (mã không có, ngày không hợp lệ hay ở trước khi\n"
      "thời hạn hay lần đến hạn bắt đầu, việc đã ghi xong mà thiếu --force, không ghi được\n"
      "tệp); --force không bỏ qua các kiểm tra ngày.\n"
      "Ví dụ:\n  kehoach done plan.yaml kiem-tra --date 12/09/2025 --note \"Báo cáo số 15/BC\"\n"
      "  kehoach done plan.yaml bao-cao-quy --occurrence 2\n"
      "  kehoach done plan.yaml kiem-tra --undo\n",
      "Progress file: PLAN.progress.yaml beside the plan (created when absent); comments and\n"
      "order are kept; the plan file is never changed.\n"
      "An item recorded done or cancelled is recorded again only with --force, and the\n"
      "confirmation gives the old record; recording the whole of an item that falls due several\n"
      "times lists each occurrence and which are late; a day after the due date is confirmed\n"
      "with how many days late it is.\n"
      "Exit status: 0 recorded (or already recorded the same), 1 the plan or the progress file\n"
      "has errors, 2 could not run (no such id, a bad date or one before the deadline or the\n"
      "occurrence begins, an item already recorded without --force, the file cannot be\n"
      "written); --force lifts no refusal of the day.\n"
      "Examples:\n  kehoach done plan.yaml kiem-tra --date 2025-09-12 --note \"Report 15/BC\"\n"
      "  kehoach done plan.yaml bao-cao-quy --occurrence 2\n"
      "  kehoach done plan.yaml kiem-tra --undo\n"));
  command->callback([options, &globals, &outcome] { outcome.exit = run_done(*options, globals); });
}

}  // namespace kehoach::cli
