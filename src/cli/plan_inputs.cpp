#include "plan_inputs.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <set>
#include <system_error>

#include <fmt/format.h>

namespace kehoach::cli {

namespace fs = std::filesystem;

namespace {

bool plan_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return ext == ".yaml" || ext == ".yml";
}

class Walker {
 public:
  Walker(const Globals& globals, PlanInputs& inputs) : m_g(globals), m_inputs(inputs) {}

  // Adds the plan files under `dir` to `out`. Symbolic links to folders are followed, but
  // each folder (by its canonical path) is walked once, so a link loop ends.
  void walk(const fs::path& dir, std::vector<std::string>& out) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(dir, ec);
    if (ec || !m_visited.insert(canonical.string()).second) return;
    std::vector<fs::path> entries;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      unreadable(dir, ec);
      return;
    }
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
      entries.push_back(it->path());
    }
    if (ec) {
      unreadable(dir, ec);
      return;
    }
    // By name, byte order: the same folder gives the same list everywhere.
    std::sort(entries.begin(), entries.end(), [](const fs::path& a, const fs::path& b) {
      return a.filename().string() < b.filename().string();
    });
    for (const auto& entry : entries) {
      const std::string name = entry.filename().string();
      // Hidden entries hold tool settings (.git, .github workflows in YAML), never plans.
      if (name.empty() || name.front() == '.') continue;
      const auto status = fs::status(entry, ec);
      if (ec) continue;  // a dangling link: nothing to read
      if (fs::is_directory(status)) {
        walk(entry, out);
      } else if (fs::is_regular_file(status) && plan_extension(entry) && !is_progress_file(name)) {
        out.push_back(entry.lexically_normal().generic_string());
      }
    }
  }

 private:
  void unreadable(const fs::path& dir, const std::error_code& ec) {
    print_error(
        m_g, {fmt::format("không đọc được thư mục `{}`", dir.generic_string()),
              fmt::format("cannot read the folder `{}`: {}", dir.generic_string(), ec.message())});
    m_inputs.could_not_run = true;
  }

  const Globals& m_g;
  PlanInputs& m_inputs;
  std::set<std::string> m_visited;
};

void load_one(const std::string& path, PlanInputs& inputs, const Globals& g) {
  InputFile input = read_input(path, max_plan_bytes);
  if (input.failure) {
    print_error(g, *input.failure);
    inputs.could_not_run = true;
    return;
  }
  ++inputs.files;
  if (input.problem) {
    inputs.diagnostics.push_back(*input.problem);
    inputs.failed.push_back(path);
    return;
  }
  auto loaded = std::make_unique<LoadResult>(load_plan(input.text, path));
  inputs.diagnostics.insert(inputs.diagnostics.end(), loaded->diagnostics.begin(),
                            loaded->diagnostics.end());
  inputs.sources.push_back(SourceText{path, loaded->text});
  if (!loaded->ok()) {
    inputs.failed.push_back(path);
    return;
  }

  // The progress file beside the plan, if there is one (see kehoach-plan(5)).
  const std::string progress_path = progress_file_for(path);
  std::error_code ec;
  const ProgressFile* progress = nullptr;
  if (fs::exists(progress_path, ec)) {
    InputFile side = read_input(progress_path, max_progress_bytes);
    if (side.failure) {
      print_error(g, *side.failure);
      inputs.could_not_run = true;
      return;
    }
    ++inputs.files;
    if (side.problem) {
      side.problem->hint = {};
      inputs.diagnostics.push_back(*side.problem);
      inputs.failed.push_back(progress_path);
      return;
    }
    auto read = load_progress(side.text, progress_path);
    inputs.diagnostics.insert(inputs.diagnostics.end(), read.diagnostics.begin(),
                              read.diagnostics.end());
    inputs.sources.push_back(SourceText{progress_path, read.text});
    // Without its progress the plan's items would show as open, some wrongly as overdue:
    // a plan whose progress file is broken is left out, with the error shown.
    if (!read.ok()) {
      inputs.failed.push_back(progress_path);
      return;
    }
    const auto checked = check_progress(loaded->plan, read.progress);
    inputs.diagnostics.insert(inputs.diagnostics.end(), checked.begin(), checked.end());
    inputs.progress.push_back(std::make_unique<ProgressFile>(std::move(read.progress)));
    progress = inputs.progress.back().get();
  }
  inputs.plans.push_back(std::move(loaded));
  inputs.tracked.push_back(TrackedPlan{&inputs.plans.back()->plan, progress});
}

}  // namespace

PlanInputs read_plans(const std::vector<std::string>& paths, const Globals& g) {
  PlanInputs inputs;
  Walker walker(g, inputs);
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      print_error(g, {fmt::format("không tìm thấy `{}`", path),
                      fmt::format("no such file or folder `{}`", path)});
      inputs.could_not_run = true;
      continue;
    }
    if (fs::is_directory(status)) {
      inputs.found_any = true;
      const std::size_t before = files.size();
      walker.walk(path, files);
      if (files.size() == before) {
        const Message note{fmt::format("không có tệp kế hoạch (.yaml, .yml) nào trong `{}`", path),
                           fmt::format("no plan files (.yaml, .yml) in `{}`", path)};
        fmt::print(stderr, "kehoach: {}: {}\n", g.tr("ghi chú", "note"), note.in(g.lang));
      }
      continue;
    }
    if (is_progress_file(path)) {
      print_error(g, {fmt::format("`{}` là tệp tiến độ: hãy chỉ ra tệp kế hoạch, tệp tiến độ bên "
                                  "cạnh sẽ được đọc cùng",
                                  path),
                      fmt::format("`{}` is a progress file: name its plan, and the progress "
                                  "file beside it is read with it",
                                  path)});
      inputs.could_not_run = true;
      continue;
    }
    inputs.found_any = true;
    files.push_back(path);
  }
  // A plan named twice (a file and its folder) is read once, where it was first named.
  std::set<std::string> seen;
  for (const auto& file : files) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    if (!seen.insert(ec ? file : canonical.string()).second) continue;
    load_one(file, inputs, g);
  }
  sort_diagnostics(inputs.diagnostics);
  return inputs;
}

void print_diagnostics(const PlanInputs& inputs, const Globals& g) {
  if (inputs.diagnostics.empty()) return;
  const DiagnosticSummary summary = summarize(inputs.diagnostics, inputs.files);
  const std::string out = format_diagnostics_text(inputs.diagnostics, inputs.sources, summary,
                                                  g.lang, g.color == ColorMode::always);
  std::fwrite(out.data(), 1, out.size(), stderr);
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

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace kehoach::cli
