/*
 * doc_read.c - which reader a document needs, from what it is rather than
 * what it is called: a zip holding word/document.xml is Word's, whatever
 * its name; a PDF or a Word 97 file is no table plan can read, and says so.
 */
#include "doctable.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "doc_zip.h"
#include "plan/file.h"

enum doc_kind {
	KIND_TEXT,
	KIND_ZIP,
	KIND_PDF,
	KIND_OLE, /* Word 97–2003 .doc, Excel 97–2003 .xls */
	KIND_RTF,
	KIND_UNREADABLE, /* reading it as text says why */
};

static enum doc_kind sniff(const char *path)
{
	static const unsigned char ole[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
	unsigned char head[8] = { 0 };
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return KIND_UNREADABLE;
	n = fread(head, 1, sizeof(head), f);
	fclose(f);
	if (n >= 4 && memcmp(head, "PK\3\4", 4) == 0)
		return KIND_ZIP;
	if (n >= 5 && memcmp(head, "%PDF-", 5) == 0)
		return KIND_PDF;
	if (n == 8 && memcmp(head, ole, 8) == 0)
		return KIND_OLE;
	if (n >= 5 && memcmp(head, "{\\rtf", 5) == 0)
		return KIND_RTF;
	return KIND_TEXT;
}

/* Whether path is named as a zip document is: .docx, .xlsx, .odt, .ods. */
static bool zip_name(const char *path)
{
	static const char *const exts[] = { ".docx", ".xlsx", ".odt", ".ods" };
	const size_t n = strlen(path);

	for (size_t i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
		if (n >= strlen(exts[i]) && strcasecmp(path + n - strlen(exts[i]), exts[i]) == 0)
			return true;
	return false;
}

static void cannot(struct plan_diags *diags, const char *path, const char *what)
{
	plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-document", "%s",
		       what);
}

/* A zip: Word's, LibreOffice's, or Excel's, by the parts it holds. */
static int read_zip(const char *path, struct doc *d, struct plan_diags *diags)
{
	struct doc_zip *z = doc_zip_open(path, diags);
	int status = -1;

	if (!z)
		return -1;
	if (doc_zip_has(z, "word/document.xml"))
		status = doc_read_docx(path, d, diags);
	else if (doc_zip_has(z, "xl/workbook.xml"))
		status = doc_read_xlsx(path, d, diags);
	else if (doc_zip_has(z, "content.xml"))
		status = doc_read_odt(path, d, diags);
	else
		cannot(diags, path,
		       "a zip file that is no Word (.docx), Excel (.xlsx) or OpenDocument "
		       "(.odt, .ods) document");
	doc_zip_close(z);
	return status;
}

int doc_read(const char *path, struct doc *out, struct plan_diags *diags)
{
	struct plan_buf data = PLAN_BUF_INIT;
	int status = -1;

	const enum doc_kind kind = sniff(path);

	doc_init(out);
	switch (kind) {
	case KIND_ZIP:
		status = read_zip(path, out, diags);
		break;
	case KIND_PDF:
		cannot(diags, path,
		       "a PDF file, whose tables plan cannot read: open it in Word or LibreOffice "
		       "and save it as .docx or .odt, or copy its table into a .txt file");
		break;
	case KIND_OLE:
		cannot(diags, path,
		       "a Word or Excel 97-2003 file (.doc, .xls): open it and save it as .docx, "
		       ".xlsx or .odt");
		break;
	case KIND_RTF:
		cannot(diags, path, "an RTF file: open it and save it as .docx or .odt");
		break;
	case KIND_TEXT:
	case KIND_UNREADABLE:
		if (zip_name(path) && kind == KIND_TEXT) {
			/* what libzip says of it: no zip, cut short, or unreadable */
			struct doc_zip *z = doc_zip_open(path, diags);

			if (z) {
				doc_zip_close(z);
				status = read_zip(path, out, diags);
			}
			break;
		}
		if (plan_file_read(path, &data, diags) == 0)
			status = data.len ? doc_read_text(path, data.s, data.len, out, diags)
					  : (cannot(diags, path, "the file is empty"), -1);
		break;
	}
	plan_buf_release(&data);
	if (!status && out->too_large) {
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-document",
			       "its tables hold more than %d cells, or a row more than %d columns: "
			       "more than plan reads",
			       DOC_MAX_CELLS, DOC_MAX_COLS);
		status = -1;
	}
	if (status)
		doc_release(out);
	return status;
}
