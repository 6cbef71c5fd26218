// The plan loader's type errors, required-key errors and unknown-key suggestions come from the
// format's table (src/core/read/fields.cpp): for every key of every mapping of the table, a plan
// built from the table with that one key wrong gets the error its type and its flags say.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kehoach/load.hpp"
#include "read/fields.hpp"

using kehoach::format::Field;
using kehoach::format::Table;
using kehoach::format::Type;

namespace {

std::string valid_value(const Field& field);

// A flow mapping with the required keys of `table` (and `extra`, in place of `skip`).
std::string minimal(const Table& table, std::string_view skip = {}, std::string_view extra = {}) {
  std::string out = "{";
  for (const Field& field : table.fields) {
    if (!field.required || field.key == skip) continue;
    out += std::string(field.key) + ": " + valid_value(field) + ", ";
  }
  out += extra;
  if (out.ends_with(", ")) out.resize(out.size() - 2);
  return out + "}";
}

std::string valid_value(const Field& field) {
  switch (field.type) {
    case Type::choice:
    case Type::level:
    case Type::kind:
    case Type::str: return field.allowed.empty() ? "x" : std::string(field.allowed.front());
    case Type::text:
    case Type::id: return "a";
    case Type::phrase: return "Quý I năm 2025";
    case Type::date: return "2025-01-30";
    case Type::issue_date:
    case Type::year: return "2025";
    case Type::boolean: return "true";
    case Type::strings:
    case Type::ids: return "[a]";
    case Type::levels: return "[commune]";
    case Type::mapping: return minimal(*field.table);
    case Type::mappings: return "[" + minimal(*field.table) + "]";
  }
  return "x";
}

// A value of the wrong type for `field`, and the error it gets, in English.
std::pair<std::string, std::string> wrong(const Field& field) {
  const std::string key = "`" + std::string(field.key) + "`";
  switch (field.type) {
    case Type::mapping: return {"1", key + " must be a mapping"};
    case Type::mappings:
    case Type::strings:
    case Type::ids:
    case Type::levels: return {"1", key + " must be a list"};
    case Type::text: return {"{x: 1}", key + " must be a string or a list of strings"};
    case Type::date: return {"{x: 1}", key + " must be a date written YYYY-MM-DD"};
    case Type::issue_date:
      return {"{x: 1}", key + " must be a date written YYYY-MM-DD, YYYY-MM or YYYY"};
    case Type::year: return {"{x: 1}", key + " must be an integer"};
    case Type::boolean: return {"{x: 1}", key + " must be true or false"};
    case Type::str:
    case Type::phrase:
    case Type::id:
    case Type::choice:
    case Type::level:
    case Type::kind: return {"{x: 1}", key + " must be a string"};
  }
  return {};
}

// One mapping of the format: its table, and how to put a mapping written for it into a plan.
struct Place {
  const Table* table;
  std::vector<const Field*> path;  ///< the keys leading to it from the top level
};

std::vector<Place> places() {
  std::vector<Place> out{{&kehoach::format::plan_table, {}}};
  for (std::size_t i = 0; i < out.size(); ++i) {
    for (const Field& field : out[i].table->fields) {
      if (!field.table) continue;
      // The progress table is shared by tasks and duties: checking it once is enough.
      const bool seen = std::any_of(out.begin(), out.end(),
                                    [&](const Place& p) { return p.table == field.table; });
      if (seen) continue;
      Place place{field.table, out[i].path};
      place.path.push_back(&field);
      out.push_back(place);
    }
  }
  return out;
}

// The plan whose mapping at `place` is `inner`, everything else minimal.
std::string plan_with(const Place& place, const std::string& inner) {
  std::string value = inner;
  for (std::size_t i = place.path.size(); i-- > 0;) {
    const Field& field = *place.path[i];
    const Table& outer = i == 0 ? kehoach::format::plan_table : *place.path[i - 1]->table;
    const std::string written = field.type == Type::mappings ? "[" + value + "]" : value;
    value = minimal(outer, field.key, std::string(field.key) + ": " + written);
  }
  return value;
}

// Whether `result` has a diagnostic `code` whose English text is `en`, or `en` followed by
// " in `…`" (the mapping's context), and whose hint is `hint` when one is given.
bool has(const kehoach::LoadResult& result, std::string_view code, std::string_view en,
         std::string_view hint = {}) {
  return std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const auto& d) {
    const std::string_view text = d.message.en;
    return d.code == code && text.starts_with(en) &&
           (text.size() == en.size() || text.substr(en.size()).starts_with(" in `")) &&
           (hint.empty() || d.hint.en == hint);
  });
}

}  // namespace

TEST_CASE("A plan built from the format's table alone loads without a diagnostic") {
  const std::string text = minimal(kehoach::format::plan_table);
  CHECK(text ==
        "{format: kehoach/1, status: draft, issuer: {name: x, level: national}, year: 2025, "
        "title: x}");
  const auto result = kehoach::load_plan(text, "plan.yaml");
  CHECK(result.diagnostics.empty());
  CHECK(result.plan.issuer.level.present);
}

TEST_CASE("Every key of the table gets the type error of its type") {
  std::size_t checked = 0;
  for (const Place& place : places()) {
    for (const Field& field : place.table->fields) {
      const auto [value, message] = wrong(field);
      const std::string text =
          plan_with(place, minimal(*place.table, field.key, std::string(field.key) + ": " + value));
      const auto result = kehoach::load_plan(text, "plan.yaml");
      INFO(text);
      CHECK(has(result, "KH002", message));
      ++checked;
    }
  }
  // Every key of every mapping: 23 top-level keys and 64 below (progress counted once).
  CHECK(checked == 87);
}

TEST_CASE("Every required key of the table is reported missing, and only those") {
  std::size_t required = 0;
  for (const Place& place : places()) {
    for (const Field& field : place.table->fields) {
      if (!field.required) continue;
      const std::string text = plan_with(place, minimal(*place.table, field.key));
      const auto result = kehoach::load_plan(text, "plan.yaml");
      INFO(text);
      CHECK(has(result, "KH008", "missing required key `" + std::string(field.key) + "`"));
      CHECK(result.diagnostics.size() == 1);
      ++required;
    }
  }
  CHECK(required == 19);
}

TEST_CASE("A key with two letters swapped is suggested from the table") {
  std::size_t suggested = 0;
  for (const Place& place : places()) {
    for (const Field& field : place.table->fields) {
      std::string typo(field.key);
      if (typo.size() < 5 || typo[typo.size() - 1] == typo[typo.size() - 2]) continue;
      std::swap(typo[typo.size() - 1], typo[typo.size() - 2]);
      const std::string text = plan_with(place, minimal(*place.table, {}, typo + ": a"));
      const auto result = kehoach::load_plan(text, "plan.yaml");
      INFO(text);
      CHECK(has(result, "KH003", "unknown key `" + typo + "`",
                "did you mean `" + std::string(field.key) + "`?"));
      ++suggested;
    }
  }
  CHECK(suggested > 40);
}
