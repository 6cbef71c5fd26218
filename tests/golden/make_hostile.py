#!/usr/bin/env python3
"""Writes the hostile-input corpus: tests/golden/hostile-NN-<name>/ folders, each a broken or
hostile variation of base-plan.yaml, run as `kehoach validate plan.yaml`. The expected outputs
are then recorded with `run.py --update` and reviewed by hand.

Re-running this script rewrites only the inputs and `cmd` of each case.
Large inputs (the huge file) are not stored: run.py writes them from a `make-inputs` file.
The hostile-1NN cases exercise the command line around the loader (writers, FIFOs, devices, a
failing stdout, odd file names); what a repository cannot hold is made by run.py from `prepare`.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = (HERE / "base-plan.yaml").read_text(encoding="utf-8")


def sub(old: str, new: str, count: int = 1) -> bytes:
    assert old in BASE, old
    return BASE.replace(old, new, count).encode("utf-8")


def nested(depth: int) -> bytes:
    return (BASE + "budget:\n" + "  " + "[" * depth + "x" + "]" * depth + "\n").encode()


def nested_maps(depth: int) -> bytes:
    lines = ["budget:"]
    for i in range(depth):
        lines.append("  " * (i + 1) + f"k{i}:")
    lines.append("  " * (depth + 1) + "x")
    return (BASE + "\n".join(lines) + "\n").encode()


ALIAS_BOMB = b"""format: kehoach/1
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

