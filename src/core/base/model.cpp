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

std::string_view level_label(Level level, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (level) {
    case Level::national: return vi ? "trung ương" : "national";
    case Level::ministry: return vi ? "bộ" : "ministry";
    case Level::province: return vi ? "tỉnh" : "province";
    case Level::department: return vi ? "sở, ngành" : "department";
    case Level::district: return vi ? "huyện" : "district";
    case Level::commune: return vi ? "xã" : "commune";
    case Level::other: return vi ? "khác" : "other";
  }
  return "";
}

std::string_view level_phrase(Level level, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (level) {
    case Level::national: return vi ? "trung ương" : "national level";
    case Level::ministry: return vi ? "bộ, ngành" : "ministry level";
    case Level::province: return vi ? "cấp tỉnh" : "province level";
    case Level::department: return vi ? "cơ quan chuyên môn" : "department level";
    case Level::district: return vi ? "cấp huyện" : "district level";
    case Level::commune: return vi ? "cấp xã" : "commune level";
    case Level::other: return vi ? "cơ quan khác" : "other bodies";
  }
  return "";
}

std::string_view task_kind_label(TaskKind kind, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (kind) {
    case TaskKind::plan: return vi ? "ban hành kế hoạch" : "sub-plan";
    case TaskKind::training: return vi ? "tập huấn" : "training";
    case TaskKind::information: return vi ? "thông tin" : "information";
    case TaskKind::inspection: return vi ? "kiểm tra" : "inspection";
    case TaskKind::survey: return vi ? "điều tra, khảo sát" : "survey";
    case TaskKind::report: return vi ? "báo cáo" : "report";
    case TaskKind::focus: return vi ? "lĩnh vực trọng tâm" : "focus area";
    case TaskKind::other: return vi ? "khác" : "other";
  }
  return "";
}

std::string_view due_kind_label(DueKind kind, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (kind) {
    case DueKind::date: return vi ? "ngày" : "date";
    case DueKind::month: return vi ? "tháng" : "month";
    case DueKind::quarter: return vi ? "quý" : "quarter";
    case DueKind::year: return vi ? "năm" : "year";
    case DueKind::range: return vi ? "khoảng thời gian" : "range";
    case DueKind::ongoing: return vi ? "thường xuyên" : "ongoing";
    case DueKind::periodic: return vi ? "định kỳ" : "periodic";
    case DueKind::event: return vi ? "theo sự kiện" : "event-relative";
  }
  return "";
}

}  // namespace kehoach
