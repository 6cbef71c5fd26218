// Parent plans read from outside a set: `parent.file` or an explicit parent, each loaded once.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "kehoach/plan_set.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

Diagnostic broken_parent(const Plan& child, Position at, const ParentPlan& parent) {
  const auto& found = parent.loaded.diagnostics;
  const auto errors = std::count_if(found.begin(), found.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  });
  return Diagnostic{
      "KH212",
      Severity::error,
      child.file,
      at,
      {fmt::format("kế hoạch cấp trên `{}` có {} lỗi: chưa kiểm tra được với cấp trên", parent.path,
                   errors),
       fmt::format("the parent plan `{}` has {} errors: the checks against it did not run",
                   parent.path, errors)},
      {"sửa các lỗi của kế hoạch cấp trên trước", "fix the parent plan's errors first"}};
}

}  // namespace

const ParentPlan* ParentFinder::find(const std::string& child_path, const Plan& child,
                                     std::vector<Diagnostic>& diagnostics,
                                     std::optional<Message>& failure) {
  std::string path = m_explicit;
  Position at{1, 1};
  if (path.empty()) {
    if (!child.parent || !child.parent->file.present || child.parent->file.value.empty()) {
      return nullptr;
    }
    at = child.parent->file.at;
    path = (std::filesystem::path(child_path).parent_path() / child.parent->file.value)
               .lexically_normal()
               .string();
  }
  for (const auto& loaded : m_loaded) {
    if (loaded->path != path) continue;
    if (loaded->loaded.ok()) return loaded.get();
    diagnostics.push_back(broken_parent(child, at, *loaded));
    return nullptr;
  }
  const bool reported = std::find(m_failed.begin(), m_failed.end(), path) != m_failed.end();
  if (reported && !m_explicit.empty()) return nullptr;

  // A plan cannot be its own parent: the checks against it would pass by construction.
  std::error_code same_ec;
  if (std::filesystem::equivalent(path, child_path, same_ec)) {
    diagnostics.push_back(
        Diagnostic{"KH212",
                   Severity::error,
                   child.file,
                   m_explicit.empty() ? at : Position{},
                   {fmt::format("kế hoạch cấp trên `{}` là chính kế hoạch này", display_name(path)),
                    fmt::format("the parent plan `{}` is this plan itself", display_name(path))},
                   {"ghi ở `parent.file` tệp kế hoạch của cơ quan cấp trên",
                    "point `parent.file` at the plan of the parent agency"}});
    return nullptr;
  }

  InputFile input = read_input(path, max_plan_bytes);
  if (input.failure || input.problem) {
    const Message why = input.failure ? *input.failure : input.problem->message;
    if (!m_explicit.empty()) {
      failure = Message{"kế hoạch cấp trên: " + why.vi, "parent plan: " + why.en};
      m_failed.push_back(path);
      return nullptr;
    }
    diagnostics.push_back(
        Diagnostic{"KH212",
                   Severity::error,
                   child.file,
                   at,
                   {fmt::format("không đọc được kế hoạch cấp trên: {}", why.vi),
                    fmt::format("cannot read the parent plan: {}", why.en)},
                   {"sửa `parent.file` (đường dẫn tính từ thư mục của tệp này) hoặc dùng --parent",
                    "fix `parent.file` (relative to this file's folder) or pass --parent"}});
    return nullptr;
  }
  // `parent.file` can name any file: a credentials file or /proc/self/environ must not have its
  // lines quoted in diagnostics. Only a file that says it is a plan is loaded.
  if (!declares_format(input.text, "kehoach/")) {
    const Message why{
        fmt::format("`{}` không phải tệp kế hoạch (không có dòng `format: kehoach/1`): không "
                    "trích nội dung",
                    display_name(path)),
        fmt::format("`{}` is not a plan file (no `format: kehoach/1` line): its content is not "
                    "shown",
                    display_name(path))};
    if (!m_explicit.empty()) {
      failure = Message{"kế hoạch cấp trên: " + why.vi, "parent plan: " + why.en};
      m_failed.push_back(path);
      return nullptr;
    }
    diagnostics.push_back(Diagnostic{"KH212",
                                     Severity::error,
                                     child.file,
                                     at,
                                     why,
                                     {"sửa `parent.file` (đường dẫn tính từ thư mục của tệp này)",
                                      "fix `parent.file` (relative to this file's folder)"}});
    return nullptr;
  }
  auto parent = std::make_unique<ParentPlan>();
  parent->path = path;
  parent->loaded = load_plan(input.text, path);
  if (!parent->loaded.ok()) {
    diagnostics.push_back(broken_parent(child, at, *parent));
    // The parent's own errors, once.
    diagnostics.insert(diagnostics.end(), parent->loaded.diagnostics.begin(),
                       parent->loaded.diagnostics.end());
  }
  m_loaded.push_back(std::move(parent));
  return m_loaded.back()->loaded.ok() ? m_loaded.back().get() : nullptr;
}

}  // namespace kehoach
