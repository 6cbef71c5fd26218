// The importer: walks a document's paragraphs in order (header, title, opening, the numbered
// sections, closing, recipients, signature) and fills the plan model with what the recognisers
// read. Every non-empty paragraph is either placed in a field or kept as an unplaced line.
#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "import/import_common.hpp"
#include "import/import_legacy.hpp"
#include "kehoach/due.hpp"
#include "kehoach/import.hpp"
#include "kehoach/text.hpp"
#include "time/text_dates.hpp"

namespace kehoach {

namespace {

struct Para {
  std::string text;
  int line = 0;
  bool heading = false;
  std::string run_in;
  int table = -1;
  int row = 0;
  int column = 0;
  int span = 1;                    // grid columns the cell covers
  bool carried = false;            // a merged-down cell's text repeated in this row
  std::vector<std::string> lines;  // a cell's lines broken by Word, when there are several
};

Text located(std::string value, int line) {
  Text t;
  t.value = std::move(value);
  t.at = {line, 1};
  t.present = true;
  return t;
}

std::string strip_end(std::string s, std::string_view chars = ".;, ") {
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.pop_back();
  return s;
}

bool starts_folded(std::string_view text, std::string_view prefix) {
  return fold_ascii(text).rfind(prefix, 0) == 0;
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// What a numbered section of the document holds, from its title.
enum class Role { content, purpose, requirements, responsibilities, reporting, budget };

Role role_of(std::string_view title) {
  const std::string f = fold_ascii(title);
  if (f.rfind("muc dich", 0) == 0) return Role::purpose;
  if (f.rfind("yeu cau", 0) == 0) return Role::requirements;
  if (f.find("trach nhiem") != std::string::npos || f.rfind("to chuc thuc hien", 0) == 0)
    return Role::responsibilities;
  if (f.find("che do bao cao") != std::string::npos || f == "bao cao") return Role::reporting;
  if (f.rfind("kinh phi", 0) == 0) return Role::budget;
  return Role::content;
}

// A heading of the document and what is written under it.
struct Node {
  const Para* para = nullptr;  // nullptr for the root
  std::string number;
  std::string title;        // as printed, without the label
  std::string run_in_text;  // the text after a run-in heading
  int rank = 0;
  OutlineLabel::Kind kind = OutlineLabel::Kind::none;
  std::string label;
  Role role = Role::content;
  std::optional<LabelledLine> field;  // a heading that is only a label ("a) Phạm vi theo dõi")
  std::vector<const Para*> content;
  std::vector<std::unique_ptr<Node>> children;
  Node* parent = nullptr;
  std::set<std::string> holds;                       // the plan parts found in this subtree
  std::vector<std::vector<const Para*>> table_rows;  // a table of tasks under this heading
  std::vector<std::string> table_header;
  bool table_read = false;  // its rows were read as activities
};

int rank_of(const OutlineLabel& l) {
  switch (l.kind) {
    case OutlineLabel::Kind::roman: return 1;
    case OutlineLabel::Kind::arabic: return 1 + l.depth;
    case OutlineLabel::Kind::letter: return 20;
    default: return 30;
  }
}

// Long class: one recogniser walks the paragraphs of a document once, in order; each part
// (header, opening, headings, tables, closing) is a member sharing the cursor and the plan built.
class Importer {
 public:
  Importer(const std::vector<SourceParagraph>& input, const ImportOptions& options)
      : m_options(options) {
    std::vector<int> legacy;
    prepare(convert_tcvn3(input, legacy));
    note_legacy(legacy);
  }

  ImportedPlan run() {
    std::size_t i = header();
    i = title(i);
    i = opening(i);
    i = body(i);
    tail(i);
    interpret();
    finish();
    return std::move(m_out);
  }

 private:
  // --- Preparation ---------------------------------------------------------------------------

  static bool is_task_table_header(const std::vector<const SourceParagraph*>& row) {
    bool number = false;
    bool content = false;
    for (const auto* p : row) {
      const std::string f = fold_ascii(p->text);
      if (f == "tt" || f == "stt" || f == "so tt") number = true;
      if (f.rfind("noi dung", 0) == 0 || f.rfind("ten hoat dong", 0) == 0 ||
          f.rfind("hoat dong", 0) == 0 || f.rfind("nhiem vu", 0) == 0)
        content = true;
    }
    return number && content;
  }

  void prepare(const std::vector<SourceParagraph>& input) {
    // Layout tables (the header, the signature block) are read column by column; tables of
    // tasks row by row.
    std::map<int, std::vector<const SourceParagraph*>> tables;
    for (const auto& p : input)
      if (p.table >= 0) tables[p.table].push_back(&p);
    std::set<int> emitted;
    for (const auto& p : input) {
      if (p.table < 0) {
        add(p);
        continue;
      }
      if (!emitted.insert(p.table).second) continue;
      auto cells = tables[p.table];
      std::vector<const SourceParagraph*> first_row;
      for (const auto* c : cells)
        if (c->row == cells.front()->row) first_row.push_back(c);
      if (is_task_table_header(first_row)) {
        m_task_tables.insert(p.table);
        for (const auto* c : cells) add(*c);
        continue;
      }
      std::stable_sort(cells.begin(), cells.end(),
                       [](const auto* a, const auto* b) { return a->column < b->column; });
      // A layout table is read column by column: a cell merged down is read once.
      for (const auto* c : cells)
        if (!c->carried) add(*c);
    }
    // A paragraph broken in two by a conversion ("… thi hành pháp" / "luật trọng tâm …"): one
    // that does not end a sentence, followed by one starting in lower case, is one paragraph.
    std::vector<Para> joined;
    for (auto& p : m_paras) {
      if (!p.text.empty() && p.table < 0 && !joined.empty()) {
        std::size_t k = joined.size();
        while (k > 0 && joined[k - 1].text.empty()) --k;
        if (k > 0) {
          Para& prev = joined[k - 1];
          const char last = prev.text.back();
          // Only a long paragraph is broken by a conversion; a short line (a name, a title)
          // followed by a lower-case one is two lines.
          if (prev.table < 0 && !prev.heading && display_width(prev.text) >= 60 &&
              std::string_view(".;:!?").find(last) == std::string_view::npos &&
              starts_lower(p.text) && !recognise_labelled_line(p.text) &&
              recognise_outline_label(p.text).kind == OutlineLabel::Kind::none &&
              recognise_outline_label(prev.text).kind != OutlineLabel::Kind::roman) {
            prev.text += " " + p.text;
            joined.resize(k);
            ++m_out.placed;
            continue;
          }
        }
      }
      joined.push_back(std::move(p));
    }
    m_paras = std::move(joined);
    join_wrapped_labels();
  }

  // A labelled line wrapped onto the next ("c) Thời gian thực hiện: Quý III và" / "Quý IV năm
  // 2026."): one line again; where that is doubtful, two lines and a note quoting both.
  void join_wrapped_labels() {
    std::vector<Para> out;
    for (auto& p : m_paras) {
      if (!out.empty() && !p.text.empty() && p.table < 0 && !p.heading && out.back().table < 0 &&
          !out.back().text.empty()) {
        Para& prev = out.back();
        const Continuation c = continuation_of(prev.text, p.text);
        if (c == Continuation::joined) {
          prev.text += " " + p.text;
          ++m_out.placed;
          continue;
        }
        if (c == Continuation::doubtful)
          m_out.notes.push_back({prev.line, continuation_message(prev.text, p.text)});
      }
      out.push_back(std::move(p));
    }
    m_paras = std::move(out);
  }

  void add(const SourceParagraph& p) {
    std::vector<std::string> lines;
    for (const std::string& l : p.lines) lines.push_back(to_nfc(l));
    m_paras.push_back(Para{to_nfc(p.text), p.line, p.heading, p.run_in, p.table, p.row, p.column,
                           p.span, p.carried, std::move(lines)});
  }

  // Paragraphs converted from TCVN3: said once, at the first, with how many and where.
  void note_legacy(const std::vector<int>& lines) {
    if (lines.empty()) return;
    constexpr std::size_t named = 5;
    std::string list;
    for (std::size_t k = 0; k < lines.size() && k < named; ++k) {
      list += (list.empty() ? "" : ", ") + std::to_string(lines[k]);
    }
    if (lines.size() > named) list += fmt::format(" (+{})", lines.size() - named);
    m_out.notes.push_back(
        {lines.front(),
         {fmt::format("{} đoạn ({}) viết bằng bảng mã TCVN3 của phông .VnTime cũ (hiện thành "
                      "chữ như “V¨n phßng”), đã được chuyển sang Unicode: đối chiếu tên cơ "
                      "quan, nhiệm vụ và thời hạn với văn bản gốc",
                      lines.size(), list),
          fmt::format("{} paragraph(s) ({}) typed in the TCVN3 encoding of the old .VnTime fonts "
                      "(shown as letters like “V¨n phßng”) were converted to Unicode: check the "
                      "agencies, tasks and deadlines against the document",
                      lines.size(), list)}});
  }

  void unplaced(const Para& p, std::string section) {
    m_out.unplaced.push_back(UnplacedLine{p.line, p.text, std::move(section)});
  }
  void placed() { ++m_out.placed; }

  // The dates a paragraph gives that did not become its item's `due`: said, never dropped.
  void note_unread_dates(const DeadlinesInText& read, int line) {
    if (read.unread.empty()) return;
    // A hostile paragraph may hold thousands: the first five are named, the rest counted.
    constexpr std::size_t named = 5;
    std::string list;
    for (std::size_t k = 0; k < read.unread.size() && k < named; ++k)
      list += (list.empty() ? "`" : "`, `") + read.unread[k];
    list += "`";
    if (read.unread.size() > named) list += fmt::format(" (+{})", read.unread.size() - named);
    if (read.phrase.empty()) {
      m_out.notes.push_back(
          {line,
           {fmt::format("đoạn này ghi {} nhưng không đọc được thành thời hạn: mục không có "
                        "`due`; đối chiếu văn bản gốc và ghi `due` nếu đó là thời hạn",
                        list),
            fmt::format("this paragraph gives {} but it does not read as a deadline: the item "
                        "has no `due`; check the document and write `due` if it is one",
                        list)}});
    } else {
      m_out.notes.push_back(
          {line,
           {fmt::format("đoạn này còn ghi {} ngoài thời hạn đã đọc (`due: {}`): đối chiếu văn "
                        "bản gốc; nếu đó cũng là thời hạn, ghi thêm vào `due`",
                        list, read.phrase),
            fmt::format("this paragraph also gives {} besides the deadline read (`due: {}`): "
                        "check the document; if it is a deadline too, add it to `due`",
                        list, read.phrase)}});
    }
  }

  // --- Header --------------------------------------------------------------------------------

  bool is_kind_line(const Para& p) const { return fold_ascii(p.text) == "ke hoach"; }

  bool starts_opening(const Para& p) const {
    return starts_folded(p.text, "can cu ") || starts_folded(p.text, "thuc hien ") ||
           (recognise_outline_label(p.text).kind == OutlineLabel::Kind::roman && p.table < 0);
  }

  std::size_t header() {
    std::size_t end = m_paras.size();
    for (std::size_t i = 0; i < m_paras.size(); ++i) {
      if (is_kind_line(m_paras[i]) || starts_opening(m_paras[i])) {
        end = i;
        break;
      }
    }
    std::vector<const Para*> upper;
    for (std::size_t i = 0; i < end; ++i) {
      const Para& p = m_paras[i];
      if (p.text.empty()) continue;
      if (recognise_national_motto(p.text)) {
        placed();
      } else if (const auto number = recognise_number_line(p.text)) {
        placed();
        if (!number->empty()) m_plan.number = located(*number, p.line);
      } else if (const auto pd = recognise_place_date(p.text)) {
        placed();
        m_plan.place = located(pd->place, p.line);
        m_plan.issued.year = pd->year;
        m_plan.issued.month = pd->month;
        m_plan.issued.day = pd->month > 0 ? pd->day : 0;
        m_plan.issued.at = {p.line, 1};
        m_plan.issued.present = true;
      } else if (all_upper(p.text)) {
        upper.push_back(&p);
      } else {
        unplaced(p, "issuer");
      }
    }
    // The issuing body's upper-case lines: one body, or a parent authority above the issuer.
    if (!upper.empty()) {
      std::string all;
      for (const Para* p : upper) all += (all.empty() ? "" : " ") + p->text;
      std::optional<IssuerReading> whole = recognise_issuer(all);
      if (upper.size() >= 2) {
        const auto first = recognise_issuer(upper.front()->text);
        std::string rest;
        for (std::size_t k = 1; k < upper.size(); ++k)
          rest += (rest.empty() ? "" : " ") + upper[k]->text;
        const auto second = recognise_issuer(rest);
        if (first && second) {
          m_plan.issuer.parent_authority = located(first->name, upper.front()->line);
          whole = second;
        } else if (first) {
          // "UBND THÀNH PHỐ HÀ NỘI" above "THANH TRA THÀNH PHỐ": a body of the committee.
          m_plan.issuer.parent_authority = located(first->name, upper.front()->line);
          const std::string lower = to_lower(rest);
          const auto space = lower.find(' ');
          IssuerReading body;
          body.name = title_case(lower.substr(0, space)) +
                      (space == std::string::npos ? "" : lower.substr(space));
          body.level = Level::department;
          body.locality = first->locality;
          whole = body;
        }
      }
      const int line = upper.back()->line;
      if (whole) {
        m_header_issuer = whole;
        m_header_issuer_line = line;
      } else {
        m_plan.issuer.name = located(all, upper.front()->line);
      }
      for (std::size_t k = 0; k < upper.size(); ++k) placed();
    }
    return end;
  }

  std::size_t title(std::size_t i) {
    if (i < m_paras.size() && is_kind_line(m_paras[i])) {
      placed();
      ++i;
    } else {
      return i;
    }
    while (i < m_paras.size() && m_paras[i].text.empty()) ++i;
    std::string title;
    int line = 0;
    while (i < m_paras.size() && !m_paras[i].text.empty() && !starts_opening(m_paras[i]) &&
           m_paras[i].table < 0) {
      if (line == 0) line = m_paras[i].line;
      title += (title.empty() ? "" : " ") + m_paras[i].text;
      placed();
      ++i;
    }
    if (!title.empty()) m_plan.title = located(title, line);
    return i;
  }

  std::size_t opening(std::size_t i) {
    for (; i < m_paras.size(); ++i) {
      const Para& p = m_paras[i];
      if (p.text.empty()) continue;
      const OutlineLabel label = recognise_outline_label(p.text);
      if (label.kind != OutlineLabel::Kind::none && label.kind != OutlineLabel::Kind::dash &&
          label.kind != OutlineLabel::Kind::plus)
        break;
      if (auto parent = recognise_parent(p.text)) {
        placed();
        ParentRef ref;
        ref.at = {p.line, 1};
        ref.ref = located(parent->ref, p.line);
        if (parent->date) {
          ref.date.value = *parent->date;
          ref.date.at = {p.line, 1};
          ref.date.present = true;
        }
        if (!parent->issuer.empty()) ref.issuer = located(parent->issuer, p.line);
        if (!parent->title.empty()) ref.title = located(parent->title, p.line);
        m_plan.parent = ref;
        if (!parent->enactment.empty()) enactment(parent->enactment, p.line);
      } else if (auto basis = recognise_basis(p.text)) {
        placed();
        m_plan.basis_lead = located(basis->lead, p.line);
        for (const ActReading& a : basis->acts) {
          LegalRef act;
          act.at = {p.line, 1};
          act.ref = located(a.ref, p.line);
          if (!a.kind.empty()) act.kind = located(a.kind, p.line);
          if (a.date) {
            act.date.value = *a.date;
            act.date.at = {p.line, 1};
            act.date.present = true;
          }
          if (!a.issuer.empty()) act.issuer = located(a.issuer, p.line);
          if (!a.title.empty()) act.title = located(a.title, p.line);
          m_plan.basis.push_back(std::move(act));
        }
        for (const std::string& u : basis->unread)
          m_out.unplaced.push_back(UnplacedLine{p.line, u, "basis"});
        if (!basis->enactment.empty()) enactment(basis->enactment, p.line);
      } else if (recognise_enactment(p.text)) {
        placed();
        enactment(p.text, p.line);
      } else {
        unplaced(p, "basis");
      }
    }
    return i;
  }

  void enactment(const std::string& text, int line) {
    m_plan.enactment = located(text, line);
    // "Chủ tịch Ủy ban nhân huyện ban hành …": the signer in the document's own words.
    if (starts_folded(text, "chu tich")) {
      const std::string f = fold_ascii(text);
      const auto at = f.find(" ban hanh");
      if (at == std::string::npos) return;
      // Cut at the same word in the original: count the words before it.
      const std::size_t words = static_cast<std::size_t>(
          std::count(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(at), ' '));
      std::string signer;
      std::size_t seen = 0;
      for (const char c : text) {
        if (c == ' ' && ++seen > words) break;
        signer.push_back(c);
      }
      m_plan.issuer.signer = located(signer, line);
    }
  }

  // --- Body ----------------------------------------------------------------------------------

  // Whether a numbered paragraph is a heading (bold, a Markdown heading, or a short title with
  // no sentence end) or a paragraph of text that happens to be numbered.
  bool is_heading(const Para& p, const OutlineLabel& label) const {
    if (label.kind == OutlineLabel::Kind::none || label.kind == OutlineLabel::Kind::dash ||
        label.kind == OutlineLabel::Kind::plus || label.rest.empty())
      return false;
    if (p.table >= 0) return false;
    if (label.kind == OutlineLabel::Kind::roman) return p.heading || all_upper(label.rest);
    if (!p.run_in.empty()) return true;
    if (recognise_labelled_line(p.text) && !p.heading) {
      // "a) Phạm vi theo dõi" alone is a field's sub-heading; with a value, a labelled line.
      const auto l = recognise_labelled_line(p.text);
      return l->value.empty() && p.text.find(':') == std::string::npos;
    }
    if (p.heading) return true;
    const std::string& r = label.rest;
    if (display_width(r) > 220) return false;
    if (ends_with(r, "(nếu có).") || ends_with(r, "(nếu có)")) return true;
    // "1.2. Theo dõi lĩnh vực trọng tâm của huyện: Tình hình …": a run-in heading.
    if (label.kind == OutlineLabel::Kind::arabic && label.depth >= 2 && run_in_split(r))
      return true;
    const char last = r.back();
    if (last == '.' || last == ';' || last == ',') return false;
    if (last == ':') return label.kind == OutlineLabel::Kind::arabic;
    return r.find(": ") == std::string::npos;
  }

  // "Theo dõi lĩnh vực trọng tâm của huyện: Tình hình …" → the title with its colon, the text.
  static std::optional<std::pair<std::string, std::string>> run_in_split(const std::string& r) {
    const auto colon = r.find(": ");
    if (colon == std::string::npos) return std::nullopt;
    const std::string head = r.substr(0, colon + 1);
    if (display_width(head) > 120) return std::nullopt;
    return std::make_pair(head, r.substr(colon + 2));
  }

  bool is_closing(const Para& p) const {
    return starts_folded(p.text, "tren day la") || ends_with(p.text, "/.") ||
           ends_with(p.text, "./.");
  }
  bool is_recipients(const Para& p) const {
    const std::string f = fold_ascii(p.text);
    return f == "noi nhan:" || f == "noi nhan";
  }

  std::string number_for(const std::vector<Node*>& stack) const {
    std::string roman;
    std::string arabic;
    std::string letter;
    for (const Node* n : stack) {
      if (n->para == nullptr) continue;
      switch (n->kind) {
        case OutlineLabel::Kind::roman: roman = n->label; break;
        case OutlineLabel::Kind::arabic: arabic = n->label; break;
        case OutlineLabel::Kind::letter: letter = n->label; break;
        default: break;
      }
    }
    std::string out = roman;
    for (const std::string* part : {&arabic, &letter}) {
      if (part->empty()) continue;
      if (!out.empty()) out += ".";
      out += *part;
    }
    return out;
  }

  std::size_t body(std::size_t i) {
    m_root = std::make_unique<Node>();
    std::vector<Node*> stack{m_root.get()};
    for (; i < m_paras.size(); ++i) {
      const Para& p = m_paras[i];
      if (p.text.empty() && p.table < 0) continue;
      if (is_recipients(p)) break;
      if (p.table >= 0 && m_task_tables.count(p.table) > 0) {
        Node* at = stack.back();
        std::map<int, std::vector<const Para*>> rows;
        std::size_t k = i;
        for (; k < m_paras.size() && m_paras[k].table == p.table; ++k)
          rows[m_paras[k].row].push_back(&m_paras[k]);
        std::size_t index = 0;
        for (auto& [row, cells] : rows) {
          if (index++ == 0) {
            table_header(at->table_header, cells);
            continue;
          }
          if (index == 2 && second_header_row(at->table_header, cells)) continue;
          at->table_rows.push_back(cells);
        }
        i = k - 1;
        continue;
      }
      if (p.table >= 0) {
        // A layout table inside the body: its cells are paragraphs like any other.
      }
      if (is_closing(p) && p.table < 0) {
        placed();
        m_plan.closing = located(p.text, p.line);
        ++i;
        break;
      }
      const OutlineLabel label = recognise_outline_label(p.text);
      if (is_heading(p, label)) {
        auto node = std::make_unique<Node>();
        node->para = &p;
        node->kind = label.kind;
        node->label = label.label;
        node->rank = rank_of(label);
        node->title = label.rest;
        if (!p.run_in.empty()) {
          const OutlineLabel head = recognise_outline_label(p.run_in);
          node->title = head.rest;
          node->run_in_text =
              std::string(trim(p.text.substr(std::min(p.text.size(), p.run_in.size()))));
        } else if (label.kind == OutlineLabel::Kind::arabic && !p.heading) {
          if (const auto split = run_in_split(label.rest); split && label.depth >= 2) {
            node->title = split->first;
            node->run_in_text = split->second;
          }
        }
        if (label.kind != OutlineLabel::Kind::roman) {
          const auto field = recognise_labelled_line(p.text);
          if (field && field->value.empty()) node->field = field;
        }
        while (stack.size() > 1 && stack.back()->rank >= node->rank) stack.pop_back();
        node->parent = stack.back();
        stack.push_back(node.get());
        node->number = number_for(stack);
        const Role inherited = node->parent->role;
        const Role own = role_of(node->title);
        node->role = (label.kind == OutlineLabel::Kind::roman || own == Role::purpose ||
                      own == Role::requirements)
                         ? own
                         : inherited;
        if (inherited == Role::responsibilities || inherited == Role::reporting ||
            inherited == Role::budget)
          node->role = inherited;
        Node* raw = node.get();
        raw->parent->children.push_back(std::move(node));
        m_headings.push_back(raw);
        placed();
        continue;
      }
      stack.back()->content.push_back(&p);
    }
    return i;
  }

  // A table of activities whose rows are only unplaced lines: an error, for the plan written
  // lacks those activities (often all of them), which no check of the plan can see.
  void lost_task_table(int line, std::size_t rows, bool after_signature) {
    const std::string where_vi =
        after_signature ? "nằm sau phần ký (phụ lục)" : "nằm ngoài mục nội dung";
    const std::string where_en =
        after_signature ? "after the signature (an appendix)" : "outside the content section";
    m_out.errors.push_back(
        {line,
         {fmt::format("bảng hoạt động {} không được đọc thành hoạt động: {} hàng của bảng chỉ còn "
                      "là chú thích `# không xếp được`, không có trong `tasks`; chuyển bảng vào "
                      "mục nội dung của văn bản (nơi ghi các hoạt động) rồi nhập lại, hoặc ghi "
                      "các hoạt động vào `tasks`",
                      where_vi, rows),
          fmt::format("the table of activities {} was not read as activities: its {} rows are "
                      "only `# không xếp được` comments, not in `tasks`; move the table into the "
                      "document's content section (where the activities are) and import again, "
                      "or write the activities under `tasks`",
                      where_en, rows)}});
  }

  void tail(std::size_t i) {
    bool in_recipients = false;
    for (; i < m_paras.size(); ++i) {
      const Para& p = m_paras[i];
      if (p.table >= 0 && m_task_tables.count(p.table) > 0) {
        // A table of activities after the signature ("PHỤ LỤC … Kèm theo Kế hoạch số …").
        std::set<int> rows;
        std::size_t k = i;
        for (; k < m_paras.size() && m_paras[k].table == p.table; ++k) {
          rows.insert(m_paras[k].row);
          if (!m_paras[k].text.empty()) unplaced(m_paras[k], "signature");
        }
        if (rows.size() > 1) lost_task_table(p.line, rows.size() - 1, true);
        i = k - 1;
        in_recipients = false;
        continue;
      }
      if (p.text.empty()) continue;
      if (is_recipients(p)) {
        placed();
        in_recipients = true;
        continue;
      }
      if (in_recipients && (p.text.rfind("- ", 0) == 0 || p.text.rfind("-", 0) == 0)) {
        std::string r(trim(std::string_view(p.text).substr(1)));
        m_plan.recipients.push_back(located(r, p.line));
        placed();
        continue;
      }
      if (in_recipients && p.table >= 0 && p.column == 0 && !recognise_signature_line(p.text)) {
        m_plan.recipients.push_back(located(p.text, p.line));
        placed();
        continue;
      }
      in_recipients = false;
      if (const auto s = recognise_signature_line(p.text)) {
        if (!m_plan.signature) {
          m_plan.signature = Signature{};
          m_plan.signature->at = {p.line, 1};
        }
        Signature& sig = *m_plan.signature;
        Text* field = nullptr;
        switch (*s) {
          case SignatureLine::authority: field = &sig.authority; break;
          case SignatureLine::role: field = &sig.role; break;
          case SignatureLine::title: field = &sig.title; break;
          case SignatureLine::name: field = &sig.name; break;
        }
        if (!field->present) {
          *field = located(p.text, p.line);
          placed();
          continue;
        }
      }
      unplaced(p, "signature");
    }
  }

  // --- Interpretation of the body ------------------------------------------------------------

  // "- Phòng Kinh tế;" as an item of a list of agencies: "Phòng Kinh tế".
  static std::string without_list_mark(std::string piece) {
    for (const std::string_view mark : {"- ", "+ ", "• ", "– ", "— "}) {
      if (piece.rfind(mark, 0) == 0)
        return std::string(trim(std::string_view(piece).substr(mark.size())));
    }
    return piece;
  }

  static std::vector<std::string> agencies(const std::string& value) {
    const std::string v = strip_end(value);
    const std::string f = fold_ascii(v);
    // A sentence ("Phòng Tư pháp chủ trì phối hợp với …; …") stays whole.
    if (f.find("chu tri") != std::string::npos || f.find("tham muu") != std::string::npos)
      return {without_list_mark(v)};
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= v.size()) {
      auto end = v.find(';', start);
      if (end == std::string::npos) end = v.size();
      std::string piece = strip_end(
          without_list_mark(std::string(trim(std::string_view(v).substr(start, end - start)))));
      if (!piece.empty()) out.push_back(std::move(piece));
      start = end + 1;
    }
    return out;
  }

  // The agencies of a table cell whose lines Word breaks. A list (its first line has a list's
  // mark: "- Phòng Kinh tế;" ↵ "- Công an xã") is one agency a marked line. Other lines are one
  // name, wrapped by hand in a narrow column ("Ban Chỉ huy" ↵ "Quân sự xã", "Văn phòng" ↵ "HĐND
  // và UBND xã"); but they may be several agencies ("Phòng Kinh tế" ↵ "Văn phòng HĐND và UBND
  // xã"), which kehoach cannot tell: `joined` says so, for a `xem lại` note.
  struct CellAgencies {
    std::vector<std::string> names;
    bool joined = false;
  };

  static CellAgencies cell_agencies(const Para& p) {
    if (p.lines.size() < 2) return {agencies(p.text), false};
    const auto marked = [](const std::string& line) {
      for (const std::string_view mark : {"- ", "+ ", "\xE2\x80\xA2 "}) {
        if (line.rfind(mark, 0) == 0) return true;
      }
      return false;
    };
    CellAgencies out;
    if (!marked(p.lines.front())) {
      // A line ending in ";" ends an agency; one ending in "và", "của", "với", "hoặc" or a dash,
      // or followed by one in lower case, goes on in the next, surely; any other break is a
      // guess, said (a comma too: "Sở Văn hóa," ↵ "Thể thao và Du lịch" is one name).
      std::vector<std::string> names;
      for (const std::string& line : p.lines) {
        if (names.empty()) {
          names.push_back(line);
          continue;
        }
        std::string& last = names.back();
        if (!last.empty() && last.back() == ';' && !starts_lower(line)) {
          last.pop_back();
          names.push_back(line);
          continue;
        }
        const auto space = last.rfind(' ');
        const std::string word =
            fold_ascii(space == std::string::npos ? last : last.substr(space + 1));
        const bool goes_on = word == "va" || word == "cua" || word == "voi" || word == "hoac" ||
                             (!last.empty() && last.back() == '-') || starts_lower(line);
        if (!goes_on) out.joined = true;
        last += " " + line;
      }
      for (const std::string& name : names)
        for (std::string& a : agencies(name)) out.names.push_back(std::move(a));
      return out;
    }
    std::vector<std::string> names;
    for (const std::string& line : p.lines) {
      if (!names.empty() && !marked(line)) {
        names.back() += " " + line;
        continue;
      }
      names.push_back(line);
    }
    for (const std::string& name : names)
      for (std::string& a : agencies(name)) out.names.push_back(std::move(a));
    return out;
  }

  // The `xem lại` note of a cell's lines joined into one name (see cell_agencies).
  void note_joined_cell(const Para& p, const CellAgencies& read) {
    if (!read.joined) return;
    std::string lines;
    for (const std::string& l : p.lines) lines += (lines.empty() ? "“" : "” / “") + l;
    lines += "”";
    std::string names;
    for (const std::string& n : read.names) names += (names.empty() ? "“" : "”; “") + n;
    names += "”";
    m_out.notes.push_back(
        {p.line,
         {fmt::format("ô cơ quan viết trên {} dòng ({}), đã đọc là {}: nếu là nhiều cơ quan, "
                      "ghi mỗi cơ quan một mục của danh sách",
                      p.lines.size(), lines, names),
          fmt::format("an agency cell written on {} lines ({}) is read as {}: if these are "
                      "several agencies, write each as an item of the list",
                      p.lines.size(), lines, names)}});
  }

  // The lower levels the groups of bodies in `agencies` stand for ("Các sở, ngành; UBND các xã,
  // phường" → department, commune): the one reading of a task's lead and a duty's agency.
  static void add_levels_named(const std::string& agencies, std::vector<Level>& out) {
    const std::string f = fold_ascii(agencies);
    if (f.find("chu tri") != std::string::npos || f.find("tham muu") != std::string::npos) return;
    // The first words name the agencies; what follows describes the work.
    std::string head;
    std::size_t words = 0;
    for (const char c : agencies) {
      if (c == ' ' && ++words >= 12) break;
      head.push_back(c);
    }
    for (const Level l : recognise_levels(head))
      if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    std::sort(out.begin(), out.end(),
              [](Level a, Level b) { return static_cast<int>(a) < static_cast<int>(b); });
  }

  static std::vector<Level> levels_of(const std::vector<Text>& lead) {
    std::vector<Level> out;
    for (const Text& t : lead) add_levels_named(t.value, out);
    return out;
  }

  // `id`, or `id-2`, `id-3`, … the first not taken. The search for each id goes on from where
  // the last one stopped (an id is never given back): 10,000 duties of one id cost 10,000
  // look-ups, not 50 million.
  std::string unique_id(std::string id) {
    if (m_ids.insert(id).second) return id;
    int& n = m_next_suffix.try_emplace(id, 2).first->second;
    std::string candidate;
    do {
      candidate = id + "-" + std::to_string(n++);
    } while (!m_ids.insert(candidate).second);
    return candidate;
  }

  static void mark(Node* n, const std::string& part) {
    for (Node* k = n; k != nullptr; k = k->parent) k->holds.insert(part);
  }

  void interpret() {
    for (auto& child : m_root->children) section(child.get());
    // A table of activities where no activity is read (before the first heading, under the
    // responsibilities): its rows are not lost in silence.
    std::vector<Node*> nodes{m_root.get()};
    nodes.insert(nodes.end(), m_headings.begin(), m_headings.end());
    for (Node* n : nodes) {
      if (n->table_rows.empty() || n->table_read) continue;
      for (const auto& row : n->table_rows)
        for (const Para* p : row)
          if (!p->text.empty()) unplaced(*p, "tasks");
      lost_task_table(n->table_rows.front().front()->line, n->table_rows.size(), false);
    }
    // Text before the first heading that is not the opening: unplaced.
    for (const Para* p : m_root->content) unplaced(*p, "outline");
    // Each heading holds the part of the plan found under it when it is the highest heading
    // whose subtree holds that part alone.
    for (Node* h : m_headings) {
      if (m_not_outline.count(h) > 0) continue;
      Heading heading;
      heading.number = located(h->number, h->para->line);
      heading.title = located(h->title, h->para->line);
      heading.at = {h->para->line, 1};
      if (h->holds.size() == 1 && (h->parent->para == nullptr || h->parent->holds.size() > 1))
        heading.holds = located(*h->holds.begin(), h->para->line);
      m_plan.outline.push_back(std::move(heading));
      // The group rows of its table of tasks, after it.
      if (const auto groups = m_table_groups.find(h); groups != m_table_groups.end())
        for (const Heading& g : groups->second) m_plan.outline.push_back(g);
    }
  }

  void section(Node* n) {
    switch (n->role) {
      case Role::purpose:
      case Role::requirements:
        if (n->children.empty() || !n->content.empty()) {
          auto& list = n->role == Role::purpose ? m_plan.purpose : m_plan.requirements;
          for (const Para* p : n->content) {
            list.push_back(located(p->text, p->line));
            placed();
          }
          if (!n->content.empty()) mark(n, n->role == Role::purpose ? "purpose" : "requirements");
        }
        for (auto& c : n->children) section(c.get());
        return;
      case Role::budget:
        for (const Para* p : n->content) {
          m_plan.budget.push_back(located(p->text, p->line));
          placed();
        }
        if (!n->content.empty()) mark(n, "budget");
        for (auto& c : n->children) section(c.get());
        return;
      case Role::reporting: reporting(n); return;
      case Role::responsibilities: responsibilities(n); return;
      case Role::content: content(n); return;
    }
  }

  void content(Node* n) {
    std::vector<Node*> items;
    for (auto& c : n->children)
      if (!c->field) items.push_back(c.get());
    if (n->kind == OutlineLabel::Kind::roman && n->content.empty() && items.empty() &&
        n->table_rows.empty()) {
      return;
    }
    if (!n->table_rows.empty()) table_tasks(n);
    if (!items.empty() || n->kind == OutlineLabel::Kind::roman || n->para == nullptr) {
      for (const Para* p : n->content) unplaced(*p, "tasks");
      for (Node* c : items) section(c);
      for (auto& c : n->children)
        if (c->field) {
          for (const Para* p : c->content) unplaced(*p, "tasks");
        }
      return;
    }
    if (!n->table_rows.empty() && n->content.empty()) return;
    // A leaf: a focus area or a task, by its fields.
    bool focus = false;
    for (const Para* p : n->content) {
      if (const auto l = recognise_labelled_line(p->text)) {
        if (l->field == LineField::scope || l->field == LineField::subjects ||
            l->field == LineField::focus_content)
          focus = true;
      }
    }
    for (auto& c : n->children)
      if (c->field &&
          (c->field->field == LineField::scope || c->field->field == LineField::subjects ||
           c->field->field == LineField::focus_content))
        focus = true;
    if (focus)
      focus_area(n);
    else
      task(n);
  }

  void focus_area(Node* n) {
    FocusArea f;
    const int line = n->para->line;
    f.at = {line, 1};
    f.number = located(n->number, line);
    std::string name = n->run_in_text.empty() ? n->title : strip_end(n->run_in_text, ". ");
    f.name = located(name, line);
    f.id = located(unique_id(make_id(name, 5)), line);
    std::string context;
    for (Node* k = n; k != nullptr && k->para != nullptr; k = k->parent) context += " " + k->title;
    const std::string fc = fold_ascii(context);
    if (fc.find("lien nganh") != std::string::npos)
      f.origin = located("national", line);
    else if (fc.find("cua huyen") != std::string::npos ||
             fc.find("cua tinh") != std::string::npos || fc.find("cua xa") != std::string::npos ||
             fc.find("cua dia phuong") != std::string::npos)
      f.origin = located("local", line);
    auto fill = [&](LineField field, const std::string& value, int at, bool labelled) {
      const std::string v = labelled ? strip_end(value) : value;
      switch (field) {
        case LineField::scope: f.scope = located(v, at); return true;
        case LineField::subjects: f.subjects.push_back(located(v, at)); return true;
        case LineField::focus_content: f.content.push_back(located(v, at)); return true;
        case LineField::lead: f.lead = located(v, at); return true;
        default: return false;
      }
    };
    for (const Para* p : n->content) {
      const auto l = recognise_labelled_line(p->text);
      if (l && !l->value.empty() && fill(l->field, l->value, p->line, true)) {
        placed();
      } else {
        unplaced(*p, "focus_areas");
      }
    }
    for (auto& c : n->children) {
      if (!c->field) continue;
      for (const Para* p : c->content) {
        if (fill(c->field->field, p->text, p->line, false))
          placed();
        else
          unplaced(*p, "focus_areas");
      }
    }
    mark(n, "focus_areas");
    m_plan.focus_areas.push_back(std::move(f));
  }

  void task(Node* n) {
    Task t;
    const int line = n->para->line;
    t.at = {line, 1};
    t.number = located(n->number, line);
    std::string title = n->run_in_text.empty() ? n->title : n->run_in_text;
    for (const std::string_view end : {"(nếu có).", "(nếu có)"}) {
      if (ends_with(title, end)) {
        title = std::string(trim(std::string_view(title).substr(0, title.size() - end.size())));
        t.conditional.value = true;
        t.conditional.present = true;
        t.conditional.at = {line, 1};
      }
    }
    title = strip_end(title, " ");
    t.title = located(title, line);
    t.id = located(unique_id(make_id(title)), line);
    t.kind.value = recognise_task_kind(title);
    t.kind.present = true;
    t.kind.at = {line, 1};
    LineField list_field = LineField::description;
    // The deadline lines and the lines of when the work begins, kept apart until all are read.
    std::vector<TimePart> dues;
    std::vector<TimePart> starts;
    // A labelled line opens a part of its own; the items of a list under a label, or the
    // paragraphs under a label heading, go on the part open.
    auto time_part = [&](std::vector<TimePart>& parts, const std::string& value, const Para* p,
                         bool labelled, bool completion) {
      const std::string v = strip_end(labelled ? value : list_item(value));
      if (labelled || parts.empty()) {
        parts.push_back(TimePart{v, p->line, completion, {p}});
      } else if (parts.back().value.empty()) {
        parts.back().value = v;
        parts.back().line = p->line;
        parts.back().paras.push_back(p);
      } else {
        // "b) Thời gian thực hiện:" then "- Đợt 1: tháng 5/2026." "- Đợt 2: …": every item.
        parts.back().value += "; " + v;
        parts.back().paras.push_back(p);
      }
    };
    auto fill = [&](LineField field, const std::string& value, const Para* p, bool labelled,
                    bool completion) {
      const int at = p->line;
      switch (field) {
        case LineField::description: t.description.push_back(located(value, at)); return true;
        case LineField::lead:
          for (auto& a : agencies(value)) t.lead.push_back(located(a, at));
          return true;
        case LineField::partners:
          for (auto& a : agencies(value)) t.partners.push_back(located(a, at));
          return true;
        case LineField::output:
          if (!labelled && t.output.present)
            t.output.value += "; " + list_item(value);
          else
            t.output = located(labelled ? strip_end(value) : list_item(value), at);
          return true;
        case LineField::due:
        case LineField::report_due: time_part(dues, value, p, labelled, completion); return true;
        case LineField::start: time_part(starts, value, p, labelled, false); return true;
        default: return false;
      }
    };
    bool labelled_seen = false;
    bool list_completion = false;
    for (const Para* p : n->content) {
      const auto l = recognise_labelled_line(p->text);
      if (l) labelled_seen = true;
      // "- Đợt 1: tháng 5/2026." under "b) Thời gian thực hiện:": an item of that label's list.
      const OutlineLabel item = recognise_outline_label(p->text);
      if (!l && list_field != LineField::description &&
          (item.kind == OutlineLabel::Kind::dash || item.kind == OutlineLabel::Kind::plus)) {
        fill(list_field, p->text, p, false, list_completion);
        placed();
        continue;
      }
      // "c) Kinh phí: 5 triệu đồng." among the labelled lines: a label the importer does not
      // know is not guessed into the description.
      if (!l && labelled_seen && unknown_label(p->text)) {
        unplaced(*p, "tasks");
        continue;
      }
      if (l && l->field != LineField::description && !l->value.empty()) {
        list_field = LineField::description;
        if (fill(l->field, l->value, p, true, l->completion)) {
          placed();
          continue;
        }
      } else if (l && l->value.empty() && p->text.find(':') != std::string::npos) {
        list_field = l->field;
        list_completion = l->completion;
        // A list of deadlines or of starts opens with its label: the part, still empty.
        if (l->field == LineField::due || l->field == LineField::report_due)
          dues.push_back(TimePart{"", p->line, l->completion, {p}});
        else if (l->field == LineField::start)
          starts.push_back(TimePart{"", p->line, false, {p}});
        placed();
        continue;
      } else if (l && l->field == LineField::description) {
        list_field = LineField::description;
        fill(LineField::description, l->value, p, true, false);
        placed();
        continue;
      } else if (!l) {
        fill(list_field, p->text, p, false, list_completion);
        placed();
        continue;
      }
      unplaced(*p, "tasks");
    }
    for (auto& c : n->children) {
      if (!c->field) continue;
      // "b) Thời hạn hoàn thành" as a heading, its value under it: a part of its own.
      if (c->field->field == LineField::due || c->field->field == LineField::report_due)
        dues.push_back(TimePart{"", c->para->line, c->field->completion, {}});
      else if (c->field->field == LineField::start)
        starts.push_back(TimePart{"", c->para->line, false, {}});
      for (const Para* p : c->content) {
        if (fill(c->field->field, p->text, p, false, c->field->completion))
          placed();
        else
          unplaced(*p, "tasks");
      }
    }
    settle_time(t, dues, starts);
    sentence_deadline(t);
    for (const Level l : levels_of(t.lead)) t.levels.push_back(Located<Level>{l, {line, 1}, true});
    mark(n, "tasks");
    m_plan.tasks.push_back(std::move(t));
  }

  // A deadline, or when the work begins, as a task's lines or cells give it.
  struct TimePart {
    std::string value;  // without the label, as written; empty for a label with no item yet
    int line = 0;
    bool completion = false;  // labelled as the day the work is finished ("Thời hạn hoàn thành")
    std::vector<const Para*> paras;  // the paragraphs it was read from, counted as placed
  };

  // A part not used after all: its paragraphs are unplaced lines again (a merged-down cell is
  // said at its own row).
  void unplace(const TimePart& part, const std::string& section) {
    for (const Para* p : part.paras) {
      if (p->carried || p->text.empty()) continue;
      --m_out.placed;
      unplaced(*p, section);
    }
  }

  // The start and the deadline as one range, "Từ tháng 3/2026 đến tháng 9/2026", when both
  // read as one stretch of days each, the start first, and the range reads as from the start's
  // first day to the deadline's last. Else nothing.
  static std::optional<std::string> joined_range(const std::string& start, const std::string& due) {
    // A year for reading a part with no year of its own: the same for the three readings.
    constexpr int reading_year = 2024;
    const auto one = [](const DueResult& r) -> const Occurrence* {
      if (!r.ok() || r.deadline->occurrences.size() != 1 || !r.deadline->note.empty())
        return nullptr;
      const DueKind k = r.deadline->kind;
      if (k == DueKind::event || k == DueKind::ongoing || k == DueKind::periodic) return nullptr;
      return &r.deadline->occurrences.front();
    };
    // "Tháng 3/2026" goes on after "Từ" as "tháng 3/2026"; a start that says "từ" already
    // keeps only the rest.
    const auto lower_first = [](std::string text) {
      if (fold_ascii(text).rfind("tu ", 0) == 0)
        text = std::string(trim(std::string_view(text).substr(text.find(' ') + 1)));
      const auto space = text.find(' ');
      const std::string first = text.substr(0, space);
      if (!all_upper(first) && !starts_lower(first))
        text = to_lower(first) + (space == std::string::npos ? "" : text.substr(space));
      return text;
    };
    const DueResult s = parse_due(start, reading_year);
    const DueResult d = parse_due(due, reading_year);
    const Occurrence* from = one(s);
    const Occurrence* to = one(d);
    if (from == nullptr || to == nullptr || to->day_before || from->day_before) return std::nullopt;
    const Date first = from->start.value_or(from->due);
    if (to->due < first) return std::nullopt;
    const std::string phrase = "Từ " + lower_first(start) + " đến " + lower_first(due);
    const DueResult r = parse_due(phrase, reading_year);
    const Occurrence* range = one(r);
    if (range == nullptr || r.deadline->kind != DueKind::range || range->start != first ||
        range->due != to->due)
      return std::nullopt;
    return phrase;
  }

  // A task's deadline from its deadline lines (or cells) and its start: the line labelled as
  // the completion ("Thời hạn hoàn thành") is `due`, else the first; another that differs is
  // left as an unplaced line and said. A start joins the deadline as a range ("Từ tháng 3/2026
  // đến tháng 9/2026"), said; one that cannot is left as an unplaced line and said. A start is
  // never the deadline.
  void settle_time(Task& t, std::vector<TimePart> dues, std::vector<TimePart> starts) {
    const auto empty = [](const TimePart& part) { return part.value.empty(); };
    std::erase_if(dues, empty);
    std::erase_if(starts, empty);
    if (!dues.empty()) {
      const auto main = std::find_if(dues.begin(), dues.end(),
                                     [](const TimePart& part) { return part.completion; });
      const TimePart& kept = main == dues.end() ? dues.front() : *main;
      t.due.phrase = located(kept.value, kept.line);
      for (const TimePart& other : dues) {
        if (&other == &kept || fold(other.value) == fold(kept.value)) continue;
        unplace(other, "tasks");
        const bool finish = kept.completion && !other.completion;
        m_out.notes.push_back(
            {other.line,
             {fmt::format("việc “{}” ghi hai thời hạn khác nhau: `due: {}` ({}), còn `{}` để lại "
                          "là chú thích; đối chiếu văn bản gốc và sửa `due` nếu cần",
                          t.title.value, kept.value,
                          finish ? "thời hạn hoàn thành" : "thời hạn ghi trước", other.value),
              fmt::format("the task “{}” gives two different deadlines: `due: {}` ({}), and `{}` "
                          "is left as a comment; check the document and correct `due` if need be",
                          t.title.value, kept.value,
                          finish ? "the completion deadline" : "the one written first",
                          other.value)}});
      }
    }
    for (std::size_t k = 0; k < starts.size(); ++k) {
      const TimePart& start = starts[k];
      if (k == 0 && t.due.phrase.present) {
        const std::string due = t.due.phrase.value;
        if (const auto range = joined_range(start.value, due)) {
          t.due.phrase.value = *range;
          m_out.notes.push_back(
              {start.line,
               {fmt::format("thời gian bắt đầu `{}` và thời hạn `{}` được ghép thành `due: {}` "
                            "(bắt đầu từ ngày đầu, hạn là ngày cuối); đối chiếu văn bản gốc",
                            start.value, due, *range),
                fmt::format("the start `{}` and the deadline `{}` are joined into `due: {}` "
                            "(begun on the first day, due on the last); check the document",
                            start.value, due, *range)}});
          continue;
        }
        m_out.notes.push_back(
            {start.line,
             {fmt::format("thời gian bắt đầu `{}` không ghép được với thời hạn `{}` thành một "
                          "khoảng thời gian: dòng này để lại là chú thích, `due` là thời hạn; "
                          "đối chiếu văn bản gốc",
                          start.value, due),
              fmt::format("the start `{}` does not join the deadline `{}` into one range: the "
                          "line is left as a comment, `due` is the deadline; check the document",
                          start.value, due)}});
      }
      // No deadline to join (or a second start): when the work begins is no deadline.
      if (!t.due.phrase.present)
        m_out.notes.push_back(
            {start.line,
             {fmt::format("thời gian bắt đầu `{}` không phải thời hạn, và việc “{}” không ghi thời "
                          "hạn hoàn thành: dòng này để lại là chú thích; ghi `due` theo văn bản "
                          "gốc",
                          start.value, t.title.value),
              fmt::format("the start `{}` is no deadline, and the task “{}” gives no deadline: "
                          "the line is left as a comment; write `due` from the document",
                          start.value, t.title.value)}});
      unplace(start, "tasks");
    }
  }

  // "- Đợt 1: tháng 5/2026." in a list under a label: the item without its dash.
  static std::string list_item(const std::string& text) {
    const OutlineLabel l = recognise_outline_label(text);
    if (l.kind == OutlineLabel::Kind::dash || l.kind == OutlineLabel::Kind::plus) return l.rest;
    return text;
  }

  // An activity with no "Thời gian" line: the deadline its title or description writes
  // ("Kiểm tra … trước ngày 30/9/2026"); the dates left unread are said.
  void sentence_deadline(Task& t) {
    if (t.due.phrase.present) return;
    std::vector<const Text*> texts{&t.title};
    for (const Text& d : t.description) texts.push_back(&d);
    for (const Text* x : texts) {
      if (!x->present) continue;
      DeadlinesInText read = read_deadlines_in_text(x->value);
      if (!read.phrase.empty() && !t.due.phrase.present) {
        t.due.phrase = located(read.phrase, x->at.line);
      } else if (!read.phrase.empty()) {
        read.unread.insert(read.unread.begin(), read.phrase);
        read.phrase = t.due.phrase.value;
      }
      note_unread_dates(read, x->at.line);
    }
  }

  // "c) Kinh phí: …": a marked line opening with a short label and a colon.
  static bool unknown_label(const std::string& text) {
    const OutlineLabel l = recognise_outline_label(text);
    if (l.kind != OutlineLabel::Kind::letter && l.kind != OutlineLabel::Kind::dash) return false;
    const auto colon = l.rest.find(':');
    if (colon == std::string::npos) return false;
    const std::string head = l.rest.substr(0, colon);
    return !head.empty() && std::count(head.begin(), head.end(), ' ') < 5;
  }

  // The header of a table of tasks, by grid column (a cell spanning columns names the first).
  void table_header(std::vector<std::string>& header, const std::vector<const Para*>& cells) {
    for (const Para* c : cells) {
      const auto column = static_cast<std::size_t>(c->column);
      if (header.size() <= column) header.resize(column + 1);
      if (!c->text.empty()) header[column] += (header[column].empty() ? "" : " ") + c->text;
      if (!c->carried) placed();
    }
  }

  // A header over two rows: "Cơ quan thực hiện" spanning "Chủ trì | Phối hợp" (the other
  // columns merged down, or left empty). The row under the header holds only column labels;
  // each names its column in place of the wider label above it.
  bool second_header_row(std::vector<std::string>& header, const std::vector<const Para*>& cells) {
    bool label = false;
    for (const Para* c : cells) {
      if (c->text.empty()) continue;
      const auto column = static_cast<std::size_t>(c->column);
      if (c->carried) {
        if (column >= header.size() || fold_ascii(header[column]) != fold_ascii(c->text))
          return false;
        continue;
      }
      const auto l = recognise_labelled_line(c->text);
      if (!l || !l->value.empty()) return false;
      label = true;
    }
    if (!label) return false;
    std::map<std::size_t, std::string> named;
    for (const Para* c : cells) {
      if (c->carried) continue;
      placed();
      if (c->text.empty()) continue;
      auto& text = named[static_cast<std::size_t>(c->column)];
      text += (text.empty() ? "" : " ") + c->text;
    }
    for (auto& [column, text] : named) {
      if (header.size() <= column) header.resize(column + 1);
      header[column] = text;
    }
    return true;
  }

  // A row of a table of tasks that is a group heading ("I | Công tác chỉ đạo, triển khai"): one
  // cell spanning from the title column over every column that gives a field, nothing else but
  // its number. Returns that cell.
  static const Para* group_cell(const std::vector<const Para*>& row,
                                const std::vector<std::optional<LineField>>& columns,
                                std::optional<std::size_t> number_column,
                                std::optional<std::size_t> title_column) {
    if (!title_column) return nullptr;
    const Para* group = nullptr;
    for (const Para* p : row) {
      if (p->text.empty()) continue;
      const auto first = static_cast<std::size_t>(p->column);
      const auto end = first + static_cast<std::size_t>(p->span);
      if (p->span >= 2 && first <= *title_column && *title_column < end) {
        for (std::size_t k = *title_column + 1; k < columns.size(); ++k)
          if (columns[k] && k >= end) return nullptr;
        group = p;
      } else if (!number_column || first != *number_column) {
        return nullptr;
      }
    }
    return group;
  }

  // A cell of a task row spanning a column that gives another field: its value is read in its
  // first column only, and the other column's field is left empty for this task. Said.
  void note_spanned_cell(const Para& p, const std::vector<std::string>& header,
                         const std::vector<std::optional<LineField>>& columns) {
    if (p.span < 2 || p.carried || p.text.empty()) return;
    const auto first = static_cast<std::size_t>(p.column);
    const auto field_at = [&](std::size_t k) {
      return k < columns.size() ? columns[k] : std::nullopt;
    };
    std::vector<std::string> lost;
    for (std::size_t k = first + 1;
         k < first + static_cast<std::size_t>(p.span) && k < header.size(); ++k) {
      const auto field = field_at(k);
      if (!field || field == field_at(first)) continue;
      // A lead stretched over an empty Phối hợp column is the lead, with no partners.
      if (field_at(first) == LineField::lead && field == LineField::partners) continue;
      lost.push_back(header[k]);
    }
    if (lost.empty()) return;
    std::string vi;
    std::string en;
    for (const std::string& h : lost) {
      vi += (vi.empty() ? "«" : "», «") + h;
      en += (en.empty() ? "\"" : "\", \"") + h;
    }
    const std::string head = first < header.size() ? header[first] : "";
    m_out.notes.push_back(
        {p.line,
         {fmt::format("ô gộp cột «{}» với cột {}»: giá trị đọc vào cột «{}», cột {}» của việc này "
                      "để trống; đối chiếu văn bản gốc",
                      head, vi, head, vi),
          fmt::format("a cell spans the columns \"{}\" and {}\": its value is read into \"{}\", "
                      "and {}\" is left empty for this task; check the document",
                      head, en, head, en)}});
  }

  // A group row of a table of tasks: a heading of the outline under the table's own ("II.2.I
  // Công tác chỉ đạo, triển khai"), the tasks after it numbered under it ("II.2.I.1"); never a
  // task. Without a number ("I" in the STT cell or opening the text) it is an unplaced line.
  void table_group(Node* n, const std::vector<const Para*>& row, const Para& cell,
                   std::optional<std::size_t> number_column, std::string& group) {
    std::string title;
    std::string label;
    for (const Para* p : row) {
      if (p->text.empty() || p->carried) continue;
      std::string& into = p->column == cell.column ? title : label;
      into += (into.empty() ? "" : " ") + p->text;
    }
    label = strip_end(label, ". ");
    if (label.empty() && number_column && static_cast<std::size_t>(cell.column) == *number_column) {
      const OutlineLabel l = recognise_outline_label(title);
      if (l.kind == OutlineLabel::Kind::roman || l.kind == OutlineLabel::Kind::arabic ||
          l.kind == OutlineLabel::Kind::letter) {
        label = l.label;
        title = l.rest;
      }
    }
    group = label;
    if (label.empty()) {
      for (const Para* p : row)
        if (!p->text.empty() && !p->carried) unplaced(*p, "tasks");
      return;
    }
    for (const Para* p : row)
      if (!p->text.empty() && !p->carried) placed();
    Heading heading;
    heading.number = located(n->number.empty() ? label : n->number + "." + label, cell.line);
    heading.title = located(title, cell.line);
    heading.at = {cell.line, 1};
    m_table_groups[n].push_back(std::move(heading));
  }

  // A table of tasks: columns TT, Nội dung, Cơ quan chủ trì, Phối hợp, Sản phẩm, Thời gian.
  void table_tasks(Node* n) {
    n->table_read = true;
    std::vector<std::optional<LineField>> columns;
    std::vector<bool> completion;  // a deadline column of the completion ("Thời hạn hoàn thành")
    std::optional<std::size_t> number_column;
    std::optional<std::size_t> title_column;
    for (std::size_t c = 0; c < n->table_header.size(); ++c) {
      const std::string f = fold_ascii(n->table_header[c]);
      if (f == "tt" || f == "stt" || f == "so tt") number_column = c;
      if (!title_column && (f.rfind("noi dung", 0) == 0 || f.rfind("ten hoat dong", 0) == 0 ||
                            f.rfind("hoat dong", 0) == 0 || f.rfind("nhiem vu", 0) == 0))
        title_column = c;
      const auto l = recognise_labelled_line(n->table_header[c]);
      columns.push_back(l ? std::optional<LineField>(l->field) : std::nullopt);
      completion.push_back(l && l->completion);
    }
    std::string group;         // the label of the group row the rows are under ("I")
    std::size_t in_group = 0;  // task rows since that group row
    for (const auto& row : n->table_rows) {
      if (const Para* g = group_cell(row, columns, number_column, title_column)) {
        table_group(n, row, *g, number_column, group);
        in_group = 0;
        continue;
      }
      ++in_group;
      Task t;
      std::map<std::size_t, std::string> cells;
      std::map<std::size_t, int> cell_lines;  // the line of a cell's first non-empty paragraph
      int line = row.empty() ? 0 : row.front()->line;
      for (const Para* p : row) {
        if (p->text.empty()) continue;
        auto& cell = cells[static_cast<std::size_t>(p->column)];
        cell += (cell.empty() ? "" : " ") + p->text;
        cell_lines.emplace(static_cast<std::size_t>(p->column), p->line);
      }
      t.at = {line, 1};
      std::string number =
          number_column ? strip_end(cells[*number_column], ". ") : std::to_string(m_table_task + 1);
      const std::string title = title_column ? cells[*title_column] : "";
      if (number.empty() && !title.empty()) {
        // An empty STT cell (left blank, or numbered by Word with a list kehoach cannot
        // count): the row's place among the rows, said, never one number for every row.
        number = std::to_string(in_group);
        m_out.notes.push_back(
            {line,
             {fmt::format("ô STT của hàng này trống (hoặc Word tự đánh số mà không tính được số): "
                          "lấy số {} theo thứ tự hàng; đối chiếu văn bản gốc",
                          number),
              fmt::format("this row's STT cell is empty (or numbered by Word in a way that "
                          "cannot be worked out): it is numbered {} by its place among the rows; "
                          "check the document",
                          number)}});
      }
      // A task numbered under its group already ("1.2" under the group row "1") is not
      // prefixed again.
      const bool grouped = !group.empty() && number.rfind(group + ".", 0) == 0;
      std::string path = n->number;
      for (const std::string& part :
           grouped ? std::vector<std::string>{number} : std::vector<std::string>{group, number})
        path += (path.empty() || part.empty() ? "" : ".") + part;
      t.number = located(path, line);
      if (title.empty()) {
        for (const Para* p : row) {
          if (!p->text.empty() && !p->carried) unplaced(*p, "tasks");
        }
        continue;
      }
      t.title = located(title, line);
      t.id = located(unique_id(make_id(title)), line);
      t.kind = Located<TaskKind>{recognise_task_kind(title), {line, 1}, true};
      // The deadline and start cells, by column: settled once the row is read.
      std::map<std::size_t, TimePart> due_cells;
      std::map<std::size_t, TimePart> start_cells;
      for (const Para* p : row) {
        const auto c = static_cast<std::size_t>(p->column);
        if (p->text.empty()) continue;
        if ((number_column && c == *number_column) || (title_column && c == *title_column)) {
          if (!p->carried) placed();
          note_spanned_cell(*p, n->table_header, columns);
          continue;
        }
        const auto field = c < columns.size() ? columns[c] : std::nullopt;
        if (!field) {
          if (!p->carried) unplaced(*p, "tasks");
          continue;
        }
        note_spanned_cell(*p, n->table_header, columns);
        switch (*field) {
          case LineField::lead: {
            CellAgencies read = cell_agencies(*p);
            note_joined_cell(*p, read);
            for (auto& a : read.names) t.lead.push_back(located(a, p->line));
          } break;
          case LineField::partners: {
            CellAgencies read = cell_agencies(*p);
            note_joined_cell(*p, read);
            for (auto& a : read.names) t.partners.push_back(located(a, p->line));
          } break;
          // A cell written over several paragraphs ("Quý II" ¶ "năm 2026") is one value.
          case LineField::output: t.output = located(strip_end(cells[c]), cell_lines[c]); break;
          case LineField::due:
          case LineField::start: {
            auto& part = (*field == LineField::due ? due_cells : start_cells)[c];
            part.value = strip_end(cells[c]);
            part.line = cell_lines[c];
            part.completion = completion[c];
            part.paras.push_back(p);
            break;
          }
          default: t.description.push_back(located(p->text, p->line)); break;
        }
        if (!p->carried) placed();
      }
      std::vector<TimePart> dues;
      std::vector<TimePart> starts;
      for (auto& [column, part] : due_cells) dues.push_back(std::move(part));
      for (auto& [column, part] : start_cells) starts.push_back(std::move(part));
      settle_time(t, std::move(dues), std::move(starts));
      sentence_deadline(t);
      for (const Level l : levels_of(t.lead))
        t.levels.push_back(Located<Level>{l, {line, 1}, true});
      ++m_table_task;
      mark(n, "tasks");
      m_plan.tasks.push_back(std::move(t));
    }
  }

  static std::optional<Level> agency_level(std::string_view agency, bool requested) {
    if (requested) return Level::other;
    const std::string f = fold_ascii(agency);
    auto has = [&f](std::string_view s) { return f.find(s) != std::string::npos; };
    if (has("cac huyen") || has("cap huyen")) return Level::district;
    if (has("cac xa") || has("cap xa")) return Level::commune;
    if (has("toa an") || has("vien kiem sat") || has("mat tran")) return Level::other;
    if (f.rfind("so ", 0) == 0 || f.rfind("phong ", 0) == 0 || f.rfind("thanh tra", 0) == 0 ||
        has("co quan") || has("don vi") || has("so, ban, nganh"))
      return Level::department;
    return std::nullopt;
  }

  static std::optional<TaskKind> duty_kind(std::string_view text) {
    OutlineLabel l = recognise_outline_label(text);
    const std::string body = l.kind == OutlineLabel::Kind::none ? std::string(text) : l.rest;
    const std::string f = fold_ascii(body);
    std::string head;  // the first six words
    std::size_t words = 0;
    for (const char c : f) {
      if (c == ' ' && ++words >= 6) break;
      head.push_back(c);
    }
    auto has = [&f](std::string_view s) { return f.find(s) != std::string::npos; };
    if (head.find("bao cao") != std::string::npos ||
        (f.rfind("tong hop", 0) == 0 && has("bao cao")))
      return TaskKind::report;
    if (has("ban hanh ke hoach") || (has("xay dung") && has("ke hoach"))) return TaskKind::plan;
    if (has("cung cap") || has("tuyen truyen") || has("dang tai")) return TaskKind::information;
    if (head.find("kiem tra") != std::string::npos) return TaskKind::inspection;
    return std::nullopt;
  }

  void responsibility(const std::string& agency_title, const std::string& number, int line,
                      const std::vector<const Para*>& content, const std::string& intro_text) {
    Responsibility r;
    r.at = {line, 1};
    const bool requested = starts_folded(agency_title, "de nghi ");
    std::string agency = agency_title;
    if (requested) {
      const auto second = agency_title.find(' ', agency_title.find(' ') + 1);
      agency = second == std::string::npos
                   ? agency_title
                   : std::string(trim(std::string_view(agency_title).substr(second + 1)));
    }
    if (!intro_text.empty()) {
      // "Đề nghị A, B và C trong phạm vi chức năng …": the bodies are the words before the ask.
      const std::string f = fold_ascii(agency);
      std::size_t cut = std::string::npos;
      for (const std::string_view stop : {" trong pham vi", " phoi hop", " quan tam", " thuc hien",
                                          " co trach nhiem", " can cu", " chi dao"}) {
        cut = std::min(cut, f.find(stop));
      }
      if (cut != std::string::npos) {
        const std::size_t words = static_cast<std::size_t>(
            std::count(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(cut), ' '));
        std::string head;
        std::size_t seen = 0;
        for (const char c : agency) {
          if (c == ' ' && ++seen > words) break;
          head.push_back(c);
        }
        agency = head;
      }
    }
    // "Căn cứ điều kiện thực tiễn, các sở, ban, ngành tỉnh": the clause before the agency goes,
    // and the agency starts a sentence again.
    if (!intro_text.empty() && starts_folded(agency, "can cu ")) {
      const auto comma = agency.find(", ");
      if (comma != std::string::npos) {
        agency = agency.substr(comma + 2);
        if (!agency.empty() && agency[0] >= 'a' && agency[0] <= 'z')
          agency[0] = static_cast<char>(agency[0] - 'a' + 'A');
        else if (starts_lower(agency))
          agency = title_case(agency.substr(0, agency.find(' '))) +
                   agency.substr(std::min(agency.size(), agency.find(' ')));
      }
    }
    r.agency = located(strip_end(agency, " :"), line);
    r.number = located(number, line);
    const auto level = agency_level(agency, requested);
    // Groups of bodies ("Các sở, ngành; UBND các xã, phường") are read as a task's lead is: the
    // levels its duties address; the agency's own level when they are of one level, none when
    // of several.
    std::vector<Level> groups;
    if (!requested) add_levels_named(agency, groups);
    if (groups.size() == 1)
      r.level = Located<Level>{groups.front(), {line, 1}, true};
    else if (groups.empty() && level)
      r.level = Located<Level>{*level, {line, 1}, true};
    if (!intro_text.empty()) r.intro = located(intro_text, line);
    const std::string fa = fold_ascii(agency);
    const bool plural = fa.rfind("cac ", 0) == 0 || fa.rfind("ubnd cac ", 0) == 0 ||
                        fa.rfind("uy ban nhan dan cac ", 0) == 0;
    for (const Para* p : content) {
      const auto l = recognise_labelled_line(p->text);
      const bool marked = recognise_outline_label(p->text).kind != OutlineLabel::Kind::none;
      if (r.duties.empty() && !r.intro.present && !marked &&
          (ends_with(p->text, ":") || starts_folded(p->text, "de nghi "))) {
        r.intro = located(p->text, p->line);
        placed();
        continue;
      }
      if (l && (l->field == LineField::due || l->field == LineField::duty_due) &&
          !r.duties.empty()) {
        // A deadline line belongs to the plan duty above it when it speaks of a plan.
        Duty* target = &r.duties.back();
        if (fold_ascii(l->value).find("ke hoach") != std::string::npos) {
          for (auto& d : r.duties)
            if (d.kind.present && d.kind.value == TaskKind::plan) {
              target = &d;
              break;
            }
        }
        const std::string phrase = strip_end(l->value.empty() ? p->text : l->value);
        std::string value = phrase;
        if (p->text.rfind("- ", 0) == 0 && value.rfind("- ", 0) == 0) value = value.substr(2);
        target->due.phrase = located(value, p->line);
        if (!target->to.present)
          if (const auto to = recognise_receiver(value)) target->to = located(*to, p->line);
        placed();
        continue;
      }
      if (l && l->field == LineField::duty_to && !r.duties.empty()) {
        r.duties.back().to = located(strip_end(l->value), p->line);
        placed();
        continue;
      }
      Duty d;
      d.at = {p->line, 1};
      d.text = located(p->text, p->line);
      const OutlineLabel label = recognise_outline_label(p->text);
      d.id = located(
          unique_id(make_id(label.kind == OutlineLabel::Kind::none ? p->text : label.rest, 5)),
          p->line);
      if (const auto kind = duty_kind(p->text))
        d.kind = Located<TaskKind>{*kind, {p->line, 1}, true};
      const DeadlinesInText read = read_deadlines_in_text(p->text);
      if (!read.phrase.empty()) d.due.phrase = located(read.phrase, p->line);
      note_unread_dates(read, p->line);
      if ((d.kind.present && d.kind.value == TaskKind::report) || d.due.phrase.present) {
        if (const auto to = recognise_receiver(p->text)) d.to = located(*to, p->line);
      }
      for (const Level g : groups) d.levels.push_back(Located<Level>{g, {p->line, 1}, true});
      if (groups.empty() && plural && level &&
          (*level == Level::department || *level == Level::district || *level == Level::commune))
        d.levels.push_back(Located<Level>{*level, {p->line, 1}, true});
      r.duties.push_back(std::move(d));
      placed();
    }
    m_plan.responsibilities.push_back(std::move(r));
  }

  void responsibilities(Node* n) {
    mark(n, "responsibilities");
    // Numbered paragraphs directly under the section are agencies of their own ("4. Đề nghị …").
    for (const Para* p : n->content) {
      const OutlineLabel l = recognise_outline_label(p->text);
      if (l.kind == OutlineLabel::Kind::arabic) {
        placed();
        responsibility(l.rest, number_for_child(n, l.label), p->line, {}, l.rest);
      } else {
        unplaced(*p, "responsibilities");
      }
    }
    for (auto& c : n->children) {
      // A numbered paragraph at the agency's own depth ("4. Đề nghị …" after "3. UBND các xã")
      // is the next agency, written without a heading.
      std::vector<const Para*> own;
      std::vector<const Para*> later;
      for (const Para* p : c->content) {
        const OutlineLabel l = recognise_outline_label(p->text);
        if (!later.empty() || (l.kind == c->kind && l.kind == OutlineLabel::Kind::arabic &&
                               l.depth == recognise_outline_label(c->label + ". x").depth))
          later.push_back(p);
        else
          own.push_back(p);
      }
      c->content = own;
      for (const Para* p : later) {
        const OutlineLabel l = recognise_outline_label(p->text);
        if (l.kind == OutlineLabel::Kind::arabic) {
          placed();
          responsibility(l.rest, number_for_child(n, l.label), p->line, {}, l.rest);
        } else {
          unplaced(*p, "responsibilities");
        }
      }
      std::vector<const Para*> content = c->content;
      // Sub-headings under an agency are read as its duties.
      std::vector<Node*> todo;
      for (auto& g : c->children) todo.push_back(g.get());
      for (Node* g : todo) {
        content.push_back(g->para);
        for (const Para* p : g->content) content.push_back(p);
        --m_out.placed;  // the sub-heading is counted again as a duty
      }
      // "3. UBND các xã, phường chỉ đạo …, thực hiện:": the agency's sentence is its intro.
      const bool sentence = ends_with(c->title, ":") && display_width(c->title) > 60;
      if (sentence) m_not_outline.insert(c.get());
      responsibility(c->title, c->number, c->para->line, content, sentence ? c->title : "");
    }
    // Keep the outline order of agencies numbered by paragraph and by heading.
    std::stable_sort(
        m_plan.responsibilities.begin(), m_plan.responsibilities.end(),
        [](const Responsibility& a, const Responsibility& b) { return a.at.line < b.at.line; });
  }

  std::string number_for_child(const Node* n, const std::string& label) const {
    return n->number.empty() ? label : n->number + "." + label;
  }

  void reporting(Node* n) {
    Reporting r;
    r.at = {n->para->line, 1};
    std::vector<const Para*> content = n->content;
    for (auto& c : n->children) {
      content.push_back(c->para);
      for (const Para* p : c->content) content.push_back(p);
      --m_out.placed;
    }
    for (const Para* p : content) {
      const auto l = recognise_labelled_line(p->text);
      if (l && !l->value.empty()) {
        const std::string v = strip_end(l->value);
        bool used = true;
        switch (l->field) {
          case LineField::report_period: r.period.phrase = located(v, p->line); break;
          case LineField::report_due:
          case LineField::due: r.due.phrase = located(v, p->line); break;
          case LineField::report_to:
          case LineField::duty_to: r.to = located(v, p->line); break;
          case LineField::report_content: r.content = located(v, p->line); break;
          default: used = false; break;
        }
        if (used) {
          placed();
          continue;
        }
      }
      const std::string f = fold_ascii(p->text);
      const auto at = f.find(" thuc hien che do bao cao");
      if (at != std::string::npos && !r.subjects.present) {
        const std::size_t words = static_cast<std::size_t>(
            std::count(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(at), ' '));
        std::string head;
        std::size_t seen = 0;
        for (const char c : p->text) {
          if (c == ' ' && ++seen > words) break;
          head.push_back(c);
        }
        r.subjects = located(head, p->line);
        placed();
        continue;
      }
      unplaced(*p, "reporting");
    }
    mark(n, "reporting");
    m_plan.reporting = std::move(r);
  }

  // --- The plan as a whole -------------------------------------------------------------------

  // A year the title writes after "năm", and whether it names a law or a cited document
  // ("Luật Đất đai năm 2024", "Nghị quyết … năm 2024") rather than the plan, as `new --from`
  // tells them apart.
  struct TitleYear {
    int year = 0;
    bool cited = false;
    bool anchored = false;  // "… thi hành pháp luật năm 2026": the plan's own, surely
    std::string shown;      // "năm 2024"
  };

  static std::vector<TitleYear> title_years(const std::string& title) {
    // A title in capitals is read in lower case, the names of laws capitalised as written in
    // a sentence ("LUẬT ĐẤT ĐAI NĂM 2024" → "Luật đất đai năm 2024"; "PHÁP LUẬT" stays).
    std::string s = title;
    if (all_upper(title)) {
      s = to_lower(title);
      std::string out;
      std::size_t i = 0;
      while (i < s.size()) {
        const bool word_start = i == 0 || s[i - 1] == ' ';
        const std::string_view rest = std::string_view(s).substr(i);
        bool done = false;
        for (const auto& [from, to] :
             {std::pair<std::string_view, std::string_view>{"bộ luật ", "Bộ luật "},
              {"hiến pháp ", "Hiến pháp "},
              {"pháp lệnh ", "Pháp lệnh "},
              {"luật ", "Luật "}}) {
          if (!word_start || !rest.starts_with(from)) continue;
          // "pháp luật", "kỷ luật": no law's name.
          if (from == "luật " &&
              (out.ends_with("pháp ") || out.ends_with("kỷ ") || out.ends_with("bộ ")))
            continue;
          out += to;
          i += from.size();
          done = true;
          break;
        }
        if (!done) out.push_back(s[i++]);
      }
      s = out;
    }
    std::vector<TitleYear> out;
    const std::vector<Token> tokens = scan(s);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& token = tokens[i];
      if (token.type != TokenType::year || act_number(s, token) ||
          !preceded_by_year_word(s, token.begin))
        continue;
      std::string before = fold_ascii(s.substr(0, token.begin));
      while (!before.empty() && before.back() == ' ') before.pop_back();
      const bool anchored = before.ends_with("phap luat nam");
      out.push_back(TitleYear{token.year, cited(s, tokens, i), anchored,
                              "năm " + std::to_string(token.year)});
    }
    return out;
  }

