/* query.c - choosing tasks by plan, status, kind, due date and text; sorting. */
#include "plan/query.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

static bool wants_plan(const struct plan_filter *f, const struct plan *plan)
{
	if (!f->n_plans)
		return true;
	for (size_t i = 0; i < f->n_plans; i++)
		if (strcmp(f->plans[i], plan->id.s) == 0)
			return true;
	return false;
}

static bool matches_text(struct plan_pattern *grep, const struct plan_task *t)
{
	const struct plan_text *texts[] = { &t->text, &t->product, &t->note };

	for (size_t i = 0; i < 3; i++)
		if (texts[i]->s && plan_pattern_match(grep, texts[i]->s, texts[i]->len))
			return true;
	return false;
}

/*
 * Whether one of the filter's units plays its role in t; *via is set to the
 * collective it does so through, when only through one.
 */
static bool wants_units(const struct plan_filter *f, const struct plan_task *t,
			const struct plan_unit_ref **via)
{
	bool found = false;

	*via = NULL;
	for (size_t i = 0; i < f->n_units; i++) {
		const struct plan_unit_ref *u = f->units[i];
		const struct plan_unit_ref *by =
		    plan_unit_in_task(f->index, t, u, f->role, f->collectives);

		if (by == u) {
			*via = NULL; /* named itself: no need to say how */
			return true;
		}
		if (by && !found) {
			*via = by;
			found = true;
		}
	}
	return found;
}

/* What can be decided from the task alone, before its deadline is read. */
static bool wants_task(const struct plan_filter *f, const struct plan_task *t,
		       const struct plan_unit_ref **via)
{
	*via = NULL;
	if (f->statuses && !(f->statuses & (1u << t->status)))
		return false;
	if (f->grep && !matches_text(f->grep, t))
		return false;
	return !f->n_units || wants_units(f, t, via);
}

static bool wants_row(const struct plan_filter *f, const struct plan_row *r)
{
	const plan_date due = r->late.next;

	if (f->kinds && !(f->kinds & (1u << r->when.kind)))
		return false;
	if (f->overdue && !r->late.overdue)
		return false;
	if (f->due_from == PLAN_DATE_NONE && f->due_to == PLAN_DATE_NONE)
		return true;
	if (due == PLAN_DATE_NONE)
		return false;
	return (f->due_from == PLAN_DATE_NONE || due >= f->due_from) &&
	       (f->due_to == PLAN_DATE_NONE || due <= f->due_to);
}

/* Compares a run of digits with another by value. */
static int compare_numbers(const char **a, const char **b)
{
	const char *x = *a, *y = *b;
	size_t nx, ny;
	int c;

	while (*x == '0' && x[1] >= '0' && x[1] <= '9')
		x++;
	while (*y == '0' && y[1] >= '0' && y[1] <= '9')
		y++;
	for (nx = 0; x[nx] >= '0' && x[nx] <= '9'; nx++)
		;
	for (ny = 0; y[ny] >= '0' && y[ny] <= '9'; ny++)
		;
	if (nx != ny)
		return nx < ny ? -1 : 1;
	c = memcmp(x, y, nx);
	*a = x + nx;
	*b = y + ny;
	return c;
}

