#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <string_view>

#include "kehoach/load.hpp"

namespace doctest {
template <>
struct StringMaker<kehoach::Position> {
  static String convert(const kehoach::Position& p) {
    return (std::to_string(p.line) + ":" + std::to_string(p.column)).c_str();
  }
};
}  // namespace doctest

using kehoach::Diagnostic;
using kehoach::LoadResult;
using kehoach::Position;

namespace {

LoadResult load(std::string_view text) { return kehoach::load_plan(text, "plan.yaml"); }

// Checks one diagnostic completely: code, position and both messages.
void check(const Diagnostic& d, std::string_view code, int line, int column, std::string_view vi,
           std::string_view en) {
  CHECK(d.code == code);
  CHECK(d.at == Position{line, column});
  CHECK(d.message.vi == vi);
  CHECK(d.message.en == en);
  CHECK(d.file == "plan.yaml");
  CHECK(d.severity == kehoach::Severity::error);
}

// The header every test plan shares, so that each test shows only what it is about.
constexpr std::string_view head = R"(format: kehoach/1
status: draft
issuer:
  name: UBND tỉnh Lai Châu
  level: province
year: 2025
title: Theo dõi tình hình thi hành pháp luật năm 2025
)";  // 7 lines

LoadResult load_with_head(std::string_view rest) {
  return load(std::string(head) + std::string(rest));
}

}  // namespace

