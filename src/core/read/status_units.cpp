// Reading units files (kehoach-units/1): the units a Sở Tư pháp expects a plan from. A units
// file is a user's input like a plan: every problem is reported with its position, nothing
// throws, and hostile YAML is refused by the reading the plan loader uses (yaml_tree).
#include <fmt/format.h>

#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/status.hpp"
#include "kehoach/text.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach {

namespace {

using namespace yaml_tree;

const Message start_hint{"một danh sách đơn vị bắt đầu bằng `format: kehoach-units/1`",
                         "a units file starts with `format: kehoach-units/1`"};

const Dialect units_dialect{
    .max_bytes = max_units_bytes,
    // units → entry → key: anything much deeper is a mistake.
    .max_depth = 16,
    .what = {"một danh sách đơn vị", "a units file"},
    .start_hint = start_hint,
    .utf8_hint = {"lưu tệp với bảng mã UTF-8", "save the file as UTF-8"},
    .control_hint = {"xóa ký tự này", "delete it"},
    .second_document_hint = {"một danh sách đơn vị chỉ chứa một tài liệu",
                             "a units file holds one document"},
};

constexpr std::array<Key, 3> file_keys{{{"format", true}, {"title"}, {"units", true}}};
constexpr std::array<Key, 3> unit_keys{{{"name", true}, {"level", true}, {"file"}}};
// The levels a unit below a parent plan can have.
constexpr std::array<std::string_view, 5> unit_levels{"ministry", "province", "department",
                                                      "district", "commune"};

class Mapper {
 public:
  Mapper(const std::vector<Node>& nodes, Sink& sink) : m_nodes(nodes), m_sink(sink) {}

  void file(const Node& root, UnitList& out) {
    const Node* format = value_of(m_nodes, root, "format");
    if (format && format->kind == NodeKind::scalar && format->value != units_format) {
      const std::string written = nfc(format->value);
      m_sink.add(
          "KH012", format->at,
          {fmt::format("phiên bản định dạng `{}` không được hỗ trợ cho danh sách đơn vị", written),
           fmt::format("unsupported units file format `{}`", written)},
          start_hint);
      return;
    }
    const Fields f(m_nodes, root, "", file_keys, units_dialect, m_sink);
    out.format = str(f["format"], "format");
    out.title = str(f["title"], "title");
    const Node* units = f["units"];
    if (!units || units->kind == NodeKind::refused) return;
    if (units->kind != NodeKind::sequence) {
      m_sink.add("KH002", units->at,
                 {"`units` phải là một danh sách đơn vị", "`units` must be a list of units"},
                 {"mỗi đơn vị một dòng `- {name: UBND xã …, level: commune}`",
                  "one line per unit: `- {name: UBND xã …, level: commune}`"});
      return;
    }
    std::map<std::string, Position> seen;
    for (const std::size_t index : units->items) {
      const Node& entry = m_nodes[index];
      if (entry.kind == NodeKind::refused) continue;
      if (entry.kind != NodeKind::mapping) {
        m_sink.add("KH002", entry.at,
                   {"mỗi đơn vị phải là một ánh xạ có `name` và `level`",
                    "each unit must be a mapping with `name` and `level`"},
                   {"ví dụ `- {name: UBND xã Tân Biên, level: commune}`",
                    "e.g. `- {name: UBND xã Tân Biên, level: commune}`"});
        continue;
      }
      const Fields u(m_nodes, entry, "units", unit_keys, units_dialect, m_sink);
      ExpectedUnit unit;
      unit.at = entry.at;
      unit.name = str(u["name"], "name");
      unit.file = str(u["file"], "file");
      if (const Node* level = u["level"]) unit.level = read_level(*level);
      if (!unit.name.present || !unit.level.present) continue;
      const auto [it, inserted] = seen.emplace(unit_key(unit.name.value), unit.name.at);
      if (!inserted) {
        m_sink.add("KH004", unit.name.at,
                   {fmt::format("đơn vị “{}” đã có trong danh sách", unit.name.value),
                    fmt::format("the unit “{}” is listed twice", unit.name.value)},
                   {fmt::format("đã ghi ở dòng {}", it->second.line),
                    fmt::format("first listed on line {}", it->second.line)});
        continue;
      }
      out.units.push_back(std::move(unit));
    }
  }

 private:
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

  Located<Level> read_level(const Node& n) {
    if (n.kind == NodeKind::refused) return {};
    if (n.kind == NodeKind::scalar) {
      for (const auto key : unit_levels) {
        if (n.value == key) return {*level_from_key(key), n.at, true};
      }
      refuse_value(n, "level", unit_levels, units_dialect, m_sink);
      return {};
    }
    m_sink.add("KH002", n.at, {"`level` phải là một chuỗi", "`level` must be a string"});
    return {};
  }

  const std::vector<Node>& m_nodes;
  Sink& m_sink;
};

}  // namespace

std::string unit_key(std::string_view name) {
  std::string folded = fold_ascii(name);
  for (const std::string_view long_form : {"uy ban nhan dan", "uy ban nhan"}) {
    for (auto at = folded.find(long_form); at != std::string::npos; at = folded.find(long_form)) {
      folded.replace(at, long_form.size(), "ubnd");
    }
  }
  if (folded.starts_with("ubnd ")) folded.erase(0, 5);
  return folded;
}

UnitsLoadResult load_units(std::string_view text, const std::string& file_name) {
  UnitsLoadResult result;
  result.units.file = file_name;
  yaml_tree::guarded(result.diagnostics, file_name, [&](Sink& sink) {
    const auto tree = yaml_tree::read(text, result.text, units_dialect, sink);
    if (!tree) return;
    Mapper(tree->nodes, sink).file(tree->nodes[tree->root], result.units);
  });
  return result;
}

}  // namespace kehoach
