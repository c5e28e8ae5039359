"""check.py - what tests/xlsx/libreoffice.sh asks of the workbooks plan writes.

  check.py rows WANT.csv GOT.csv DATECOLS   the rows LibreOffice read from a
      sheet are plan's CSV rows, the columns named in DATECOLS (comma-
      separated keys) written dd/mm/yyyy instead of YYYY-MM-DD
  check.py same-rows A.csv B.csv DATECOLS   the same rows, in any order, under
      as many columns, B's DATECOLS written dd/mm/yyyy (report's overdue sheet
      and plan overdue's CSV)
  check.py sheet BOOK.xlsx N DATECOL        sheet N has the header frozen, an
      autofilter over the table, a bold header, and its column DATECOL (a
      key) holds date cells: numbers, styled dd/mm/yyyy
"""
import csv
import re
import sys
import zipfile


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def day_first(iso):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    return f"{m[3]}/{m[2]}/{m[1]}" if m else iso


def dates_day_first(table, datecols):
    dates = [i for i, k in enumerate(table[0]) if k in datecols.split(",")]
    for row in table[1:]:
        for i in dates:
            row[i] = day_first(row[i])
    return table


def rows(want_path, got_path, datecols):
    want, got = dates_day_first(read_csv(want_path), datecols), read_csv(got_path)
    if want != got:
        for n, (w, g) in enumerate(zip(want, got)):
            if w != g:
                sys.exit(f"{got_path}: row {n + 1} is {g!r}, not {w!r}")
        sys.exit(f"{got_path}: {len(got)} rows, not {len(want)}")
    print(f"{got_path.rsplit('/', 1)[-1]}: {len(got) - 1} rows as plan's CSV")


def same_rows(a_path, b_path, datecols):
    a, b = read_csv(a_path), dates_day_first(read_csv(b_path), datecols)
    if len(a[0]) != len(b[0]) or sorted(a[1:]) != sorted(b[1:]):
        sys.exit(f"{a_path} and {b_path} differ")
    print(f"{a_path.rsplit('/', 1)[-1]}: {len(a) - 1} rows as {b_path.rsplit('/', 1)[-1]}")


def sheet(book, n, datecol):
    z = zipfile.ZipFile(book)
    xml = z.read(f"xl/worksheets/sheet{n}.xml").decode()
    styles = z.read("xl/styles.xml").decode()
    shared = re.findall(r"<si><t[^>]*>(.*?)</t></si>", z.read("xl/sharedStrings.xml").decode(), re.S)
    problems = []
    if not re.search(r'<pane ySplit="1" topLeftCell="A2"[^>]*state="frozen"', xml):
        problems.append("the header row is not frozen")
    if not re.search(r'<autoFilter ref="A1:[A-Z]+\d+"/>', xml):
        problems.append("no autofilter over the table")
    xfs = re.findall(r"<xf [^>]*>", re.search(r"<cellXfs.*?</cellXfs>", styles, re.S)[0])
    fonts = re.findall(r"<font>.*?</font>", styles, re.S)
    formats = dict(re.findall(r'<numFmt numFmtId="(\d+)" formatCode="([^"]*)"', styles))
    header = re.findall(r'<c r="([A-Z]+)1" s="(\d+)" t="s"><v>(\d+)</v>', xml)
    col = None
    for ref, style, index in header:
        font = int(re.search(r'fontId="(\d+)"', xfs[int(style)])[1])
        if "<b/>" not in fonts[font]:
            problems.append(f"header {ref}1 is not bold")
        if shared[int(index)] == datecol:
            col = ref
    dates = re.findall(rf'<c r="{col}(\d+)"( s="(\d+)")?( t="\w+")?><v>([^<]*)</v>', xml) if col else []
    if not dates:
        problems.append(f"no cell in column {datecol!r}")
    for row, _, style, kind, value in dates:
        if int(row) == 1:
            continue
        fmt = re.search(r'numFmtId="(\d+)"', xfs[int(style or 0)])[1]
        if kind or not re.fullmatch(r"\d+", value) or formats.get(fmt) != "dd/mm/yyyy":
            problems.append(f"{col}{row} is no date cell styled dd/mm/yyyy")
            break
    if problems:
        sys.exit(f"{book} sheet {n}: " + "; ".join(problems))
    print(f"{book.rsplit('/', 1)[-1]} sheet {n}: frozen header, autofilter, bold header, "
          f"{len(dates) - 1} date cells in {datecol!r}")


if __name__ == "__main__":
    {"rows": rows, "same-rows": same_rows, "sheet": sheet}[sys.argv[1]](*sys.argv[2:])
