// The command line: the only layer that touches argv, files, stdout/stderr, the clock and the
// environment. One file per subcommand; each registers itself on the CLI11 app.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/diagnostic.hpp"
#include "kehoach/load.hpp"
#include "kehoach/plan_set.hpp"

namespace kehoach::cli {

/// Exit statuses, the same for every command.
enum class Exit : int {
  ok = 0,        ///< clean (warnings allowed)
  findings = 1,  ///< the input has problems: errors, overdue items, diff findings
  failure = 2,   ///< could not do the job: usage, unreadable file, unwritable output
};

/// When to colour output.
enum class ColorMode { automatic, always, never };

/// Options shared by every command.
struct Globals {
  Lang lang = Lang::vi;
  ColorMode color = ColorMode::automatic;
  std::string lang_option = "vi";
  std::string color_option = "auto";

  /// `vi` or `en` by the chosen language.
  [[nodiscard]] const char* tr(const char* vi, const char* en) const {
    return lang == Lang::vi ? vi : en;
  }
  /// Whether to colour text written to stdout (a terminal, NO_COLOR unset, or --color always).
  [[nodiscard]] bool color_stdout() const;
};

/// What a subcommand's callback leaves for main to return.
struct Outcome {
  Exit exit = Exit::ok;
};

/// Reads `path` as read_input does into `text`. When it cannot be read (exit 2) or is not a
/// file kehoach takes (exit 1), says why and returns that exit status.
[[nodiscard]] std::optional<Exit> read_or_report(const std::string& path, std::size_t limit,
                                                 const Globals& g, std::string& text);
/// Writes `text` to `path` so that readers see the old file or the new one, never half of one
/// (a temporary file in the same folder, then a rename). Without `force` an existing file is
/// kept (exit 2 for the caller); only a regular file is ever replaced; `-` means stdout. The text
/// goes through `printable`. Returns why the write failed, or nothing.
/// What is written: text passes through `printable`; the bytes of a binary file (a .docx) are
/// written as they are.
enum class Content { text, binary };
[[nodiscard]] std::optional<Message> write_atomically(const std::string& path,
                                                      const std::string& text, bool force,
                                                      Content content = Content::text);
/// Writes a document to stdout through `printable` (no control character reaches the
/// terminal; with `colour`, kehoach's own colour sequences are kept). A failed write is reported
/// by main's final flush (exit 2).
void write_stdout(std::string_view text, bool colour = false);
/// Writes the bytes of a binary file to stdout unchanged (checked like write_stdout).
void write_stdout_bytes(std::string_view bytes);
/// The errno of the first failed write_stdout, or 0.
[[nodiscard]] int stdout_error();
/// Whether to colour what goes to stderr (a terminal, NO_COLOR unset, or --color always).
[[nodiscard]] bool color_stderr(const Globals& globals);
/// Prints diagnostics to stderr like `validate` prints them, sorted, with their summary.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics,
                       const std::vector<SourceText>& sources, int files, const Globals& globals);
/// Prints `kehoach: lỗi: …` (or `error:`) to stderr.
void print_error(const Globals& globals, const Message& message);

/// Registers `kehoach due`.
void add_due_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach validate`.
void add_validate_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach diff`.
void add_diff_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach render`.
void add_render_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach deadlines`.
void add_deadlines_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach overdue`.
void add_overdue_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach new`.
void add_new_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach holidays`.
void add_holidays_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach done`.
void add_done_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach progress`.
void add_progress_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach status`.
void add_status_command(CLI::App& app, Globals& globals, Outcome& outcome);
/// Registers `kehoach import`.
void add_import_command(CLI::App& app, Globals& globals, Outcome& outcome);

/// Adds `-j,--jobs N` (threads that load and check plans; 0, the default, = all cores).
void add_jobs_option(CLI::App& command, unsigned& jobs, const Globals& globals);

/// Adds the shared `--lang` and `--color` options to a (sub)command.
void add_common_options(CLI::App& command, Globals& globals);

}  // namespace kehoach::cli
