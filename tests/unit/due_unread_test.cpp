// Deadline phrases with words around the deadline that are no deadline: a qualifier after it
// ("theo quy định"), labels before each deadline of a list ("Báo cáo 6 tháng trước ngày 15/6,
// báo cáo năm trước ngày 15/11"), and lists whose items share a year or a day. Every date the
// phrase holds is read, or the phrase is an error that says where; none is dropped silently.
#include <doctest/doctest.h>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

#include "due_phrases.hpp"
#include "kehoach/due.hpp"

using kehoach::parse_due;

namespace {

// The reading as "KIND START..DUE; START..DUE | note: NOTE" (see due_phrases.hpp), or "error:
// MESSAGE" in Vietnamese.
std::string reading(std::string_view phrase, int plan_year) {
  return kehoach::phrase_table::notation(parse_due(phrase, plan_year), true);
}

std::string english_error(std::string_view phrase, int plan_year) {
  const auto result = parse_due(phrase, plan_year);
  return result.ok() ? std::string("(read)") : result.error.en;
}

std::string repeat(std::string_view unit, std::size_t times, std::string_view ending = "") {
  std::string out;
  for (std::size_t k = 0; k < times; ++k) out += unit;
  out += ending;
  return out;
}

constexpr std::size_t unbounded = std::numeric_limits<std::size_t>::max();

}  // namespace

// --- a qualifier after the deadline ---------------------------------------------------------

TEST_CASE("a date followed by a qualifier reads as the date with the qualifier as note") {
  CHECK(reading("Chậm nhất ngày 20/11/2026, theo quy định", 2026) ==
        "date ..2026-11-20 | note: theo quy định");
  CHECK(reading("Chậm nhất ngày 20/11/2026 theo yêu cầu của Bộ Tư pháp", 2026) ==
        "date ..2026-11-20 | note: theo yêu cầu của Bộ Tư pháp");
  CHECK(reading("Trước ngày 15/12/2026 theo hướng dẫn của Sở Tư pháp", 2026) ==
        "date ..2026-12-14 | note: theo hướng dẫn của Sở Tư pháp");
  CHECK(reading("Gửi báo cáo về Sở Tư pháp trước ngày 15/12/2026 theo quy định", 2026) ==
        "date ..2026-12-14 | note: theo quy định");
  CHECK(reading("Chậm nhất ngày 20/11/2026 (theo Kế hoạch số 25/KH-UBND)", 2026) ==
        "date ..2026-11-20 | note: (theo Kế hoạch số 25/KH-UBND)");
  CHECK(reading("Trước ngày 15/12 hoặc theo yêu cầu", 2026) ==
        "date ..2026-12-14 | note: hoặc theo yêu cầu");
  CHECK(reading("Chậm nhất ngày 20/11/2026; theo yêu cầu", 2026) ==
        "date ..2026-11-20 | note: theo yêu cầu");
  CHECK(reading("Chậm nhất ngày 20/11/2026, thực hiện theo quy định", 2026) ==
        "date ..2026-11-20 | note: thực hiện theo quy định");
  CHECK(reading("Chậm nhất ngày 20/11/2026 sau khi có quyết định", 2026) ==
        "date ..2026-11-20 | note: sau khi có quyết định");
  CHECK(reading("Trong năm 2026, khi có yêu cầu", 0) ==
        "year 2026-01-01..2026-12-31 | note: khi có yêu cầu");
  CHECK(reading("Hằng năm, trước ngày 15/12 theo quy định", 2026) ==
        "date ..2026-12-14 | note: theo quy định");
  CHECK(reading("Trước Tết Nguyên đán theo hướng dẫn", 2026) ==
        "date ..2026-02-16 | note: theo hướng dẫn");
}

TEST_CASE("the note of a qualifier is its words as written, NFC") {
  // "theo yêu cầu" decomposed (NFD).
  CHECK(reading("Chậm nhất ngày 20/11/2026, theo ye\xcc\x82u ca\xcc\x82\xcc\x80u", 2026) ==
        "date ..2026-11-20 | note: theo yêu cầu");
  CHECK(reading("Chậm nhất ngày 20/11/2026,   theo   **quy định**", 2026) ==
        "date ..2026-11-20 | note: theo quy định");
}

TEST_CASE("a qualifier that names only a year, or a document's number, is still a note") {
  CHECK(reading("Chậm nhất ngày 20/11/2026 (theo Kế hoạch năm 2026)", 2026) ==
        "date ..2026-11-20 | note: (theo Kế hoạch năm 2026)");
  CHECK(reading("Chậm nhất ngày 20/11/2026 theo Thông tư 04/2021/TT-BTP", 2026) ==
        "date ..2026-11-20 | note: theo Thông tư 04/2021/TT-BTP");
}

