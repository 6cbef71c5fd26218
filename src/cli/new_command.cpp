// `kehoach new`: a new yearly plan from a template, from the parent plan, or from last year's.
//
// Without -o the plan is printed on standard output, as generators do: it composes with the
// shell (`> plan.yaml`, a pipe) and can never overwrite a file by surprise. With -o it is
// written atomically (a temporary file in the same folder, then a rename, or a hard link when
// nothing may be overwritten), and an existing file is replaced only with --force. The input
// plans of --parent and --from are never written to.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "cli.hpp"
#include "kehoach/check.hpp"
#include "kehoach/consistency.hpp"
#include "kehoach/generate.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/progress.hpp"
#include "kehoach/provinces.hpp"
#include "kehoach/text.hpp"

namespace kehoach::cli {
namespace {

namespace fs = std::filesystem;

struct NewOptions {
  std::string level;
  int year = 0;
  std::string locality;
  std::string issuer;
  std::string parent;
  std::string from;
  std::string output;
  int lead_days = default_lead_days;
  bool lead_days_given = false;
  bool force = false;
};

void print_note(const Globals& g, const Message& message) {
  fmt::print(stderr, "kehoach: {}: {}\n", g.tr("ghi chú", "note"), message.in(g.lang));
}

// What the user typed, made safe to write into a plan: valid UTF-8, no control characters.
std::string clean_argument(const std::string& text) { return replace_invalid_utf8(text, true); }

// A plan read for --parent or --from, or the exit status when it cannot be used.
struct InputPlan {
  LoadResult loaded;
  std::string raw;
  std::optional<Exit> exit;
};

InputPlan read_plan(const std::string& path, const Globals& g) {
  InputPlan out;
  if ((out.exit = read_or_report(path, max_plan_bytes, g, out.raw))) return out;
  out.loaded = load_plan(out.raw, path);
  if (!out.loaded.ok()) {
    print_diagnostics(out.loaded.diagnostics, {SourceText{path, out.loaded.text}}, 1, g);
    print_error(g, {fmt::format("`{}` có lỗi: sửa trước khi lập kế hoạch mới từ tệp này", path),
                    fmt::format("`{}` has errors: fix them before drafting a plan from it", path)});
    out.exit = Exit::findings;
  }
  return out;
}

Message exists_message(const std::string& path) {
  return {fmt::format("tệp `{}` đã có: không ghi đè (thêm --force để ghi đè)", path),
          fmt::format("`{}` already exists: not overwritten (add --force to overwrite it)", path)};
}

// Why `path` cannot be the output, checked before any work is done; nullopt when it can.
std::optional<Message> output_refusal(const NewOptions& o) {
  const std::string& path = o.output;
  if (path == "-") return std::nullopt;  // stdout
  std::error_code ec;
  for (const std::string& input : {o.parent, o.from}) {
    if (input.empty()) continue;
    if (fs::exists(path, ec) && fs::equivalent(path, input, ec)) {
      return Message{
          fmt::format("không ghi đè lên tệp đầu vào `{}`: chọn tệp khác cho -o", path),
          fmt::format("will not overwrite the input file `{}`: choose another file for -o", path)};
    }
  }
  const auto status = fs::symlink_status(path, ec);
  if (!ec && fs::exists(status)) {
    const auto target = fs::status(path, ec);
    if (ec || !fs::is_regular_file(target)) {
      return Message{fmt::format("`{}` không phải là một tệp thường: không ghi", path),
                     fmt::format("`{}` is not a regular file: not written", path)};
    }
    if (!o.force) return exists_message(path);
  }
  fs::path folder = fs::path(path).parent_path();
  if (folder.empty()) folder = ".";
  if (!fs::is_directory(folder, ec)) {
    return Message{
        fmt::format("không ghi được `{}`: không có thư mục `{}`", path, folder.string()),
        fmt::format("cannot write `{}`: there is no folder `{}`", path, folder.string())};
  }
  return std::nullopt;
}

// `target` as a path relative to the folder `from` (both taken from the current folder).
std::string relative_path(const std::string& target, const fs::path& from) {
  std::error_code ec;
  const fs::path absolute_target = fs::absolute(target, ec).lexically_normal();
  const fs::path absolute_from = fs::absolute(from, ec).lexically_normal();
  const fs::path relative = absolute_target.lexically_relative(absolute_from);
  return relative.empty() ? absolute_target.generic_string() : relative.generic_string();
}

// "Ủy ban nhân dân tỉnh Lai Châu" → "UBND tỉnh Lai Châu"; a former province (Nghị quyết
// 202/2025/QH15) → the province it became part of.
std::string province_body(std::string name, std::string& source) {
  name = std::string(trim(name));
  for (const std::string_view long_form :
       {"Ủy ban nhân dân ", "Uỷ ban nhân dân ", "ỦY BAN NHÂN DÂN "}) {
    if (name.rfind(long_form, 0) == 0) name = "UBND " + name.substr(long_form.size());
  }
  if (const auto former = find_former_province(name, builtin_provinces())) {
    source += fmt::format("; {} → {} {} (Nghị quyết {})", former->name, former->successor->kind,
                          former->successor->name, builtin_provinces().resolution);
    name = fmt::format("UBND {} {}", former->successor->kind, former->successor->name);
  }
  return name;
}

// A plan file read quietly (a parent of a parent): nullopt when it cannot be read.
std::optional<LoadResult> read_quietly(const fs::path& path) {
  InputFile input = read_input(path.string(), max_plan_bytes);
  if (input.failure || input.problem) return std::nullopt;
  LoadResult loaded = load_plan(input.text, path.string());
  if (!loaded.ok()) return std::nullopt;
  return loaded;
}

// Back to the line ends and byte order mark of the file rolled over.
std::string like_original(std::string text, const std::string& raw) {
  if (raw.find("\r\n") != std::string::npos) {
    std::string crlf;
    crlf.reserve(text.size() + text.size() / 40);
    for (const char c : text) {
      if (c == '\n') crlf.push_back('\r');
      crlf.push_back(c);
    }
    text = std::move(crlf);
  }
  if (raw.starts_with("\xEF\xBB\xBF")) text.insert(0, "\xEF\xBB\xBF");
  return text;
}

// Options that make no sense together, in the user's language (CLI11's own text is English).
std::optional<Message> usage_refusal(const NewOptions& o) {
  if (!o.from.empty() && (!o.level.empty() || !o.locality.empty() || !o.issuer.empty())) {
    return Message{
        "--from giữ nguyên cấp, địa phương và cơ quan ban hành của kế hoạch cũ: không "
        "dùng cùng --level, --locality, --issuer",
        "--from keeps the old plan's level, locality and issuer: it does not take "
        "--level, --locality or --issuer"};
  }
  if (o.lead_days_given && o.parent.empty()) {
    return Message{"--lead-days chỉ dùng với --parent", "--lead-days is only used with --parent"};
  }
  return std::nullopt;
}

Exit run_new(const NewOptions& o, const Globals& g) {
  if (const auto refused = usage_refusal(o)) {
    print_error(g, *refused);
    return Exit::failure;
  }
  if (!o.output.empty()) {
    if (const auto refused = output_refusal(o)) {
      print_error(g, *refused);
      return Exit::failure;
    }
  }
  std::string text;
  std::vector<Message> notes;
  std::optional<Plan> parent_plan;
  if (!o.from.empty()) {
    InputPlan input = read_plan(o.from, g);
    if (input.exit) return *input.exit;
    const Plan& original = input.loaded.plan;
    const int year = o.year != 0 ? o.year : original.year.value + 1;
    // Across the reform a plan under a district plan is re-parented to the province.
    ReformParent reform;
    reform.lang = g.lang;
    std::optional<LoadResult> district;
    std::optional<InputPlan> province_input;
    if (original.parent && original.year.value <= 2025 && year > 2025) {
      const ParentRef& p = *original.parent;
      const fs::path folder = fs::path(o.from).parent_path();
      if (p.file.present && !p.file.value.empty()) district = read_quietly(folder / p.file.value);
      const bool is_district = district ? district->plan.issuer.level.present &&
                                              district->plan.issuer.level.value == Level::district
                                        : mentions_district(p.issuer.value);
      if (is_district) {
        reform.district = district ? district->plan.issuer.name.value : p.issuer.value;
        if (!o.parent.empty()) {
          province_input = read_plan(o.parent, g);
          if (province_input->exit) return *province_input->exit;
          const Plan& province = province_input->loaded.plan;
          if (!province.issuer.level.present || province.issuer.level.value != Level::province) {
            print_error(g, {fmt::format("--parent `{}` không phải kế hoạch cấp tỉnh", o.parent),
                            fmt::format("--parent `{}` is not a province plan", o.parent)});
            return Exit::failure;
          }
          reform.plan = &province;
          const fs::path base = o.output.empty() ? fs::path(".") : fs::path(o.output).parent_path();
          reform.path = relative_path(o.parent, base.empty() ? fs::path(".") : base);
        } else if (district && district->plan.parent) {
          // The district plan's own parent names the province; its file, when it reads, says
          // how the province writes its name.
          const ParentRef& up = *district->plan.parent;
          std::string name = up.issuer.value;
          reform.province_source = fmt::format("`parent` của {}", p.file.value);
          if (up.file.present && !up.file.value.empty()) {
            const fs::path up_path = (folder / p.file.value).parent_path() / up.file.value;
            if (const auto province = read_quietly(up_path)) {
              name = province->plan.issuer.name.value;
              reform.province_source = up_path.lexically_normal().generic_string();
            }
          }
          if (!trim(name).empty()) reform.province = province_body(name, reform.province_source);
        }
      }
    }
    if (!o.parent.empty() && reform.district.empty()) {
      print_error(g, {"--parent với --from chỉ dùng khi kế hoạch cũ thực hiện kế hoạch cấp huyện "
                      "và năm mới sau 2025 (để chuyển sang kế hoạch cấp tỉnh); nếu không, chọn "
                      "lập từ kế hoạch cấp trên hoặc chuyển kế hoạch năm trước",
                      "--parent goes with --from only when the old plan implements a district "
                      "plan and the new year is after 2025 (to move it under the province); "
                      "otherwise derive from the parent plan or roll last year's plan over"});
      return Exit::failure;
    }
    RolloverResult rolled = rollover(input.loaded.text, original, year, reform);
    if (rolled.refusal) {
      print_error(g, *rolled.refusal);
      return Exit::failure;
    }
    text = like_original(std::move(rolled.text), input.raw);
    notes = std::move(rolled.notes);
    if (reform.plan != nullptr) parent_plan = *reform.plan;
  } else if (!o.parent.empty()) {
    InputPlan input = read_plan(o.parent, g);
    if (input.exit) return *input.exit;
    const Plan& parent = input.loaded.plan;
    DeriveOptions options;
    options.locality = clean_argument(o.locality);
    options.issuer = clean_argument(o.issuer);
    options.lead_days = o.lead_days;
    options.lang = g.lang;
    options.level = o.level.empty() ? default_child_level(parent) : level_from_key(o.level);
    if (!options.level) {
      print_error(g, {fmt::format("kế hoạch cấp trên là của cấp `{}`, không có cấp dưới mặc định: "
                                  "chỉ ra --level",
                                  level_key(parent.issuer.level.value)),
                      fmt::format("the parent plan is at the `{}` level, which has no default "
                                  "child level: pass --level",
                                  level_key(parent.issuer.level.value))});
      return Exit::failure;
    }
    if (o.year != 0 && o.year != parent.year.value) {
      print_error(g, {fmt::format("kế hoạch cấp dưới cùng năm với kế hoạch cấp trên ({}), không "
                                  "phải năm {}",
                                  parent.year.value, o.year),
                      fmt::format("a child plan has its parent's year ({}), not {}",
                                  parent.year.value, o.year)});
      return Exit::failure;
    }
    if (const auto refused = derive_refusal(parent, *options.level)) {
      print_error(g, *refused);
      return Exit::failure;
    }
    const fs::path base =
        o.output.empty() || o.output == "-" ? fs::path(".") : fs::path(o.output).parent_path();
    const std::string parent_path = relative_path(o.parent, base.empty() ? fs::path(".") : base);
    text = derive_child(parent, parent_path, options);
    parent_plan = parent;
  } else {
    if (o.level.empty() || o.year == 0) {
      print_error(g, {"cần --level và --year (mẫu theo cấp), hoặc --parent KẾ_HOẠCH_CẤP_TRÊN, "
                      "hoặc --from KẾ_HOẠCH_NĂM_TRƯỚC",
                      "pass --level and --year (a template), or --parent PARENT_PLAN, or --from "
                      "LAST_YEARS_PLAN"});
      return Exit::failure;
    }
    const Level level = *level_from_key(o.level);
    if (const auto refused = template_refusal(level, o.year)) {
      print_error(g, *refused);
      return Exit::failure;
    }
    TemplateOptions options;
    options.level = level;
    options.year = o.year;
    options.locality = clean_argument(o.locality);
    options.issuer = clean_argument(o.issuer);
    options.lang = g.lang;
    text = generate_from_template(options);
  }

  if (o.output.empty()) {
    write_stdout(text);
  } else if (const auto failed = write_atomically(o.output, text, o.force)) {
    print_error(g, *failed);
    return Exit::failure;
  }
  for (const auto& note : notes) print_note(g, note);
  // A progress file already beside the output (a folder copied from last year's) is read by
  // every command as the new plan's progress: said, so that last year's work is not taken for
  // this year's.
  if (!o.output.empty() && o.output != "-") {
    const std::string side = progress_file_for(o.output);
    std::error_code ec;
    if (fs::exists(side, ec)) {
      fmt::print(
          stderr, "kehoach: {}: {}\n", g.tr("cảnh báo", "warning"),
          Message{fmt::format("bên cạnh `{}` đã có tệp tiến độ `{}`: mọi lệnh đọc tệp này là "
                              "tiến độ của kế hoạch mới; nếu đó là tiến độ của năm trước, xóa "
                              "hoặc đổi tên tệp (`kehoach validate {}` báo các mục ghi ngày "
                              "trước năm kế hoạch)",
                              display_name(o.output), display_name(side), display_name(o.output)),
                  fmt::format("a progress file `{}` already sits beside `{}`: every command "
                              "reads it as the new plan's progress; if it is last year's, "
                              "delete or rename it (`kehoach validate {}` reports the entries "
                              "dated before the plan's year)",
                              display_name(side), display_name(o.output), display_name(o.output))}
              .in(g.lang));
    }
  }

  // The new plan is checked as `kehoach validate` would; what it finds goes to stderr.
  const std::string name = o.output.empty() ? std::string("-") : o.output;
  const LoadResult made = load_plan(text, name);
  std::vector<Diagnostic> found = made.diagnostics;
  if (made.ok()) {
    const auto single = check_plan(made.plan, builtin_acts());
    found.insert(found.end(), single.begin(), single.end());
    if (parent_plan) add_parent_checks(found, made.plan, *parent_plan, builtin_acts());
  }
  if (!found.empty()) print_diagnostics(found, {SourceText{name, made.text}}, 1, g);
  return has_errors(found) ? Exit::findings : Exit::ok;
}

}  // namespace

void add_new_command(CLI::App& app, Globals& globals, Outcome& outcome) {
  const Globals& g = globals;
  auto options = std::make_shared<NewOptions>();
  CLI::App* command = app.add_subcommand(
      "new", g.tr("Lập kế hoạch năm mới: từ mẫu theo cấp, từ kế hoạch cấp trên, hoặc từ kế hoạch "
                  "năm trước",
                  "Draft a new yearly plan: from a template, from the parent plan, or from last "
                  "year's plan"));
  command
      ->add_option("--level", options->level,
                   g.tr("Cấp của kế hoạch: province, department, district (đến năm 2025) hoặc "
                        "commune",
                        "The plan's level: province, department, district (up to 2025) or "
                        "commune"))
      ->check(CLI::IsMember({"province", "department", "district", "commune"}).description(""))
      ->type_name("province|department|district|commune");
  command
      ->add_option("--year", options->year,
                   g.tr("Năm kế hoạch (với --from mặc định là năm sau năm của kế hoạch cũ; với "
                        "--parent là năm của kế hoạch cấp trên)",
                        "The plan year (with --from, default: the year after the old plan's; "
                        "with --parent, the parent's year)"))
      ->check(CLI::Range(1900, 2100).description(""))
      ->type_name(g.tr("NĂM", "YEAR"));
  command
      ->add_option("--locality", options->locality,
                   g.tr("Tên địa phương, ví dụ \"Lai Châu\" (mặc định: để trống …)",
                        "The locality, e.g. \"Lai Châu\" (default: left blank …)"))
      ->type_name(g.tr("TÊN", "NAME"));
  command
      ->add_option("--issuer", options->issuer,
                   g.tr("Cơ quan ban hành, ví dụ \"UBND xã Tân Biên\" (mặc định: tên thường "
                        "dùng của cấp)",
                        "The issuing body, e.g. \"UBND xã Tân Biên\" (default: the level's "
                        "usual name)"))
      ->type_name(g.tr("TÊN", "NAME"));
  command
      ->add_option("--parent", options->parent,
                   g.tr("Lập kế hoạch cấp dưới thực hiện kế hoạch cấp trên này; với --from: kế "
                        "hoạch cấp tỉnh thay cho kế hoạch cấp huyện (sau năm 2025)",
                        "Derive a child plan implementing this parent plan; with --from: the "
                        "province plan to implement instead of a district plan (after 2025)"))
      ->type_name(g.tr("TỆP", "FILE"));
  auto* lead = command
                   ->add_option("--lead-days", options->lead_days,
                                g.tr("Với --parent: số ngày đặt hạn sớm hơn hạn của cấp trên "
                                     "(mặc định 7)",
                                     "With --parent: days before each parent deadline (default 7)"))
                   ->check(CLI::Range(0, 90).description(""))
                   ->type_name(g.tr("SỐ_NGÀY", "DAYS"));
  command
      ->add_option("--from", options->from,
                   g.tr("Chuyển kế hoạch năm trước sang năm mới (giữ chú thích và "
                        "bố cục)",
                        "Roll last year's plan over to the new year (keeping its "
                        "comments and layout)"))
      ->type_name(g.tr("TỆP", "FILE"));
  command
      ->add_option("-o,--output", options->output,
                   g.tr("Ghi vào tệp này (mặc định: in ra màn hình)",
                        "Write to this file (default: standard output)"))
      ->type_name(g.tr("TỆP", "FILE"));
  command->add_flag("--force", options->force,
                    g.tr("Ghi đè tệp -o đã có", "Overwrite an existing -o file"));
  command->footer(g.tr(
      "Không có -o, kế hoạch được in ra màn hình (chuyển vào tệp bằng `> TỆP`); với -o, tệp được\n"
      "ghi trọn vẹn một lần và không ghi đè tệp đã có nếu không có --force.\n"
      "Ví dụ:\n"
      "  kehoach new --level commune --year 2026 --locality \"Tân Biên\" -o ke-hoach-2026.yaml\n"
      "  kehoach new --parent tinh-2026.yaml --locality \"Tân Biên\" --lead-days 10\n"
      "  kehoach new --from ke-hoach-2025.yaml --year 2026 -o ke-hoach-2026.yaml\n"
      "Trạng thái thoát: 0 đã lập, 1 tệp đầu vào hoặc kế hoạch lập ra có lỗi, 2 không lập được.\n",
      "Without -o the plan is printed on standard output (redirect it with `> FILE`); with -o\n"
      "the file is written whole at once, and an existing file is kept unless --force is given.\n"
      "Examples:\n"
      "  kehoach new --level commune --year 2026 --locality \"Tân Biên\" -o ke-hoach-2026.yaml\n"
      "  kehoach new --parent tinh-2026.yaml --locality \"Tân Biên\" --lead-days 10\n"
      "  kehoach new --from ke-hoach-2025.yaml --year 2026 -o ke-hoach-2026.yaml\n"
      "Exit status: 0 drafted, 1 the input or the drafted plan has errors, 2 could not draft.\n"));
  command->callback([options, lead, &globals, &outcome] {
    options->lead_days_given = lead->count() > 0;
    outcome.exit = run_new(*options, globals);
  });
}

}  // namespace kehoach::cli
