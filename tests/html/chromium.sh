#!/bin/sh
# chromium.sh PLAN TOPDIR - the charts of plan report --format html, as a
# real browser shows them: Debian's chromium, headless, opens the report of
# the shipped plans and of tests/html/fixtures/charts.yaml (today fixed),
# logs no console message (an SVG attribute it rejects is one), holds in
# the DOM it rendered one bar per lead unit whose segments are the counts
# that plan report --format md shows, and a bar per month whose segments
# add up to the summary's counts; its screenshot is a PNG of the window's
# size, not blank, with the overdue tasks' hatching in it.
set -u
# Missing tools skip the test (77), or fail it under PLAN_TEST_STRICT=1 (CI).
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$1
TOP=$2
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3) || { echo "python3 is not installed: skipped"; exit "$skip"; }
command -v chromium >/dev/null || { echo "chromium is not installed: skipped"; exit "$skip"; }
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=vi family)" ]; then
	echo "no font has Vietnamese glyphs (fonts-dejavu-core): skipped"
	exit "$skip"
fi
unset PLAN_DIR
export LC_ALL=C.UTF-8 TZ=UTC GIT_DIR=/dev/null
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-chromium.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
limit=
command -v timeout >/dev/null && limit="timeout 120"

# chromium [OPTION...] URL: headless, in a profile of its own, console messages on stderr.
browse() {
	$limit chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
		--disable-background-networking \
		--user-data-dir="$T/profile" --enable-logging=stderr --v=0 "$@"
}

# The console messages are seen: a page that logs one shows in the log.
printf '<!DOCTYPE html><html><body><script>console.error("seen")</script></body></html>\n' \
	>"$T/control.html"
browse --dump-dom "file://$T/control.html" >"$T/control.dom" 2>"$T/control.log"
grep -q 'CONSOLE.*"seen"' "$T/control.log" || {
	echo "chromium's console messages do not reach its log:"
	cat "$T/control.log"
	exit 1
}

# page NAME HEIGHT SCALE ARGS...: the report as md and as html, the DOM
# chromium made of it, and a screenshot of a window 1000 pixels wide and
# HEIGHT high, at SCALE (the shipped plans' long page at half size, to be
# quick to check).
page() {
	name=$1 height=$2 scale=$3
	shift 3
	"$PLAN" report "$@" --format md >"$T/$name.md" &&
		"$PLAN" report "$@" --format html >"$T/$name.html" || {
		echo "failed: plan report $* --format md/html"
		exit 1
	}
	browse --dump-dom "file://$T/$name.html" >"$T/$name.dom" 2>"$T/$name.log" &&
		browse --screenshot="$T/$name.png" --window-size="1000,$height" \
			--force-device-scale-factor="$scale" \
			"file://$T/$name.html" >/dev/null 2>"$T/$name.shot.log" || {
		echo "chromium failed on $name.html:"
		cat "$T/$name.log" "$T/$name.shot.log"
		exit 1
	}
	echo "$name $height $scale" >>"$T/pages"
}
page shipped 8000 0.5 --today 2024-07-01 "$TOP/plans"
page fixture 2000 1 --today 2024-12-10 "$TOP/tests/html/fixtures/charts.yaml"
page fixture-en 2000 1 --today 2024-12-10 --lang en "$TOP/tests/html/fixtures/charts.yaml"

"$python" - "$T" <<'PY'
import html.parser
import re
import struct
import sys
import zlib

folder = sys.argv[1]
CLASSES = ["done", "overdue", "due-soon", "later", "ongoing", "undated", "dropped"]
# The columns of the table by lead unit after the name, and the classes they count.
UNIT_COLUMNS = ["total", "done", "done-late", "overdue", "due-soon", "later", "ongoing",
                "undated", "dropped"]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def md_cells(line):
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [re.sub(r"\\(.)", r"\1", c.strip()) for c in cells]


def md_tables(text):
    """The Markdown tables of text, each a list of rows of cells, headers left out."""
    tables, rows = [], None
    for line in text.splitlines():
        if line.startswith("|"):
            if rows is None:
                rows = []
                tables.append(rows)
            if not re.match(r"^\|( -+:? \|)+$", line):
                rows.append(md_cells(line))
        else:
            rows = None
    return [t[1:] for t in tables]  # the header row out