TEST_CASE("phrases that hang on an event and give no date stay events") {
  CHECK(reading("Theo yêu cầu của Bộ Tư pháp", 2026) ==
        "event | note: Theo yêu cầu của Bộ Tư pháp");
  CHECK(reading("Sau khi có Quyết định của Thủ tướng Chính phủ", 2026) ==
        "event | note: Sau khi có Quyết định của Thủ tướng Chính phủ");
  CHECK(reading("Theo quy định", 2026) == "event | note: Theo quy định");
  // The date of the decision is when it was signed, not a deadline.
  CHECK(reading("Sau khi có Quyết định số 12/QĐ-UBND ngày 05/01/2026", 2026) ==
        "event | note: Sau khi có Quyết định số 12/QĐ-UBND ngày 05/01/2026");
  // Lead-in words before the deadline are not a qualifier of it.
  CHECK(reading("Theo quy định, chậm nhất ngày 20/11/2026", 2026) == "date ..2026-11-20");
}

TEST_CASE("a date in the words after a deadline is an error that says where they start") {
  CHECK(reading("Chậm nhất ngày 20/11/2026 theo Kế hoạch số 25/KH-UBND ngày 05/01/2026", 2026) ==
        "error: phần từ ký tự 27 (“theo Kế hoạch số 25/KH-UBND ngày 05/01/2026”) có ngày tháng "
        "mà kehoach không đọc được: cụm từ có thể gồm nhiều thời hạn và không được bỏ sót thời hạn "
        "nào; hãy viết mỗi thời hạn thành một vế, như “trước ngày 15/6; trước ngày 15/11”");
  CHECK(english_error("Chậm nhất ngày 20/11/2026 theo Kế hoạch số 25/KH-UBND ngày 05/01/2026",
                      2026) ==
        "the part from character 27 (“theo Kế hoạch số 25/KH-UBND ngày 05/01/2026”) holds a date "
        "kehoach cannot read: the phrase may hold several deadlines and none may be lost; write "
        "each one as its own part, as in “trước ngày 15/6; trước ngày 15/11”");
  // "hoặc": two deadlines of which either may bind; neither is chosen.
  CHECK(english_error("Trước ngày 15/12 hoặc trước ngày 20/12", 2026) ==
        "the part from character 18 (“hoặc trước ngày 20/12”) holds a date kehoach cannot read: "
        "the phrase may hold several deadlines and none may be lost; write each one as its own "
        "part, as in “trước ngày 15/6; trước ngày 15/11”");
  CHECK(english_error("Chậm nhất ngày 20/11/2026 theo quy định, tháng 12 báo cáo bổ sung", 2026) ==
        "the part from character 27 (“theo quy định, tháng 12 báo cáo bổ sung”) holds a date "
        "kehoach cannot read: the phrase may hold several deadlines and none may be lost; write "
        "each one as its own part, as in “trước ngày 15/6; trước ngày 15/11”");
  // A phrase with "chậm nhất ngày …" is no event, whatever else it says.
  CHECK(english_error("Theo quy định hoặc chậm nhất ngày 20/11/2026", 2026) ==
        "the part from character 1 (“Theo quy định hoặc chậm nhất ngày 20/11/2026”) holds a date "
        "kehoach cannot read: the phrase may hold several deadlines and none may be lost; write "
        "each one as its own part, as in “trước ngày 15/6; trước ngày 15/11”");
}

TEST_CASE("words after a deadline that are no qualifier leave the phrase unreadable") {
  CHECK(reading("Chậm nhất ngày 20/11/2026 x", 2026) == "error: không phải dạng thời hạn đã biết");
  CHECK(reading("Đầu năm 2026", 2026) == "error: không phải dạng thời hạn đã biết");
}

// --- several deadlines, each after a label ---------------------------------------------------

