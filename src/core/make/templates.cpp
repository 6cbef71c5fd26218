// The built-in templates of `kehoach new`, one per level, in the register of the plans in
// examples/ and the seeds: the standard sections, the customary wording, and placeholders for
// what depends on the year, the locality and the deadlines (syntax: templates.hpp).
#include "make/templates.hpp"

namespace kehoach::templates {

namespace {

constexpr std::string_view basis_text = R"TPL(basis_lead: Căn cứ
basis:
{{#old}}
  - ref: 59/2012/NĐ-CP
    kind: Nghị định
    date: 2012-07-23
    issuer: Chính phủ
    title: về theo dõi tình hình thi hành pháp luật
  - ref: 32/2020/NĐ-CP
    kind: Nghị định
    date: 2020-03-05
    issuer: Chính phủ
    title: sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật
  - ref: 04/2021/TT-BTP
    kind: Thông tư
    date: 2021-06-21
    issuer: Bộ trưởng Bộ Tư pháp
    title: hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 về theo dõi tình hình thi hành pháp luật và Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP
{{/}}
{{#new}}
  - ref: 64/2025/QH15
    kind: Luật
    date: 2025-02-19
    issuer: Quốc hội
    title: Luật Ban hành văn bản quy phạm pháp luật
  - ref: 80/2025/NĐ-CP
    kind: Nghị định
    date: 2025-04-01
    issuer: Chính phủ
    title: về tổ chức thi hành văn bản quy phạm pháp luật
{{/}}
)TPL";

// The lines every plan opens with, up to the title.
constexpr std::string_view head_text = R"TPL({{@header}}
format: kehoach/1
#vi # Bản dự thảo: số văn bản và ngày ban hành để trống, ghi khi ký ban hành.
#en # A draft: the document number and the issue day stay blank until it is signed.
status: draft
number: /{{symbol}}
issuer:
  name: {{issuer}}
  level: {{level_key}}
  locality: {{locality}}
{{@authority}}
place: {{place}}
issued: {{issued}}
year: {{year}}
)TPL";

// ---------------------------------------------------------------------------------------------
// Province (UBND tỉnh, thành phố trực thuộc trung ương)

constexpr std::string_view province_plan =
    R"TPL({{@head}}
title: {{Subject}} năm {{year}} trên địa bàn {{area}}

{{@basis}}
{{@parent}}
enactment: {{Issuer_full}} ban hành Kế hoạch {{subject}} năm {{year}} trên địa bàn {{area}}, như sau:

outline:
  - {number: I, title: "MỤC ĐÍCH, YÊU CẦU"}
  - {number: I.1, title: Mục đích, holds: purpose}
  - {number: I.2, title: Yêu cầu, holds: requirements}
  - {number: II, title: LĨNH VỰC THEO DÕI THI HÀNH PHÁP LUẬT TRỌNG TÂM, holds: focus_areas}
  - {number: III, title: "NỘI DUNG, HOẠT ĐỘNG VÀ THỜI HẠN THỰC HIỆN", holds: tasks}
  - {number: IV, title: TRÁCH NHIỆM THỰC HIỆN, holds: responsibilities}
  - {number: V, title: CHẾ ĐỘ BÁO CÁO, holds: reporting}
  - {number: VI, title: KINH PHÍ THỰC HIỆN, holds: budget}

purpose:
{{#old}}
  - Triển khai thực hiện có hiệu quả công tác theo dõi tình hình thi hành pháp luật trên địa bàn {{kind}}; xem xét, đánh giá thực trạng thi hành pháp luật nói chung và trong các lĩnh vực trọng tâm, liên ngành nói riêng để kịp thời phát hiện những tồn tại, vướng mắc, bất cập và đề xuất, kiến nghị các giải pháp nhằm hoàn thiện pháp luật, nâng cao hiệu quả thi hành pháp luật.
{{/}}
{{#new}}
  - Tổ chức thi hành kịp thời, đầy đủ, thống nhất các văn bản quy phạm pháp luật trên địa bàn {{kind}}; theo dõi, đánh giá việc thi hành pháp luật trong các lĩnh vực trọng tâm để phát hiện, kiến nghị xử lý những khó khăn, vướng mắc, bất cập, nhất là trong thực hiện nhiệm vụ, thẩm quyền của chính quyền địa phương hai cấp.
{{/}}

requirements:
  - a) Công tác {{subject}} được thực hiện thường xuyên, toàn diện, có trọng tâm, trọng điểm, thiết thực, gắn với chức năng, nhiệm vụ, quyền hạn của từng cơ quan, địa phương.
  - b) Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương; không trùng lặp, chồng chéo với các hoạt động thanh tra, kiểm tra khác; tạo điều kiện và khuyến khích sự tham gia của các tổ chức, cá nhân.
  - c) Xác định rõ nội dung công việc, thời hạn hoàn thành, sản phẩm và trách nhiệm của các cơ quan, đơn vị, địa phương trong triển khai thực hiện Kế hoạch.

focus_areas:
{{@focus_areas}}

tasks:
{{@tasks}}

responsibilities:
  - agency: Sở Tư pháp
    number: IV.1
    duties:
      - id: stp-huong-dan
        text: a) Là cơ quan đầu mối giúp {{self}} hướng dẫn, đôn đốc, kiểm tra các sở, ban, ngành {{kind}} và {{lower}} thực hiện Kế hoạch này; tổng hợp những khó khăn, vướng mắc, đề xuất {{self}} chỉ đạo xử lý.
      - id: stp-tong-hop-bao-cao
        text: b) Tổng hợp kết quả, tham mưu {{self}} báo cáo {{report_to}} về {{subject}} năm {{year}} chậm nhất ngày {{own_report}}.
        kind: report
        due: chậm nhất ngày {{own_report}}
{{@report_implements}}
        to: {{report_to}}

  - agency: Các sở, ban, ngành {{kind}}
    number: IV.2
    level: department
    intro: Các sở, ban, ngành {{kind}} căn cứ chức năng, nhiệm vụ được giao và nội dung Kế hoạch này có trách nhiệm:
    duties:
      - id: so-theo-doi
        text: a) Theo dõi tình hình thi hành pháp luật trong ngành, lĩnh vực quản lý; chủ trì theo dõi lĩnh vực trọng tâm được giao tại mục II.
      - id: so-phoi-hop
        text: b) Phối hợp với Sở Tư pháp thực hiện các hoạt động theo dõi tình hình thi hành pháp luật; cử công chức tham gia Đoàn kiểm tra liên ngành khi được yêu cầu.
      - id: so-bao-cao
        text: c) Báo cáo kết quả {{subject}} năm {{year}} thuộc ngành, lĩnh vực quản lý, gửi {{self}} (qua Sở Tư pháp) chậm nhất ngày {{sub_reports}}.
        kind: report
        due: chậm nhất ngày {{sub_reports}}
        to: {{self}} (qua Sở Tư pháp)

