#!/usr/bin/env python3
"""Golden end-to-end tests of the real kehoach binary.

Each folder tests/golden/<case>/ holds:
  cmd      the arguments after `kehoach`, one line, split like a shell would (no shell runs)
  stdout   expected standard output (absent = empty)
  stderr   expected standard error (absent = empty)
  status   expected exit status (a number)
  env      optional: KEY=VALUE lines added to the environment (an empty VALUE removes KEY)
  tty      optional: when present, standard output is a pseudo-terminal (for colour and width
           tests); a number in it sets the terminal's width in columns
  prepare  optional: inputs a repository cannot hold, made before the run and removed after, one
           per line: `copy SRC DEST` (DEST may hold \\xHH escapes for bytes), `fifo NAME`,
           `mkdir NAME`, `symlink TARGET NAME`, `concat DEST FILE[*COUNT[#]]...` (the files joined,
           each COUNT times; with `#`, `{n}` in the file counts 0, 1, 2…), `expect NAME [FILE]` (an output the command must create; checked, then
           removed; with FILE, it must equal that file byte for byte, and --update rewrites
           FILE; NAME may be a file `copy` made, which the command is then expected to edit)
  stdout-to optional: `/dev/full` (standard output is that device) or `closed`
  fsize    optional: a file size limit in bytes (RLIMIT_FSIZE) for the command
and any input files the command reads. Inputs too large to keep in the repository are
described in `make-inputs`, one per line: `NAME BYTES TEXT` writes NAME as TEXT (with \\n for a
line end) repeated up to BYTES bytes; such files exist only while the case runs. The command runs with the case folder as its working
directory. Every other file in the folder must be unchanged afterwards (kehoach never changes
its input), and the command must finish within --timeout seconds.

  run.py --bin build/kehoach --cases tests/golden            check every case
  run.py --bin build/kehoach --cases tests/golden --update   rewrite the expected files
  run.py ... --only 'PATTERN'                               the cases whose names match (fnmatch)
  run.py ... --hostile-cpu 1 --hostile-mb 200               hostile-* cases must each use under
                                                            1 s of CPU (user + system) and 200 MB

The limits of hostile cases are measured with getrusage(RUSAGE_CHILDREN): the CPU time a case
used is the difference of the children's total before and after it (cases run one at a time);
the peak memory of the children is their largest so far, so a case that raises it above the
limit is the one that went over, and a final peak under the limit means every case stayed under.
"""
import argparse
import difflib
import fnmatch
import pty
import re
import resource
import termios
import hashlib
import os
import shlex
import subprocess
import sys
from pathlib import Path

EXPECTED = {"cmd", "stdout", "stderr", "status", "README.md", "make-inputs", "env", "tty",
            "prepare", "stdout-to", "fsize"}


def digest_inputs(case: Path, outputs=()) -> dict:
    """SHA-256 of every input file of `case`, leaving out the expected outputs (full paths)."""
    sums = {}
    for path in sorted(case.rglob("*")):
        if os.fsencode(str(path)) in outputs:
            continue
        if path.is_file() and path.relative_to(case).as_posix() not in EXPECTED:
            sums[path.relative_to(case).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return sums


def make_inputs(case: Path) -> list:
    made = []
    spec = case / "make-inputs"
    if not spec.exists():
        return made
    for line in spec.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        name, size, text = line.split(" ", 2)
        unit = text.replace("\\n", "\n").encode("utf-8") + b"\n"
        count = int(size) // len(unit) + 1
        target = case / name
        target.write_bytes(unit * count)
        made.append(target)
    return made


def unescape_name(name: str) -> bytes:
    return re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]),
                  name.encode("utf-8"))


