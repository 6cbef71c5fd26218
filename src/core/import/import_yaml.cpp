// Writing an imported plan as YAML with yaml-cpp's emitter: it quotes whatever needs quoting;
// each field carries the source line it came from, and each line that could not be placed is
// written as a comment where it was found (before the first field from a later line).
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <deque>

#include <fmt/format.h>

#include "kehoach/generate.hpp"
#include "kehoach/import.hpp"
#include "kehoach/text.hpp"

namespace kehoach {

namespace {

class Writer {
 public:
  Writer(const ImportedPlan& imported, const ImportWriteOptions& options)
      : m_plan(imported.plan), m_options(options) {
    m_unit = options.paragraphs ? "đoạn" : "dòng";
    for (const ImportNote& n : imported.errors)
      m_pending.push_back({n.line, fmt::format("lỗi ({} {}): {}", m_unit, n.line, n.message.vi)});
    for (const UnplacedLine& u : imported.unplaced)
      m_pending.push_back({u.line, fmt::format("không xếp được ({} {}): {}", m_unit, u.line,
                                               replace_invalid_utf8(u.text, true))});
    for (const ImportNote& n : imported.notes)
      m_pending.push_back(
          {n.line, fmt::format("xem lại ({} {}): {}", m_unit, n.line, n.message.vi)});
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Pending& a, const Pending& b) { return a.line < b.line; });
  }