{{#old}}
  - agency: {{lower}}
    number: IV.3
    level: district
    intro: Căn cứ điều kiện thực tiễn của địa phương, {{lower}} có trách nhiệm:
    duties:
      - id: huyen-trien-khai
        text: a) Triển khai các nhiệm vụ được giao tại Kế hoạch này; chỉ đạo, hướng dẫn các cơ quan chuyên môn thuộc UBND cấp huyện và UBND cấp xã thực hiện công tác theo dõi tình hình thi hành pháp luật trên địa bàn.
      - id: huyen-kiem-tra
        text: b) Chủ động kiểm tra việc thực hiện công tác theo dõi tình hình thi hành pháp luật trong phạm vi địa phương.
        kind: inspection
        due: Quý III năm {{year}}
      - id: huyen-kinh-phi
        text: c) Bố trí kinh phí và các điều kiện cần thiết khác bảo đảm cho công tác theo dõi tình hình thi hành pháp luật trên địa bàn.
      - id: huyen-bao-cao
        text: d) Báo cáo kết quả theo dõi tình hình thi hành pháp luật năm {{year}} trên địa bàn, gửi {{self}} (qua Sở Tư pháp) chậm nhất ngày {{sub_reports}}.
        kind: report
        due: chậm nhất ngày {{sub_reports}}
        to: {{self}} (qua Sở Tư pháp)
{{/}}
{{#new}}
  - agency: {{lower}}
    number: IV.3
    level: commune
    intro: {{lower}} chỉ đạo Văn phòng HĐND và UBND, các phòng chuyên môn thực hiện:
    duties:
      - id: xa-theo-doi
        text: a) Theo dõi việc thi hành pháp luật trong các lĩnh vực trọng tâm tại mục II trên địa bàn, nhất là việc thực hiện các nhiệm vụ, thẩm quyền được phân quyền, phân cấp cho cấp xã.
      - id: xa-tu-kiem-tra
        text: b) Tự kiểm tra công tác tổ chức thi hành pháp luật tại địa phương.
        kind: inspection
        due: Quý III năm {{year}}
      - id: xa-kinh-phi
        text: c) Bố trí kinh phí, công chức bảo đảm cho công tác tổ chức thi hành pháp luật tại địa phương.
      - id: xa-bao-cao
        text: d) Báo cáo kết quả tổ chức thi hành pháp luật năm {{year}} trên địa bàn, gửi {{self}} (qua Sở Tư pháp) chậm nhất ngày {{sub_reports}}.
        kind: report
        due: chậm nhất ngày {{sub_reports}}
        to: {{self}} (qua Sở Tư pháp)
{{/}}

  - agency: Ủy ban Mặt trận Tổ quốc Việt Nam {{kind}}, Tòa án nhân dân {{kind}}, Viện kiểm sát nhân dân {{kind}}
    number: IV.4
    level: other
    intro: Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {{kind}}, Tòa án nhân dân {{kind}}, Viện kiểm sát nhân dân {{kind}} trong phạm vi chức năng, nhiệm vụ của mình phối hợp cung cấp thông tin về tình hình thi hành pháp luật trên địa bàn.

