#include "kehoach/rules.hpp"

#include <array>

namespace kehoach {

namespace {

constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;
constexpr auto N = Severity::note;

constexpr std::array catalogue{
    Rule{"KH001", E, "Cú pháp YAML không hợp lệ", "YAML syntax error"},
    Rule{"KH002", E, "Giá trị sai kiểu", "Value of the wrong type"},
    Rule{"KH003", E, "Khóa không được định nghĩa trong định dạng", "Unknown key"},
    Rule{"KH004", E, "Khóa bị lặp lại", "Duplicate key"},
    Rule{"KH005", E, "Không chấp nhận anchor và alias của YAML",
         "YAML anchors and aliases are refused"},
    Rule{"KH006", E, "Tệp quá lớn", "File too large"},
    Rule{"KH007", E, "Tệp không phải UTF-8 hợp lệ", "File is not valid UTF-8"},
    Rule{"KH008", E, "Thiếu khóa bắt buộc", "Required key missing"},
    Rule{"KH009", E, "Giá trị không thuộc tập cho phép", "Value not among the allowed ones"},
    Rule{"KH010", E, "Ngày không hợp lệ", "Invalid date"},
    Rule{"KH011", E, "Lồng nhau quá sâu", "Nesting too deep"},
    Rule{"KH012", E, "Phiên bản định dạng không được hỗ trợ", "Unsupported format version"},
    Rule{"KH013", E, "Tệp rỗng hoặc không phải một kế hoạch", "Empty file or not a plan"},
    Rule{"KH014", W, "Giá trị bị cắt ở dấu ` #` (YAML đọc phần sau là chú thích)",
         "A value cut short at ` #` (YAML reads the rest as a comment)"},
    Rule{"KH101", E, "Thiếu mục bắt buộc hoặc mục rỗng", "Required section missing or empty"},
    Rule{"KH102", E, "Không đọc được cụm từ thời hạn", "Deadline phrase cannot be read"},
    Rule{"KH103", W, "Thời hạn nằm ngoài năm kế hoạch", "Deadline outside the plan year"},
    Rule{"KH104", W, "Hạn ban hành kế hoạch cấp dưới muộn hơn Quý I",
         "Deadline for sub-units' plans after the first quarter"},
    Rule{"KH105", W, "Hạn báo cáo năm sớm bất thường (trước tháng 10)",
         "Yearly report due unusually early (before October)"},
    Rule{"KH106", E, "Kỳ số liệu và hạn báo cáo không theo thứ tự",
         "Data window and report due out of order"},
    Rule{"KH107", E, "Hạn báo cáo của đơn vị cấp dưới muộn hơn hạn của chế độ báo cáo",
         "A sub-unit's report due after the reporting deadline"},
    Rule{"KH108", E, "Mã (id) bị trùng", "Duplicate id"},
    Rule{"KH109", E, "Tham chiếu tới lĩnh vực trọng tâm không có",
         "Reference to a missing focus area"},
    Rule{"KH110", W, "Số, ký hiệu văn bản sai thể thức", "Document number in the wrong form"},
    Rule{"KH111", E, "Kế hoạch đã ban hành thiếu số, ngày hoặc địa danh",
         "Issued plan without number, date or place"},
    Rule{"KH112", W, "Ngày ban hành không khớp năm kế hoạch",
         "Issue date does not fit the plan year"},
    Rule{"KH113", W, "Thể thức chữ ký sai", "Signature block in the wrong form"},
    Rule{"KH114", E, "Số hiệu văn bản viện dẫn sai dạng", "Malformed legal reference"},
    Rule{"KH115", E, "Năm trong số hiệu văn bản khác năm ban hành",
         "Year in an act's number differs from its date"},
    Rule{"KH116", W, "Văn bản viện dẫn đã hết hiệu lực", "Cited act no longer in force"},
    Rule{"KH117", W, "Ngày ban hành văn bản viện dẫn sai", "Cited act's date is wrong"},
    Rule{"KH118", E, "Cấp huyện sau ngày 30/06/2025", "District level after 30/06/2025"},
    Rule{"KH119", W, "Thời hạn rơi vào ngày nghỉ (cuối tuần, lễ, tết)",
         "Deadline falls on a weekend or a public holiday"},
    Rule{"KH120", W, "Nơi nhận không kết thúc bằng “Lưu: VT”",
         "Recipients do not end with “Lưu: VT”"},
    Rule{"KH121", W, "Thời hạn trước ngày ban hành kế hoạch",
         "Deadline before the plan's issue date"},
    Rule{"KH122", E, "Tên cơ quan ban hành thuộc cấp khác `issuer.level`",
         "Issuer's name names a body of another level than `issuer.level`"},
    Rule{"KH130", W, "Văn bản viện dẫn chưa có hiệu lực vào ngày ban hành kế hoạch",
         "Cited act not yet in force on the plan's date"},
    Rule{"KH131", W, "Tỉnh cũ, đã sắp xếp theo Nghị quyết 202/2025/QH15",
         "A former province, merged by Resolution 202/2025/QH15"},
    Rule{"KH132", E, "Năm trong tên kế hoạch khác năm kế hoạch (`year`)",
         "The title's year differs from `year`"},
    Rule{"KH133", E, "Kỳ số liệu báo cáo nằm ngoài năm kế hoạch hoặc là kỳ của năm trước",
         "Reporting data window outside the plan year, or last year's"},
    Rule{"KH134", W, "Chỗ trống của mẫu chưa điền (lỗi nếu kế hoạch đã ban hành)",
         "Template blank not filled in (an error in an issued plan)"},
    Rule{"KH135", W, "Cùng một kế hoạch có trong hai tệp", "The same plan in two files"},
    Rule{"KH136", W, "Còn nhắc cơ quan cấp huyện sau ngày 30/06/2025",
         "Names a district body after 30/06/2025"},
    Rule{"KH137", E, "Ban hành trước ngày của kế hoạch cấp trên được viện dẫn (`parent.date`)",
         "Issued before the date of the cited parent plan (`parent.date`)"},
    Rule{"KH138", W, "Tên kế hoạch cấp trên được viện dẫn ghi năm khác năm kế hoạch",
         "The cited parent title (`parent.title`) names another year than the plan's"},
    Rule{"KH139", W, "Nội dung ghi một hạn khác thời hạn (`due`) của chính việc đó",
         "The text states a deadline other than the item's own `due`"},
    Rule{"KH140", E, "Lời ban hành hoặc lời kết ghi năm khác năm kế hoạch (`year`)",
         "The enactment or the closing names another year than `year`"},
    Rule{"KH141", W, "Năm hoặc ngày trước năm kế hoạch ghi như thời gian của kế hoạch này",
         "A year or a date before the plan year written as this plan's own time"},
    Rule{"KH201", E, "Năm kế hoạch khác năm của kế hoạch cấp trên",
         "Plan year differs from the parent's"},
    Rule{"KH202", E, "Trích dẫn kế hoạch cấp trên không khớp tệp cấp trên (số, ngày, cơ quan)",
         "Parent reference disagrees with the parent file (number, date, issuer)"},
    Rule{"KH203", E, "Hạn báo cáo sau hạn cấp trên đặt cho cấp này",
         "Report due after the parent's deadline for this level"},
    Rule{"KH204", E, "Ban hành trước kế hoạch cấp trên", "Issued before the parent plan"},
    Rule{"KH205", W, "Ban hành sau hạn cấp trên giao cho việc ban hành kế hoạch",
         "Issued after the parent's deadline for sub-plans"},
    Rule{"KH206", E, "Thiếu nhiệm vụ cấp trên giao cho cấp này",
         "A parent task or duty for this level is not carried"},
    Rule{"KH207", E, "Thời hạn muộn hơn thời hạn của nhiệm vụ cấp trên",
         "Deadline after the parent deadline it serves"},
    Rule{"KH208", W, "Chưa đưa lĩnh vực trọng tâm của cấp trên vào kế hoạch",
         "A parent focus area is not carried over"},
    Rule{"KH209", E, "`implements` trỏ tới mã không có trong kế hoạch cấp trên",
         "`implements` names an id the parent does not have"},
    Rule{"KH210", N, "Không so được thời hạn với cấp trên (không có ngày cụ thể)",
         "Deadline cannot be compared with the parent's (no date)"},
    Rule{"KH211", E, "Thực hiện kế hoạch cấp huyện sau ngày 30/06/2025",
         "Implements a district plan after 30/06/2025"},
    Rule{"KH212", E, "Không đọc được kế hoạch cấp trên", "Parent plan cannot be read"},
    Rule{"KH213", N, "Nhiệm vụ cấp trên được coi là đã thực hiện chỉ vì tên giống",
         "A parent task or duty is taken as carried by title likeness alone"},
    Rule{"KH214", W, "`implements` trỏ tới nhiệm vụ cấp trên giao cho cấp khác",
         "`implements` names a parent item addressed to another level"},
    Rule{"KH215", N, "Chưa đối chiếu với kế hoạch cấp trên: không có tệp của nó",
         "Not checked against the parent plan: its file is not here"},
    Rule{"KH220", E, "Tên kế hoạch cấp trên ghi năm khác năm của tệp cấp trên",
         "`parent.title` names another year than the parent file"},
    Rule{"KH221", E, "Cấp của kế hoạch không thấp hơn cấp của kế hoạch cấp trên",
         "The plan's level is not below its parent's"},
    Rule{"KH222", W, "Viện dẫn văn bản mà kế hoạch cấp trên đã thay bằng văn bản mới",
         "Cites an act that the parent plan shows replaced"},
    Rule{"KH301", E, "Tệp tiến độ nhắc tới mục không có trong kế hoạch",
         "Progress file names an item the plan does not have"},
    Rule{"KH302", W, "Đã xong hoặc đã hủy nhưng không ghi ngày",
         "Done or cancelled without a date"},
    Rule{"KH303", N, "Tiến độ ghi cả trong kế hoạch và trong tệp tiến độ (dùng tệp tiến độ)",
         "Progress recorded in both the plan and the progress file (the file's is used)"},
    Rule{"KH304", E,
         "Ngày xong hoặc hủy trước năm kế hoạch và ngày ban hành (cảnh báo nếu chỉ trước ngày "
         "ban hành)",
         "Done or cancelled before the plan's year and issue date (a warning when only before "
         "the issue date)"},
    Rule{"KH305", W, "Ngày xong hoặc hủy ở tương lai", "Done or cancelled on a future date"},
    Rule{"KH306", W, "Ghi đã xong trước khi thời hạn (hoặc lần đến hạn) bắt đầu",
         "Recorded done before the deadline (or the occurrence) begins"},
};

}  // namespace

std::span<const Rule> rules() { return catalogue; }

const Rule* find_rule(std::string_view code) {
  for (const auto& rule : catalogue) {
    if (rule.code == code) return &rule;
  }
  return nullptr;
}

}  // namespace kehoach
