#include "kehoach/acts.hpp"

#include <fmt/format.h>

#include <array>
#include <stdexcept>
#include <utility>

#include "kehoach/text.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach {

namespace {

using namespace yaml_tree;

// The table is data kehoach ships, read with the plan reader's rules (and its messages, for
// whoever edits data/acts.yaml).
const Dialect acts_dialect{
    .max_bytes = 1024 * 1024,
    .max_depth = 8,
    .what = {"bảng văn bản", "an acts table"},
    .start_hint = {"bảng bắt đầu bằng `acts:`", "the table starts with `acts:`"},
    .utf8_hint = {"lưu tệp với bảng mã UTF-8", "save the file as UTF-8"},
    .control_hint = {"xóa ký tự này", "delete it"},
    .second_document_hint = {"một tệp chỉ chứa một bảng", "a file holds one table"},
};

constexpr std::array<Key, 1> root_keys{{{"acts", true}}};
constexpr std::array<Key, 15> act_keys{{{"ref", true},
                                        {"kind"},
                                        {"date", true},
                                        {"issuer"},
                                        {"title"},
                                        {"in_force"},
                                        {"replaced_by"},
                                        {"replaced_from"},
                                        {"replacement_clause"},
                                        {"reported_replaced_by"},
                                        {"reported_replaced_from"},
                                        {"amended_by"},
                                        {"source"},
                                        {"uncertain"},
                                        {"note"}}};

// Reads one table entry; problems go to `sink` and stop the table from being used.
class ActReader {
 public:
  ActReader(const std::vector<Node>& nodes, Sink& sink) : m_nodes(nodes), m_sink(sink) {}

  LegalAct act(const Node& map) {
    const Fields f(m_nodes, map, "acts", act_keys, acts_dialect, m_sink);
    LegalAct act;
    act.ref = str(f["ref"]);
    act.kind = str(f["kind"]);
    act.date = date(f["date"]).value_or(Date{});
    act.issuer = str(f["issuer"]);
    act.title = str(f["title"]);
    act.in_force = date(f["in_force"]);
    act.replaced_by = str(f["replaced_by"]);
    act.replaced_from = date(f["replaced_from"]);
    act.replacement_clause_unverified = str(f["replacement_clause"]) == "unverified";
    act.reported_replaced_by = str(f["reported_replaced_by"]);
    act.reported_replaced_from = date(f["reported_replaced_from"]);
    if (const Node* source = f["source"]) {
      if (source->kind == NodeKind::sequence) {
        for (const std::size_t item : source->items) act.sources.push_back(str(&m_nodes[item]));
      } else {
        act.sources.push_back(str(source));
      }
    }
    if (const Node* uncertain = f["uncertain"]) {
      act.uncertain = uncertain->plain && uncertain->value == "true";
      if (!uncertain->plain || (uncertain->value != "true" && uncertain->value != "false")) {
        wrong(*uncertain, "true hoặc false", "true or false");
      }
    }
    act.note = str(f["note"]);
    return act;
  }

 private:
  std::string str(const Node* n) {
    if (!n) return {};
    if (n->kind != NodeKind::scalar) {
      wrong(*n, "một chuỗi", "a string");
      return {};
    }
    return nfc(n->value);
  }

  std::optional<Date> date(const Node* n) {
    if (!n) return std::nullopt;
    if (n->kind == NodeKind::scalar) {
      if (const auto parsed = parse_iso_date(n->value)) return parsed;
    }
    wrong(*n, "một ngày YYYY-MM-DD", "a date YYYY-MM-DD");
    return std::nullopt;
  }

  void wrong(const Node& n, std::string_view vi, std::string_view en) {
    m_sink.add("KH002", n.at,
               {fmt::format("giá trị phải là {}", vi), fmt::format("the value must be {}", en)});
  }

  const std::vector<Node>& m_nodes;
  Sink& m_sink;
};

}  // namespace

namespace {

// The ASCII digits of `s`, in order. Folding (NFC, case, spaces) never changes them, so two
// references whose digits differ are different: most lookups end here, without folding the
// reference of every act of the table (7.7 % of validating a plan, docs/PERFORMANCE.md).
bool same_digits(std::string_view a, std::string_view b) {
  auto next = [](std::string_view s, std::size_t& i) {
    while (i < s.size() && (s[i] < '0' || s[i] > '9')) ++i;
    return i < s.size() ? s[i++] : '\0';
  };
  std::size_t i = 0;
  std::size_t j = 0;
  for (;;) {
    const char x = next(a, i);
    const char y = next(b, j);
    if (x != y) return false;
    if (x == '\0') return true;
  }
}

}  // namespace

const LegalAct* ActTable::find(std::string_view ref) const {
  std::optional<std::string> key;
  for (const auto& act : acts) {
    if (!same_digits(act.ref, ref)) continue;
    if (!key) key = fold(ref);
    if (fold(act.ref) == *key) return &act;
  }
  return nullptr;
}

ActTable parse_act_table(std::string_view yaml_text) {
  ActTable table;
  std::vector<Diagnostic> diagnostics;
  guarded(diagnostics, "data/acts.yaml", [&](Sink& sink) {
    std::string text;
    const auto tree = read(yaml_text, text, acts_dialect, sink);
    if (!tree) return;
    const Fields root(tree->nodes, tree->nodes[tree->root], "", root_keys, acts_dialect, sink);
    const Node* acts = root["acts"];
    if (!acts || acts->kind != NodeKind::sequence) {
      sink.add("KH002", tree->nodes[tree->root].at,
               {"`acts` phải là một danh sách", "`acts` must be a list"});
      return;
    }
    ActReader reader(tree->nodes, sink);
    for (const std::size_t item : acts->items) {
      const Node& entry = tree->nodes[item];
      if (entry.kind != NodeKind::mapping) {
        sink.add(
            "KH002", entry.at,
            {"mỗi mục của `acts` phải là một ánh xạ", "each entry of `acts` must be a mapping"});
        continue;
      }
      table.acts.push_back(reader.act(entry));
    }
  });
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::error) {
      throw std::runtime_error(
          fmt::format("acts table: {}:{}:{}: {}", d.file, d.at.line, d.at.column, d.message.en));
    }
  }
  return table;
}

}  // namespace kehoach
