#!/usr/bin/python3
"""Writes the Word files of the golden cases tests/golden/import-docx-*/ke-hoach.docx.

Each is a commune plan laid out as officers write them (header table, title, I. MỤC ĐÍCH,
II. NỘI DUNG with a table of tasks, III. TỔ CHỨC THỰC HIỆN, signature table), made with
python3-docx the way Word writes a table whose cells are merged (`cell.merge`: `<w:gridSpan>`
across, `<w:vMerge>` down) or whose STT column is numbered by Word's list button (empty cells,
a numbering style or `<w:numPr>`). Only the table changes from case to case.

The zip entries get a fixed date so that the same script writes the same bytes:

  make_docx_goldens.py --out tests/golden            write (or rewrite) the files
  make_docx_goldens.py --out tests/golden --check    exit 1 when a committed file differs
"""

import argparse
import copy
import io
import sys
import zipfile
from pathlib import Path

try:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
except ImportError:
    print("make_docx_goldens: python3-docx is missing: run sh scripts/install-deps.sh --tests")
    sys.exit(1)

HEADER = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
ROWS = [
    ["1", "Xây dựng, ban hành kế hoạch theo dõi tình hình thi hành pháp luật năm 2026 của xã",
     "Văn phòng HĐND và UBND xã", "Các cơ quan, đơn vị có liên quan", "Tháng 02/2026"],
    ["2", "Tập huấn, bồi dưỡng nghiệp vụ theo dõi tình hình thi hành pháp luật",
     "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Quý II/2026"],
    ["3", "Kiểm tra tình hình thi hành pháp luật trong lĩnh vực đất đai", "Phòng Kinh tế",
     "Văn phòng HĐND và UBND xã; Công an xã", "Quý III/2026"],
    ["4", "Thu thập, xử lý thông tin về tình hình thi hành pháp luật",
     "Các cơ quan, đơn vị thuộc UBND xã", "Văn phòng HĐND và UBND xã", "Thường xuyên"],
    ["5", "Điều tra, khảo sát tình hình thi hành pháp luật trong lĩnh vực đất đai",
     "Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Trước ngày 30/9/2026"],
]


def set_text(cell, text):
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    cell.paragraphs[0].text = text


def plan(table_maker):
    doc = docx.Document()
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.paragraphs[0].add_run("ỦY BAN NHÂN DÂN").bold = True
    left.add_paragraph().add_run("XÃ TÂN BIÊN").bold = True
    left.add_paragraph("Số: 12/KH-UBND")
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    right.add_paragraph("Tân Biên, ngày 05 tháng 02 năm 2026")
    doc.add_paragraph().add_run("KẾ HOẠCH").bold = True
    doc.add_paragraph().add_run(
        "Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã Tân Biên").bold = True
    doc.add_paragraph(
        "Thực hiện Kế hoạch số 25/KH-UBND ngày 20/01/2026 của UBND tỉnh Tây Ninh về theo dõi "
        "tình hình thi hành pháp luật năm 2026 trên địa bàn tỉnh Tây Ninh, Ủy ban nhân dân xã "
        "Tân Biên ban hành Kế hoạch theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn "
        "xã như sau:")
    doc.add_paragraph().add_run("I. MỤC ĐÍCH, YÊU CẦU").bold = True
    doc.add_paragraph().add_run("1. Mục đích").bold = True
    doc.add_paragraph(
        "Triển khai thực hiện có hiệu quả công tác theo dõi tình hình thi hành pháp luật trên "
        "địa bàn xã.")
    doc.add_paragraph().add_run("2. Yêu cầu").bold = True
    doc.add_paragraph(
        "Xác định rõ nội dung công việc, thời hạn hoàn thành và phân công trách nhiệm cụ thể.")
    doc.add_paragraph().add_run("II. NỘI DUNG").bold = True
    doc.add_paragraph().add_run("1. Các hoạt động theo dõi tình hình thi hành pháp luật").bold = True
    table_maker(doc)
    doc.add_paragraph().add_run("III. TỔ CHỨC THỰC HIỆN").bold = True
    doc.add_paragraph().add_run("1. Văn phòng HĐND và UBND xã").bold = True
    doc.add_paragraph(
        "Tổng hợp kết quả, tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Tư pháp) chậm nhất ngày "
        "18/11/2026.")
    doc.add_paragraph(
        "Trên đây là Kế hoạch theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã "
        "Tân Biên./.")
    s = doc.add_table(rows=1, cols=2)
    left, right = s.rows[0].cells
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    for line in ["- Sở Tư pháp tỉnh Tây Ninh;", "- Lưu: VT."]:
        left.add_paragraph(line)
    right.paragraphs[0].add_run("TM. ỦY BAN NHÂN DÂN").bold = True
    right.add_paragraph().add_run("CHỦ TỊCH").bold = True
    right.add_paragraph().add_run("Nguyễn Văn Bình").bold = True
    return doc


