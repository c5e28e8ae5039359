/*
 * listing.h - tasks as a list: what `plan list` and `plan overdue` print,
 * in every format.
 *
 * One row per task: its reference, lead units, deadline text, and then
 * its status (a list) or the due date it missed and by how many days (the
 * overdue tasks), and its text, with what a subtask inherits filled in.
 * The JSON form is the same for both: an array of objects whose keys
 * man/plan.1 documents.
 *
 * Everything is appended to the caller's plan_buf; the rows are borrowed
 * for the call.  Nothing here fails but plan_listing_columns_parse(), and
 * running out of memory aborts (src/core/alloc.c).  Code:
 * src/core/listing.c.
 */
#ifndef PLAN_LISTING_H
#define PLAN_LISTING_H

#include <stddef.h>

#include "plan/buf.h"
#include "plan/query.h"
#include "plan/render.h"

enum plan_listing {
	PLAN_LISTING_TASKS,   /* REF LEAD DEADLINE STATUS TASK */
	PLAN_LISTING_OVERDUE, /* REF LEAD DEADLINE MISSED DAYS LATE TASK */
};

enum {
	/* A VIA column: the collective a task came through (--with-collective). */
	PLAN_LISTING_VIA = 1,
};

/*
 * Appends rows to out in format, with the columns of what; flags is 0 or
 * PLAN_LISTING_VIA.  JSON always has the key "via".  opts is read for
 * PLAN_FORMAT_TABLE and PLAN_FORMAT_XLSX (render.h).
 */
void plan_listing_render(const struct plan_rows *rows, enum plan_listing what, unsigned flags,
			 enum plan_format format, const struct plan_render_opts *opts,
			 struct plan_buf *out);

/*
 * A choice of columns (--columns), by their CSV keys, in order.  The
 * catalogue, in the order of "all": ref, plan, id, section, parent, lead,
 * support, deadline, kind, due (the first due date not met), dues (every
 * due date), missed, days_late, status, delivered, via, product, funding,
 * note, task, file, line.
 */
enum { PLAN_LISTING_COLUMNS_MAX = 32 };
struct plan_listing_columns {
	size_t n;
	unsigned char v[PLAN_LISTING_COLUMNS_MAX]; /* opaque column numbers */
};

/*
 * Parses list, column names separated by commas ("ref,lead,task"), where
 * "all" stands for every column (via only when flags has
 * PLAN_LISTING_VIA).  Returns 0 and fills *out; or -1, *out untouched,
 * with a message in err (lowercase, no final period) naming the closest
 * valid name and listing them all: an unknown or empty name, a column
 * chosen twice, an empty list.  err is the caller's, appended to.
 */
int plan_listing_columns_parse(const char *list, unsigned flags, struct plan_listing_columns *out,
			       struct plan_buf *err);

/*
 * Returns the name of column i of the catalogue (static), or NULL past
 * its end.  Cannot fail.
 */
const char *plan_listing_column_name(size_t i);

/*
 * Stores in *out the columns plan_listing_render() shows for what and
 * flags.  Cannot fail.
 */
void plan_listing_columns_default(enum plan_listing what, unsigned flags,
				  struct plan_listing_columns *out);

/*
 * Appends rows to out in format with the columns cols, in their order.
 * JSON is an array of objects with those keys only: a list (lead,
 * support, dues, delivered) as the default JSON has it, days_late and line
 * as numbers, other values as strings, an empty value as null.  opts as
 * for plan_listing_render().
 */
void plan_listing_render_columns(const struct plan_rows *rows,
				 const struct plan_listing_columns *cols, enum plan_format format,
				 const struct plan_render_opts *opts, struct plan_buf *out);

/* Appends the units of list to out, as written, separated by "; ". */
void plan_join_units(const struct plan_texts *list, struct plan_buf *out);

#endif