reporting:
  subjects: {{issuer}} (Sở Tư pháp tổng hợp, tham mưu)
  period: {{period}}
  due: chậm nhất ngày {{own_report}}
  to: {{report_to}}
{{#old}}
  content: Thực hiện theo Thông tư số 04/2021/TT-BTP ngày 21/6/2021 của Bộ trưởng Bộ Tư pháp
{{/}}
{{#new}}
  content: Báo cáo về tổ chức thi hành pháp luật theo Nghị định số 80/2025/NĐ-CP và hướng dẫn của Bộ Tư pháp
{{/}}

budget:
  - Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp hiện hành, được bố trí trong dự toán chi thường xuyên năm {{year}} của các cơ quan, đơn vị, địa phương.

closing: Trên đây là Kế hoạch {{subject}} năm {{year}} trên địa bàn {{area}}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Tư pháp để tổng hợp, báo cáo {{self}} xem xét, chỉ đạo./.

recipients:
  - {{report_to}};
  - TT {{party}}, TT HĐND {{kind}};
  - Chủ tịch, các PCT {{self}};
  - Các sở, ban, ngành {{kind}};
  - {{lower}};
  - Lưu: VT.

#vi # Họ tên người ký ghi khi ký ban hành.
#en # The signer's name is written when the plan is signed.
signature:
  authority: TM. ỦY BAN NHÂN DÂN
  role: KT. CHỦ TỊCH
  title: PHÓ CHỦ TỊCH
)TPL";

constexpr std::string_view province_focus = R"TPL(  - id: lien-nganh
    number: {{focus_number}}
    name: Lĩnh vực trọng tâm, liên ngành năm {{year}}
    origin: national
    scope: Theo Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm {{year}} do Thủ tướng Chính phủ ban hành; Sở Tư pháp hướng dẫn cụ thể sau khi có Quyết định của Thủ tướng Chính phủ
    subjects: Các sở, ban, ngành {{kind}}; {{lower}} có liên quan
#vi   # Sửa: thêm lĩnh vực trọng tâm do {{self}} lựa chọn, ví dụ:
#en   # Edit: add the focus areas {{self}} chooses, for example:
  #   - id: dat-dai
  #     number: II.2
  #     name: Thi hành pháp luật trong lĩnh vực đất đai
  #     origin: local
  #     scope: Luật Đất đai năm 2024 và các văn bản quy định chi tiết; văn bản của HĐND, {{self}} về đất đai
  #     subjects: Sở Nông nghiệp và Môi trường; {{lower}}
  #     lead: Sở Nông nghiệp và Môi trường
)TPL";

constexpr std::string_view province_tasks = R"TPL(  - id: ban-hanh-ke-hoach
    number: III.1
    title: Xây dựng, ban hành kế hoạch {{subject}} năm {{year}}
    kind: plan
    description:
      - Các sở, ban, ngành {{kind}}, {{lower}} căn cứ Kế hoạch này xây dựng, ban hành kế hoạch của cơ quan, địa phương mình và gửi về {{self}} (qua Sở Tư pháp) để theo dõi, tổng hợp.
    lead:
      - Các sở, ban, ngành {{kind}}
      - {{lower}}
    output: Kế hoạch {{subject}} năm {{year}} của cơ quan, địa phương
    due: chậm nhất ngày {{sub_plans}}
{{#old}}
    levels: [department, district]
{{/}}
{{#new}}
    levels: [department, commune]
{{/}}

  - id: tap-huan
    number: III.2
    title: Phổ biến, tập huấn chuyên môn, nghiệp vụ về {{subject}}
    kind: training
    description:
{{#old}}
      - Sở Tư pháp tổ chức phổ biến, tập huấn Nghị định số 59/2012/NĐ-CP, Nghị định số 32/2020/NĐ-CP và Thông tư số 04/2021/TT-BTP cho công chức các sở, ban, ngành {{kind}} và Phòng Tư pháp cấp huyện; các cơ quan, địa phương cử công chức tham gia và phổ biến lại tại cơ quan, địa phương mình.
{{/}}
{{#new}}
      - Sở Tư pháp tổ chức tập huấn Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 80/2025/NĐ-CP cho công chức các sở, ban, ngành {{kind}} và Văn phòng HĐND và UBND cấp xã; các cơ quan, địa phương cử công chức tham gia và phổ biến lại tại cơ quan, địa phương mình.
{{/}}
    lead: Sở Tư pháp
    partners:
      - Các sở, ban, ngành {{kind}}
      - {{lower}}
    output: Hội nghị tập huấn; tài liệu hướng dẫn nghiệp vụ
    due: Quý II năm {{year}}
{{#old}}
    levels: [department, district]
{{/}}
{{#new}}
    levels: [department, commune]
{{/}}

  - id: xac-dinh-linh-vuc
    number: III.3
    title: Xác định, hướng dẫn lĩnh vực trọng tâm, liên ngành năm {{year}}
    kind: focus
    description:
      - Trên cơ sở Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm {{year}} và thực tiễn thi hành pháp luật tại địa phương, tham mưu {{self}} lựa chọn lĩnh vực trọng tâm và hướng dẫn các cơ quan, địa phương thực hiện.
    lead: Sở Tư pháp
    due: Sau khi có Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm {{year}}
    focus: [lien-nganh]

  - id: thu-thap-thong-tin
    number: III.4
    title: Thu thập, tiếp nhận và xử lý thông tin về tình hình thi hành pháp luật
    kind: information
    description:
      - Tiếp nhận, thu thập thông tin về tình hình thi hành pháp luật từ hoạt động quản lý nhà nước, từ phản ánh, kiến nghị của cơ quan, tổ chức, cá nhân và từ các phương tiện thông tin đại chúng; xử lý theo thẩm quyền hoặc kiến nghị cơ quan, người có thẩm quyền xử lý theo quy định.
    lead:
      - Các sở, ban, ngành {{kind}}
      - {{lower}}
    partners: Sở Tư pháp làm đầu mối tổng hợp
    output: Văn bản xử lý hoặc văn bản kiến nghị xử lý thông tin về tình hình thi hành pháp luật
    due: Thường xuyên trong năm
{{#old}}
    levels: [department, district]
{{/}}
{{#new}}
    levels: [department, commune]
{{/}}
    focus: [lien-nganh]

  - id: kiem-tra
    number: III.5
{{#old}}
    title: Kiểm tra tình hình thi hành pháp luật
{{/}}
{{#new}}
    title: Kiểm tra công tác tổ chức thi hành pháp luật
{{/}}
    kind: inspection
    description:
      - Kiểm tra tình hình thi hành pháp luật trong các lĩnh vực trọng tâm tại một số cơ quan, địa phương trên địa bàn {{kind}}.
    lead: Sở Tư pháp tham mưu Chủ tịch {{self}} thành lập Đoàn kiểm tra liên ngành
    partners: Các sở, ban, ngành {{kind}} có liên quan
    output: Quyết định thành lập Đoàn kiểm tra; Thông báo kết luận kiểm tra
    due: Quý III, quý IV năm {{year}}
    focus: [lien-nganh]

  - id: dieu-tra-khao-sat
    number: III.6
    title: Điều tra, khảo sát tình hình thi hành pháp luật
    kind: survey
    description:
      - Căn cứ tình hình thực tiễn, tổ chức điều tra, khảo sát tình hình thi hành pháp luật đối với lĩnh vực trọng tâm hoặc khi có khó khăn, vướng mắc, bất cập trong thực tiễn thi hành, theo yêu cầu của cơ quan có thẩm quyền.
    lead: Sở Tư pháp
    partners:
      - Các sở, ban, ngành {{kind}}
      - {{lower}}
    due: Hoàn thành trước tháng 11 năm {{year}}
    conditional: true
)TPL";

// ---------------------------------------------------------------------------------------------
// Department (sở, ban, ngành: cơ quan chuyên môn thuộc UBND cấp tỉnh)

constexpr std::string_view department_plan = R"TPL({{@head}}
title: {{Subject}} năm {{year}} thuộc phạm vi quản lý của {{issuer}}

{{@basis}}
{{@parent}}
enactment: {{issuer}} ban hành Kế hoạch {{subject}} năm {{year}} trong ngành, lĩnh vực quản lý, như sau:

outline:
  - {number: I, title: "MỤC ĐÍCH, YÊU CẦU"}
  - {number: I.1, title: Mục đích, holds: purpose}
  - {number: I.2, title: Yêu cầu, holds: requirements}
  - {number: II, title: LĨNH VỰC THEO DÕI TRỌNG TÂM, holds: focus_areas}
  - {number: III, title: NỘI DUNG VÀ HOẠT ĐỘNG, holds: tasks}
  - {number: IV, title: TỔ CHỨC THỰC HIỆN, holds: responsibilities}
  - {number: V, title: CHẾ ĐỘ BÁO CÁO, holds: reporting}
  - {number: VI, title: KINH PHÍ, holds: budget}

purpose:
  - Triển khai thực hiện có hiệu quả công tác {{subject}} trong ngành, lĩnh vực do {{issuer}} quản lý; kịp thời phát hiện những khó khăn, vướng mắc, bất cập trong thi hành pháp luật để kiến nghị xử lý, góp phần hoàn thiện pháp luật và nâng cao hiệu quả thi hành pháp luật.

requirements:
  - a) Gắn công tác {{subject}} với nhiệm vụ chuyên môn của các phòng, đơn vị thuộc Sở; tập trung vào các lĩnh vực trọng tâm của {{kind}} và của ngành.
  - b) Phân công rõ đơn vị chủ trì, phối hợp, thời hạn hoàn thành; báo cáo đúng thời hạn theo yêu cầu của {{report_to}}.

focus_areas:
{{@focus_areas}}

tasks:
{{@tasks}}

responsibilities:
  - agency: Văn phòng Sở
    number: IV.1
    duties:
      - id: vp-tham-muu
        text: a) Là đầu mối tham mưu Giám đốc Sở tổ chức thực hiện Kế hoạch; hướng dẫn, đôn đốc các phòng, đơn vị thuộc Sở thực hiện.
      - id: vp-bao-cao
        text: b) Tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo {{report_to}} chậm nhất ngày {{own_report}}.
        kind: report
        due: chậm nhất ngày {{own_report}}
{{@report_implements}}
        to: {{report_to}}

  - agency: Các phòng chuyên môn, đơn vị thuộc Sở
    number: IV.2
    duties:
      - id: pcm-theo-doi
        text: a) Theo dõi tình hình thi hành pháp luật thuộc lĩnh vực phụ trách; phối hợp với Văn phòng Sở thực hiện các hoạt động của Kế hoạch.
      - id: pcm-bao-cao
        text: b) Gửi kết quả theo dõi tình hình thi hành pháp luật thuộc lĩnh vực phụ trách về Văn phòng Sở chậm nhất ngày {{sub_reports}}.
        kind: report
        due: chậm nhất ngày {{sub_reports}}
        to: Văn phòng Sở

reporting:
  subjects: {{issuer}} (Văn phòng Sở tổng hợp, tham mưu)
  period: {{period}}
  due: chậm nhất ngày {{own_report}}
  to: {{report_to}}
{{#old}}
  content: Thực hiện theo Thông tư số 04/2021/TT-BTP ngày 21/6/2021 của Bộ trưởng Bộ Tư pháp
{{/}}
{{#new}}
  content: Báo cáo về tổ chức thi hành pháp luật theo Nghị định số 80/2025/NĐ-CP và hướng dẫn của Bộ Tư pháp
{{/}}

budget:
  - Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm {{year}} của Sở.

closing: Trên đây là Kế hoạch {{subject}} năm {{year}} của {{issuer}}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, chỉ đạo./.

recipients:
  - {{report_to}};
  - Giám đốc, các Phó Giám đốc Sở;
  - Các phòng, đơn vị thuộc Sở;
  - Lưu: VT, VP.

#vi # Họ tên người ký ghi khi ký ban hành.
#en # The signer's name is written when the plan is signed.
signature:
  role: KT. GIÁM ĐỐC
  title: PHÓ GIÁM ĐỐC
)TPL";

constexpr std::string_view department_focus = R"TPL(  - id: lien-nganh
    number: {{focus_number}}
    name: Lĩnh vực trọng tâm, liên ngành năm {{year}}
    origin: national
    scope: Theo Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm {{year}} do Thủ tướng Chính phủ ban hành và hướng dẫn của {{report_to}}
    subjects: Các phòng chuyên môn, đơn vị thuộc Sở có liên quan
#vi   # Sửa: thêm lĩnh vực trọng tâm của ngành (origin: sector), ví dụ:
#en   # Edit: add the sector's own focus areas (origin: sector), for example:
  #   - id: linh-vuc-nganh
  #     number: II.2
  #     name: Thi hành pháp luật trong lĩnh vực …
  #     origin: sector
  #     scope: Các văn bản quy phạm pháp luật thuộc lĩnh vực … và văn bản của HĐND, UBND {{kind}} về lĩnh vực này
  #     subjects: Các phòng chuyên môn, đơn vị thuộc Sở
)TPL";

constexpr std::string_view department_tasks = R"TPL(  - id: trien-khai-ke-hoach
    number: III.1
    title: Ban hành, triển khai Kế hoạch {{subject}} năm {{year}} của Sở
    kind: plan
    description:
      - Ban hành Kế hoạch và gửi về {{report_to}}; quán triệt, triển khai Kế hoạch đến các phòng chuyên môn, đơn vị thuộc Sở.
    lead: Văn phòng Sở
    output: Kế hoạch được ban hành và gửi về {{report_to}}
    due: chậm nhất ngày {{own_plan}}

  - id: tap-huan
    number: III.2
    title: Tham gia tập huấn và phổ biến các văn bản về {{subject}}
    kind: training
    description:
      - Cử công chức tham gia tập huấn do Sở Tư pháp tổ chức; phổ biến lại cho công chức các phòng, đơn vị thuộc Sở.
    lead: Văn phòng Sở
    due: Quý II năm {{year}}

  - id: thu-thap-thong-tin
    number: III.3
    title: Thu thập, tiếp nhận và xử lý thông tin về tình hình thi hành pháp luật trong ngành, lĩnh vực quản lý
    kind: information
    description:
      - Thu thập thông tin về tình hình thi hành pháp luật từ hoạt động quản lý nhà nước của ngành, từ phản ánh, kiến nghị của cơ quan, tổ chức, cá nhân và từ các phương tiện thông tin đại chúng; xử lý theo thẩm quyền hoặc kiến nghị cơ quan có thẩm quyền xử lý.
    lead: Các phòng chuyên môn, đơn vị thuộc Sở
    partners: Văn phòng Sở làm đầu mối tổng hợp
    output: Văn bản xử lý hoặc kiến nghị xử lý thông tin về tình hình thi hành pháp luật
    due: Thường xuyên trong năm
    focus: [lien-nganh]

  - id: theo-doi-trong-tam
    number: III.4
    title: Theo dõi thi hành pháp luật trong các lĩnh vực trọng tâm thuộc ngành, lĩnh vực quản lý
    kind: other
    description:
      - Theo dõi việc thi hành các văn bản quy phạm pháp luật trong lĩnh vực trọng tâm tại mục II; tổng hợp khó khăn, vướng mắc để kiến nghị.
    lead: Các phòng chuyên môn, đơn vị thuộc Sở
    partners: Văn phòng Sở
    due: Thường xuyên trong năm
    focus: [lien-nganh]

  - id: tu-kiem-tra
    number: III.5
    title: Tự kiểm tra việc thi hành pháp luật trong ngành, lĩnh vực quản lý
    kind: inspection
    description:
      - Tự kiểm tra việc thi hành pháp luật trong lĩnh vực trọng tâm tại các phòng, đơn vị thuộc Sở; chuẩn bị hồ sơ, báo cáo phục vụ Đoàn kiểm tra liên ngành khi được kiểm tra.
    lead: Văn phòng Sở
    partners: Các phòng chuyên môn, đơn vị thuộc Sở
    output: Báo cáo kết quả tự kiểm tra
    due: Quý III năm {{year}}
    focus: [lien-nganh]
)TPL";

// ---------------------------------------------------------------------------------------------
// District (UBND huyện, quận, thị xã, thành phố thuộc tỉnh; up to 30/06/2025)

constexpr std::string_view district_plan =
    R"TPL({{@head}}
title: {{Subject}} năm {{year}} trên địa bàn {{area}}

{{@basis}}
{{@parent}}
enactment: {{Issuer_full}} ban hành Kế hoạch {{subject}} năm {{year}} trên địa bàn {{area}}, như sau:

outline:
  - {number: I, title: "MỤC ĐÍCH, YÊU CẦU"}
  - {number: I.1, title: Mục đích, holds: purpose}
  - {number: I.2, title: Yêu cầu, holds: requirements}
  - {number: II, title: LĨNH VỰC THEO DÕI THI HÀNH PHÁP LUẬT TRỌNG TÂM, holds: focus_areas}
  - {number: III, title: CÁC HOẠT ĐỘNG THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT, holds: tasks}
  - {number: IV, title: "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG", holds: responsibilities}
  - {number: V, title: CHẾ ĐỘ BÁO CÁO, holds: reporting}
  - {number: VI, title: KINH PHÍ THỰC HIỆN, holds: budget}

purpose:
  - Triển khai thực hiện có hiệu quả công tác theo dõi tình hình thi hành pháp luật năm {{year}} trên địa bàn {{kind}}; đánh giá thực tiễn thi hành pháp luật, kịp thời phát hiện những tồn tại, vướng mắc, bất cập để kiến nghị xử lý, góp phần nâng cao hiệu quả thi hành pháp luật tại địa phương.

requirements:
  - a) Công tác theo dõi tình hình thi hành pháp luật được thực hiện thường xuyên, có trọng tâm, trọng điểm, gắn với chức năng, nhiệm vụ của từng cơ quan, đơn vị, địa phương.
  - b) Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan chuyên môn thuộc {{self}} và UBND các xã, thị trấn; không trùng lặp, chồng chéo với hoạt động thanh tra, kiểm tra khác.
  - c) Xác định rõ nội dung công việc, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị, địa phương.

focus_areas:
{{@focus_areas}}

tasks:
{{@tasks}}

responsibilities:
  - agency: Phòng Tư pháp
    number: IV.1
    duties:
      - id: ptp-huong-dan
        text: a) Chủ trì, tham mưu {{self}} tổ chức triển khai thực hiện Kế hoạch này; hướng dẫn, đôn đốc các cơ quan chuyên môn thuộc {{self}} và UBND các xã, thị trấn thực hiện công tác theo dõi tình hình thi hành pháp luật.
      - id: ptp-tong-hop-bao-cao
        text: b) Tổng hợp kết quả công tác theo dõi tình hình thi hành pháp luật năm {{year}} trên địa bàn {{kind}}, tham mưu {{self}} báo cáo {{report_to}} chậm nhất ngày {{own_report}}.
        kind: report
        due: chậm nhất ngày {{own_report}}
{{@report_implements}}
        to: {{report_to}}

  - agency: Phòng Tài chính - Kế hoạch
    number: IV.2
    duties:
      - id: tckh-kinh-phi
        text: Chủ trì, phối hợp với Phòng Tư pháp tham mưu {{self}} bố trí kinh phí và các điều kiện cần thiết bảo đảm cho công tác theo dõi tình hình thi hành pháp luật trên địa bàn {{kind}}.

  - agency: Các cơ quan chuyên môn thuộc {{self}}
    number: IV.3
    level: department
    duties:
      - id: co-quan-ban-hanh-ke-hoach
        text: a) Căn cứ Kế hoạch này xây dựng, ban hành kế hoạch theo dõi tình hình thi hành pháp luật năm {{year}} thuộc lĩnh vực quản lý, gửi {{self}} (qua Phòng Tư pháp) chậm nhất ngày {{sub_plans}}.
        kind: plan
        due: chậm nhất ngày {{sub_plans}}
        to: {{self}} (qua Phòng Tư pháp)
      - id: co-quan-phoi-hop
        text: b) Phối hợp với Phòng Tư pháp thực hiện các hoạt động theo dõi tình hình thi hành pháp luật; cử công chức tham gia Đoàn kiểm tra khi được yêu cầu.
      - id: co-quan-bao-cao
        text: c) Báo cáo kết quả công tác theo dõi tình hình thi hành pháp luật thuộc lĩnh vực quản lý, gửi {{self}} (qua Phòng Tư pháp) chậm nhất ngày {{sub_reports}}.
        kind: report
        due: chậm nhất ngày {{sub_reports}}
        to: {{self}} (qua Phòng Tư pháp)

  - agency: UBND các xã, thị trấn
    number: IV.4
    level: commune
    duties:
      - id: xa-ban-hanh-ke-hoach
        text: a) Căn cứ Kế hoạch này ban hành kế hoạch theo dõi tình hình thi hành pháp luật năm {{year}} của địa phương, gửi {{self}} (qua Phòng Tư pháp) chậm nhất ngày {{sub_plans}}.
        kind: plan
        due: chậm nhất ngày {{sub_plans}}
        to: {{self}} (qua Phòng Tư pháp)
      - id: xa-theo-doi
        text: b) Thực hiện theo dõi tình hình thi hành pháp luật đối với các lĩnh vực trọng tâm tại mục II trên địa bàn; chỉ đạo công chức Tư pháp - Hộ tịch tham mưu triển khai Kế hoạch của địa phương.
      - id: xa-tu-kiem-tra
        text: c) Tự kiểm tra việc thi hành pháp luật tại địa phương; phối hợp với Đoàn kiểm tra của {{kind}} khi được kiểm tra.
        kind: inspection
        due: Quý III năm {{year}}
      - id: xa-kinh-phi
        text: d) Bố trí kinh phí từ dự toán chi thường xuyên của địa phương bảo đảm cho công tác theo dõi tình hình thi hành pháp luật.
      - id: xa-bao-cao
        text: đ) Báo cáo kết quả công tác theo dõi tình hình thi hành pháp luật năm {{year}} của địa phương, gửi {{self}} (qua Phòng Tư pháp) chậm nhất ngày {{sub_reports}}.
        kind: report
        due: chậm nhất ngày {{sub_reports}}
        to: {{self}} (qua Phòng Tư pháp)

  - agency: Ủy ban Mặt trận Tổ quốc Việt Nam {{kind}}, Viện kiểm sát nhân dân {{kind}}, Tòa án nhân dân {{kind}}
    number: IV.5
    level: other
    intro: Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {{kind}}, Viện kiểm sát nhân dân {{kind}}, Tòa án nhân dân {{kind}} trong phạm vi chức năng, nhiệm vụ của mình phối hợp cung cấp thông tin về tình hình thi hành pháp luật trên địa bàn.

reporting:
  subjects: {{issuer}} (Phòng Tư pháp tổng hợp, tham mưu)
  period: {{period}}
  due: chậm nhất ngày {{own_report}}
  to: {{report_to}}
  content: Thực hiện theo Thông tư số 04/2021/TT-BTP ngày 21/6/2021 của Bộ trưởng Bộ Tư pháp

budget:
  - Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm {{year}} của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành.

closing: Trên đây là Kế hoạch {{subject}} năm {{year}} trên địa bàn {{area}}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về {{self}} (qua Phòng Tư pháp) để được hướng dẫn./.

recipients:
  - UBND tỉnh;
  - Sở Tư pháp;
  - TT {{party}}, TT HĐND {{kind}};
  - Chủ tịch, các PCT {{self}};
  - Các cơ quan chuyên môn thuộc {{self}};
  - UBND các xã, thị trấn;
  - Lưu: VT, TP.

#vi # Họ tên người ký ghi khi ký ban hành.
#en # The signer's name is written when the plan is signed.
signature:
  authority: TM. ỦY BAN NHÂN DÂN
  role: KT. CHỦ TỊCH
  title: PHÓ CHỦ TỊCH
)TPL";

constexpr std::string_view district_focus = R"TPL(  - id: lien-nganh
    number: {{focus_number}}
    name: Lĩnh vực trọng tâm, liên ngành năm {{year}}
    origin: national
    scope: Lĩnh vực do UBND tỉnh lựa chọn trên cơ sở Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm {{year}}, theo hướng dẫn của Sở Tư pháp
    subjects: Các cơ quan chuyên môn thuộc {{self}}; UBND các xã, thị trấn có liên quan
#vi   # Sửa: thêm lĩnh vực trọng tâm của {{kind}}, ví dụ:
#en   # Edit: add the district's own focus areas, for example:
  #   - id: dat-dai
  #     number: II.2
  #     name: Thi hành pháp luật trong lĩnh vực đất đai
  #     origin: local
  #     scope: Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành trên địa bàn {{kind}}
  #     subjects: Phòng Tài nguyên và Môi trường; UBND các xã, thị trấn
  #     lead: Phòng Tài nguyên và Môi trường
)TPL";

constexpr std::string_view district_tasks = R"TPL(  - id: tap-huan
    number: III.1
    title: Phổ biến, quán triệt, tập huấn các văn bản quy phạm pháp luật quy định về công tác theo dõi tình hình thi hành pháp luật
    kind: training
    description:
      - Tổ chức hội nghị phổ biến, tập huấn nghiệp vụ theo dõi tình hình thi hành pháp luật cho công chức các cơ quan chuyên môn thuộc {{self}} và công chức Tư pháp - Hộ tịch các xã, thị trấn; các xã, thị trấn cử công chức tham gia và phổ biến lại tại địa phương.
    lead: Phòng Tư pháp
    partners:
      - Các cơ quan chuyên môn thuộc {{self}}
      - UBND các xã, thị trấn
    output: Hội nghị tập huấn; tài liệu phổ biến, tập huấn
    due: Quý II năm {{year}}
    levels: [commune]

  - id: xac-dinh-linh-vuc
    number: III.2
    title: Xác định lĩnh vực theo dõi thi hành pháp luật trọng tâm của {{kind}} năm {{year}}
    kind: focus
    description:
      - Trên cơ sở hướng dẫn của UBND tỉnh, Sở Tư pháp và thực tiễn tại địa phương, xác định lĩnh vực theo dõi thi hành pháp luật trọng tâm của {{kind}} năm {{year}}.
    lead: Phòng Tư pháp
    partners: Các cơ quan chuyên môn thuộc {{self}}
    due: Quý I năm {{year}}
    focus: [lien-nganh]

  - id: thu-thap-thong-tin
    number: III.3
    title: Tiếp nhận và xử lý thu thập thông tin về tình hình thi hành pháp luật
    kind: information
    description:
      - Tiếp nhận, thu thập thông tin về tình hình thi hành pháp luật từ báo cáo của các cơ quan, địa phương, từ các phương tiện thông tin đại chúng và từ phản ánh, kiến nghị của tổ chức, cá nhân; xử lý theo thẩm quyền hoặc kiến nghị cơ quan, người có thẩm quyền xử lý theo quy định.
    lead:
      - Các cơ quan chuyên môn thuộc {{self}}
      - UBND các xã, thị trấn
    partners: Phòng Tư pháp làm đầu mối tổng hợp
    output: Văn bản xử lý hoặc văn bản kiến nghị xử lý thông tin về tình hình thi hành pháp luật
    due: Thường xuyên trong năm
    levels: [department, commune]
    focus: [lien-nganh]

  - id: kiem-tra
    number: III.4
    title: Kiểm tra tình hình thi hành pháp luật
    kind: inspection
    description:
      - Kiểm tra tình hình thi hành pháp luật trong các lĩnh vực trọng tâm tại một số cơ quan, đơn vị và xã, thị trấn trên địa bàn {{kind}}.
    lead: Phòng Tư pháp chủ trì, phối hợp với các cơ quan chuyên môn có liên quan tham mưu Chủ tịch {{self}} thành lập Đoàn kiểm tra
    partners: UBND các xã, thị trấn được kiểm tra
    output: Quyết định thành lập Đoàn kiểm tra; Báo cáo kết quả kiểm tra
    due: Quý III năm {{year}}
    focus: [lien-nganh]

  - id: dieu-tra-khao-sat
    number: III.5
    title: Điều tra, khảo sát tình hình thi hành pháp luật
    kind: survey
    description:
      - Phối hợp với Sở Tư pháp điều tra, khảo sát tình hình thi hành pháp luật trên địa bàn {{kind}} khi được yêu cầu.
    lead: Phòng Tư pháp
    due: Hoàn thành trước tháng 11 năm {{year}}
    conditional: true
)TPL";

