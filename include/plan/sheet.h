/*
 * sheet.h - workbooks for a spreadsheet, neutral of any spreadsheet
 * library: sheets of named, typed columns and rows of cells (text, dates,
 * whole numbers, empty), and the byte stream that carries them from plan
 * to its helper plan-xlsx, which alone links libxlsxwriter.
 *
 * The stream is a sequence of records, each a line "WORD LEN" then LEN
 * bytes and a line feed; LEN is decimal, the bytes UTF-8 without NUL (line
 * feeds and other control characters are data like any other):
 *
 *   sheet LEN        a new sheet; the bytes are its name
 *   text-column LEN  a column of text, date-column and number-column the
 *                    others; the bytes are its header.  Columns come
 *                    before the sheet's first row
 *   row 0            a new row, followed by one cell per column:
 *   text LEN         a text cell, UTF-8
 *   date 10          a date cell, YYYY-MM-DD
 *   number LEN       a whole number, an optional '-' and digits
 *   empty 0          an empty cell
 *   end 0            the end of the sheet
 *
 * Streams of whole sheets put end to end are a stream: each table of a
 * document can be written on its own (render.h's PLAN_FORMAT_XLSX).
 *
 * A book owns its sheets and every text in them (copied as they are
 * added); pointers into a book are valid until plan_book_free().  Nothing
 * here fails but plan_book_read(), and running out of memory aborts
 * (src/core/alloc.c).  Code: src/core/sheet.c, sheet_read.c (the reader).
 */
#ifndef PLAN_SHEET_H
#define PLAN_SHEET_H

#include <stddef.h>
#include <stdint.h>

#include "plan/buf.h"
#include "plan/date.h"
#include "plan/render.h"

/* A spreadsheet's limits: a sheet name's characters, a text cell's, a sheet's rows. */
enum { PLAN_SHEET_NAME_MAX = 31, PLAN_SHEET_TEXT_MAX = 32767, PLAN_SHEET_ROWS_MAX = 1048575 };

enum plan_value_kind {
	PLAN_VALUE_EMPTY,
	PLAN_VALUE_TEXT,
	PLAN_VALUE_DATE,
	PLAN_VALUE_NUMBER,
};

struct arena;

struct plan_sheet_value {
	enum plan_value_kind kind;
	const char *s; /* TEXT: NUL-terminated, owned by the book */
	size_t len;
	plan_date date;
	int64_t number;
};

struct plan_sheet_column {
	const char *name; /* NUL-terminated, owned by the book */
	size_t len;
	enum plan_cell_kind kind;
};

struct plan_sheet {
	const char *name; /* a valid, unique sheet name (plan_book_add_sheet()) */
	struct plan_sheet_column *columns;
	size_t n_columns, cap_columns;
	struct plan_sheet_value *cells; /* row by row */
	size_t n_cells, cap_cells;
	struct arena *text; /* the book's */
};

struct plan_book {
	struct plan_sheet **sheets;
	size_t n, cap;
	struct arena *text;
};

/* Returns an empty book; free it with plan_book_free(). */
struct plan_book *plan_book_new(void);
/* Frees b, its sheets and their texts; b may be NULL.  Cannot fail. */
void plan_book_free(struct plan_book *b);

/*
 * Adds an empty sheet named name (len bytes, UTF-8, copied) and returns
 * it (owned by b).  The name is made one a spreadsheet takes: control
 * characters and []:*?/\ become '_', apostrophes around it go, an empty
 * one is "Sheet", it is cut to PLAN_SHEET_NAME_MAX characters (after a
 * word when it can be), and a name b already has (in capitals or not)
 * gets " (2)", " (3)"...
 */
struct plan_sheet *plan_book_add_sheet(struct plan_book *b, const char *name, size_t len);

/*
 * Adds a column headed name (len bytes, copied).  Call it only before the
 * first cell: nothing checks.
 */
void plan_sheet_add_column(struct plan_sheet *s, enum plan_cell_kind kind, const char *name,
			   size_t len);

/*
 * Add one cell to the last row, or begin a row when the last one is full;
 * text (len bytes) is copied.
 */
void plan_sheet_add_text(struct plan_sheet *s, const char *text, size_t len);
void plan_sheet_add_date(struct plan_sheet *s, plan_date d);
void plan_sheet_add_number(struct plan_sheet *s, int64_t n);
void plan_sheet_add_empty(struct plan_sheet *s);
/*
 * Adds a cell from text as a table holds it, typed by kind: empty text is
 * an empty cell; a date column's YYYY-MM-DD a date, its other text text;
 * a number column's whole number (an optional '-' and 1 to 18 digits) a
 * number, its other text text.
 */
void plan_sheet_add_value(struct plan_sheet *s, enum plan_cell_kind kind, const char *text,
			  size_t len);

/*
 * The number of whole rows of s (a row not yet full is left out), and the
 * cell at row, col of them, borrowed from the book; both must be in
 * range: nothing checks.
 */
size_t plan_sheet_rows(const struct plan_sheet *s);
const struct plan_sheet_value *plan_sheet_cell(const struct plan_sheet *s, size_t row, size_t col);

/* Appends the stream of b's sheets, whole rows only, to out. */
void plan_book_write(const struct plan_book *b, struct plan_buf *out);

/*
 * Reads the stream s (len bytes, borrowed for the call; texts are
 * copied) and adds its sheets to b.  Returns 0, or -1 with a message
 * appended to err (lowercase, naming the byte offset) when it is no
 * stream of whole sheets: b then holds the sheets read before, and the
 * one being read as far as it went.
 */
int plan_book_read(struct plan_book *b, const char *s, size_t len, struct plan_buf *err);

#endif
