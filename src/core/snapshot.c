/* snapshot.c - tasks classed and counted on a day; what is late, due, delivered. */
#include "plan/snapshot.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

static int by_date(const void *a, const void *b)
{
	const plan_date x = *(const plan_date *)a, y = *(const plan_date *)b;

	return (x > y) - (x < y);
}

bool plan_row_done_late(const struct plan_row *row)
{
	const struct plan_task *t = row->task;
	plan_date *on;
	bool late = false;

	if (t->status != PLAN_DONE || !t->n_delivered || !row->when.n_due)
		return false;
	on = plan_xcalloc(t->n_delivered, sizeof(*on));
	for (size_t i = 0; i < t->n_delivered; i++)
		on[i] = t->delivered[i].on;
	qsort(on, t->n_delivered, sizeof(*on), by_date);
	for (size_t i = 0; i < t->n_delivered && i < row->when.n_due && !late; i++)
		late = on[i] > row->when.due[i].date;
	free(on);
	return late;
}

static enum plan_class class_of(const struct plan_row *r, plan_date today, int days)
{
	const enum plan_kind kind = r->when.kind;

	if (r->task->status == PLAN_DONE)
		return PLAN_CLASS_DONE;
	if (r->task->status == PLAN_DROPPED)
		return PLAN_CLASS_DROPPED;
	if (r->late.overdue)
		return PLAN_CLASS_OVERDUE;
	if (kind == PLAN_KIND_ONGOING)
		return PLAN_CLASS_ONGOING;
	if ((kind != PLAN_KIND_DATE && kind != PLAN_KIND_RECURRING) || !r->when.n_due)
		return PLAN_CLASS_UNDATED;
	if (r->late.next != PLAN_DATE_NONE && r->late.next >= today && r->late.next < today + days)
		return PLAN_CLASS_DUE_SOON;
	return PLAN_CLASS_LATER;
}

static void count(struct plan_counts *c, enum plan_class cls, bool done_late)
{
	c->total++;
	c->of[cls]++;
	c->done_late += done_late;
}

/*
 * Adds row number n (from 1) to the counts of each unit it leads, once per
 * unit: counted[id] is the number of the row a unit was last counted for.
 */
static void count_leads(struct plan_unit_counts *all, size_t *counted,
			const struct plan_unit_index *idx, const struct plan_row *r, size_t n,
			enum plan_class cls, bool done_late)
{
	const struct plan_texts *lead = plan_task_lead(r->task);

	for (size_t i = 0; i < lead->n; i++) {
		const struct plan_unit_ref *u = plan_unit_of(idx, &lead->v[i]);

		if (!u || counted[u->id] == n)
			continue; /* not a unit, or named before in the list */
		counted[u->id] = n;
		all[u->id].unit = u;
		count(&all[u->id].counts, cls, done_late);
	}
}

/* Sortable pointers to rows, remembering document order for ties. */
struct ranked {
	const struct plan_row *row;
	size_t order;
	plan_date date;
};

static int by_lateness(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->row->late.days_late != y->row->late.days_late)
		return x->row->late.days_late > y->row->late.days_late ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

static int by_date_then_order(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

/* Stores the rows of class cls, sorted by cmp, in *out. */
static size_t pick(const struct plan_snapshot *st, enum plan_class cls,
		   int (*cmp)(const void *, const void *), const struct plan_row ***out)
{
	struct ranked *v = plan_xcalloc(st->rows.n + 1, sizeof(*v));
	size_t n = 0;

	for (size_t i = 0; i < st->rows.n; i++)
		if (st->classes[i] == cls)
			v[n++] = (struct ranked){ &st->rows.v[i], i, st->rows.v[i].late.next };
	qsort(v, n, sizeof(*v), cmp);
	*out = plan_xcalloc(n + 1, sizeof(**out));
	for (size_t i = 0; i < n; i++)
		(*out)[i] = v[i].row;
	free(v);
	return n;
}

struct dated {
	struct plan_delivered d;
	size_t order;
};

static int by_delivery(const void *a, const void *b)
{
	const struct dated *x = a, *y = b;

	if (x->d.delivery->on != y->d.delivery->on)
		return x->d.delivery->on < y->d.delivery->on ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

static void pick_deliveries(struct plan_snapshot *st)
{
	const plan_date first = st->today - st->days + 1;
	struct dated *v = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i < st->rows.n; i++) {
		const struct plan_task *t = st->rows.v[i].task;

		for (size_t k = 0; k < t->n_delivered; k++) {
			if (t->delivered[k].on < first || t->delivered[k].on > st->today)
				continue;
			PLAN_GROW(v, cap, n + 1);
			v[n] = (struct dated){ { &st->rows.v[i], &t->delivered[k] }, n };
			n++;
		}
	}
	if (n)
		qsort(v, n, sizeof(*v), by_delivery);
	st->delivered = plan_xcalloc(n + 1, sizeof(*st->delivered));
	for (size_t i = 0; i < n; i++)
		st->delivered[i] = v[i].d;
	st->n_delivered = n;
	free(v);
}

void plan_snapshot_take(struct plan_snapshot *out, const struct plan_set *set,
			const struct plan_query *query, const struct plan_unit_index *idx, int days)
{
	struct plan_query q = *query;
	const size_t n_units = plan_unit_count(idx);
	struct plan_unit_counts *all = plan_xcalloc(n_units + 1, sizeof(*all));
	size_t *counted = plan_xcalloc(n_units + 1, sizeof(*counted));

	memset(out, 0, sizeof(*out));
	out->today = query->today;
	out->days = days < 1 ? 1 : days;
	q.sort = PLAN_SORT_DOCUMENT;
	plan_query_run(set, &q, &out->rows);
	out->classes = plan_xcalloc(out->rows.n + 1, sizeof(*out->classes));
	for (size_t i = 0; i < out->rows.n; i++) {
		const struct plan_row *r = &out->rows.v[i];
		const enum plan_class cls = class_of(r, out->today, out->days);
		const bool late = cls == PLAN_CLASS_DONE && plan_row_done_late(r);

		out->classes[i] = cls;
		count(&out->counts, cls, late);
		count_leads(all, counted, idx, r, i + 1, cls, late);
	}
	out->units = plan_xcalloc(n_units + 1, sizeof(*out->units));
	for (size_t u = 0; u < n_units; u++)
		if (all[u].unit)
			out->units[out->n_units++] = all[u];
	free(all);
	free(counted);
	out->n_overdue = pick(out, PLAN_CLASS_OVERDUE, by_lateness, &out->overdue);
	out->n_due_soon = pick(out, PLAN_CLASS_DUE_SOON, by_date_then_order, &out->due_soon);
	pick_deliveries(out);
	out->unread = plan_xcalloc(out->rows.unread + 1, sizeof(*out->unread));
	for (size_t i = 0; i < out->rows.n; i++)
		if (plan_row_unread(&out->rows.v[i]))
			out->unread[out->n_unread++] = &out->rows.v[i];
}

void plan_snapshot_release(struct plan_snapshot *st)
{
	plan_rows_release(&st->rows);
	free(st->classes);
	free(st->units);
	free(st->overdue);
	free(st->due_soon);
	free(st->delivered);
	free(st->unread);
	memset(st, 0, sizeof(*st));
}
