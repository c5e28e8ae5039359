#!/bin/sh
# roundtrip.sh PLAN TOPDIR - each shipped plan, written back as the table of
# its document (table_of.py) and imported, gives the same plan: the same
# tasks with the same fields (plan list --format json, but for status,
# deliveries and an explicit due, which no table has: the same deadline
# words in a plan of the same year read the same), the same number, title,
# issuer and date.
set -u
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$1
TOP=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
command -v python3 >/dev/null || { echo "python3 is not installed: skipped"; exit "$skip"; }
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-roundtrip.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
export LC_ALL=C.UTF-8 TZ=UTC PLAN_TODAY=2024-06-15

# what a table says of a plan: its tasks' fields, not the file or the progress
tasks() {
	python3 -c '
import json, sys
keep = ("ref", "id", "section", "parent", "task", "lead", "support", "deadline", "product",
        "funding", "note")
print(json.dumps([{k: t[k] for k in keep} for t in json.load(sys.stdin)],
                 ensure_ascii=False, indent=1))'
}
header() {
	grep -E '^[^ /]+ (number|title|issuer|issued):' "$1"
}

status=0
for plan in "$TOP"/plans/*.yaml; do
	name=$(basename "$plan" .yaml)
	[ "$name" = units ] && continue
	"$PLAN" show --flat "$plan" >"$T/$name.flat" &&
		"$PLAN" list --format json "$plan" "$TOP/plans/units.yaml" >"$T/$name.json" &&
		python3 "$here/table_of.py" "$T/$name.flat" "$T/$name.json" >"$T/$name.csv" || exit 1
	if ! "$PLAN" import --units "$TOP/plans/units.yaml" -o "$T/$name.yaml" "$T/$name.csv" 2>"$T/err"; then
		echo "$name: the table does not import:"
		cat "$T/err"
		status=1
		continue
	fi
	"$PLAN" list --format json "$plan" "$TOP/plans/units.yaml" | tasks >"$T/want"
	"$PLAN" list --format json "$T/$name.yaml" "$TOP/plans/units.yaml" | tasks >"$T/got"
	"$PLAN" show --flat "$T/$name.yaml" >"$T/$name.back"
	if ! cmp -s "$T/want" "$T/got"; then
		echo "$name: the imported tasks differ:"
		diff "$T/want" "$T/got" | head -40
		status=1
	elif [ "$(header "$T/$name.flat")" != "$(header "$T/$name.back")" ]; then
		echo "$name: the imported plan's number, title, issuer or date differ:"
		header "$T/$name.flat"
		header "$T/$name.back"
		status=1
	else
		echo "$name: $(grep -c '"ref"' "$T/want") tasks back as they were"
	fi
done
exit $status
