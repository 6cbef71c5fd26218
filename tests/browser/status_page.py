#!/usr/bin/env python3
"""`kehoach status --format html` opened in a real browser (Debian's chromium, headless).

Writes the page for a case, opens it in chromium through the DevTools protocol over a pipe
(--remote-debugging-pipe: no network port, no npm, standard library only), and checks:
- the summary figures and one row per unit are those of `--format json` for the same input;
- every row shows its state in words (the labels of the JSON) and the expected colour class;
- the SVG timeline has one group per parent deadline, with the JSON's counts;
- clicking a column heading (a real mouse click) sorts the rows through the page's own script,
  ascending then descending, for a text column and a number column;
- the page asks for nothing but itself (no network) and logs no console error or exception;
- printing gives A4 landscape pages (checked with poppler's pdfinfo);
- a screenshot at 1280×800 is saved to OUT/<case>.png (and the PDF to OUT/<case>.pdf).

  status_page.py --bin build/kehoach --chromium /usr/bin/chromium --root . --out build/status-page
"""
import argparse
import base64
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# name, arguments after `kehoach status`, and facts about the case checked exactly.
CASES = [
    ("province", ["tests/fixtures/status-province/ha-noi",
                  "--units", "tests/fixtures/status-province/units.yaml",
                  "--as-of", "2026-09-30"],
     {"rows": 10, "no_plan": 2, "expected": 10}),
    ("tay-ninh-2026", ["examples/tay-ninh-2026", "examples/tay-ninh-2026-commune",
                       "tests/fixtures/hierarchy/tay-ninh-2026-broken-commune.yaml",
                       "--units", "tests/fixtures/status-tay-ninh-2026/units.yaml",
                       "--as-of", "2026-09-30"],
     {"rows": 4, "no_plan": 2, "expected": 3}),
]


class Browser:
    """chromium --headless with the DevTools protocol on fds 3 (in) and 4 (out)."""

    def __init__(self, chromium, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        # chromium reads the protocol on fd 3 and writes on fd 4: a shell puts the pipes there.
        self.proc = subprocess.Popen(
            ["/bin/sh", "-c", f'exec "$0" "$@" 3<&{to_child_r} 4>&{from_child_w}',
             chromium, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
             "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            pass_fds=(to_child_r, from_child_w))
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            for reply in self.read(deadline):
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
                self.events.append(reply)

    def read(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.time()
            if left <= 0 or not select.select([self.from_child], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe: "
                                   + self.proc.stderr.read().decode(errors="replace")[-2000:])
            self.buffer += chunk
        out = []
        while b"\0" in self.buffer:
            raw, self.buffer = self.buffer.split(b"\0", 1)
            out.append(json.loads(raw))
        return out

    def wait_event(self, method, timeout=30):
        deadline = time.time() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    return self.events.pop(i)
            self.events.extend(self.read(deadline))

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector):
        box = self.evaluate(f"(function(){{var e=document.querySelector({json.dumps(selector)});"
                            "e.scrollIntoView({block: 'center'});var r=e.getBoundingClientRect();"
                            "return [r.x+r.width/2,r.y+r.height/2];})()")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1],
                                                   "button": "left", "clickCount": 1})

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_child)
        os.close(self.from_child)


