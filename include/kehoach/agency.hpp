// Agencies (cơ quan, đơn vị): the bodies a plan's texts name as lead, partner or recipient.
// A text such as "Phòng Tư pháp chủ trì, phối hợp với Phòng Tài nguyên và Môi trường tham mưu
// Chủ tịch UBND huyện …" is read into the bodies it names, lead apart from support, each with
// its level, and groups ("UBND các xã, phường") with the levels they cover. Abbreviations and
// full forms read the same ("UBND" = "Ủy ban nhân dân"); everything is compared after NFC and
// case folding, without diacritics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/model.hpp"

namespace kehoach {

/// One body, or one group of bodies, named in an agency text.
struct Agency {
  std::string name;  ///< canonical spelling: "UBND xã Tân Lập", "Văn phòng HĐND và UBND xã"
  std::string key;   ///< `name` folded without diacritics: equal keys are one agency
  std::string body;   ///< its kind, folded: "ubnd", "so", "phong", "van phong hdnd va ubnd"; empty
                      ///< for a group of any kind ("các cơ quan, đơn vị huyện")
  std::string field;  ///< its field, folded: "tu phap" for Sở Tư pháp; empty when none
  std::string place;  ///< the locality named, folded: "tan lap"; empty when none
  std::optional<Level> level;  ///< its level (a group: the level of its members)
  std::optional<Level> tier;   ///< the locality tier it sits at: province, district or commune
  bool group = false;          ///< "UBND các xã, phường", "các sở, ban, ngành tỉnh"
  std::vector<Level> covers;   ///< for a group, the levels of the bodies it contains
  bool known = false;          ///< the text starts with a known kind of body
};

/// An agency text read: who leads (chủ trì, thực hiện) and who supports (phối hợp, qua).
struct AgencyReading {
  std::vector<Agency> lead;
  std::vector<Agency> support;
};

/// Reads an agency text. `context` is the level of the plan it is written in: it places bodies
/// the text names without their tier ("Phòng Kinh tế" in a commune's plan is the commune's).
[[nodiscard]] AgencyReading read_agencies(std::string_view text,
                                          std::optional<Level> context = std::nullopt);

/// Whether `query` (a user's `--agency`, itself read as an agency) names `agency` or a body
/// that `agency`, a group, contains: "UBND xã" and "UBND xã Tân Lập" match "UBND các xã,
/// phường"; "UBND xã" does not match "Văn phòng HĐND và UBND xã".
[[nodiscard]] bool agency_contains(const Agency& agency, const Agency& query);

/// Whether the items of the agency text `text` (written in a plan of level `context`) are kept
/// by `--agency query`: a query read as a known kind of body matches the text's lead agencies
/// (agency_contains); any other query ("tư pháp") matches when the text contains it, ignoring
/// case and diacritics.
[[nodiscard]] bool agency_text_matches(std::string_view text, std::string_view query,
                                       std::optional<Level> context = std::nullopt);

/// The canonical names of every lead agency of `text`, each once, in order ("Các sở, ban, ngành
/// tỉnh; UBND các xã, phường": both), or `text` itself (trimmed) when none is read: the headings
/// an item is listed and counted under.
[[nodiscard]] std::vector<std::string> lead_agency_names(
    std::string_view text, std::optional<Level> context = std::nullopt);
/// The first of lead_agency_names.
[[nodiscard]] std::string lead_agency_name(std::string_view text,
                                           std::optional<Level> context = std::nullopt);

}  // namespace kehoach