def task_table(doc, rows, header=HEADER):
    table = doc.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for r, row in enumerate([header] + rows):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    return table


def merged_cells(doc):
    """Rows 1–2 share one lead cell, rows 3–4 one deadline cell (merged down); row 5's lead
    cell is stretched over the empty Cơ quan phối hợp column (merged across)."""
    t = task_table(doc, ROWS)
    set_text(t.cell(2, 2), "")
    t.cell(1, 2).merge(t.cell(2, 2))
    set_text(t.cell(1, 2), "Văn phòng HĐND và UBND xã")
    set_text(t.cell(4, 4), "")
    t.cell(3, 4).merge(t.cell(4, 4))
    set_text(t.cell(3, 4), "Quý III/2026")
    set_text(t.cell(5, 3), "")
    t.cell(5, 2).merge(t.cell(5, 3))
    set_text(t.cell(5, 2), "Văn phòng HĐND và UBND xã")


def merged_cells_en(doc):
    """Rows 2–4 share one deadline cell over two paragraphs; row 1's partner cell is stretched
    over the deadline column (its deadline is then not in the table: said)."""
    t = task_table(doc, ROWS)
    for r in (3, 4):
        set_text(t.cell(r, 4), "")
    t.cell(2, 4).merge(t.cell(4, 4))
    set_text(t.cell(2, 4), "Quý III")
    t.cell(2, 4).add_paragraph("năm 2026")
    set_text(t.cell(1, 4), "")
    t.cell(1, 3).merge(t.cell(1, 4))
    set_text(t.cell(1, 3), "Các cơ quan, đơn vị có liên quan")


def group_rows(doc):
    """Two group rows: "I" in the STT cell and its title merged over the other columns, and a
    single cell "II. …" merged over the whole row; the tasks are numbered 1, 2 in each group."""
    rows = [list(r) for r in ROWS]
    rows[2][0], rows[3][0], rows[4][0] = "1", "2", "3"
    t = task_table(doc, [["I", "Công tác chỉ đạo, triển khai", "", "", ""]] + rows[:2] +
                   [["II. Hoạt động theo dõi, kiểm tra, điều tra", "", "", "", ""]] + rows[2:])
    t.cell(1, 1).merge(t.cell(1, 4))
    set_text(t.cell(1, 1), "Công tác chỉ đạo, triển khai")
    t.cell(4, 0).merge(t.cell(4, 4))
    set_text(t.cell(4, 0), "II. Hoạt động theo dõi, kiểm tra, điều tra")


def group_rows_en(doc):
    """Group rows numbered 1 and 2 with their tasks numbered 1.1, 1.2, 2.1 (not prefixed
    twice), and a row merged across with no number at all (an unplaced line, not a task)."""
    rows = [list(r) for r in ROWS[:3]]
    rows[0][0], rows[1][0], rows[2][0] = "1.1", "1.2", "2.1"
    t = task_table(doc, [["1", "Công tác chỉ đạo, triển khai", "", "", ""]] + rows[:2] +
                   [["2", "Hoạt động kiểm tra", "", "", ""]] + rows[2:] +
                   [["", "Các nhiệm vụ phát sinh theo chỉ đạo của UBND tỉnh", "", "", ""]])
    for r, text in ((1, "Công tác chỉ đạo, triển khai"), (4, "Hoạt động kiểm tra"),
                    (6, "Các nhiệm vụ phát sinh theo chỉ đạo của UBND tỉnh")):
        t.cell(r, 1).merge(t.cell(r, 4))
        set_text(t.cell(r, 1), text)


def auto_number(doc):
    """The STT column selected and numbered with Word's list button: empty cells in the style
    "List Number"."""
    t = task_table(doc, ROWS)
    for row in t.rows[1:]:
        cell = row.cells[0]
        cell.paragraphs[0].text = ""
        cell.paragraphs[0].style = doc.styles["List Number"]


def auto_number_unknown(doc):
    """STT cells numbered with a list the package does not define (numbering.xml has no numId
    77): the numbers Word would draw cannot be worked out."""
    t = task_table(doc, ROWS[:3])
    for row in t.rows[1:]:
        p = row.cells[0].paragraphs[0]
        p.text = ""
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), "77")
        num_pr.extend([ilvl, num_id])
        p._p.get_or_add_pPr().append(num_pr)


