// `kehoach import` on the shapes of text that lost data silently before: a labelled line wrapped
// onto the next, "Số:   12/KH-UBND" in a text header, the wordings of task-table headers, a
// title in capitals, a table of activities after the signature.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "import/import_common.hpp"
#include "kehoach/import.hpp"
#include "test_support.hpp"

using namespace kehoach;
using namespace kehoach::testing;

TEST_CASE("a labelled value wrapped onto the next line is joined when it ends open") {
  CHECK(continuation_of("c) Thời gian thực hiện: Quý III và", "Quý IV năm 2026.") ==
        Continuation::joined);
  CHECK(continuation_of("a) Cơ quan chủ trì: Phòng Kinh tế,", "Công an xã.") ==
        Continuation::joined);
  CHECK(continuation_of("b) Cơ quan phối hợp: Văn phòng HĐND và UBND xã;", "Công an xã.") ==
        Continuation::joined);
  CHECK(continuation_of("b) Cơ quan phối hợp: Phòng Văn hóa -", "Xã hội.") == Continuation::joined);
  CHECK(continuation_of("- Thời gian: từ ngày 01/7/2026 đến", "ngày 30/9/2026.") ==
        Continuation::joined);
  // No end and a lower-case start: the rest of the phrase.
  CHECK(continuation_of("c) Thời gian thực hiện: Quý III", "năm 2026.") == Continuation::joined);
}

TEST_CASE("a line that may be the rest of a labelled value is doubtful") {
  CHECK(continuation_of("a) Cơ quan chủ trì: Phòng Kinh tế", "Công an xã.") ==
        Continuation::doubtful);
  CHECK(continuation_of("c) Thời gian thực hiện: Quý III.", "và Quý IV năm 2026.") ==
        Continuation::doubtful);
  // A deadline alone after a deadline line that ended.
  CHECK(continuation_of("c) Thời gian thực hiện: Quý III năm 2026.", "Quý IV năm 2026.") ==
        Continuation::doubtful);
}

TEST_CASE("a line that starts something of its own is not a continuation") {
  CHECK(continuation_of("c) Thời gian thực hiện: Quý III và", "d) Sản phẩm: Báo cáo.") ==
        Continuation::none);
  CHECK(continuation_of("c) Thời gian thực hiện: Quý III và", "3. Điều tra, khảo sát") ==
        Continuation::none);
  CHECK(continuation_of("c) Thời gian thực hiện: Quý III và", "- Đợt 2: Quý IV.") ==
        Continuation::none);
  CHECK(continuation_of("c) Thời gian thực hiện: Quý III và", "III. TỔ CHỨC THỰC HIỆN") ==
        Continuation::none);
  CHECK(continuation_of("a) Cơ quan chủ trì: Văn phòng HĐND và UBND xã.",
                        "Kết quả kiểm tra được tổng hợp, báo cáo UBND xã.") == Continuation::none);
  // Not a label with a value: a sentence, a label whose items follow.
  CHECK(continuation_of("Tổ chức tập huấn cho cán bộ,", "công chức của xã.") == Continuation::none);
  CHECK(continuation_of("c) Thời gian thực hiện:", "Quý III năm 2026.") == Continuation::none);
}

namespace {

std::vector<SourceParagraph> wrapped_plan() {
  return paragraphs({
      "KẾ HOẠCH",
      "Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã Tân Biên",
      "II. NỘI DUNG",
      "1. Kiểm tra tình hình thi hành pháp luật trong lĩnh vực đất đai",
      "a) Cơ quan chủ trì: Phòng Kinh tế,",
      "Công an xã.",
      "b) Cơ quan phối hợp: Văn phòng HĐND và UBND xã; Công an xã.",
      "c) Thời gian thực hiện: Quý III và",
      "Quý IV năm 2026.",
      "2. Điều tra, khảo sát tình hình thi hành pháp luật",
      "a) Cơ quan chủ trì: Văn phòng HĐND và UBND xã",
      "Phòng Kinh tế.",
      "b) Thời gian thực hiện: Trước ngày 30/9/2026.",
  });
}

}  // namespace

