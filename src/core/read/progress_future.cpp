// A progress file records work that has happened: `kehoach done` refuses a day in the future, but
// a file edited by hand may hold one ("2027-08-20" for 2026). Such an entry closes nothing on the
// days before it (overdue and progress judge each day by what had happened by then), so the item
// shows as open or overdue: KH305 says why, at the date.
#include <fmt/format.h>

#include "kehoach/progress.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach {

std::vector<Diagnostic> check_progress_future(const ProgressFile& progress, const Date& today,
                                              bool as_of_given) {
  std::vector<Diagnostic> out;
  yaml_tree::Sink sink(out, progress.file);
  auto check = [&](const ProgressEntry& e, std::string_view name) {
    if (e.faulty || !e.status.present || !e.date.present) return;
    const bool done = e.status.value == ProgressStatus::done;
    if (!done && e.status.value != ProgressStatus::cancelled) return;
    if (!(today < e.date.value)) return;
    if (sink.skip("KH305", e.date.at, Severity::warning)) return;
    const std::string day = e.date.value.dmy();
    const std::string_view vi = done ? "đã xong" : "đã hủy";
    const std::string_view en = done ? "done" : "cancelled";
    // The machine's date needs no saying; a day given with --as-of does.
    Message message =
        as_of_given
            ? Message{fmt::format("`{}` ghi {} ngày {}, sau ngày {} (--as-of)", name, vi, day,
                                  today.dmy()),
                      fmt::format("`{}` is recorded {} on {}, after {} (--as-of)", name, en, day,
                                  today.dmy())}
            : Message{fmt::format("`{}` ghi {} ngày {}, là ngày ở tương lai", name, vi, day),
                      fmt::format("`{}` is recorded {} on {}, a day in the future", name, en, day)};
    message.vi += "; đến ngày đó việc này vẫn được tính là chưa xong";
    message.en += "; until that day the item counts as not done";
    sink.add("KH305", e.date.at, std::move(message),
             {"gõ nhầm ngày hay năm? sửa `date:`; chỉ ghi việc đã xong (`kehoach done` không nhận "
              "ngày ở tương lai)",
              "a slip in the day or the year? correct `date:`; record only work already done "
              "(`kehoach done` refuses a day in the future)"},
             Severity::warning);
  };
  for (const auto& e : progress.items) check(e, e.id.value);
  for (const auto& e : progress.reporting) check(e, e.id.value);
  sort_diagnostics(out);
  return out;
}

}  // namespace kehoach
