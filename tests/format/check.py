#!/usr/bin/env python3
"""The plan format is described once: the loader's tables (src/core/read/fields.hpp, printed
by the kehoach_format_table program) and what schemas/plan.schema.json and the key lists of
man/kehoach-plan.5 say must agree, key by key: the keys of every mapping and their order, which
are required, each key's type, the allowed values, and the schema's one-line descriptions.

Then, so that the check is known to see a disagreement, it plants one at a time in copies of
the schema and the manual (a key dropped, a required key made optional, an allowed value
changed, a type changed, a description changed) and fails unless each is found.
"""
import argparse
import copy
import json
import re
import subprocess
import sys

NULL = {"type": "null"}
REF = "#/$defs/"

# How the manual names each type of the table.
MAN_TYPES = {
    "str": "Vt str",
    "issue_date": "Vt str",
    "text": "Vt text",
    "phrase": "Vt phrase",
    "date": "Vt date",
    "id": "Vt id",
    "level": "Vt level",
    "kind": "Vt kind",
    "year": "integer",
    "boolean": "boolean",
    "strings": "list of Vt str",
    "ids": "list of Vt id",
    "levels": "list of Vt level",
    "mapping": "mapping",
    "mappings": "list of mappings",
}

# The manual's sections that list the keys of one mapping, and where that mapping is.
MAN_SECTIONS = {
    "Top-level keys": (),
    "issuer": ("issuer",),
    "basis": ("basis",),
    "parent": ("parent",),
    "outline": ("outline",),
    "focus_areas": ("focus_areas",),
    "tasks": ("tasks",),
    "responsibilities": ("responsibilities",),
    "reporting": ("reporting",),
    "signature": ("signature",),
}


def strip(node):
    """`node` without its description, for comparing shapes."""
    return {k: v for k, v in node.items() if k != "description"}


def resolve(schema, node):
    ref = node.get("$ref")
    if ref and ref.startswith(REF) and len(node) <= 2:
        return schema["$defs"][ref[len(REF):]]
    return node


def check_schema_table(schema, node, fields, where, out):
    node = resolve(schema, node)
    if node.get("type") != "object" or node.get("additionalProperties") is not False:
        out.append(f"schema {where}: not an object refusing unknown keys")
        return
    props = node.get("properties", {})
    keys = [f["key"] for f in fields]
    if list(props) != keys:
        out.append(f"schema {where}: keys {list(props)}, table {keys}")
    required = [f["key"] for f in fields if f["required"]]
    if node.get("required", []) != required:
        out.append(f"schema {where}: required {node.get('required', [])}, table {required}")
    for f in fields:
        if f["key"] in props:
            check_schema_field(schema, props[f["key"]], f, f"{where}.{f['key']}", out)


def check_schema_field(schema, prop, f, where, out):
    req = f["required"]
    want = ("Bắt buộc. " if req else "") + f["vi"] + " — " + ("required; " if req else "") + f["en"]
    if prop.get("description") != want:
        out.append(f"schema {where}: description {prop.get('description')!r}, table {want!r}")
    inner = prop
    nullable = "anyOf" in prop and len(prop["anyOf"]) == 2 and prop["anyOf"][1] == NULL
    if nullable:
        inner = prop["anyOf"][0]
    if nullable == req:
        out.append(f"schema {where}: {'nullable' if nullable else 'not nullable'} but "
                   f"{'required' if req else 'optional'} in the table (an optional key may be null)")
    t, allowed, shape = f["type"], f["allowed"], strip(inner)
    if t == "str" and allowed:
        ok = len(allowed) == 1 and shape == {"const": allowed[0]}
    elif t in ("str", "text", "phrase", "date", "id", "levels", "ids"):
        ok = shape == {"$ref": REF + t}
    elif t in ("level", "kind"):
        ok = shape == {"$ref": REF + t} and schema["$defs"][t]["enum"] == allowed
    elif t == "choice":
        ok = shape == {"enum": allowed}
    elif t == "issue_date":
        ok = list(shape) == ["anyOf"] and all(
            a.get("type") in ("string", "integer") for a in shape["anyOf"])
    elif t == "year":
        ok = shape.get("type") == "integer"
    elif t == "boolean":
        ok = shape == {"type": "boolean"}
    elif t == "strings":
        ok = shape == {"type": "array", "items": {"$ref": REF + "str"}}
    elif t == "mapping":
        check_schema_table(schema, inner, f["keys"], where, out)
        ok = True
    elif t == "mappings":
        ok = shape.get("type") == "array" and set(shape) == {"type", "items"}
        if ok:
            check_schema_table(schema, inner["items"], f["keys"], where + "[]", out)
    else:
        ok = False
    if t in ("levels",) and schema["$defs"]["level"]["enum"] != allowed:
        ok = False
    if not ok:
        out.append(f"schema {where}: {json.dumps(shape, ensure_ascii=False)} is not the "
                   f"table's {t} {allowed or ''}".rstrip())


def man_lists(text):
    """{path: [(key, type, required)]} of the manual's key lists, and the level and kind
    values of its "Value types"."""
    lists, values = {}, {}
    section, base = None, None
    stack = []  # per open .Bl: the path it lists, or None
    last_key = None
    value_type = None
    for line in text.splitlines():
        if line.startswith(".Ss "):
            section = line[4:].strip()
            base = MAN_SECTIONS.get(section)
            stack, last_key, value_type = [], None, None
            continue
        if line.startswith(".Sh "):
            section, base, stack, value_type = None, None, [], None
            continue
        if section == "Value types":
            m = re.match(r"\.It Vt (\w+)", line)
            if m:
                value_type = m.group(1)
                values[value_type] = []
            m = re.match(r"\.Cm (\w+)", line)
            if m and value_type:
                values[value_type].append(m.group(1))
            continue
        if base is None:
            continue
        if line.startswith(".Bl"):
            if not stack:
                stack.append(base)
            elif stack[-1] is not None and last_key is not None:
                stack.append(stack[-1] + (last_key,))
            else:
                stack.append(None)
            last_key = None
            continue
        if line.startswith(".El"):
            if stack:
                stack.pop()
            continue
        m = re.match(r"\.It Ic (\w+) Pq (.*)$", line)
        if m and stack and stack[-1] is not None:
            key, rest = m.groups()
            required = rest.endswith(", No required")
            if required:
                rest = rest[: -len(", No required")]
            lists.setdefault(stack[-1], []).append((key, rest.strip(), required))
            last_key = key
        elif line.startswith(".It"):
            last_key = None
    return lists, values


