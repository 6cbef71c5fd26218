// libFuzzer target: the plan loader, then for a plan that loads the checks, the parent checks and
// diff against itself, both renderers, every deadline writer and the diagnostic printers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common.hpp"
#include "kehoach/acts.hpp"
#include "kehoach/check.hpp"
#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kehoach;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string file = "plan.yaml";
  const LoadResult loaded = load_plan(text, file);
  std::vector<Diagnostic> diagnostics = loaded.diagnostics;
  if (loaded.ok()) {
    const auto own = check_plan(loaded.plan, builtin_acts());
    diagnostics.insert(diagnostics.end(), own.begin(), own.end());
    const auto against = check_against_parent(loaded.plan, loaded.plan, builtin_acts());
    diagnostics.insert(diagnostics.end(), against.begin(), against.end());
    (void)diff_plans(loaded.plan, loaded.plan, builtin_acts());
    fuzz::check_printable(render_markdown(loaded.plan, Lang::vi));
    fuzz::check_printable(render_text(loaded.plan, Lang::en));
    const TrackedPlan tracked{&loaded.plan, nullptr};
    fuzz::run_writers(list_deadlines({&tracked, 1}, DeadlineFilter{}), fuzz::lang_of(size));
  }
  fuzz::run_diagnostics(std::move(diagnostics), file, loaded.text);
  return 0;
}
