/*
 * calendar.h - the due dates of tasks as calendar entries: what `plan ical`
 * writes (its iCalendar writer is ical.h).
 *
 * From the rows of a query (query.h), as of its day:
 *   - a task with milestones gives one entry per due date no delivery has
 *     met yet, its UID "PLAN/ID/N@plan" for the Nth due date of the task;
 *   - a recurring task whose occurrences follow a rule (every week, or
 *     every 1, 3, 6 or 12 months on the same or the last day of the month)
 *     gives one entry with that rule, from its first occurrence, the
 *     occurrences already delivered excluded; its UID is
 *     "PLAN/ID/every@plan".  Occurrences that follow no such rule are
 *     milestones;
 *   - a done or dropped task gives nothing, nor one whose every due date
 *     is met;
 *   - a task with no due date (ongoing, event, unknown) gives nothing and
 *     is counted as undated.
 * The UIDs depend on nothing but the plan's id, the task's id and the
 * milestone's place, so that a calendar subscribed to the feed updates an
 * entry when the plan changes instead of adding one.  The texts are in
 * Vietnamese, as the plans are: the summary is the reference and the task,
 * the description the plan, units, deadline as written and product.
 *
 * A struct plan_calendar owns its entries' texts and dates and borrows
 * their tasks from the plan set.  Nothing here fails but by running out
 * of memory, which aborts (src/core/alloc.c).  Code: src/core/calendar.c.
 */
#ifndef PLAN_CALENDAR_H
#define PLAN_CALENDAR_H

#include <stddef.h>

#include "plan/date.h"
#include "plan/query.h"

enum plan_cal_freq {
	PLAN_CAL_ONCE,    /* one date, no rule */
	PLAN_CAL_WEEKLY,  /* every interval weeks, on the first date's weekday */
	PLAN_CAL_MONTHLY, /* every interval months, on month_day */
	PLAN_CAL_YEARLY,  /* every year, on month_day of month */
};

/* An RRULE's parts, for a recurring entry. */
struct plan_cal_rule {
	enum plan_cal_freq freq;
	int interval;  /* 1 or more; 0 for PLAN_CAL_ONCE */
	int month_day; /* 1 to 31, or -1 for the last day; 0 when weekly or once */
	int month;     /* 1 to 12 when yearly; else 0 */
	/*
	 * The last occurrence, excluded or not (UNTIL, not COUNT: calendar
	 * programs disagree on whether an EXDATE counts); the date when once.
	 */
	plan_date until;
};

struct plan_cal_entry {
	const struct plan_task *task; /* borrowed from the set */
	char *uid;                    /* owned */
	plan_date date;               /* the due date; a rule's first occurrence */
	struct plan_cal_rule rule;
	plan_date *exdates; /* a rule's occurrences already delivered, ascending; owned */
	size_t n_exdates;
	char *summary;     /* "lich/1 Sửa đổi Thông tư…", one line; owned */
	char *description; /* lines separated by "\n"; owned */
};

struct plan_calendar {
	struct plan_cal_entry *v; /* in the rows' order, milestones in date order */
	size_t n;
	size_t cap;
	size_t undated; /* tasks neither done nor dropped with no due date */
};

#define PLAN_CALENDAR_INIT    \
	{                     \
		NULL, 0, 0, 0 \
	}

/*
 * Appends the entries of rows, whose deliveries count as of today, to cal
 * (released with plan_calendar_release()), and adds to cal->undated the
 * rows with no due date.  Borrows the rows' tasks: cal is valid while
 * their set lives; the rows themselves may go once it returns.
 */
void plan_calendar_build(const struct plan_rows *rows, plan_date today, struct plan_calendar *cal);
/* Frees every entry and what it owns, and leaves cal empty.  Cannot fail. */
void plan_calendar_release(struct plan_calendar *cal);

/*
 * Finds the rule the due dates due[0..n) of a recurrence every follow
 * (n >= 1).  Returns true and sets *rule, or false, *rule untouched,
 * when they follow none an RRULE can say simply (or n is 0).  Allocates
 * nothing; cannot fail.
 */
bool plan_cal_rule_find(const struct plan_due *due, size_t n, enum plan_every every,
			struct plan_cal_rule *rule);

#endif