TEST_CASE("a full small valid plan maps every field with its position") {
  const auto r = load(R"(# yaml-language-server: $schema=../schemas/plan.schema.json
format: kehoach/1
status: draft
number: /KH-UBND
issuer:
  name: UBND tỉnh Lai Châu
  level: province
  locality: Lai Châu
  parent_authority: Bộ Tư pháp
  signer: Ủy ban nhân dân tỉnh Lai Châu
place: Lai Châu
issued: 2025-01
year: 2025
title: Theo dõi tình hình thi hành pháp luật năm 2025
basis_lead: Thực hiện
basis:
  - ref: 59/2012/NĐ-CP
    kind: Nghị định
    date: 2012-07-23
    issuer: Chính phủ
    title: về theo dõi tình hình thi hành pháp luật
parent:
  ref: 148/KH-UBND
  date: "2024-01-15"
  issuer: UBND tỉnh Tây Ninh
  title: Theo dõi tình hình thi hành pháp luật năm 2024
  file: ../tay-ninh/2024.yaml
enactment: Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau
outline:
  - number: I
    title: MỤC ĐÍCH, YÊU CẦU
    holds: purpose
purpose: Nhằm xem xét, đánh giá thực trạng thi hành pháp luật.
requirements:
  - Thực hiện thường xuyên.
  - Bảo đảm phối hợp chặt chẽ.
focus_areas:
  - id: fa1
    number: II.1.2
    name: Xử lý vi phạm hành chính
    origin: national
    scope: Toàn tỉnh
    subjects: [Sở Tư pháp, Công an tỉnh]
    content: Tình hình ban hành văn bản.
    lead: Sở Tư pháp
tasks:
  - id: t1
    number: II.1
    title: Xây dựng kế hoạch
    kind: plan
    description: Ban hành kế hoạch của cơ quan.
    lead: Sở Tư pháp
    partners:
      - Các sở, ban, ngành
    output: Kế hoạch
    due: Quý I năm 2025
    levels: [department, district]
    implements: [p1]
    focus: [fa1]
    conditional: true
    progress:
      status: done
      date: 2025-02-10
responsibilities:
  - agency: Sở Tư pháp
    number: "1"
    level: department
    intro: Chủ trì, phối hợp
    duties:
      - id: d1
        text: Tham mưu ban hành kế hoạch.
        kind: report
        due: Trước ngày 31/01/2025
        to: UBND tỉnh
        levels: [commune]
        implements: [p2]
        progress:
          status: in_progress
reporting:
  subjects: Các sở, ban, ngành
  period: Tính từ 01/12/2024 đến 20/11/2025
  due: Chậm nhất ngày 25/11/2025
  to: Sở Tư pháp
  content: Kết quả theo dõi
budget: Ngân sách nhà nước.
closing: Trên đây là Kế hoạch.
recipients:
  - Bộ Tư pháp (b/c);
  - "Lưu: VT, NC."
signature:
  authority: TM. ỦY BAN NHÂN DÂN
  role: KT. CHỦ TỊCH
  title: PHÓ CHỦ TỊCH
  name: Nguyễn Văn A
)");
  REQUIRE(r.diagnostics.empty());
  CHECK(r.ok());
  const auto& p = r.plan;
  CHECK(p.file == "plan.yaml");
  CHECK(p.format.value == "kehoach/1");
  CHECK(p.format.at == Position{2, 9});
  CHECK(p.format.present);
  CHECK(p.status.value == kehoach::Status::draft);
  CHECK(p.status.at == Position{3, 9});
  CHECK(p.number.value == "/KH-UBND");
  CHECK(p.issuer.name.value == "UBND tỉnh Lai Châu");
  CHECK(p.issuer.name.at == Position{6, 9});
  CHECK(p.issuer.level.value == kehoach::Level::province);
  CHECK(p.issuer.level.at == Position{7, 10});
  CHECK(p.issuer.locality.value == "Lai Châu");
  CHECK(p.issuer.parent_authority.value == "Bộ Tư pháp");
  CHECK(p.issuer.signer.value == "Ủy ban nhân dân tỉnh Lai Châu");
  CHECK(p.place.value == "Lai Châu");
  CHECK(p.issued.present);
  CHECK(p.issued.year == 2025);
  CHECK(p.issued.month == 1);
  CHECK(p.issued.day == 0);
  CHECK(p.issued.at == Position{12, 9});
  CHECK(p.year.value == 2025);
  CHECK(p.year.at == Position{13, 7});
  CHECK(p.title.value == "Theo dõi tình hình thi hành pháp luật năm 2025");
  CHECK(p.basis_lead.value == "Thực hiện");
  CHECK(p.basis_lead.present);

  REQUIRE(p.basis.size() == 1);
  CHECK(p.basis[0].at == Position{17, 5});
  CHECK(p.basis[0].ref.value == "59/2012/NĐ-CP");
  CHECK(p.basis[0].ref.at == Position{17, 10});
  CHECK(p.basis[0].kind.value == "Nghị định");
  CHECK(p.basis[0].date.value == kehoach::Date{2012, 7, 23});
  CHECK(p.basis[0].date.at == Position{19, 11});
  CHECK(p.basis[0].issuer.value == "Chính phủ");
  CHECK(p.basis[0].title.value == "về theo dõi tình hình thi hành pháp luật");

  REQUIRE(p.parent.has_value());
  CHECK(p.parent->at == Position{23, 3});
  CHECK(p.parent->ref.value == "148/KH-UBND");
  CHECK(p.parent->date.value == kehoach::Date{2024, 1, 15});
  CHECK(p.parent->issuer.value == "UBND tỉnh Tây Ninh");
  CHECK(p.parent->title.value == "Theo dõi tình hình thi hành pháp luật năm 2024");
  CHECK(p.parent->file.value == "../tay-ninh/2024.yaml");
  CHECK(p.enactment.value == "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau");

  REQUIRE(p.outline.size() == 1);
  CHECK(p.outline[0].number.value == "I");
  CHECK(p.outline[0].title.value == "MỤC ĐÍCH, YÊU CẦU");
  CHECK(p.outline[0].holds.value == "purpose");
  CHECK(p.outline[0].at == Position{30, 5});

  REQUIRE(p.purpose.size() == 1);
  CHECK(p.purpose[0].value == "Nhằm xem xét, đánh giá thực trạng thi hành pháp luật.");
  CHECK(p.purpose[0].at == Position{33, 10});
  REQUIRE(p.requirements.size() == 2);
  CHECK(p.requirements[1].value == "Bảo đảm phối hợp chặt chẽ.");
  CHECK(p.requirements[1].at == Position{36, 5});

  REQUIRE(p.focus_areas.size() == 1);
  const auto& fa = p.focus_areas[0];
  CHECK(fa.at == Position{38, 5});
  CHECK(fa.id.value == "fa1");
  CHECK(fa.number.value == "II.1.2");
  CHECK(fa.name.value == "Xử lý vi phạm hành chính");
  CHECK(fa.origin.value == "national");
  CHECK(fa.scope.value == "Toàn tỉnh");
  REQUIRE(fa.subjects.size() == 2);
  CHECK(fa.subjects[1].value == "Công an tỉnh");
  CHECK(fa.subjects[1].at == Position{43, 28});
  REQUIRE(fa.content.size() == 1);
  CHECK(fa.lead.value == "Sở Tư pháp");

  REQUIRE(p.tasks.size() == 1);
  const auto& t = p.tasks[0];
  CHECK(t.at == Position{47, 5});
  CHECK(t.id.value == "t1");
  CHECK(t.id.at == Position{47, 9});
  CHECK(t.number.value == "II.1");
  CHECK(t.title.value == "Xây dựng kế hoạch");
  CHECK(t.kind.value == kehoach::TaskKind::plan);
  CHECK(t.kind.at == Position{50, 11});
  REQUIRE(t.description.size() == 1);
  REQUIRE(t.lead.size() == 1);
  CHECK(t.lead[0].value == "Sở Tư pháp");
  REQUIRE(t.partners.size() == 1);
  CHECK(t.partners[0].value == "Các sở, ban, ngành");
  CHECK(t.partners[0].at == Position{54, 9});
  CHECK(t.output.value == "Kế hoạch");
  CHECK(t.due.phrase.value == "Quý I năm 2025");
  CHECK(t.due.phrase.at == Position{56, 10});
  REQUIRE(t.due.reading.has_value());
  CHECK(t.due.reading->due == kehoach::Date{2025, 3, 31});
  REQUIRE(t.levels.size() == 2);
  CHECK(t.levels[0].value == kehoach::Level::department);
  CHECK(t.levels[1].value == kehoach::Level::district);
  CHECK(t.levels[1].at == Position{57, 26});
  REQUIRE(t.implements.size() == 1);
  CHECK(t.implements[0].value == "p1");
  REQUIRE(t.focus.size() == 1);
  CHECK(t.focus[0].value == "fa1");
  CHECK(t.conditional.present);
  CHECK(t.conditional.value);
  CHECK(t.conditional.at == Position{60, 18});
  REQUIRE(t.progress.has_value());
  CHECK(t.progress->at == Position{62, 7});
  CHECK(t.progress->status.value == "done");
  CHECK(t.progress->date.value == kehoach::Date{2025, 2, 10});

  REQUIRE(p.responsibilities.size() == 1);
  const auto& resp = p.responsibilities[0];
  CHECK(resp.at == Position{65, 5});
  CHECK(resp.agency.value == "Sở Tư pháp");
  CHECK(resp.number.value == "1");
  CHECK(resp.level.value == kehoach::Level::department);
  CHECK(resp.intro.value == "Chủ trì, phối hợp");
  REQUIRE(resp.duties.size() == 1);
  const auto& d = resp.duties[0];
  CHECK(d.at == Position{70, 9});
  CHECK(d.id.value == "d1");
  CHECK(d.text.value == "Tham mưu ban hành kế hoạch.");
  CHECK(d.kind.value == kehoach::TaskKind::report);
  CHECK(d.due.phrase.value == "Trước ngày 31/01/2025");
  CHECK(d.to.value == "UBND tỉnh");
  REQUIRE(d.levels.size() == 1);
  CHECK(d.levels[0].value == kehoach::Level::commune);
  REQUIRE(d.implements.size() == 1);
  REQUIRE(d.progress.has_value());
  CHECK(d.progress->status.value == "in_progress");
  CHECK_FALSE(d.progress->date.present);

  REQUIRE(p.reporting.has_value());
  CHECK(p.reporting->at == Position{80, 3});
  CHECK(p.reporting->subjects.value == "Các sở, ban, ngành");
  CHECK(p.reporting->period.phrase.value == "Tính từ 01/12/2024 đến 20/11/2025");
  CHECK(p.reporting->due.phrase.value == "Chậm nhất ngày 25/11/2025");
  CHECK(p.reporting->due.phrase.at == Position{82, 8});
  CHECK(p.reporting->to.value == "Sở Tư pháp");
  CHECK(p.reporting->content.value == "Kết quả theo dõi");
  REQUIRE(p.budget.size() == 1);
  CHECK(p.closing.value == "Trên đây là Kế hoạch.");
  REQUIRE(p.recipients.size() == 2);
  CHECK(p.recipients[1].value == "Lưu: VT, NC.");
  CHECK(p.recipients[1].at == Position{89, 5});
  REQUIRE(p.signature.has_value());
  CHECK(p.signature->at == Position{91, 3});
  CHECK(p.signature->authority.value == "TM. ỦY BAN NHÂN DÂN");
  CHECK(p.signature->role.value == "KT. CHỦ TỊCH");
  CHECK(p.signature->title.value == "PHÓ CHỦ TỊCH");
  CHECK(p.signature->name.value == "Nguyễn Văn A");
}

