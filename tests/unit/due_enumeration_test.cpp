// Lists of days joined by commas, and recurrence words in a label before a written day: every day
// written is kept, with the bound of the first carried to the rest, or the phrase is an error.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "due_phrases.hpp"
#include "kehoach/due.hpp"

using kehoach::parse_due;
using kehoach::phrase_table::notation;

namespace {

// Which occurrences of the reading of `phrase` name the day after their due date ("trước").
std::vector<bool> days_before(const char* phrase, int plan_year) {
  const auto result = parse_due(phrase, plan_year);
  std::vector<bool> out;
  if (!result.ok()) return out;
  for (const auto& o : result.deadline->occurrences) out.push_back(o.day_before);
  return out;
}

}  // namespace

TEST_CASE("days after trước ngày joined by commas are a list, each due the day before") {
  CHECK(notation(parse_due("trước ngày 15/6, 15/12", 2026)) == "date ..2026-06-14; ..2026-12-14");
  CHECK(notation(parse_due("Báo cáo quý: trước ngày 20/3, 20/6, 20/9, 20/12", 2026)) ==
        "date ..2026-03-19; ..2026-06-19; ..2026-09-19; ..2026-12-19");
  // A final "và" changes nothing: "trước" governs the whole enumeration.
  CHECK(notation(parse_due("Trước ngày 20/3, 20/6, 20/9 và 20/12", 2026)) ==
        "date ..2026-03-19; ..2026-06-19; ..2026-09-19; ..2026-12-19");
  CHECK(notation(parse_due("Trước ngày 15/6, 15/9 và 15/12", 2026)) ==
        "date ..2026-06-14; ..2026-09-14; ..2026-12-14");
  // The same as "và" and ";", which read so already.
  CHECK(notation(parse_due("trước ngày 15/6 và 15/12", 2026)) == "date ..2026-06-14; ..2026-12-14");
  CHECK(notation(parse_due("trước ngày 15/6; 15/12", 2026)) == "date ..2026-06-14; ..2026-12-14");
  CHECK(days_before("Trước ngày 20/3, 20/6, 20/9 và 20/12", 2026) ==
        std::vector<bool>{true, true, true, true});
}

TEST_CASE("days after chậm nhất ngày joined by commas are a list, each due on its day") {
  CHECK(notation(parse_due("Chậm nhất ngày 20/6, 20/12/2026", 0)) ==
        "date ..2026-06-20; ..2026-12-20");
  CHECK(days_before("Chậm nhất ngày 20/6, 20/12/2026", 0) == std::vector<bool>{false, false});
  CHECK(notation(parse_due("ngày 15/6, 15/12", 2026)) == "date ..2026-06-15; ..2026-12-15");
  CHECK(notation(parse_due("ngày 15/6/2026, 15/12/2026", 0)) == "date ..2026-06-15; ..2026-12-15");
  // Across New Year, forwards in time: two months apart.
  CHECK(notation(parse_due("Chậm nhất ngày 20/12/2026, 20/01/2027", 0)) ==
        "date ..2026-12-20; ..2027-01-20");
}

TEST_CASE("a day and a day with its own bound after a comma are two occurrences") {
  CHECK(notation(parse_due("ngày 15/6/2026, trước ngày 15/12/2026", 0)) ==
        "date ..2026-06-15; ..2026-12-14");
  CHECK(days_before("ngày 15/6/2026, trước ngày 15/12/2026", 0) == std::vector<bool>{false, true});
  CHECK(notation(parse_due("trước ngày 15/6/2026, chậm nhất ngày 15/12/2026", 0)) ==
        "date ..2026-06-14; ..2026-12-15");
  CHECK(days_before("trước ngày 15/6/2026, chậm nhất ngày 15/12/2026", 0) ==
        std::vector<bool>{true, false});
}

