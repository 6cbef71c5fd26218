// The built-in plan templates of `kehoach new` (internal to the core library).
//
// A template is YAML written without quoting, with these additions, expanded by generate.cpp:
//   {{name}}           a value (year, issuer, dates …); the scalar it stands in is quoted after
//                      expansion when YAML needs it (keys in generate.cpp's raw list excepted)
//   {{@name}}          on a line of its own: a block made in code or from another template
//                      (head, header, basis, parent, focus_areas, tasks)
//   {{#cond}} … {{/}}  lines kept only when `cond` holds: old (plan year up to 2025, the acts
//                      of 2012–2021), new (from 2026, the acts of 2025), template, derived
//   #vi … / #en …      a comment line kept only in that language (the `#vi ` is removed)
#pragma once

#include <string_view>

#include "kehoach/model.hpp"

namespace kehoach::templates {

/// The whole plan of a level (province, department, district, commune), or empty.
[[nodiscard]] std::string_view plan(Level level);
/// The standard focus areas of a level (the entries under `focus_areas:`).
[[nodiscard]] std::string_view focus_areas(Level level);
/// The standard tasks of a level (the entries under `tasks:`).
[[nodiscard]] std::string_view tasks(Level level);
/// The legal basis, the same at every level (`basis_lead` and `basis`).
[[nodiscard]] std::string_view basis();
/// The opening lines, the same at every level: from `format` to `year`.
[[nodiscard]] std::string_view head();

}  // namespace kehoach::templates
