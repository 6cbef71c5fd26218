// Helpers shared by the unit tests that build plans from YAML text (a base plan with one part
// replaced) and import documents from lines.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "kehoach/import.hpp"
#include "kehoach/load.hpp"

namespace kehoach::testing {

/// `text` with the first `from` replaced by `to`; the test fails when `from` is not there.
inline std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  return text;
}

/// The plan `yaml` holds, read as the file `name`; the test fails (showing the diagnostics) when
/// it does not load.
inline Plan load(const std::string& yaml, const std::string& name = "p.yaml") {
  LoadResult r = load_plan(yaml, name);
  for (const auto& d : r.diagnostics) INFO(d.code, " ", d.at.line, " ", d.message.en);
  REQUIRE(r.ok());
  return std::move(r.plan);
}

/// `lines` as the paragraphs of a document, numbered from line 1.
inline std::vector<SourceParagraph> paragraphs(const std::vector<std::string>& lines) {
  std::vector<SourceParagraph> out;
  int n = 0;
  for (const auto& l : lines) {
    SourceParagraph p;
    p.text = l;
    p.line = ++n;
    out.push_back(p);
  }
  return out;
}

}  // namespace kehoach::testing
