// Reading progress files (kehoach-progress/1). A progress file is small and shallow, but it is
// still a user's input: every problem is reported with its position, nothing throws, and the
// same hostile inputs as for plans (aliases, deep nesting, invalid UTF-8, a second document, an
// unclosed quote) are refused, by the YAML reading shared with the plan loader (yaml_tree).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/progress.hpp"
#include "read/fields.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach {

namespace {

// The plan and progress loaders are the YAML tree's only users: its names are theirs.
using namespace yaml_tree;

// The same statuses as a plan's `progress` (the format's table).
constexpr const auto& status_keys = format::progress_statuses;

const Message start_hint{"một tệp tiến độ bắt đầu bằng `format: kehoach-progress/1`",
                         "a progress file starts with `format: kehoach-progress/1`"};

const Dialect progress_dialect{
    .max_bytes = max_progress_bytes,
    // The format needs three levels (items → id → entry); anything much deeper is a mistake.
    .max_depth = 16,
    .what = {"một tệp tiến độ", "a progress file"},
    .start_hint = start_hint,
    .utf8_hint = {"lưu tệp với bảng mã UTF-8", "save the file as UTF-8"},
    .control_hint = {"xóa ký tự này", "delete it"},
    .second_document_hint = {"một tệp tiến độ chỉ chứa một tài liệu",
                             "a progress file holds one document"},
    // The switches stay off: among others, after invalid UTF-8 the text is kept printable for
    // the caller, which quotes its lines.
};

// ---------------------------------------------------------------------------------------------
// Tree to ProgressFile

constexpr std::array<Key, 3> file_keys{{{"format", true}, {"items"}, {"reporting"}}};
constexpr std::array<Key, 4> entry_keys{{{"status", true}, {"date"}, {"note"}, {"occurrence"}}};

class Mapper {
 public:
  Mapper(const std::vector<Node>& nodes, Sink& sink, const std::vector<Diagnostic>& found)
      : m_nodes(nodes), m_sink(sink), m_found(found) {}

  void file(const Node& root, ProgressFile& out) {
    // The format first: a plan file given by mistake would otherwise drown its one real problem
    // in unknown-key errors.
    const Node* format = value_of(m_nodes, root, "format");
    if (format && format->kind == NodeKind::scalar && format->value != progress_format) {
      const std::string written = nfc(format->value);
      m_sink.add(
          "KH012", format->at,
          {fmt::format("phiên bản định dạng `{}` không được hỗ trợ cho tệp tiến độ", written),
           fmt::format("unsupported progress file format `{}`", written)},
          start_hint);
      return;
    }
    // `reporting#N` names an occurrence of the report due as `id#N` names an item's: such keys
    // are taken out of the top level before its keys are checked.
    Node top = root;
    top.items.clear();
    std::vector<std::size_t> rounds;  // indexes into root.items of the `reporting#N` keys
    for (std::size_t i = 0; i + 1 < root.items.size(); i += 2) {
      const Node& key = node(root.items[i]);
      if (key.kind == NodeKind::scalar && is_report_round(nfc(key.value))) {
        rounds.push_back(i);
        continue;
      }
      top.items.push_back(root.items[i]);
      top.items.push_back(root.items[i + 1]);
    }
    const Fields f = fields(top, "", file_keys);
    out.format = str(f["format"], "format");
    if (const Node* items = f["items"]) {
      if (items->kind == NodeKind::mapping) {
        std::map<std::string, Position> seen;
        Recorded recorded;
        for (std::size_t i = 0; i + 1 < items->items.size(); i += 2) {
          const Node& key = node(items->items[i]);
          const Node& value = node(items->items[i + 1]);
          if (key.kind == NodeKind::refused) continue;
          if (key.kind != NodeKind::scalar) {
            m_sink.add("KH002", key.at,
                       {"mã của một mục phải là một chuỗi", "an item's id must be a string"});
            continue;
          }
          const std::string id = nfc(key.value);
          // `id#N` names the N-th occurrence of the item's deadline (see progress_target).
          if (!is_id(std::string(progress_target(id).id))) {
            m_sink.add(
                "KH009", key.at,
                {fmt::format("mã `{}` không hợp lệ", id), fmt::format("invalid id `{}`", id)},
                {"dùng đúng mã (`id`) của hoạt động hoặc nhiệm vụ trong kế hoạch",
                 "use the `id` of the task or duty as written in the plan"});
            continue;
          }
          const auto [it, inserted] = seen.emplace(id, key.at);
          if (!inserted) {
            m_sink.add(
                "KH004", key.at,
                {fmt::format("mã `{}` bị lặp lại", id), fmt::format("duplicate id `{}`", id)},
                {fmt::format("mã này đã có ở dòng {}", it->second.line),
                 fmt::format("first written on line {}", it->second.line)});
            // Neither record counts: which of the two is right, the file does not say.
            for (auto& e : out.items) {
              if (e.id.value == id) e.faulty = true;
            }
            continue;
          }
          take(value, key, id, false, out.items, recorded);
        }
      } else if (items->kind != NodeKind::refused) {
        m_sink.add("KH002", items->at,
                   {"`items` phải là một ánh xạ từ mã của hoạt động, nhiệm vụ tới tiến độ",
                    "`items` must be a mapping from task and duty ids to their progress"},
                   {"ví dụ `kiem-tra: {status: done, date: 2025-09-12}` thụt lề dưới `items:`",
                    "e.g. `kiem-tra: {status: done, date: 2025-09-12}` indented under `items:`"});
      }
    }
    // The report due and its occurrences, in file order.
    Recorded recorded;
    const Node* whole = f["reporting"];
    for (std::size_t i = 0; i + 1 < root.items.size(); i += 2) {
      const Node& key = node(root.items[i]);
      const Node& value = node(root.items[i + 1]);
      const bool round = std::find(rounds.begin(), rounds.end(), i) != rounds.end();
      if (round || &value == whole) {
        take(value, key, nfc(key.value), true, out.reporting, recorded);
        if (&value == whole) whole = nullptr;  // a second `reporting` is KH004, kept out
      }
    }
  }

