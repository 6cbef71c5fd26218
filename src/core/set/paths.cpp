// Plan files named by paths: files as given, folders walked in a fixed order.
#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "kehoach/plan_set.hpp"
#include "kehoach/progress.hpp"

namespace kehoach {

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
  explicit Walker(PathList& list) : m_list(list) {}

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
    // The progress files the plans of this folder read: any other is read by nothing.
    std::set<std::string> claimed;
    for (const auto& entry : entries) {
      const std::string name = entry.filename().string();
      if (plan_extension(entry) && !is_progress_file(name)) claimed.insert(progress_file_for(name));
    }
    for (const auto& entry : entries) {
      const std::string name = entry.filename().string();
      // Hidden entries hold tool settings (.git, .github workflows in YAML), never plans.
      if (name.empty() || name.front() == '.') continue;
      const auto status = fs::status(entry, ec);
      if (ec) continue;  // a dangling link: nothing to read
      if (fs::is_directory(status)) {
        walk(entry, out);
      } else if (fs::is_regular_file(status) && plan_extension(entry)) {
        if (!is_progress_file(name)) {
          out.push_back(entry.lexically_normal().generic_string());
        } else if (!claimed.contains(name)) {
          orphan(entry);
        }
      }
    }
  }

 private:
  // A progress file whose plan is not beside it under its name (renamed, or the progress file
  // copied alone): what it records counts for nothing, which must not pass unsaid.
  void orphan(const fs::path& file) {
    const std::string path = file.lexically_normal().generic_string();
    // "a.progress.yml" is read by "a.yml".
    std::string name = file.filename().string();
    name.erase(name.rfind(".progress"), std::string::npos);
    name += file.extension().string();
    PathMessage m;
    m.warning = true;
    m.text = {fmt::format("tệp tiến độ `{}` không được đọc: bên cạnh không có kế hoạch `{}` "
                          "(tệp tiến độ mang tên tệp kế hoạch, thêm .progress); các việc ghi xong "
                          "trong đó được tính là chưa xong",
                          path, name),
              fmt::format("the progress file `{}` is not read: there is no plan `{}` beside "
                          "it (a progress file is named after its plan file, with .progress); "
                          "the items it records done count as not done",
                          path, name)};
    m_list.messages.push_back(std::move(m));
  }

  void unreadable(const fs::path& dir, const std::error_code& ec) {
    m_list.messages.push_back(
        {true,
         {fmt::format("không đọc được thư mục `{}`", dir.generic_string()),
          fmt::format("cannot read the folder `{}`: {}", dir.generic_string(), ec.message())}});
    m_list.could_not_run = true;
  }

  PathList& m_list;
  std::set<std::string> m_visited;
};

}  // namespace

PathList expand_paths(const std::vector<std::string>& args) {
  PathList list;
  Walker walker(list);
  std::vector<std::string> files;
  for (const auto& path : args) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      list.messages.push_back({true,
                               {fmt::format("không tìm thấy `{}`", path),
                                fmt::format("no such file or folder `{}`", path)}});
      list.could_not_run = true;
      continue;
    }
    if (fs::is_directory(status)) {
      list.found_any = true;
      const std::size_t before = files.size();
      walker.walk(path, files);
      if (files.size() == before) {
        const Message note{fmt::format("không có tệp kế hoạch (.yaml, .yml) nào trong `{}`", path),
                           fmt::format("no plan files (.yaml, .yml) in `{}`", path)};
        list.messages.push_back({false, note});
      }
      continue;
    }
    if (is_progress_file(path)) {
      list.messages.push_back(
          {true,
           {fmt::format("`{}` là tệp tiến độ: hãy chỉ ra tệp kế hoạch, tệp tiến độ bên "
                        "cạnh sẽ được đọc cùng",
                        path),
            fmt::format("`{}` is a progress file: name its plan, and the progress "
                        "file beside it is read with it",
                        path)}});
      list.could_not_run = true;
      continue;
    }
    list.found_any = true;
    files.push_back(path);
  }
  // A plan named twice (a file and its folder) is read once, where it was first named.
  std::set<std::string> seen;
  for (const auto& file : files) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    if (seen.insert(ec ? file : canonical.string()).second) list.files.push_back(file);
  }
  return list;
}

}  // namespace kehoach
