// KH139: a task or duty whose own text states a deadline date its `due` does not agree with.
#pragma once

#include <vector>

#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// Adds to `out` a KH139 warning for each text of a task (title, description, output) or a
/// duty (text) that states a deadline with a full date ("chậm nhất ngày 25/11/2026", "trước
/// ngày 10 tháng 11 năm 2026") which the item's own `due` does not read to: another day when
/// `due` is a day, a day outside it when `due` is a month, quarter, year or range. A cited
/// document's date, a date without its year, and an ongoing, periodic or event `due` are left
/// alone.
void check_text_deadlines(const Plan& plan, std::vector<Diagnostic>& out);

}  // namespace kehoach
