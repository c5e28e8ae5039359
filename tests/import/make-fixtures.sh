#!/bin/sh
# make-fixtures.sh OUTDIR - the office documents of the import tests, made
# from sources/ by LibreOffice as a clerk's office suite saves them:
#
#   sources/NAME.html -> NAME.docx, NAME.odt (Writer)
#   sources/appendix.html -> appendix.xlsx, appendix.csv (Calc; a table
#                        in a cell, as nested.html has, Calc cannot lay out)
#   sources/NAME.csv  -> NAME.xlsx (Calc: ISO dates become date serials)
#
# tests/import/fixtures holds what it made once; office.sh runs it again to
# check that what LibreOffice writes today still imports the same.
set -eu
out=$1
here=$(cd "$(dirname "$0")" && pwd)
profile=$(mktemp -d "${TMPDIR:-/tmp}/plan-lo.XXXXXX")
trap 'rm -rf "$profile"' EXIT INT TERM
mkdir -p "$out"

office() {
	# a profile of its own: no dialog, no clash with an office already running
	soffice -env:UserInstallation="file://$profile" --headless --norestore \
		"$@" --outdir "$out" >/dev/null 2>&1
}

html=$(ls "$here"/sources/*.html)
sheet=$here/sources/appendix.html
csv=$(ls "$here"/sources/*.csv)
# shellcheck disable=SC2086
{
	office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" $html
	office --infilter="HTML (StarWriter)" --convert-to odt:writer8 $html
	office --infilter="HTML (StarCalc)" --convert-to xlsx:"Calc MS Excel 2007 XML" "$sheet"
	# CSV as Calc writes it: comma, double quotes, UTF-8 (76)
	office --infilter="HTML (StarCalc)" --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 "$sheet"
	office --infilter="Text - txt - csv (StarCalc)":44,34,76 \
		--convert-to xlsx:"Calc MS Excel 2007 XML" $csv
}
made() {
	for f; do
		[ -s "$out/$f" ] || { echo "make-fixtures.sh: LibreOffice made no $f" >&2; exit 1; }
	done
}
for src in $html; do
	name=$(basename "$src" .html)
	made "$name.docx" "$name.odt"
done
made appendix.xlsx appendix.csv
for src in $csv; do
	made "$(basename "$src" .csv).xlsx"
done