TEST_CASE("every dated part of a phrase with several deadlines is read") {
  CHECK(reading("trước 15/6 (báo cáo 6 tháng) và trước 15/11 (báo cáo năm)", 2026) ==
        "date ..2026-06-14; ..2026-11-14");
  CHECK(reading("Báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/11", 2026) ==
        "date ..2026-06-14; ..2026-11-14");
  CHECK(reading("Báo cáo 6 tháng: trước 15/6; báo cáo năm: trước 15/11", 2026) ==
        "date ..2026-06-14; ..2026-11-14");
  CHECK(reading("Đợt 1 (6 tháng): 15/6; Đợt 2 (cả năm): 15/12", 2026) ==
        "date ..2026-06-15; ..2026-12-15");
  CHECK(reading("Tháng 6/2026 (sơ kết 6 tháng), hoàn thành trước ngày 15/12/2026", 0) ==
        "range 2026-06-01..2026-06-30; ..2026-12-14");
  CHECK(reading("Báo cáo năm trước ngày 15/11; báo cáo 6 tháng trước ngày 15/6", 2026) ==
        "date ..2026-06-14; ..2026-11-14");
  // Two days of different bounds are two deadlines, not one the earlier of them binds.
  CHECK(reading("Báo cáo 6 tháng trước ngày 15/6, báo cáo năm chậm nhất ngày 15/11", 2026) ==
        "date ..2026-06-14; ..2026-11-15");
  // A quarter or a month after "báo cáo" names the report.
  CHECK(reading("Báo cáo quý I trước ngày 20/3; báo cáo quý II trước ngày 20/6", 2026) ==
        "date ..2026-03-19; ..2026-06-19");
  CHECK(reading("Chậm nhất ngày 20/11/2026, theo quy định, trước ngày 15/12", 2026) ==
        "date ..2026-11-20; ..2026-12-14");
}

TEST_CASE("a period and a day within it still narrow one deadline across a label") {
  CHECK(reading("Quý IV năm 2025, gửi báo cáo chậm nhất ngày 03/12/2025", 0) ==
        "date 2025-10-01..2025-12-03");
  CHECK(reading("Quý I năm 2026 (báo cáo quý 1), trước ngày 31/3/2026", 0) ==
        "date 2026-01-01..2026-03-30");
  CHECK(reading("Tháng 6/2026 (sơ kết), hoàn thành trước ngày 15/12/2026", 0) ==
        "range 2026-06-01..2026-06-30; ..2026-12-14");
}

TEST_CASE("a label that names a date is an error rather than a lost date") {
  CHECK(english_error("Kế hoạch 15/KH-UBND ngày 05/01/2026, chậm nhất ngày 20/11/2026", 2026) ==
        "the part from character 1 (“Kế hoạch 15/KH-UBND ngày 05/01/2026, chậm nhất ngày "
        "20/11/2026”) holds a date kehoach cannot read: the phrase may hold several deadlines and "
        "none may be lost; write each one as its own part, as in “trước ngày 15/6; trước ngày "
        "15/11”");
  // A year in a label would date the deadline after it: "trước 15/11" of 2025 or of the plan?
  CHECK(english_error("Báo cáo năm 2025: trước 15/11", 2026) ==
        "the part from character 1 (“Báo cáo năm 2025: trước 15/11”) holds a date kehoach cannot "
        "read: the phrase may hold several deadlines and none may be lost; write each one as its "
        "own part, as in “trước ngày 15/6; trước ngày 15/11”");
  CHECK(english_error("Kế hoạch 2025: trước 15/11", 2026) ==
        "the part from character 1 (“Kế hoạch 2025: trước 15/11”) holds a date kehoach cannot "
        "read: the phrase may hold several deadlines and none may be lost; write each one as its "
        "own part, as in “trước ngày 15/6; trước ngày 15/11”");
  // A document's number is no date, nor is the year inside it.
  CHECK(reading("Thông tư 04/2021/TT-BTP, chậm nhất ngày 20/11/2026", 2026) == "date ..2026-11-20");
  CHECK(reading("Nghị định 80/2025/NĐ-CP, chậm nhất ngày 20/11/2026", 2026) == "date ..2026-11-20");
}

// --- the year of a list -------------------------------------------------------------------------

TEST_CASE("a year written on the last item of a list is lent only while the list runs forwards") {
  // Months or quarters that run on are one span (kehoach-plan(5), "Quarter").
  CHECK(reading("tháng 12 và tháng 1/2027", 2026) == "range 2026-12-01..2027-01-31");
  CHECK(reading("Quý IV và Quý I/2027", 2026) == "range 2026-10-01..2027-03-31");
  CHECK(reading("trước ngày 15/12 và 15/01/2027", 2026) == "date ..2026-12-14; ..2027-01-14");
  // Forwards it is lent as before, to the items before it and after it.
  CHECK(reading("Quý II và quý IV/2026", 0) ==
        "quarter 2026-04-01..2026-06-30; 2026-10-01..2026-12-31");
  CHECK(reading("trước ngày 15/6/2027 và 15/12", 0) == "date ..2027-06-14; ..2027-12-14");
  CHECK(reading("tháng 6/2026, tháng 12 và tháng 1/2027", 0) ==
        "range 2026-06-01..2026-06-30; 2026-12-01..2027-01-31");
  // Not lent, the item needs the plan year.
  CHECK(reading("tháng 12 và tháng 1/2027", 0) ==
        "error: thời hạn không ghi năm và kế hoạch không có năm");
}