TEST_CASE("two days after a comma in one month, or back in time, are an error, not one kept") {
  const auto same_month = parse_due("Chậm nhất ngày 20/11/2026, 25/11/2026", 2026);
  REQUIRE_FALSE(same_month.ok());
  CHECK(same_month.error.vi ==
        "hai ngày 20/11/2026 và 25/11/2026 (ký tự 28) chỉ cách nhau dấu phẩy, cùng một tháng: có "
        "thể một ngày là ngày đã sửa mà ngày cũ chưa xoá, và kehoach không chọn giữa hai ngày; nếu "
        "là các lần đến hạn, viết “và” trước ngày cuối, như “chậm nhất ngày 20/6 và 20/12/2026”; "
        "nếu không, xoá ngày không dùng");
  CHECK(same_month.error.en ==
        "two days 20/11/2026 and 25/11/2026 (character 28) with only a comma between them, in the "
        "same month: one may be a correction with the old day left in, and kehoach does not "
        "choose between them; if they are occurrences, write “và” before the last one, as in "
        "“chậm nhất ngày 20/6 và 20/12/2026”; otherwise delete the day not meant");
  // The day written counts, not its due date: 01/7 and 15/7 are both July.
  CHECK(notation(parse_due("trước ngày 01/7/2026, 15/7/2026", 0)) ==
        "error: hai ngày 01/07/2026 và 15/07/2026 (ký tự 23) chỉ cách nhau dấu phẩy, cùng một "
        "tháng: có thể một ngày là ngày đã sửa mà ngày cũ chưa xoá, và kehoach không chọn giữa "
        "hai ngày; nếu là các lần đến hạn, viết “và” trước ngày cuối, như “chậm nhất ngày 20/6 và "
        "20/12/2026”; nếu không, xoá ngày không dùng");
  CHECK(notation(parse_due("Chậm nhất ngày 20/12/2026, 20/06/2026", 0)) ==
        "error: hai ngày 20/12/2026 và 20/06/2026 (ký tự 28) chỉ cách nhau dấu phẩy, ngày sau "
        "sớm hơn ngày trước: có thể một ngày là ngày đã sửa mà ngày cũ chưa xoá, và kehoach "
        "không chọn giữa hai ngày; nếu là các lần đến hạn, viết “và” trước ngày cuối, như “chậm "
        "nhất ngày 20/6 và 20/12/2026”; nếu không, xoá ngày không dùng");
  CHECK(parse_due("ngày 20/11/2026, 20/11/2026", 0).error.en ==
        "two days 20/11/2026 and 20/11/2026 (character 18) with only a comma between them, the "
        "same day: one may be a correction with the old day left in, and kehoach does not choose "
        "between them; if they are occurrences, write “và” before the last one, as in “chậm nhất "
        "ngày 20/6 và 20/12/2026”; otherwise delete the day not meant");
  // Without a year, a list back in time is the error it was.
  CHECK(notation(parse_due("trước ngày 15/12, 15/6", 2026))
            .starts_with("error: danh sách thời hạn đi ngược thời gian ở ký tự 19"));
}

TEST_CASE("days in one month are a list when a và or a label says they are") {
  // "và" marks the enumeration: the writer listed them.
  CHECK(notation(parse_due("Chậm nhất ngày 20/11/2026 và 25/11/2026", 0)) ==
        "date ..2026-11-20; ..2026-11-25");
  CHECK(notation(parse_due("ngày 10/11, 20/11 và 30/11/2026", 0)) ==
        "date ..2026-11-10; ..2026-11-20; ..2026-11-30");
  // A label in brackets between them: deadlines of two different things.
  CHECK(notation(parse_due("Chậm nhất ngày 20/11/2026 (báo cáo năm), 25/11/2026 (tổng kết)", 0)) ==
        "date ..2026-11-20; ..2026-11-25");
}

TEST_CASE("what read right before a comma list of days still reads so") {
  CHECK(notation(parse_due("Quý III, quý IV năm 2025", 0)) == "quarter 2025-07-01..2025-12-31");
  CHECK(notation(parse_due("Quý II, III năm 2024", 0)) == "quarter 2024-04-01..2024-09-30");
  CHECK(notation(parse_due("Trước ngày 10 tháng 6, tháng 12", 2026)) ==
        "date ..2026-06-09; ..2026-12-09");
  CHECK(notation(parse_due("Quý III/2026 (trước ngày 15/9/2026)", 0)) ==
        "date 2026-07-01..2026-09-14");
  CHECK(days_before("Quý III/2026 (trước ngày 15/9/2026)", 0) == std::vector<bool>{true});
  CHECK(notation(parse_due("Quý IV năm 2025, chậm nhất ngày 03/12/2025", 0)) ==
        "date 2025-10-01..2025-12-03");
  CHECK(notation(parse_due("Hằng năm, trước ngày 15/11", 2026)) == "date ..2026-11-14");
  CHECK(notation(parse_due("Quý II/2026 (trước ngày 15/6), Quý IV/2026 (trước ngày 15/12)", 0)) ==
        "date 2026-04-01..2026-06-14; 2026-10-01..2026-12-14");
}

TEST_CASE("recurrence words in a label before a written day leave the day its deadline") {
  CHECK(notation(parse_due("Báo cáo định kỳ hằng năm chậm nhất ngày 20/11/2026", 2026)) ==
        "date ..2026-11-20");
  CHECK(notation(parse_due("Báo cáo hằng năm gửi trước ngày 20/11", 2026)) == "date ..2026-11-19");
  CHECK(notation(parse_due("Thực hiện hằng năm, hoàn thành trước ngày 15/11/2026", 2026)) ==
        "date ..2026-11-14");
  CHECK(notation(parse_due("Định kỳ hằng quý trước ngày 20/3, 20/6, 20/9, 20/12", 2026)) ==
        "date ..2026-03-19; ..2026-06-19; ..2026-09-19; ..2026-12-19");
  CHECK(notation(parse_due("Báo cáo định kỳ chậm nhất ngày 20/11/2026", 2026)) ==
        "date ..2026-11-20");
  CHECK(notation(parse_due("Theo dõi hằng tháng, báo cáo trước ngày 15/11/2026", 2026)) ==
        "date ..2026-11-14");
  CHECK(notation(parse_due("Báo cáo định kỳ 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/11",
                           2026)) == "date ..2026-06-14; ..2026-11-14");
  // As with a colon, which read so already.
  CHECK(notation(parse_due("Báo cáo định kỳ hằng năm: chậm nhất ngày 20/11/2026", 2026)) ==
        "date ..2026-11-20");
  // A written day that does not read is an error, not an undated recurrence.
  CHECK(notation(parse_due("Báo cáo định kỳ hằng năm chậm nhất ngày 31/11/2026", 2026)) ==
        "error: ngày 31/11/2026 không tồn tại");
  CHECK(notation(parse_due("Báo cáo hằng năm chậm nhất ngày 20/11/2026, 25/11/2026", 2026))
            .starts_with("error: hai ngày 20/11/2026 và 25/11/2026 (ký tự 45)"));
}

