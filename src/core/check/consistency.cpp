#include "kehoach/consistency.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <set>

#include "kehoach/check.hpp"
#include "kehoach/parent.hpp"
#include "kehoach/rules.hpp"
#include "kehoach/text.hpp"
#include "read/scalar_segments.hpp"

namespace kehoach {

namespace {

Diagnostic make(const Plan& plan, std::string_view code, Position at, Message message,
                Message hint = {}) {
  const Rule* rule = find_rule(code);
  return Diagnostic{std::string(code),  rule ? rule->severity : Severity::error,
                    plan.file,          at,
                    std::move(message), std::move(hint)};
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// The full date a plan speaks from, or the last day of its issue month: never a guess earlier
// than what the plan says (a draft of "04/2025" may be signed on 30/04).
std::optional<Date> latest_issue_day(const Plan& plan) {
  return kehoach::latest_issue_day(plan.issued);
}

// Every dated deadline of the plan that must fall in its year.
std::vector<const DueField*> in_year_deadlines(const Plan& plan) {
  std::vector<const DueField*> out;
  for (const auto& t : plan.tasks) out.push_back(&t.due);
  for (const auto& r : plan.responsibilities) {
    for (const auto& d : r.duties) out.push_back(&d.due);
  }
  if (plan.reporting) out.push_back(&plan.reporting->due);
  std::erase_if(
      out, [](const DueField* d) { return !d->phrase.present || !d->reading || !d->reading->due; });
  return out;
}

// "UBND" and "Ủy ban nhân dân" name the same body.
std::string body_key(std::string_view name) {
  std::string folded = fold_ascii(name);
  for (const std::string_view long_form : {"uy ban nhan dan", "uy ban nhan"}) {
    for (auto at = folded.find(long_form); at != std::string::npos; at = folded.find(long_form)) {
      folded.replace(at, long_form.size(), "ubnd");
    }
  }
  return folded;
}

}  // namespace

std::optional<int> slipped_year(const Plan& plan) {
  if (!plan.year.present || !plan.title.present) return std::nullopt;
  const auto named = other_year_named(plan.title.value, plan.year.value);
  if (!named) return std::nullopt;
  // Only what is written counts: a deadline without a year ("Quý II") takes `year` itself.
  const std::string title_year = std::to_string(*named);
  const std::string own_year = std::to_string(plan.year.value);
  int with_title = plan.issued.present && plan.issued.year == *named ? 1 : 0;
  int with_year = plan.issued.present && plan.issued.year == plan.year.value ? 1 : 0;
  for (const DueField* d : in_year_deadlines(plan)) {
    with_title += d->phrase.value.find(title_year) != std::string::npos ? 1 : 0;
    with_year += d->phrase.value.find(own_year) != std::string::npos ? 1 : 0;
  }
  if (with_title > with_year) return named;
  return std::nullopt;
}

namespace {

// What a district wording names: a district body, or a thị trấn (made a xã or phường by the
// same reform).
enum class DistrictWord { none, district, township };

// The words that name the district level, as `fold` writes them (NFC, lower case, marks kept):
// its bodies ("UBND huyện", "UBND các quận", "UBND thị xã", "thành phố thuộc tỉnh", "Quận ủy",
// "Thị ủy"), the Phòng Tư pháp, and the thị trấn. Only with their marks: "quận" is not "cơ
// quan", "quân đội", "quán triệt" or "quản lý", "huyện" is not the name "Huyền". A city by its
// name alone is not one: "thành phố Hà Nội", "thành phố Huế" are provinces.
constexpr std::array<std::string_view, 9> district_words = {"huyện",
                                                            "phòng tư pháp",
                                                            "thị trấn",
                                                            "quận",
                                                            "thị xã",
                                                            "thị ủy",
                                                            "thị uỷ",
                                                            "thành phố thuộc tỉnh",
                                                            "thành phố thuộc thành phố"};

bool is_letter_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Whether `word` (of district_words) stands at byte `at` of `folded` (by fold) as whole words,
// and its "thị" is not part of another word: "đô thị", "chỉ thị", "tiếp thị xã hội", "Chỉ thị
// Ủy ban".
bool district_word_at(std::string_view folded, std::size_t at, std::string_view word) {
  const std::size_t end = at + word.size();
  if (at > 0 && is_letter_byte(static_cast<unsigned char>(folded[at - 1]))) return false;
  if (end < folded.size() && is_letter_byte(static_cast<unsigned char>(folded[end]))) return false;
  if (!word.starts_with("thị ")) return true;
  std::string_view before = folded.substr(0, at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const auto space = before.find_last_of(' ');
  const std::string_view previous = before.substr(space == std::string_view::npos ? 0 : space + 1);
  for (const std::string_view w : {"đô", "chỉ", "tiếp", "hiển", "yết"}) {
    if (previous == w) return false;
  }
  std::string_view after = folded.substr(end);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  std::size_t next_end = 0;
  while (next_end < after.size() && is_letter_byte(static_cast<unsigned char>(after[next_end]))) {
    ++next_end;
  }
  const std::string_view next = after.substr(0, next_end);
  return !(next == "hội" || next == "ban");
}

// Whether `folded` (by fold) has one of district_words.
bool has_district_word(std::string_view folded) {
  for (const std::string_view word : district_words) {
    for (auto at = folded.find(word); at != std::string_view::npos;
         at = folded.find(word, at + 1)) {
      if (district_word_at(folded, at, word)) return true;
    }
  }
  return false;
}

// Whether `folded` (by fold_ascii) has a document's name or number: "Luật …", "Nghị quyết …",
// "số 12/KH-UBND", "ngày 05/01/2025".
bool cites_a_document(std::string_view folded) {
  for (const std::string_view word :
       {"nghi quyet", "nghi dinh", "quyet dinh", "thong tu", "chi thi", "cong van", "ket luan"}) {
    if (contains_word(folded, word)) return true;
  }
  // "Luật …", not "pháp luật".
  for (auto at = folded.find("luat"); at != std::string::npos; at = folded.find("luat", at + 1)) {
    const bool word =
        (at == 0 || !(folded[at - 1] >= 'a' && folded[at - 1] <= 'z')) &&
        (at + 4 == folded.size() || !(folded[at + 4] >= 'a' && folded[at + 4] <= 'z'));
    if (word && !(at >= 5 && folded.substr(at - 5, 5) == "phap ")) return true;
  }
  for (std::size_t at = folded.find('/'); at != std::string::npos; at = folded.find('/', at + 1)) {
    if (at > 0 && folded[at - 1] >= '0' && folded[at - 1] <= '9') return true;
  }
  return false;
}

// Whether `folded` tells the past or the reform itself: "trước đây là huyện …", "nguyên là",
// "không còn cấp huyện" anywhere in the sentence before; "sắp xếp đơn vị hành chính cấp
// huyện", "sáp nhập từ thị trấn …" only in the same clause, since "Sau khi sắp xếp, UBND các
// huyện …" still addresses them.
bool tells_the_past(std::string_view since_stop, std::string_view since_comma) {
  for (const std::string_view word : {"truoc day", "nguyen la", "truoc khi", "khong con",
                                      "khong to chuc", "ket thuc hoat dong"}) {
    if (contains_word(since_stop, word)) return true;
  }
  for (const std::string_view word : {"sap xep", "sap nhap", "giai the"}) {
    if (contains_word(since_comma, word)) return true;
  }
  return false;
}

// KH136's reading of a text: the district level named as a body of today, which the word test
// of the rollover (`mentions_district`) finds, less what is no such body: a person's name
// ("Nguyễn Thị Huyền": the word test drops diacritics), a place as it was ("xã Tân Lập (trước
// đây là thị trấn Tân Biên)", "huyện Tân Biên cũ"), a cited document ("Kế hoạch số 12/KH-UBND
// của UBND huyện …", "Nghị quyết … về sắp xếp … cấp huyện"). A mention is read within its
// clause: what is written before it since the last comma or stop for a document, since the
// last stop or bracket for the past, and up to the next comma for "cũ" (the next stop for
// "trước đây").
DistrictWord district_wording(std::string_view text) {
  if (!mentions_district(text)) return DistrictWord::none;
  const std::string folded = fold(text);
  DistrictWord found = DistrictWord::none;
  for (const std::string_view word : district_words) {
    for (auto at = folded.find(word); at != std::string::npos; at = folded.find(word, at + 1)) {
      if (!district_word_at(folded, at, word)) continue;
      const std::size_t end = at + word.size();
      const std::string_view before(folded.data(), at);
      const auto sentence = before.find_last_of(".;:()[]");
      const auto clause = before.find_last_of(".;:()[],");
      const std::string_view after = std::string_view(folded).substr(end);
      const std::string_view rest = after.substr(0, after.find_first_of(".;:()[],"));
      const std::string since_stop =
          fold_ascii(before.substr(sentence == std::string_view::npos ? 0 : sentence + 1));
      const std::string since_comma =
          fold_ascii(before.substr(clause == std::string_view::npos ? 0 : clause + 1));
      // "huyện Tân Biên cũ": "cũ" with its mark, not "cụ thể" or "dân cư".
      bool former = false;
      for (auto c = rest.find("cũ"); c != std::string_view::npos; c = rest.find("cũ", c + 1)) {
        const std::size_t c_end = c + std::string_view("cũ").size();
        if ((c == 0 || !is_letter_byte(static_cast<unsigned char>(rest[c - 1]))) &&
            (c_end == rest.size() || !is_letter_byte(static_cast<unsigned char>(rest[c_end])))) {
          former = true;
        }
      }
      // "các huyện, thị xã trước đây": said after the names, before the stop.
      const std::string_view to_stop = after.substr(0, after.find_first_of(".;:()[]"));
      if (contains_word(fold_ascii(to_stop), "truoc day")) former = true;
      if (former || tells_the_past(since_stop, since_comma) || cites_a_document(since_comma)) {
        continue;
      }
      if (word != "thị trấn") return DistrictWord::district;
      found = DistrictWord::township;
    }
  }
  return found;
}

std::vector<const Text*> texts_of(const Plan& plan);

class Consistency {
 public:
  Consistency(const Plan& plan, const ActTable& acts, const ProvinceTable& provinces,
              std::vector<Diagnostic>& out)
      : m_plan(plan), m_acts(acts), m_provinces(provinces), m_out(out) {}

  void run() {
    check_title_year();
    check_data_window();
    check_acts_in_force();
    check_provinces();
    check_district_wording();
    check_cited_parent();
  }

 private:
  void add(std::string_view code, Position at, Message message, Message hint = {}) {
    m_out.push_back(make(m_plan, code, at, std::move(message), std::move(hint)));
  }

  // KH132: the title's year against `year`; one error, whichever of the two is the slip.
  void check_title_year() {
    if (!m_plan.year.present || !m_plan.title.present) return;
    const auto named = other_year_named(m_plan.title.value, m_plan.year.value);
    if (!named) return;
    const int year = m_plan.year.value;
    if (const auto slipped = slipped_year(m_plan)) {
      m_effective_year = *slipped;
      add("KH132", m_plan.year.at,
          {fmt::format("`year: {}` nhưng tên kế hoạch và các thời hạn đều ghi năm {}", year,
                       *slipped),
           fmt::format("`year: {}` but the title and the deadlines say {}", year, *slipped)},
          {fmt::format("sửa thành `year: {}` (các thời hạn không báo lại lỗi này)", *slipped),
           fmt::format("write `year: {}` (the deadlines do not report this again)", *slipped)});
      // The deadlines written in the title's year are right: their KH103 only repeats this.
      std::set<Position> repeated;
      for (const DueField* d : in_year_deadlines(m_plan)) {
        if (d->reading->due->year == *slipped) repeated.insert(d->phrase.at);
      }
      const auto issued = m_plan.issued.date();
      const bool before_reform = *slipped <= 2025 && (!issued || *issued <= Date{2025, 6, 30});
      std::erase_if(m_out, [&](const Diagnostic& d) {
        if (d.file != m_plan.file) return false;
        if (d.code == "KH103") return repeated.contains(d.at);
        // A district level is lawful in the year the plan is really for.
        if (d.code == "KH118") return before_reform;
        if (d.code == "KH112") {
          const int y = m_plan.issued.year;
          return y == *slipped || (y == *slipped - 1 && m_plan.issued.month == 12);
        }
        return false;
      });
      return;
    }
    add("KH132", m_plan.title.at,
        {fmt::format("tên kế hoạch ghi năm {} nhưng đây là kế hoạch năm {} (`year`)", *named, year),
         fmt::format("the title names the year {} but the plan is for {} (`year`)", *named, year)},
        {fmt::format("sửa năm trong tên kế hoạch thành {}", year),
         fmt::format("write {} in the title", year)});
  }

  // KH133: the data window (kỳ số liệu) ends in the plan year and starts no earlier than the
  // year before; a window a whole year behind is last year's, left in place.
  void check_data_window() {
    if (!m_plan.reporting || !m_plan.year.present) return;
    const DueField& period = m_plan.reporting->period;
    if (!period.phrase.present || !period.reading || !period.reading->due) return;
    const int year = m_effective_year.value_or(m_plan.year.value);
    const Date end = *period.reading->due;
    const auto start = period.reading->start;
    if (end.year == year - 1) {
      add("KH133", period.phrase.at,
          {fmt::format("kỳ số liệu “{}” kết thúc ngày {}: đó là kỳ của báo cáo năm {}, còn để lại "
                       "từ kế hoạch năm trước",
                       period.phrase.value, end.dmy(), year - 1),
           fmt::format("the data window “{}” ends {}: it is the {} report's, left over from last "
                       "year's plan",
                       period.phrase.value, end.dmy(), year - 1)},
          {fmt::format("kỳ số liệu của báo cáo năm {} kết thúc trong năm {}", year, year),
           fmt::format("the data window of the {} report ends in {}", year, year)});
      return;
    }
    if (end.year != year || (start && start->year < year - 1)) {
      add("KH133", period.phrase.at,
          {fmt::format("kỳ số liệu “{}” nằm ngoài năm kế hoạch {}", period.phrase.value, year),
           fmt::format("the data window “{}” lies outside the plan year {}", period.phrase.value,
                       year)},
          {fmt::format("kỳ số liệu kết thúc trong năm {} và bắt đầu không sớm hơn năm {}", year,
                       year - 1),
           fmt::format("the data window ends in {} and starts no earlier than {}", year,
                       year - 1)});
    }
  }

  // KH130: an act cited before it was adopted or took effect.
  void check_acts_in_force() {
    // Without an issue date, the last day of the plan year: an act in force only after it
    // cannot be the basis of that year's plan.
    auto day = latest_issue_day(m_plan);
    const bool dated = day.has_value();
    if (!day && m_plan.year.present) day = Date{m_plan.year.value, 12, 31};
    if (!day) return;
    for (const auto& cited : m_plan.basis) {
      if (!cited.ref.present) continue;
      const LegalAct* act = m_acts.find(cited.ref.value);
      if (act == nullptr) continue;
      const std::optional<Date> from = act->in_force ? act->in_force : std::optional{act->date};
      if (*day >= *from) continue;
      add("KH130", cited.ref.at,
          dated
              ? Message{fmt::format("kế hoạch ban hành ngày {} viện dẫn {}, văn bản chỉ có hiệu "
                                    "lực từ ngày {}",
                                    day->dmy(), act->ref, from->dmy()),
                        fmt::format("the plan, dated {}, cites {}, which is in force only from {}",
                                    day->dmy(), act->ref, from->dmy())}
              : Message{fmt::format(
                            "kế hoạch năm {} viện dẫn {}, văn bản chỉ có hiệu lực từ ngày {}",
                            day->year, act->ref, from->dmy()),
                        fmt::format("the plan for {} cites {}, which is in force only from {}",
                                    day->year, act->ref, from->dmy())},
          {"căn cứ văn bản đang có hiệu lực vào ngày ban hành kế hoạch",
           "cite the act in force on the plan's date"});
    }
  }

  // KH131: a plan after the provinces were merged still names a former province.
  void check_provinces() {
    const auto reference = plan_reference_date(m_plan);
    const bool after = (reference && *reference >= m_provinces.operating) ||
                       (m_plan.year.present && m_plan.year.value > m_provinces.operating.year);
    if (!after) return;
    auto flag = [&](const Text& text, std::string_view what_vi, std::string_view what_en) {
      if (!text.present) return false;
      const auto former = find_former_province(text.value, m_provinces);
      if (!former) return false;
      const Province& now = *former->successor;
      add("KH131", text.at,
          {fmt::format("{} “{}”: theo Nghị quyết {}, từ ngày {} {} {} thuộc {} {}", what_vi,
                       text.value, m_provinces.resolution, m_provinces.effective.dmy(), "tỉnh",
                       former->name, now.kind, now.name),
           fmt::format("{} “{}”: under Resolution {}, from {} the province of {} is part of {} {}",
                       what_en, text.value, m_provinces.resolution, m_provinces.effective.dmy(),
                       former->name, now.kind == "thành phố" ? "the city of" : "the province of",
                       now.name)},
          {fmt::format("ghi theo tên {} {}", now.kind, now.name),
           fmt::format("name {} {} instead", now.kind, now.name)});
      return true;
    };
    if (!flag(m_plan.issuer.name, "cơ quan ban hành", "the issuer")) {
      if (m_plan.issuer.level.present && m_plan.issuer.level.value == Level::province &&
          m_plan.issuer.locality.present) {
        if (const Province* now = m_provinces.successor_of(m_plan.issuer.locality.value)) {
          add("KH131", m_plan.issuer.locality.at,
              {fmt::format("địa phương “{}”: theo Nghị quyết {}, từ ngày {} thuộc {} {}",
                           m_plan.issuer.locality.value, m_provinces.resolution,
                           m_provinces.effective.dmy(), now->kind, now->name),
               fmt::format("locality “{}”: under Resolution {}, from {} it is part of {}",
                           m_plan.issuer.locality.value, m_provinces.resolution,
                           m_provinces.effective.dmy(), now->name)},
              {fmt::format("ghi `locality: {}`", now->name),
               fmt::format("write `locality: {}`", now->name)});
        }
      }
    }
    // With a parent file, KH202 holds the cited issuer against it: said once.
    if (m_plan.parent && !m_plan.parent->file.present) {
      flag(m_plan.parent->issuer, "cơ quan cấp trên", "the parent issuer");
    }
  }

  // KH136: text that still addresses the district level after the reform (UBND huyện, Phòng
  // Tư pháp): kehoach flags it on rollover, this keeps flagging it until it is reworded.
  void check_district_wording() {
    const auto reference = plan_reference_date(m_plan);
    const int year = m_effective_year.value_or(m_plan.year.value);
    const bool dated = m_plan.issued.present && m_plan.issued.month != 0;
    const bool after = (reference && dated && *reference >= m_provinces.operating) ||
                       (m_plan.year.present && year > m_provinces.operating.year);
    // A district plan after the reform is KH118 already: its wording is not said again.
    if (!after || (m_plan.issuer.level.present && m_plan.issuer.level.value == Level::district)) {
      return;
    }
    // A parent reference with a file is checked against that file (KH211 says a district parent
    // is gone): not said twice.
    std::set<const Text*> parent_texts;
    if (m_plan.parent && m_plan.parent->file.present) {
      parent_texts = {&m_plan.parent->issuer, &m_plan.parent->title, &m_plan.parent->ref};
    }
    for (const Text* t : texts_of(m_plan)) {
      if (parent_texts.contains(t)) continue;
      const DistrictWord found = district_wording(t->value);
      if (found == DistrictWord::none) continue;
      if (found == DistrictWord::township) {
        add("KH136", t->at,
            {fmt::format("còn nhắc thị trấn, không còn từ 01/07/2025: “{}”", t->value),
             fmt::format("still names a thị trấn (township), gone from 01/07/2025: “{}”",
                         t->value)},
            {"ghi “xã, phường”: các thị trấn đã được sắp xếp thành xã, phường",
             "write “xã, phường”: every thị trấn became a xã or a phường"});
        continue;
      }
      add("KH136", t->at,
          {fmt::format("còn nhắc cơ quan cấp huyện, không còn từ 01/07/2025: “{}”", t->value),
           fmt::format("still names a district body, gone from 01/07/2025: “{}”", t->value)},
          {"giao cho UBND cấp tỉnh (qua Sở Tư pháp) hoặc cơ quan cấp xã",
           "address the province (through the Sở Tư pháp) or the commune instead"});
    }
  }

  const Plan& m_plan;
  const ActTable& m_acts;
  const ProvinceTable& m_provinces;
  std::vector<Diagnostic>& m_out;
  // KH137, KH138: the plan's own citation of its parent (`parent.date`, `parent.title`), read
  // without the parent file: a commune often has only the Word file of the plan it implements.
  // With the parent file loaded, KH204, KH201, KH202 and KH220 say the same from the file, and
  // these two are dropped (add_parent_checks).
  void check_cited_parent() {
    if (!m_plan.parent) return;
    const ParentRef& parent = *m_plan.parent;
    const auto latest = latest_issue_day(m_plan);
    if (parent.date.present && latest && *latest < parent.date.value) {
      const bool month_only = !m_plan.issued.date();
      add("KH137", m_plan.issued.at,
          {fmt::format("kế hoạch ban hành {} {}, trước kế hoạch cấp trên mà nó thực hiện "
                       "(`parent.date`: {})",
                       month_only ? "trong tháng" : "ngày",
                       month_only ? fmt::format("{:02}/{}", m_plan.issued.month, m_plan.issued.year)
                                  : latest->dmy(),
                       parent.date.value.dmy()),
           fmt::format("the plan is issued {} {}, before the parent plan it implements "
                       "(`parent.date`: {})",
                       month_only ? "in" : "on",
                       month_only ? fmt::format("{:02}/{}", m_plan.issued.month, m_plan.issued.year)
                                  : latest->dmy(),
                       parent.date.value.dmy())},
          {"kiểm tra `issued` và `parent.date` (ngày của kế hoạch năm nay, không phải năm trước)",
           "check `issued` and `parent.date` (the date of this year's parent plan, not last "
           "year's)"});
    }
    if (parent.title.present && m_plan.year.present) {
      const int year = m_effective_year.value_or(m_plan.year.value);
      // A law named with its year ("Luật … năm 2025 trong năm 2026") is not the plan's year:
      // only a title that names some year and never the plan's is last year's.
      if (const auto named = other_year_named(parent.title.value, year)) {
        add("KH138", parent.title.at,
            {fmt::format("tên kế hoạch cấp trên ghi năm {}, nhưng đây là kế hoạch năm {}", *named,
                         year),
             fmt::format("the parent's title names {}, but this is the plan for {}", *named, year)},
            {"viện dẫn kế hoạch cấp trên của năm nay (số, ngày và tên)",
             "cite this year's parent plan (number, date and title)"});
      }
    }
  }

  std::optional<int> m_effective_year;
};

// Administrative ranks, highest first; nullopt for bodies outside the hierarchy.
std::optional<int> rank(Level level) {
  switch (level) {
    case Level::national: return 0;
    case Level::ministry: return 1;
    case Level::province: return 2;
    case Level::department:
    case Level::district: return 3;
    case Level::commune: return 4;
    case Level::other: return std::nullopt;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Template blanks

// Words after which "…" stands for a name, a number or a date still to be written.
const std::set<std::string, std::less<>> blank_after = {
    "xa",    "phuong", "huyen", "quan", "tinh", "pho", "tran", "khu", "ngay",
    "thang", "nam",    "so",    "ong",  "ba",   "chi", "ubnd", "vuc", "phong"};

// Where a template blank starts in `value` (byte offsets) and the text of the blank.
std::vector<std::pair<std::size_t, std::string>> blanks_in(std::string_view value) {
  std::vector<std::pair<std::size_t, std::string>> out;
  const std::string_view ellipsis = "…";
  std::size_t i = 0;
  while (i < value.size()) {
    if (value[i] == '[') {
      const auto close = value.find(']', i);
      if (close != std::string_view::npos && close - i <= 60 && close > i + 1) {
        const std::string_view inside = value.substr(i + 1, close - i - 1);
        const bool number = std::all_of(inside.begin(), inside.end(), digit);
        if (!number) out.emplace_back(i, std::string(value.substr(i, close - i + 1)));
        i = close + 1;
        continue;
      }
    }
    std::size_t len = 0;
    while (i + len < value.size()) {
      if (value.substr(i + len, ellipsis.size()) == ellipsis) {
        len += ellipsis.size();
      } else if (value[i + len] == '.' && value.substr(i + len, 3) == "...") {
        len += 3;
      } else {
        break;
      }
    }
    if (len == 0) {
      ++i;
      continue;
    }
    const std::string_view before = trim(value.substr(0, i));
    const std::string_view after = trim(value.substr(i + len));
    bool blank = before.empty() && after.empty();
    if (!before.empty() && (before.back() == '-' || before.back() == '/')) blank = true;
    if (!after.empty() && after.front() == '/') blank = true;
    if (!blank && !before.empty() && before.back() != ',' && before.back() != ';') {
      const std::string folded = fold_ascii(before);
      std::size_t w = folded.size();
      while (w > 0 && folded[w - 1] >= 'a' && folded[w - 1] <= 'z') --w;
      blank = blank_after.contains(std::string_view(folded).substr(w));
    }
    if (blank) out.emplace_back(i, std::string(value.substr(i, len)));
    i += len;
  }
  return out;
}

std::vector<const Text*> texts_of(const Plan& plan) {
  std::vector<const Text*> out{
      &plan.number,        &plan.issuer.name, &plan.issuer.locality,
      &plan.issuer.signer, &plan.place,       &plan.title,
      &plan.enactment,     &plan.closing,     &plan.issuer.parent_authority};
  auto all = [&out](const std::vector<Text>& texts) {
    for (const auto& t : texts) out.push_back(&t);
  };
  all(plan.purpose);
  all(plan.requirements);
  all(plan.budget);
  all(plan.recipients);
  for (const auto& h : plan.outline) out.push_back(&h.title);
  for (const auto& f : plan.focus_areas) {
    out.insert(out.end(), {&f.name, &f.scope, &f.lead});
    all(f.subjects);
    all(f.content);
  }
  for (const auto& t : plan.tasks) {
    out.insert(out.end(), {&t.title, &t.output});
    all(t.description);
    all(t.lead);
    all(t.partners);
  }
  for (const auto& r : plan.responsibilities) {
    out.insert(out.end(), {&r.agency, &r.intro});
    for (const auto& d : r.duties) out.insert(out.end(), {&d.text, &d.to});
  }
  if (plan.reporting) {
    out.insert(out.end(), {&plan.reporting->subjects, &plan.reporting->to, &plan.reporting->content,
                           &plan.reporting->due.phrase, &plan.reporting->period.phrase});
  }
  if (plan.parent)
    out.insert(out.end(), {&plan.parent->ref, &plan.parent->issuer, &plan.parent->title});
  if (plan.signature) {
    const Signature& s = *plan.signature;
    out.insert(out.end(), {&s.authority, &s.role, &s.title, &s.name});
  }
  std::erase_if(out, [](const Text* t) { return !t->present || t->at.line < 1; });
  return out;
}

// The 1-based column of byte `offset` of `line`.
int column_of(std::string_view line, std::size_t offset) {
  return static_cast<int>(display_width(line.substr(0, offset))) + 1;
}

}  // namespace

bool mentions_district(std::string_view text) {
  const std::string folded = fold_ascii(text);
  for (const std::string_view word : {"huyen", "phong tu phap", "thi tran"}) {
    for (auto at = folded.find(word); at != std::string::npos; at = folded.find(word, at + 1)) {
      const std::size_t end = at + word.size();
      const bool starts = at == 0 || !(folded[at - 1] >= 'a' && folded[at - 1] <= 'z');
      const bool ends = end == folded.size() || !(folded[end] >= 'a' && folded[end] <= 'z');
      if (starts && ends) return true;
    }
  }
  // "quận", "thị xã" … only with their marks: "quan" is also "cơ quan", "quân", "quản".
  return has_district_word(fold(text));
}

std::optional<Date> earliest_issue_day(const IssueDate& issued) {
  if (auto d = issued.date()) return d;
  if (issued.present && issued.month != 0) return Date{issued.year, issued.month, 1};
  return std::nullopt;
}

std::optional<Date> latest_issue_day(const IssueDate& issued) {
  if (auto d = issued.date()) return d;
  if (issued.present && issued.month != 0) return last_day_of_month(issued.year, issued.month);
  return std::nullopt;
}

std::vector<int> years_named(std::string_view text) {
  const std::string folded = fold_ascii(text);
  std::vector<int> out;
  for (auto at = folded.find("nam "); at != std::string::npos; at = folded.find("nam ", at + 1)) {
    if (at > 0 && folded[at - 1] >= 'a' && folded[at - 1] <= 'z') continue;
    const std::size_t d = at + 4;
    if (d + 4 > folded.size()) break;
    if (!digit(folded[d]) || !digit(folded[d + 1]) || !digit(folded[d + 2]) ||
        !digit(folded[d + 3]))
      continue;
    if (d + 4 < folded.size() && digit(folded[d + 4])) continue;
    out.push_back(std::stoi(folded.substr(d, 4)));
  }
  return out;
}

std::optional<int> other_year_named(std::string_view text, int year) {
  std::optional<int> closest;
  for (const int named : years_named(text)) {
    if (named == year) return std::nullopt;
    if (!closest || std::abs(named - year) < std::abs(*closest - year)) closest = named;
  }
  return closest;
}

void add_consistency_checks(const Plan& plan, const ActTable& acts, const ProvinceTable& provinces,
                            std::vector<Diagnostic>& out) {
  Consistency(plan, acts, provinces, out).run();
}

void add_parent_consistency_checks(const Plan& child, const Plan& parent, const ActTable& acts,
                                   std::vector<Diagnostic>& out) {
  // KH201 repeats KH132 when the child's title already names the parent's year; and deadlines
  // read in the wrong year are compared with the parent's in vain (KH203, KH207).
  if (const auto slipped = slipped_year(child)) {
    // A deadline read in the mistyped year compares with the parent's in vain; one written in
    // the right year ("Tháng 9/2026") compares truly, and its KH203 or KH207 stays.
    std::set<Position> right_year;
    for (const DueField* d : in_year_deadlines(child)) {
      if (d->reading->due->year == *slipped) right_year.insert(d->phrase.at);
    }
    std::erase_if(out, [&](const Diagnostic& d) {
      if (d.code == "KH201") return *slipped == parent.year.value;
      return (d.code == "KH203" || d.code == "KH207") && !right_year.contains(d.at);
    });
  }

  // KH220: the cited title of the parent names another year than the parent file.
  if (child.parent && child.parent->title.present && parent.year.present) {
    const Text& title = child.parent->title;
    if (const auto named = other_year_named(title.value, parent.year.value)) {
      out.push_back(make(
          child, "KH220", title.at,
          {fmt::format("tên kế hoạch cấp trên ghi năm {}, nhưng tệp cấp trên là kế hoạch năm {}",
                       *named, parent.year.value),
           fmt::format("the parent's title names {}, but the parent file is the plan for {}",
                       *named, parent.year.value)},
          {parent.title.present
               ? Message{fmt::format("chép đúng tên: “{}”", parent.title.value),
                         fmt::format("copy the title: “{}”", parent.title.value)}
               : Message{"chép đúng tên kế hoạch cấp trên", "copy the parent's title"}}));
    }
  }
  // KH221: a plan sits below its parent.
  if (child.issuer.level.present && parent.issuer.level.present) {
    const auto c = rank(child.issuer.level.value);
    const auto p = rank(parent.issuer.level.value);
    if (c && p && *c <= *p) {
      out.push_back(make(
          child, "KH221", child.issuer.level.at,
          {fmt::format("kế hoạch cấp {} (`level: {}`) thực hiện kế hoạch cấp {} của {}: cấp dưới "
                       "phải thấp hơn cấp trên",
                       level_label(child.issuer.level.value, Lang::vi),
                       level_key(child.issuer.level.value),
                       level_label(parent.issuer.level.value, Lang::vi), parent.issuer.name.value),
           fmt::format("a {} plan (`level: {}`) implements the {} plan of {}: a child sits below "
                       "its parent",
                       level_label(child.issuer.level.value, Lang::en),
                       level_key(child.issuer.level.value),
                       level_label(parent.issuer.level.value, Lang::en), parent.issuer.name.value)},
          {"kiểm tra `issuer.level` (xã: `commune`, sở: `department`) hoặc kế hoạch cấp trên",
           "check `issuer.level` (`commune`, `department`) or the parent plan"}));
    }
  }
  // KH222: the child cites an act its parent shows replaced (the parent cites the successor).
  const auto reference = plan_reference_date(child);
  // Sets of the cited refs, not a scan of one basis per act of the other.
  auto refs_of = [](const Plan& plan) {
    std::set<std::string, std::less<>> refs;
    for (const auto& r : plan.basis) refs.insert(fold(r.ref.value));
    return refs;
  };
  const auto parent_refs = refs_of(parent);
  const auto child_refs = refs_of(child);
  for (const auto& cited : child.basis) {
    const LegalAct* act = acts.find(cited.ref.value);
    if (act == nullptr || act->replaced_by.empty()) continue;
    // KH116 already says it when the child is dated after the replacement.
    if (reference && act->replaced_from && *reference >= *act->replaced_from) continue;
    const std::string successor = fold(act->replaced_by);
    if (!parent_refs.contains(successor) || child_refs.contains(successor)) continue;
    out.push_back(
        make(child, "KH222", cited.ref.at,
             {fmt::format(
                  "kế hoạch cấp trên căn cứ {}, văn bản thay thế {}; kế hoạch này vẫn viện dẫn {}",
                  act->replaced_by, act->ref, act->ref),
              fmt::format("the parent cites {}, which replaces {}; this plan still cites {}",
                          act->replaced_by, act->ref, act->ref)},
             {fmt::format("căn cứ {} như kế hoạch cấp trên", act->replaced_by),
              fmt::format("cite {} as the parent does", act->replaced_by)}));
  }
}

std::vector<Diagnostic> check_placeholders(const Plan& plan, std::string_view text) {
  std::vector<Diagnostic> out;
  const auto lines = split_lines(text);
  const bool issued = plan.status.present && plan.status.value == Status::issued;
  for (const Text* t : texts_of(plan)) {
    const auto blanks = blanks_in(t->value);
    if (blanks.empty()) continue;
    auto line = static_cast<std::size_t>(t->at.line - 1);
    std::size_t from = 0;
    if (line < lines.size()) {
      // Byte offset of the scalar's column on its first line.
      const std::string& l = lines[line];
      int c = 1;
      while (from < l.size() && c < t->at.column) {
        const auto b = static_cast<unsigned char>(l[from]);
        from += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        ++c;
      }
    }
    for (const auto& [offset, blank] : blanks) {
      (void)offset;
      Position at = t->at;
      for (std::size_t j = line; j < lines.size() && j < line + 40; ++j) {
        const auto found = lines[j].find(blank, j == line ? from : 0);
        if (found == std::string::npos) {
          from = 0;
          continue;
        }
        at = {static_cast<int>(j) + 1, column_of(lines[j], found)};
        line = j;
        from = found + blank.size();
        break;
      }
      Diagnostic d =
          make(plan, "KH134", at,
               {fmt::format("chỗ trống “{}” của mẫu chưa điền: “{}”", blank, t->value),
                fmt::format("template blank “{}” not filled in: “{}”", blank, t->value)},
               {issued ? Message{"kế hoạch đã ban hành không được còn chỗ trống: điền nội dung",
                                 "an issued plan has no blanks: fill it in"}
                       : Message{"điền nội dung trước khi trình ký",
                                 "fill it in before the plan is signed"}});
      d.severity = issued ? Severity::error : Severity::warning;
      out.push_back(std::move(d));
    }
  }
  sort_diagnostics(out);
  return out;
}

std::vector<std::optional<std::size_t>> same_plans(const std::vector<const Plan*>& plans) {
  std::vector<std::optional<std::size_t>> out(plans.size());
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const Plan& p = *plans[i];
    if (!p.year.present || !p.issuer.name.present) continue;
    const std::string number = fold(p.number.value);
    const bool numbered = p.number.present && !number.empty() && number.front() != '/';
    const bool draft = p.status.present && p.status.value == Status::draft;
    if (!numbered && !draft) continue;
    // The body is named with where it sits and what it answers to: every province has a "Sở Xây
    // dựng", and communes of two provinces may share a name and a number, so two plans numbered
    // alike are one plan only when their locality, parent authority, issue date and parent's
    // issuer (each when written) agree too.
    const auto part = [](const Text& t) { return t.present ? fold_ascii(t.value) : std::string(); };
    const std::string issued =
        p.issued.present ? fmt::format("{}-{}-{}", p.issued.year, p.issued.month, p.issued.day)
                         : std::string();
    const std::string parent = p.parent ? body_key(p.parent->issuer.value) : std::string();
    const std::string key =
        fmt::format("{}\n{}\n{}\n{}\n{}\n{}\n{}", body_key(p.issuer.name.value),
                    part(p.issuer.locality), part(p.issuer.parent_authority), issued, parent,
                    p.year.value, numbered ? number : std::string("\n(draft)"));
    const auto [it, inserted] = first.emplace(key, i);
    if (!inserted) out[i] = it->second;
  }
  return out;
}

Diagnostic same_plan_diagnostic(const Plan& later, const Plan& first, bool later_is_dropped) {
  const bool numbered =
      later.number.present && !later.number.value.empty() && later.number.value.front() != '/';
  const Position at = numbered                    ? later.number.at
                      : later.issuer.name.present ? later.issuer.name.at
                                                  : Position{1, 1};
  const std::string what_vi = numbered
                                  ? fmt::format("kế hoạch số {} năm {} của {}", later.number.value,
                                                later.year.value, later.issuer.name.value)
                                  : fmt::format("dự thảo kế hoạch năm {} của {}", later.year.value,
                                                later.issuer.name.value);
  const std::string what_en =
      numbered ? fmt::format("plan {} for {} of {}", later.number.value, later.year.value,
                             later.issuer.name.value)
               : fmt::format("draft plan for {} of {}", later.year.value, later.issuer.name.value);
  return make(later, "KH135", at,
              {fmt::format("{} có cả trong `{}` và `{}`{}", what_vi, first.file, later.file,
                           later_is_dropped ? fmt::format(": dùng `{}`", first.file) : ""),
               fmt::format("the {} is in both `{}` and `{}`{}", what_en, first.file, later.file,
                           later_is_dropped ? fmt::format(": `{}` is used", first.file) : "")},
              {"giữ một tệp cho mỗi kế hoạch; xóa hoặc chuyển bản sao ra khỏi thư mục",
               "keep one file per plan; remove the copy or move it out of the folder"});
}

void add_parent_checks(std::vector<Diagnostic>& found, const Plan& child, const Plan& parent,
                       const ActTable& acts) {
  // The parent file is here: KH204, KH201, KH202 and KH220 compare with it. KH137 and KH138,
  // made from the child's citation alone, would only repeat them (or follow a mistyped citation).
  // KH142 (no number or date cited) gives way to KH223 when the parent file is itself a draft:
  // there is no number to cite yet, and KH223 says to check again once it is issued.
  const bool parent_draft =
      child.status.value == Status::issued && parent.status.value == Status::draft;
  std::erase_if(found, [&](const Diagnostic& d) {
    return d.file == child.file &&
           (d.code == "KH137" || d.code == "KH138" || (parent_draft && d.code == "KH142"));
  });
  const auto against = check_against_parent(child, parent, acts);
  found.insert(found.end(), against.begin(), against.end());
}

}  // namespace kehoach
