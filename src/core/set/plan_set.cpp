// Loading a set of plans in parallel and linking each child to its parent across the set.
#include "kehoach/plan_set.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iterator>
#include <thread>

#include <fmt/format.h>

#include "kehoach/parent.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace fs = std::filesystem;

namespace {

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

// Reads the progress file beside a loaded plan, if there is one (see kehoach-plan(5)).
void load_progress_side(PlanFile& plan) {
  const std::string path = progress_file_for(plan.path);
  std::error_code ec;
  if (!fs::exists(path, ec)) return;
  InputFile side = read_input(path, max_progress_bytes);
  if (side.failure) {
    plan.progress_failure = std::move(side.failure);
    return;
  }
  ProgressSide progress;
  progress.path = path;
  if (side.problem) {
    side.problem->hint = {};
    progress.problem = std::move(side.problem);
  } else if (!declares_format(side.text, "kehoach-progress/")) {
    // The file beside the plan may be a link to anything: a file that does not say it is a
    // progress file is not parsed, so none of its lines is quoted.
    progress.problem = Diagnostic{
        "KH012",
        Severity::error,
        path,
        Position{},
        {fmt::format("`{}` không phải tệp tiến độ (không có dòng `format: kehoach-progress/1`): "
                     "không trích nội dung",
                     display_name(path)),
         fmt::format("`{}` is not a progress file (no `format: kehoach-progress/1` line): its "
                     "content is not shown",
                     display_name(path))},
        {}};
  } else {
    progress.loaded = load_progress(side.text, path);
    // Checked even with errors: what could be read is still used, and its ids still checked.
    progress.checks = check_progress(plan.loaded.plan, progress.loaded.progress);
  }
  plan.progress = std::move(progress);
}

}  // namespace

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

void load_plan_file(PlanFile& plan) {
  InputFile input = read_input(plan.path, max_plan_bytes);
  if (input.failure) {
    plan.failure = std::move(input.failure);
    return;
  }
  if (input.problem) {
    plan.problem = std::move(input.problem);
    return;
  }
  plan.loaded = load_plan(input.text, plan.path);
  if (plan.loaded.ok()) load_progress_side(plan);
}

std::vector<PlanFile> load_plans(const std::vector<std::string>& paths, unsigned jobs) {
  std::vector<PlanFile> plans(paths.size());
  parallel_for(paths.size(), jobs, [&](std::size_t i) {
    plans[i].path = paths[i];
    load_plan_file(plans[i]);
  });
  return plans;
}