TEST_CASE("a list the plan year would run back in time is an error naming the item") {
  CHECK(reading("tháng 12/2026 và tháng 1", 2026) ==
        "error: danh sách thời hạn đi ngược thời gian ở ký tự 18: mốc này không ghi năm và "
        "kehoach không đoán năm cho nó; hãy ghi năm, như “tháng 12/2026 và tháng 1/2027”");
  CHECK(english_error("tháng 12 và tháng 1/2027", 2027) ==
        "the list of deadlines runs back in time at character 1: that item gives no year and "
        "kehoach will not guess one; write its year, as in “tháng 12/2026 và tháng 1/2027”");
  // In a plan of the next year the same list runs forwards.
  CHECK(reading("tháng 12/2026 và tháng 1", 2027) == "range 2026-12-01..2027-01-31");
}

TEST_CASE("a list with no year written that runs back in time is an error, not resorted") {
  const std::string hint =
      ": mốc này không ghi năm và kehoach không đoán năm cho nó; hãy ghi năm, như “tháng 12/2026 "
      "và tháng 1/2027”";
  CHECK(reading("tháng 12 và tháng 1", 2026) ==
        "error: danh sách thời hạn đi ngược thời gian ở ký tự 13" + hint);
  CHECK(reading("ngày 15/12 và 15/1", 2026) ==
        "error: danh sách thời hạn đi ngược thời gian ở ký tự 15" + hint);
  CHECK(reading("Đợt 1: tháng 12; Đợt 2: tháng 1", 2026) ==
        "error: danh sách thời hạn đi ngược thời gian ở ký tự 25" + hint);
  CHECK(reading("Quý IV và Quý I", 2026) ==
        "error: danh sách thời hạn đi ngược thời gian ở ký tự 11" + hint);
  // In order, or deadlines of different things each after its label: read as before.
  CHECK(reading("tháng 6 và tháng 12", 2026) ==
        "month 2026-06-01..2026-06-30; 2026-12-01..2026-12-31");
  CHECK(reading("Báo cáo năm trước ngày 15/11; báo cáo 6 tháng trước ngày 15/6", 2026) ==
        "date ..2026-06-14; ..2026-11-14");
}

// --- a day shared by the months of a list ----------------------------------------------------

TEST_CASE("the day and bound of a date carry to the months listed after it") {
  CHECK(reading("trước ngày 15 tháng 6 và tháng 12", 2026) == "date ..2026-06-14; ..2026-12-14");
  CHECK(reading("trước ngày 15 tháng 6 và tháng 12 hằng năm", 2026) ==
        "date ..2026-06-14; ..2026-12-14");
  CHECK(reading("trước ngày 15 tháng 3, tháng 6, tháng 9 và tháng 12", 2026) ==
        "date ..2026-03-14; ..2026-06-14; ..2026-09-14; ..2026-12-14");
  CHECK(reading("ngày 15 tháng 6 và tháng 12", 2026) == "date ..2026-06-15; ..2026-12-15");
  CHECK(reading("trước ngày 15/6 và tháng 12/2026", 0) == "date ..2026-06-14; ..2026-12-14");
  // "trong tháng 12" says the whole month.
  CHECK(reading("trước ngày 15 tháng 6 và trong tháng 12", 2026) ==
        "range ..2026-06-14; 2026-12-01..2026-12-31");
  // The day must exist in each month.
  CHECK(reading("chậm nhất ngày 31 tháng 5 và tháng 6", 2026) ==
        "error: ngày 31/06/2026 không tồn tại");
}

// --- a whole period right before a deadline within it ---------------------------------------

TEST_CASE("a whole period written right before a deadline within it narrows to that deadline") {
  // The year report of "6 tháng … và cả năm …" is due 09/11, not at the end of the year.
  CHECK(reading("6 tháng trước ngày 10/6/2026 và cả năm trước ngày 10/11/2026", 2026) ==
        "date ..2026-06-09; 2026-01-01..2026-11-09");
  CHECK(reading("cả năm trước ngày 10/11/2026", 2026) == "date 2026-01-01..2026-11-09");
  // Each item a period of its own stays one: "Quý II và quý IV/2026".
  CHECK(reading("Quý II và quý IV/2026", 2026) ==
        "quarter 2026-04-01..2026-06-30; 2026-10-01..2026-12-31");
  // A deadline outside the period is no narrowing.
  CHECK(reading("Năm 2026 trước ngày 31/3/2027", 2026) ==
        "error: hai năm mâu thuẫn trong một thời hạn: 2026 và 2027 (ký tự 26)");
}