  std::string write(const ImportedPlan& imported) {
    const Plan& p = m_plan;
    m_out.SetIndent(2);
    m_out << YAML::Comment(fmt::format(
        "Nhập bằng `kehoach import` từ {}: {} {} đã xếp vào các trường, {} không xếp được{}{}.",
        m_options.source_name.empty() ? "văn bản" : m_options.source_name, imported.placed, m_unit,
        imported.unplaced.size(),
        imported.notes.empty() ? "" : fmt::format(", {} chỗ cần xem lại", imported.notes.size()),
        imported.errors.empty() ? "" : fmt::format(", {} lỗi", imported.errors.size())));
    m_out << YAML::Newline
          << YAML::Comment(
                 "Đọc lại từng trường với văn bản gốc; mỗi trường ghi số dòng (hoặc đoạn) nguồn.");
    m_out << YAML::BeginMap;
    m_out << YAML::Key << "format" << YAML::Value << "kehoach/1";
    m_out << YAML::Key << "status" << YAML::Value
          << (p.status.value == Status::issued ? "issued" : "draft");
    text("number", p.number);
    m_out << YAML::Key << "issuer" << YAML::Value << YAML::BeginMap;
    text("name", p.issuer.name);
    level("level", p.issuer.level);
    text("locality", p.issuer.locality);
    text("parent_authority", p.issuer.parent_authority);
    text("signer", p.issuer.signer);
    m_out << YAML::EndMap;
    text("place", p.place);
    if (p.issued.present && p.issued.year > 0) {
      flush(p.issued.at.line);
      std::string issued = std::to_string(p.issued.year);
      if (p.issued.month > 0) issued += fmt::format("-{:02}", p.issued.month);
      if (p.issued.month > 0 && p.issued.day > 0) issued += fmt::format("-{:02}", p.issued.day);
      m_out << YAML::Key << "issued" << YAML::Value << issued;
      source(p.issued.at.line);
    }
    if (p.year.present) {
      flush(p.year.at.line);
      m_out << YAML::Key << "year" << YAML::Value << std::to_string(p.year.value);
      source(p.year.at.line);
    }
    text("title", p.title);
    text("basis_lead", p.basis_lead);
    if (!p.basis.empty()) {
      flush(p.basis.front().at.line);
      m_out << YAML::Key << "basis" << YAML::Value << YAML::BeginSeq;
      for (const LegalRef& a : p.basis) {
        flush(a.at.line);
        m_out << YAML::BeginMap;
        text("ref", a.ref);
        text("kind", a.kind);
        date("date", a.date);
        text("issuer", a.issuer);
        text("title", a.title);
        m_out << YAML::EndMap;
      }
      m_out << YAML::EndSeq;
    }
    if (p.parent) {
      flush(p.parent->at.line);
      m_out << YAML::Key << "parent" << YAML::Value << YAML::BeginMap;
      text("ref", p.parent->ref);
      date("date", p.parent->date);
      text("issuer", p.parent->issuer);
      text("title", p.parent->title);
      m_out << YAML::EndMap;
    }
    text("enactment", p.enactment);
    if (!p.outline.empty()) {
      flush(p.outline.front().at.line);
      m_out << YAML::Key << "outline" << YAML::Value << YAML::BeginSeq;
      // No comment between entries of the outline, an index of the headings: a line not
      // placed is written among the fields read near it.
      for (const Heading& h : p.outline) {
        m_out << YAML::Flow << YAML::BeginMap;
        plain("number", h.number);
        plain("title", h.title);
        plain("holds", h.holds);
        m_out << YAML::EndMap;
        source(h.at.line);
      }
      m_out << YAML::EndSeq;
    }
    texts("purpose", p.purpose, false);
    texts("requirements", p.requirements, false);
    if (!p.focus_areas.empty()) {
      flush(p.focus_areas.front().at.line);
      m_out << YAML::Key << "focus_areas" << YAML::Value << YAML::BeginSeq;
      for (const FocusArea& f : p.focus_areas) {
        flush(f.at.line);
        m_out << YAML::BeginMap;
        text("id", f.id);
        text("number", f.number);
        text("name", f.name);
        text("origin", f.origin);
        text("scope", f.scope);
        texts("subjects", f.subjects, true);
        texts("content", f.content, true);
        text("lead", f.lead);
        m_out << YAML::EndMap;
      }
      m_out << YAML::EndSeq;
    }
    if (!p.tasks.empty()) {
      flush(p.tasks.front().at.line);
      m_out << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;
      for (const Task& t : p.tasks) {
        flush(t.at.line);
        m_out << YAML::BeginMap;
        text("id", t.id);
        text("number", t.number);
        text("title", t.title);
        if (t.kind.present) {
          m_out << YAML::Key << "kind" << YAML::Value << std::string(task_kind_key(t.kind.value));
          source(t.kind.at.line);
        }
        texts("description", t.description, false);
        texts("lead", t.lead, true);
        texts("partners", t.partners, true);
        text("output", t.output);
        text("due", t.due.phrase);
        levels("levels", t.levels);
        if (t.conditional.present && t.conditional.value) {
          m_out << YAML::Key << "conditional" << YAML::Value << "true";
          source(t.conditional.at.line);
        }
        m_out << YAML::EndMap;
      }
      m_out << YAML::EndSeq;
    }
    if (!p.responsibilities.empty()) {
      flush(p.responsibilities.front().at.line);
      m_out << YAML::Key << "responsibilities" << YAML::Value << YAML::BeginSeq;
      for (const Responsibility& r : p.responsibilities) {
        flush(r.at.line);
        m_out << YAML::BeginMap;
        text("agency", r.agency);
        text("number", r.number);
        level("level", r.level);
        text("intro", r.intro);
        if (!r.duties.empty()) {
          m_out << YAML::Key << "duties" << YAML::Value << YAML::BeginSeq;
          for (const Duty& d : r.duties) {
            flush(d.at.line);
            m_out << YAML::BeginMap;
            text("id", d.id);
            text("text", d.text);
            if (d.kind.present) {
              m_out << YAML::Key << "kind" << YAML::Value
                    << std::string(task_kind_key(d.kind.value));
              source(d.kind.at.line);
            }
            text("due", d.due.phrase);
            text("to", d.to);
            levels("levels", d.levels);
            m_out << YAML::EndMap;
          }
          m_out << YAML::EndSeq;
        }
        m_out << YAML::EndMap;
      }
      m_out << YAML::EndSeq;
    }
    if (p.reporting) {
      const Reporting& r = *p.reporting;
      flush(r.at.line);
      m_out << YAML::Key << "reporting" << YAML::Value << YAML::BeginMap;
      text("subjects", r.subjects);
      text("period", r.period.phrase);
      text("due", r.due.phrase);
      text("to", r.to);
      text("content", r.content);
      m_out << YAML::EndMap;
    }
    texts("budget", p.budget, false);
    text("closing", p.closing);
    texts("recipients", p.recipients, false);
    if (p.signature) {
      const Signature& s = *p.signature;
      flush(s.at.line);
      m_out << YAML::Key << "signature" << YAML::Value << YAML::BeginMap;
      text("authority", s.authority);
      text("role", s.role);
      text("title", s.title);
      text("name", s.name);
      m_out << YAML::EndMap;
    }
    flush(1 << 30);
    m_out << YAML::EndMap;
    std::string out = m_out.c_str();
    out += "\n";
    return out;
  }

