/*
 * listing.h - tasks as a list: what `plan list` and `plan overdue` print,
 * in every format.
 *
 * One row per task: its reference, lead units, deadline text, and then
 * its status (a list) or the due date it missed and by how many days (the
 * overdue tasks), and its text, with what a subtask inherits filled in.
 * The JSON form is the same for both: an array of objects whose keys
 * man/plan.1 documents.
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
 * PLAN_LISTING_VIA.  JSON always has the key "via".
 */
void plan_listing_render(const struct plan_rows *rows, enum plan_listing what, unsigned flags,
			 enum plan_format format, const struct plan_render_opts *opts,
			 struct plan_buf *out);

/* Appends the units of list to out, separated by "; ". */
void plan_join_units(const struct plan_texts *list, struct plan_buf *out);

#endif