// --- quotes -----------------------------------------------------------------------------------

TEST_CASE("Word's curly quotes read as straight ones, and a note keeps its opening quote") {
  CHECK(reading("“Quý III/2026”", 2026) == "quarter 2026-07-01..2026-09-30");
  CHECK(reading("Chậm nhất ngày 20/11/2026, “theo quy định”", 2026) ==
        "date ..2026-11-20 | note: “theo quy định”");
  CHECK(reading("Chậm nhất ngày 20/11/2026, \"theo quy định\"", 2026) ==
        "date ..2026-11-20 | note: \"theo quy định\"");
  CHECK(reading("Chậm nhất ngày 20/11/2026, ‘theo quy định’", 2026) ==
        "date ..2026-11-20 | note: ‘theo quy định’");
  // The lead-in is cut where it ends, not the whole phrase.
  CHECK(reading("Theo “Kế hoạch của tỉnh”, trong tháng 6/2026", 2026) ==
        "month 2026-06-01..2026-06-30 | note: Theo “Kế hoạch của tỉnh”");
}

// --- a time named in a phrase that hangs on an event -----------------------------------------

TEST_CASE("a deadline written after an event's lead-in reads, with the lead-in as note") {
  CHECK(reading("Theo kế hoạch của tỉnh, trong tháng 6/2026", 2026) ==
        "month 2026-06-01..2026-06-30 | note: Theo kế hoạch của tỉnh");
  CHECK(reading("Sau khi có hướng dẫn của Bộ, dự kiến Quý III/2026", 2026) ==
        "quarter 2026-07-01..2026-09-30 | note: Sau khi có hướng dẫn của Bộ");
  CHECK(reading("Sau khi có hướng dẫn của Bộ dự kiến Quý III/2026", 2026) ==
        "quarter 2026-07-01..2026-09-30 | note: Sau khi có hướng dẫn của Bộ");
  CHECK(reading("Khi có yêu cầu của UBND tỉnh (dự kiến tháng 6/2026)", 2026) ==
        "month 2026-06-01..2026-06-30 | note: Khi có yêu cầu của UBND tỉnh");
  CHECK(reading("Theo hướng dẫn của Sở; trong tháng 12", 2026) ==
        "month 2026-12-01..2026-12-31 | note: Theo hướng dẫn của Sở");
  // A cited document's date in the lead-in stays out of the deadline; a qualifier after it joins
  // the note.
  CHECK(reading("Theo Kế hoạch số 45/KH-UBND ngày 10/01/2026 của UBND tỉnh, trong Quý II/2026, "
                "theo quy định",
                2026) ==
        "quarter 2026-04-01..2026-06-30 | note: Theo Kế hoạch số 45/KH-UBND ngày 10/01/2026 của "
        "UBND tỉnh … theo quy định");
  // "Dự kiến" alone introduces the period.
  CHECK(reading("Dự kiến Quý III/2026", 2026) == "quarter 2026-07-01..2026-09-30");
  // The lead-in's time is checked like any other.
  CHECK(reading("Theo kế hoạch của tỉnh, trước ngày 31/6/2026", 2026) ==
        "error: ngày 31/06/2026 không tồn tại");
}

TEST_CASE("an event's phrase naming only a cited document's date stays an event") {
  for (const std::string_view phrase : {
           "Sau khi có Quyết định số 12/QĐ-UBND ngày 05/01/2026",
           "Trong thời hạn 10 ngày kể từ ngày nhận được Quyết định 12/QĐ-UBND ngày 05/01/2026",
           "Theo quy định tại Nghị định số 80/2025/NĐ-CP ngày 01 tháng 4 năm 2025",
           // A count of days after the event: no date of its own.
           "Sau khi có kết quả kiểm tra, chậm nhất 15 ngày",
           "Sau khi có kết quả kiểm tra",
       }) {
    CHECK(reading(phrase, 2026) == "event | note: " + std::string(phrase));
  }
}

