/* diff.c - two versions of the plans compared: tasks, fields, due dates, headers, units. */
#include "plan/diff.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diff_rename.h"
#include "alloc.h"
#include "plan/set.h"
#include "plan/schedule.h"
#include "strmap.h"

struct differ {
	struct plan_diff *d;
	const struct plan_deadlines *engine;
	size_t cap_items;
	struct plan_field_diff *fields; /* of the item being built */
	size_t n_fields, cap_fields;
	struct renames *renames; /* NULL: every respelling is a change of the task's */
	const char *task_ref;    /* of the task being compared */
};

static const char *dup(struct differ *x, const char *s)
{
	return s ? arena_strndup(x->d->arena, s, strlen(s)) : NULL;
}

static const char *date_text(struct differ *x, plan_date d)
{
	char s[PLAN_DATE_LEN + 1];

	plan_date_format(d, s);
	return dup(x, s);
}

static struct plan_field_diff *field(struct differ *x, const char *name)
{
	PLAN_GROW(x->fields, x->cap_fields, x->n_fields + 1);
	memset(&x->fields[x->n_fields], 0, sizeof(x->fields[0]));
	x->fields[x->n_fields].field = name;
	x->fields[x->n_fields].old_due = x->fields[x->n_fields].new_due = PLAN_DATE_NONE;
	return &x->fields[x->n_fields++];
}

/* Ends the item being built: stores it unless it is a change of nothing. */
static void item(struct differ *x, enum plan_change change, const char *what, const char *ref,
		 const char *from, const char *to)
{
	struct plan_diff *d = x->d;
	struct plan_item_diff *it;

	if (change == PLAN_CHANGE_CHANGED && !x->n_fields)
		return;
	PLAN_GROW(d->items, x->cap_items, d->n + 1);
	it = &d->items[d->n++];
	*it =
	    (struct plan_item_diff){ change, what, dup(x, ref), dup(x, from), dup(x, to), NULL, 0 };
	if (x->n_fields) {
		it->fields = arena_calloc(d->arena, x->n_fields, sizeof(*it->fields));
		memcpy(it->fields, x->fields, x->n_fields * sizeof(*it->fields));
		it->n_fields = x->n_fields;
	}
	x->n_fields = 0;
}

static bool same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void text_field(struct differ *x, const char *name, const char *old, const char *new)
{
	struct plan_field_diff *f;

	if (same(old, new))
		return;
	f = field(x, name);
	f->old = dup(x, old);
	f->new = dup(x, new);
}

/* Items of a that b does not have (as many times as a has them more). */
static const char **missing(struct differ *x, const char *const *a, size_t na, const char *const *b,
			    size_t nb, size_t *n)
{
	const char **out = arena_calloc(x->d->arena, na + 1, sizeof(*out));
	bool *used = plan_xcalloc(nb + 1, sizeof(*used));

	*n = 0;
	for (size_t i = 0; i < na; i++) {
		bool found = false;

		for (size_t k = 0; k < nb && !found; k++)
			if (!used[k] && strcmp(a[i], b[k]) == 0)
				found = used[k] = true;
		if (!found)
			out[(*n)++] = dup(x, a[i]);
	}
	free(used);
	return out;
}

static void list_field(struct differ *x, const char *name, const char *const *old, size_t n_old,
		       const char *const *new, size_t n_new)
{
	size_t n_removed, n_added;
	const char **removed = missing(x, old, n_old, new, n_new, &n_removed);
	const char **added = missing(x, new, n_new, old, n_old, &n_added);
	struct plan_field_diff *f;

	if (!n_removed && !n_added)
		return;
	f = field(x, name);
	f->is_list = true;
	f->removed = removed;
	f->n_removed = n_removed;
	f->added = added;
	f->n_added = n_added;
}

