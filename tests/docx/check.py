#!/usr/bin/env python3
"""`kehoach render --format docx`, read back by a real Word reader (python3-docx).

For every plan under examples/ (and a few generated hostile plans), renders the .docx and checks
the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I that src/core/write/render_docx.cpp
promises, value by value:
  - A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (mục I.1–I.3);
  - Times New Roman, black, set once in the document defaults and never overridden (I.4);
  - the header: a borderless two-column table; left the superior body (regular) and the issuer
    (bold), upper case, 12–13 pt, a short rule (1/3–1/2 of the issuer's line) under it, then
    "Số: …" at 13 pt; right the Quốc hiệu (upper case, bold, 12–13 pt), the Tiêu ngữ (bold,
    13–14 pt) with a rule as long as its line, then the place and date in italics, 13–14 pt,
    with a leading 0 for days below 10 and months 1–2 (II.1–II.4);
  - "KẾ HOẠCH" bold, centred, 13–14 pt; the trích yếu bold, centred, a short rule under it
    (II.5);
  - the body at 13–14 pt, justified, first-line indent 1–1.27 cm, at least 6 pt after each
    paragraph, line spacing from single to 1.5 (II.6); parts and items bold, points not;
  - the recipients and the signature side by side in a borderless table: "Nơi nhận:" bold
    italic 12 pt, the list at 11 pt, each line "- …;", the last "- Lưu: …." ; the authority
    lines bold upper case 13–14 pt, room to sign, the signer's name bold (II.7, II.9);
  - a centred PAGE field in the header of every page but the first (titlePg, empty first-page
    header) (I.7);
  - a draft shows "DỰ THẢO" in a box above the header and keeps its blanks;
  - the document properties carry the title and the issuer; text is NFC;
  - every paragraph of the Markdown render appears, in the same order, in the .docx;
  - the file is byte-for-byte the same from run to run and in any time zone, its zip entries in
    a fixed order dated 1980-01-01 00:00;
  - the unpacked word/document.xml of two examples equals tests/docx/golden/*.document.xml
    (`--update` rewrites them: read the diff);
  - hostile plans (a 5,000-character title, 2,000 tasks, text full of XML's special
    characters, NFD text) give a valid file with that text intact; a superior body prints
    above the issuer, regular, the issuer bold.

  check.py --bin build/kehoach --root . [--update]
"""
import argparse
import io
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import yaml  # python3-yaml

try:
    import docx  # python3-docx
    from docx.oxml.ns import qn
except ImportError:
    print("python3-docx is missing: run sh scripts/install-deps.sh --tests", file=sys.stderr)
    sys.exit(1)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GOLDEN = ["tay-ninh-2026", "lai-chau-2025"]  # an issued plan and a draft
TWIPS_PER_MM = 1440 / 25.4

# Adobe Times-Roman / Times-Bold advance widths (thousandths of an em) from ' ' to '~', the
# metrics Times New Roman shares: to measure the line a rule must match.
TIMES_BOLD = [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
    611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
    722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
    278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def bold_width_twips(text, points):
    units = 0
    for ch in text:
        ch = {"Đ": "D", "đ": "d", "\u00a0": " "}.get(ch, ch)
        base = unicodedata.normalize("NFD", ch)[0]
        units += TIMES_BOLD[ord(base) - 32] if 32 <= ord(base) <= 126 else 556
    return units * points * 20 / 1000


def render(binary, plan, out, fmt="docx", lang="vi", env=None):
    argv = [binary, "render", str(plan), "--format", fmt, "--lang", lang]
    if out is not None:
        argv += ["-o", str(out), "--force"]
    result = subprocess.run(argv, capture_output=True, env=env, timeout=60)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)}: exit {result.returncode}: {result.stderr.decode()}")
    return result.stdout


def attr(element, name):
    return None if element is None else element.get(qn(name))


def ppr(paragraph, tag):
    p = paragraph._p.pPr
    return None if p is None else p.find(qn(tag))


def twips(paragraph, tag, name):
    e = ppr(paragraph, tag)
    v = attr(e, name)
    return int(v) if v is not None else 0


def runs_with_text(paragraph):
    return [r for r in paragraph.runs if r.text]


