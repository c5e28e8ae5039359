#!/usr/bin/env python3
"""make-corpus.py - writes the seed corpora of the fuzz targets
(tests/fuzz/corpus/TARGET/) from the shipped plans, the test fixtures and
the deadline corpus.  Run from anywhere; it replaces what is there.  The
seeds are committed: .ci/run fuzzes from them."""
import csv, hashlib, io, os, pathlib, zipfile

here = pathlib.Path(__file__).resolve().parent
root = here.parent.parent
SEP = b"\n=====\n"


def clear(target):
    d = here / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    for f in d.iterdir():
        f.unlink()
    return d


def put(d, data):
    (d / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


yamls = sorted((root / "plans").glob("*.yaml")) + sorted((root / "tests/cli/fixtures").rglob("*.yaml"))
small = [p for p in yamls if p.stat().st_size < 40000]

d = clear("load")
for p in yamls:
    put(d, p.read_bytes())

d = clear("fmt")
for p in yamls:
    put(d, p.read_bytes())
put(d, b"# c\r\nplan: p\r\ntitle: t\r\nissued: 2025-01-01\r\ntasks:\r\n  - id: a\r\n    task: x # y\r\n")
put(d, b"plan: p\rtitle: t\rissued: 2025-01-01\r# own\rtasks: []\r")
put(d, "plan: p\u2028title: \"a\\Lb\"\u2028issued: 2025-01-01\u2028tasks: []\u2028".encode())
put(d, b"plan: p\ntitle: t\nissued: 2025-01-01\ntasks:\n  - id: a\n    task: # c1\n      x # c2\n"
       b"    note: | # h\n      l\n")

d = clear("edit")
values = {0: [b"doing"], 1: [b"2025-06-30", b"2025-12-31"], 2: ["Quý III/2025".encode()],
          3: ["Ghi chú \u2028mới".encode()], 4: ["Văn phòng Bộ".encode(), "Cục A".encode()],
          5: [], 6: ["Báo cáo".encode()], 7: ["Rà soát".encode()], 8: ["Ngân sách".encode()]}
for p in [q for q in small if q.stat().st_size < 8000][:6]:
    for field, vs in values.items():
        put(d, bytes([field]) + p.read_bytes() + b"".join(SEP + v for v in vs))

d = clear("deadline")
seen = set()
with open(root / "tests/corpus/deadlines.tsv", encoding="utf-8") as f:
    for row in csv.reader(f, delimiter="\t"):
        if not row or row[0].startswith("#") or len(row) < 2:
            continue
        phrase = row[-1] if len(row) > 3 else row[0]
        for cell in row:
            if any(c.isalpha() for c in cell) and len(cell) < 200 and cell not in seen:
                seen.add(cell)
                put(d, bytes([125, 100]) + cell.encode())
                break

d = clear("units")
registry = (root / "plans/units.yaml").read_bytes()
plan = (root / "plans/btp-365-2024.yaml").read_bytes()
for q in ["Cục CNTT", "Văn phòng Bộ", "VP", "Vụ TCCB", "Bộ Tư pháp", "cuc cong nghe thong tin",
          "Trung tâm LLTPQG", "UBND tỉnh", "Sở TP", "Cục Công nghệ thông tin (Bộ Tư pháp)"]:
    put(d, registry + SEP + b"" + SEP + q.encode())
put(d, registry + SEP + plan + SEP + "Cục CNTT".encode())

d = clear("mime")
for v in ["Báo cáo tuần: 3 nhiệm vụ quá hạn", "Weekly digest", "a" * 200,
          "Tiến độ " * 30, "=?UTF-8?B?x?=", "Văn phòng Bộ <vp@example.vn>", "x\r\nBcc: a@b"]:
    put(d, b"\0" + v.encode())
    put(d, b"\1" + v.encode())
put(d, b"\0\xc3\x28 \xe1\xba")

d = clear("import")
fixtures = root / "tests/import/fixtures"
kinds = {".txt": 0, ".csv": 1}
for p in sorted(fixtures.iterdir()):
    data = p.read_bytes()
    if p.suffix in kinds and len(data) < 20000:
        put(d, bytes([kinds[p.suffix]]) + data)
    elif p.suffix in (".docx", ".odt", ".xlsx") and len(data) < 20000 and zipfile.is_zipfile(p):
        z = zipfile.ZipFile(p)
        names = z.namelist()
        if p.suffix == ".docx" and "word/document.xml" in names:
            put(d, bytes([3]) + z.read("word/document.xml"))
        if p.suffix == ".odt" and "content.xml" in names:
            put(d, bytes([4]) + z.read("content.xml"))
        if p.suffix == ".xlsx":
            parts = [z.read(n) if n in names else b"" for n in
                     ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml")]
            put(d, bytes([5]) + SEP.join(parts))
        put(d, bytes([2]) + data)
print("corpora written under", here / "corpus")
