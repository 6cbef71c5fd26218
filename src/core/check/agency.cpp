// Reading agency texts. Plans write agencies as Vietnamese prose ("Phòng Tư pháp chủ trì phối
// hợp với cơ quan, đơn vị; UBND các xã, thị trấn có liên quan tham mưu Chủ tịch UBND huyện …"),
// so the text is cut into words, each compared without diacritics, and read in four steps: what
// the text asks the agencies to do is cut off, lead is split from support, the lists are split
// where a new body starts, and each piece is classified by the kind of body it starts with.
#include "kehoach/agency.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>

#include "kehoach/text.hpp"

namespace kehoach {

namespace {

struct Token {
  std::string text;  ///< as written (NFC)
  std::string key;   ///< fold_ascii: lower case, no diacritics
  bool punct = false;
};

using Tokens = std::vector<Token>;

bool is_punct_char(char c) {
  return c == ',' || c == ';' || c == '(' || c == ')' || c == ':' || c == '-' || c == '.';
}

Tokens tokenize(std::string_view input) {
  const std::string text = to_nfc(input);
  Tokens out;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    out.push_back(Token{word, fold_ascii(word), false});
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // En and em dashes separate like a hyphen ("Tư pháp – Hộ tịch").
    if (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0) {
      flush();
      out.push_back(Token{"-", "-", true});
      i += 2;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else if (is_punct_char(c)) {
      flush();
      out.push_back(Token{std::string(1, c), std::string(1, c), true});
    } else {
      word.push_back(c);
    }
  }
  flush();
  return out;
}

// Whether the words `seq` start at `at`.
bool starts(const Tokens& t, std::size_t at, std::initializer_list<std::string_view> seq) {
  if (at + seq.size() > t.size()) return false;
  std::size_t i = at;
  for (const auto word : seq) {
    if (t[i].key != word) return false;
    ++i;
  }
  return true;
}

std::size_t find_seq(const Tokens& t, std::initializer_list<std::string_view> seq,
                     std::size_t from = 0) {
  for (std::size_t i = from; i < t.size(); ++i) {
    if (starts(t, i, seq)) return i;
  }
  return t.size();
}

Tokens slice(const Tokens& t, std::size_t from, std::size_t to) {
  from = std::min(from, t.size());
  to = std::min(to, t.size());
  if (from >= to) return {};
  return Tokens(t.begin() + static_cast<std::ptrdiff_t>(from),
                t.begin() + static_cast<std::ptrdiff_t>(to));
}

// Where the text stops naming agencies and says what they do: everything from the first of
// these on is cut ("Sở Tư pháp tham mưu Chủ tịch UBND tỉnh …", "… làm đầu mối tổng hợp …").
std::size_t action_start(const Tokens& t) {
  std::size_t cut = t.size();
  for (const auto& marker :
       std::initializer_list<std::initializer_list<std::string_view>>{{"tham", "muu"},
                                                                      {"lam", "dau", "moi"},
                                                                      {"can", "cu"},
                                                                      {"co", "trach", "nhiem"},
                                                                      {"thuc", "hien", "theo"},
                                                                      {"tong", "hop"},
                                                                      {"da", "tien", "hanh"},
                                                                      {"duoc", "kiem", "tra"},
                                                                      {"de", "tong", "hop"},
                                                                      {"thuc", "hien"},
                                                                      {"lap", "du", "toan"}}) {
    cut = std::min(cut, find_seq(t, marker));
  }
  return cut;
}

// Whether a body starts at `at`: where a list continues with a new agency.
bool head_at(const Tokens& t, std::size_t at) {
  if (at >= t.size() || t[at].punct) return false;
  const std::string& k = t[at].key;
  for (const std::string_view one : {"ubnd", "hdnd", "vp", "so", "phong", "bo", "cac", "hoi",
                                     "doan", "cuc", "ubmttq", "truong"}) {
    if (k == one) return true;
  }
  for (const auto& seq :
       std::initializer_list<std::initializer_list<std::string_view>>{{"uy", "ban"},
                                                                      {"hoi", "dong"},
                                                                      {"van", "phong"},
                                                                      {"thanh", "tra"},
                                                                      {"cong", "chuc"},
                                                                      {"toa", "an"},
                                                                      {"vien", "kiem", "sat"},
                                                                      {"chi", "cuc"},
                                                                      {"trung", "tam"},
                                                                      {"thu", "tuong"},
                                                                      {"chinh", "phu"},
                                                                      {"quoc", "hoi"},
                                                                      {"co", "quan"},
                                                                      {"chu", "tich"}}) {
    if (starts(t, at, seq)) return true;
  }
  return false;
}

// The text split into pieces, one per agency: at ";" always, at "," and "và" where a new body
// starts ("UBND các xã, phường" stays one; "Sở Tư pháp, UBND các xã" is two; "Văn phòng HĐND
// và UBND xã" and "Sở Nông nghiệp và Môi trường" stay one).
std::vector<Tokens> split_list(const Tokens& t) {
  std::vector<Tokens> out;
  Tokens piece;
  auto flush = [&] {
    if (!piece.empty()) out.push_back(std::move(piece));
    piece.clear();
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Token& tok = t[i];
    if (tok.key == ";") {
      flush();
      continue;
    }
    if (tok.key == "," || tok.key == "va") {
      std::size_t next = i + 1;
      if (tok.key == "," && next < t.size() && t[next].key == "va") ++next;
      const bool compound = tok.key == "va" && i > 0 && t[i - 1].key == "hdnd";
      if (!compound && head_at(t, next)) {
        flush();
        i = next - 1;
        continue;
      }
    }
    piece.push_back(tok);
  }
  flush();
  return out;
}

// A piece without what does not name the agency: leading "và", "với", "qua", "cả", "có liên
// quan", and "trên địa bàn …" to the end.
Tokens clean_piece(Tokens p) {
  while (!p.empty() && (p.front().punct || p.front().key == "va" || p.front().key == "voi" ||
                        p.front().key == "qua" || starts(p, 0, {"phoi", "hop"}))) {
    p.erase(p.begin(), p.begin() + (starts(p, 0, {"phoi", "hop"}) ? 2 : 1));
  }
  p = slice(p, 0, find_seq(p, {"tren", "dia", "ban"}));
  for (std::size_t at = find_seq(p, {"co", "lien", "quan"}); at < p.size();
       at = find_seq(p, {"co", "lien", "quan"})) {
    p.erase(p.begin() + static_cast<std::ptrdiff_t>(at),
            p.begin() + static_cast<std::ptrdiff_t>(at + 3));
  }
  while (!p.empty() && p.back().punct) p.pop_back();
  return p;
}

// "Ủy ban nhân dân" → "UBND", "VP" → "Văn phòng", "TP" → "Tư pháp" after Sở/Phòng, else
// "thành phố": one spelling for the name shown.
Tokens canonical_words(const Tokens& p) {
  Tokens out;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (starts(p, i, {"uy", "ban", "nhan", "dan"})) {
      out.push_back(Token{"UBND", "ubnd", false});
      i += 3;
    } else if (starts(p, i, {"hoi", "dong", "nhan", "dan"})) {
      out.push_back(Token{"HĐND", "hdnd", false});
      i += 3;
    } else if (p[i].key == "vp") {
      out.push_back(Token{"Văn", "van", false});
      out.push_back(Token{"phòng", "phong", false});
    } else if (p[i].key == "tp") {
      const bool office = i > 0 && (p[i - 1].key == "so" || p[i - 1].key == "phong");
      if (office) {
        out.push_back(Token{"Tư", "tu", false});
        out.push_back(Token{"pháp", "phap", false});
      } else {
        out.push_back(Token{"thành", "thanh", false});
        out.push_back(Token{"phố", "pho", false});
      }
    } else {
      out.push_back(p[i]);
    }
  }
  return out;
}

std::string join_words(const Tokens& p) {
  std::string out;
  for (const auto& t : p) {
    if (t.key == "," || t.key == ";" || t.key == "." || t.key == ":") {
      out += t.text;
      continue;
    }
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  // A capital first letter, as a heading: "các sở, ban, ngành tỉnh" → "Các sở, …".
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  } else if (out.compare(0, 2, "\xC4\x91") == 0) {  // đ → Đ
    out[1] = '\x90';
  }
  return out;
}

// The tier a word names at `i` (and how many words it takes), or nothing.
std::optional<Level> tier_at(const Tokens& p, std::size_t i, std::size_t& length) {
  length = 1;
  if (starts(p, i, {"thi", "xa"}) || starts(p, i, {"thanh", "pho"})) {
    length = 2;
    return Level::district;
  }
  if (starts(p, i, {"thi", "tran"}) || starts(p, i, {"dac", "khu"})) {
    length = 2;
    return Level::commune;
  }
  const std::string& k = p[i].key;
  if (k == "tinh") return Level::province;
  if (k == "huyen" || k == "quan") return Level::district;
  // "địa phương" is a locality, not a ward.
  if (k == "phuong" && !(i > 0 && p[i - 1].key == "dia")) return Level::commune;
  // "xã hội" is society (Phòng Văn hóa - Xã hội), not a commune.
  if (k == "xa" && !(i + 1 < p.size() && p[i + 1].key == "hoi")) return Level::commune;
  return std::nullopt;
}

std::string keys(const Tokens& p, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < p.size(); ++i) {
    if (!out.empty() && !p[i].punct) out += ' ';
    if (p[i].punct && p[i].key != "-") continue;
    if (p[i].punct) {
      out += " -";
      continue;
    }
    out += p[i].key;
  }
  return out;
}

