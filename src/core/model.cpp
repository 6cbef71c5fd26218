#include "kehoach/model.hpp"

#include <array>
#include <utility>

namespace kehoach {

namespace {

constexpr std::array<std::pair<Level, std::string_view>, 7> level_keys{{
    {Level::national, "national"},
    {Level::ministry, "ministry"},
    {Level::province, "province"},
    {Level::department, "department"},
    {Level::district, "district"},
    {Level::commune, "commune"},
    {Level::other, "other"},
}};

constexpr std::array<std::pair<TaskKind, std::string_view>, 8> task_kind_keys{{
    {TaskKind::plan, "plan"},
    {TaskKind::training, "training"},
    {TaskKind::information, "information"},
    {TaskKind::inspection, "inspection"},
    {TaskKind::survey, "survey"},
    {TaskKind::report, "report"},
    {TaskKind::focus, "focus"},
    {TaskKind::other, "other"},
}};

constexpr std::array<std::pair<DueKind, std::string_view>, 8> due_kind_keys{{
    {DueKind::date, "date"},
    {DueKind::month, "month"},
    {DueKind::quarter, "quarter"},
    {DueKind::year, "year"},
    {DueKind::range, "range"},
    {DueKind::ongoing, "ongoing"},
    {DueKind::periodic, "periodic"},
    {DueKind::event, "event"},
}};

template <class E, std::size_t N>
std::string_view key_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, key] : table) {
    if (v == value) return key;
  }
  return {};
}

template <class E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table,
                          std::string_view key) {
  for (const auto& [v, k] : table) {
    if (k == key) return v;
  }
  return std::nullopt;
}

}  // namespace

std::string_view level_key(Level level) { return key_of(level_keys, level); }
std::optional<Level> level_from_key(std::string_view key) { return value_of(level_keys, key); }
std::string_view task_kind_key(TaskKind kind) { return key_of(task_kind_keys, kind); }
std::optional<TaskKind> task_kind_from_key(std::string_view key) {
  return value_of(task_kind_keys, key);
}
std::string_view due_kind_key(DueKind kind) { return key_of(due_kind_keys, kind); }

}  // namespace kehoach
