#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "kehoach/import.hpp"
#include "kehoach/load.hpp"
#include "test_support.hpp"

using namespace kehoach;
using namespace kehoach::testing;

// --- Recognisers -----------------------------------------------------------------------------

TEST_CASE("the number line gives the number and symbol, blank for a draft") {
  CHECK(recognise_number_line("Số: 148/KH-UBND") == std::optional<std::string>("148/KH-UBND"));
  CHECK(recognise_number_line("Số: /KH-UBND") == std::optional<std::string>("/KH-UBND"));
  CHECK(recognise_number_line("Số:") == std::optional<std::string>(""));
  CHECK_FALSE(recognise_number_line("Sở Tư pháp").has_value());
  CHECK_FALSE(recognise_number_line("Số lượng: 3").has_value());
}

TEST_CASE("the place and date line reads a blank day and a full date") {
  const auto draft = recognise_place_date("Lai Châu, ngày tháng 01 năm 2025");
  REQUIRE(draft);
  CHECK(draft->place == "Lai Châu");
  CHECK(draft->day == 0);
  CHECK(draft->month == 1);
  CHECK(draft->year == 2025);
  const auto issued = recognise_place_date("Tây Ninh, ngày 15 tháng 01 năm 2024");
  REQUIRE(issued);
  CHECK(issued->day == 15);
  CHECK_FALSE(recognise_place_date("Thực hiện ngày 15 tháng 01").has_value());
  CHECK_FALSE(recognise_place_date("Tây Ninh, ngày 40 tháng 01 năm 2024").has_value());
  // A draft's blanks written as dots, an ellipsis or underscores.
  for (const auto* line : {"Huế, ngày … tháng … năm 2024", "Huế, ngày ..... tháng ..... năm 2024",
                           "Huế, ngày ___ tháng ___ năm 2024"}) {
    CAPTURE(line);
    const auto blank = recognise_place_date(line);
    REQUIRE(blank);
    CHECK(blank->place == "Huế");
    CHECK(blank->day == 0);
    CHECK(blank->month == 0);
    CHECK(blank->year == 2024);
  }
  const auto month = recognise_place_date("Huế, ngày … tháng 12 năm 2024");
  REQUIRE(month);
  CHECK(month->day == 0);
  CHECK(month->month == 12);
  CHECK_FALSE(recognise_place_date("Huế, ngày …x tháng 12 năm 2024").has_value());
}

