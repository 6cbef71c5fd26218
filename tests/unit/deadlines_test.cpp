#include "kehoach/deadlines.hpp"
#include "kehoach/text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/load.hpp"
#include "kehoach/progress.hpp"

using kehoach::Date;
using kehoach::DeadlineFilter;
using kehoach::DeadlineList;
using kehoach::Lang;
using kehoach::LoadResult;
using kehoach::Obligation;
using kehoach::TrackedPlan;

namespace {

// Dates are compared as ISO text: the doctest printer for Date belongs to due_test.cpp.
std::string iso(const std::optional<Date>& d) { return d ? d->iso() : "(none)"; }

LoadResult plan(std::string_view text, const std::string& file = "plan.yaml") {
  auto r = kehoach::load_plan(text, file);
  REQUIRE(r.ok());
  return r;
}

// A commune plan of 2025 with one item for each situation the lists handle.
constexpr std::string_view commune = R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: UBND xã Tân Lập, level: commune}
issued: 2025-01-20
year: 2025
title: Theo dõi tình hình thi hành pháp luật năm 2025
tasks:
  - id: hom-nay
    title: Việc đến hạn ngày 10/06
    kind: training
    lead: Công chức Tư pháp - Hộ tịch
    due: chậm nhất ngày 10/06/2025
  - id: hom-qua
    title: Việc đến hạn ngày 09/06
    kind: inspection
    lead: [Văn phòng HĐND và UBND xã, Công an xã]
    due: chậm nhất ngày 09/06/2025
  - id: da-xong
    title: Việc đã xong
    kind: plan
    due: Quý I năm 2025
    progress: {status: done, date: 2025-03-02}
  - id: da-huy
    title: Việc đã hủy
    kind: survey
    due: tháng 2/2025
    progress: {status: cancelled, date: 2025-02-01}
  - id: dang-lam
    title: Việc đang làm
    kind: other
    due: tháng 5/2025
    progress: {status: in_progress}
  - id: su-kien
    title: Việc theo sự kiện
    kind: other
    due: Sau khi có Quyết định của Thủ tướng Chính phủ
  - id: khong-han
    title: Việc không ghi hạn
    kind: other
responsibilities:
  - agency: ỦY BAN NHÂN DÂN các thôn
    level: other
    duties:
      - id: thon-bao-cao
        text: Báo cáo kết quả
        due: trước ngày 16/06/2025
      - text: Phối hợp
        due: trước ngày 17/06/2025
reporting:
  subjects: Các bộ phận chuyên môn
  due: chậm nhất ngày 20/11/2025
)";

DeadlineList list_of(const std::vector<TrackedPlan>& plans, const DeadlineFilter& filter = {}) {
  return kehoach::list_deadlines(plans, filter);
}

std::vector<std::string> ids(const std::vector<Obligation>& items) {
  std::vector<std::string> out;
  for (const auto& o : items) out.push_back(o.id.empty() ? "(" + o.title + ")" : o.id);
  return out;
}

const Obligation& by_id(const DeadlineList& list, std::string_view id) {
  for (const auto& o : list.dated) {
    if (o.id == id) return o;
  }
  for (const auto& o : list.undated) {
    if (o.id == id) return o;
  }
  FAIL("no item " << std::string(id));
  return list.dated.front();
}

}  // namespace