  static std::string years_shown(const std::vector<TitleYear>& years) {
    std::string out;
    for (const TitleYear& y : years) out += (out.empty() ? "`" : "`, `") + y.shown;
    return out + "`";
  }

  // "UBND thành phố Bến Cát", not a centrally run city: a district-level city for a document
  // issued by 30/06/2025; issued later (no district level then) or with no issue date, its
  // level cannot be told: none is guessed (`Level::other`), and that is said.
  void city_level(IssuerReading& issuer, int line) {
    const IssueDate& issued = m_plan.issued;
    const bool dated = issued.present && issued.year > 0;
    // The last day the issue date may be: a draft dated to the month or the year runs to its end.
    std::optional<Date> last;
    if (dated && issued.month > 0 && issued.day > 0)
      last = Date{issued.year, issued.month, issued.day};
    else if (dated && issued.month > 0)
      last = last_day_of_month(issued.year, issued.month);
    else if (dated)
      last = Date{issued.year, 12, 31};
    if (last && *last <= last_district_day) {
      issuer.level = Level::district;
      return;
    }
    issuer.level = Level::other;
    const std::string when_vi =
        dated ? fmt::format("kế hoạch ban hành {}, khi đã không còn cấp huyện", issued_text())
              : "văn bản không ghi ngày ban hành";
    const std::string when_en = dated ? fmt::format(
                                            "the plan is issued {}, when there is no "
                                            "district level any more",
                                            issued_text())
                                      : "the document gives no issue date";
    m_out.notes.push_back(
        {line,
         {fmt::format("“{}”: {} không phải thành phố trực thuộc trung ương (data/provinces.yaml), "
                      "mà thành phố thuộc tỉnh là cấp huyện đến 30/06/2025; {}: không đoán cấp, "
                      "kế hoạch không ghi `issuer.level`; ghi cấp đúng, hoặc nhập lại với "
                      "`--level`",
                      issuer.name, issuer.locality, when_vi),
          fmt::format("“{}”: {} is not a centrally run city (data/provinces.yaml), and a city of "
                      "a province was of the district level until 30/06/2025; {}: no level is "
                      "guessed, the plan has no `issuer.level`; write the right one, or import "
                      "again with `--level`",
                      issuer.name, issuer.locality, when_en)}});
  }

