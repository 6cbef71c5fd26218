#include "kehoach/provinces.hpp"

#include <yaml-cpp/yaml.h>

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

const Province* ProvinceTable::successor_of(std::string_view name) const {
  const std::string key = fold_ascii(name);
  for (const auto& p : provinces) {
    if (fold_ascii(p.name) == key) return nullptr;  // still a province of its own
  }
  for (const auto& p : provinces) {
    for (const auto& f : p.former) {
      if (fold_ascii(f) == key) return &p;
    }
  }
  return nullptr;
}

std::optional<FormerProvince> find_former_province(std::string_view text,
                                                   const ProvinceTable& table) {
  const std::string folded = fold_ascii(text);
  std::optional<FormerProvince> best;
  std::size_t best_at = std::string::npos;
  for (const auto& p : table.provinces) {
    for (const auto& f : p.former) {
      if (table.successor_of(f) == nullptr) continue;
      const std::string name = fold_ascii(f);
      for (const std::string_view prefix : {"tinh ", "thanh pho "}) {
        const std::string needle = std::string(prefix) + name;
        for (auto at = folded.find(needle); at != std::string::npos;
             at = folded.find(needle, at + 1)) {
          const std::size_t end = at + needle.size();
          const bool starts = at == 0 || !word_char(folded[at - 1]);
          const bool ends = end == folded.size() || !word_char(folded[end]);
          if (starts && ends && at < best_at) {
            best = FormerProvince{f, &p};
            best_at = at;
          }
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
  return table;
}

const ProvinceTable& builtin_provinces() {
  static const ProvinceTable table = parse_province_table(builtin_provinces_yaml);
  return table;
}

}  // namespace kehoach