TEST_CASE("obligations are collected from tasks, duties and the report due, sorted by due date") {
  const auto p = plan(commune);
  const auto list = list_of({{&p.plan, nullptr}});
  REQUIRE(list.plans.size() == 1);
  CHECK(list.plans[0].issuer == "UBND xã Tân Lập");
  CHECK(list.plans[0].number == "05/KH-UBND");
  CHECK(iso(list.plans[0].reference) == "2025-01-20");
  CHECK(ids(list.dated) == std::vector<std::string>{"da-huy", "da-xong", "dang-lam", "hom-qua",
                                                    "hom-nay", "thon-bao-cao", "(Phối hợp)", "()"});
  CHECK(ids(list.undated) == std::vector<std::string>{"su-kien"});
  CHECK(list.without_deadline == 1);

  const auto& task = by_id(list, "hom-qua");
  CHECK(task.source == kehoach::ItemSource::task);
  CHECK(task.agency == "Văn phòng HĐND và UBND xã; Công an xã");
  CHECK(task.phrase == "chậm nhất ngày 09/06/2025");
  CHECK(task.at.line == 18);
  CHECK(task.at.column == 10);
  CHECK(iso(task.due()) == "2025-06-09");

  const auto& duty = by_id(list, "thon-bao-cao");
  CHECK(duty.source == kehoach::ItemSource::duty);
  CHECK(duty.agency == "ỦY BAN NHÂN DÂN các thôn");
  CHECK(iso(duty.due()) == "2025-06-15");  // "trước ngày 16/06" is due the day before
  CHECK(duty.levels == std::vector<kehoach::Level>{kehoach::Level::other});

  const auto& report = list.dated.back();
  CHECK(report.source == kehoach::ItemSource::reporting);
  CHECK(report.agency == "Các bộ phận chuyên môn");
  CHECK(report.kind == kehoach::TaskKind::report);
  CHECK(iso(report.due()) == "2025-11-20");

  const auto& sub_plan = by_id(list, "da-xong");
  CHECK(sub_plan.kind == kehoach::TaskKind::plan);
  CHECK(sub_plan.status == kehoach::ProgressStatus::done);
  CHECK(iso(sub_plan.status_date) == "2025-03-02");
  // A task without a lead is the issuer's.
  CHECK(sub_plan.agency == "UBND xã Tân Lập");
  CHECK(sub_plan.levels == std::vector<kehoach::Level>{kehoach::Level::commune});
}

TEST_CASE("items due on the same day sort by plan file, then by position") {
  const auto a = plan(R"(format: kehoach/1
status: draft
issuer: {name: UBND xã A, level: commune}
year: 2025
title: A
tasks:
  - {id: a2, title: A2, kind: other, due: 30/06/2025}
  - {id: a1, title: A1, kind: other, due: 30/06/2025}
)",
                      "b/plan.yaml");
  const auto b = plan(R"(format: kehoach/1
status: draft
issuer: {name: UBND xã B, level: commune}
year: 2025
title: B
tasks:
  - {id: b1, title: B1, kind: other, due: 30/06/2025}
  - {id: b0, title: B0, kind: other, due: 29/06/2025}
)",
                      "a/plan.yaml");
  const auto list = list_of({{&a.plan, nullptr}, {&b.plan, nullptr}});
  CHECK(ids(list.dated) == std::vector<std::string>{"b0", "b1", "a2", "a1"});
}

TEST_CASE("filters keep items by due date, agency as read by the agency model, and level") {
  const auto p = plan(commune);
  DeadlineFilter f;
  SUBCASE("from and to are inclusive and leave undated items in") {
    f.from = Date{2025, 6, 9};
    f.to = Date{2025, 6, 15};
    const auto list = list_of({{&p.plan, nullptr}}, f);
    CHECK(ids(list.dated) == std::vector<std::string>{"hom-qua", "hom-nay", "thon-bao-cao"});
    CHECK(ids(list.undated) == std::vector<std::string>{"su-kien"});
  }
  SUBCASE("agency without diacritics, case or old tone placement, full form for UBND") {
    // "uỷ ban nhan dan" is UBND: the items of UBND xã Tân Lập (the issuer, for tasks without a
    // lead) and of "ỦY BAN NHÂN DÂN các thôn".
    f.agency = "uỷ ban nhan dan";
    const auto list = list_of({{&p.plan, nullptr}}, f);
    CHECK(ids(list.dated) ==
          std::vector<std::string>{"da-huy", "da-xong", "dang-lam", "thon-bao-cao", "(Phối hợp)"});
    CHECK(ids(list.undated) == std::vector<std::string>{"su-kien"});
  }
  SUBCASE("a query that names no kind of body matches as text") {
    f.agency = "cac thon";
    const auto list = list_of({{&p.plan, nullptr}}, f);
    CHECK(ids(list.dated) == std::vector<std::string>{"thon-bao-cao", "(Phối hợp)"});
    CHECK(list.undated.empty());
  }
  SUBCASE("agency matches any part of a joined lead") {
    f.agency = "CONG AN";
    const auto list = list_of({{&p.plan, nullptr}}, f);
    CHECK(ids(list.dated) == std::vector<std::string>{"hom-qua"});
  }
  SUBCASE("level") {
    f.level = kehoach::Level::other;
    const auto list = list_of({{&p.plan, nullptr}}, f);
    CHECK(ids(list.dated) == std::vector<std::string>{"thon-bao-cao", "(Phối hợp)"});
    f.level = kehoach::Level::district;
    CHECK(list_of({{&p.plan, nullptr}}, f).dated.empty());
  }
}

