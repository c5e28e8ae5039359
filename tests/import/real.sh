#!/bin/sh
# real.sh PLAN TOPDIR - a real appendix of 140 tasks (Nghị quyết 03/NQ-CP,
# Phụ lục II: real/README.md says where it comes from), saved by
# LibreOffice, really started, as .docx, .odt and .csv, imports in one
# command into a plan that plan check accepts without errors, holding at
# least 98% of task texts and deadline cells verbatim, 90% of unit lists
# exactly, and its sections and numbering as printed (real/score.py against
# the hand's transcription real/nqcp-03-2025.truth.json).  Without
# LibreOffice or python3 it is skipped (77), or fails under PLAN_TEST_STRICT=1.
set -u
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$1
TOP=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is not installed: skipped"; exit "$skip"; }
command -v python3 >/dev/null || { echo "python3 is not installed: skipped"; exit "$skip"; }
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-real.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
export LC_ALL=C.UTF-8 TZ=UTC PLAN_TODAY=2025-06-30
src=$here/real/nqcp-03-2025.html

office() {
	soffice -env:UserInstallation="file://$T/profile" --headless --norestore "$@" \
		--outdir "$T" "$src" >/dev/null 2>&1
}
office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML"
office --infilter="HTML (StarWriter)" --convert-to odt:writer8
office --infilter="HTML (StarCalc)" --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76
status=0
for ext in docx odt csv; do
	doc=$T/nqcp-03-2025.$ext
	[ -s "$doc" ] || { echo "LibreOffice made no .$ext"; status=1; continue; }
	echo "--- .$ext"
	if ! "$PLAN" import --units "$TOP/plans/units.yaml" -o "$T/$ext.yaml" "$doc" 2>"$T/err"; then
		cat "$T/err"
		status=1
		continue
	fi
	tail -1 "$T/err"
	"$PLAN" check "$T/$ext.yaml" "$TOP/plans/units.yaml" 2>"$T/check" || {
		echo "plan check finds errors in the plan imported from .$ext:"
		grep ': error: ' "$T/check"
		status=1
	}
	"$PLAN" list --format json "$T/$ext.yaml" "$TOP/plans/units.yaml" >"$T/$ext.json" &&
		python3 "$here/real/score.py" "$here/real/nqcp-03-2025.truth.json" "$T/$ext.json" ||
		status=1
done
exit $status
