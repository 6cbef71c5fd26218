#!/usr/bin/python3
"""Checks the plan file format's JSON Schema against the examples and the invalid files.

    /usr/bin/python3 tests/schema/check.py --bin build/kehoach --root .

(a) schemas/plan.schema.json is a valid draft 2020-12 schema; every examples/**/*.yaml starts
    with the yaml-language-server modeline pointing at it and validates against it.
(b) every tests/schema/invalid/*.yaml holds one defect and says on its second line which
    diagnostic code the loader or checker gives for it (`# expect: KH003`; a `?` stands for any
    one digit). The schema must reject the file, and `kehoach validate FILE` must exit 1 and
    print that code.

Prints one line per file and a last line `N passed, M failed`; exits 0 only when all pass
(2 on a usage problem). Needs Debian's python3-jsonschema and python3-yaml.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys

try:
    import jsonschema
    import yaml
except ImportError as err:  # pragma: no cover - depends on the machine
    print(f"check.py: {err}: install python3-jsonschema and python3-yaml", file=sys.stderr)
    sys.exit(2)

SCHEMA = os.path.join("schemas", "plan.schema.json")
EXPECT = re.compile(r"^#\s*expect:\s*(KH[0-9?]{3})\s*$")
TIMEOUT = 30  # seconds for one run of the binary


class PlanLoader(yaml.SafeLoader):
    """SafeLoader that reads plain scalars as YAML 1.2 does, like kehoach's loader and editors:
    no timestamps (`2025-01-15` stays a string), booleans only true/false (not yes/no/on/off),
    no base-60 integers (`1:30` stays a string)."""


_DROPPED = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
PlanLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _DROPPED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
PlanLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
PlanLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"))
PlanLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+.0123456789"))


def _construct_int(loader, node):
    """YAML 1.2 integers: `0123` is 123 (PyYAML's YAML 1.1 reads it as octal 83)."""
    value = loader.construct_scalar(node)
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value, 10)


PlanLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def load_yaml(path):
    with open(path, encoding="utf-8-sig") as fh:
        return yaml.load(fh, Loader=PlanLoader)


def modeline(root, path):
    """The first line every example must start with: the schema path relative to the file."""
    rel = os.path.relpath(os.path.join(root, SCHEMA), os.path.dirname(path))
    return f"# yaml-language-server: $schema={rel.replace(os.sep, '/')}"


def schema_errors(validator, document):
    """The schema's complaints about a document as short strings: for each, the most relevant
    of its alternatives (an optional key is "the value, or null", so a plain message would
    only say "not valid under any of the given schemas")."""
    out = []
    for error in validator.iter_errors(document):
        best = jsonschema.exceptions.best_match([error])
        while best.context:
            best = jsonschema.exceptions.best_match(best.context)
        where = "/".join(str(p) for p in best.absolute_path) or "(root)"
        message = best.message if len(best.message) <= 160 else best.message[:157] + "..."
        out.append(f"{where}: {message}")
    return sorted(out)


def check_example(root, validator, path):
    """Problems with one example file (empty list when it passes)."""
    problems = []
    with open(path, encoding="utf-8-sig") as fh:
        first = fh.readline().rstrip("\r\n")
    want = modeline(root, path)
    if first != want:
        problems.append(f"first line is {first!r}, expected {want!r}")
    try:
        document = load_yaml(path)
    except yaml.YAMLError as err:
        return problems + [f"YAML error: {err}"]
    problems += schema_errors(validator, document)
    return problems


def expected_code(path):
    with open(path, encoding="utf-8-sig") as fh:
        lines = fh.read().splitlines()
    match = EXPECT.match(lines[1]) if len(lines) > 1 else None
    return match.group(1) if match else None


def check_invalid(root, validator, binary, path):
    """Problems with one invalid file (empty list when it passes)."""
    problems = []
    code = expected_code(path)
    if code is None:
        return ["second line is not `# expect: KHnnn`"]
    # Schema side: the file must be rejected. A YAML syntax error only counts for KH001.
    try:
        document = load_yaml(path)
        if validator.is_valid(document):
            problems.append("the schema accepts it")
    except yaml.YAMLError as err:
        if code != "KH001":
            problems.append(f"YAML error, but {code} is expected: {err}")
    # Binary side: `kehoach validate FILE` exits 1 and names the code.
    rel = os.path.relpath(path, root)
    try:
        run = subprocess.run([binary, "validate", rel], cwd=root, capture_output=True,
                             timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return problems + [f"`kehoach validate` did not finish in {TIMEOUT}s"]
    except OSError as err:
        return problems + [f"cannot run {binary}: {err}"]
    output = (run.stdout + run.stderr).decode("utf-8", errors="replace")
    if run.returncode != 1:
        problems.append(f"`kehoach validate` exited {run.returncode}, expected 1")
    pattern = re.compile(r"\b" + code.replace("?", "[0-9]") + r"\b")
    if not pattern.search(output):
        shown = output.strip().splitlines()[:3]
        problems.append(f"`kehoach validate` output has no {code}: {shown}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", required=True, help="path to the kehoach binary")
    parser.add_argument("--root", required=True, help="the repository root")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    binary = os.path.abspath(args.bin) if os.sep in args.bin else args.bin

    results = []  # (relative path, list of problems)

    schema_path = os.path.join(root, SCHEMA)
    try:
        with open(schema_path, encoding="utf-8") as fh:
            schema = json.load(fh)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as err:
        print(f"FAIL {SCHEMA}: {str(err).splitlines()[0]}")
        print("0 passed, 1 failed")
        return 1
    results.append((SCHEMA, []))
    validator = jsonschema.Draft202012Validator(schema)

    examples = sorted(glob.glob(os.path.join(root, "examples", "**", "*.yaml"), recursive=True))
    invalid = sorted(glob.glob(os.path.join(root, "tests", "schema", "invalid", "*.yaml")))
    if not examples:
        results.append(("examples/", ["no examples/**/*.yaml found"]))
    if not invalid:
        results.append(("tests/schema/invalid/", ["no invalid files found"]))

    for path in examples:
        results.append((os.path.relpath(path, root), check_example(root, validator, path)))
    for path in invalid:
        results.append((os.path.relpath(path, root), check_invalid(root, validator, binary, path)))

    passed = failed = 0
    for rel, problems in results:
        if problems:
            failed += 1
            print(f"FAIL {rel}: " + "; ".join(problems))
        else:
            passed += 1
            print(f"ok   {rel}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