/* The texts of a list, as an array (NULL-terminated, for list_field). */
static const char **texts_of(struct differ *x, const struct plan_texts *l)
{
	const char **v = arena_calloc(x->d->arena, l->n + 1, sizeof(*v));

	for (size_t i = 0; i < l->n; i++)
		v[i] = l->v[i].s;
	return v;
}

static const char **dates_of(struct differ *x, const struct plan_dates *l)
{
	const char **v = arena_calloc(x->d->arena, l->n + 1, sizeof(*v));

	for (size_t i = 0; i < l->n; i++)
		v[i] = date_text(x, l->v[i].date);
	return v;
}

static const char **deliveries_of(struct differ *x, const struct plan_task *t)
{
	const char **v = arena_calloc(x->d->arena, t->n_delivered + 1, sizeof(*v));
	struct plan_buf b = PLAN_BUF_INIT;
	char s[PLAN_DATE_LEN + 1];

	for (size_t i = 0; i < t->n_delivered; i++) {
		plan_buf_reset(&b);
		plan_date_format(t->delivered[i].on, s);
		plan_buf_addstr(&b, s);
		if (t->delivered[i].ref.s)
			plan_buf_addf(&b, " (%s)", t->delivered[i].ref.s);
		v[i] = dup(x, b.s);
	}
	plan_buf_release(&b);
	return v;
}

/* The last date a task is due by, as its deadline (own or inherited) means. */
static plan_date last_due(const struct differ *x, const struct plan_task *t)
{
	struct plan_interp in;
	plan_date d = PLAN_DATE_NONE;

	plan_schedule_interpret(x->engine, t, &in);
	if (in.n_due)
		d = in.due[in.n_due - 1].date;
	plan_interp_release(&in);
	return d;
}

/* Notes on the field that changed a task's due dates how far its last one moved. */
static void due_moved(struct differ *x, const struct plan_task *old, const struct plan_task *new)
{
	plan_date a, b;

	if (!x->engine)
		return;
	a = last_due(x, old);
	b = last_due(x, new);
	for (size_t i = x->n_fields; i-- > 0;) {
		struct plan_field_diff *f = &x->fields[i];

		if (strcmp(f->field, "deadline") != 0 && strcmp(f->field, "due") != 0)
			continue;
		f->old_due = a;
		f->new_due = b;
		f->moved_due = a != b && a != PLAN_DATE_NONE && b != PLAN_DATE_NONE;
		return;
	}
}

static const char *status_text(const struct plan_task *t)
{
	return t ? plan_status_name(t->status) : NULL;
}

/* A list that may be absent (inherited): its items, or NULL for absent. */
static void maybe_list(struct differ *x, const char *name, const struct plan_texts *old,
		       const struct plan_texts *new)
{
	static const struct plan_texts none = { NULL, 0, false, { 0, 0 } };

	old = old ? old : &none;
	new = new ? new : &none;
	if (old->present != new->present && !old->n && !new->n) {
		/* "lead: []" against a lead inherited from the parent. */
		text_field(x, name, old->present ? "[]" : NULL, new->present ? "[]" : NULL);
		return;
	}
	list_field(x, name, texts_of(x, old), old->n, texts_of(x, new), new->n);
}

/* A unit list: as maybe_list(), less the names the new registry reads as the same units. */
static void unit_list(struct differ *x, const char *name, const struct plan_task *old,
		      const struct plan_task *new)
{
	const bool lead = strcmp(name, "lead") == 0;
	const size_t before = x->n_fields;
	struct plan_field_diff *f;

	maybe_list(x, name, old ? (lead ? &old->lead : &old->support) : NULL,
		   new ? (lead ? &new->lead : &new->support) : NULL);
	if (!x->renames || !old || !new || x->n_fields == before)
		return;
	f = &x->fields[x->n_fields - 1];
	if (!f->is_list)
		return;
	renames_take(x->renames, f, new, x->task_ref);
	if (!f->n_removed && !f->n_added)
		x->n_fields--;
}

