// Agency texts as the plans write them (every lead, partners, agency, subjects and to of the
// examples, and the forms of the two source documents in tests/render/sources/), with how they
// are read.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kehoach/agency.hpp"
#include "kehoach/text.hpp"

using namespace kehoach;

namespace {

std::string describe(const Agency& a) {
  std::string out = a.name + " (";
  out += a.level ? std::string(level_key(*a.level)) : std::string("?");
  if (a.group) {
    out += ", group of";
    for (const Level l : a.covers) {
      out += " ";
      out += level_key(l);
    }
  }
  return out + ")";
}

std::string describe(const AgencyReading& r) {
  std::string out = "lead:";
  for (const auto& a : r.lead) out += " " + describe(a) + ";";
  if (!r.support.empty()) {
    out += " support:";
    for (const auto& a : r.support) out += " " + describe(a) + ";";
  }
  return out;
}

struct Row {
  const char* text;
  const char* reading;
};

// clang-format off
const std::vector<Row> rows{
    {"Các công chức chuyên môn có liên quan; Trưởng các bản",
     "lead: Các công chức chuyên môn (commune, group of commune); Trưởng các bản (commune, group of commune);"},
    {"Hộ gia đình, cá nhân sử dụng đất; các tổ chức sử dụng đất trên địa bàn xã",
     "lead: Hộ gia đình, cá nhân sử dụng đất (?); Các tổ chức sử dụng đất (other, group of other);"},
    {"Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường",
     "lead: Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường (commune);"},
    {"Công chức Tư pháp - Hộ tịch",
     "lead: Công chức Tư pháp - Hộ tịch (commune);"},
    {"Trưởng các bản",
     "lead: Trưởng các bản (commune, group of commune);"},
    {"UBND huyện (qua Phòng Tư pháp)",
     "lead: UBND huyện (district); support: Phòng Tư pháp (department);"},
    {"Công chức Tài chính - Kế toán",
     "lead: Công chức Tài chính - Kế toán (commune);"},
    {"UBND xã Bình Lư (công chức Tư pháp - Hộ tịch tổng hợp, tham mưu)",
     "lead: UBND xã Bình Lư (commune); support: Công chức Tư pháp - Hộ tịch (commune);"},
    {"Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn có liên quan",
     "lead: Các cơ quan chuyên môn thuộc UBND huyện (department, group of department); UBND các xã, thị trấn (commune, group of commune);"},
    {"Phòng Tài nguyên và Môi trường; UBND các xã, thị trấn trên địa bàn huyện",
     "lead: Phòng Tài nguyên và Môi trường (department); UBND các xã, thị trấn (commune, group of commune);"},
    {"Phòng Tài nguyên và Môi trường",
     "lead: Phòng Tài nguyên và Môi trường (department);"},
    {"Các cơ quan chuyên môn thuộc UBND huyện",
     "lead: Các cơ quan chuyên môn thuộc UBND huyện (department, group of department);"},
    {"UBND các xã, thị trấn",
     "lead: UBND các xã, thị trấn (commune, group of commune);"},
    {"Phòng Tư pháp",
     "lead: Phòng Tư pháp (department);"},
    {"Phòng Tư pháp làm đầu mối tổng hợp",
     "lead: Phòng Tư pháp (department);"},
    {"Phòng Tư pháp chủ trì, phối hợp với Phòng Tài nguyên và Môi trường tham mưu Chủ tịch UBND huyện thành lập Đoàn kiểm tra",
     "lead: Phòng Tư pháp (department); support: Phòng Tài nguyên và Môi trường (department);"},
    {"UBND các xã, thị trấn được kiểm tra",
     "lead: UBND các xã, thị trấn (commune, group of commune);"},
    {"UBND tỉnh (qua Sở Tư pháp)",
     "lead: UBND tỉnh (province); support: Sở Tư pháp (department);"},
    {"Phòng Tài chính - Kế hoạch",
     "lead: Phòng Tài chính - Kế hoạch (department);"},
    {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Viện kiểm sát nhân dân huyện, Tòa án nhân dân huyện",
     "lead: Ủy ban Mặt trận Tổ quốc Việt Nam huyện (other); Viện kiểm sát nhân dân huyện (other); Tòa án nhân dân huyện (other);"},
    {"UBND huyện Tam Đường (Phòng Tư pháp tổng hợp, tham mưu)",
     "lead: UBND huyện Tam Đường (district); support: Phòng Tư pháp (department);"},
    {"Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã",
     "lead: Các Sở, ban, ngành tỉnh (department, group of department); UBND cấp huyện, cấp xã (?, group of district commune);"},
    {"Các cơ quan chuyên môn thuộc UBND tỉnh",
     "lead: Các cơ quan chuyên môn thuộc UBND tỉnh (department, group of department);"},
    {"UBND các huyện, thành phố",
     "lead: UBND các huyện, thành phố (district, group of district);"},
    {"Sở Tư pháp",
     "lead: Sở Tư pháp (department);"},
    {"Các Sở, ban, ngành tỉnh",
     "lead: Các Sở, ban, ngành tỉnh (department, group of department);"},
    {"Sở Tư pháp làm đầu mối tổng hợp tình hình tiếp nhận và xử lý thông tin về tình hình thi hành pháp luật do các Sở, ban, ngành tỉnh và UBND cấp huyện đã tiến hành thu thập, xử lý gửi đến Sở Tư pháp để tổng hợp báo cáo UBND tỉnh",
     "lead: Sở Tư pháp (department);"},
    {"Các cơ quan chuyên môn thuộc UBND tỉnh có trách nhiệm kiểm tra tình hình thi hành pháp luật thuộc phạm vi, trách nhiệm theo dõi tình hình thi hành pháp luật nhằm kịp thời phát hiện khó khăn, vướng mắc, bất cập trong việc thi hành pháp luật",
     "lead: Các cơ quan chuyên môn thuộc UBND tỉnh (department, group of department);"},
    {"Sở Tư pháp căn cứ vào lĩnh vực trọng tâm của tỉnh và điều kiện thực tiễn tình hình thi hành pháp luật thuộc phạm vi quản lý liên ngành đang có nhiều khó khăn, vướng mắc, bất cập hoặc đối với vụ việc phức tạp tham mưu Chủ tịch UBND tỉnh thành lập Đoàn kiểm tra liên ngành do lãnh đạo Sở Tư pháp làm trưởng đoàn và thành viên là công chức các Sở, ban, ngành có liên quan để tiến hành kiểm tra theo chuyên đề, theo ngành, lĩnh vực và theo địa bàn",
     "lead: Sở Tư pháp (department);"},
    {"UBND các huyện, thành phố và các tổ chức, cá nhân có liên quan",
     "lead: UBND các huyện, thành phố (district, group of district); Các tổ chức, cá nhân (other, group of other);"},
    {"Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên, Hội Luật gia, Đoàn Luật sư tỉnh, Hội doanh nghiệp tỉnh, các cơ quan thông tin đại chúng",
     "lead: Tòa án nhân dân tỉnh (other); Viện kiểm sát nhân dân tỉnh (other); Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (other); Các tổ chức thành viên (other, group of other); Hội Luật gia (other); Đoàn Luật sư tỉnh (other); Hội doanh nghiệp tỉnh (other); Các cơ quan thông tin đại chúng (other, group of other);"},
    {"Phòng Tài chính- Kế hoạch và UBND các xã, thị trấn trên địa bàn huyện",
     "lead: Phòng Tài chính - Kế hoạch (department); UBND các xã, thị trấn (commune, group of commune);"},
    {"Các cơ quan, đơn vị và UBND các xã, thị trấn trên địa bàn huyện",
     "lead: Các cơ quan, đơn vị (department, group of department); UBND các xã, thị trấn (commune, group of commune);"},
    {"Thanh tra huyện",
     "lead: Thanh tra huyện (department);"},
    {"Phòng Tư pháp, các cơ quan, đơn vị và UBND các xã, thị trấn có liên quan",
     "lead: Phòng Tư pháp (department); Các cơ quan, đơn vị (department, group of department); UBND các xã, thị trấn (commune, group of commune);"},
    {"Phòng Tư pháp chủ trì phối hợp với cơ quan, đơn vị; UBND các xã, thị trấn có liên quan tham mưu Chủ tịch UBND huyện thực hiện theo quy định",
     "lead: Phòng Tư pháp (department); support: Cơ quan, đơn vị (department, group of department); UBND các xã, thị trấn (commune, group of commune);"},
    {"Phòng Tư pháp chủ trì phối hợp với cơ quan, đơn vị, địa phương có liên quan tham mưu Chủ tịch UBND huyện thực hiện theo quy định",
     "lead: Phòng Tư pháp (department); support: Cơ quan, đơn vị, địa phương (department, group of department);"},
    {"UBND tỉnh và Sở Tư pháp",
     "lead: UBND tỉnh (province); Sở Tư pháp (department);"},
    {"UBND huyện",
     "lead: UBND huyện (district);"},
    {"Các cơ quan, đơn vị huyện",
     "lead: Các cơ quan, đơn vị huyện (department, group of department);"},
    {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Viện kiểm sát nhân dân huyện, Tòa án nhân dân huyện, Chi cục thi hành án dân sự huyện và các tổ chức khác có liên quan",
     "lead: Ủy ban Mặt trận Tổ quốc Việt Nam huyện (other); Viện kiểm sát nhân dân huyện (other); Tòa án nhân dân huyện (other); Chi cục thi hành án dân sự huyện (other); Các tổ chức khác (other, group of other);"},
    {"Các cơ quan, đơn vị huyện, UBND các xã, thị trấn",
     "lead: Các cơ quan, đơn vị huyện (department, group of department); UBND các xã, thị trấn (commune, group of commune);"},
    {"UBND các huyện, thị xã, thành phố",
     "lead: UBND các huyện, thị xã, thành phố (district, group of district);"},
    {"Văn phòng HĐND và UBND xã; các phòng chuyên môn có liên quan",
     "lead: Văn phòng HĐND và UBND xã (department); Các phòng chuyên môn (department, group of department);"},
    {"Phòng Kinh tế; Trung tâm Phục vụ hành chính công xã",
     "lead: Phòng Kinh tế (department); Trung tâm Phục vụ hành chính công xã (other);"},
    {"Phòng Kinh tế",
     "lead: Phòng Kinh tế (department);"},
    {"Văn phòng HĐND và UBND xã; Phòng Kinh tế; Phòng Văn hóa - Xã hội",
     "lead: Văn phòng HĐND và UBND xã (department); Phòng Kinh tế (department); Phòng Văn hóa - Xã hội (department);"},
    {"Văn phòng HĐND và UBND xã",
     "lead: Văn phòng HĐND và UBND xã (department);"},
    {"Phòng Văn hóa - Xã hội",
     "lead: Phòng Văn hóa - Xã hội (department);"},
    {"Trưởng các ấp, khu phố",
     "lead: Trưởng các ấp, khu phố (commune, group of commune);"},
    {"Ủy ban Mặt trận Tổ quốc Việt Nam xã",
     "lead: Ủy ban Mặt trận Tổ quốc Việt Nam xã (other);"},
    {"UBND xã Tân Biên (Văn phòng HĐND và UBND xã tổng hợp, tham mưu)",
     "lead: UBND xã Tân Biên (commune); support: Văn phòng HĐND và UBND xã (department);"},
    {"Các sở, ban, ngành tỉnh; UBND các xã, phường có liên quan",
     "lead: Các sở, ban, ngành tỉnh (department, group of department); UBND các xã, phường (commune, group of commune);"},
    {"Sở Nông nghiệp và Môi trường; UBND các xã, phường",
     "lead: Sở Nông nghiệp và Môi trường (department); UBND các xã, phường (commune, group of commune);"},
    {"Sở Nông nghiệp và Môi trường",
     "lead: Sở Nông nghiệp và Môi trường (department);"},
    {"Các sở, ban, ngành tỉnh; UBND các xã, phường",
     "lead: Các sở, ban, ngành tỉnh (department, group of department); UBND các xã, phường (commune, group of commune);"},
    {"Sở Nội vụ",
     "lead: Sở Nội vụ (department);"},
    {"Các sở, ban, ngành tỉnh",
     "lead: Các sở, ban, ngành tỉnh (department, group of department);"},
    {"UBND các xã, phường",
     "lead: UBND các xã, phường (commune, group of commune);"},
    {"Sở Tư pháp làm đầu mối tổng hợp",
     "lead: Sở Tư pháp (department);"},
    {"Sở Tư pháp tham mưu Chủ tịch UBND tỉnh thành lập Đoàn kiểm tra liên ngành",
     "lead: Sở Tư pháp (department);"},
    {"Bộ Tư pháp",
     "lead: Bộ Tư pháp (ministry);"},
    {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh",
     "lead: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (other); Tòa án nhân dân tỉnh (other); Viện kiểm sát nhân dân tỉnh (other);"},
    {"UBND tỉnh Tây Ninh (Sở Tư pháp tổng hợp, tham mưu)",
     "lead: UBND tỉnh Tây Ninh (province); support: Sở Tư pháp (department);"},
    {"Các cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố.",
     "lead: Các cơ quan chuyên môn thuộc UBND tỉnh (department, group of department); UBND các huyện, thành phố (district, group of district);"},
    {"Các Sở, ban, ngành tỉnh; UBND các huyện, thành phố.",
     "lead: Các Sở, ban, ngành tỉnh (department, group of department); UBND các huyện, thành phố (district, group of district);"},
    {"Các Sở, ban, ngành tỉnh; UBND các huyện, thành phố và các tổ chức, cá nhân có liên quan",
     "lead: Các Sở, ban, ngành tỉnh (department, group of department); UBND các huyện, thành phố (district, group of district); Các tổ chức, cá nhân (other, group of other);"},
    {"Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thanh huyện",
     "lead: Phòng Văn hóa và Thông tin (department); Trung tâm Văn hóa, Thể thao và Truyền thanh huyện (other);"},
    {"Văn phòng HĐND và UBND huyện",
     "lead: Văn phòng HĐND và UBND huyện (department);"},
    {"Phòng Tài chính- Kế hoạch có trách nhiệm chủ trì, phối hợp với Phòng Tư pháp và các cơ quan, đơn vị có liên quan lập dự toán kinh phí cho từng hoạt động",
     "lead: Phòng Tài chính - Kế hoạch (department); support: Phòng Tư pháp (department); Các cơ quan, đơn vị (department, group of department);"},
};
// clang-format on

}  // namespace

