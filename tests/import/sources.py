#!/usr/bin/python3
"""The two source documents (tests/render/sources/) imported and compared with their hand-made
transcriptions (examples/lai-chau-2025, examples/tan-bien-2024) on every field.

Each import must exit 0 (no error when the plan written is validated), agree on at least --min
percent of the fields, and disagree exactly where tests/import/sources-expected.txt says, each
disagreement explained there (lines starting with '#' are the explanations).
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fields  # noqa: E402

PAIRS = [
    ("tests/render/sources/lai-chau-2025-draft.txt", "examples/lai-chau-2025/plan.yaml"),
    ("tests/render/sources/tan-bien-2024.txt", "examples/tan-bien-2024/plan.yaml"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--min", type=float, default=95.0)
    args = parser.parse_args()
    failures = []
    lines = []
    with tempfile.TemporaryDirectory(prefix="kehoach-sources-") as work:
        for source, example in PAIRS:
            out = os.path.join(work, os.path.basename(os.path.dirname(example)) + ".yaml")
            r = subprocess.run([args.bin, "import", os.path.join(args.root, source), "-o", out],
                               capture_output=True)
            if r.returncode != 0:
                failures.append(f"{source}: import exit {r.returncode}: {r.stderr.decode()}")
                continue
            equal, total, diffs = fields.compare(
                fields.load(os.path.join(args.root, example)), fields.load(out))
            share = 100.0 * equal / total
            print(f"{source}: {equal}/{total} fields equal ({share:.1f} %)")
            if share < args.min:
                failures.append(f"{source}: {share:.1f} % of fields equal, under {args.min} %")
            for path, a, b in diffs:
                lines.append(f"{example} {path} | {a} | {b}")
    expected_path = os.path.join(args.root, "tests", "import", "sources-expected.txt")
    with open(expected_path, encoding="utf-8") as handle:
        expected = [l.rstrip("\n") for l in handle if l.strip() and not l.startswith("#")]
    if expected != lines:
        failures.append("disagreements differ from tests/import/sources-expected.txt:\n  " +
                        "\n  ".join(["expected:"] + expected + ["got:"] + lines))
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
