#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "kehoach/load.hpp"
#include "kehoach/render.hpp"
#include "kehoach/text.hpp"

using kehoach::Lang;
using kehoach::render_markdown;
using kehoach::render_text;

namespace {

// The gap left for a blank number or day: non-breaking spaces, so that Markdown keeps it.
std::string blank(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += "\u00a0";
  return out;
}

kehoach::Plan load(std::string_view text) {
  kehoach::LoadResult loaded = kehoach::load_plan(text, "plan.yaml");
  REQUIRE(loaded.ok());
  return loaded.plan;
}

kehoach::Plan load_example(const std::string& name) {
  const auto path = std::filesystem::path(KEHOACH_SOURCE_DIR) / "examples" / name / "plan.yaml";
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return load(text);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool has_line(const std::string& text, const std::string& line) {
  for (const std::string& l : lines_of(text))
    if (l == line) return true;
  return false;
}

// An issued commune plan without an outline: rendered in the standard layout.
const std::string small = R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer:
  name: UBND xã Tân Lập
  level: commune
  locality: Tân Lập
  parent_authority: UBND huyện Tân Biên
place: Tân Lập
issued: 2025-03-07
year: 2025
title: Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn xã
basis:
  - ref: 59/2012/NĐ-CP
    kind: Nghị định
    date: 2012-07-23
    issuer: Chính phủ
    title: về theo dõi tình hình thi hành pháp luật
enactment: "Ủy ban nhân dân xã ban hành Kế hoạch như sau:"
purpose: Đánh giá thực trạng thi hành pháp luật trên địa bàn xã.
requirements:
  - a) Bảo đảm thường xuyên, có trọng tâm, trọng điểm.
focus_areas:
  - id: dat-dai
    name: Đất đai
    scope: Luật Đất đai và các văn bản hướng dẫn
tasks:
  - id: kiem-tra
    title: Kiểm tra tình hình thi hành pháp luật
    kind: inspection
    lead: Công chức Tư pháp - Hộ tịch
    partners: [Công an xã, Văn phòng HĐND và UBND xã]
    output: Báo cáo kết quả kiểm tra
    due: Quý III năm 2025
  - id: khao-sat
    title: Khảo sát tình hình thi hành pháp luật
    kind: survey
    conditional: true
responsibilities:
  - agency: Công chức Tư pháp - Hộ tịch
    duties:
      - id: bao-cao
        text: Tổng hợp kết quả, báo cáo UBND huyện.
        kind: report
        due: chậm nhất ngày 20/11/2025
        to: Phòng Tư pháp
reporting:
  period: Tính từ 01/12/2024 đến 15/11/2025
  due: chậm nhất ngày 20/11/2025
  to: UBND huyện (qua Phòng Tư pháp)
budget: Kinh phí bảo đảm trong dự toán chi thường xuyên năm 2025.
closing: Trên đây là Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025 của xã./.
recipients:
  - UBND huyện;
  - "Lưu: VT."
signature:
  authority: TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Nguyễn Văn A
)";

// A draft with an outline that exercises every placement rule.
const std::string outlined = R"(format: kehoach/1
status: draft
number: /KH-UBND
issuer:
  name: UBND huyện Tân Biên
  level: district
place: Tân Biên
issued: 2024-01
year: 2024
title: Theo dõi tình hình thi hành pháp luật năm 2024
outline:
  - {number: I, title: "MỤC ĐÍCH, YÊU CẦU"}
  - {number: I.1, title: Mục đích, holds: purpose}
  - {number: II, title: NỘI DUNG, holds: tasks}
  - {number: II.1, title: "Lĩnh vực trọng tâm của huyện:"}
  - {number: II.2, title: Lĩnh vực đất đai}
  - {number: II.2.a, title: Phạm vi theo dõi}
  - {number: II.3, title: Kiểm tra}
  - {number: III, title: TRÁCH NHIỆM}
  - {number: III.1, title: Phòng Tư pháp}
  - {number: III.1, title: UBND các xã}
  - {number: IV, title: KINH PHÍ, holds: budget}
