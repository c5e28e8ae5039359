#!/bin/sh
# lint.sh MANDIR - the manual pages pass mandoc -Tlint without a warning.
command -v mandoc >/dev/null 2>&1 || { echo "mandoc is not installed; skipped"; exit 77; }
out=$(mandoc -Tlint -Wwarning "$1"/plan.1 "$1"/plan.5 2>&1)
[ -z "$out" ] && exit 0
echo "$out"
exit 1
