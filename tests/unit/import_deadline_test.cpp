// `kehoach import`: deadlines written inside sentences, cells written over several paragraphs,
// a parent plan dated in words, the plan year when the title gives none. Nothing the document
// says about a date is dropped silently: it becomes a `due` or an import note.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/import.hpp"
#include "kehoach/load.hpp"
#include "test_support.hpp"

using namespace kehoach;
using namespace kehoach::testing;

namespace {

using Unread = std::vector<std::string>;

}  // namespace

TEST_CASE("a deadline inside a sentence is read in every form `kehoach due` reads") {
  auto r = read_deadlines_in_text(
      "a) Gửi kết quả theo dõi về Văn phòng HĐND và UBND xã chậm nhất ngày 10 tháng 11 năm 2026.");
  CHECK(r.phrase == "chậm nhất ngày 10 tháng 11 năm 2026");
  CHECK(r.unread.empty());
  // No year: the plan year reads it once the plan is loaded.
  r = read_deadlines_in_text("c) Gửi kế hoạch của đơn vị về UBND xã trước ngày 20/02.");
  CHECK(r.phrase == "trước ngày 20/02");
  CHECK(r.unread.empty());
  CHECK(read_deadlines_in_text("Gửi kết quả trước 15/11/2026.").phrase == "trước 15/11/2026");
  CHECK(read_deadlines_in_text("Gửi kết quả chậm nhất vào ngày 15/11/2026.").phrase ==
        "chậm nhất vào ngày 15/11/2026");
  CHECK(read_deadlines_in_text("Hoàn thành trong tháng 11/2026.").phrase == "trong tháng 11/2026");
  CHECK(read_deadlines_in_text("Thực hiện trong quý III năm 2026.").phrase ==
        "trong quý III năm 2026");
  CHECK(recognise_deadline_in_text("báo cáo chậm nhất ngày 26 tháng 02 năm 2026.") ==
        std::optional<std::string>("chậm nhất ngày 26 tháng 02 năm 2026"));
}

TEST_CASE("a sentence with two deadlines keeps both, as two occurrences") {
  auto r = read_deadlines_in_text(
      "b) Báo cáo kết quả 6 tháng trước ngày 10/6/2026 và cả năm trước ngày 10/11/2026.");
  CHECK(r.phrase == "trước ngày 10/6/2026; trước ngày 10/11/2026");
  CHECK(r.unread.empty());
  r = read_deadlines_in_text("Gửi báo cáo trước ngày 15/6/2026 và trước ngày 15/12/2026.");
  CHECK(r.phrase == "trước ngày 15/6/2026; trước ngày 15/12/2026");
}

TEST_CASE("with the plan year, documents issued before it are a scope, not a deadline") {
  const std::string scope = "Rà soát các văn bản ban hành trước ngày 01/7/2025 còn nhắc cấp huyện";
  // Without the year, "ban hành trước ngày …" may be a deadline ("tham mưu ban hành …").
  CHECK(read_deadlines_in_text(scope).phrase == "trước ngày 01/7/2025");
  auto r = read_deadlines_in_text(scope, 2026);
  CHECK(r.phrase.empty());
  CHECK(r.unread.empty());
  r = read_deadlines_in_text("Tổng hợp các quy định có hiệu lực trước ngày 01/01/2025", 2026);
  CHECK(r.phrase.empty());
  CHECK(r.unread.empty());
  // A day of the plan year after "ban hành" is a deadline still.
  CHECK(read_deadlines_in_text("Tham mưu ban hành Quy chế trước ngày 15/3/2026", 2026).phrase ==
        "trước ngày 15/3/2026");
  // Before the plan year but not after "ban hành" or "hiệu lực": a deadline left from last
  // year, for KH139 to report.
  CHECK(read_deadlines_in_text("Kiểm tra, chậm nhất ngày 25/11/2025", 2026).phrase ==
        "chậm nhất ngày 25/11/2025");
  // The scope skipped, the deadline after it is read.
  r = read_deadlines_in_text(
      "Rà soát văn bản ban hành trước ngày 01/7/2025, xong trước ngày 30/6/2026", 2026);
  CHECK(r.phrase == "trước ngày 30/6/2026");
  CHECK(r.unread.empty());
}

