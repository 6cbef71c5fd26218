// The deadline phrase table: wordings from the example plans (examples/), the two source
// documents (tests/render/sources/tan-bien-2024.txt, lai-chau-2025-draft.txt), the forms named in
// issue 13, and public plan texts:
//   - Kế hoạch 130/KH-UBND ngày 13/7/2022 của UBND tỉnh Ninh Bình ("định kỳ 6 tháng, hằng năm",
//     "giai đoạn 2021 - 2025", "giai đoạn 2021-2025"),
//     https://hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2022-ve-giam-sat-danh-gia-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-giai-doan-2021-2025-tren-dia-ban-tinh-ninh-binh.html
//   - Nghị định 80/2025/NĐ-CP as summarised at thuvienphapluat.vn ("Trong thời hạn 20 ngày kể
//     từ ngày luật, nghị quyết, pháp lệnh được thông qua"),
//     https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-80-2025-ND-CP-to-chuc-thi-hanh-van-ban-quy-pham-phap-luat-650928.aspx
//   - Thông tư 04/2021/TT-BTP, Điều 8, as quoted at 123docz.net ("định kỳ hằng năm").
// Shared by the table test (due_table_test.cpp) and the benchmark (tests/bench/due_bench.cpp).
//
// `expected` is the exact reading: "KIND START..DUE; START..DUE" (one pair per occurrence, an
// empty START when the reading has none), "KIND" alone when undated, or "error: MESSAGE".
#pragma once

#include <cstddef>
#include <string>

#include "kehoach/due.hpp"