TEST_CASE("absent optional keys stay absent and basis_lead defaults to Căn cứ") {
  const auto r = load(head);
  REQUIRE(r.diagnostics.empty());
  CHECK_FALSE(r.plan.number.present);
  CHECK(r.plan.number.at == Position{});
  CHECK_FALSE(r.plan.issued.present);
  CHECK_FALSE(r.plan.parent.has_value());
  CHECK_FALSE(r.plan.reporting.has_value());
  CHECK_FALSE(r.plan.signature.has_value());
  CHECK(r.plan.tasks.empty());
  CHECK_FALSE(r.plan.basis_lead.present);
  CHECK(r.plan.basis_lead.value == "Căn cứ");
}

TEST_CASE("YAML null for an optional key reads as absent") {
  const auto r = load_with_head("number: ~\nplace:\nclosing: null\n");
  REQUIRE(r.diagnostics.empty());
  CHECK_FALSE(r.plan.number.present);
  CHECK_FALSE(r.plan.place.present);
  CHECK_FALSE(r.plan.closing.present);
}

TEST_CASE("a syntax error is reported at its line and character column") {
  const auto r = load("format: kehoach/1\ntitle: Tỉnh Lai Châu: kế hoạch\n");
  REQUIRE(r.diagnostics.size() == 1);
  // The second `:` is the 21st character of the line (byte 24: ỉ and â take several bytes).
  check(r.diagnostics[0], "KH001", 2, 21,
        "cú pháp YAML không hợp lệ: giá trị có dấu hai chấm và dấu cách (`: `), YAML đọc phần "
        "đứng trước là một khóa",
        "invalid YAML syntax: the value holds a colon and a space (`: `), which YAML reads as a "
        "key");
}

TEST_CASE("an unknown escape is quoted whole and pointed at its backslash") {
  const auto r = load("format: kehoach/1\nplace: \"Lai Châu \\đ\"\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", 2, 18,
        "cú pháp YAML không hợp lệ: ký tự thoát `\\đ` không hợp lệ trong chuỗi nháy kép",
        "invalid YAML syntax: unknown escape `\\đ` in a double-quoted string");
  CHECK(r.diagnostics[0].hint.en == "write `\\\\` for a backslash, or use single quotes");
}

TEST_CASE("an unclosed flow list is a syntax error at its bracket") {
  const auto r = load("format: kehoach/1\nrecipients: [Bộ Tư pháp,\n  Lưu\nyear: 2025\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", 2, 13,
        "cú pháp YAML không hợp lệ: dấu `[` mở ở dòng 2 chưa được đóng",
        "invalid YAML syntax: the `[` opened on line 2 is never closed");
}

