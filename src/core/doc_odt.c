/* doc_odt.c - the tables of an OpenDocument text or spreadsheet (content.xml). */
#include "doc_zip.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#define TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define TEXT  "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define STYLE "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define FO    "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

enum { MAX_DEPTH = 16, MAX_SPANS = 32, MAX_REPEAT = 1000 };

struct level {
	struct doc_builder b;
	size_t cols, rows, repeat; /* the cell's spans, and how often it repeats */
	bool in_cell;
	bool header; /* in table:table-header-rows */
	size_t row_repeat;
};

struct reader {
	struct doc *doc;
	struct doc_xml *x;
	struct level levels[MAX_DEPTH];
	size_t depth;
	struct plan_buf line;
	/* the automatic styles in italics, by name, NUL-separated */
	struct plan_buf italic_styles;
	struct plan_buf style;   /* the style being read */
	bool italics[MAX_SPANS]; /* per text:span depth */
	size_t spans;
	int status;
};

static size_t count(struct doc_xml *x, const char *name, size_t max)
{
	const char *v = doc_xml_attr(x, TABLE, name);
	unsigned long n = v ? strtoul(v, NULL, 10) : 1;

	return n < 1 ? 1 : n > max ? max : (size_t)n;
}

static bool italic_style(const struct reader *r, const char *name)
{
	if (!name)
		return false;
	for (const char *s = r->italic_styles.s; s < r->italic_styles.s + r->italic_styles.len;
	     s += strlen(s) + 1)
		if (strcmp(s, name) == 0)
			return true;
	return false;
}

static struct level *top(struct reader *r)
{
	return r->depth ? &r->levels[r->depth - 1] : NULL;
}

/* Whether the innermost span is italic; spans deeper than MAX_SPANS are their deepest kept one's. */
static bool italic_now(const struct reader *r)
{
	const size_t depth = r->spans < MAX_SPANS ? r->spans : MAX_SPANS;

	return depth && r->italics[depth - 1];
}

static void text(struct reader *r, const char *s, size_t len)
{
	struct level *l = top(r);

	if (l && l->in_cell)
		doc_text(&l->b, s, len, italic_now(r));
	else if (!l)
		plan_buf_add(&r->line, s, len);
}

/* A text:p, text:h or text:span: italic when its style is, or its parent's. */
static void push_style(struct reader *r)
{
	const bool outer = italic_now(r);

	if (r->spans < MAX_SPANS)
		r->italics[r->spans] =
		    outer || italic_style(r, doc_xml_attr(r->x, TEXT, "style-name"));
	r->spans++;
}

static void open_table_element(struct reader *r, struct level *l)
{
	struct doc_xml *x = r->x;

	if (doc_xml_is(x, TABLE, "table-header-rows")) {
		l->header = true;
	} else if (doc_xml_is(x, TABLE, "table-row")) {
		l->row_repeat = count(x, "number-rows-repeated", MAX_REPEAT);
		doc_row_begin(&l->b, l->header);
	} else if (doc_xml_is(x, TABLE, "table-cell")) {
		l->in_cell = true;
		l->cols = count(x, "number-columns-spanned", DOC_MAX_COLS);
		l->rows = count(x, "number-rows-spanned", MAX_REPEAT);
		l->repeat = count(x, "number-columns-repeated", DOC_MAX_COLS);
	}
}