TEST_CASE("the dates a sentence holds outside its deadline are given back") {
  auto r = read_deadlines_in_text("d) Báo cáo chậm nhất ngày 31/02/2026.");
  CHECK(r.phrase.empty());
  CHECK(r.unread == Unread{"31/02/2026"});
  CHECK_FALSE(recognise_deadline_in_text("d) Báo cáo chậm nhất ngày 31/02/2026.").has_value());
  r = read_deadlines_in_text("g) Tổ chức hội nghị vào ngày 5 tháng 3 năm 2026.");
  CHECK(r.phrase.empty());
  CHECK(r.unread == Unread{"ngày 5 tháng 3 năm 2026"});
  r = read_deadlines_in_text(
      "đ) Tổng hợp số liệu từ ngày 01/12/2025 đến ngày 15/11/2026, gửi UBND xã trước ngày "
      "20/11/2026.");
  CHECK(r.phrase == "trước ngày 20/11/2026");
  CHECK(r.unread == Unread{"01/12/2025", "15/11/2026"});
  r = read_deadlines_in_text("Kiểm tra trong tháng 9, báo cáo quý II.");
  CHECK(r.phrase == "trong tháng 9");
  CHECK(r.unread == Unread{"quý II"});
  // A cited document's date is not a deadline and not a date left unread.
  r = read_deadlines_in_text(
      "e) Triển khai Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh trước ngày 20/3/2026.");
  CHECK(r.phrase == "trước ngày 20/3/2026");
  CHECK(r.unread.empty());
  r = read_deadlines_in_text("Thực hiện Kế hoạch số 210/KH-UBND ngày 20 tháng 12 năm 2025.");
  CHECK(r.phrase.empty());
  CHECK(r.unread.empty());
  // "trước" that is not a deadline.
  r = read_deadlines_in_text("Báo cáo trước Hội đồng nhân dân xã.");
  CHECK(r.phrase.empty());
  CHECK(r.unread.empty());
}

namespace {

std::vector<std::string> commune_plan(const std::vector<std::string>& duties) {
  std::vector<std::string> lines{
      "ỦY BAN NHÂN DÂN",
      "XÃ TÂN LẬP",
      "Số: 15/KH-UBND",
      "Tân Lập, ngày 05 tháng 02 năm 2026",
      "KẾ HOẠCH",
      "Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã Tân Lập",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Theo dõi kịp thời.",
      "II. TRÁCH NHIỆM THỰC HIỆN",
      "1. Các phòng chuyên môn thuộc UBND xã",
  };
  lines.insert(lines.end(), duties.begin(), duties.end());
  return lines;
}

}  // namespace

TEST_CASE("a commune's duties get the deadlines their sentences write, the rest is noted") {
  const auto imported = import_plan(
      paragraphs(commune_plan({
          "a) Gửi kết quả theo dõi về Văn phòng HĐND và UBND xã chậm nhất ngày 10 tháng 11 năm "
          "2026.",
          "b) Báo cáo kết quả 6 tháng trước ngày 10/6/2026 và cả năm trước ngày 10/11/2026.",
          "c) Gửi kế hoạch của đơn vị về UBND xã trước ngày 20/02.",
          "d) Báo cáo kết quả chậm nhất ngày 31/02/2026.",
      })),
      {});
  REQUIRE(imported.plan.responsibilities.size() == 1);
  const auto& duties = imported.plan.responsibilities[0].duties;
  REQUIRE(duties.size() == 4);
  CHECK(duties[0].due.phrase.value == "chậm nhất ngày 10 tháng 11 năm 2026");
  CHECK(duties[1].due.phrase.value == "trước ngày 10/6/2026; trước ngày 10/11/2026");
  CHECK(duties[2].due.phrase.value == "trước ngày 20/02");
  CHECK_FALSE(duties[3].due.phrase.present);
  REQUIRE(imported.notes.size() == 1);
  CHECK(imported.notes[0].line == 14);
  CHECK(imported.notes[0].message.vi ==
        "đoạn này ghi `31/02/2026` nhưng không đọc được thành thời hạn: mục không có `due`; đối "
        "chiếu văn bản gốc và ghi `due` nếu đó là thời hạn");
  CHECK(imported.notes[0].message.en ==
        "this paragraph gives `31/02/2026` but it does not read as a deadline: the item has no "
        "`due`; check the document and write `due` if it is one");

  // The plan written reads every deadline with the plan year: both rounds of b), 19/02 for c).
  const std::string yaml = write_imported_plan(imported, {});
  CHECK(yaml.find("# Nhập bằng `kehoach import` từ văn bản: 14 dòng đã xếp vào các trường, 0 "
                  "không xếp được, 1 chỗ cần xem lại.\n") == 0);
  CHECK(yaml.find("\n# xem lại (dòng 14): đoạn này ghi `31/02/2026` nhưng không đọc được thành "
                  "thời hạn: mục không có `due`; đối chiếu văn bản gốc và ghi `due` nếu đó là "
                  "thời hạn\n") != std::string::npos);
  const LoadResult loaded = load_plan(yaml, "imported.yaml");
  REQUIRE(loaded.plan.responsibilities.size() == 1);
  const auto& read = loaded.plan.responsibilities[0].duties;
  REQUIRE(read.size() == 4);
  REQUIRE(read[1].due.reading);
  REQUIRE(read[1].due.reading->occurrences.size() == 2);
  CHECK(read[1].due.reading->occurrences[0].due == Date{2026, 6, 9});
  CHECK(read[1].due.reading->occurrences[1].due == Date{2026, 11, 9});
  REQUIRE(read[2].due.reading);
  CHECK(*read[2].due.reading->due == Date{2026, 2, 19});
  REQUIRE(read[0].due.reading);
  CHECK(*read[0].due.reading->due == Date{2026, 11, 10});
}

