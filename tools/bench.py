#!/usr/bin/python3
"""Measures kehoach on a national corpus and compares it with schema-only validators.

    /usr/bin/python3 tools/bench.py                     # everything, into the "after" section
    /usr/bin/python3 tools/bench.py --kehoach OLD_BIN --section before   # an older build
    /usr/bin/python3 tools/bench.py --no-doc --runs 1   # a quick look, nothing written

Run from anywhere; paths are taken relative to the repository. It generates the corpus with
tools/make_corpus.py when the corpus folder has none (default: post2025, seed 1, 5 % faults,
in $TMPDIR/kehoach-bench-post2025-1), builds kehoach in Release into build-bench, and installs
ajv-cli with `npm ci --prefix tools` when tools/node_modules has none; `--ajv PATH` (or the
environment variable KEHOACH_AJV) uses an ajv-cli installed elsewhere instead, for instance
with `npm ci --prefix /some/folder` run on a copy of tools/package.json and package-lock.json.
Then, each run timed by /usr/bin/time (wall seconds, CPU seconds and peak resident memory):

  1. `kehoach validate` over the whole corpus, parent checks included (the corpus folder when
     kehoach takes folders, else every plan file named on the command line);
  2. `kehoach overdue --as-of <corpus.json as_of>` and `kehoach deadlines` over it (when the
     commands exist);
  3. `kehoach validate` of one commune plan with its parent, of one province plan, and
     `kehoach --version`, 50 times each (mean wall and CPU time, measured with wait4);
  4. on the files every tool can read: `kehoach validate`, ajv-cli 5 (draft 2020-12) with the
     project's schema on the YAML files, ajv-cli on JSON copies of them, and Debian's
     python3-jsonschema (Draft202012Validator, YAML read with libyaml as tests/schema/check.py
     reads it: dates stay text);
  5. callgrind on 100 plans of the corpus: where the instructions go (skip with --no-profile).

Prints a table and writes it, with the machine and versions, between the markers of the
chosen section of docs/PERFORMANCE.md.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "schemas", "plan.schema.json")
DOC = os.path.join(ROOT, "docs", "PERFORMANCE.md")
AJV = os.environ.get("KEHOACH_AJV") or os.path.join(ROOT, "tools", "node_modules", ".bin", "ajv")
TIME = "/usr/bin/time"
UNPARSABLE_BY_JS_YAML = {"KH001", "KH004"}  # ajv-cli stops at the first file it cannot read


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def sh(cmd, **kw):
    log("$ " + " ".join(cmd))
    return subprocess.run(cmd, check=True, **kw)


# ---------------------------------------------------------------------------------------------
# Preparation

def ensure_corpus(path, shape, seed, fault_rate):
    if os.path.exists(os.path.join(path, "corpus.json")):
        return
    sh(["/usr/bin/python3", os.path.join(ROOT, "tools", "make_corpus.py"), "--out", path,
        "--shape", shape, "--seed", str(seed), "--fault-rate", str(fault_rate), "--force"])


def ensure_build(build):
    sh(["cmake", "-S", ROOT, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release"],
       stdout=subprocess.DEVNULL)
    sh(["cmake", "--build", build, "--target", "kehoach"], stdout=subprocess.DEVNULL)
    return os.path.join(build, "kehoach")


def ensure_ajv():
    if not os.path.exists(AJV) and AJV == os.path.join(ROOT, "tools", "node_modules", ".bin", "ajv"):
        sh(["npm", "ci", "--prefix", os.path.join(ROOT, "tools"), "--no-audit", "--no-fund"])


def plan_files(root):
    out = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".yaml") and not name.endswith(".progress.yaml"):
                out.append(os.path.relpath(os.path.join(folder, name), root))
    return out


def faults(root):
    with open(os.path.join(root, "faults.tsv"), encoding="utf-8") as fh:
        return {r.split("\t")[0]: r.split("\t")[1] for r in fh.read().splitlines()[1:]}


# ---------------------------------------------------------------------------------------------
# Measuring

class Result:
    def __init__(self, name, walls, rss_kb, status, files, note="", runs=None, cpus=None):
        self.name, self.walls, self.rss_kb, self.status = name, walls, rss_kb, status
        self.files, self.note = files, note
        self.runs = runs or len(walls)
        self.cpus = cpus or []  # user + system seconds per run
        self.load = os.getloadavg()[0]

    @property
    def wall(self):
        return statistics.median(self.walls)


def timed(name, cmd, cwd, runs, files, note="", ok=(0, 1)):
    """Runs `cmd` `runs` times under /usr/bin/time; wall = median, memory = largest."""
    walls, cpus, rss, status = [], [], 0, None
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        for _ in range(runs):
            log(f"[{name}] $ {' '.join(cmd[:6])}{' ...' if len(cmd) > 6 else ''} ({len(cmd)} args)")
            proc = subprocess.run([TIME, "-f", "%e %M %U %S", "-o", tf.name] + cmd, cwd=cwd,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
            status = proc.returncode
            if status not in ok:
                log(proc.stderr.decode("utf-8", "replace")[-2000:])
                raise RuntimeError(f"{name}: exit status {status}")
            tf.seek(0)
            wall, kb, user, system = tf.read().split()[-4:]
            walls.append(float(wall))
            cpus.append(float(user) + float(system))
            rss = max(rss, int(kb))
    return Result(name, walls, rss, status, files, note, cpus=cpus)


def repeated(name, cmd, cwd, n):
    """Mean wall and CPU time of `n` runs, measured here with wait4 (fork and exec included)."""
    walls, cpus, rss = [], [], 0
    for _ in range(n):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        proc.returncode = 0  # reaped by wait4
        cpus.append(usage.ru_utime + usage.ru_stime)
        rss = max(rss, usage.ru_maxrss)
    return Result(name, [statistics.mean(walls)], rss, 0, 1,
                  f"mean; fastest {min(walls) * 1000:.1f} ms wall, {min(cpus) * 1000:.1f} ms CPU",
                  runs=n, cpus=[statistics.mean(cpus)])


def supports_folders(kehoach, corpus):
    """True when `kehoach validate DIR` reads the plans of a folder."""
    probe = tempfile.mkdtemp(prefix="kehoach-probe-")
    try:
        province = sorted(p for p in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, p)))[0]
        shutil.copy(os.path.join(corpus, province, "plan.yaml"), os.path.join(probe, "a.yaml"))
        shutil.copy(os.path.join(corpus, province, "plan.yaml"), os.path.join(probe, "b.yaml"))
        proc = subprocess.run([kehoach, "validate", "--format", "json", probe],
                              capture_output=True, check=False)
        if proc.returncode not in (0, 1):
            return False
        return json.loads(proc.stdout)["summary"]["files"] == 2
    except (OSError, ValueError, KeyError, IndexError):
        return False
    finally:
        shutil.rmtree(probe, ignore_errors=True)


def has_command(kehoach, name):
    """True when `kehoach --help` lists the command (`kehoach NAME --help` exits 0 either way)."""
    out = subprocess.run([kehoach, "--help"], capture_output=True, text=True, check=False).stdout
    return re.search(rf"^\s+{name}\s", out, re.M) is not None


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, check=False, text=True)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


# ---------------------------------------------------------------------------------------------
# python3-jsonschema worker (run as a separate process so that its memory is its own)

def plan_loader():
    """A libyaml loader that reads plain scalars as tests/schema/check.py does (YAML 1.2: dates
    stay text, only true/false are booleans)."""
    import yaml
    sys.path.insert(0, os.path.join(ROOT, "tests", "schema"))
    import check

    base = yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader

    class Loader(base):
        pass

    Loader.yaml_implicit_resolvers = check.PlanLoader.yaml_implicit_resolvers
    Loader.add_constructor("tag:yaml.org,2002:int", check._construct_int)
    return Loader


def jsonschema_worker(list_file):
    import jsonschema
    import yaml
    Loader = plan_loader()
    with open(SCHEMA, encoding="utf-8") as fh:
        validator = jsonschema.Draft202012Validator(json.load(fh))
    with open(list_file, encoding="utf-8") as fh:
        files = fh.read().splitlines()
    invalid = 0
    for path in files:
        try:
            with open(path, "rb") as fh:
                document = yaml.load(fh.read().decode("utf-8", "replace"), Loader=Loader)
            errors = list(validator.iter_errors(document))
        except yaml.YAMLError:
            errors = [1]
        invalid += bool(errors)
    print(f"{len(files)} files, {invalid} invalid")
    return 0


# ---------------------------------------------------------------------------------------------
# callgrind

def merged_top(rows, short, n=15):
    """The functions with the largest self cost, recursion levels of one function added up."""
    total = {}
    for _, pct, name in rows:
        key = short(name)
        total[key] = total.get(key, 0.0) + pct
    return sorted(((pct, name) for name, pct in total.items()), reverse=True)[:n]


def profile(kehoach, corpus, files, out_dir):
    """callgrind over 100 plans of one province: top functions, and the share of YAML parsing."""
    if not shutil.which("valgrind") or not shutil.which("callgrind_annotate"):
        return None
    province = files[0].split("/")[0]
    sample = [f for f in files if f.startswith(province + "/")][:100]
    out = os.path.join(out_dir, "callgrind.out")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", kehoach,
                    "validate"] + sample, cwd=corpus, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    if not os.path.exists(out):
        return None

    def annotate(inclusive):
        text = subprocess.run(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}",
                               "--threshold=100", out], capture_output=True, text=True,
                              check=False).stdout
        rows = []
        total = None
        for line in text.splitlines():
            m = re.match(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)$", line)
            if m:
                rows.append((int(m.group(1).replace(",", "")), float(m.group(2)), m.group(3)))
            t = re.match(r"^\s*([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", line)
            if t:
                total = int(t.group(1).replace(",", ""))
        return total, [r for r in rows if "PROGRAM TOTALS" not in r[2]]

    total, self_rows = annotate(False)
    _, incl_rows = annotate(True)

    def short(name):
        obj = re.search(r"\[([^\]]+)\]\s*$", name)
        obj = os.path.basename(obj.group(1)) if obj else "?"
        name = name.split(" [")[0]
        name = re.sub(r"^(?:\?\?\?|[^ :]*\.(?:cpp|hpp|h|c|cc|S)):", "", name)
        name = re.sub(r"'\d+$", "", name)  # callgrind's recursion depth
        name = name.replace("(anonymous namespace)", "{anon}")
        name = re.sub(r"\(.*\)", "()", name)
        if re.match(r"^0x[0-9a-f]+$", name):
            name += f" (no symbol, in {obj})"
        return name if len(name) <= 90 else name[:87] + "..."

    def incl_share(pattern):
        best = 0.0
        for _, pct, name in incl_rows:
            if re.search(pattern, name):
                best = max(best, pct)
        return best

    yaml_self = sum(pct for _, pct, name in self_rows
                    if re.match(r"^(?:[^ :]*:)?fy_", name.split(" [")[0]) or "libfyaml" in name)
    return {
        "plans": len(sample), "total": total,
        "top_self": merged_top(self_rows, short),
        "load_plan": incl_share(r"kehoach::load_plan\("),
        "check_plan": incl_share(r"kehoach::check_plan\("),
        "check_against_parent": incl_share(r"kehoach::check_against_parent\("),
        "yaml_parser": incl_share(r"\bfy_parser_parse\b"),
        "yaml_self": yaml_self,
        "output": incl_share(r"kehoach::format_diagnostics_text\("),
    }


# ---------------------------------------------------------------------------------------------
# Report

def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kb = int(fh.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return cpu, os.cpu_count(), mem


def fmt_wall(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def node_package_version(name):
    """The version of an npm package installed next to ajv-cli (AJV is node_modules/.bin/ajv)."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(AJV))), "..", name,
                        "package.json")
    if not os.path.exists(path):
        path = os.path.join(os.path.dirname(os.path.dirname(AJV)), name, "package.json")
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)["version"]
    except (OSError, ValueError, KeyError):
        return "?"