// ---------------------------------------------------------------------------------------------
// Commune (UBND xã, phường, thị trấn, đặc khu)

constexpr std::string_view commune_plan =
    R"TPL({{@head}}
title: {{Subject}} năm {{year}} trên địa bàn {{area}}

{{@basis}}
{{@parent}}
enactment: {{Issuer_full}} ban hành Kế hoạch {{subject}} năm {{year}} trên địa bàn {{kind}}, như sau:

outline:
  - {number: I, title: "MỤC ĐÍCH, YÊU CẦU"}
  - {number: I.1, title: Mục đích, holds: purpose}
  - {number: I.2, title: Yêu cầu, holds: requirements}
  - {number: II, title: LĨNH VỰC THEO DÕI TRỌNG TÂM, holds: focus_areas}
  - {number: III, title: NỘI DUNG VÀ HOẠT ĐỘNG, holds: tasks}
  - {number: IV, title: TỔ CHỨC THỰC HIỆN, holds: responsibilities}
  - {number: V, title: CHẾ ĐỘ BÁO CÁO, holds: reporting}
  - {number: VI, title: KINH PHÍ, holds: budget}

purpose:
  - Triển khai kịp thời, đầy đủ công tác {{subject}} năm {{year}} trên địa bàn {{kind}}; nắm bắt tình hình chấp hành pháp luật của cơ quan, tổ chức và Nhân dân trên địa bàn để kiến nghị xử lý những khó khăn, vướng mắc, bất cập.