namespace {

// KH215: the plan cites a parent plan that is neither in the set nor named by `parent.file`, so
// none of the checks against it (KH2xx) ran; said, for a clean result would otherwise look like a
// plan that fits its parent.
Diagnostic parent_not_found(const PlanFile& child) {
  const ParentRef& ref = *child.loaded.plan.parent;
  const std::string vi_cited =
      ref.ref.value.empty()
          ? ref.issuer.value
          : ref.ref.value + (ref.issuer.value.empty() ? "" : " của " + ref.issuer.value);
  const std::string en_cited =
      ref.ref.value.empty()
          ? ref.issuer.value
          : ref.ref.value + (ref.issuer.value.empty() ? "" : " of " + ref.issuer.value);
  return Diagnostic{
      "KH215",
      Severity::note,
      child.loaded.plan.file,
      ref.at,
      {vi_cited.empty()
           ? std::string("chưa đối chiếu với kế hoạch cấp trên: không có tệp kế hoạch cấp trên")
           : fmt::format("chưa đối chiếu với kế hoạch cấp trên ({}): không có tệp của nó",
                         vi_cited),
       en_cited.empty()
           ? std::string("not checked against the parent plan: no parent plan file")
           : fmt::format("not checked against the parent plan ({}): its file is not here",
                         en_cited)},
      {"ghi `parent.file` (đường dẫn tính từ thư mục của tệp này), dùng --parent, hoặc kiểm tra "
       "cùng thư mục có kế hoạch cấp trên",
       "set `parent.file` (relative to this file's folder), pass --parent, or check the folder "
       "that holds the parent plan too"}};
}

}  // namespace

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
        if (it->second == i) {
          // A plan cannot be its own parent: the checks against it would pass by construction.
          diagnostics.push_back(Diagnostic{
              "KH212",
              Severity::error,
              plan.file,
              ref.file.at,
              {fmt::format("kế hoạch cấp trên `{}` là chính kế hoạch này", display_name(path)),
               fmt::format("the parent plan `{}` is this plan itself", display_name(path))},
              {"ghi ở `parent.file` tệp kế hoạch của cơ quan cấp trên",
               "point `parent.file` at the plan of the parent agency"}});
          return nullptr;
        }
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
      // Numbers start again each year (last year's 25/KH-UBND beside this year's) and names
      // repeat across provinces (several "huyện Châu Thành"): of the plans with this number and
      // issuer, those the citation's date names (else those of the child's year), and of them
      // the nearest the child in the folder tree. Two as near are said, never one picked.
      const auto [first, last] =
          m_by_reference.equal_range(reference_key(ref.ref.value, ref.issuer.value));
      if (first == last) diagnostics.push_back(parent_not_found(child));
      std::vector<std::size_t> candidates;
      for (auto it = first; it != last; ++it) {
        if (it->second != i) candidates.push_back(it->second);
      }
      auto keep = [&](auto&& fits) {
        std::vector<std::size_t> kept;
        std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(kept),
                     [&](std::size_t k) { return fits(m_plans[k].loaded.plan); });
        if (!kept.empty()) candidates = std::move(kept);
      };
      if (ref.date.present) {
        keep([&](const Plan& p) {
          return p.issued.present && cites_issue_date(p.issued, ref.date.value);
        });
      } else if (plan.year.present) {
        keep([&](const Plan& p) { return p.year.present && p.year.value == plan.year.value; });
      }
      // The folders shared with the child, counted whole ("tinh/" and "tinh-cu/" share none).
      auto shared_folders = [&](const std::string& path) {
        const fs::path a = fs::path(path).parent_path();
        const fs::path b = fs::path(child.path).parent_path();
        std::size_t n = 0;
        for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end() && *x == *y;
             ++x, ++y) {
          ++n;
        }
        return n;
      };
      std::vector<std::size_t> nearest;
      std::size_t best_shared = 0;
      for (const std::size_t k : candidates) {
        const std::size_t shared = shared_folders(m_plans[k].path);
        if (nearest.empty() || shared > best_shared) {
          nearest = {k};
          best_shared = shared;
        } else if (shared == best_shared) {
          nearest.push_back(k);
        }
      }
      if (nearest.size() > 1) {
        std::string files;
        for (const std::size_t k : nearest) {
          files += fmt::format("{}`{}`", files.empty() ? "" : ", ", m_plans[k].path);
        }
        diagnostics.push_back(Diagnostic{
            "KH212",
            Severity::error,
            plan.file,
            ref.ref.at,
            {fmt::format("có {} kế hoạch cùng khớp trích dẫn kế hoạch cấp trên ({}): {}; chưa "
                         "kiểm tra với cấp trên",
                         nearest.size(), ref.ref.value, files),
             fmt::format("{} plans match the citation of the parent plan ({}): {}; not checked "
                         "against the parent",
                         nearest.size(), ref.ref.value, files)},
            {"ghi `parent.file` (đường dẫn tính từ thư mục của tệp này) để chọn kế hoạch cấp trên",
             "set `parent.file` (relative to this file's folder) to name the parent plan"}});
        return nullptr;
      }
      const Plan* best = nearest.empty() ? nullptr : &m_plans[nearest.front()].loaded.plan;
      return best;
    }
  }
  const std::size_t reported = diagnostics.size();
  const ParentPlan* outside = m_finder.find(child.path, plan, diagnostics, failure);
  if (outside) return &outside->loaded.plan;
  if (m_explicit.empty() && plan.parent && diagnostics.size() == reported) {
    diagnostics.push_back(parent_not_found(child));
  }
  return nullptr;
}

}  // namespace kehoach
