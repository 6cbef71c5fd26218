#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "kehoach/load.hpp"
#include "kehoach/progress.hpp"

using kehoach::Diagnostic;
using kehoach::ProgressLoadResult;
using kehoach::ProgressStatus;
using kehoach::Severity;

namespace {

ProgressLoadResult load(std::string_view text) {
  return kehoach::load_progress(text, "plan.progress.yaml");
}

// Checks one diagnostic completely: code, severity, position and both messages.
void check(const Diagnostic& d, std::string_view code, int line, int column, std::string_view vi,
           std::string_view en, Severity severity = Severity::error) {
  CHECK(d.code == code);
  CHECK(d.at.line == line);
  CHECK(d.at.column == column);
  CHECK(d.message.vi == vi);
  CHECK(d.message.en == en);
  CHECK(d.file == "plan.progress.yaml");
  CHECK(d.severity == severity);
}

constexpr std::string_view plan_text = R"(format: kehoach/1
status: issued
issuer: {name: UBND xã Tân Lập, level: commune}
year: 2025
title: Theo dõi tình hình thi hành pháp luật năm 2025
tasks:
  - id: kiem-tra
    title: Kiểm tra
    kind: inspection
    due: Quý III năm 2025
    progress: {status: in_progress}
  - id: tap-huan
    title: Tập huấn
    kind: training
    due: Quý II năm 2025
responsibilities:
  - agency: Công chức Tư pháp - Hộ tịch
    duties:
      - id: bao-cao
        text: Báo cáo kết quả
        due: chậm nhất ngày 20/11/2025
reporting:
  due: chậm nhất ngày 25/11/2025
)";

}  // namespace

TEST_CASE("a valid progress file maps every entry with its position") {
  const auto r = load(R"(# Tiến độ
format: kehoach-progress/1
items:
  kiem-tra: {status: done, date: 2025-09-12, note: Báo cáo số 95/BC-UBND}
  bao-cao:
    status: in_progress
reporting: {status: not_started}
)");
  REQUIRE(r.ok());
  CHECK(r.diagnostics.empty());
  CHECK(r.progress.format.value == "kehoach-progress/1");
  REQUIRE(r.progress.items.size() == 2);
  const auto& first = r.progress.items[0];
  CHECK(first.id.value == "kiem-tra");
  CHECK(first.id.at.line == 4);
  CHECK(first.id.at.column == 3);
  CHECK(first.status.value == ProgressStatus::done);
  CHECK(first.date.value.iso() == "2025-09-12");
  CHECK(first.note.value == "Báo cáo số 95/BC-UBND");
  CHECK(r.progress.items[1].status.value == ProgressStatus::in_progress);
  CHECK(r.progress.items[1].status.at.line == 6);
  CHECK_FALSE(r.progress.items[1].date.present);
  REQUIRE(r.progress.reporting.size() == 1);
  CHECK(r.progress.reporting[0].status.value == ProgressStatus::not_started);
  CHECK(r.progress.reporting[0].id.value == "reporting");
  CHECK_FALSE(r.progress.reporting[0].occurrence.present);
}

TEST_CASE("a progress file with a BOM and CRLF line ends reads like a plain one") {
  const auto r = load(
      "\xEF\xBB\xBF"
      "format: kehoach-progress/1\r\nitems:\r\n  a: {status: done, date: 2025-01-02}\r\n");
  REQUIRE(r.ok());
  REQUIRE(r.progress.items.size() == 1);
  CHECK(r.progress.items[0].id.at.line == 3);
  CHECK(r.text == "format: kehoach-progress/1\nitems:\n  a: {status: done, date: 2025-01-02}\n");
}

TEST_CASE("status keys read both ways") {
  CHECK(kehoach::progress_status_key(ProgressStatus::in_progress) == "in_progress");
  CHECK(kehoach::progress_status_from_key("cancelled") == ProgressStatus::cancelled);
  CHECK_FALSE(kehoach::progress_status_from_key("xong").has_value());
}

