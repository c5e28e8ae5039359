/*
 * docmd.h - the Markdown blocks reports and digests are made of (private to
 * the core).  Every block ends with a blank line; every text from the plans
 * is escaped.
 */
#ifndef PLAN_DOCMD_H
#define PLAN_DOCMD_H

#include "plan/report.h"

/* A heading of level 1 or 2 holding plain text. */
void doc_heading(struct plan_buf *out, int level, const char *text);
/* A paragraph holding plain text. */
void doc_paragraph(struct plan_buf *out, const char *text);

/* Plain text: the plans' numbers (their ids when they have none), comma-separated. */
void doc_plan_numbers(const struct plan_report_meta *m, struct plan_buf *out);
/* Plain text: the names of the units asked for, "; "-separated; nothing for none. */
void doc_unit_names(const struct plan_report_meta *m, struct plan_buf *out);

/* A list: each plan's number, issuer, date and title; the units asked for. */
void doc_scope(struct plan_buf *out, const struct plan_report_meta *m, bool titles);

/*
 * The tables below are Markdown, or with a sheet name (not NULL) a sheet
 * of the stream of plan/sheet.h: dates YYYY-MM-DD, counts numbers, task
 * texts whole.
 */

/* The summary table: each class and the total. */
void doc_counts(struct plan_buf *out, const struct plan_snapshot *st, enum plan_lang lang,
		const char *sheet);
/*
 * Plain text: the name of st's lead unit i, with its parent's in brackets
 * when another unit of st has the same name.
 */
void doc_unit_label(const struct plan_snapshot *st, size_t i, struct plan_buf *out);
/* The same counts, one row per lead unit. */
void doc_unit_counts(struct plan_buf *out, const struct plan_snapshot *st, enum plan_lang lang,
		     const char *sheet);

enum doc_tasks {
	DOC_LATE,   /* with the due date missed and the days late */
	DOC_DUE,    /* with the due date coming */
	DOC_UNREAD, /* with the deadline alone: it cannot be read */
};
/* A table of tasks. */
void doc_tasks(struct plan_buf *out, const struct plan_row *const *rows, size_t n,
	       enum doc_tasks what, const struct plan_report_meta *m, const char *sheet);
/* A table of deliveries. */
void doc_deliveries(struct plan_buf *out, const struct plan_delivered *v, size_t n,
		    const struct plan_report_meta *m, const char *sheet);

/* A rule and a line saying what made the document, from which commit. */
void doc_footer(struct plan_buf *out, const struct plan_report_meta *m);

/*
 * A mail subject: "[plan] N overdue tasks, M due soon — SCOPE", SCOPE being
 * the units asked for, else the plans.  With lead: "[plan] LEAD: N overdue
 * tasks, M due soon", and " — UNITS" when units were asked for.
 */
void doc_subject(struct plan_buf *out, const struct plan_report_meta *m, const char *lead,
		 size_t overdue, size_t due);

#endif