TEST_CASE("overdue: due today is not late, due yesterday is one day late") {
  const auto p = plan(commune);
  const auto list = list_of({{&p.plan, nullptr}});
  const auto report = kehoach::find_overdue(list, Date{2025, 6, 10}, std::nullopt);
  // Open and past due: dang-lam (31/05, in progress) and hom-qua (09/06). Done and cancelled
  // items are never overdue, nor is the event-relative one.
  REQUIRE(report.overdue_count() == 2);
  // hom-qua is led by two agencies: listed under each, counted once.
  REQUIRE(report.overdue.size() == 3);
  CHECK(report.overdue[0].agency == "Công an xã");
  CHECK(report.overdue[0].items[0].item.id == "hom-qua");
  CHECK(report.overdue[0].items[0].again);
  CHECK(report.overdue[1].agency == "UBND xã Tân Lập");
  CHECK(report.overdue[1].items[0].item.id == "dang-lam");
  CHECK(report.overdue[1].items[0].days == 10);
  CHECK_FALSE(report.overdue[1].items[0].again);
  // The item keeps the whole text.
  CHECK(report.overdue[2].agency == "Văn phòng HĐND và UBND xã");
  CHECK(report.overdue[2].items[0].item.agency == "Văn phòng HĐND và UBND xã; Công an xã");
  CHECK(report.overdue[2].items[0].item.id == "hom-qua");
  CHECK(report.overdue[2].items[0].days == 1);
  CHECK_FALSE(report.overdue[2].items[0].again);
  CHECK(report.due_soon.empty());
  CHECK(report.undated == 1);
}

TEST_CASE("an item done or cancelled after the as-of day was open on it") {
  Obligation o;
  CHECK(o.open_on(Date{2025, 6, 1}));
  o.status = kehoach::ProgressStatus::done;
  o.status_date = Date{2025, 11, 20};
  CHECK(o.open_on(Date{2025, 6, 1}));
  CHECK(o.open_on(Date{2025, 11, 19}));
  CHECK_FALSE(o.open_on(Date{2025, 11, 20}));  // done that day
  CHECK_FALSE(o.open_on(Date{2025, 12, 1}));
  o.status = kehoach::ProgressStatus::cancelled;
  CHECK(o.open_on(Date{2025, 6, 1}));
  CHECK_FALSE(o.open_on(Date{2025, 11, 20}));
  // Done without a date: closed on any day (nothing says when).
  o.status = kehoach::ProgressStatus::done;
  o.status_date.reset();
  CHECK_FALSE(o.open_on(Date{2025, 6, 1}));
  o.status = kehoach::ProgressStatus::in_progress;
  CHECK(o.open_on(Date{2025, 6, 1}));
}

TEST_CASE("overdue: --within counts from the as-of day, both ends included") {
  const auto p = plan(commune);
  const auto list = list_of({{&p.plan, nullptr}});
  SUBCASE("within 0 lists what is due today") {
    const auto report = kehoach::find_overdue(list, Date{2025, 6, 10}, 0);
    REQUIRE(report.due_soon_count() == 1);
    CHECK(report.due_soon[0].items[0].item.id == "hom-nay");
    CHECK(report.due_soon[0].items[0].days == 0);
  }
  SUBCASE("within 5 reaches 15/06 but not 16/06") {
    const auto report = kehoach::find_overdue(list, Date{2025, 6, 10}, 5);
    REQUIRE(report.due_soon_count() == 2);
    CHECK(report.due_soon[0].agency == "Công chức Tư pháp - Hộ tịch");
    CHECK(report.due_soon[1].agency == "UBND các thôn");
    REQUIRE(report.due_soon[1].items.size() == 1);
    CHECK(report.due_soon[1].items[0].item.id == "thon-bao-cao");
    CHECK(report.due_soon[1].items[0].days == 5);
  }
  SUBCASE("within 6 reaches 16/06") {
    const auto report = kehoach::find_overdue(list, Date{2025, 6, 10}, 6);
    REQUIRE(report.due_soon_count() == 3);
    CHECK(report.due_soon[1].items[1].item.title == "Phối hợp");
    CHECK(report.due_soon[1].items[1].days == 6);
  }
  SUBCASE("within 4 stops at 14/06") {
    const auto report = kehoach::find_overdue(list, Date{2025, 6, 10}, 4);
    CHECK(report.due_soon_count() == 1);
  }
}

