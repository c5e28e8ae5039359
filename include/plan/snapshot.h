/*
 * snapshot.h - where a set of tasks stands on a day: what reports and digests
 * are made of.
 *
 * A snapshot is taken on a day T with a window of N days.  Each task and
 * subtask the query keeps falls in exactly one of these classes:
 *   - done, or dropped (its status says so);
 *   - overdue on T (schedule.h);
 *   - due soon: its first due date not met yet is within the N days from T
 *     (T itself included: T + N - 1 is the last);
 *   - later: due dates, none of them late or due soon;
 *   - ongoing ("Thường xuyên");
 *   - undated: an event or a deadline plan cannot read, without an
 *     explicit due.
 * A done task is also done late when a delivery met one of its due dates
 * after that date (deliveries meet due dates in order of date).
 *
 * The deliveries a snapshot lists are those dated within the N days up to T
 * (T - N + 1 to T), of the tasks kept.
 *
 * A snapshot owns its rows and arrays; it borrows tasks from the set and
 * units from the unit indexes (see plan_snapshot_take()).  Nothing here
 * fails but by running out of memory, which aborts (src/core/alloc.c).
 * Code: src/core/snapshot.c.
 */
#ifndef PLAN_SNAPSHOT_H
#define PLAN_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/query.h"
#include "plan/unit.h"

enum plan_class {
	PLAN_CLASS_DONE,
	PLAN_CLASS_DROPPED,
	PLAN_CLASS_OVERDUE,
	PLAN_CLASS_DUE_SOON,
	PLAN_CLASS_LATER,
	PLAN_CLASS_ONGOING,
	PLAN_CLASS_UNDATED,
};
enum { PLAN_CLASS_COUNT = PLAN_CLASS_UNDATED + 1 };

/* How many tasks fall in each class, and in total. */
struct plan_counts {
	size_t total;
	size_t of[PLAN_CLASS_COUNT];
	size_t done_late;
};

/* The counts of the tasks one unit leads (as the tasks inherit their lead). */
struct plan_unit_counts {
	const struct plan_unit_ref *unit;
	struct plan_counts counts;
};

/* A delivery of a task kept. */
struct plan_delivered {
	const struct plan_row *row;
	const struct plan_delivery *delivery;
};

struct plan_snapshot {
	plan_date today;
	int days;                       /* the window, N >= 1 */
	struct plan_rows rows;          /* every task kept, in document order */
	enum plan_class *classes;       /* classes[i]: the class of rows.v[i] */
	struct plan_counts counts;      /* of every task kept */
	struct plan_unit_counts *units; /* lead units that lead a task kept, in index order */
	size_t n_units;
	const struct plan_row **overdue; /* most days late first, then document order */
	size_t n_overdue;
	const struct plan_row **due_soon; /* earliest first, then document order */
	size_t n_due_soon;
	struct plan_delivered *delivered; /* oldest first, then document order */
	size_t n_delivered;
	/*
	 * Neither done nor dropped, and without a deadline plan can read (nor
	 * an explicit due): tasks that could be late unseen; document order.
	 * Their number is rows.unread.
	 */
	const struct plan_row **unread;
	size_t n_unread;
};

/*
 * Takes in *out a snapshot of the tasks of set that query keeps (its sort
 * is ignored) on query->today, with a window of days (one when less).
 * Lead units are found through idx, which must be the index of set.  set,
 * idx and the filter's unit index must outlive the snapshot; query itself
 * is read during the call (its engine is written to: its cache,
 * deadline.h).  *out is overwritten; release it with
 * plan_snapshot_release().
 */
void plan_snapshot_take(struct plan_snapshot *out, const struct plan_set *set,
			const struct plan_query *query, const struct plan_unit_index *idx,
			int days);
/* Frees what st owns and leaves it empty.  Cannot fail. */
void plan_snapshot_release(struct plan_snapshot *st);

/* True when the row's task is done and a delivery met a due date late. */
bool plan_row_done_late(const struct plan_row *row);

#endif
