#include "check/title_index.hpp"

#include <algorithm>
#include <set>

#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// Words that say nothing about which activity a title names: left out.
const std::set<std::string, std::less<>> common_syllables = {
    "cong", "tac", "va",   "cac",  "cua",  "ve",    "trong", "tren", "dia",
    "ban",  "nam", "to",   "chuc", "thuc", "hien",  "viec",  "cho",  "voi",
    "de",   "co",  "duoc", "nay",  "ke",   "hoach", "the",
};

// Words of the subject every plan is about ("theo dõi tình hình thi hành pháp luật"): they tell
// a law-monitoring activity from, say, a civil-status one, but every plan is full of them.
const std::set<std::string, std::less<>> subject_syllables = {
    "theo", "doi", "tinh", "hinh", "thi", "hanh", "phap", "luat",
};

// Words that name the kind of activity ("Tập huấn, bồi dưỡng nghiệp vụ", "kiểm tra", "báo
// cáo"), shared by activities on different subjects: they weigh least.
const std::set<std::string, std::less<>> generic_syllables = {
    "tap",  "huan", "boi",   "duong", "nghiep", "vu",   "hoi",    "nghi",  "trien", "khai",
    "tham", "gia",  "pho",   "bien",  "kiem",   "tra",  "bao",    "cao",   "ket",   "qua",
    "tong", "hop",  "thong", "tin",   "thu",    "thap", "xu",     "ly",    "tiep",  "nhan",
    "dieu", "khao", "sat",   "hoat",  "dong",   "nang", "chat",   "luong", "can",   "bo",
    "xay",  "dung", "tu",    "tai",   "gui",    "muu",  "chuyen", "mon",
};

constexpr int generic_tenths = 2;
constexpr int other_tenths = 10;

}  // namespace

WeightedWords WordTable::cut(std::string_view text) {
  WeightedWords out;
  ++m_cuts;
  auto take = [&](const std::string& word) {
    if (common_syllables.contains(word)) return;
    auto [it, inserted] = m_ids.try_emplace(word, static_cast<std::uint32_t>(m_weights.size()));
    if (inserted) {
      m_weights.push_back(subject_syllables.contains(word)   ? m_subject
                          : generic_syllables.contains(word) ? generic_tenths
                                                             : other_tenths);
      m_last_cut.push_back(0);
    }
    const std::uint32_t id = it->second;
    if (m_last_cut[id] == m_cuts) return;  // already in this title
    m_last_cut[id] = m_cuts;
    out.words.push_back(id);
    out.total += m_weights[id];
  };
  std::string word;
  for (const char c : fold_ascii(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word.push_back(c);
    } else if (!word.empty()) {
      take(word);
      word.clear();
    }
  }
  if (!word.empty()) take(word);
  return out;
}

int dice_percent(int shared, int total_a, int total_b) {
  const long long total = static_cast<long long>(total_a) + total_b;
  if (shared <= 0 || total <= 0) return 0;
  return static_cast<int>((200LL * shared) / total);
}

void TitleIndex::add(std::string_view title, std::uint32_t group) {
  const auto entry = static_cast<std::uint32_t>(m_totals.size());
  const WeightedWords cut = m_table.cut(title);
  m_totals.push_back(cut.total);
  m_shared.push_back(0);
  for (const std::uint32_t word : cut.words) {
    if (m_table.weight(word) <= 0) continue;  // adds nothing to what two titles share
    m_postings[(std::uint64_t{group} << 32) | word].push_back(entry);
  }
}

const std::vector<std::uint32_t>* TitleIndex::postings(std::uint32_t group,
                                                       std::uint32_t word) const {
  const auto it = m_postings.find((std::uint64_t{group} << 32) | word);
  return it == m_postings.end() ? nullptr : &it->second;
}

std::optional<std::vector<ScoredTitle>> TitleIndex::search(const WeightedWords& query,
                                                           std::uint32_t group,
                                                           ComparisonBudget& budget) {
  std::vector<std::pair<const std::vector<std::uint32_t>*, int>> lists;  // entries, weight
  std::size_t cost = 0;
  for (const std::uint32_t word : query.words) {
    const int w = m_table.weight(word);
    if (w <= 0) continue;
    if (const auto* list = postings(group, word)) {
      lists.emplace_back(list, w);
      cost += list->size();
    }
  }
  if (cost > budget.left) return std::nullopt;
  budget.left -= cost;
  std::vector<std::uint32_t> touched;
  int* shared = m_shared.data();  // the hot loop: plain pointers, fast in a debug build too
  for (const auto& [list, w] : lists) {
    const std::uint32_t* entry = list->data();
    const std::uint32_t* end = entry + list->size();
    for (; entry != end; ++entry) {
      if (shared[*entry] == 0) touched.push_back(*entry);
      shared[*entry] += w;
    }
  }
  // In entry order, as a scan of every entry would meet them.
  std::sort(touched.begin(), touched.end());
  std::vector<ScoredTitle> out;
  out.reserve(touched.size());
  for (const std::uint32_t entry : touched) {
    out.push_back(ScoredTitle{entry, dice_percent(m_shared[entry], query.total, m_totals[entry])});
    m_shared[entry] = 0;
  }
  return out;
}

}  // namespace kehoach
