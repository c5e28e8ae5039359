/*
 * schedule.h - when a task is due, and whether it is late on a given day.
 *
 * A task's deadline means what its own explicit due says, else what its
 * own deadline text means (deadline.h), else what its parent's does: a
 * subtask with neither inherits both.  Its due dates are milestones or
 * occurrences; each delivery meets one, in order.
 *
 * Overdue, on day T:
 *   - a done or dropped task never is;
 *   - a task with due dates d1 < … < dk is overdue when more of them fall
 *     before T than it has deliveries dated T or before (a delivery dated
 *     later had not happened on T), and late by the days from the first
 *     due date not met to T (on the due date itself it is not late);
 *   - an ongoing, event or unknown task never is.
 *
 * The functions borrow the task (and its set) for the call only.  Nothing
 * here fails but by running out of memory, which aborts
 * (src/core/alloc.c).  Code: src/core/schedule.c.
 */
#ifndef PLAN_SCHEDULE_H
#define PLAN_SCHEDULE_H

#include <stdbool.h>

#include "plan/deadline.h"
#include "plan/model.h"

struct plan_lateness {
	bool overdue;
	plan_date next; /* the first due date not met yet; PLAN_DATE_NONE if none or done */
	int days_late;  /* T - next, when overdue; else 0 */
};

/*
 * Stores in *out (which the caller releases with plan_interp_release())
 * what task's deadline means, in its plan's year and from its issue date.
 * A task with neither due nor deadline, its own or inherited, is
 * PLAN_KIND_UNKNOWN with no reason.  engine is read only for a deadline's
 * words, and written to then (its cache, deadline.h); it may be NULL when
 * no such task is asked about.
 */
void plan_schedule_interpret(const struct plan_deadlines *engine, const struct plan_task *task,
			     struct plan_interp *out);

/*
 * True when the task's meaning comes from an explicit due, its own or
 * inherited.  Cannot fail.
 */
bool plan_schedule_has_explicit_due(const struct plan_task *task);

/*
 * True when the task has a deadline's words or an explicit due, its own
 * or inherited.  Cannot fail.
 */
bool plan_schedule_has_deadline(const struct plan_task *task);

/*
 * Decides whether task, whose deadline means in, is late on day today,
 * into *out (which holds nothing to release).  Cannot fail.
 */
void plan_schedule_lateness(const struct plan_task *task, const struct plan_interp *in,
			    plan_date today, struct plan_lateness *out);

#endif