TEST_CASE("overdue: agency groups merge spellings that fold equal") {
  const auto p = plan(R"(format: kehoach/1
status: draft
issuer: {name: UBND xã A, level: commune}
year: 2025
title: A
tasks:
  - {id: a, title: A, kind: other, due: 01/02/2025, lead: Phòng Tư pháp}
  - {id: b, title: B, kind: other, due: 01/03/2025, lead: "PHÒNG  TƯ PHÁP"}
  - {id: c, title: C, kind: other, due: 01/01/2025, lead: Ban Chỉ huy quân sự}
)");
  const auto report =
      kehoach::find_overdue(list_of({{&p.plan, nullptr}}), Date{2025, 12, 31}, std::nullopt);
  REQUIRE(report.overdue.size() == 2);
  CHECK(report.overdue[0].agency == "Ban Chỉ huy quân sự");
  CHECK(report.overdue[1].agency == "Phòng Tư pháp");
  CHECK(report.overdue[1].items.size() == 2);
}

TEST_CASE("a progress file's entry wins over the plan's progress") {
  const auto p = plan(commune);
  const auto progress = kehoach::load_progress(R"(format: kehoach-progress/1
items:
  hom-qua: {status: done, date: 2025-06-08, note: Đã kiểm tra}
  da-xong: {status: in_progress}
reporting: {status: cancelled, date: 2025-10-01}
)",
                                               "plan.progress.yaml");
  REQUIRE(progress.ok());
  const auto list = list_of({{&p.plan, &progress.progress}});
  const auto& hom_qua = by_id(list, "hom-qua");
  CHECK(hom_qua.status == kehoach::ProgressStatus::done);
  CHECK(iso(hom_qua.status_date) == "2025-06-08");
  CHECK(hom_qua.status_note == "Đã kiểm tra");
  const auto& da_xong = by_id(list, "da-xong");
  CHECK(da_xong.status == kehoach::ProgressStatus::in_progress);
  CHECK_FALSE(da_xong.status_date.has_value());
  CHECK(list.dated.back().status == kehoach::ProgressStatus::cancelled);
  const auto report = kehoach::find_overdue(list, Date{2025, 12, 1}, std::nullopt);
  // dang-lam, hom-nay, thon-bao-cao, Phối hợp, and now da-xong; not hom-qua nor the report.
  CHECK(report.overdue_count() == 5);
}

TEST_CASE("dates on the command line: ISO and dd/mm/yyyy") {
  CHECK(iso(kehoach::parse_date_argument("2025-12-10")) == "2025-12-10");
  CHECK(iso(kehoach::parse_date_argument("10/12/2025")) == "2025-12-10");
  CHECK(iso(kehoach::parse_date_argument(" 5/3/2020 ")) == "2020-03-05");
  CHECK(iso(kehoach::parse_date_argument("29/02/2024")) == "2024-02-29");
  CHECK(iso(kehoach::parse_date_argument("29/02/2025")) == "(none)");
  CHECK(iso(kehoach::parse_date_argument("2025/12/10")) == "(none)");
  CHECK(iso(kehoach::parse_date_argument("10-12-2025")) == "(none)");
  CHECK(iso(kehoach::parse_date_argument("10/12/25")) == "(none)");
  CHECK(iso(kehoach::parse_date_argument("")) == "(none)");
}

TEST_CASE("CSV fields are quoted with quotes doubled and formula starts defused") {
  CHECK(kehoach::csv_text("Tân Lập") == "\"Tân Lập\"");
  CHECK(kehoach::csv_text("Báo cáo \"nhanh\", gấp") == "\"Báo cáo \"\"nhanh\"\", gấp\"");
  CHECK(kehoach::csv_text("dòng 1\ndòng 2") == "\"dòng 1\r\ndòng 2\"");
  CHECK(kehoach::csv_text("- Chủ trì") == "\" - Chủ trì\"");
  CHECK(kehoach::csv_text("=1+2") == "\" =1+2\"");
  CHECK(kehoach::csv_text("+ Tiếp nhận") == "\" + Tiếp nhận\"");
  CHECK(kehoach::csv_text("@x") == "\" @x\"");
  CHECK(kehoach::csv_text("a-b") == "\"a-b\"");
  CHECK(kehoach::csv_text("") == "\"\"");
}

