// Reading the data tables kehoach ships (data/acts.yaml, data/holidays.yaml,
// data/provinces.yaml) with the plan reader. The tables are read at build time only, by
// src/gen/data_to_cpp.cpp, which compiles them into C++ data: a table with an error stops the
// build with its file, line and column, so a user never runs a kehoach built from a bad table.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach::data_table {

/// Reads the values of a table's nodes, reporting a value of the wrong type as KH002.
class Values {
 public:
  Values(const std::vector<yaml_tree::Node>& nodes, yaml_tree::Sink& sink)
      : m_nodes(nodes), m_sink(sink) {}

  /// The node at index `i` of the tree.
  [[nodiscard]] const yaml_tree::Node& node(std::size_t i) const { return m_nodes[i]; }
  /// The nodes of the tree.
  [[nodiscard]] const std::vector<yaml_tree::Node>& nodes() const { return m_nodes; }
  /// Where problems go.
  [[nodiscard]] yaml_tree::Sink& sink() const { return m_sink; }

  /// A string in NFC; empty when absent or not a string (reported).
  std::string str(const yaml_tree::Node* n);
  /// A date written YYYY-MM-DD; nullopt when absent or not a real day (reported).
  std::optional<Date> date(const yaml_tree::Node* n);
  /// A whole number written in decimal digits; nullopt when absent or not one (reported).
  std::optional<int> integer(const yaml_tree::Node* n);
  /// `true` or `false`; false when absent or neither (reported).
  bool boolean(const yaml_tree::Node* n);
  /// One string, or a list of strings.
  std::vector<std::string> strings(const yaml_tree::Node* n);
  /// The entries of a list; empty when absent or not a list (reported, naming `key`).
  std::vector<const yaml_tree::Node*> list(const yaml_tree::Node* n, std::string_view key);
  /// The entries of a list that are mappings; the others are reported, naming `key`.
  std::vector<const yaml_tree::Node*> mappings(const yaml_tree::Node* n, std::string_view key);

  /// Reports `n` as not being `vi` / `en` ("một ngày YYYY-MM-DD" / "a date YYYY-MM-DD").
  void wrong(const yaml_tree::Node& n, std::string_view vi, std::string_view en);
  /// Reports a problem of the table's content at `n` (KH002).
  void problem(const yaml_tree::Node& n, Message message);

 private:
  const std::vector<yaml_tree::Node>& m_nodes;
  yaml_tree::Sink& m_sink;
};

/// The dialect of a table whose top level starts with `first_key` ("acts", "years").
[[nodiscard]] yaml_tree::Dialect dialect(Message what, std::string_view first_key);

/// Reads `yaml_text` as the table `table` ("acts table") of file `file`, checks its top-level
/// keys against `root_keys` and calls `map` with the top-level fields. Throws
/// std::runtime_error "TABLE: FILE:LINE:COLUMN: MESSAGE[; HINT]" for the first error found.
void read_table(std::string_view yaml_text, const std::string& file, std::string_view table,
                const yaml_tree::Dialect& dialect, std::span<const yaml_tree::Key> root_keys,
                const std::function<void(const yaml_tree::Fields&, Values&)>& map);

}  // namespace kehoach::data_table
