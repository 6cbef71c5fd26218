#include "plan_inputs.hpp"

#include <sys/ioctl.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "kehoach/consistency.hpp"

namespace kehoach::cli {

namespace {

// One plan file reduced to what the listing commands use of it, on the thread that loaded it:
// its obligations, its problems, and the text of a file only when a diagnostic quotes it. The
// plan itself is dropped at once, so a national folder is never held in memory whole.
struct ReducedPlan {
  std::optional<Message> failure;           ///< not read at all (exit 2)
  std::optional<Message> progress_failure;  ///< its progress file not read (exit 2; plan left out)
  int files = 0;
  std::vector<Diagnostic> diagnostics;
  std::vector<SourceText> sources;
  bool failed = false;         ///< the plan is left out (its errors reported)
  std::string progress_error;  ///< a progress file with errors (the plan kept, flagged)
  bool tracked = false;        ///< the plan is listed
  Plan key;                    ///< number, issuer, year and status: what KH135 compares
  DeadlineList part;           ///< its obligations
};

bool mentions(const std::vector<Diagnostic>& diagnostics, const std::string& file) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& d) { return d.file == file; });
}

void reduce_plan(PlanFile& file, const DeadlineFilter& filter, ReducedPlan& out) {
  if (file.failure) {
    out.failure = file.failure;
    return;
  }
  ++out.files;
  if (file.problem) {
    out.diagnostics.push_back(*file.problem);
    out.failed = true;
    return;
  }
  const bool loaded = file.loaded.ok();
  out.diagnostics = std::move(file.loaded.diagnostics);
  if (!loaded) {
    out.failed = true;
    return;
  }
  if (file.progress_failure) {
    out.progress_failure = file.progress_failure;
    return;
  }
  const ProgressFile* progress = nullptr;
  bool unreadable = false;
  if (file.progress) {
    ProgressSide& side = *file.progress;
    ++out.files;
    // A broken progress file never hides its plan: the plan is listed, the entries in error
    // (or, when nothing could be read, all its items) count as not done and are flagged, and
    // the errors are reported like any input error (exit 1).
    if (side.problem) {
      out.diagnostics.push_back(*side.problem);
    } else {
      out.diagnostics.insert(out.diagnostics.end(), side.loaded.diagnostics.begin(),
                             side.loaded.diagnostics.end());
      out.diagnostics.insert(out.diagnostics.end(), side.checks.begin(), side.checks.end());
    }
    const ProgressUse use = progress_use(side);
    if (use.errors) out.progress_error = side.path;
    unreadable = use.unreadable;
    progress = use.progress;
  }
  const Plan& plan = file.loaded.plan;
  const TrackedPlan tracked{&plan, progress, unreadable};
  out.part = list_deadlines({&tracked, 1}, filter);
  out.tracked = true;
  out.key.file = plan.file;
  out.key.number = plan.number;
  out.key.issuer.name = plan.issuer.name;
  out.key.year = plan.year;
  out.key.status = plan.status;
}

void reduce(PlanFile& file, const DeadlineFilter& filter, ReducedPlan& out) {
  reduce_plan(file, filter, out);
  // Only the text of a file that a diagnostic points into is kept, for quoting its line.
  if (!file.failure && !file.problem && mentions(out.diagnostics, file.path)) {
    out.sources.push_back(SourceText{file.path, std::move(file.loaded.text)});
  }
  if (file.progress && !file.progress->problem && mentions(out.diagnostics, file.progress->path)) {
    out.sources.push_back(SourceText{file.progress->path, std::move(file.progress->loaded.text)});
  }
}

// The text of `path` as loading gives it, for quoting a line a later check found (KH135) in a
// file whose text was not kept.
std::optional<SourceText> reread(const std::string& path) {
  PlanFile again;
  again.path = path;
  load_plan_file(again);
  if (again.failure || again.problem) return std::nullopt;
  return SourceText{path, std::move(again.loaded.text)};
}

}  // namespace

ProgressUse progress_use(const ProgressSide& side) {
  ProgressUse use;
  if (side.problem) {
    use.unreadable = true;
    use.errors = true;
    return use;
  }
  use.errors = !side.loaded.ok() || has_errors(side.checks);
  // Errors that no entry holds (broken YAML, another format, `itmes:` for `items:`) leave no
  // entry to trust: every item of the plan is then flagged.
  const auto faulty = [](const std::vector<ProgressEntry>& entries) {
    return std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e.faulty; });
  };
  const bool entry_errors =
      faulty(side.loaded.progress.items) || faulty(side.loaded.progress.reporting);
  use.unreadable = !side.loaded.ok() && !entry_errors;
  use.progress = &side.loaded.progress;
  return use;
}