 private:
  // Where each occurrence (item id, N; 0 for the item as a whole) was first recorded: the entry's
  // index in its list, and the position that names the occurrence.
  using Recorded = std::map<std::pair<std::string, std::size_t>, std::pair<std::size_t, Position>>;

  static bool is_report_round(std::string_view key) {
    const ProgressTarget target = progress_target(key);
    return target.id == "reporting" && target.occurrence > 0;
  }

  // The progress written under `key` (`id`, `id#N`, `reporting`, `reporting#N`): one entry, or a
  // list of one per occurrence.
  void take(const Node& value, const Node& key, const std::string& id, bool top,
            std::vector<ProgressEntry>& into, Recorded& recorded) {
    if (value.kind == NodeKind::sequence) {
      occurrences(value, key, id, top, into, recorded);
    } else if (auto e = entry(value, key, id, top)) {
      record(std::move(*e), into, recorded);
    }
  }

  // Adds `e` to `into`, unless it records an occurrence already recorded, in any form (`id#1`,
  // `occurrence: 1` in a mapping or in a list): then neither record counts (KH004), as which is
  // right the file does not say. `id#N` with `occurrence: M` naming another is KH307.
  void record(ProgressEntry e, std::vector<ProgressEntry>& into, Recorded& recorded) {
    const ProgressTarget target = progress_target(e.id.value);
    std::size_t n = target.occurrence;
    if (e.occurrence.present) {
      const auto written = static_cast<std::size_t>(e.occurrence.value);
      if (n > 0 && written != n) {
        m_sink.add(
            "KH307", e.occurrence.at,
            {fmt::format("`{}` ghi lần {} nhưng `occurrence` ghi lần {}: không rõ là lần "
                         "nào; mục này được coi là chưa xong",
                         e.id.value, n, written),
             fmt::format("`{}` names occurrence {} but `occurrence` says {}: which one is "
                         "unclear; the entry counts as not done",
                         e.id.value, n, written)},
            {fmt::format("ghi lần đến hạn một lần: bỏ `#{}` khỏi mã hoặc bỏ `occurrence`", n),
             fmt::format("name the occurrence once: drop `#{}` from the id or drop "
                         "`occurrence`",
                         n)});
        e.faulty = true;
        into.push_back(std::move(e));
        return;
      }
      n = written;
    }
    const Position at = e.occurrence.present ? e.occurrence.at : e.id.at;
    const std::string id(target.id);
    const auto [it, inserted] = recorded.try_emplace({id, n}, into.size(), at);
    if (!inserted) {
      const int line = it->second.second.line;
      m_sink.add("KH004", at,
                 {fmt::format("lần {} của `{}` bị ghi hai lần", n, id),
                  fmt::format("occurrence {} of `{}` is written twice", n, id)},
                 {fmt::format("lần này đã có ở dòng {}; cả hai bản ghi đều không được tính", line),
                  fmt::format("first written on line {}; neither record counts", line)});
      into[it->second.first].faulty = true;
      return;
    }
    into.push_back(std::move(e));
  }