TEST_CASE("a quote left open to the end of the file is a syntax error at the quote") {
  const auto r = load_with_head("recipients:\n  - \"Lưu: VT.\nsignature:\n  title: CHỦ TỊCH\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", 9, 5,
        "cú pháp YAML không hợp lệ: dấu nháy mở ở dòng 9 chưa được đóng",
        "invalid YAML syntax: the quote opened on line 9 is never closed");
  const auto single = load_with_head("closing: 'Trên đây là kế hoạch''s\n");
  REQUIRE(single.diagnostics.size() == 1);
  CHECK(single.diagnostics[0].at == Position{8, 10});
  CHECK(load_with_head("closing: \"a \\\" b\"\nbudget: 'x''y'\n").ok());
}

TEST_CASE("a tab used for indentation is a syntax error at the tab") {
  SUBCASE("a tab alone") {
    const auto r = load("format: kehoach/1\nissuer:\n\tname: UBND tỉnh Lai Châu\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH001", 3, 1, "thụt lề bằng ký tự tab: YAML chỉ cho phép dấu cách",
          "tab used for indentation: YAML indents with spaces only");
    CHECK(r.diagnostics[0].hint.vi == "thay tab bằng dấu cách");
    CHECK(r.diagnostics[0].hint.en == "replace the tab with spaces");
  }
  SUBCASE("a tab after spaces") {
    const auto r = load("format: kehoach/1\nissuer:\n  name: UBND\n  \tlevel: province\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH001", 4, 3, "thụt lề bằng ký tự tab: YAML chỉ cho phép dấu cách",
          "tab used for indentation: YAML indents with spaces only");
  }
  SUBCASE("a tab before a list entry") {
    const auto r = load("format: kehoach/1\nrecipients:\n\t- Bộ Tư pháp\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH001", 3, 1, "thụt lề bằng ký tự tab: YAML chỉ cho phép dấu cách",
          "tab used for indentation: YAML indents with spaces only");
  }
  SUBCASE("a tab inside a literal block is content") {
    const auto r = load_with_head("closing: |\n  Trên đây\n  \tlà Kế hoạch.\n");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.plan.closing.value == "Trên đây\n\tlà Kế hoạch.\n");
  }
}

TEST_CASE("a value of the wrong type names the key and the expected type") {
  const auto r = load_with_head(R"(tasks: Xây dựng kế hoạch
purpose:
  a: b
recipients: Bộ Tư pháp
reporting: [a]
focus_areas:
  - Lĩnh vực đất đai
)");
  REQUIRE(r.diagnostics.size() == 5);
  check(r.diagnostics[0], "KH002", 8, 8, "`tasks` phải là một danh sách", "`tasks` must be a list");
  CHECK(r.diagnostics[0].hint.en == "write each entry on a line starting with `- ` under `tasks:`");
  check(r.diagnostics[1], "KH002", 10, 3, "`purpose` phải là một chuỗi hoặc một danh sách chuỗi",
        "`purpose` must be a string or a list of strings");
  check(r.diagnostics[2], "KH002", 11, 13, "`recipients` phải là một danh sách",
        "`recipients` must be a list");
  check(r.diagnostics[3], "KH002", 12, 12, "`reporting` phải là một ánh xạ",
        "`reporting` must be a mapping");
  CHECK(r.diagnostics[3].hint.vi == "viết các khóa con thụt lề bên dưới `reporting:`");
  check(r.diagnostics[4], "KH002", 14, 5, "mỗi mục của `focus_areas` phải là một ánh xạ",
        "each entry of `focus_areas` must be a mapping");
}

TEST_CASE("scalar keys given a list or a mapping are wrong types") {
  const auto r = load(R"(format: kehoach/1
status: draft
issuer: UBND tỉnh Lai Châu
year: 2025
title:
  - Kế hoạch
tasks:
  - id: t1
    title: Kế hoạch
    kind: plan
    conditional: yes
    implements: p1
)");
  REQUIRE(r.diagnostics.size() == 4);
  check(r.diagnostics[0], "KH002", 3, 9, "`issuer` phải là một ánh xạ",
        "`issuer` must be a mapping");
  check(r.diagnostics[1], "KH002", 6, 3, "`title` phải là một chuỗi", "`title` must be a string");
  check(r.diagnostics[2], "KH002", 11, 18, "`conditional` phải là true hoặc false",
        "`conditional` must be true or false");
  check(r.diagnostics[3], "KH002", 12, 17, "`implements` phải là một danh sách",
        "`implements` must be a list");
}

TEST_CASE("an unknown key gets a did-you-mean hint") {
  const auto r = load_with_head(R"(titel: x
tasks:
  - id: t1
    title: Kế hoạch
    kind: plan
    Due: Quý I
    progress:
      status: done
      when: 2025-01-01
)");
  REQUIRE(r.diagnostics.size() == 3);
  check(r.diagnostics[0], "KH003", 8, 1, "khóa không xác định `titel`", "unknown key `titel`");
  CHECK(r.diagnostics[0].hint.vi == "ý bạn là `title`?");
  CHECK(r.diagnostics[0].hint.en == "did you mean `title`?");
  check(r.diagnostics[1], "KH003", 13, 5, "khóa không xác định `Due` trong `tasks`",
        "unknown key `Due` in `tasks`");
  CHECK(r.diagnostics[1].hint.en == "did you mean `due`?");
  check(r.diagnostics[2], "KH003", 16, 7, "khóa không xác định `when` trong `progress`",
        "unknown key `when` in `progress`");
  CHECK(r.diagnostics[2].hint.vi == "các khóa được phép: `status`, `date`");
  CHECK(r.diagnostics[2].hint.en == "allowed keys: `status`, `date`");
}

