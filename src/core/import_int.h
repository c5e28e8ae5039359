/*
 * import_int.h - the plan plan_import() builds from a document's table,
 * before it is written as YAML (private to the core).
 *
 * import_table.c finds the table, its columns and its rows' structure;
 * import_units.c splits unit cells into units; import_meta.c reads what
 * the document says of the plan; import.c writes the plan and checks it.
 */
#ifndef PLAN_IMPORT_INT_H
#define PLAN_IMPORT_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "doctable.h"
#include "plan/import.h"
#include "plan/unit.h"

/* The fields a column of the table gives. */
enum imp_field {
	IMP_ID,
	IMP_TASK,
	IMP_LEAD,
	IMP_SUPPORT,
	IMP_DEADLINE,
	IMP_PRODUCT,
	IMP_FUNDING,
	IMP_NOTE,
	IMP_OTHER, /* a column nobody expects: into note, under its header */
	IMP_NONE,
};
enum { IMP_FIELDS = IMP_OTHER };

/* A list of texts, each owned. */
struct imp_list {
	char **v;
	size_t n;
};

struct imp_task {
	char *id;
	struct plan_buf field[IMP_FIELDS]; /* IMP_TASK … IMP_NOTE: the cell's text */
	struct imp_list lead, support;     /* split from field[IMP_LEAD], [IMP_SUPPORT] */
	size_t parent;                     /* index of its parent task, or SIZE_MAX */
	size_t section;                    /* index of its section, or SIZE_MAX */
	size_t row;                        /* its row in the document's table, from 1 */
	size_t subtasks;                   /* how many it has, for the ids of unnumbered ones */
};

struct imp_section {
	char *id, *title;
	size_t row;
};

struct imp_plan {
	struct imp_section *sections;
	size_t n_sections;
	struct imp_task *tasks; /* in document order */
	size_t n_tasks, cap_tasks;
	/* what the document says of the plan; NULL when it says nothing */
	char *number, *title, *issuer;
	plan_date issued;
	int year;                   /* the year the title names ("… năm 2024"), or 0 */
	struct imp_list implements; /* the documents the title names ("Quyết định số 06/QĐ-TTg") */
	const char *where;          /* "PATH:TABLE", for messages */
	size_t lead_col, support_col, deadline_col; /* from 0, for messages; SIZE_MAX: none */
	struct plan_import_summary sum;
};

void imp_plan_release(struct imp_plan *p);
void imp_list_release(struct imp_list *l);

/* The header of a table: its row, and the field and title of each column. */
struct imp_header {
	size_t row;          /* from 0 */
	enum imp_field *map; /* per column */
	char **names;        /* per column, owned: its title ("Thời gian Bắt đầu") */
	size_t n_cols;
};

/*
 * Finds the table to read (table which, from 1; 0: the first whose header
 * names tasks) and its header.  Returns the table's index in d->tables, or
 * -1 after an error in diags (h then holds nothing).
 */
int imp_find_header(const struct doc *d, const char *path, size_t which, struct imp_header *h,
		    struct plan_diags *diags);
void imp_header_release(struct imp_header *h);
/* Whether row r repeats the header, as a page break does. */
bool imp_header_again(const struct doc_table *t, size_t r, size_t header);

/* Text folded for matching: no case, marks, đ or punctuation (owned). */
char *imp_fold(const char *s);
/* True when the folded text has the words w, whole. */
bool imp_has_words(const char *folded, const char *w);
/* Whether folded words are those of a header's second row: "Bắt đầu", "Chủ trì"… */
bool imp_sub_words(const char *folded);
/* What a grid position holds for a reading: a merged title's other columns hold nothing. */
const char *imp_own_text(const struct doc_cell *c);

/*
 * Picks the table (the one opts names, else the first whose header names
 * tasks) and reads its rows into p.  Appends to lines the rows above its
 * header, for import_meta.c.  Returns 0, or -1 after an error in diags.
 */
int imp_read_table(const struct doc *d, const char *path, size_t which, struct imp_plan *p,
		   struct plan_buf *lines, struct plan_diags *diags);

/*
 * Splits the unit cells of every task into units: at line breaks and
 * ";" always; at "," only where every part is a unit of idx (or a group
 * phrase it knows), so that "Các bộ, ngành, địa phương" stays whole.
 * Warns at each name idx does not know (none when idx is NULL).
 */
void imp_split_units(struct imp_plan *p, const struct plan_unit_index *idx,
		     struct plan_diags *diags);

/*
 * Reads the plan's number ("Số: 365/QĐ-BTP"), date of issue ("ngày 15
 * tháng 3 năm 2024"), issuing body (its heading, resolved through idx to
 * the registry's name) and title (the appendix's heading) from the
 * document's lines (NUL-separated), where p does not have them.
 */
void imp_read_meta(const struct doc *d, const struct plan_buf *lines,
		   const struct plan_unit_index *idx, struct imp_plan *p);

/* Adds s to list, a copy. */
void imp_list_add(struct imp_list *l, const char *s, size_t len);

/* Writes "k: value" at indent, the value as plan fmt would; nothing for none. */
void imp_key(struct plan_buf *out, int indent, const char *k, const char *value);

#endif