TEST_CASE("an activity's wrapped lead and deadline are read whole") {
  const ImportedPlan imported = import_plan(wrapped_plan(), {});
  const Plan& p = imported.plan;
  REQUIRE(p.tasks.size() == 2);
  const Task& t = p.tasks[0];
  REQUIRE(t.lead.size() == 1);
  CHECK(t.lead[0].value == "Phòng Kinh tế, Công an xã");
  CHECK(t.lead[0].at.line == 5);
  CHECK(t.due.phrase.value == "Quý III và Quý IV năm 2026");
  CHECK(t.due.phrase.at.line == 8);
  CHECK(t.description.empty());
  CHECK(imported.unplaced.empty());
  CHECK(imported.placed == 13);
}

TEST_CASE("a doubtful wrap keeps two lines and a note quotes both") {
  const ImportedPlan imported = import_plan(wrapped_plan(), {});
  const Task& t = imported.plan.tasks[1];
  REQUIRE(t.lead.size() == 1);
  CHECK(t.lead[0].value == "Văn phòng HĐND và UBND xã");
  REQUIRE(t.description.size() == 1);
  CHECK(t.description[0].value == "Phòng Kinh tế.");
  REQUIRE(imported.notes.size() == 1);
  CHECK(imported.notes[0].line == 11);
  CHECK(imported.notes[0].message.en ==
        "the line `a) Cơ quan chủ trì: Văn phòng HĐND và UBND xã` may be cut short: the line "
        "right after it, `Phòng Kinh tế.`, may be the rest of it but was read on its own; check "
        "the document and, if they are one, join the two lines in the plan");
  CHECK(imported.notes[0].message.vi ==
        "dòng `a) Cơ quan chủ trì: Văn phòng HĐND và UBND xã` có thể bị ngắt giữa chừng: dòng "
        "ngay sau, `Phòng Kinh tế.`, có thể là phần còn lại của nó nhưng được đọc riêng; đối "
        "chiếu văn bản gốc, nếu là một thì nối hai dòng lại trong kế hoạch");
}

TEST_CASE("the number line with a gap is not two columns") {
  CHECK(recognise_number_line("Số: 12   /KH-UBND") == std::optional<std::string>("12/KH-UBND"));
  CHECK(recognise_number_line("Số:   12 / KH-UBND") == std::optional<std::string>("12/KH-UBND"));
  CHECK(recognise_number_line("Số:      /KH-UBND") == std::optional<std::string>("/KH-UBND"));
  for (const std::string number :
       {"Số:   12/KH-UBND", "Số: 12   /KH-UBND", "Số:   12   /KH-UBND"}) {
    INFO(number);
    const ReadResult r = read_text_document("ỦY BAN NHÂN DÂN\nXÃ TÂN BIÊN\n" + number +
                                            "\nTân Biên, ngày 05 tháng 02 năm 2026\nKẾ HOẠCH\n");
    REQUIRE_FALSE(r.failure);
    REQUIRE(r.paragraphs.size() == 5);
    CHECK(r.paragraphs[2].table == -1);
    const Plan p = import_plan(r.paragraphs, {}).plan;
    CHECK(p.number.value == "12/KH-UBND");
    CHECK(p.issuer.name.value == "UBND xã Tân Biên");
    CHECK(p.status.value == Status::issued);
  }
  // Two columns still split, past the number's gap.
  const ReadResult r = read_text_document(
      "UBND XÃ TÂN BIÊN         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số:   12/KH-UBND         Tân Biên, ngày 05 tháng 02 năm 2026\nKẾ HOẠCH\n");
  REQUIRE_FALSE(r.failure);
  REQUIRE(r.paragraphs.size() == 5);
  CHECK(r.paragraphs[1].text == "Số:   12/KH-UBND");
  CHECK(r.paragraphs[1].column == 0);
  CHECK(r.paragraphs[3].text == "Tân Biên, ngày 05 tháng 02 năm 2026");
  CHECK(r.paragraphs[3].column == 1);
}

TEST_CASE("task-table header wordings name their columns") {
  const auto field = [](const char* header) {
    const auto l = recognise_labelled_line(header);
    REQUIRE(l);
    return l->field;
  };
  CHECK(field("Cơ quan chủ trì thực hiện") == LineField::lead);
  CHECK(field("Đơn vị chủ trì thực hiện") == LineField::lead);
  CHECK(field("Đơn vị thực hiện") == LineField::lead);
  CHECK(field("Cơ quan phối hợp thực hiện") == LineField::partners);
  CHECK(field("Cơ quan, đơn vị phối hợp thực hiện") == LineField::partners);
  CHECK(field("Tiến độ thực hiện") == LineField::due);
  CHECK(field("Thời điểm hoàn thành") == LineField::due);
  CHECK(field("Thời hạn thực hiện") == LineField::due);
}

