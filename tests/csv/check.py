#!/usr/bin/env python3
"""The CSV output of `deadlines` and `overdue` opens in LibreOffice Calc with Vietnamese intact.

For every golden case whose command asks for `--format csv`, the expected output (`stdout`) is
converted by LibreOffice (`soffice --headless --convert-to xlsx`, importing it as the Text
Import dialog does with "Unicode (UTF-8)", comma-separated, `"` as text delimiter) and the
cells of the spreadsheet are compared with the fields Python's csv module reads from the file:

  - every text cell equals its field exactly (NFC Vietnamese, quotes, commas, line breaks);
  - every date field (YYYY-MM-DD) became a date cell on that day, every number a number;
  - no cell became a formula (the " -", " +" fields stay text);
  - the byte order mark did not end up in the first cell.

Exits 77 (CTest: skipped) when soffice is not installed: `apt-get install
libreoffice-calc-nogui`. See docs/CSV.md for what was checked and how.

  check.py --cases tests/golden
"""
import argparse
import csv
import datetime
import io
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

SKIP = 77
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
# The Text Import dialog's defaults with "Unicode (UTF-8)" chosen: field separator 44 (,), text
# delimiter 34 ("), character set 76 (UTF-8), from line 1, standard column types, default
# language, "Format quoted field as text" off, "Detect special numbers" off. (With "Detect special
# numbers" on, a deadline written as a bare date, "10/06/2025", would become a date cell read in
# the locale's day order: see docs/CSV.md.)
IMPORT = "CSV:44,34,76,1,,0,false,false"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMBER = re.compile(r"^-?\d+$")


def column_index(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - ord("A") + 1
    return n - 1


def read_xlsx(path: Path) -> list:
    """The cells of the first sheet: rows of (type, value, has_formula), by position."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.find("m:sheetData", NS).findall("m:row", NS):
        cells = {}
        for c in row.findall("m:c", NS):
            v = c.find("m:v", NS)
            kind = c.get("t", "n")
            value = v.text if v is not None else None
            if kind == "s" and value is not None:
                value = shared[int(value)]
            elif kind == "inlineStr":
                value = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                kind = "s"
            cells[column_index(c.get("r"))] = (kind, value, c.find("m:f", NS) is not None)
        index = int(row.get("r")) - 1
        while len(rows) < index:
            rows.append({})
        rows.append(cells)
    return rows


def compare(name: str, fields: list, cells: list, problems: list) -> None:
    excel_epoch = datetime.date(1899, 12, 30)
    for r, record in enumerate(fields):
        row = cells[r] if r < len(cells) else {}
        for c, field in enumerate(record):
            kind, value, formula = row.get(c, ("n", None, False))
            where = f"{name}: row {r + 1}, column {c + 1}"
            if formula:
                problems.append(f"{where}: became a formula: {field!r}")
            if field == "":
                if value not in (None, ""):
                    problems.append(f"{where}: expected empty, got {value!r}")
            elif ISO_DATE.match(field):
                want = datetime.date.fromisoformat(field)
                if kind != "n" or value is None:
                    problems.append(f"{where}: date {field} is not a date cell ({kind} {value!r})")
                elif excel_epoch + datetime.timedelta(days=int(float(value))) != want:
                    problems.append(f"{where}: date {field} read as serial {value}")
            elif NUMBER.match(field) and r > 0:
                if kind != "n" or value is None or int(float(value)) != int(field):
                    problems.append(f"{where}: number {field} read as {kind} {value!r}")
            elif kind not in ("s", "str") or value != field:
                problems.append(f"{where}: text {field!r} read as {value!r}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", required=True)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("SKIPPED: soffice not found; install Debian's libreoffice-calc-nogui to run this check")
        return SKIP

    problems = []
    checked = 0
    cases_dir = Path(args.cases).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        # A private LibreOffice profile: no clash with a running instance, nothing left behind.
        profile = (tmp_path / "profile").as_uri()
        for case in sorted(p for p in cases_dir.iterdir() if (p / "cmd").is_file()):
            argv = shlex.split((case / "cmd").read_text(encoding="utf-8"))
            if "--format" not in argv or argv[argv.index("--format") + 1] != "csv":
                continue
            data = (case / "stdout").read_bytes()
            if not data.startswith(b"\xef\xbb\xbf"):
                problems.append(f"{case.name}: no UTF-8 byte order mark")
            source = tmp_path / f"{case.name}.csv"
            source.write_bytes(data)
            proc = subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--infilter=" + IMPORT,
                 "--convert-to", "xlsx", "--outdir", str(tmp_path), str(source)],
                capture_output=True, timeout=180)
            converted = tmp_path / f"{case.name}.xlsx"
            if proc.returncode != 0 or not converted.exists():
                problems.append(f"{case.name}: soffice failed: {proc.stderr.decode(errors='replace')}")
                continue
            fields = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
            cells = read_xlsx(converted)
            before = len(problems)
            compare(case.name, fields, cells, problems)
            checked += 1
            status = "ok  " if len(problems) == before else "FAIL"
            print(f"{status} {case.name}: {len(fields)} rows x {len(fields[0])} columns")
    for p in problems:
        print("FAIL " + p)
    if checked == 0:
        print("FAIL no golden case asks for --format csv")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
