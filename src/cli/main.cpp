// kehoach — Kế hoạch theo dõi tình hình thi hành pháp luật as plain-text YAML.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/text.hpp"

namespace kehoach::cli {
namespace {

// The language must be known before the help texts are built, so read it from argv first.
Lang language_from_argv(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc)
      return std::string_view(argv[i + 1]) == "en" ? Lang::en : Lang::vi;
    if (arg == "--lang=en") return Lang::en;
    if (arg == "--") break;
  }
  return Lang::vi;
}

// CLI11 pads the option column with setw, which counts bytes: Vietnamese labels would misalign.
// This formatter pads by characters instead.
class CharacterFormatter : public CLI::Formatter {
 public:
  // Hidden options (old names kept for a release) form an unnamed group, after which CLI11
  // leaves an empty line: drop it.
  std::string make_help(const CLI::App* app, std::string name,
                        CLI::AppFormatMode mode) const override {
    std::string out = CLI::Formatter::make_help(app, std::move(name), mode);
    for (auto at = out.find("\n\n\n"); at != std::string::npos; at = out.find("\n\n\n", at)) {
      out.erase(at, 1);
    }
    return out;
  }

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string description = make_option_desc(opt);
    const std::size_t width = get_column_width();
    const std::size_t used = display_width(name);
    std::string out = name;
    if (used >= width) {
      out += "\n" + std::string(width, ' ');
    } else {
      out += std::string(width - used, ' ');
    }
    for (const char c : description) {
      out.push_back(c);
      if (c == '\n') out += std::string(width, ' ');
    }
    out.push_back('\n');
    return out;
  }
};

void localise_formatter(CLI::App& app, const Globals& g) {
  auto formatter = std::make_shared<CharacterFormatter>();
  app.formatter(formatter);
  formatter->label("Usage", g.tr("Cách dùng", "Usage"));
  formatter->label("OPTIONS", g.tr("TÙY CHỌN", "OPTIONS"));
  formatter->label("SUBCOMMAND", g.tr("LỆNH", "COMMAND"));
  formatter->label("SUBCOMMANDS", g.tr("LỆNH", "COMMANDS"));
  formatter->label("REQUIRED", g.tr("BẮT BUỘC", "REQUIRED"));
  formatter->label("TEXT", g.tr("CHUỖI", "TEXT"));
  formatter->label("INT", g.tr("SỐ", "INT"));
  formatter->label("UINT", g.tr("SỐ", "UINT"));
  formatter->label("Positionals", g.tr("Đối số", "Arguments"));
  formatter->label("Excludes", g.tr("Loại trừ", "Excludes"));
  formatter->label("Needs", g.tr("Cần", "Needs"));
  formatter->column_width(34);
}

// CLI11's parse errors, in the user's language.
Message usage_message(const CLI::ParseError& e) {
  const std::string detail = e.what();
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    // "PHRASE is required", "A subcommand is required"
    const auto cut = detail.find(" is required");
    if (detail.rfind("A subcommand", 0) == 0)
      return {"cần chỉ ra một lệnh", "a command is required"};
    const std::string what = cut == std::string::npos ? detail : detail.substr(0, cut);
    return {"thiếu đối số bắt buộc: " + what, "missing required argument: " + what};
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    // "The following argument was not expected: bogus"
    const auto colon = detail.find(": ");
    const std::string what = colon == std::string::npos ? detail : detail.substr(colon + 2);
    return {"đối số không mong đợi: " + what, "unexpected argument: " + what};
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
    std::string vi = detail;
    // CLI11's validators say "X not in {a,b}" and "Value N not in range A to B".
    auto swap = [&vi](std::string_view from, std::string_view to) {
      if (const auto at = vi.find(from); at != std::string::npos) vi.replace(at, from.size(), to);
    };
    swap("Value ", "");
    swap(" not in range ", " nằm ngoài khoảng ");
    swap(" to ", " đến ");
    swap(" not in ", " không thuộc ");
    return {"giá trị không hợp lệ: " + vi, "invalid value: " + detail};
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr) {
    return {"giá trị không đúng kiểu: " + detail, "value of the wrong type: " + detail};
  }
  return {"cách dùng không đúng: " + detail, "bad usage: " + detail};
}

