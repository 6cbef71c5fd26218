#!/usr/bin/python3
"""Word's own quirks and hostile inputs for `kehoach import`.

Word documents are made here with python3-docx (Debian: python3-docx), the way Word writes
them: heading styles, list numbers Word draws from numbering.xml (the text lacks them), tracked
changes, the header and signature blocks as tables, a table of tasks. Each is imported and the
plan written is checked field by field. Hostile inputs (not a zip, a zip without
word/document.xml, a zip bomb, tables nested 20 deep, 50 MB of text, invalid UTF-8, a .doc)
must each give their message and exit 2, quickly, without a crash.
"""

import argparse
import copy
import os
import subprocess
import sys
import tempfile
import time
import zipfile

import yaml

try:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
except ImportError:
    print("quirks: python3-docx is missing: run sh scripts/install-deps.sh --tests")
    sys.exit(1)

FAILURES = []


def check(what, got, expected):
    if got != expected:
        FAILURES.append(f"{what}: expected {expected!r}, got {got!r}")


def header_and_title(doc):
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("ỦY BAN NHÂN DÂN").bold = True
    left.add_paragraph().add_run("TỈNH HÀ GIANG").bold = True
    left.add_paragraph("Số: 15/KH-UBND")
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    right.add_paragraph("Hà Giang, ngày 20 tháng 01 năm 2026")
    doc.add_paragraph().add_run("KẾ HOẠCH").bold = True
    doc.add_paragraph().add_run(
        "Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn tỉnh Hà Giang").bold = True
    doc.add_paragraph(
        "Căn cứ Nghị định số 80/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về tổ chức thi hành văn "
        "bản quy phạm pháp luật, Ủy ban nhân dân tỉnh Hà Giang ban hành Kế hoạch như sau:")


def signature(doc):
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    left.add_paragraph("- Bộ Tư pháp;")
    left.add_paragraph("- Lưu: VT.")
    right.paragraphs[0].add_run("TM. ỦY BAN NHÂN DÂN").bold = True
    right.add_paragraph().add_run("CHỦ TỊCH").bold = True
    right.add_paragraph().add_run("Nguyễn Văn An").bold = True


def numbered(doc, text, num_id, ilvl=0):
    """A paragraph numbered by Word (w:numPr): the number is not in its text."""
    p = doc.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(lvl)
    num_pr.append(nid)
    ppr.append(num_pr)
    return p