TEST_CASE("a misspelt status is KH009 with a suggestion") {
  const auto r = load("format: kehoach-progress/1\nitems:\n  a: {status: don}\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH009", 3, 15, "giá trị `don` không hợp lệ cho `status`",
        "invalid `status` value `don`");
  CHECK(r.diagnostics[0].hint.en ==
        "did you mean `done`? Allowed values: `not_started`, `in_progress`, `done`, `cancelled`");
}

TEST_CASE("an unknown key is KH003 with a suggestion, a duplicate id KH004") {
  const auto r = load(R"(format: kehoach-progress/1
item:
  a: {status: done}
items:
  a: {status: done, dat: 2025-01-01}
  a: {status: cancelled}
)");
  REQUIRE(r.diagnostics.size() == 3);
  check(r.diagnostics[0], "KH003", 2, 1, "khóa không xác định `item`", "unknown key `item`");
  CHECK(r.diagnostics[0].hint.en == "did you mean `items`?");
  check(r.diagnostics[1], "KH003", 5, 21, "khóa không xác định `dat` trong `items: a`",
        "unknown key `dat` in `items: a`");
  check(r.diagnostics[2], "KH004", 6, 3, "mã `a` bị lặp lại", "duplicate id `a`");
  CHECK(r.diagnostics[2].hint.en == "first written on line 5");
  // Neither record of `a` counts: the first is kept, marked faulty.
  REQUIRE(r.progress.items.size() == 1);
  CHECK(r.progress.items[0].faulty);
}

TEST_CASE("a date that does not exist is KH010, a missing status KH008") {
  const auto r = load("format: kehoach-progress/1\nitems:\n  a: {date: 2025-02-29}\n");
  REQUIRE(r.diagnostics.size() == 2);
  check(r.diagnostics[0], "KH008", 3, 6, "thiếu khóa bắt buộc `status` trong `items: a`",
        "missing required key `status` in `items: a`");
  check(r.diagnostics[1], "KH010", 3, 13,
        "ngày `2025-02-29` không đúng dạng YYYY-MM-DD hoặc không tồn tại",
        "date `2025-02-29` is not a real day written YYYY-MM-DD");
}

TEST_CASE("an entry that is not a mapping is KH002 at its value") {
  const auto r = load("format: kehoach-progress/1\nitems:\n  a: done\n  b:\n");
  REQUIRE(r.diagnostics.size() == 2);
  check(r.diagnostics[0], "KH002", 3, 6, "tiến độ của `a` phải là một ánh xạ",
        "the progress of `a` must be a mapping");
  check(r.diagnostics[1], "KH002", 4, 3, "tiến độ của `b` phải là một ánh xạ",
        "the progress of `b` must be a mapping");
}

TEST_CASE("a plan file given as a progress file is KH012 alone") {
  const auto r = load("format: kehoach/1\nstatus: draft\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH012", 1, 9,
        "phiên bản định dạng `kehoach/1` không được hỗ trợ cho tệp tiến độ",
        "unsupported progress file format `kehoach/1`");
  CHECK(r.diagnostics[0].hint.en == "a progress file starts with `format: kehoach-progress/1`");
}

