#!/usr/bin/env python3
"""Every line of the pseudo-terminal goldens fits the terminal's width, counted in characters.

The golden cases named `*-tty-width-N` (and any case whose `tty` file holds a width) run on a
terminal N columns wide; their expected output is compared byte for byte by run.py, and here each
of its lines is checked to be at most N characters, so that a golden updated by mistake with
wider lines fails.
"""
import argparse
import re
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", required=True)
    args = parser.parse_args()
    failures = 0
    checked = 0
    for case in sorted(Path(args.cases).iterdir()):
        tty = case / "tty"
        if not tty.is_file() or not tty.read_text(encoding="utf-8").strip():
            continue
        width = int(tty.read_text(encoding="utf-8").strip())
        out = case / "stdout"
        if not out.is_file():
            continue
        # Colour codes take no room on the screen.
        text = re.sub(r"\x1b\[[0-9;]*m", "", out.read_text(encoding="utf-8"))
        longest = max(len(line) for line in text.split("\n"))
        checked += 1
        if longest > width:
            print(f"FAIL {case.name}: a line of {longest} characters on a {width}-column terminal")
            failures += 1
        else:
            print(f"ok   {case.name}: longest line {longest} of {width}")
    if checked == 0:
        print("FAIL no case runs on a terminal of a given width")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
