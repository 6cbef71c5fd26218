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