requirements:
  - a) Gắn việc theo dõi thi hành pháp luật với nhiệm vụ chuyên môn của {{units_lc}}; tập trung vào các lĩnh vực trọng tâm của cấp trên và của địa phương.
  - b) Phân công rõ người thực hiện, thời hạn hoàn thành; báo cáo đúng thời hạn theo yêu cầu của {{report_to}}.

focus_areas:
{{@focus_areas}}

tasks:
{{@tasks}}

responsibilities:
  - agency: {{focal}}
    number: IV.1
    duties:
      - id: dau-moi-tham-muu
        text: a) Là đầu mối tham mưu {{self}} tổ chức thực hiện Kế hoạch; hướng dẫn, đôn đốc {{units_lc}} và Trưởng các thôn, tổ dân phố thực hiện.
      - id: dau-moi-bao-cao
        text: b) Tổng hợp kết quả, tham mưu {{self}} báo cáo {{report_to}} chậm nhất ngày {{own_report}}.
        kind: report
        due: chậm nhất ngày {{own_report}}
{{@report_implements}}
        to: {{report_to}}

  - agency: {{units}}
    number: IV.2
    duties:
      - id: chuyen-mon-theo-doi
        text: a) Theo dõi tình hình thi hành pháp luật thuộc lĩnh vực phụ trách; phối hợp với {{focal_lc}} thực hiện các hoạt động của Kế hoạch.
      - id: chuyen-mon-kinh-phi
        text: b) Tham mưu {{self}} bố trí kinh phí thực hiện Kế hoạch trong dự toán chi thường xuyên năm {{year}} của địa phương.
      - id: chuyen-mon-bao-cao
        text: c) Gửi kết quả theo dõi tình hình thi hành pháp luật thuộc lĩnh vực phụ trách về {{focal_lc}} chậm nhất ngày {{sub_reports}}.
        kind: report
        due: chậm nhất ngày {{sub_reports}}
        to: {{focal}}

  - agency: Trưởng các thôn, tổ dân phố
    number: IV.3
    duties:
      - id: thon-phan-anh
        text: Kịp thời phản ánh với {{self}} những khó khăn, vướng mắc, kiến nghị của Nhân dân về việc thi hành pháp luật trên địa bàn.
        kind: information

  - agency: Ủy ban Mặt trận Tổ quốc Việt Nam {{kind}}
    number: IV.4
    level: other
    intro: Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {{kind}} phối hợp cung cấp thông tin, kiến nghị của Nhân dân về việc thi hành pháp luật trên địa bàn.

