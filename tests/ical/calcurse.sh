#!/bin/sh
# calcurse.sh PLAN ICALCHECK TOPDIR - a real calendar program imports the
# feeds of plan ical --events headless: calcurse(1) takes every event, skips
# none, and shows each task on exactly the days that libical (ICALCHECK)
# expands its entries to, its recurrences and their EXDATEs included.
# Without calcurse the test is skipped (77), or fails under
# PLAN_TEST_STRICT=1 (CI).
set -u
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$1 CHECK=$2
cd "$3/tests/cli" || exit 1
command -v calcurse >/dev/null || { echo "calcurse is not installed: skipped"; exit "$skip"; }
unset PLAN_DIR
export LC_ALL=C.UTF-8 TZ=UTC GIT_DIR=/dev/null SOURCE_DATE_EPOCH=1718409600
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-calcurse.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
n=0
for today in 2024-06-15 2024-10-20; do
	for paths in fixtures/schedule.yaml fixtures/good fixtures/ical/recurring.yaml ../../plans; do
		n=$((n + 1))
		mkdir "$T/$n"
		PLAN_TODAY=$today "$PLAN" ical --events $paths >"$T/$n.ics" 2>/dev/null &&
			"$CHECK" <"$T/$n.ics" >"$T/$n.libical" || {
			echo "plan ical --events $paths (today $today) failed, or libical rejects it"
			exit 1
		}
		sed 's|/[0-9a-z]*@plan | |' "$T/$n.libical" | sort >"$T/$n.want"
		calcurse -D "$T/$n" -i "$T/$n.ics" >"$T/$n.import" 2>&1
		events=$(grep -c '^BEGIN:VEVENT' "$T/$n.ics")
		grep -q "0 apps / $events events / 0 todos / 0 skipped" "$T/$n.import" || {
			echo "calcurse did not import the $events events of plan ical --events $paths:"
			cat "$T/$n.import"
			exit 1
		}
		calcurse -D "$T/$n" --input-datefmt 4 --output-datefmt '%Y-%m-%d' --format-event '%m\n' \
			--format-recur-event '%m\n' -s2020-01-01 -r4000 |
			awk '/^[0-9-]+:$/ { day = substr($0, 1, 10); next } NF { print $1, day }' |
			sort >"$T/$n.got"
		if ! cmp -s "$T/$n.want" "$T/$n.got"; then
			echo "calcurse shows plan ical --events $paths (today $today) otherwise than libical:"
			diff "$T/$n.want" "$T/$n.got" | head -n 20
			exit 1
		fi
	done
done
echo "ical: calcurse imports $n feeds and shows every task on its days"
