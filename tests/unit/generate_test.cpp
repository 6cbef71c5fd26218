#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kehoach/acts.hpp"
#include "kehoach/check.hpp"
#include "kehoach/generate.hpp"
#include "kehoach/load.hpp"
#include "kehoach/parent.hpp"

using namespace kehoach;

namespace {

std::string read_example(const std::string& name) {
  std::ifstream in(std::string(KEHOACH_SOURCE_DIR) + "/examples/" + name + "/plan.yaml",
                   std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Every diagnostic of `diagnostics`, one per line, for a readable failure message.
std::string listed(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += d.file + ":" + std::to_string(d.at.line) + ": " + d.code + " " + d.message.en + "\n";
  }
  return out;
}

// The diagnostics of loading and checking `text` as a plan.
std::vector<Diagnostic> validate(const std::string& text) {
  const LoadResult loaded = load_plan(text, "new.yaml");
  if (!loaded.ok()) return loaded.diagnostics;
  auto found = check_plan(loaded.plan, builtin_acts());
  found.insert(found.begin(), loaded.diagnostics.begin(), loaded.diagnostics.end());
  return found;
}

const std::string minimal_plan_head = R"(format: kehoach/1
status: draft
issuer: {name: UBND xã A, level: commune}
year: 2026
)";

// The value `title` reads back as when written with yaml_scalar().
std::string round_trip(const std::string& value) {
  const LoadResult loaded =
      load_plan(minimal_plan_head + "title: " + yaml_scalar(value) + "\n", "t.yaml");
  REQUIRE_MESSAGE(loaded.ok(), listed(loaded.diagnostics));
  return loaded.plan.title.value;
}

}  // namespace