def add_numbering(doc, formats):
    """A list definition with one level per (numFmt, lvlText); returns its numId."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for i, (fmt, text) in enumerate(formats):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(i))
        start = OxmlElement("w:start")
        start.set(qn("w:val"), "1")
        num_fmt = OxmlElement("w:numFmt")
        num_fmt.set(qn("w:val"), fmt)
        lvl_text = OxmlElement("w:lvlText")
        lvl_text.set(qn("w:val"), text)
        lvl.extend([start, num_fmt, lvl_text])
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return 90


def tracked(paragraph, inserted, deleted):
    """Adds a tracked insertion and a tracked deletion to a paragraph."""
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "Sở Tư pháp")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = inserted
    run.append(t)
    ins.append(run)
    dele = OxmlElement("w:del")
    dele.set(qn("w:id"), "2")
    dele.set(qn("w:author"), "Sở Tư pháp")
    drun = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = deleted
    drun.append(dt)
    dele.append(drun)
    paragraph._p.append(dele)
    paragraph._p.append(ins)


def run_import(binary, path, *extra):
    return subprocess.run([binary, "import", path, *extra], capture_output=True, timeout=60)


def imported(binary, path, what):
    result = run_import(binary, path)
    if result.returncode not in (0, 1):
        FAILURES.append(f"{what}: import exit {result.returncode}: {result.stderr.decode()}")
        return {}
    return yaml.safe_load(result.stdout.decode("utf-8")) or {}


def word_numbering(binary, work):
    """Sections and items numbered by Word's list numbers (I., 1., a)), not in the text."""
    doc = docx.Document()
    header_and_title(doc)
    num = add_numbering(doc, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    numbered(doc, "MỤC ĐÍCH, YÊU CẦU", num, 0).runs[0].bold = True
    doc.add_paragraph("Theo dõi kịp thời việc thi hành pháp luật trên địa bàn tỉnh.")
    numbered(doc, "NỘI DUNG", num, 0).runs[0].bold = True
    numbered(doc, "Kiểm tra liên ngành", num, 1).runs[0].bold = True
    numbered(doc, "Cơ quan chủ trì: Sở Tư pháp.", num, 2)
    numbered(doc, "Thời gian thực hiện: Quý III năm 2026.", num, 2)
    numbered(doc, "Tập huấn nghiệp vụ", num, 1).runs[0].bold = True
    numbered(doc, "Cơ quan chủ trì: Sở Tư pháp.", num, 2)
    numbered(doc, "Thời gian thực hiện: Quý II năm 2026.", num, 2)
    # "List Number" numbers its paragraphs through its style, as Word's own list button does.
    doc.add_paragraph("Trên đây là Kế hoạch của UBND tỉnh./.")
    signature(doc)
    path = os.path.join(work, "numbering.docx")
    doc.save(path)
    plan = imported(binary, path, "numbering")
    tasks = plan.get("tasks") or []
    check("numbering: tasks", [(t.get("number"), t.get("title"), t.get("due")) for t in tasks],
          [("II.1", "Kiểm tra liên ngành", "Quý III năm 2026"),
           ("II.2", "Tập huấn nghiệp vụ", "Quý II năm 2026")])
    check("numbering: outline", [o.get("number") for o in plan.get("outline") or []],
          ["I", "II", "II.1", "II.2"])
    check("numbering: purpose", plan.get("purpose"),
          ["Theo dõi kịp thời việc thi hành pháp luật trên địa bàn tỉnh."])
    check("numbering: header", (plan.get("number"), str(plan.get("issued")),
                                (plan.get("issuer") or {}).get("level")),
          ("15/KH-UBND", "2026-01-20", "province"))
    check("numbering: signature", plan.get("signature"),
          {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Nguyễn Văn An"})
    check("numbering: recipients", plan.get("recipients"), ["Bộ Tư pháp;", "Lưu: VT."])

    # The same with Word's "List Number" style, which numbers through styles.xml.
    doc = docx.Document()
    header_and_title(doc)
    doc.add_paragraph("II. NỘI DUNG").runs[0].bold = True
    doc.add_paragraph("Kiểm tra liên ngành", style="List Number").runs[0].bold = True
    doc.add_paragraph("Cơ quan chủ trì: Sở Tư pháp.")
    doc.add_paragraph("Tập huấn nghiệp vụ", style="List Number").runs[0].bold = True
    path = os.path.join(work, "list-style.docx")
    doc.save(path)
    plan = imported(binary, path, "list style")
    check("list style: tasks", [(t.get("number"), t.get("title")) for t in plan.get("tasks") or []],
          [("II.1", "Kiểm tra liên ngành"), ("II.2", "Tập huấn nghiệp vụ")])


def tracked_changes(binary, work):
    doc = docx.Document()
    header_and_title(doc)
    doc.add_heading("I. NỘI DUNG", level=1)
    doc.add_heading("1. Kiểm tra liên ngành", level=2)
    doc.add_paragraph("a) Cơ quan chủ trì: Sở Tư pháp.")
    p = doc.add_paragraph("b) Thời gian thực hiện: ")
    tracked(p, "Quý IV năm 2026.", "Quý III năm 2026.")
    # A field: its code (MERGEFIELD) is not text, its result is.
    p = doc.add_paragraph("c) Sản phẩm đầu ra: ")
    for kind, text in (("begin", None), (None, " MERGEFIELD SanPham "), ("separate", None),
                       ("text", "Báo cáo kết quả kiểm tra"), ("end", None)):
        run = OxmlElement("w:r")
        if kind in ("begin", "separate", "end"):
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run.append(fld)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = text
            run.append(t)
        else:
            instr = OxmlElement("w:instrText")
            instr.text = text
            run.append(instr)
        p._p.append(run)
    path = os.path.join(work, "tracked.docx")
    doc.save(path)
    plan = imported(binary, path, "tracked")
    tasks = plan.get("tasks") or [{}]
    check("tracked: insertion kept, deletion dropped", tasks[0].get("due"), "Quý IV năm 2026")
    check("field: its result, not its code", tasks[0].get("output"), "Báo cáo kết quả kiểm tra")


def next_line(binary, work):
    """U+0085 NEXT LINE inside a run (pasted from a web page or a PDF) is a line break, as
    <w:br/> is: a space in the plan written, which then reads back without a control
    character (a quoted "\\N" there is refused, KH001)."""
    doc = docx.Document()
    header_and_title(doc)
    doc.add_heading("I. NỘI DUNG", level=1)
    doc.add_heading("1. Kiểm tra:\x85liên ngành", level=2)
    doc.add_paragraph("a) Cơ quan chủ trì: Sở Tư pháp.")
    doc.add_paragraph("b) Thời gian thực hiện: Quý IV\x85năm 2026.")
    path = os.path.join(work, "next-line.docx")
    doc.save(path)
    plan = imported(binary, path, "next line")
    tasks = plan.get("tasks") or [{}]
    check("next line: title", tasks[0].get("title"), "Kiểm tra: liên ngành")
    check("next line: due", tasks[0].get("due"), "Quý IV năm 2026")
    out = os.path.join(work, "next-line.yaml")
    run_import(binary, path, "-o", out)
    result = subprocess.run([binary, "validate", out], capture_output=True, timeout=60)
    report = result.stdout.decode("utf-8") + result.stderr.decode("utf-8")
    check("next line: the plan written reads back", "KH001" in report, False)


def task_table(binary, work):
    doc = docx.Document()
    header_and_title(doc)
    doc.add_paragraph().add_run("II. CÁC HOẠT ĐỘNG").bold = True
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
            ["1", "Xây dựng, ban hành kế hoạch", "Các sở, ban, ngành tỉnh; UBND các xã",
             "Quý I năm 2026"],
            ["2", "Kiểm tra liên ngành", "Sở Tư pháp", "Quý III năm 2026"],
            ["3", "Tập huấn nghiệp vụ", "Sở Tư pháp", "Quý II năm 2026"]]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    doc.add_paragraph("Trên đây là Kế hoạch./.")
    path = os.path.join(work, "table.docx")
    doc.save(path)
    plan = imported(binary, path, "table")
    got = [(t.get("number"), t.get("title"), t.get("lead"), t.get("due"), t.get("kind"))
           for t in plan.get("tasks") or []]
    check("table of tasks: row by row", got, [
        ("II.1", "Xây dựng, ban hành kế hoạch", ["Các sở, ban, ngành tỉnh", "UBND các xã"],
         "Quý I năm 2026", "plan"),
        ("II.2", "Kiểm tra liên ngành", "Sở Tư pháp", "Quý III năm 2026", "inspection"),
        ("II.3", "Tập huấn nghiệp vụ", "Sở Tư pháp", "Quý II năm 2026", "training"),
    ])

    # Narrow cells written over several paragraphs (Enter, not Shift+Enter): each cell is one
    # value; the last paragraph alone made "Quý II" ¶ "năm 2026" a deadline of 31/12/2026.
    doc = docx.Document()
    header_and_title(doc)
    doc.add_paragraph().add_run("II. CÁC HOẠT ĐỘNG").bold = True
    rows = [["STT", "Nội dung", "Sản phẩm", "Thời gian thực hiện"],
            ["1", "Tập huấn nghiệp vụ", ["Hội nghị", "tập huấn"], ["Quý II", "năm 2026"]],
            ["2", "Kiểm tra tình hình thi hành pháp luật", "Báo cáo",
             ["Đợt 1: tháng 5/2026", "Đợt 2: tháng 10/2026"]]]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.rows[r].cells[c]
            paras = value if isinstance(value, list) else [value]
            cell.paragraphs[0].text = paras[0]
            for extra in paras[1:]:
                cell.add_paragraph(extra)
    doc.add_paragraph("Trên đây là Kế hoạch./.")
    path = os.path.join(work, "cell-paragraphs.docx")
    doc.save(path)
    plan = imported(binary, path, "cell paragraphs")
    got = [(t.get("title"), t.get("output"), t.get("due")) for t in plan.get("tasks") or []]
    check("table of tasks: a cell over several paragraphs", got, [
        ("Tập huấn nghiệp vụ", "Hội nghị tập huấn", "Quý II năm 2026"),
        ("Kiểm tra tình hình thi hành pháp luật", "Báo cáo",
         "Đợt 1: tháng 5/2026 Đợt 2: tháng 10/2026"),
    ])


def merged_layout_table(binary, work):
    """A cell merged down in the signature table ("Nơi nhận" beside the three signature rows) is
    read once: the recipients are not repeated."""
    doc = docx.Document()
    header_and_title(doc)
    doc.add_heading("I. NỘI DUNG", level=1)
    doc.add_heading("1. Kiểm tra liên ngành", level=2)
    doc.add_paragraph("a) Cơ quan chủ trì: Sở Tư pháp.")
    doc.add_paragraph("Trên đây là Kế hoạch./.")
    table = doc.add_table(rows=3, cols=2)
    left = table.cell(0, 0)
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    left.add_paragraph("- Bộ Tư pháp;")
    left.add_paragraph("- Lưu: VT.")
    merged = left.merge(table.cell(2, 0))
    for p in merged.paragraphs[3:]:
        p._p.getparent().remove(p._p)
    for r, text in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]):
        table.cell(r, 1).paragraphs[0].add_run(text).bold = True
    path = os.path.join(work, "merged-signature.docx")
    doc.save(path)
    plan = imported(binary, path, "merged signature")
    check("merged signature: recipients once", plan.get("recipients"), ["Bộ Tư pháp;", "Lưu: VT."])
    check("merged signature: signature", plan.get("signature"),
          {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Nguyễn Văn An"})


def hostile(binary, work):
    def expect(name, data, code, message, extra=()):
        path = os.path.join(work, name)
        if data is not None:
            with open(path, "wb") as handle:
                handle.write(data)
        start = time.monotonic()
        result = run_import(binary, path, *extra)
        took = time.monotonic() - start
        check(f"hostile {name}: exit", result.returncode, code)
        check(f"hostile {name}: stderr", result.stderr.decode("utf-8", "replace"), message)
        if took > 20:
            FAILURES.append(f"hostile {name}: took {took:.1f} s")

    expect("plain.docx", b"not a zip at all", 2,
           f"kehoach: lỗi: `{work}/plain.docx`: không đọc được tệp .docx: tệp không phải gói nén "
           ".docx (zip)\n")
    empty_zip = os.path.join(work, "nodoc.docx")
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("word/styles.xml", "<x/>")
    expect("nodoc.docx", None, 2,
           f"kehoach: lỗi: `{work}/nodoc.docx`: không đọc được tệp .docx: gói không có "
           "word/document.xml (không phải văn bản Word)\n")
    bomb = os.path.join(work, "bomb.docx")
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(80):
                part.write(chunk)
    expect("bomb.docx", None, 2,
           f"kehoach: lỗi: `{work}/bomb.docx`: không đọc được tệp .docx: phần word/document.xml "
           "giải nén ra 83886080 byte, quá giới hạn 67108864 byte\n")
    nested = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    for _ in range(20):
        nested = f"<w:tbl><w:tr><w:tc>{nested}</w:tc></w:tr></w:tbl>"
    deep = os.path.join(work, "deep.docx")
    with zipfile.ZipFile(deep, "w") as z:
        z.writestr("word/document.xml",
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                   f'main"><w:body>{nested}</w:body></w:document>')
    expect("deep.docx", None, 2,
           f"{work}/deep.docx:1:1: lỗi: không đọc được tệp .docx: bảng lồng nhau quá 8 tầng\n")
    long_text = os.path.join(work, "long.docx")
    with zipfile.ZipFile(long_text, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml",
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                   'main"><w:body>' + "<w:p><w:r><w:t>" + "Kế hoạch " * 300000 +
                   "</w:t></w:r></w:p></w:body></w:document>")
    expect("long.docx", None, 2,
           f"kehoach: lỗi: `{work}/long.docx`: không đọc được tệp .docx: văn bản dài 3899999 "
           "byte, quá giới hạn 2097152 byte\n")
    # A cell merged down over many rows repeats its text in each: bounded like the text itself.
    cell = ('<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>' +
            "Quý III " * 40000 + "</w:t></w:r></w:p></w:tc>")
    below = "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"
    merged = os.path.join(work, "merged.docx")
    with zipfile.ZipFile(merged, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml",
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                   f'main"><w:body><w:tbl><w:tr>{cell}</w:tr>{below * 10}</w:tbl></w:body>'
                   "</w:document>")
    expect("merged.docx", None, 2,
           f"{work}/merged.docx:1:1: lỗi: không đọc được tệp .docx: các ô gộp dọc chép ra quá "
           "2097152 byte chữ\n")
    expect("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, 2,
           f"kehoach: lỗi: `{work}/old.doc` là tệp Word cũ (.doc): mở bằng Word hoặc LibreOffice "
           "rồi lưu lại dưới dạng .docx\n")
    expect("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, 2,
           f"kehoach: lỗi: `{work}/renamed.docx`: đây là tệp Word cũ (.doc, dạng nhị phân): mở "
           "bằng Word hoặc LibreOffice rồi lưu lại dưới dạng .docx\n")
    expect("bad.txt", "KẾ HOẠCH\nTheo d".encode("utf-8") + b"\xff\n", 2,
           f"{work}/bad.txt:2:7: lỗi: văn bản không phải UTF-8 hợp lệ: lưu lại tệp với bảng mã "
           "UTF-8\n")
    big = os.path.join(work, "big.txt")
    with open(big, "wb") as handle:
        line = "Theo dõi tình hình thi hành pháp luật năm 2026.\n".encode("utf-8")
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    expect("big.txt", None, 2,
           f"kehoach: lỗi: `{work}/big.txt` quá lớn (giới hạn 2097152 byte): không nhập\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    with tempfile.TemporaryDirectory(prefix="kehoach-quirks-") as work:
        word_numbering(binary, work)
        tracked_changes(binary, work)
        next_line(binary, work)
        task_table(binary, work)
        merged_layout_table(binary, work)
        hostile(binary, work)
    for f in FAILURES:
        print("FAIL", f)
    print(f"quirks: {len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
