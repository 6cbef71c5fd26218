// The plan format described once: every key of a kehoach/1 plan, its type, whether it is
// required, its allowed values, a one-line description in Vietnamese and English, and the member
// of the model (model.hpp) it fills. The loader (load.cpp) maps the YAML tree into the model by
// walking these tables, and takes its unknown-key, wrong-type and required-key errors from them;
// tests/format checks that schemas/plan.schema.json and man/kehoach-plan.5 say the same.
// Internal: only the loader and the format test include it.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "kehoach/model.hpp"
#include "read/yaml_tree.hpp"

namespace kehoach::format {

/// What a key's value is, as the format (schema, manual) names it.
enum class Type {
  str,         ///< a scalar read as the text written
  text,        ///< a str or a list of str (paragraphs)
  phrase,      ///< a deadline phrase (a str read by due.hpp)
  date,        ///< YYYY-MM-DD, a real day
  issue_date,  ///< YYYY-MM-DD, YYYY-MM or YYYY
  year,        ///< an unquoted integer within 1900–2100
  id,          ///< ASCII letters, digits, `.`, `_`, `-`
  choice,      ///< one of `allowed`
  level,       ///< one of the levels (`allowed`)
  kind,        ///< one of the task kinds (`allowed`)
  boolean,     ///< true or false
  strings,     ///< a list of str
  ids,         ///< a list of id
  levels,      ///< a list of level
  mapping,     ///< a mapping with the keys of `table`
  mappings,    ///< a list of mappings with the keys of `table`
};

/// The C++ type of the model member a key fills: what the loader may cast it to.
enum class Slot {
  text,             ///< Text
  texts,            ///< std::vector<Text>
  level,            ///< Located<Level>
  levels,           ///< std::vector<Located<Level>>
  kind,             ///< Located<TaskKind>
  status,           ///< Located<Status>
  due,              ///< DueField
  date,             ///< Located<Date>
  issue_date,       ///< IssueDate
  integer,          ///< Located<int>
  boolean,          ///< Located<bool>
  record,           ///< a struct with a table of its own
  optional_record,  ///< std::optional of such a struct
  records,          ///< std::vector of such structs
};

struct Table;

/// One key as the documentation describes it.
struct Doc {
  std::string_view key;
  Type type = Type::str;
  bool required = false;
  std::span<const std::string_view> allowed{};  ///< choice, level, kind: the values, in order
  std::string_view vi;                          ///< one line, Vietnamese
  std::string_view en;                          ///< one line, English
  std::string_view model;                       ///< where it lands: "Task::title"
  const Table* table = nullptr;                 ///< mapping, mappings: the keys inside
};

/// One key, with the model member it fills.
struct Field : Doc {
  Slot slot = Slot::text;
  void* (*member)(void* record) = nullptr;  ///< the member, in a record of the table's struct
  void* (*entry)(void* member) = nullptr;   ///< records: a new record in the member, to fill
};

/// The keys of one mapping of the format, and the struct they fill.
struct Table {
  std::span<const Field> fields;
  std::span<const yaml_tree::Key> keys;     ///< the same keys, as yaml_tree::Fields checks them
  Position* (*at)(void* record) = nullptr;  ///< where the struct keeps its first key's position
};

/// The top level of a plan file (kehoach/1).
extern const Table plan_table;

/// The format versions a plan file may name in `format`.
inline constexpr std::array<std::string_view, 1> plan_formats{"kehoach/1"};

/// The progress statuses (`progress.status` of a plan, `status` of a progress file), in the order
/// of ProgressStatus (progress.hpp).
inline constexpr std::array<std::string_view, 4> progress_statuses{"not_started", "in_progress",
                                                                   "done", "cancelled"};

/// The name of a type as the format test prints it: "str", "mappings".
[[nodiscard]] std::string_view type_name(Type type);

// ---------------------------------------------------------------------------------------------
// Building the tables (fields.cpp): each key is bound to its member at compile time, and a key
// whose type does not fit its member's C++ type does not compile.

namespace detail {

template <class T>
struct Shape {
  using record = T;
  static constexpr Slot slot = Slot::record;
};
template <class T>
struct Shape<std::optional<T>> {
  using record = T;
  static constexpr Slot slot = Slot::optional_record;
};
template <class T>
struct Shape<std::vector<T>> {
  using record = T;
  static constexpr Slot slot = Slot::records;
};

template <class T>
consteval Slot slot_of() {
  if constexpr (std::is_same_v<T, Text>) return Slot::text;
  if constexpr (std::is_same_v<T, std::vector<Text>>) return Slot::texts;
  if constexpr (std::is_same_v<T, Located<Level>>) return Slot::level;
  if constexpr (std::is_same_v<T, std::vector<Located<Level>>>) return Slot::levels;
  if constexpr (std::is_same_v<T, Located<TaskKind>>) return Slot::kind;
  if constexpr (std::is_same_v<T, Located<Status>>) return Slot::status;
  if constexpr (std::is_same_v<T, DueField>) return Slot::due;
  if constexpr (std::is_same_v<T, Located<Date>>) return Slot::date;
  if constexpr (std::is_same_v<T, IssueDate>) return Slot::issue_date;
  if constexpr (std::is_same_v<T, Located<int>>) return Slot::integer;
  if constexpr (std::is_same_v<T, Located<bool>>) return Slot::boolean;
  return Shape<T>::slot;
}

consteval bool fits(Type type, Slot slot) {
  switch (type) {
    case Type::str:
    case Type::id: return slot == Slot::text;
    case Type::choice: return slot == Slot::text || slot == Slot::status;
    case Type::text:
    case Type::strings:
    case Type::ids: return slot == Slot::texts;
    case Type::phrase: return slot == Slot::due;
    case Type::date: return slot == Slot::date;
    case Type::issue_date: return slot == Slot::issue_date;
    case Type::year: return slot == Slot::integer;
    case Type::level: return slot == Slot::level;
    case Type::kind: return slot == Slot::kind;
    case Type::boolean: return slot == Slot::boolean;
    case Type::levels: return slot == Slot::levels;
    case Type::mapping: return slot == Slot::record || slot == Slot::optional_record;
    case Type::mappings: return slot == Slot::records;
  }
  return false;
}

template <class M>
struct MemberOf;
template <class R, class T>
struct MemberOf<T R::*> {
  using record = R;
  using type = T;
};

template <auto member>
void* member_in(void* record) {
  using R = typename MemberOf<decltype(member)>::record;
  return &(static_cast<R*>(record)->*member);
}

template <class T>
void* entry_in(void* member) {
  auto* m = static_cast<T*>(member);
  if constexpr (Shape<T>::slot == Slot::optional_record) {
    return &m->emplace();
  } else if constexpr (Shape<T>::slot == Slot::records) {
    return &m->emplace_back();
  } else {
    return m;
  }
}

template <class R>
Position* at_in(void* record) {
  return &static_cast<R*>(record)->at;
}

}  // namespace detail

/// `doc` bound to `member`; refused at compile time when the type does not fit the member, or a
/// mapping has no table.
template <auto member>
consteval Field bind(Doc doc) {
  using T = typename detail::MemberOf<decltype(member)>::type;
  constexpr Slot slot = detail::slot_of<T>();
  if (!detail::fits(doc.type, slot)) throw "the key's type does not fit its member";
  const bool nested = doc.type == Type::mapping || doc.type == Type::mappings;
  if (nested != (doc.table != nullptr)) throw "a mapping needs a table, and only a mapping";
  Field out;
  static_cast<Doc&>(out) = doc;
  out.slot = slot;
  out.member = &detail::member_in<member>;
  if constexpr (slot == Slot::record || slot == Slot::optional_record || slot == Slot::records) {
    out.entry = &detail::entry_in<T>;
  }
  return out;
}

/// The keys of `fields`, for yaml_tree::Fields.
template <std::size_t n>
consteval std::array<yaml_tree::Key, n> keys_of(const std::array<Field, n>& fields) {
  std::array<yaml_tree::Key, n> out{};
  for (std::size_t i = 0; i < n; ++i) out[i] = {fields[i].key, fields[i].required};
  return out;
}

/// The table of the struct `R`, whose keys are `fields` (and `keys`, the same).
template <class R>
consteval Table table(std::span<const Field> fields, std::span<const yaml_tree::Key> keys) {
  Table out{fields, keys, nullptr};
  if constexpr (requires(R r) { r.at; }) out.at = &detail::at_in<R>;
  return out;
}

}  // namespace kehoach::format
