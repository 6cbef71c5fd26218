#!/usr/bin/env python3
"""Executions per CPU second of each libFuzzer target, for docs/RELIABILITY.md.

  throughput.py --build build-fuzz [--only plan] [--runs-scale 1.0] [--extra=-entropic=0]

Each target runs a fixed number of executions (-runs, -seed=1) from its repository seeds (as
run.py writes them) into an empty corpus; the figure is executions divided by the CPU time
(user + system) the run took, so that it depends little on how busy the machine is. Seed loading
is part of the run, as it is of every sitting.
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402

# Executions per target: a few CPU seconds each on an idle core.
RUNS = {"plan": 2000, "due": 100000, "progress": 20000, "writers": 4000, "agency": 50000,
        "import": 3000}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--only", action="append", choices=sorted(run.TARGETS))
    parser.add_argument("--runs-scale", type=float, default=1.0)
    parser.add_argument("--extra", action="append", default=[],
                        help="a further libFuzzer flag, e.g. --extra=-entropic=0")
    args = parser.parse_args()
    build = Path(args.build).resolve()
    for target in args.only or list(run.TARGETS):
        binary = build / "tests" / "fuzz" / f"fuzz_{target}"
        if not binary.exists():
            binary = build / f"fuzz_{target}"
        with tempfile.TemporaryDirectory() as tmp:
            seeds = Path(tmp) / "seeds"
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            run.write_seeds(target, seeds)
            runs = int(RUNS[target] * args.runs_scale)
            argv = [str(binary), f"-runs={runs}", "-seed=1", f"-max_len={run.TARGETS[target]}",
                    f"-dict={run.HERE / (target + '.dict')}", "-rss_limit_mb=2048", "-print_final_stats=1", f"-artifact_prefix={tmp}/",
                    *args.extra, str(corpus), str(seeds)]
            env = dict(os.environ)
            env["LSAN_OPTIONS"] = f"suppressions={run.HERE / 'lsan.supp'}"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = subprocess.run(argv, capture_output=True, text=True, errors="replace",
                                  env=env)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            done = re.findall(r"stat::number_of_executed_units:\s*(\d+)", proc.stderr)
            executed = int(done[-1]) if done else runs
            status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}"
            print(f"{target}: {executed} executions, {cpu:.1f} s CPU, {executed / cpu:.0f} per "
                  f"CPU second ({status})", flush=True)
            if proc.returncode != 0:
                print("\n".join(line for line in proc.stderr.splitlines()
                                if "invariant" in line or "ERROR" in line or "SUMMARY" in line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
