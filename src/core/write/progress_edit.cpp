// Editing a progress file's text. The loader gives where each entry's key stands; an entry runs
// from its key line to the next line indented no deeper, so it can be replaced or removed as
// lines, and the rest of the file — comments, blank lines, order, quoting — is left alone.
// Re-emitting the YAML would lose all of that (see the rollover of plans for the same reason).
#include "kehoach/progress_edit.hpp"

#include "kehoach/text.hpp"
#include "read/yaml_tree.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace kehoach {

namespace {

struct Line {
  std::string text;  ///< without its line end
  bool cr = false;   ///< ended in CRLF
};

struct Lines {
  std::vector<Line> lines;
  bool final_newline = true;
  bool crlf = false;  ///< the file's line ends, for lines added

  explicit Lines(std::string_view text) {
    if (text.empty()) return;
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) {
        if (start < text.size()) {
          lines.push_back(Line{std::string(text.substr(start)), false});
          final_newline = false;
        }
        break;
      }
      std::string_view line = text.substr(start, end - start);
      const bool cr = !line.empty() && line.back() == '\r';
      if (cr) {
        line.remove_suffix(1);
        crlf = true;
      }
      lines.push_back(Line{std::string(line), cr});
      start = end + 1;
    }
  }

  [[nodiscard]] std::string join() const {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += lines[i].text;
      if (i + 1 < lines.size() || final_newline) out += lines[i].cr ? "\r\n" : "\n";
    }
    return out;
  }

  [[nodiscard]] Line make(std::string text) const { return Line{std::move(text), crlf}; }
};

std::size_t indent_of(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

bool blank_or_comment(std::string_view line) {
  const std::size_t n = indent_of(line);
  return n == line.size() || line[n] == '#';
}

// The comment at the end of a line (" # …"), found outside quotes; empty when none.
std::string trailing_comment(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' && i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
      std::size_t from = i;
      while (from > 0 && (line[from - 1] == ' ' || line[from - 1] == '\t')) --from;
      return std::string(line.substr(from));
    }
  }
  return {};
}

// The end (exclusive) of the block starting at `start` whose lines are indented deeper than
// `indent`; comment and blank lines just before the next block belong to that block.
std::size_t block_end(const std::vector<Line>& lines, std::size_t start, std::size_t indent) {
  std::size_t end = start + 1;
  while (end < lines.size() &&
         (blank_or_comment(lines[end].text) || indent_of(lines[end].text) > indent)) {
    ++end;
  }
  while (end > start + 1 && blank_or_comment(lines[end - 1].text) &&
         indent_of(lines[end - 1].text) <= indent) {
    --end;
  }
  return end;
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out + "\"";
}

std::string flow_entry(const ProgressChange& change, std::string_view note, bool occurrence) {
  std::string out = "{";
  if (occurrence && change.occurrence) out += fmt::format("occurrence: {}, ", *change.occurrence);
  out += fmt::format("status: {}, date: {}", progress_status_key(change.status), change.date.iso());
  if (!note.empty()) out += ", note: " + quoted(note);
  return out + "}";
}

Message cannot(std::string vi, std::string en) { return Message{std::move(vi), std::move(en)}; }

// Whether `e` is an entry of a list under its id (`id: [{occurrence: 1, …}]`): it starts on its
// own, where a mapping entry starts at its key.
bool in_list(const ProgressEntry& e) {
  return e.at.line != e.id.at.line || e.at.column != e.id.at.column;
}

}  // namespace