TEST_CASE("an event's phrase naming a time it does not set apart is an error, not an event") {
  CHECK(english_error("Sau khi có hướng dẫn của Bộ trong tháng 6/2026", 2026) ==
        "the phrase hangs on an event yet names a time at character 35 (“tháng 6/2026”), and "
        "kehoach cannot tell whether it is the deadline: if it is, write it as its own part after "
        "a comma, as in “Sau khi có hướng dẫn của Bộ, trong Quý III/2026”; if it is a document's "
        "date, give the document's number, as in “Quyết định số 12/QĐ-UBND ngày 05/01/2026”");
  // Without a document number, "ngày …" may be the deadline: kehoach does not guess.
  CHECK(reading("Sau khi có Quyết định của UBND tỉnh ngày 05/01/2026", 2026)
            .starts_with("error: cụm từ tùy vào một sự kiện nhưng có nêu thời gian ở ký tự 42 "
                         "(“05/01/2026”)"));
  // A part after the lead-in that is not only a deadline.
  CHECK(reading("Theo kế hoạch của tỉnh, các xã triển khai trong tháng 6/2026", 2026)
            .starts_with("error: cụm từ tùy vào một sự kiện nhưng có nêu thời gian ở ký tự 49 "
                         "(“tháng 6/2026”)"));
}

// --- work ------------------------------------------------------------------------------------

TEST_CASE("labels, qualifiers and unread dates are read in linear work") {
  struct Case {
    std::string_view unit;
    std::string_view ending;
    std::string_view outcome;
  };
  const Case cases[] = {
      {"báo cáo trước ngày 1/1, ", "", "(read)"},
      {"báo cáo: trước ngày 1/1; ", "", "(read)"},
      {"trước ngày 1/1 ", "theo quy định", "(read)"},
      {"báo cáo 6 tháng x ", "trước ngày 1/1", "(read)"},
      // "trước khi" hangs the phrase on an event: an event, with no date to lose.
      {"báo cáo trước khi ", "x", "(read)"},
      {"trước ngày 1/1, theo ", "x", "(read)"},
      {"trước ngày 1/1, theo ", "ngày 1/2", "the part from character "},
      // Events with documents cited, lead-ins, and a time not set apart.
      {"Sau khi có Quyết định số 1/QĐ-UBND ngày 1/1/2026 ", "", "(read)"},
      {"Theo kế hoạch, ", "trong tháng 6/2026", "(read)"},
      {"Sau khi có Quyết định số 1/QĐ ngày 1/1/2026, ", "trong tháng 6/2026", "(read)"},
      {"Sau khi có x ", "trong tháng 6/2026", "the phrase hangs on an event"},
      {"Khi có x ngày 1/1/2026 ", "", "the phrase hangs on an event"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.unit);
    const auto small = parse_due(repeat(c.unit, 500, c.ending), 2025, unbounded);
    const auto large = parse_due(repeat(c.unit, 2000, c.ending), 2025, unbounded);
    CHECK(small.steps > 0);
    CHECK(large.steps * 10 < small.steps * 42);
    // The outcome's beginning: a position in a message grows with the phrase.
    const std::string outcome = large.ok() ? std::string("(read)") : large.error.en;
    CHECK(outcome.substr(0, c.outcome.size()) == c.outcome);
  }
}

