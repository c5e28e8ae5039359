#!/bin/sh
# parse.sh PLAN ICALCHECK TOPDIR - the feeds plan ical writes read back as
# calendar programs read them, and say what plan list says:
#   - libical (ICALCHECK, tests/ical/icalcheck.c) parses every feed without
#     an error and expands its recurrences;
#   - python3's icalendar parses it too; every line ends in CRLF, is at most
#     75 octets and valid UTF-8 on its own (folding splits no character);
#     SUMMARY and DESCRIPTION unescape to the task's reference, text and
#     deadline as written;
#   - the dates of each task's UIDs, expanded by both, are exactly its due
#     dates that plan list --format json gives and no delivery has met,
#     for every task neither done nor dropped that has any.
# Without python3's icalendar the test is skipped (77), or fails under
# PLAN_TEST_STRICT=1 (CI).
set -u
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$1 CHECK=$2
cd "$3/tests/cli" || exit 1
py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import icalendar, dateutil' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { echo "python3 with icalendar (python3-icalendar) is missing: skipped"; exit "$skip"; }
unset PLAN_DIR
export LC_ALL=C.UTF-8 TZ=UTC GIT_DIR=/dev/null SOURCE_DATE_EPOCH=1718409600
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-ical.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
n=0
for today in 2024-06-15 2023-04-01 2025-07-01; do
	for paths in fixtures/schedule.yaml fixtures/good fixtures/ical/recurring.yaml ../../plans; do
		for opts in "--alarm 3" "--events"; do
			n=$((n + 1))
			# shellcheck disable=SC2086
			PLAN_TODAY=$today "$PLAN" ical $opts $paths >"$T/$n.ics" 2>"$T/$n.err" &&
				PLAN_TODAY=$today "$PLAN" list --format json $paths >"$T/$n.json" || {
				echo "failed: plan ical $opts $paths (today $today)"
				cat "$T/$n.err"
				exit 1
			}
			"$CHECK" <"$T/$n.ics" >"$T/$n.libical" || {
				echo "libical rejects plan ical $opts $paths (today $today)"
				exit 1
			}
			echo "$today" >"$T/$n.today"
		done
	done
done
"$py" - "$T" "$n" <<'PY'
import datetime, json, re, sys
import icalendar
from dateutil.rrule import rrulestr

tmp, count = sys.argv[1], int(sys.argv[2])
bad = 0

def fail(n, msg):
    global bad
    bad += 1
    print(f"{n}.ics: {msg}")

def day(v):
    v = v.dt if hasattr(v, "dt") else v
    return v if type(v) is datetime.date else v.date()

def check_lines(n, raw):
    if not raw.endswith(b"\r\n") or b"\n" in raw.replace(b"\r\n", b""):
        fail(n, "a line does not end in CRLF")
    for line in raw.split(b"\r\n")[:-1]:
        if len(line) > 75:
            fail(n, f"a line of {len(line)} octets: {line!r}")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(n, f"a fold splits a UTF-8 sequence: {line!r}")

def occurrences(c):
    start = day(c["DTSTART"])
    excluded = set()
    for ex in (c.get("EXDATE") if isinstance(c.get("EXDATE"), list) else [c.get("EXDATE")]):
        if ex is not None:
            excluded.update(day(d) for d in ex.dts)
    if "RRULE" not in c:
        return [start]
    rule = c["RRULE"].to_ical().decode()
    dates = rrulestr(rule, dtstart=datetime.datetime.combine(start, datetime.time()))
    return [d.date() for d in dates if d.date() not in excluded]

def expected_dates(tasks, today):
    want = {}
    for t in tasks:
        if t["status"] in ("done", "dropped") or t["kind"] not in ("date", "recurring"):
            continue
        met = sum(1 for d in t["delivered"] if d["on"] <= today)
        left = [datetime.date.fromisoformat(d) for d in t["due"][met:]]
        if left:
            want[t["ref"]] = left
    return want

for n in range(1, count + 1):
    raw = open(f"{tmp}/{n}.ics", "rb").read()
    today = open(f"{tmp}/{n}.today").read().strip()
    tasks = {t["ref"]: t for t in json.load(open(f"{tmp}/{n}.json"))}
    check_lines(n, raw)
    cal = icalendar.Calendar.from_ical(raw)
    got, uids, mine = {}, set(), set()
    for c in cal.walk():
        if c.name not in ("VTODO", "VEVENT"):
            continue
        uid = str(c["UID"])
        m = re.fullmatch(r"(.+)/(\d+|every)@plan", uid)
        if not m or m.group(1) not in tasks or uid in uids:
            fail(n, f"a UID not of a task, or twice: {uid}")
            continue
        uids.add(uid)
        ref, t = m.group(1), tasks[m.group(1)]
        if c.name == "VTODO" and day(c["DUE"]) != day(c["DTSTART"]):
            fail(n, f"{uid}: DUE is not DTSTART")
        if m.group(2) != "every" and day(c["DTSTART"]) != datetime.date.fromisoformat(
                t["due"][int(m.group(2)) - 1]):
            fail(n, f"{uid}: not the date of due date {m.group(2)}")
        summary = str(c["SUMMARY"])
        if not summary.startswith(ref + " ") or not summary.endswith(" " + " ".join(t["task"].split())):
            fail(n, f"{uid}: SUMMARY {summary!r} is not the reference and the task")
        if t["deadline"] and ("Thời hạn: " + t["deadline"]) not in str(c["DESCRIPTION"]):
            fail(n, f"{uid}: DESCRIPTION lacks the deadline as written")
        for d in occurrences(c):
            got.setdefault(ref, []).append(d)
            mine.add(f"{uid} {d.isoformat()}")
    want = expected_dates(tasks.values(), today)
    got = {ref: sorted(v) for ref, v in got.items()}
    for ref in sorted(set(want) | set(got)):
        if want.get(ref) != got.get(ref):
            fail(n, f"{ref}: plan list has {want.get(ref)}, the feed {got.get(ref)}")
    theirs = set(open(f"{tmp}/{n}.libical").read().split("\n")) - {""}
    if theirs != mine:
        fail(n, f"libical and icalendar expand differently: {sorted(theirs ^ mine)[:4]}")
    if not got:
        fail(n, "no entry at all")
sys.exit(1 if bad else 0)
PY
status=$?
[ $status = 0 ] && echo "ical: $n feeds parse with libical and icalendar and match plan list"
exit $status