ProgressEdit edit_progress(std::string_view text, const ProgressChange& change) {
  ProgressEdit result;
  const bool occurrence = change.occurrence.has_value();
  // A new file starts with its format line; the entry is then added as to any file.
  const std::string fresh = fmt::format("format: {}\n", progress_format);
  if (trim(text).empty()) {
    if (change.undo) {
      result.error = cannot(fmt::format("chưa ghi tiến độ nào cho `{}`", change.id),
                            fmt::format("no progress is recorded for `{}`", change.id));
      return result;
    }
    text = fresh;
  }
  const ProgressLoadResult loaded = load_progress(text, "");
  if (!loaded.ok()) {
    result.error = cannot("tệp tiến độ có lỗi: sửa các lỗi (kehoach validate) rồi ghi lại",
                          "the progress file has errors: fix them (kehoach validate) first");
    return result;
  }
  Lines doc(text);
  auto& lines = doc.lines;

  // The report due is recorded at the top level (`reporting`) as an item is under `items`.
  const bool report = change.id == reporting_item;
  const auto& entries = report ? loaded.progress.reporting : loaded.progress.items;

  // The entries already written for this id.
  const ProgressEntry* whole = nullptr;
  std::vector<const ProgressEntry*> listed;
  for (const auto& e : entries) {
    if (e.id.value != change.id) continue;
    if (e.occurrence.present) {
      listed.push_back(&e);
    } else {
      whole = &e;
    }
  }
  const ProgressEntry* same = nullptr;
  for (const auto* e : listed) {
    if (change.occurrence && e->occurrence.value == *change.occurrence) same = e;
  }

  // The occurrence recorded in a form other than a list entry (`id#N: {…}`, `id: {occurrence:
  // N, …}`): replaced or removed where it stands, in its own form, so that it is not recorded
  // twice (KH004).
  if (occurrence) {
    const ProgressEntry* own = nullptr;
    for (const auto& e : entries) {
      const ProgressTarget target = progress_target(e.id.value);
      const std::size_t n =
          e.occurrence.present ? static_cast<std::size_t>(e.occurrence.value) : target.occurrence;
      if (target.id == change.id && n == static_cast<std::size_t>(*change.occurrence)) own = &e;
    }
    if (own && !in_list(*own)) {
      const auto start = static_cast<std::size_t>(own->id.at.line - 1);
      const std::size_t indent = indent_of(lines[start].text);
      const std::size_t end = block_end(lines, start, indent);
      const std::string note = change.note.empty() ? own->note.value : change.note;
      const Line line{fmt::format("{}{}: {}{}", std::string(indent, ' '), own->id.value,
                                  flow_entry(change, note, own->occurrence.present),
                                  trailing_comment(lines[start].text)),
                      lines[start].cr};
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(start),
                  lines.begin() + static_cast<std::ptrdiff_t>(end));
      if (!change.undo) lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(start), line);
      result.text = doc.join();
      return result;
    }
  }

  if (occurrence && whole) {
    result.error = cannot(
        fmt::format("tiến độ của `{}` đang ghi cho cả việc, không theo từng lần: bỏ --occurrence, "
                    "hoặc xóa tiến độ đó trước bằng --undo",
                    change.id),
        fmt::format("the progress of `{}` is recorded for the whole item, not per occurrence: "
                    "leave out --occurrence, or remove it first with --undo",
                    change.id));
    return result;
  }
  if (!occurrence && !listed.empty()) {
    result.error = cannot(
        fmt::format("tiến độ của `{}` được ghi theo từng lần: dùng --occurrence N", change.id),
        fmt::format("the progress of `{}` is recorded per occurrence: use --occurrence N",
                    change.id));
    return result;
  }

  if (change.undo) {
    if (!occurrence) {
      if (!whole && report) {
        result.error =
            cannot("chưa ghi tiến độ gửi báo cáo", "no progress is recorded for the report");
        return result;
      }
      if (!whole) {
        result.error = cannot(fmt::format("chưa ghi tiến độ nào cho `{}`", change.id),
                              fmt::format("no progress is recorded for `{}`", change.id));
        return result;
      }
      const auto start = static_cast<std::size_t>(whole->id.at.line - 1);
      const std::size_t end = block_end(lines, start, indent_of(lines[start].text));
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(start),
                  lines.begin() + static_cast<std::ptrdiff_t>(end));
    } else {
      if (!same) {
        result.error =
            cannot(fmt::format("chưa ghi tiến độ lần {} của `{}`", *change.occurrence, change.id),
                   fmt::format("no progress is recorded for occurrence {} of `{}`",
                               *change.occurrence, change.id));
        return result;
      }
      // The last occurrence listed goes with its id; another goes alone.
      auto start = static_cast<std::size_t>(same->at.line - 1);
      if (listed.size() == 1) start = static_cast<std::size_t>(same->id.at.line - 1);
      const std::size_t end = block_end(lines, start, indent_of(lines[start].text));
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(start),
                  lines.begin() + static_cast<std::ptrdiff_t>(end));
    }
    result.text = doc.join();
    return result;
  }

  if (!occurrence && whole) {
    // Replace the entry; its key line's comment and the comment lines inside it stay.
    const auto start = static_cast<std::size_t>(whole->id.at.line - 1);
    const std::size_t indent = indent_of(lines[start].text);
    const std::size_t end = block_end(lines, start, indent);
    const std::string note = change.note.empty() ? whole->note.value : change.note;
    std::vector<Line> replacement{
        Line{fmt::format("{}{}: {}{}", std::string(indent, ' '), change.id,
                         flow_entry(change, note, false), trailing_comment(lines[start].text)),
             lines[start].cr}};
    for (std::size_t i = start + 1; i < end; ++i) {
      if (blank_or_comment(lines[i].text) && !trim(lines[i].text).empty()) {
        replacement.push_back(lines[i]);
      }
    }
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(start),
                lines.begin() + static_cast<std::ptrdiff_t>(end));
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(start), replacement.begin(),
                 replacement.end());
    result.text = doc.join();
    return result;
  }

  if (same) {
    const auto start = static_cast<std::size_t>(same->at.line - 1);
    const std::size_t indent = indent_of(lines[start].text);
    const std::size_t end = block_end(lines, start, indent);
    const std::string note = change.note.empty() ? same->note.value : change.note;
    const Line line{
        fmt::format("{}- {}{}", std::string(indent, ' '), flow_entry(change, note, true),
                    trailing_comment(lines[start].text)),
        lines[start].cr};
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(start),
                lines.begin() + static_cast<std::ptrdiff_t>(end));
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(start), line);
    result.text = doc.join();
    return result;
  }

  if (!listed.empty() && in_list(*listed.back())) {
    // Another occurrence of a listed id: after the last one, like it.
    const ProgressEntry* last = listed.back();
    const auto start = static_cast<std::size_t>(last->at.line - 1);
    const std::size_t indent = indent_of(lines[start].text);
    const std::size_t end = block_end(lines, start, indent);
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(end),
                 doc.make(fmt::format("{}- {}", std::string(indent, ' '),
                                      flow_entry(change, change.note, true))));
    result.text = doc.join();
    return result;
  }
  if (!listed.empty()) {
    // Another occurrence of an id whose occurrence is written as one mapping (`id: {occurrence:
    // 1, …}`): as `id#N` after it, a list entry there would not be YAML.
    const ProgressEntry* last = listed.back();
    const auto start = static_cast<std::size_t>(last->id.at.line - 1);
    const std::size_t indent = indent_of(lines[start].text);
    const std::size_t end = block_end(lines, start, indent);
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(end),
                 doc.make(fmt::format("{}{}#{}: {}", std::string(indent, ' '), change.id,
                                      *change.occurrence, flow_entry(change, change.note, false))));
    result.text = doc.join();
    return result;
  }

  if (report) {
    // The report due's first record: at the end of the file.
    if (!doc.final_newline && !lines.empty()) doc.final_newline = true;
    if (occurrence) {
      lines.push_back(doc.make("reporting:"));
      lines.push_back(doc.make("  - " + flow_entry(change, change.note, true)));
    } else {
      lines.push_back(doc.make("reporting: " + flow_entry(change, change.note, false)));
    }
    result.text = doc.join();
    return result;
  }

  // A new id: at the end of `items`, indented like its other entries.
  std::size_t items_line = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i].text;
    if (l.rfind("items:", 0) != 0) continue;
    const std::string_view rest = trim(std::string_view(l).substr(6));
    if (rest.empty() || rest.front() == '#') {
      items_line = i;
    } else if (rest.rfind("{}", 0) == 0) {
      lines[i].text = "items:" + trailing_comment(l);
      items_line = i;
    } else {
      result.error = cannot(
          "`items` được viết trên một dòng: hãy viết mỗi mục một dòng dưới `items:` rồi ghi lại",
          "`items` is written on one line: write one entry per line under `items:` first");
      return result;
    }
    break;
  }
  if (items_line == lines.size()) {
    if (!doc.final_newline && !lines.empty()) doc.final_newline = true;
    lines.push_back(doc.make("items:"));
    items_line = lines.size() - 1;
  }
  const std::size_t end = block_end(lines, items_line, 0);
  std::size_t indent = 2;
  if (!loaded.progress.items.empty()) {
    indent = static_cast<std::size_t>(loaded.progress.items.front().id.at.column - 1);
  }
  const std::string pad(indent, ' ');
  std::vector<Line> added;
  if (occurrence) {
    added.push_back(doc.make(fmt::format("{}{}:", pad, change.id)));
    added.push_back(doc.make(fmt::format("{}  - {}", pad, flow_entry(change, change.note, true))));
  } else {
    added.push_back(
        doc.make(fmt::format("{}{}: {}", pad, change.id, flow_entry(change, change.note, false))));
  }
  if (end == lines.size()) doc.final_newline = true;
  lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(end), added.begin(), added.end());
  result.text = doc.join();
  return result;
}

