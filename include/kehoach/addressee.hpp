// Who a duty of a parent plan is addressed to: decided from the responsibility's named agency
// as well as its level. A group ("Các sở, ban, ngành tỉnh", "UBND các xã") means every body at
// that level; one named body ("Sở Tư pháp") means that body only, so a Sở Tài chính plan is not
// asked to do what the province plan gives the Sở Tư pháp.
// (A small rule on names, meant to give way to a model of agencies when one exists.)
#pragma once

#include <string_view>

#include "kehoach/model.hpp"

namespace kehoach {

/// True when `agency` names a group of bodies rather than one body.
[[nodiscard]] bool names_a_group(std::string_view agency);

/// True when the responsibility `r` of a parent plan is addressed to the body that issues
/// `child` (its level matches, and it names a group or that very body).
[[nodiscard]] bool addressed_to(const Responsibility& r, const Issuer& child);

}  // namespace kehoach