TEST_CASE("agency texts of the examples and the source documents read into agencies") {
  CHECK(rows.size() >= 40);
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(describe(read_agencies(row.text)) == row.reading);
  }
}

TEST_CASE("tiers listed without \"các\" after UBND name a group, one tier and a name a body") {
  CHECK(describe(read_agencies("UBND xã, phường")) ==
        "lead: UBND xã, phường (commune, group of commune);");
  CHECK(describe(read_agencies("UBND xã, phường, thị trấn")) ==
        "lead: UBND xã, phường, thị trấn (commune, group of commune);");
  CHECK(describe(read_agencies("UBND huyện và xã")) ==
        "lead: UBND huyện và xã (?, group of district commune);");
  // One tier, or tiers with a name: one body.
  CHECK(describe(read_agencies("UBND xã")) == "lead: UBND xã (commune);");
  CHECK(describe(read_agencies("UBND xã Xuân Phường")) == "lead: UBND xã Xuân Phường (commune);");
  CHECK(describe(read_agencies("UBND Phường 1")) == "lead: UBND Phường 1 (commune);");
}

TEST_CASE("abbreviations, full forms, NFD and capitals read as one agency") {
  const std::string nfc = "Ủy ban nhân dân xã Tân Lập";
  const std::string nfd =
      "U\xCC\x89y ban nha\xCC\x82n da\xCC\x82n xa\xCC\x83 Ta\xCC\x82n La\xCC\xA3\xCC\x82p";
  CHECK(read_agencies(nfc).lead.at(0).key == read_agencies("UBND xã Tân Lập").lead.at(0).key);
  CHECK(read_agencies(nfd).lead.at(0).name == "UBND xã Tân Lập");
  CHECK(read_agencies("UỶ BAN NHÂN DÂN XÃ TÂN LẬP").lead.at(0).key == "ubnd xa tan lap");
  CHECK(read_agencies("VP HĐND và UBND xã").lead.at(0).name == "Văn phòng HĐND và UBND xã");
  CHECK(read_agencies("Phòng TP").lead.at(0).name == "Phòng Tư pháp");
  CHECK(read_agencies("UBND TP Tây Ninh").lead.at(0).name == "UBND thành phố Tây Ninh");
  CHECK(read_agencies("Hội đồng nhân dân huyện").lead.at(0).name == "HĐND huyện");
}

