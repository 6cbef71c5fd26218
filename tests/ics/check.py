#!/usr/bin/env python3
"""The iCalendar output of `kehoach deadlines --format ics` is valid RFC 5545.

For every golden case whose command asks for `--format ics` (tests/golden/<case>/cmd), the
expected output (`stdout`) is read with a real parser, Debian's python3-icalendar, and checked:

  - every line ends in CRLF and no physical line is longer than 75 octets (RFC 5545 3.1);
  - the calendar has VERSION 2.0 and a PRODID;
  - every VEVENT is an all-day event: DTSTART and DTEND are DATE values (VALUE=DATE), DTEND is
    the day after DTSTART; it has a DTSTAMP in UTC, a SUMMARY and a DESCRIPTION;
  - UIDs are unique within the calendar;
  - what the parser reads back (unfolded, unescaped) is the data: the same command with
    `--format json` is run, and each event's day and summary equal the item's due date and title.

Then UIDs are stable: the shared input folder is copied under another name elsewhere, and the
calendar of the copy has the same UIDs as the golden one.

  check.py --bin build/kehoach --cases tests/golden
"""
import argparse
import datetime
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden"))
import run as golden_run  # noqa: E402  (prepare and unprepare of tests/golden/run.py)

STABLE_CASE = "deadlines-ics-vi"      # a golden case over the shared folder below
STABLE_INPUT = "deadlines-plans"      # tests/golden/<this>: the plans that case reads


def physical_lines(data: bytes, name: str, problems: list) -> None:
    if not data.endswith(b"\r\n"):
        problems.append(f"{name}: does not end with CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"{name}: line {number}: a bare LF or CR")
        if len(line) > 75:
            problems.append(f"{name}: line {number}: {len(line)} octets (more than 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{name}: line {number}: not UTF-8 on its own (a character was split)")


def events_of(data: bytes, name: str, problems: list) -> list:
    calendar = icalendar.Calendar.from_ical(data)
    if str(calendar.get("VERSION")) != "2.0":
        problems.append(f"{name}: VERSION is not 2.0")
    if not str(calendar.get("PRODID", "")):
        problems.append(f"{name}: no PRODID")
    events = list(calendar.walk("VEVENT"))
    uids = set()
    for event in events:
        uid = str(event.get("UID", ""))
        where = f"{name}: event {uid or '(no UID)'}"
        if not uid:
            problems.append(f"{where}: no UID")
        if uid in uids:
            problems.append(f"{where}: UID not unique")
        uids.add(uid)
        start = event.get("DTSTART")
        end = event.get("DTEND")
        # The day after 31/12/9999 has no four-digit year: such an event has no DTEND, which
        # RFC 5545 3.6.1 reads as one day.
        if start is not None and end is None and start.dt == datetime.date(9999, 12, 31):
            continue
        if start is None or end is None:
            problems.append(f"{where}: DTSTART or DTEND missing")
            continue
        if start.params.get("VALUE") != "DATE" or end.params.get("VALUE") != "DATE":
            problems.append(f"{where}: DTSTART/DTEND without VALUE=DATE")
        if type(start.dt) is not datetime.date or type(end.dt) is not datetime.date:
            problems.append(f"{where}: not an all-day event")
        elif end.dt - start.dt != datetime.timedelta(days=1):
            problems.append(f"{where}: DTEND is not the day after DTSTART")
        stamp = event.get("DTSTAMP")
        if stamp is None or not isinstance(stamp.dt, datetime.datetime) or stamp.dt.utcoffset() != datetime.timedelta(0):
            problems.append(f"{where}: DTSTAMP missing or not UTC")
        for key in ("SUMMARY", "DESCRIPTION"):
            if not str(event.get(key, "")):
                problems.append(f"{where}: no {key}")
    return events


def run(binary: str, argv: list, cwd: Path) -> bytes:
    proc = subprocess.run([binary] + argv, cwd=cwd, capture_output=True, timeout=60)
    return proc.stdout


def matches_json(binary: str, case: Path, argv: list, events: list, problems: list) -> None:
    json_argv = [("json" if a == "ics" else a) for a in argv]
    data = json.loads(run(binary, json_argv, case))
    items = data["dated"]
    if len(items) != len(events):
        problems.append(f"{case.name}: {len(events)} events for {len(items)} dated items")
        return
    for event, item in zip(events, items):
        due = datetime.date.fromisoformat(item["reading"]["due"])
        if event["DTSTART"].dt != due:
            problems.append(f"{case.name}: {item['id']}: DTSTART {event['DTSTART'].dt} != {due}")
        summary = str(event["SUMMARY"])
        if not (summary == item["title"] or summary.endswith("] " + item["title"])):
            problems.append(f"{case.name}: {item['id']}: SUMMARY {summary!r} != {item['title']!r}")
        if item["phrase"] not in str(event["DESCRIPTION"]):
            problems.append(f"{case.name}: {item['id']}: DESCRIPTION lacks the phrase")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--cases", required=True)
    args = parser.parse_args()
    binary = str(Path(args.bin).resolve())
    cases_dir = Path(args.cases).resolve()

    problems = []
    checked = 0
    for case in sorted(p for p in cases_dir.iterdir() if (p / "cmd").is_file()):
        argv = shlex.split((case / "cmd").read_text(encoding="utf-8"))
        if "--format" not in argv or argv[argv.index("--format") + 1] != "ics":
            continue
        if (case / "stdout-to").exists():
            continue  # its output is not kept (a timing case)
        data = (case / "stdout").read_bytes() if (case / "stdout").exists() else b""
        physical_lines(data, case.name, problems)
        events = events_of(data, case.name, problems)
        made = golden_run.prepare(case)  # inputs a repository cannot hold (odd file names)
        try:
            matches_json(binary, case, argv, events, problems)
        finally:
            golden_run.unprepare(made)
        checked += 1
        print(f"ok   {case.name}: {len(events)} events")

    # Stable UIDs: the same plans under another folder name give the same UIDs.
    golden = cases_dir / STABLE_CASE / "stdout"
    with tempfile.TemporaryDirectory() as tmp:
        moved = Path(tmp) / "another" / "name"
        shutil.copytree(cases_dir / STABLE_INPUT, moved)
        data = run(binary, ["deadlines", str(moved), "--format", "ics"], Path(tmp))
        want = [str(e["UID"]) for e in icalendar.Calendar.from_ical(golden.read_bytes()).walk("VEVENT")]
        got = [str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]
        if not want or want != got:
            problems.append(f"UIDs change when {STABLE_INPUT} is moved: {want} != {got}")
        else:
            print(f"ok   {len(want)} UIDs stable when the plans move")

    for p in problems:
        print("FAIL " + p)
    if checked == 0:
        print("FAIL no golden case asks for --format ics")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
