// Benchmark: the average time to read one deadline phrase over the phrase table
// (tests/unit/due_phrases.hpp). Run: build/kehoach_due_bench [ROUNDS]; figures go into
// docs/PERFORMANCE.md. Not a test: nothing here fails on time.
//
// `kehoach_due_bench --long` instead times the reader on hostile phrases of 16, 64, 128 and
// 256 KB (forms that made it restart or look ahead at every token), past the length limit
// parse_due() applies by default; figures go into docs/RELIABILITY.md.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>

#include "../unit/due_phrases.hpp"
#include "kehoach/calendar.hpp"
#include "kehoach/due.hpp"

namespace {

// Each hostile phrase: a unit repeated up to the size, then an ending that makes the whole
// phrase unreadable where that is what forces the reader to try again.
struct Hostile {
  std::string_view name;
  std::string_view unit;
  std::string_view ending;
};

constexpr Hostile hostile[] = {
    {"trước", "trước ", ""},
    {"trước ngày 1/1/2025, … x", "trước ngày 1/1/2025, ", "x"},
    {"chậm nhất ngày 1/1, … x", "chậm nhất ngày 1/1, ", "x"},
    {"hoàn thành … ngày 1/1 x", "hoàn thành ", "ngày 1/1 x"},
    {"( ( ( …", "( ", ""},
    {"quý I, quý I, … (no year)", "quý I, ", ""},
    {"tháng 12 và … (no year)", "tháng 12 và ", "tháng 12"},
};

int long_phrases() {
  fmt::print("{:<28} {:>6} {:>10} {:>12}  {}\n", "form", "KB", "CPU ms", "steps", "result");
  for (const auto& form : hostile) {
    for (const std::size_t kb :
         {std::size_t{16}, std::size_t{64}, std::size_t{128}, std::size_t{256}}) {
      std::string phrase;
      while (phrase.size() + form.unit.size() + form.ending.size() <= kb * 1024) {
        phrase += form.unit;
      }
      phrase += form.ending;
      const std::clock_t start = std::clock();
      const auto result = kehoach::parse_due(phrase, 2025, std::numeric_limits<std::size_t>::max());
      const double ms = static_cast<double>(std::clock() - start) * 1e3 / CLOCKS_PER_SEC;
      fmt::print("{:<28} {:>6} {:>10.1f} {:>12}  {}\n", form.name, kb, ms, result.steps,
                 result.ok() ? "read" : result.error.en);
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "--long") return long_phrases();
  const long rounds = argc > 1 ? std::atol(argv[1]) : 2000;
  const auto& rows = kehoach::phrase_table::rows;
  const auto phrases = static_cast<long>(std::size(rows));
  // The holiday tables are computed once per run and kept: time that first computation for
  // every year, which also warms them up as a real run would.
  const std::clock_t cold_cpu = std::clock();
  const auto cold = std::chrono::steady_clock::now();
  for (int year = kehoach::first_holiday_year; year <= kehoach::last_holiday_year; ++year) {
    (void)kehoach::holidays_of(year);
  }
  const auto cold_elapsed = std::chrono::steady_clock::now() - cold;
  const double years = kehoach::last_holiday_year - kehoach::first_holiday_year + 1;
  const double cold_cpu_us =
      static_cast<double>(std::clock() - cold_cpu) * 1e6 / CLOCKS_PER_SEC / years;
  fmt::print(
      "holiday tables: {:.1f} µs per year (wall), {:.1f} µs (CPU), computed once ({} "
      "years)\n",
      static_cast<double>(
          std::chrono::duration_cast<std::chrono::nanoseconds>(cold_elapsed).count()) /
          1000.0 / years,
      cold_cpu_us, years);
  std::size_t read = 0;
  // CPU time as well as wall time: the machine is shared, and CPU time leaves out the time the
  // process waited for a core.
  const std::clock_t cpu_start = std::clock();
  const auto start = std::chrono::steady_clock::now();
  for (long r = 0; r < rounds; ++r) {
    for (const auto& row : rows) {
      if (kehoach::parse_due(row.phrase, row.plan_year).ok()) ++read;
    }
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  const double cpu_us = static_cast<double>(std::clock() - cpu_start) * 1e6 / CLOCKS_PER_SEC /
                        static_cast<double>(rounds * phrases);
  const double ns =
      static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count());
  const double per_phrase_us = ns / 1000.0 / static_cast<double>(rounds * phrases);
  fmt::print(
      "phrases: {}  rounds: {}  read: {}  average: {:.3f} µs per phrase (wall), {:.3f} µs "
      "(CPU)\n",
      phrases, rounds, read / static_cast<std::size_t>(rounds), per_phrase_us, cpu_us);
  return 0;
}