TEST_CASE("a key written with diacritics is matched to its ASCII spelling") {
  const auto r = load_with_head("plâce: Lai Châu\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH003", 8, 1, "khóa không xác định `plâce`", "unknown key `plâce`");
  CHECK(r.diagnostics[0].hint.en == "did you mean `place`?");
}

TEST_CASE("a duplicate key is reported at its second occurrence") {
  const auto r = load_with_head("place: Lai Châu\nclosing: Trên đây\nplace: Tây Ninh\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH004", 10, 1, "khóa `place` bị lặp lại", "duplicate key `place`");
  CHECK(r.diagnostics[0].hint.vi == "khóa này đã có ở dòng 8");
  CHECK(r.diagnostics[0].hint.en == "first written on line 8");
  // The first value is kept.
  CHECK(r.plan.place.value == "Lai Châu");
}

TEST_CASE("anchors and aliases are refused at the first one") {
  const auto r = load_with_head(R"(place: &p Lai Châu
closing: *p
budget: &b Ngân sách
)");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH005", 8, 8, "không chấp nhận anchor `&p` của YAML",
        "YAML anchor `&p` refused");
  CHECK(r.diagnostics[0].hint.en ==
        "write each value out in full: anchors (`&`) and aliases (`*`) are not allowed");
  // The alias reads as nothing, without a second complaint about it.
  CHECK_FALSE(r.plan.closing.present);
}

TEST_CASE("an alias to an undefined anchor is refused as an alias") {
  const auto r = load_with_head("closing: *nothing\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH005", 8, 10, "không chấp nhận alias `*nothing` của YAML",
        "YAML alias `*nothing` refused");
}

TEST_CASE("an alias bomb is refused without expanding it") {
  // 9 levels of 9 aliases: ~387 million strings if expanded.
  std::string bomb = R"(format: kehoach/1
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
)";
  char previous = 'a';
  for (char c = 'b'; c <= 'i'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) bomb += std::string(i ? "," : "") + "*" + previous;
    bomb += "]\n";
    previous = c;
  }
  CHECK(bomb.size() < 1024);
  const auto start = std::chrono::steady_clock::now();
  const auto r = load(bomb);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::seconds(1));
  REQUIRE_FALSE(r.diagnostics.empty());
  std::size_t refused = 0;
  for (const auto& d : r.diagnostics) {
    if (d.code != "KH005") continue;
    ++refused;
    check(d, "KH005", 2, 4, "không chấp nhận anchor `&a` của YAML", "YAML anchor `&a` refused");
  }
  CHECK(refused == 1);
}

TEST_CASE("nesting deeper than 64 levels is refused at the level that crosses it") {
  // The root mapping is level 1, so the 64th `[` opens level 65.
  const std::string deep = std::string(head) + "purpose: " + std::string(70, '[') +
                           std::string(70, ']') + "\nplace: x\nplace: y\n";
  const auto r = load(deep);
  REQUIRE(r.diagnostics.size() == 3);
  check(r.diagnostics[0], "KH002", 8, 11, "mỗi mục của `purpose` phải là một chuỗi",
        "each entry of `purpose` must be a string");
  check(r.diagnostics[1], "KH011", 8, 73, "lồng nhau quá sâu: quá 64 cấp",
        "nesting too deep: more than 64 levels");
  // Reading goes on after the refused part.
  CHECK(r.diagnostics[2].code == "KH004");
}

TEST_CASE("600 levels of nesting are reported once and the reading goes on") {
  const std::string deep =
      std::string(head) + "purpose: " + std::string(600, '[') + std::string(600, ']') + "\n";
  const auto r = load(deep);
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].code == "KH002");
  check(r.diagnostics[1], "KH011", 8, 73, "lồng nhau quá sâu: quá 64 cấp",
        "nesting too deep: more than 64 levels");
}

TEST_CASE("invalid UTF-8 is reported at the line and column of the first bad byte") {
  // "Lai Ch\xe2u" is Latin-1 where UTF-8 was expected: the bad byte is the 13th character.
  const auto r = load("format: kehoach/1\nplace: Lai Ch\xe2u\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH007", 2, 14, "tệp không phải UTF-8 hợp lệ: byte 0xE2",
        "invalid UTF-8: byte 0xE2");
  CHECK(r.diagnostics[0].hint.en == "save the file as UTF-8 (not TCVN3, VNI or Windows-1258)");

  const auto after_accents = load("title: Tỉnh Lai Châu \xff\n");
  REQUIRE(after_accents.diagnostics.size() == 1);
  CHECK(after_accents.diagnostics[0].at == Position{1, 22});
}

TEST_CASE("a control character is refused at its position") {
  const auto r = load("format: kehoach/1\ntitle: Kế hoạch\x0bnăm 2025\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", 2, 16, "ký tự điều khiển U+000B không được phép trong YAML",
        "control character U+000B is not allowed in YAML");
  std::string with_nul = "format: kehoach/1\nholds";
  with_nul += '\0';
  with_nul += ": x\n";
  const auto nul = load(with_nul);
  REQUIRE(nul.diagnostics.size() == 1);
  CHECK(nul.diagnostics[0].message.en == "control character U+0000 is not allowed in YAML");
  CHECK(nul.diagnostics[0].at == Position{2, 6});
}

