/*
 * query.h - choosing tasks, and ordering them.
 *
 * A query walks a plan set in order (plans in the order they were loaded,
 * tasks in document order, subtasks after their parent), keeps the tasks
 * that pass every filter that is set, and sorts them.  Each row carries
 * what the task's deadline means and whether it is late on the query's
 * day (schedule.h).
 *
 * A task's due date, for the due filters and sorting, is the first of its
 * due dates that no delivery has met yet; a done or dropped task, or one
 * with no dates, has none.
 *
 * Rows borrow their tasks from the set and their via from the filter's
 * index: both must outlive the rows.  Running out of memory aborts
 * (src/core/alloc.c); nothing else fails.  Code: src/core/query.c.
 */
#ifndef PLAN_QUERY_H
#define PLAN_QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/deadline.h"
#include "plan/model.h"
#include "plan/pattern.h"
#include "plan/schedule.h"
#include "plan/unit.h"

enum plan_sort {
	PLAN_SORT_DOCUMENT, /* as the plans are written */
	PLAN_SORT_DUE,      /* earliest due date first; none last */
	PLAN_SORT_REF,      /* by reference, numbers in ids in numeric order */
	PLAN_SORT_LATE,     /* most days late first; not late last */
};

struct plan_filter {
	const char *const *plans; /* plan ids; none: every plan */
	size_t n_plans;
	unsigned statuses;  /* bit (1 << status) per wanted status; 0: all */
	unsigned kinds;     /* bit (1 << kind) per wanted kind; 0: all */
	plan_date due_from; /* due on or after; PLAN_DATE_NONE: no bound */
	plan_date due_to;   /* due on or before; PLAN_DATE_NONE: no bound */
	bool overdue;       /* only tasks overdue on the query's day */
	struct plan_pattern
	    *grep; /* task, product or note matches; NULL: any (it notes a failed match) */
	const struct plan_unit_index *index;      /* for units; borrowed */
	const struct plan_unit_ref *const *units; /* one of them plays role; none: any */
	size_t n_units;
	enum plan_role role;
	bool collectives; /* a collective that covers a unit counts too */
};

struct plan_query {
	const struct plan_deadlines *deadlines; /* borrowed */
	plan_date today;
	struct plan_filter filter;
	enum plan_sort sort;
};

/* One task in a result. */
struct plan_row {
	const struct plan_task *task;
	struct plan_interp when; /* what its deadline means; owned by the rows */
	struct plan_lateness late;
	const struct plan_unit_ref *via; /* the collective it came through, or NULL */
};

struct plan_rows {
	struct plan_row *v;
	size_t n;
	size_t cap;
	/*
	 * Of the tasks the filter's plans, statuses, text and units keep (its
	 * kinds, due dates and lateness aside), how many are neither done nor
	 * dropped and have a deadline plan cannot read: tasks that could be
	 * late without anyone seeing it (plan_row_unread()).
	 */
	size_t unread;
};

#define PLAN_ROWS_INIT        \
	{                     \
		NULL, 0, 0, 0 \
	}

/*
 * Sets *q to the query of every task of every plan, in document order, as
 * of today, deadlines read by deadlines (borrowed; may be NULL until run):
 * no filter, its due dates unbounded (PLAN_DATE_NONE, which a zero would
 * not be: 0 is 1970-01-01).  Holds nothing to release.  Cannot fail.
 */
void plan_query_init(struct plan_query *q, const struct plan_deadlines *deadlines, plan_date today);

/*
 * Appends the tasks of set that pass query's filter to rows (the caller
 * releases them with plan_rows_release()), the appended ones sorted, and
 * adds to rows->unread those it keeps with a deadline it cannot read.
 * query->deadlines must be set by now (it is read for every task with a
 * deadline's words) and is written to (its cache, deadline.h).  A grep
 * that stops at a limit keeps no task and is remembered by the pattern
 * (plan_pattern_failed()).
 */
void plan_query_run(const struct plan_set *set, const struct plan_query *query,
		    struct plan_rows *rows);
/* Frees the rows and what each owns, and leaves rows empty.  Cannot fail. */
void plan_rows_release(struct plan_rows *rows);

/*
 * True when the row's task is neither done nor dropped and has a deadline
 * plan cannot read (a task with no deadline at all has nothing to read).
 * Cannot fail.
 */
bool plan_row_unread(const struct plan_row *row);

/*
 * Compares two references (NUL-terminated) as people read them: "p/2"
 * before "p/10", runs of digits by value; else byte by byte.  Returns <0,
 * 0 or >0, as strcmp() does.  Cannot fail.
 */
int plan_ref_compare(const char *a, const char *b);

#endif