CASES = {
    # YAML syntax
    "syntax-unclosed-flow": sub("focus: [dat-dai]", "focus: [dat-dai"),
    "syntax-unclosed-quote": sub('  - "Lưu: VT."', '  - "Lưu: VT.'),
    "syntax-bad-indent": sub("  level: commune", "    level: commune\n   locality: x"),
    "syntax-tab-indent": sub("  level: commune", "\tlevel: commune"),
    "syntax-stray-colon": sub("title: Theo dõi", "title: Theo dõi: tình hình: x\n  : y"),
    "syntax-lone-cr": BASE.replace("\n", "\r").encode() + b"tasks: [\r",
    "syntax-second-document": (BASE + "---\nformat: kehoach/1\n").encode(),
    "syntax-complex-key": sub("place: Phong Thổ", "? [place]\n: Phong Thổ"),
    # wrong types and values
    "type-tasks-scalar": BASE.split("tasks:")[0].encode() + b"tasks: 5\nresponsibilities: []\n",
    "type-issuer-list": sub("issuer:\n  name: UBND xã Phong Thổ\n  level: commune\n  locality: Phong Thổ",
                            "issuer:\n  - UBND xã Phong Thổ"),
    "type-year-words": sub("year: 2026", "year: hai nghìn không trăm hai mươi sáu"),
    "type-year-octal": sub("year: 2026", 'year: "02026"'),
    "type-title-mapping": sub("title: Theo dõi tình hình thi hành pháp luật năm 2026 trên địa bàn xã Phong Thổ",
                              "title:\n  vi: Theo dõi"),
    "type-levels-string": sub("    focus: [dat-dai]", "    focus: [dat-dai]\n    levels: commune"),
    "type-conditional-text": sub("    focus: [dat-dai]", "    focus: [dat-dai]\n    conditional: có"),
    "value-status": sub("status: issued", "status: published"),
    "value-level": sub("  level: commune", "  level: xa"),
    "value-kind": sub("    kind: inspection", "    kind: inspect"),
    "value-format-version": sub("format: kehoach/1", "format: kehoach/2"),
    # keys
    "key-unknown-typo": sub("title: Theo", "tilte: Theo"),
    "key-unknown-nested": sub("    output: Báo cáo", "    outptu: Báo cáo"),
    "key-unknown-vietnamese": sub("place: Phong Thổ", "place: Phong Thổ\nđịa_danh: Phong Thổ"),
    "key-duplicate-top": sub("year: 2026", "year: 2026\nyear: 2025"),
    "key-duplicate-nested": sub("    output: Báo cáo kết quả kiểm tra",
                                "    output: Báo cáo kết quả kiểm tra\n    output: Kết luận"),
    "key-missing-required": sub("issuer:\n  name: UBND xã Phong Thổ\n", "issuer:\n"),
    # dates and deadline phrases
    "date-impossible-basis": sub("    date: 2025-02-19", "    date: 2025-02-31"),
    "date-impossible-issued": sub("issued: 2026-01-20", "issued: 2026-13-01"),
    "date-impossible-phrase": sub("chậm nhất ngày 20/11/2026\nreporting", "chậm nhất ngày 31/02/2026\nreporting"),
    "date-unreadable-phrase": sub("due: Quý III năm 2026", "due: sớm nhất có thể"),
    "date-29-feb-non-leap": sub("due: Quý III năm 2026", "due: trước ngày 29/02/2026"),
    # nesting, aliases, size
    "nesting-deep-flow": nested(200),
    "nesting-deep-maps": nested_maps(80),
    "nesting-very-deep-flow": nested(600),
    "alias-bomb": ALIAS_BOMB,
    "alias-simple": sub("    lead: Văn phòng HĐND và UBND xã", "    lead: *lanhdao")
                    .replace(b"  - agency: C", b"  - agency: &lanhdao C", 1),
    # encodings and odd bytes
    "utf8-invalid-byte": sub("xã Phong Thổ\n  level", "xã Phong Th\xff\n  level").replace(b"\xc3\xbf", b"\xff"),
    "utf8-overlong": sub("  locality: Phong Thổ", "  locality: Phong Th\x00") .replace(b"\x00", b"\xc0\xaf"),
    "utf8-bom-crlf-valid": b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode(),
    "utf8-nfd-valid": __import__("unicodedata").normalize("NFD", BASE).encode(),
    "binary-garbage": bytes((i * 37 + 11) % 256 for i in range(600)),
    "nul-byte": sub("  locality: Phong Thổ", "  locality: Phong\x00Thổ"),
    "empty-file": b"",
    "whitespace-only": b"  \n\n   \n",
    "comments-only": "# chỉ có chú thích\n# only comments\n".encode(),
    "root-scalar": b"Ke hoach nam 2026\n",
    "root-list": b"- format: kehoach/1\n",
    "very-long-line": sub("  - Đánh giá thực trạng", "  - " + "Đánh giá thực trạng " * 5000),
    # syntax errors placed on their cause (issue 15)
    "syntax-missing-colon": sub("place: Phong Thổ", "place Phong Thổ"),
    "syntax-quote-closed-later": sub("    title: Kiểm tra tình hình", '    title: "Kiểm tra tình hình'),
    "syntax-list-entry-on-key-line": sub("recipients:\n  - ", "recipients: - "),
    "utf16": "\ufeff".encode("utf-16-le") + BASE.encode("utf-16-le"),
    "comment-cut-title": sub("năm 2026 trên địa bàn", "năm 2026 #2 trên địa bàn"),
}


def with_parent(file: str) -> bytes:
    return sub("basis:\n", "parent:\n  ref: 01/KH-UBND\n  date: 2026-01-10\n  issuer: UBND tỉnh Lai Châu\n"
               f"  file: {file}\nbasis:\n")


def focus_line(count: int) -> bytes:
    ids = ", ".join(f"khong-co-{i}" for i in range(count))
    return sub("    focus: [dat-dai]", f"    focus: [{ids}]")


# Head, repeated part and tail of generated plans (joined by `concat` in `prepare`).
HEAD = BASE.split("focus_areas:")[0].encode()
TASKS_HEAD = BASE.split("tasks:")[0].encode() + b"tasks:\n"
TAIL = ("responsibilities:" + BASE.split("responsibilities:")[1]).encode()
SAME_ID_TASK = "  - id: kiem-tra\n    title: Kiểm tra\n    kind: inspection\n    lead: Văn phòng\n    due: Quý III năm 2026\n".encode()
SECRET = b"# not a plan\ntoken: s3cr3t-do-not-print\n"
CONTINUATION = "a" + "\\x80" * 80 + ".yaml"
CONTROL_NAME = "ke\\x0ahoach\\x1b[31m.yaml"

