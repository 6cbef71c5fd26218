// The words of `kehoach done` about occurrences and earlier records. A record for the whole item
// of a repeating deadline closes every occurrence, the earlier ones late: the officer is told
// which, when it is recorded, rather than finding them missing from `overdue` later.
#include "done_words.hpp"

#include <fmt/format.h>

#include "kehoach/deadlines.hpp"
#include "kehoach/progress_edit.hpp"
#include "kehoach/progress_rounds.hpp"

namespace kehoach::cli {

std::string closed_occurrences_text(const std::string& plan, const std::string& id,
                                    const DueField& due, const Date& done, Lang lang) {
  const bool vi = lang == Lang::vi;
  const auto closed = occurrences_closed(*due.reading, done);
  std::size_t late = 0;
  for (const auto& c : closed) late += c.days_late > 0 ? 1 : 0;
  std::string out;
  if (vi) {
    out += fmt::format("Ghi cho cả việc: cả {} lần đến hạn của “{}” được tính là xong ngày {}",
                       closed.size(), due.phrase.value, done.dmy());
    out += late > 0 ? fmt::format(", {} lần xong muộn:\n", late) : ":\n";
  } else {
    out +=
        fmt::format("Recorded for the whole item: {} occurrences of “{}” count as done on {}",
                    closed.size() == 2 ? std::string("both") : fmt::format("all {}", closed.size()),
                    due.phrase.value, done.dmy());
    out += late > 0 ? fmt::format(", {} of them late:\n", late) : ":\n";
  }
  for (const auto& c : closed) {
    if (vi) {
      out += fmt::format("  lần {}, hạn {}: {}\n", c.number, c.due.dmy(),
                         c.days_late > 0 ? fmt::format("xong muộn {} ngày", c.days_late)
                                         : std::string("đúng hạn"));
    } else {
      out += fmt::format("  occurrence {}, due {}: {}\n", c.number, c.due.dmy(),
                         c.days_late > 0 ? fmt::format("done {} {} late", c.days_late,
                                                       c.days_late == 1 ? "day" : "days")
                                         : std::string("on time"));
    }
  }
  out += vi ? fmt::format(
                  "Nếu chỉ xong một lần: `kehoach done {} {} --undo` rồi ghi lần đó bằng "
                  "--occurrence N.\n",
                  plan, id)
            : fmt::format(
                  "If only one of them was done: `kehoach done {} {} --undo`, then record "
                  "that one with --occurrence N.\n",
                  plan, id);
  return out;
}

std::string late_words(const Plan& plan, const ProgressFile& progress, const std::string& id,
                       std::size_t occurrence, Lang lang) {
  const TrackedPlan tracked{&plan, &progress, false};
  const DeadlineList list = list_deadlines({&tracked, 1}, {});
  const bool report = id == reporting_item;
  for (const auto& o : list.dated) {
    const bool same = report ? o.source == ItemSource::reporting
                             : o.source != ItemSource::reporting && o.id == id;
    if (!same || o.occurrence != occurrence || !o.done_late()) continue;
    const long days = days_between(*o.due(), *o.status_date);
    return lang == Lang::vi ? fmt::format(", xong muộn {} ngày (hạn {})", days, o.due()->dmy())
                            : fmt::format(", {} {} late (due {})", days, days == 1 ? "day" : "days",
                                          o.due()->dmy());
  }
  return {};
}

Message record_words(const ProgressEntry& entry) {
  Message out;
  const std::string day = entry.date.present ? entry.date.value.dmy() : std::string();
  switch (entry.status.value) {
    case ProgressStatus::done:
      out = {day.empty() ? "đã xong" : "đã xong ngày " + day,
             day.empty() ? "done" : "done on " + day};
      break;
    case ProgressStatus::cancelled:
      out = {day.empty() ? "đã hủy" : "đã hủy ngày " + day,
             day.empty() ? "cancelled" : "cancelled on " + day};
      break;
    case ProgressStatus::in_progress:
      out = {"đang thực hiện", "in progress"};
      if (!day.empty()) out = {"đang thực hiện từ ngày " + day, "in progress since " + day};
      break;
    case ProgressStatus::not_started: out = {"chưa bắt đầu", "not started"}; break;
  }
  if (!entry.note.value.empty()) {
    out.vi += fmt::format(", ghi chú “{}”", entry.note.value);
    out.en += fmt::format(", note “{}”", entry.note.value);
  }
  return out;
}

Message before_occurrence_message(const std::string& id, const DueField& due, std::size_t n,
                                  const Date& opens, const Date& date) {
  const Deadline& reading = *due.reading;
  const Date& last = reading.occurrences[n - 1].due;
  Message out{
      fmt::format("thời hạn của `{}` (“{}”): lần {} từ {} đến {}; ngày {} ở trước khi lần {} bắt "
                  "đầu, không thể là ngày xong lần {}",
                  id, due.phrase.value, n, opens.dmy(), last.dmy(), date.dmy(), n, n),
      fmt::format("the deadline of `{}` (“{}”): occurrence {} runs from {} to {}; {} is before it "
                  "begins and cannot be the day it was done",
                  id, due.phrase.value, n, opens.dmy(), last.dmy(), date.dmy())};
  // The occurrence under way that day: most likely the one meant (a typo in N), or one done
  // late when the day is past its due date.
  const std::size_t on = occurrence_on(reading, date);
  if (on == n || on == 0) return out;
  const auto on_opens = occurrence_opens(reading, on);
  if (on_opens && date < *on_opens) return out;
  const Date& on_due = reading.occurrences[on - 1].due;
  if (!(on_due < date)) {
    out.vi += fmt::format("; ngày {} thuộc lần {} (hạn {}): ghi lần đó bằng --occurrence {}",
                          date.dmy(), on, on_due.dmy(), on);
    out.en += fmt::format(
        "; {} falls in occurrence {} (due {}): record that one with "
        "--occurrence {}",
        date.dmy(), on, on_due.dmy(), on);
  } else {
    out.vi += fmt::format(
        "; ngày {} ở sau hạn của lần {} ({}): nếu lần {} xong muộn, ghi "
        "--occurrence {}",
        date.dmy(), on, on_due.dmy(), on, on);
    out.en += fmt::format(
        "; {} is after occurrence {} was due ({}): if that one was done late, "
        "record --occurrence {}",
        date.dmy(), on, on_due.dmy(), on);
  }
  return out;
}

Message before_start_message(const std::string& id, const DueField& due, const Date& start,
                             const Date& date) {
  const Date& last = *due.reading->due;
  return {fmt::format("thời hạn của `{}` (“{}”) từ {} đến {}: ngày {} ở trước ngày bắt đầu {}, "
                      "không thể là ngày xong việc này; kiểm tra lại --date và mã việc",
                      id, due.phrase.value, start.dmy(), last.dmy(), date.dmy(), start.dmy()),
          fmt::format("the deadline of `{}` (“{}”) runs from {} to {}: {} is before it begins on "
                      "{} and cannot be the day it was done; check --date and the item's id",
                      id, due.phrase.value, start.dmy(), last.dmy(), date.dmy(), start.dmy())};
}

}  // namespace kehoach::cli