def sizes(paragraph):
    return {r.font.size.pt for r in runs_with_text(paragraph)}


def all_bold(paragraph):
    return all(r.bold for r in runs_with_text(paragraph))


def is_rule(paragraph):
    b = ppr(paragraph, "w:pBdr")
    return b is not None and b.find(qn("w:top")) is not None and not paragraph.text


def rule_width(paragraph, column):
    ind = ppr(paragraph, "w:ind")
    return column - int(attr(ind, "w:left") or 0) - int(attr(ind, "w:right") or 0)


def text_paragraphs(cell):
    return [p for p in cell.paragraphs if p.text.strip()]


def borderless(table):
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    return borders is not None and all(attr(b, "w:val") == "nil" for b in borders)


def norm(text):
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    text = text.replace("**", "").replace("*", "")
    text = re.sub(r"^#+\s*", "", text.strip())
    return " ".join(text.replace("\u00a0", " ").split())


def markdown_parts(markdown):
    """The Markdown render as (body paragraphs, [table rows as [left, right]])."""
    body, tables, table = [], [], None
    for line in markdown.splitlines():
        if line.startswith("|"):
            if re.fullmatch(r"[|:\- ]+", line):
                continue
            cells = [norm(c) for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            if table is None:
                table = []
                tables.append(table)
            table.append(cells)
            continue
        table = None
        if line.strip():
            body.append(norm(line))
    return body, tables


def check_layout(name, path, plan_text, lang="vi"):
    d = docx.Document(str(path))
    where = f"{name} ({lang})"
    # --- page (PL I, I.1–I.3)
    check(len(d.sections) == 1, f"{where}: {len(d.sections)} sections")
    s = d.sections[0]
    sect = s._sectPr
    pg = sect.find(qn("w:pgSz"))
    check((attr(pg, "w:w"), attr(pg, "w:h")) == ("11906", "16838"), f"{where}: page is not A4")
    check(attr(pg, "w:orient") in (None, "portrait"), f"{where}: page not portrait")
    mar = sect.find(qn("w:pgMar"))
    m = {k: int(attr(mar, "w:" + k)) / TWIPS_PER_MM for k in ("top", "bottom", "left", "right")}
    check(20 - 0.05 <= m["top"] <= 25 and 20 - 0.05 <= m["bottom"] <= 25,
          f"{where}: top/bottom margins {m['top']:.2f}/{m['bottom']:.2f} mm")
    check(30 - 0.05 <= m["left"] <= 35, f"{where}: left margin {m['left']:.2f} mm")
    check(15 - 0.05 <= m["right"] <= 20, f"{where}: right margin {m['right']:.2f} mm")
    # --- fonts (I.4): Times New Roman and black in the defaults, nothing overrides them
    styles = d.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    check(all(attr(fonts, "w:" + k) == "Times New Roman" for k in ("ascii", "hAnsi", "cs", "eastAsia")),
          f"{where}: default font is not Times New Roman")
    check(attr(rpr.find(qn("w:color")), "w:val") == "000000", f"{where}: default colour not black")
    body_xml = d.element
    check(not body_xml.findall(".//" + qn("w:rFonts")), f"{where}: a run overrides the font")
    check(not body_xml.findall(".//" + qn("w:color")), f"{where}: a run overrides the colour")
    check(not body_xml.findall(".//" + qn("w:highlight")), f"{where}: highlighted text")

    # --- header table (II.1–II.4)
    draft = "status: draft" in plan_text
    blocks = list(d.element.body.iterchildren())
    first_table_at = next(i for i, e in enumerate(blocks) if e.tag == qn("w:tbl"))
    before = [p for p in d.paragraphs if p._p in blocks[:first_table_at]]
    if draft:
        mark = "DỰ THẢO" if lang == "vi" else "DRAFT"
        check(len(before) == 1 and before[0].text == mark and all_bold(before[0])
              and ppr(before[0], "w:pBdr") is not None,
              f"{where}: a draft has no boxed {mark} above the header")
    else:
        check(not before, f"{where}: an issued plan has text above the header")
    header = d.tables[0]
    check(borderless(header), f"{where}: header table has borders")
    check(len(header.columns) == 2 and len(header.rows) == 2, f"{where}: header table is not 2x2")
    widths = [int(attr(g, "w:w")) for g in header._tbl.tblGrid.findall(qn("w:gridCol"))]
    left, right = header.cell(0, 0), header.cell(0, 1)
    lp = text_paragraphs(left)
    check(lp and all(p.text == p.text.upper() for p in lp), f"{where}: issuer not upper case")
    check(lp and all(sizes(p) <= {12, 13} and sizes(p) for p in lp), f"{where}: issuer size")
    issuer_lines = [p for p in lp if all_bold(p)]
    authority_lines = [p for p in lp if not any(r.bold for r in runs_with_text(p))]
    check(issuer_lines and len(issuer_lines) + len(authority_lines) == len(lp),
          f"{where}: issuer lines must be bold, the superior body regular")
    check(lp[-1] in issuer_lines, f"{where}: the issuer is not the last line of the left cell")
    rules = [p for p in left.paragraphs if is_rule(p)]
    if check(len(rules) == 1 and left.paragraphs[-1] is not None and is_rule(left.paragraphs[-1]),
             f"{where}: no rule under the issuer"):
        line = max(bold_width_twips(p.text, max(sizes(p))) for p in issuer_lines)
        w = rule_width(rules[0], widths[0])
        check(line / 3 - 20 <= w <= line / 2 + 20,
              f"{where}: issuer rule {w} twips for a line of {line:.0f}")
    rp = text_paragraphs(right)
    nation, motto = rp[0], rp[1]
    check(nation.text == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" if lang == "vi" else
                          "SOCIALIST REPUBLIC OF VIETNAM") and all_bold(nation)
          and sizes(nation) <= {12, 13}, f"{where}: Quốc hiệu {nation.text!r} {sizes(nation)}")
    check(motto.text == ("Độc lập - Tự do - Hạnh phúc" if lang == "vi" else
                         "Independence - Freedom - Happiness") and all_bold(motto)
          and sizes(motto) <= {13, 14}, f"{where}: Tiêu ngữ {motto.text!r}")
    rules = [p for p in right.paragraphs if is_rule(p)]
    if check(len(rules) == 1 and is_rule(right.paragraphs[-1]), f"{where}: no rule under the Tiêu ngữ"):
        line = bold_width_twips(motto.text, max(sizes(motto)))
        w = rule_width(rules[0], widths[1])
        check(abs(w - line) <= 0.02 * line, f"{where}: Tiêu ngữ rule {w} for a line of {line:.0f}")
    number = text_paragraphs(header.cell(1, 0))
    date = text_paragraphs(header.cell(1, 1))
    check(len(number) == 1 and number[0].text.startswith("Số:" if lang == "vi" else "No.:")
          and sizes(number[0]) == {13}, f"{where}: number line")
    check(len(date) == 1 and all(r.italic for r in runs_with_text(date[0]))
          and sizes(date[0]) <= {13, 14}, f"{where}: date line not italic 13–14 pt")
    if lang == "vi" and date:
        m_date = re.search(r"ngày (.+?) tháng (.+?) năm (.+)$", date[0].text)
        if check(m_date, f"{where}: date line {date[0].text!r}"):
            day, month = m_date.group(1), m_date.group(2)
            if draft and not day.isdigit():
                check(set(day) == {"\u00a0"}, f"{where}: draft day is not blank")
            else:
                check(len(day) == 2, f"{where}: day {day!r} has no leading 0")
            if month.isdigit():
                check(len(month) == 2 if int(month) < 3 else month == str(int(month)),
                      f"{where}: month {month!r}")
    if draft and lang == "vi" and number:
        check(re.fullmatch(r"Số: \u00a0+/KH-\S+|Số: \u00a0+", number[0].text),
              f"{where}: draft number {number[0].text!r} keeps no blank")

    # --- KẾ HOẠCH and trích yếu (II.5)
    after = [p for p in d.paragraphs if p._p in blocks[first_table_at + 1:]]
    kind, title = after[0], after[1]
    check(kind.text == ("KẾ HOẠCH" if lang == "vi" else "PLAN") and all_bold(kind)
          and kind.alignment == 1 and sizes(kind) <= {13, 14}, f"{where}: KẾ HOẠCH line")
    check(all_bold(title) and title.alignment == 1 and sizes(title) <= {13, 14},
          f"{where}: trích yếu not bold centred 13–14 pt")
    if check(is_rule(after[2]), f"{where}: no rule under the trích yếu"):
        line = min(bold_width_twips(title.text, max(sizes(title))), 9354)
        w = rule_width(after[2], 9354)
        check(line / 3 - 20 <= w <= line / 2 + 20, f"{where}: trích yếu rule {w} for {line:.0f}")

    # --- body (II.6)
    body = [p for p in after[3:] if p.text.strip()]
    check(body, f"{where}: empty body")
    for p in body:
        if not check(p.alignment == 3, f"{where}: not justified: {p.text[:40]!r}"):
            break
        ind = twips(p, "w:ind", "w:firstLine")
        after_pt = twips(p, "w:spacing", "w:after") / 20
        line = twips(p, "w:spacing", "w:line")
        rule_ = attr(ppr(p, "w:spacing"), "w:lineRule")
        if not (check(1.0 <= ind / TWIPS_PER_MM / 10 <= 1.27 + 1e-3, f"{where}: indent {ind}")
                and check(after_pt >= 6, f"{where}: {after_pt} pt after a paragraph")
                and check(rule_ == "auto" and 240 <= line <= 360, f"{where}: line spacing {line}")
                and check(sizes(p) <= {13, 14} and sizes(p), f"{where}: body size {sizes(p)}")):
            break
        head = re.match(r"([IVX]+\.|\d+(\.\d+)*\.|[a-zđ]\)) ", p.text)
        if head and len(p.runs) == 1 and head.group(1)[0] in "IVX" and p.text.upper() == p.text:
            check(all_bold(p), f"{where}: part heading not bold: {p.text[:40]!r}")

    # --- recipients and signature (II.7, II.9)
    bottom = d.tables[-1]
    check(len(d.tables) == 2 and borderless(bottom) and len(bottom.columns) == 2,
          f"{where}: recipients and signature are not a borderless two-column table")
    rec = text_paragraphs(bottom.cell(0, 0))
    if rec:
        label = rec[0]
        check(label.text == ("Nơi nhận:" if lang == "vi" else "Recipients:") and all_bold(label)
              and all(r.italic for r in runs_with_text(label)) and sizes(label) == {12},
              f"{where}: 'Nơi nhận:' not bold italic 12 pt")
        items = rec[1:]
        check(items and all(sizes(p) == {11} and p.text.startswith("- ") for p in items),
              f"{where}: recipients not '- ' lines at 11 pt")
        check(all(p.text.endswith(";") for p in items[:-1]) and items[-1].text.endswith("."),
              f"{where}: recipients do not end in ';' and the last in '.'")
    sig_cell = bottom.cell(0, 1)
    sig = text_paragraphs(sig_cell)
    check(sig and all(all_bold(p) and p.alignment == 1 and sizes(p) <= {13, 14} for p in sig),
          f"{where}: signature lines not bold centred 13–14 pt")
    name = (yaml.safe_load(plan_text).get("signature") or {}).get("name")
    if name:
        check(sig[-1].text == name, f"{where}: signer {sig[-1].text!r}")
        check(sig[-2].text == sig[-2].text.upper(), f"{where}: authority lines not upper case")
        paragraphs = sig_cell.paragraphs
        gap = paragraphs.index(next(p for p in paragraphs if p._p is sig[-1]._p)) - \
            paragraphs.index(next(p for p in paragraphs if p._p is sig[-2]._p)) - 1
        check(gap >= 3, f"{where}: {gap} empty lines left to sign")
    else:
        check(all(p.text == p.text.upper() for p in sig), f"{where}: authority lines not upper case")

    # --- page numbers (I.7)
    check(sect.find(qn("w:titlePg")) is not None, f"{where}: no different first page")
    check(s.different_first_page_header_footer, f"{where}: first page not different")
    default_xml = s.header._element.xml
    instr = [e.text for e in s.header._element.iter(qn("w:instrText"))]
    check(instr == [" PAGE "] and "fldChar" in default_xml, f"{where}: no PAGE field: {instr}")
    # Arabic numerals: PAGE with no format switch, and no other numbering format for the section.
    num = sect.find(qn("w:pgNumType"))
    check(num is None or attr(num, "w:fmt") in (None, "decimal"), f"{where}: page numbers not Arabic")
    hp = s.header.paragraphs
    check(len(hp) == 1 and hp[0].alignment == 1, f"{where}: page number not centred")
    first = s.first_page_header
    check(not first.is_linked_to_previous and "PAGE" not in first._element.xml
          and not "".join(p.text for p in first.paragraphs).strip(),
          f"{where}: the first page shows a page number")
    # --- properties
    props = d.core_properties
    issuer = yaml.safe_load(plan_text)["issuer"]["name"]
    check(props.author == issuer, f"{where}: author {props.author!r}")
    check(title.text in props.title and props.title.startswith(kind.text),
          f"{where}: title property {props.title!r}")
    return d


