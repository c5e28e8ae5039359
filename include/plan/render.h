/*
 * render.h - tables for people and programs: aligned terminal text,
 * GitHub-flavoured Markdown, RFC 4180 CSV, and sheets for a spreadsheet
 * (the stream sheet.h describes, which plan-xlsx turns into .xlsx).
 *
 * A struct plan_table is a grid of cells under a row of columns.  It copies
 * the text of the cells it is given (but a lasting column's) and borrows
 * its columns.  Rendering appends to a plan_buf.  Nothing here fails but
 * plan_format_parse(), and running out of memory aborts
 * (src/core/alloc.c).  Code: src/core/render.c (sheets with sheet.c).
 */
#ifndef PLAN_RENDER_H
#define PLAN_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"

enum plan_format {
	PLAN_FORMAT_TABLE,
	PLAN_FORMAT_MD,
	PLAN_FORMAT_JSON,
	PLAN_FORMAT_CSV,
	PLAN_FORMAT_XLSX, /* the sheet stream of sheet.h */
};
enum { PLAN_FORMAT_COUNT = PLAN_FORMAT_XLSX + 1 };

extern const char *const plan_format_names[PLAN_FORMAT_COUNT];
/*
 * Parses a format name (NUL-terminated, exactly one of plan_format_names).
 * Returns 0 and sets *out; or -1, *out untouched, when it is none of them.
 */
int plan_format_parse(const char *name, enum plan_format *out);

/* How a cell is coloured on a terminal; colour never changes the text. */
enum plan_style {
	PLAN_STYLE_PLAIN,
	PLAN_STYLE_GOOD,
	PLAN_STYLE_WARN,
	PLAN_STYLE_BAD,
	PLAN_STYLE_DIM,
};

/* What a column's cells hold, for a spreadsheet; a table shows them all as text. */
enum plan_cell_kind {
	PLAN_CELL_TEXT,
	PLAN_CELL_DATE,   /* YYYY-MM-DD, or empty */
	PLAN_CELL_NUMBER, /* a whole number, or empty */
};

struct plan_column {
	const char *header;   /* terminal and Markdown header */
	const char *key;      /* CSV header */
	unsigned min_width;   /* a shortened cell keeps at least this */
	unsigned max_width;   /* preferred cap before spare room is shared; 0: none */
	unsigned ideal_width; /* flex: shrink to this before others shrink */
	bool flex;            /* takes the room the others leave */
	bool keep;            /* never shortened (references) */
	bool tail;            /* shortened from its start, its end kept ("…/btp.yaml:36") */
	bool right;           /* aligned right (numbers) */
	bool lasting;         /* its cells' text outlives the table: not copied */
	enum plan_cell_kind kind;
};

struct plan_cell {
	const char *s;
	size_t len;
	enum plan_style style;
};

struct plan_render_opts {
	size_t width;      /* terminal columns for PLAN_FORMAT_TABLE */
	bool color;        /* ANSI colour in PLAN_FORMAT_TABLE */
	const char *sheet; /* PLAN_FORMAT_XLSX: the sheet's name (NULL: "Sheet1") */
};

struct plan_table;

/*
 * Returns a new table with n columns (borrowed until plan_table_free(),
 * their texts too); the caller frees it with plan_table_free().
 */
struct plan_table *plan_table_new(const struct plan_column *columns, size_t n);
/* Frees t and the texts it copied; t may be NULL.  Cannot fail. */
void plan_table_free(struct plan_table *t);
/*
 * Appends a row of one cell per column; the text is copied, but that of a
 * lasting column, which must then live as long as t.  A NULL s is "".
 */
void plan_table_add(struct plan_table *t, const struct plan_cell *cells);
/* Makes room for rows more rows, to be added without moving those added. */
void plan_table_reserve(struct plan_table *t, size_t rows);
/* The number of rows added.  Cannot fail. */
size_t plan_table_rows(const struct plan_table *t);

/*
 * Appends the table in format (TABLE, MD, CSV or XLSX) to out.  A terminal
 * table fits opts->width, aligned by display width, with shortened cells
 * ending in "…"; a table with no rows is empty.  Markdown escapes what would
 * otherwise be markup; CSV quotes as RFC 4180 says and ends lines with CRLF.
 * XLSX is one sheet named opts->sheet, headed by the columns' keys (as CSV
 * is), each cell typed by its column's kind (plan_sheet_add_value()).
 * JSON appends nothing (json.h writes structured data).  opts is read for
 * TABLE and XLSX only, and may be NULL for the others.
 */
void plan_table_render(const struct plan_table *t, enum plan_format format,
		       const struct plan_render_opts *opts, struct plan_buf *out);
/*
 * A Markdown table appended as it is made, without a plan_table, byte for
 * byte as plan_table_render() writes one: the header rows of n columns,
 * then each row of n cells (never NULL) as it comes.
 */
void plan_md_table_head(struct plan_buf *out, const struct plan_column *columns, size_t n);
void plan_md_table_row(struct plan_buf *out, const struct plan_cell *cells, size_t n);

/*
 * Appends s (len bytes) as Markdown text: inline markup escaped, each
 * control character (a line break too) a space.
 */
void plan_md_escape(struct plan_buf *out, const char *s, size_t len);

/*
 * Appends the table as aligned text width columns wide, without colour,
 * a cell too wide for its column wrapped onto more lines (at spaces; a
 * word wider than the column cut) rather than shortened: for a mail's
 * text, which cannot be widened as a terminal can.  A table with no rows
 * appends nothing.
 */
void plan_table_render_wrapped(const struct plan_table *t, size_t width, struct plan_buf *out);

#endif
