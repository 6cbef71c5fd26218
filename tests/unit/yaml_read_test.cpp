// The YAML reading layer (libfyaml's events to a tree with positions): syntax errors placed on
// their cause and worded for a Word user, the ` #` comment-cut warning, the one-pass text
// check, hostile sizes, and the acts table compiled into C++ data.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "kehoach/acts.hpp"
#include "kehoach/load.hpp"

using kehoach::Diagnostic;
using kehoach::LoadResult;
using kehoach::Position;
using kehoach::Severity;

namespace {

LoadResult load(std::string_view text) { return kehoach::load_plan(text, "plan.yaml"); }

// A valid plan head (7 lines) the cases add to.
constexpr std::string_view head = R"(format: kehoach/1
status: draft
issuer:
  name: UBND tỉnh Lai Châu
  level: province
year: 2025
title: Theo dõi tình hình thi hành pháp luật năm 2025
)";

LoadResult with_head(std::string_view rest) { return load(std::string(head) + std::string(rest)); }

void check(const Diagnostic& d, std::string_view code, Position at, std::string_view vi,
           std::string_view en, std::string_view hint_vi, std::string_view hint_en) {
  CHECK(d.code == code);
  CHECK(d.at.line == at.line);
  CHECK(d.at.column == at.column);
  CHECK(d.message.vi == vi);
  CHECK(d.message.en == en);
  CHECK(d.hint.vi == hint_vi);
  CHECK(d.hint.en == hint_en);
}

}  // namespace

TEST_CASE("a key without its colon is reported at the key with the line rewritten") {
  const auto r = load("format: kehoach/1\ntitle Theo dõi năm 2025\nyear: 2025\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", {2, 1},
        "cú pháp YAML không hợp lệ: thiếu dấu hai chấm `:` sau tên khóa",
        "invalid YAML syntax: a colon `:` is missing after the key",
        "viết `title: Theo dõi năm 2025`", "write `title: Theo dõi năm 2025`");
}

TEST_CASE("a key without its colon inside a list entry is found on its own line") {
  const auto r = with_head("tasks:\n  - id: a\n    title Kiểm tra\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", {10, 5},
        "cú pháp YAML không hợp lệ: thiếu dấu hai chấm `:` sau tên khóa",
        "invalid YAML syntax: a colon `:` is missing after the key", "viết `title: Kiểm tra`",
        "write `title: Kiểm tra`");
}

TEST_CASE("a line indented deeper than the key above is reported on that line") {
  const auto r =
      load("format: kehoach/1\nissuer:\n  name: UBND xã Phong Thổ\n    level: commune\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", {4, 5},
        "cú pháp YAML không hợp lệ: dòng này thụt vào sâu hơn khóa `name` ở dòng 3",
        "invalid YAML syntax: this line is indented deeper than the key `name` on line 3",
        "viết `level` thẳng cột với `name` (cùng số dấu cách đầu dòng)",
        "start `level` in the same column as `name` (the same number of spaces)");
}

TEST_CASE("a value holding a colon and a space gets its quoted form as the hint") {
  const auto r = load("format: kehoach/1\ntitle: Tỉnh Lai Châu: kế hoạch \"2025\"\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", {2, 21},
        "cú pháp YAML không hợp lệ: giá trị có dấu hai chấm và dấu cách (`: `), YAML đọc phần "
        "đứng trước là một khóa",
        "invalid YAML syntax: the value holds a colon and a space (`: `), which YAML reads as a "
        "key",
        "đặt cả giá trị trong dấu nháy kép: `title: \"Tỉnh Lai Châu: kế hoạch \\\"2025\\\"\"`",
        "put the whole value in double quotes: `title: \"Tỉnh Lai Châu: kế hoạch "
        "\\\"2025\\\"\"`");
}

TEST_CASE("a bracket never closed is reported at the bracket") {
  const auto r = with_head("purpose: [Đánh giá,\n  Kiểm tra\nrequirements: [x]\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", {8, 10},
        "cú pháp YAML không hợp lệ: dấu `[` mở ở dòng 8 chưa được đóng",
        "invalid YAML syntax: the `[` opened on line 8 is never closed",
        "thêm `]` ở cuối danh sách, trên dòng 8; hoặc viết mỗi mục trên một dòng riêng bắt đầu "
        "bằng `- `",
        "add `]` at the end of the list, on line 8, or write each entry on a line of its own "
        "starting with `- `");
}