TEST_CASE("a count before “trước” that moves the day after it is refused, not passed over") {
  const std::string counted =
      " tính lùi một số ngày, tuần hoặc tháng từ ngày ghi sau “trước”: kehoach không tính lùi, "
      "và bỏ qua phần đó thì hạn sẽ muộn hơn ý người viết; hãy tính và ghi chính ngày đến hạn, "
      "như “chậm nhất ngày …/…/…”; nếu số ngày là thời gian làm việc đó, đặt dấu phẩy trước "
      "“trước”, như “Tập huấn 02 ngày, trước ngày 30/6/2026”";
  // Read past as a label, each of these was 14/12/2026 (30/11 for "không trước").
  CHECK(reading("chậm nhất 05 ngày làm việc trước ngày 15/12/2026", 2026) ==
        "error: phần ở ký tự 11" + counted);
  CHECK(reading("10 ngày trước ngày 15/12/2026", 2026) == "error: phần ở ký tự 1" + counted);
  CHECK(reading("Gửi tài liệu một tuần trước ngày 15/12/2026", 2026) ==
        "error: phần ở ký tự 14" + counted);
  CHECK(reading("Ít nhất 01 tháng trước ngày 15/12/2026", 2026) ==
        "error: phần ở ký tự 1" + counted);
  CHECK(reading("tối thiểu 6 tháng trước ngày 15/12/2026", 2026) ==
        "error: phần ở ký tự 1" + counted);
  CHECK(reading("01 tháng trước ngày 15/12/2026", 2026) == "error: phần ở ký tự 1" + counted);
  CHECK(reading("Năm tháng trước ngày 15/12/2026", 2026) == "error: phần ở ký tự 1" + counted);
  CHECK(reading("Không trước ngày 01/12/2026", 2026) ==
        "error: “không trước” (ký tự 1) nêu ngày sớm nhất được làm, không phải thời hạn: ghi "
        "thời hạn bằng “chậm nhất ngày …” hoặc một khoảng “từ ngày … đến ngày …”");
  CHECK(english_error("05 ngày làm việc trước ngày 15/12/2026", 2026) ==
        "the part at character 1 counts days, weeks or months back from the day written after "
        "“trước”: kehoach does not count back, and passing over it would leave a later deadline "
        "than meant; work out the due day and write it, as in “chậm nhất ngày …/…/…”; if the count "
        "is how long the work takes, put a comma before “trước”, as in “Tập huấn 02 ngày, trước "
        "ngày 30/6/2026”");
  // A report's months are its name, not a count back.
  CHECK(reading("Báo cáo 6 tháng trước ngày 15/6/2026", 2026) == "date ..2026-06-14");
  CHECK(reading("Báo cáo năm trước ngày 15/11/2026", 2026) == "date ..2026-11-14");
  CHECK(reading("9 tháng trước ngày 10/9/2026", 2026) == "date ..2026-09-09");
  CHECK(reading("Báo cáo 12 tháng trước ngày 15/12/2026", 2026) == "date ..2026-12-14");
}

TEST_CASE("a count of months written as a word: “Sáu tháng đầu năm” is six, “sau” bare is asked") {
  CHECK(reading("Sáu tháng đầu năm 2026", 2026) == "range 2026-01-01..2026-06-30");
  CHECK(reading("sáu tháng cuối năm", 2026) == "range 2026-07-01..2026-12-31");
  CHECK(reading("Ba tháng đầu năm 2026", 2026) == "range 2026-01-01..2026-03-31");
  CHECK(reading("Chín tháng đầu năm", 2026) == "range 2026-01-01..2026-09-30");
  // NFD: "a" and a combining acute accent.
  CHECK(reading("Sa\xCC\x81u tháng đầu năm 2026", 2026) == "range 2026-01-01..2026-06-30");
  CHECK(reading("Định kỳ sáu tháng", 2026) ==
        "periodic 2026-01-01..2026-06-30; 2026-07-01..2026-12-31 | note: Định kỳ sáu tháng");
  CHECK(reading("Sau thang dau nam 2026", 2026) ==
        "error: “sau” không dấu (ký tự 1) có thể là “sáu” (6) gõ thiếu dấu hoặc “sau” (sau khi); "
        "ghi số, như “6 tháng đầu năm”");
  // Was an event with no date, never overdue; now an error.
  CHECK(reading("Sáu tháng một lần", 2026) == "error: không phải dạng thời hạn đã biết");
  CHECK(reading("Sau khi có hướng dẫn của Bộ", 2026) ==
        "event | note: Sau khi có hướng dẫn của Bộ");
}

