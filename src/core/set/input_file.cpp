// Reading one input file whole, safely: regular files only, never blocking, bounded.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "kehoach/plan_set.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

bool declares_format(std::string_view text, std::string_view prefix) {
  // A top-level `format:` line, as every plan and progress file starts; the YAML is not parsed
  // here, so nothing of a file that is not one is ever shown.
  std::size_t at = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") at = 3;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (line.substr(0, 7) == "format:") {
      line = trim(line.substr(7));
      if (!line.empty() && (line.front() == '"' || line.front() == '\'')) line.remove_prefix(1);
      return line.substr(0, prefix.size()) == prefix;
    }
    at = end + 1;
  }
  return false;
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
  // Without blocking: a FIFO named as a plan (or as its parent, or its progress file) would
  // otherwise wait for a writer forever. Only a regular file is read.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    const std::string reason = std::strerror(errno);
    input.failure = Message{fmt::format("không đọc được tệp `{}`", path),
                            fmt::format("cannot read `{}`: {}", path, reason)};
    return input;
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    input.failure =
        Message{fmt::format("`{}` không phải một tệp thường (thiết bị, ống dẫn…): không đọc", path),
                fmt::format("`{}` is not a regular file (a device, pipe…): not read", path)};
    return input;
  }
  // Read in chunks up to one byte past the limit: a 16 KB plan costs 16 KB, not a buffer of
  // the whole limit zero-filled first (that was a seventh of a corpus run).
  std::string text;
  std::size_t got = 0;
  char chunk[65536];
  bool failed = false;
  while (got <= limit) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      failed = true;
      break;
    }
    if (n == 0) break;
    text.append(chunk, static_cast<std::size_t>(n));
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (failed) {
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

}  // namespace kehoach