void add_unique(std::vector<Level>& levels, Level l) {
  if (std::find(levels.begin(), levels.end(), l) == levels.end()) levels.push_back(l);
}

std::optional<Level> context_tier(std::optional<Level> context) {
  if (!context) return std::nullopt;
  switch (*context) {
    case Level::province:
    case Level::district:
    case Level::commune: return context;
    default: return std::nullopt;
  }
}

// One piece classified: the kind of body it starts with, its field, tier and place.
Agency classify(const Tokens& raw, std::optional<Level> context) {
  const Tokens p = canonical_words(raw);
  Agency a;
  a.name = join_words(p);
  a.key = fold_ascii(a.name);
  std::size_t i = 0;
  if (i < p.size() && p[i].key == "cac") {
    a.group = true;
    ++i;
  }
  // The kind of body, and where its field starts.
  std::size_t head = 0;  // words the kind takes
  enum class Kind {
    unknown,
    ubnd,
    hdnd,
    office,
    department,
    division,
    ministry,
    national,
    other,
    official,
    village,
    chair,
    units,
    generic_department
  };
  Kind kind = Kind::unknown;
  auto at = [&](std::initializer_list<std::string_view> seq) { return starts(p, i, seq); };
  if (at({"van", "phong", "hdnd", "va", "ubnd"})) {
    kind = Kind::office;
    a.body = "van phong hdnd va ubnd";
    head = 5;
  } else if (at({"ubnd"})) {
    kind = Kind::ubnd;
    a.body = "ubnd";
    head = 1;
  } else if (at({"hdnd"})) {
    kind = Kind::hdnd;
    a.body = "hdnd";
    head = 1;
  } else if (at({"chu", "tich", "ubnd"})) {
    kind = Kind::chair;
    a.body = "chu tich ubnd";
    head = 3;
  } else if (at({"van", "phong"})) {
    kind = Kind::department;
    a.body = "van phong";
    head = 2;
  } else if (at({"so", ",", "ban", ",", "nganh"})) {
    kind = Kind::generic_department;
    head = 5;
  } else if (at({"so"})) {
    kind = Kind::department;
    a.body = "so";
    head = 1;
  } else if (at({"phong", "chuyen", "mon"})) {
    kind = Kind::division;
    a.body = "phong";
    a.group = true;
    head = 3;
  } else if (at({"phong"})) {
    kind = Kind::division;
    a.body = "phong";
    head = 1;
  } else if (at({"thanh", "tra"})) {
    kind = Kind::department;
    a.body = "thanh tra";
    head = 2;
  } else if (at({"co", "quan", "chuyen", "mon"})) {
    kind = Kind::generic_department;
    head = 4;
  } else if (at({"co", "quan", "thong", "tin"}) || at({"to", "chuc"}) || at({"ca", "nhan"})) {
    kind = Kind::other;
    head = 2;
  } else if (at({"co", "quan"})) {
    kind = Kind::units;
    a.group = true;
    head = 2;
  } else if (at({"cong", "chuc"})) {
    kind = Kind::official;
    a.body = "cong chuc";
    head = 2;
    if (starts(p, i + 2, {"chuyen", "mon"})) a.group = true;
  } else if (at({"truong"})) {
    kind = Kind::village;
    a.body = "truong";
    head = 1;
  } else if (at({"bo"})) {
    kind = Kind::ministry;
    a.body = "bo";
    head = 1;
  } else if (at({"thu", "tuong"}) || at({"chinh", "phu"}) || at({"quoc", "hoi"})) {
    kind = Kind::national;
    a.body = keys(p, i, i + 2);
    head = 2;
  } else if (at({"toa", "an", "nhan", "dan"}) || at({"vien", "kiem", "sat", "nhan"}) ||
             at({"uy", "ban", "mat", "tran"}) || at({"ubmttq"}) || at({"chi", "cuc"}) ||
             at({"trung", "tam"}) || at({"hoi"}) || at({"doan"}) || at({"cuc"})) {
    kind = Kind::other;
    head = at({"toa", "an", "nhan", "dan"})                               ? 4
           : at({"vien", "kiem", "sat", "nhan"})                          ? 5
           : at({"uy", "ban", "mat", "tran"})                             ? 8
           : at({"ubmttq"}) || at({"hoi"}) || at({"doan"}) || at({"cuc"}) ? 1
                                                                          : 2;
    a.body = keys(p, i, i + head);
  }
  a.known = kind != Kind::unknown;
  if (!a.known) return a;

  // "UBND các xã", "Trưởng các bản", "UBND cấp huyện, cấp xã": a group after the kind.
  std::size_t rest = i + head;
  if (rest < p.size() && (p[rest].key == "cac" || p[rest].key == "cap")) a.group = true;

  // Tiers named after the kind; the field runs up to the first one, the place follows it.
  std::vector<Level> tiers;
  std::size_t first_tier = p.size();
  std::size_t place_from = p.size();
  for (std::size_t j = rest; j < p.size(); ++j) {
    std::size_t length = 1;
    if (p[j].punct) continue;
    if (const auto tier = tier_at(p, j, length)) {
      if (first_tier == p.size()) {
        first_tier = j;
        place_from = j + length;
      }
      add_unique(tiers, *tier);
      j += length - 1;
    }
  }
  if (kind == Kind::department || kind == Kind::division || kind == Kind::official ||
      kind == Kind::village || kind == Kind::other || kind == Kind::ministry) {
    // "Trưởng các bản" is a group of "Trưởng bản": its field is "bản".
    const std::size_t field_from = rest < p.size() && p[rest].key == "cac" ? rest + 1 : rest;
    a.field = keys(p, field_from, first_tier);
  }
  // "UBND xã, phường", "UBND xã, phường, thị trấn": tiers and nothing else after the kind name
  // several localities at once, a group as "UBND các xã, phường" is.
  if (!a.group && (kind == Kind::ubnd || kind == Kind::hdnd || kind == Kind::chair)) {
    std::size_t tier_words = 0;
    bool only_tiers = true;
    for (std::size_t j = rest; j < p.size() && only_tiers; ++j) {
      std::size_t length = 1;
      if (p[j].punct || p[j].key == "va") continue;
      if (tier_at(p, j, length)) {
        ++tier_words;
        j += length - 1;
      } else {
        only_tiers = false;
      }
    }
    if (only_tiers && tier_words >= 2) a.group = true;
  }
  if (!a.group && place_from < p.size()) a.place = keys(p, place_from, p.size());
  if (tiers.size() == 1) a.tier = tiers.front();

  switch (kind) {
    case Kind::ubnd:
    case Kind::hdnd:
    case Kind::chair:
      a.level = a.tier;
      for (const Level t : tiers) add_unique(a.covers, t);
      break;
    case Kind::office:
      a.level = Level::department;
      if (!a.tier) a.tier = context_tier(context);
      a.covers = {Level::department};
      break;
    case Kind::department:
      a.level = Level::department;
      // A sở belongs to a province; other offices to the plan's tier when none is named.
      if (!a.tier)
        a.tier = a.body == "so" ? std::optional<Level>(Level::province) : context_tier(context);
      a.covers = {Level::department};
      break;
    case Kind::division:
      a.level = Level::department;
      // Phòng: a district's until 30/06/2025, a commune's after (Phòng Kinh tế xã).
      if (!a.tier) {
        a.tier = context == Level::commune ? Level::commune : Level::district;
      }
      a.covers = {Level::department};
      break;
    case Kind::generic_department:
      a.group = true;
      a.level = Level::department;
      if (!a.tier) a.tier = context_tier(context);
      a.covers = {Level::department};
      break;
    case Kind::units:
      a.level = Level::department;
      if (!a.tier) a.tier = context_tier(context);
      a.covers = {Level::department};
      break;
    case Kind::official:
    case Kind::village:
      a.level = Level::commune;
      a.tier = Level::commune;
      a.covers = {Level::commune};
      break;
    case Kind::ministry: a.level = Level::ministry; break;
    case Kind::national: a.level = Level::national; break;
    case Kind::other:
      a.level = Level::other;
      a.covers = {Level::other};
      break;
    case Kind::unknown: break;
  }
  return a;
}