TEST_CASE("a BOM and CRLF line ends are accepted with positions intact") {
  std::string text = "\xEF\xBB\xBF";
  for (char c : std::string(head) + "place: Lai Châu\nclosing: [\n") {
    if (c == '\n') text += '\r';
    text += c;
  }
  text.replace(text.find("place: Lai Châu"), 5, "plase");
  const auto r = load(text.substr(0, text.find("closing")));
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH003", 8, 1, "khóa không xác định `plase`", "unknown key `plase`");
  CHECK(r.text.substr(0, 18) == "format: kehoach/1\n");
  CHECK(r.text.find('\r') == std::string::npos);
  CHECK(r.plan.format.at == Position{1, 9});
  CHECK(r.plan.title.at == Position{7, 8});

  const auto broken = load(text);
  REQUIRE(broken.diagnostics.size() == 1);
  CHECK(broken.diagnostics[0].code == "KH001");
  CHECK(broken.diagnostics[0].at == Position{9, 10});
}

TEST_CASE("lone CR line ends are read as line ends") {
  std::string text;
  for (char c : std::string(head) + "titel: x\n") text += c == '\n' ? '\r' : c;
  const auto r = load(text);
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH003", 8, 1, "khóa không xác định `titel`", "unknown key `titel`");
  CHECK(r.plan.year.value == 2025);
}

TEST_CASE("NFD text is normalised to NFC") {
  // "Châu" with a combining circumflex, "Quý" with a combining acute.
  const auto r =
      load_with_head("place: Cha\xcc\x82u\nclosing: \"Qu\\u00fd I\"\nbudget: \"Quy\\u0301 II\"\n");
  REQUIRE(r.diagnostics.empty());
  CHECK(r.plan.place.value == "Châu");
  CHECK(r.plan.closing.value == "Quý I");
  REQUIRE(r.plan.budget.size() == 1);
  CHECK(r.plan.budget[0].value == "Quý II");
  CHECK(r.text.find("place: Châu\n") != std::string::npos);

  // Columns count characters of the normalised text.
  const auto typo = load_with_head("place: Cha\xcc\x82u\nlevel: x\n");
  REQUIRE(typo.diagnostics.size() == 1);
  CHECK(typo.diagnostics[0].at == Position{9, 1});
}

TEST_CASE("an empty, blank or comment-only file is KH013") {
  for (const std::string_view text :
       {std::string_view(""), std::string_view("   \n\n  "), std::string_view("# only a comment\n"),
        std::string_view("---\n"), std::string_view("~\n"), std::string_view("\xEF\xBB\xBF")}) {
    CAPTURE(text);
    const auto r = load(text);
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH013", 1, 1, "tệp rỗng", "the file is empty");
    CHECK(r.diagnostics[0].hint.en == "a plan starts with `format: kehoach/1`");
  }
}

TEST_CASE("a root that is not a mapping is KH013") {
  const auto scalar = load("# kế hoạch\nKế hoạch năm 2025\n");
  REQUIRE(scalar.diagnostics.size() == 1);
  check(scalar.diagnostics[0], "KH013", 2, 1,
        "tệp không phải một kế hoạch: cấp cao nhất phải là một ánh xạ các khóa",
        "not a plan: the top level must be a mapping of keys");

  const auto list = load("- format: kehoach/1\n");
  REQUIRE(list.diagnostics.size() == 1);
  CHECK(list.diagnostics[0].code == "KH013");
  CHECK(list.diagnostics[0].at == Position{1, 1});
}

TEST_CASE("a mapping without any plan key is not a plan") {
  const auto r = load("services:\n  web:\n    image: nginx\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH013", 1, 1,
        "tệp không phải một kế hoạch: không có khóa nào của định dạng",
        "not a plan: none of the format's keys is present");
}

TEST_CASE("a missing required key is reported at the enclosing mapping") {
  const auto r = load(R"(format: kehoach/1
status: draft
issuer:
  level: province
year: 2025
title:
tasks:
  - id: t1
    kind: plan
)");
  REQUIRE(r.diagnostics.size() == 3);
  check(r.diagnostics[0], "KH008", 4, 3, "thiếu khóa bắt buộc `name` trong `issuer`",
        "missing required key `name` in `issuer`");
  check(r.diagnostics[1], "KH008", 6, 1, "khóa bắt buộc `title` chưa có giá trị",
        "required key `title` has no value");
  check(r.diagnostics[2], "KH008", 8, 5, "thiếu khóa bắt buộc `title` trong `tasks`",
        "missing required key `title` in `tasks`");

  const auto top = load("format: kehoach/1\nstatus: draft\n");
  REQUIRE(top.diagnostics.size() == 3);
  check(top.diagnostics[0], "KH008", 1, 1, "thiếu khóa bắt buộc `issuer`",
        "missing required key `issuer`");
  CHECK(top.diagnostics[1].message.en == "missing required key `year`");
  CHECK(top.diagnostics[2].message.en == "missing required key `title`");
}

