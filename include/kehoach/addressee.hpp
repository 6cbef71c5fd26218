// Who a duty of a parent plan is addressed to: decided from the responsibility's named agency
// as well as its level. A group ("Các sở, ban, ngành tỉnh", "UBND các xã") means every body at
// that level; one named body ("Sở Tư pháp") means that body only, so a Sở Tài chính plan is not
// asked to do what the province plan gives the Sở Tư pháp.
// (A small rule on names, meant to give way to a model of agencies when one exists.)
#pragma once

#include <string_view>
#include <vector>

#include "kehoach/model.hpp"

namespace kehoach {

/// True when `agency` names a group of bodies rather than one body.
[[nodiscard]] bool names_a_group(std::string_view agency);

/// True when the responsibility `r` of a parent plan is addressed to the body that issues
/// `child` (its level matches, and it names a group or that very body).
[[nodiscard]] bool addressed_to(const Responsibility& r, const Issuer& child);

/// The lower levels a task of a plan at `plan_level` is addressed to by its lead alone, for a
/// task without `levels`: the levels of the groups of bodies its lead names ("UBND các xã,
/// phường" → commune, "Các sở, ban, ngành tỉnh" → department, "UBND cấp huyện, cấp xã" →
/// district and commune), in the order named. One named body ("Sở Tư pháp", "Chủ tịch UBND
/// tỉnh") addresses no level: it is that body's own work. Bodies named as support ("phối hợp
/// với UBND các xã") are not counted.
[[nodiscard]] std::vector<Level> levels_led(const std::vector<Text>& lead, Level plan_level);
/// The lower levels a task asks to take part without leading it: the groups its `partners`
/// name, and those its lead names as support ("Sở Tư pháp chủ trì, phối hợp với UBND các
/// huyện"), read as levels_led reads the lead.
[[nodiscard]] std::vector<Level> levels_partnered(const Task& task, Level plan_level);

}  // namespace kehoach
