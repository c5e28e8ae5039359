/*
 * report.h - status reports and digests as GitHub-flavoured Markdown, and
 * the subjects of the mails that carry them.
 *
 * A report says where every task kept stands (status.h): counts in total
 * and per lead unit, the overdue tasks, the tasks due in the window and
 * the deliveries of the window.  A digest says what a weekly mail needs:
 * the tasks that became overdue in the window, those still overdue from
 * before, the tasks due in the window and its deliveries.
 *
 * The Markdown escapes every text taken from the plans and holds no raw
 * HTML.  Its order is fixed (units in registry order, tasks by lateness,
 * date and document order), so two reports on the same plans diff well.
 */
#ifndef PLAN_REPORT_H
#define PLAN_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/lang.h"
#include "plan/snapshot.h"

/* What a document is about and where it comes from; everything is borrowed. */
struct plan_report_meta {
	enum plan_lang lang;
	const struct plan *const *plans; /* the plans it covers, in load order */
	size_t n_plans;
	const struct plan_unit_ref *const *units; /* the units asked for; none: every unit */
	size_t n_units;
	enum plan_role role; /* the column units were looked for in */
	bool collectives;    /* tasks of collectives covering them count too */
	const char *commit;  /* the commit the plans were read at, or NULL */
	bool uncommitted;    /* the plans differ from that commit */
};

/* Appends the report on st to out. */
void plan_report_write(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		       struct plan_buf *out);

/*
 * Appends the report on st as one HTML page (html.h) with charts: after
 * the counts by lead unit, a bar per lead unit of its tasks by class and a
 * bar per month of the tasks due in it, as inline SVG that prints in black
 * and white.  Returns 0, or -1 when md4c fails (out is then unchanged).
 */
int plan_report_html(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		     struct plan_buf *out);

/*
 * Appends the report's tables as sheets for a spreadsheet (the stream of
 * plan/sheet.h), each named by its section's heading: the summary, the
 * counts by lead unit (when there are units), the overdue tasks, those
 * due and the deliveries (even when empty: the workbook keeps its shape),
 * and the tasks whose deadline cannot be read (when there are any).  Dates
 * are date cells, counts numbers, task texts whole.
 */
void plan_report_sheets(const struct plan_snapshot *st, const struct plan_report_meta *meta,
			struct plan_buf *out);

/* Appends the report's title, as plain text (for a mail or a page title). */
void plan_report_title(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		       struct plan_buf *out);

/*
 * Appends a mail subject for the report, plain UTF-8 text: "[plan] ",
 * the counts of overdue tasks and tasks due soon, and what it covers.
 */
void plan_report_subject(const struct plan_snapshot *st, const struct plan_report_meta *meta,
			 struct plan_buf *out);

#endif
