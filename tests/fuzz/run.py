#!/usr/bin/env python3
"""Runs kehoach's libFuzzer targets (built with -DKEHOACH_FUZZ=ON) for a fixed time each.

  run.py --build build-fuzz                  every target, 60 s each, one after the other
  run.py --build build-fuzz --jobs 2         the same, two targets at a time (the CI step)
  run.py --build build-fuzz --seconds 3600 --only due --work /var/tmp/kehoach-fuzz

Seeds come from the repository (examples/, tests/golden/, tests/fuzz/seeds/); the corpus each
target grows is kept in --work (default: BUILD/fuzz-work) for the next run. A crash, a leak, an
input taking more than 1 s or a run over 1 GB of memory fails the step; libFuzzer's reproducer is
kept under WORK/artifacts/ and its path printed. Reproduce with `BUILD/tests/fuzz/fuzz_T FILE`.
"""
import argparse
import concurrent.futures
import json
import re
import shutil
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tests" / "fuzz"

LOG_LOCK = threading.Lock()

# target: largest input tried. The deadline reader gets 256 KB so that a quadratic path shows as
# a timeout; plans are real at 10-30 KB, and 64 KB is twice the largest with room for growth
# (a 128 KB plan whose every byte is read by several checks took more than 1 s under the
# sanitizers while linear: docs/RELIABILITY.md); agency texts are one line of a plan; import's
# documents are 10-40 KB (a .docx zipped).
TARGETS = {"plan": 65536, "due": 262144, "progress": 65536, "writers": 16384,
           "agency": 4096, "import": 65536}


def plan_files():
    for folder in (ROOT / "examples", ROOT / "tests" / "golden", ROOT / "tests" / "fixtures"):
        for path in sorted(folder.rglob("*.y*ml")):
            if path.is_file() and path.stat().st_size <= 262144:
                yield path


def write_seeds(target: str, seeds: Path) -> int:
    if seeds.exists():
        shutil.rmtree(seeds)
    seeds.mkdir(parents=True)
    count = 0

    def add(data: bytes) -> None:
        nonlocal count
        (seeds / f"seed-{count:05d}").write_bytes(data)
        count += 1

    extra = HERE / "seeds" / target
    if extra.is_dir():
        for path in sorted(extra.iterdir()):
            add(path.read_bytes())
    # Every reproducer a sitting found (tests/fuzz/known/TARGET-*) runs again first.
    for path in sorted((HERE / "known").glob(f"{target}-*")):
        add(path.read_bytes())
    files = list(plan_files())
    if target == "plan":
        for path in files:
            if not path.name.endswith(".progress.yaml"):
                add(path.read_bytes())
    elif target == "progress":
        for path in files:
            if path.name.endswith(".progress.yaml"):
                add(path.read_bytes())
    elif target == "due":
        phrases = set()
        for path in files:
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                m = re.match(r"\s*-?\s*(due|period):\s*(.+)$", line)
                if m:
                    phrases.add(m.group(2).strip().strip('"'))
        for phrase in sorted(phrases):
            add(bytes([26]) + phrase.encode("utf-8"))
    elif target == "writers":
        for path in files[:40]:
            text = path.read_text(encoding="utf-8", errors="replace")
            values = re.findall(r"(?:title|lead|agency|due|text|name):\s*(.+)", text)[:24]
            add(b"\0".join([path.name.encode()] + [v.encode("utf-8") for v in values]))
    elif target == "agency":
        # Every agency text of the plans (lead, partners, agency, to), as written in a plan of
        # each level (first byte: 0-6 a level, 7 none); some paired with another as --agency.
        texts = set()
        for path in files:
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                m = re.match(r"\s*-?\s*(lead|agency|partners|to|name):\s*(.+)$", line)
                if m and not m.group(2).startswith(("[", "{")):
                    texts.add(m.group(2).strip().strip('"'))
        texts = sorted(texts)
        for i, text in enumerate(texts):
            add(bytes([i % 8]) + text.encode("utf-8"))
            if i % 3 == 0:
                query = texts[(i * 7 + 1) % len(texts)]
                add(bytes([i % 8]) + text.encode("utf-8") + b"\0" + query.encode("utf-8"))
    elif target == "import":
        # First byte: 0 .docx (tests/fuzz/seeds/import/, made by make_docx_seeds.py), 1 .txt,
        # 2 .md. Documents: what `render` writes (the goldens' outputs) and import's own cases;
        # .txt also as Word's "Unicode text" (UTF-16 LE with BOM) and with a UTF-8 BOM.
        golden = ROOT / "tests" / "golden"
        for case in sorted(golden.iterdir()):
            cmd = case / "cmd"
            out = case / "stdout"
            if not cmd.is_file() or not out.is_file() or out.stat().st_size == 0:
                continue
            words = cmd.read_text(encoding="utf-8").split()
            if words[:1] != ["render"] or "--help" in words or "docx" in words:
                continue
            data = out.read_bytes()
            if "text" in words:
                add(b"\1" + data)
                add(b"\1" + b"\xff\xfe" + data.decode("utf-8").encode("utf-16-le"))
            else:
                add(b"\2" + data)
        for path in sorted(golden.glob("import-*/*.txt")):
            add(b"\1" + path.read_bytes())
            add(b"\1\xef\xbb\xbf" + path.read_bytes())
        for path in sorted(golden.glob("import-*/*.doc*")):
            add(b"\0" + path.read_bytes())
    return count