static void task_fields(struct differ *x, const struct plan_task *old, const struct plan_task *new)
{
	static const struct plan_dates no_dates = { NULL, 0, false, { 0, 0 } };
	const struct plan_dates *old_due = old ? &old->due : &no_dates;
	const struct plan_dates *new_due = new ? &new->due : &no_dates;
	const size_t first = x->n_fields;

	text_field(x, "task", old ? old->text.s : NULL, new ? new->text.s : NULL);
	unit_list(x, "lead", old, new);
	unit_list(x, "support", old, new);
	text_field(x, "deadline", old ? old->deadline.s : NULL, new ? new->deadline.s : NULL);
	if (old_due->present != new_due->present && !old_due->n && !new_due->n)
		text_field(x, "due", old_due->present ? "[]" : NULL,
			   new_due->present ? "[]" : NULL);
	else
		list_field(x, "due", dates_of(x, old_due), old_due->n, dates_of(x, new_due),
			   new_due->n);
	text_field(x, "product", old ? old->product.s : NULL, new ? new->product.s : NULL);
	text_field(x, "funding", old ? old->funding.s : NULL, new ? new->funding.s : NULL);
	text_field(x, "note", old ? old->note.s : NULL, new ? new->note.s : NULL);
	/* An added or removed task's status is news unless it is the default. */
	if ((old && new && old->status != new->status) || (!old && new->status != PLAN_TODO) ||
	    (!new && old->status != PLAN_TODO))
		text_field(x, "status", status_text(old), status_text(new));
	list_field(x, "delivered", old ? deliveries_of(x, old) : NULL, old ? old->n_delivered : 0,
		   new ? deliveries_of(x, new) : NULL, new ? new->n_delivered : 0);
	if (old && new && x->n_fields > first)
		due_moved(x, old, new);
}

/* "section II", "under 28", or "" for a top-level task of a plan without sections. */
static void place_of(const struct plan_task *t, struct plan_buf *out)
{
	if (t->parent)
		plan_buf_addf(out, "under %s", t->parent->id.s);
	else if (t->section && t->section->id.s)
		plan_buf_addf(out, "section %s", t->section->id.s);
	else
		plan_buf_addstr(out, "top level");
}

static void task_item(struct differ *x, const struct plan_task *old, const struct plan_task *new)
{
	struct plan_buf ref = PLAN_BUF_INIT, from = PLAN_BUF_INIT, to = PLAN_BUF_INIT;
	enum plan_change change = !old   ? PLAN_CHANGE_ADDED
				  : !new ? PLAN_CHANGE_REMOVED
					 : PLAN_CHANGE_CHANGED;

	plan_task_ref(new ? new : old, &ref);
	if (old && new) {
		place_of(old, &from);
		place_of(new, &to);
		if (strcmp(from.s, to.s) != 0)
			change = PLAN_CHANGE_MOVED;
	}
	x->task_ref = ref.s;
	task_fields(x, old, new);
	item(x, change, "task", ref.s, change == PLAN_CHANGE_MOVED ? from.s : NULL,
	     change == PLAN_CHANGE_MOVED ? to.s : NULL);
	plan_buf_release(&ref);
	plan_buf_release(&from);
	plan_buf_release(&to);
}

/* Maps each task id of a plan to its index in the plan's tasks. */
static void index_ids(const struct plan *p, struct strmap *ids)
{
	for (size_t i = 0; p && i < p->n_tasks; i++)
		strmap_put(ids, p->tasks[i]->id.s, p->tasks[i]->id.len, i);
}

