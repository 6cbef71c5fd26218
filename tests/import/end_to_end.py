#!/usr/bin/python3
"""End to end, golden: import → new --parent → validate --parent, on each example province plan.

For each province plan in examples/ (and the real Lai Châu 2025 draft as its source text), the
plan is rendered as the document a commune receives (`render --format md`), imported
(`import`), a child plan is drafted from the import (`new --parent`), and the child is
validated against the import (`validate --parent`). Every step must exit 0, and its output must
equal, byte for byte, the expected files in tests/import/e2e/<case>/ (import.yaml,
import.stderr, child.yaml, validate.stdout); --update rewrites them (read the diff).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

CASES = [
    # name, source (relative to the root), rendered first?, child level, locality
    ("lai-chau-2025", "examples/lai-chau-2025/plan.yaml", True, "district", "Tam Đường"),
    ("lai-chau-2025-source", "tests/render/sources/lai-chau-2025-draft.txt", False, "district",
     "Tam Đường"),
    ("tay-ninh-2024", "examples/tay-ninh-2024/plan.yaml", True, "district", "Tân Biên"),
    ("tay-ninh-2026", "examples/tay-ninh-2026/plan.yaml", True, "commune", "Tân Biên"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    expected_root = os.path.join(args.root, "tests", "import", "e2e")
    failures = []
    for name, source, render, level, locality in CASES:
        work = tempfile.mkdtemp(prefix="kehoach-e2e-")
        try:
            src = os.path.join(args.root, source)
            if render:
                doc = os.path.join(work, "ke-hoach.md")
                r = subprocess.run([binary, "render", src, "-o", doc], capture_output=True)
                if r.returncode != 0:
                    failures.append(f"{name}: render exit {r.returncode}")
                    continue
            else:
                doc = os.path.join(work, os.path.basename(src))
                shutil.copy(src, doc)
            steps = [
                ("import", [binary, "import", os.path.basename(doc), "-o", "tinh.yaml"]),
                ("new", [binary, "new", "--parent", "tinh.yaml", "--level", level, "--locality",
                         locality, "-o", "con.yaml"]),
                ("validate", [binary, "validate", "con.yaml", "--parent", "tinh.yaml"]),
            ]
            got = {}
            for step, cmd in steps:
                r = subprocess.run(cmd, capture_output=True, cwd=work, timeout=60)
                if r.returncode != 0:
                    failures.append(f"{name}: {step} exit {r.returncode}: "
                                    f"{(r.stdout + r.stderr).decode()[:500]}")
                if step == "import":
                    got["import.stderr"] = r.stderr
                if step == "validate":
                    got["validate.stdout"] = r.stdout
            for produced, key in (("tinh.yaml", "import.yaml"), ("con.yaml", "child.yaml")):
                path = os.path.join(work, produced)
                got[key] = open(path, "rb").read() if os.path.exists(path) else b""
            case_dir = os.path.join(expected_root, name)
            os.makedirs(case_dir, exist_ok=True)
            for key, data in got.items():
                path = os.path.join(case_dir, key)
                if args.update:
                    with open(path, "wb") as handle:
                        handle.write(data)
                    continue
                expected = open(path, "rb").read() if os.path.exists(path) else None
                if expected != data:
                    failures.append(f"{name}: {key} differs from {path}")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    print(f"end_to_end: {len(CASES)} cases, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
