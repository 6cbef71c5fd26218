#include "kehoach/check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "check/text_deadlines.hpp"
#include "kehoach/agency.hpp"
#include "kehoach/calendar.hpp"
#include "kehoach/consistency.hpp"
#include "kehoach/due.hpp"
#include "kehoach/provinces.hpp"
#include "kehoach/rules.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

// Rounds [first, end) of a deadline, for a message that says which are wrong: "lần 1/2
// (31/12/2025)", "các lần 1–3/12 (31/01/2026 đến 31/03/2026)".
Message rounds_named(const std::vector<Occurrence>& rounds, std::size_t first, std::size_t end) {
  const std::size_t total = rounds.size();
  if (end - first == 1) {
    return {fmt::format("lần {}/{} ({})", first + 1, total, rounds[first].due.dmy()),
            fmt::format("round {} of {} ({})", first + 1, total, rounds[first].due.dmy())};
  }
  return {fmt::format("các lần {}–{}/{} ({} đến {})", first + 1, end, total,
                      rounds[first].due.dmy(), rounds[end - 1].due.dmy()),
          fmt::format("rounds {}–{} of {} ({} to {})", first + 1, end, total,
                      rounds[first].due.dmy(), rounds[end - 1].due.dmy())};
}

// A duty may leave its kind out: it is then `other`, never the enum's first value.
TaskKind kind_of(const Located<TaskKind>& kind) {
  return kind.present ? kind.value : TaskKind::other;
}

bool reads_as_report(const Duty& d) {
  return d.text.present && kehoach::reads_as_report(d.text.value);
}

// Long class: every plan rule (KH1xx) is a short member reading the same plan, act table and
// list of findings; splitting it would pass those three to each rule instead.
class Checker {
 public:
  Checker(const Plan& plan, const ActTable& acts) : m_plan(plan), m_acts(acts) {}

  std::vector<Diagnostic> run() {
    check_sections();
    check_document_forms();
    check_issuer_level();
    check_legal_basis();
    check_ids();
    check_deadlines();
    check_reporting();
    check_district_level();
    check_text_deadlines(m_plan, m_out);
    add_consistency_checks(m_plan, m_acts, builtin_provinces(), m_out);
    sort_diagnostics(m_out);
    return std::move(m_out);
  }

 private:
  void add(std::string_view code, Position at, Message message, Message hint = {}) {
    const Rule* rule = find_rule(code);
    add_as(rule ? rule->severity : Severity::error, code, at, std::move(message), std::move(hint));
  }

  void add_as(Severity severity, std::string_view code, Position at, Message message,
              Message hint = {}) {
    m_out.push_back(Diagnostic{std::string(code), severity, m_plan.file, at, std::move(message),
                               std::move(hint)});
  }

  int year() const { return m_plan.year.value; }

  // KH101: the sections every plan has (both seeds do).
  void check_sections() {
    const Position top{1, 1};
    auto missing = [&](std::string_view key, std::string_view vi_name, std::string_view en_name) {
      add("KH101", top,
          {fmt::format("thiếu mục {} (`{}`)", vi_name, key),
           fmt::format("the {} section (`{}`) is missing or empty", en_name, key)},
          {fmt::format("thêm khóa `{}` với nội dung của mục này", key),
           fmt::format("add the `{}` key with the section's content", key)});
    };
    if (m_plan.purpose.empty()) missing("purpose", "mục đích", "purpose");
    if (m_plan.requirements.empty()) missing("requirements", "yêu cầu", "requirements");
    if (m_plan.tasks.empty()) missing("tasks", "nội dung, hoạt động", "activities");
    if (m_plan.responsibilities.empty())
      missing("responsibilities", "trách nhiệm thực hiện", "responsibilities");
    if (m_plan.recipients.empty()) missing("recipients", "nơi nhận", "recipients");
    if (!m_plan.signature) missing("signature", "chữ ký", "signature");
    if (m_plan.basis.empty() && !m_plan.parent) missing("basis", "căn cứ", "legal basis");
    // The seeds write the reporting regime as report duties of the responsibilities (Lai Châu
    // 2025 has no section of its own): only a plan that says nowhere when reports are due is
    // warned.
    if (!m_plan.reporting && !says_when_reports_are_due()) {
      add_as(Severity::warning, "KH101", top,
             {"thiếu chế độ báo cáo (`reporting`): kế hoạch không ghi hạn gửi báo cáo ở đâu cả",
              "the reporting section (`reporting`) is missing: the plan says nowhere when "
              "reports are due"},
             {"thêm khóa `reporting` (kỳ số liệu, hạn gửi, nơi nhận báo cáo), hoặc một nhiệm vụ "
              "`kind: report` có `due`",
              "add the `reporting` key (data window, due date, recipient), or a duty with "
              "`kind: report` and a `due`"});
    }
  }