TEST_CASE("a quote left open that swallows the next keys is reported at the quote") {
  // Valid YAML (the continuation lines are indented enough), but `lead:` and `output:` are
  // keys the user meant, not text: the closing quote was forgotten on line 10.
  const auto r = with_head(R"(tasks:
  - id: kiem-tra
    title: "Kiểm tra
      lead: Sở Tư pháp
      output: Báo cáo"
    kind: inspection
)");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", {10, 12},
        "cú pháp YAML không hợp lệ: dấu nháy mở ở dòng 10 chưa được đóng",
        "invalid YAML syntax: the quote opened on line 10 is never closed",
        "thêm dấu nháy đóng `\"` ở cuối giá trị, trên dòng 10",
        "add the closing `\"` at the end of the value, on line 10");
}

TEST_CASE("a quoted value over several lines of text is read as one value") {
  const auto r = with_head("closing: \"Trên đây là Kế hoạch\n  theo dõi năm 2025\"\n");
  CHECK(r.diagnostics.empty());
  CHECK(r.plan.closing.value == "Trên đây là Kế hoạch theo dõi năm 2025");
}

TEST_CASE("a list entry on its key's line is reported at the dash") {
  const auto r = with_head("recipients: - Sở Tư pháp\n");
  REQUIRE(r.diagnostics.size() == 1);
  check(r.diagnostics[0], "KH001", {8, 13},
        "cú pháp YAML không hợp lệ: mục danh sách `- ` phải bắt đầu trên một dòng riêng, dưới "
        "tên khóa",
        "invalid YAML syntax: a list entry `- ` must start on a line of its own, below its key",
        "xuống dòng trước `- ` và thụt lề thêm hai dấu cách",
        "break the line before `- ` and indent it by two more spaces");
}

TEST_CASE("a comment cutting a plain value short is a KH014 warning at the hash") {
  const auto r = load(
      "format: kehoach/1\nstatus: draft\nissuer: {name: UBND tỉnh Lai Châu, level: province}\n"
      "year: 2026\ntitle: Hội nghị tổng kết #2 năm 2026\n");
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.severity == Severity::warning);
  check(d, "KH014", {5, 26},
        "phần từ ` #` trở đi bị bỏ: YAML đọc nó là chú thích, giá trị chỉ còn “Hội nghị tổng "
        "kết”",
        "the text from ` #` on is dropped: YAML reads it as a comment, and the value is only "
        "“Hội nghị tổng kết”",
        "nếu `#2 năm 2026` thuộc về nội dung, đặt cả giá trị trong dấu nháy kép: `\"Hội nghị "
        "tổng kết #2 năm 2026\"`",
        "if `#2 năm 2026` belongs to the text, put the whole value in double quotes: `\"Hội "
        "nghị tổng kết #2 năm 2026\"`");
  CHECK(r.plan.title.value == "Hội nghị tổng kết");
}

TEST_CASE("ordinary comments and a hash inside a word are not warned about") {
  for (const char* rest :
       {"place: Lai Châu # địa danh\n", "place: Lai Châu #\n", "place: Lai Châu ## ghi chú\n",
        "place: Lai#Châu\n", "place: \"Lai Châu\" # x\n", "# tasks:\n#  - id: a\n"}) {
    CAPTURE(rest);
    CHECK(with_head(rest).diagnostics.empty());
  }
  CHECK(with_head("place: Lai#Châu\n").plan.place.value == "Lai#Châu");
}

TEST_CASE("a UTF-16 file is told to be saved as UTF-8") {
  std::string utf16 = "\xFF\xFE";
  for (const char c : std::string("format: kehoach/1\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  for (const std::string& text : {utf16, utf16.substr(2)}) {
    const auto r = load(text);
    REQUIRE(r.diagnostics.size() == 1);
    check(r.diagnostics[0], "KH007", {1, 1}, "tệp được lưu bằng bảng mã UTF-16, không phải UTF-8",
          "the file is UTF-16, not UTF-8",
          "mở tệp và lưu lại với bảng mã UTF-8 (trong Notepad: Save As, Encoding: UTF-8)",
          "open the file and save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)");
    CHECK(r.text.empty());
  }
}

TEST_CASE("UTF-8 is checked as strictly as utf8proc checks it") {
  // A surrogate, an overlong form, a code point past U+10FFFF, a truncated sequence.
  for (const char* bad : {"\xED\xA0\x80", "\xE0\x80\x80", "\xF4\x90\x80\x80", "\xE1\xBA"}) {
    CAPTURE(bad);
    const auto r = load(std::string("format: kehoach/1\nplace: Lai ") + bad + "\n");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "KH007");
    CHECK(r.diagnostics[0].at.line == 2);
    CHECK(r.diagnostics[0].at.column == 12);
  }
  // Four-byte characters and the Vietnamese letters are fine, however long the ASCII around.
  const auto ok = with_head("place: " + std::string(100, 'a') + " Lai Châu 😀 Quý\n");
  CHECK(ok.diagnostics.empty());
  CHECK(ok.plan.place.value == std::string(100, 'a') + " Lai Châu 😀 Quý");
}

