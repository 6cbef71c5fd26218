// The days `kehoach done` refuses, found in a progress file edited by hand (KH306): work recorded
// done before its deadline, or the occurrence it names, had begun. The progress, deadline and
// overdue lists count such a record as done, so validate says it is doubtful.
#include <fmt/format.h>

#include "kehoach/progress_edit.hpp"
#include "kehoach/progress_rounds.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach {

namespace {

// What the entry claims, and the first day that claim can be true; nullopt when any day can be.
struct Opening {
  Date day;
  Message what;  ///< "the deadline", "occurrence 2", "the last of its 4 occurrences"
};

std::optional<Opening> opening(const Deadline& reading, std::size_t occurrence) {
  const std::size_t count = reading.occurrences.size();
  if (occurrence > 0 && count >= 2) {
    const auto opens = occurrence_opens(reading, occurrence);
    if (!opens) return std::nullopt;
    return Opening{*opens,
                   {fmt::format("lần {}", occurrence), fmt::format("occurrence {}", occurrence)}};
  }
  if (occurrence == 0 && count >= 2) {
    // A record of the whole item closes every occurrence: the last must have begun.
    const auto opens = occurrence_opens(reading, count);
    if (!opens) return std::nullopt;
    return Opening{*opens,
                   {fmt::format("lần cuối trong {} lần đến hạn", count),
                    fmt::format("the last of its {} occurrences", count)}};
  }
  if (count < 2 && reading.kind == DueKind::range && reading.start) {
    return Opening{*reading.start, {"thời hạn", "the deadline"}};
  }
  return std::nullopt;
}

}  // namespace

std::vector<Diagnostic> check_progress_days(const Plan& plan, const ProgressFile& progress) {
  std::vector<Diagnostic> out;
  yaml_tree::Sink sink(out, progress.file);
  auto check = [&](const ProgressEntry& e, std::string_view id, std::size_t occurrence,
                   std::string_view name) {
    if (e.faulty || !e.status.present || e.status.value != ProgressStatus::done) return;
    if (!e.date.present) return;
    const DueField* due = item_due(plan, id);
    if (!due || !due->reading) return;
    const auto open = opening(*due->reading, occurrence);
    if (!open || !(e.date.value < open->day)) return;
    if (sink.skip("KH306", e.date.at, Severity::warning)) return;
    sink.add(
        "KH306", e.date.at,
        {fmt::format("`{}` ghi đã xong ngày {}, trước khi {} bắt đầu ({}; “{}”): việc chưa "
                     "bắt đầu thì chưa thể xong, nhưng vẫn được tính là đã xong",
                     name, e.date.value.dmy(), open->what.vi, open->day.dmy(), due->phrase.value),
         fmt::format("`{}` is recorded done on {}, before {} begins ({}; “{}”): work cannot "
                     "be done before it begins, yet it counts as done",
                     name, e.date.value.dmy(), open->what.en, open->day.dmy(), due->phrase.value)},
        {"kiểm tra lại ngày, mã và lần (`occurrence`); `kehoach done` không nhận ngày này",
         "check the day, the id and the occurrence; `kehoach done` refuses this day"},
        Severity::warning);
  };
  for (const auto* entries : {&progress.items, &progress.reporting}) {
    for (const auto& e : *entries) {
      const ProgressTarget target = progress_target(e.id.value);
      const std::size_t occurrence = e.occurrence.present && e.occurrence.value > 0
                                         ? static_cast<std::size_t>(e.occurrence.value)
                                         : target.occurrence;
      check(e, target.id, occurrence, e.id.value);
    }
  }
  sort_diagnostics(out);
  return out;
}

}  // namespace kehoach
