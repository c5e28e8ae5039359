#!/bin/sh
# office.sh PLAN - what LibreOffice writes today imports as the fixtures do.
#
# Starts LibreOffice headless to make the documents of make-fixtures.sh
# afresh, imports each, and compares the plan with the one the committed
# fixture gives (which the golden cases pin): a change in how an office
# suite saves a table shows here, not in a clerk's office.
set -u
# Without LibreOffice the test is skipped (77), or fails under PLAN_TEST_STRICT=1 (CI).
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is not installed: skipped"; exit "$skip"; }
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-office.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
export LC_ALL=C.UTF-8 TZ=UTC

sh "$here/make-fixtures.sh" "$T/made" || exit 1
units=$here/../../plans/units.yaml
status=0
n=0
for made in "$T"/made/*; do
	name=$(basename "$made")
	fixture=$here/fixtures/$name
	[ -f "$fixture" ] || { echo "$name: LibreOffice made a document no fixture has"; status=1; continue; }
	# the first line names the file read; the rest is the plan
	"$PLAN" import --units "$units" --issued 2025-01-02 "$fixture" 2>/dev/null | tail -n +2 >"$T/want"
	"$PLAN" import --units "$units" --issued 2025-01-02 "$made" 2>"$T/err" | tail -n +2 >"$T/got"
	if [ ! -s "$T/got" ]; then
		echo "$name: LibreOffice's document does not import:"
		cat "$T/err"
		status=1
	elif ! cmp -s "$T/want" "$T/got"; then
		echo "$name: LibreOffice's document imports otherwise than the fixture:"
		diff "$T/want" "$T/got"
		status=1
	fi
	n=$((n + 1))
done
[ "$n" -ge 7 ] || { echo "only $n documents made"; status=1; }
[ $status = 0 ] && echo "$n documents made by LibreOffice import as their fixtures do"
exit $status
