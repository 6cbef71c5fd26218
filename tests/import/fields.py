"""Field-by-field comparison of two plan files (the original and what `kehoach import` made of a
document), shared by the round-trip and the source-document tests.

A field is one leaf value of the plan: `tasks[3].due`, `basis[0].ref`, `recipients[2]`. Ids,
comments, `parent.file`, `implements`, `focus` and `progress` are left out: a document does not
show them. Lists of agencies compare as the same list whether written as one string or a list of
one. Text compares after NFC and white-space folding; "UBND" and "Ủy ban nhân dân" are the same
words in the issuer's name.
"""

import re
import unicodedata

import yaml

SKIPPED = {"id", "file", "implements", "focus", "progress", "format"}
# Values a document does not print but the importer infers (kind of an activity, levels
# addressed, origin of a focus area, which heading holds which part, the plan's status).
INFERRED = {"kind", "levels", "origin", "holds", "status", "level", "conditional"}
LISTS = {"lead", "partners", "subjects", "content", "description"}


def norm(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    text = unicodedata.normalize("NFC", str(value))
    text = re.sub(r"\s+", " ", text).strip()
    return text


def load(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.BaseLoader)


# Lists whose entries are matched by their printed number (the k-th entry numbered N with the
# k-th so numbered), so that one entry missed or added does not shift all the others.
NUMBERED = {"outline", "tasks", "focus_areas", "responsibilities"}


def leaves(node, path="", out=None):
    """{path: normalised value} for every field of a plan."""
    if out is None:
        out = {}
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SKIPPED:
                continue
            if key in LISTS and isinstance(value, str):
                value = [value]
            leaves(value, f"{path}.{key}" if path else key, out)
    elif isinstance(node, list):
        numbered = path in NUMBERED and all(isinstance(v, dict) for v in node)
        seen = {}
        for index, value in enumerate(node):
            if numbered:
                # Matched by title (an item render numbers itself has no number in the file).
                title = norm(value.get("title") or value.get("name") or value.get("agency") or
                             value.get("number") or index).lower()
                seen[title] = seen.get(title, 0) + 1
                leaves(value, f"{path}[{title}#{seen[title]}]", out)
            else:
                leaves(value, f"{path}[{index}]", out)
    elif node is not None:
        out[path] = norm(node)
    return out


def key_of(path):
    return re.sub(r"\[\d+\]", "", path).split(".")[-1]


def same(path, a, b):
    if a == b:
        return True
    # A deadline phrase reads the same in either case ("Chậm nhất ngày" in a duty's own words).
    if key_of(path) in ("due", "period") and a.lower() == b.lower():
        return True
    if path == "issuer.name":
        fold = lambda s: s.replace("Ủy ban nhân dân", "UBND").replace("Uỷ ban nhân dân", "UBND")
        return fold(a) == fold(b)
    return False


def compare(original, imported, shown_only=False):
    """(equal, total, disagreements): every field of either file counts once."""
    a = leaves(original)
    b = leaves(imported)
    # The heading `render` prints for an item that has none in the outline comes back as an
    # outline entry, and the number it gives an unnumbered item as its number: the item itself
    # carries its title, so neither is a field the original lacks.
    item_titles = set()
    for part in ("tasks", "focus_areas", "responsibilities"):
        for entry in (original or {}).get(part) or []:
            if isinstance(entry, dict):
                for key in ("title", "name", "agency"):
                    if entry.get(key):
                        item_titles.add(norm(entry[key]).lower())
                        item_titles.add(norm(entry[key]).lower() + " (nếu có)")

    def extra(path):
        match = re.match(r"outline\[(.*)#\d+\]", path)
        if match is not None and match.group(1) in item_titles:
            return True
        match = re.match(r"((tasks|focus_areas|responsibilities)\[.*#\d+\])\.number$", path)
        return match is not None and any(p.startswith(match.group(1) + ".") for p in a)

    paths = [p for p in a] + [p for p in b if p not in a and not extra(p)]
    if shown_only:
        paths = [p for p in paths if key_of(p) not in INFERRED]
    disagreements = []
    equal = 0
    for path in paths:
        if path in a and path in b and same(path, a[path], b[path]):
            equal += 1
        else:
            disagreements.append((path, a.get(path), b.get(path)))
    return equal, len(paths), disagreements