def check_case(name, args, facts, opts, problems):
    def fail(text):
        problems.append(f"{name}: {text}")

    run = lambda fmt: subprocess.run([opts.bin, "status", *args, "--format", fmt],
                                     cwd=opts.root, capture_output=True, timeout=60)
    as_json = run("json")
    page = run("html")
    if page.returncode != as_json.returncode or page.returncode not in (0, 1):
        fail(f"exit status {page.returncode} (html), {as_json.returncode} (json)")
        return
    data = json.loads(as_json.stdout)
    out = Path(opts.out)
    html_path = out / f"{name}.html"
    html_path.write_bytes(page.stdout)

    profile = tempfile.mkdtemp(prefix="kehoach-chromium-")
    browser = Browser(opts.chromium, profile)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"}, session=False)
        browser.session = browser.send("Target.attachToTarget", {
            "targetId": target["targetId"], "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable")
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
        url = html_path.resolve().as_uri()
        browser.send("Page.navigate", {"url": url})
        # A load event may still be about:blank's: wait until the page itself has loaded.
        deadline = time.time() + 60
        while browser.evaluate("location.href + ' ' + document.readyState") != url + " complete":
            if time.time() > deadline:
                raise TimeoutError(f"{url} did not load")
            time.sleep(0.05)

        # The summary figures, as the JSON gives them.
        figures = browser.evaluate(
            "Array.from(document.querySelectorAll('#summary li')).map(function(li){"
            "return [li.getAttribute('data-figure'), Number(li.querySelector('b').textContent)];})")
        got = dict(figures)
        for key in ("expected", "with_plan", "on_time", "fully_covered", "with_overdue",
                    "reported"):
            if got.get(key) != data["summary"][key]:
                fail(f"summary {key}: page {got.get(key)}, json {data['summary'][key]}")
        if data["summary"]["expected"] != facts["expected"]:
            fail(f"expected units {data['summary']['expected']}, want {facts['expected']}")

        # One row per unit, with the state in words and its colour class.
        rows = browser.evaluate(
            "Array.from(document.querySelectorAll('#units tbody tr')).map(function(tr){"
            "return {name: tr.cells[0].textContent, cls: tr.className,"
            " labels: Array.from(tr.querySelectorAll('.badge')).map(function(b){"
            "return b.textContent;}), colour: getComputedStyle(tr.cells[0]).borderLeftColor};})")
        if len(rows) != facts["rows"] or len(rows) != len(data["units"]):
            fail(f"{len(rows)} rows, want {facts['rows']} (json {len(data['units'])})")
        colours = {"s2": "rgb(198, 40, 40)", "s1": "rgb(239, 143, 0)", "s0": "rgb(46, 125, 50)"}
        for row, unit in zip(rows, data["units"]):
            want = unit["labels"] + (["chưa gửi kế hoạch"] if False else [])
            if row["name"] != unit["name"]:
                fail(f"row {row['name']!r}, json {unit['name']!r}")
            if row["labels"][:len(want)] != want:
                fail(f"{unit['name']}: labels {row['labels']}, json {want}")
            attention = any(s not in ("ok", "draft") for s in unit["states"])
            want_class = "s2" if attention else ("s1" if "draft" in unit["states"] else "s0")
            if row["cls"] != want_class or row["colour"] != colours[want_class]:
                fail(f"{unit['name']}: class {row['cls']} colour {row['colour']}, want {want_class}")
        no_plan = sum("chưa gửi kế hoạch" in r["labels"] for r in rows)
        if no_plan != facts["no_plan"]:
            fail(f"{no_plan} rows labelled “chưa gửi kế hoạch”, want {facts['no_plan']}")

        # The timeline: one group per parent deadline, with the counts of the JSON.
        groups = browser.evaluate(
            "Array.from(document.querySelectorAll('svg#timeline g.deadline')).map(function(g){"
            "return [g.getAttribute('data-due'), Number(g.getAttribute('data-done')),"
            " Number(g.getAttribute('data-late')), Number(g.getAttribute('data-open')),"
            " g.querySelector('text').textContent];})")
        want_groups = [[d["due"], d["done"], d["late"], d["open"]] for d in data["deadlines"]]
        if [g[:4] for g in groups] != want_groups:
            fail(f"timeline groups {[g[:4] for g in groups]}, json {want_groups}")
        if not data["deadlines"]:
            fail("the case has no parent deadline to show")
        for g in groups:
            words = f"{g[1]} xong, {g[2]} muộn, {g[3]} chưa đến hạn"
            if words not in g[4]:
                fail(f"timeline label {g[4]!r} lacks {words!r}")

        # The page as it opens, before any sorting.
        png = base64.b64decode(browser.send("Page.captureScreenshot", {
            "format": "png", "clip": {"x": 0, "y": 0, "width": 1280, "height": 800, "scale": 1}})["data"])
        (out / f"{name}.png").write_bytes(png)
        if png[16:24] != (1280).to_bytes(4, "big") + (800).to_bytes(4, "big"):
            fail("the screenshot is not 1280×800")

        # And the whole page, timeline included, for a reader of the build folder.
        height = browser.evaluate("document.documentElement.scrollHeight")
        full = base64.b64decode(browser.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1}})["data"])
        (out / f"{name}-full.png").write_bytes(full)

        # Sorting through the page's own script, by real clicks on the headings.
        def column(index):
            return browser.evaluate(
                "Array.from(document.querySelectorAll('#units tbody tr')).map(function(tr){"
                f"return tr.cells[{index}].getAttribute('data-sort');}})")

        def collate(values):
            return browser.evaluate(
                f"{json.dumps(values)}.slice().sort(function(a,b){{return a.localeCompare(b,'vi');}})")

        names = column(0)
        browser.click("#units thead th:nth-child(1) button")
        if column(0) != collate(names):
            fail(f"sorting by unit (ascending) gave {column(0)}")
        browser.click("#units thead th:nth-child(1) button")
        if column(0) != list(reversed(collate(names))):
            fail(f"sorting by unit (descending) gave {column(0)}")
        state = browser.evaluate("document.querySelector('#units thead th:nth-child(1)')"
                                 ".getAttribute('aria-sort')")
        if state != "descending":
            fail(f"aria-sort after two clicks: {state}")
        overdue = [float(v) for v in column(7)]
        browser.click("#units thead th:nth-child(8) button")
        if [float(v) for v in column(7)] != sorted(overdue):
            fail(f"sorting by overdue gave {column(7)}")

        # Printing: A4 landscape.
        pdf = base64.b64decode(browser.send("Page.printToPDF", {
            "preferCSSPageSize": True, "printBackground": True})["data"])
        pdf_path = out / f"{name}.pdf"
        pdf_path.write_bytes(pdf)
        if shutil.which("pdfinfo"):
            info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True).stdout
            size = next((l for l in info.splitlines() if l.startswith("Page size:")), "")
            numbers = re.findall(r"[0-9.]+", size)
            # A4 is 841.89 × 595.28 pt; chromium rounds to its own units (841.92 × 594.96).
            if len(numbers) < 2 or abs(float(numbers[0]) - 841.89) > 1 or \
                    abs(float(numbers[1]) - 595.28) > 1:
                fail(f"printed page is not A4 landscape: {size!r}")
        else:
            fail("pdfinfo is missing: sh scripts/install-deps.sh --tests (poppler-utils)")

        # Nothing but the page itself was requested; no console error, no exception.
        for e in browser.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if url != html_path.resolve().as_uri():
                    fail(f"the page requested {url}")
            elif method == "Runtime.exceptionThrown":
                fail(f"exception: {params['exceptionDetails'].get('text')}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                fail(f"console error: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                fail(f"console error: {params['entry'].get('text')}")
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--root", required=True)
    parser.add_argument("--out", required=True)
    opts = parser.parse_args()
    opts.bin = str(Path(opts.bin).resolve())
    if not Path(opts.chromium).exists():
        print(f"{opts.chromium} is missing: sh scripts/install-deps.sh --tests (chromium)")
        return 1
    Path(opts.out).mkdir(parents=True, exist_ok=True)
    problems = []
    for name, args, facts in CASES:
        try:
            check_case(name, args, facts, opts, problems)
        except Exception as e:  # a broken pipe or a timeout is a failure, said plainly
            problems.append(f"{name}: {type(e).__name__}: {e}")
    for p in problems:
        print("FAIL " + p)
    print(f"{len(CASES)} pages checked, {len(problems)} problems; screenshots in {opts.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