def man_type(f):
    if f["type"] == "choice":
        return "Cm " + " | ".join(f["allowed"]), "one of Cm " + " , ".join(f["allowed"])
    return (MAN_TYPES[f["type"]],)


def check_man_table(lists, fields, path, out, documented):
    where = ".".join(path) or "top level"
    if path not in lists:
        # A mapping documented once and referred to ("As for tasks"): the same keys elsewhere.
        keys = [f["key"] for f in fields]
        if any([k for k, _, _ in entries] == keys for entries in lists.values()):
            return
        out.append(f"man {where}: no key list")
        return
    entries = lists[path]
    documented.add(path)
    if [k for k, _, _ in entries] != [f["key"] for f in fields]:
        out.append(f"man {where}: keys {[k for k, _, _ in entries]}, "
                   f"table {[f['key'] for f in fields]}")
    by_key = {k: (t, r) for k, t, r in entries}
    for f in fields:
        if f["key"] not in by_key:
            continue
        t, r = by_key[f["key"]]
        if r != f["required"]:
            out.append(f"man {where}.{f['key']}: {'required' if r else 'optional'}, table "
                       f"{'required' if f['required'] else 'optional'}")
        if t not in man_type(f):
            out.append(f"man {where}.{f['key']}: type `{t}`, table `{man_type(f)[0]}`")
        if "keys" in f:
            check_man_table(lists, f["keys"], path + (f["key"],), out, documented)


def all_allowed(fields, t):
    for f in fields:
        if f["type"] in (t, t + "s"):
            yield f["allowed"]
        yield from all_allowed(f.get("keys", []), t)


def check(table, schema, man):
    out = []
    check_schema_table(schema, schema, table, "top level", out)
    lists, values = man_lists(man)
    documented = set()
    check_man_table(lists, table, (), out, documented)
    for path in sorted(set(lists) - documented):
        out.append(f"man {'.'.join(path)}: a key list the table does not have")
    for t in ("level", "kind"):
        for allowed in all_allowed(table, t):
            if values.get(t) != allowed:
                out.append(f"man Value types {t}: {values.get(t)}, table {allowed}")
                break
    return out


def planted(table, schema, man):
    """Disagreements planted one at a time: (what, schema, man)."""
    def schema_with(change):
        s = copy.deepcopy(schema)
        change(s)
        return s

    tasks = lambda s: s["properties"]["tasks"]["anyOf"][0]["items"]
    yield ("a required key made optional in the schema",
           schema_with(lambda s: tasks(s)["required"].remove("kind")), man)
    yield ("an allowed value changed in the schema",
           schema_with(lambda s: s["properties"]["status"]["enum"].__setitem__(1, "signed")), man)
    yield ("a key dropped from the schema",
           schema_with(lambda s: s["properties"]["signature"]["anyOf"][0]["properties"].pop("role")),
           man)
    yield ("a type changed in the schema",
           schema_with(lambda s: tasks(s)["properties"]["lead"]["anyOf"].__setitem__(
               0, {"$ref": "#/$defs/str"})), man)
    yield ("a description changed in the schema",
           schema_with(lambda s: s["properties"]["budget"].__setitem__("description", "Kinh phí")),
           man)
    yield ("a level dropped from the schema",
           schema_with(lambda s: s["$defs"]["level"]["enum"].remove("district")), man)
    for what, old, new in [
        ("a key renamed in the manual", ".It Ic scope Pq Vt str", ".It Ic scopes Pq Vt str"),
        ("a required key made optional in the manual", ".It Ic title Pq Vt str , No required",
         ".It Ic title Pq Vt str"),
        ("a type changed in the manual", ".It Ic due Pq Vt phrase", ".It Ic due Pq Vt str"),
        ("an allowed value dropped from the manual",
         ".It Ic origin Pq Cm national | local | sector", ".It Ic origin Pq Cm national | local"),
        ("a kind dropped from the manual", ".Cm survey\n", ""),
    ]:
        assert old in man, old
        yield what, schema, man.replace(old, new, 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", required=True, help="the kehoach_format_table program")
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    table = json.loads(subprocess.run([args.table], check=True, capture_output=True,
                                      text=True).stdout)
    with open(f"{args.root}/schemas/plan.schema.json", encoding="utf-8") as f:
        schema = json.load(f)
    with open(f"{args.root}/man/kehoach-plan.5", encoding="utf-8") as f:
        man = f.read()
    problems = check(table, schema, man)
    for p in problems:
        print(p)
    if problems:
        print(f"FAIL: the schema or the manual says otherwise than the format's table "
              f"(src/core/read/fields.cpp) in {len(problems)} place(s)")
        return 1
    blind = 0
    for what, s, m in planted(table, schema, man):
        found = check(table, s, m)
        if not found:
            print(f"FAIL: {what}: not found")
            blind += 1
        else:
            print(f"planted: {what}: found ({found[0]})")
    if blind:
        return 1
    print("ok: schema and manual agree with the table; every planted disagreement was found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
