#include "plan_set.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "kehoach/text.hpp"

namespace kehoach::cli {

namespace {

namespace fs = std::filesystem;

bool is_plan_name(const fs::path& path) {
  const std::string name = path.filename().string();
  auto ends = [&](std::string_view suffix) {
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends(".progress.yaml") || ends(".progress.yml")) return false;
  return ends(".yaml") || ends(".yml");
}

// The key under which a plan is found by the reference a child gives: number and issuer,
// folded so that "UBND" and "Ủy ban nhân dân", NFC and NFD, read the same.
std::string reference_key(std::string_view number, std::string_view issuer) {
  std::string who = fold_ascii(issuer);
  for (const std::string_view long_form : {"uy ban nhan dan"}) {
    for (auto at = who.find(long_form); at != std::string::npos; at = who.find(long_form)) {
      who.replace(at, long_form.size(), "ubnd");
    }
  }
  return fold(number) + "|" + who;
}

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& args,
                                      std::vector<Message>& failures) {
  std::vector<std::string> out;
  for (const auto& arg : args) {
    std::error_code ec;
    const auto status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      failures.push_back({fmt::format("không tìm thấy `{}`", arg),
                          fmt::format("no such file or folder `{}`", arg)});
      continue;
    }
    if (!fs::is_directory(status)) {
      out.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    // Symbolic links to folders are not followed, so a link cycle cannot trap the walk.
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code kind;
      if (it->is_regular_file(kind) && is_plan_name(it->path())) {
        found.push_back(it->path().lexically_normal().string());
      }
    }
    if (ec) {
      failures.push_back({fmt::format("không đọc được thư mục `{}`", arg),
                          fmt::format("cannot read the folder `{}`: {}", arg, ec.message())});
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work) {
  if (jobs == 0) jobs = std::max(1U, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::jthread> workers;
  workers.reserve(jobs);
  for (unsigned w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      for (std::size_t i = next++; i < count; i = next++) work(i);
    });
  }
}

std::vector<PlanFile> load_plans(const std::vector<std::string>& paths, unsigned jobs,
                                 std::vector<Message>& failures) {
  std::vector<PlanFile> plans(paths.size());
  std::vector<std::optional<Message>> failed(paths.size());
  parallel_for(paths.size(), jobs, [&](std::size_t i) {
    PlanFile& plan = plans[i];
    plan.path = paths[i];
    InputFile input = read_input(paths[i], max_plan_bytes);
    if (input.failure) {
      failed[i] = std::move(input.failure);
      return;
    }
    if (input.problem) {
      plan.problem = std::move(input.problem);
      return;
    }
    plan.loaded = load_plan(input.text, paths[i]);
  });
  std::vector<PlanFile> kept;
  kept.reserve(plans.size());
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (failed[i]) {
      failures.push_back(*failed[i]);
    } else {
      kept.push_back(std::move(plans[i]));
    }
  }
  return kept;
}

ParentIndex::ParentIndex(const std::vector<PlanFile>& plans, std::string explicit_parent)
    : m_plans(plans), m_explicit(std::move(explicit_parent)), m_finder(m_explicit) {
  for (std::size_t i = 0; i < plans.size(); ++i) {
    m_by_path.emplace(fs::path(plans[i].path).lexically_normal().string(), i);
    if (!plans[i].ok()) continue;
    const Plan& plan = plans[i].loaded.plan;
    if (plan.number.present && !plan.number.value.empty() && plan.number.value.front() != '/') {
      m_by_reference.emplace(reference_key(plan.number.value, plan.issuer.name.value), i);
    }
  }
}

const Plan* ParentIndex::find(std::size_t i, std::vector<Diagnostic>& diagnostics,
                              std::optional<Message>& failure) {
  const PlanFile& child = m_plans[i];
  const Plan& plan = child.loaded.plan;
  if (m_explicit.empty() && plan.parent) {
    const ParentRef& ref = *plan.parent;
    if (ref.file.present && !ref.file.value.empty()) {
      const std::string path =
          (fs::path(child.path).parent_path() / ref.file.value).lexically_normal().string();
      if (const auto it = m_by_path.find(path); it != m_by_path.end()) {
        const PlanFile& parent = m_plans[it->second];
        if (parent.ok()) return &parent.loaded.plan;
        // Its own errors are already reported with the set: say only that the checks against
        // it could not run.
        diagnostics.push_back(Diagnostic{
            "KH212",
            Severity::error,
            plan.file,
            ref.file.at,
            {fmt::format("kế hoạch cấp trên `{}` có lỗi: chưa kiểm tra được với cấp trên", path),
             fmt::format("the parent plan `{}` has errors: the checks against it did not run",
                         path)},
            {"sửa các lỗi của kế hoạch cấp trên trước", "fix the parent plan's errors first"}});
        return nullptr;
      }
    } else if (ref.ref.present) {
      const auto it = m_by_reference.find(reference_key(ref.ref.value, ref.issuer.value));
      if (it != m_by_reference.end() && it->second != i) return &m_plans[it->second].loaded.plan;
      return nullptr;
    }
  }
  const ParentPlan* outside = m_finder.find(child.path, plan, diagnostics, failure);
  return outside ? &outside->loaded.plan : nullptr;
}

}  // namespace kehoach::cli
