#include "kehoach/acts.hpp"

#include <yaml-cpp/yaml.h>

#include <stdexcept>

#include "kehoach/text.hpp"

namespace kehoach {

// Generated at build time from data/acts.yaml (see CMakeLists.txt).
extern const char* const builtin_acts_yaml;

namespace {

Date required_date(const YAML::Node& node, const char* key, const std::string& ref) {
  const auto date = parse_iso_date(node[key].as<std::string>(""));
  if (!date) throw std::runtime_error("acts table: bad `" + std::string(key) + "` for " + ref);
  return *date;
}

std::optional<Date> optional_date(const YAML::Node& node, const char* key, const std::string& ref) {
  if (!node[key]) return std::nullopt;
  return required_date(node, key, ref);
}

}  // namespace

const LegalAct* ActTable::find(std::string_view ref) const {
  const std::string key = fold(ref);
  for (const auto& act : acts) {
    if (fold(act.ref) == key) return &act;
  }
  return nullptr;
}

ActTable parse_act_table(std::string_view yaml_text) {
  ActTable table;
  try {
    const YAML::Node root = YAML::Load(std::string(yaml_text));
    for (const auto& node : root["acts"]) {
      LegalAct act;
      act.ref = to_nfc(node["ref"].as<std::string>());
      act.kind = to_nfc(node["kind"].as<std::string>(""));
      act.date = required_date(node, "date", act.ref);
      act.issuer = to_nfc(node["issuer"].as<std::string>(""));
      act.title = to_nfc(node["title"].as<std::string>(""));
      act.in_force = optional_date(node, "in_force", act.ref);
      act.replaced_by = to_nfc(node["replaced_by"].as<std::string>(""));
      act.replaced_from = optional_date(node, "replaced_from", act.ref);
      act.replacement_clause_unverified =
          node["replacement_clause"].as<std::string>("") == "unverified";
      act.reported_replaced_by = to_nfc(node["reported_replaced_by"].as<std::string>(""));
      act.reported_replaced_from = optional_date(node, "reported_replaced_from", act.ref);
      if (const auto source = node["source"]) {
        if (source.IsSequence()) {
          for (const auto& s : source) act.sources.push_back(s.as<std::string>());
        } else {
          act.sources.push_back(source.as<std::string>());
        }
      }
      act.uncertain = node["uncertain"].as<bool>(false);
      act.note = to_nfc(node["note"].as<std::string>(""));
      table.acts.push_back(std::move(act));
    }
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(std::string("acts table: ") + e.what());
  }
  return table;
}

const ActTable& builtin_acts() {
  static const ActTable table = parse_act_table(builtin_acts_yaml);
  return table;
}

}  // namespace kehoach
