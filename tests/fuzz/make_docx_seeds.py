#!/usr/bin/python3
"""Makes the .docx seeds of fuzz_import (tests/fuzz/seeds/import/docx-*) with python3-docx.

The documents are the kinds Word writes that tests/import/quirks.py imports (header and
signature tables, list numbers from numbering.xml, tracked changes, a table of tasks, merged
cells). Each is
rewritten as a zip holding only the parts kehoach reads (word/document.xml, word/numbering.xml,
word/styles.xml trimmed to the styles used, [Content_Types].xml), stored uncompressed, so that libFuzzer's mutations reach
the XML as often as the zip's structure. Run once; the seeds are kept in the repository.

  python3 tests/fuzz/make_docx_seeds.py
"""
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "import"))

import docx  # noqa: E402
import quirks  # noqa: E402
import make_docx_goldens as goldens  # noqa: E402

PARTS = ("[Content_Types].xml", "word/document.xml", "word/numbering.xml", "word/styles.xml")


def documents():
    doc = docx.Document()
    quirks.header_and_title(doc)
    num = quirks.add_numbering(doc, [("upperRoman", "%1."), ("decimal", "%2."),
                                     ("lowerLetter", "%3)")])
    quirks.numbered(doc, "NỘI DUNG", num, 0).runs[0].bold = True
    quirks.numbered(doc, "Kiểm tra liên ngành", num, 1).runs[0].bold = True
    quirks.numbered(doc, "Cơ quan chủ trì: Sở Tư pháp.", num, 2)
    quirks.numbered(doc, "Thời gian thực hiện: Quý III năm 2026.", num, 2)
    doc.add_paragraph("Tập huấn nghiệp vụ", style="List Number").runs[0].bold = True
    quirks.signature(doc)
    yield "numbering", doc

    doc = docx.Document()
    quirks.header_and_title(doc)
    doc.add_heading("I. NỘI DUNG", level=1)
    doc.add_heading("1. Kiểm tra liên ngành", level=2)
    doc.add_paragraph("a) Cơ quan chủ trì: Sở Tư pháp.")
    quirks.tracked(doc.add_paragraph("b) Thời gian thực hiện: "), "Quý IV năm 2026.",
                   "Quý III năm 2026.")
    yield "tracked", doc

    doc = docx.Document()
    quirks.header_and_title(doc)
    doc.add_paragraph().add_run("II. CÁC HOẠT ĐỘNG").bold = True
    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
            ["1", "Xây dựng, ban hành kế hoạch", "Các sở, ban, ngành tỉnh; UBND các xã",
             "Quý I năm 2026"],
            ["2", "Kiểm tra liên ngành", "Sở Tư pháp", "Quý III năm 2026"]]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    doc.add_paragraph("Trên đây là Kế hoạch./.")
    yield "table", doc

    # Merged cells (<w:gridSpan>, <w:vMerge>), group rows, a header over two rows, an STT
    # column numbered by Word: the tables of the golden cases import-docx-*.
    yield "merged", goldens.plan(goldens.merged_cells)
    yield "group", goldens.plan(goldens.group_rows)
    yield "header2", goldens.plan(goldens.two_row_header)
    yield "autonumber", goldens.plan(goldens.auto_number)


def trimmed_styles(styles: bytes, document: bytes) -> bytes:
    """styles.xml with only the styles the document names (python-docx's template has 160)."""
    used = set(re.findall(rb'w:pStyle w:val="([^"]+)"', document))
    text = re.sub(rb"<w:latentStyles.*?</w:latentStyles>", b"", styles, flags=re.S)

    def keep(m):
        sid = re.search(rb'w:styleId="([^"]+)"', m.group(0))
        return m.group(0) if sid and sid.group(1) in used else b""

    return re.sub(rb"<w:style [^>]*>.*?</w:style>", keep, text, flags=re.S)


def main() -> int:
    out = HERE / "seeds" / "import"
    out.mkdir(parents=True, exist_ok=True)
    for name, doc in documents():
        full = io.BytesIO()
        doc.save(full)
        small = io.BytesIO()
        with zipfile.ZipFile(full) as src, zipfile.ZipFile(small, "w", zipfile.ZIP_STORED) as dst:
            for part in PARTS:
                if part in src.namelist():
                    info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
                    data = src.read(part)
                    if part == "word/styles.xml":
                        data = trimmed_styles(data, src.read("word/document.xml"))
                    dst.writestr(info, data)
        # The first byte picks the reader in fuzz_import: 0 is .docx.
        (out / f"docx-{name}").write_bytes(b"\0" + small.getvalue())
        (out / f"docx-{name}-deflated").write_bytes(b"\0" + full.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
