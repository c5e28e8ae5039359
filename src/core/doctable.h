/*
 * doctable.h - the tables of a document a clerk receives, and the lines
 * of text around them (private to the core).
 *
 * Each reader (doc_docx.c, doc_odt.c, doc_xlsx.c, doc_text.c) turns one
 * kind of file into the same model: tables as grids of cells, merged cells
 * spread over the grid positions they cover, with the text as the
 * document writes it (paragraphs and line breaks in a cell as '\n', NFC),
 * and the paragraphs outside tables in order, for the header of a plan
 * (its number, date, issuer and title).  Everything belongs to the
 * document's arena.
 */
#ifndef PLAN_DOCTABLE_H
#define PLAN_DOCTABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "plan/buf.h"
#include "plan/diag.h"

/* Whether a grid position holds a cell of its own or is covered by a merged one. */
enum doc_cover {
	DOC_OWN,   /* a cell of its own */
	DOC_LEFT,  /* covered by the cell to its left (a row's title over several columns) */
	DOC_ABOVE, /* covered by the cell above (a deadline merged over several rows) */
};

struct doc_cell {
	const char *text; /* NUL-terminated; "" for an empty cell; a covered one has its cell's */
	enum doc_cover cover;
	bool italic; /* all of its text is in italics (a sub-row's mark in many appendices) */
};

struct doc_row {
	struct doc_cell *cells; /* n_cols of them */
	bool header;            /* marked as a header row repeated on every page */
};

struct doc_table {
	struct doc_row *rows;
	size_t n_rows, n_cols;
	size_t cap_rows;
	size_t number; /* 1-based, in document order, nested tables included */
	size_t line;   /* how many of the document's lines come before it */
};

struct doc {
	struct arena *arena;
	struct doc_table *tables;
	size_t n_tables;
	const char **lines; /* paragraphs outside tables, in order; NUL-terminated */
	size_t n_lines, cap_lines;
	size_t n_cells; /* grid positions of all tables, against DOC_MAX_CELLS */
	bool too_large; /* the limit was reached: the tables are cut short */
};

/* Limits a reader keeps to, whatever a file claims. */
enum {
	DOC_MAX_PART = 64 << 20, /* bytes of one part of a zip, uncompressed */
	DOC_MAX_RATIO = 200,     /* uncompressed to compressed, beyond which it is a bomb */
	DOC_MAX_CELLS = 1 << 21, /* cells of all tables */
	DOC_MAX_COLS = 256,
};

/*
 * Reads the document at path, whose kind its name says (.docx, .odt,
 * .xlsx, .csv, .tsv, .txt; anything else is read as text), into *out
 * (release with doc_release()).  Returns 0, or -1 after an error in diags
 * (then *out holds nothing).
 */
int doc_read(const char *path, struct doc *out, struct plan_diags *diags);
void doc_release(struct doc *d);

/* -- for the readers ------------------------------------------------------------ */

/* A table being built, row by row, cell by cell, with spans. */
struct doc_builder {
	struct doc *doc;
	struct doc_table *t;    /* the table being built (an index may move: see table) */
	size_t table;           /* its index in doc->tables */
	size_t row, col;        /* where the next cell goes */
	struct plan_buf text;   /* the current cell's text */
	bool italic, upright;   /* the current cell has italic text, upright text */
	size_t *down;           /* down[c]: rows still covered by a cell above, per column */
	const char **down_text; /* down_text[c]: its text */
	size_t cap_down;
};

void doc_init(struct doc *d);
/* Appends a paragraph outside any table (trimmed; an empty one is left out). */
void doc_add_line(struct doc *d, const char *s, size_t len);
/* Starts a new table; returns its builder state in *b. */
void doc_table_begin(struct doc *d, struct doc_builder *b);
/*
 * Starts a row; header marks a repeated header row.  Past DOC_MAX_CELLS
 * grid positions in the document it does nothing and sets too_large.
 */
void doc_row_begin(struct doc_builder *b, bool header);
/* Marks the current row as a header repeated on every page (none: nothing). */
void doc_row_header(struct doc_builder *b);
/*
 * Ends the current cell, whose text is b->text, spanning cols columns and
 * rows rows (1 and 1 for a plain cell); a cell before any row starts one.
 * Returns -1 when the document has more grid positions than
 * DOC_MAX_CELLS, or a row more columns than DOC_MAX_COLS.
 */
int doc_cell_end(struct doc_builder *b, size_t cols, size_t rows);
/* A cell that continues the cell above it (docx vMerge): takes its text. */
int doc_cell_continue(struct doc_builder *b, size_t cols);
void doc_row_end(struct doc_builder *b);
void doc_table_end(struct doc_builder *b);
/*
 * Ends a table nested in the cell that outer builds (NULL: in no table):
 * its words go into that cell too, each of its cells a line.
 */
void doc_nested_table_end(struct doc_builder *b, struct doc_builder *outer);
void doc_builder_release(struct doc_builder *b);

/*
 * Appends a line of text to the last cell with text of the last row, on a
 * line of its own: the rest of a cell that pasted text broke off.
 */
void doc_append_line(struct doc_builder *b, const char *s, size_t len);

/* Appends s to b's cell text as the document writes it: NFC, '\n' between paragraphs. */
void doc_text(struct doc_builder *b, const char *s, size_t len, bool italic);
void doc_break(struct doc_builder *b);

/* Readers of each kind, into a doc from doc_init(). */
int doc_read_docx(const char *path, struct doc *d, struct plan_diags *diags);
int doc_read_odt(const char *path, struct doc *d, struct plan_diags *diags);
int doc_read_xlsx(const char *path, struct doc *d, struct plan_diags *diags);
int doc_read_text(const char *path, const char *data, size_t len, struct doc *d,
		  struct plan_diags *diags);

#endif