  bool says_when_reports_are_due() const {
    for (const auto& t : m_plan.tasks) {
      if (kind_of(t.kind) == TaskKind::report && t.due.phrase.present) return true;
    }
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) {
        if (d.due.phrase.present && (kind_of(d.kind) == TaskKind::report || reads_as_report(d))) {
          return true;
        }
      }
    }
    return false;
  }

  // KH142: a plan drafted from its parent's draft (`new --parent` in December) cites
  // "Kế hoạch số /KH-UBND"; signed as it is, the document cites nothing. (A citation without
  // its date still names the document: KH202 compares the date when there is one.)
  void check_parent_citation(const ParentRef& parent) {
    const Text& ref = parent.ref;
    if (!ref.present || ref.value.empty() || ref.value.front() == '/') {
      add("KH142", ref.present ? ref.at : parent.at,
          {"kế hoạch đã ban hành nhưng dẫn kế hoạch cấp trên chưa có số",
           "an issued plan cites its parent plan without a number"},
          {"ghi số, ký hiệu kế hoạch cấp trên đã ban hành, ví dụ `ref: 25/KH-UBND`",
           "write the number of the parent plan as issued, e.g. `ref: 25/KH-UBND`"});
    }
  }

  // KH110–KH113, KH120: number, place and date, signature and recipients as Nghị định 30/2020
  // sets them out.
  void check_document_forms() {
    const bool issued = m_plan.status.value == Status::issued;
    if (issued) {
      if (!m_plan.number.present || m_plan.number.value.empty() ||
          m_plan.number.value.front() == '/') {
        add("KH111", m_plan.number.present ? m_plan.number.at : m_plan.status.at,
            {"kế hoạch đã ban hành nhưng chưa có số", "an issued plan has no number"},
            {"ghi số và ký hiệu, ví dụ `number: 148/KH-UBND`, hoặc để `status: draft`",
             "write the number and symbol, e.g. `number: 148/KH-UBND`, or set `status: draft`"});
      }
      if (!m_plan.issued.date()) {
        add("KH111", m_plan.issued.present ? m_plan.issued.at : m_plan.status.at,
            {"kế hoạch đã ban hành nhưng chưa có ngày ban hành đầy đủ",
             "an issued plan has no full issue date"},
            {"ghi `issued: YYYY-MM-DD`, hoặc để `status: draft`",
             "write `issued: YYYY-MM-DD`, or set `status: draft`"});
      }
      if (m_plan.parent) check_parent_citation(*m_plan.parent);
      if (!m_plan.place.present || m_plan.place.value.empty()) {
        add("KH111", m_plan.status.at,
            {"kế hoạch đã ban hành nhưng thiếu địa danh (`place`)",
             "an issued plan has no place name (`place`)"},
            {"ghi địa danh của dòng địa danh, ngày tháng, ví dụ `place: Lai Châu`",
             "write the place of the place-and-date line, e.g. `place: Lai Châu`"});
      }
    }
    if (m_plan.number.present && !m_plan.number.value.empty()) check_number();
    if (m_plan.issued.present && m_plan.year.present && m_plan.issued.year != 0) {
      const int y = m_plan.issued.year;
      const bool december_before = y == year() - 1 && m_plan.issued.month == 12;
      if (y != year() && !december_before) {
        add("KH112", m_plan.issued.at,
            {fmt::format("kế hoạch năm {} nhưng ban hành năm {}", year(), y),
             fmt::format("the plan is for {} but is issued in {}", year(), y)},
            {"kế hoạch năm thường ban hành trong tháng 12 năm trước hoặc Quý I của năm kế hoạch",
             "a yearly plan is issued in December of the year before or early in its year"});
      }
    }
    if (m_plan.signature) check_signature(*m_plan.signature);
    if (!m_plan.recipients.empty()) {
      const Text& last = m_plan.recipients.back();
      if (fold_ascii(last.value).rfind("luu:", 0) != 0) {
        add("KH120", last.at,
            {"nơi nhận không kết thúc bằng “Lưu: VT, …”",
             "the recipients do not end with “Lưu: VT, …”"},
            {"thêm dòng cuối `- Lưu: VT, <đơn vị soạn thảo>.`",
             "add a last line `- Lưu: VT, <drafting unit>.`"});
      }
    }
  }

  // KH122: the issuer's name names a body of another level than `issuer.level` ("UBND tỉnh
  // Tây Ninh" with `level: commune`). Only names whose level is sure are read: UBND, HĐND or
  // Chủ tịch UBND of a tỉnh, huyện, quận, thị xã, xã, phường, thị trấn or đặc khu; a Sở
  // (department); a Bộ (ministry). "Thành phố X" is a province only when X is one of the
  // centrally run cities of the provinces table, and is otherwise left alone (a city of a
  // province until 30/06/2025, or a name kehoach cannot place).
  void check_issuer_level() {
    const Issuer& issuer = m_plan.issuer;
    if (!issuer.name.present || !issuer.level.present) return;
    // The day the issuer's level is read on: the issue date (its first day when a draft leaves
    // the day or month blank), else the plan year's first day ("thành phố Huế" was a city of
    // Thừa Thiên Huế, of the district level, until 31/12/2024).
    const IssueDate& issued = m_plan.issued;
    const Date on = issued.present && issued.year > 0
                        ? Date{issued.year, std::max(issued.month, 1), std::max(issued.day, 1)}
                        : Date{year(), 1, 1};
    const auto named = level_named(issuer.name.value, on);
    if (!named || named->level == issuer.level.value) return;
    const Level declared = issuer.level.value;
    const Level level = named->level;
    // Why a centrally run city is of the district level on that day.
    std::string why_vi;
    std::string why_en;
    if (named->not_yet_central) {
      const Province& city = *named->not_yet_central;
      const auto full = issued.date();
      const std::string when_vi = full             ? "ban hành ngày " + full->dmy()
                                  : issued.present ? fmt::format("ban hành năm {}", issued.year)
                                                   : fmt::format("năm {}", year());
      const std::string when_en = full             ? "issued on " + full->dmy()
                                  : issued.present ? fmt::format("issued in {}", issued.year)
                                                   : fmt::format("of {}", year());
      why_vi = fmt::format("; thành phố {} trực thuộc trung ương từ ngày {}, kế hoạch {}",
                           city.name, city.central_from->dmy(), when_vi);
      why_en = fmt::format("; the city of {} is centrally run from {}, the plan is {}", city.name,
                           city.central_from->dmy(), when_en);
    }
    add("KH122", issuer.name.at,
        {fmt::format("cơ quan ban hành “{}” thuộc {} nhưng `issuer.level` là `{}` ({}){}",
                     issuer.name.value, level_phrase(level, Lang::vi), level_key(declared),
                     level_phrase(declared, Lang::vi), why_vi),
         fmt::format("the issuer “{}” is a body of the {} but `issuer.level` is `{}` ({}){}",
                     issuer.name.value, level_phrase(level, Lang::en), level_key(declared),
                     level_phrase(declared, Lang::en), why_en)},
        {fmt::format("sửa tên cơ quan ban hành, hoặc ghi `level: {}`", level_key(level)),
         fmt::format("correct the issuer's name, or write `level: {}`", level_key(level))});
  }

  // The level a name says, and the centrally run city it names when that city was not one yet
  // on the day.
  struct NamedLevel {
    Level level;
    const Province* not_yet_central = nullptr;
  };

  static std::optional<NamedLevel> level_named(std::string_view name, const Date& on) {
    const AgencyReading reading = read_agencies(name);
    if (reading.lead.empty()) return std::nullopt;
    const Agency& a = reading.lead.front();
    if (!a.known || a.group) return std::nullopt;
    if (a.body == "so") return NamedLevel{Level::department};
    if (a.body == "bo") return NamedLevel{Level::ministry};
    if (a.body != "ubnd" && a.body != "hdnd" && a.body != "chu tich ubnd") return std::nullopt;
    if (!a.tier) return std::nullopt;
    // The body is a city's ("UBND TP. Hồ Chí Minh" is "UBND thành phố Hồ Chí Minh" in the
    // canonical name), not a district named with its city ("UBND quận 1, TP. Hồ Chí Minh").
    const std::string city = a.body + " thanh pho";
    const bool named_city = a.key.rfind(city, 0) == 0 && a.key.size() > city.size() &&
                            (a.key[city.size()] == ' ' || a.key[city.size()] == '.');
    if (*a.tier != Level::district || !named_city) {
      return NamedLevel{*a.tier};
    }
    // "UBND thành phố Hà Nội": a centrally run city; "thành phố Huế" before 01/01/2025 a city
    // of the district level (the table's `central_from`); any other "thành phố X" is left alone.
    for (const auto& p : builtin_provinces().provinces) {
      if (p.kind != "thành phố" || fold_ascii(p.name) != a.place) continue;
      if (p.central_city_on(on)) return NamedLevel{Level::province};
      return NamedLevel{Level::district, &p};
    }
    return std::nullopt;
  }

  // Số: digits, '/', then a symbol such as KH-UBND; numbers below 10 are zero-padded.
  void check_number() {
    const std::string& number = m_plan.number.value;
    const auto slash = number.find('/');
    const std::string_view digits =
        slash == std::string::npos ? std::string_view{} : std::string_view(number).substr(0, slash);
    const std::string_view symbol = slash == std::string::npos
                                        ? std::string_view{}
                                        : std::string_view(number).substr(slash + 1);
    bool digits_ok = true;
    for (const char c : digits) digits_ok = digits_ok && c >= '0' && c <= '9';
    const bool symbol_ok = symbol.rfind("KH-", 0) == 0 && symbol.size() > 3 &&
                           symbol.find(' ') == std::string_view::npos;
    if (slash == std::string::npos || !digits_ok || !symbol_ok) {
      add("KH110", m_plan.number.at,
          {fmt::format("số, ký hiệu “{}” không đúng dạng “số/KH-cơ quan”", number),
           fmt::format("number “{}” is not of the form “number/KH-issuer”", number)},
          {"ví dụ `148/KH-UBND`; bản dự thảo để trống số: `/KH-UBND`",
           "e.g. `148/KH-UBND`; a draft leaves the number blank: `/KH-UBND`"});
      return;
    }
    if (digits.size() == 1) {
      add("KH110", m_plan.number.at,
          {fmt::format("số dưới 10 phải ghi thêm số 0 phía trước: “0{}”", number),
           fmt::format("numbers below 10 are written with a leading zero: “0{}”", number)},
          {"Nghị định 30/2020/NĐ-CP: số văn bản nhỏ hơn 10 ghi thêm số 0 phía trước",
           "Nghị định 30/2020/NĐ-CP: document numbers below 10 take a leading zero"});
    }
    if (!digits.empty() && m_plan.status.value == Status::draft) {
      add("KH110", m_plan.number.at,
          {"bản dự thảo đã có số văn bản", "a draft already carries a document number"},
          {"đổi sang `status: issued` nếu kế hoạch đã ký ban hành",
           "set `status: issued` if the plan has been signed"});
    }
  }

  void check_signature(const Signature& s) {
    if (s.authority.present && !s.authority.value.empty()) {
      const std::string a = fold_ascii(s.authority.value);
      if (a.rfind("tm. ", 0) != 0) {
        add("KH113", s.authority.at,
            {fmt::format("thẩm quyền ký “{}” phải bắt đầu bằng “TM.”", s.authority.value),
             fmt::format("signing authority “{}” must start with “TM.”", s.authority.value)},
            {"ví dụ `TM. ỦY BAN NHÂN DÂN`", "e.g. `TM. ỦY BAN NHÂN DÂN`"});
      }
    }
    if (s.role.present && !s.role.value.empty()) {
      const std::string r = fold_ascii(s.role.value);
      static constexpr std::string_view prefixes[] = {"kt. ", "q. ", "tl. ", "tuq. "};
      bool ok = false;
      for (const auto p : prefixes) ok = ok || r.rfind(p, 0) == 0;
      if (!ok) {
        add("KH113", s.role.at,
            {fmt::format("“{}”: ký thay, quyền, thừa lệnh phải ghi “KT.”, “Q.”, “TL.” hoặc “TUQ.”",
                         s.role.value),
             fmt::format("“{}”: a delegated signature is written “KT.”, “Q.”, “TL.” or “TUQ.”",
                         s.role.value)},
            {"ví dụ `KT. CHỦ TỊCH`", "e.g. `KT. CHỦ TỊCH`"});
      }
    }
    if (!s.title.present || s.title.value.empty()) {
      add("KH113", s.at, {"chữ ký thiếu chức vụ người ký (`title`)", "the signature has no title"},
          {"ví dụ `title: PHÓ CHỦ TỊCH`", "e.g. `title: PHÓ CHỦ TỊCH`"});
    }
  }

  // KH114–KH117: legal references.
  void check_legal_basis() {
    const auto reference = plan_reference_date(m_plan);
    for (const auto& act : m_plan.basis) check_act_ref(act.ref, act.date, reference);
    if (m_plan.parent) {
      const auto& p = *m_plan.parent;
      check_ref_year(p.ref, p.date);
    }
  }

  void check_act_ref(const Text& ref, const Located<Date>& date,
                     const std::optional<Date>& reference) {
    if (!ref.present) return;
    // Số/năm/ký hiệu: 59/2012/NĐ-CP, 64/2025/QH15.
    const std::string& r = ref.value;
    const auto first = r.find('/');
    const auto second = first == std::string::npos ? first : r.find('/', first + 1);
    bool ok = first != std::string::npos && second != std::string::npos && first > 0 &&
              second == first + 5 && second + 1 < r.size();
    for (std::size_t i = 0; ok && i < first; ++i) ok = r[i] >= '0' && r[i] <= '9';
    for (std::size_t i = first + 1; ok && i < second; ++i) ok = r[i] >= '0' && r[i] <= '9';
    if (!ok) {
      add("KH114", ref.at,
          {fmt::format("số hiệu văn bản “{}” không đúng dạng “số/năm/ký hiệu”", r),
           fmt::format("act number “{}” is not of the form “number/year/symbol”", r)},
          {"ví dụ `59/2012/NĐ-CP`, `04/2021/TT-BTP`", "e.g. `59/2012/NĐ-CP`, `04/2021/TT-BTP`"});
      return;
    }
    const bool year_ok = check_year_matches(ref, std::stoi(r.substr(first + 1, 4)), date);
    const LegalAct* known = m_acts.find(r);
    if (known == nullptr) return;
    // A date whose year already disagrees with the number is KH115: not said twice.
    if (year_ok && date.present && date.value != known->date) {
      add("KH117", date.at,
          {fmt::format("văn bản {} ban hành ngày {}, không phải {}", known->ref, known->date.dmy(),
                       date.value.dmy()),
           fmt::format("{} is dated {}, not {}", known->ref, known->date.dmy(), date.value.dmy())},
          {fmt::format("sửa thành `date: {}`", known->date.iso()),
           fmt::format("write `date: {}`", known->date.iso())});
    }
    if (reference && known->replaced_from && *reference >= *known->replaced_from) {
      const std::string by = known->replaced_by.empty() ? std::string("?") : known->replaced_by;
      add("KH116", ref.at,
          {fmt::format("{} đã hết hiệu lực từ ngày {}, được thay thế bởi {}", known->ref,
                       known->replaced_from->dmy(), by),
           fmt::format("{} is no longer in force since {}: replaced by {}", known->ref,
                       known->replaced_from->dmy(), by)},
          known->replacement_clause_unverified
              ? Message{fmt::format("căn cứ {} thay cho {} ({} điều chỉnh thay nội dung này; "
                                    "nguyên văn điều khoản chấm dứt hiệu lực chưa đối chiếu, "
                                    "xem data/acts.yaml)",
                                    by, known->ref, by),
                        fmt::format("cite {} instead of {} ({} governs this subject; the wording "
                                    "of the clause that ends {} is not verified, see "
                                    "data/acts.yaml)",
                                    by, known->ref, by, known->ref)}
              : Message{fmt::format("căn cứ {} thay cho {}", by, known->ref),
                        fmt::format("cite {} instead of {}", by, known->ref)});
    } else if (reference && known->reported_replaced_from &&
               *reference >= *known->reported_replaced_from) {
      // A replacement the shipped table could not source: say so, as a note only.
      const std::string& by = known->reported_replaced_by;
      add_as(Severity::note, "KH116", ref.at,
             {fmt::format("{} thường được coi là đã hết hiệu lực từ ngày {}, thay bằng {} "
                          "(chưa xác minh)",
                          known->ref, known->reported_replaced_from->dmy(), by),
              fmt::format("{} is commonly read as replaced by {} from {} (unverified)", known->ref,
                          by, known->reported_replaced_from->dmy())},
             {fmt::format("đối chiếu điều khoản hiệu lực của {} trước khi viện dẫn {}", by,
                          known->ref),
              fmt::format("check the effect article of {} before citing {}", by, known->ref)});
    }
  }

  void check_ref_year(const Text& ref, const Located<Date>& date) {
    // A plan number has no year (148/KH-UBND); check only refs that carry one.
    const std::string& r = ref.value;
    const auto first = r.find('/');
    if (first == std::string::npos || r.size() < first + 6 || r[first + 5] != '/') return;
    for (std::size_t i = first + 1; i < first + 5; ++i) {
      if (r[i] < '0' || r[i] > '9') return;
    }
    check_year_matches(ref, std::stoi(r.substr(first + 1, 4)), date);
  }

  bool check_year_matches(const Text& ref, int ref_year, const Located<Date>& date) {
    if (!date.present || date.value.year == ref_year) return true;
    add("KH115", date.at,
        {fmt::format("năm trong số hiệu {} là {} nhưng ngày ban hành là {}", ref.value, ref_year,
                     date.value.dmy()),
         fmt::format("the year in {} is {} but its date is {}", ref.value, ref_year,
                     date.value.dmy())},
        {"kiểm tra lại số hiệu hoặc ngày của văn bản", "check the act's number or its date"});
    return false;
  }

  // KH108, KH109: ids are unique across focus areas, tasks and duties; task.focus points at a
  // focus area of this plan.
  void check_ids() {
    std::map<std::string, Position> seen;
    auto claim = [&](const Text& id) {
      if (!id.present || id.value.empty()) return;
      const auto [it, inserted] = seen.emplace(id.value, id.at);
      if (!inserted) {
        add("KH108", id.at,
            {fmt::format("mã `{}` đã dùng ở dòng {}", id.value, it->second.line),
             fmt::format("id `{}` is already used on line {}", id.value, it->second.line)},
            {"mỗi mục tiêu, hoạt động, nhiệm vụ cần một mã riêng",
             "each focus area, task and duty needs an id of its own"});
      }
    };
    for (const auto& f : m_plan.focus_areas) claim(f.id);
    for (const auto& t : m_plan.tasks) claim(t.id);
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) claim(d.id);
    }
    // A set, not a scan of the areas per reference: 60,000 areas x 150,000 references took a
    // minute that way.
    std::set<std::string_view> areas;
    for (const auto& area : m_plan.focus_areas) areas.insert(area.id.value);
    for (const auto& t : m_plan.tasks) {
      for (const auto& f : t.focus) {
        if (!areas.contains(f.value)) {
          add("KH109", f.at,
              {fmt::format("không có lĩnh vực trọng tâm mã `{}` trong kế hoạch", f.value),
               fmt::format("there is no focus area with id `{}` in this plan", f.value)},
              {"dùng mã của một mục trong `focus_areas`",
               "use the id of an entry of `focus_areas`"});
        }
      }
    }
  }

  // KH102, KH103, KH104, KH119: every deadline reads, falls in the plan year, sub-plans early,
  // no weekend days.
  void check_deadlines() {
    for (const auto& t : m_plan.tasks) {
      check_due(t.due, kind_of(t.kind), true);
      check_after_issue(t.due);
    }
    for (const auto& r : m_plan.responsibilities) {
      for (const auto& d : r.duties) {
        check_due(d.due, kind_of(d.kind), true);
        check_after_issue(d.due);
      }
    }
    if (m_plan.reporting) {
      check_due(m_plan.reporting->period, TaskKind::report, false);
      check_due(m_plan.reporting->due, TaskKind::report, true);
      check_after_issue(m_plan.reporting->due);
    }
  }

  // KH121: a deadline whose last day is before the plan exists (issued 20/01, sub-plans due
  // 10/01). A range that starts before but ends after is a data window, not a slip; a draft
  // dated by its month only is held to the first day of that month. Every round of a deadline
  // is held to it ("Đợt 1: Tháng 1/2026; Đợt 2: Tháng 8/2026" in a plan of 05/02/2026): the
  // rounds before the plan are named.
  void check_after_issue(const DueField& due) {
    if (!due.phrase.present || !due.reading || !due.reading->due) return;
    const Deadline& d = *due.reading;
    const Date last = *d.due;
    // A deadline outside the plan year is KH103's, an issue date in another year than the plan
    // year KH112's or a year slip's (KH132): one slip is said once.
    if (m_plan.year.present && m_plan.issued.year != year()) return;
    const auto issued = m_plan.issued.date();
    if (!issued && (!m_plan.issued.present || m_plan.issued.month == 0)) return;
    const Date floor = issued ? *issued : Date{m_plan.issued.year, m_plan.issued.month, 1};
    const std::string month = fmt::format("{:02}/{}", floor.month, floor.year);
    const Message before_vi_en =
        issued ? Message{fmt::format("ngày ban hành kế hoạch {}", issued->dmy()),
                         fmt::format("the plan's issue date {}", issued->dmy())}
               : Message{fmt::format("tháng ban hành kế hoạch {}", month),
                         fmt::format("the plan's issue month {}", month)};
    const Message hint =
        issued ? Message{"kiểm tra lại ngày trong thời hạn hoặc ngày ban hành (`issued`)",
                         "check the date in the deadline or the issue date (`issued`)"}
               : Message{"kiểm tra lại ngày trong thời hạn hoặc tháng ban hành (`issued`)",
                         "check the date in the deadline or the issue month (`issued`)"};
    const auto& rounds = d.occurrences;
    // The rounds in the plan year (the others are KH103's) that fall before the plan.
    std::optional<std::size_t> first;
    std::size_t end = 0;
    for (std::size_t k = 0; k < rounds.size(); ++k) {
      if (m_plan.year.present && rounds[k].due.year != year()) continue;
      if (rounds[k].due >= floor) continue;
      if (!first) first = k;
      end = k + 1;
    }
    if (rounds.size() < 2 || (first && end == rounds.size())) {
      if ((m_plan.year.present && last.year != year()) || last >= floor) return;
      add("KH121", due.phrase.at,
          {fmt::format("thời hạn {} trước {}", last.dmy(), before_vi_en.vi),
           fmt::format("deadline {} is before {}", last.dmy(), before_vi_en.en)},
          hint);
      return;
    }
    if (!first) return;
    const Message named = rounds_named(rounds, *first, end);
    add("KH121", due.phrase.at,
        {fmt::format("thời hạn {} trước {}", named.vi, before_vi_en.vi),
         fmt::format("{} of the deadline {} before {}", named.en, end - *first > 1 ? "are" : "is",
                     before_vi_en.en)},
        hint);
  }

  // KH103 for a deadline outside the plan year. A deadline with rounds is held round by round
  // ("Đợt 1: Quý IV/2025; Đợt 2: Quý III/2026" in a 2026 plan: round 1 is last year's); when
  // every round is out, the deadline is said to be, with its last day.
  void check_rounds_in_year(const DueField& due, const Deadline& d) {
    const auto& rounds = d.occurrences;
    const Message hint{"kiểm tra lại năm ghi trong thời hạn",
                       "check the year written in the deadline"};
    std::size_t out = 0;
    for (const auto& r : rounds) {
      if (r.due.year != year()) ++out;
    }
    if (rounds.size() < 2 || out == rounds.size()) {
      if (d.due->year == year()) return;
      add("KH103", due.phrase.at,
          {fmt::format("thời hạn {} nằm ngoài năm kế hoạch {}", d.due->dmy(), year()),
           fmt::format("deadline {} is outside the plan year {}", d.due->dmy(), year())},
          hint);
      return;
    }
    // Each run of rounds out of the year: the earlier year's first rounds, the next year's last.
    for (std::size_t k = 0; k < rounds.size();) {
      if (rounds[k].due.year == year()) {
        ++k;
        continue;
      }
      std::size_t end = k + 1;
      while (end < rounds.size() && rounds[end].due.year != year()) ++end;
      const Message named = rounds_named(rounds, k, end);
      add("KH103", due.phrase.at,
          {fmt::format("thời hạn {} nằm ngoài năm kế hoạch {}", named.vi, year()),
           fmt::format("{} of the deadline {} outside the plan year {}", named.en,
                       end - k > 1 ? "are" : "is", year())},
          hint);
      k = end;
    }
  }

  void check_due(const DueField& due, TaskKind kind, bool in_year) {
    if (!due.phrase.present) return;
    if (!due.reading) {
      add("KH102", due.phrase.at,
          {fmt::format("không đọc được thời hạn “{}”: {}", phrase_for_message(due.phrase.value),
                       due.error.vi),
           fmt::format("cannot read the deadline “{}”: {}", phrase_for_message(due.phrase.value),
                       due.error.en)},
          {"viết theo một dạng kehoach đọc được, xem `kehoach due --help` và man 5 kehoach-plan",
           "use a form kehoach reads: see `kehoach due --help` and man 5 kehoach-plan"});
      return;
    }
    const Deadline& d = *due.reading;
    if (!d.due || !m_plan.year.present) return;
    if (in_year) check_rounds_in_year(due, d);
    if (kind == TaskKind::plan && d.due->year == year() && d.due->month > 3) {
      add("KH104", due.phrase.at,
          {fmt::format("hạn ban hành kế hoạch của cấp dưới {} muộn hơn Quý I", d.due->dmy()),
           fmt::format("the deadline for sub-units' plans, {}, is after the first quarter",
                       d.due->dmy())},
          {"kế hoạch của cơ quan, địa phương cấp dưới thường phải ban hành trong Quý I",
           "sub-units' plans are normally issued in the first quarter"});
    }
    // "trước ngày 01/12" (a Monday) makes 30/11 the last day: the writer chose the Monday,
    // so only a date written as the last day itself is held to a working day, occurrence by
    // occurrence as the reading has them ("ngày 20/6/2026, trước ngày 15/12/2026": only the
    // first). Each occurrence of "ngày 15/6/2026, 15/12/2026"; a public holiday is named
    // (Điều 112).
    for (const auto& occurrence : d.occurrences) {
      const auto rest = rest_day_name(occurrence.due);
      if (d.kind != DueKind::date || occurrence.day_before || !rest) continue;
      add("KH119", due.phrase.at,
          {fmt::format("hạn {} rơi vào {}", occurrence.due.dmy(), rest->vi),
           fmt::format("deadline {} falls on {}", occurrence.due.dmy(), rest->en)},
          {"chọn một ngày làm việc", "choose a working day"});
    }
  }

  // KH105, KH106, KH107: the data window ends before the report is due; reports are due late
  // in the year; sub-units report before the plan's own reporting deadline.
  void check_reporting() {
    std::optional<Date> report_due;
    if (m_plan.reporting) {
      const Reporting& r = *m_plan.reporting;
      const auto& period = r.period.reading;
      const auto& due = r.due.reading;
      if (period && period->start && period->due && *period->start > *period->due) {
        add("KH106", r.period.phrase.at,
            {fmt::format("kỳ số liệu bắt đầu {} sau ngày kết thúc {}", period->start->dmy(),
                         period->due->dmy()),
             fmt::format("the data window starts {} after it ends {}", period->start->dmy(),
                         period->due->dmy())},
            {"đổi chỗ hai ngày", "swap the two dates"});
      }
      if (period && period->due && due && due->due && *due->due < *period->due) {
        add("KH106", r.due.phrase.at,
            {fmt::format("hạn gửi báo cáo {} trước ngày chốt số liệu {}", due->due->dmy(),
                         period->due->dmy()),
             fmt::format("the report is due {}, before the data window closes {}", due->due->dmy(),
                         period->due->dmy())},
            {"hạn gửi báo cáo phải sau ngày chốt số liệu",
             "the report must be due after the data window closes"});
      }
      if (due && due->due) {
        report_due = due->due;
        if (m_plan.year.present && due->due->year == year() && due->due->month < 10) {
          add("KH105", r.due.phrase.at,
              {fmt::format("hạn gửi báo cáo năm {} sớm bất thường", due->due->dmy()),
               fmt::format("the yearly report is due unusually early, {}", due->due->dmy())},
              {"báo cáo năm thường gửi vào tháng 11 hoặc 12, sau khi chốt số liệu",
               "yearly reports are normally due in November or December"});
        }
      }
    }
    if (!report_due) return;
    // Only duties addressed to sub-units (a level on the responsibility or the duty) report
    // under this plan's regime; the plan's own staff report upward, on the parent's timetable.
    for (const auto& resp : m_plan.responsibilities) {
      for (const auto& d : resp.duties) {
        if (!d.due.reading || !d.due.reading->due) continue;
        const bool report = kind_of(d.kind) == TaskKind::report;
        // Without `kind`, a duty whose text sends a report ("Gửi báo cáo … về …") is read as one;
        // the reading is a guess, so it is said as a note.
        const bool guessed = !d.kind.present && reads_as_report(d);
        if (!report && !guessed) continue;
        if (!resp.level.present && d.levels.empty()) continue;
        if (*d.due.reading->due <= *report_due) continue;
        if (guessed) {
          add_as(Severity::note, "KH107", d.due.phrase.at,
                 {fmt::format("{} gửi báo cáo hạn {}, sau hạn chung {} của chế độ báo cáo "
                              "(nhiệm vụ không có `kind`, đọc là báo cáo theo nội dung)",
                              resp.agency.value, d.due.reading->due->dmy(), report_due->dmy()),
                  fmt::format("{} reports by {}, after the reporting deadline {} (the duty has "
                              "no `kind`; read as a report from its text)",
                              resp.agency.value, d.due.reading->due->dmy(), report_due->dmy())},
                 {"nếu đây là báo cáo, ghi `kind: report` và đặt hạn không muộn hơn "
                  "`reporting.due`",
                  "if this is a report, write `kind: report` and make it due no later than "
                  "`reporting.due`"});
          continue;
        }
        add("KH107", d.due.phrase.at,
            {fmt::format("{} gửi báo cáo hạn {}, sau hạn chung {} của chế độ báo cáo",
                         resp.agency.value, d.due.reading->due->dmy(), report_due->dmy()),
             fmt::format("{} reports by {}, after the reporting deadline {}", resp.agency.value,
                         d.due.reading->due->dmy(), report_due->dmy())},
            {"hạn báo cáo của đơn vị cấp dưới phải không muộn hơn `reporting.due`",
             "a sub-unit's report must be due no later than `reporting.due`"});
      }
    }
  }

  // KH118: no district level after the 2025 reform.
  void check_district_level() {
    const auto reference = plan_reference_date(m_plan);
    const bool after_reform =
        (reference && *reference > last_district_day) || (m_plan.year.present && year() >= 2026);
    if (!after_reform) return;
    auto flag = [&](Position at, std::string_view what_vi, std::string_view what_en) {
      add("KH118", at,
          {fmt::format("{} cấp huyện, nhưng từ 01/07/2025 chính quyền địa phương chỉ còn hai cấp",
                       what_vi),
           fmt::format("{} the district level, which no longer exists from 01/07/2025", what_en)},
          {"giao cho cấp tỉnh hoặc cấp xã", "address the province or the commune level instead"});
    };
    if (m_plan.issuer.level.present && m_plan.issuer.level.value == Level::district) {
      flag(m_plan.issuer.level.at, "kế hoạch do", "the plan is issued at");
    }
    for (const auto& t : m_plan.tasks) {
      for (const auto& l : t.levels) {
        if (l.value == Level::district) flag(l.at, "hoạt động giao cho", "a task is addressed to");
      }
    }
    for (const auto& r : m_plan.responsibilities) {
      if (r.level.present && r.level.value == Level::district) {
        flag(r.level.at, "trách nhiệm giao cho", "a responsibility is addressed to");
      }
      for (const auto& d : r.duties) {
        for (const auto& l : d.levels) {
          if (l.value == Level::district) flag(l.at, "nhiệm vụ giao cho", "a duty is addressed to");
        }
      }
    }
  }

  const Plan& m_plan;
  const ActTable& m_acts;
  std::vector<Diagnostic> m_out;
};

}  // namespace

bool reads_as_report(std::string_view text) {
  const std::string t = fold_ascii(text);
  return contains_word(t, "gui") && (contains_word(t, "bao cao") || contains_word(t, "ket qua"));
}

std::optional<Date> plan_reference_date(const Plan& plan) {
  if (auto d = plan.issued.date()) return d;
  if (plan.issued.present && plan.issued.month != 0) {
    return Date{plan.issued.year, plan.issued.month, 1};
  }
  if (plan.year.present) return Date{plan.year.value, 1, 1};
  return std::nullopt;
}

std::vector<Diagnostic> check_plan(const Plan& plan, const ActTable& acts) {
  return Checker(plan, acts).run();
}

}  // namespace kehoach
