// The plan set of the public library alone (include/kehoach): a folder of plans loaded in
// parallel and each child linked to its parent, as a program outside kehoach's CLI would do it.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "kehoach/plan_set.hpp"

using namespace kehoach;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A folder like a province's share: the province plan, one commune naming it by `parent.file`,
// one naming it only by number and issuer, and an empty folder.
struct Share {
  fs::path root;
  Share() {
    root = fs::temp_directory_path() / ("kehoach-plan-set-" + std::to_string(::getpid()));
    fs::remove_all(root);
    const fs::path examples = fs::path(KEHOACH_SOURCE_DIR) / "examples";
    write(root / "tay-ninh-2026" / "plan.yaml", slurp(examples / "tay-ninh-2026" / "plan.yaml"));
    const std::string commune = slurp(examples / "tay-ninh-2026-commune" / "plan.yaml");
    write(root / "xa-tan-bien" / "plan.yaml", commune);
    std::string by_reference = commune;
    const std::string file_line = "  file: ../tay-ninh-2026/plan.yaml\n";
    REQUIRE(by_reference.find(file_line) != std::string::npos);
    by_reference.erase(by_reference.find(file_line), file_line.size());
    write(root / "xa-khac" / "plan.yaml", by_reference);
    fs::create_directories(root / "trong");
  }
  ~Share() { fs::remove_all(root); }
  Share(const Share&) = delete;
  Share& operator=(const Share&) = delete;
};

}  // namespace

TEST_CASE("a folder of plans loads in parallel and each commune finds the province plan") {
  const Share share;
  const std::string root = share.root.generic_string();
  const PathList list = expand_paths({root});
  CHECK(list.found_any);
  CHECK_FALSE(list.could_not_run);
  CHECK(list.messages.empty());
  // By folder name, byte order: the result does not depend on the file system.
  REQUIRE(list.files == std::vector<std::string>{root + "/tay-ninh-2026/plan.yaml",
                                                 root + "/xa-khac/plan.yaml",
                                                 root + "/xa-tan-bien/plan.yaml"});

  std::vector<PlanFile> plans = load_plans(list.files, 2);
  REQUIRE(plans.size() == 3);
  for (const auto& plan : plans) {
    CHECK_MESSAGE(plan.ok(), plan.path);
    CHECK_FALSE(plan.progress.has_value());
  }
  CHECK(plans[0].loaded.plan.number.value == "25/KH-UBND");
  CHECK(plans[0].loaded.plan.issuer.name.value == "UBND tỉnh Tây Ninh");
  CHECK(plans[1].loaded.plan.issuer.name.value == "UBND xã Tân Biên");

  ParentIndex parents(plans, "");
  std::vector<const Plan*> parent_of;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    std::vector<Diagnostic> problems;
    std::optional<Message> failure;
    parent_of.push_back(parents.find(i, problems, failure));
    CHECK(problems.empty());
    CHECK_FALSE(failure.has_value());
  }
  // The province cites the national plan, which is not in the folder.
  CHECK(parent_of[0] == nullptr);
  // By number and issuer, and by `parent.file`: the very plan loaded in the set, not a copy.
  CHECK(parent_of[1] == &plans[0].loaded.plan);
  CHECK(parent_of[2] == &plans[0].loaded.plan);
  CHECK(parents.outside().loaded().empty());
}

TEST_CASE("the same plans load the same on one thread and on four") {
  const Share share;
  const PathList list = expand_paths({share.root.generic_string()});
  const auto one = load_plans(list.files, 1);
  const auto four = load_plans(list.files, 4);
  REQUIRE(one.size() == four.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    CHECK(one[i].path == four[i].path);
    CHECK(one[i].loaded.text == four[i].loaded.text);
    CHECK(one[i].loaded.plan.tasks.size() == four[i].loaded.plan.tasks.size());
  }
}

TEST_CASE("paths that name nothing are returned as messages, not printed") {
  const Share share;
  const std::string root = share.root.generic_string();
  const PathList list =
      expand_paths({root + "/khong-co.yaml", root + "/trong", root + "/xa-khac/plan.yaml"});
  CHECK(list.found_any);
  CHECK(list.could_not_run);
  CHECK(list.files == std::vector<std::string>{root + "/xa-khac/plan.yaml"});
  REQUIRE(list.messages.size() == 2);
  CHECK(list.messages[0].error);
  CHECK(list.messages[0].text.vi == "không tìm thấy `" + root + "/khong-co.yaml`");
  CHECK(list.messages[0].text.en == "no such file or folder `" + root + "/khong-co.yaml`");
  CHECK_FALSE(list.messages[1].error);
  CHECK(list.messages[1].text.en == "no plan files (.yaml, .yml) in `" + root + "/trong`");
}