def docx_text_in_order(d):
    """Every paragraph of the body, tables read cell by cell."""
    out = []
    for e in d.element.body.iterchildren():
        if e.tag == qn("w:p"):
            out.append(norm("".join(t.text or "" for t in e.iter(qn("w:t")))))
        elif e.tag == qn("w:tbl"):
            for p in e.iter(qn("w:p")):
                out.append(norm("".join(t.text or "" for t in p.iter(qn("w:t")))))
    return [t for t in out if t]


def check_markdown_in_docx(where, d, markdown):
    body, tables = markdown_parts(markdown)
    text = docx_text_in_order(d)
    at = 0
    for line in body:
        try:
            at = text.index(line, at) + 1
        except ValueError:
            check(False, f"{where}: Markdown paragraph missing or out of order: {line[:70]!r}")
            return
    for table in tables:
        for column in (0, 1):
            at = 0
            for row in table:
                cell = row[column] if column < len(row) else ""
                if not cell:
                    continue
                try:
                    at = text.index(cell, at) + 1
                except ValueError:
                    check(False, f"{where}: table cell missing or out of order: {cell!r}")


def check_reproducible(binary, plan, tmp):
    a, b = tmp / "a.docx", tmp / "b.docx"
    env = dict(os.environ, TZ="UTC")
    render(binary, plan, a, env=env)
    render(binary, plan, b, env=dict(os.environ, TZ="Asia/Ho_Chi_Minh"))
    check(a.read_bytes() == b.read_bytes(), f"{plan}: two runs give different bytes")
    with zipfile.ZipFile(a) as z:
        names = [i.filename for i in z.infolist()]
        check(names[0] == "[Content_Types].xml", f"{plan}: [Content_Types].xml is not first")
        check(all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist()),
              f"{plan}: zip entries not dated 1980-01-01 00:00")
        check(z.testzip() is None, f"{plan}: corrupt zip entry")
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                try:
                    ElementTree.fromstring(z.read(n))
                except ElementTree.ParseError as e:
                    check(False, f"{plan}: {n} is not well-formed XML: {e}")
    # To a pipe (not a terminal) the bytes go to stdout, the same as with -o.
    check(render(binary, plan, None) == a.read_bytes(), f"{plan}: stdout differs from -o FILE")