purpose: Đánh giá thực trạng.
requirements: Bảo đảm thường xuyên.
focus_areas:
  - {id: tai-chinh, number: II.1, name: Tài chính, scope: Luật Ngân sách nhà nước}
  - {id: dat-dai, number: II.2, name: Lĩnh vực đất đai, scope: Luật Đất đai, subjects: UBND các xã}
tasks:
  - {id: kiem-tra, number: II.3, title: Kiểm tra, kind: inspection, lead: Phòng Tư pháp,
     due: Quý III năm 2024}
  - {id: tap-huan, title: Tập huấn, kind: training, description: ["+ Tập huấn nghiệp vụ."],
     lead: Phòng Tư pháp, due: Quý II năm 2024}
responsibilities:
  - agency: Phòng Tư pháp
    number: III.1
    duties: [{id: a, text: "- Tham mưu thực hiện kế hoạch."}]
  - agency: UBND các xã
    number: III.1
    duties:
      - {id: b, text: "- Ban hành kế hoạch.", due: Thời gian gửi kế hoạch chậm nhất ngày 26/01/2024}
  - agency: Tòa án nhân dân huyện
    number: III.2
    intro: Đề nghị Tòa án nhân dân huyện phối hợp thực hiện.
budget: [1. Kinh phí bảo đảm.]
)";

}  // namespace

TEST_CASE("document dates pad days below 10 and the months January and February only") {
  CHECK(kehoach::document_date({2020, 3, 5}) == "05/3/2020");
  CHECK(kehoach::document_date({2024, 1, 15}) == "15/01/2024");
  CHECK(kehoach::document_date({2012, 7, 23}) == "23/7/2012");
  CHECK(kehoach::document_date({2025, 2, 1}) == "01/02/2025");
  CHECK(kehoach::document_date({2025, 12, 3}) == "03/12/2025");
}

TEST_CASE("a plan without an outline renders as Markdown in the standard layout") {
  const std::string expected =
      R"(| ỦY BAN NHÂN DÂN HUYỆN TÂN BIÊN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
| :---: | :---: |
| **ỦY BAN NHÂN DÂN XÃ TÂN LẬP** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 05/KH-UBND | *Tân Lập, ngày 07 tháng 3 năm 2025* |

# KẾ HOẠCH

**Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn xã**

Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

## I. MỤC ĐÍCH, YÊU CẦU

### 1. Mục đích

Đánh giá thực trạng thi hành pháp luật trên địa bàn xã.

### 2. Yêu cầu

a\) Bảo đảm thường xuyên, có trọng tâm, trọng điểm.

## II. NỘI DUNG

### 1. Lĩnh vực theo dõi

#### 1.1. Đất đai

a\) Phạm vi theo dõi: Luật Đất đai và các văn bản hướng dẫn.

### 2. Các hoạt động theo dõi tình hình thi hành pháp luật

#### 2.1. Kiểm tra tình hình thi hành pháp luật

a\) Cơ quan chủ trì: Công chức Tư pháp - Hộ tịch.

b\) Cơ quan phối hợp: Công an xã; Văn phòng HĐND và UBND xã.

c\) Sản phẩm đầu ra: Báo cáo kết quả kiểm tra.

d\) Thời gian thực hiện: Quý III năm 2025.

#### 2.2. Khảo sát tình hình thi hành pháp luật (nếu có)

## III. TRÁCH NHIỆM THỰC HIỆN

### 1. Công chức Tư pháp - Hộ tịch

Tổng hợp kết quả, báo cáo UBND huyện.

Thời hạn: chậm nhất ngày 20/11/2025.

Gửi về: Phòng Tư pháp.

## IV. CHẾ ĐỘ BÁO CÁO

\- Thời gian chốt số liệu báo cáo: Tính từ 01/12/2024 đến 15/11/2025.

\- Thời gian gửi báo cáo: chậm nhất ngày 20/11/2025.

\- Nơi nhận báo cáo: UBND huyện (qua Phòng Tư pháp).

## V. KINH PHÍ

Kinh phí bảo đảm trong dự toán chi thường xuyên năm 2025.

Trên đây là Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025 của xã./.

| ***Nơi nhận:*** | **TM. ỦY BAN NHÂN DÂN** |
| :--- | :---: |
| - UBND huyện; | **CHỦ TỊCH** |
| - Lưu: VT. | |
| | |
| | |
| | **Nguyễn Văn A** |
)";
  CHECK(render_markdown(load(small), Lang::vi) == expected);
}

