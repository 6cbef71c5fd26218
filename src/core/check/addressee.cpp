#include "kehoach/addressee.hpp"

#include <string>

#include "kehoach/text.hpp"

namespace kehoach {

namespace {

bool letter(char c) { return c >= 'a' && c <= 'z'; }

bool has_word(const std::string& folded, std::string_view word) {
  for (auto at = folded.find(word); at != std::string::npos; at = folded.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !letter(folded[at - 1])) && (end == folded.size() || !letter(folded[end])))
      return true;
  }
  return false;
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
  const std::string agency = body_key(r.agency.value);
  const std::string name = body_key(child.name.value);
  return name.find(agency) != std::string::npos || agency.find(name) != std::string::npos;
}

}  // namespace kehoach
