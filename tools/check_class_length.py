#!/usr/bin/env python3
"""Lists the classes and structs of kehoach's C++ sources longer than a limit (300 lines).

A long class is allowed only when the comment right above it says why, with the marker

    // Long class: <the reason, in at least three words>

(a `///` or `/* */` comment works as well). Exit status: 0 when every long class states its
reason, 1 when one does not (each is listed as FILE:LINE: class NAME, N lines), 2 on bad usage.

    python3 tools/check_class_length.py --root .          # src/ and include/ of the repository
    python3 tools/check_class_length.py --self-test       # the checker on made-up sources

Comments, string and character literals (raw strings too) are blanked before the braces are
counted, so a `{` inside a message does not move the end of a class.
"""

import argparse
import os
import re
import sys

LIMIT = 300
MARKER = re.compile(r"Long class:\s*(\S+\s+){2,}\S+")
EXTENSIONS = (".hpp", ".cpp", ".h", ".cc")
HEAD = re.compile(r"\b(class|struct)\s+(?:\[\[[^\]]*\]\]\s*)?([A-Za-z_]\w*)")


def blank(text):
    """The text with comments and literals replaced by spaces (line breaks kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            open_paren = text.find("(", i + 2)
            delim = text[i + 2:open_paren]
            j = text.find(")" + delim + '"', open_paren)
            j = n if j < 0 else j + len(delim) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            # A digit separator (1'000) is not a character literal.
            if c == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum() \
                    and text[i - 1].isdigit():
                out.append(" ")
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def leading_comment(lines, first):
    """The comment lines right above line index `first` (template lines skipped)."""
    k = first - 1
    while k >= 0 and lines[k].strip().startswith("template"):
        k -= 1
    found = []
    while k >= 0:
        s = lines[k].strip()
        if s.startswith("//") or s.startswith("/*") or s.startswith("*") or s.endswith("*/"):
            found.append(s.strip("/*! "))
            k -= 1
        else:
            break
    return " ".join(reversed(found))


def classes(text):
    """(name, first line, line count, leading comment) of every class or struct defined."""
    plain = blank(text)
    lines = text.split("\n")
    out = []
    for m in HEAD.finditer(plain):
        before = plain[:m.start()].rstrip()
        # `enum class`, template parameters (`<class T`, `, class U`), elaborated types.
        if before.endswith("enum") or before.endswith("<") or before.endswith(","):
            continue
        k = m.end()
        while k < len(plain) and plain[k] not in "{;()=":
            k += 1
        if k >= len(plain) or plain[k] != "{":
            continue
        depth, j = 0, k
        while j < len(plain):
            if plain[j] == "{":
                depth += 1
            elif plain[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        first = plain.count("\n", 0, m.start())
        last = plain.count("\n", 0, j)
        out.append((m.group(2), first + 1, last - first + 1, leading_comment(lines, first)))
    return out


def check_text(path, text, limit=LIMIT):
    """The complaints about the long classes of one file without a stated reason."""
    problems = []
    for name, line, count, comment in classes(text):
        if count > limit and not MARKER.search(comment):
            problems.append(f"{path}:{line}: class {name}, {count} lines (over {limit}) "
                            f"without a `Long class: <reason>` comment above it")
    return problems


def check_tree(root, limit=LIMIT):
    problems, long_ok = [], []
    for top in ("src", "include"):
        for folder, dirs, files in os.walk(os.path.join(root, top)):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(EXTENSIONS):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                rel = os.path.relpath(path, root)
                problems += check_text(rel, text, limit)
                for cname, line, count, comment in classes(text):
                    if count > limit and MARKER.search(comment):
                        long_ok.append(f"{rel}:{line}: class {cname}, {count} lines: "
                                       f"{MARKER.search(comment).group(0)}")
    return problems, long_ok


def self_test():
    body = "\n".join(f"  int m_{i} = 0;" for i in range(305))
    cases = [
        # (source, expected number of complaints)
        (f"class Big {{\n{body}\n}};\n", 1),
        (f"// Long class: one parser state machine kept together.\nclass Big {{\n{body}\n}};\n", 0),
        (f"// Long class: too short\nclass Big {{\n{body}\n}};\n", 1),
        (f"/// A model.\n/// Long class: the whole plan model, one field per key.\n"
         f"template <class T>\nstruct Big {{\n{body}\n}};\n", 0),
        ("class Small {\n  int a = 0;\n};\n", 0),
        (f"enum class Many {{\n{body}\n}};\n", 0),
        # Braces in literals and comments do not end the class early nor late.
        (f"struct S {{\n  const char* s = \"}}}}\";\n  // }}\n  char c = '}}';\n"
         f"  const char* r = R\"x(}})x\";\n{body}\n}};\n", 1),
        (f"namespace n {{\nclass A;\nstruct B {{\n{body}\n}};\n}}\n", 1),
    ]
    failed = 0
    for k, (source, want) in enumerate(cases):
        got = len(check_text(f"case{k}.hpp", source))
        if got != want:
            print(f"self-test case {k}: {got} complaints, expected {want}", file=sys.stderr)
            failed += 1
    name, line, count, _ = classes(cases[6][0])[0]
    if (name, line, count) != ("S", 1, 311):
        print(f"self-test: literal case measured {(name, line, count)}, expected ('S', 1, 311)",
              file=sys.stderr)
        failed += 1
    if failed:
        return 1
    print(f"self-test: {len(cases) + 1} cases passed")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    parser.add_argument("--limit", type=int, default=LIMIT)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    problems, long_ok = check_tree(args.root, args.limit)
    for line in long_ok:
        print(f"justified: {line}")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f"{len(problems)} class(es) over {args.limit} lines without a stated reason",
              file=sys.stderr)
        return 1
    print(f"no class over {args.limit} lines without a stated reason")
    return 0


if __name__ == "__main__":
    sys.exit(main())
