#!/bin/sh
# e2e.sh PLAN TOPDIR - the README's crontab line delivers a digest by mail.
#
# Starts a real SMTP server on 127.0.0.1 (aiosmtpd), runs the crontab line
# of the README on the shipped plans, on a fixed day, with msmtp as the
# mailer, and checks with Python's email package that the message arrived
# with the expected Subject and both parts decoding to what plan writes.
set -u
# Missing tools skip the test (77), or fail it under PLAN_TEST_STRICT=1 (CI).
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TOP=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
command -v msmtp >/dev/null || { echo "msmtp is not installed: skipped"; exit "$skip"; }
# Debian's python3 has python3-aiosmtpd; another one first in PATH may not.
python=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import aiosmtpd' 2>/dev/null; then
		python=$p
		break
	fi
done
[ -n "$python" ] || { echo "python3-aiosmtpd is not installed: skipped"; exit "$skip"; }

T=$(mktemp -d "${TMPDIR:-/tmp}/plan-mail.XXXXXX") || exit 1
sink=
cleanup() {
	[ -n "$sink" ] && kill "$sink" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT INT TERM
mkdir "$T/bin" "$T/inbox"
ln -s "$PLAN" "$T/bin/plan"
"$python" "$here/smtp_sink.py" "$T/inbox" &
sink=$!
i=0
while [ ! -s "$T/inbox/port" ]; do
	i=$((i + 1))
	[ $i -le 100 ] || { echo "the SMTP server did not start"; exit 1; }
	sleep 0.1
done
port=$(cat "$T/inbox/port")
cat >"$T/.msmtprc" <<MSMTPRC
defaults
auth off
tls off
account default
host 127.0.0.1
port $port
from plan@moj.gov.vn
MSMTPRC
chmod 600 "$T/.msmtprc"

# The line as the README gives it, its schedule left out and its directory ours.
line=$(sed -n 's/^0 7 \* \* 1 *//p' "$TOP/README.md")
[ -n "$line" ] || { echo "no crontab line '0 7 * * 1 ...' in README.md"; exit 1; }
line=$(printf '%s\n' "$line" | sed "s|cd /srv/ke-hoach|cd '$TOP'|")
printf "running: %s\n" "$line"
export HOME="$T" PATH="$T/bin:$PATH" LC_ALL=C.UTF-8 TZ=ICT-7
export PLAN_TODAY=2024-07-01 SOURCE_DATE_EPOCH=1719792000
unset PLAN_DIR GIT_DIR
sh -c "$line" || { echo "the crontab line failed"; exit 1; }
[ -f "$T/inbox/1.eml" ] || { echo "no mail arrived"; exit 1; }
[ ! -f "$T/inbox/2.eml" ] || { echo "more than one mail arrived"; exit 1; }
grep -qx 'cntt@moj.gov.vn' "$T/inbox/1.rcpt" || { echo "not sent to cntt@moj.gov.vn"; exit 1; }
grep -q '^From: ke-hoach@moj.gov.vn' "$T/inbox/1.eml" || { echo "not from the README's --from"; exit 1; }

# What plan says directly, to compare the parts with.
cd "$TOP" || exit 1
COLUMNS=78 plan digest --unit "Cục Công nghệ thông tin" --format text >"$T/digest.txt" &&
plan digest --unit "Cục Công nghệ thông tin" --format html >"$T/digest.html" || exit 1
"$python" "$here/check_mail.py" "$T/inbox/1.eml" \
	"[plan] 5 nhiệm vụ quá hạn, 0 sắp đến hạn — Cục Công nghệ thông tin" \
	"$T/digest.txt" "$T/digest.html"
