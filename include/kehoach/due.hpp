// Deadline phrases (thời hạn): the forms officials write, read into typed dates.
#pragma once

#include <string_view>
#include <variant>

#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// The outcome of reading a phrase: a Deadline, or why the phrase could not be read.
struct DueResult {
  std::optional<Deadline> deadline;  ///< set when the phrase was read
  Message error;                     ///< set when it was not: why, in both languages
  bool needs_year = false;           ///< it failed only for want of a year (plan_year was 0)

  [[nodiscard]] bool ok() const { return deadline.has_value(); }
};

/// Reads a deadline phrase. `plan_year` supplies the year when the phrase has none
/// (0 = no plan year: such a phrase is then an error). Input may be NFC or NFD.
/// Event-relative phrases read as DueKind::event with no dates (not an error);
/// impossible dates (31/02) and unrecognised text are errors.
[[nodiscard]] DueResult parse_due(std::string_view phrase, int plan_year);

}  // namespace kehoach
