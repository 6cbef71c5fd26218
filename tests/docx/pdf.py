#!/usr/bin/env python3
"""Every example's .docx opens in LibreOffice Writer and prints.

Renders each plan under examples/ with `kehoach render --format docx`, converts all of them to
PDF with LibreOffice headless (`soffice --convert-to pdf`, one run, a private profile), and
checks with poppler's pdfinfo and pdftotext that:
  - each conversion succeeds and gives an A4 PDF (595 x 842 pt) of at least one page;
  - the text holds "KẾ HOẠCH", the plan's title and the title of every task, in that order;
  - page 1 shows no page number and every later page starts with its own number, centred in
    the top margin (the first line of pdftotext -layout is that number alone).

Exits 77 (CTest: skipped) when soffice or pdftotext is not installed.

  pdf.py --bin build/kehoach --root .
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import yaml  # python3-yaml

SKIP = 77


def norm(text):
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00a0", " ").split())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftotext"):
        print("SKIPPED: soffice or pdftotext not found; install Debian's libreoffice-writer-nogui "
              "and poppler-utils to run this check")
        return SKIP
    root = Path(args.root).resolve()
    examples = sorted((root / "examples").glob("*/plan.yaml"))
    problems = []
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        files = []
        for plan in examples:
            out = tmp / f"{plan.parent.name}.docx"
            subprocess.run([args.bin, "render", str(plan), "--format", "docx", "-o", str(out)],
                           check=True, timeout=60)
            files.append(out)
        proc = subprocess.run(
            [soffice, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp)] + [str(f) for f in files],
            capture_output=True, timeout=600)
        if proc.returncode != 0:
            problems.append(f"soffice failed: {proc.stderr.decode(errors='replace')}")
        for plan, docx in zip(examples, files):
            name = plan.parent.name
            pdf = docx.with_suffix(".pdf")
            if not pdf.exists():
                problems.append(f"{name}: LibreOffice made no PDF")
                continue
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
            size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
            if not (size and round(float(size.group(1))) == 595 and round(float(size.group(2))) == 842):
                problems.append(f"{name}: not A4: {size.group(0) if size else info}")
            text = norm(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                       text=True).stdout)
            data = yaml.safe_load(plan.read_text(encoding="utf-8"))
            wanted = ["KẾ HOẠCH", norm(data["title"])] + [norm(t["title"]) for t in data.get("tasks", [])]
            # pdftotext may split a word of a justified line ("pháp lu ật" with Liberation
            # Serif), so titles are looked for with every space removed, in order.
            text = text.replace(" ", "")
            at = 0
            for w in wanted:
                found = text.find(w.replace(" ", ""), at)
                if found < 0:
                    problems.append(f"{name}: {w[:70]!r} missing or out of order in the PDF text")
                else:
                    at = found + len(w.replace(" ", ""))
            for page in range(1, pages + 1):
                layout = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page),
                                         str(pdf), "-"], capture_output=True, text=True).stdout
                first = next((line.strip() for line in layout.splitlines() if line.strip()), "")
                if page == 1 and re.fullmatch(r"\d+", first):
                    problems.append(f"{name}: page 1 shows a page number ({first})")
                if page > 1 and first != str(page):
                    problems.append(f"{name}: page {page} starts with {first[:40]!r}, not {page}")
            print(f"{name}: {pages} page(s), {len(wanted)} titles found in order")
    for p in problems:
        print("FAIL", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
