// Titles cut into weighted words once, and an index from each word to the titles that hold it:
// a parent item is scored only against the child items that share a word with it, instead of
// cutting both titles again for every pair (3,000 × 3,000 tasks took 38–69 s that way).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kehoach {

/// A title's distinct words (ids from a WordTable) and their summed weight. Weights are kept
/// in tenths (1.0 is 10) so that every score is an exact integer computation.
struct WeightedWords {
  std::vector<std::uint32_t> words;  ///< distinct, in first-seen order
  int total = 0;                     ///< the sum of the words' weights, in tenths
};

/// Numbers the words of titles and weighs them: a word naming the subject every plan is about
/// ("thi hành pháp luật") weighs `subject_tenths`, a word naming a kind of activity ("tập
/// huấn", "kiểm tra") 2, any other 10; words that say nothing ("công tác", "các") are left out.
class WordTable {
 public:
  explicit WordTable(int subject_tenths) : m_subject(subject_tenths) {}

  /// The words of `text` (folded to ASCII, cut at anything but a letter or a digit).
  [[nodiscard]] WeightedWords cut(std::string_view text);
  /// The weight of word `id`, in tenths.
  [[nodiscard]] int weight(std::uint32_t id) const { return m_weights[id]; }

 private:
  int m_subject;
  std::unordered_map<std::string, std::uint32_t> m_ids;
  std::vector<int> m_weights;
  std::vector<std::uint64_t> m_last_cut;  ///< per word: the cut that last took it
  std::uint64_t m_cuts = 0;
};

/// Weighted Dice's coefficient of two cut titles in percent, rounded down:
/// 2 w(X∩Y) / (w(X) + w(Y)).
[[nodiscard]] int dice_percent(int shared, int total_a, int total_b);

/// The work left to one diff, in word comparisons (see word_comparison_limit in parent.hpp).
struct ComparisonBudget {
  std::size_t left = 0;
};

/// A child title that shares a word with the query, and how similar it is (percent).
struct ScoredTitle {
  std::size_t entry = 0;  ///< the order in which it was added
  int similarity = 0;
};

/// Child titles by group (a task kind, say) and word.
class TitleIndex {
 public:
  explicit TitleIndex(int subject_tenths) : m_table(subject_tenths) {}

  /// Adds a title in `group`; entries are numbered 0, 1, 2… in the order added.
  void add(std::string_view title, std::uint32_t group);
  /// Cuts a query title with the same table (new words get new ids, held by no entry).
  [[nodiscard]] WeightedWords cut(std::string_view title) { return m_table.cut(title); }
  /// Every entry of `group` sharing a word of positive weight with `query`, in entry order,
  /// each with its similarity; entries sharing nothing have similarity 0 and are left out.
  /// nullopt, with `budget` untouched, when the search would cost more than is left of it.
  [[nodiscard]] std::optional<std::vector<ScoredTitle>> search(const WeightedWords& query,
                                                               std::uint32_t group,
                                                               ComparisonBudget& budget);

 private:
  [[nodiscard]] const std::vector<std::uint32_t>* postings(std::uint32_t group,
                                                           std::uint32_t word) const;

  WordTable m_table;
  std::vector<int> m_totals;  ///< per entry
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> m_postings;
  std::vector<int> m_shared;  ///< per entry, zero between searches
};

}  // namespace kehoach