TEST_CASE("a recurrence with no written day, or no plan year, stays the recurrence") {
  CHECK(notation(parse_due("Hằng quý", 2026)) ==
        "periodic 2026-01-01..2026-03-31; 2026-04-01..2026-06-30; 2026-07-01..2026-09-30; "
        "2026-10-01..2026-12-31");
  CHECK(notation(parse_due("Hằng quý, trước ngày 20 của tháng cuối quý", 2026)) == "periodic");
  CHECK(notation(parse_due("Hằng năm, trước ngày 15/12", 0)) == "periodic");
  CHECK(notation(parse_due("Báo cáo định kỳ hằng năm chậm nhất ngày 20/11", 0)) == "periodic");
}

TEST_CASE("a label does not swallow a day after trước that does not read") {
  // Read on to the next "trước", the label would drop the quarterly deadline without a word.
  const auto quarterly = parse_due(
      "Báo cáo hằng quý trước ngày 20 tháng cuối quý; báo cáo năm trước ngày 15/11", 2026);
  REQUIRE_FALSE(quarterly.ok());
  CHECK(quarterly.error.en ==
        "the part from character 1 (“Báo cáo hằng quý trước ngày 20 tháng cuối quý; báo cáo năm "
        "trước ngày 15/11”) holds a date kehoach cannot read: the phrase may hold several "
        "deadlines and none may be lost; write each one as its own part, as in “trước ngày 15/6; "
        "trước ngày 15/11”");
  CHECK(notation(parse_due("Gửi trước ngày 20 tháng cuối quý, chậm nhất ngày 15/11", 2026))
            .starts_with("error: phần từ ký tự 1 "));
  // A marker with no day after it stays part of the label.
  CHECK(notation(parse_due("Báo cáo kết quả hoàn thành nhiệm vụ trước ngày 15/11", 2026)) ==
        "date ..2026-11-14");
}

TEST_CASE("two days that are not a list are an error, not the earlier kept") {
  CHECK(notation(parse_due("Trước Tết Nguyên đán, 15/3", 2026)) ==
        "error: hai hạn 16/02/2026 và 15/03/2026 cho cùng một thời hạn: kehoach không chọn giữa "
        "hai ngày; nếu là các lần đến hạn, nối chúng bằng “và”; nếu không, xoá ngày không dùng");
}

TEST_CASE("a month and a day within it still narrow one deadline down") {
  CHECK(notation(parse_due("Cuối tháng 11/2026 (trước ngày 25/11)", 0)) == "date ..2026-11-24");
  CHECK(notation(parse_due("Chậm nhất ngày 20/11/2025 (trước ngày 21/11/2025)", 0)) ==
        "date ..2025-11-20");
}

TEST_CASE("months or quarters that run on are one span, each with its own year or not") {
  CHECK(notation(parse_due("Quý IV năm 2026 và quý I năm 2027", 2026)) ==
        "range 2026-10-01..2027-03-31");
  CHECK(notation(parse_due("Tháng 11 năm 2026 và tháng 12 năm 2026", 2026)) ==
        "month 2026-11-01..2026-12-31");
  CHECK(notation(parse_due("Tháng 12 năm 2026 và tháng 01 năm 2027", 2026)) ==
        "range 2026-12-01..2027-01-31");
  CHECK(notation(parse_due("Quý IV và quý I/2027", 2026)) == "range 2026-10-01..2027-03-31");
  // Written in one clause: the same span, as before.
  CHECK(notation(parse_due("Tháng 11 và tháng 12 năm 2026", 2026)) ==
        "month 2026-11-01..2026-12-31");
  // A gap, or round labels: one occurrence each.
  CHECK(notation(parse_due("Tháng 6 năm 2026 và tháng 12 năm 2026", 2026)) ==
        "month 2026-06-01..2026-06-30; 2026-12-01..2026-12-31");
  CHECK(notation(parse_due("Đợt 1: Quý III/2026; Đợt 2: Quý IV/2026", 2026)) ==
        "quarter 2026-07-01..2026-09-30; 2026-10-01..2026-12-31");
}
