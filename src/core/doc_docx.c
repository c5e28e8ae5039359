/* doc_docx.c - the tables of a Word document (Office Open XML, word/document.xml). */
#include "doc_zip.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#define W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

enum { MAX_DEPTH = 16 }; /* tables within tables */

/* A table being read, and the cell in it. */
struct level {
	struct doc_builder b;
	size_t span; /* w:gridSpan of the cell */
	bool merged; /* w:vMerge continuing the cell above */
	bool in_cell;
};

struct reader {
	struct doc *doc;
	struct doc_xml *x;
	struct level levels[MAX_DEPTH];
	size_t depth;         /* tables open */
	struct plan_buf line; /* a paragraph outside tables */
	bool italic;          /* the current run is in italics */
	bool in_text;         /* inside w:t */
	int status;
};

/* True unless a toggle property says w:val="0" or "false". */
static bool toggle_on(struct doc_xml *x)
{
	const char *v = doc_xml_attr(x, W, "val");

	return !v || (strcmp(v, "0") != 0 && strcmp(v, "false") != 0 && strcmp(v, "none") != 0);
}

static struct level *top(struct reader *r)
{
	return r->depth ? &r->levels[r->depth - 1] : NULL;
}

static void text(struct reader *r, const char *s, size_t len)
{
	struct level *l = top(r);

	if (l && l->in_cell)
		doc_text(&l->b, s, len, r->italic);
	else if (!l)
		plan_buf_add(&r->line, s, len);
}

static void line_break(struct reader *r)
{
	struct level *l = top(r);

	if (l && l->in_cell)
		doc_break(&l->b);
	else if (!l)
		plan_buf_addch(&r->line, ' ');
}

static void open_element(void *reader)
{
	struct reader *r = reader;
	struct doc_xml *x = r->x;
	struct level *l = top(r);

	if (doc_xml_is(x, W, "tbl")) {
		if (r->depth == MAX_DEPTH) {
			r->status = -1;
			return;
		}
		doc_table_begin(r->doc, &r->levels[r->depth++].b);
	} else if (l && doc_xml_is(x, W, "tr")) {
		doc_row_begin(&l->b, false);
	} else if (l && doc_xml_is(x, W, "tblHeader") && toggle_on(x)) {
		doc_row_header(&l->b);
	} else if (l && doc_xml_is(x, W, "tc")) {
		l->in_cell = true;
		l->span = 1;
		l->merged = false;
	} else if (l && doc_xml_is(x, W, "gridSpan")) {
		const char *v = doc_xml_attr(x, W, "val");

		const unsigned long n = v ? strtoul(v, NULL, 10) : 1;

		/* more than a row can hold is an error of place(), not a wrapped sum */
		l->span = n < 1 ? 1 : n > DOC_MAX_COLS ? DOC_MAX_COLS + 1 : (size_t)n;
	} else if (l && doc_xml_is(x, W, "vMerge")) {
		const char *v = doc_xml_attr(x, W, "val");

		l->merged = !v || strcmp(v, "continue") == 0;
	} else if (doc_xml_is(x, W, "r")) {
		r->italic = false;
	} else if (doc_xml_is(x, W, "i")) {
		r->italic = toggle_on(x);
	} else if (doc_xml_is(x, W, "t")) {
		r->in_text = !doc_xml_empty(x);
	} else if (doc_xml_is(x, W, "tab")) {
		text(r, " ", 1);
	} else if (doc_xml_is(x, W, "br") || doc_xml_is(x, W, "cr")) {
		line_break(r);
	}
}

static void close_element(void *reader)
{
	struct reader *r = reader;
	struct doc_xml *x = r->x;
	struct level *l = top(r);

	if (doc_xml_is(x, W, "t")) {
		r->in_text = false;
	} else if (doc_xml_is(x, W, "p")) {
		if (!l) {
			doc_add_line(r->doc, r->line.s, r->line.len);
			plan_buf_reset(&r->line);
		} else if (l->in_cell) {
			doc_break(&l->b);
		}
	} else if (l && doc_xml_is(x, W, "tc") && l->in_cell) {
		const int rc =
		    l->merged ? doc_cell_continue(&l->b, l->span) : doc_cell_end(&l->b, l->span, 1);

		l->in_cell = false;
		if (rc != 0)
			r->status = -1;
	} else if (l && doc_xml_is(x, W, "tr")) {
		doc_row_end(&l->b);
	} else if (l && doc_xml_is(x, W, "tbl")) {
		struct level *outer;

		r->depth--;
		/* a table in a cell: its own table, and its words in the cell too */
		outer = top(r);
		doc_nested_table_end(&l->b, outer && outer->in_cell ? &outer->b : NULL);
	}
}

/* A text node: words of the document when inside w:t. */
static void text_node(void *reader, const char *s, size_t len)
{
	struct reader *r = reader;

	if (r->in_text)
		text(r, s, len);
}

int doc_read_docx(const char *path, struct doc *d, struct plan_diags *diags)
{
	static const struct doc_xml_events events = { open_element, close_element, text_node };
	struct reader r = { 0 };

	r.doc = d;
	plan_buf_init(&r.line);
	if (doc_zip_walk_part(path, "word/document.xml", "a Word document", &events, &r, &r.x,
			      &r.status, diags))
		r.status = -1;
	while (r.depth)
		doc_table_end(&r.levels[--r.depth].b);
	plan_buf_release(&r.line);
	return r.status;
}