def prepare(case: Path) -> list:
    """Makes the inputs listed in `prepare`; returns the paths to remove afterwards."""
    made = []
    spec = case / "prepare"
    if not spec.exists():
        return made
    base = os.fsencode(str(case))
    for line in spec.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if not words:
            continue
        op, args = words[0], words[1:]
        if op == "copy":
            target = os.path.join(base, unescape_name(args[1]))
            with open(case / args[0], "rb") as src, open(target, "wb") as out:
                out.write(src.read())
        elif op == "fifo":
            target = os.path.join(base, unescape_name(args[0]))
            os.mkfifo(target)
        elif op == "mkdir":
            target = os.path.join(base, unescape_name(args[0]))
            os.mkdir(target)
        elif op == "concat":
            target = os.path.join(base, unescape_name(args[0]))
            with open(target, "wb") as out:
                for part in args[1:]:
                    name, _, count = part.partition("*")
                    data = (case / name).read_bytes()
                    if count.endswith("#"):  # numbered copies: {n} becomes 0, 1, 2…
                        for n in range(int(count[:-1])):
                            out.write(data.replace(b"{n}", str(n).encode()))
                    else:
                        out.write(data * int(count or "1"))
        elif op == "expect":
            made.append(("expect", os.path.join(base, unescape_name(args[0])),
                         case / args[1] if len(args) > 1 else None))
            continue
        elif op == "symlink":
            target = os.path.join(base, unescape_name(args[1]))
            os.symlink(args[0], target)
        else:
            raise SystemExit(f"{case.name}/prepare: unknown `{op}`")
        made.append(target)
    return made


def unprepare(made: list) -> None:
    for target in reversed(made):
        if isinstance(target, tuple):
            target = target[1]
        if os.path.isdir(target) and not os.path.islink(target):
            os.rmdir(target)
        elif os.path.lexists(target):
            os.unlink(target)