TEST_CASE("the same plan as text, 80 columns") {
  const std::string expected =
      R"(   ỦY BAN NHÂN DÂN HUYỆN TÂN BIÊN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     ỦY BAN NHÂN DÂN XÃ TÂN LẬP             Độc lập - Tự do - Hạnh phúc

           Số: 05/KH-UBND                Tân Lập, ngày 07 tháng 3 năm 2025

                                    KẾ HOẠCH
         Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn xã

Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình
hình thi hành pháp luật, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Đánh giá thực trạng thi hành pháp luật trên địa bàn xã.

2. Yêu cầu

a) Bảo đảm thường xuyên, có trọng tâm, trọng điểm.

II. NỘI DUNG

1. Lĩnh vực theo dõi

1.1. Đất đai

a) Phạm vi theo dõi: Luật Đất đai và các văn bản hướng dẫn.

2. Các hoạt động theo dõi tình hình thi hành pháp luật

2.1. Kiểm tra tình hình thi hành pháp luật

a) Cơ quan chủ trì: Công chức Tư pháp - Hộ tịch.

b) Cơ quan phối hợp: Công an xã; Văn phòng HĐND và UBND xã.

c) Sản phẩm đầu ra: Báo cáo kết quả kiểm tra.

d) Thời gian thực hiện: Quý III năm 2025.

2.2. Khảo sát tình hình thi hành pháp luật (nếu có)

III. TRÁCH NHIỆM THỰC HIỆN

1. Công chức Tư pháp - Hộ tịch

Tổng hợp kết quả, báo cáo UBND huyện.

Thời hạn: chậm nhất ngày 20/11/2025.

Gửi về: Phòng Tư pháp.

IV. CHẾ ĐỘ BÁO CÁO

- Thời gian chốt số liệu báo cáo: Tính từ 01/12/2024 đến 15/11/2025.

- Thời gian gửi báo cáo: chậm nhất ngày 20/11/2025.

- Nơi nhận báo cáo: UBND huyện (qua Phòng Tư pháp).

V. KINH PHÍ

Kinh phí bảo đảm trong dự toán chi thường xuyên năm 2025.

Trên đây là Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025 của xã./.

Nơi nhận:                                         TM. ỦY BAN NHÂN DÂN
- UBND huyện;                                           CHỦ TỊCH
- Lưu: VT.


                                                      Nguyễn Văn A
)";
  CHECK(render_text(load(small), Lang::vi) == expected);
}

TEST_CASE("English renders the labels in English and the plan's text as written") {
  const std::string md = render_markdown(load(small), Lang::en);
  CHECK(
      has_line(md, "| **ỦY BAN NHÂN DÂN XÃ TÂN LẬP** | **Independence - Freedom - Happiness** |"));
  CHECK(has_line(md, "| No.: 05/KH-UBND | *Tân Lập, 07/3/2025* |"));
  CHECK(has_line(md, "# PLAN"));
  CHECK(has_line(md, "## I. PURPOSE AND REQUIREMENTS"));
  CHECK(has_line(md, "### 1. Focus areas"));
  CHECK(has_line(md, "a\\) Lead: Công chức Tư pháp - Hộ tịch."));
  CHECK(has_line(md, "b\\) Partners: Công an xã; Văn phòng HĐND và UBND xã."));
  CHECK(has_line(md, "c\\) Output: Báo cáo kết quả kiểm tra."));
  CHECK(has_line(md, "d\\) Time frame: Quý III năm 2025."));
  CHECK(has_line(md, "#### 2.2. Khảo sát tình hình thi hành pháp luật (if any)"));
  CHECK(has_line(md, "Deadline: chậm nhất ngày 20/11/2025."));
  CHECK(has_line(md, "\\- Report due: chậm nhất ngày 20/11/2025."));
  CHECK(has_line(md, "| ***Recipients:*** | **TM. ỦY BAN NHÂN DÂN** |"));
  CHECK(md.find("Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23/7/2012") != std::string::npos);
}