TEST_CASE("hostile progress files are refused with a position, never a throw") {
  SUBCASE("an alias") {
    const auto r = load("format: kehoach-progress/1\nitems:\n  a: &x {status: done}\n  b: *x\n");
    REQUIRE(!r.ok());
    check(r.diagnostics[0], "KH005", 3, 6, "không chấp nhận anchor `&x` của YAML",
          "YAML anchor `&x` refused");
  }
  SUBCASE("empty") {
    const auto r = load("# nothing\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH013", 1, 1, "tệp rỗng", "the file is empty");
  }
  SUBCASE("a list at the top") {
    const auto r = load("- a\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH013", 1, 1,
          "tệp không phải một tệp tiến độ: cấp cao nhất phải là một ánh xạ các khóa",
          "not a progress file: the top level must be a mapping of keys");
  }
  SUBCASE("invalid UTF-8") {
    const auto r = load("format: kehoach-progress/1\nitems:\n  a: {status: done, note: Tr\xE1}\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH007", 3, 29, "tệp không phải UTF-8 hợp lệ: byte 0xE1",
          "invalid UTF-8: byte 0xE1");
  }
  SUBCASE("a syntax error") {
    const auto r = load("format: kehoach-progress/1\nitems:\n  a: {status: done\n");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "KH001");
    CHECK(r.diagnostics[0].at == kehoach::Position{3, 6});
  }
  SUBCASE("an unclosed quote") {
    const auto r = load("format: kehoach-progress/1\nitems:\n  a: {status: \"done}\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH001", 3, 15,
          "cú pháp YAML không hợp lệ: dấu nháy mở ở dòng 3 chưa được đóng",
          "invalid YAML syntax: the quote opened on line 3 is never closed");
  }
  SUBCASE("a second document") {
    const auto r = load("format: kehoach-progress/1\n---\nformat: kehoach-progress/1\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH001", 2, 1, "tệp có thêm một tài liệu YAML thứ hai",
          "a second YAML document starts here");
  }
  SUBCASE("deep nesting") {
    const auto r = load("format: kehoach-progress/1\nitems: " + std::string(200, '[') +
                        std::string(200, ']') + "\n");
    REQUIRE(r.diagnostics.size() == 2);
    CHECK(r.diagnostics[0].code == "KH002");  // `items` is a list, not a mapping
    check(r.diagnostics[1], "KH011", 2, 23, "lồng nhau quá sâu: quá 16 cấp",
          "nesting too deep: more than 16 levels");
  }
  SUBCASE("too large") {
    const auto r = load(std::string(kehoach::max_progress_bytes + 1, '#'));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "KH006");
  }
  SUBCASE("a control character") {
    const auto r = load("format: kehoach-progress/1\nitems:\n  a: {status: done\x01}\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH001", 3, 19, "ký tự điều khiển U+0001 không được phép trong YAML",
          "control character U+0001 is not allowed in YAML");
  }
}

TEST_CASE("check_progress reports ids the plan lacks, done without a date and double records") {
  const auto plan = kehoach::load_plan(plan_text, "plan.yaml");
  REQUIRE(plan.ok());
  const auto progress = load(R"(format: kehoach-progress/1
items:
  kiem-tra: {status: done, date: 2025-09-12}
  tap-huan: {status: done}
  bao-cáo: {status: done, date: 2025-11-19}
  bao-ca: {status: in_progress}
reporting: {status: cancelled}
)");
  // `bao-cáo` is not an id (ASCII only): refused while reading.
  REQUIRE(progress.diagnostics.size() == 1);
  CHECK(progress.diagnostics[0].code == "KH009");
  const auto found = kehoach::check_progress(plan.plan, progress.progress);
  REQUIRE(found.size() == 4);
  check(found[0], "KH303", 3, 3,
        "tiến độ của `kiem-tra` cũng được ghi trong tệp kế hoạch; dùng tiến độ ghi ở tệp này",
        "the plan file records progress for `kiem-tra` too; this file's is used", Severity::note);
  check(found[1], "KH302", 4, 22, "`tap-huan` đã xong nhưng không ghi ngày",
        "`tap-huan` is done but gives no date", Severity::warning);
  check(found[2], "KH301", 6, 3, "kế hoạch không có hoạt động hay nhiệm vụ nào mã `bao-ca`",
        "the plan has no task or duty with id `bao-ca`");
  CHECK(found[2].hint.en == "did you mean `bao-cao`?");
  check(found[3], "KH302", 7, 21, "`reporting` đã hủy nhưng không ghi ngày",
        "`reporting` is cancelled but gives no date", Severity::warning);
}