TEST_CASE("other wordings of a count back, or a denial, before “trước” are refused too") {
  const auto refused = [](std::string_view phrase) {
    const auto r = parse_due(phrase, 2026);
    return !r.ok() && r.counted_back;
  };
  // Each of these was read as 14/12/2026 (30/11 for the denials).
  for (const std::string_view phrase : {
           "chậm nhất 01 tháng trước ngày 15/12/2026",
           "chậm nhất là một tháng trước ngày 15/12/2026",
           "Gửi hồ sơ một tháng trước ngày 15/12/2026",
           "Gửi dự thảo 02 tháng trước ngày 31/12/2026",
           "chậm nhất 6 tháng trước ngày 15/12/2026",
           "ít nhất nửa tháng trước ngày 15/12/2026",
           "ít nhất một tuần lễ trước ngày 15/12/2026",
           "mười lăm ngày trước ngày 15/12/2026",
           "01 quý trước ngày 15/12/2026",
           "chậm nhất 48 giờ trước ngày 15/12/2026",
           "05 ngày làm việc: trước ngày 15/12/2026",
           "[05 ngày làm việc] trước ngày 15/12/2026",
           "05 ngày làm việc – trước ngày 15/12/2026",
           "Tập huấn 02 ngày trước ngày 30/6/2026",
           "Không được trước ngày 01/12/2026",
           "chưa trước ngày 01/12/2026",
           "05 ngày làm việc trước hạn chót ngày 15/12/2026",
           "Gửi báo cáo 10 ngày trước hạn chót là ngày 15/12/2026",
           "một tháng rưỡi trước ngày 15/12/2026",
           "05 ngày lịch trước ngày 15/12/2026",
       }) {
    INFO(phrase);
    CHECK(refused(phrase));
  }
  CHECK(reading("mười lăm ngày trước ngày 15/12/2026", 2026).starts_with("error: phần ở ký tự 1 "));
  CHECK(reading("Không được trước ngày 01/12/2026", 2026)
            .starts_with("error: “không trước” (ký tự 1)"));
  // Not a count back: no day after "trước", the work's length set apart by a comma, a report.
  CHECK(reading("05 ngày làm việc trước ngày diễn ra, chậm nhất ngày 15/12/2026", 2026) ==
        "date ..2026-12-15");
  CHECK(reading("Tập huấn 02 ngày, trước ngày 30/6/2026", 2026) == "date ..2026-06-29");
  CHECK(reading("Sơ kết 6 tháng trước ngày 20/7/2026", 2026) == "date ..2026-07-19");
  CHECK(reading("Báo cáo định kỳ 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/11", 2026) ==
        "date ..2026-06-14; ..2026-11-14");
  CHECK(!parse_due("Báo cáo quý trước ngày 20/3/2026", 2026).counted_back);
}

TEST_CASE("“năm sau”, “năm tới”, “năm trước” after part of a year or a year name that year") {
  CHECK(reading("Sáu tháng đầu năm sau", 2026) == "range 2027-01-01..2027-06-30");
  CHECK(reading("6 tháng đầu năm tới", 2026) == "range 2027-01-01..2027-06-30");
  CHECK(reading("6 tháng cuối năm trước", 2026) == "range 2025-07-01..2025-12-31");
  CHECK(reading("Sáu tháng đầu năm nay", 2026) == "range 2026-01-01..2026-06-30");
  CHECK(reading("trong năm sau", 2026) == "year 2027-01-01..2027-12-31");
  CHECK(reading("cuối năm sau", 2026) == "year ..2027-12-31");
  CHECK(reading("tháng 6 năm tới", 2026) == "month 2027-06-01..2027-06-30");
  // "trước" with a day after it is the deadline's, not last year.
  CHECK(reading("trong năm trước ngày 15/12/2026", 2026) == "date 2026-01-01..2026-12-14");
  // "sau", "trước" with words after them say when, in the plan year.
  CHECK(reading("Trong năm sau hội nghị sơ kết", 2026) ==
        "year 2026-01-01..2026-12-31 | note: sau hội nghị sơ kết");
  CHECK(reading("6 tháng đầu năm sau Tết", 2026) == "range 2026-01-01..2026-06-30 | note: sau Tết");
  CHECK(reading("trong năm trước Tết Nguyên đán", 2026) == "date 2026-01-01..2026-02-16");
  CHECK(reading("cuối năm sau.", 2026) == "year ..2027-12-31");
  // Before a qualifier ("theo …", "hoặc …") they name the year again.
  CHECK(reading("6 tháng đầu năm sau theo kế hoạch của UBND tỉnh", 2026) ==
        "range 2027-01-01..2027-06-30 | note: theo kế hoạch của UBND tỉnh");
  CHECK(reading("Quý I năm sau theo hướng dẫn của Bộ Tư pháp", 2026) ==
        "quarter 2027-01-01..2027-03-31 | note: theo hướng dẫn của Bộ Tư pháp");
  CHECK(reading("Tháng 01 năm sau hoặc khi có yêu cầu", 2026) ==
        "month 2027-01-01..2027-01-31 | note: hoặc khi có yêu cầu");
  CHECK(reading("Trong tháng 12 năm trước theo quy định", 2026) ==
        "month 2025-12-01..2025-12-31 | note: theo quy định");
  CHECK(reading("Trong năm sau khi có quyết định", 2026) ==
        "year 2026-01-01..2026-12-31 | note: sau khi có quyết định");
  // "hoặc" before another "sau"/"trước", "theo dõi": still when, in the plan year.
  CHECK(reading("trong năm sau hoặc trước Tết Nguyên đán", 2026) ==
        "year 2026-01-01..2026-12-31 | note: sau hoặc trước Tết Nguyên đán");
  CHECK(reading("trong năm sau theo dõi thi hành", 2026) ==
        "year 2026-01-01..2026-12-31 | note: sau theo dõi thi hành");
}