reporting:
  subjects: {{issuer}} ({{focal_lc}} tổng hợp, tham mưu)
  period: {{period}}
  due: chậm nhất ngày {{own_report}}
  to: {{report_to}}

budget:
  - Kinh phí thực hiện Kế hoạch được bảo đảm trong dự toán chi thường xuyên năm {{year}} của {{self}}.

closing: Trên đây là Kế hoạch {{subject}} năm {{year}} trên địa bàn {{area}}. Yêu cầu {{focal_lc}}, {{units_lc}}, Trưởng các thôn, tổ dân phố nghiêm túc triển khai thực hiện./.

recipients:
  - {{report_to}};
  - TT {{party}}, TT HĐND {{kind}};
  - Chủ tịch, các PCT {{self}};
  - {{units}};
  - Trưởng các thôn, tổ dân phố;
  - Lưu: VT.

#vi # Họ tên người ký ghi khi ký ban hành.
#en # The signer's name is written when the plan is signed.
signature:
  authority: TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
)TPL";

constexpr std::string_view commune_focus = R"TPL(  - id: lien-nganh
    number: {{focus_number}}
    name: Lĩnh vực trọng tâm, liên ngành năm {{year}}
    origin: national
    scope: Theo hướng dẫn của {{report_to}} sau khi có Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm {{year}}
    subjects: {{focal}}; {{units_lc}} có liên quan