TEST_CASE("a reporting entry for a plan without a report due is KH301") {
  const auto plan = kehoach::load_plan(R"(format: kehoach/1
status: draft
issuer: {name: UBND xã Tân Lập, level: commune}
year: 2025
title: Kế hoạch
)",
                                       "plan.yaml");
  REQUIRE(plan.ok());
  const auto progress =
      load("format: kehoach-progress/1\nreporting: {status: done, date: 2025-11-20}\n");
  REQUIRE(progress.ok());
  const auto found = kehoach::check_progress(plan.plan, progress.progress);
  REQUIRE(found.size() == 1);
  check(found[0], "KH301", 2, 1, "kế hoạch không ghi thời hạn gửi báo cáo (`reporting.due`)",
        "the plan gives no report due date (`reporting.due`)");
}

TEST_CASE("a reporting occurrence the report due does not have is KH301") {
  const auto plan = kehoach::load_plan(plan_text, "plan.yaml");
  REQUIRE(plan.ok());
  const auto progress = load(R"(format: kehoach-progress/1
reporting#1: {status: done, date: 2025-11-20}
reporting:
  - {occurrence: 2, status: done, date: 2025-11-21}
)");
  REQUIRE(progress.ok());
  const auto found = kehoach::check_progress(plan.plan, progress.progress);
  REQUIRE(found.size() == 1);
  check(found[0], "KH301", 4, 18,
        "thời hạn gửi báo cáo (`reporting.due`) có 1 lần đến hạn, không có lần 2",
        "the report due (`reporting.due`) falls due 1 time(s), not 2");
}

TEST_CASE("the progress file beside a plan") {
  CHECK(kehoach::progress_file_for("a/plan.yaml") == "a/plan.progress.yaml");
  CHECK(kehoach::progress_file_for("a/plan.yml") == "a/plan.progress.yml");
  CHECK(kehoach::progress_file_for("plan") == "plan.progress.yaml");
  CHECK(kehoach::is_progress_file("a/plan.progress.yaml"));
  CHECK(kehoach::is_progress_file("plan.progress.yml"));
  CHECK_FALSE(kehoach::is_progress_file("progress.yaml"));
  CHECK_FALSE(kehoach::is_progress_file("a/plan.yaml"));
}

TEST_CASE("an id may list its occurrences, each with its own status") {
  const auto r = load(R"(format: kehoach-progress/1
items:
  bao-cao-quy:
    - {occurrence: 1, status: done, date: 2025-03-28}
    - {occurrence: 2, status: in_progress}
)");
  REQUIRE(r.ok());
  REQUIRE(r.progress.items.size() == 2);
  CHECK(r.progress.items[0].id.value == "bao-cao-quy");
  CHECK(r.progress.items[0].occurrence.value == 1);
  CHECK(r.progress.items[0].status.value == ProgressStatus::done);
  CHECK(r.progress.items[1].occurrence.value == 2);
  CHECK(r.progress.items[1].status.value == ProgressStatus::in_progress);
  CHECK_FALSE(r.progress.items[0].faulty);
}

TEST_CASE("occurrence: a number from 1, written once, and required in a list") {
  const auto r = load(R"(format: kehoach-progress/1
items:
  a:
    - {occurrence: 0, status: done, date: 2025-03-28}
    - {status: done, date: 2025-03-28}
  b:
    - {occurrence: 2, status: done, date: 2025-03-28}
    - {occurrence: 2, status: done, date: 2025-06-28}
)");
  REQUIRE(r.diagnostics.size() == 3);
  check(r.diagnostics[0], "KH002", 4, 20,
        "`occurrence` phải là số thứ tự của lần đến hạn, từ 1: `0`",
        "`occurrence` must be the number of the occurrence, from 1: `0`");
  check(r.diagnostics[1], "KH002", 5, 7,
        "mỗi mục trong danh sách tiến độ của `a` phải ghi `occurrence`",
        "each entry in the progress list of `a` needs `occurrence`");
  check(r.diagnostics[2], "KH004", 8, 20, "lần 2 của `b` bị ghi hai lần",
        "occurrence 2 of `b` is written twice");
  CHECK(r.diagnostics[2].hint.en == "first written on line 7; neither record counts");
  // The entries in error are kept, marked: they count as not done; of the two records of `b`'s
  // occurrence 2, the first is kept, marked too.
  REQUIRE(r.progress.items.size() == 3);
  CHECK(r.progress.items[0].faulty);
  CHECK(r.progress.items[1].faulty);
  CHECK(r.progress.items[2].faulty);
}