bool tier_ok(const std::optional<Level>& a, const std::optional<Level>& b) {
  return !a || !b || *a == *b;
}

bool covers(const std::vector<Level>& levels, const std::optional<Level>& level) {
  return !level || levels.empty() ||
         std::find(levels.begin(), levels.end(), *level) != levels.end();
}

// Whether `one`, a single body, is `query` (a single body, perhaps named less fully).
bool same_body(const Agency& one, const Agency& query) {
  return one.body == query.body && (query.field.empty() || query.field == one.field) &&
         tier_ok(query.tier, one.tier) && (query.place.empty() || query.place == one.place);
}

// Whether the group `g` contains `x` (a body or a group).
bool group_contains(const Agency& g, const Agency& x) {
  if (!g.body.empty() && g.body != x.body) return false;
  if (!g.field.empty() && g.field != x.field) return false;
  if (!tier_ok(g.tier, x.tier)) return false;
  if (x.group && !x.covers.empty()) {
    return std::any_of(x.covers.begin(), x.covers.end(),
                       [&](Level l) { return covers(g.covers, l); });
  }
  return covers(g.covers, x.level);
}

void read_into(const Tokens& tokens, std::vector<Agency>& out, std::optional<Level> context) {
  // A set of the keys read, not a scan of `out` per piece: a text listing thousands of bodies
  // stays linear.
  std::set<std::string, std::less<>> seen;
  for (const auto& a : out) seen.insert(a.key);
  for (const auto& piece : split_list(tokens)) {
    const Tokens clean = clean_piece(piece);
    if (clean.empty()) continue;
    Agency a = classify(clean, context);
    if (seen.insert(a.key).second) out.push_back(std::move(a));
  }
}

}  // namespace

