#!/usr/bin/env python3
"""make-hostile.py OUTDIR - documents made to break a reader, as fuzzing
plan import found them (each once crashed it, hung it or took gigabytes):

  cell-before-row.docx   a w:tc with no w:tr around it
  cell-before-row.odt    a table:table-cell with no table:table-row
  header-before-row.docx a w:tblHeader before any row
  huge-span.docx         gridSpan 2^64-1 after a first cell (a sum that wraps)
  deep-spans.odt         200 nested text:span (an italics stack of 32)
  sheets.xlsx            64 sheets, each one cell at IV8192 (a grid each)
  merges.xlsx            10,000 merged ranges over a large sheet
  empty-rows.docx        a row of 256 columns, then 1,000,000 empty rows (stored)
  many-tasks.csv         50,000 numbered tasks
"""
import os
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
out = sys.argv[1]


def word(name, body, how=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(out, name), "w", how) as z:
        z.writestr("word/document.xml",
                   f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')


def writer(name, body):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f"<office:document-content {ODF}><office:body><office:text>"
                   f"{body}</office:text></office:body></office:document-content>")


def sheets(name, xml_of_sheets):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{S}"/>')
        for i, xml in enumerate(xml_of_sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", f'<worksheet xmlns="{S}">{xml}</worksheet>')


far = '<sheetData><row r="8192"><c r="IV8192"><v>1</v></c></row></sheetData>'
word("cell-before-row.docx", "<w:tbl><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tbl>")
writer("cell-before-row.odt",
       "<table:table><table:table-cell><text:p>x</text:p></table:table-cell></table:table>")
word("header-before-row.docx", "<w:tbl><w:tblPr><w:tblHeader/></w:tblPr></w:tbl>")
word("huge-span.docx", "<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:tcPr>"
     '<w:gridSpan w:val="18446744073709551615"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>')
writer("deep-spans.odt", "<text:p>" + "<text:span>" * 200 + "x" + "</text:span>" * 200 + "</text:p>")
sheets("sheets.xlsx", [far] * 64)
sheets("merges.xlsx", [far + "<mergeCells>" + "".join(
    f'<mergeCell ref="A{i}:IV{i + 1}"/>' for i in range(1, 10001)) + "</mergeCells>"])
word("empty-rows.docx", '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="256"/></w:tcPr></w:tc></w:tr>'
     + "<w:tr/>" * 1000000 + "</w:tbl>", zipfile.ZIP_STORED)
with open(os.path.join(out, "many-tasks.csv"), "w", encoding="utf-8") as f:
    f.write("TT,Nội dung,Đơn vị chủ trì,Thời gian\n")
    f.writelines(f"{i},Việc {i},Bộ Tư pháp,Quý II/2025\n" for i in range(1, 50001))
