#!/bin/sh
# run-case.sh PLAN CASE - run one golden command-line test.
#
# CASE/cmd is a shell snippet run from tests/cli with `plan` standing for
# the binary under test and $T for a fresh scratch directory.  Today is
# 2024-06-15 ($PLAN_TODAY) unless the case says otherwise, so that no
# expected output depends on the clock; GIT_DIR=/dev/null keeps git from
# naming this repository's commit in reports (a case that wants git
# unsets it and makes a repository in $T).  Its stdout,
# stderr and exit status must equal CASE/stdout, CASE/stderr (either
# missing means empty) and CASE/status.  With PLAN_UPDATE_GOLDEN=1 the
# expected files are rewritten from what the command did: review the diff.
# A case that exits 77 lacks a tool it needs: it is skipped (77), or fails
# under PLAN_TEST_STRICT=1 (CI), where every tool must be there.
set -u
PLAN=$1
case_dir=$2
here=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-cli.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM

plan() { "$PLAN" "$@"; }
unset PLAN_DIR NO_COLOR COLUMNS
export LC_ALL=C.UTF-8 TZ=UTC COLUMNS=80 PLAN_TODAY=2024-06-15 T GIT_DIR=/dev/null

(cd "$here" && . "$case_dir/cmd") >"$T/.stdout" 2>"$T/.stderr"
echo $? >"$T/.status"
if [ "$(cat "$T/.status")" = 77 ]; then
	cat "$T/.stderr" >&2
	if [ "${PLAN_TEST_STRICT:-}" = 1 ]; then
		echo "a tool this case needs is missing, and PLAN_TEST_STRICT=1" >&2
		exit 1
	fi
	exit 77
fi

if [ "${PLAN_UPDATE_GOLDEN:-}" = 1 ]; then
	for f in stdout stderr; do
		if [ -s "$T/.$f" ]; then cp "$T/.$f" "$case_dir/$f"; else rm -f "$case_dir/$f"; fi
	done
	cp "$T/.status" "$case_dir/status"
	exit 0
fi

fail=0
for f in stdout stderr status; do
	expected=$case_dir/$f
	[ -f "$expected" ] || expected=/dev/null
	if ! cmp -s "$expected" "$T/.$f"; then
		echo "--- $f differs: expected (-) and actual (+):"
		diff -u "$expected" "$T/.$f" | tail -n +3
		fail=1
	fi
done
exit $fail