AgencyReading read_agencies(std::string_view text, std::optional<Level> context) {
  const Tokens all = tokenize(text);
  // What stands in parentheses is support: "UBND tỉnh (qua Sở Tư pháp)", "UBND xã Bình Lư
  // (công chức Tư pháp - Hộ tịch tổng hợp, tham mưu)".
  Tokens main;
  std::vector<Tokens> inner;
  int depth = 0;
  for (const auto& t : all) {
    if (t.key == "(") {
      if (depth++ == 0) inner.emplace_back();
      continue;
    }
    if (t.key == ")") {
      if (depth > 0) --depth;
      continue;
    }
    if (depth > 0) {
      inner.back().push_back(t);
    } else {
      main.push_back(t);
    }
  }
  // "X có trách nhiệm chủ trì, phối hợp với Y …": the duty names lead and support.
  for (std::size_t at = find_seq(main, {"co", "trach", "nhiem"}); at < main.size();
       at = find_seq(main, {"co", "trach", "nhiem"}, at + 1)) {
    if (starts(main, at + 3, {"chu", "tri"}) || starts(main, at + 3, {"phoi", "hop"})) {
      main.erase(main.begin() + static_cast<std::ptrdiff_t>(at),
                 main.begin() + static_cast<std::ptrdiff_t>(at + 3));
    }
  }
  main = slice(main, 0, action_start(main));

  // The lead is what comes before the first "chủ trì" or "phối hợp", whichever is first: in
  // "Phòng Tư pháp phối hợp với … chủ trì" the lead is Phòng Tư pháp, never a name with "phối
  // hợp" in it (a heading `--agency` could not find again).
  AgencyReading reading;
  Tokens lead = main;
  Tokens support;
  const std::size_t at = find_seq(main, {"chu", "tri"});
  const std::size_t with = find_seq(main, {"phoi", "hop"});
  if (at < main.size() && at < with) {
    lead = slice(main, 0, at);
    support = slice(main, at + 2, main.size());
  } else if (with < main.size()) {
    lead = slice(main, 0, with);
    support = slice(main, with, main.size());
    // "… chủ trì" after "phối hợp" names no agency: the words go, the bodies around them stay.
    for (std::size_t c = find_seq(support, {"chu", "tri"}); c < support.size();
         c = find_seq(support, {"chu", "tri"}, c)) {
      support.erase(support.begin() + static_cast<std::ptrdiff_t>(c),
                    support.begin() + static_cast<std::ptrdiff_t>(c + 2));
    }
  }
  read_into(lead, reading.lead, context);
  read_into(support, reading.support, context);
  for (const auto& part : inner) {
    const Tokens cut = slice(part, 0, action_start(part));
    read_into(cut, reading.support, context);
  }
  return reading;
}