TEST_CASE("a Phòng is the commune's in a commune's plan and the district's otherwise") {
  CHECK(read_agencies("Phòng Kinh tế", Level::commune).lead.at(0).tier == Level::commune);
  CHECK(read_agencies("Phòng Kinh tế", Level::district).lead.at(0).tier == Level::district);
  CHECK(read_agencies("Phòng Kinh tế").lead.at(0).tier == Level::district);
}

TEST_CASE("--agency matches an agency and every group that contains it") {
  struct Case {
    const char* query;
    const char* text;
    bool match;
  };
  // clang-format off
  const std::vector<Case> cases{
      {"UBND xã", "UBND các xã, phường", true},
      {"UBND xã Tân Lập", "UBND các xã, phường", true},
      {"UBND xã", "UBND xã Bình Lư (công chức Tư pháp - Hộ tịch tổng hợp, tham mưu)", true},
      {"Ủy ban nhân dân xã", "UBND các xã, thị trấn", true},
      {"ubnd xa", "UBND các xã, phường", true},
      {"UBND xã", "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", true},
      {"UBND huyện", "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã", true},
      {"UBND huyện", "UBND các huyện, thị xã, thành phố", true},
      {"Sở Tư pháp", "Sở Tư pháp tham mưu Chủ tịch UBND tỉnh thành lập Đoàn kiểm tra liên ngành", true},
      {"Sở Tư pháp", "Các sở, ban, ngành tỉnh", true},
      {"Sở Tư pháp", "Các cơ quan chuyên môn thuộc UBND tỉnh", true},
      {"Phòng Tư pháp", "Phòng Tư pháp chủ trì phối hợp với cơ quan, đơn vị, địa phương có liên quan tham mưu Chủ tịch UBND huyện thực hiện theo quy định", true},
      {"Phòng Tư pháp", "Phòng Tư pháp, các cơ quan, đơn vị và UBND các xã, thị trấn có liên quan", true},
      {"Phòng Tư pháp", "Các cơ quan, đơn vị huyện", true},
      {"VP HĐND và UBND xã", "Văn phòng HĐND và UBND xã", true},
      {"Trưởng bản", "Trưởng các bản", true},
      {"UBND các xã", "UBND xã Bình Lư", true},
      {"tư pháp", "Công chức Tư pháp - Hộ tịch", true},
      {"UBND xã", "Văn phòng HĐND và UBND xã", false},
      {"UBND xã", "UBND các huyện, thành phố", false},
      {"UBND xã", "UBND tỉnh Tây Ninh (Sở Tư pháp tổng hợp, tham mưu)", false},
      {"UBND xã Tân Lập", "UBND xã Bình Lư", false},
      {"Sở Tư pháp", "Sở Nội vụ", false},
      {"Sở Tư pháp", "UBND tỉnh (qua Sở Tư pháp)", false},
      {"Sở Tư pháp", "Phòng Tư pháp", false},
      {"Sở Tư pháp", "Các cơ quan, đơn vị huyện", false},
      {"Phòng Tư pháp", "Các sở, ban, ngành tỉnh", false},
      {"Phòng Tư pháp", "Phòng Tài nguyên và Môi trường", false},
      {"Phòng Tài nguyên và Môi trường", "Phòng Tư pháp chủ trì, phối hợp với Phòng Tài nguyên và Môi trường tham mưu Chủ tịch UBND huyện thành lập Đoàn kiểm tra", false},
      {"UBND tỉnh", "Sở Tư pháp", false},
  };
  // clang-format on
  for (const auto& c : cases) {
    CAPTURE(c.query);
    CAPTURE(c.text);
    CHECK(agency_text_matches(c.text, c.query) == c.match);
  }
}

