/*
 * doc_xlsx.c - the sheets of an Excel workbook (Office Open XML): shared
 * and inline strings, numbers and dates as the sheet shows them, merged
 * ranges.
 */
#include "doc_zip.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/date.h"

#define S "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

enum { MAX_SHEETS = 64 };

/* One cell as the sheet stores it. */
struct xcell {
	size_t row, col; /* 0-based */
	char *text;
	bool italic;
};

/* A merged range, 0-based and inclusive. */
struct xmerge {
	size_t r0, c0, r1, c1;
};

struct book {
	char **strings;                /* shared strings */
	bool *italic;                  /* each all in italics */
	size_t n_strings, cap_strings; /* of strings and italic both */
	bool *dates;                   /* per cell format (xf): a date format */
	size_t n_xf;
	bool date1904;
};

/* "B12" into 0-based row 11, column 1; false when it is no reference. */
static bool cell_ref(const char *ref, size_t *row, size_t *col)
{
	size_t c = 0, r = 0;
	const char *p = ref;

	if (!ref)
		return false;
	for (; *p >= 'A' && *p <= 'Z'; p++)
		c = c * 26 + (size_t)(*p - 'A' + 1);
	for (; *p >= '0' && *p <= '9'; p++)
		r = r * 10 + (size_t)(*p - '0');
	if (!c || !r || *p || c > DOC_MAX_COLS || r > DOC_MAX_CELLS)
		return false;
	*row = r - 1;
	*col = c - 1;
	return true;
}

/* -- shared strings and styles -------------------------------------------------------- */

static int read_strings(struct doc_zip *z, const char *path, struct book *bk,
			struct plan_diags *diags)
{
	struct plan_buf xml = PLAN_BUF_INIT, s = PLAN_BUF_INIT;
	struct doc_xml *x;
	enum doc_node node;
	bool in_t = false, in_si = false, italic = false, upright = false, run_italic = false;
	int rc = doc_zip_read(z, "xl/sharedStrings.xml", &xml, diags);

	if (rc != 0) {
		plan_buf_release(&xml);
		return rc == 1 ? 0 : -1; /* a workbook may have none */
	}
	if (!(x = doc_xml_open(&xml, path, "xl/sharedStrings.xml", diags))) {
		plan_buf_release(&xml);
		return -1;
	}
	while ((node = doc_xml_next(x)) != DOC_END && node != DOC_ERROR) {
		if (node == DOC_OPEN && doc_xml_is(x, S, "si")) {
			in_si = true;
			italic = upright = run_italic = false;
			plan_buf_reset(&s);
		} else if (node == DOC_OPEN && doc_xml_is(x, S, "r")) {
			run_italic = false;
		} else if (node == DOC_OPEN && doc_xml_is(x, S, "i")) {
			const char *v = doc_xml_attr(x, S, "val");

			run_italic = !v || strcmp(v, "0") != 0;
		} else if (node == DOC_OPEN && doc_xml_is(x, S, "t")) {
			in_t = !doc_xml_empty(x);
		} else if (node == DOC_CLOSE && doc_xml_is(x, S, "t")) {
			in_t = false;
		} else if (node == DOC_CLOSE && doc_xml_is(x, S, "si") && in_si) {
			size_t cap = bk->cap_strings; /* italic has the room strings has */

			PLAN_GROW(bk->strings, bk->cap_strings, bk->n_strings + 1);
			PLAN_GROW(bk->italic, cap, bk->n_strings + 1);
			bk->italic[bk->n_strings] = italic && !upright;
			bk->strings[bk->n_strings++] = plan_xmemdup(s.s, s.len);
			in_si = false;
		} else if (node == DOC_TEXT && in_t && in_si) {
			plan_buf_addstr(&s, doc_xml_text(x));
			*(run_italic ? &italic : &upright) = true;
		}
	}
	doc_xml_close(x);
	plan_buf_release(&xml);
	plan_buf_release(&s);
	return node == DOC_ERROR ? -1 : 0;
}

/* Whether a number format code shows a date: d, m or y outside quotes and brackets. */
static bool date_code(const char *code)
{
	bool quoted = false, bracket = false, day = false, year = false;

	for (const char *p = code; p && *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && *p == '[')
			bracket = true;
		else if (!quoted && *p == ']')
			bracket = false;
		else if (!quoted && !bracket && (*p == 'd' || *p == 'D'))
			day = true;
		else if (!quoted && !bracket && (*p == 'y' || *p == 'Y'))
			year = true;
	}
	return day || year;
}

