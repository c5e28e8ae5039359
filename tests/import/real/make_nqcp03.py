#!/usr/bin/env python3
"""Build nqcp-03-2025.html and nqcp-03-2025.truth.json from the Markdown
transcription thetrungdtt/VNMasterplan NQCP03/Kehoachgoc.md (commit d969b03).

Usage: python3 make_nqcp03.py [PATH-TO-Kehoachgoc.md]
Without an argument it reads the file with git show from a clone of
https://github.com/thetrungdtt/VNMasterplan at $VNMASTERPLAN (a git dir).
Every judgement call is explicit below and is listed in README.md.
"""
import html
import json
import re
import subprocess
import sys
import unicodedata

MIRROR = __import__("os").environ.get("VNMASTERPLAN", "VNMasterplan/.git")
COMMIT = "d969b03"
PATH = "NQCP03/Kehoachgoc.md"

if len(sys.argv) > 1:
    src = open(sys.argv[1], encoding="utf-8").read()
else:
    src = subprocess.run(["git", "--git-dir=" + MIRROR, "show", COMMIT + ":" + PATH],
                         check=True, capture_output=True).stdout.decode("utf-8")
src = unicodedata.normalize("NFC", src)
lines = src.split("\n")

# ---------------------------------------------------------------- table rows
start = next(i for i, l in enumerate(lines) if l.startswith("| TT | Tên nhiệm vụ"))
raw = []  # (source line number, [6 cells])
for i in range(start, len(lines)):
    l = lines[i].strip()
    if not l.startswith("|"):
        if l:
            break
        continue
    cells = [c.strip() for c in l[1:-1].split("|")]
    assert len(cells) == 6, (i + 1, cells)
    raw.append((i + 1, cells))
header = raw[0][1]
assert raw[1][1] == ["---"] * 6
body = raw[2:]

def ws(s):
    """Collapse runs of white space (what HTML rendering does anyway)."""
    return re.sub(r"\s+", " ", s).strip()

# Structural repairs of page-break debris (see README "Source damage").
# Unnumbered rows: key = source line of the debris row.
#   "append": its task text continues the task of the row above (joined with one space)
#   "drop":   its text only repeats text already printed in the row above
DEBRIS = {
    505: ("append", "108"),  # (5)..(11) continue task 108; col 4 repeats the tail of 108's lead cell
    508: ("append", "110"),  # "Kết quả xét nghiệm; ..." continues task 110
    528: ("drop", "128"),    # "trưc tuyến ... công bố kết quả." repeats the end of task 128
}
# Section row IV (line 471) carries "năm tiếp theo" in the last column: the
# wrapped second line of task 76's deadline "2025 và những năm tiếp theo",
# which row 76 already prints in full. Dropped.
SECTION_STRAY = {471: "năm tiếp theo"}

# List items inside a task cell, printed inline with " - " by the Markdown
# (a Markdown cell cannot hold line breaks): rendered as one <p> each.
PARA_SPLIT = {
    "14": r" (?=- Sửa đổi)",
    "26": r" (?=- Nghị định)",
}

