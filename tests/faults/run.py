#!/usr/bin/env python3
"""Fault injection: how many one-fault mutants of realistic plans `kehoach validate` catches.

tests/faults/plans/ holds three hierarchies of clean plans (see README.md there). Each operator
below makes one slip a drafter makes (a wrong year, a date that does not exist, a stale legal
basis, a former province, a blank left from the template, ...) in one file, and names the rule
code that must report it. For every operator and every file it applies to, the script copies the
whole tree to a temporary folder (so `parent.file` still finds the parents), applies the slip,
runs `kehoach validate --format json` on the mutated file, and counts the mutant as caught when
a diagnostic with the expected code is reported (as an error or a warning).

It also checks that no clean file gives an error. It prints the catch rate, the mutants that
were missed, and how many mutants gave more than one distinct code (one slip should give one
diagnostic, not a chain); it exits 1 when a clean file has an error or the catch rate is below
--min (95 by default).

  python3 tests/faults/run.py --bin build/kehoach [--list] [--write DIR]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")


def plan_files():
    out = []
    for root, _dirs, files in os.walk(PLANS):
        for f in sorted(files):
            if f.endswith(".yaml"):
                out.append(os.path.relpath(os.path.join(root, f), PLANS))
    return sorted(out)


def year_of(text):
    m = re.search(r"^year: (\d{4})", text, re.M)
    return int(m.group(1)) if m else None


def sub_once(pattern, repl, flags=re.M):
    """An operator that replaces the first match of `pattern` (None when it does not match)."""
    def apply(text, _path):
        new, n = re.subn(pattern, repl, text, count=1, flags=flags)
        return new if n and new != text else None
    return apply


def shift_year(field_pattern, delta):
    """Shifts the 4-digit year inside the first line that matches `field_pattern`."""
    def apply(text, _path):
        m = re.search(field_pattern, text, re.M)
        if not m:
            return None
        line = m.group(0)
        new_line, n = re.subn(r"(?<!\d)(20\d\d)(?!\d)", lambda y: str(int(y.group(1)) + delta),
                              line, count=1)
        if not n:
            return None
        return text[:m.start()] + new_line + text[m.end():]
    return apply


def plan_year_fault(text, _path):
    y = year_of(text)
    if y is None:
        return None
    return re.sub(r"^year: \d{4}", f"year: {y + 1}", text, count=1, flags=re.M)


def deadline_out_of_year(text, _path):
    y = year_of(text)
    m = re.search(r"^(\s+due: (?:chậm nhất ngày |trước ngày )?\d{2}/\d{2}/)(\d{4})\s*$", text, re.M)
    if not y or not m or int(m.group(2)) != y:
        return None
    return text[:m.start()] + m.group(1) + str(y + 1) + text[m.end():]


def impossible_date(text, _path):
    m = re.search(r"^(\s+due: (?:chậm nhất ngày |trước ngày )?)\d{2}/\d{2}(/\d{4})\s*$", text, re.M)
    if not m:
        return None
    return text[:m.start()] + m.group(1) + "31/02" + m.group(2) + text[m.end():]


def data_window_last_year(text, _path):
    m = re.search(r"^(\s+period: .*)$", text, re.M)
    if not m:
        return None
    line = re.sub(r"(?<!\d)(20\d\d)(?!\d)", lambda y: str(int(y.group(1)) - 1), m.group(1))
    return text[:m.start()] + line + text[m.end():] if line != m.group(1) else None


def report_before_window(text, _path):
    # The report due a month before the data window closes.
    m = re.search(r"^(\s+period: .*?(\d{2})/(\d{2})/(\d{4}))\s*$", text, re.M)
    d = re.search(r"^(  due: )(.*)$", text, re.M)
    if not m or not d:
        return None
    month = int(m.group(3))
    if month < 3:
        return None
    new_due = f"{d.group(1)}chậm nhất ngày 10/{month - 1:02}/{m.group(4)}"
    return text[:d.start()] + new_due + text[d.end():]


def duplicate_id(text, _path):
    ids = re.findall(r"^  - id: (\S+)\s*$", text, re.M)
    tasks = re.search(r"^tasks:\n", text, re.M)
    if len(ids) < 2 or not tasks:
        return None
    later = list(re.finditer(r"^  - id: (\S+)\s*$", text[tasks.end():], re.M))
    if len(later) < 2:
        return None
    first, second = later[0], later[1]
    start = tasks.end() + second.start()
    end = tasks.end() + second.end()
    return text[:start] + f"  - id: {first.group(1)}" + text[end:]


def child_only(fn):
    def apply(text, path):
        return fn(text, path) if re.search(r"^parent:", text, re.M) else None
    return apply


def with_file_parent(fn):
    def apply(text, path):
        return fn(text, path) if re.search(r"^  file: ", text, re.M) else None
    return apply


def year_at_least(y0, fn):
    def apply(text, path):
        y = year_of(text)
        return fn(text, path) if y and y >= y0 else None
    return apply


def year_below(y0, fn):
    def apply(text, path):
        y = year_of(text)
        return fn(text, path) if y and y < y0 else None
    return apply


def issued_only(fn):
    def apply(text, path):
        return fn(text, path) if re.search(r"^status: issued", text, re.M) else None
    return apply


def add_basis(entry):
    def apply(text, _path):
        m = re.search(r"^basis:\n", text, re.M)
        if not m:
            return None
        return text[:m.end()] + entry + text[m.end():]
    return apply


def child_issued_before_parent(text, _path):
    m = re.search(r"^issued: (\d{4})-(\d{2})-(\d{2})", text, re.M)
    p = re.search(r"^  date: (\d{4})-(\d{2})-(\d{2})", text, re.M)
    if not m or not p or not re.search(r"^parent:", text, re.M):
        return None
    y, mo, d = (int(x) for x in p.groups())
    before = f"{y}-{mo:02}-{d - 1:02}" if d > 1 else f"{y - 1}-12-28"
    return text[:m.start()] + f"issued: {before}" + text[m.end():]


def former_province(text, _path):
    m = re.search(r"^  name: UBND (tỉnh|xã|phường) (.+)$", text, re.M)
    if not m:
        return None
    if m.group(1) == "tỉnh":
        return text[:m.start()] + "  name: UBND tỉnh Long An" + text[m.end():]
    return text[:m.start()] + f"  name: UBND {m.group(1)} {m.group(2)}, tỉnh Long An" + text[m.end():]


# (name, expected code, operator)
OPERATORS = [
    ("year off by one", "KH132", plan_year_fault),
    ("title year", "KH132", shift_year(r"^title: .*$", 1)),
    ("deadline in next year", "KH103", deadline_out_of_year),
    ("date that does not exist", "KH102", impossible_date),
    ("last year's data window", "KH133", data_window_last_year),
    ("report due before the window closes", "KH106", report_before_window),
    ("duplicate id", "KH108", duplicate_id),
    ("focus area that does not exist", "KH109", sub_once(r"^(\s+focus: \[)([^\],]+)", r"\1khong-co")),
    ("number without slash", "KH110", sub_once(r"^number: (\d+)/KH-", r"number: \1-KH-")),
    ("issued plan left unnumbered", "KH111", sub_once(r"^number: \d+/", "number: /")),
    ("signature without TM.", "KH113", sub_once(r"^(\s+authority: )TM\. ", r"\1")),
    ("malformed act number", "KH114", sub_once(r"^(\s+- ref: \d+/)20(\d\d)/", r"\1\2/")),
    ("act number year against its date", "KH115",
     sub_once(r"^(\s+- ref: \d+/(\d{4})/\S+\n\s+kind: .*\n\s+date: )\d{4}", r"\g<1>2019")),
    ("replaced decree cited after 01/04/2025", "KH116",
     year_at_least(2026, add_basis("  - ref: 59/2012/NĐ-CP\n    kind: Nghị định\n    date: 2012-07-23\n"
                                   "    issuer: Chính phủ\n    title: về theo dõi tình hình thi hành pháp luật\n"))),
    ("act cited before it took effect", "KH130",
     year_below(2025, add_basis("  - ref: 64/2025/QH15\n    kind: Luật\n    date: 2025-02-19\n"
                                "    issuer: Quốc hội\n    title: Luật Ban hành văn bản quy phạm pháp luật\n"))),
    ("district level after the reform", "KH118",
     year_at_least(2026, sub_once(r"^(\s+level: )commune\s*$", r"\1district"))),
    ("recipients without Lưu", "KH120", sub_once(r'^  - "?Lưu: VT.*$', "  - Cục Kiểm tra văn bản;")),
    ("former province after the merger", "KH131", year_at_least(2026, former_province)),
    ("template blank left in an issued plan", "KH134",
     issued_only(sub_once(r"^(  name: UBND (?:xã|tỉnh|huyện|phường) ).+$", r"\1…"))),
    ("unknown key", "KH003", sub_once(r"^purpose:", "purpse:")),
    ("required section removed", "KH101", sub_once(r"^requirements:\n(?:  .*\n|\s*\n)+", "")),
    ("parent number wrong", "KH202", with_file_parent(sub_once(r"^(  ref: )(\d+)/", r"\g<1>9\2/"))),
    ("issued before the parent", "KH204", with_file_parent(child_issued_before_parent)),
    ("implements an id the parent lacks", "KH209",
     with_file_parent(sub_once(r"^(\s+implements: \[)([^\],]+)", r"\1khong-co-ma"))),
    ("parent title of another year", "KH220", with_file_parent(shift_year(r"^  title: .*$", -1))),
    ("level not below the parent", "KH221",
     with_file_parent(sub_once(r"^(  level: )(commune|department|district)\s*$", r"\1province"))),
]


def run_validate(binary, paths, cwd):
    proc = subprocess.run([binary, "validate", "--format", "json", "--lang", "en", *paths],
                          cwd=cwd, capture_output=True, text=True, timeout=30)
    try:
        return json.loads(proc.stdout)["diagnostics"]
    except (ValueError, KeyError):
        return [{"code": "CRASH", "severity": "error", "file": "", "message": proc.stderr}]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--min", type=float, default=95.0)
    ap.add_argument("--list", action="store_true", help="list each mutant and its result")
    ap.add_argument("--write", help="also write every mutant under this folder")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    files = plan_files()

    failed = False
    clean = run_validate(binary, files, PLANS)
    errors = [d for d in clean if d["severity"] == "error"]
    for d in errors:
        print(f"clean file has an error: {d['file']}:{d.get('line')}: {d['code']} {d['message']}")
        failed = True

    total = caught = chained = 0
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, code, op in OPERATORS:
            for rel in files:
                with open(os.path.join(PLANS, rel), encoding="utf-8") as f:
                    text = f.read()
                mutated = op(text, rel)
                if mutated is None or mutated == text:
                    continue
                total += 1
                tree = os.path.join(tmp, f"m{total}")
                shutil.copytree(PLANS, tree)
                with open(os.path.join(tree, rel), "w", encoding="utf-8") as f:
                    f.write(mutated)
                if args.write:
                    dest = os.path.join(args.write, f"{total:03}-{code}", rel)
                    os.makedirs(os.path.dirname(dest), exist_ok=True)
                    with open(dest, "w", encoding="utf-8") as f:
                        f.write(mutated)
                found = [d for d in run_validate(binary, [rel], tree)
                         if d["severity"] in ("error", "warning")]
                base = {(d["code"], d.get("line")) for d in clean if d["file"] == rel}
                new = [d for d in found if (d["code"], d.get("line")) not in base]
                ok = any(d["code"] == code for d in found)
                caught += ok
                codes = sorted({d["code"] for d in new})
                if len(codes) > 1:
                    chained += 1
                if not ok:
                    missed.append((name, code, rel, codes))
                if args.list:
                    print(f"{'caught' if ok else 'MISSED'}  {code}  {name}  {rel}  -> {' '.join(codes)}")
                shutil.rmtree(tree)
    rate = 100.0 * caught / total if total else 0.0
    print(f"clean files: {len(files)}, errors on clean files: {len(errors)}")
    print(f"operators: {len(OPERATORS)}, mutants: {total}, caught with the right code: {caught}"
          f" ({rate:.1f} %)")
    print(f"mutants that gave more than one new code: {chained}")
    for name, code, rel, codes in missed:
        print(f"missed: {name} [{code}] in {rel}: got {' '.join(codes) or 'nothing'}")
    if rate < args.min:
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
