// The legal acts these plans cite (văn bản căn cứ), as data shipped with kehoach
// (data/acts.yaml, compiled into the binary): which act replaced which, and from when.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"

namespace kehoach {

/// One legal act of the table.
struct LegalAct {
  std::string ref;   ///< "59/2012/NĐ-CP"
  std::string kind;  ///< "Nghị định"
  Date date;         ///< ngày ban hành
  std::string issuer;
  std::string title;
  std::optional<Date> in_force;       ///< hiệu lực từ
  std::string replaced_by;            ///< ref of the act that replaced it, if sourced
  std::optional<Date> replaced_from;  ///< first day it is no longer in force
  /// The successor is sourced, but the clause that ends this act was not read (data says
  /// `replacement_clause: unverified`): the warning says so.
  bool replacement_clause_unverified = false;
  /// A replacement that is commonly read but not verified: reported as a note only.
  std::string reported_replaced_by;
  std::optional<Date> reported_replaced_from;
  std::vector<std::string> sources;
  bool uncertain = false;
  std::string note;
};

/// The table of legal acts.
struct ActTable {
  std::vector<LegalAct> acts;
  /// The act with this reference (compared after NFC and case folding), or nullptr.
  [[nodiscard]] const LegalAct* find(std::string_view ref) const;
};

/// The table shipped with kehoach (data/acts.yaml, compiled into C++ data at build time).
[[nodiscard]] const ActTable& builtin_acts();
/// Reads a table in the format of data/acts.yaml, named `file` in errors; throws
/// std::runtime_error "acts table: FILE:LINE:COLUMN: MESSAGE" on a malformed table (the build
/// reads the shipped table with it, so a bad table stops the build, never a user's run).
[[nodiscard]] ActTable parse_act_table(std::string_view yaml_text,
                                       const std::string& file = "data/acts.yaml");

}  // namespace kehoach