#vi   # Sửa: thêm lĩnh vực trọng tâm cấp trên giao hoặc của địa phương, ví dụ:
#en   # Edit: add the focus areas set by the parent or chosen locally, for example:
  #   - id: dat-dai
  #     number: II.2
  #     name: Thi hành pháp luật trong lĩnh vực đất đai
  #     origin: local
  #     scope: Việc thực hiện Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành trên địa bàn {{kind}}
  #     subjects: Hộ gia đình, cá nhân, tổ chức sử dụng đất trên địa bàn {{kind}}
)TPL";

constexpr std::string_view commune_tasks = R"TPL(  - id: trien-khai-ke-hoach
    number: III.1
    title: Ban hành, triển khai Kế hoạch {{subject}} năm {{year}} của {{kind}}
    kind: plan
    description:
      - Ban hành Kế hoạch và gửi về {{report_to}}; quán triệt, triển khai Kế hoạch đến {{units_lc}} và Trưởng các thôn, tổ dân phố.
    lead: {{focal}}
    output: Kế hoạch được ban hành và gửi về {{report_to}}
    due: chậm nhất ngày {{own_plan}}

  - id: tap-huan
    number: III.2
    title: Tham gia tập huấn và phổ biến các văn bản quy định về {{subject}}
    kind: training
    description:
      - Cử công chức tham gia tập huấn do cấp trên tổ chức; phổ biến lại cho công chức chuyên môn và Trưởng các thôn, tổ dân phố tại hội nghị giao ban của {{kind}}.
    lead: {{focal}}
    due: Quý II năm {{year}}

  - id: thu-thap-thong-tin
    number: III.3
    title: Tiếp nhận và xử lý thông tin về tình hình thi hành pháp luật trên địa bàn {{kind}}
    kind: information
    description:
      - Tiếp nhận thông tin qua phản ánh, kiến nghị của Nhân dân, của Trưởng các thôn, tổ dân phố và qua hoạt động quản lý nhà nước; xử lý theo thẩm quyền hoặc báo cáo {{report_to}} xem xét, xử lý.
    lead:
      - {{focal}}
      - {{units}}
    partners: Trưởng các thôn, tổ dân phố
    output: Sổ theo dõi tiếp nhận thông tin; văn bản xử lý hoặc kiến nghị xử lý
    due: Thường xuyên trong năm
    focus: [lien-nganh]

  - id: theo-doi-trong-tam
    number: III.4
    title: Theo dõi thi hành pháp luật trong các lĩnh vực trọng tâm trên địa bàn {{kind}}
    kind: other
    description:
      - Theo dõi việc thi hành pháp luật trong các lĩnh vực trọng tâm tại mục II trên địa bàn; tổng hợp khó khăn, vướng mắc để kiến nghị.
    lead: {{units}}
    partners: {{focal}}
    due: Thường xuyên trong năm
    focus: [lien-nganh]

  - id: tu-kiem-tra
    number: III.5
    title: Tự kiểm tra việc thi hành pháp luật tại {{kind}}
    kind: inspection
    description:
      - Tự kiểm tra việc thi hành pháp luật trong các lĩnh vực trọng tâm tại {{kind}}; chuẩn bị hồ sơ, báo cáo phục vụ Đoàn kiểm tra của cấp trên khi được kiểm tra.
    lead: {{focal}}
    partners: {{units}}
    output: Báo cáo kết quả tự kiểm tra
    due: Quý III năm {{year}}
    focus: [lien-nganh]
)TPL";

}  // namespace

std::string_view plan(Level level) {
  switch (level) {
    case Level::province: return province_plan;
    case Level::department: return department_plan;
    case Level::district: return district_plan;
    case Level::commune: return commune_plan;
    default: return {};
  }
}

std::string_view focus_areas(Level level) {
  switch (level) {
    case Level::province: return province_focus;
    case Level::department: return department_focus;
    case Level::district: return district_focus;
    case Level::commune: return commune_focus;
    default: return {};
  }
}

std::string_view tasks(Level level) {
  switch (level) {
    case Level::province: return province_tasks;
    case Level::department: return department_tasks;
    case Level::district: return district_tasks;
    case Level::commune: return commune_tasks;
    default: return {};
  }
}

std::string_view basis() { return basis_text; }

std::string_view head() { return head_text; }

}  // namespace kehoach::templates
