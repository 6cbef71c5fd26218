// Every phrase of the table (due_phrases.hpp) reads exactly as written there.
#include <doctest/doctest.h>

#include <string>

#include "due_phrases.hpp"
#include "kehoach/due.hpp"

namespace {

// The reading in the table's notation (see due_phrases.hpp).
std::string notation(const kehoach::DueResult& result) {
  if (!result.ok()) return "error: " + result.error.vi;
  const kehoach::Deadline& d = *result.deadline;
  std::string out(kehoach::due_kind_key(d.kind));
  for (std::size_t k = 0; k < d.occurrences.size(); ++k) {
    const auto& o = d.occurrences[k];
    out += k == 0 ? " " : "; ";
    out += (o.start ? o.start->iso() : std::string()) + ".." + o.due.iso();
  }
  return out;
}

}  // namespace

TEST_CASE("the phrase table holds at least 120 phrases") {
  static_assert(std::size(kehoach::phrase_table::rows) >= 120);
  CHECK(std::size(kehoach::phrase_table::rows) >= 120);
}

TEST_CASE("every phrase of the table reads exactly as the table says") {
  for (const auto& row : kehoach::phrase_table::rows) {
    INFO("phrase: ", row.phrase, ", plan year ", row.plan_year);
    const auto result = kehoach::parse_due(row.phrase, row.plan_year);
    CHECK(notation(result) == row.expected);
    if (result.ok() && result.deadline->due) {
      // start and due are the first start and the last due of the occurrences.
      CHECK(result.deadline->due == result.deadline->occurrences.back().due);
      CHECK(result.deadline->start == result.deadline->occurrences.front().start);
    }
  }
}