TEST_CASE("a progress file no plan of its folder reads is a warning, one that is read is not") {
  const Share share;
  // plan.progress.yaml beside plan.yaml is read; the others have no plan of their name.
  write(share.root / "xa-tan-bien" / "plan.progress.yaml", "format: kehoach-progress/1\n");
  write(share.root / "xa-tan-bien" / "cu.progress.yaml", "format: kehoach-progress/1\n");
  write(share.root / "xa-khac" / "plan.progress.yml", "format: kehoach-progress/1\n");
  const std::string root = share.root.generic_string();
  const PathList list = expand_paths({root});
  CHECK_FALSE(list.could_not_run);
  CHECK(list.files.size() == 3);
  REQUIRE(list.messages.size() == 2);
  CHECK(list.messages[0].warning);
  CHECK_FALSE(list.messages[0].error);
  CHECK(list.messages[0].text.en ==
        "the progress file `" + root +
            "/xa-khac/plan.progress.yml` is not read: there is no plan `plan.yml` beside it (a "
            "progress file is named after its plan file, with .progress); the items it records "
            "done count as not done");
  CHECK(list.messages[1].text.vi ==
        "tệp tiến độ `" + root +
            "/xa-tan-bien/cu.progress.yaml` không được đọc: bên cạnh không có kế hoạch `cu.yaml` "
            "(tệp tiến độ mang tên tệp kế hoạch, thêm .progress); các việc ghi xong trong đó được "
            "tính là chưa xong");
}

TEST_CASE("a child whose parent.file names a file outside the set reads it once") {
  const Share share;
  const std::string root = share.root.generic_string();
  // Only the two communes: the province plan is read from disk for the one naming its file.
  std::vector<PlanFile> plans =
      load_plans({root + "/xa-khac/plan.yaml", root + "/xa-tan-bien/plan.yaml"}, 2);
  ParentIndex parents(plans, "");
  std::vector<Diagnostic> problems;
  std::optional<Message> failure;
  CHECK(parents.find(0, problems, failure) == nullptr);  // names no file, no plan of the set
  // That the checks against its parent did not run is said (KH215), at its `parent` block.
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == "KH215");
  CHECK(problems[0].severity == Severity::note);
  CHECK(problems[0].file == root + "/xa-khac/plan.yaml");
  const Plan* parent = parents.find(1, problems, failure);
  REQUIRE(parent != nullptr);
  CHECK(parent->number.value == "25/KH-UBND");
  REQUIRE(parents.outside().loaded().size() == 1);
  CHECK(parents.outside().loaded()[0]->path == root + "/tay-ninh-2026/plan.yaml");
  CHECK(problems.size() == 1);
  CHECK_FALSE(failure.has_value());
}

TEST_CASE("of last year's plan and this year's under one number, the cited date tells the parent") {
  const Share share;
  const std::string root = share.root.generic_string();
  // Last year's 25/KH-UBND beside this year's, in a folder of its own as near the commune.
  std::string last_year = slurp(share.root / "tay-ninh-2026" / "plan.yaml");
  for (auto at = last_year.find("2026"); at != std::string::npos; at = last_year.find("2026")) {
    last_year.replace(at, 4, "2025");
  }
  write(share.root / "tay-ninh-2025" / "plan.yaml", last_year);
  std::vector<PlanFile> plans =
      load_plans({root + "/tay-ninh-2025/plan.yaml", root + "/tay-ninh-2026/plan.yaml",
                  root + "/xa-khac/plan.yaml"},
                 2);
  for (const auto& plan : plans) REQUIRE_MESSAGE(plan.ok(), plan.path);
  ParentIndex parents(plans, "");
  std::vector<Diagnostic> problems;
  std::optional<Message> failure;
  // `parent.date: 2026-01-20` names this year's plan, listed second.
  CHECK(parents.find(2, problems, failure) == &plans[1].loaded.plan);
  CHECK(problems.empty());

  // Without `parent.date`, the child's year tells them apart.
  std::string undated = slurp(share.root / "xa-khac" / "plan.yaml");
  const std::string date_line = "  date: 2026-01-20\n";
  REQUIRE(undated.find(date_line) != std::string::npos);
  undated.erase(undated.find(date_line), date_line.size());
  write(share.root / "xa-khac" / "plan.yaml", undated);
  plans = load_plans({root + "/tay-ninh-2025/plan.yaml", root + "/tay-ninh-2026/plan.yaml",
                      root + "/xa-khac/plan.yaml"},
                     2);
  ParentIndex by_year(plans, "");
  CHECK(by_year.find(2, problems, failure) == &plans[1].loaded.plan);
  CHECK(problems.empty());

  // Two plans of the year with that number, as near: said, none picked.
  std::string again = slurp(share.root / "tay-ninh-2026" / "plan.yaml");
  const std::string issued = "issued: 2026-01-20";
  REQUIRE(again.find(issued) != std::string::npos);
  again.replace(again.find(issued), issued.size(), "issued: 2026-03-02");
  write(share.root / "tay-ninh-2026-b" / "plan.yaml", again);
  plans = load_plans({root + "/tay-ninh-2026/plan.yaml", root + "/tay-ninh-2026-b/plan.yaml",
                      root + "/xa-khac/plan.yaml"},
                     2);
  ParentIndex two(plans, "");
  CHECK(two.find(2, problems, failure) == nullptr);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code == "KH212");
  CHECK(problems[0].severity == Severity::error);
  CHECK(problems[0].message.en ==
        "2 plans match the citation of the parent plan (25/KH-UBND): `" + root +
            "/tay-ninh-2026/plan.yaml`, `" + root +
            "/tay-ninh-2026-b/plan.yaml`; not checked against the parent");
  CHECK_FALSE(failure.has_value());
}
