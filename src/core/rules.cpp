#include "kehoach/rules.hpp"

#include <array>

namespace kehoach {

namespace {

constexpr auto E = Severity::error;
// constexpr auto W = Severity::warning;
// constexpr auto N = Severity::note;

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