namespace kehoach::phrase_table {

struct Row {
  const char* phrase;
  int plan_year;
  const char* expected;
};

inline constexpr Row rows[] = {
    // --- examples/ and the source documents
    {"Thường xuyên trong năm", 2025, "ongoing 2025-01-01..2025-12-31"},
    {"Quý III năm 2025", 2025, "quarter 2025-07-01..2025-09-30"},
    {"trước ngày 03/12/2025", 2025, "date ..2025-12-02"},
    {"chậm nhất ngày 14/11/2025", 2025, "date ..2025-11-14"},
    {"Tính từ 15/11/2025 đến 14/11/2026", 2026, "range 2025-11-15..2026-11-14"},
    {"Tính từ 01/12/2024 đến 10/11/2025", 2025, "range 2024-12-01..2025-11-10"},
    {"Thời gian xây dựng và gửi kế hoạch về UBND huyện (qua Phòng Tư pháp) chậm nhất ngày "
     "26/01/2024",
     2024, "date ..2024-01-26"},
    {"Thời gian xây dựng và gửi kế hoạch về UBND huyện (qua Phòng Tư pháp) chậm nhất ngày "
     "07/03/2025",
     2025, "date ..2025-03-07"},
    {"Quý II năm 2026", 2026, "quarter 2026-04-01..2026-06-30"},
    {"Quý I năm 2025", 2025, "quarter 2025-01-01..2025-03-31"},
    {"Chậm nhất ngày 20/11/2026", 2026, "date ..2026-11-20"},
    {"Chậm nhất ngày 27/02/2026", 2026, "date ..2026-02-27"},
    {"tháng 8/2025", 2025, "month 2025-08-01..2025-08-31"},
    {"Tháng 8/2026", 2026, "month 2026-08-01..2026-08-31"},
    {"Theo quy định", 2025, "event"},
    {"Sau khi có Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp "
     "luật trong lĩnh vực trọng tâm, liên ngành năm 2026",
     2026, "event"},
    {"Quý III, quý IV năm 2026", 2026, "quarter 2026-07-01..2026-12-31"},
    {"Quý III, quý IV năm 2025", 2025, "quarter 2025-07-01..2025-12-31"},
    {"Quý II, III năm 2024", 2024, "quarter 2024-04-01..2024-09-30"},
    {"Quý II, III năm 2025", 2025, "quarter 2025-04-01..2025-09-30"},
    {"Quý III Năm 2024", 2024, "quarter 2024-07-01..2024-09-30"},
    {"Năm 2024", 2024, "year 2024-01-01..2024-12-31"},
    {"Hoàn thành trước tháng 11 năm 2026", 2026, "month ..2026-10-31"},
    {"trước tháng 11 năm 2025", 2025, "month ..2025-10-31"},
    {"Chậm nhất ngày 25/11/2024", 2024, "date ..2024-11-25"},
    {"chậm nhất ngày **26/01/2024**", 2024, "date ..2024-01-26"},
    {"từ 01/01/2019 đến 31/12/2023", 2024, "range 2019-01-01..2023-12-31"},
    {"Tính từ 01/12/2023 đến 20/11/2024", 2024, "range 2023-12-01..2024-11-20"},
    {"Tính từ 01/12 đến 20/11/2024", 2024, "range 2023-12-01..2024-11-20"},
    {"chậm nhất ngày 05/03/2025", 2025, "date ..2025-03-05"},
    {"Chậm nhất ngày 13/02/2026", 2026, "date ..2026-02-13"},
    {"tháng 01 năm 2025", 2025, "month 2025-01-01..2025-01-31"},
    // --- several dates: rounds, lists, repetition
    {"Đợt 1: Quý II; Đợt 2: Quý IV/2026", 0,
     "quarter 2026-04-01..2026-06-30; 2026-10-01..2026-12-31"},
    {"Tháng 6 và tháng 12/2026", 0, "month 2026-06-01..2026-06-30; 2026-12-01..2026-12-31"},
    {"Quý I và quý III", 2026, "quarter 2026-01-01..2026-03-31; 2026-07-01..2026-09-30"},
    {"trước ngày 15/6 và 15/12", 2026, "date ..2026-06-14; ..2026-12-14"},
    {"Trước ngày 31/3 và 30/9/2026", 0, "date ..2026-03-30; ..2026-09-29"},
    {"Hằng quý", 2026,
     "periodic 2026-01-01..2026-03-31; 2026-04-01..2026-06-30; 2026-07-01..2026-09-30; "
     "2026-10-01..2026-12-31"},
    {"Định kỳ hằng quý", 2026,
     "periodic 2026-01-01..2026-03-31; 2026-04-01..2026-06-30; 2026-07-01..2026-09-30; "
     "2026-10-01..2026-12-31"},
    {"Định kỳ 6 tháng", 2026, "periodic 2026-01-01..2026-06-30; 2026-07-01..2026-12-31"},
    {"định kỳ 6 tháng", 2025, "periodic 2025-01-01..2025-06-30; 2025-07-01..2025-12-31"},
    {"hằng tháng", 2026,
     "periodic 2026-01-01..2026-01-31; 2026-02-01..2026-02-28; 2026-03-01..2026-03-31; "
     "2026-04-01..2026-04-30; 2026-05-01..2026-05-31; 2026-06-01..2026-06-30; "
     "2026-07-01..2026-07-31; 2026-08-01..2026-08-31; 2026-09-01..2026-09-30; "
     "2026-10-01..2026-10-31; 2026-11-01..2026-11-30; 2026-12-01..2026-12-31"},
    {"hàng năm", 2025, "periodic 2025-01-01..2025-12-31"},
    {"Định kỳ hằng năm", 2026, "periodic 2026-01-01..2026-12-31"},
    {"Hằng quý", 0, "periodic"},
    {"hàng năm", 0, "periodic"},
    {"hằng tuần", 2026, "periodic"},
    {"Hằng quý, trước ngày 20 của tháng cuối quý", 2026, "periodic"},
    {"Hằng tháng, trước ngày 25", 2026, "periodic"},
    {"Hằng năm, trước ngày 15/12", 2025, "date ..2025-12-14"},
    {"Hằng năm, trước ngày 15/12", 0, "periodic"},
    {"Quý II, III", 2026, "quarter 2026-04-01..2026-09-30"},
    {"Quý II và quý IV năm 2026", 0, "quarter 2026-04-01..2026-06-30; 2026-10-01..2026-12-31"},
    {"Tháng 3, tháng 9 năm 2026", 0, "month 2026-03-01..2026-03-31; 2026-09-01..2026-09-30"},
    {"Tháng 6, 7 năm 2025", 0, "month 2025-06-01..2025-07-31"},
    {"tháng 6 - tháng 8/2026", 0, "month 2026-06-01..2026-08-31"},
    {"Quý I - Quý II/2026", 0, "quarter 2026-01-01..2026-06-30"},
    {"Tháng 12/2025 và tháng 1/2026", 0, "range 2025-12-01..2026-01-31"},
    {"Quý III/2025 và Quý I/2026", 0, "quarter 2025-07-01..2025-09-30; 2026-01-01..2026-03-31"},
    {"Đợt 1: trước ngày 30/6/2026; Đợt 2: trước ngày 15/12/2026", 0,
     "date ..2026-06-29; ..2026-12-14"},
    {"Lần 1: tháng 6/2026, lần 2: tháng 11/2026", 0,
     "month 2026-06-01..2026-06-30; 2026-11-01..2026-11-30"},
    {"Đợt 1 (tháng 6/2026), đợt 2 (tháng 11/2026)", 0,
     "month 2026-06-01..2026-06-30; 2026-11-01..2026-11-30"},
    {"ngày 15/6/2026, 15/12/2026", 0, "date ..2026-06-15; ..2026-12-15"},
    {"Đợt I: Quý II/2026; Đợt II: Quý IV/2026", 0,
     "quarter 2026-04-01..2026-06-30; 2026-10-01..2026-12-31"},
    // --- every common wording
    {"Cuối tháng 11/2026", 0, "month ..2026-11-30"},
    {"Cuối tháng 6", 2026, "month ..2026-06-30"},
    {"Cuối năm 2026", 0, "year ..2026-12-31"},
    {"Cuối năm", 2026, "year ..2026-12-31"},
    {"Cuối quý II/2026", 0, "quarter ..2026-06-30"},
    {"Đầu tháng 12/2026", 0, "range 2026-12-01..2026-12-10"},
    {"Đầu tháng 3 năm 2026", 0, "range 2026-03-01..2026-03-10"},
    {"Giữa tháng 6/2026", 0, "range 2026-06-11..2026-06-20"},
    {"Giữa tháng 12", 2026, "range 2026-12-11..2026-12-20"},
    {"trước ngày 30 tháng 01 của năm kế hoạch", 2026, "date ..2026-01-29"},
    {"Chậm nhất ngày 15 tháng 12 năm kế hoạch", 2025, "date ..2025-12-15"},
    {"năm kế hoạch", 2026, "year 2026-01-01..2026-12-31"},
    {"Trước ngày 15/01 năm sau", 2026, "date ..2027-01-14"},
    {"giai đoạn 2021 - 2025", 0, "range 2021-01-01..2025-12-31"},
    {"giai đoạn 2021-2025", 0, "range 2021-01-01..2025-12-31"},
    {"Giai đoạn 2026 – 2030", 0, "range 2026-01-01..2030-12-31"},
    {"từ ngày 01 tháng 01 đến hết ngày 30 tháng 11 hàng năm", 2026, "range 2026-01-01..2026-11-30"},
    {"từ ngày 01/12 năm trước đến ngày 30/11 hằng năm", 2026, "range 2025-12-01..2026-11-30"},
    {"Tháng 6/2026", 0, "month 2026-06-01..2026-06-30"},
    {"Tháng 12 năm 2026", 0, "month 2026-12-01..2026-12-31"},
    {"tháng 12 2026", 0, "month 2026-12-01..2026-12-31"},
    {"tháng Mười hai năm 2026", 0, "month 2026-12-01..2026-12-31"},
    // Lunar months: not January and December.
    {"tháng Giêng năm 2026", 0,
     "error: “tháng Giêng” là tháng một âm lịch, không phải tháng 1 dương lịch (tháng Giêng năm "
     "âm lịch 2026 là từ 17/02/2026 đến 18/03/2026): ghi tháng dương lịch (“tháng 1/2026”) hoặc "
     "một ngày cụ thể"},
    {"Trong tháng Chạp", 2026,
     "error: “tháng Chạp” là tháng mười hai âm lịch, không phải tháng 12 dương lịch (tháng Chạp "
     "năm âm lịch 2026 là từ 08/01/2027 đến 05/02/2027): ghi tháng dương lịch (“tháng 12/2026”) "
     "hoặc một ngày cụ thể"},
    {"tháng Năm năm 2026", 0, "month 2026-05-01..2026-05-31"},
    {"tháng Tư/2026", 0, "month 2026-04-01..2026-04-30"},
    {"Chậm nhất ngày 15/12/2026 (báo cáo năm)", 0, "date ..2026-12-15"},
    {"Tháng 8/2026 (nếu có)", 0, "month 2026-08-01..2026-08-31"},
    {"Quý I năm 2026 (trước ngày 31/3/2026)", 0, "date 2026-01-01..2026-03-30"},
    {"Quý IV năm 2025, chậm nhất ngày 03/12/2025", 0, "date 2025-10-01..2025-12-03"},
    {"26/01/2024", 0, "date ..2024-01-26"},
    {"1.12.2024", 0, "date ..2024-12-01"},
    {"30 tháng 01 năm 2025", 0, "date ..2025-01-30"},
    {"2025-01-30", 0, "date ..2025-01-30"},
    {"Quý I/2025", 0, "quarter 2025-01-01..2025-03-31"},
    {"Quý 1 năm 2025", 0, "quarter 2025-01-01..2025-03-31"},
    {"6 tháng đầu năm 2025", 0, "range 2025-01-01..2025-06-30"},
    {"6 tháng cuối năm", 2025, "range 2025-07-01..2025-12-31"},
    {"Thường xuyên", 2025, "ongoing 2025-01-01..2025-12-31"},
    {"Thường xuyên", 0, "ongoing"},
    {"Thường xuyên, liên tục", 2026, "ongoing 2026-01-01..2026-12-31"},
    {"Liên tục trong năm 2025", 0, "ongoing 2025-01-01..2025-12-31"},
    {"từ ngày 01/01/2023 đến ngày 15/11/2023", 0, "range 2023-01-01..2023-11-15"},
    {"Từ tháng 3 đến tháng 5/2026", 0, "range 2026-03-01..2026-05-31"},
    {"Tháng 9 - tháng 10 năm 2026", 0, "month 2026-09-01..2026-10-31"},
    {"trước 15/12/2026", 0, "date ..2026-12-14"},
    {"Hạn chót 20/11/2026", 0, "date ..2026-11-20"},
    {"Chậm nhất là ngày 05/12/2026", 0, "date ..2026-12-05"},
    {"Đến hết ngày 31/12/2026", 0, "date ..2026-12-31"},
    {"ngày 20/11/2026", 0, "date ..2026-11-20"},
    {"trước ngày 01/12/2026", 0, "date ..2026-11-30"},
    {"trước ngày 03/12", 2025, "date ..2025-12-02"},
    {"Năm nay", 2026, "year 2026-01-01..2026-12-31"},
    {"trong năm 2026", 0, "year 2026-01-01..2026-12-31"},
    {"Cả năm", 2026, "year 2026-01-01..2026-12-31"},
    {"Thời gian thực hiện: Quý I năm 2025", 0, "quarter 2025-01-01..2025-03-31"},
    {"Hoàn thành trong quý I/2026", 0, "quarter 2026-01-01..2026-03-31"},
    {"Trong Quý I năm 2026", 0, "quarter 2026-01-01..2026-03-31"},
    {"tháng 11 năm 2025", 0, "month 2025-11-01..2025-11-30"},
    {"gửi Sở Tư pháp tổng hợp trước ngày 03/12/2025", 0, "date ..2025-12-02"},
    // --- holidays and working days
    {"Trước Tết Nguyên đán", 2026, "date ..2026-02-16"},
    {"Trước Tết Nguyên đán năm 2027", 0, "date ..2027-02-05"},
    {"Trước Tết Nguyên đán 2026", 0, "date ..2026-02-16"},
    {"Trước Tết Âm lịch", 2025, "date ..2025-01-28"},
    {"Sau Tết Nguyên đán", 2026, "event"},
    {"ngày 10/3 âm lịch", 2026, "date ..2026-04-26"},
    {"trước ngày 10 tháng 3 âm lịch năm 2027", 0, "date ..2027-04-15"},
    {"trước ngày 30/12 âm lịch năm 2025", 0,
     "error: ngày âm lịch 30/12/2025 không tồn tại: tháng 12 năm 2025 chỉ có 29 ngày"},
    {"ngày 31/1 âm lịch năm 2026", 0,
     "error: ngày âm lịch 31/01/2026 không tồn tại: tháng âm lịch có 29 hoặc 30 ngày"},
    {"trong 05 ngày làm việc kể từ ngày 29/04/2026", 0, "date ..2026-05-08"},
    {"5 ngày làm việc kể từ ngày 14/02/2026", 0, "date ..2026-02-27"},
    {"trong 03 ngày làm việc kể từ ngày 31/12/2025", 0, "date ..2026-01-07"},
    {"trong 02 ngày làm việc kể từ ngày 08/01/2026", 0, "date ..2026-01-10"},
    {"trong 10 ngày kể từ ngày 15/3/2026", 0, "date ..2026-03-25"},
    {"Trong thời hạn 15 ngày kể từ ngày 01 tháng 3 năm 2026", 0, "date ..2026-03-16"},
    {"trong thời hạn 10 ngày kể từ ngày nhận được văn bản", 2026, "event"},
    {"Trong thời hạn 20 ngày kể từ ngày luật, nghị quyết, pháp lệnh được thông qua", 2026, "event"},
    {"theo thời hạn quy định tại Kế hoạch của UBND cấp trên trực tiếp", 2026, "event"},
    // --- bad input
    {"Quý IV năm 2025, chậm nhất ngày 03/12/2026", 0,
     "error: hai năm mâu thuẫn trong một thời hạn: 2025 và 2026 (ký tự 39)"},
    {"tháng 6/2025 năm 2026", 0,
     "error: hai năm mâu thuẫn trong một thời hạn: 2025 và 2026 (ký tự 18)"},
    {"Trước Tết Nguyên đán năm 2150", 0,
     "error: năm 2150 ngoài khoảng 1990–2100 kehoach tính được Tết"},
    {"trong 05 ngày làm việc kể từ ngày 29/12/2100", 0,
     "error: không đếm được ngày làm việc năm 2101: kehoach chỉ biết ngày nghỉ lễ các năm "
     "1990–2100"},
    {"Quý V năm 2025", 0, "error: quý V không tồn tại"},
    {"tháng 13/2025", 0, "error: tháng 13 không tồn tại"},
    {"31/02/2025", 0, "error: ngày 31/02/2025 không tồn tại"},
    {"", 2025, "error: thời hạn để trống"},
    {"Đầu năm 2026", 0, "error: không phải dạng thời hạn đã biết"},
    {"Chậm nhất ngày 10/12", 0, "error: thời hạn không ghi năm và kế hoạch không có năm"},
    {"Quý II", 0, "error: thời hạn không ghi năm và kế hoạch không có năm"},
};

// A reading in the table's notation; with `with_note`, " | note: NOTE" after it when the reading
// keeps words it did not count (due_unread_test.cpp).
inline std::string notation(const DueResult& result, bool with_note = false) {
  if (!result.ok()) return "error: " + result.error.vi;
  const Deadline& d = *result.deadline;
  std::string out(due_kind_key(d.kind));
  for (std::size_t k = 0; k < d.occurrences.size(); ++k) {
    const auto& o = d.occurrences[k];
    out += k == 0 ? " " : "; ";
    out += (o.start ? o.start->iso() : std::string()) + ".." + o.due.iso();
  }
  if (with_note && !d.note.empty()) out += " | note: " + d.note;
  return out;
}

}  // namespace kehoach::phrase_table