# Cases of the command line around the loader: writers, inputs that are not regular files,
# standard output that fails, names a file system allows but a terminal should not see.
# name: (cmd, {file: bytes}, [prepare lines], {extra control file: text})
CLI_CASES = {
    # 1: names with stray UTF-8 continuation bytes or controls reach every writer escaped
    "ics-continuation-bytes-name": (f"deadlines d --format ics", {}, ["mkdir d", f"copy ../base-plan.yaml d/{CONTINUATION}"], {}),
    "csv-continuation-bytes-name": (f"deadlines d --format csv", {}, ["mkdir d", f"copy ../base-plan.yaml d/{CONTINUATION}"], {}),
    "md-continuation-bytes-name": (f"deadlines d --format md", {}, ["mkdir d", f"copy ../base-plan.yaml d/{CONTINUATION}"], {}),
    "text-control-name": ("deadlines d", {}, ["mkdir d", f"copy ../base-plan.yaml d/{CONTROL_NAME}"], {}),
    "json-control-name": ("deadlines d --format json", {}, ["mkdir d", f"copy ../base-plan.yaml d/{CONTROL_NAME}"], {}),
    "ics-control-name": ("deadlines d --format ics", {}, ["mkdir d", f"copy ../base-plan.yaml d/{CONTROL_NAME}"], {}),
    "overdue-control-name": ("overdue d --as-of 2026-12-31", {}, ["mkdir d", f"copy ../base-plan.yaml d/{CONTROL_NAME}"], {}),
    "validate-control-name": ("validate d", {"broken.yaml": sub("year: 2026", "year: 20x6")}, ["mkdir d", f"copy broken.yaml d/{CONTROL_NAME}"], {}),
    "validate-json-control-name": ("validate d --format json", {"broken.yaml": sub("year: 2026", "year: 20x6")}, ["mkdir d", f"copy broken.yaml d/{CONTROL_NAME}"], {}),
    # 2: diagnostics stay bounded
    "diag-2000-missing-focus-one-line": ("validate plan.yaml", {"plan.yaml": focus_line(2000)}, [], {}),
    "diag-2000-missing-focus-json": ("validate plan.yaml --format json", {"plan.yaml": focus_line(2000)}, [], {}),
    "diag-2000-missing-focus-en": ("validate plan.yaml --lang en", {"plan.yaml": focus_line(2000)}, [], {}),
    "diag-long-line-excerpt": ("validate plan.yaml", {"plan.yaml": sub("    focus: [dat-dai]", "    focus: [" + "dat-dai, " * 400 + "khong-co, " + "dat-dai, " * 400 + "dat-dai]")}, [], {}),
    "diag-unknown-keys-many": ("validate plan.yaml", {"plan.yaml": sub("place: Phong Thổ", "place: Phong Thổ\n" + "".join(f"khoa-la-{i}: x\n" for i in range(300)))}, [], {}),
    # 3: only a regular file is replaced; -o - is stdout
    "render-force-onto-fifo": ("render plan.yaml -o out.md --force", {"plan.yaml": BASE.encode()}, ["fifo out.md"], {}),
    "render-onto-fifo": ("render plan.yaml -o out.md", {"plan.yaml": BASE.encode()}, ["fifo out.md"], {}),
    "render-force-onto-link-to-device": ("render plan.yaml -o out.md --force", {"plan.yaml": BASE.encode()}, ["symlink /dev/null out.md"], {}),
    "render-force-onto-directory": ("render plan.yaml -o out --force", {"plan.yaml": BASE.encode()}, ["mkdir out"], {}),
    "render-output-dash": ("render plan.yaml -o - --format text", {"plan.yaml": BASE.encode()}, [], {}),
    "new-output-dash": ("new --level commune --year 2026 -o -", {}, [], {}),
    "new-force-onto-fifo": ("new --level commune --year 2026 -o out.yaml --force", {}, ["fifo out.yaml"], {}),
    "render-long-output-name": ("render plan.yaml -o " + "r" * 248 + ".md", {"plan.yaml": BASE.encode()}, ["expect " + "r" * 248 + ".md"], {}),
    "render-file-size-limit": ("render plan.yaml -o out.md", {"plan.yaml": BASE.encode()}, [], {"fsize": "1000\n"}),
    # 4: parent.file names something that is not a plan
    "parent-file-secret-text": ("validate plan.yaml", {"plan.yaml": with_parent("secret.txt"), "secret.txt": SECRET}, [], {}),
    "parent-file-secret-yaml": ("validate plan.yaml", {"plan.yaml": with_parent("secret.yaml"), "secret.yaml": SECRET}, [], {}),
    "parent-explicit-secret": ("validate plan.yaml --parent secret.yaml", {"plan.yaml": BASE.encode(), "secret.yaml": SECRET}, [], {}),
    "parent-file-device": ("validate plan.yaml", {"plan.yaml": with_parent("/dev/zero")}, [], {}),
    "parent-file-directory": ("validate plan.yaml", {"plan.yaml": with_parent(".")}, [], {}),
    "parent-file-itself": ("validate plan.yaml", {"plan.yaml": with_parent("plan.yaml")}, [], {}),
    "diff-parent-itself": ("diff plan.yaml", {"plan.yaml": with_parent("plan.yaml")}, [], {}),
    "diff-explicit-parent-itself": ("diff plan.yaml plan.yaml", {"plan.yaml": BASE.encode()}, [], {}),
    "progress-not-a-progress-file": ("overdue plan.yaml --as-of 2026-12-31", {"plan.yaml": BASE.encode(), "plan.progress.yaml": SECRET}, [], {}),
    "progress-not-a-progress-file-validate": ("validate plan.yaml", {"plan.yaml": BASE.encode(), "plan.progress.yaml": SECRET}, [], {}),
    # 5: a FIFO never blocks
    "parent-file-fifo": ("validate plan.yaml", {"plan.yaml": with_parent("parent.yaml")}, ["fifo parent.yaml"], {}),
    "parent-explicit-fifo": ("validate plan.yaml --parent parent.yaml", {"plan.yaml": BASE.encode()}, ["fifo parent.yaml"], {}),
    "diff-parent-fifo": ("diff plan.yaml parent.yaml", {"plan.yaml": BASE.encode()}, ["fifo parent.yaml"], {}),
    "progress-fifo": ("overdue plan.yaml --as-of 2026-12-31", {"plan.yaml": BASE.encode()}, ["fifo plan.progress.yaml"], {}),
    "plan-fifo-validate": ("validate plan.yaml", {}, ["fifo plan.yaml"], {}),
    "plan-fifo-deadlines": ("deadlines plan.yaml", {}, ["fifo plan.yaml"], {}),
    "plan-fifo-render": ("render plan.yaml", {}, ["fifo plan.yaml"], {}),
    "plan-device-validate": ("validate /dev/zero", {}, [], {}),
    # 6: near-linear on repeated ids and focus references
    "ics-4000-equal-ids": ("deadlines plan.yaml --format ics", {"head.yaml": TASKS_HEAD, "task.yaml": SAME_ID_TASK, "tail.yaml": TAIL}, ["concat plan.yaml head.yaml task.yaml*4000 tail.yaml"], {"stdout-to": "/dev/null\n"}),
    # every reference names the last of 20,000 areas: a scan per reference does 10^9 steps
    "focus-20000-areas-50000-references": ("validate plan.yaml", {"head.yaml": HEAD + b"focus_areas:\n", "area.yaml": b"  - {id: f{n}, name: x}\n", "last.yaml": b"  - {id: f19999, name: x}\n", "tasks.yaml": "tasks:\n  - id: t\n    title: x\n    kind: inspection\n    lead: y\n    due: Quý III năm 2026\n    focus: [".encode(), "ref.yaml": b"f19999, ", "end.yaml": b"f19999]\n", "tail.yaml": TAIL}, ["concat plan.yaml head.yaml area.yaml*19999# last.yaml tasks.yaml ref.yaml*49999 end.yaml tail.yaml"], {}),
    # 7: a failed write to stdout is an error
    "render-stdout-full": ("render plan.yaml", {"plan.yaml": BASE.encode()}, [], {"stdout-to": "/dev/full\n"}),
    "validate-json-stdout-full": ("validate plan.yaml --format json", {"plan.yaml": BASE.encode()}, [], {"stdout-to": "/dev/full\n"}),
    "deadlines-stdout-full": ("deadlines plan.yaml", {"plan.yaml": BASE.encode()}, [], {"stdout-to": "/dev/full\n"}),
    "new-stdout-full": ("new --level commune --year 2026", {}, [], {"stdout-to": "/dev/full\n"}),
    "due-stdout-full-en": ("due 'Quý II năm 2026' --lang en", {}, [], {"stdout-to": "/dev/full\n"}),
    "render-stdout-closed": ("render plan.yaml", {"plan.yaml": BASE.encode()}, [], {"stdout-to": "closed\n"}),
    "validate-stdout-closed": ("validate plan.yaml", {"plan.yaml": BASE.encode()}, [], {"stdout-to": "closed\n"}),
    # 9: year 9999 in a calendar
    "ics-year-9999": ("deadlines plan.yaml --format ics", {"plan.yaml": sub("due: Quý III năm 2026", "due: ngày 31/12/9999")}, [], {}),
}