TEST_CASE("an activity with no time line takes the deadline its description writes") {
  const auto imported = import_plan(paragraphs({
                                        "KẾ HOẠCH",
                                        "Theo dõi tình hình thi hành pháp luật năm 2026",
                                        "I. NỘI DUNG",
                                        "1. Kiểm tra liên ngành",
                                        "a) Cơ quan chủ trì: Sở Tư pháp.",
                                        "Kiểm tra tại 05 xã, hoàn thành trước ngày 30/9/2026.",
                                        "2. Tập huấn",
                                        "Tổ chức vào ngày 5 tháng 3 năm 2026.",
                                    }),
                                    {});
  REQUIRE(imported.plan.tasks.size() == 2);
  CHECK(imported.plan.tasks[0].due.phrase.value == "trước ngày 30/9/2026");
  CHECK(imported.plan.tasks[0].due.phrase.at.line == 6);
  CHECK_FALSE(imported.plan.tasks[1].due.phrase.present);
  REQUIRE(imported.notes.size() == 1);
  CHECK(imported.notes[0].line == 8);
}

TEST_CASE("a time label followed by a list of rounds keeps every round") {
  const auto imported = import_plan(paragraphs({
                                        "KẾ HOẠCH",
                                        "Theo dõi tình hình thi hành pháp luật năm 2026",
                                        "I. NỘI DUNG",
                                        "1. Kiểm tra tình hình thi hành pháp luật",
                                        "a) Cơ quan chủ trì: Văn phòng HĐND và UBND xã.",
                                        "b) Thời gian thực hiện:",
                                        "- Đợt 1: tháng 5/2026.",
                                        "- Đợt 2: tháng 10/2026.",
                                    }),
                                    {});
  REQUIRE(imported.plan.tasks.size() == 1);
  CHECK(imported.plan.tasks[0].due.phrase.value == "Đợt 1: tháng 5/2026; Đợt 2: tháng 10/2026");
  CHECK(imported.plan.tasks[0].due.phrase.at.line == 7);
  CHECK(imported.unplaced.empty());
  const LoadResult loaded = load_plan(write_imported_plan(imported, {}), "imported.yaml");
  REQUIRE(loaded.plan.tasks.size() == 1);
  REQUIRE(loaded.plan.tasks[0].due.reading);
  REQUIRE(loaded.plan.tasks[0].due.reading->occurrences.size() == 2);
  CHECK(loaded.plan.tasks[0].due.reading->occurrences[0].due == Date{2026, 5, 31});
  CHECK(loaded.plan.tasks[0].due.reading->occurrences[1].due == Date{2026, 10, 31});
}

TEST_CASE("a table cell written over several paragraphs is one deadline, one output") {
  std::vector<SourceParagraph> input = paragraphs({"II. CÁC HOẠT ĐỘNG"});
  // Each inner vector is a cell; each string one paragraph of it.
  const std::vector<std::vector<std::vector<std::string>>> rows{
      {{"STT"}, {"Nội dung"}, {"Sản phẩm"}, {"Thời gian thực hiện"}},
      {{"1"}, {"Tập huấn nghiệp vụ"}, {"Hội nghị", "tập huấn"}, {"Quý II", "năm 2026"}},
      {{"2"},
       {"Kiểm tra tình hình thi hành pháp luật"},
       {"Báo cáo"},
       {"Đợt 1: tháng 5/2026", "Đợt 2: tháng 10/2026"}},
  };
  int line = 1;
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      for (const auto& text : rows[r][c]) {
        SourceParagraph p;
        p.text = text;
        p.line = ++line;
        p.table = 0;
        p.row = static_cast<int>(r);
        p.column = static_cast<int>(c);
        input.push_back(p);
      }
  const auto imported = import_plan(input, {});
  const Plan& p = imported.plan;
  REQUIRE(p.tasks.size() == 2);
  CHECK(p.tasks[0].due.phrase.value == "Quý II năm 2026");
  CHECK(p.tasks[0].due.phrase.at.line == 10);
  CHECK(p.tasks[0].output.value == "Hội nghị tập huấn");
  CHECK(p.tasks[0].output.at.line == 8);
  CHECK(p.tasks[1].due.phrase.value == "Đợt 1: tháng 5/2026 Đợt 2: tháng 10/2026");
  CHECK(imported.unplaced.empty());
  CHECK(imported.notes.empty());
}