def two_row_header(doc):
    """"Cơ quan thực hiện" spanning "Chủ trì | Phối hợp"; STT, Nội dung and Thời gian thực hiện
    merged down over both header rows."""
    t = task_table(doc, ROWS)
    new_row = copy.deepcopy(t.rows[0]._tr)
    t.rows[0]._tr.addnext(new_row)
    h0, h1 = t.rows[0], t.rows[1]
    for c, text in enumerate(["", "", "Chủ trì", "Phối hợp", ""]):
        set_text(h1.cells[c], text)
    set_text(h0.cells[3], "")
    h0.cells[2].merge(h0.cells[3])
    set_text(t.rows[0].cells[2], "Cơ quan thực hiện")
    for c, text in ((0, "STT"), (1, "Nội dung"), (4, "Thời gian thực hiện")):
        t.cell(0, c).merge(t.cell(1, c))
        set_text(t.cell(0, c), text)


def start_column(doc):
    """A deadline column "Thời hạn hoàn thành" before a column "Thời gian bắt đầu": the start
    joins the deadline into a range (or, when it cannot, is left as an unplaced line), never
    the deadline itself."""
    header = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn hoàn thành", "Thời gian bắt đầu"]
    task_table(doc, [["1", "Kiểm tra tình hình thi hành pháp luật trong lĩnh vực đất đai",
                      "Phòng Kinh tế", "Tháng 9/2026", "Tháng 3/2026"],
                     ["2", "Tập huấn, bồi dưỡng nghiệp vụ theo dõi tình hình thi hành pháp luật",
                      "Văn phòng HĐND và UBND xã", "30/6/2026", "01/4/2026"],
                     ["3", "Điều tra, khảo sát tình hình thi hành pháp luật",
                      "Văn phòng HĐND và UBND xã", "Trước ngày 30/9/2026", "Tháng 4/2026"]],
               header)


def cell_lines(cell, lines, breaks=True):
    """The cell's text as lines broken by Word (`<w:br/>`, Shift+Enter), or as paragraphs."""
    set_text(cell, "")
    if not breaks:
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
        return
    run = cell.paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        run.add_break()
        run.add_text(line)


def agency_lines(doc):
    """Agency cells listing one agency a line: lines broken by Word, list dashes and ";" at the
    ends, a name wrapped by hand after "và", and two paragraphs."""
    t = task_table(doc, [list(r) for r in ROWS[:3]])
    cell_lines(t.cell(1, 2), ["Phòng Kinh tế", "Văn phòng HĐND và UBND xã"])
    cell_lines(t.cell(1, 3), ["Công an xã,", "Các ấp"])
    cell_lines(t.cell(2, 2), ["- Phòng Kinh tế;", "- Văn phòng HĐND và UBND xã."])
    cell_lines(t.cell(2, 3), ["Văn phòng HĐND và", "UBND xã"])
    cell_lines(t.cell(3, 2), ["Phòng Văn hóa - Xã hội", "Công an xã"], breaks=False)
    cell_lines(t.cell(3, 3), ["- Các ấp;", "- Ủy ban Mặt trận Tổ quốc Việt Nam xã."], breaks=False)


def agency_wrapped(doc):
    """Agency names wrapped by hand in a narrow column, after a comma too ("Sở Văn hóa," / "Thể
    thao và Du lịch"): each cell is one agency, with a note."""
    t = task_table(doc, [list(r) for r in ROWS[:3]])
    cell_lines(t.cell(1, 2), ["Ban Chỉ huy", "Quân sự xã"])
    cell_lines(t.cell(1, 3), ["Ủy ban Mặt trận Tổ quốc", "Việt Nam xã"])
    cell_lines(t.cell(2, 2), ["Hội Liên hiệp", "Phụ nữ xã"])
    cell_lines(t.cell(3, 3), ["Phòng Văn hóa", "- Xã hội"])
    cell_lines(t.cell(3, 2), ["Sở Văn hóa,", "Thể thao và Du lịch"])


CASES = {
    "import-docx-merged-cells": merged_cells,
    "import-docx-merged-cells-en": merged_cells_en,
    "import-docx-group-row": group_rows,
    "import-docx-group-row-en": group_rows_en,
    "import-docx-auto-number": auto_number,
    "import-docx-auto-number-unknown-en": auto_number_unknown,
    "import-docx-two-row-header": two_row_header,
    "import-docx-start-column-en": start_column,
    "import-docx-agency-lines": agency_lines,
    "import-docx-agency-wrapped": agency_wrapped,
}


def package(doc):
    """The .docx bytes, every entry dated 1980-01-01 (python-docx stamps the clock)."""
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True, help="the folder of the golden cases")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    differ = []
    for case, maker in CASES.items():
        data = package(plan(maker))
        target = Path(args.out) / case / "ke-hoach.docx"
        if args.check:
            if not target.exists() or target.read_bytes() != data:
                differ.append(str(target))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for d in differ:
        print(f"make_docx_goldens: {d} is not what this script writes: run it without --check")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