PlanInputs read_plans(const std::vector<std::string>& paths, const DeadlineFilter& filter,
                      const Globals& g, unsigned jobs, DeadlineList& list) {
  PlanInputs inputs;
  const PathList found = expand_paths(paths);
  print_path_messages(found, g);
  inputs.found_any = found.found_any;
  inputs.could_not_run = found.could_not_run;
  std::vector<ReducedPlan> reduced(found.files.size());
  parallel_for(found.files.size(), jobs, [&](std::size_t i) {
    PlanFile file;
    file.path = found.files[i];
    load_plan_file(file);
    reduce(file, filter, reduced[i]);
  });
  // In the order the files were named: the output does not depend on the threads.
  std::vector<std::size_t> tracked;
  std::size_t dated = 0;
  std::size_t undated = 0;
  for (std::size_t i = 0; i < reduced.size(); ++i) {
    ReducedPlan& r = reduced[i];
    if (r.failure) {
      print_error(g, *r.failure);
      inputs.could_not_run = true;
      continue;
    }
    inputs.files += r.files;
    inputs.diagnostics.insert(inputs.diagnostics.end(),
                              std::make_move_iterator(r.diagnostics.begin()),
                              std::make_move_iterator(r.diagnostics.end()));
    r.diagnostics = {};
    for (auto& source : r.sources) inputs.sources.push_back(std::move(source));
    r.sources = {};
    if (r.failed) inputs.failed.push_back(found.files[i]);
    if (r.progress_failure) {
      print_error(g, *r.progress_failure);
      inputs.could_not_run = true;
      continue;
    }
    if (!r.progress_error.empty()) inputs.progress_errors.push_back(r.progress_error);
    if (!r.tracked) continue;
    tracked.push_back(i);
  }
  // KH135: a plan in two files is listed once, from the file named first.
  std::vector<const Plan*> keys;
  for (const std::size_t i : tracked) keys.push_back(&reduced[i].key);
  const auto twins = same_plans(keys);
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < twins.size(); ++k) {
    if (twins[k]) {
      inputs.diagnostics.push_back(same_plan_diagnostic(*keys[k], *keys[*twins[k]], true));
      const std::string& file = keys[k]->file;
      const bool quoted = std::any_of(inputs.sources.begin(), inputs.sources.end(),
                                      [&](const SourceText& s) { return s.file == file; });
      if (!quoted) {
        if (auto text = reread(file)) inputs.sources.push_back(std::move(*text));
      }
    } else {
      kept.push_back(tracked[k]);
      dated += reduced[tracked[k]].part.dated.size();
      undated += reduced[tracked[k]].part.undated.size();
    }
  }
  list.filter = filter;
  list.dated.reserve(dated);
  list.undated.reserve(undated);
  for (const std::size_t i : kept) {
    DeadlineList& part = reduced[i].part;
    const std::size_t offset = list.plans.size();
    for (auto& summary : part.plans) list.plans.push_back(std::move(summary));
    for (auto& o : part.dated) {
      o.plan += offset;
      list.dated.push_back(std::move(o));
    }
    for (auto& o : part.undated) {
      o.plan += offset;
      list.undated.push_back(std::move(o));
    }
    list.without_deadline += part.without_deadline;
    part = {};
  }
  reduced = {};
  sort_deadlines(list);
#if defined(__GLIBC__)
  // The plans were loaded and dropped on the worker threads, in their own malloc arenas, which
  // the thread that renders the list cannot reuse: give those free pages back (about a tenth of
  // the peak on a national folder).
  malloc_trim(0);
#endif
  sort_diagnostics(inputs.diagnostics);
  return inputs;
}

void print_path_messages(const PathList& list, const Globals& g) {
  for (const auto& message : list.messages) {
    if (message.error) {
      print_error(g, message.text);
    } else if (message.warning) {
      fmt::print(stderr, "kehoach: {}: {}\n", g.tr("cảnh báo", "warning"), message.text.in(g.lang));
    } else {
      fmt::print(stderr, "kehoach: {}: {}\n", g.tr("ghi chú", "note"), message.text.in(g.lang));
    }
  }
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
  DeadlineList list;
  inputs = read_plans(options.paths, filter, g, options.jobs, list);
  print_diagnostics(inputs, g);
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
