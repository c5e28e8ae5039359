#!/bin/sh
# examples.sh PLAN TOPDIR - every example in the EXAMPLES section of
# man/plan.1 that is a `.Dl plan ...` line runs successfully from the top
# of the source tree, on the shipped plans.
set -u
PLAN=$1
cd "$2" || exit 1
examples=$(sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' man/plan.1 | sed -n 's/^\.Dl \$ //p')
[ -n "$examples" ] || { echo "no examples found in man/plan.1"; exit 1; }
plan() { "$PLAN" "$@"; }
unset PLAN_DIR NO_COLOR
export LC_ALL=C.UTF-8 TZ=UTC COLUMNS=80
fail=0
n=0
while IFS= read -r line; do
	# mdoc escapes back to what a shell reads: \- \& \(aq \(dq \e
	cmd=$(printf '%s\n' "$line" | sed -e 's/\\-/-/g' -e 's/\\&//g' -e "s/\\\\(aq/'/g" \
		-e 's/\\(dq/"/g' -e 's/\\e/\\/g')
	n=$((n + 1))
	if ! out=$(eval "$cmd" 2>&1 </dev/null); then
		echo "example failed: $cmd"
		printf '%s\n' "$out" | head -n 20
		fail=1
	fi
done <<EOF_EXAMPLES
$examples
EOF_EXAMPLES
echo "$n examples run"
exit $fail
