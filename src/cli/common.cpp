#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/text.hpp"

namespace kehoach::cli {

namespace {

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

}  // namespace

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

void print_diagnostics(const std::vector<Diagnostic>& diagnostics,
                       const std::vector<SourceText>& sources, int files, const Globals& g) {
  auto sorted = diagnostics;
  sort_diagnostics(sorted);
  const std::string out =
      format_diagnostics_text(sorted, sources, summarize(sorted, files), g.lang, color_stderr(g));
  std::fwrite(out.data(), 1, out.size(), stderr);
}

bool Globals::color_stdout() const {
  if (color == ColorMode::always) return true;
  if (color == ColorMode::never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return isatty(STDOUT_FILENO) == 1;
}

void add_common_options(CLI::App& command, Globals& globals) {
  const Globals& g = globals;
  command
      .add_option(
          "--lang", globals.lang_option,
          g.tr("Ngôn ngữ hiển thị: vi (mặc định) hoặc en", "Output language: vi (default) or en"))
      ->check(CLI::IsMember({"vi", "en"}).description(""))
      ->type_name("vi|en");
  command
      .add_option(
          "--color", globals.color_option,
          g.tr(
              "Tô màu: auto (mặc định, chỉ khi in ra terminal và NO_COLOR chưa đặt), always, never",
              "Colour: auto (default: only on a terminal with NO_COLOR unset), always, never"))
      ->check(CLI::IsMember({"auto", "always", "never"}).description(""))
      ->type_name("auto|always|never");
  command.parse_complete_callback([&globals] {
    globals.color = globals.color_option == "always"  ? ColorMode::always
                    : globals.color_option == "never" ? ColorMode::never
                                                      : ColorMode::automatic;
  });
}

void add_jobs_option(CLI::App& command, unsigned& jobs, const Globals& g) {
  command
      .add_option("-j,--jobs", jobs,
                  g.tr("Số luồng đọc và kiểm tra song song (mặc định: số lõi CPU)",
                       "Threads that load and check in parallel (default: the number of cores)"))
      ->type_name("N");
}

void print_error(const Globals& globals, const Message& message) {
  fmt::print(stderr, "kehoach: {}: {}\n", globals.tr("lỗi", "error"), message.in(globals.lang));
}

InputFile read_input(const std::string& path, std::size_t limit) {
  InputFile input;
  input.name = path;
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    input.failure = Message{fmt::format("không tìm thấy tệp `{}`", path),
                            fmt::format("no such file `{}`", path)};
    return input;
  }
  if (std::filesystem::is_directory(status)) {
    input.failure = Message{fmt::format("`{}` là một thư mục, không phải tệp kế hoạch", path),
                            fmt::format("`{}` is a directory, not a plan file", path)};
    return input;
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    const std::string reason = std::strerror(errno);
    input.failure = Message{fmt::format("không đọc được tệp `{}`", path),
                            fmt::format("cannot read `{}`: {}", path, reason)};
    return input;
  }
  // Read in chunks up to one byte past the limit: a 16 KB plan costs 16 KB, not a buffer of
  // the whole limit zero-filled first (that was a seventh of a corpus run).
  std::string text;
  std::size_t got = 0;
  char chunk[65536];
  while (got <= limit) {
    stream.read(chunk, static_cast<std::streamsize>(sizeof chunk));
    const auto n = static_cast<std::size_t>(stream.gcount());
    text.append(chunk, n);
    got += n;
    if (n < sizeof chunk) break;
  }
  if (stream.bad()) {
    input.failure = Message{fmt::format("không đọc được tệp `{}`", path),
                            fmt::format("cannot read `{}`", path)};
    return input;
  }
  if (got > limit) {
    input.problem = Diagnostic{
        "KH006",
        Severity::error,
        path,
        Position{1, 1},
        Message{fmt::format("tệp lớn hơn giới hạn {} byte", limit),
                fmt::format("file is larger than the limit of {} bytes", limit)},
        Message{"một kế hoạch thật chỉ khoảng 10–30 KB: kiểm tra lại tệp",
                "a real plan is about 10–30 KB: check that this is the right file"},
    };
    text.clear();
  }
  input.text = std::move(text);
  return input;
}

}  // namespace kehoach::cli
