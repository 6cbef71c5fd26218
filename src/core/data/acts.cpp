#include "kehoach/acts.hpp"

#include <array>
#include <optional>

#include "data/table_reader.hpp"
#include "kehoach/text.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach {

namespace {

using yaml_tree::Key;
using yaml_tree::Node;

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

LegalAct read_act(const Node& map, const yaml_tree::Dialect& dialect, data_table::Values& v) {
  const yaml_tree::Fields f(v.nodes(), map, "acts", act_keys, dialect, v.sink());
  LegalAct act;
  act.ref = v.str(f["ref"]);
  act.kind = v.str(f["kind"]);
  act.date = v.date(f["date"]).value_or(Date{});
  act.issuer = v.str(f["issuer"]);
  act.title = v.str(f["title"]);
  act.in_force = v.date(f["in_force"]);
  act.replaced_by = v.str(f["replaced_by"]);
  act.replaced_from = v.date(f["replaced_from"]);
  act.replacement_clause_unverified = v.str(f["replacement_clause"]) == "unverified";
  act.reported_replaced_by = v.str(f["reported_replaced_by"]);
  act.reported_replaced_from = v.date(f["reported_replaced_from"]);
  act.sources = v.strings(f["source"]);
  act.uncertain = v.boolean(f["uncertain"]);
  act.note = v.str(f["note"]);
  return act;
}

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

ActTable parse_act_table(std::string_view yaml_text, const std::string& file) {
  // The table is data kehoach ships, read with the plan reader's rules (and its messages, for
  // whoever edits data/acts.yaml).
  const auto dialect = data_table::dialect({"bảng văn bản", "an acts table"}, "acts");
  ActTable table;
  data_table::read_table(yaml_text, file, "acts table", dialect, root_keys,
                         [&](const yaml_tree::Fields& root, data_table::Values& v) {
                           for (const Node* entry : v.mappings(root["acts"], "acts")) {
                             table.acts.push_back(read_act(*entry, dialect, v));
                           }
                         });
  return table;
}

}  // namespace kehoach
