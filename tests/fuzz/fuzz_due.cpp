// libFuzzer target: the deadline phrase reader. Inputs go up to 256 KB (-max_len in run.py), so
// that a quadratic path shows as a timeout. The first byte picks the plan year.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kehoach/due.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int year = 2000 + data[0] % 40;
  const std::string_view phrase(reinterpret_cast<const char*>(data + 1), size - 1);
  (void)kehoach::parse_due(phrase, year);
  return 0;
}
