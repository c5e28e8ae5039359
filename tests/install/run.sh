#!/bin/sh
# tests/install/run.sh BUILD SOURCE - cmake --install puts plan in bin and
# its helpers plan-import, plan-ical and plan-xlsx in libexec/plan, and the
# installed plan finds them: plan import and plan ical there write what the
# built ones write, and --format xlsx a workbook; and the completion scripts
# where bash-completion and zsh look for them.
set -eu
build=$1 src=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cmake --install "$build" --prefix "$T/prefix" >/dev/null
[ -x "$T/prefix/bin/plan" ] || { echo "no bin/plan installed" >&2; exit 1; }
for helper in plan-import plan-ical plan-xlsx; do
	[ -x "$T/prefix/libexec/plan/$helper" ] || { echo "no libexec/plan/$helper installed" >&2; exit 1; }
done
csv=$src/tests/import/fixtures/bom-crlf.csv
"$build/plan" import --issued 2025-01-02 "$csv" >"$T/built" 2>&1
"$T/prefix/bin/plan" import --issued 2025-01-02 "$csv" >"$T/installed" 2>&1
cmp "$T/built" "$T/installed"
grep -q '^plan:' "$T/installed"
ics=$src/tests/cli/fixtures/schedule.yaml
SOURCE_DATE_EPOCH=0 "$build/plan" ical "$ics" >"$T/built.ics" 2>&1
SOURCE_DATE_EPOCH=0 "$T/prefix/bin/plan" ical "$ics" >"$T/installed.ics" 2>&1
cmp "$T/built.ics" "$T/installed.ics"
grep -q '^BEGIN:VTODO' "$T/installed.ics"
unset PLAN_EXEC_PATH
"$T/prefix/bin/plan" list --format xlsx -o "$T/list.xlsx" "$src/tests/cli/fixtures/good"
[ "$(head -c 4 "$T/list.xlsx" | od -An -c | tr -d ' ')" = 'PK003004' ] ||
	{ echo "the installed plan wrote no workbook" >&2; exit 1; }
# plan itself loads none of the helpers' libraries (its start-up time).
if command -v ldd >/dev/null && ldd "$build/plan" | grep -Ei 'libical|libicu|libxml2|libzip|libcrypto|xlsxwriter'; then
	echo "plan links a library only its helpers may link" >&2
	exit 1
fi
# The completion scripts, where bash-completion and zsh look, as plan prints them.
"$build/plan" completion bash | cmp - "$T/prefix/share/bash-completion/completions/plan"
"$build/plan" completion zsh | cmp - "$T/prefix/share/zsh/site-functions/_plan"
echo "install: plan, plan-import, plan-ical and plan-xlsx installed; plan import, plan ical and --format xlsx run the helpers; completion installed"