static int read_styles(struct doc_zip *z, const char *path, struct book *bk,
		       struct plan_diags *diags)
{
	struct plan_buf xml = PLAN_BUF_INIT;
	struct doc_xml *x;
	enum doc_node node;
	unsigned long custom[256];
	size_t n_custom = 0;
	bool in_xfs = false;
	int rc = doc_zip_read(z, "xl/styles.xml", &xml, diags);

	if (rc != 0) {
		plan_buf_release(&xml);
		return rc == 1 ? 0 : -1;
	}
	if (!(x = doc_xml_open(&xml, path, "xl/styles.xml", diags))) {
		plan_buf_release(&xml);
		return -1;
	}
	while ((node = doc_xml_next(x)) != DOC_END && node != DOC_ERROR) {
		if (node == DOC_OPEN && doc_xml_is(x, S, "numFmt") && n_custom < 256) {
			const char *id = doc_xml_attr(x, NULL, "numFmtId");
			const unsigned long n = id ? strtoul(id, NULL, 10) : 0;

			if (date_code(doc_xml_attr(x, NULL, "formatCode")))
				custom[n_custom++] = n;
		} else if (node == DOC_OPEN && doc_xml_is(x, S, "cellXfs")) {
			in_xfs = !doc_xml_empty(x);
		} else if (node == DOC_CLOSE && doc_xml_is(x, S, "cellXfs")) {
			in_xfs = false;
		} else if (node == DOC_OPEN && in_xfs && doc_xml_is(x, S, "xf")) {
			const char *id = doc_xml_attr(x, NULL, "numFmtId");
			const unsigned long n = id ? strtoul(id, NULL, 10) : 0;
			/* the built-in date formats, and the workbook's own */
			bool date = (n >= 14 && n <= 22) || (n >= 45 && n <= 47);

			for (size_t k = 0; k < n_custom && !date; k++)
				date = custom[k] == n;
			bk->dates = plan_xreallocarray(bk->dates, bk->n_xf + 1, sizeof(*bk->dates));
			bk->dates[bk->n_xf++] = date;
		}
	}
	doc_xml_close(x);
	plan_buf_release(&xml);
	return node == DOC_ERROR ? -1 : 0;
}

/* A date serial as a clerk's sheet shows it: DD/MM/YYYY; NULL when it is none. */
static char *serial_date(const char *value, bool date1904)
{
	char *end;
	const double v = strtod(value, &end);
	plan_date base;
	int y, m, d;
	char out[32];

	if (*end || !isfinite(v) || v < 1 || v > 2958465)
		return NULL;
	/* 1900 system: day 1 is 1900-01-01, and Excel counts a 29 February 1900 */
	base = date1904 ? plan_date_make(1904, 1, 1) : plan_date_make(1899, 12, 30);
	if (!date1904 && v < 61)
		base++;
	plan_date_split(base + (plan_date)floor(v), &y, &m, &d);
	snprintf(out, sizeof(out), "%02d/%02d/%04d", d, m, y);
	return plan_xstrdup(out);
}

/* -- a sheet ---------------------------------------------------------------------------- */

struct sheet {
	struct xcell *cells;
	size_t n, cap;
	struct xmerge *merges;
	size_t n_merges, cap_merges;
	size_t rows, cols;
};

/* What a cell shows, from its type (t), format (s) and value. */
static char *shown(const struct book *bk, const char *type, const char *style, const char *value,
		   bool *italic)
{
	const unsigned long xf = style ? strtoul(style, NULL, 10) : 0;
	char *date;

	*italic = false;
	if (type && strcmp(type, "s") == 0) {
		const unsigned long i = strtoul(value, NULL, 10);

		if (i >= bk->n_strings)
			return plan_xstrdup("");
		*italic = bk->italic[i];
		return plan_xstrdup(bk->strings[i]);
	}
	if (type && strcmp(type, "b") == 0)
		return plan_xstrdup(strcmp(value, "1") == 0 ? "TRUE" : "FALSE");
	if ((!type || strcmp(type, "n") == 0) && xf < bk->n_xf && bk->dates[xf] &&
	    (date = serial_date(value, bk->date1904)))
		return date;
	return plan_xstrdup(value);
}

static void add_cell(struct sheet *sh, size_t row, size_t col, char *text, bool italic)
{
	PLAN_GROW(sh->cells, sh->cap, sh->n + 1);
	sh->cells[sh->n++] = (struct xcell){ row, col, text, italic };
	if (row + 1 > sh->rows)
		sh->rows = row + 1;
	if (col + 1 > sh->cols)
		sh->cols = col + 1;
}