TEST_CASE("CSV output starts with a BOM and ends every record with CRLF") {
  const auto p = plan(commune);
  const std::string csv = kehoach::render_deadlines_csv(list_of({{&p.plan, nullptr}}), Lang::vi);
  REQUIRE(csv.starts_with("\xEF\xBB\xBF\"Hạn\",\"Từ ngày\","));
  CHECK(csv.ends_with("\r\n"));
  // The header and ten items (eight dated, one undated), no bare LF anywhere.
  std::size_t records = 0;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    if (csv[i] == '\n') {
      CHECK(csv[i - 1] == '\r');
      ++records;
    }
  }
  CHECK(records == 10);
  CHECK(csv.find("\r\n2025-06-09,,\"ngày\",\"chậm nhất ngày 09/06/2025\",\"\",\"Việc đến hạn "
                 "ngày 09/06\",\"hom-qua\",") != std::string::npos);
  CHECK(csv.find("\r\n,,\"theo sự kiện\",\"Sau khi có Quyết định") != std::string::npos);
}

TEST_CASE("iCalendar text escapes backslash, semicolon, comma and line ends") {
  CHECK(kehoach::ics_escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
  CHECK(kehoach::ics_escape("x\r\ny") == "x\\ny");
  CHECK(kehoach::ics_escape("Tân Lập") == "Tân Lập");
}

TEST_CASE("iCalendar lines fold at 75 octets without splitting a character") {
  SUBCASE("exactly 75 octets stay on one line") {
    const std::string line(75, 'a');
    CHECK(kehoach::ics_fold(line) == line + "\r\n");
  }
  SUBCASE("76 octets fold after 75, the next line starts with a space") {
    const std::string line(76, 'a');
    CHECK(kehoach::ics_fold(line) == std::string(75, 'a') + "\r\n a\r\n");
  }
  SUBCASE("continuation lines carry 74 octets after their space") {
    const std::string line(75 + 74 + 1, 'b');
    CHECK(kehoach::ics_fold(line) ==
          std::string(75, 'b') + "\r\n " + std::string(74, 'b') + "\r\n b\r\n");
  }
  SUBCASE("a three-octet letter across octet 75 moves whole to the next line") {
    // 73 ASCII octets, then "ệ" (E1 BB 87) at octets 74–76.
    const std::string line = std::string(73, 'a') + "ệx";
    CHECK(kehoach::ics_fold(line) == std::string(73, 'a') + "\r\n ệx\r\n");
  }
  SUBCASE("a letter ending exactly at octet 75 stays") {
    const std::string line = std::string(72, 'a') + "ệx";
    CHECK(kehoach::ics_fold(line) == std::string(72, 'a') + "ệ\r\n x\r\n");
  }
  SUBCASE("every physical line of Vietnamese text is at most 75 octets") {
    std::string line = "SUMMARY:";
    for (int i = 0; i < 40; ++i) line += "Kiểm tra tình hình thi hành pháp luật ";
    const std::string folded = kehoach::ics_fold(line);
    std::size_t start = 0;
    std::string joined;
    while (start < folded.size()) {
      const auto end = folded.find("\r\n", start);
      REQUIRE(end != std::string::npos);
      CHECK(end - start <= 75);
      joined +=
          folded.substr(start == 0 ? start : start + 1, end - (start == 0 ? start : start + 1));
      start = end + 2;
    }
    CHECK(joined == line);
  }
}

TEST_CASE("iCalendar UIDs are stable, unique per item, and ignore the file name") {
  const auto p = plan(commune);
  const auto moved = plan(commune, "other/folder/plan.yaml");
  const auto list = list_of({{&p.plan, nullptr}});
  const auto list_moved = list_of({{&moved.plan, nullptr}});
  std::vector<std::string> uids;
  for (std::size_t i = 0; i < list.dated.size(); ++i) {
    const std::string uid = kehoach::ics_uid(list, list.dated[i]);
    CHECK(uid.size() == 16 + 8);
    CHECK(uid.ends_with("@kehoach"));
    CHECK(uid == kehoach::ics_uid(list_moved, list_moved.dated[i]));
    CHECK(std::find(uids.begin(), uids.end(), uid) == uids.end());
    uids.push_back(uid);
  }
  // The ICS writer (which folds each plan's issuer once) writes the same UIDs.
  const std::string ics = kehoach::render_deadlines_ics(list, kehoach::Lang::vi);
  for (const auto& uid : uids) CHECK(ics.find("UID:" + uid + "\r\n") != std::string::npos);
}

TEST_CASE("two plans of one issuer and year, with other titles, share no UID") {
  // Imported one after the other, a shared UID would replace the first plan's event.
  std::string thematic(commune);
  const std::string title = "title: Theo dõi tình hình thi hành pháp luật năm 2025\n";
  REQUIRE(thematic.find(title) != std::string::npos);
  thematic.replace(thematic.find(title), title.size(),
                   "title: Theo dõi thi hành pháp luật về đất đai năm 2025\n");
  const auto p = plan(commune);
  const auto q = plan(thematic, "dat-dai/plan.yaml");
  const auto list = list_of({{&p.plan, nullptr}});
  const auto other = list_of({{&q.plan, nullptr}});
  REQUIRE(list.dated.size() == other.dated.size());
  REQUIRE(!list.dated.empty());
  for (std::size_t i = 0; i < list.dated.size(); ++i) {
    CHECK(list.dated[i].id == other.dated[i].id);
    CHECK(kehoach::ics_uid(list, list.dated[i]) != kehoach::ics_uid(other, other.dated[i]));
  }
  // In one calendar, neither needs the "-2" of a copy.
  const auto both = list_of({{&p.plan, nullptr}, {&q.plan, nullptr}});
  CHECK(kehoach::render_deadlines_ics(both, kehoach::Lang::vi).find("-2@kehoach") ==
        std::string::npos);
}

TEST_CASE("the calendar has one all-day event per dated item, with CRLF line ends") {
  const auto p = plan(commune);
  const std::string ics = kehoach::render_deadlines_ics(list_of({{&p.plan, nullptr}}), Lang::vi);
  CHECK(
      ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kehoach//kehoach "
                      "deadlines//VI\r\n"));
  CHECK(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
  std::size_t events = 0;
  for (auto at = ics.find("BEGIN:VEVENT"); at != std::string::npos;
       at = ics.find("BEGIN:VEVENT", at + 1)) {
    ++events;
  }
  CHECK(events == 8);
  // hom-qua: due 09/06, the event ends (exclusively) the next day; stamped with the issue date.
  CHECK(ics.find("DTSTAMP:20250120T000000Z\r\nDTSTART;VALUE=DATE:20250609\r\nDTEND;VALUE=DATE:"
                 "20250610\r\nSUMMARY:Việc đến hạn ngày 09/06\r\n") != std::string::npos);
  // da-xong: stamped with its progress date, which is later than the issue date.
  CHECK(ics.find("DTSTAMP:20250302T000000Z\r\nDTSTART;VALUE=DATE:20250331\r\n") !=
        std::string::npos);
  CHECK(ics.find("SUMMARY:[đã xong] Việc đã xong\r\n") != std::string::npos);
  CHECK(ics.find("STATUS:CANCELLED\r\n") != std::string::npos);
  CHECK(ics.find("\n\n") == std::string::npos);
}

TEST_CASE("text tables align by characters, whole in a pipe, shortened to fit a width") {
  const auto p = plan(commune);
  const auto list = list_of({{&p.plan, nullptr}});
  // Without a width (a pipe, a file) every cell is whole; columns line up by characters
  // although "Việc đến hạn" takes more bytes than "Việc đã xong". The agency column shows the
  // lead agency, "…" saying the text names more.
  const std::string text = kehoach::render_deadlines_text(list, Lang::en);
  CHECK(text.find(
            "Dated (8):\n"
            "Due         Progress              Id            Item                                "
            "Agency                       Plan             Deadline as written (reading)\n"
            "28/02/2025  cancelled 01/02/2025  da-huy        Việc đã hủy                         "
            "UBND xã Tân Lập              UBND xã Tân Lập  tháng 2/2025 (month, from "
            "01/02/2025)\n") != std::string::npos);
  CHECK(text.find("\n09/06/2025  —                     hom-qua       Việc đến hạn ngày 09/06     "
                  "        Văn phòng HĐND và UBND xã …  UBND xã Tân Lập  chậm nhất ngày "
                  "09/06/2025 (date)\n") != std::string::npos);
  CHECK(text.find("1 item with no deadline written is not listed.") != std::string::npos);

  // With a width, every table line fits, the flexible columns shortened with "…".
  const std::string narrow = kehoach::render_deadlines_text(list, Lang::en, 80);
  std::size_t longest = 0;
  std::size_t start = narrow.find("Dated (8):\n") + 11;
  const std::size_t end = narrow.find("\n\n", start);
  while (start < end) {
    const std::size_t eol = narrow.find('\n', start);
    longest = std::max(longest, kehoach::display_width(narrow.substr(start, eol - start)));
    start = eol + 1;
  }
  CHECK(longest == 80);
  // The columns that matter least give way first: the title keeps the most room.
  CHECK(narrow.find("\n09/06/2025  —           hom-qua   Việc đến …  Văn phòng …  UBND xã…  "
                    "chậm nhất …\n") != std::string::npos);
}

namespace {

// A plan of 2026 whose task has two rounds and whose duty repeats every quarter.
constexpr std::string_view rounds = R"(format: kehoach/1
status: draft
issuer: {name: UBND xã B, level: commune}
year: 2026
title: B
tasks:
  - {id: kiem-tra, title: Kiểm tra, kind: inspection, lead: Tư pháp, due: "Đợt 1: Quý II; Đợt 2: Quý IV/2026"}
responsibilities:
  - agency: Các thôn
    level: other
    duties:
      - {id: bao-cao-quy, text: Báo cáo, due: Hằng quý}
)";

}  // namespace

