// libFuzzer target: the agency reader (read_agencies, agency_contains, agency_text_matches,
// lead_agency_name) and addressee matching (names_a_group, addressed_to). The first byte picks
// the level of the plan the text is written in (or none); the rest is the agency text, then,
// after a NUL, a user's `--agency` query.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common.hpp"
#include "kehoach/addressee.hpp"
#include "kehoach/agency.hpp"
#include "kehoach/text.hpp"

namespace {

using kehoach::fuzz::fail;

// What every agency read must be, whatever the text: a name; and when the text is one a plan can
// hold (valid UTF-8 without control characters) a name in valid UTF-8 and a key folded (no ASCII
// upper case; letters outside Vietnamese's stay as they are); and the agency is itself. (The key
// may be empty: a word of combining marks folds to nothing; docs/RELIABILITY.md.)
void check_agency(const kehoach::Agency& a, bool valid_input) {
  if (valid_input && kehoach::find_invalid_utf8(a.name)) fail("agency name is not valid UTF-8");
  if (a.name.empty()) fail("agency with an empty name");
  for (const char c : a.key) {
    if (valid_input && c >= 'A' && c <= 'Z') fail("agency key is not folded");
  }
  if (!kehoach::agency_contains(a, a)) fail("an agency does not contain itself");
}

// What a plan can hold: valid UTF-8 without control characters but tab and line feed (KH001).
bool plan_text(std::string_view text) {
  return !kehoach::find_invalid_utf8(text) && std::none_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t' && c != '\n') || u == 0x7F;
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kehoach;
  if (size == 0) return 0;
  // 0-6: a plan of that level; anything else: no context.
  const unsigned pick = data[0] % 8;
  const std::optional<Level> context =
      pick < 7 ? std::optional<Level>(static_cast<Level>(pick)) : std::nullopt;
  const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t nul = input.find('\0');
  const std::string_view text = input.substr(0, nul);
  const std::string_view query =
      nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);
  const bool valid = plan_text(text);

  const AgencyReading reading = read_agencies(text, context);
  for (const auto& a : reading.lead) check_agency(a, valid);
  for (const auto& a : reading.support) check_agency(a, valid);

  // `deadlines --by agency` heads a group with lead_agency_name; `--agency` with that heading
  // must keep the items of the group (the heading is the reader's own spelling of the lead).
  // Found by this target and fixed: a heading for a body of no known kind
  // (tests/fuzz/known/agency-heading-unknown-body) and a heading cut at "chủ trì" after "phối hợp"
  // (tests/fuzz/known/agency-heading-phoi-hop-before-chu-tri) were missed.
  const std::string lead = lead_agency_name(text, context);
  if (valid && find_invalid_utf8(lead)) fail("lead_agency_name is not valid UTF-8");
  if (valid && !agency_text_matches(text, lead, context)) {
    std::fprintf(stderr, "text: %s\nlead agency name: %s\n", std::string(text).c_str(),
                 lead.c_str());
    fail("--agency with the lead agency's own name does not match its text");
  }

  if (!query.empty()) {
    (void)agency_text_matches(text, query, context);
    const AgencyReading q = read_agencies(query);
    for (const auto& a : q.lead) {
      check_agency(a, plan_text(query));
      for (const auto& b : reading.lead) {
        (void)agency_contains(b, a);
        (void)agency_contains(a, b);
      }
    }
  }

  // Addressee matching: a responsibility named for a body is addressed to that very body.
  const bool group = names_a_group(text);
  Responsibility r;
  r.agency = Text{std::string(text), Position{1, 1}, true};
  r.level = Located<Level>{context.value_or(Level::commune), Position{1, 1}, true};
  Issuer child;
  child.name = Text{std::string(query.empty() ? text : query), Position{1, 1}, true};
  child.level = r.level;
  const bool addressed = addressed_to(r, child);
  if (query.empty() && !addressed) fail("a body is not addressed by its own name");
  if (group && !addressed) fail("a group responsibility is not addressed to its level");
  child.level.value = r.level.value == Level::commune ? Level::district : Level::commune;
  if (addressed_to(r, child)) fail("a responsibility is addressed to another level");
  return 0;
}