  // The values of `map`, whose keys belong to `context` and are `keys`, with its problems reported.
  Fields fields(const Node& map, std::string_view context, std::span<const Key> keys) {
    return Fields(m_nodes, map, context, keys, progress_dialect, m_sink);
  }

  [[nodiscard]] const Node& node(std::size_t index) const { return m_nodes[index]; }

  // `id: [{occurrence: 1, status: done, date: …}, …]`: one entry per occurrence of a repeating
  // deadline, each naming its occurrence once.
  void occurrences(const Node& list, const Node& key, const std::string& id, bool top,
                   std::vector<ProgressEntry>& into, Recorded& recorded) {
    for (const std::size_t index : list.items) {
      const Node& value = node(index);
      auto e = entry(value, value, id, top);
      if (!e) continue;
      e->id = Text{id, key.at, true};
      if (!e->occurrence.present) {
        if (!e->faulty) {
          m_sink.add(
              "KH002", value.at,
              {fmt::format("mỗi mục trong danh sách tiến độ của `{}` phải ghi `occurrence`", id),
               fmt::format("each entry in the progress list of `{}` needs `occurrence`", id)},
              {"ví dụ `- {occurrence: 2, status: done, date: 2025-06-30}`",
               "e.g. `- {occurrence: 2, status: done, date: 2025-06-30}`"});
        }
        e->faulty = true;
        into.push_back(std::move(*e));
        continue;
      }
      record(std::move(*e), into, recorded);
    }
  }

  Text str(const Node* n, std::string_view key) {
    if (!n || n->kind == NodeKind::refused) return {};
    if (n->kind != NodeKind::scalar) {
      m_sink.add(
          "KH002", n->at,
          {fmt::format("`{}` phải là một chuỗi", key), fmt::format("`{}` must be a string", key)});
      return {};
    }
    return Text{nfc(n->value), n->at, true};
  }

  // One entry: a mapping with `status`, `date` and `note`; `key` is where it is named, `id` the
  // key as written, `top` whether it stands at the top level (`reporting`, `reporting#N`).
  std::optional<ProgressEntry> entry(const Node& value, const Node& key, const std::string& id,
                                     bool top) {
    const std::string context = top ? id : "items: " + id;
    if (value.kind == NodeKind::refused) return std::nullopt;
    if (value.kind != NodeKind::mapping) {
      const Position at = value.kind == NodeKind::null ? key.at : value.at;
      m_sink.add(
          "KH002", at,
          {fmt::format("tiến độ của `{}` phải là một ánh xạ", id),
           fmt::format("the progress of `{}` must be a mapping", id)},
          {"ví dụ `{status: done, date: 2025-09-12}`", "e.g. `{status: done, date: 2025-09-12}`"});
      return std::nullopt;
    }
    const std::size_t errors_before = error_count();
    const Fields f = fields(value, context, entry_keys);
    ProgressEntry out;
    out.id = Text{id, key.at, true};
    out.at = key.at;
    if (const Node* s = f["status"]) {
      if (s->kind == NodeKind::scalar) {
        if (const auto status = progress_status_from_key(s->value)) {
          out.status = {*status, s->at, true};
        } else {
          refuse_value(*s, "status", status_keys, progress_dialect, m_sink);
        }
      } else if (s->kind != NodeKind::refused) {
        m_sink.add("KH002", s->at, {"`status` phải là một chuỗi", "`status` must be a string"});
      }
    }
    if (const Node* d = f["date"]) out.date = date(*d);
    out.note = str(f["note"], "note");
    if (const Node* n = f["occurrence"]) out.occurrence = occurrence(*n);
    out.faulty = error_count() > errors_before;
    return out;
  }

