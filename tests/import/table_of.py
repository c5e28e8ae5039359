#!/usr/bin/env python3
"""table_of.py FLAT JSON - a plan written back as the table of its document.

FLAT is `plan show --flat` of one plan file (its number, title, issuer,
date and section titles), JSON `plan list --format json` of it (its tasks,
in order, with their sections and parents).  Prints, as CSV, what the
document would print: the issuer's heading, "Số: …", the dateline, the
appendix title, then the table (TT, Nội dung, Đơn vị chủ trì, Đơn vị phối
hợp, Thời gian hoàn thành, Sản phẩm, Kinh phí, Ghi chú) with a row per
section and per task, units one per line in their cell.
"""
import csv
import json
import sys

flat, tasks = sys.argv[1], sys.argv[2]
meta, sections = {}, {}
with open(flat, encoding="utf-8") as f:
    for line in f:
        ref, _, rest = line.rstrip("\n").partition(" ")
        if "/" in ref:
            continue
        field, _, value = rest.partition(": ")
        if field.startswith("section ") and field.endswith(" title"):
            sections[field[len("section "):-len(" title")]] = value
        elif field in ("number", "title", "issuer", "issued"):
            meta[field] = value
with open(tasks, encoding="utf-8") as f:
    rows = json.load(f)

y, m, d = meta["issued"].split("-")
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow([meta["issuer"].upper()])
out.writerow(["Số: " + meta["number"]])
out.writerow([f"Hà Nội, ngày {d} tháng {m} năm {y}"])
out.writerow(["PHỤ LỤC"])
out.writerow([meta["title"]])
out.writerow(["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
              "Sản phẩm", "Kinh phí", "Ghi chú"])
section = None
for t in rows:
    if t["section"] != section and t["section"] is not None:
        section = t["section"]
        # a numeral the document prints twice is told apart in the plan ("II-2"), not on paper
        printed = section.split("-")[0] if "-" in section and section.split("-")[-1].isdigit() else section
        out.writerow([printed, sections.get(section, "")] + [""] * 6)
    out.writerow([t["id"], t["task"], "\n".join(t["lead"]), "\n".join(t["support"]),
                  t["deadline"] or "", t["product"] or "", t["funding"] or "", t["note"] or ""])