def render(results, ratios, prof, info):
    lines = []
    lines.append(f"Measured {info['date']} by `{info['command']}`.")
    lines.append("")
    lines.append(f"- machine: {info['cpu']}, {info['nproc']} cores (`nproc`), {info['mem']} memory, {info['os']}")
    lines.append(f"- kehoach {info['kehoach']} (Release, g++ {info['gxx']}, libfyaml {info['libfyaml']}), "
                 f"{info['mode']}")
    lines.append(f"- ajv-cli {info['ajv_cli']} (ajv {info['ajv']}, js-yaml {info['js_yaml']}), node {info['node']}; "
                 f"python3-jsonschema {info['jsonschema']}, python3-yaml {info['pyyaml']} (libyaml), Python {info['python']}")
    lines.append(f"- corpus: `{info['corpus_cmd']}`: {info['plans']} plans ({info['levels']}), "
                 f"{info['mb']:.1f} MB of YAML, {info['faulty']} with an injected fault; "
                 f"{info['comparable']} files in the comparison (all but the {info['plans'] - info['comparable']} "
                 "that js-yaml cannot parse: ajv-cli stops at the first of them)")
    lines.append("")
    lines.append("| what | files | wall (median) | CPU user+sys (median) | peak memory | runs | load | note |")
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in results:
        cpu = fmt_wall(statistics.median(r.cpus)) if r.cpus else "–"
        lines.append(f"| {r.name} | {r.files} | {fmt_wall(r.wall)} | {cpu} | {r.rss_kb / 1024:.0f} MB | "
                     f"{r.runs} | {r.load:.1f} | {r.note} |")
    lines.append("")
    lines.append("`load` is the 1-minute load average when the measurement ended: above the number of "
                 "cores, other work shared the machine and wall times are too long; CPU times are "
                 "less affected.")
    lines.append("")
    if ratios:
        lines.append("| ratio (same files, medians) | times faster, wall | times faster, CPU | load |")
        lines.append("| --- | ---: | ---: | ---: |")
        for name, wall, cpu, load in ratios:
            lines.append(f"| {name} | {wall:.2f}× | {cpu:.2f}× | {load:.1f} |")
        lines.append("")
    if prof:
        lines.append(f"callgrind, `kehoach validate` of {prof['plans']} plans of one province "
                     f"({prof['total']:,} instructions; inclusive shares):")
        lines.append("")
        lines.append(f"- `kehoach::load_plan` (reading: libfyaml parse, tree, mapping, NFC, deadline phrases): "
                     f"{prof['load_plan']:.1f} %, of which libfyaml's parser "
                     f"(`fy_parser_parse`) {prof['yaml_parser']:.1f} %; "
                     f"self time in libfyaml (`fy_` functions) {prof['yaml_self']:.1f} %")
        lines.append(f"- `kehoach::check_plan`: {prof['check_plan']:.1f} %; "
                     f"`kehoach::check_against_parent`: {prof['check_against_parent']:.1f} %; "
                     f"text output: {prof['output']:.1f} %")
        lines.append("")
        lines.append("| self % | function |")
        lines.append("| ---: | --- |")
        for pct, name in prof["top_self"]:
            lines.append(f"| {pct:.1f} | `{name.replace('|', '∣')}` |")
        lines.append("")
    return "\n".join(lines)