def hostile_plans(root):
    base = (root / "tests/golden/base-plan.yaml").read_text(encoding="utf-8")
    long_title = " ".join(["Theo dõi tình hình thi hành pháp luật rất dài"] * 110)  # ~5,000 chars
    yield "long-title", base.replace(
        "title: Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã Phong Thổ",
        f"title: {long_title}"), [long_title]
    special = 'Kiểm tra <b>&amp; "đất" </w:t> ]]> <!-- x --> & \'tài\' <?pi?>'
    yield "xml-specials", base.replace(
        "title: Kiểm tra tình hình thi hành pháp luật về đất đai",
        "title: '" + special.replace("'", "''") + "'").replace(
        "  - Sở Tư pháp\n", "  - Sở <Tư> & pháp\n").replace(
        "name: UBND xã Phong Thổ", "name: 'UBND xã <Phong> & \"Thổ\"'"), [
        special, "- Sở <Tư> & pháp;", 'XÃ <PHONG> & "THỔ"']
    nfd = unicodedata.normalize("NFD", "Thu thập thông tin về đất đai ở Phong Thổ")
    yield "nfd", base.replace(
        "title: Thu thập, xử lý thông tin về tình hình thi hành pháp luật", f"title: {nfd}"), [
        unicodedata.normalize("NFC", nfd)]
    yield "superior-body", base.replace(
        "  name: UBND xã Phong Thổ\n",
        "  name: Sở Tư pháp\n  parent_authority: UBND tỉnh Tây Ninh\n"), [
        "ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "SỞ TƯ PHÁP"]
    tasks = "".join(
        f"  - id: viec-{i}\n    title: Việc số {i} <&> kiểm tra\n    kind: inspection\n"
        f"    lead: Văn phòng HĐND và UBND xã\n    due: Quý III năm 2026\n" for i in range(2000))
    text = base.replace("tasks:\n", "tasks:\n" + tasks, 1)
    yield "2000-tasks", text, ["Việc số 0 <&> kiểm tra", "Việc số 1999 <&> kiểm tra"]


def check_hostile(binary, root, tmp):
    for name, text, expected in hostile_plans(root):
        plan = tmp / f"{name}.yaml"
        plan.write_text(text, encoding="utf-8")
        out = tmp / f"{name}.docx"
        render(binary, plan, out)
        with zipfile.ZipFile(out) as z:
            xml = z.read("word/document.xml")
        try:
            ElementTree.fromstring(xml)
        except ElementTree.ParseError as e:
            check(False, f"hostile {name}: document.xml is not well-formed: {e}")
            continue
        d = docx.Document(str(out))
        d_layout = check_layout(f"hostile {name}", out, text)
        if name == "superior-body":
            left = [p for p in d_layout.tables[0].cell(0, 0).paragraphs if p.text]
            check([(p.text, all_bold(p)) for p in left] ==
                  [("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", False), ("SỞ TƯ PHÁP", True)],
                  f"hostile {name}: header left cell {[(p.text, all_bold(p)) for p in left]}")
        all_text = "\n".join(docx_text_in_order(d))
        for e in expected:
            check(norm(e) in all_text, f"hostile {name}: {e[:60]!r} not in the document")
        check(unicodedata.is_normalized("NFC", xml.decode("utf-8")), f"hostile {name}: not NFC")
        md = render(binary, plan, None, fmt="md").decode("utf-8")
        check_markdown_in_docx(f"hostile {name}", d, md)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--update", action="store_true", help="rewrite the document.xml goldens")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    binary = str(Path(args.bin).resolve())
    examples = sorted(p for p in (root / "examples").glob("*/plan.yaml"))
    check(len(examples) >= 2, "no examples found")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for plan in examples:
            name = plan.parent.name
            plan_text = plan.read_text(encoding="utf-8")
            for lang in ("vi", "en"):
                out = tmp / f"{name}-{lang}.docx"
                render(binary, plan, out, lang=lang)
                d = check_layout(name, out, plan_text, lang)
                md = render(binary, plan, None, fmt="md", lang=lang).decode("utf-8")
                check_markdown_in_docx(f"{name} ({lang})", d, md)
                with zipfile.ZipFile(out) as z:
                    xml = z.read("word/document.xml")
                check(unicodedata.is_normalized("NFC", xml.decode("utf-8")), f"{name}: not NFC")
                if lang == "vi" and name in GOLDEN:
                    golden = root / "tests/docx/golden" / f"{name}.document.xml"
                    if args.update:
                        golden.write_bytes(xml)
                    elif check(golden.exists(), f"{golden} is missing (run with --update)"):
                        check(golden.read_bytes() == xml,
                              f"{name}: word/document.xml differs from {golden.relative_to(root)}")
        check_reproducible(binary, examples[0], tmp)
        check_hostile(binary, root, tmp)
    for f in failures:
        print("FAIL", f)
    print(f"docx: {len(examples)} examples × 2 languages, 5 hostile plans: "
          f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
