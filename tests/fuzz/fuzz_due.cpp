// libFuzzer target: the deadline phrase reader. Inputs go up to 256 KB (-max_len in run.py), so
// that a quadratic path shows as a timeout. The first byte picks the plan year.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "kehoach/due.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int year = 2000 + data[0] % 40;
  const std::string_view phrase(reinterpret_cast<const char*>(data + 1), size - 1);
  // Past the length limit (max_phrase_chars) kehoach refuses a phrase before reading it; the
  // target lifts the limit so that 256 KB inputs still reach the reader.
  (void)kehoach::parse_due(phrase, year, std::numeric_limits<std::size_t>::max());
  return 0;
}
