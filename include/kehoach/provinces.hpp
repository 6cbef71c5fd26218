// The provinces and centrally run cities (đơn vị hành chính cấp tỉnh) before and after
// Nghị quyết 202/2025/QH15: 63 until 11/06/2025, 34 from 12/06/2025, as data shipped with
// kehoach (data/provinces.yaml, compiled into the binary).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/date.hpp"

namespace kehoach {

/// One province or city of the 34, with the former ones it was formed from.
struct Province {
  std::string name;                 ///< "Tây Ninh"
  std::string kind;                 ///< "tỉnh" or "thành phố"
  std::vector<std::string> former;  ///< "Tây Ninh", "Long An"
  /// `name` and `former` folded to ASCII (fold_ascii), as lookups compare them: filled by
  /// parse_province_table() and in the built-in table at build time; folded at each lookup when
  /// left empty.
  std::string folded_name;
  std::vector<std::string> folded_former;
  /// For a centrally run city made one recently, the first day it was (Huế: 01/01/2025, a city
  /// of Thừa Thiên Huế of the district level before); nullopt when it was long before any plan.
  std::optional<Date> central_from;

  /// Whether this is a centrally run city on `day`: a "thành phố" of the table, from its
  /// `central_from`.
  [[nodiscard]] bool central_city_on(const Date& day) const;
};

/// The table of provinces.
struct ProvinceTable {
  std::string resolution;  ///< "202/2025/QH15"
  Date effective;          ///< the day the 34 exist in law (12/06/2025)
  Date operating;          ///< the day their governments took over (01/07/2025)
  std::vector<Province> provinces;

  /// The province that the former province `name` became part of, when `name` (compared
  /// folded, without diacritics) is a former province that is no longer one of its own;
  /// nullptr for a current province or an unknown name.
  [[nodiscard]] const Province* successor_of(std::string_view name) const;
};

/// A former province named in a text such as "UBND tỉnh Long An", and what it became.
struct FormerProvince {
  std::string name;  ///< as the table writes it: "Long An"
  const Province* successor = nullptr;
};

/// The first former province named after "tỉnh" or "thành phố" in `text`, or nullopt.
[[nodiscard]] std::optional<FormerProvince> find_former_province(std::string_view text,
                                                                 const ProvinceTable& table);

/// The table shipped with kehoach (data/provinces.yaml, compiled into C++ data at build time).
[[nodiscard]] const ProvinceTable& builtin_provinces();
/// Reads a table in the format of data/provinces.yaml, named `file` in errors; throws
/// std::runtime_error "provinces table: FILE:LINE:COLUMN: MESSAGE" when malformed (a name or a
/// former province listed twice, a `kind` other than `tỉnh` or `thành phố`, an empty `former`).
[[nodiscard]] ProvinceTable parse_province_table(std::string_view yaml_text,
                                                 const std::string& file = "data/provinces.yaml");

}  // namespace kehoach
