#include "kehoach/provinces.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <stdexcept>

#include "kehoach/text.hpp"

namespace kehoach {

// Generated at build time from data/provinces.yaml (see CMakeLists.txt).
extern const char* const builtin_provinces_yaml;

namespace {

Date required_date(const YAML::Node& node, const char* key) {
  const auto date = parse_iso_date(node[key].as<std::string>(""));
  if (!date) throw std::runtime_error("provinces table: bad `" + std::string(key) + "`");
  return *date;
}

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

void ProvinceTable::index() {
  folded_current.clear();
  folded_former.clear();
  for (const auto& p : provinces) folded_current.push_back(fold_ascii(p.name));
  std::sort(folded_current.begin(), folded_current.end());
  for (const auto& p : provinces) {
    for (std::size_t i = 0; i < p.former.size(); ++i) {
      std::string name = fold_ascii(p.former[i]);
      if (std::binary_search(folded_current.begin(), folded_current.end(), name)) continue;
      folded_former.push_back({std::move(name), &p, i});
    }
  }
}

const Province* ProvinceTable::successor_of(std::string_view name) const {
  if (folded_current.empty() && !provinces.empty()) {
    ProvinceTable copy = *this;  // not indexed: index a copy, answer from the original
    copy.index();
    const Province* found = copy.successor_of(name);
    return found == nullptr ? nullptr
                            : &provinces[static_cast<std::size_t>(found - copy.provinces.data())];
  }
  const std::string key = fold_ascii(name);
  if (std::binary_search(folded_current.begin(), folded_current.end(), key))
    return nullptr;  // still a province of its own
  for (const auto& f : folded_former) {
    if (f.name == key) return f.province;
  }
  return nullptr;
}

std::optional<FormerProvince> find_former_province(std::string_view text,
                                                   const ProvinceTable& table) {
  if (table.folded_current.empty() && !table.provinces.empty()) {
    ProvinceTable copy = table;
    copy.index();
    auto found = find_former_province(text, copy);
    if (found) {
      found->successor =
          &table.provinces[static_cast<std::size_t>(found->successor - copy.provinces.data())];
    }
    return found;
  }
  const std::string folded = fold_ascii(text);
  std::optional<FormerProvince> best;
  std::size_t best_at = std::string::npos;
  for (const auto& f : table.folded_former) {
    for (const std::string_view prefix : {"tinh ", "thanh pho "}) {
      const std::string needle = std::string(prefix) + f.name;
      for (auto at = folded.find(needle); at != std::string::npos;
           at = folded.find(needle, at + 1)) {
        const std::size_t end = at + needle.size();
        const bool starts = at == 0 || !word_char(folded[at - 1]);
        const bool ends = end == folded.size() || !word_char(folded[end]);
        if (starts && ends && at < best_at) {
          best = FormerProvince{f.province->former[f.former], f.province};
          best_at = at;
        }
      }
    }
  }
  return best;
}

ProvinceTable parse_province_table(std::string_view yaml_text) {
  ProvinceTable table;
  try {
    const YAML::Node root = YAML::Load(std::string(yaml_text));
    table.resolution = root["resolution"].as<std::string>("");
    table.effective = required_date(root, "effective");
    table.operating = required_date(root, "operating");
    for (const auto& node : root["provinces"]) {
      Province p;
      p.name = to_nfc(node["name"].as<std::string>());
      p.kind = to_nfc(node["kind"].as<std::string>(""));
      for (const auto& f : node["former"]) p.former.push_back(to_nfc(f.as<std::string>()));
      table.provinces.push_back(std::move(p));
    }
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(std::string("provinces table: ") + e.what());
  }
  table.index();
  return table;
}

const ProvinceTable& builtin_provinces() {
  static const ProvinceTable table = parse_province_table(builtin_provinces_yaml);
  return table;
}

}  // namespace kehoach