TEST_CASE("one occurrence recorded twice in any mix of forms is KH004 at the later record") {
  const auto r = load(R"(format: kehoach-progress/1
items:
  a#1: {status: done, date: 2026-04-20}
  a:
    - {occurrence: 1, status: done, date: 2026-03-20}
    - {occurrence: 2, status: done, date: 2026-06-20}
  b: {occurrence: 3, status: done, date: 2026-09-20}
  b#3: {status: done, date: 2026-09-21}
  c#2: {occurrence: 2, status: done, date: 2026-06-20}
  c#1: {status: done, date: 2026-03-20}
)");
  REQUIRE(r.diagnostics.size() == 2);
  check(r.diagnostics[0], "KH004", 5, 20, "lần 1 của `a` bị ghi hai lần",
        "occurrence 1 of `a` is written twice");
  CHECK(r.diagnostics[0].hint.vi == "lần này đã có ở dòng 3; cả hai bản ghi đều không được tính");
  CHECK(r.diagnostics[0].hint.en == "first written on line 3; neither record counts");
  check(r.diagnostics[1], "KH004", 8, 3, "lần 3 của `b` bị ghi hai lần",
        "occurrence 3 of `b` is written twice");
  CHECK(r.diagnostics[1].hint.en == "first written on line 7; neither record counts");
  // Kept: a#1 (faulty), a's occurrence 2, b's occurrence 3 (faulty), c#2 and c#1 (`#2` and
  // `occurrence: 2` agree).
  REQUIRE(r.progress.items.size() == 5);
  CHECK(r.progress.items[0].id.value == "a#1");
  CHECK(r.progress.items[0].faulty);
  CHECK(r.progress.items[1].occurrence.value == 2);
  CHECK_FALSE(r.progress.items[1].faulty);
  CHECK(r.progress.items[2].id.value == "b");
  CHECK(r.progress.items[2].faulty);
  CHECK_FALSE(r.progress.items[3].faulty);
  CHECK_FALSE(r.progress.items[4].faulty);
}

TEST_CASE("id#N with an occurrence naming another is KH307, and the entry counts as not done") {
  const auto r = load(R"(format: kehoach-progress/1
items:
  bao-cao-quy#2: {occurrence: 3, status: done, date: 2026-06-25}
  bao-cao-quy#1:
    - {occurrence: 2, status: done, date: 2026-06-25}
)");
  REQUIRE(r.diagnostics.size() == 2);
  check(r.diagnostics[0], "KH307", 3, 31,
        "`bao-cao-quy#2` ghi lần 2 nhưng `occurrence` ghi lần 3: không rõ là lần nào; mục này "
        "được coi là chưa xong",
        "`bao-cao-quy#2` names occurrence 2 but `occurrence` says 3: which one is unclear; the "
        "entry counts as not done");
  CHECK(r.diagnostics[0].hint.vi ==
        "ghi lần đến hạn một lần: bỏ `#2` khỏi mã hoặc bỏ `occurrence`");
  CHECK(r.diagnostics[0].hint.en ==
        "name the occurrence once: drop `#2` from the id or drop `occurrence`");
  check(r.diagnostics[1], "KH307", 5, 20,
        "`bao-cao-quy#1` ghi lần 1 nhưng `occurrence` ghi lần 2: không rõ là lần nào; mục này "
        "được coi là chưa xong",
        "`bao-cao-quy#1` names occurrence 1 but `occurrence` says 2: which one is unclear; the "
        "entry counts as not done");
  REQUIRE(r.progress.items.size() == 2);
  CHECK(r.progress.items[0].faulty);
  CHECK(r.progress.items[1].faulty);
}