/* The tasks of one plan: in new order, each removed task after those it followed. */
static void plan_tasks(struct differ *x, const struct plan *old, const struct plan *new)
{
	struct strmap old_ids = STRMAP_INIT, new_ids = STRMAP_INIT;
	bool *done = old ? plan_xcalloc(old->n_tasks + 1, sizeof(*done)) : NULL;
	size_t next_old = 0, at, dummy;

	index_ids(old, &old_ids);
	index_ids(new, &new_ids);
	for (size_t i = 0; new &&i < new->n_tasks; i++) {
		const struct plan_task *t = new->tasks[i];
		const struct plan_task *o = NULL;

		if (old && strmap_get(&old_ids, t->id.s, t->id.len, &at)) {
			o = old->tasks[at];
			for (; next_old < at; next_old++) {
				const struct plan_text *id = &old->tasks[next_old]->id;

				if (!done[next_old] &&
				    !strmap_get(&new_ids, id->s, id->len, &dummy)) {
					task_item(x, old->tasks[next_old], NULL);
					done[next_old] = true;
				}
			}
			done[at] = true;
		}
		task_item(x, o, t);
	}
	for (size_t k = 0; old && k < old->n_tasks; k++)
		if (!done[k] &&
		    !strmap_get(&new_ids, old->tasks[k]->id.s, old->tasks[k]->id.len, &dummy))
			task_item(x, old->tasks[k], NULL);
	free(done);
	strmap_release(&old_ids);
	strmap_release(&new_ids);
}

static const char *year_text(struct differ *x, const struct plan *p)
{
	char s[16];

	if (!p || !p->year_pos.line)
		return NULL;
	snprintf(s, sizeof(s), "%d", p->year);
	return dup(x, s);
}

static void plan_header(struct differ *x, const struct plan *old, const struct plan *new)
{
	const struct plan *p = new ? new : old;

	text_field(x, "number", old ? old->number.s : NULL, new ? new->number.s : NULL);
	text_field(x, "title", old ? old->title.s : NULL, new ? new->title.s : NULL);
	text_field(x, "issuer", old ? old->issuer.s : NULL, new ? new->issuer.s : NULL);
	text_field(x, "issued", old ? date_text(x, old->issued) : NULL,
		   new ? date_text(x, new->issued) : NULL);
	text_field(x, "year", year_text(x, old), year_text(x, new));
	list_field(x, "implements", old ? texts_of(x, &old->implements) : NULL,
		   old ? old->implements.n : 0, new ? texts_of(x, &new->implements) : NULL,
		   new ? new->implements.n : 0);
	item(x,
	     !old   ? PLAN_CHANGE_ADDED
	     : !new ? PLAN_CHANGE_REMOVED
		    : PLAN_CHANGE_CHANGED,
	     "plan", p->id.s, NULL, NULL);
}

/* A registry entry's name, and its parent when it has one: how it is known. */
static void unit_ref(const struct plan_unit *u, struct plan_buf *out)
{
	plan_buf_addstr(out, u->name.s);
	if (u->parent.s)
		plan_buf_addf(out, " (%s)", u->parent.s);
}

static const struct plan_unit *find_unit(const struct plan_set *set, const struct plan_unit *u)
{
	for (size_t i = 0; i < set->n_units; i++)
		if (same(set->units[i]->name.s, u->name.s) &&
		    same(set->units[i]->parent.s, u->parent.s))
			return set->units[i];
	return NULL;
}

/* The tasks a rename touched, as the field "tasks" of the item being built. */
static void rename_tasks(struct differ *x, struct rename *r)
{
	struct plan_field_diff *f;

	if (!r)
		return;
	r->shown = true;
	f = field(x, "tasks");
	f->is_list = true;
	f->added = arena_calloc(x->d->arena, r->n_tasks + 1, sizeof(*f->added));
	memcpy(f->added, r->tasks, r->n_tasks * sizeof(*f->added));
	f->n_added = r->n_tasks;
}