TEST_CASE("a title in capitals gives its year") {
  const ImportedPlan imported = import_plan(
      paragraphs({"Tân Biên, ngày 25 tháng 11 năm 2025", "KẾ HOẠCH",
                  "THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT", "NĂM 2026 TRÊN ĐỊA BÀN XÃ TÂN BIÊN"}),
      {});
  CHECK(imported.plan.year.value == 2026);
  CHECK(imported.plan.year.at.line == 3);
  CHECK(imported.notes.empty());
}

namespace {

void add_table(std::vector<SourceParagraph>& input, int table,
               const std::vector<std::vector<std::string>>& rows) {
  int line = input.empty() ? 0 : input.back().line;
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      SourceParagraph p;
      p.text = rows[r][c];
      p.line = ++line;
      p.table = table;
      p.row = static_cast<int>(r);
      p.column = static_cast<int>(c);
      input.push_back(p);
    }
}

const std::vector<std::vector<std::string>> activities{
    {"STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"},
    {"1", "Tập huấn nghiệp vụ", "Văn phòng HĐND và UBND xã", "Quý II/2026"},
    {"2", "Kiểm tra liên ngành", "Phòng Kinh tế", "Quý III/2026"},
};

}  // namespace

TEST_CASE("a table of activities after the signature is an error, not a silent loss") {
  std::vector<SourceParagraph> input = paragraphs({
      "KẾ HOẠCH",
      "Theo dõi tình hình thi hành pháp luật năm 2026",
      "II. NỘI DUNG",
      "Các hoạt động cụ thể theo Phụ lục kèm theo Kế hoạch này.",
      "Nơi nhận:",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Nguyễn Văn An",
      "PHỤ LỤC",
  });
  add_table(input, 0, activities);
  const ImportedPlan imported = import_plan(input, {});
  CHECK(imported.plan.tasks.empty());
  REQUIRE(imported.errors.size() == 1);
  CHECK(imported.errors[0].line == 11);
  CHECK(imported.errors[0].message.en ==
        "the table of activities after the signature (an appendix) was not read as activities: "
        "its 2 rows are only `# không xếp được` comments, not in `tasks`; move the table into "
        "the document's content section (where the activities are) and import again, or write "
        "the activities under `tasks`");
  // Every cell is kept as an unplaced line: 12 cells, and "PHỤ LỤC" and the sentence.
  CHECK(imported.unplaced.size() == 14);
  const std::string yaml = write_imported_plan(imported, {});
  CHECK(yaml.find("# lỗi (dòng 11): bảng hoạt động nằm sau phần ký (phụ lục) không được đọc "
                  "thành hoạt động: 2 hàng") != std::string::npos);
  CHECK(yaml.find("14 không xếp được, 1 lỗi.") != std::string::npos);
}

TEST_CASE("a table of activities under the responsibilities is an error too") {
  std::vector<SourceParagraph> input = paragraphs({
      "KẾ HOẠCH",
      "Theo dõi tình hình thi hành pháp luật năm 2026",
      "III. TỔ CHỨC THỰC HIỆN",
  });
  add_table(input, 0, activities);
  const ImportedPlan imported = import_plan(input, {});
  CHECK(imported.plan.tasks.empty());
  REQUIRE(imported.errors.size() == 1);
  CHECK(imported.errors[0].line == 8);
  CHECK(imported.errors[0].message.vi.rfind(
            "bảng hoạt động nằm ngoài mục nội dung không được đọc thành hoạt động: 2 hàng", 0) ==
        0);
  CHECK(imported.unplaced.size() == 8);
}

TEST_CASE("a table of activities in the content section is no error") {
  std::vector<SourceParagraph> input = paragraphs({"II. NỘI DUNG"});
  add_table(input, 0, activities);
  const ImportedPlan imported = import_plan(input, {});
  CHECK(imported.plan.tasks.size() == 2);
  CHECK(imported.errors.empty());
}

TEST_CASE("an empty table of activities after the signature has no rows to lose") {
  std::vector<SourceParagraph> input = paragraphs({"II. NỘI DUNG", "Nơi nhận:", "- Lưu: VT."});
  add_table(input, 0, {activities.front()});
  const ImportedPlan imported = import_plan(input, {});
  CHECK(imported.errors.empty());
  CHECK(imported.unplaced.size() == 4);
}