# ---------------------------------------------------------------- unit splits
# Every distinct lead/support cell, split by hand (one item per unit).
SPLIT = {
    "": [],
    "Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương; VTV, VOV, TTXVN":
        ["Ban Tuyên giáo Trung ương", "các bộ, ngành, địa phương", "VTV", "VOV", "TTXVN"],
    "Bảo hiểm Xã hội Việt Nam, Bộ Công an và các địa phương Bắc Ninh, Bình Dương, An Giang":
        ["Bảo hiểm Xã hội Việt Nam", "Bộ Công an", "các địa phương Bắc Ninh, Bình Dương, An Giang"],
    "Bộ Công An": ["Bộ Công An"],
    "Bộ Công Thương": ["Bộ Công Thương"],
    "Bộ Công Thương, Bộ Tài nguyên và môi trường, Bộ Xây dựng, Bộ Giao thông vận tải":
        ["Bộ Công Thương", "Bộ Tài nguyên và môi trường", "Bộ Xây dựng", "Bộ Giao thông vận tải"],
    "Bộ Công an": ["Bộ Công an"],
    "Bộ Công an, Bộ Lao động - Thương binh và Xã hội, Bộ Tài nguyên và Môi trường, Bộ Giao thông vận tải, Ngân hàng nhà nước Việt Nam, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Khoa học và Công nghệ, Bộ Tài chính":
        ["Bộ Công an", "Bộ Lao động - Thương binh và Xã hội", "Bộ Tài nguyên và Môi trường",
         "Bộ Giao thông vận tải", "Ngân hàng nhà nước Việt Nam", "Bộ Nông nghiệp và Phát triển nông thôn",
         "Bộ Khoa học và Công nghệ", "Bộ Tài chính"],
    "Bộ Công an, Bộ Nội vụ, Bộ Kế hoạch và Đầu tư, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội,Thanh tra Chính phủ, các bộ, ngành và địa phương":
        ["Bộ Công an", "Bộ Nội vụ", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính",
         "Bộ Lao động - Thương binh và Xã hội", "Thanh tra Chính phủ", "các bộ, ngành và địa phương"],
    "Bộ Công an, Bộ Thông tin và Truyền thông": ["Bộ Công an", "Bộ Thông tin và Truyền thông"],
    "Bộ Công an, Bộ Thông tin và Truyền thông, Văn phòng Chính phủ":
        ["Bộ Công an", "Bộ Thông tin và Truyền thông", "Văn phòng Chính phủ"],
    "Bộ Công an, Bộ Tài chính, Bộ Công Thương, Bộ Thông tin và Truyền thông":
        ["Bộ Công an", "Bộ Tài chính", "Bộ Công Thương", "Bộ Thông tin và Truyền thông"],
    "Bộ Giao thông vận tải": ["Bộ Giao thông vận tải"],
    "Bộ Giáo dục và Đào tạo": ["Bộ Giáo dục và Đào tạo"],
    "Bộ Khoa học và Công nghệ": ["Bộ Khoa học và Công nghệ"],
    "Bộ Khoa học và Công nghệ và các bộ, ngành, địa phương":
        ["Bộ Khoa học và Công nghệ", "các bộ, ngành, địa phương"],
    "Bộ Khoa học và Công nghệ, Bộ Kế hoạch và Đầu tư, Bộ Tài chính":
        ["Bộ Khoa học và Công nghệ", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"],
    "Bộ Khoa học và Công nghệ, Bộ Nội vụ": ["Bộ Khoa học và Công nghệ", "Bộ Nội vụ"],
    "Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông":
        ["Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông"],
    "Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông, Bộ Giáo dục và Đào tạo":
        ["Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Giáo dục và Đào tạo"],
    "Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông, Bộ Ngoại giao":
        ["Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Ngoại giao"],
    "Bộ Khoa học và Công nghệ, Bộ Tài nguyên và môi trường":
        ["Bộ Khoa học và Công nghệ", "Bộ Tài nguyên và môi trường"],
    "Bộ Khoa học và Công nghệ, các bộ, ngành": ["Bộ Khoa học và Công nghệ", "các bộ, ngành"],
    "Bộ Khoa học và Công nghệ, các bộ, ngành, địa phương":
        ["Bộ Khoa học và Công nghệ", "các bộ, ngành, địa phương"],
    # "Bộ Khoa học, Công nghệ" is a misprint of "Bộ Khoa học và Công nghệ": one unit, kept as printed
    "Bộ Khoa học, Công nghệ, Bộ Thông tin và Truyền thông, Bộ Kế hoạch và Đầu tư và các địa phương":
        ["Bộ Khoa học, Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư", "các địa phương"],
    "Bộ Kế hoạch và Đầu tư": ["Bộ Kế hoạch và Đầu tư"],
    "Bộ Kế hoạch và Đầu tư và các bộ, ngành, địa phương":
        ["Bộ Kế hoạch và Đầu tư", "các bộ, ngành, địa phương"],
    "Bộ Kế hoạch và Đầu tư, Bộ Công Thương": ["Bộ Kế hoạch và Đầu tư", "Bộ Công Thương"],
    "Bộ Kế hoạch và Đầu tư, Bộ Khoa học và Công nghệ": ["Bộ Kế hoạch và Đầu tư", "Bộ Khoa học và Công nghệ"],
    "Bộ Kế hoạch và Đầu tư, Bộ Tài chính": ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"],
    "Bộ Kế hoạch và Đầu tư, Ngân hàng nhà nước Việt Nam": ["Bộ Kế hoạch và Đầu tư", "Ngân hàng nhà nước Việt Nam"],
    "Bộ Kế hoạch và Đầu tư, các bộ, ngành": ["Bộ Kế hoạch và Đầu tư", "các bộ, ngành"],
    "Bộ Ngoại giao": ["Bộ Ngoại giao"],
    "Bộ Nội vụ": ["Bộ Nội vụ"],
    "Bộ Nội vụ, Bộ Khoa học và công nghệ": ["Bộ Nội vụ", "Bộ Khoa học và công nghệ"],
    "Bộ Nội vụ, các bộ, ngành, địa phương": ["Bộ Nội vụ", "các bộ, ngành, địa phương"],
    "Bộ Quốc phòng": ["Bộ Quốc phòng"],
    "Bộ Quốc phòng, Viện Hàn lâm Khoa học và Công nghệ và các bộ, ngành, địa phương":
        ["Bộ Quốc phòng", "Viện Hàn lâm Khoa học và Công nghệ", "các bộ, ngành, địa phương"],
    "Bộ Thông tin và Truyền thông": ["Bộ Thông tin và Truyền thông"],
    # no separator printed between the two ministries (a lost line break): two units
    "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ":
        ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"],
    "Bộ Thông tin và Truyền thông, Bộ Giáo dục và Đào tạo, Bộ Quốc phòng":
        ["Bộ Thông tin và Truyền thông", "Bộ Giáo dục và Đào tạo", "Bộ Quốc phòng"],
    # cell cut off after "Bộ" in the source: the fragment is kept as an item
    "Bộ Thông tin và Truyền thông, Bộ Khoa học và Công nghệ, Bộ":
        ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ", "Bộ"],
    "Bộ Thông tin và Truyền thông, Bộ Quốc phòng, Bộ Công an":
        ["Bộ Thông tin và Truyền thông", "Bộ Quốc phòng", "Bộ Công an"],
    "Bộ Thông tin và Truyền thông, Bộ Tài chính, các bộ, ngành, địa phương":
        ["Bộ Thông tin và Truyền thông", "Bộ Tài chính", "các bộ, ngành, địa phương"],
    "Bộ Thông tin và Truyền thông, Bộ Xây dựng": ["Bộ Thông tin và Truyền thông", "Bộ Xây dựng"],
    "Bộ Thông tin và Truyền thông, các địa phương": ["Bộ Thông tin và Truyền thông", "các địa phương"],
    "Bộ Tài chính": ["Bộ Tài chính"],
    "Bộ Tài chính, Bộ Giáo dục và Đào tạo": ["Bộ Tài chính", "Bộ Giáo dục và Đào tạo"],
    "Bộ Tài chính, bộ, ngành liên quan": ["Bộ Tài chính", "bộ, ngành liên quan"],
    "Bộ Tài chính; các bộ, ngành": ["Bộ Tài chính", "các bộ, ngành"],
    "Bộ Tài nguyên và Môi trường": ["Bộ Tài nguyên và Môi trường"],
    "Bộ Tư pháp, các bộ, ngành": ["Bộ Tư pháp", "các bộ, ngành"],
    # the comma is part of the ministry's name
    "Bộ Văn hóa, Thể thao và Du lịch": ["Bộ Văn hóa, Thể thao và Du lịch"],
    "Bộ Y tế": ["Bộ Y tế"],
    "Bộ, ngành, địa phương": ["Bộ, ngành, địa phương"],
    "Các bộ, ngành": ["Các bộ, ngành"],
    "Các bộ, ngành có liên quan": ["Các bộ, ngành có liên quan"],
    "Các bộ, ngành liên quan": ["Các bộ, ngành liên quan"],
    "Các bộ, ngành và địa phương": ["Các bộ, ngành và địa phương"],
    "Các bộ, ngành, địa phương": ["Các bộ, ngành, địa phương"],
    "Các bộ, ngành, địa phương liên quan, các cơ quan đại diện Việt Nam ở nước ngoài":
        ["Các bộ, ngành, địa phương liên quan", "các cơ quan đại diện Việt Nam ở nước ngoài"],
    "Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành":
        ["Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành"],
    "Các bộ, ngành, địa phương, doanh nghiệp liên quan, các cơ quan đại diện Việt Nam ở nước ngoài":
        ["Các bộ, ngành, địa phương", "doanh nghiệp liên quan", "các cơ quan đại diện Việt Nam ở nước ngoài"],
    "Các cơ quan Đảng, Quốc hội, Tòa án nhân dân tối cao, Viện Kiểm sát nhân dân tối cao":
        ["Các cơ quan Đảng", "Quốc hội", "Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao"],
    "Các thành phố trực thuộc Trung ương và một số tỉnh đủ điều kiện":
        ["Các thành phố trực thuộc Trung ương", "một số tỉnh đủ điều kiện"],
    "Các tỉnh, thành phố trực thuộc TW": ["Các tỉnh, thành phố trực thuộc TW"],
    "Các địa phương": ["Các địa phương"],
    "Tập đoàn, doanh nghiệp công nghệ số": ["Tập đoàn, doanh nghiệp công nghệ số"],
    "VTV, VOV, TTXVN, các địa phương": ["VTV", "VOV", "TTXVN", "các địa phương"],
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam, Viện Hàn lâm Khoa học Xã hội Việt Nam":
        ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học Xã hội Việt Nam"],
    "Văn phòng Chính phủ": ["Văn phòng Chính phủ"],
    "Văn phòng Chính phủ; Bộ Công an": ["Văn phòng Chính phủ", "Bộ Công an"],
    "Địa phương": ["Địa phương"],
    "Địa phương được lựa chọn": ["Địa phương được lựa chọn"],
}

def units(cell):
    items = SPLIT[ws(cell)]
    # every item must be a verbatim substring of the cell
    for it in items:
        assert it in ws(cell), (it, cell)
    return items

# ---------------------------------------------------------------- assemble
sections = []   # (label as printed, title)
tasks = []      # dicts; "cells" = printed cells for the HTML
section = None
for ln, c in body:
    tt = c[0].replace("**", "").strip()
    if re.fullmatch(r"[IVX]+\.", tt):
        stray = [x for x in c[2:] if x]
        assert stray == ([SECTION_STRAY[ln]] if ln in SECTION_STRAY else []), (ln, stray)
        section = tt.rstrip(".")
        tasks.append({"kind": "section", "label": tt, "title": c[1], "line": ln})
        sections.append(section)
        continue
    if tt == "":
        how, parent = DEBRIS[ln]
        prev = tasks[-1]
        assert prev["kind"] == "task" and prev["id"] == parent, (ln, prev)
        if how == "append":
            prev["cells"][1] = prev["cells"][1] + " " + c[1]
        else:
            assert ws(c[1]).replace("trưc", "trực") in ws(prev["cells"][1]), ln
        prev["debris"].append(ln)
        continue
    m = re.fullmatch(r"(\d+)\.", tt)
    assert m, (ln, tt)
    tasks.append({"kind": "task", "id": m.group(1), "label": tt, "section": section,
                  "cells": list(c), "line": ln, "debris": []})

task_rows = [t for t in tasks if t["kind"] == "task"]
assert [t["id"] for t in task_rows] == [str(i) for i in range(1, 141)]
assert sections == ["I", "II", "III", "IV", "V", "VI", "VII"]

truth = []
for t in task_rows:
    c = t["cells"]
    truth.append({
        "section": t["section"],
        "id": t["id"],
        "task": ws(c[1]),
        "lead": units(c[2]),
        "support": units(c[3]),
        "deadline": ws(c[5]) or None,
        "product": ws(c[4]) or None,
    })

# ---------------------------------------------------------------- HTML
E = lambda s: html.escape(s, quote=False)

def td(text, para_split=None):
    text = text.strip()
    if para_split:
        parts = [p.strip() for p in re.split(para_split, text)]
        return "<td>" + "".join("<p>%s</p>" % E(p) for p in parts) + "</td>"
    return "<td>%s</td>" % E(text)

caption = None
for i, l in enumerate(lines):
    if l.strip() == "PHỤ LỤC II":
        nonblank = [x.strip() for x in lines[i + 1:start] if x.strip()]
        caption, kemtheo = nonblank[0], nonblank[1]
        break
assert caption.startswith("DANH MỤC") and kemtheo.startswith("(Kèm theo")

out = []
out.append('<!DOCTYPE html>')
out.append('<html lang="vi">')
out.append('<head>')
out.append('<meta charset="utf-8">')
out.append('<title>Nghị quyết số 03/NQ-CP – Phụ lục II</title>')
out.append('</head>')
out.append('<body>')
for p in ["CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Số: 03/NQ-CP", "Hà Nội, ngày 09 tháng 01 năm 2025", "PHỤ LỤC II", caption, kemtheo]:
    out.append("<p>%s</p>" % E(p))
out.append('<table border="1">')
out.append("<tr>" + "".join("<th>%s</th>" % E(h) for h in header) + "</tr>")
for t in tasks:
    if t["kind"] == "section":
        out.append('<tr><td><b>%s</b></td><td colspan="5">%s</td></tr>' % (E(t["label"]), E(t["title"])))
    else:
        c = t["cells"]
        out.append("<tr>" + td(c[0]) + td(c[1], PARA_SPLIT.get(t["id"])) +
                   "".join(td(x) for x in c[2:]) + "</tr>")
out.append("</table>")
out.append("</body>")
out.append("</html>")

open("nqcp-03-2025.html", "w", encoding="utf-8").write(unicodedata.normalize("NFC", "\n".join(out) + "\n"))
with open("nqcp-03-2025.truth.json", "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("sections", len(sections), "tasks", len(truth), "html rows", 1 + len(tasks))