TEST_CASE("the lead agency names the group an item is listed under") {
  CHECK(
      lead_agency_name("Phòng Tư pháp chủ trì phối hợp với cơ quan, đơn vị; UBND các xã, thị "
                       "trấn có liên quan tham mưu Chủ tịch UBND huyện thực hiện theo quy định") ==
      "Phòng Tư pháp");
  CHECK(lead_agency_name("Sở Tư pháp làm đầu mối tổng hợp") == "Sở Tư pháp");
  CHECK(lead_agency_name("  ") == "");
}

TEST_CASE("every lead agency of a co-led item, each once, in order") {
  using Names = std::vector<std::string>;
  CHECK(lead_agency_names("Các sở, ban, ngành tỉnh; UBND các xã, phường") ==
        Names{"Các sở, ban, ngành tỉnh", "UBND các xã, phường"});
  CHECK(lead_agency_names("Sở Tư pháp; Sở Tư pháp") == Names{"Sở Tư pháp"});
  CHECK(lead_agency_names("Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp") == Names{"Sở Nội vụ"});
  CHECK(lead_agency_names("  ") == Names{""});
}

TEST_CASE("a lead written before \"phối hợp … chủ trì\" is cut at \"phối hợp\"") {
  const std::string text = "Phòng Tư pháp phối hợp với Phòng Nội vụ chủ trì";
  const AgencyReading r = read_agencies(text);
  REQUIRE(r.lead.size() == 1);
  CHECK(r.lead[0].name == "Phòng Tư pháp");
  REQUIRE(r.support.size() == 1);
  CHECK(r.support[0].name == "Phòng Nội vụ");
  CHECK(lead_agency_name(text) == "Phòng Tư pháp");
  // Found by fuzz_agency (tests/fuzz/known/agency-heading-phoi-hop-before-chu-tri): the heading
  // was "Phòng Tư pháp… phối hợp", which --agency then missed.
  const std::string dots = "Phòng Tư pháp .........................phối hợp........chủ trì, ";
  CHECK(lead_agency_name(dots) == "Phòng Tư pháp");
  CHECK(agency_text_matches(dots, lead_agency_name(dots)));
  // "chủ trì" first is read as before.
  CHECK(lead_agency_name("Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp") == "Sở Nội vụ");
}