int plan_ref_compare(const char *a, const char *b)
{
	while (*a && *b) {
		const bool da = *a >= '0' && *a <= '9', db = *b >= '0' && *b <= '9';
		int c;

		if (da && db) {
			if ((c = compare_numbers(&a, &b)) != 0)
				return c;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

/*
 * Rows are sorted as pointers into the rows, which stand in document order:
 * the pointers' own order breaks ties.  The rows are then moved to where
 * the pointers say, in place.
 */
typedef const struct plan_row *row_ptr;

static int by_order(row_ptr x, row_ptr y)
{
	return (x > y) - (x < y);
}

static int by_due(const void *a, const void *b)
{
	const row_ptr x = *(const row_ptr *)a, y = *(const row_ptr *)b;
	const plan_date dx = x->late.next, dy = y->late.next;

	if (dx != dy) {
		if (dx == PLAN_DATE_NONE || dy == PLAN_DATE_NONE)
			return dx == PLAN_DATE_NONE ? 1 : -1;
		return dx < dy ? -1 : 1;
	}
	return by_order(x, y);
}

static int by_late(const void *a, const void *b)
{
	const row_ptr x = *(const row_ptr *)a, y = *(const row_ptr *)b;
	const struct plan_lateness *lx = &x->late, *ly = &y->late;

	if (lx->overdue != ly->overdue)
		return lx->overdue ? -1 : 1;
	if (lx->days_late != ly->days_late)
		return lx->days_late > ly->days_late ? -1 : 1;
	return by_order(x, y);
}

static int by_ref(const void *a, const void *b)
{
	const row_ptr x = *(const row_ptr *)a, y = *(const row_ptr *)b;
	int c = plan_ref_compare(x->task->plan->id.s, y->task->plan->id.s);

	if (!c)
		c = plan_ref_compare(x->task->id.s, y->task->id.s);
	return c ? c : by_order(x, y);
}

/*
 * Moves the n rows of v so that the i-th is the one from[i] names (an
 * index into v), following each cycle of the permutation; from ends up
 * as 0, 1, 2, …
 */
static void permute(struct plan_row *v, size_t *from, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct plan_row first;
		size_t j = i;

		if (from[i] == i)
			continue;
		first = v[i];
		while (from[j] != i) {
			const size_t k = from[j];

			v[j] = v[k];
			from[j] = j;
			j = k;
		}
		v[j] = first;
		from[j] = j;
	}
}

static void sort_rows(struct plan_rows *rows, size_t first, enum plan_sort sort)
{
	int (*cmp)(const void *, const void *) = sort == PLAN_SORT_DUE    ? by_due
						 : sort == PLAN_SORT_LATE ? by_late
									  : by_ref;
	const size_t n = rows->n - first;
	struct plan_row *v;
	row_ptr *order;
	size_t *from;

	if (sort == PLAN_SORT_DOCUMENT || n < 2)
		return;
	v = rows->v + first;
	order = plan_xreallocarray(NULL, n, sizeof(*order));
	for (size_t i = 0; i < n; i++)
		order[i] = v + i;
	qsort(order, n, sizeof(*order), cmp);
	from = plan_xreallocarray(NULL, n, sizeof(*from));
	for (size_t i = 0; i < n; i++)
		from[i] = (size_t)(order[i] - v);
	free(order);
	permute(v, from, n);
	free(from);
}

void plan_query_init(struct plan_query *q, const struct plan_deadlines *deadlines, plan_date today)
{
	memset(q, 0, sizeof(*q));
	q->deadlines = deadlines;
	q->today = today;
	q->sort = PLAN_SORT_DOCUMENT;
	q->filter.due_from = q->filter.due_to = PLAN_DATE_NONE;
}

void plan_query_run(const struct plan_set *set, const struct plan_query *q, struct plan_rows *rows)
{
	const struct plan_filter *f = &q->filter;
	const size_t first = rows->n;
	size_t most = rows->n;

	/* room for every task once: no copy while growing, pages never used never touched */
	for (size_t i = 0; i < set->n_plans; i++)
		if (wants_plan(f, set->plans[i]))
			most += set->plans[i]->n_tasks;
	PLAN_GROW(rows->v, rows->cap, most);
	for (size_t i = 0; i < set->n_plans; i++) {
		const struct plan *plan = set->plans[i];

		if (!wants_plan(f, plan))
			continue;
		for (size_t j = 0; j < plan->n_tasks; j++) {
			struct plan_row r = { .task = plan->tasks[j] };

			if (!wants_task(f, r.task, &r.via))
				continue;
			plan_schedule_interpret(q->deadlines, r.task, &r.when);
			plan_schedule_lateness(r.task, &r.when, q->today, &r.late);
			rows->unread += plan_row_unread(&r);
			if (!wants_row(f, &r)) {
				plan_interp_release(&r.when);
				continue;
			}
			PLAN_GROW(rows->v, rows->cap, rows->n + 1);
			rows->v[rows->n++] = r;
		}
	}
	sort_rows(rows, first, q->sort);
}

bool plan_row_unread(const struct plan_row *r)
{
	return r->when.kind == PLAN_KIND_UNKNOWN && r->task->status != PLAN_DONE &&
	       r->task->status != PLAN_DROPPED && plan_schedule_has_deadline(r->task);
}

void plan_rows_release(struct plan_rows *rows)
{
	for (size_t i = 0; i < rows->n; i++)
		plan_interp_release(&rows->v[i].when);
	free(rows->v);
	memset(rows, 0, sizeof(*rows));
}
