/*
 * fuzz_import.c - plan import on any document: text, CSV or TSV as it
 * comes, a zip as it comes, or a .docx, .odt or .xlsx built here from
 * fuzzed XML parts (so that the XML readers are reached past the zip).
 * Nothing may crash or hang; an import that succeeds writes a plan that
 * loads without errors.
 *
 * Input: byte 0 picks the kind (mod 6: .txt, .csv, .zip as .docx, .docx,
 * .odt, .xlsx); the rest is the bytes, or for the last three XML parts
 * separated by FUZZ_SEP: the document (or sheet), then for .xlsx the
 * shared strings, the styles and the workbook.
 */
#include "fuzz.h"

#include <unistd.h>
#include <zip.h>

#include "plan/import.h"
#include "plan/set.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[128];

static void remove_scratch(void)
{
	rmdir(dir);
}

/* A path in a directory of this process's own, removed at exit. */
static const char *scratch(const char *name)
{
	static char path[192];

	if (!dir[0]) {
		const char *tmp = getenv("TMPDIR");

		snprintf(dir, sizeof(dir), "%s/plan-fuzz-import.XXXXXX", tmp ? tmp : "/tmp");
		if (!mkdtemp(dir))
			abort();
		atexit(remove_scratch);
	}
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

static void write_file(const char *path, const uint8_t *s, size_t n)
{
	FILE *f = fopen(path, "wb");

	if (!f || (n && fwrite(s, 1, n, f) != n) || fclose(f) != 0)
		abort();
}

static void add(zip_t *z, const char *name, const void *s, size_t n)
{
	zip_source_t *src = zip_source_buffer(z, s, n, 0);
	zip_int64_t i;

	if (!src || (i = zip_file_add(z, name, src, ZIP_FL_OVERWRITE)) < 0)
		abort();
	zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE, 0);
}

/* Builds a document of kind 3 (.docx), 4 (.odt) or 5 (.xlsx) from XML parts. */
static void build(const char *path, int kind, const uint8_t *data, size_t size)
{
	static const char workbook[] =
	    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
	static const char odt[] = "application/vnd.oasis.opendocument.text";
	const uint8_t *part[4];
	size_t len[4], n = fuzz_split(data, size, part, len, 4);
	int err = 0;
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);

	if (!z)
		abort();
	if (kind == 3) {
		add(z, "word/document.xml", part[0], len[0]);
	} else if (kind == 4) {
		add(z, "mimetype", odt, sizeof(odt) - 1);
		add(z, "content.xml", part[0], len[0]);
	} else {
		add(z, "xl/workbook.xml", n > 3 ? (const void *)part[3] : workbook,
		    n > 3 ? len[3] : sizeof(workbook) - 1);
		add(z, "xl/worksheets/sheet1.xml", part[0], len[0]);
		if (n > 1)
			add(z, "xl/sharedStrings.xml", part[1], len[1]);
		if (n > 2)
			add(z, "xl/styles.xml", part[2], len[2]);
	}
	if (zip_close(z) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = {
		"x.txt", "x.csv", "x.docx", "x.docx", "x.odt", "x.xlsx"
	};
	const struct plan_import_opts opts = { .issued = plan_date_make(2025, 1, 2) };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_import_summary summary;
	struct plan_set *set = NULL;
	const char *path;
	int kind;

	if (size < 1)
		return 0;
	kind = data[0] % 6;
	path = scratch(names[kind]);
	if (kind < 3)
		write_file(path, data + 1, size - 1);
	else
		build(path, kind, data + 1, size - 1);
	if (plan_import(path, &opts, NULL, &out, &diags, &summary) == 0) {
		struct plan_diags again = PLAN_DIAGS_INIT;

		FUZZ_ASSERT(plan_set_load_buffer(&set, "imported.yaml", out.s, out.len, NULL,
						 &again) == PLAN_LOAD_OK);
		FUZZ_ASSERT(again.errors == 0);
		plan_diags_release(&again);
	}
	unlink(path);
	plan_set_free(set);
	plan_buf_release(&out);
	plan_diags_release(&diags);
	return 0;
}
