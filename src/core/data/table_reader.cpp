#include "data/table_reader.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace kehoach::data_table {

using yaml_tree::Node;
using yaml_tree::NodeKind;

std::string Values::str(const Node* n) {
  if (!n) return {};
  if (n->kind != NodeKind::scalar) {
    wrong(*n, "một chuỗi", "a string");
    return {};
  }
  return yaml_tree::nfc(n->value);
}

std::optional<Date> Values::date(const Node* n) {
  if (!n) return std::nullopt;
  if (n->kind == NodeKind::scalar) {
    if (const auto parsed = parse_iso_date(n->value)) return parsed;
  }
  wrong(*n, "một ngày YYYY-MM-DD", "a date YYYY-MM-DD");
  return std::nullopt;
}

std::optional<int> Values::integer(const Node* n) {
  if (!n) return std::nullopt;
  // At most nine digits: no overflow, and no year or count of a table comes near.
  bool digits = n->kind == NodeKind::scalar && n->plain && !n->value.empty() &&
                n->value.size() <= 9 && n->value[0] != '0';
  int value = 0;
  for (const char c : digits ? std::string_view(n->value) : std::string_view()) {
    if (c < '0' || c > '9') {
      digits = false;
      break;
    }
    value = value * 10 + (c - '0');
  }
  if (!digits) {
    wrong(*n, "một số nguyên dương", "a positive whole number");
    return std::nullopt;
  }
  return value;
}

bool Values::boolean(const Node* n) {
  if (!n) return false;
  if (n->kind == NodeKind::scalar && n->plain && (n->value == "true" || n->value == "false")) {
    return n->value == "true";
  }
  wrong(*n, "true hoặc false", "true or false");
  return false;
}

std::vector<std::string> Values::strings(const Node* n) {
  std::vector<std::string> out;
  if (!n) return out;
  if (n->kind != NodeKind::sequence) {
    out.push_back(str(n));
    return out;
  }
  for (const std::size_t item : n->items) out.push_back(str(&m_nodes[item]));
  return out;
}

std::vector<const Node*> Values::list(const Node* n, std::string_view key) {
  std::vector<const Node*> out;
  if (!n) return out;
  if (n->kind != NodeKind::sequence) {
    problem(*n, {fmt::format("`{}` phải là một danh sách", key),
                 fmt::format("`{}` must be a list", key)});
    return out;
  }
  for (const std::size_t item : n->items) out.push_back(&m_nodes[item]);
  return out;
}

std::vector<const Node*> Values::mappings(const Node* n, std::string_view key) {
  std::vector<const Node*> out;
  for (const Node* entry : list(n, key)) {
    if (entry->kind == NodeKind::mapping) {
      out.push_back(entry);
    } else {
      problem(*entry, {fmt::format("mỗi mục của `{}` phải là một ánh xạ", key),
                       fmt::format("each entry of `{}` must be a mapping", key)});
    }
  }
  return out;
}

void Values::wrong(const Node& n, std::string_view vi, std::string_view en) {
  problem(n, {fmt::format("giá trị phải là {}", vi), fmt::format("the value must be {}", en)});
}

void Values::problem(const Node& n, Message message) {
  m_sink.add("KH002", n.at, std::move(message));
}

yaml_tree::Dialect dialect(Message what, std::string_view first_key) {
  return yaml_tree::Dialect{
      .max_bytes = 1024 * 1024,
      .max_depth = 8,
      .what = std::move(what),
      .start_hint = {fmt::format("bảng bắt đầu bằng `{}:`", first_key),
                     fmt::format("the table starts with `{}:`", first_key)},
      .utf8_hint = {"lưu tệp với bảng mã UTF-8", "save the file as UTF-8"},
      .control_hint = {"xóa ký tự này", "delete it"},
      .second_document_hint = {"một tệp chỉ chứa một bảng", "a file holds one table"},
  };
}

void read_table(std::string_view yaml_text, const std::string& file, std::string_view table,
                const yaml_tree::Dialect& dialect, std::span<const yaml_tree::Key> root_keys,
                const std::function<void(const yaml_tree::Fields&, Values&)>& map) {
  std::vector<Diagnostic> diagnostics;
  yaml_tree::guarded(diagnostics, file, [&](yaml_tree::Sink& sink) {
    std::string text;
    const auto tree = yaml_tree::read(yaml_text, text, dialect, sink);
    if (!tree) return;
    const yaml_tree::Fields root(tree->nodes, tree->nodes[tree->root], "", root_keys, dialect,
                                 sink);
    Values values(tree->nodes, sink);
    map(root, values);
  });
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::error) {
      throw std::runtime_error(fmt::format("{}: {}:{}:{}: {}{}{}", table, d.file, d.at.line,
                                           d.at.column, d.message.en, d.hint.en.empty() ? "" : "; ",
                                           d.hint.en));
    }
  }
}

}  // namespace kehoach::data_table