TEST_CASE("each occurrence of a deadline is its own row, numbered") {
  const auto p = plan(rounds);
  const auto list = list_of({{&p.plan, nullptr}});
  REQUIRE(list.dated.size() == 6);
  std::vector<std::string> rows;
  for (const auto& o : list.dated) {
    rows.push_back(o.id + " " + std::to_string(o.occurrence) + "/" + std::to_string(o.occurrences) +
                   " " + iso(o.reading->start) + ".." + iso(o.due()));
  }
  CHECK(rows == std::vector<std::string>{
                    "bao-cao-quy 1/4 2026-01-01..2026-03-31",
                    "kiem-tra 1/2 2026-04-01..2026-06-30",
                    "bao-cao-quy 2/4 2026-04-01..2026-06-30",
                    "bao-cao-quy 3/4 2026-07-01..2026-09-30",
                    "kiem-tra 2/2 2026-10-01..2026-12-31",
                    "bao-cao-quy 4/4 2026-10-01..2026-12-31",
                });
  // Each occurrence is its own calendar event.
  CHECK(kehoach::ics_uid(list, list.dated[1]) != kehoach::ics_uid(list, list.dated[4]));
}

TEST_CASE("overdue reports each missed occurrence, and id#N marks one occurrence done") {
  const auto p = plan(rounds);
  const auto progress = kehoach::load_progress(R"(format: kehoach-progress/1
items:
  bao-cao-quy#1: {status: done, date: 2026-03-30}
)",
                                               "plan.progress.yaml");
  REQUIRE(progress.ok());
  CHECK(kehoach::check_progress(p.plan, progress.progress).empty());
  const auto list = list_of({{&p.plan, &progress.progress}});
  const auto report = kehoach::find_overdue(list, Date{2026, 7, 15}, std::nullopt);
  // Quarter 1 of bao-cao-quy is done; quarter 2 and round 1 of kiem-tra are late.
  REQUIRE(report.overdue_count() == 2);
  std::vector<std::string> late;
  for (const auto& g : report.overdue) {
    for (const auto& i : g.items) {
      late.push_back(i.item.id + "#" + std::to_string(i.item.occurrence) + " " +
                     std::to_string(i.days));
    }
  }
  std::sort(late.begin(), late.end());
  CHECK(late == std::vector<std::string>{"bao-cao-quy#2 15", "kiem-tra#1 15"});
}

