#include "kehoach/addressee.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "kehoach/agency.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

bool letter(char c) { return c >= 'a' && c <= 'z'; }

bool has_word(const std::string& folded, std::string_view word) {
  return contains_word(folded, word);
}

// "UBND" and "Ủy ban nhân dân" name the same body.
std::string body_key(std::string_view name) {
  std::string folded = fold_ascii(name);
  for (const std::string_view long_form : {"uy ban nhan dan", "uy ban nhan"}) {
    for (auto at = folded.find(long_form); at != std::string::npos; at = folded.find(long_form)) {
      folded.replace(at, long_form.size(), "ubnd");
    }
  }
  return folded;
}

std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : folded) {
    if (letter(c) || (c >= '0' && c <= '9')) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Whether words[k] ends a word naming a kind of place: "xã", "phường", "thị trấn", "đặc khu",
// "huyện", "quận", "thị xã", "thành phố", "tỉnh" (not "xã hội", "tình hình", "cơ quan").
bool place_word(const std::vector<std::string>& words, std::size_t k) {
  const std::string& w = words[k];
  const std::string_view before = k > 0 ? std::string_view(words[k - 1]) : std::string_view();
  const std::string_view after =
      k + 1 < words.size() ? std::string_view(words[k + 1]) : std::string_view();
  if (w == "xa") return after != "hoi";
  if (w == "tinh") return after != "hinh";
  if (w == "phuong" || w == "huyen") return true;
  if (w == "tran") return before == "thi";
  if (w == "khu") return before == "dac";
  if (w == "pho") return before == "thanh";
  if (w == "quan") return before == "ubnd";
  return false;
}

// Whether `shorter` names the same body as `longer`, or a part of its name: its words stand in
// `longer` as a whole run, and when it ends with a place name ("xã Tân"), that name is not the
// start of a longer one there ("xã Tân Biên").
bool same_body(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  if (shorter.empty() || shorter.size() > longer.size()) return false;
  // "UBND xã Tân" ends with a place name (words after its last place word), "UBND xã" does not.
  bool ends_with_place = false;
  for (std::size_t k = 0; k < shorter.size(); ++k) {
    if (place_word(shorter, k)) ends_with_place = k + 1 < shorter.size();
  }
  for (std::size_t at = 0; at + shorter.size() <= longer.size(); ++at) {
    if (!std::equal(shorter.begin(), shorter.end(), longer.begin() + static_cast<long>(at))) {
      continue;
    }
    const std::size_t next = at + shorter.size();
    if (!ends_with_place || next == longer.size() || place_word(longer, next)) return true;
  }
  return false;
}

}  // namespace

bool names_a_group(std::string_view agency) {
  const std::string folded = fold_ascii(agency);
  // "Các sở, ban, ngành", "UBND các xã", "những cơ quan", "mỗi phòng", "từng đơn vị".
  for (const std::string_view word : {"cac", "nhung", "moi", "tung", "toan", "cap"}) {
    if (has_word(folded, word)) return true;
  }
  // "Sở, ban, ngành", "cơ quan, đơn vị": a list of kinds, not one body.
  return folded.find(',') != std::string::npos;
}

bool addressed_to(const Responsibility& r, const Issuer& child) {
  if (!r.level.present) return false;
  if (child.level.present && r.level.value != child.level.value) return false;
  if (!r.agency.present || names_a_group(r.agency.value)) return true;
  if (!child.name.present) return true;  // nothing to tell them apart: keep the duty
  // "Sở Tư pháp" addresses "Sở Tư pháp tỉnh Tây Ninh", not "Sở Tài chính tỉnh Tây Ninh".
  // Whole place names: "UBND xã Tân" is not "UBND xã Tân Biên".
  const auto agency = words_of(body_key(r.agency.value));
  const auto name = words_of(body_key(child.name.value));
  if (agency.empty() || name.empty()) return true;  // no words to tell them apart: keep the duty
  return agency.size() <= name.size() ? same_body(agency, name) : same_body(name, agency);
}

namespace {

// Adds to `out` the lower levels of the groups among `agencies`: the issuer's own departments,
// or the localities below it.
void add_group_levels(const std::vector<Agency>& agencies, Level plan_level,
                      std::vector<Level>& out) {
  auto lower = [plan_level](Level l) {
    const bool local = plan_level == Level::province || plan_level == Level::district ||
                       plan_level == Level::commune;
    if (l == Level::department) return local;
    return (l == Level::district || l == Level::commune) &&
           static_cast<int>(l) > static_cast<int>(plan_level);
  };
  for (const Agency& a : agencies) {
    if (!a.group) continue;
    std::vector<Level> named = a.covers;
    if (named.empty() && a.level) named.push_back(*a.level);
    for (const Level l : named) {
      if (lower(l) && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    }
  }
}

}  // namespace

std::vector<Level> levels_led(const std::vector<Text>& lead, Level plan_level) {
  std::vector<Level> out;
  for (const auto& text : lead)
    add_group_levels(read_agencies(text.value, plan_level).lead, plan_level, out);
  return out;
}

std::vector<Level> levels_partnered(const Task& task, Level plan_level) {
  std::vector<Level> out;
  for (const auto& text : task.lead) {
    add_group_levels(read_agencies(text.value, plan_level).support, plan_level, out);
  }
  for (const auto& text : task.partners) {
    const AgencyReading r = read_agencies(text.value, plan_level);
    add_group_levels(r.lead, plan_level, out);
    add_group_levels(r.support, plan_level, out);
  }
  return out;
}

}  // namespace kehoach
