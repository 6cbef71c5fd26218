#!/usr/bin/python3
"""Round trip: plan → `kehoach render` → `kehoach import` → the same plan.

For every example and for a generated corpus (tools/make_corpus.py), each plan is rendered as
Markdown and as plain text, imported back, and compared field by field with the original
(tests/import/fields.py). The figures are printed; the test fails when a format's share of
equal fields, counted over all plans, is under --min (percent), when an import exits 2, or when
an imported plan does not load.

.docx: the Markdown render of every example is turned into a .docx by LibreOffice
(`soffice --headless --convert-to docx`), and that .docx is imported (skipped with a message
when soffice is missing). The .docx that `kehoach render --format docx` writes itself goes round
like md and text.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fields  # noqa: E402

FORMATS = ["md", "text", "docx"]
SUFFIX = {"md": ".md", "text": ".txt", "docx": ".docx"}


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


def import_and_compare(binary, original_path, document, out_yaml, totals, key, failures,
                       worst):
    result = run([binary, "import", document, "-o", out_yaml, "--force"])
    if result.returncode == 2 or not os.path.exists(out_yaml):
        failures.append(f"{document}: import exit {result.returncode}: "
                        f"{result.stderr.decode(errors='replace')[:300]}")
        return
    # import loads what it wrote and prints the loader's diagnostics (KH00x) when it does not.
    if result.returncode == 1 and b"[KH00" in result.stderr:
        failures.append(f"{document}: the imported plan does not load: "
                        f"{result.stderr.decode(errors='replace')[:300]}")
    equal, total, diffs = fields.compare(fields.load(original_path), fields.load(out_yaml),
                                         shown_only=True)
    e_all, t_all, _ = fields.compare(fields.load(original_path), fields.load(out_yaml))
    acc = totals.setdefault(key, [0, 0, 0, 0, 0])
    acc[0] += equal
    acc[1] += total
    acc[2] += e_all
    acc[3] += t_all
    acc[4] += 1
    if diffs:
        worst.append((len(diffs), f"{key} {original_path}", diffs[:5]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--corpus", type=int, default=200, help="corpus plans to round-trip")
    parser.add_argument("--min", type=float, default=95.0)
    parser.add_argument("--no-docx", action="store_true")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="kehoach-roundtrip-")
    plans = []
    examples = os.path.join(args.root, "examples")
    for name in sorted(os.listdir(examples)):
        path = os.path.join(examples, name, "plan.yaml")
        if os.path.exists(path):
            plans.append(("examples", path))
    if args.corpus > 0:
        corpus = os.path.join(work, "corpus")
        made = run([sys.executable, os.path.join(args.root, "tools", "make_corpus.py"), "--out",
                    corpus, "--provinces", "4", "--communes-per-province", "45",
                    "--departments-per-province", "5", "--fault-rate", "0"])
        if made.returncode != 0:
            print(made.stderr.decode(), file=sys.stderr)
            return 1
        found = []
        for folder, _, files in os.walk(corpus):
            for f in sorted(files):
                if f.endswith(".yaml") and not f.endswith(".progress.yaml"):
                    found.append(os.path.join(folder, f))
        for path in sorted(found)[: args.corpus]:
            plans.append(("corpus", path))

    totals = {}
    failures = []
    worst = []
    for i, (group, path) in enumerate(plans):
        for fmt in FORMATS:
            doc = os.path.join(work, f"{i}{SUFFIX[fmt]}")
            rendered = run([args.bin, "render", path, "--format", fmt, "-o", doc, "--force"])
            if rendered.returncode != 0:
                failures.append(f"render {path}: {rendered.stdout.decode()[:200]}")
                continue
            import_and_compare(args.bin, path, doc, os.path.join(work, f"{i}-{fmt}.yaml"),
                               totals, f"{group}/{fmt}", failures, worst)

    # .docx made by LibreOffice from the Markdown render of each example.
    soffice = shutil.which("soffice")
    if not args.no_docx and soffice:
        docs = []
        for i, (group, path) in enumerate(plans):
            if group != "examples":
                continue
            md = os.path.join(work, "lo", f"{i}.md")
            os.makedirs(os.path.dirname(md), exist_ok=True)
            run([args.bin, "render", path, "--format", "md", "-o", md, "--force"])
            docs.append((i, path, md))
        converted = run([soffice, "--headless", "--convert-to", "docx", "--outdir",
                         os.path.join(work, "lo")] + [d[2] for d in docs], timeout=300)
        for i, path, md in docs:
            docx = md[:-3] + ".docx"
            if not os.path.exists(docx):
                failures.append(f"soffice did not convert {md}: {converted.stderr.decode()[:200]}")
                continue
            import_and_compare(args.bin, path, docx, os.path.join(work, f"{i}-lo.yaml"), totals,
                               "examples/docx-libreoffice", failures, worst)
    elif not soffice:
        print("roundtrip: soffice not found (Debian: libreoffice-writer-nogui): .docx skipped")

    status = 0
    print("format                       plans  shown fields equal        all fields equal")
    for key in sorted(totals):
        eq, tot, eq_all, tot_all, n = totals[key]
        share = 100.0 * eq / tot if tot else 0.0
        share_all = 100.0 * eq_all / tot_all if tot_all else 0.0
        print(f"{key:28} {n:5}  {eq:6}/{tot:<6} {share:6.2f} %   {eq_all:6}/{tot_all:<6} "
              f"{share_all:6.2f} %")
        if share < args.min:
            status = 1
    for _, name, diffs in sorted(worst, key=lambda w: -w[0])[:5]:
        print(f"most disagreements: {name}")
        for path, a, b in diffs:
            print(f"    {path}: {str(a)[:60]!r} -> {str(b)[:60]!r}")
    for f in failures:
        print("FAIL", f)
    if failures:
        status = 1
    shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
