#!/usr/bin/env python3
"""Start-up of kehoach: median wall and CPU time of many runs of short commands.

    /usr/bin/python3 tools/bench_startup.py --kehoach build/kehoach [--runs 200]

Runs, from the repository root, `kehoach --version` (start-up alone) and `kehoach validate` of
examples/tay-ninh-2026-commune/plan.yaml, which names its parent in `parent.file` (one plan with
its parent, issue 15), each --runs times, alternating the commands so that a change of load
touches both alike. Each run is timed here with wait4: wall from spawn to exit, CPU user + sys
of the child. Prints a Markdown table with the median, the fastest run and the 1-minute load
average at the end, then the shared libraries `ldd` lists. Timing is measured, never asserted.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(cmd):
    """Wall and CPU seconds of one run of `cmd`, with its exit status."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kehoach", default=os.path.join(ROOT, "build", "kehoach"))
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    kehoach = os.path.abspath(args.kehoach)
    commands = [
        ("`kehoach --version` (start-up alone)", [kehoach, "--version"]),
        ("`kehoach validate examples/tay-ninh-2026-commune/plan.yaml` (one plan and its parent)",
         [kehoach, "validate", "examples/tay-ninh-2026-commune/plan.yaml"]),
    ]
    times = {name: ([], []) for name, _ in commands}
    for name, cmd in commands:  # one run each before timing: the files in the page cache
        if run_once(cmd)[2] not in (0, 1):
            sys.exit(f"bench_startup: {' '.join(cmd)} failed")
    for _ in range(args.runs):
        for name, cmd in commands:
            wall, cpu, _ = run_once(cmd)
            times[name][0].append(wall)
            times[name][1].append(cpu)
    load = os.getloadavg()[0]
    print(f"{args.runs} runs each, {os.cpu_count()} cores, 1-minute load average {load:.1f} at the end")
    print()
    print("| command | wall (median) | CPU user+sys (median) | fastest wall | fastest CPU | load |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, _ in commands:
        walls, cpus = times[name]
        print(f"| {name} | {statistics.median(walls) * 1000:.2f} ms | "
              f"{statistics.median(cpus) * 1000:.2f} ms | {min(walls) * 1000:.2f} ms | "
              f"{min(cpus) * 1000:.2f} ms | {load:.1f} |")
    print()
    libs = subprocess.run(["ldd", kehoach], capture_output=True, text=True, check=False).stdout
    names = [line.split()[0] for line in libs.splitlines() if line.strip()]
    print(f"`ldd`: {len(names)} entries: {', '.join(names)}")


if __name__ == "__main__":
    main()