int run(int argc, char** argv) {
  Globals globals;
  globals.lang = language_from_argv(argc, argv);
  globals.lang_option = globals.lang == Lang::en ? "en" : "vi";
  const Globals& g = globals;

  CLI::App app{g.tr("kehoach — kế hoạch theo dõi tình hình thi hành pháp luật dưới dạng tệp YAML: "
                    "kiểm tra, lập, so sánh và trình bày kế hoạch.",
                    "kehoach — plans to monitor law implementation as YAML files: check, draft, "
                    "compare and render them."),
               "kehoach"};
  localise_formatter(app, g);
  app.option_defaults()->group(g.tr("Tùy chọn", "Options"));
  app.set_help_flag("-h,--help", g.tr("In hướng dẫn này rồi thoát", "Print this help and exit"));
  bool show_version = false;
  app.add_flag("-V,--version", show_version,
               g.tr("In phiên bản rồi thoát", "Print the version and exit"));
  add_common_options(app, globals);
  app.fallthrough();
  app.footer(
      g.tr("Trạng thái thoát: 0 không có lỗi, 1 dữ liệu có vấn đề, 2 không thực hiện được.\n"
           "Xem thêm: man kehoach, man 5 kehoach-plan.\n",
           "Exit status: 0 clean, 1 the input has problems, 2 could not run.\n"
           "See also: man kehoach, man 5 kehoach-plan.\n"));

  Outcome outcome;
  add_validate_command(app, globals, outcome);
  add_diff_command(app, globals, outcome);
  add_due_command(app, globals, outcome);
  add_deadlines_command(app, globals, outcome);
  add_overdue_command(app, globals, outcome);
  add_render_command(app, globals, outcome);
  add_new_command(app, globals, outcome);
  add_holidays_command(app, globals, outcome);
  add_done_command(app, globals, outcome);
  add_progress_command(app, globals, outcome);
  add_status_command(app, globals, outcome);
  add_import_command(app, globals, outcome);
  for (auto* sub : app.get_subcommands({})) {
    sub->group(g.tr("Lệnh", "Commands"));
    if (auto* help = sub->get_help_ptr()) help->group(g.tr("Tùy chọn", "Options"));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::fputs(app.help().c_str(), stdout);
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    std::fputs(app.help("", CLI::AppFormatMode::All).c_str(), stdout);
    return 0;
  } catch (const CLI::ParseError& e) {
    // A subcommand's --help arrives here too, as CallForHelp from the subcommand.
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      return app.exit(e);
    }
    print_error(globals, usage_message(e));
    std::fputs(globals.tr("Chạy `kehoach --help` để xem cách dùng.\n",
                          "Run `kehoach --help` for usage.\n"),
               stderr);
    return static_cast<int>(Exit::failure);
  }
  if (show_version) {
    fmt::print("kehoach {}\n", KEHOACH_VERSION);
    return 0;
  }
  if (app.get_subcommands().empty()) {
    print_error(globals, {"cần chỉ ra một lệnh", "a command is required"});
    std::fputs(app.help().c_str(), stderr);
    return static_cast<int>(Exit::failure);
  }
  return static_cast<int>(outcome.exit);
}

// A standard stream closed by the caller is opened on /dev/null for reading only: a file kehoach
// opens must never take its number (output meant for the terminal would land in it), and
// writes to it still fail, so a closed stdout is reported rather than taken for success.
void guard_standard_streams() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      const int opened = ::open("/dev/null", O_RDONLY | O_NOCTTY);
      if (opened >= 0 && opened != fd) ::close(opened);
    }
  }
  // A write past the file size limit fails with EFBIG and is reported, instead of the signal
  // killing kehoach with a temporary file left behind.
  std::signal(SIGXFSZ, SIG_IGN);
}

// Every command's output is checked once, here: a full disk, /dev/full or a closed stdout is a
// failure (exit 2), not a silent success with a truncated document.
int finish(int status, Lang lang) {
  errno = 0;
  if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return status;
  const int error = stdout_error() != 0 ? stdout_error() : errno;
  const bool vi = lang == Lang::vi;
  const char* reason =
      error == ENOSPC ? (vi ? "hết chỗ trống trên thiết bị" : "no space left on the device")
      : error == EBADF ? (vi ? "đầu ra chuẩn đã đóng" : "standard output is closed")
      : error == EPIPE ? (vi ? "ống dẫn đã đóng" : "broken pipe")
      : error == EFBIG ? (vi ? "vượt quá kích thước tệp cho phép" : "file too large")
      : error != 0     ? std::strerror(error)
                       : (vi ? "lỗi ghi" : "write error");
  std::fprintf(stderr, "kehoach: %s: %s: %s\n", vi ? "lỗi" : "error",
               vi ? "không ghi được ra đầu ra chuẩn (stdout)" : "cannot write to standard output",
               reason);
  return static_cast<int>(Exit::failure);
}

}  // namespace
}  // namespace kehoach::cli

int main(int argc, char** argv) {
  kehoach::cli::guard_standard_streams();
  const kehoach::Lang lang = kehoach::cli::language_from_argv(argc, argv);
  try {
    return kehoach::cli::finish(kehoach::cli::run(argc, argv), lang);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kehoach: error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "kehoach: error: unexpected failure\n");
  }
  return kehoach::cli::finish(static_cast<int>(kehoach::cli::Exit::failure), lang);
}