static int read_sheet(struct doc_xml *x, const struct book *bk, struct sheet *sh)
{
	struct plan_buf value = PLAN_BUF_INIT;
	char *type = NULL, *style = NULL;
	size_t row = 0, col = 0;
	bool in_value = false, in_cell = false;
	enum doc_node node;

	while ((node = doc_xml_next(x)) != DOC_END && node != DOC_ERROR) {
		if (node == DOC_OPEN && doc_xml_is(x, S, "c")) {
			in_cell = cell_ref(doc_xml_attr(x, NULL, "r"), &row, &col);
			free(type);
			type = doc_xml_attr(x, NULL, "t") ? plan_xstrdup(doc_xml_attr(x, NULL, "t"))
							  : NULL;
			free(style);
			style = doc_xml_attr(x, NULL, "s")
				    ? plan_xstrdup(doc_xml_attr(x, NULL, "s"))
				    : NULL;
			plan_buf_reset(&value);
			if (doc_xml_empty(x))
				in_cell = false;
		} else if (node == DOC_OPEN && in_cell &&
			   (doc_xml_is(x, S, "v") || doc_xml_is(x, S, "t"))) {
			in_value = !doc_xml_empty(x);
		} else if (node == DOC_CLOSE && (doc_xml_is(x, S, "v") || doc_xml_is(x, S, "t"))) {
			in_value = false;
		} else if (node == DOC_TEXT && in_value) {
			plan_buf_addstr(&value, doc_xml_text(x));
		} else if (node == DOC_CLOSE && doc_xml_is(x, S, "c") && in_cell) {
			bool italic;
			char *text = shown(bk, type, style, value.s, &italic);

			if (sh->n >= DOC_MAX_CELLS) {
				free(text);
				node = DOC_ERROR;
				break;
			}
			add_cell(sh, row, col, text, italic);
			in_cell = false;
		} else if (node == DOC_OPEN && doc_xml_is(x, S, "mergeCell")) {
			const char *ref = doc_xml_attr(x, NULL, "ref");
			const char *colon = ref ? strchr(ref, ':') : NULL;
			char a[32], b[32];
			struct xmerge m;

			if (colon && (size_t)(colon - ref) < sizeof(a) &&
			    strlen(colon + 1) < sizeof(b)) {
				snprintf(a, sizeof(a), "%.*s", (int)(colon - ref), ref);
				snprintf(b, sizeof(b), "%s", colon + 1);
				if (cell_ref(a, &m.r0, &m.c0) && cell_ref(b, &m.r1, &m.c1) &&
				    m.r1 >= m.r0 && m.c1 >= m.c0) {
					PLAN_GROW(sh->merges, sh->cap_merges, sh->n_merges + 1);
					sh->merges[sh->n_merges++] = m;
				}
			}
		}
	}
	free(type);
	free(style);
	plan_buf_release(&value);
	return node == DOC_ERROR ? -1 : 0;
}

enum { COVERED = UINT32_MAX }; /* a position a merged range covers, not its first */

/*
 * The sheet's merged ranges on its grid: at each position 0, the number
 * (from 1) of the range it is the first cell of, or COVERED.  NULL when
 * the ranges cover more than DOC_MAX_CELLS positions in all.
 */
static uint32_t *merge_grid(const struct sheet *sh)
{
	uint32_t *grid = plan_xcalloc(sh->rows * sh->cols + 1, sizeof(*grid));
	size_t area = 0;

	for (size_t i = 0; i < sh->n_merges; i++) {
		const struct xmerge *m = &sh->merges[i];
		const size_t r1 = m->r1 < sh->rows ? m->r1 : sh->rows - 1;
		const size_t c1 = m->c1 < sh->cols ? m->c1 : sh->cols - 1;

		if (m->r0 >= sh->rows || m->c0 >= sh->cols || m->r0 > r1 || m->c0 > c1)
			continue;
		area += (r1 - m->r0 + 1) * (c1 - m->c0 + 1);
		if (area > DOC_MAX_CELLS) {
			free(grid);
			return NULL;
		}
		for (size_t r = m->r0; r <= r1; r++)
			for (size_t c = m->c0; c <= c1; c++)
				if (!grid[r * sh->cols + c])
					grid[r * sh->cols + c] =
					    r == m->r0 && c == m->c0 ? (uint32_t)i + 1 : COVERED;
	}
	return grid;
}