TEST_CASE("a parent plan dated in words keeps its date and issuer") {
  const auto p = recognise_parent(
      "Thực hiện Kế hoạch số 210/KH-UBND ngày 20 tháng 12 năm 2025 của UBND tỉnh Tây Ninh về theo "
      "dõi tình hình thi hành pháp luật năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch như sau:");
  REQUIRE(p);
  CHECK(p->ref == "210/KH-UBND");
  REQUIRE(p->date);
  CHECK(*p->date == Date{2025, 12, 20});
  CHECK(p->issuer == "UBND tỉnh Tây Ninh");
  CHECK(p->title == "về theo dõi tình hình thi hành pháp luật năm 2026");
  CHECK(p->enactment == "Ủy ban nhân dân xã ban hành Kế hoạch như sau:");
  const auto act = recognise_act(
      "Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo "
      "dõi tình hình thi hành pháp luật");
  REQUIRE(act);
  REQUIRE(act->date);
  CHECK(*act->date == Date{2012, 7, 23});
  CHECK(act->issuer == "Chính phủ");
}

TEST_CASE("a title with no year: the year taken, and why, is said") {
  auto plan = [](const std::string& place_date) {
    return paragraphs({"ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 15/KH-UBND", place_date, "KẾ HOẠCH",
                       "Theo dõi tình hình thi hành pháp luật trên địa bàn xã Tân Lập"});
  };
  auto imported = import_plan(plan("Tân Lập, ngày 28 tháng 12 năm 2025"), {});
  CHECK(imported.plan.year.value == 2026);
  REQUIRE(imported.notes.size() == 1);
  CHECK(imported.notes[0].line == 4);
  CHECK(imported.notes[0].message.vi ==
        "tên kế hoạch không ghi năm: lấy năm kế hoạch 2026 vì kế hoạch ban hành tháng 12/2025 (kế "
        "hoạch ban hành cuối năm là cho năm sau); nếu không đúng, nhập lại với `--year`");
  CHECK(imported.notes[0].message.en ==
        "the plan's title gives no year: the plan year is taken as 2026 because the plan was "
        "issued in December 2025 (a plan issued at the end of a year is for the next); if that "
        "is wrong, import again with `--year`");
  imported = import_plan(plan("Tân Lập, ngày 05 tháng 02 năm 2026"), {});
  CHECK(imported.plan.year.value == 2026);
  REQUIRE(imported.notes.size() == 1);
  CHECK(imported.notes[0].message.vi ==
        "tên kế hoạch không ghi năm: lấy năm kế hoạch 2026 theo ngày ban hành; nếu không đúng, "
        "nhập lại với `--year`");
  // --year: nothing was guessed, nothing to say.
  ImportOptions options;
  options.year = 2025;
  imported = import_plan(plan("Tân Lập, ngày 28 tháng 12 năm 2025"), options);
  CHECK(imported.plan.year.value == 2025);
  CHECK(imported.notes.empty());
}

TEST_CASE("a time sentence under a plan duty, dated in words, is that duty's deadline") {
  const auto imported = import_plan(
      paragraphs(commune_plan({
          "a) Xây dựng kế hoạch theo dõi tình hình thi hành pháp luật của đơn vị.",
          "Thời gian xây dựng và gửi kế hoạch về UBND xã chậm nhất ngày 26 tháng 02 năm 2026.",
      })),
      {});
  REQUIRE(imported.plan.responsibilities.size() == 1);
  const auto& duties = imported.plan.responsibilities[0].duties;
  REQUIRE(duties.size() == 1);
  CHECK(duties[0].due.phrase.value ==
        "Thời gian xây dựng và gửi kế hoạch về UBND xã chậm nhất ngày 26 tháng 02 năm 2026");
  CHECK(duties[0].due.phrase.at.line == 12);
  CHECK(imported.notes.empty());
}

TEST_CASE("a day counted back from, or denied, in a sentence is no deadline of it") {
  // Read as "trước ngày 15/12/2026" (14/12), the due day would be a week late.
  auto r = read_deadlines_in_text(
      "Gửi báo cáo kết quả chậm nhất 05 ngày làm việc trước ngày 15/12/2026.");
  CHECK(r.phrase.empty());
  CHECK(r.unread == Unread{"kết quả chậm nhất 05 ngày làm việc trước ngày 15/12/2026"});
  r = read_deadlines_in_text("Tổ chức tập huấn, không trước ngày 01/12/2026.");
  CHECK(r.phrase.empty());
  CHECK(r.unread == Unread{"không trước ngày 01/12/2026"});
  // A report's months are its name.
  r = read_deadlines_in_text("Gửi báo cáo 6 tháng trước ngày 10/6/2026.");
  CHECK(r.phrase == "trước ngày 10/6/2026");
  CHECK(r.unread.empty());
}