TEST_CASE("Quốc hiệu, Tiêu ngữ and the rule under them are furniture") {
  CHECK(recognise_national_motto("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  CHECK(recognise_national_motto("Độc lập - Tự do - Hạnh phúc"));
  CHECK(recognise_national_motto("---------------"));
  CHECK_FALSE(recognise_national_motto("ỦY BAN NHÂN DÂN"));
}

TEST_CASE("outline labels in the document's own numbering") {
  auto l = recognise_outline_label("II. NỘI DUNG THỰC HIỆN");
  CHECK(l.kind == OutlineLabel::Kind::roman);
  CHECK(l.label == "II");
  CHECK(l.rest == "NỘI DUNG THỰC HIỆN");
  l = recognise_outline_label("3.1. Lĩnh vực trọng tâm của tỉnh");
  CHECK(l.kind == OutlineLabel::Kind::arabic);
  CHECK(l.label == "3.1");
  CHECK(l.depth == 2);
  l = recognise_outline_label("1.2 Theo dõi");
  CHECK(l.kind == OutlineLabel::Kind::arabic);
  CHECK(l.label == "1.2");
  l = recognise_outline_label("đ) Các cơ quan thông tin đại chúng");
  CHECK(l.kind == OutlineLabel::Kind::letter);
  CHECK(l.label == "đ");
  CHECK(recognise_outline_label("- Nội dung").kind == OutlineLabel::Kind::dash);
  CHECK(recognise_outline_label("+ Tiếp nhận").kind == OutlineLabel::Kind::plus);
  CHECK(recognise_outline_label("23/7/2012 là ngày").kind == OutlineLabel::Kind::none);
  CHECK(recognise_outline_label("Việc theo dõi").kind == OutlineLabel::Kind::none);
  CHECK(recognise_outline_label("2024. Năm").kind == OutlineLabel::Kind::none);
}

TEST_CASE("a legal act splits into kind, number, date, issuer and title") {
  const auto act = recognise_act(
      "Thông tư số 14/2014/TT-BTP ngày 15/5/2014 của Bộ Trưởng Bộ Tư pháp quy định chi tiết thi "
      "hành Nghị định số 59/2012/NĐ-CP");
  REQUIRE(act);
  CHECK(act->kind == "Thông tư");
  CHECK(act->ref == "14/2014/TT-BTP");
  REQUIRE(act->date);
  CHECK(*act->date == Date{2014, 5, 15});
  CHECK(act->issuer == "Bộ Trưởng Bộ Tư pháp");
  CHECK(act->title == "quy định chi tiết thi hành Nghị định số 59/2012/NĐ-CP");
  const auto law = recognise_act(
      "Luật số 64/2025/QH15 ngày 19/02/2025 của Quốc hội Luật Ban hành văn bản quy phạm pháp luật");
  REQUIRE(law);
  CHECK(law->issuer == "Quốc hội");
  CHECK(law->title == "Luật Ban hành văn bản quy phạm pháp luật");
  CHECK_FALSE(recognise_act("các văn bản có liên quan").has_value());
}

TEST_CASE("a law cited by its name, as render writes it, reads back with the Quốc hội as issuer") {
  const auto law =
      recognise_act("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19/02/2025");
  REQUIRE(law);
  CHECK(law->kind == "Luật");
  CHECK(law->ref == "64/2025/QH15");
  REQUIRE(law->date);
  CHECK(*law->date == Date{2025, 2, 19});
  CHECK(law->issuer == "Quốc hội");
  CHECK(law->title == "Luật Ban hành văn bản quy phạm pháp luật");
  // "một số điều" is not the number: the number is the "số" followed by a reference.
  const auto amending = recognise_act(
      "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số "
      "87/2025/QH15 ngày 25/6/2025");
  REQUIRE(amending);
  CHECK(amending->ref == "87/2025/QH15");
  CHECK(amending->title ==
        "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật");
  const auto ordinance = recognise_act("Pháp lệnh Chi phí tố tụng số 02/2012/UBTVQH13");
  REQUIRE(ordinance);
  CHECK(ordinance->kind == "Pháp lệnh");
  CHECK(ordinance->issuer == "Ủy ban Thường vụ Quốc hội");
  CHECK_FALSE(ordinance->date);
}

TEST_CASE("the basis paragraph splits at semicolons and hands the enactment back") {
  const auto b = recognise_basis(
      "Thực hiện Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình "
      "thi hành pháp luật; Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về sửa đổi, "
      "bổ sung một số điều, Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch năm 2025, như sau:");
  REQUIRE(b);
  CHECK(b->lead == "Thực hiện");
  REQUIRE(b->acts.size() == 2);
  CHECK(b->acts[1].title == "về sửa đổi, bổ sung một số điều");
  CHECK(b->enactment == "Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch năm 2025, như sau:");
  CHECK_FALSE(recognise_basis("Thực hiện Kế hoạch số 148/KH-UBND ngày 15/01/2024").has_value());
}

TEST_CASE("the parent plan, and the enactment after its full stop") {
  const auto p = recognise_parent(
      "Thực hiện Kế hoạch số 148/KH-UBND ngày 15/01/2024 của UBND tỉnh Tây Ninh theo dõi tình "
      "hình thi hành pháp luật năm 2024. Chủ tịch UBND huyện ban hành kế hoạch như sau:");
  REQUIRE(p);
  CHECK(p->ref == "148/KH-UBND");
  CHECK(*p->date == Date{2024, 1, 15});
  CHECK(p->issuer == "UBND tỉnh Tây Ninh");
  CHECK(p->title == "theo dõi tình hình thi hành pháp luật năm 2024");
  CHECK(p->enactment == "Chủ tịch UBND huyện ban hành kế hoạch như sau:");
  const auto capital = recognise_parent(
      "Thực hiện Kế hoạch số 25/KH-UBND ngày 20/01/2026 của UBND tỉnh Tây Ninh Tổ chức thi hành "
      "pháp luật năm 2026");
  REQUIRE(capital);
  CHECK(capital->issuer == "UBND tỉnh Tây Ninh");
}

TEST_CASE("labelled lines name their field") {
  auto l = recognise_labelled_line("a) Cơ quan chủ trì: Sở Tư pháp.");
  REQUIRE(l);
  CHECK(l->field == LineField::lead);
  CHECK(l->value == "Sở Tư pháp.");
  l = recognise_labelled_line("- Nội dung hoạt động:");
  REQUIRE(l);
  CHECK(l->field == LineField::description);
  CHECK(l->value.empty());
  l = recognise_labelled_line("- Thời gian kiểm tra: Quý III Năm 2024.");
  REQUIRE(l);
  CHECK(l->field == LineField::due);
  l = recognise_labelled_line(
      "- Thời gian chốt số liệu báo cáo: Tính từ 01/12/2023 đến 20/11/2024.");
  REQUIRE(l);
  CHECK(l->field == LineField::report_period);
  l = recognise_labelled_line("b) Nội dung theo dõi tình hình thi hành pháp luật");
  REQUIRE(l);
  CHECK(l->field == LineField::focus_content);
  l = recognise_labelled_line(
      "Thời gian xây dựng và gửi kế hoạch về UBND huyện (qua Phòng Tư pháp) chậm nhất ngày "
      "26/01/2024.");
  REQUIRE(l);
  CHECK(l->field == LineField::due);
  CHECK(l->value ==
        "Thời gian xây dựng và gửi kế hoạch về UBND huyện (qua Phòng Tư pháp) chậm nhất ngày "
        "26/01/2024");
  CHECK_FALSE(recognise_labelled_line("a) Xây dựng, ban hành kế hoạch: năm nay").has_value());
}

TEST_CASE("when the work begins is no deadline; the completion deadline is told apart") {
  auto l = recognise_labelled_line("c) Thời gian bắt đầu: Tháng 3/2026.");
  REQUIRE(l);
  CHECK(l->field == LineField::start);
  CHECK(l->value == "Tháng 3/2026.");
  l = recognise_labelled_line("Ngày bắt đầu thực hiện: 01/4/2026");
  REQUIRE(l);
  CHECK(l->field == LineField::start);
  l = recognise_labelled_line("b) Thời hạn hoàn thành: Tháng 9/2026.");
  REQUIRE(l);
  CHECK(l->field == LineField::due);
  CHECK(l->completion);
  l = recognise_labelled_line("Thời gian kết thúc: 30/6/2026");
  REQUIRE(l);
  CHECK(l->field == LineField::due);
  CHECK(l->completion);
  l = recognise_labelled_line("c) Thời gian thực hiện: Quý III/2026.");
  REQUIRE(l);
  CHECK(l->field == LineField::due);
  CHECK_FALSE(l->completion);
}

TEST_CASE("a deadline and a receiver inside a duty's words") {
  const std::string duty =
      "c) Thực hiện báo cáo tình hình thi hành pháp luật, gửi Sở Tư pháp tổng hợp trước ngày "
      "03/12/2025.";
  CHECK(recognise_deadline_in_text(duty) == std::optional<std::string>("trước ngày 03/12/2025"));
  CHECK(recognise_receiver(duty) == std::optional<std::string>("Sở Tư pháp"));
  CHECK(recognise_deadline_in_text("báo cáo chậm nhất ngày 26/01/2024.") ==
        std::optional<std::string>("chậm nhất ngày 26/01/2024"));
  CHECK_FALSE(recognise_deadline_in_text("trước ngày 31/02/2025").has_value());
  CHECK(recognise_receiver("b) Báo cáo kết quả, gửi UBND thành phố Hà Nội đúng thời hạn.") ==
        std::optional<std::string>("UBND thành phố Hà Nội"));
  CHECK(recognise_receiver("- Tổng hợp kết quả năm 2024 báo cáo UBND tỉnh và Sở Tư pháp theo quy "
                           "định.") == std::optional<std::string>("UBND tỉnh và Sở Tư pháp"));
}

TEST_CASE("signature lines: authority, role, title, name") {
  CHECK(recognise_signature_line("TM. ỦY BAN NHÂN DÂN") == SignatureLine::authority);
  CHECK(recognise_signature_line("KT. CHỦ TỊCH") == SignatureLine::role);
  CHECK(recognise_signature_line("PHÓ CHỦ TỊCH") == SignatureLine::title);
  CHECK(recognise_signature_line("Tổng Thanh Hải") == SignatureLine::name);
  CHECK_FALSE(recognise_signature_line("- Lưu: VT, Th5.").has_value());
}

TEST_CASE("the issuer from the header's capitals or from a phrase") {
  auto i = recognise_issuer("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
  REQUIRE(i);
  CHECK(i->name == "UBND tỉnh Lai Châu");
  CHECK(i->level == Level::province);
  CHECK(i->locality == "Lai Châu");
  i = recognise_issuer("huyện Tân Biên");
  REQUIRE(i);
  CHECK(i->name == "UBND huyện Tân Biên");
  CHECK(i->level == Level::district);
  i = recognise_issuer("Ủy ban nhân dân xã Tân Phú ban hành");
  REQUIRE(i);
  CHECK(i->level == Level::commune);
  CHECK(i->locality == "Tân Phú");
  i = recognise_issuer("SỞ TƯ PHÁP");
  REQUIRE(i);
  CHECK(i->name == "Sở Tư pháp");
  CHECK(i->level == Level::department);
  CHECK_FALSE(recognise_issuer("CỘNG HÒA XÃ HỘI").has_value());
  // "Thành phố X" is a province only when X is a centrally run city of data/provinces.yaml.
  i = recognise_issuer("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
  REQUIRE(i);
  CHECK(i->level == Level::province);
  CHECK_FALSE(i->provincial_city);
  i = recognise_issuer("UBND THÀNH PHỐ HÀ NỘI BẢO HIỂM XÃ HỘI THÀNH PHỐ");
  REQUIRE(i);
  CHECK(i->level == Level::province);
  CHECK_FALSE(i->provincial_city);
  i = recognise_issuer("ỦY BAN NHÂN DÂN THÀNH PHỐ BẾN CÁT");
  REQUIRE(i);
  CHECK(i->name == "UBND thành phố Bến Cát");
  CHECK(i->level == Level::district);
  CHECK(i->provincial_city);
  i = recognise_issuer("UBND thành phố Thủ Đức");
  REQUIRE(i);
  CHECK(i->level == Level::district);
  CHECK(i->provincial_city);
}

TEST_CASE("kinds of activities and levels addressed") {
  CHECK(recognise_task_kind("Kiểm tra liên ngành") == TaskKind::inspection);
  CHECK(recognise_task_kind("Điều tra, khảo sát tình hình thi hành pháp luật") == TaskKind::survey);
  CHECK(recognise_task_kind("Xây dựng, ban hành kế hoạch") == TaskKind::plan);
  CHECK(recognise_task_kind("Lĩnh vực trọng tâm của tỉnh") == TaskKind::focus);
  CHECK(recognise_task_kind("Tập huấn nghiệp vụ") == TaskKind::training);
  CHECK(recognise_task_kind("Việc khác") == TaskKind::other);
  CHECK(recognise_task_kind("Cung cấp thông tin về thi hành pháp luật trong lĩnh vực trọng tâm") ==
        TaskKind::information);
  CHECK(recognise_levels("Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã") ==
        std::vector<Level>{Level::department, Level::district, Level::commune});
  CHECK(recognise_levels("Sở Tư pháp").empty());
}

TEST_CASE("ids are lower case, without diacritics, hyphenated") {
  CHECK(make_id("Kiểm tra liên ngành") == "kiem-tra-lien-nganh");
  CHECK(make_id("Đối tượng: Phòng Tư pháp (huyện)", 3) == "doi-tuong-phong");
  CHECK(make_id("!!!") == "muc");
}

// --- Readers ---------------------------------------------------------------------------------

TEST_CASE("UTF-16 with a BOM reads as UTF-8") {
  // "Số: 1" in UTF-16LE, with a CRLF and a second line "KẾ HOẠCH".
  std::string bytes = "\xFF\xFE";
  for (const char16_t c : std::u16string(u"Số: 1\r\nKẾ HOẠCH")) {
    bytes.push_back(static_cast<char>(c & 0xFF));
    bytes.push_back(static_cast<char>(c >> 8));
  }
  const ReadResult r = read_text_document(bytes);
  REQUIRE_FALSE(r.failure);
  REQUIRE(r.paragraphs.size() == 2);
  CHECK(r.paragraphs[0].text == "Số: 1");
  CHECK(r.paragraphs[1].text == "KẾ HOẠCH");
  CHECK(r.paragraphs[1].line == 2);
}

TEST_CASE("invalid UTF-8 is refused at its line and column") {
  const ReadResult r = read_text_document("KẾ HOẠCH\nab\xFF");
  REQUIRE(r.failure);
  CHECK(r.at == Position{2, 3});
  CHECK(r.failure->en == "the text is not valid UTF-8: save the file as UTF-8");
}

TEST_CASE("text wrapped at 80 columns is one paragraph again") {
  const ReadResult r = read_text_document(
      "a) Cơ quan thực hiện: Các cơ quan chuyên môn thuộc UBND tỉnh có trách nhiệm kiểm\n"
      "   tra tình hình thi hành pháp luật.\n"
      "\n"
      "Thời gian gửi báo cáo\n");
  REQUIRE_FALSE(r.failure);
  REQUIRE(r.paragraphs.size() == 3);
  CHECK(r.paragraphs[0].text ==
        "a) Cơ quan thực hiện: Các cơ quan chuyên môn thuộc UBND tỉnh có trách nhiệm kiểm tra "
        "tình hình thi hành pháp luật.");
  CHECK(r.paragraphs[2].line == 4);
}

TEST_CASE("Markdown headings, bold, escapes and run-in headings") {
  const ReadResult r = read_markdown_document(
      "## II. NỘI DUNG\n\n**1.2. Theo dõi lĩnh vực của huyện:** Tài chính.\n\na\\) Phạm vi\n"
      "| **ỦY BAN** | **CỘNG HÒA** |\n| :---: | :---: |\n| Số: 1 | *Hà Nội* |\n");
  REQUIRE_FALSE(r.failure);
  CHECK(r.paragraphs[0].text == "II. NỘI DUNG");
  CHECK(r.paragraphs[0].heading);
  CHECK(r.paragraphs[2].text == "1.2. Theo dõi lĩnh vực của huyện: Tài chính.");
  CHECK(r.paragraphs[2].run_in == "1.2. Theo dõi lĩnh vực của huyện:");
  CHECK(r.paragraphs[4].text == "a) Phạm vi");
  CHECK(r.paragraphs[5].text == "ỦY BAN");
  CHECK(r.paragraphs[5].table == 0);
  CHECK(r.paragraphs[8].text == "Hà Nội");
  CHECK(r.paragraphs[8].row == 1);
  CHECK(r.paragraphs[8].column == 1);
}

TEST_CASE("a .doc, a non-zip and a zip without word/document.xml are refused") {
  ReadResult r = read_docx_document(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  REQUIRE(r.failure);
  CHECK(r.failure->en ==
        "this is an old binary Word file (.doc): open it in Word or LibreOffice and save it as "
        ".docx");
  r = read_docx_document("hello");
  REQUIRE(r.failure);
  CHECK(r.failure->en == "cannot read the .docx: the file is not a zip package");
  // An empty zip archive (end of central directory only).
  r = read_docx_document(std::string("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22));
  REQUIRE(r.failure);
  CHECK(r.failure->en ==
        "cannot read the .docx: the package has no word/document.xml (not a Word document)");
}

// --- The importer ----------------------------------------------------------------------------

TEST_CASE("a small plan: every line placed, tasks and duties filled") {
  const auto input = paragraphs({
      "ỦY BAN NHÂN DÂN",
      "XÃ TÂN PHÚ",
      "Số: 12/KH-UBND",
      "Tân Phú, ngày 20 tháng 01 năm 2026",
      "KẾ HOẠCH",
      "Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã Tân Phú",
      "Căn cứ Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về tổ chức thi hành văn bản "
      "quy phạm pháp luật, Ủy ban nhân dân xã Tân Phú ban hành Kế hoạch như sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Theo dõi kịp thời.",
      "II. NỘI DUNG",
      "1. Kiểm tra liên ngành",
      "a) Cơ quan chủ trì: Văn phòng HĐND và UBND xã.",
      "b) Thời gian thực hiện: Quý III năm 2026.",
      "III. TRÁCH NHIỆM THỰC HIỆN",
      "1. Văn phòng HĐND và UBND xã",
      "a) Báo cáo kết quả, gửi UBND tỉnh trước ngày 10/11/2026.",
      "Trên đây là Kế hoạch của UBND xã./.",
      "Nơi nhận:",
      "- UBND tỉnh;",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Nguyễn Văn An",
      "một dòng lạ",
  });
  const ImportedPlan imported = import_plan(input, {});
  const Plan& p = imported.plan;
  CHECK(p.number.value == "12/KH-UBND");
  CHECK(p.status.value == Status::issued);
  CHECK(p.issuer.name.value == "Ủy ban nhân dân xã Tân Phú");
  CHECK(p.issuer.level.value == Level::commune);
  CHECK(p.year.value == 2026);
  REQUIRE(p.basis.size() == 1);
  CHECK(p.basis[0].ref.value == "80/2025/NĐ-CP");
  REQUIRE(p.tasks.size() == 1);
  CHECK(p.tasks[0].number.value == "II.1");
  CHECK(p.tasks[0].kind.value == TaskKind::inspection);
  CHECK(p.tasks[0].due.phrase.value == "Quý III năm 2026");
  REQUIRE(p.responsibilities.size() == 1);
  REQUIRE(p.responsibilities[0].duties.size() == 1);
  CHECK(p.responsibilities[0].duties[0].due.phrase.value == "trước ngày 10/11/2026");
  CHECK(p.responsibilities[0].duties[0].to.value == "UBND tỉnh");
  CHECK(p.recipients.size() == 2);
  REQUIRE(p.signature);
  CHECK(p.signature->name.value == "Nguyễn Văn An");
  REQUIRE(imported.unplaced.size() == 1);
  CHECK(imported.unplaced[0].line == 24);
  CHECK(imported.unplaced[0].text == "một dòng lạ");
  CHECK(imported.placed == 23);

  const std::string yaml = write_imported_plan(imported, {});
  CHECK(yaml.find("# không xếp được (dòng 24): một dòng lạ\n") != std::string::npos);
  CHECK(yaml.find("number: 12/KH-UBND  # dòng 3\n") != std::string::npos);
  const LoadResult loaded = load_plan(yaml, "imported.yaml");
  CHECK(loaded.ok());
  CHECK(loaded.plan.tasks.size() == 1);

  ImportWriteOptions quiet;
  quiet.source_comments = false;
  CHECK(write_imported_plan(imported, quiet).find("# dòng") == std::string::npos);
}

TEST_CASE("a body of the committee under its parent authority") {
  const auto imported =
      import_plan(paragraphs({"UBND THÀNH PHỐ HÀ NỘI", "THANH TRA THÀNH PHỐ", "KẾ HOẠCH"}), {});
  CHECK(imported.plan.issuer.parent_authority.value == "UBND thành phố Hà Nội");
  CHECK(imported.plan.issuer.name.value == "Thanh tra thành phố");
  CHECK(imported.plan.issuer.level.value == Level::department);
  CHECK(imported.plan.issuer.locality.value == "Hà Nội");
}

TEST_CASE("values that YAML would misread are quoted") {
  const auto input = paragraphs({"KẾ HOẠCH", "yes", "I. MỤC ĐÍCH", "- a: b #c"});
  const ImportedPlan imported = import_plan(input, {});
  const std::string yaml = write_imported_plan(imported, {});
  CHECK(yaml.find("title: \"yes\"") != std::string::npos);
  CHECK(yaml.find("\"- a: b #c\"") != std::string::npos);
  const LoadResult loaded = load_plan(yaml, "imported.yaml");
  REQUIRE(loaded.plan.purpose.size() == 1);
  CHECK(loaded.plan.purpose[0].value == "- a: b #c");
}

TEST_CASE("--year and --level override what the document says") {
  ImportOptions options;
  options.year = 2027;
  options.level = Level::department;
  const auto imported = import_plan(
      paragraphs({"KẾ HOẠCH", "Theo dõi năm 2026 trên địa bàn tỉnh Hà Giang"}), options);
  CHECK(imported.plan.year.value == 2027);
  CHECK(imported.plan.issuer.level.value == Level::department);
}

TEST_CASE("a table of tasks is read row by row") {
  std::vector<SourceParagraph> input = paragraphs({"II. CÁC HOẠT ĐỘNG"});
  const std::vector<std::vector<std::string>> rows{
      {"TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"},
      {"1", "Tập huấn nghiệp vụ", "Sở Tư pháp", "Quý II năm 2026"},
      {"2", "Kiểm tra liên ngành", "Sở Tư pháp; Sở Nội vụ", "Quý III năm 2026"},
  };
  int line = 1;
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      SourceParagraph p;
      p.text = rows[r][c];
      p.line = ++line;
      p.table = 0;
      p.row = static_cast<int>(r);
      p.column = static_cast<int>(c);
      input.push_back(p);
    }
  const auto imported = import_plan(input, {});
  const Plan& p = imported.plan;
  REQUIRE(p.tasks.size() == 2);
  CHECK(p.tasks[0].number.value == "II.1");
  CHECK(p.tasks[0].title.value == "Tập huấn nghiệp vụ");
  CHECK(p.tasks[0].kind.value == TaskKind::training);
  CHECK(p.tasks[1].lead.size() == 2);
  CHECK(p.tasks[1].due.phrase.value == "Quý III năm 2026");
  CHECK(imported.unplaced.empty());
}

TEST_CASE("a document's control characters are refused at their line and column") {
  // ESC in a Markdown line, NUL in a text line, U+FFFF, a C1 control: refused where they stand.
  const ReadResult md = read_markdown_document("KẾ HOẠCH\nTheo dõi \x1b[31mnăm 2026\n");
  REQUIRE(md.failure);
  CHECK(md.at.line == 2);
  CHECK(md.at.column == 10);
  CHECK(md.failure->vi ==
        "ký tự điều khiển U+001B không được có trong kế hoạch: xóa ký tự này (thường do dán từ "
        "Word hoặc PDF) rồi nhập lại");
  CHECK(md.failure->en ==
        "control character U+001B cannot be in a plan: delete it (it usually comes from pasting "
        "from Word or a PDF) and import again");
  CHECK(md.paragraphs.empty());
  const ReadResult nul = read_text_document(std::string_view("a\nb\nxy\0z\n", 9));
  REQUIRE(nul.failure);
  CHECK(nul.at.line == 3);
  CHECK(nul.at.column == 3);
  const ReadResult ffff = read_text_document("Kế hoạch \xef\xbf\xbf\n");
  REQUIRE(ffff.failure);
  CHECK(ffff.failure->en.rfind("control character U+FFFF ", 0) == 0);
  CHECK(ffff.at.column == 10);
  const ReadResult c1 = read_text_document(
      "\xc2\x9b"
      "x\n");
  REQUIRE(c1.failure);
  CHECK(c1.failure->en.rfind("control character U+009B ", 0) == 0);
  // Word's .txt export: a form feed (page break) and a vertical tab (manual line break) end a
  // line, and so does U+0085 (NEXT LINE); tabs are text.
  const ReadResult word =
      read_text_document("KẾ HOẠCH\fTheo dõi\vnăm 2026\tx\nKiểm tra:\xc2\x85liên ngành\n");
  CHECK_FALSE(word.failure);
  REQUIRE(word.paragraphs.size() == 5);
  CHECK(word.paragraphs[0].text == "KẾ HOẠCH");
  CHECK(word.paragraphs[1].text == "Theo dõi");
  CHECK(word.paragraphs[2].text == "năm 2026 x");
  CHECK(word.paragraphs[2].line == 3);
  CHECK(word.paragraphs[3].text == "Kiểm tra:");
  CHECK(word.paragraphs[3].line == 4);
  CHECK(word.paragraphs[4].text == "liên ngành");
  CHECK(word.paragraphs[4].line == 5);
}
