/* check.c - the checks that need more than the file: deadlines, units, placeholders. */
#include "plan/check.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/buf.h"
#include "fold.h"
#include "plan/unit.h"
#include "strmap.h"

bool plan_is_placeholder(const struct plan_text *text)
{
	return text->s && text->len == strlen(PLAN_PLACEHOLDER) &&
	       memcmp(text->s, PLAN_PLACEHOLDER, text->len) == 0;
}

static void warn_placeholder(const struct plan *plan, const struct plan_text *text, const char *key,
			     const struct plan_task *t, struct plan_diags *diags)
{
	if (plan_is_placeholder(text))
		plan_diags_add(diags, plan->path, text->pos, PLAN_WARNING, "placeholder",
			       "'%s'%s%s is still " PLAN_PLACEHOLDER
			       "; write the document's own words",
			       key, t ? " of task " : "", t ? t->id.s : "");
}

/* Warns at each value plan new or plan import left for the clerk to write. */
static void check_placeholders(const struct plan *plan, struct plan_diags *diags)
{
	warn_placeholder(plan, &plan->number, "number", NULL, diags);
	warn_placeholder(plan, &plan->title, "title", NULL, diags);
	warn_placeholder(plan, &plan->issuer, "issuer", NULL, diags);
	for (size_t j = 0; j < plan->n_tasks; j++) {
		const struct plan_task *t = plan->tasks[j];

		warn_placeholder(plan, &t->text, "task", t, diags);
		warn_placeholder(plan, &t->deadline, "deadline", t, diags);
		for (size_t k = 0; k < t->lead.n; k++)
			warn_placeholder(plan, &t->lead.v[k], "lead", t, diags);
		for (size_t k = 0; k < t->support.n; k++)
			warn_placeholder(plan, &t->support.v[k], "support", t, diags);
	}
}

void plan_check_deadline(const struct plan_task *t, const struct plan_deadlines *engine,
			 struct plan_diags *diags)
{
	const struct plan_deadline_ctx ctx = { t->plan->year, t->plan->issued };
	struct plan_interp in;
	struct plan_buf q = PLAN_BUF_INIT;

	if (!t->deadline.s || !t->deadline.len || t->due.present ||
	    plan_is_placeholder(&t->deadline))
		return;
	plan_deadline_interpret(engine, t->deadline.s, t->deadline.len, &ctx, &in);
	if (in.kind == PLAN_KIND_UNKNOWN) {
		plan_quote(&q, t->deadline.s, t->deadline.len, 80);
		plan_diags_add(diags, t->plan->path, t->deadline.pos, PLAN_WARNING,
			       "unknown-deadline",
			       "deadline %s is not understood (%s); give task %s an explicit 'due'",
			       q.s, in.reason, t->id.s);
	}
	plan_interp_release(&in);
	plan_buf_release(&q);
}

/*
 * The hints already written, by name and body: a plan that names a unit the
 * registry lacks names it on many tasks, and finding the closest entry
 * compares the name with every entry.
 */
struct hints {
	struct strmap index; /* name, NUL, parent → position in v */
	char **v;
	size_t n, cap;
};

static void hints_release(struct hints *h)
{
	for (size_t i = 0; i < h->n; i++)
		free(h->v[i]);
	free(h->v);
	strmap_release(&h->index);
}

/* What follows "unit '…' is not in the registry": the closest entry, if any. */
static void write_hint(const struct plan_text *name, const struct plan_unit_ref *unit,
		       const struct plan_unit_index *idx, struct plan_buf *hint)
{
	struct plan_unit_refs close = PLAN_UNIT_REFS_INIT;
	const struct plan_unit_ref *c;

	plan_unit_closest(idx, name->s, 1, true, &close);
	c = close.n ? close.v[0] : NULL;
	if (c && c->parent && unit->parent && plan_fold_equal(c->name, name->s, PLAN_FOLD_PUNCT))
		/* "Văn phòng Bộ" of a body whose own the registry lacks. */
		plan_buf_addf(hint, " for '%s', only for '%s'", unit->parent, c->parent);
	else if (c)
		plan_buf_addf(hint, "; did you mean '%s'%s%s%s?", c->name, c->parent ? " (" : "",
			      c->parent ? c->parent : "", c->parent ? ")" : "");
	plan_unit_refs_release(&close);
}

static const char *hint_for(const struct plan_text *name, const struct plan_unit_ref *unit,
			    const struct plan_unit_index *idx, struct hints *h)
{
	struct plan_buf key = PLAN_BUF_INIT, hint = PLAN_BUF_INIT;
	size_t at;

	plan_buf_add(&key, name->s, name->len);
	plan_buf_addch(&key, '\0');
	if (unit->parent)
		plan_buf_addstr(&key, unit->parent);
	if (!strmap_get(&h->index, key.s, key.len, &at)) {
		write_hint(name, unit, idx, &hint);
		PLAN_GROW(h->v, h->cap, h->n + 1);
		h->v[h->n] = plan_xmemdup(hint.s ? hint.s : "", hint.len);
		at = h->n++;
		strmap_put(&h->index, key.s, key.len, at);
	}
	plan_buf_release(&key);
	plan_buf_release(&hint);
	return h->v[at];
}

/* Warns about a name no registry entry stands for, naming the closest entry. */
static void warn_unknown(const struct plan_task *t, const struct plan_text *name,
			 const struct plan_unit_ref *unit, const struct plan_unit_index *idx,
			 struct hints *hints, struct plan_diags *diags)
{
	struct plan_buf q = PLAN_BUF_INIT;

	plan_quote(&q, name->s, name->len, 80);
	plan_diags_add(diags, t->plan->path, name->pos, PLAN_WARNING, "unknown-unit",
		       "unit %s is not in the registry%s", q.s, hint_for(name, unit, idx, hints));
	plan_buf_release(&q);
}

static void check_units(const struct plan_task *t, const struct plan_texts *list,
			const struct plan_unit_index *idx, struct hints *hints,
			struct plan_diags *diags)
{
	for (size_t i = 0; i < list->n; i++) {
		const struct plan_unit_ref *u = plan_unit_of(idx, &list->v[i]);

		if (u && !u->entry && !plan_is_placeholder(&list->v[i]))
			warn_unknown(t, &list->v[i], u, idx, hints, diags);
	}
}

void plan_check(const struct plan_set *set, const struct plan_deadlines *engine,
		struct plan_diags *diags)
{
	/* Without a registry every name would be unknown: nothing to say. */
	struct plan_unit_index *idx = set->n_units ? plan_unit_index_new(set) : NULL;
	struct hints hints = { STRMAP_INIT, NULL, 0, 0 };

	for (size_t i = 0; i < set->n_plans; i++) {
		const size_t first = diags->n;

		check_placeholders(set->plans[i], diags);
		for (size_t j = 0; j < set->plans[i]->n_tasks; j++) {
			const struct plan_task *t = set->plans[i]->tasks[j];

			plan_check_deadline(t, engine, diags);
			if (idx) {
				check_units(t, &t->lead, idx, &hints, diags);
				check_units(t, &t->support, idx, &hints, diags);
			}
		}
		plan_diags_sort_from(diags, first);
	}
	hints_release(&hints);
	plan_unit_index_free(idx);
}
