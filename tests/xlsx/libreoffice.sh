#!/bin/sh
# libreoffice.sh PLAN SOURCE - the workbooks of --format xlsx, opened by a
# real spreadsheet: LibreOffice, started headless, reads each sheet of list,
# overdue, units and report (of the fixtures and of the shipped plans) as
# the rows plan's own CSV has, Vietnamese text and all, dates dd/mm/yyyy;
# and the sheets have their header frozen and bold, an autofilter, and
# dates as date cells (check.py).  Without LibreOffice or /usr/bin/python3
# the test is skipped (77), or fails under PLAN_TEST_STRICT=1 (CI).
set -u
skip=77
[ "${PLAN_TEST_STRICT:-}" = 1 ] && skip=1
PLAN=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is not installed: skipped"; exit "$skip"; }
[ -x $py ] || { echo "$py is missing: skipped"; exit "$skip"; }
T=$(mktemp -d "${TMPDIR:-/tmp}/plan-xlsx.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
export LC_ALL=C.UTF-8 TZ=UTC PLAN_TODAY=2024-07-15
fixtures=$src/tests/cli/fixtures/good plans=$src/plans

# NAME COMMAND ARGS...: the workbook, and the CSV to compare it with
book() {
	name=$1
	shift
	"$PLAN" "$@" --format xlsx -o "$T/$name.xlsx" || { echo "$name: plan $*: failed"; exit 1; }
	[ "$1" = report ] || "$PLAN" "$@" --format csv >"$T/$name.csv"
}
book list-fixtures list "$fixtures"
book list-shipped list "$plans"
book overdue-fixtures overdue "$fixtures"
book overdue-shipped overdue "$plans"
book units-fixtures units "$fixtures"
book units-shipped units "$plans"
book report-shipped report "$plans"

mkdir "$T/got"
# 76: UTF-8; "true" (the 9th): cells as shown, so dates as their format
# writes them; -1 (the 12th): every sheet, to BOOK-SHEET.csv
soffice -env:UserInstallation="file://$T/profile" --headless --norestore \
	--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
	--outdir "$T/got" "$T"/*.xlsx >"$T/soffice.log" 2>&1
status=0
for name in list-fixtures-list list-shipped-list overdue-fixtures-overdue overdue-shipped-overdue \
	units-fixtures-units units-shipped-units; do
	$py "$here/check.py" rows "$T/${name%-*}.csv" "$T/got/$name.csv" due,missed || status=1
done
# report: a sheet per table; its overdue tasks are plan overdue's, texts whole
for sheet in "Tổng hợp" "Theo đơn vị chủ trì" "Nhiệm vụ quá hạn" \
	"Nhiệm vụ đến hạn trong 30 ngày" "Kết quả thực hiện trong 30 ngày"; do
	[ -f "$T/got/report-shipped-$sheet.csv" ] || { echo "report: no sheet '$sheet'"; status=1; }
done
$py "$here/check.py" same-rows "$T/got/report-shipped-Nhiệm vụ quá hạn.csv" \
	"$T/overdue-shipped.csv" missed || status=1
$py "$here/check.py" sheet "$T/list-shipped.xlsx" 1 due || status=1
$py "$here/check.py" sheet "$T/overdue-shipped.xlsx" 1 missed || status=1
$py "$here/check.py" sheet "$T/report-shipped.xlsx" 3 "Hạn hoàn thành" || status=1
if [ $status != 0 ]; then
	echo "LibreOffice said:"
	cat "$T/soffice.log"
	ls "$T/got"
fi
exit $status
