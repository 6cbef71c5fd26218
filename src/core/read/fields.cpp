// The tables of the plan format (fields.hpp). The descriptions are the ones
// schemas/plan.schema.json gives each key ("[Bắt buộc. ]vi — [required; ]en"), which tests/format
// checks.
#include "read/fields.hpp"

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace kehoach::format {

namespace {

constexpr std::array<std::string_view, 2> status_values{"draft", "issued"};
// In the order of the enums Level and TaskKind (model.hpp).
constexpr std::array<std::string_view, 7> level_values{
    "national", "ministry", "province", "department", "district", "commune", "other"};
constexpr std::array<std::string_view, 8> kind_values{
    "plan", "training", "information", "inspection", "survey", "report", "focus", "other"};
constexpr std::array<std::string_view, 3> origin_values{"national", "local", "sector"};
constexpr std::array<std::string_view, 7> holds_values{
    "purpose", "requirements", "focus_areas", "tasks", "responsibilities", "reporting", "budget"};

constexpr std::array issuer_fields{
    bind<&Issuer::name>({.key = "name",
                         .type = Type::str,
                         .required = true,
                         .vi = "Tên cơ quan ban hành: \"UBND tỉnh Lai Châu\"",
                         .en = "name.",
                         .model = "Issuer::name"}),
    bind<&Issuer::level>({.key = "level",
                          .type = Type::level,
                          .required = true,
                          .allowed = level_values,
                          .vi = "Cấp của cơ quan ban hành",
                          .en = "the issuer's level.",
                          .model = "Issuer::level"}),
    bind<&Issuer::locality>({.key = "locality",
                             .type = Type::str,
                             .vi = "Địa bàn: \"Lai Châu\"",
                             .en = "the locality governed.",
                             .model = "Issuer::locality"}),
    bind<&Issuer::parent_authority>(
        {.key = "parent_authority",
         .type = Type::str,
         .vi = "Cơ quan chủ quản in phía trên tên cơ quan ban hành (nếu có)",
         .en = "the superior body printed above the issuer in the header, if any.",
         .model = "Issuer::parent_authority"}),
    bind<&Issuer::signer>(
        {.key = "signer",
         .type = Type::str,
         .vi = "Ai ban hành, theo lời văn của văn bản: \"Chủ tịch UBND huyện Tân Biên\"",
         .en = "who issues the plan, in the document's own words.",
         .model = "Issuer::signer"}),
};
constexpr auto issuer_keys = keys_of(issuer_fields);
constexpr Table issuer_table = table<Issuer>(issuer_fields, issuer_keys);

constexpr std::array basis_fields{
    bind<&LegalRef::ref>({.key = "ref",
                          .type = Type::str,
                          .required = true,
                          .vi = "Số, ký hiệu: \"59/2012/NĐ-CP\"",
                          .en = "number and symbol.",
                          .model = "LegalRef::ref"}),
    bind<&LegalRef::kind>(
        {.key = "kind",
         .type = Type::str,
         .vi = "Loại văn bản: Luật, Nghị định, Thông tư, Quyết định, Nghị quyết, Kế hoạch",
         .en = "kind of act.",
         .model = "LegalRef::kind"}),
    bind<&LegalRef::date>({.key = "date",
                           .type = Type::date,
                           .vi = "Ngày ban hành (YYYY-MM-DD)",
                           .en = "date of the act.",
                           .model = "LegalRef::date"}),
    bind<&LegalRef::issuer>(
        {.key = "issuer",
         .type = Type::str,
         .vi = "Cơ quan, người ban hành như viết: \"Chính phủ\", \"Bộ trưởng Bộ Tư pháp\"",
         .en = "who issued it, as written.",
         .model = "LegalRef::issuer"}),
    bind<&LegalRef::title>(
        {.key = "title",
         .type = Type::str,
         .vi = "Trích yếu như viết: \"về theo dõi tình hình thi hành pháp luật\"",
         .en = "the act's title as written.",
         .model = "LegalRef::title"}),
};
constexpr auto basis_keys = keys_of(basis_fields);
constexpr Table basis_table = table<LegalRef>(basis_fields, basis_keys);

constexpr std::array parent_fields{
    bind<&ParentRef::ref>({.key = "ref",
                           .type = Type::str,
                           .required = true,
                           .vi = "Số, ký hiệu của kế hoạch cấp trên: \"148/KH-UBND\"",
                           .en = "the parent plan's number.",
                           .model = "ParentRef::ref"}),
    bind<&ParentRef::date>({.key = "date",
                            .type = Type::date,
                            .vi = "Ngày ban hành kế hoạch cấp trên (YYYY-MM-DD)",
                            .en = "the parent plan's date.",
                            .model = "ParentRef::date"}),
    bind<&ParentRef::issuer>({.key = "issuer",
                              .type = Type::str,
                              .vi = "Cơ quan ban hành kế hoạch cấp trên: \"UBND tỉnh Tây Ninh\"",
                              .en = "its issuer.",
                              .model = "ParentRef::issuer"}),
    bind<&ParentRef::title>({.key = "title",
                             .type = Type::str,
                             .vi = "Trích yếu kế hoạch cấp trên như viết",
                             .en = "its title as written.",
                             .model = "ParentRef::title"}),
    bind<&ParentRef::file>({.key = "file",
                            .type = Type::str,
                            .vi = "Đường dẫn tệp kế hoạch cấp trên, tương đối so với tệp này",
                            .en = "path of the parent plan file, relative to this file.",
                            .model = "ParentRef::file"}),
};
constexpr auto parent_keys = keys_of(parent_fields);
constexpr Table parent_table = table<ParentRef>(parent_fields, parent_keys);

constexpr std::array outline_fields{
    bind<&Heading::number>(
        {.key = "number",
         .type = Type::str,
         .required = true,
         .vi = "Số mục theo văn bản, ghép từ số La Mã của phần: \"I\", \"II.3.1\", \"II.2.a\"",
         .en = "the heading's number as printed, as a path from the Roman section number.",
         .model = "Heading::number"}),
    bind<&Heading::title>({.key = "title",
                           .type = Type::str,
                           .required = true,
                           .vi = "Tên đề mục như in",
                           .en = "the heading's text as printed.",
                           .model = "Heading::title"}),
    bind<&Heading::holds>({.key = "holds",
                           .type = Type::choice,
                           .allowed = holds_values,
                           .vi = "Phần nào của kế hoạch được in dưới đề mục này",
                           .en = "which part of the plan is printed under this heading.",
                           .model = "Heading::holds"}),
};
constexpr auto outline_keys = keys_of(outline_fields);
constexpr Table outline_table = table<Heading>(outline_fields, outline_keys);

constexpr std::array focus_area_fields{
    bind<&FocusArea::id>({.key = "id",
                          .type = Type::id,
                          .required = true,
                          .vi = "Mã định danh, duy nhất trong kế hoạch: \"tai-chinh\"",
                          .en = "id.",
                          .model = "FocusArea::id"}),
    bind<&FocusArea::number>({.key = "number",
                              .type = Type::str,
                              .vi = "Số mục như in: \"II.1.2\"",
                              .en = "its number as printed.",
                              .model = "FocusArea::number"}),
    bind<&FocusArea::name>({.key = "name",
                            .type = Type::str,
                            .required = true,
                            .vi = "Tên lĩnh vực",
                            .en = "name of the focus area.",
                            .model = "FocusArea::name"}),
    bind<&FocusArea::origin>({.key = "origin",
                              .type = Type::choice,
                              .allowed = origin_values,
                              .vi = "Nguồn gốc: national (trọng tâm, liên ngành của Thủ tướng), "
                                    "local (của địa phương), sector (của ngành)",
                              .en = "whose focus area it is.",
                              .model = "FocusArea::origin"}),
    bind<&FocusArea::scope>({.key = "scope",
                             .type = Type::str,
                             .vi = "Phạm vi theo dõi",
                             .en = "scope of monitoring.",
                             .model = "FocusArea::scope"}),
    bind<&FocusArea::subjects>({.key = "subjects",
                                .type = Type::text,
                                .vi = "Đối tượng theo dõi",
                                .en = "who is monitored.",
                                .model = "FocusArea::subjects"}),
    bind<&FocusArea::content>({.key = "content",
                               .type = Type::text,
                               .vi = "Nội dung theo dõi",
                               .en = "what is monitored.",
                               .model = "FocusArea::content"}),
    bind<&FocusArea::lead>({.key = "lead",
                            .type = Type::str,
                            .vi = "Cơ quan chủ trì theo dõi lĩnh vực",
                            .en = "the agency that leads it.",
                            .model = "FocusArea::lead"}),
};
constexpr auto focus_area_keys = keys_of(focus_area_fields);
constexpr Table focus_area_table = table<FocusArea>(focus_area_fields, focus_area_keys);

constexpr std::array progress_fields{
    bind<&Progress::status>({.key = "status",
                             .type = Type::choice,
                             .required = true,
                             .allowed = progress_statuses,
                             .vi = "Tình trạng: not_started (chưa bắt đầu), in_progress (đang thực "
                                   "hiện), done (đã hoàn thành), cancelled (hủy bỏ)",
                             .en = "status.",
                             .model = "Progress::status"}),
    bind<&Progress::date>({.key = "date",
                           .type = Type::date,
                           .vi = "Ngày ghi nhận tình trạng, ví dụ ngày hoàn thành (YYYY-MM-DD)",
                           .en = "the date of the status, e.g. the day it was done.",
                           .model = "Progress::date"}),
};
constexpr auto progress_keys = keys_of(progress_fields);
constexpr Table progress_table = table<Progress>(progress_fields, progress_keys);

constexpr std::array duty_fields{
    bind<&Duty::id>({.key = "id",
                     .type = Type::id,
                     .vi = "Mã định danh, duy nhất trong kế hoạch",
                     .en = "id, unique in the plan.",
                     .model = "Duty::id"}),
    bind<&Duty::text>({.key = "text",
                       .type = Type::str,
                       .required = true,
                       .vi = "Nội dung nhiệm vụ như viết",
                       .en = "the duty as written.",
                       .model = "Duty::text"}),
    bind<&Duty::kind>({.key = "kind",
                       .type = Type::kind,
                       .allowed = kind_values,
                       .vi = "Loại nhiệm vụ",
                       .en = "kind of duty.",
                       .model = "Duty::kind"}),
    bind<&Duty::due>({.key = "due",
                      .type = Type::phrase,
                      .vi = "Thời hạn, như viết: \"trước ngày 03/12/2025\"",
                      .en = "deadline phrase as written.",
                      .model = "Duty::due"}),
    bind<&Duty::to>({.key = "to",
                     .type = Type::str,
                     .vi = "Nơi nhận sản phẩm: \"UBND huyện (qua Phòng Tư pháp)\"",
                     .en = "who receives it.",
                     .model = "Duty::to"}),
    bind<&Duty::levels>({.key = "levels",
                         .type = Type::levels,
                         .allowed = level_values,
                         .vi = "Các cấp dưới phải đưa nhiệm vụ này vào kế hoạch của mình",
                         .en = "lower levels that must carry this duty into their own plans.",
                         .model = "Duty::levels"}),
    bind<&Duty::implements>(
        {.key = "implements",
         .type = Type::ids,
         .vi = "Mã các hoạt động, nhiệm vụ của kế hoạch cấp trên mà nhiệm vụ này thực hiện",
         .en = "ids of the parent plan's tasks and duties this serves.",
         .model = "Duty::implements"}),
    bind<&Duty::progress>({.key = "progress",
                           .type = Type::mapping,
                           .vi = "Tiến độ thực hiện",
                           .en = "progress.",
                           .model = "Duty::progress",
                           .table = &progress_table}),
};
constexpr auto duty_keys = keys_of(duty_fields);
constexpr Table duty_table = table<Duty>(duty_fields, duty_keys);

constexpr std::array responsibility_fields{
    bind<&Responsibility::agency>({.key = "agency",
                                   .type = Type::str,
                                   .required = true,
                                   .vi = "Cơ quan: \"UBND các huyện, thành phố\"",
                                   .en = "the agency.",
                                   .model = "Responsibility::agency"}),
    bind<&Responsibility::number>({.key = "number",
                                   .type = Type::str,
                                   .vi = "Số mục như in: \"V.2\"",
                                   .en = "its number as printed.",
                                   .model = "Responsibility::number"}),
    bind<&Responsibility::level>({.key = "level",
                                  .type = Type::level,
                                  .allowed = level_values,
                                  .vi = "Cấp của cơ quan",
                                  .en = "the agency's level.",
                                  .model = "Responsibility::level"}),
    bind<&Responsibility::intro>({.key = "intro",
                                  .type = Type::str,
                                  .vi = "Câu dẫn trước các nhiệm vụ, như viết",
                                  .en = "the sentence before the duties.",
                                  .model = "Responsibility::intro"}),
    bind<&Responsibility::duties>({.key = "duties",
                                   .type = Type::mappings,
                                   .vi = "Các nhiệm vụ",
                                   .en = "the duties.",
                                   .model = "Responsibility::duties",
                                   .table = &duty_table}),
};
constexpr auto responsibility_keys = keys_of(responsibility_fields);
constexpr Table responsibility_table =
    table<Responsibility>(responsibility_fields, responsibility_keys);

constexpr std::array task_fields{
    bind<&Task::id>({.key = "id",
                     .type = Type::id,
                     .required = true,
                     .vi = "Mã định danh, duy nhất trong kế hoạch và ổn định qua các năm: "
                           "\"kiem-tra-lien-nganh\"",
                     .en = "id, unique in the plan.",
                     .model = "Task::id"}),
    bind<&Task::number>({.key = "number",
                         .type = Type::str,
                         .vi = "Số mục như in: \"III.2.2\"",
                         .en = "its number as printed.",
                         .model = "Task::number"}),
    bind<&Task::title>({.key = "title",
                        .type = Type::str,
                        .required = true,
                        .vi = "Tên hoạt động",
                        .en = "title.",
                        .model = "Task::title"}),
    bind<&Task::kind>({.key = "kind",
                       .type = Type::kind,
                       .required = true,
                       .allowed = kind_values,
                       .vi = "Loại hoạt động",
                       .en = "kind of activity.",
                       .model = "Task::kind"}),
    bind<&Task::description>({.key = "description",
                              .type = Type::text,
                              .vi = "Nội dung hoạt động",
                              .en = "what the activity is.",
                              .model = "Task::description"}),
    bind<&Task::lead>({.key = "lead",
                       .type = Type::text,
                       .vi = "Cơ quan chủ trì / thực hiện",
                       .en = "lead agency or agencies.",
                       .model = "Task::lead"}),
    bind<&Task::partners>({.key = "partners",
                           .type = Type::text,
                           .vi = "Cơ quan phối hợp",
                           .en = "partner agencies.",
                           .model = "Task::partners"}),
    bind<&Task::output>({.key = "output",
                         .type = Type::str,
                         .vi = "Sản phẩm đầu ra",
                         .en = "output.",
                         .model = "Task::output"}),
    bind<&Task::due>({.key = "due",
                      .type = Type::phrase,
                      .vi = "Thời gian thực hiện, như viết: \"Quý III, quý IV năm 2025\"",
                      .en = "time frame as written (a deadline phrase).",
                      .model = "Task::due"}),
    bind<&Task::levels>({.key = "levels",
                         .type = Type::levels,
                         .allowed = level_values,
                         .vi = "Các cấp dưới phải đưa hoạt động này vào kế hoạch của mình",
                         .en = "lower levels that must carry this task into their own plans.",
                         .model = "Task::levels"}),
    bind<&Task::implements>(
        {.key = "implements",
         .type = Type::ids,
         .vi = "Mã các hoạt động, nhiệm vụ của kế hoạch cấp trên mà hoạt động này thực hiện",
         .en = "ids of the parent plan's tasks and duties this serves.",
         .model = "Task::implements"}),
    bind<&Task::focus>({.key = "focus",
                        .type = Type::ids,
                        .vi = "Mã các lĩnh vực trọng tâm (focus_areas) mà hoạt động phục vụ",
                        .en = "ids of this plan's focus areas the task serves.",
                        .model = "Task::focus"}),
    bind<&Task::conditional>({.key = "conditional",
                              .type = Type::boolean,
                              .vi = "true khi văn bản ghi \"(nếu có)\": chỉ thực hiện khi cần",
                              .en = "true for \"(nếu có)\": carried out only if needed.",
                              .model = "Task::conditional"}),
    bind<&Task::progress>({.key = "progress",
                           .type = Type::mapping,
                           .vi = "Tiến độ thực hiện",
                           .en = "progress.",
                           .model = "Task::progress",
                           .table = &progress_table}),
};
constexpr auto task_keys = keys_of(task_fields);
constexpr Table task_table = table<Task>(task_fields, task_keys);

constexpr std::array reporting_fields{
    bind<&Reporting::subjects>({.key = "subjects",
                                .type = Type::str,
                                .vi = "Cơ quan, đơn vị phải báo cáo",
                                .en = "who reports.",
                                .model = "Reporting::subjects"}),
    bind<&Reporting::period>({.key = "period",
                              .type = Type::phrase,
                              .vi = "Thời gian chốt số liệu: \"Tính từ 01/12/2023 đến 20/11/2024\"",
                              .en = "the data window (a phrase).",
                              .model = "Reporting::period"}),
    bind<&Reporting::due>({.key = "due",
                           .type = Type::phrase,
                           .vi = "Thời hạn gửi báo cáo: \"Chậm nhất ngày 25/11/2024\"",
                           .en = "when the report is due.",
                           .model = "Reporting::due"}),
    bind<&Reporting::to>({.key = "to",
                          .type = Type::str,
                          .vi = "Nơi nhận báo cáo",
                          .en = "who receives the reports.",
                          .model = "Reporting::to"}),
    bind<&Reporting::content>({.key = "content",
                               .type = Type::str,
                               .vi = "Nội dung báo cáo",
                               .en = "what the report contains.",
                               .model = "Reporting::content"}),
};
constexpr auto reporting_keys = keys_of(reporting_fields);
constexpr Table reporting_table = table<Reporting>(reporting_fields, reporting_keys);

constexpr std::array signature_fields{
    bind<&Signature::authority>({.key = "authority",
                                 .type = Type::str,
                                 .vi = "Quyền hạn ký: \"TM. ỦY BAN NHÂN DÂN\"",
                                 .en = "signing authority.",
                                 .model = "Signature::authority"}),
    bind<&Signature::role>({.key = "role",
                            .type = Type::str,
                            .vi = "Chức vụ theo quyền hạn: \"KT. CHỦ TỊCH\"",
                            .en = "role line.",
                            .model = "Signature::role"}),
    bind<&Signature::title>({.key = "title",
                             .type = Type::str,
                             .vi = "Chức vụ người ký: \"PHÓ CHỦ TỊCH\"",
                             .en = "the signer's title.",
                             .model = "Signature::title"}),
    bind<&Signature::name>({.key = "name",
                            .type = Type::str,
                            .vi = "Họ tên người ký (dự thảo có thể để trống)",
                            .en = "the signer's name (a draft may leave it out).",
                            .model = "Signature::name"}),
};
constexpr auto signature_keys = keys_of(signature_fields);
constexpr Table signature_table = table<Signature>(signature_fields, signature_keys);

constexpr std::array plan_fields{
    bind<&Plan::format>({.key = "format",
                         .type = Type::str,
                         .required = true,
                         .allowed = plan_formats,
                         .vi = "Phiên bản định dạng, đúng \"kehoach/1\"",
                         .en = "the format version, exactly \"kehoach/1\".",
                         .model = "Plan::format"}),
    bind<&Plan::status>({.key = "status",
                         .type = Type::choice,
                         .required = true,
                         .allowed = status_values,
                         .vi = "draft (dự thảo) hoặc issued (đã ký ban hành)",
                         .en = "draft or issued.",
                         .model = "Plan::status"}),
    bind<&Plan::number>({.key = "number",
                         .type = Type::str,
                         .vi = "Số, ký hiệu: \"148/KH-UBND\"; dự thảo ghi \"/KH-UBND\" hoặc bỏ "
                               "trống; bắt buộc khi status là issued",
                         .en = "number and symbol; a draft may write \"/KH-UBND\" or leave it out; "
                               "required when issued.",
                         .model = "Plan::number"}),
    bind<&Plan::issuer>({.key = "issuer",
                         .type = Type::mapping,
                         .required = true,
                         .vi = "Cơ quan ban hành kế hoạch",
                         .en = "the authority that issues the plan.",
                         .model = "Plan::issuer",
                         .table = &issuer_table}),
    bind<&Plan::place>(
        {.key = "place",
         .type = Type::str,
         .vi = "Địa danh ở dòng địa danh, ngày tháng: \"Lai Châu\"; bắt buộc khi issued",
         .en = "the place of the place-and-date line; required when issued.",
         .model = "Plan::place"}),
    bind<&Plan::issued>({.key = "issued",
                         .type = Type::issue_date,
                         .vi = "Ngày ban hành: YYYY-MM-DD; dự thảo để trống ngày ghi YYYY-MM, chỉ "
                               "biết năm ghi YYYY; bắt buộc (đủ ngày) khi issued",
                         .en = "the issue date; a draft may give YYYY-MM or YYYY; a full date is "
                               "required when issued.",
                         .model = "Plan::issued"}),
    bind<&Plan::year>({.key = "year",
                       .type = Type::year,
                       .required = true,
                       .vi = "Năm kế hoạch (1900–2100)",
                       .en = "the plan year.",
                       .model = "Plan::year"}),
    bind<&Plan::title>({.key = "title",
                        .type = Type::str,
                        .required = true,
                        .vi = "Trích yếu dưới chữ \"KẾ HOẠCH\"",
                        .en = "the title under \"KẾ HOẠCH\".",
                        .model = "Plan::title"}),
    bind<&Plan::basis_lead>(
        {.key = "basis_lead",
         .type = Type::str,
         .vi = "Từ mở đầu đoạn căn cứ: \"Căn cứ\" (mặc định) hoặc \"Thực hiện\"",
         .en = "the word that opens the basis paragraph (default Căn cứ).",
         .model = "Plan::basis_lead"}),
    bind<&Plan::basis>({.key = "basis",
                        .type = Type::mappings,
                        .vi = "Các văn bản làm căn cứ",
                        .en = "the legal acts cited as basis.",
                        .model = "Plan::basis",
                        .table = &basis_table}),
    bind<&Plan::parent>({.key = "parent",
                         .type = Type::mapping,
                         .vi = "Kế hoạch cấp trên mà kế hoạch này thực hiện",
                         .en = "the plan this plan implements.",
                         .model = "Plan::parent",
                         .table = &parent_table}),
    bind<&Plan::enactment>({.key = "enactment",
                            .type = Type::str,
                            .vi = "Câu ban hành: \"… ban hành Kế hoạch … như sau:\"",
                            .en = "the sentence that issues the plan.",
                            .model = "Plan::enactment"}),
    bind<&Plan::outline>(
        {.key = "outline",
         .type = Type::mappings,
         .vi = "Các đề mục của văn bản theo thứ tự in, để trình bày lại đúng cách đánh số của văn "
               "bản",
         .en = "the document's headings in printed order, to render it in its own numbering.",
         .model = "Plan::outline",
         .table = &outline_table}),
    bind<&Plan::purpose>({.key = "purpose",
                          .type = Type::text,
                          .vi = "Mục đích",
                          .en = "purpose.",
                          .model = "Plan::purpose"}),
    bind<&Plan::requirements>({.key = "requirements",
                               .type = Type::text,
                               .vi = "Yêu cầu",
                               .en = "requirements.",
                               .model = "Plan::requirements"}),
    bind<&Plan::focus_areas>({.key = "focus_areas",
                              .type = Type::mappings,
                              .vi = "Lĩnh vực theo dõi trọng tâm",
                              .en = "focus areas.",
                              .model = "Plan::focus_areas",
                              .table = &focus_area_table}),
    bind<&Plan::tasks>({.key = "tasks",
                        .type = Type::mappings,
                        .vi = "Các hoạt động",
                        .en = "the activities of the plan.",
                        .model = "Plan::tasks",
                        .table = &task_table}),
    bind<&Plan::responsibilities>({.key = "responsibilities",
                                   .type = Type::mappings,
                                   .vi = "Trách nhiệm thực hiện, theo từng cơ quan",
                                   .en = "responsibilities, per agency.",
                                   .model = "Plan::responsibilities",
                                   .table = &responsibility_table}),
    bind<&Plan::reporting>({.key = "reporting",
                            .type = Type::mapping,
                            .vi = "Chế độ báo cáo",
                            .en = "the reporting regime.",
                            .model = "Plan::reporting",
                            .table = &reporting_table}),
    bind<&Plan::budget>({.key = "budget",
                         .type = Type::text,
                         .vi = "Kinh phí",
                         .en = "budget.",
                         .model = "Plan::budget"}),
    bind<&Plan::closing>({.key = "closing",
                          .type = Type::str,
                          .vi = "Đoạn kết: \"Trên đây là …\", \"Đề nghị …\"",
                          .en = "the closing paragraph.",
                          .model = "Plan::closing"}),
    bind<&Plan::recipients>({.key = "recipients",
                             .type = Type::strings,
                             .vi = "Nơi nhận, mỗi dòng một mục, kết thúc bằng \"Lưu: VT, …\"",
                             .en = "recipients, one per line, ending with \"Lưu: VT, …\".",
                             .model = "Plan::recipients"}),
    bind<&Plan::signature>({.key = "signature",
                            .type = Type::mapping,
                            .vi = "Thể thức ký",
                            .en = "the signature block.",
                            .model = "Plan::signature",
                            .table = &signature_table}),
};
constexpr auto plan_keys = keys_of(plan_fields);
constexpr Table plan_top = table<Plan>(plan_fields, plan_keys);

static_assert(plan_keys.size() <= yaml_tree::Fields::max_keys);

consteval std::size_t index_of(std::span<const Field> fields, std::string_view key) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].key == key) return i;
  }
  throw "no such key";
}
// The loader reads the keys in the table's order, and a deadline phrase without a year takes
// the plan year: `year` comes before every part that holds phrases.
static_assert(index_of(plan_fields, "year") < index_of(plan_fields, "tasks") &&
              index_of(plan_fields, "year") < index_of(plan_fields, "responsibilities") &&
              index_of(plan_fields, "year") < index_of(plan_fields, "reporting"));

}  // namespace

const Table plan_table = plan_top;

std::string_view type_name(Type type) {
  constexpr std::array<std::string_view, 16> names{
      "str",   "text", "phrase",  "date",    "issue_date", "year",   "id",      "choice",
      "level", "kind", "boolean", "strings", "ids",        "levels", "mapping", "mappings"};
  return names[static_cast<std::size_t>(type)];
}

}  // namespace kehoach::format