  [[nodiscard]] std::size_t error_count() const {
    return static_cast<std::size_t>(
        std::count_if(m_found.begin(), m_found.end(),
                      [](const auto& d) { return d.severity == Severity::error; }));
  }

  Located<int> occurrence(const Node& n) {
    if (n.kind == NodeKind::refused) return {};
    if (n.kind == NodeKind::scalar && !n.value.empty() && n.value.size() <= 4 &&
        std::all_of(n.value.begin(), n.value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const int value = std::stoi(n.value);
      if (value >= 1) return {value, n.at, true};
    }
    const std::string written = n.kind == NodeKind::scalar ? nfc(n.value) : std::string();
    m_sink.add(
        "KH002", n.at,
        {fmt::format("`occurrence` phải là số thứ tự của lần đến hạn, từ 1: `{}`", written),
         fmt::format("`occurrence` must be the number of the occurrence, from 1: `{}`", written)},
        {"ví dụ `occurrence: 2` cho lần đến hạn thứ hai",
         "e.g. `occurrence: 2` for the second time the item falls due"});
    return {};
  }

  Located<Date> date(const Node& n) {
    if (n.kind == NodeKind::refused) return {};
    if (n.kind == NodeKind::scalar) {
      if (const auto parsed = parse_iso_date(n.value)) return {*parsed, n.at, true};
    }
    const std::string written = n.kind == NodeKind::scalar ? nfc(n.value) : std::string();
    m_sink.add(
        "KH010", n.at,
        {fmt::format("ngày `{}` không đúng dạng YYYY-MM-DD hoặc không tồn tại", written),
         fmt::format("date `{}` is not a real day written YYYY-MM-DD", written)},
        {"ví dụ `2025-09-12` cho ngày 12/09/2025", "e.g. `2025-09-12` for 12 September 2025"});
    return {};
  }

  const std::vector<Node>& m_nodes;
  Sink& m_sink;
  const std::vector<Diagnostic>& m_found;
};

void load_into(ProgressLoadResult& result, std::string_view input, Sink& sink) {
  const auto tree = yaml_tree::read(input, result.text, progress_dialect, sink);
  if (!tree) return;
  Mapper mapper(tree->nodes, sink, result.diagnostics);
  mapper.file(tree->nodes[tree->root], result.progress);
}

}  // namespace

std::string_view progress_status_key(ProgressStatus status) {
  return status_keys[static_cast<std::size_t>(status)];
}

std::optional<ProgressStatus> progress_status_from_key(std::string_view key) {
  for (std::size_t i = 0; i < status_keys.size(); ++i) {
    if (status_keys[i] == key) return static_cast<ProgressStatus>(i);
  }
  return std::nullopt;
}

ProgressLoadResult load_progress(std::string_view text, const std::string& file_name) {
  ProgressLoadResult result;
  result.progress.file = file_name;
  yaml_tree::guarded(result.diagnostics, file_name,
                     [&](Sink& sink) { load_into(result, text, sink); });
  return result;
}

std::vector<Diagnostic> check_progress(const Plan& plan, const ProgressFile& progress) {
  std::vector<Diagnostic> out;
  yaml_tree::Sink sink(out, progress.file);
  // Every id a progress entry may name, with whether the plan records progress there too.
  std::map<std::string, bool> ids;
  // How many occurrences each item's deadline has (for `id#N` entries).
  std::map<std::string, std::size_t> occurrences;
  const auto count = [](const DueField& due) {
    return due.reading ? due.reading->occurrences.size() : std::size_t{0};
  };
  for (const auto& task : plan.tasks) {
    if (task.id.present) ids.emplace(task.id.value, task.progress.has_value());
    if (task.id.present) occurrences.emplace(task.id.value, count(task.due));
  }
  for (const auto& r : plan.responsibilities) {
    for (const auto& duty : r.duties) {
      if (duty.id.present) ids.emplace(duty.id.value, duty.progress.has_value());
      if (duty.id.present) occurrences.emplace(duty.id.value, count(duty.due));
    }
  }
  std::vector<std::string_view> known;
  known.reserve(ids.size());
  for (const auto& [id, _] : ids) known.push_back(id);

  auto check_date = [&](const ProgressEntry& e, std::string_view name) {
    if (!e.status.present) return;
    if (e.status.value != ProgressStatus::done && e.status.value != ProgressStatus::cancelled) {
      return;
    }
    const bool done = e.status.value == ProgressStatus::done;
    if (e.date.present) {
      const ProgressDateFit fit = progress_date_fit(plan, e.date.value);
      if (fit == ProgressDateFit::fits) return;
      const Message when = plan_time_words(plan, fit == ProgressDateFit::before_plan);
      const std::string day = e.date.value.dmy();
      if (fit == ProgressDateFit::before_plan) {
        sink.add("KH304", e.date.at,
                 {fmt::format("`{}` ghi {} ngày {}, trước cả {}: không thể là tiến độ của kế "
                              "hoạch này; việc này được coi là chưa xong",
                              name, done ? "đã xong" : "đã hủy", day, when.vi),
                  fmt::format("`{}` is recorded {} on {}, before {}: this cannot be this plan's "
                              "progress; the item counts as not done",
                              name, done ? "done" : "cancelled", day, when.en)},
                 {"tệp tiến độ chép từ năm trước? xóa mục này (`kehoach done … --undo`) hoặc cả "
                  "tệp; nếu ghi nhầm ngày, sửa `date:`",
                  "a progress file copied from last year? remove this entry (`kehoach done … "
                  "--undo`) or the whole file; if the day is a typo, correct `date:`"});
      } else {
        sink.add("KH304", e.date.at,
                 {fmt::format("`{}` ghi {} ngày {}, trước {}", name, done ? "đã xong" : "đã hủy",
                              day, when.vi),
                  fmt::format("`{}` is recorded {} on {}, before {}", name,
                              done ? "done" : "cancelled", day, when.en)},
                 {"kiểm tra lại ngày: việc làm trước khi ban hành kế hoạch thường không phải việc "
                  "của kế hoạch này",
                  "check the day: work done before the plan was issued is seldom this plan's"},
                 Severity::warning);
      }
      return;
    }
    sink.add("KH302", e.status.at,
             {fmt::format("`{}` {} nhưng không ghi ngày", name, done ? "đã xong" : "đã hủy"),
              fmt::format("`{}` is {} but gives no date", name, done ? "done" : "cancelled")},
             {"thêm `date:` là ngày hoàn thành (hoặc ngày hủy), ví dụ `date: 2025-09-12`",
              "add `date:`, the day it was done (or cancelled), e.g. `date: 2025-09-12`"},
             Severity::warning);
  };

  for (const auto& e : progress.items) {
    const auto target = progress_target(e.id.value);
    const auto found = ids.find(std::string(target.id));
    if (found == ids.end()) {
      Message hint{"dùng đúng mã (`id`) của một hoạt động hoặc nhiệm vụ trong kế hoạch",
                   "use the `id` of a task or duty of the plan"};
      std::optional<std::string_view> guess;
      std::size_t best = 3;
      for (const auto candidate : known) {
        const std::size_t d =
            yaml_tree::edit_distance(e.id.value, candidate, yaml_tree::Edits::plain);
        if (d < best && d < candidate.size()) {
          best = d;
          guess = candidate;
        }
      }
      if (guess) {
        hint = {fmt::format("ý bạn là `{}`?", *guess), fmt::format("did you mean `{}`?", *guess)};
      }
      sink.add("KH301", e.id.at,
               {fmt::format("kế hoạch không có hoạt động hay nhiệm vụ nào mã `{}`", e.id.value),
                fmt::format("the plan has no task or duty with id `{}`", e.id.value)},
               std::move(hint));
      continue;
    }
    if (e.faulty) continue;  // its own error says enough
    // The occurrence an entry names, by `occurrence: N` or by `id#N`.
    const std::size_t occurrence = e.occurrence.present && e.occurrence.value > 0
                                       ? static_cast<std::size_t>(e.occurrence.value)
                                       : target.occurrence;
    if (const std::size_t has = occurrences[found->first]; occurrence > 0 && occurrence > has) {
      sink.add("KH301", e.occurrence.present ? e.occurrence.at : e.id.at,
               {fmt::format("thời hạn của `{}` có {} lần đến hạn, không có lần {}", target.id, has,
                            occurrence),
                fmt::format("the deadline of `{}` falls due {} time(s), not {}", target.id, has,
                            occurrence)},
               {fmt::format("xem các lần đến hạn bằng `kehoach deadlines`; tiến độ ghi cho `{}` "
                            "(không ghi lần) áp dụng cho mọi lần",
                            target.id),
                fmt::format("see the occurrences with `kehoach deadlines`; progress for `{}` "
                            "without an occurrence applies to all of them",
                            target.id)});
      continue;
    }
    check_date(e, e.id.value);
    if (found->second) {
      sink.add("KH303", e.id.at,
               {fmt::format("tiến độ của `{}` cũng được ghi trong tệp kế hoạch; dùng tiến độ ghi "
                            "ở tệp này",
                            e.id.value),
                fmt::format("the plan file records progress for `{}` too; this file's is used",
                            e.id.value)},
               {"ghi tiến độ ở một nơi: bỏ `progress` khỏi tệp kế hoạch nếu kế hoạch chưa ban hành",
                "record progress in one place: drop `progress` from the plan if it is not issued "
                "yet"},
               Severity::note);
    }
  }
  const std::size_t report_rounds = plan.reporting ? count(plan.reporting->due) : std::size_t{0};
  for (const auto& e : progress.reporting) {
    if (!plan.reporting || !plan.reporting->due.phrase.present) {
      sink.add(
          "KH301", e.at,
          {"kế hoạch không ghi thời hạn gửi báo cáo (`reporting.due`)",
           "the plan gives no report due date (`reporting.due`)"},
          {"xóa mục `reporting` khỏi tệp tiến độ", "remove `reporting` from the progress file"});
      continue;
    }
    if (e.faulty) continue;
    const std::size_t occurrence = e.occurrence.present && e.occurrence.value > 0
                                       ? static_cast<std::size_t>(e.occurrence.value)
                                       : progress_target(e.id.value).occurrence;
    if (occurrence > 0 && occurrence > report_rounds) {
      sink.add("KH301", e.occurrence.present ? e.occurrence.at : e.id.at,
               {fmt::format("thời hạn gửi báo cáo (`reporting.due`) có {} lần đến hạn, không có "
                            "lần {}",
                            report_rounds, occurrence),
                fmt::format("the report due (`reporting.due`) falls due {} time(s), not {}",
                            report_rounds, occurrence)},
               {"xem các lần đến hạn bằng `kehoach deadlines`; tiến độ ghi cho `reporting` "
                "(không ghi lần) áp dụng cho mọi lần",
                "see the occurrences with `kehoach deadlines`; progress for `reporting` without "
                "an occurrence applies to all of them"});
      continue;
    }
    check_date(e, e.id.value);
  }
  sort_diagnostics(out);
  return out;
}

ProgressTarget progress_target(std::string_view written) {
  const auto hash = written.rfind('#');
  if (hash == std::string_view::npos || hash == 0) return {written, 0};
  const std::string_view digits = written.substr(hash + 1);
  if (digits.empty() || digits.size() > 3 || digits[0] == '0') return {written, 0};
  std::size_t number = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return {written, 0};
    number = number * 10 + static_cast<std::size_t>(c - '0');
  }
  return {written.substr(0, hash), number};
}

std::string progress_file_for(std::string_view plan_file) {
  for (const std::string_view ext : {".yaml", ".yml"}) {
    if (plan_file.size() > ext.size() && plan_file.ends_with(ext)) {
      return fmt::format("{}.progress{}", plan_file.substr(0, plan_file.size() - ext.size()), ext);
    }
  }
  return fmt::format("{}.progress.yaml", plan_file);
}

bool is_progress_file(std::string_view path) {
  return path.ends_with(".progress.yaml") || path.ends_with(".progress.yml");
}

}  // namespace kehoach