TEST_CASE("a draft shows a blank number and a blank day") {
  const kehoach::Plan plan = load(outlined);
  const std::string md = render_markdown(plan, Lang::vi);
  CHECK(has_line(md, "| Số: " + blank(5) + "/KH-UBND | *Tân Biên, ngày " + blank(4) +
                         " tháng 01 năm 2024* |"));
  const std::string text = render_text(plan, Lang::vi);
  CHECK(text.find("Số:      /KH-UBND") != std::string::npos);
  CHECK(text.find("Tân Biên, ngày      tháng 01 năm 2024") != std::string::npos);
  const std::string en = render_text(plan, Lang::en);
  CHECK(en.find("No.:      /KH-UBND") != std::string::npos);
  CHECK(en.find("Tân Biên,     /01/2024") != std::string::npos);
}

TEST_CASE("a draft without number or date leaves both blank, the year too") {
  kehoach::Plan plan = load(outlined);
  plan.number = {};
  plan.issued = {};
  plan.place = {};
  const std::string md = render_markdown(plan, Lang::vi);
  CHECK(has_line(md, "| Số: " + blank(6) + " | *" + blank(8) + ", ngày " + blank(4) + " tháng " +
                         blank(4) + " năm " + blank(4) + "* |"));
}

TEST_CASE("the outline's numbering is kept, items placed under their headings") {
  const std::string expected = R"(## I. MỤC ĐÍCH, YÊU CẦU

### 1. Mục đích

Đánh giá thực trạng.

## II. NỘI DUNG

**1. Lĩnh vực trọng tâm của huyện:** Tài chính.

a\) Phạm vi theo dõi: Luật Ngân sách nhà nước.

### 2. Lĩnh vực đất đai

\- Đối tượng theo dõi: UBND các xã.

#### a) Phạm vi theo dõi

Luật Đất đai

### 3. Kiểm tra

a\) Cơ quan thực hiện: Phòng Tư pháp.

b\) Thời gian thực hiện: Quý III năm 2024.

### 4. Tập huấn

a\) Nội dung hoạt động:

\+ Tập huấn nghiệp vụ.

b\) Cơ quan thực hiện: Phòng Tư pháp.

c\) Thời gian thực hiện: Quý II năm 2024.

## III. TRÁCH NHIỆM

### 1. Phòng Tư pháp

\- Tham mưu thực hiện kế hoạch.

### 1. UBND các xã

\- Ban hành kế hoạch.

\- Thời gian gửi kế hoạch chậm nhất ngày 26/01/2024.

2\. Đề nghị Tòa án nhân dân huyện phối hợp thực hiện.

## IV. KINH PHÍ

1\. Kinh phí bảo đảm.

## V. MỤC ĐÍCH, YÊU CẦU

### 1. Yêu cầu

Bảo đảm thường xuyên.
)";
  const std::string md = render_markdown(load(outlined), Lang::vi);
  const auto body = md.find("## I.");
  REQUIRE(body != std::string::npos);
  CHECK(md.substr(body) == expected);
}

TEST_CASE("text wraps at the width counting characters, not bytes, and hangs list items") {
  const kehoach::Plan plan = load_example("tan-bien-2024");
  for (const std::size_t width : {80U, 60U, 40U}) {
    bool longer_in_bytes = false;
    for (const std::string& line : lines_of(render_text(plan, Lang::vi, width))) {
      CHECK(kehoach::display_width(line) <= width);
      if (line.size() > width) longer_in_bytes = true;
    }
    CHECK(longer_in_bytes);  // Vietnamese: a full line is longer in bytes than in characters
  }
  const std::string text = render_text(plan, Lang::vi, 80);
  CHECK(has_line(
      text, "a) Bảo đảm công tác theo dõi tình hình thi hành pháp luật được thực hiện thường"));
  CHECK(has_line(text,
                 "   xuyên, toàn diện, có trọng tâm, trọng điểm, gắn với chức năng, nhiệm vụ của"));
  CHECK(has_line(
      text, "- Thời gian xây dựng và gửi kế hoạch về UBND huyện (qua Phòng Tư pháp) chậm nhất"));
  CHECK(has_line(text, "  ngày 26/01/2024."));
}

