#!/usr/bin/env python3
"""`kehoach done`: progress recorded in the progress file beside a plan.

Each case copies a plan into a fresh folder, runs `kehoach done` and compares the progress file
byte for byte; the plan file's SHA-256 must never change. Dates are given with --date and lie in
the past, so the result does not depend on the clock.
"""
import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PLAN = "examples/tay-ninh-2026-commune/plan.yaml"  # issued 05/02/2026

failures = []


def check(name, got, expected):
    if got != expected:
        failures.append(f"{name}:\n  expected {expected!r}\n  got      {got!r}")
    else:
        print(f"ok   {name}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    binary = str(Path(args.bin).resolve())
    source = Path(args.root) / PLAN

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = folder / "plan.yaml"
        # vp-bao-cao falls due every quarter here, so that occurrences can be recorded.
        text = source.read_text(encoding="utf-8")
        duty = "        kind: report\n        due: Chậm nhất ngày 18/11/2026\n"
        assert text.count(duty) == 1
        plan.write_text(text.replace(duty, "        kind: report\n        due: hằng quý\n"),
                        encoding="utf-8", newline="")
        progress = folder / "plan.progress.yaml"
        digest = hashlib.sha256(plan.read_bytes()).hexdigest()

        def done(*extra, lang="vi"):
            argv = [binary, "--lang", lang, "done", "plan.yaml", *extra]
            return subprocess.run(argv, cwd=folder, capture_output=True, text=True,
                                  env={"LC_ALL": "C.UTF-8", "TZ": "Asia/Ho_Chi_Minh",
                                       "PATH": "/usr/bin:/bin"}, timeout=10)

        # A new progress file.
        r = done("trien-khai-ke-hoach", "--date", "2026-02-10")
        check("new file: exit 0", r.returncode, 0)
        check("new file: message", r.stdout,
              "Đã ghi vào plan.progress.yaml: `trien-khai-ke-hoach` đã xong ngày 10/02/2026.\n")
        check("new file: text", progress.read_text(encoding="utf-8"),
              "format: kehoach-progress/1\nitems:\n"
              "  trien-khai-ke-hoach: {status: done, date: 2026-02-10}\n")

        # A file written by hand: comments, blank lines, order and CRLF line ends are kept.
        original = ("# Tiến độ của xã Tân Biên\r\n"
                    "format: kehoach-progress/1\r\n"
                    "\r\n"
                    "items:\r\n"
                    "    # quý I\r\n"
                    "    trien-khai-ke-hoach: {status: in_progress}   # đang làm\r\n"
                    "    tap-huan:\r\n"
                    "      status: done\r\n"
                    "      # ghi chú bên trong\r\n"
                    "      date: 2026-03-02\r\n"
                    "      note: Hội nghị tại xã\r\n"
                    "\r\n"
                    "# cuối tệp\r\n")
        progress.write_bytes(original.encode("utf-8"))
        r = done("trien-khai-ke-hoach", "--date", "2026-02-12", "--note", 'Số 7/BC "gấp"')
        check("replace: exit 0", r.returncode, 0)
        check("replace: text keeps the rest", progress.read_bytes().decode("utf-8"),
              original.replace(
                  "    trien-khai-ke-hoach: {status: in_progress}   # đang làm\r\n",
                  '    trien-khai-ke-hoach: {status: done, date: 2026-02-12, note: "Số 7/BC \\"gấp\\""}'
                  "   # đang làm\r\n"))
        # A record of the item done is the user's: another day replaces it only with --force,
        # and the confirmation says what it replaced.
        before = progress.read_bytes()
        r = done("tap-huan", "--date", "2026-03-05")
        check("a done record again: refused without --force", (r.returncode, r.stderr),
              (2, "kehoach: lỗi: `tap-huan` đã được ghi là đã xong ngày 02/03/2026, ghi chú "
                  "“Hội nghị tại xã” (plan.progress.yaml:7): không ghi đè bản ghi đó; nếu đúng là "
                  "thay bằng đã xong ngày 05/03/2026, chạy lại với --force\n"))
        check("a done record again: the file unchanged", progress.read_bytes(), before)
        r = done("tap-huan", "--date", "2026-03-02", lang="en")
        check("the same record again: nothing written", (r.returncode, r.stdout),
              (0, "Nothing written: `tap-huan` is already recorded as done on 02/03/2026, note "
                  "“Hội nghị tại xã” (plan.progress.yaml:7).\n"))
        check("the same record again: the file unchanged", progress.read_bytes(), before)
        r = done("tap-huan", "--date", "2026-03-05", "--force")
        check("replace with --force: the earlier record in the confirmation",
              (r.returncode, r.stdout),
              (0, "Đã ghi vào plan.progress.yaml: `tap-huan` đã xong ngày 05/03/2026, thay cho bản "
                  "ghi trước: đã xong ngày 02/03/2026.\n"))
        check("replace a block entry: keeps its note and inner comment",
              progress.read_bytes().decode("utf-8").split("\r\n")[6:9],
              ['    tap-huan: {status: done, date: 2026-03-05, note: "Hội nghị tại xã"}',
               "      # ghi chú bên trong", ""])

        # done then --undo on an item not yet recorded gives back the file byte for byte.
        progress.write_bytes(original.encode("utf-8"))
        # The whole of a quarterly duty cannot be done before its last quarter begins.
        r = done("vp-bao-cao", "--date", "2026-04-05")
        check("whole item before its last occurrence: refused", (r.returncode, r.stderr),
              (2, "kehoach: lỗi: thời hạn của `vp-bao-cao` (“hằng quý”) có 4 lần đến hạn, lần "
                  "cuối từ 01/10/2026: ngày 05/04/2026 không thể là ngày xong mọi lần; ghi lần "
                  "đã xong bằng --occurrence N\n"))
        r = done("vp-bao-cao", "--date", "2026-09-30", lang="en")
        check("whole item before its last occurrence: in English", (r.returncode, r.stderr),
              (2, "kehoach: error: the deadline of `vp-bao-cao` (“hằng quý”) falls due 4 times, "
                  "the last from 01/10/2026: 30/09/2026 cannot be the day all of them were done; "
                  "record the one done with --occurrence N\n"))
        check("whole item refused: the file unchanged", progress.read_bytes(),
              original.encode("utf-8"))
        r = done("vp-bao-cao", "--date", "2026-11-20")
        check("add: exit 0", r.returncode, 0)
        check("add: at the end of items, indented like the others",
              progress.read_bytes().decode("utf-8"),
              original.replace("      note: Hội nghị tại xã\r\n",
                               "      note: Hội nghị tại xã\r\n"
                               "    vp-bao-cao: {status: done, date: 2026-11-20}\r\n"))
        r = done("vp-bao-cao", "--undo")
        check("undo: exit 0", r.returncode, 0)
        check("undo: message", r.stdout,
              "Đã xóa tiến độ của `vp-bao-cao` khỏi plan.progress.yaml.\n")
        check("done then undo: the file as it was", progress.read_bytes(),
              original.encode("utf-8"))

        # Occurrences of a repeating deadline, and their undo.
        r = done("vp-bao-cao", "--occurrence", "2", "--date", "2026-06-30")
        r = done("vp-bao-cao", "--occurrence", "1", "--date", "2026-03-30", lang="en")
        check("occurrence: message in English", r.stdout,
              "Recorded in plan.progress.yaml: `vp-bao-cao` (occurrence 1) done on 30/03/2026.\n")
        check("occurrences: listed under the id",
              progress.read_bytes().decode("utf-8").split("\r\n")[11:14],
              ["    vp-bao-cao:",
               "      - {occurrence: 2, status: done, date: 2026-06-30}",
               "      - {occurrence: 1, status: done, date: 2026-03-30}"])
        r = done("vp-bao-cao", "--occurrence", "5", "--date", "2026-06-30")
        check("occurrence past the last: refused", (r.returncode, r.stderr),
              (2, "kehoach: lỗi: thời hạn của `vp-bao-cao` (“hằng quý”) có 4 lần đến hạn, "
                  "không có lần 5\n"))
        r = done("tap-huan", "--occurrence", "1", "--date", "2026-06-30")
        check("occurrence of a single deadline: refused", r.returncode, 2)
        check("occurrence of a single deadline: message", r.stderr.startswith(
            "kehoach: lỗi: thời hạn của `tap-huan` (“"), True)
        r = done("vp-bao-cao", "--date", "2026-11-20")
        check("whole item over occurrences: refused", (r.returncode, r.stderr),
              (2, "kehoach: lỗi: tiến độ của `vp-bao-cao` được ghi theo từng lần: dùng "
                  "--occurrence N\n"))
        done("vp-bao-cao", "--occurrence", "2", "--undo")
        done("vp-bao-cao", "--occurrence", "1", "--undo")
        check("occurrences undone: the file as it was", progress.read_bytes(),
              original.encode("utf-8"))

        # The report due is `reporting`, a top-level entry.
        r = done("reporting", "--date", "2026-11-17", "--note", "Báo cáo 9/BC")
        check("reporting: exit 0", r.returncode, 0)
        check("reporting: at the end of the file", progress.read_bytes().decode("utf-8"),
              original + 'reporting: {status: done, date: 2026-11-17, note: "Báo cáo 9/BC"}\r\n')
        done("reporting", "--undo")
        check("reporting undone: the file as it was", progress.read_bytes(),
              original.encode("utf-8"))

        # Refusals: the file is left as it is.
        before = progress.read_bytes()
        r = done("trien-khai", "--date", "2026-02-10")
        check("unknown id: nearest ids", (r.returncode, r.stderr),
              (2, "kehoach: lỗi: kế hoạch không có hoạt động hay nhiệm vụ nào mã `trien-khai`; "
                  "ý bạn là `trien-khai-ke-hoach`?\n"))
        r = done("tap-huann", "--date", "2026-02-10", lang="en")
        check("typo: nearest id", (r.returncode, r.stderr),
              (2, "kehoach: error: the plan has no task or duty with id `tap-huann`; did you "
                  "mean `tap-huan`?\n"))
        r = done("tap-huan", "--date", "2999-01-01")
        check("future date: refused", r.returncode, 2)
        check("future date: reason", r.stderr.startswith(
            "kehoach: lỗi: --date 01/01/2999 là ngày trong tương lai (hôm nay là "), True)
        r = done("tap-huan", "--date", "2026-02-04")
        check("before the issue date: refused", (r.returncode, r.stderr),
              (2, "kehoach: lỗi: --date 04/02/2026 ở trước ngày ban hành kế hoạch 05/02/2026\n"))
        r = done("tap-huan", "--date", "30/02/2026")
        check("not a date: refused", r.returncode, 2)
        r = done("khong-co", "--undo")
        check("undo of nothing: refused", r.returncode, 2)
        check("refusals leave the file", progress.read_bytes(), before)

        # A progress file with errors is not edited.
        broken = b"format: kehoach-progress/1\nitems:\n  tap-huan: {status: xong}\n"
        progress.write_bytes(broken)
        r = done("tap-huan", "--date", "2026-03-05")
        check("broken progress file: exit 1", r.returncode, 1)
        check("broken progress file: kept", progress.read_bytes(), broken)

        # Last year's progress file beside this plan (a folder copied to start the year): its
        # entries are errors against the plan (KH304), so the file is not edited until they are
        # removed, which --undo may do.
        stale = (b"format: kehoach-progress/1\nitems:\n"
                 b"  tu-kiem-tra: {status: done, date: 2025-08-20}\n")
        progress.write_bytes(stale)
        r = done("tap-huan", "--date", "2026-03-05")
        check("last year's progress file: exit 1", r.returncode, 1)
        check("last year's progress file: the error and why it is not edited",
              r.stderr,
              "plan.progress.yaml:3:37: lỗi: `tu-kiem-tra` ghi đã xong ngày 20/08/2025, trước "
              "cả năm kế hoạch 2026 và ngày ban hành 05/02/2026: không thể là tiến độ của kế "
              "hoạch này; việc này được coi là chưa xong [KH304]\n"
              "  gợi ý: tệp tiến độ chép từ năm trước? xóa mục này (`kehoach done … --undo`) "
              "hoặc cả tệp; nếu ghi nhầm ngày, sửa `date:`\n"
              "    3 |   tu-kiem-tra: {status: done, date: 2025-08-20}\n"
              "      |                                     ^\n"
              "1 lỗi, 0 cảnh báo, 0 ghi chú trong 1 tệp.\n"
              "kehoach: lỗi: sửa các lỗi của `plan.progress.yaml` rồi ghi lại (xóa một mục "
              "bằng --undo)\n")
        check("last year's progress file: kept", progress.read_bytes(), stale)
        r = done("tu-kiem-tra", "--undo")
        check("last year's entry removed with --undo: exit 0", r.returncode, 0)
        check("last year's entry removed with --undo: text", progress.read_bytes(),
              b"format: kehoach-progress/1\nitems:\n")

        check("the plan file is never written", hashlib.sha256(plan.read_bytes()).hexdigest(),
              digest)

    # A draft for next year whose issue date is only a month: a day of this year is refused.
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        draft = folder / "plan.yaml"
        text = source.read_text(encoding="utf-8")
        for old, new in (("status: issued", "status: draft"), ("number: 12/KH-UBND", "number: /KH-UBND"),
                         ("issued: 2026-02-05", "issued: 2027-01"), ("year: 2026", "year: 2027")):
            assert old in text, old
            text = text.replace(old, new, 1)
        draft.write_text(text, encoding="utf-8")
        for lang, expected in (
                ("vi", "kehoach: lỗi: --date 15/07/2026 ở trước cả năm kế hoạch 2027 và tháng ban "
                       "hành 01/2027: không thể là ngày xong việc của kế hoạch này\n"),
                ("en", "kehoach: error: --date 15/07/2026 is before the plan's year 2027 and its "
                       "issue month 01/2027: it cannot be the day work of this plan was done\n")):
            r = subprocess.run([binary, "--lang", lang, "done", "plan.yaml", "tap-huan", "--date",
                                "2026-07-15"], cwd=folder, capture_output=True, text=True,
                               env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}, timeout=10)
            check(f"draft for next year, a day of this year ({lang}): refused",
                  (r.returncode, r.stderr), (2, expected))
        check("draft for next year: no progress file written",
              (folder / "plan.progress.yaml").exists(), False)

    for f in failures:
        print(f"FAIL {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
