#!/usr/bin/python3
"""Writes a units file (kehoach-units/1) for `kehoach status --units` from a list of names.

    /usr/bin/python3 tools/make_units.py don-vi.txt -o don-vi.yaml
    /usr/bin/python3 tools/make_units.py don-vi.txt --title "Các đơn vị thuộc tỉnh Tây Ninh" \\
        --commune-files 'xa/{slug}.yaml' --department-files 'so/{slug}.yaml' -o don-vi.yaml

The list has one unit a line, as an officer would type it from the province's list of units
(UTF-8; blank lines and lines starting with `#` are skipped):

    xã Tân Biên              -> name: UBND xã Tân Biên, level: commune
    UBND phường Phú Lợi      -> name: UBND phường Phú Lợi, level: commune
    Đặc khu Côn Đảo          -> name: UBND đặc khu Côn Đảo, level: commune
    huyện Tam Đường          -> name: UBND huyện Tam Đường, level: district (plans up to 2025)
    Sở Tài chính             -> name: Sở Tài chính, level: department (any other name)

A line may end with a tab and the unit's plan file, relative to the units file; else
`--commune-files`, `--district-files` and `--department-files` give a pattern in which `{slug}`
is the unit's name without its unit word, lower-case ASCII joined by hyphens ("Tân Biên" ->
`tan-bien`; for departments the whole name, "Sở Tài chính" -> `so-tai-chinh`), the way
tools/make_corpus.py names its files. Without either, units are matched to plans by name and
level. Duplicate names are refused. The output is documented in kehoach-plan(5), section UNITS
FILES. Standard library only; the same input writes the same bytes.
"""

import argparse
import os
import re
import sys
import tempfile
import unicodedata

COMMUNE_WORDS = ["đặc khu", "thị trấn", "phường", "xã"]
DISTRICT_WORDS = ["thành phố", "thị xã", "huyện", "quận"]


def fold_ascii(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", fold_ascii(text)).strip("-")


def yaml_text(text):
    """A YAML flow scalar: plain when safe, else double-quoted."""
    if re.fullmatch(r"[^\s:#,\[\]{}&*!|>'\"%@`-][^:#,\[\]{}]*", text) and text == text.strip():
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def read_unit(line, number, args):
    """(name, level, file) for one line of the list."""
    name, _, hint = line.partition("\t")
    name = " ".join(unicodedata.normalize("NFC", name).split())
    hint = hint.strip()
    bare = re.sub(r"^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+", "", name, flags=re.IGNORECASE)
    lowered = bare.lower()
    for words, level, pattern in ((COMMUNE_WORDS, "commune", args.commune_files),
                                  (DISTRICT_WORDS, "district", args.district_files)):
        for word in words:
            if lowered.startswith(word + " "):
                place = bare[len(word) + 1:].strip()
                full = f"UBND {word} {place}"
                if not hint and pattern:
                    hint = pattern.format(slug=slug(place))
                return full, level, hint
    if not hint and args.department_files:
        hint = args.department_files.format(slug=slug(bare))
    return bare, "department", hint


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", help="the list of units, one a line (UTF-8)")
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument("--force", action="store_true", help="overwrite --output if it exists")
    parser.add_argument("--title", help="what the list is, written as `title:`")
    parser.add_argument("--commune-files", help="file pattern for communes, e.g. 'xa/{slug}.yaml'")
    parser.add_argument("--district-files", help="file pattern for districts")
    parser.add_argument("--department-files", help="file pattern for departments")
    args = parser.parse_args()

    try:
        with open(args.names, encoding="utf-8") as f:
            lines = f.read().lstrip("\ufeff").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        print(f"make_units.py: error: cannot read {args.names}: {e}", file=sys.stderr)
        return 2
    units, seen, problems = [], {}, []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, level, hint = read_unit(line, number, args)
        key = fold_ascii(name)
        if key in seen:
            problems.append(f"{args.names}:{number}: “{name}” is already listed on line {seen[key]}")
            continue
        seen[key] = number
        units.append((name, level, hint))
    if problems or not units:
        for p in problems or [f"{args.names}: no unit listed"]:
            print(f"make_units.py: error: {p}", file=sys.stderr)
        return 1

    out = ["# Danh sách đơn vị phải gửi kế hoạch, cho `kehoach status --units` (kehoach-plan(5)).",
           f"# Sinh bởi tools/make_units.py từ {os.path.basename(args.names)}.",
           "format: kehoach-units/1"]
    if args.title:
        out.append(f"title: {yaml_text(args.title)}")
    out.append("units:")
    for name, level, hint in units:
        entry = f"  - {{name: {yaml_text(name)}, level: {level}"
        if hint:
            entry += f", file: {yaml_text(hint)}"
        out.append(entry + "}")
    text = "\n".join(out) + "\n"
    if not args.output:
        sys.stdout.write(text)
        return 0
    if os.path.exists(args.output) and not args.force:
        print(f"make_units.py: error: {args.output} already exists: use --force to overwrite it",
              file=sys.stderr)
        return 2
    folder = os.path.dirname(os.path.abspath(args.output))
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".make_units-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(temp, 0o644)
    os.replace(temp, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