 private:
  void flush(int line) {
    if (line <= 0) return;
    while (!m_pending.empty() && m_pending.front().line < line) {
      m_out << YAML::Newline << YAML::Comment(m_pending.front().comment);
      m_pending.pop_front();
    }
  }

  void source(int line) {
    if (m_options.source_comments && line > 0)
      m_out << YAML::Comment(fmt::format("{} {}", m_unit, line));
  }

  void scalar(const std::string& value) {
    if (yaml_scalar(value) != value) m_out << YAML::DoubleQuoted;
    m_out << value;
  }

  void text(const char* key, const Text& t) {
    if (!t.present) return;
    flush(t.at.line);
    m_out << YAML::Key << key << YAML::Value;
    scalar(t.value);
    source(t.at.line);
  }

  // Inside a flow map (outline entries): no comments.
  void plain(const char* key, const Text& t) {
    if (!t.present || t.value.empty()) return;
    m_out << YAML::Key << key << YAML::Value;
    scalar(t.value);
  }

  void texts(const char* key, const std::vector<Text>& list, bool scalar_when_one) {
    if (list.empty()) return;
    flush(list.front().at.line);
    m_out << YAML::Key << key << YAML::Value;
    if (scalar_when_one && list.size() == 1) {
      scalar(list.front().value);
      source(list.front().at.line);
      return;
    }
    m_out << YAML::BeginSeq;
    for (const Text& t : list) {
      flush(t.at.line);
      scalar(t.value);
      source(t.at.line);
    }
    m_out << YAML::EndSeq;
  }

  void date(const char* key, const Located<Date>& d) {
    if (!d.present) return;
    m_out << YAML::Key << key << YAML::Value
          << fmt::format("{:04}-{:02}-{:02}", d.value.year, d.value.month, d.value.day);
    source(d.at.line);
  }

  void level(const char* key, const Located<Level>& l) {
    if (!l.present) return;
    m_out << YAML::Key << key << YAML::Value << std::string(level_key(l.value));
    source(l.at.line);
  }

  void levels(const char* key, const std::vector<Located<Level>>& list) {
    if (list.empty()) return;
    m_out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& l : list) m_out << std::string(level_key(l.value));
    m_out << YAML::EndSeq;
    source(list.front().at.line);
  }

  const Plan& m_plan;
  const ImportWriteOptions& m_options;
  YAML::Emitter m_out;
  // An unplaced line or a note, written as a comment before the first field from a later line.
  struct Pending {
    int line = 0;
    std::string comment;
  };
  std::deque<Pending> m_pending;
  std::string m_unit;
};

}  // namespace

std::string write_imported_plan(const ImportedPlan& imported, const ImportWriteOptions& options) {
  return Writer(imported, options).write(imported);
}

}  // namespace kehoach
