#include "kehoach/provinces.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "data/table_reader.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

using yaml_tree::Key;
using yaml_tree::Node;

constexpr std::array<Key, 4> root_keys{
    {{"resolution", true}, {"effective", true}, {"operating", true}, {"provinces", true}}};
constexpr std::array<Key, 4> province_keys{
    {{"name", true}, {"kind", true}, {"former", true}, {"central_from", false}}};
constexpr std::array<std::string_view, 2> kinds{"tỉnh", "thành phố"};

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

namespace {

// `p`'s name folded, from the table when it holds it (see Province::folded_name).
std::string folded_name(const Province& p) {
  return p.folded_name.empty() ? fold_ascii(p.name) : p.folded_name;
}

std::string folded_former(const Province& p, std::size_t i) {
  return p.folded_former.size() == p.former.size() ? p.folded_former[i] : fold_ascii(p.former[i]);
}

// The province the former province folded to `key` became part of, or nullptr (see
// successor_of). Compares folded names only: folding every name of the table at each lookup was
// 43 % of validating a commune plan with its parent.
const Province* successor_of_folded(const ProvinceTable& table, const std::string& key) {
  for (const auto& p : table.provinces) {
    if (folded_name(p) == key) return nullptr;  // still a province of its own
  }
  for (const auto& p : table.provinces) {
    for (std::size_t i = 0; i < p.former.size(); ++i) {
      if (folded_former(p, i) == key) return &p;
    }
  }
  return nullptr;
}

}  // namespace

bool Province::central_city_on(const Date& day) const {
  return kind == "thành phố" && (!central_from || !(day < *central_from));
}

const Province* ProvinceTable::successor_of(std::string_view name) const {
  return successor_of_folded(*this, fold_ascii(name));
}

std::optional<FormerProvince> find_former_province(std::string_view text,
                                                   const ProvinceTable& table) {
  const std::string folded = fold_ascii(text);
  std::optional<FormerProvince> best;
  std::size_t best_at = std::string::npos;
  for (const auto& p : table.provinces) {
    for (std::size_t i = 0; i < p.former.size(); ++i) {
      const std::string name = folded_former(p, i);
      if (successor_of_folded(table, name) == nullptr) continue;
      for (const std::string_view prefix : {"tinh ", "thanh pho "}) {
        const std::string needle = std::string(prefix) + name;
        for (auto at = folded.find(needle); at != std::string::npos;
             at = folded.find(needle, at + 1)) {
          const std::size_t end = at + needle.size();
          const bool starts = at == 0 || !word_char(folded[at - 1]);
          const bool ends = end == folded.size() || !word_char(folded[end]);
          if (starts && ends && at < best_at) {
            best = FormerProvince{p.former[i], &p};
            best_at = at;
          }
        }
      }
    }
  }
  return best;
}

ProvinceTable parse_province_table(std::string_view yaml_text, const std::string& file) {
  const auto dialect =
      data_table::dialect({"bảng tỉnh, thành phố", "a provinces table"}, "resolution");
  ProvinceTable table;
  data_table::read_table(
      yaml_text, file, "provinces table", dialect, root_keys,
      [&](const yaml_tree::Fields& root, data_table::Values& v) {
        table.resolution = v.str(root["resolution"]);
        table.effective = v.date(root["effective"]).value_or(Date{});
        table.operating = v.date(root["operating"]).value_or(Date{});
        if (root["operating"] && table.operating < table.effective) {
          v.problem(*root["operating"], {"ngày hoạt động trước ngày có hiệu lực",
                                         "the operating date is before the effective date"});
        }
        // Folded names already seen, so that a province or a former one listed twice (which
        // would make successor_of() ambiguous) stops the build.
        std::set<std::string> names;
        std::set<std::string> formers;
        for (const Node* entry : v.mappings(root["provinces"], "provinces")) {
          const yaml_tree::Fields f(v.nodes(), *entry, "provinces", province_keys, dialect,
                                    v.sink());
          Province p;
          p.name = v.str(f["name"]);
          p.folded_name = fold_ascii(p.name);
          if (f["name"] && !names.insert(p.folded_name).second) {
            v.problem(*f["name"], {fmt::format("tỉnh “{}” có hai lần", p.name),
                                   fmt::format("province “{}” is listed twice", p.name)});
          }
          p.kind = v.str(f["kind"]);
          if (f["kind"] && std::find(kinds.begin(), kinds.end(), p.kind) == kinds.end()) {
            yaml_tree::refuse_value(*f["kind"], "kind", kinds, dialect, v.sink());
          }
          for (const Node* former : v.list(f["former"], "former")) {
            p.former.push_back(v.str(former));
            p.folded_former.push_back(fold_ascii(p.former.back()));
            if (!formers.insert(p.folded_former.back()).second) {
              v.problem(*former,
                        {fmt::format("tỉnh cũ “{}” thuộc hai tỉnh mới", p.former.back()),
                         fmt::format("former province “{}” is listed twice", p.former.back())});
            }
          }
          if (f["central_from"]) {
            p.central_from = v.date(f["central_from"]);
            if (p.central_from && p.kind != "thành phố") {
              v.problem(*f["central_from"],
                        {"`central_from` chỉ dành cho thành phố trực thuộc trung ương",
                         "`central_from` is for a centrally run city only"});
            }
          }
          if (f["former"] && p.former.empty()) {
            v.problem(*f["former"], {"`former` không được để trống", "`former` must not be empty"});
          }
          table.provinces.push_back(std::move(p));
        }
      });
  return table;
}

}  // namespace kehoach