TEST_CASE("the report due takes the occurrence forms of an item") {
  const auto r = load(R"(format: kehoach-progress/1
reporting:
  - {occurrence: 1, status: done, date: 2026-06-09}
reporting#2: {status: in_progress}
)");
  REQUIRE(r.ok());
  REQUIRE(r.progress.reporting.size() == 2);
  CHECK(r.progress.reporting[0].id.value == "reporting");
  CHECK(r.progress.reporting[0].occurrence.value == 1);
  CHECK(r.progress.reporting[0].status.value == ProgressStatus::done);
  CHECK(r.progress.reporting[1].id.value == "reporting#2");
  CHECK(r.progress.reporting[1].id.at.line == 4);
  CHECK(r.progress.reporting[1].status.value == ProgressStatus::in_progress);

  const auto twice = load(R"(format: kehoach-progress/1
reporting: {occurrence: 1, status: done, date: 2026-06-09}
reporting#1: {status: done, date: 2026-06-10, dat: x}
reporting#01: {status: done}
)");
  REQUIRE(twice.diagnostics.size() == 3);
  check(twice.diagnostics[0], "KH004", 3, 1, "lần 1 của `reporting` bị ghi hai lần",
        "occurrence 1 of `reporting` is written twice");
  check(twice.diagnostics[1], "KH003", 3, 47, "khóa không xác định `dat` trong `reporting#1`",
        "unknown key `dat` in `reporting#1`");
  CHECK(twice.diagnostics[2].code == "KH003");
  CHECK(twice.diagnostics[2].at.line == 4);
  REQUIRE(twice.progress.reporting.size() == 1);
  CHECK(twice.progress.reporting[0].faulty);
}

TEST_CASE("an entry with an unknown status or key is kept and marked faulty") {
  const auto r = load(R"(format: kehoach-progress/1
items:
  a: {status: xong, date: 2025-09-30}
  b: {status: done, dat: 2025-09-30}
  c: {status: done, date: 2025-09-30}
)");
  REQUIRE(r.progress.items.size() == 3);
  CHECK(r.progress.items[0].faulty);
  CHECK_FALSE(r.progress.items[0].status.present);
  CHECK(r.progress.items[1].faulty);
  CHECK_FALSE(r.progress.items[2].faulty);
}

TEST_CASE("a progress day before the plan's year and issue date is KH304") {
  using kehoach::ProgressDateFit;
  const auto plan_of = [](std::string_view status, std::string_view issued, int year) {
    const std::string text =
        "format: kehoach/1\nstatus: " + std::string(status) +
        "\nissuer: {name: UBND xã Tân Lập, level: commune}\nissued: " + std::string(issued) +
        "\nyear: " + std::to_string(year) + "\ntitle: Theo dõi tình hình thi hành pháp luật năm " +
        std::to_string(year) + "\ntasks:\n  - {id: kiem-tra, title: Kiểm tra, kind: inspection}\n";
    auto r = kehoach::load_plan(text, "plan.yaml");
    REQUIRE(r.ok());
    return r.plan;
  };
  using kehoach::Date;
  // Issued in December for the next year: work from the issue date on is the plan's.
  const auto december = plan_of("issued", "2025-12-28", 2026);
  CHECK(progress_date_fit(december, Date{2025, 12, 30}) == ProgressDateFit::fits);
  CHECK(progress_date_fit(december, Date{2025, 12, 27}) == ProgressDateFit::before_plan);
  // Issued in February: January is the plan's year, yet before it was issued.
  const auto february = plan_of("issued", "2026-02-05", 2026);
  CHECK(progress_date_fit(february, Date{2026, 2, 5}) == ProgressDateFit::fits);
  CHECK(progress_date_fit(february, Date{2026, 2, 4}) == ProgressDateFit::before_issue);
  CHECK(progress_date_fit(february, Date{2025, 12, 31}) == ProgressDateFit::before_plan);
  // A draft for next year whose issue date is a month.
  const auto draft = plan_of("draft", "2027-03", 2027);
  CHECK(progress_date_fit(draft, Date{2027, 3, 1}) == ProgressDateFit::fits);
  CHECK(progress_date_fit(draft, Date{2027, 2, 10}) == ProgressDateFit::before_issue);
  CHECK(progress_date_fit(draft, Date{2026, 12, 31}) == ProgressDateFit::before_plan);

  const auto progress = load(R"(format: kehoach-progress/1
items:
  kiem-tra: {status: done, date: 2026-08-20}
)");
  REQUIRE(progress.ok());
  const auto found = kehoach::check_progress(draft, progress.progress);
  REQUIRE(found.size() == 1);
  check(found[0], "KH304", 3, 34,
        "`kiem-tra` ghi đã xong ngày 20/08/2026, trước cả năm kế hoạch 2027 và tháng ban hành "
        "03/2027: không thể là tiến độ của kế hoạch này; việc này được coi là chưa xong",
        "`kiem-tra` is recorded done on 20/08/2026, before the plan's year 2027 and its issue "
        "month 03/2027: this cannot be this plan's progress; the item counts as not done");
  const auto cancelled = load(R"(format: kehoach-progress/1
items:
  kiem-tra: {status: cancelled, date: 2026-02-04}
  reporting: {status: in_progress, date: 2020-01-01}
)");
  const auto warned = kehoach::check_progress(february, cancelled.progress);
  // The plan has no report due: the reporting entry is KH301, its day not judged.
  REQUIRE(warned.size() == 2);
  CHECK(warned[1].code == "KH301");
  check(warned[0], "KH304", 3, 39,
        "`kiem-tra` ghi đã hủy ngày 04/02/2026, trước ngày ban hành 05/02/2026",
        "`kiem-tra` is recorded cancelled on 04/02/2026, before the plan's issue date 05/02/2026",
        Severity::warning);
}