TEST_CASE("a progress entry for an occurrence the deadline does not have is KH301") {
  const auto p = plan(rounds);
  const auto progress = kehoach::load_progress(R"(format: kehoach-progress/1
items:
  kiem-tra#3: {status: done, date: 2026-12-01}
)",
                                               "plan.progress.yaml");
  REQUIRE(progress.ok());
  const auto diagnostics = kehoach::check_progress(p.plan, progress.progress);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "KH301");
  CHECK(diagnostics[0].message.vi == "thời hạn của `kiem-tra` có 2 lần đến hạn, không có lần 3");
  CHECK(diagnostics[0].at == kehoach::Position{3, 3});
}

TEST_CASE("done after the due date is done late, per occurrence, and never when cancelled") {
  const auto p = plan(rounds);
  const auto progress = kehoach::load_progress(R"(format: kehoach-progress/1
items:
  kiem-tra: {status: done, date: 2026-10-20}
  bao-cao-quy#1: {status: done, date: 2026-03-31}
  bao-cao-quy#2: {status: cancelled, date: 2026-07-10}
  bao-cao-quy#3: {status: in_progress, date: 2026-10-02}
)",
                                               "plan.progress.yaml");
  REQUIRE(progress.ok());
  const auto list = list_of({{&p.plan, &progress.progress}});
  std::vector<std::string> late;
  for (const auto& o : list.dated) {
    late.push_back(o.id + "#" + std::to_string(o.occurrence) + (o.done_late() ? " late" : ""));
  }
  // Round 1 of kiem-tra (due 30/06) is late on 20/10, round 2 (due 31/12) is not; the first
  // quarter's report on its due day is on time.
  CHECK(late == std::vector<std::string>{"bao-cao-quy#1", "kiem-tra#1 late", "bao-cao-quy#2",
                                         "bao-cao-quy#3", "kiem-tra#2", "bao-cao-quy#4"});
  const std::string csv = kehoach::render_deadlines_csv(list, Lang::vi);
  CHECK(csv.find(",\"xong muộn\",2026-10-20,") != std::string::npos);
  CHECK(csv.find(",\"đã xong\",2026-10-20,") != std::string::npos);
  CHECK(csv.find(",\"đã hủy\",2026-07-10,") != std::string::npos);
  const std::string text = kehoach::render_deadlines_text(list, Lang::en, 0, false);
  CHECK(text.find("done late 20/10/2026") != std::string::npos);
  CHECK(text.find("done 31/03/2026") != std::string::npos);
}