/* A registry entry added, removed or changed; or old renamed to new (renames_entry()). */
static void unit_item(struct differ *x, const struct plan_unit *old, const struct plan_unit *new,
		      bool renamed)
{
	struct plan_buf ref = PLAN_BUF_INIT;
	struct plan_field_diff *aliases;
	const size_t before = x->n_fields;

	unit_ref(renamed || !new ? old : new, &ref);
	list_field(x, "aliases", old ? texts_of(x, &old->aliases) : NULL, old ? old->aliases.n : 0,
		   new ? texts_of(x, &new->aliases) : NULL, new ? new->aliases.n : 0);
	if (renamed && x->n_fields > before) {
		/* The old name kept as an alias is the rename itself. */
		aliases = &x->fields[before];
		for (size_t i = 0; i < aliases->n_added; i++)
			if (strcmp(aliases->added[i], old->name.s) == 0) {
				memmove(&aliases->added[i], &aliases->added[i + 1],
					(aliases->n_added - i - 1) * sizeof(*aliases->added));
				aliases->n_added--;
				break;
			}
		if (!aliases->n_added && !aliases->n_removed)
			x->n_fields--;
	}
	if (!old || !new || old->collective != new->collective)
		text_field(x, "collective",
			   old && old->collective ? "true"
			   : old                  ? "false"
						  : NULL,
			   new &&new->collective ? "true"
			   : new                 ? "false"
						 : NULL);
	if (renamed && x->renames)
		rename_tasks(x, renames_find(x->renames, old->name.s, new->name.s, new->parent.s));
	item(x,
	     renamed ? PLAN_CHANGE_RENAMED
	     : !old  ? PLAN_CHANGE_ADDED
	     : !new  ? PLAN_CHANGE_REMOVED
		     : PLAN_CHANGE_CHANGED,
	     "unit", ref.s, NULL, renamed ? new->name.s : NULL);
	plan_buf_release(&ref);
}

/*
 * The old registry entry, gone from new and not renamed already (taken),
 * that new's entry u is a rename of; or old->n_units.
 */
static size_t renamed_from(const struct plan_set *old, const struct plan_set *new,
			   const struct plan_unit *u, const bool *taken)
{
	for (size_t i = 0; i < old->n_units; i++)
		if (!taken[i] && renames_entry(old->units[i], u) && !find_unit(new, old->units[i]))
			return i;
	return old->n_units;
}

/* The registry: each entry of new, then those old had and new has not, then the respellings. */
static void registry(struct differ *x, const struct plan_set *old, const struct plan_set *new)
{
	bool *renamed = plan_xcalloc(old->n_units + 1, sizeof(*renamed));

	for (size_t i = 0; i < new->n_units; i++) {
		const struct plan_unit *u = new->units[i], *was = find_unit(old, u);
		const size_t k =
		    was || !x->renames ? old->n_units : renamed_from(old, new, u, renamed);

		if (k < old->n_units) {
			renamed[k] = true;
			unit_item(x, old->units[k], u, true);
		} else {
			unit_item(x, was, u, false);
		}
	}
	for (size_t i = 0; i < old->n_units; i++)
		if (!renamed[i] && !find_unit(new, old->units[i]))
			unit_item(x, old->units[i], NULL, false);
	free(renamed);
	for (size_t i = 0; x->renames && i < x->renames->n; i++) {
		struct rename *r = &x->renames->v[i];
		struct plan_buf ref = PLAN_BUF_INIT;

		if (r->shown)
			continue;
		plan_buf_addstr(&ref, r->from);
		if (r->parent)
			plan_buf_addf(&ref, " (%s)", r->parent);
		rename_tasks(x, r);
		item(x, PLAN_CHANGE_RENAMED, "unit", ref.s, NULL, r->to);
		plan_buf_release(&ref);
	}
}

static const struct plan_abbrev *find_abbrev(const struct plan_set *set,
					     const struct plan_abbrev *a)
{
	for (size_t i = 0; i < set->n_abbrevs; i++)
		if (same(set->abbrevs[i]->shorter.s, a->shorter.s) &&
		    same(set->abbrevs[i]->longer.s, a->longer.s))
			return set->abbrevs[i];
	return NULL;
}

