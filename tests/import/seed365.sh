#!/bin/sh
# seed365.sh PLAN TOPDIR - the appendix of Decision 365/QĐ-BTP, as the
# tab-separated text of ../shared/seeds (a PDF's table, broken at its pages,
# HTML tags left in), imports into the tasks of plans/btp-365-2024.yaml.
#
# The shipped plan was transcribed by hand; what import cannot know from the
# text (each task's status, its comments) is left out of the comparison, and
# the few rows where the two read the page differently are seed365.diff,
# each explained there.  Without the sources ($PLAN_SEEDS, else
# ../shared/seeds) the test is skipped (77).
set -u
PLAN=$1
TOP=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
seeds=${PLAN_SEEDS:-$TOP/../shared/seeds}
seed=$seeds/001_61bd4bb804cf6d41.txt
[ -f "$seed" ] || { echo "the source texts are not at $seeds (set PLAN_SEEDS): skipped"; exit 77; }
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-seed.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
export LC_ALL=C.UTF-8

"$PLAN" import --units "$TOP/plans/units.yaml" -o "$T/imported.yaml" "$seed" 2>"$T/err" || {
	cat "$T/err"
	exit 1
}
# what a hand's transcription has that no table says: comments and status
grep -v -e '^ *#' -e '^ *status:' "$TOP/plans/btp-365-2024.yaml" >"$T/shipped.yaml"
grep -v -e '^ *#' "$T/imported.yaml" >"$T/read.yaml"
diff "$T/shipped.yaml" "$T/read.yaml" >"$T/diff"
grep -v '^#' "$here/seed365.diff" >"$T/want"
if ! cmp -s "$T/want" "$T/diff"; then
	echo "the import of $seed differs from plans/btp-365-2024.yaml otherwise than seed365.diff says:"
	diff "$T/want" "$T/diff"
	exit 1
fi
echo "$(tail -1 "$T/err")"
echo "the same plan as plans/btp-365-2024.yaml, but for the $(grep -c '^[0-9]' "$T/want") places seed365.diff explains"