def run_on_tty(argv, case, env, timeout, columns=0):
    """Runs with standard output on a pseudo-terminal (`columns` wide when given); returns what a
    CompletedProcess holds."""
    leader, follower = pty.openpty()
    if columns:
        import fcntl
        import struct
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    # No translation of \n to \r\n, so the bytes compare with the plain expected files.
    attrs = termios.tcgetattr(follower)
    attrs[1] &= ~termios.OPOST
    termios.tcsetattr(follower, termios.TCSANOW, attrs)
    proc = subprocess.Popen(argv, cwd=case, env=env, stdin=subprocess.DEVNULL, stdout=follower,
                            stderr=subprocess.PIPE)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    err = proc.stderr.read()
    proc.wait(timeout=timeout)
    os.close(leader)
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def read_or_empty(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--cases", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--only")
    parser.add_argument("--timeout", type=float, default=float(os.environ.get("KEHOACH_GOLDEN_TIMEOUT", "10")))
    parser.add_argument("--hostile-cpu", type=float, help="CPU seconds a hostile-* case may use")
    parser.add_argument("--hostile-mb", type=float, help="peak memory (MB) a hostile-* case may use")
    args = parser.parse_args()
    hostile_worst = (0.0, "")

    binary = str(Path(args.bin).resolve())
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "KEHOACH_LANG")}
    env["LC_ALL"] = "C.UTF-8"
    env["TZ"] = "Asia/Ho_Chi_Minh"

    cases = sorted(p for p in Path(args.cases).iterdir() if (p / "cmd").is_file())
    if args.only:
        cases = [c for c in cases if fnmatch.fnmatch(c.name, args.only)]
    passed = failed = 0
    for case in cases:
        argv = [binary] + shlex.split((case / "cmd").read_text(encoding="utf-8"))
        made = make_inputs(case)
        case_env = dict(env)
        if (case / "env").exists():
            for line in (case / "env").read_text(encoding="utf-8").splitlines():
                key, _, value = line.partition("=")
                if value:
                    case_env[key] = value
                else:
                    case_env.pop(key, None)
        prepared = prepare(case)
        expected_outputs = [t[1] for t in prepared if isinstance(t, tuple)]
        expected_texts = {t[1]: t[2] for t in prepared if isinstance(t, tuple) and t[2]}
        # The files an output is compared with are rewritten by --update: not inputs either.
        skipped = expected_outputs + [os.fsencode(str(f)) for f in expected_texts.values()]
        before = digest_inputs(case, skipped)
        stdout_to = (case / "stdout-to").read_text().strip() if (case / "stdout-to").exists() else ""
        fsize = int((case / "fsize").read_text()) if (case / "fsize").exists() else None

        def limit():
            if fsize is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
            if stdout_to == "closed":
                os.close(1)

        usage_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        try:
            if (case / "tty").exists():
                # `tty` may hold the terminal's width in columns.
                text = (case / "tty").read_text(encoding="utf-8").strip()
                proc = run_on_tty(argv, case, case_env, args.timeout, int(text) if text else 0)
            elif stdout_to or fsize is not None:
                sink = open(stdout_to, "wb") if stdout_to.startswith("/dev/") else None
                try:
                    proc = subprocess.run(argv, cwd=case, env=case_env, stdin=subprocess.DEVNULL,
                                          stdout=sink if sink else None, stderr=subprocess.PIPE,
                                          timeout=args.timeout, preexec_fn=limit)
                finally:
                    if sink:
                        sink.close()
                proc.stdout = b""
            else:
                proc = subprocess.run(argv, cwd=case, env=case_env, stdin=subprocess.DEVNULL,
                                      capture_output=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL {case.name}: no answer within {args.timeout} s")
            failed += 1
            for path in made:
                path.unlink()
            unprepare(prepared)
            continue
        problems = []
        usage_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if case.name.startswith("hostile-"):
            cpu = (usage_after.ru_utime + usage_after.ru_stime
                   - usage_before.ru_utime - usage_before.ru_stime)
            peak_mb = usage_after.ru_maxrss / 1024  # KB on Linux
            if cpu > hostile_worst[0]:
                hostile_worst = (cpu, case.name)
            if args.hostile_cpu is not None and cpu > args.hostile_cpu:
                problems.append(f"used {cpu:.2f} s of CPU, over the {args.hostile_cpu} s limit")
            if (args.hostile_mb is not None and peak_mb > args.hostile_mb
                    and usage_after.ru_maxrss > usage_before.ru_maxrss):
                problems.append(f"peaked at {peak_mb:.0f} MB, over the {args.hostile_mb:.0f} MB limit")
        for target in expected_outputs:
            if not os.path.isfile(target):
                problems.append(f"{os.fsdecode(target)} was not written")
            elif os.path.lexists(target):
                want_file = expected_texts.get(target)
                if want_file is not None:
                    got = Path(os.fsdecode(target)).read_bytes()
                    if args.update:
                        want_file.write_bytes(got)
                    elif got != read_or_empty(want_file):
                        diff = difflib.unified_diff(
                            read_or_empty(want_file).decode("utf-8", "replace").splitlines(True),
                            got.decode("utf-8", "replace").splitlines(True),
                            f"{want_file.name} (expected)", f"{os.fsdecode(target)} (got)")
                        problems.append("output differs:\n" + "".join(diff))
                os.unlink(target)
        after = digest_inputs(case, skipped)
        if after != before:
            problems.append("an input file was changed")
        # A FIFO or a link prepared for the case must still be what it was (not replaced by a
        # regular file).
        for target in prepared:
            if (not isinstance(target, tuple) and target not in expected_outputs
                    and not os.path.lexists(target)):
                problems.append(f"{os.fsdecode(target)} was removed")
        unprepare(prepared)
        for path in made:
            path.unlink()
        if args.update:
            for name, data in (("stdout", proc.stdout), ("stderr", proc.stderr)):
                target = case / name
                if data:
                    target.write_bytes(data)
                elif target.exists():
                    target.unlink()
            (case / "status").write_text(f"{proc.returncode}\n")
        else:
            want_status = int((case / "status").read_text().strip())
            if proc.returncode != want_status:
                problems.append(f"exit status {proc.returncode}, expected {want_status}")
            for name, got in (("stdout", proc.stdout), ("stderr", proc.stderr)):
                want = read_or_empty(case / name)
                if got != want:
                    diff = difflib.unified_diff(
                        want.decode("utf-8", "replace").splitlines(keepends=True),
                        got.decode("utf-8", "replace").splitlines(keepends=True),
                        f"{case.name}/{name} (expected)", f"{case.name}/{name} (got)")
                    problems.append(f"{name} differs:\n" + "".join(diff))
        if problems:
            failed += 1
            print(f"FAIL {case.name}")
            for p in problems:
                print("  " + p.rstrip("\n").replace("\n", "\n  "))
        else:
            passed += 1
            print(f"ok   {case.name}")
    print(f"{passed} passed, {failed} failed")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if hostile_worst[1]:
        print(f"hostile cases: at most {hostile_worst[0]:.2f} s of CPU ({hostile_worst[1]}); "
              f"peak memory of all cases {peak_mb:.0f} MB")
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