class Dom(html.parser.HTMLParser):
    """The charts of a rendered page: each svg's bars, their segments and titles."""

    VOID = {"area", "base", "br", "col", "hr", "img", "input", "link", "meta", "wbr"}

    def __init__(self):
        super().__init__()
        self.charts, self.stack, self.text = [], [], None
        self.scripts = self.external = 0

    def handle_starttag(self, tag, attrs):
        a, owner = dict(attrs), self.stack[-1][1] if self.stack else None
        classes, thing = (a.get("class") or "").split(), None
        self.scripts += tag == "script"
        self.external += any(k in a for k in ("src", "href", "xlink:href"))
        if tag == "svg" and "plan-chart" in classes:
            thing = {"attrs": a, "bars": [], "title": None, "desc": None}
            self.charts.append(thing)
        elif tag == "g" and ("plan-bar" in classes or "plan-gap" in classes):
            thing = {"gap": "plan-gap" in classes, "segs": [], "title": None}
            self.charts[-1]["bars"].append(thing)
        elif tag == "rect" and "plan-seg" in classes:
            cls = [c[5:] for c in classes if c.startswith("plan-") and c != "plan-seg"]
            self.charts[-1]["bars"][-1]["segs"].append((cls[0], int(a["data-count"])))
        elif tag in ("title", "desc") and isinstance(owner, dict) and owner.get(tag) is None:
            self.text = (owner, tag, [])
        if tag not in self.VOID:
            self.stack.append((tag, thing))

    def handle_endtag(self, tag):
        if self.text and self.text[1] == tag:
            self.text[0][tag] = "".join(self.text[2])
            self.text = None
        if tag not in self.VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if self.text:
            self.text[2].append(data)


def png_pixels(path):
    """The width, height and rows of RGB(A) bytes of an 8-bit PNG (filters undone)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    at, idat = 8, b""
    while at < len(data):
        n, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + n]
        if kind == b"IHDR":
            w, h, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), f"{path}: depth {depth}, colour {colour}"
        elif kind == b"IDAT":
            idat += body
        at += 12 + n
    raw, bpp = zlib.decompress(idat), 3 if colour == 2 else 4
    stride, rows, prev = w * bpp, [], bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def check_page(name, height, scale):
    md = open(f"{folder}/{name}.md", encoding="utf-8").read()
    log = open(f"{folder}/{name}.log", encoding="utf-8", errors="replace").read()
    console = [l for l in log.splitlines() if ":CONSOLE" in l]
    check(not console, f"{name}: console messages: {console}")
    dom = Dom()
    dom.feed(open(f"{folder}/{name}.dom", encoding="utf-8").read())
    check(dom.scripts == 0 and dom.external == 0, f"{name}: a script or an external resource")
    check(len(dom.charts) == 2, f"{name}: {len(dom.charts)} charts, not 2")
    for chart in dom.charts:
        check(chart["attrs"].get("role") == "img" and chart["title"] and chart["desc"],
              f"{name}: a chart without role=img, a title or a description")
    tables = md_tables(md)
    summary, units = tables[0], tables[1]
    total = {UNIT_COLUMNS[i]: int(row[1]) for i, row in enumerate(summary)}
    # one bar per lead unit, its segments the counts of the table by lead unit
    bars = dom.charts[0]["bars"]
    check(len(bars) == len(units), f"{name}: {len(bars)} unit bars for {len(units)} units")
    for row, bar in zip(units, bars):
        want = {c: int(n) for c, n in zip(UNIT_COLUMNS, row[1:]) if c in CLASSES and int(n)}
        got = dict(bar["segs"])
        check(got == want, f"{name}: {row[0]}: segments {got}, the table says {want}")
        check(len(bar["segs"]) == len(got), f"{name}: {row[0]}: a class drawn twice")
        check((bar["title"] or "").startswith(row[0] + ": " + row[1] + " "),
              f"{name}: bar title {bar['title']!r} for {row[0]}")
    # the bars per month add up to the summary (done and dropped tasks may have no due date)
    sums = {c: 0 for c in CLASSES}
    for bar in dom.charts[1]["bars"]:
        for cls, n in bar["segs"]:
            sums[cls] += n
    for cls in ("overdue", "due-soon", "later"):
        check(sums[cls] == total[cls], f"{name}: months: {cls} {sums[cls]}, summary {total[cls]}")
    for cls in ("done", "dropped"):
        check(sums[cls] <= total[cls], f"{name}: months: {cls} {sums[cls]} > {total[cls]}")
    check(sums["ongoing"] == sums["undated"] == 0, f"{name}: months: ongoing or undated drawn")
    # the screenshot: the window's size, mostly white, with text, the bars and the hatching
    w, h, bpp, rows = png_pixels(f"{folder}/{name}.png")
    check((w, h) == (int(1000 * scale), int(height * scale)), f"{name}.png: {w}x{h}")
    ink = hatch = 0
    for line in rows[::2]:
        for x in range(0, w * bpp, bpp * 2):
            r, g, b = line[x], line[x + 1], line[x + 2]
            ink += r + g + b < 600
            hatch += abs(r - 163) < 24 and g < 60 and b < 60
    check(ink > 2000, f"{name}.png: blank ({ink} dark pixels sampled)")
    check(hatch > 50, f"{name}.png: no overdue hatching in the screenshot ({hatch})")
    print(f"{name}.png: {w}x{h}, {ink} dark and {hatch} hatching pixels sampled")
    return len(bars), len(dom.charts[1]["bars"])


for line in open(f"{folder}/pages"):
    name, height, scale = line.split()
    n_units, n_months = check_page(name, int(height), float(scale))
    print(f"{name}: {n_units} unit bars, {n_months} month rows")
if failures:
    sys.exit("\n".join(failures))
PY