namespace {

std::vector<std::string> item_ids(const Plan& plan) {
  std::vector<std::string> ids;
  for (const auto& task : plan.tasks) {
    if (task.id.present) ids.push_back(task.id.value);
  }
  for (const auto& r : plan.responsibilities) {
    for (const auto& duty : r.duties) {
      if (duty.id.present) ids.push_back(duty.id.value);
    }
  }
  return ids;
}

}  // namespace

bool plan_has_item(const Plan& plan, std::string_view id) {
  if (id == reporting_item && plan.reporting && plan.reporting->due.phrase.present) return true;
  const auto ids = item_ids(plan);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const DueField* item_due(const Plan& plan, std::string_view id) {
  if (id == reporting_item) return plan.reporting ? &plan.reporting->due : nullptr;
  for (const auto& task : plan.tasks) {
    if (task.id.present && task.id.value == id) return &task.due;
  }
  for (const auto& r : plan.responsibilities) {
    for (const auto& duty : r.duties) {
      if (duty.id.present && duty.id.value == id) return &duty.due;
    }
  }
  return nullptr;
}

std::vector<std::string> nearest_item_ids(const Plan& plan, std::string_view id) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (auto& candidate : item_ids(plan)) {
    const std::size_t d = yaml_tree::edit_distance(id, candidate, yaml_tree::Edits::with_swaps);
    // Near enough to be a typo (a third of the longer id, at least two edits), or the start of
    // a longer id ("trien-khai" for "trien-khai-ke-hoach").
    const std::size_t limit = std::max<std::size_t>(2, std::max(id.size(), candidate.size()) / 3);
    if (d <= limit || (id.size() >= 3 && candidate.find(id) != std::string::npos)) {
      scored.emplace_back(d, std::move(candidate));
    }
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.push_back(scored[i].second);
  return out;
}

}  // namespace kehoach
