#!/bin/sh
# wellformed.sh PLAN TOPDIR - the HTML pages plan writes are well-formed:
# every report and digest of the shipped plans and fixtures, in both
# languages, parses as XML (a stricter test than HTML's own rules).
set -u
# Missing tools skip the test (77), or fail it under PLAN_TEST_STRICT=1 (CI).
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$1
cd "$2/tests/cli" || exit 1
command -v python3 >/dev/null || { echo "python3 is not installed: skipped"; exit "$skip"; }
unset PLAN_DIR
export LC_ALL=C.UTF-8 TZ=UTC PLAN_TODAY=2024-07-01 GIT_DIR=/dev/null
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-html.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
n=0
for lang in vi en; do
	for cmd in "report ../../plans" "report --plan btp-365-2024 ../../plans" \
		"report --unit Cục\ CNTT --role any --with-collective ../../plans" \
		"digest --days 30 ../../plans" "report fixtures/good" "digest fixtures/schedule.yaml" \
		"report --today 2024-12-10 ../html/fixtures/charts.yaml"; do
		n=$((n + 1))
		eval "\"$PLAN\" $cmd --lang $lang --format html" >"$T/$n.html" || {
			echo "failed: plan $cmd --lang $lang --format html"
			exit 1
		}
	done
done
python3 - "$T" "$n" <<'PY'
import sys
import xml.dom.minidom

folder, n = sys.argv[1], int(sys.argv[2])
for i in range(1, n + 1):
    path = f"{folder}/{i}.html"
    with open(path, "rb") as f:
        data = f.read()
    if not data:
        sys.exit(f"{path}: empty")
    doc = xml.dom.minidom.parseString(data)
    root = doc.documentElement
    assert root.tagName == "html" and root.getAttribute("lang") in ("vi", "en"), path
    assert doc.getElementsByTagName("title")[0].firstChild, f"{path}: no title"
    assert doc.getElementsByTagName("h1"), f"{path}: no heading"
print(f"{n} pages are well-formed")
PY
