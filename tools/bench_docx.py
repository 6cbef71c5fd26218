#!/usr/bin/env python3
"""How fast `kehoach render --format docx` writes a long plan (issue 17: a 30-page plan in
under 50 ms).

Makes a plan of about 30 pages from tests/golden/base-plan.yaml (the same small plan with
--tasks activities, each with a description, partners and an output), counts its pages with
LibreOffice when soffice is installed, then runs the binary --runs times for each of:
  kehoach render PLAN --format docx -o OUT --force
  kehoach render PLAN --format docx > /dev/null      (no file written, no fsync)
  kehoach render PLAN --format md   -o OUT --force   (the same load, the Markdown writer)
  kehoach validate PLAN                               (load and check, nothing rendered)
and prints the mean and the minimum of wall and CPU time (user + system, from wait4; fork
and exec included). Nothing is written into the repository: copy the figures into
docs/PERFORMANCE.md by hand.

  /usr/bin/python3 tools/bench_docx.py --bin build-bench/kehoach [--tasks 80] [--runs 50]
"""
import argparse
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_plan(tasks: int) -> str:
    base = (ROOT / "tests/golden/base-plan.yaml").read_text(encoding="utf-8")
    items = []
    for i in range(tasks):
        items.append(
            f"  - id: hoat-dong-{i}\n"
            f"    title: Kiểm tra tình hình thi hành pháp luật trong lĩnh vực số {i} trên địa bàn xã\n"
            f"    kind: inspection\n"
            f"    description:\n"
            f"      - Tổ chức kiểm tra việc thi hành các văn bản quy phạm pháp luật về lĩnh vực "
            f"số {i}, tập trung vào những quy định mới có hiệu lực, những vướng mắc, bất cập "
            f"phát sinh trong thực tiễn và kiến nghị biện pháp khắc phục.\n"
            f"    lead: Văn phòng HĐND và UBND xã\n"
            f"    partners: [Công chức Tư pháp - Hộ tịch, Các ban, ngành, đoàn thể xã]\n"
            f"    output: Báo cáo kết quả kiểm tra lĩnh vực số {i}\n"
            f"    due: Quý III năm 2026\n")
    return base.replace("tasks:\n", "tasks:\n" + "".join(items), 1)


def measure(argv, runs):
    walls, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"{' '.join(argv)}: exit {os.waitstatus_to_exitcode(status)}")
    mean = lambda xs: sum(xs) / len(xs) * 1000
    return mean(walls), min(walls) * 1000, mean(cpus), min(cpus) * 1000


def pages(docx: Path, tmp: Path):
    soffice = shutil.which("soffice")
    if not soffice:
        return None
    subprocess.run([soffice, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(docx)],
                   capture_output=True, timeout=600, check=True)
    info = subprocess.run(["pdfinfo", str(docx.with_suffix(".pdf"))], capture_output=True,
                          text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=str(ROOT / "build-bench/kehoach"))
    parser.add_argument("--tasks", type=int, default=80)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        plan = tmp / "plan.yaml"
        plan.write_text(make_plan(args.tasks), encoding="utf-8")
        out = tmp / "plan.docx"
        subprocess.run([args.bin, "render", str(plan), "--format", "docx", "-o", str(out)],
                       check=True)
        n = pages(out, tmp)
        print(f"plan: {plan.stat().st_size} bytes, {args.tasks} activities; "
              f".docx {out.stat().st_size} bytes, {n if n is not None else '?'} pages (LibreOffice)")
        print("| run | mean wall | min wall | mean CPU | min CPU |")
        print("| --- | --- | --- | --- | --- |")
        for label, argv in [
            ("render --format docx -o", [args.bin, "render", str(plan), "--format", "docx", "-o",
                                          str(out), "--force"]),
            ("render --format docx > /dev/null", [args.bin, "render", str(plan), "--format",
                                                  "docx"]),
            ("render --format md -o", [args.bin, "render", str(plan), "--format", "md", "-o",
                                        str(tmp / "plan.md"), "--force"]),
            ("validate", [args.bin, "validate", str(plan)]),
        ]:
            w, wmin, c, cmin = measure(argv, args.runs)
            print(f"| `kehoach {label}` | {w:.1f} ms | {wmin:.1f} ms | {c:.1f} ms | {cmin:.1f} ms |")


if __name__ == "__main__":
    main()
