#!/usr/bin/python3
"""Checks a corpus written by tools/make_corpus.py with kehoach itself.

    /usr/bin/python3 tools/check_corpus.py --bin build/kehoach --corpus /tmp/corpus

Every plan without an injected fault must validate with no error, warning or note, its parent
checks included; every plan listed in faults.tsv must get the code listed for it, and no code
but that one and those in its `also` column. Plans that name their parent in `parent.file` are
validated as they are; the others (linked to their parent only by its number and issuer) are
validated with `--parent`, the parent being the plan.yaml of the folder above, until kehoach
links them itself (--folder then validates the corpus folder in one run).

Prints one line per failing plan and a last line `N passed, M failed`; exits 0 only when all
pass, 2 when it cannot run.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

BATCH = 400  # files per run of the binary: far below ARG_MAX
PARENT_FILE = re.compile(r"^parent:\n(?:  .*\n)*?  file: ", re.M)


def plan_files(root):
    out = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".yaml") and not name.endswith(".progress.yaml"):
                out.append(os.path.relpath(os.path.join(folder, name), root))
    return out


def parent_of(rel):
    """The parent plan of a plan, from the corpus layout."""
    parts = rel.split("/")
    if parts[-1] == "plan.yaml":  # a district's plan: the province above
        return "/".join(parts[:-3] + ["plan.yaml"]) if len(parts) > 2 else None
    return "/".join(parts[:-2] + ["plan.yaml"])  # so/x.yaml, xa/x.yaml


def has_parent_file(root, rel):
    try:
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as fh:
            return PARENT_FILE.search(fh.read()) is not None
    except OSError:
        return False


def run(binary, root, args):
    proc = subprocess.run([binary, "validate", "--format", "json", "--lang", "en"] + args,
                          cwd=root, capture_output=True, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"kehoach validate exited {proc.returncode}: "
                           + proc.stderr.decode("utf-8", "replace")[:400])
    return json.loads(proc.stdout.decode("utf-8"))["diagnostics"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", required=True, help="the kehoach binary")
    parser.add_argument("--corpus", required=True, help="the corpus folder")
    parser.add_argument("--folder", action="store_true",
                        help="validate the corpus folder in one run (needs folder support)")
    args = parser.parse_args()
    root = os.path.abspath(args.corpus)
    binary = os.path.abspath(args.bin)
    try:
        with open(os.path.join(root, "faults.tsv"), encoding="utf-8") as fh:
            rows = [line.rstrip("\n").split("\t") for line in fh][1:]
    except OSError as err:
        print(f"check_corpus.py: {err}", file=sys.stderr)
        return 2
    faults = {r[0]: (r[1], set(filter(None, r[2].split(","))), r[3]) for r in rows}
    files = plan_files(root)

    found = collections.defaultdict(list)  # file -> [(severity, code)]
    try:
        if args.folder:
            diagnostics = run(binary, root, ["."])
        else:
            diagnostics = []
            linked, by_parent = [], collections.defaultdict(list)
            for rel in files:
                parent = parent_of(rel)
                if parent is None or has_parent_file(root, rel):
                    linked.append(rel)
                else:
                    by_parent[parent].append(rel)
            for i in range(0, len(linked), BATCH):
                diagnostics += run(binary, root, linked[i:i + BATCH])
            for parent, children in sorted(by_parent.items()):
                for i in range(0, len(children), BATCH):
                    diagnostics += run(binary, root, ["--parent", parent] + children[i:i + BATCH])
    except (OSError, RuntimeError, ValueError) as err:
        print(f"check_corpus.py: {err}", file=sys.stderr)
        return 2
    for d in diagnostics:
        found[os.path.normpath(d["file"])].append((d["severity"], d["code"]))

    passed = failed = 0
    for rel in files:
        got = found.get(os.path.normpath(rel), [])
        codes = {code for _, code in got}
        if rel in faults:
            code, also, what = faults[rel]
            problems = []
            if code not in codes:
                problems.append(f"expected {code} ({what}), got {sorted(codes) or 'nothing'}")
            extra = codes - {code} - also
            if extra:
                problems.append(f"also got {sorted(extra)} for {code} ({what})")
        else:
            problems = [f"{sev} {code}" for sev, code in sorted(set(got))]
        if problems:
            failed += 1
            print(f"FAIL {rel}: " + "; ".join(problems))
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
