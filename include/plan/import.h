/*
 * import.h - a plan from the table a clerk receives: a Word (.docx),
 * LibreOffice (.odt) or Excel (.xlsx) document, CSV, tab-separated or
 * pasted text.
 *
 * The table is found by its header words (TT, Nội dung, Đơn vị chủ trì,
 * phối hợp, Thời gian, Sản phẩm, Kinh phí, Ghi chú), its rows read by
 * their numbering (I, II or A, B: sections; 1, 2: tasks; 1.1, a), đ), or
 * a row under a task that starts with "-" or "+" or is in italics:
 * subtasks; a row with no number that continues the one above, across a
 * page break: joined to it), every text kept verbatim (NFC, line breaks
 * in a cell as one space), unit cells split into units where the registry
 * says every part is one.  What the document says of the plan (its
 * number, date, issuing body and title) fills what the options leave out.
 */
#ifndef PLAN_IMPORT_H
#define PLAN_IMPORT_H

#include <stddef.h>

#include "plan/buf.h"
#include "plan/date.h"
#include "plan/diag.h"
#include "plan/model.h"

/* What the clerk says of the plan; NULL (or 0) for what the document is to say. */
struct plan_import_opts {
	const char *id;     /* the plan's id ([a-z0-9-]+) */
	const char *number; /* "365/QĐ-BTP" */
	const char *title;
	const char *issuer;
	plan_date issued; /* PLAN_DATE_NONE for none */
	int year;         /* 0 for none */
	size_t table;     /* the table to read, from 1; 0: the first whose header names tasks */
};

/* What an import read. */
struct plan_import_summary {
	size_t table, tables; /* the table read, of how many */
	size_t sections, tasks, subtasks;
	size_t joined;            /* rows joined to the row above (page breaks) */
	size_t units_unknown;     /* unit names the registry does not know */
	size_t placeholders;      /* values the document does not give: written TODO */
	size_t deadlines_unknown; /* deadline cells plan cannot read (warned unknown-deadline) */
};

/*
 * Reads text as the number of a table to import, counted from 1 (1 to
 * 100000, digits only): returns 0, or -1 with *table unchanged when it is
 * none.
 */
int plan_import_table_parse(const char *text, size_t *table);

/*
 * Appends to out the line that ends an import of file, without its line
 * break: "3 tasks and 1 subtask in 2 sections, from table 1 of 1 in FILE;
 * 0 deadlines not understood, …, 1 TODO to fill".
 */
void plan_import_summary_format(const struct plan_import_summary *s, const char *file,
				struct plan_buf *out);

/*
 * Reads the document at path and appends to out one plan, in format v1
 * and plan fmt's canonical layout, whose unit names are split and checked
 * against the registry entries of registry (NULL for none).  Warnings (a
 * column it cannot place, a unit it does not know, a number out of order)
 * go to diags as "PATH:TABLE" at the row and column of the document.
 * Returns 0, or -1 after an error in diags (out is then unchanged): the
 * document cannot be read, has no table of tasks, or gives no date of
 * issue and opts none.
 */
int plan_import(const char *path, const struct plan_import_opts *opts,
		const struct plan_set *registry, struct plan_buf *out, struct plan_diags *diags,
		struct plan_import_summary *summary);

/*
 * Appends to out a minimal plan to fill in by hand, with comments that say
 * what each key holds, which loads as it is: id (default "ke-hoach-moi"),
 * issuer (may be NULL) and issued (PLAN_DATE_NONE: the placeholder date
 * today gives).
 */
void plan_import_blank(const char *id, const char *issuer, plan_date today, struct plan_buf *out);

#endif
