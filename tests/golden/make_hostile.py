#!/usr/bin/env python3
"""Writes the hostile-input corpus: tests/golden/hostile-NN-<name>/ folders, each a broken or
hostile variation of base-plan.yaml, run as `kehoach validate plan.yaml`. The expected outputs
are then recorded with `run.py --update` and reviewed by hand.

Re-running this script rewrites only the inputs and `cmd` of each case.
Large inputs (the huge file) are not stored: run.py writes them from a `make-inputs` file.
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
    print(f"{len(CASES) + 3} cases written")


if __name__ == "__main__":
    main()