TEST_CASE("the report due's rounds are tracked one by one, as a task's are") {
  const auto p = plan(R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: UBND xã Hòa Bình, level: commune}
issued: 2026-01-10
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
reporting:
  due: Báo cáo 6 tháng chậm nhất ngày 10/6, báo cáo năm chậm nhất ngày 18/11/2026
)");
  const auto none = list_of({{&p.plan, nullptr}});
  REQUIRE(none.dated.size() == 2);
  CHECK(iso(none.dated[0].due()) == "2026-06-10");
  CHECK(none.dated[0].occurrence == 1);
  CHECK(none.dated[0].occurrences == 2);
  CHECK(iso(none.dated[1].due()) == "2026-11-18");
  CHECK(none.dated[1].occurrence == 2);
  const auto overdue = kehoach::find_overdue(none, Date{2026, 7, 1}, std::nullopt);
  REQUIRE(overdue.overdue_count() == 1);
  CHECK(overdue.overdue[0].items[0].days == 21);

  // A record of round 1 closes round 1 only; the year report stays open.
  const auto progress = kehoach::load_progress(R"(format: kehoach-progress/1
reporting: {occurrence: 1, status: done, date: 2026-06-09}
)",
                                               "plan.progress.yaml");
  REQUIRE(progress.ok());
  const auto list = list_of({{&p.plan, &progress.progress}});
  REQUIRE(list.dated.size() == 2);
  CHECK(list.dated[0].status == kehoach::ProgressStatus::done);
  CHECK(iso(list.dated[0].status_date) == "2026-06-09");
  CHECK_FALSE(list.dated[1].status.has_value());
  CHECK(kehoach::find_overdue(list, Date{2026, 11, 29}, std::nullopt).overdue_count() == 1);

  // The whole report recorded closes both; `reporting#2` overrides it for round 2.
  const auto whole = kehoach::load_progress(R"(format: kehoach-progress/1
reporting: {status: done, date: 2026-11-17}
reporting#2: {status: in_progress}
)",
                                            "plan.progress.yaml");
  REQUIRE(whole.ok());
  const auto both = list_of({{&p.plan, &whole.progress}});
  CHECK(both.dated[0].status == kehoach::ProgressStatus::done);
  CHECK(both.dated[1].status == kehoach::ProgressStatus::in_progress);
}

TEST_CASE("two records of one occurrence: neither counts, the occurrence is flagged") {
  const auto p = plan(R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: UBND xã Hòa Bình, level: commune}
issued: 2026-01-10
year: 2026
title: Theo dõi tình hình thi hành pháp luật năm 2026
tasks:
  - {id: bao-cao-quy, title: Báo cáo hằng quý, kind: report, due: hằng quý}
)");
  const auto progress = kehoach::load_progress(R"(format: kehoach-progress/1
items:
  bao-cao-quy#1: {status: done, date: 2026-04-20}
  bao-cao-quy:
    - {occurrence: 1, status: done, date: 2026-03-20}
  bao-cao-quy#2: {occurrence: 3, status: done, date: 2026-06-25}
)",
                                               "plan.progress.yaml");
  REQUIRE_FALSE(progress.ok());
  const auto list = list_of({{&p.plan, &progress.progress}});
  REQUIRE(list.dated.size() == 4);
  for (std::size_t k = 0; k < 3; ++k) {
    CHECK_FALSE(list.dated[k].status.has_value());
    CHECK(list.dated[k].progress_error);
  }
  CHECK_FALSE(list.dated[3].progress_error);
}