TEST_CASE("an enum value outside the allowed set lists them") {
  const auto r = load(R"(format: kehoach/1
status: final
issuer: {name: Ủy ban nhân dân tỉnh Lai Châu, level: tỉnh}
year: 2025
title: Kế hoạch
tasks:
  - id: t1
    title: Kế hoạch
    kind: inspektion
    levels: [district, hamlet]
)");
  REQUIRE(r.diagnostics.size() == 4);
  check(r.diagnostics[0], "KH009", 2, 9, "giá trị `final` không hợp lệ cho `status`",
        "invalid `status` value `final`");
  CHECK(r.diagnostics[0].hint.vi == "các giá trị hợp lệ: `draft`, `issued`");
  CHECK(r.diagnostics[0].hint.en == "allowed values: `draft`, `issued`");
  // A multi-byte line: the value starts at character 54 (byte 61).
  check(r.diagnostics[1], "KH009", 3, 54, "giá trị `tỉnh` không hợp lệ cho `level`",
        "invalid `level` value `tỉnh`");
  CHECK(r.diagnostics[1].hint.vi ==
        "ý bạn là `province`? Các giá trị hợp lệ: `national`, `ministry`, `province`, "
        "`department`, `district`, `commune`, `other`");
  CHECK(r.diagnostics[1].hint.en ==
        "did you mean `province`? Allowed values: `national`, `ministry`, `province`, "
        "`department`, `district`, `commune`, `other`");
  check(r.diagnostics[2], "KH009", 9, 11, "giá trị `inspektion` không hợp lệ cho `kind`",
        "invalid `kind` value `inspektion`");
  CHECK(r.diagnostics[2].hint.en.starts_with("did you mean `inspection`? Allowed values: `plan`"));
  check(r.diagnostics[3], "KH009", 10, 24, "giá trị `hamlet` không hợp lệ cho `levels`",
        "invalid `levels` value `hamlet`");
  REQUIRE(r.plan.tasks.size() == 1);
  REQUIRE(r.plan.tasks[0].levels.size() == 1);
  CHECK(r.plan.tasks[0].levels[0].value == kehoach::Level::district);
}

TEST_CASE("origin, holds and progress status are checked against their values") {
  const auto r = load_with_head(R"(outline:
  - {number: I, title: MỤC ĐÍCH, holds: purpse}
focus_areas:
  - {id: fa1, name: Đất đai, origin: province}
tasks:
  - {id: t1, title: x, kind: plan, progress: {status: finished}}
)");
  REQUIRE(r.diagnostics.size() == 3);
  check(r.diagnostics[0], "KH009", 9, 41, "giá trị `purpse` không hợp lệ cho `holds`",
        "invalid `holds` value `purpse`");
  CHECK(r.diagnostics[0].hint.en.starts_with("did you mean `purpose`?"));
  check(r.diagnostics[1], "KH009", 11, 38, "giá trị `province` không hợp lệ cho `origin`",
        "invalid `origin` value `province`");
  CHECK(r.diagnostics[1].hint.en == "allowed values: `national`, `local`, `sector`");
  check(r.diagnostics[2], "KH009", 13, 55, "giá trị `finished` không hợp lệ cho `status`",
        "invalid `status` value `finished`");
}

TEST_CASE("an id outside the id pattern is refused") {
  const auto r = load_with_head("tasks:\n  - id: nhiệm vụ 1\n    title: x\n    kind: plan\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH009", 9, 9, "mã `nhiệm vụ 1` không hợp lệ", "invalid id `nhiệm vụ 1`");
  REQUIRE(r.plan.tasks.size() == 1);
  CHECK(r.plan.tasks[0].id.value == "nhiệm vụ 1");
}

TEST_CASE("2025-02-31 is not a real day") {
  const auto r = load_with_head(R"(basis:
  - ref: 59/2012/NĐ-CP
    date: 2025-02-31
parent:
  ref: 148/KH-UBND
  date: 15/01/2024
tasks:
  - id: t1
    title: x
    kind: plan
    progress: {status: done, date: 2025-1-5}
)");
  REQUIRE(r.diagnostics.size() == 3);
  check(r.diagnostics[0], "KH010", 10, 11, "ngày 31/02/2025 không tồn tại",
        "the date 2025-02-31 does not exist");
  check(r.diagnostics[1], "KH010", 13, 9, "ngày `15/01/2024` không đúng dạng YYYY-MM-DD",
        "date `15/01/2024` is not written YYYY-MM-DD");
  CHECK(r.diagnostics[1].hint.vi == "viết `2024-01-15`");
  CHECK(r.diagnostics[1].hint.en == "write `2024-01-15`");
  check(r.diagnostics[2], "KH010", 18, 36, "ngày `2025-1-5` không đúng dạng YYYY-MM-DD",
        "date `2025-1-5` is not written YYYY-MM-DD");
  CHECK(r.diagnostics[2].hint.en == "e.g. `2025-01-30` for 30 January 2025");
  REQUIRE(r.plan.basis.size() == 1);
  CHECK_FALSE(r.plan.basis[0].date.present);
}

