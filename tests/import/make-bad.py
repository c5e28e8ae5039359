#!/usr/bin/env python3
"""make-bad.py - the broken documents of the import tests, made from
fixtures/appendix.docx, .odt and .xlsx: what a clerk may be sent, and what
plan import must refuse with a clear error and nothing written.

  not-a-zip.docx   text named .docx
  truncated.docx   the first half of appendix.docx (a download cut short)
  bomb.docx        a 64 KiB zip whose document.xml unpacks to 40 MB
  xxe.docx         document.xml with a DOCTYPE that declares an external
                   entity (file:///etc/passwd) and uses it in a cell
  xxe.odt          the same in content.xml
  xxe.xlsx         the same in sharedStrings.xml
  broken-xml.docx  document.xml with an element cut open in a cell
  bad-utf8.csv     a Latin-1 byte in line 3
  empty.csv        nothing at all
  header-only.csv  a header and no row under it
"""
import os
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
fx = os.path.join(here, "fixtures")

XXE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def rewrite(src, dst, part, change):
    with zipfile.ZipFile(os.path.join(fx, src)) as zin, \
         zipfile.ZipFile(os.path.join(fx, dst), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def with_entity(xml, word):
    head, rest = xml.split("?>", 1)
    return head + "?>" + XXE + rest.replace(word, "&xxe;", 1)


with open(os.path.join(fx, "not-a-zip.docx"), "w", encoding="utf-8") as f:
    f.write("Đây không phải là tệp Word.\n")
with open(os.path.join(fx, "appendix.docx"), "rb") as f:
    whole = f.read()
with open(os.path.join(fx, "truncated.docx"), "wb") as f:
    f.write(whole[: len(whole) // 2])
with zipfile.ZipFile(os.path.join(fx, "bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    z.writestr("word/document.xml", '<?xml version="1.0"?><w:document>' + " " * (40 << 20) + "</w:document>")
rewrite("appendix.docx", "broken-xml.docx", "word/document.xml",
        lambda x: x.replace("Văn phòng Bộ", "<w:broken Văn phòng Bộ", 1))
rewrite("appendix.docx", "xxe.docx", "word/document.xml", lambda x: with_entity(x, "Văn phòng Bộ"))
rewrite("appendix.odt", "xxe.odt", "content.xml", lambda x: with_entity(x, "Văn phòng Bộ"))
rewrite("appendix.xlsx", "xxe.xlsx", "xl/sharedStrings.xml", lambda x: with_entity(x, "Văn phòng Bộ"))
with open(os.path.join(fx, "bad-utf8.csv"), "wb") as f:
    f.write("TT,Nội dung,Đơn vị chủ trì,Thời hạn\n1,Rà soát,Văn phòng Bộ,Quý I/2025\n".encode()
            + b"2,B\xe1o c\xe1o,V\xe3n ph\xf2ng,Qu\xfd II/2025\n")
open(os.path.join(fx, "empty.csv"), "w").close()
with open(os.path.join(fx, "header-only.csv"), "w", encoding="utf-8") as f:
    f.write("TT,Nội dung,Đơn vị chủ trì,Thời hạn\n")
