#include "plan_inputs.hpp"

#include "plan_set.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "kehoach/consistency.hpp"

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
        // Errors that no entry holds (broken YAML, another format, `itmes:` for `items:`)
        // leave no entry to trust: every item of the plan is then flagged.
        const auto& entries = side.loaded.progress.items;
        const bool entry_errors =
            std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e.faulty; }) ||
            (side.loaded.progress.reporting && side.loaded.progress.reporting->faulty);
        unreadable = !side.loaded.ok() && !entry_errors;
        inputs.progress.push_back(std::make_unique<ProgressFile>(std::move(side.loaded.progress)));
        progress = inputs.progress.back().get();
      }
    }
    inputs.plans.push_back(std::make_unique<LoadResult>(std::move(file.loaded)));
    inputs.tracked.push_back(TrackedPlan{&inputs.plans.back()->plan, progress, unreadable});
  }
  // KH135: a plan in two files is listed once, from the file named first.
  std::vector<const Plan*> tracked;
  for (const auto& t : inputs.tracked) tracked.push_back(t.plan);
  const auto twins = same_plans(tracked);
  std::vector<TrackedPlan> kept;
  for (std::size_t k = 0; k < twins.size(); ++k) {
    if (twins[k]) {
      inputs.diagnostics.push_back(same_plan_diagnostic(*tracked[k], *tracked[*twins[k]], true));
    } else {
      kept.push_back(inputs.tracked[k]);
    }
  }
  inputs.tracked = std::move(kept);
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
      .add_option(
          "--agency", agency,
          g.tr("Chỉ các việc do cơ quan này chủ trì, kể cả việc giao cho nhóm có nó (\"UBND "
               "xã\" gồm \"UBND các xã, phường\"); viết tắt và viết đủ như nhau (UBND, "
               "HĐND, VP, TP); chuỗi không phải tên cơ quan (\"tư pháp\") được tìm trong "
               "tên; không phân biệt hoa thường, dấu",
               "Only items led by this agency, including items for a group that holds it "
               "(\"UBND xã\" finds \"UBND các xã, phường\"); abbreviations and full "
               "forms alike (UBND, HĐND, VP, TP); text that names no agency (\"tư "
               "pháp\") is looked for in the name; case and diacritics ignored"))
      ->type_name(g.tr("CHUỖI", "TEXT"));
  command
      .add_option("--level", level,
                  g.tr("Chỉ các việc giao cho cấp này", "Only items addressed to this level"))
      ->check(CLI::IsMember({"national", "ministry", "province", "department", "district",
                             "commune", "other"})
                  .description(""))
      ->type_name("national|ministry|province|department|district|commune|other");
}

void add_year_option(CLI::App& command, int& year, const Globals& g) {
  command
      .add_option("--year", year,
                  g.tr("Chỉ các kế hoạch của năm này (khóa `year` của kế hoạch)",
                       "Only plans for this year (the plan's `year`)"))
      ->check(CLI::Range(1990, 2100).description(""))
      ->type_name(g.tr("NĂM", "YEAR"));
}

void add_width_option(CLI::App& command, int& width, const Globals& g) {
  command
      .add_option("--width", width,
                  g.tr("Độ rộng bảng, tính bằng ký tự (mặc định: bằng terminal; không giới hạn "
                       "khi ghi ra tệp hoặc ống)",
                       "Table width in characters (default: the terminal's; none when writing "
                       "to a file or a pipe)"))
      ->check(CLI::Range(40, 1000).description(""))
      ->type_name("N");
}

std::size_t output_width(int width_option) {
  if (width_option > 0) return static_cast<std::size_t>(width_option);
  if (isatty(STDOUT_FILENO) != 1) return 0;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  // A terminal that does not say its size: COLUMNS, else the classic 80.
  if (const char* columns = std::getenv("COLUMNS")) {
    const int n = std::atoi(columns);
    if (n > 0) return static_cast<std::size_t>(n);
  }
  return 80;
}

void add_renamed_option(CLI::App& command, const std::string& old_name, const std::string& new_name,
                        std::string& value, const Globals& g) {
  command.add_option(old_name, value)
      ->group("")
      ->each([old_name, new_name, &g](const std::string&) {
        fmt::print(stderr, "kehoach: {}: {}\n", g.tr("ghi chú", "note"),
                   g.lang == Lang::vi
                       ? fmt::format("{} đã đổi tên thành {}; tên cũ sẽ bỏ ở phiên bản sau",
                                     old_name, new_name)
                       : fmt::format("{} is now {}; the old name goes in the next release",
                                     old_name, new_name));
      });
}

void add_list_options(CLI::App& command, ListOptions& options, const Globals& g) {
  command
      .add_option("PATH", options.paths,
                  g.tr("Tệp kế hoạch hoặc thư mục (đọc mọi tệp .yaml, .yml bên trong)",
                       "Plan files or folders (every .yaml, .yml file inside is read)"))
      ->required();
  add_year_option(command, options.year, g);
  add_filter_options(command, options.agency, options.level, g);
  add_width_option(command, options.width, g);
  add_jobs_option(command, options.jobs, g);
}

DeadlineList list_plans(const ListOptions& options, DeadlineFilter filter, PlanInputs& inputs,
                        const Globals& g) {
  filter.agency = options.agency;
  if (!options.level.empty()) filter.level = level_from_key(options.level);
  if (options.year > 0) filter.year = options.year;
  inputs = read_plans(options.paths, g, options.jobs);
  print_diagnostics(inputs, g);
  DeadlineList list = list_deadlines(inputs.tracked, filter);
  list.failed = inputs.failed;
  list.progress_errors = inputs.progress_errors;
  return list;
}

std::optional<Date> as_of_option(const std::string& value, const Globals& g) {
  if (value.empty()) return today();
  return date_option("--as-of", value, g);
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace kehoach::cli
