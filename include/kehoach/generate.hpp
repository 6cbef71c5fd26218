// Drafting a yearly plan (`kehoach new`): from a built-in template per level, derived from the
// parent plan, or rolled over from last year's plan. Every function returns YAML text that
// load_plan() reads without errors; nothing here reads files or the clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/calendar.hpp"
#include "kehoach/date.hpp"
#include "kehoach/diagnostic.hpp"
#include "kehoach/model.hpp"

namespace kehoach {

/// Days a child plan keeps before each dated deadline of its parent, unless told otherwise.
inline constexpr int default_lead_days = 7;
/// The first plan year the templates cover: Thông tư 04/2021/TT-BTP is in force all that year.
inline constexpr int first_template_year = 2022;
/// The last plan year the templates cover (the loader accepts years up to 2100).
inline constexpr int last_template_year = 2100;

/// `value` as a YAML scalar that reads back as exactly `value`: plain when that is safe, else
/// double-quoted with escapes (empty text, edge spaces, `: `, ` #`, a leading indicator,
/// words such as `true`, `null` or `yes`, numbers, control characters).
[[nodiscard]] std::string yaml_scalar(std::string_view value);

/// What a plan drafted from a built-in template is for.
struct TemplateOptions {
  Level level = Level::province;  ///< province, department, district or commune
  int year = 0;
  std::string locality;  ///< "Lai Châu"; empty: read from `issuer`, else left blank as "…"
  std::string issuer;    ///< the issuing body; empty: the level's customary name
  Lang lang = Lang::vi;  ///< language of the comments (the plan's own text is Vietnamese)
};

/// Why no template can be drafted for `level` in `year` (the district level after 2025, a year
/// outside the templates' range, a level without a template), or nullopt when one can.
[[nodiscard]] std::optional<Message> template_refusal(Level level, int year);

/// A draft plan (status draft, number and issue day blank) from the built-in template of
/// `options.level`; throws std::invalid_argument when template_refusal() refuses the options.
[[nodiscard]] std::string generate_from_template(const TemplateOptions& options);

/// How a child plan is derived from the plan it implements.
struct DeriveOptions {
  std::optional<Level> level;         ///< the child's level; nullopt: default_child_level()
  std::string locality;               ///< as in TemplateOptions
  std::string issuer;                 ///< as in TemplateOptions
  int lead_days = default_lead_days;  ///< days kept before each dated parent deadline (0–90)
  Lang lang = Lang::vi;               ///< language of the comments
};

/// The level of a child of `parent` when none is asked: a province's child is a district up to
/// 2025 and a commune from 2026, a district's is a commune, a national or ministry plan's is a
/// province; nullopt for levels that have no child plans (department, commune, other).
[[nodiscard]] std::optional<Level> default_child_level(const Plan& parent);

/// Why no child at `level` can be derived from `parent`, or nullopt when one can.
[[nodiscard]] std::optional<Message> derive_refusal(const Plan& parent, Level level);

/// A draft child plan of `parent`: the child level's template with the parent reference
/// filled in (`parent.file` = `parent_path`, relative to the child's file), the parent's focus
/// areas, and one task per parent task and duty addressed to the child's level, with
/// `implements` set and each dated deadline `lead_days` earlier (moved back to a Friday from a
/// weekend, never after the parent's, never before the parent's issue date or 1 January);
/// undated deadlines are copied as written. Throws std::invalid_argument when derive_refusal()
/// refuses the level.
[[nodiscard]] std::string derive_child(const Plan& parent, const std::string& parent_path,
                                       const DeriveOptions& options);

/// A plan rolled over to another year, or why it cannot be.
struct RolloverResult {
  std::string text;                ///< the edited plan; empty when refused
  std::vector<Message> notes;      ///< what changed that the user should look at
  std::optional<Message> refusal;  ///< set when the plan cannot be rolled over
};

/// Across the 2025 reform: the plan the rolled-over plan implements instead of a district plan.
struct ReformParent {
  std::string district;        ///< the district body the old plan implemented ("UBND huyện …")
  const Plan* plan = nullptr;  ///< the province plan to implement (`new --parent`), or null
  std::string path;            ///< with `plan`: its path relative to the new plan's folder
  std::string province;  ///< without `plan`: the province body ("UBND tỉnh Lai Châu"), or empty
  std::string province_source;  ///< where `province` was read, for the notes
  Lang lang = Lang::vi;         ///< language of the comments written into the plan
};

/// Last year's plan moved to `new_year` by editing its text (comments and layout are kept):
/// dates and years in deadline phrases, the plan year in titles and text, `year`, `issued`
/// (the day blanked), `status` (draft), `number` (blanked), `progress` removed, the parent
/// reference cleared. `original_text` is the text `original` was loaded from (LoadResult::text).
[[nodiscard]] RolloverResult rollover(std::string_view original_text, const Plan& original,
                                      int new_year);
/// The same, and across the 2025 reform: legal acts replaced by the new year are replaced by
/// their successors (acts guiding a replaced act are flagged); when `reform.district` is set,
/// the plan is re-parented from that district to the province (`reform`), district wording
/// in addressees ("UBND huyện (qua Phòng Tư pháp)") is readdressed to the province and any
/// other district-era wording is flagged with a comment above its line, the district's ids in
/// `implements` are commented out, and a comment at the top says what was changed and what to
/// check. Nothing is invented: an unknown province is left as the blank "UBND tỉnh …".
[[nodiscard]] RolloverResult rollover(std::string_view original_text, const Plan& original,
                                      int new_year, const ReformParent& reform);

}  // namespace kehoach