TEST_CASE("--agency with the heading of a body of no known kind keeps its items") {
  // Found by fuzz_agency (tests/fuzz/known/agency-heading-unknown-body): the heading drops the
  // bracket and the colon, so it is not a substring of the text.
  const std::string text = "# \"a) Cơ quan chủ trì:";
  CHECK(lead_agency_name(text) == "# \"a Cơ quan");
  CHECK(agency_text_matches(text, "# \"a Cơ quan"));
  CHECK(agency_text_matches("Ban Chỉ đạo (tỉnh) chủ trì",
                            lead_agency_name("Ban Chỉ đạo (tỉnh) chủ trì")));
  // Found by fuzz_agency (tests/fuzz/known/agency-heading-commas-before-hoi): a heading that,
  // read again, is another agency than the one it names.
  const std::string commas = ",,,,có liên quan,,,,.Hội ,,,,cuc,,,,Cục";
  CHECK(lead_agency_name(commas) == ",,,,. Hội");
  CHECK(agency_text_matches(commas, ",,,,. Hội"));
  // Another body of no known kind is still not matched.
  CHECK_FALSE(agency_text_matches(text, "# \"b Cơ quan"));
  CHECK_FALSE(agency_text_matches("Ban Chỉ đạo tỉnh", "Ban Thi đua"));
}