TEST_CASE("Markdown escapes what it would read as markup and keeps printed labels") {
  kehoach::Plan plan = load(small);
  plan.purpose[0].value = "- Đánh giá *thực trạng* [1] <b> a|b &amp; XLVPHC&TDTHPL";
  plan.budget[0].value = "2. Kinh phí";
  plan.recipients[0].value = "UBND huyện | xã;";
  const std::string md = render_markdown(plan, Lang::vi);
  CHECK(has_line(md, "\\- Đánh giá \\*thực trạng\\* \\[1\\] \\<b> a|b \\&amp; XLVPHC&TDTHPL"));
  CHECK(has_line(md, "2\\. Kinh phí"));
  CHECK(has_line(md, "| - UBND huyện \\| xã; | **CHỦ TỊCH** |"));
}

TEST_CASE("the header spells out UBND and puts the parent authority above the issuer") {
  kehoach::Plan plan = load(small);
  plan.issuer.parent_authority = {};
  plan.issuer.name.value = "Sở Tư pháp";
  CHECK(has_line(render_markdown(plan, Lang::vi),
                 "| **SỞ TƯ PHÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |"));
  plan.issuer.parent_authority.value = "UBND tỉnh Lai Châu";
  const std::string md = render_markdown(plan, Lang::vi);
  CHECK(has_line(md, "| ỦY BAN NHÂN DÂN TỈNH LAI CHÂU | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |"));
  CHECK(has_line(md, "| **SỞ TƯ PHÁP** | **Độc lập - Tự do - Hạnh phúc** |"));
}

TEST_CASE("the Lai Châu seed renders with its own numbering and its draft blanks") {
  const std::string md = render_markdown(load_example("lai-chau-2025"), Lang::vi);
  CHECK(has_line(md, "| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |"));
  CHECK(has_line(md, "| **TỈNH LAI CHÂU** | **Độc lập - Tự do - Hạnh phúc** |"));
  CHECK(has_line(md, "| Số: " + blank(5) + "/KH-UBND | *Lai Châu, ngày " + blank(4) +
                         " tháng 01 năm 2025* |"));
  CHECK(has_line(md, "#### 3.1. Lĩnh vực trọng tâm của tỉnh"));
  CHECK(has_line(md, "b\\) Thời gian thực hiện: Quý III, quý IV năm 2025."));
  CHECK(has_line(md,
                 "### 3. Đề nghị Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh, Ủy ban Mặt "
                 "trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên, Hội Luật gia, Đoàn "
                 "Luật sư tỉnh, Hội doanh nghiệp tỉnh, các cơ quan thông tin đại chúng"));
  CHECK(has_line(md, "| - văn phòng UBND tỉnh: V, Th1; | **Tổng Thanh Hải** |"));
  CHECK(has_line(md, "| - Lưu: VT, Th5. | |"));
}

TEST_CASE("a law is cited by its name and a parent title runs on in lower case after về") {
  std::string text = small;
  const std::string basis = R"(  - ref: 59/2012/NĐ-CP
    kind: Nghị định
    date: 2012-07-23
    issuer: Chính phủ
    title: về theo dõi tình hình thi hành pháp luật
)";
  const auto at = text.find(basis);
  REQUIRE(at != std::string::npos);
  text.replace(at, basis.size(), R"(  - ref: 64/2025/QH15
    kind: Luật
    date: 2025-02-19
    issuer: Quốc hội
    title: Ban hành văn bản quy phạm pháp luật
  - ref: 80/2025/NĐ-CP
    kind: Nghị định
    date: 2025-04-01
    issuer: Chính phủ
    title: về tổ chức thi hành văn bản quy phạm pháp luật
parent:
  ref: 25/KH-UBND
  date: 2026-01-20
  issuer: UBND tỉnh Tây Ninh
  title: Tổ chức thi hành pháp luật năm 2026 trên địa bàn tỉnh Tây Ninh
)");
  const std::string md = render_markdown(load(text), Lang::vi);
  CHECK(md.find("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày "
                "19/02/2025; Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về tổ chức "
                "thi hành văn bản quy phạm pháp luật.") != std::string::npos);
  CHECK(md.find("Thực hiện Kế hoạch số 25/KH-UBND ngày 20/01/2026 của UBND tỉnh Tây Ninh về tổ "
                "chức thi hành pháp luật năm 2026 trên địa bàn tỉnh Tây Ninh") !=
        std::string::npos);
}