TEST_CASE("a day done or cancelled after today is KH305, a warning at the date") {
  const auto r = load(R"(format: kehoach-progress/1
items:
  kiem-tra: {status: done, date: 2025-12-20}
  tap-huan: {status: cancelled, date: 2025-11-29}
  bao-cao: {status: in_progress, date: 2025-12-01}
  khac: {status: done, date: 2025-11-28}
  sai: {status: xong, date: 2026-01-01}
reporting: {status: done, date: 2026-01-05}
)");
  const auto found = kehoach::check_progress_future(r.progress, kehoach::Date{2025, 11, 28}, false);
  REQUIRE(found.size() == 3);
  check(found[0], "KH305", 3, 34,
        "`kiem-tra` ghi đã xong ngày 20/12/2025, là ngày ở tương lai; đến ngày đó việc này vẫn "
        "được tính là chưa xong",
        "`kiem-tra` is recorded done on 20/12/2025, a day in the future; until that day the item "
        "counts as not done",
        Severity::warning);
  check(found[1], "KH305", 4, 39,
        "`tap-huan` ghi đã hủy ngày 29/11/2025, là ngày ở tương lai; đến ngày đó việc này vẫn "
        "được tính là chưa xong",
        "`tap-huan` is recorded cancelled on 29/11/2025, a day in the future; until that day the "
        "item counts as not done",
        Severity::warning);
  check(found[2], "KH305", 8, 33,
        "`reporting` ghi đã xong ngày 05/01/2026, là ngày ở tương lai; đến ngày đó việc này vẫn "
        "được tính là chưa xong",
        "`reporting` is recorded done on 05/01/2026, a day in the future; until that day the item "
        "counts as not done",
        Severity::warning);
  // A day given with --as-of is named.
  const auto as_of = kehoach::check_progress_future(r.progress, kehoach::Date{2025, 12, 31}, true);
  REQUIRE(as_of.size() == 1);
  check(as_of[0], "KH305", 8, 33,
        "`reporting` ghi đã xong ngày 05/01/2026, sau ngày 31/12/2025 (--as-of); đến ngày đó "
        "việc này vẫn được tính là chưa xong",
        "`reporting` is recorded done on 05/01/2026, after 31/12/2025 (--as-of); until that day "
        "the item counts as not done",
        Severity::warning);
}