TEST_CASE("issued may be a month or a year for a draft") {
  SUBCASE("a month") {
    const auto r = load_with_head("issued: 2025-01\n");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.plan.issued.present);
    CHECK(r.plan.issued.year == 2025);
    CHECK(r.plan.issued.month == 1);
    CHECK(r.plan.issued.day == 0);
    CHECK_FALSE(r.plan.issued.date().has_value());
    CHECK(r.plan.issued.at == Position{8, 9});
  }
  SUBCASE("a year, quoted") {
    const auto r = load_with_head("issued: \"2025\"\n");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.plan.issued.year == 2025);
    CHECK(r.plan.issued.month == 0);
  }
  SUBCASE("a full day") {
    const auto r = load_with_head("issued: 2025-01-15\n");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.plan.issued.date() == kehoach::Date{2025, 1, 15});
  }
  SUBCASE("no such month") {
    const auto r = load_with_head("issued: 2025-13\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH010", 8, 9, "tháng 13/2025 không tồn tại",
          "the month 2025-13 does not exist");
  }
  SUBCASE("another shape") {
    const auto r = load_with_head("issued: tháng 01 năm 2025\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH010", 8, 9,
          "ngày ban hành `tháng 01 năm 2025` không đúng dạng YYYY-MM-DD, YYYY-MM hoặc YYYY",
          "`issued` value `tháng 01 năm 2025` is not written YYYY-MM-DD, YYYY-MM or YYYY");
  }
}

TEST_CASE("a quoted year is refused and an unquoted one is read in decimal") {
  const std::string before = "format: kehoach/1\nstatus: draft\nissuer: {name: x, level: other}\n";
  SUBCASE("quoted 0123 is not read as octal 83") {
    const auto r = load(before + "year: \"0123\"\ntitle: x\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH002", 4, 7, "`year` phải là một số nguyên, không đặt trong dấu nháy",
          "`year` must be an integer, not a quoted string");
    CHECK(r.diagnostics[0].hint.en == "remove the quotes, e.g. `year: 2025`");
    CHECK_FALSE(r.plan.year.present);
  }
  SUBCASE("unquoted 0123 is 123, out of range") {
    const auto r = load(before + "year: 0123\ntitle: x\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH009", 4, 7, "năm `0123` nằm ngoài khoảng 1900–2100",
          "year `0123` is outside 1900–2100");
  }
  SUBCASE("leading zeros of a real year are decimal") {
    const auto r = load(before + "year: 02025\ntitle: x\n");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.plan.year.value == 2025);
  }
  SUBCASE("not a number") {
    const auto r = load(before + "year: 2025a\ntitle: x\n");
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH002", 4, 7, "`year` phải là một số nguyên",
          "`year` must be an integer");
  }
}

TEST_CASE("an unsupported format version stops the reading") {
  const auto r = load("format: kehoach/2\nwhatever: 1\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH012", 1, 9, "phiên bản định dạng `kehoach/2` không được hỗ trợ",
        "unsupported format version `kehoach/2`");
  CHECK(r.diagnostics[0].hint.en == "this version of kehoach reads `format: kehoach/1`");
}

TEST_CASE("a second YAML document is refused and the first is still read") {
  const auto r = load_with_head("---\nformat: kehoach/1\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", 8, 1, "tệp có thêm một tài liệu YAML thứ hai",
        "a second YAML document starts here");
  CHECK(r.plan.title.present);

  const auto leading = load("---\n" + std::string(head) + "...\n");
  CHECK(leading.diagnostics.empty());
}

TEST_CASE("a file over the size limit is refused before parsing") {
  const std::string big(kehoach::max_plan_bytes + 1, 'a');
  const auto r = load(big);
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH006", 1, 1, "tệp quá lớn: 4194305 byte, tối đa 4194304 byte",
        "file too large: 4194305 bytes, at most 4194304");
}

TEST_CASE("a key that is not a string is a wrong type") {
  const auto r = load_with_head("? [a, b]\n: x\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH002", 8, 3, "khóa phải là một chuỗi", "a key must be a string");
}

TEST_CASE("deadline phrases are kept with their position for the checker") {
  const auto r = load_with_head(R"(tasks:
  - id: t1
    title: x
    kind: plan
    due: khi nào xong thì thôi
reporting:
  period: [a]
)");
  // An unreadable phrase is not a load error: the checker reports it at phrase.at.
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH002", 14, 11, "`period` phải là một chuỗi",
        "`period` must be a string");
  REQUIRE(r.plan.tasks.size() == 1);
  const auto& due = r.plan.tasks[0].due;
  CHECK(due.phrase.value == "khi nào xong thì thôi");
  CHECK(due.phrase.at == Position{12, 10});
  CHECK((due.reading.has_value() || !due.error.empty()));
  REQUIRE(r.plan.reporting.has_value());
  CHECK_FALSE(r.plan.reporting->period.phrase.present);
}

TEST_CASE("every problem is reported in one run, sorted by position") {
  const auto r = load(R"(format: kehoach/1
status: drafted
issuer:
  name: x
  level: province
  level: district
year: "2025"
titel: x
)");
  REQUIRE(r.diagnostics.size() == 5);
  // The missing key is reported at the root mapping, 1:1.
  CHECK(r.diagnostics[0].code == "KH008");
  CHECK(r.diagnostics[0].at == Position{1, 1});
  CHECK(r.diagnostics[0].message.en == "missing required key `title`");
  CHECK(r.diagnostics[1].code == "KH009");
  CHECK(r.diagnostics[1].at == Position{2, 9});
  CHECK(r.diagnostics[2].code == "KH004");
  CHECK(r.diagnostics[2].at == Position{6, 3});
  CHECK(r.diagnostics[3].code == "KH002");
  CHECK(r.diagnostics[3].at == Position{7, 7});
  CHECK(r.diagnostics[4].code == "KH003");
  CHECK(r.diagnostics[4].at == Position{8, 1});
  CHECK_FALSE(r.ok());
}