def write_doc(section, body):
    start = f"<!-- bench:{section}:start -->"
    end = f"<!-- bench:{section}:end -->"
    with open(DOC, encoding="utf-8") as fh:
        doc = fh.read()
    if start not in doc or end not in doc:
        raise SystemExit(f"bench.py: {DOC} has no {start} … {end} markers")
    before, rest = doc.split(start, 1)
    _, after = rest.split(end, 1)
    tmp = DOC + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(before + start + "\n" + body + "\n" + end + after)
    os.replace(tmp, DOC)
    log(f"wrote the {section} section of {DOC}")


# ---------------------------------------------------------------------------------------------

def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--jsonschema-worker":
        return jsonschema_worker(sys.argv[2])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="corpus folder (generated when it has no corpus.json)")
    parser.add_argument("--shape", default="post2025", choices=["post2025", "pre2025"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fault-rate", type=float, default=0.05)
    parser.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    parser.add_argument("--kehoach", help="use this kehoach binary instead of building one")
    parser.add_argument("--jobs", type=int, help="pass -j N to validate and overdue (when they take it)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each whole-corpus measurement")
    parser.add_argument("--single-runs", type=int, default=50)
    parser.add_argument("--section", default="after",
                        help="section of docs/PERFORMANCE.md to write (default: after)")
    parser.add_argument("--no-doc", action="store_true", help="print only")
    parser.add_argument("--no-profile", action="store_true", help="skip callgrind")
    parser.add_argument("--no-compare", action="store_true", help="skip ajv-cli and python3-jsonschema")
    parser.add_argument("--ajv", help="ajv-cli to run (default: $KEHOACH_AJV, else tools/node_modules)")
    args = parser.parse_args()
    global AJV
    if args.ajv:
        AJV = os.path.abspath(args.ajv)

    corpus = os.path.abspath(args.corpus or os.path.join(
        tempfile.gettempdir(), f"kehoach-bench-{args.shape}-{args.seed}"))
    ensure_corpus(corpus, args.shape, args.seed, args.fault_rate)
    kehoach = os.path.abspath(args.kehoach) if args.kehoach else ensure_build(os.path.abspath(args.build))
    if not args.no_compare:
        ensure_ajv()
    with open(os.path.join(corpus, "corpus.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    files = plan_files(corpus)
    fault_of = faults(corpus)
    comparable = [f for f in files if fault_of.get(f) not in UNPARSABLE_BY_JS_YAML]
    folders = supports_folders(kehoach, corpus)
    targets = ["."] if folders else files
    jobs = []
    if args.jobs and "--jobs" in subprocess.run([kehoach, "validate", "--help"], capture_output=True,
                                                text=True, check=False).stdout:
        jobs = ["-j", str(args.jobs)]
    mode = ("folders: `kehoach validate <corpus>`" if folders else
            "files: every plan named on the command line (no folder support yet)")
    if jobs:
        mode += f", `-j {args.jobs}`"

    results, ratios = [], []
    results.append(timed("`kehoach validate`, whole corpus, parent checks", [kehoach, "validate"] + jobs + targets,
                         corpus, args.runs, len(files), "exit 1: the injected faults"))
    if has_command(kehoach, "overdue"):
        results.append(timed(f"`kehoach overdue --as-of {meta['as_of']}`, whole corpus",
                             [kehoach, "overdue", "--as-of", meta["as_of"]] + jobs + targets,
                             corpus, args.runs, len(files)))
    if has_command(kehoach, "deadlines"):
        results.append(timed("`kehoach deadlines`, whole corpus",
                             [kehoach, "deadlines"] + targets, corpus, args.runs, len(files)))
    one = next(f for f in files if "/xa/" in f and f not in fault_of
               and "  file: " in open(os.path.join(corpus, f), encoding="utf-8").read())
    results.append(repeated(f"`kehoach validate` of one commune plan and its parent: `{one}`",
                            [kehoach, "validate", one], corpus, args.single_runs))
    alone = next(f for f in files if f.endswith("/plan.yaml") and f not in fault_of)
    results.append(repeated(f"`kehoach validate` of one province plan (no parent): `{alone}`",
                            [kehoach, "validate", alone], corpus, args.single_runs))
    results.append(repeated("`kehoach --version` (start-up alone)", [kehoach, "--version"], corpus,
                            args.single_runs))

    tmp = tempfile.mkdtemp(prefix="kehoach-bench-")
    try:
        if not args.no_compare:
            k_same = timed("`kehoach validate`, the compared files", [kehoach, "validate"] + jobs + comparable,
                           corpus, args.runs, len(comparable), "all rules and parent checks")
            results.append(k_same)
            ajv_args = []
            for f in comparable:
                ajv_args += ["-d", f]
            ajv = timed("ajv-cli, schema only, YAML files",
                        [AJV, "validate", "--spec=draft2020", "-s", SCHEMA, "--strict=false",
                         "--all-errors", "--errors=no"] + ajv_args,
                        corpus, args.runs, len(comparable),
                        "js-yaml reads unquoted dates as timestamps: every plan reported invalid",
                        ok=(0, 1))
            results.append(ajv)
            # JSON copies read as kehoach reads YAML (dates stay text): a correct schema pass
            jdir = os.path.join(tmp, "json")
            import yaml  # noqa: E402
            loader = plan_loader()
            json_args = []
            for f in comparable:
                try:
                    with open(os.path.join(corpus, f), "rb") as fh:
                        doc = yaml.load(fh.read().decode("utf-8"), Loader=loader)
                except (yaml.YAMLError, UnicodeDecodeError, ValueError):
                    continue
                out = os.path.join(jdir, f[:-5] + ".json")
                os.makedirs(os.path.dirname(out), exist_ok=True)
                with open(out, "w", encoding="utf-8") as fh:
                    json.dump(doc, fh, ensure_ascii=False)
                json_args += ["-d", os.path.relpath(out, corpus)]
            results.append(timed("ajv-cli, schema only, JSON copies", [AJV, "validate", "--spec=draft2020",
                                 "-s", SCHEMA, "--strict=false", "--all-errors", "--errors=no"] + json_args,
                                 corpus, args.runs, len(json_args) // 2,
                                 "converted beforehand (not timed): no YAML parsing", ok=(0, 1)))
            list_file = os.path.join(tmp, "files.txt")
            with open(list_file, "w", encoding="utf-8") as fh:
                fh.write("\n".join(comparable) + "\n")
            py = timed("python3-jsonschema, schema only, YAML files",
                       ["/usr/bin/python3", os.path.abspath(__file__), "--jsonschema-worker", list_file],
                       corpus, args.runs, len(comparable), "Draft202012Validator, libyaml", ok=(0,))
            results.append(py)
            def ratio(name, other):
                cpu = statistics.median(other.cpus) / statistics.median(k_same.cpus)
                return (name, other.wall / k_same.wall, cpu, max(other.load, k_same.load))
            ratios.append(ratio("kehoach (all checks) vs ajv-cli (schema only, YAML)", ajv))
            ratios.append(ratio("kehoach (all checks) vs ajv-cli (schema only, JSON copies)", results[-2]))
            ratios.append(ratio("kehoach (all checks) vs python3-jsonschema (schema only)", py))
        prof = None if args.no_profile else profile(kehoach, corpus, files, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    import yaml as pyyaml
    info = {
        "date": datetime.date.today().isoformat(),
        "command": "/usr/bin/python3 tools/bench.py " + " ".join(sys.argv[1:]),
        "cpu": machine()[0], "nproc": machine()[1], "mem": machine()[2],
        "os": platform.platform(),
        "kehoach": version([kehoach, "--version"]).split()[-1],
        "gxx": version(["g++", "-dumpversion"]),
        "libfyaml": version(["dpkg-query", "-W", "-f=${Version}", "libfyaml-dev"]),
        "mode": mode,
        "ajv_cli": node_package_version("ajv-cli"),
        "ajv": node_package_version("ajv"),
        "js_yaml": node_package_version("js-yaml"),
        "node": version(["node", "--version"]),
        "jsonschema": version(["dpkg-query", "-W", "-f=${Version}", "python3-jsonschema"]),
        "pyyaml": pyyaml.__version__, "python": platform.python_version(),
        "corpus_cmd": f"tools/make_corpus.py --shape {meta['shape']} --seed {meta['seed']} --fault-rate {meta['fault_rate']}",
        "plans": len(files), "levels": ", ".join(f"{v} {k}" for k, v in meta["by_level"].items()),
        "mb": meta["plan_bytes"] / 1e6, "faulty": meta["faulty_plans"], "comparable": len(comparable),
    }
    body = render(results, ratios, prof, info)
    print(body)
    if not args.no_doc:
        write_doc(args.section, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
