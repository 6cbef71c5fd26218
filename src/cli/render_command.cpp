// `kehoach render PLAN`: the plan as the official document, in Markdown or plain text.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/load.hpp"
#include "kehoach/render.hpp"

namespace kehoach::cli {
namespace {

struct RenderOptions {
  std::string file;
  std::string format = "md";
  std::string output;
  bool force = false;
};

// Why a write failed, in the user's language (strerror speaks English only).
Message write_reason(int error) {
  switch (error) {
    case ENOENT: return {"thư mục không tồn tại", "no such directory"};
    case ENOTDIR: return {"đường dẫn không phải thư mục", "not a directory"};
    case EACCES:
    case EPERM: return {"không có quyền ghi", "permission denied"};
    case ENOSPC: return {"hết chỗ trống trên đĩa", "no space left on the device"};
    case EROFS: return {"hệ thống tệp chỉ cho đọc", "read-only file system"};
    case EISDIR: return {"là một thư mục", "is a directory"};
    default: return {std::strerror(error), std::strerror(error)};
  }
}

Message cannot_write(const std::string& path, int error) {
  const Message reason = write_reason(error);
  return {fmt::format("không ghi được tệp `{}`: {}", path, reason.vi),
          fmt::format("cannot write `{}`: {}", path, reason.en)};
}

bool write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Writes `text` to `path` so that readers see the old file or the new one, never half of one: a
// temporary file in the same directory, then a rename. Without `force` an existing file is kept;
// the final step is a hard link, which fails rather than replace a file created meanwhile.
std::optional<Message> write_atomically(const std::string& path, const std::string& text,
                                        bool force) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path target(path);
  const auto status = fs::symlink_status(target, ec);
  const bool exists = !ec && fs::exists(status);
  if (exists && fs::is_directory(fs::status(target, ec))) return cannot_write(path, EISDIR);
  if (exists && !force) {
    return Message{fmt::format("tệp `{}` đã có: dùng --force để ghi đè", path),
                   fmt::format("`{}` already exists: use --force to overwrite it", path)};
  }
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (directory / ("." + target.filename().string() + ".kehoach-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return cannot_write(path, errno);
  // mkstemp makes the file 0600; a document is as readable as any new file (0666 less umask).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  mode_t mode = static_cast<mode_t>(0666) & ~mask;
  struct stat existing {};
  if (exists && ::stat(path.c_str(), &existing) == 0) mode = existing.st_mode & 07777;
  int error = 0;
  if (::fchmod(fd, mode) != 0 || !write_all(fd, text) || ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0) {
    if (force) {
      if (::rename(temp.c_str(), path.c_str()) != 0) error = errno;
    } else if (::link(temp.c_str(), path.c_str()) != 0) {
      error = errno;
      if (error == EEXIST) {
        ::unlink(temp.c_str());
        return Message{fmt::format("tệp `{}` đã có: dùng --force để ghi đè", path),
                       fmt::format("`{}` already exists: use --force to overwrite it", path)};
      }
      // A file system without hard links: the existence check above has to do.
      if (error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == EMLINK) {
        error = ::rename(temp.c_str(), path.c_str()) == 0 ? 0 : errno;
      }
    }
  }
  ::unlink(temp.c_str());  // after link() the temporary name is left; after rename() it is gone
  if (error != 0) return cannot_write(path, error);
  return std::nullopt;
}

bool color_stderr(const Globals& g) {
  if (g.color == ColorMode::always) return true;
  if (g.color == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return isatty(STDERR_FILENO) == 1;
}

Exit run_render(const RenderOptions& options, const Globals& g) {
  InputFile input = read_input(options.file, max_plan_bytes);
  if (input.failure) {
    print_error(g, *input.failure);
    return Exit::failure;
  }
  std::vector<Diagnostic> diagnostics;
  std::vector<SourceText> sources;
  std::optional<LoadResult> loaded;
  if (input.problem) {
    diagnostics.push_back(*input.problem);
  } else {
    loaded = load_plan(input.text, options.file);
    diagnostics = loaded->diagnostics;
    sources.push_back(SourceText{options.file, loaded->text});
  }
  // A plan that does not load is not rendered: half a document would pass for a whole one.
  if (!loaded || !loaded->ok()) {
    const std::string report = format_diagnostics_text(
        diagnostics, sources, summarize(diagnostics, 1), g.lang, color_stderr(g));
    std::fwrite(report.data(), 1, report.size(), stderr);
    return Exit::findings;
  }
  if (!options.output.empty()) {
    std::error_code ec;
    if (std::filesystem::equivalent(options.output, options.file, ec)) {
      print_error(
          g, {fmt::format("`{}` là tệp kế hoạch đang đọc: chọn tệp khác để ghi", options.output),
              fmt::format("`{}` is the plan being read: choose another file to write",
                          options.output)});
      return Exit::failure;
    }
  }
  const std::string document = options.format == "text" ? render_text(loaded->plan, g.lang)
                                                        : render_markdown(loaded->plan, g.lang);
  if (options.output.empty()) {
    std::fwrite(document.data(), 1, document.size(), stdout);
    return Exit::ok;
  }
  if (const auto failure = write_atomically(options.output, document, options.force)) {
    print_error(g, *failure);
    return Exit::failure;
  }
  return Exit::ok;
}

}  // namespace

void add_render_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand(
      "render", g.tr("Trình bày kế hoạch thành văn bản (Markdown hoặc văn bản thường)",
                     "Render a plan as the official document (Markdown or plain text)"));
  command->add_option("PLAN", options->file, g.tr("Tệp kế hoạch (.yaml)", "Plan file (.yaml)"))
      ->required();
  command
      ->add_option("--format", options->format,
                   g.tr("Định dạng: md (Markdown, mặc định) hoặc text (văn bản thường, 80 cột)",
                        "Output format: md (Markdown, default) or text (plain, 80 columns)"))
      ->check(CLI::IsMember({"md", "text"}).description(""))
      ->type_name("md|text");
  command
      ->add_option("-o,--output", options->output,
                   g.tr("Ghi vào TỆP thay vì in ra màn hình", "Write to FILE instead of stdout"))
      ->type_name(g.tr("TỆP", "FILE"));
  command->add_flag("--force", options->force,
                    g.tr("Ghi đè TỆP nếu đã có", "Overwrite FILE if it exists"));
  command->footer(
      g.tr("Ví dụ:\n  kehoach render plan.yaml --format text\n"
           "  kehoach render plan.yaml -o plan.md && pandoc plan.md -o plan.docx\n",
           "Examples:\n  kehoach render plan.yaml --format text\n"
           "  kehoach render plan.yaml -o plan.md && pandoc plan.md -o plan.docx\n"));
  command->callback(
      [options, &globals, &outcome] { outcome.exit = run_render(*options, globals); });
}

}  // namespace kehoach::cli
