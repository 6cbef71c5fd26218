// The plan model: what a Kế hoạch theo dõi tình hình thi hành pháp luật holds, with the
// 1-based position in its file of every value, so that any check can point at the text.
// The file format is documented in man/kehoach-plan.5 and schemas/plan.schema.json.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kehoach/date.hpp"
#include "kehoach/diagnostic.hpp"

namespace kehoach {

/// A value with the position in the file where it was written (0:0 when absent).
template <class T>
struct Located {
  T value{};
  Position at{};
  bool present = false;  ///< false when the key was not in the file
};

/// A string from the file, NFC-normalised.
using Text = Located<std::string>;

/// Administrative level of a plan's issuer or of an addressed agency (cấp).
/// The last day of the district level: from 01/07/2025 local government has two levels, the
/// province and the commune (Luật Tổ chức chính quyền địa phương 2025).
inline constexpr Date last_district_day{2025, 6, 30};

enum class Level {
  national,  ///< Thủ tướng, Chính phủ
  ministry,  ///< bộ, cơ quan ngang bộ
  province,  ///< UBND tỉnh, thành phố trực thuộc trung ương
  department,  ///< cơ quan chuyên môn of the issuing UBND: sở/ban/ngành, or phòng at a district
  district,  ///< UBND huyện, quận, thị xã, thành phố thuộc tỉnh (until 30/06/2025)
  commune,   ///< UBND xã, phường, thị trấn, đặc khu
  other,  ///< bodies asked to take part: Tòa án, Viện kiểm sát, Mặt trận, hội, báo chí
};

/// Whether a plan has been signed and numbered.
enum class Status { draft, issued };

/// What kind of activity a task or duty is.
enum class TaskKind { plan, training, information, inspection, survey, report, focus, other };

/// How a deadline phrase reads (see due.hpp).
enum class DueKind { date, month, quarter, year, range, ongoing, periodic, event };

/// One time a deadline falls due: a deadline with rounds (đợt), a list ("Tháng 6 và tháng
/// 12") or a repetition (hằng quý) has several, each with its own start and last day.
struct Occurrence {
  std::optional<Date> start;
  Date due;
  /// The phrase names the day after `due` ("trước ngày 15/12" is due 14/12): the writer chose
  /// that day, so `due` itself need not be a working day (KH119).
  bool day_before = false;
  friend bool operator==(const Occurrence&, const Occurrence&) = default;
};

/// A deadline phrase read into dates. `due` is the last day that still counts.
struct Deadline {
  DueKind kind = DueKind::event;
  std::optional<Date> start;  ///< the first occurrence's start
  std::optional<Date> due;    ///< the last occurrence's due date
  std::string note;           ///< for event/periodic: what the phrase depends on, as written;
                              ///< for a dated reading: the qualifier after the deadline that
                              ///< was not read into it ("theo quy định"), as written
  /// In date order; one element for a single deadline; empty when `due` is not set.
  std::vector<Occurrence> occurrences;
};

/// A deadline as written in the plan, and how kehoach reads it.
struct DueField {
  Text phrase;                      ///< as written: "Quý II, III năm 2024"
  std::optional<Deadline> reading;  ///< nullopt when the phrase could not be read
  Message error;                    ///< why it could not be read
};

/// The issue date (ngày ban hành): a draft may leave the day, or the whole date, blank.
struct IssueDate {
  int year = 0;
  int month = 0;  ///< 0 when blank
  int day = 0;    ///< 0 when blank
  Position at{};
  bool present = false;
  /// The full date, when day and month are given.
  [[nodiscard]] std::optional<Date> date() const {
    if (day == 0 || month == 0) return std::nullopt;
    return Date{year, month, day};
  }
};

/// An agency or authority named in the plan.
struct Issuer {
  Text name;              ///< "UBND tỉnh Lai Châu"
  Located<Level> level;   ///< province
  Text locality;          ///< "Lai Châu"
  Text parent_authority;  ///< cơ quan chủ quản printed above the issuer, if any
  Text signer;            ///< who issues in the document's own words ("Chủ tịch UBND huyện")
};

/// A legal act cited as basis (căn cứ).
struct LegalRef {
  Text ref;   ///< "59/2012/NĐ-CP"
  Text kind;  ///< "Nghị định"
  Located<Date> date;
  Text issuer;  ///< "Chính phủ"
  Text title;   ///< "về theo dõi tình hình thi hành pháp luật"
  Position at;  ///< where the entry starts
};

/// The plan this plan implements (thực hiện Kế hoạch số … của …).
struct ParentRef {
  Text ref;  ///< "148/KH-UBND"
  Located<Date> date;
  Text issuer;  ///< "UBND tỉnh Tây Ninh"
  Text title;
  Text file;  ///< path of the parent's plan file, relative to this file
  Position at;
};

/// A heading of the document, for rendering it as written (mục I, II, 1., 3.1 …).
struct Heading {
  Text number;  ///< "III", "III.2"
  Text title;
  Text holds;  ///< which part of the plan is printed under it: purpose, requirements, …
  Position at;
};

/// A focus area monitored (lĩnh vực theo dõi trọng tâm).
struct FocusArea {
  Text id;
  Text number;
  Text name;
  Text origin;                 ///< national | local | sector: whose focus area it is
  Text scope;                  ///< phạm vi theo dõi
  std::vector<Text> subjects;  ///< đối tượng theo dõi
  std::vector<Text> content;   ///< nội dung theo dõi
  Text lead;
  Position at;
};

/// Progress of a task or duty (tiến độ).
struct Progress {
  Text status;  ///< not_started | in_progress | done | cancelled
  Located<Date> date;
  Position at;
};

/// An activity of the plan (hoạt động), with who does it, what it produces and when.
struct Task {
  Text id;
  Text number;  ///< as printed: "III.2.2"
  Text title;
  Located<TaskKind> kind;
  std::vector<Text> description;       ///< nội dung hoạt động
  std::vector<Text> lead;              ///< cơ quan chủ trì / thực hiện
  std::vector<Text> partners;          ///< cơ quan phối hợp
  Text output;                         ///< sản phẩm đầu ra
  DueField due;                        ///< thời gian thực hiện
  std::vector<Located<Level>> levels;  ///< lower levels that must carry it into their plans
  std::vector<Text> implements;        ///< ids of the parent plan's tasks and duties
  std::vector<Text> focus;             ///< ids of focus areas the task serves
  Located<bool> conditional;           ///< "(nếu có)": carried out only if needed
  std::optional<Progress> progress;
  Position at;
};

/// One duty of an agency (nhiệm vụ) in the responsibilities section.
struct Duty {
  Text id;
  Text text;
  Located<TaskKind> kind;
  DueField due;
  Text to;  ///< who receives the output ("UBND huyện (qua Phòng Tư pháp)")
  std::vector<Located<Level>> levels;
  std::vector<Text> implements;
  std::optional<Progress> progress;
  Position at;
};

/// The responsibilities of one agency or group of agencies (trách nhiệm thực hiện).
struct Responsibility {
  Text agency;
  Text number;
  Located<Level> level;
  Text intro;  ///< the sentence before the duties, as written
  std::vector<Duty> duties;
  Position at;
};

/// The reporting regime (chế độ báo cáo).
struct Reporting {
  Text subjects;    ///< who reports
  DueField period;  ///< thời gian chốt số liệu
  DueField due;     ///< thời gian gửi báo cáo
  Text to;
  Text content;
  Position at;
};

/// The signature block (thể thức ký).
struct Signature {
  Text authority;  ///< "TM. ỦY BAN NHÂN DÂN"
  Text role;       ///< "KT. CHỦ TỊCH"
  Text title;      ///< "PHÓ CHỦ TỊCH"
  Text name;
  Position at;
};

/// A whole plan file.
struct Plan {
  std::string file;  ///< file name as given by the user
  Text format;       ///< "kehoach/1"
  Located<Status> status;
  Text number;  ///< "148/KH-UBND"; a draft may write "/KH-UBND" or leave it out
  Issuer issuer;
  Text place;
  IssueDate issued;
  Located<int> year;
  Text title;
  Text basis_lead;  ///< "Căn cứ" or "Thực hiện": how the basis paragraph opens
  std::vector<LegalRef> basis;
  std::optional<ParentRef> parent;
  Text enactment;  ///< "Ủy ban nhân dân tỉnh … ban hành Kế hoạch … như sau:"
  std::vector<Heading> outline;
  std::vector<Text> purpose;
  std::vector<Text> requirements;
  std::vector<FocusArea> focus_areas;
  std::vector<Task> tasks;
  std::vector<Responsibility> responsibilities;
  std::optional<Reporting> reporting;
  std::vector<Text> budget;
  Text closing;
  std::vector<Text> recipients;
  std::optional<Signature> signature;
};

/// The key used in files for a level (`province`), and back.
[[nodiscard]] std::string_view level_key(Level level);
[[nodiscard]] std::optional<Level> level_from_key(std::string_view key);
/// The key used in files for a task kind (`inspection`), and back.
[[nodiscard]] std::string_view task_kind_key(TaskKind kind);
[[nodiscard]] std::optional<TaskKind> task_kind_from_key(std::string_view key);
/// The key used in JSON output for a deadline kind (`quarter`).
[[nodiscard]] std::string_view due_kind_key(DueKind kind);

/// A level named for a reader, as a noun: `xã` / `commune`, `sở, ngành` / `department`.
[[nodiscard]] std::string_view level_label(Level level, Lang lang);
/// A level as a phrase: `cấp xã` / `commune level`, `cơ quan chuyên môn` / `department level`.
[[nodiscard]] std::string_view level_phrase(Level level, Lang lang);
/// A task kind named for a reader: `kiểm tra` / `inspection`.
[[nodiscard]] std::string_view task_kind_label(TaskKind kind, Lang lang);
/// A deadline kind named for a reader: `quý` / `quarter`.
[[nodiscard]] std::string_view due_kind_label(DueKind kind, Lang lang);

}  // namespace kehoach