def write_cli_cases() -> int:
    for number, (name, (cmd, files, prepare, extra)) in enumerate(CLI_CASES.items(), start=100):
        case = HERE / f"hostile-{number}-{name}"
        case.mkdir(exist_ok=True)
        (case / "cmd").write_text(cmd + "\n")
        for file, data in files.items():
            (case / file).write_bytes(data)
        if prepare:
            (case / "prepare").write_text("\n".join(prepare) + "\n")
        for file, text in extra.items():
            (case / file).write_text(text)
    return len(CLI_CASES)


def main() -> None:
    for number, (name, data) in enumerate(CASES.items(), start=1):
        case = HERE / f"hostile-{number:02d}-{name}"
        case.mkdir(exist_ok=True)
        (case / "plan.yaml").write_bytes(data)
        (case / "cmd").write_text("validate plan.yaml\n")
    extra = {
        "hostile-90-huge-file": ("validate huge.yaml\n", "huge.yaml 5000000 # kế hoạch\n"),
        # 200,000 times the same key, and 1,000,000 nested `[`: linear, well under a second.
        "hostile-93-duplicate-keys-200k": ("validate plan.yaml\n", "plan.yaml 1800000 title: x\n"),
        "hostile-94-nesting-million-brackets": ("validate plan.yaml\n", "plan.yaml 2000000 [\n"),
    }
    for name, (cmd, make) in extra.items():
        case = HERE / name
        case.mkdir(exist_ok=True)
        (case / "cmd").write_text(cmd)
        (case / "make-inputs").write_text(make)
    directory = HERE / "hostile-91-directory"
    (directory / "plan.yaml").mkdir(parents=True, exist_ok=True)
    (directory / "plan.yaml" / ".keep").write_text("")
    (directory / "cmd").write_text("validate plan.yaml\n")
    missing = HERE / "hostile-92-missing-file"
    missing.mkdir(exist_ok=True)
    (missing / "cmd").write_text("validate no-such-plan.yaml\n")
    print(f"{len(CASES) + 3 + write_cli_cases()} cases written")


if __name__ == "__main__":
    main()
