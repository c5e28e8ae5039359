#!/bin/sh
# tests/install/run.sh BUILD SOURCE - cmake --install puts plan in bin and
# its helpers plan-import and plan-xlsx in libexec/plan, and the installed
# plan finds them: plan import there writes what the built one writes, and
# --format xlsx a workbook.
set -eu
build=$1 src=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cmake --install "$build" --prefix "$T/prefix" >/dev/null
[ -x "$T/prefix/bin/plan" ] || { echo "no bin/plan installed" >&2; exit 1; }
for helper in plan-import plan-xlsx; do
	[ -x "$T/prefix/libexec/plan/$helper" ] || { echo "no libexec/plan/$helper installed" >&2; exit 1; }
done
csv=$src/tests/import/fixtures/bom-crlf.csv
"$build/plan" import --issued 2025-01-02 "$csv" >"$T/built" 2>&1
"$T/prefix/bin/plan" import --issued 2025-01-02 "$csv" >"$T/installed" 2>&1
cmp "$T/built" "$T/installed"
grep -q '^plan:' "$T/installed"
unset PLAN_EXEC_PATH
"$T/prefix/bin/plan" list --format xlsx -o "$T/list.xlsx" "$src/tests/cli/fixtures/good"
[ "$(head -c 4 "$T/list.xlsx" | od -An -c | tr -d ' ')" = 'PK003004' ] ||
	{ echo "the installed plan wrote no workbook" >&2; exit 1; }
echo "install: plan, plan-import and plan-xlsx installed; plan import and --format xlsx run the helpers"