  // The issue date as written: "20/01/2026", "01/2026" or "2026".
  std::string issued_text() const {
    const IssueDate& d = m_plan.issued;
    if (d.month == 0) return std::to_string(d.year);
    if (d.day == 0) return fmt::format("{:02}/{}", d.month, d.year);
    return fmt::format("{:02}/{:02}/{}", d.day, d.month, d.year);
  }

  void finish() {
    Plan& plan = m_plan;
    plan.format = located("kehoach/1", 0);
    // The issuer: from the enactment sentence as written, else the header, else the title.
    std::optional<IssuerReading> issuer;
    int issuer_line = 0;
    if (plan.enactment.present) {
      const std::string f = fold_ascii(plan.enactment.value);
      const auto at = f.find(" ban hanh");
      if (at != std::string::npos) {
        const std::size_t words = static_cast<std::size_t>(
            std::count(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(at), ' '));
        std::string head;
        std::size_t seen = 0;
        for (const char c : plan.enactment.value) {
          if (c == ' ' && ++seen > words) break;
          head.push_back(c);
        }
        if (auto r = recognise_issuer(head);
            r && (!m_header_issuer ||
                  fold_ascii(r->locality) == fold_ascii(m_header_issuer->locality))) {
          // Keep the sentence's spelling of the body ("Ủy ban nhân dân tỉnh Lai Châu").
          r->name = head;
          issuer = r;
          issuer_line = plan.enactment.at.line;
        }
      }
    }
    if (!issuer && m_header_issuer) {
      issuer = m_header_issuer;
      issuer_line = m_header_issuer_line;
    }
    if (!issuer && plan.title.present) {
      const std::string f = fold_ascii(plan.title.value);
      const auto at = f.find("tren dia ban ");
      if (at != std::string::npos) {
        const std::size_t words =
            static_cast<std::size_t>(
                std::count(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(at), ' ')) +
            3;
        std::string tail;
        std::size_t seen = 0;
        for (const char c : plan.title.value) {
          if (seen >= words) tail.push_back(c);
          if (c == ' ') ++seen;
        }
        issuer = recognise_issuer(tail);
        issuer_line = plan.title.at.line;
      }
    }
    if (issuer && issuer->provincial_city && !m_options.level) city_level(*issuer, issuer_line);
    // "UBND thành phố Huế" before 01/01/2025 (the table's `central_from`): the city of Thừa
    // Thiên Huế, of the district level.
    if (issuer && issuer->central_from && !m_options.level && m_plan.issued.present &&
        m_plan.issued.year > 0 &&
        Date{m_plan.issued.year, std::max(m_plan.issued.month, 1), std::max(m_plan.issued.day, 1)} <
            *issuer->central_from) {
      issuer->level = Level::district;
    }
    if (issuer) {
      plan.issuer.name = located(issuer->name, issuer_line);
      if (issuer->level != Level::other)
        plan.issuer.level = Located<Level>{issuer->level, {issuer_line, 1}, true};
      if (!issuer->locality.empty()) plan.issuer.locality = located(issuer->locality, issuer_line);
    }
    if (m_options.level) plan.issuer.level = Located<Level>{*m_options.level, {0, 0}, true};
    // The plan year: the title's "năm 2025" (or "NĂM 2025"), else the issue date's. A year that
    // names a law or a cited document ("Luật Đất đai năm 2024") is not the plan's.
    std::vector<TitleYear> cited_years;
    if (plan.title.present) {
      std::vector<TitleYear> own;
      for (TitleYear& y : title_years(plan.title.value))
        (y.cited ? cited_years : own).push_back(std::move(y));
      if (!own.empty()) {
        // Of several, the one after "pháp luật năm" ("… thi hành pháp luật năm 2026 đối với Luật
        // Đất đai (sửa đổi, bổ sung năm 2025)"), else the one the issue date points to (its year,
        // or the next for a plan issued in November or December: "Tổng kết công tác năm 2025 và
        // triển khai … năm 2026" issued 20/01/2026), else the first; said either way.
        const TitleYear* chosen = &own.front();
        const auto anchored =
            std::find_if(own.begin(), own.end(), [](const TitleYear& y) { return y.anchored; });
        if (anchored != own.end()) {
          chosen = &*anchored;
        } else if (plan.issued.present && plan.issued.year > 0) {
          const int next = plan.issued.year + (plan.issued.month >= 11 ? 1 : 0);
          for (const TitleYear& y : own) {
            if (y.year == next || y.year == plan.issued.year) {
              chosen = &y;
              if (y.year == next) break;
            }
          }
        }
        const int picked = chosen->year;
        plan.year = Located<int>{picked, {plan.title.at.line, 1}, true};
        if (std::any_of(own.begin(), own.end(),
                        [&](const TitleYear& y) { return y.year != picked; }) &&
            !m_options.year)
          m_out.notes.push_back(
              {plan.title.at.line,
               {fmt::format(
                    "tên kế hoạch ghi nhiều năm ({}): lấy năm kế hoạch {} (năm ghi sau “pháp "
                    "luật”, nếu không có thì theo ngày ban hành, hoặc năm ghi đầu); nếu "
                    "không đúng, nhập lại với `--year`",
                    years_shown(own), picked),
                fmt::format("the plan's title gives several years ({}): the plan year is taken "
                            "as {} (the one after “pháp luật”, else by the issue date, else the "
                            "first); if that is wrong, import again with `--year`",
                            years_shown(own), picked)}});
      }
    }
    // A title with no year of its own: the year of the issue date, or the next one for a plan
    // issued in December (plans for a year are issued from December before it); said either way.
    const std::string why_vi =
        cited_years.empty()
            ? std::string("tên kế hoạch không ghi năm")
            : fmt::format(
                  "tên kế hoạch chỉ ghi năm của văn bản được viện dẫn ({}), không ghi năm "
                  "kế hoạch",
                  years_shown(cited_years));
    const std::string why_en =
        cited_years.empty()
            ? std::string("the plan's title gives no year")
            : fmt::format(
                  "the plan's title gives only the year of a document it cites ({}), not "
                  "the plan year",
                  years_shown(cited_years));
    if (!plan.year.present && plan.issued.present && plan.issued.year > 0) {
      const bool december = plan.issued.month == 12;
      const int year = plan.issued.year + (december ? 1 : 0);
      plan.year = Located<int>{year, plan.issued.at, true};
      if (!m_options.year) {
        m_out.notes.push_back(
            {plan.issued.at.line,
             december
                 ? Message{fmt::format("{}: lấy năm kế hoạch {} vì kế hoạch ban hành tháng 12/{} "
                                       "(kế hoạch ban hành cuối năm là cho năm sau); nếu không "
                                       "đúng, nhập lại với `--year`",
                                       why_vi, year, plan.issued.year),
                           fmt::format("{}: the plan year is taken as {} because the plan was "
                                       "issued in December {} (a plan issued at the end of a "
                                       "year is for the next); if that is wrong, import again "
                                       "with `--year`",
                                       why_en, year, plan.issued.year)}
                 : Message{fmt::format("{}: lấy năm kế hoạch {} theo ngày ban hành; nếu không "
                                       "đúng, nhập lại với `--year`",
                                       why_vi, year),
                           fmt::format("{}: the plan year is taken as {} from the issue date; if "
                                       "that is wrong, import again with `--year`",
                                       why_en, year)}});
      }
    }
    // No issue date either: the cited document's year is all there is, said.
    if (!plan.year.present && !cited_years.empty()) {
      const int year = cited_years.back().year;
      plan.year = Located<int>{year, {plan.title.at.line, 1}, true};
      if (!m_options.year)
        m_out.notes.push_back(
            {plan.title.at.line,
             {fmt::format("{}, và văn bản không ghi ngày ban hành: tạm lấy năm kế hoạch {}; ghi "
                          "năm đúng, hoặc nhập lại với `--year`",
                          why_vi, year),
              fmt::format("{}, and the document gives no issue date: the plan year is taken as "
                          "{} for now; write the right one, or import again with `--year`",
                          why_en, year)}});
    }
    if (m_options.year) plan.year = Located<int>{*m_options.year, {0, 0}, true};
    // "UBND thành phố Huế" with no issue date: read on the plan year's first day, as KH122 does
    // (a plan for 2024 is the district-level city's).
    if (issuer && issuer->central_from && !m_options.level &&
        !(m_plan.issued.present && m_plan.issued.year > 0) && plan.year.present &&
        plan.issuer.level.present && Date{plan.year.value, 1, 1} < *issuer->central_from) {
      plan.issuer.level.value = Level::district;
    }
    for (auto* list : {&m_out.notes, &m_out.errors})
      std::stable_sort(list->begin(), list->end(),
                       [](const ImportNote& a, const ImportNote& b) { return a.line < b.line; });
    const bool numbered = plan.number.present && !plan.number.value.empty() &&
                          plan.number.value.front() >= '0' && plan.number.value.front() <= '9';
    plan.status = Located<Status>{
        numbered && plan.issued.day > 0 ? Status::issued : Status::draft, {0, 0}, true};
    m_out.plan = std::move(m_plan);
  }

  const ImportOptions& m_options;
  std::vector<Para> m_paras;
  std::set<int> m_task_tables;
  Plan m_plan;
  ImportedPlan m_out;
  std::unique_ptr<Node> m_root;
  std::vector<Node*> m_headings;
  std::set<const Node*> m_not_outline;
  std::map<const Node*, std::vector<Heading>>
      m_table_groups;  // group rows of a table of tasks  // agencies written as a sentence, not as
                       // a heading
  std::set<std::string> m_ids;
  std::map<std::string, int> m_next_suffix;  // see unique_id
  std::optional<IssuerReading> m_header_issuer;
  int m_header_issuer_line = 0;
  int m_table_task = 0;
};

}  // namespace

ImportedPlan import_plan(const std::vector<SourceParagraph>& paragraphs,
                         const ImportOptions& options) {
  return Importer(paragraphs, options).run();
}

}  // namespace kehoach