bool agency_contains(const Agency& agency, const Agency& query) {
  if (!agency.known || !query.known) return agency.key == query.key;
  if (agency.key == query.key) return true;
  if (!agency.group && !query.group) return same_body(agency, query);
  if (agency.group && !query.group) return group_contains(agency, query);
  if (!agency.group && query.group) return group_contains(query, agency);
  return group_contains(agency, query) || group_contains(query, agency);
}

bool agency_text_matches(std::string_view text, std::string_view query,
                         std::optional<Level> context) {
  // The query is the name of one of the text's lead agencies, as `overdue` heads a group with
  // it: lead_agency_name rebuilds the name from the words, so brackets, colons and spacing the
  // text has may be gone and the heading need not be a substring of the text, nor read again as
  // the same agency.
  const AgencyReading r = read_agencies(text, context);
  const std::string heading = fold_ascii(trim(query));
  if (std::any_of(r.lead.begin(), r.lead.end(), [&](const Agency& a) { return a.key == heading; }))
    return true;
  const AgencyReading q = read_agencies(query);
  if (q.lead.size() == 1 && q.support.empty() && q.lead.front().known) {
    return std::any_of(r.lead.begin(), r.lead.end(),
                       [&](const Agency& a) { return agency_contains(a, q.lead.front()); });
  }
  // Any other query matches when the text contains it.
  return fold_ascii(text).find(fold_ascii(query)) != std::string::npos;
}

std::vector<std::string> lead_agency_names(std::string_view text, std::optional<Level> context) {
  const AgencyReading r = read_agencies(text, context);
  if (r.lead.empty()) return {std::string(trim(text))};
  std::vector<std::string> out;
  std::vector<std::string_view> keys;
  for (const Agency& a : r.lead) {
    if (std::find(keys.begin(), keys.end(), a.key) != keys.end()) continue;
    keys.push_back(a.key);
    out.push_back(a.name);
  }
  return out;
}

std::string lead_agency_name(std::string_view text, std::optional<Level> context) {
  return lead_agency_names(text, context).front();
}

}  // namespace kehoach