namespace {

// The duty of `plan` whose `implements` names `id`, or nullptr.
const Duty* duty_implementing(const Plan& plan, const std::string& id) {
  for (const auto& r : plan.responsibilities) {
    for (const auto& d : r.duties) {
      for (const auto& i : d.implements) {
        if (i.value == id) return &d;
      }
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("yaml_scalar leaves ordinary Vietnamese text plain") {
  CHECK(yaml_scalar("Kiểm tra tình hình thi hành pháp luật") ==
        "Kiểm tra tình hình thi hành pháp luật");
  CHECK(yaml_scalar("a) Theo dõi, đánh giá (nếu có)") == "a) Theo dõi, đánh giá (nếu có)");
  CHECK(yaml_scalar("/KH-UBND") == "/KH-UBND");
  CHECK(yaml_scalar("59/2012/NĐ-CP") == "59/2012/NĐ-CP");
  CHECK(yaml_scalar("chậm nhất ngày 20/02/2026") == "chậm nhất ngày 20/02/2026");
  CHECK(yaml_scalar("UBND tỉnh (qua Sở Tư pháp)") == "UBND tỉnh (qua Sở Tư pháp)");
  CHECK(yaml_scalar("C# và 3:2") == "C# và 3:2");
}

TEST_CASE("yaml_scalar quotes what YAML would read differently") {
  CHECK(yaml_scalar("") == "\"\"");
  CHECK(yaml_scalar(" lề trái") == "\" lề trái\"");
  CHECK(yaml_scalar("lề phải ") == "\"lề phải \"");
  CHECK(yaml_scalar("Lưu: VT.") == "\"Lưu: VT.\"");
  CHECK(yaml_scalar("như sau:") == "\"như sau:\"");
  CHECK(yaml_scalar("số 5 #ghi chú") == "\"số 5 #ghi chú\"");
  CHECK(yaml_scalar("- gạch đầu dòng") == "\"- gạch đầu dòng\"");
  CHECK(yaml_scalar("? hỏi") == "\"? hỏi\"");
  CHECK(yaml_scalar("[a]") == "\"[a]\"");
  CHECK(yaml_scalar("{a}") == "\"{a}\"");
  CHECK(yaml_scalar("&neo") == "\"&neo\"");
  CHECK(yaml_scalar("*bí danh") == "\"*bí danh\"");
  CHECK(yaml_scalar("!thẻ") == "\"!thẻ\"");
  CHECK(yaml_scalar("|khối") == "\"|khối\"");
  CHECK(yaml_scalar(">gấp") == "\">gấp\"");
  CHECK(yaml_scalar("'nháy đơn'") == "\"'nháy đơn'\"");
  CHECK(yaml_scalar("\"nháy kép\"") == "\"\\\"nháy kép\\\"\"");
  CHECK(yaml_scalar("%chỉ thị") == "\"%chỉ thị\"");
  CHECK(yaml_scalar("@a") == "\"@a\"");
  CHECK(yaml_scalar("`a`") == "\"`a`\"");
  CHECK(yaml_scalar("#a") == "\"#a\"");
  CHECK(yaml_scalar(",a") == "\",a\"");
  CHECK(yaml_scalar(":a") == "\":a\"");
}

TEST_CASE("yaml_scalar quotes booleans nulls and numbers") {
  for (const char* word : {"true", "False", "NULL", "null", "~", "yes", "No", "on", "OFF", "y"}) {
    CHECK(yaml_scalar(word) == std::string("\"") + word + "\"");
  }
  for (const char* number :
       {"2025", "-1", "+3", "1.5", "1e3", "0x1F", "0o17", ".5", "1_000", "1:20", ".inf", ".NaN"}) {
    CHECK(yaml_scalar(number) == std::string("\"") + number + "\"");
  }
  CHECK(yaml_scalar("2025 năm") == "2025 năm");
}

TEST_CASE("yaml_scalar escapes control characters and line breaks") {
  CHECK(yaml_scalar("hai\ndòng") == "\"hai\\ndòng\"");
  CHECK(yaml_scalar("tab\there") == "\"tab\\there\"");
  CHECK(yaml_scalar("a\\b\"c\n") == "\"a\\\\b\\\"c\\n\"");
  CHECK(yaml_scalar(std::string("bell\x07", 5)) == "\"bell\\x07\"");
  CHECK(yaml_scalar("dòng\u2028mới") == "\"dòng\\Lmới\"");
}

TEST_CASE("yaml_scalar output reads back as the same text") {
  const std::vector<std::string> values = {"Lưu: VT, TP.",
                                           "- gạch đầu dòng",
                                           "true",
                                           "2026",
                                           " lề ",
                                           "a #b",
                                           "như sau:",
                                           "\"trích\" dẫn",
                                           "hai\ndòng",
                                           "tab\tvà\\gạch",
                                           "[x, y]",
                                           "{k: v}",
                                           "~",
                                           "Quý I/2025",
                                           "ỦY BAN NHÂN DÂN",
                                           "'đơn'",
                                           "50% kinh phí",
                                           "0123",
                                           "1:20",
                                           "…"};
  for (const auto& value : values) {
    CAPTURE(value);
    CHECK(round_trip(value) == value);
  }
}

TEST_CASE("working_day_on_or_before moves public holidays back too") {
  // 29–30/08/2026 weekend, 31/08 swapped day off, 01/09 and 02/09 Quốc khánh.
  CHECK(working_day_on_or_before(Date{2026, 9, 2}).dmy() == "28/08/2026");
  // Tết Bính Ngọ: 14/02 to 22/02/2026.
  CHECK(working_day_on_or_before(Date{2026, 2, 20}).dmy() == "13/02/2026");
}

TEST_CASE("working_day_on_or_before moves weekends back to Friday") {
  CHECK(working_day_on_or_before(Date{2026, 2, 28}).dmy() == "27/02/2026");  // Saturday
  CHECK(working_day_on_or_before(Date{2026, 3, 1}).dmy() == "27/02/2026");   // Sunday
  CHECK(working_day_on_or_before(Date{2026, 2, 27}).dmy() == "27/02/2026");  // Friday
  CHECK(working_day_on_or_before(Date{2026, 3, 2}).dmy() == "02/03/2026");   // Monday
}

TEST_CASE("every template of every level and year validates with no diagnostics") {
  for (const Level level : {Level::province, Level::department, Level::district, Level::commune}) {
    for (const int year : {2022, 2024, 2025, 2026, 2027, 2030}) {
      if (level == Level::district && year > 2025) continue;
      for (const Lang lang : {Lang::vi, Lang::en}) {
        TemplateOptions options;
        options.level = level;
        options.year = year;
        options.locality = "Lai Châu";
        options.lang = lang;
        const std::string text = generate_from_template(options);
        CAPTURE(level_key(level));
        CAPTURE(year);
        const auto found = validate(text);
        CHECK_MESSAGE(found.empty(), listed(found));
        const LoadResult loaded = load_plan(text, "new.yaml");
        CHECK(loaded.plan.year.value == year);
        CHECK(loaded.plan.issuer.level.value == level);
        CHECK(loaded.plan.status.value == Status::draft);
        CHECK(loaded.plan.issued.month == 1);
        CHECK(loaded.plan.issued.day == 0);
      }
    }
  }
}

TEST_CASE("templates without a locality leave it blank and still validate") {
  for (const Level level : {Level::province, Level::department, Level::district, Level::commune}) {
    TemplateOptions options;
    options.level = level;
    options.year = 2025;
    const std::string text = generate_from_template(options);
    const auto found = validate(text);
    CHECK_MESSAGE(found.empty(), listed(found));
    CHECK(load_plan(text, "t.yaml").plan.issuer.locality.value == "…");
  }
}

TEST_CASE("templates cite the acts in force for their year") {
  auto refs = [](int year) {
    TemplateOptions options;
    options.level = Level::commune;
    options.year = year;
    options.locality = "Tân Biên";
    std::vector<std::string> out;
    for (const auto& b : load_plan(generate_from_template(options), "t.yaml").plan.basis) {
      out.push_back(b.ref.value);
    }
    return out;
  };
  CHECK(refs(2025) == std::vector<std::string>{"59/2012/NĐ-CP", "32/2020/NĐ-CP", "04/2021/TT-BTP"});
  CHECK(refs(2026) == std::vector<std::string>{"64/2025/QH15", "80/2025/NĐ-CP"});
  CHECK(refs(2027) == std::vector<std::string>{"64/2025/QH15", "80/2025/NĐ-CP"});
}

TEST_CASE("the province template places its deadlines on working days in the year") {
  TemplateOptions options;
  options.level = Level::province;
  options.year = 2026;
  options.locality = "Tây Ninh";
  const Plan plan = load_plan(generate_from_template(options), "t.yaml").plan;
  CHECK(plan.title.value == "Tổ chức thi hành pháp luật năm 2026 trên địa bàn tỉnh Tây Ninh");
  CHECK(plan.number.value == "/KH-UBND");
  REQUIRE(plan.tasks.size() == 6);
  CHECK(plan.tasks[0].due.phrase.value == "chậm nhất ngày 27/02/2026");  // 28/02 is a Saturday
  CHECK(plan.tasks[0].levels.size() == 2);
  CHECK(plan.tasks[0].levels[1].value == Level::commune);
  REQUIRE(plan.reporting.has_value());
  CHECK(plan.reporting->period.phrase.value == "Tính từ 01/12/2025 đến 30/11/2026");
  CHECK(plan.reporting->due.phrase.value == "chậm nhất ngày 15/12/2026");
  CHECK(plan.responsibilities[1].duties[2].due.phrase.value == "chậm nhất ngày 04/12/2026");
}

TEST_CASE("the commune template reports before the province template's deadline for communes") {
  TemplateOptions options;
  options.level = Level::commune;
  options.year = 2026;
  options.locality = "Tân Biên";
  const Plan plan = load_plan(generate_from_template(options), "t.yaml").plan;
  REQUIRE(plan.reporting.has_value());
  // The province's 04/12/2026 minus 7 days, then the sub-units 7 days earlier still.
  CHECK(plan.reporting->due.phrase.value == "chậm nhất ngày 27/11/2026");
  CHECK(plan.reporting->period.phrase.value == "Tính từ 01/12/2025 đến 19/11/2026");
  CHECK(plan.responsibilities[1].duties[2].due.phrase.value == "chậm nhất ngày 20/11/2026");
  // The province's sub-plan deadline 27/02/2026 minus 7 days is 20/02/2026, a Tết day off
  // (14–22/02/2026): the working day before the holiday, Friday 13/02/2026.
  CHECK(plan.tasks[0].due.phrase.value == "chậm nhất ngày 13/02/2026");
}

TEST_CASE("template names follow the issuer given") {
  TemplateOptions options;
  options.level = Level::province;
  options.year = 2026;
  options.issuer = "UBND thành phố Hà Nội";
  const std::string text = generate_from_template(options);
  const Plan plan = load_plan(text, "t.yaml").plan;
  CHECK(plan.issuer.locality.value == "Hà Nội");
  CHECK(plan.title.value == "Tổ chức thi hành pháp luật năm 2026 trên địa bàn thành phố Hà Nội");
  CHECK(plan.enactment.value.starts_with("Ủy ban nhân dân thành phố Hà Nội ban hành"));
  CHECK(plan.recipients[1].value == "TT Thành ủy, TT HĐND thành phố;");

  options.level = Level::department;
  options.issuer = "Sở Giáo dục và Đào tạo tỉnh Lai Châu";
  const Plan department = load_plan(generate_from_template(options), "t.yaml").plan;
  CHECK(department.number.value == "/KH-SGDĐT");
  CHECK(department.issuer.locality.value == "Lai Châu");
  CHECK(department.place.value == "Lai Châu");
  CHECK(validate(generate_from_template(options)).empty());
}

TEST_CASE("no district template after 2025 and no template before 2022") {
  const auto refused = template_refusal(Level::district, 2026);
  REQUIRE(refused.has_value());
  CHECK(
      refused->vi.starts_with("không lập kế hoạch cấp huyện cho năm 2026: cấp huyện đã kết thúc "
                              "hoạt động ngày 30/06/2025"));
  CHECK(refused->en.starts_with(
      "there is no district plan for 2026: the district level ended on 30/06/2025"));
  CHECK_FALSE(template_refusal(Level::district, 2025).has_value());
  CHECK(template_refusal(Level::commune, 2021).has_value());
  CHECK(template_refusal(Level::national, 2026).has_value());
  TemplateOptions options;
  options.level = Level::district;
  options.year = 2027;
  CHECK_THROWS_AS((void)generate_from_template(options), std::invalid_argument);
}

// ---------------------------------------------------------------------------------------------
// Child plans

namespace {

struct Derived {
  std::string text;
  Plan parent;
};

void check_child(const std::string& example, std::optional<Level> level) {
  const LoadResult parent = load_plan(read_example(example), example + "/plan.yaml");
  REQUIRE(parent.ok());
  DeriveOptions options;
  options.level = level;
  options.locality = "Thử Nghiệm";
  const Level child_level = level ? *level : *default_child_level(parent.plan);
  if (derive_refusal(parent.plan, child_level)) return;
  const std::string text = derive_child(parent.plan, "../" + example + "/plan.yaml", options);
  CAPTURE(example);
  CAPTURE(level_key(child_level));
  const LoadResult child = load_plan(text, "child.yaml");
  REQUIRE_MESSAGE(child.ok(), listed(child.diagnostics));
  const auto single = check_plan(child.plan, builtin_acts());
  CHECK_MESSAGE(!has_errors(single), listed(single));
  const auto against = check_against_parent(child.plan, parent.plan, builtin_acts());
  CHECK_MESSAGE(!has_errors(against), listed(against));
  const PlanDiff diff = diff_plans(child.plan, parent.plan, builtin_acts());
  CHECK(diff.problems() == 0);
  CHECK(diff.unknown_implements.empty());
  for (const auto& row : diff.rows) {
    CHECK(row.coverage != Coverage::missing);
    CHECK(row.coverage != Coverage::late);
  }
  for (const auto& f : diff.focus) CHECK(f.carried);
  CHECK(child.plan.issuer.level.value == child_level);
  REQUIRE(child.plan.parent.has_value());
  CHECK(child.plan.parent->file.value == "../" + example + "/plan.yaml");
}

const Plan& lai_chau() {
  static const LoadResult loaded = load_plan(read_example("lai-chau-2025"), "lai-chau.yaml");
  return loaded.plan;
}

}  // namespace

TEST_CASE("a child derived from each example parent passes the parent checks and the diff") {
  for (const char* example : {"tay-ninh-2024", "lai-chau-2025", "lai-chau-2025-district",
                              "tay-ninh-2026", "tan-bien-2024"}) {
    check_child(example, std::nullopt);
    for (const Level level : {Level::department, Level::district, Level::commune}) {
      check_child(example, level);
    }
  }
}

TEST_CASE("the default child of a province is a district up to 2025 and a commune from 2026") {
  Plan plan;
  plan.issuer.level = {Level::province, {}, true};
  plan.year = {2025, {}, true};
  CHECK(default_child_level(plan) == Level::district);
  plan.year.value = 2026;
  CHECK(default_child_level(plan) == Level::commune);
  plan.issuer.level.value = Level::district;
  CHECK(default_child_level(plan) == Level::commune);
  plan.issuer.level.value = Level::commune;
  CHECK_FALSE(default_child_level(plan).has_value());
  plan.issuer.level.value = Level::department;
  CHECK_FALSE(default_child_level(plan).has_value());
}

TEST_CASE("no child of a district plan after 2025 and no child at the parent's own level") {
  Plan plan;
  plan.issuer.level = {Level::district, {}, true};
  plan.year = {2026, {}, true};
  CHECK(derive_refusal(plan, Level::commune).has_value());
  plan.year.value = 2025;
  CHECK_FALSE(derive_refusal(plan, Level::commune).has_value());
  plan.issued.present = true;
  plan.issued.year = 2025;
  plan.issued.month = 7;  // a district plan for 2025 issued after the reform
  CHECK(derive_refusal(plan, Level::commune).has_value());
  plan.issued = {};
  plan.year.value = 2026;
  plan.issuer.level.value = Level::province;
  CHECK(derive_refusal(plan, Level::province).has_value());
  CHECK(derive_refusal(plan, Level::district).has_value());
  CHECK_FALSE(derive_refusal(plan, Level::commune).has_value());
}

TEST_CASE("child deadlines keep the lead time and move back from weekends") {
  DeriveOptions options;
  options.locality = "Tam Đường";
  const Plan child = load_plan(derive_child(lai_chau(), "p.yaml", options), "c.yaml").plan;
  // Quý I năm 2025 (31/03, a Monday) minus 7 days is Monday 24/03/2025.
  REQUIRE(!child.tasks.empty());
  CHECK(child.tasks[0].id.value == "ban-hanh-ke-hoach");
  CHECK(child.tasks[0].due.phrase.value == "chậm nhất ngày 24/03/2025");
  CHECK(child.tasks[0].implements[0].value == "ban-hanh-ke-hoach");
  // "trước ngày 03/12/2025" lasts to 02/12 (Tuesday): 25/11/2025. The report is written once:
  // the template's report duty carries it, not also a task.
  CHECK(std::none_of(child.tasks.begin(), child.tasks.end(),
                     [](const Task& t) { return t.id.value == "huyen-bao-cao"; }));
  const Duty* report = duty_implementing(child, "huyen-bao-cao");
  REQUIRE(report != nullptr);
  CHECK(report->due.phrase.value == "chậm nhất ngày 25/11/2025");
  REQUIRE(child.reporting.has_value());
  CHECK(child.reporting->due.phrase.value == "chậm nhất ngày 25/11/2025");
  // Undated parent deadlines stay as the parent writes them.
  const auto training = std::find_if(child.tasks.begin(), child.tasks.end(),
                                     [](const Task& t) { return t.id.value == "tap-huan"; });
  REQUIRE(training != child.tasks.end());
  CHECK(training->due.phrase.value == "Thường xuyên trong năm");

  options.lead_days = 10;
  const Plan later = load_plan(derive_child(lai_chau(), "p.yaml", options), "c.yaml").plan;
  // 31/03 minus 10 days is Friday 21/03/2025.
  CHECK(later.tasks[0].due.phrase.value == "chậm nhất ngày 21/03/2025");
  options.lead_days = 9;
  const Plan sunday = load_plan(derive_child(lai_chau(), "p.yaml", options), "c.yaml").plan;
  // 31/03 minus 9 days is Saturday 22/03: moved back to Friday 21/03, never later.
  CHECK(sunday.tasks[0].due.phrase.value == "chậm nhất ngày 21/03/2025");
}

TEST_CASE("a child deadline before the parent's issue date is clamped with a comment") {
  const std::string parent_text = R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: UBND tỉnh A, level: province}
place: A
issued: 2026-01-20
year: 2026
title: Tổ chức thi hành pháp luật năm 2026
basis: [{ref: 80/2025/NĐ-CP, date: 2025-04-01}]
purpose: [x]
requirements: [x]
tasks:
  - id: ban-hanh
    title: Ban hành kế hoạch
    kind: plan
    due: chậm nhất ngày 23/01/2026
    levels: [commune]
responsibilities:
  - agency: UBND các xã
    level: commune
    duties:
      - {id: xa-bao-cao, text: "a) Báo cáo, chậm nhất ngày 20/11/2026.", kind: report, due: chậm nhất ngày 20/11/2026}
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const LoadResult parent = load_plan(parent_text, "p.yaml");
  REQUIRE_MESSAGE(parent.ok(), listed(parent.diagnostics));
  DeriveOptions options;
  options.locality = "B";
  const std::string text = derive_child(parent.plan, "p.yaml", options);
  CHECK(text.find("    # Hạn của cấp trên 23/01/2026 trừ 7 ngày là 16/01/2026, trước ngày ban "
                  "hành kế hoạch cấp trên (20/01/2026): đặt hạn 20/01/2026.\n"
                  "    due: chậm nhất ngày 20/01/2026\n") != std::string::npos);
  const Plan child = load_plan(text, "c.yaml").plan;
  CHECK(child.issued.year == 2026);
  CHECK(child.issued.month == 1);
  // The parent's report duty is carried once, by the child's own report duty.
  CHECK(std::none_of(child.tasks.begin(), child.tasks.end(),
                     [](const Task& t) { return t.id.value == "xa-bao-cao"; }));
  const Duty* report = duty_implementing(child, "xa-bao-cao");
  REQUIRE(report != nullptr);
  CHECK(report->due.phrase.value == "chậm nhất ngày 13/11/2026");
  CHECK(!has_errors(check_against_parent(child, parent.plan, builtin_acts())));
  options.lang = Lang::en;
  CHECK(derive_child(parent.plan, "p.yaml", options)
            .find("    # The parent's deadline 23/01/2026 minus 7 days is 16/01/2026, before the "
                  "parent plan's issue date (20/01/2026): 20/01/2026 is used.\n") !=
        std::string::npos);
}

TEST_CASE("the child's sub-units report before the child's own report deadline") {
  DeriveOptions options;
  options.locality = "Tân Biên";
  const LoadResult parent = load_plan(read_example("tay-ninh-2026"), "p.yaml");
  const Plan child = load_plan(derive_child(parent.plan, "p.yaml", options), "c.yaml").plan;
  REQUIRE(child.reporting.has_value());
  // xa-bao-cao: chậm nhất ngày 20/11/2026 minus 7 days.
  CHECK(child.reporting->due.phrase.value == "chậm nhất ngày 13/11/2026");
  // The parent's window, closed the day before the sub-units report (06/11/2026).
  CHECK(child.reporting->period.phrase.value == "Tính từ 15/11/2025 đến 05/11/2026");
  CHECK(child.reporting->to.value == "UBND tỉnh (qua Sở Tư pháp)");
  CHECK(child.responsibilities[1].duties[2].due.phrase.value == "chậm nhất ngày 06/11/2026");
  CHECK(child.focus_areas.size() == 3);
  CHECK(child.parent->ref.value == "25/KH-UBND");
  CHECK(child.parent->date.value.dmy() == "20/01/2026");
}

// ---------------------------------------------------------------------------------------------
// Rollover

namespace {

RolloverResult roll(const std::string& text, int year) {
  const LoadResult loaded = load_plan(text, "old.yaml");
  REQUIRE_MESSAGE(loaded.ok(), listed(loaded.diagnostics));
  return rollover(loaded.text, loaded.plan, year);
}

}  // namespace

TEST_CASE("each example rolled over to the next year validates with no errors") {
  for (const char* example : {"tay-ninh-2024", "tan-bien-2024", "lai-chau-2025",
                              "lai-chau-2025-commune", "tay-ninh-2026", "tay-ninh-2026-commune"}) {
    CAPTURE(example);
    const std::string text = read_example(example);
    const LoadResult old = load_plan(text, "old.yaml");
    const RolloverResult rolled = roll(text, old.plan.year.value + 1);
    REQUIRE_FALSE(rolled.refusal.has_value());
    const auto found = validate(rolled.text);
    CHECK_MESSAGE(!has_errors(found), listed(found));
    // Across the reform, text still naming a district body is flagged until reworded (KH136).
    for (const auto& d : found) CHECK((d.severity == Severity::note || d.code == "KH136"));
    const Plan plan = load_plan(rolled.text, "new.yaml").plan;
    CHECK(plan.year.value == old.plan.year.value + 1);
    CHECK(plan.status.value == Status::draft);
    CHECK((!plan.number.present || plan.number.value.front() == '/'));
  }
}

TEST_CASE("a district plan is not rolled over past 2025") {
  const RolloverResult rolled = roll(read_example("lai-chau-2025-district"), 2026);
  REQUIRE(rolled.refusal.has_value());
  CHECK(rolled.text.empty());
  CHECK(
      rolled.refusal->en.starts_with("a district plan cannot be rolled over to 2026: the "
                                     "district level ended on 30/06/2025"));
  const RolloverResult earlier = roll(read_example("tan-bien-2024"), 2025);
  CHECK_FALSE(earlier.refusal.has_value());
}

TEST_CASE("rollover refuses a year that is not later") {
  const std::string text = read_example("tay-ninh-2026");
  CHECK(roll(text, 2026).refusal.has_value());
  CHECK(roll(text, 2025).refusal.has_value());
  CHECK_FALSE(roll(text, 2028).refusal.has_value());
}

TEST_CASE("rollover keeps comments and every line that holds no date") {
  const std::string text = read_example("tan-bien-2024");
  const RolloverResult rolled = roll(text, 2025);
  const auto before = lines_of(text);
  auto after = lines_of(rolled.text);
  // The one line added: the mark on a scope whose 31/12/2023, the year before the plan's, stays.
  REQUIRE(after.size() == before.size() + 1);
  CHECK(after[96] ==
        "    # kehoach: giữ nguyên “31/12/2023” (trước năm 2024 của kế hoạch cũ): ngày, năm cố "
        "định thì để nguyên; nếu là năm trước năm kế hoạch thì sửa thành năm 2024");
  CHECK(after[97].ends_with("từ 01/01/2019 đến 31/12/2023   # \"a) Phạm vi theo dõi:\""));
  after.erase(after.begin() + 96);
  for (std::size_t i = 0; i < before.size(); ++i) {
    CAPTURE(before[i]);
    const bool dated =
        before[i].find("2024") != std::string::npos || before[i].find("2023") != std::string::npos;
    const bool parent_number = before[i] == "  ref: 148/KH-UBND";
    if (!dated && !parent_number) CHECK(after[i] == before[i]);
    if (before[i].find_first_not_of(' ') != std::string::npos &&
        before[i][before[i].find_first_not_of(' ')] == '#') {
      CHECK(after[i] == before[i]);
    }
  }
  CHECK(after[13] == "year: 2025");
  CHECK(after[14] ==
        "title: Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn huyện Tân Biên   # "
        "l.4–5");
  CHECK(after[40] == "  ref: /KH-UBND");
  CHECK(after[41] == "  # date: 2024-01-15");
  CHECK(after[246] ==
        "  period: Tính từ 01/12/2024 đến 20/11/2025                                  "
        "# \"- Thời gian chốt số liệu báo cáo:\"");
  // 26/01/2025 is a Sunday: the deadline moves back to Friday 24/01/2025.
  CHECK(after[190].ends_with("chậm nhất ngày 24/01/2025"));
  // Act numbers and act dates keep their years.
  CHECK(after[27] == before[27]);
  CHECK(rolled.text.find("59/2012/NĐ-CP ngày 23/7/2012") != std::string::npos);
}

TEST_CASE("rollover moves the plan year in text but not a law's year or an act's date") {
  const std::string text = R"(format: kehoach/1
status: issued
number: 07/KH-UBND   # đã ký
issuer: {name: UBND xã A, level: commune}
place: A
issued: 2026-02-10
year: 2026
title: Tổ chức thi hành pháp luật năm 2026
basis:
  - {ref: 80/2025/NĐ-CP, date: 2025-04-01}
purpose:
  - Thi hành Luật Đất đai năm 2024, Luật Ban hành văn bản quy phạm pháp luật năm 2025 và Kế hoạch năm 2026; Nghị định số 80/2025/NĐ-CP ngày 01/4/2025.
  - Văn bản ngày 05 tháng 3 năm 2026; hạn Quý I/2026 và tháng 6/2026.
requirements:
  - >
    Nội dung năm 2026,
    theo dõi liên tục.
tasks:
  - id: a
    title: "Báo cáo: chậm nhất ngày 20/11/2026"
    kind: report
    due: chậm nhất ngày 20/11/2026
  - id: b
    title: Hạn theo văn bản ngày 05 tháng 3 năm 2026
    kind: other
    due: 05 tháng 3 năm 2026
  - id: c
    title: Sơ kết
    kind: other
    due: 2026-06-30
responsibilities:
  - agency: X
    duties: [{text: t}]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const RolloverResult rolled = roll(text, 2027);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const auto after = lines_of(rolled.text);
  CHECK(after[1] == "status: draft");
  CHECK(after[2] == "number: /KH-UBND   # đã ký");
  CHECK(after[5] == "issued: 2027-02");
  CHECK(after[6] == "year: 2027");
  CHECK(after[7] == "title: Tổ chức thi hành pháp luật năm 2027");
  CHECK(after[11] ==
        "  - Thi hành Luật Đất đai năm 2024, Luật Ban hành văn bản quy phạm pháp luật "
        "năm 2025 và Kế hoạch năm 2027; Nghị định số 80/2025/NĐ-CP ngày 01/4/2025.");
  CHECK(after[12] == "  - Văn bản ngày 05 tháng 3 năm 2027; hạn Quý I/2027 và tháng 6/2027.");
  CHECK(after[15] == "    Nội dung năm 2027,");
  // 20/11/2027 is a Saturday: back to Friday 19/11/2027, in the title too.
  CHECK(after[19] == "    title: \"Báo cáo: chậm nhất ngày 19/11/2027\"");
  CHECK(after[21] == "    due: chậm nhất ngày 19/11/2027");
  CHECK(after[23] == "    title: Hạn theo văn bản ngày 05 tháng 3 năm 2027");
  CHECK(after[25] == "    due: 05 tháng 3 năm 2027");
  CHECK(after[29] == "    due: 2027-06-30");
  REQUIRE(rolled.notes.size() == 1);
  CHECK(rolled.notes[0].vi == "dòng 22: 20/11/2027 là thứ Bảy: hạn chuyển về thứ Sáu 19/11/2027");
  CHECK(rolled.notes[0].en ==
        "line 22: 20/11/2027 is a Saturday: the deadline moves back to Friday "
        "19/11/2027");
}

TEST_CASE("rollover keeps a cited document's date and a law's year in a deadline, marked") {
  const std::string text = minimal_plan_head + R"(title: Kế hoạch năm 2026
basis: [{ref: 80/2025/NĐ-CP}]
purpose: [x]
requirements: [x]
tasks:
  - id: a
    title: Tập huấn
    kind: training
    due: Theo thời hạn tại Công văn số 150/STP-VBPL ngày 14/03/2026 của Sở Tư pháp
  - id: b
    title: Rà soát
    kind: other
    due: Sau khi Luật Đất đai năm 2024 được sửa đổi, bổ sung có hiệu lực
  - id: c
    title: Báo cáo
    kind: report
    due: chậm nhất ngày 14/03/2026
responsibilities: [{agency: X, duties: [{text: t}]}]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const RolloverResult rolled = roll(text, 2027);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const auto after = lines_of(rolled.text);
  CHECK(after[12] ==
        "    # kehoach: thời hạn giữ nguyên “14/03/2026” của văn bản được viện dẫn; nếu năm 2027 "
        "theo văn bản khác thì sửa lại");
  CHECK(after[13] ==
        "    due: Theo thời hạn tại Công văn số 150/STP-VBPL ngày 14/03/2026 của Sở Tư pháp");
  CHECK(after[17] ==
        "    # kehoach: thời hạn giữ nguyên “năm 2024” của văn bản được viện dẫn; nếu năm 2027 "
        "theo văn bản khác thì sửa lại");
  CHECK(after[18] == "    due: Sau khi Luật Đất đai năm 2024 được sửa đổi, bổ sung có hiệu lực");
  // The same day as the plan's own deadline still moves there (14/03/2027 is a Sunday).
  CHECK(after[22] == "    due: chậm nhất ngày 12/03/2027");
  REQUIRE(rolled.notes.size() == 3);
  CHECK(rolled.notes[0].en ==
        "line 13: the deadline keeps “14/03/2026”, the cited document's; if 2027 follows another "
        "document, edit it");
  CHECK(rolled.notes[1].en ==
        "line 18: the deadline keeps “năm 2024”, the cited document's; if 2027 follows another "
        "document, edit it");
  CHECK(rolled.notes[2].en ==
        "line 23: 14/03/2027 is a Sunday: the deadline moves back to Friday 12/03/2027");
}

TEST_CASE("rollover moves and marks a plan-year date in a text, keeps and marks the year before") {
  const std::string text = minimal_plan_head + R"(title: Kế hoạch năm 2026
basis: [{ref: 80/2025/NĐ-CP}]
purpose:
  - Phổ biến Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 và Kế hoạch năm 2026.
  - Theo dõi các quy định có hiệu lực từ 01/7/2026 và có hiệu lực kể từ ngày 15/02/2026.
requirements: [x]
tasks:
  - id: a
    title: Tập huấn
    kind: training
    description:
      - Tự kiểm tra trong tháng 8/2026 (hoàn thành trước 31/8/2026), vào ngày 15/5/2026; đánh giá kết quả năm 2025 và tháng 12/2025.
    output: Báo cáo gửi trước ngày 10 tháng 9 năm 2026
    due: Tháng 8/2026
responsibilities: [{agency: X, duties: [{text: t}]}]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const RolloverResult rolled = roll(text, 2027);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const auto after = lines_of(rolled.text);
  // An act's date and the day a rule takes effect are facts of their year: kept, not marked.
  CHECK(after[7] == "  - Phổ biến Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 và Kế hoạch năm 2027.");
  CHECK(after[8] ==
        "  - Theo dõi các quy định có hiệu lực từ 01/7/2026 và có hiệu lực kể từ ngày 15/02/2026.");
  CHECK(after[15] ==
        "      # kehoach: đã đổi ngày 31/8/2026 thành 31/8/2027, 15/5/2026 thành 15/5/2027 (thứ "
        "Bảy): kiểm tra ngày của năm 2027; giữ nguyên “năm 2025”, “12/2025” (trước năm 2026 của "
        "kế hoạch cũ): ngày, năm cố định thì để nguyên; nếu là năm trước năm kế hoạch thì sửa "
        "thành năm 2026");
  // The whole sentence moves, never half of it.
  CHECK(after[16] ==
        "      - Tự kiểm tra trong tháng 8/2027 (hoàn thành trước 31/8/2027), vào ngày 15/5/2027; "
        "đánh giá kết quả năm 2025 và tháng 12/2025.");
  CHECK(after[17] ==
        "    # kehoach: đã đổi ngày 10 tháng 9 năm 2026 thành 10 tháng 9 năm 2027: kiểm tra ngày "
        "của năm 2027");
  CHECK(after[18] == "    output: Báo cáo gửi trước ngày 10 tháng 9 năm 2027");
  CHECK(after[19] == "    due: Tháng 8/2027");
  REQUIRE(rolled.notes.size() == 2);
  CHECK(rolled.notes[0].en ==
        "line 16: moved 31/8/2026 to 31/8/2027, 15/5/2026 to 15/5/2027 (a Saturday): check the "
        "day in 2027; “năm 2025”, “12/2025” kept (before the old plan's year 2026): leave a "
        "fixed date or year as it is; if it means the year before the plan's, make it 2026");
  CHECK(rolled.notes[1].en ==
        "line 18: moved 10 tháng 9 năm 2026 to 10 tháng 9 năm 2027: check the day in 2027");
}

TEST_CASE("rollover marks a district body in a block scalar above its key, not inside it") {
  const std::string text = R"(format: kehoach/1
status: draft
issuer: {name: UBND tỉnh A, level: province}
year: 2025
title: Kế hoạch năm 2025
basis: [{ref: 80/2025/NĐ-CP}]
purpose: [x]
requirements: [x]
tasks:
  - id: a
    title: Tập huấn
    kind: training
    partners: |   # ghi theo dự thảo
      UBND các huyện
      và các xã
    due: Quý I năm 2025
responsibilities: [{agency: X, duties: [{text: t}]}]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const RolloverResult rolled = roll(text, 2026);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const auto after = lines_of(rolled.text);
  CHECK(after[1] ==
        "#   - 1 chỗ còn nhắc cấp huyện được đánh dấu “# kehoach:”, chưa sửa (dòng 16)");
  CHECK(after[15] ==
        "    # kehoach: còn nhắc cấp huyện (không còn từ 01/07/2025): sửa theo cấp tỉnh, cấp xã");
  CHECK(after[16] == "    partners: |   # ghi theo dự thảo");
  CHECK(after[17] == "      UBND các huyện");
  const LoadResult loaded = load_plan(rolled.text, "new.yaml");
  REQUIRE(loaded.ok());
  CHECK(loaded.plan.tasks[0].partners[0].value == "UBND các huyện\nvà các xã\n");
}

TEST_CASE("rollover moves the plan year on every line of a block scalar, not the first only") {
  const std::string text = R"(format: kehoach/1
status: draft
issuer: {name: UBND tỉnh A, level: province}
year: 2025
title: Kế hoạch năm 2025
basis: [{ref: 80/2025/NĐ-CP}]
purpose: [x]
requirements: [x]
tasks:
  - id: a
    title: Tập huấn
    kind: training
    due: Quý I năm 2025
responsibilities: [{agency: X, duties: [{text: t}]}]
budget:
  - |
    Kinh phí từ dự toán chi thường xuyên
    năm 2025 của UBND tỉnh.
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const RolloverResult rolled = roll(text, 2026);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const LoadResult loaded = load_plan(rolled.text, "new.yaml");
  REQUIRE(loaded.ok());
  CHECK(loaded.plan.budget[0].value ==
        "Kinh phí từ dự toán chi thường xuyên\nnăm 2026 của UBND tỉnh.\n");
}

TEST_CASE("rollover turns 29/02 into 28/02 with a note") {
  const std::string text = minimal_plan_head.substr(0, minimal_plan_head.find("year:")) +
                           R"(year: 2024
title: Kế hoạch năm 2024
basis: [{ref: 80/2025/NĐ-CP}]
purpose: [x]
requirements: [x]
tasks:
  - {id: a, title: Hội nghị, kind: other, due: trước ngày 29/02/2024}
  - {id: b, title: Cuối tháng, kind: other, due: tháng 2/2024}
responsibilities: [{agency: X, duties: [{text: t}]}]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const RolloverResult rolled = roll(text, 2025);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const auto after = lines_of(rolled.text);
  CHECK(after[9] == "  - {id: a, title: Hội nghị, kind: other, due: trước ngày 28/02/2025}");
  CHECK(after[10] == "  - {id: b, title: Cuối tháng, kind: other, due: tháng 2/2025}");
  REQUIRE(rolled.notes.size() == 1);
  CHECK(rolled.notes[0].vi ==
        "dòng 10: năm 2025 không có ngày 29/02: 29/02/2024 đổi thành 28/02/2025");
  CHECK(rolled.notes[0].en == "line 10: 2025 has no 29/02: 29/02/2024 becomes 28/02/2025");
  const LoadResult loaded = load_plan(rolled.text, "new.yaml");
  REQUIRE(loaded.ok());
  CHECK(loaded.plan.tasks[0].due.reading->due->dmy() == "27/02/2025");
}

TEST_CASE("rollover removes progress and drops the district level from 2026") {
  const std::string text = R"(format: kehoach/1
status: draft
issuer: {name: UBND tỉnh A, level: province}
year: 2025
title: Theo dõi tình hình thi hành pháp luật năm 2025
basis: [{ref: 04/2021/TT-BTP, date: 2021-06-21}]
purpose: [x]
requirements: [x]
tasks:
  - id: a
    title: Ban hành kế hoạch
    kind: plan
    due: Quý I năm 2025
    levels: [department, district, commune]
    progress: {status: done, date: 2025-02-14}   # đã xong
  - id: b
    title: Tập huấn
    kind: training
    levels:
      - department
      - district
    progress:
      status: in_progress
      # còn một lớp
      date: 2025-05-01
  - id: c
    title: Kiểm tra
    kind: inspection
    levels: [district]
responsibilities:
  - agency: UBND các huyện
    level: district
    duties:
      - id: d
        text: Báo cáo
        kind: report
        due: chậm nhất ngày 05/12/2025
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const RolloverResult rolled = roll(text, 2026);
  REQUIRE_FALSE(rolled.refusal.has_value());
  CHECK(rolled.text.find("progress") == std::string::npos);
  CHECK(rolled.text.find("còn một lớp") == std::string::npos);
  CHECK(rolled.text.find("district") == std::string::npos);
  const auto after = lines_of(rolled.text);
  // The top comment (3 lines) and the mark above the district body are the lines added.
  CHECK(after[0] == "# kehoach: chuyển sang năm 2026, sau cải cách năm 2025:");
  CHECK(after[1] ==
        "#   - 1 chỗ còn nhắc cấp huyện được đánh dấu “# kehoach:”, chưa sửa (dòng 29)");
  CHECK(after[16] == "    levels: [department, commune]");
  CHECK(after[21] == "      - department");
  CHECK(after[22] == "      - commune");
  CHECK(after[23] == "  - id: c");
  CHECK(after[26] == "    levels: [commune]");
  CHECK(after[28] ==
        "  # kehoach: còn nhắc cấp huyện (không còn từ 01/07/2025): sửa theo cấp tỉnh, cấp xã");
  CHECK(after[29] == "  - agency: UBND các huyện");
  CHECK(after[30] == "    level: commune");
  CHECK(after[35] == "        due: chậm nhất ngày 04/12/2026");  // 05/12/2026 is a Saturday
  const auto found = validate(rolled.text);
  CHECK_MESSAGE(!has_errors(found), listed(found));
  REQUIRE(rolled.notes.size() == 5);
  CHECK(rolled.notes[0].en ==
        "line 31: “UBND các huyện” is addressed to the district level, gone "
        "from 01/07/2025: it is now the commune level (`commune`); rename "
        "the body and edit the duties");
  CHECK(rolled.notes[1].en ==
        "line 36: 05/12/2026 is a Saturday: the deadline moves back to "
        "Friday 04/12/2026");
  CHECK(rolled.notes[2].en == "the progress (`progress`) of 2 items was removed");
  CHECK(rolled.notes[3].en ==
        "1 place that still mentions the district is marked “# kehoach:”, not rewritten "
        "(line 29)");
  CHECK(rolled.notes[4].en ==
        "the district level (`district`) was removed from `levels` or made "
        "`commune` on lines 17, 23, 27");
}

TEST_CASE("rollover of a generated plan validates too") {
  for (const Level level : {Level::province, Level::department, Level::commune}) {
    TemplateOptions options;
    options.level = level;
    options.year = 2025;
    options.locality = "Lai Châu";
    const RolloverResult rolled = roll(generate_from_template(options), 2026);
    REQUIRE_FALSE(rolled.refusal.has_value());
    const auto found = validate(rolled.text);
    CHECK_MESSAGE(!has_errors(found), listed(found));
  }
}

TEST_CASE("a child deadline that lands on a public holiday moves back to the working day before") {
  const std::string parent_text = R"(format: kehoach/1
status: issued
number: 05/KH-UBND
issuer: {name: UBND tỉnh A, level: province}
place: A
issued: 2026-01-20
year: 2026
title: Tổ chức thi hành pháp luật năm 2026
basis: [{ref: 80/2025/NĐ-CP, date: 2025-04-01}]
purpose: [x]
requirements: [x]
tasks:
  - id: kiem-tra
    title: Kiểm tra
    kind: inspection
    due: chậm nhất ngày 09/09/2026
    levels: [commune]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const LoadResult parent = load_plan(parent_text, "p.yaml");
  REQUIRE_MESSAGE(parent.ok(), listed(parent.diagnostics));
  DeriveOptions options;
  options.locality = "B";
  const Plan child = load_plan(derive_child(parent.plan, "p.yaml", options), "c.yaml").plan;
  // 09/09/2026 minus 7 days is 02/09/2026, Quốc khánh; 01/09 is its adjacent day, 31/08 a
  // swapped day off, 29–30/08 a weekend: Friday 28/08/2026.
  const auto task = std::find_if(child.tasks.begin(), child.tasks.end(),
                                 [](const Task& t) { return t.id.value == "kiem-tra"; });
  REQUIRE(task != child.tasks.end());
  CHECK(task->due.phrase.value == "chậm nhất ngày 28/08/2026");
}

TEST_CASE("rollover moves a deadline off a public holiday, naming it") {
  const std::string text = minimal_plan_head.substr(0, minimal_plan_head.find("year:")) +
                           R"(year: 2025
title: Kế hoạch năm 2025
basis: [{ref: 80/2025/NĐ-CP}]
purpose: [x]
requirements: [x]
tasks:
  - {id: a, title: Kiểm tra, kind: other, due: chậm nhất ngày 01/09/2025}
responsibilities: [{agency: X, duties: [{text: t}]}]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const RolloverResult rolled = roll(text, 2026);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const auto after = lines_of(rolled.text);
  CHECK(after[9] == "  - {id: a, title: Kiểm tra, kind: other, due: chậm nhất ngày 28/08/2026}");
  REQUIRE(rolled.notes.size() == 1);
  CHECK(rolled.notes[0].vi ==
        "dòng 10: 01/09/2026 là ngày nghỉ Quốc khánh (ngày liền kề): hạn chuyển về thứ Sáu "
        "28/08/2026");
  CHECK(rolled.notes[0].en ==
        "line 10: 01/09/2026 is a day off (National Day (adjacent day)): the deadline moves back "
        "to Friday 28/08/2026");
}

TEST_CASE("rollover moves \"trước ngày\" back when the day before it is a rest day") {
  // 08/11/2026 is a Sunday: "chậm nhất ngày 08/11" moves back to Friday 06/11, and so must
  // "trước ngày 09/11", whose last day is 08/11, or a sub-unit's report would fall due after
  // the plan's own (KH107). 09/11/2026 is a Monday: "trước ngày 10/11" stays. 02/09/2026 is
  // Quốc khánh, 31/08–01/09 days off, 29–30/08 a weekend: "trước ngày 03/09" becomes 29/08.
  const std::string text = minimal_plan_head.substr(0, minimal_plan_head.find("year:")) +
                           R"(year: 2024
title: Kế hoạch năm 2024
basis: [{ref: 04/2021/TT-BTP, date: 2021-06-21}]
purpose: [x]
requirements: [x]
tasks:
  - {id: a, title: Hội nghị, kind: training, due: Trước ngày 10/11/2024}
  - {id: b, title: Kiểm tra, kind: inspection, due: trước ngày 03/09/2024}
responsibilities:
  - agency: Công chức Văn hóa - Xã hội
    duties: [{text: Báo cáo, kind: report, due: Trước ngày 09 tháng 11 năm 2024, to: X}]
reporting: {due: Chậm nhất ngày 08/11/2024, to: UBND tỉnh}
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)";
  const std::vector<Diagnostic> before = validate(text);
  CHECK_MESSAGE(before.empty(), listed(before));
  const RolloverResult rolled = roll(text, 2026);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const auto after = lines_of(rolled.text);
  CHECK(after[9] == "  - {id: a, title: Hội nghị, kind: training, due: Trước ngày 10/11/2026}");
  CHECK(after[10] == "  - {id: b, title: Kiểm tra, kind: inspection, due: trước ngày 29/08/2026}");
  CHECK(after[13] ==
        "    duties: [{text: Báo cáo, kind: report, due: Trước ngày 07 tháng 11 năm 2026, to: X}]");
  CHECK(after[14] == "reporting: {due: Chậm nhất ngày 06/11/2026, to: UBND tỉnh}");
  REQUIRE(rolled.notes.size() == 3);
  CHECK(rolled.notes[0].vi ==
        "dòng 11: trước ngày 03/09/2026: ngày cuối 02/09/2026 là ngày nghỉ Quốc khánh; hạn "
        "chuyển về thứ Sáu 28/08/2026, ghi “trước ngày 29/08/2026”");
  CHECK(rolled.notes[1].vi ==
        "dòng 14: trước ngày 09/11/2026: ngày cuối 08/11/2026 là Chủ nhật; hạn chuyển về thứ Sáu "
        "06/11/2026, ghi “trước ngày 07/11/2026”");
  CHECK(rolled.notes[2].vi == "dòng 15: 08/11/2026 là Chủ nhật: hạn chuyển về thứ Sáu 06/11/2026");
  CHECK(rolled.notes[1].en ==
        "line 14: before 09/11/2026: the last day 08/11/2026 is a Sunday; the deadline moves back "
        "to Friday 06/11/2026, written “trước ngày 07/11/2026”");
  const std::vector<Diagnostic> found = validate(rolled.text);
  CHECK_MESSAGE(found.empty(), listed(found));
}

TEST_CASE("a 2025 commune under a district rolls over to 2026 under the province") {
  const std::string text = read_example("lai-chau-2025-commune");
  const LoadResult old = load_plan(text, "old.yaml");
  REQUIRE(old.ok());
  ReformParent reform;
  reform.district = "UBND huyện Tam Đường";
  reform.province = "UBND tỉnh Lai Châu";
  const RolloverResult rolled = rollover(old.text, old.plan, 2026, reform);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const LoadResult made = load_plan(rolled.text, "new.yaml");
  REQUIRE(made.ok());
  const Plan& plan = made.plan;
  // The parent is the province, with nothing invented: no number, date, title or file.
  REQUIRE(plan.parent.has_value());
  CHECK(plan.parent->issuer.value == "UBND tỉnh Lai Châu");
  CHECK(plan.parent->ref.value == "/KH-UBND");
  CHECK_FALSE(plan.parent->title.present);
  CHECK_FALSE(plan.parent->file.present);
  CHECK_FALSE(plan.parent->date.present);
  // 59/2012/NĐ-CP gives way to 80/2025/NĐ-CP; 04/2021/TT-BTP is kept and flagged.
  REQUIRE(plan.basis.size() == 2);
  CHECK(plan.basis[0].ref.value == "80/2025/NĐ-CP");
  CHECK(plan.basis[0].date.value == Date{2025, 4, 1});
  CHECK(plan.basis[1].ref.value == "04/2021/TT-BTP");
  CHECK(rolled.text.find("  # kehoach: 04/2021/TT-BTP hướng dẫn 59/2012/NĐ-CP, đã được thay thế") !=
        std::string::npos);
  // Report addressees are readdressed; free text naming the district is flagged, not rewritten.
  REQUIRE(plan.reporting.has_value());
  CHECK(plan.reporting->to.value == "UBND tỉnh Lai Châu (qua Sở Tư pháp)");
  CHECK(plan.recipients[0].value == "UBND tỉnh Lai Châu (qua Sở Tư pháp);");
  CHECK(plan.purpose[0].value.find("của UBND huyện trên địa bàn xã") != std::string::npos);
  CHECK(rolled.text.find("  # kehoach: còn nhắc cấp huyện (không còn từ 01/07/2025): sửa theo "
                         "cấp tỉnh, cấp xã\n  - Triển khai kịp thời") != std::string::npos);
  // The district's ids no longer count as `implements`.
  for (const auto& t : plan.tasks) CHECK(t.implements.empty());
  CHECK(rolled.text.find("    # implements: [tap-huan]\n") != std::string::npos);
  // The top comment says what changed; validate keeps flagging the district wording (KH136),
  // "của huyện" alone too (the focus of the district, its inspection team).
  CHECK(rolled.text.find("# kehoach: chuyển sang năm 2026, sau cải cách năm 2025:\n#   - kế "
                         "hoạch cấp trên: UBND tỉnh Lai Châu thay cho UBND huyện Tam Đường") !=
        std::string::npos);
  const auto found = check_plan(plan, builtin_acts());
  CHECK_FALSE(has_errors(found));
  CHECK(std::count_if(found.begin(), found.end(),
                      [](const Diagnostic& d) { return d.code == "KH136"; }) == 10);
}

TEST_CASE("rolled over without a known province, the parent is left as a blank to fill") {
  const std::string text = read_example("lai-chau-2025-commune");
  const LoadResult old = load_plan(text, "old.yaml");
  ReformParent reform;
  reform.district = "UBND huyện Tam Đường";
  const RolloverResult rolled = rollover(old.text, old.plan, 2026, reform);
  const LoadResult made = load_plan(rolled.text, "new.yaml");
  REQUIRE(made.ok());
  CHECK(made.plan.parent->issuer.value == "UBND tỉnh …");
  // Addressees are flagged, not rewritten to a body kehoach does not know.
  CHECK(made.plan.reporting->to.value == "UBND huyện (qua Phòng Tư pháp)");
}

TEST_CASE("rollover keeps the year that names a resolution, decree, circular or numbered plan") {
  const std::string text = minimal_plan_head.substr(0, minimal_plan_head.find("year:")) +
                           R"Y(year: 2025
title: Kế hoạch năm 2025
basis: [{ref: 80/2025/NĐ-CP}]
purpose:
  - Theo dõi Luật Đất đai năm 2024 và Nghị quyết của HĐND tỉnh ban hành năm 2025 về giá đất
  - Thực hiện Quyết định của UBND tỉnh năm 2025, Chỉ thị của Chủ tịch UBND tỉnh năm 2025
  - Theo Nghị định hướng dẫn năm 2025; Thông tư của Bộ Tư pháp năm 2025
  - Kế hoạch số 12/KH-UBND năm 2025 của UBND tỉnh; công tác năm 2025
  - các nghị quyết, thông tư ban hành năm 2025
requirements: [Triển khai Kế hoạch tổ chức thi hành pháp luật năm 2025]
tasks:
  - {id: a, title: Kiểm tra, kind: other, due: chậm nhất ngày 30/09/2025}
responsibilities: [{agency: X, duties: [{text: t}]}]
recipients: ["Lưu: VT."]
signature: {title: CHỦ TỊCH}
)Y";
  const RolloverResult rolled = roll(text, 2026);
  REQUIRE_FALSE(rolled.refusal.has_value());
  const auto after = lines_of(rolled.text);
  CHECK(after[4] == "title: Kế hoạch năm 2026");
  CHECK(after[7] ==
        "  - Theo dõi Luật Đất đai năm 2024 và Nghị quyết của HĐND tỉnh ban hành năm 2025 về giá "
        "đất");
  CHECK(after[8] ==
        "  - Thực hiện Quyết định của UBND tỉnh năm 2025, Chỉ thị của Chủ tịch UBND tỉnh năm 2025");
  CHECK(after[9] == "  - Theo Nghị định hướng dẫn năm 2025; Thông tư của Bộ Tư pháp năm 2025");
  // The plan's own work of the year still moves on; the numbered plan keeps its year.
  CHECK(after[10] == "  - Kế hoạch số 12/KH-UBND năm 2025 của UBND tỉnh; công tác năm 2026");
  CHECK(after[11] == "  - các nghị quyết, thông tư ban hành năm 2025");
  CHECK(after[12] == "requirements: [Triển khai Kế hoạch tổ chức thi hành pháp luật năm 2026]");
}
