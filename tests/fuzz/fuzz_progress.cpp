// libFuzzer target: the progress file loader, its checks against a fixed plan, and the deadline
// writers that show the progress.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common.hpp"
#include "kehoach/load.hpp"
#include "kehoach/progress.hpp"

namespace {

constexpr std::string_view plan_text = R"(format: kehoach/1
status: issued
number: 12/KH-UBND
issuer: {name: UBND xã Phong Thổ, level: commune, locality: Phong Thổ}
place: Phong Thổ
issued: 2026-01-20
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
tasks:
  - id: kiem-tra
    title: Kiểm tra tình hình thi hành pháp luật
    kind: inspection
    lead: Văn phòng HĐND và UBND xã
    due: Quý III năm 2026
  - id: tap-huan
    title: Tập huấn
    kind: training
    lead: Công chức Tư pháp - Hộ tịch
    due: trước ngày 15/04/2026
responsibilities:
  - agency: Công an xã
    level: commune
    duties:
      - {id: bao-cao-ca, text: Gửi báo cáo, kind: report, due: chậm nhất ngày 20/11/2026}
reporting: {period: Tính từ 01/12/2025 đến 20/11/2026, due: 2026-11-25, to: UBND tỉnh}
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kehoach;
  static const LoadResult plan = load_plan(plan_text, "plan.yaml");
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string file = "plan.progress.yaml";
  const ProgressLoadResult loaded = load_progress(text, file);
  std::vector<Diagnostic> diagnostics = loaded.diagnostics;
  if (loaded.ok()) {
    const auto checks = check_progress(plan.plan, loaded.progress);
    diagnostics.insert(diagnostics.end(), checks.begin(), checks.end());
    const TrackedPlan tracked{&plan.plan, &loaded.progress};
    fuzz::run_writers(list_deadlines({&tracked, 1}, DeadlineFilter{}), fuzz::lang_of(size));
  }
  fuzz::run_diagnostics(std::move(diagnostics), file, loaded.text);
  return 0;
}