static int by_position(const void *a, const void *b)
{
	const struct xcell *x = a, *y = b;

	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return (x->col > y->col) - (x->col < y->col);
}

/* The sheet as a table of the doc. */
static int build(struct doc *d, struct sheet *sh)
{
	struct doc_builder b;
	size_t k = 0;
	int status = 0;

	uint32_t *grid;

	if (!sh->n || sh->rows * sh->cols > DOC_MAX_CELLS)
		return sh->n ? -1 : 0;
	if (!(grid = merge_grid(sh)))
		return -1;
	qsort(sh->cells, sh->n, sizeof(*sh->cells), by_position);
	doc_table_begin(d, &b);
	for (size_t r = 0; r < sh->rows && !status; r++) {
		doc_row_begin(&b, false);
		for (size_t c = 0; c < sh->cols && !status; c++) {
			const uint32_t at = grid[r * sh->cols + c];
			const struct xmerge *m = at && at != COVERED ? &sh->merges[at - 1] : NULL;

			while (k < sh->n && (sh->cells[k].row < r ||
					     (sh->cells[k].row == r && sh->cells[k].col < c)))
				k++;
			if (at == COVERED)
				continue; /* the builder fills it from the merged cell */
			if (k < sh->n && sh->cells[k].row == r && sh->cells[k].col == c)
				doc_text(&b, sh->cells[k].text, strlen(sh->cells[k].text),
					 sh->cells[k].italic);
			status =
			    doc_cell_end(&b, m ? m->c1 - m->c0 + 1 : 1, m ? m->r1 - m->r0 + 1 : 1);
			if (m)
				c = m->c1;
		}
		doc_row_end(&b);
	}
	doc_table_end(&b);
	free(grid);
	return status;
}

static void sheet_release(struct sheet *sh)
{
	for (size_t i = 0; i < sh->n; i++)
		free(sh->cells[i].text);
	free(sh->cells);
	free(sh->merges);
}

static void book_release(struct book *bk)
{
	for (size_t i = 0; i < bk->n_strings; i++)
		free(bk->strings[i]);
	free(bk->strings);
	free(bk->italic);
	free(bk->dates);
}

/* Whether the workbook counts dates from 1904 (workbook.xml's workbookPr). */
static void read_book(struct doc_zip *z, const char *path, struct book *bk,
		      struct plan_diags *diags)
{
	struct plan_buf xml = PLAN_BUF_INIT;
	struct doc_xml *x;

	if (doc_zip_read(z, "xl/workbook.xml", &xml, diags) == 0 &&
	    (x = doc_xml_open(&xml, path, "xl/workbook.xml", diags))) {
		enum doc_node node;

		while ((node = doc_xml_next(x)) != DOC_END && node != DOC_ERROR)
			if (node == DOC_OPEN && doc_xml_is(x, S, "workbookPr")) {
				const char *v = doc_xml_attr(x, NULL, "date1904");

				bk->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
			}
		doc_xml_close(x);
	}
	plan_buf_release(&xml);
}

int doc_read_xlsx(const char *path, struct doc *d, struct plan_diags *diags)
{
	struct doc_zip *z = doc_zip_open(path, diags);
	struct plan_buf xml = PLAN_BUF_INIT;
	struct book bk = { 0 };
	int status = 0, sheets = 0;

	if (!z)
		return -1;
	read_book(z, path, &bk, diags);
	if (read_strings(z, path, &bk, diags) != 0 || read_styles(z, path, &bk, diags) != 0)
		status = -1;
	for (int i = 1; i <= MAX_SHEETS && !status; i++) {
		char part[64];
		struct sheet sh = { 0 };
		struct doc_xml *x;
		int rc;

		snprintf(part, sizeof(part), "xl/worksheets/sheet%d.xml", i);
		if ((rc = doc_zip_read(z, part, &xml, diags)) == 1)
			break;
		if (rc != 0 || !(x = doc_xml_open(&xml, path, part, diags))) {
			status = -1;
			break;
		}
		if (read_sheet(x, &bk, &sh) != 0 || build(d, &sh) != 0)
			status = -1;
		doc_xml_close(x);
		sheet_release(&sh);
		sheets++;
	}
	if (!status && !sheets) {
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-document",
			       "not an Excel workbook: it has no xl/worksheets/sheet1.xml");
		status = -1;
	} else if (status && !diags->errors) {
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-document",
			       "the workbook's sheets are too large to read");
	}
	book_release(&bk);
	plan_buf_release(&xml);
	doc_zip_close(z);
	return status;
}