TEST_CASE("a C1 control character is refused, NEL too, with what it most often was") {
  const auto r = load("format: kehoach/1\nplace: Lai\xC2\x9A Châu\n");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "KH001");
  CHECK(r.diagnostics[0].message.en == "control character U+009A is not allowed in YAML");
  CHECK(r.diagnostics[0].at == Position{2, 11});
  // U+0085 would otherwise reach the plans `new` writes, as a quoted "\N" their reader refuses.
  const auto nel = load("format: kehoach/1\nplace: Lai Châu\xC2\x85\n");
  REQUIRE(nel.diagnostics.size() == 1);
  CHECK(nel.diagnostics[0].code == "KH001");
  CHECK(nel.diagnostics[0].message.vi == "ký tự điều khiển U+0085 không được phép trong YAML");
  CHECK(nel.diagnostics[0].at == Position{2, 16});
  CHECK(nel.diagnostics[0].hint.en ==
        "U+0085 is most often Windows-1252's “…” converted to UTF-8 with the wrong code page: "
        "replace it with “…” or delete it");
}

TEST_CASE("200,000 repeated keys are listed twenty times and counted") {
  std::string text = "format: kehoach/1\n";
  for (int i = 0; i < 200000; ++i) text += "place: x\n";
  const auto r = load(text);
  std::size_t listed = 0;
  const Diagnostic* rest = nullptr;
  for (const auto& d : r.diagnostics) {
    if (d.code != "KH004") continue;
    if (d.hint.empty()) {
      rest = &d;
    } else {
      ++listed;
    }
  }
  CHECK(listed == 20);
  REQUIRE(rest != nullptr);
  CHECK(rest->at == Position{23, 1});
  CHECK(rest->message.vi == "còn 199979 khóa bị lặp lại nữa, không liệt kê từng khóa");
  CHECK(rest->message.en == "199979 more duplicate keys, not listed one by one");
}

TEST_CASE("a million nested brackets stop the reading at once with KH011") {
  const auto r = load("format: kehoach/1\nbudget: " + std::string(1000000, '[') + "\n");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "KH011");
  CHECK(r.diagnostics[0].at == Position{2, 72});
}

TEST_CASE("the acts table compiled into the binary is data/acts.yaml") {
  std::ifstream in(KEHOACH_SOURCE_DIR "/data/acts.yaml", std::ios::binary);
  REQUIRE(in);
  const std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const kehoach::ActTable parsed = kehoach::parse_act_table(yaml);
  const kehoach::ActTable& built_in = kehoach::builtin_acts();
  REQUIRE(parsed.acts.size() == built_in.acts.size());
  CHECK(parsed.acts.size() >= 10);
  for (std::size_t i = 0; i < parsed.acts.size(); ++i) {
    const auto& a = parsed.acts[i];
    const auto& b = built_in.acts[i];
    CAPTURE(a.ref);
    CHECK(a.ref == b.ref);
    CHECK(a.kind == b.kind);
    CHECK(a.date == b.date);
    CHECK(a.issuer == b.issuer);
    CHECK(a.title == b.title);
    CHECK(a.in_force == b.in_force);
    CHECK(a.replaced_by == b.replaced_by);
    CHECK(a.replaced_from == b.replaced_from);
    CHECK(a.reported_replaced_by == b.reported_replaced_by);
    CHECK(a.reported_replaced_from == b.reported_replaced_from);
    CHECK(a.sources == b.sources);
    CHECK(a.uncertain == b.uncertain);
    CHECK(a.note == b.note);
  }
  const auto* decree = built_in.find("59/2012/NĐ-CP");
  REQUIRE(decree != nullptr);
  CHECK(decree->date == kehoach::Date{2012, 7, 23});
  // Found whatever the case and the normalisation; another number or year is another act.
  CHECK(built_in.find("59/2012/nđ-cp") == decree);
  CHECK(built_in.find(" 59/2012/NĐ-CP ") == decree);
  CHECK(built_in.find("59/2013/NĐ-CP") == nullptr);
  CHECK(built_in.find("5/2012/NĐ-CP") == nullptr);
}

TEST_CASE("a malformed acts table names the place of its first error") {
  CHECK_THROWS_WITH(
      kehoach::parse_act_table("acts:\n  - ref: 1/2020/NĐ-CP\n    date: 2020-02-31\n"),
      "acts table: data/acts.yaml:3:11: the value must be a date YYYY-MM-DD");
  CHECK_THROWS_WITH(kehoach::parse_act_table("acts: [\n"),
                    "acts table: data/acts.yaml:1:7: invalid YAML syntax: the `[` opened on line "
                    "1 is never closed; add `]` at the end of the list, on line 1, or write each "
                    "entry on a line of its own starting with `- `");
}
