#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

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
    case EFBIG: return {"vượt quá kích thước tệp cho phép", "file too large"};
    case ENAMETOOLONG: return {"tên quá dài", "name too long"};
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

Message not_regular(const std::string& path) {
  return {
      fmt::format("`{}` không phải một tệp thường (thư mục, thiết bị, ống dẫn…): không ghi", path),
      fmt::format("`{}` is not a regular file (a folder, device, pipe…): not written", path)};
}

// The temporary file being written, for a signal handler to remove: a killed write leaves no
// `.NAME.kehoach-XXXXXX` behind. Plain storage, since a handler may only call unlink().
std::array<char, 4096> g_temp_path{};
volatile std::sig_atomic_t g_temp_active = 0;
constexpr std::array<int, 3> cleanup_signals{SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temp_and_die(int signal) {
  if (g_temp_active != 0) ::unlink(g_temp_path.data());
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

// Removes the temporary file if the process is interrupted while it exists.
class TempGuard {
 public:
  explicit TempGuard(const std::string& temp) {
    if (temp.size() >= g_temp_path.size()) return;
    std::copy(temp.begin(), temp.end(), g_temp_path.begin());
    g_temp_path[temp.size()] = '\0';
    g_temp_active = 1;
    struct sigaction action {};
    action.sa_handler = remove_temp_and_die;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < cleanup_signals.size(); ++i) {
      ::sigaction(cleanup_signals[i], &action, &m_old[i]);
    }
    m_set = true;
  }
  ~TempGuard() {
    if (!m_set) return;
    for (std::size_t i = 0; i < cleanup_signals.size(); ++i) {
      ::sigaction(cleanup_signals[i], &m_old[i], nullptr);
    }
    g_temp_active = 0;
  }
  TempGuard(const TempGuard&) = delete;
  TempGuard& operator=(const TempGuard&) = delete;

 private:
  std::array<struct sigaction, cleanup_signals.size()> m_old{};
  bool m_set = false;
};

}  // namespace

namespace {
int g_stdout_error = 0;
}  // namespace

void write_stdout_bytes(std::string_view bytes) {
  // Failures are reported by main's final check (exit 2); the reason is kept for it, since a
  // later successful call would clear errno.
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() ||
      std::fflush(stdout) != 0) {
    if (g_stdout_error == 0) g_stdout_error = errno;
  }
}

void write_stdout(std::string_view text, bool colour) {
  if (is_printable(text, colour)) {
    write_stdout_bytes(text);
  } else {
    write_stdout_bytes(printable(text, colour));
  }
}

int stdout_error() { return g_stdout_error; }

// Writes `text` to `path` so that readers see the old file or the new one, never half of one: a
// temporary file in the same directory, then a rename. Without `force` an existing file is kept;
// the final step is a hard link, which fails rather than replace a file created meanwhile.
std::optional<Message> write_atomically(const std::string& path, const std::string& raw_text,
                                        bool force, Content content) {
  const bool binary = content == Content::binary;
  if (path == "-") {
    if (binary) {
      write_stdout_bytes(raw_text);
    } else {
      write_stdout(raw_text);
    }
    return std::nullopt;
  }
  // Copied only when something must be replaced: outputs can be tens of megabytes.
  std::string replaced;
  if (!binary && !is_printable(raw_text)) replaced = printable(raw_text);
  const std::string& text = replaced.empty() ? raw_text : replaced;
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path target(path);
  const auto status = fs::symlink_status(target, ec);
  const bool exists = !ec && fs::exists(status);
  if (exists) {
    const auto followed = fs::status(target, ec);
    if (!ec && fs::is_directory(followed)) return cannot_write(path, EISDIR);
    // Only a regular file is ever replaced: `-o /dev/null --force` as root must not put a file
    // where the device was, nor a FIFO or socket be swapped for a file.
    if (ec || !fs::is_regular_file(followed)) return not_regular(path);
  }
  if (exists && !force) {
    return Message{fmt::format("tệp `{}` đã có: dùng --force để ghi đè", path),
                   fmt::format("`{}` already exists: use --force to overwrite it", path)};
  }
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // A name near the 255-byte limit has no room for the decoration: use a short temporary name.
  const std::string name = target.filename().string();
  const std::string temp_name =
      name.size() + 16 <= 255 ? "." + name + ".kehoach-XXXXXX" : std::string(".kehoach-XXXXXX");
  std::string temp = (directory / temp_name).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return cannot_write(path, errno);
  const TempGuard guard(temp);
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
  const std::string line = fmt::format("kehoach: {}: {}\n", globals.tr("lỗi", "error"),
                                       printable(message.in(globals.lang)));
  std::fwrite(line.data(), 1, line.size(), stderr);
}

std::optional<Exit> read_or_report(const std::string& path, std::size_t limit, const Globals& g,
                                   std::string& text) {
  InputFile input = read_input(path, limit);
  if (input.failure) {
    print_error(g, *input.failure);
    return Exit::failure;
  }
  if (input.problem) {
    print_diagnostics({*input.problem}, {}, 1, g);
    return Exit::findings;
  }
  text = std::move(input.text);
  return std::nullopt;
}

}  // namespace kehoach::cli