/* An abbreviation added or taken away: a short form and the words it stands for. */
static void abbrev_item(struct differ *x, const struct plan_abbrev *old,
			const struct plan_abbrev *new)
{
	const struct plan_abbrev *a = new ? new : old;

	text_field(x, "long", old ? old->longer.s : NULL, new ? new->longer.s : NULL);
	item(x, new ? PLAN_CHANGE_ADDED : PLAN_CHANGE_REMOVED, "abbreviation", a->shorter.s, NULL,
	     NULL);
}

/* Starts an empty diff in *out, and the differ that fills it. */
static struct differ start(struct plan_diff *out, const struct plan_deadlines *engine)
{
	memset(out, 0, sizeof(*out));
	out->arena = arena_new();
	return (struct differ){ out, engine, 0, NULL, 0, 0, NULL, NULL };
}

/* The diff of two sets; with renames, the respellings of units taken out of the tasks. */
static void diff_sets(const struct plan_set *old, const struct plan_set *new,
		      const struct plan_deadlines *engine, struct renames *renames,
		      struct plan_diff *out)
{
	struct differ x = start(out, engine);

	x.renames = renames;
	if (renames)
		renames_init(renames, new, out->arena);

	for (size_t i = 0; i < new->n_plans; i++)
		plan_tasks(&x, plan_set_find(old, new->plans[i]->id.s), new->plans[i]);
	for (size_t i = 0; i < old->n_plans; i++)
		if (!plan_set_find(new, old->plans[i]->id.s))
			plan_tasks(&x, old->plans[i], NULL);
	for (size_t i = 0; i < new->n_plans; i++)
		plan_header(&x, plan_set_find(old, new->plans[i]->id.s), new->plans[i]);
	for (size_t i = 0; i < old->n_plans; i++)
		if (!plan_set_find(new, old->plans[i]->id.s))
			plan_header(&x, old->plans[i], NULL);
	registry(&x, old, new);
	for (size_t i = 0; i < new->n_abbrevs; i++)
		if (!find_abbrev(old, new->abbrevs[i]))
			abbrev_item(&x, NULL, new->abbrevs[i]);
	for (size_t i = 0; i < old->n_abbrevs; i++)
		if (!find_abbrev(new, old->abbrevs[i]))
			abbrev_item(&x, old->abbrevs[i], NULL);
	free(x.fields);
}

void plan_diff_sets(const struct plan_set *old, const struct plan_set *new,
		    const struct plan_deadlines *engine, struct plan_diff *out)
{
	diff_sets(old, new, engine, NULL, out);
}

void plan_diff_review(const struct plan_set *old, const struct plan_set *new,
		      const struct plan_deadlines *engine, struct plan_diff *out)
{
	struct renames renames;

	diff_sets(old, new, engine, &renames, out);
	renames_release(&renames);
}

int plan_diff_texts(const char *name, const char *old, size_t old_len, const char *new,
		    size_t new_len, const struct plan_deadlines *engine, struct plan_diff *out,
		    struct plan_diags *diags)
{
	struct plan_set *a = NULL, *b = NULL;
	int status = -1;

	memset(out, 0, sizeof(*out));
	if (plan_set_load_buffer(&a, name, old, old_len, NULL, diags) == PLAN_LOAD_OK &&
	    plan_set_load_buffer(&b, name, new, new_len, NULL, diags) == PLAN_LOAD_OK) {
		plan_diff_sets(a, b, engine, out);
		status = 0;
	}
	plan_set_free(a);
	plan_set_free(b);
	return status;
}

void plan_diff_task(const struct plan_task *old, const struct plan_task *new,
		    const struct plan_deadlines *engine, struct plan_diff *out)
{
	struct differ x = start(out, engine);

	if (old || new)
		task_item(&x, old, new);
	free(x.fields);
}

void plan_diff_release(struct plan_diff *d)
{
	free(d->items);
	arena_free(d->arena);
	memset(d, 0, sizeof(*d));
}
