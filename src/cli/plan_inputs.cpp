#include "plan_inputs.hpp"

#include "plan_set.hpp"

#include <cstdio>
#include <ctime>

#include <fmt/format.h>

namespace kehoach::cli {

PlanInputs read_plans(const std::vector<std::string>& paths, const Globals& g, unsigned jobs) {
  PlanInputs inputs;
  const PathList list = expand_paths(paths, g);
  inputs.found_any = list.found_any;
  inputs.could_not_run = list.could_not_run;
  std::vector<PlanFile> loaded = load_plans(list.files, jobs);
  // In the order the files were named: the output does not depend on the threads.
  for (auto& file : loaded) {
    if (file.failure) {
      print_error(g, *file.failure);
      inputs.could_not_run = true;
      continue;
    }
    ++inputs.files;
    if (file.problem) {
      inputs.diagnostics.push_back(*file.problem);
      inputs.failed.push_back(file.path);
      continue;
    }
    inputs.diagnostics.insert(inputs.diagnostics.end(), file.loaded.diagnostics.begin(),
                              file.loaded.diagnostics.end());
    inputs.sources.push_back(SourceText{file.path, file.loaded.text});
    if (!file.loaded.ok()) {
      inputs.failed.push_back(file.path);
      continue;
    }
    if (file.progress_failure) {
      print_error(g, *file.progress_failure);
      inputs.could_not_run = true;
      continue;
    }
    const ProgressFile* progress = nullptr;
    bool unreadable = false;
    if (file.progress) {
      ProgressSide& side = *file.progress;
      ++inputs.files;
      // A broken progress file never hides its plan: the plan is listed, the entries in error
      // (or, when nothing could be read, all its items) count as not done and are flagged, and
      // the errors are reported like any input error (exit 1).
      if (side.problem) {
        inputs.diagnostics.push_back(*side.problem);
        inputs.progress_errors.push_back(side.path);
        unreadable = true;
      } else {
        inputs.diagnostics.insert(inputs.diagnostics.end(), side.loaded.diagnostics.begin(),
                                  side.loaded.diagnostics.end());
        inputs.sources.push_back(SourceText{side.path, side.loaded.text});
        inputs.diagnostics.insert(inputs.diagnostics.end(), side.checks.begin(), side.checks.end());
        if (!side.loaded.ok() || has_errors(side.checks)) {
          inputs.progress_errors.push_back(side.path);
        }
        unreadable = !side.loaded.ok() && !side.loaded.progress.format.present;
        inputs.progress.push_back(std::make_unique<ProgressFile>(std::move(side.loaded.progress)));
        progress = inputs.progress.back().get();
      }
    }
    inputs.plans.push_back(std::make_unique<LoadResult>(std::move(file.loaded)));
    inputs.tracked.push_back(TrackedPlan{&inputs.plans.back()->plan, progress, unreadable});
  }
  sort_diagnostics(inputs.diagnostics);
  return inputs;
}

void print_diagnostics(const PlanInputs& inputs, const Globals& g) {
  if (inputs.diagnostics.empty()) return;
  print_diagnostics(inputs.diagnostics, inputs.sources, inputs.files, g);
}

bool has_input_problems(const PlanInputs& inputs) {
  return !inputs.failed.empty() || has_errors(inputs.diagnostics);
}

std::optional<Date> date_option(const std::string& option, const std::string& value,
                                const Globals& g) {
  if (const auto date = parse_date_argument(value)) return date;
  print_error(
      g,
      {fmt::format("{}: `{}` không phải một ngày (viết YYYY-MM-DD hoặc dd/mm/yyyy)", option, value),
       fmt::format("{}: `{}` is not a date (write YYYY-MM-DD or dd/mm/yyyy)", option, value)});
  return std::nullopt;
}

void add_filter_options(CLI::App& command, std::string& agency, std::string& level,
                        const Globals& g) {
  command
      .add_option("--agency", agency,
                  g.tr("Chỉ các việc của cơ quan có tên chứa chuỗi này (không phân biệt hoa "
                       "thường, dấu)",
                       "Only items of agencies whose name contains this text (ignoring case and "
                       "diacritics)"))
      ->type_name(g.tr("CHUỖI", "TEXT"));
  command
      .add_option("--level", level,
                  g.tr("Chỉ các việc giao cho cấp này", "Only items addressed to this level"))
      ->check(CLI::IsMember({"national", "ministry", "province", "department", "district",
                             "commune", "other"})
                  .description(""))
      ->type_name("national|ministry|province|department|district|commune|other");
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace kehoach::cli