static void open_element(void *reader)
{
	struct reader *r = reader;
	struct doc_xml *x = r->x;
	struct level *l = top(r);

	if (doc_xml_is(x, STYLE, "style")) {
		plan_buf_reset(&r->style);
		plan_buf_addstr(&r->style, doc_xml_attr(x, STYLE, "name")
					       ? doc_xml_attr(x, STYLE, "name")
					       : "");
	} else if (doc_xml_is(x, STYLE, "text-properties")) {
		const char *v = doc_xml_attr(x, FO, "font-style");

		if (v && (strcmp(v, "italic") == 0 || strcmp(v, "oblique") == 0) && r->style.len)
			plan_buf_add(&r->italic_styles, r->style.s, r->style.len + 1);
	} else if (doc_xml_is(x, TABLE, "table")) {
		if (r->depth == MAX_DEPTH) {
			r->status = -1;
			return;
		}
		doc_table_begin(r->doc, &r->levels[r->depth++].b);
	} else if (l) {
		open_table_element(r, l);
	}
	if (doc_xml_is(x, TEXT, "p") || doc_xml_is(x, TEXT, "h") || doc_xml_is(x, TEXT, "span"))
		push_style(r);
	else if (doc_xml_is(x, TEXT, "s")) {
		const char *c = doc_xml_attr(x, TEXT, "c");
		unsigned long n = c ? strtoul(c, NULL, 10) : 1;

		for (unsigned long i = 0; i < n && i < 64; i++)
			text(r, " ", 1);
	} else if (doc_xml_is(x, TEXT, "tab")) {
		text(r, " ", 1);
	} else if (doc_xml_is(x, TEXT, "line-break")) {
		if (l && l->in_cell)
			doc_break(&l->b);
		else if (!l)
			plan_buf_addch(&r->line, ' ');
	}
}

static void close_cell(struct reader *r, struct level *l)
{
	/* a cell repeated: the same text in each column (empty cells, mostly) */
	const char *first = NULL;
	size_t repeat = l->repeat;

	/* a sheet's row ends in a thousand empty cells: those past the grid are nothing */
	if (repeat > 1 && !l->b.text.len)
		repeat =
		    l->b.col + repeat > DOC_MAX_COLS ? (l->b.col < DOC_MAX_COLS ? 1 : 0) : repeat;
	for (size_t k = 0; k < repeat && !r->status; k++) {
		if (k && first)
			doc_text(&l->b, first, strlen(first), false);
		if (doc_cell_end(&l->b, l->cols, l->rows) != 0)
			r->status = -1;
		else if (!k)
			first =
			    r->doc->tables[l->b.table].rows[l->b.row].cells[l->b.col - l->cols].text;
	}
	l->in_cell = false;
}

static void close_element(void *reader)
{
	struct reader *r = reader;
	struct doc_xml *x = r->x;
	struct level *l = top(r);

	if (doc_xml_is(x, TEXT, "p") || doc_xml_is(x, TEXT, "h")) {
		if (!l) {
			doc_add_line(r->doc, r->line.s, r->line.len);
			plan_buf_reset(&r->line);
		} else if (l->in_cell) {
			doc_break(&l->b);
		}
	}
	if (doc_xml_is(x, TEXT, "p") || doc_xml_is(x, TEXT, "h") || doc_xml_is(x, TEXT, "span")) {
		if (r->spans)
			r->spans--;
	} else if (doc_xml_is(x, STYLE, "style")) {
		plan_buf_reset(&r->style);
	} else if (l && doc_xml_is(x, TABLE, "table-cell") && l->in_cell) {
		close_cell(r, l);
	} else if (l && doc_xml_is(x, TABLE, "table-header-rows")) {
		l->header = false;
	} else if (l && doc_xml_is(x, TABLE, "table-row")) {
		doc_row_end(&l->b);
		/* rows repeated: trailing empty rows of a sheet, mostly; kept once */
	} else if (l && doc_xml_is(x, TABLE, "table")) {
		struct level *outer;

		r->depth--;
		/* a table in a cell: its own table, and its words in the cell too */
		outer = top(r);
		doc_nested_table_end(&l->b, outer && outer->in_cell ? &outer->b : NULL);
	}
}

/* A text node: words of the document when inside a paragraph. */
static void text_node(void *reader, const char *s, size_t len)
{
	struct reader *r = reader;

	if (r->spans)
		text(r, s, len);
}

int doc_read_odt(const char *path, struct doc *d, struct plan_diags *diags)
{
	static const struct doc_xml_events events = { open_element, close_element, text_node };
	struct reader r = { 0 };

	r.doc = d;
	plan_buf_init(&r.line);
	plan_buf_init(&r.italic_styles);
	plan_buf_init(&r.style);
	if (doc_zip_walk_part(path, "content.xml", "an OpenDocument file", &events, &r, &r.x,
			      &r.status, diags))
		r.status = -1;
	while (r.depth)
		doc_table_end(&r.levels[--r.depth].b);
	plan_buf_release(&r.line);
	plan_buf_release(&r.italic_styles);
	plan_buf_release(&r.style);
	return r.status;
}
