// libFuzzer target: the ICS and CSV writers (and the text, Markdown and JSON ones beside them) on
// items whose every text field comes from the input, bytes the plan loader would refuse
// included: invalid UTF-8, controls, file names with line breaks. Fields are separated by NUL.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"
#include "kehoach/deadlines.hpp"
#include "kehoach/due.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kehoach;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (fields.size() < 64) {
    const std::size_t end = input.find('\0', start);
    fields.emplace_back(
        input.substr(start, end == std::string_view::npos ? input.size() - start : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  auto field = [&](std::size_t i) -> const std::string& { return fields[i % fields.size()]; };

  DeadlineList list;
  PlanSummary plan;
  plan.file = field(0);
  plan.number = field(1);
  plan.title = field(2);
  plan.issuer = field(3);
  plan.year = 2026;
  plan.reference = Date{2026, 1, 20};
  list.plans.push_back(plan);
  // Several items, some with equal ids so that UIDs repeat; one on 31/12/9999.
  for (std::size_t i = 0; i + 4 <= fields.size() || i == 0; i += 4) {
    Obligation o;
    o.id = field(i + 4).size() % 3 == 0 ? std::string() : field(1);
    o.title = field(i + 4);
    o.agency = field(i + 5);
    o.phrase = field(i + 6);
    o.status_note = field(i + 7);
    o.at = Position{static_cast<int>(i + 1), 1};
    // Short phrases only: long ones belong to fuzz_due, and would make this target slow.
    if (o.phrase.size() < 256) {
      const DueResult read = parse_due(o.phrase, 2026);
      if (read.ok()) o.reading = read.deadline;
    }
    if (!o.due()) {
      Deadline fixed;
      fixed.kind = DueKind::date;
      fixed.due = i % 8 == 0 ? Date{9999, 12, 31} : Date{2026, 3, static_cast<int>(1 + i % 28)};
      o.reading = fixed;
    }
    list.dated.push_back(o);
  }
  fuzz::run_writers(list, fuzz::lang_of(size));
  for (const auto& f : fields) {
    fuzz::check_ics(ics_fold(ics_escape(f)));
    fuzz::check_printable(csv_text(f));
    fuzz::check_printable(display_name(f));
    if (find_invalid_utf8(display_name(f))) fuzz::fail("display_name left invalid UTF-8");
  }
  return 0;
}