def sanitizers(build: Path) -> str:
    """The sanitizers the build was made with (KEHOACH_FUZZ_SANITIZERS in its CMake cache)."""
    cache = build / "CMakeCache.txt"
    if cache.is_file():
        m = re.search(r"^KEHOACH_FUZZ_SANITIZERS:\w+=(.*)$", cache.read_text(), re.M)
        if m:
            return m.group(1)
    return "address,undefined"


def run_target(target: str, args, build: Path, work: Path) -> tuple[bool, str]:
    """Runs one target; returns whether it passed and what to print."""
    binary = build / "tests" / "fuzz" / f"fuzz_{target}"
    if not binary.exists():
        return False, f"FAIL {target}: {binary} is not built (cmake -DKEHOACH_FUZZ=ON)"
    seeds = work / f"seeds-{target}"
    corpus = work / f"corpus-{target}"
    artifacts = work / "artifacts"
    corpus.mkdir(parents=True, exist_ok=True)
    artifacts.mkdir(parents=True, exist_ok=True)
    seeded = write_seeds(target, seeds)
    argv = [str(binary), f"-max_total_time={args.seconds}", f"-timeout={args.timeout}",
            "-rss_limit_mb=1024", "-malloc_limit_mb=1024", f"-max_len={TARGETS[target]}",
            f"-dict={HERE / (target + '.dict')}", f"-artifact_prefix={artifacts}/{target}-",
            "-print_final_stats=1", str(corpus), str(seeds)]
    started = time.monotonic()
    began = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    load_before = os.getloadavg()[0]
    # Leaks inside libfyaml itself are suppressed (lsan.supp says which and why).
    env = dict(os.environ)
    env["LSAN_OPTIONS"] = f"suppressions={HERE / 'lsan.supp'}"
    proc = subprocess.run(argv, capture_output=True, text=True, errors="replace", env=env)
    elapsed = time.monotonic() - started
    log = proc.stderr
    (work / f"{target}.log").write_text(log)
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log)
    cov = re.findall(r"cov: (\d+) ft: (\d+)", log)
    record = {"target": target, "date": began, "sanitizers": sanitizers(build),
              "load": [round(load_before, 1), round(os.getloadavg()[0], 1)],
              "seconds": round(elapsed, 1), "seeds": seeded,
              "executions": int(runs[-1]) if runs else 0,
              "coverage_edges": int(cov[-1][0]) if cov else 0,
              "features": int(cov[-1][1]) if cov else 0,
              "corpus": sum(1 for _ in corpus.iterdir()), "status": proc.returncode,
              "timeout": args.timeout}
    if args.log:
        with LOG_LOCK, open(args.log, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
    if proc.returncode != 0:
        lines = [f"FAIL {target}: libFuzzer exit {proc.returncode} after {elapsed:.0f} s"]
        lines += log.splitlines()[-40:]
        for path in re.findall(r"Test unit written to (\S+)", log):
            lines.append(f"  reproducer kept: {path}  (run: {binary} {path})")
        return False, "\n".join(lines)
    return True, (f"ok   {target}: {record['executions']} executions in {elapsed:.0f} s, "
                  f"{record['coverage_edges']} edges, corpus {record['corpus']}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--work")
    parser.add_argument("--only", action="append", choices=sorted(TARGETS))
    parser.add_argument("--jobs", type=int, default=1,
                        help="targets run at once (one core each: the CI step gives it nproc)")
    parser.add_argument("--log", help="append one JSON line per target run to this file")
    parser.add_argument("--timeout", type=int, default=1,
                        help="seconds per input before it counts as a hang (libFuzzer measures "
                             "wall time: raise it only for a sitting niced on a busy machine)")
    args = parser.parse_args()

    build = Path(args.build).resolve()
    work = Path(args.work).resolve() if args.work else build / "fuzz-work"
    targets = args.only or list(TARGETS)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda t: run_target(t, args, build, work), targets))
    for _, text in results:
        print(text)
    failed = [t for t, (passed, _) in zip(targets, results) if not passed]
    print(f"{len(failed)} of {len(targets)} fuzz targets failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
