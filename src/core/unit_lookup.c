/* unit_lookup.c - units found by what clerks type; the units of a task. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fold.h"
#include "suggest.h"
#include "text.h"
#include "unit_index.h"

size_t plan_unit_count(const struct plan_unit_index *idx)
{
	return idx->n_units;
}

const struct plan_unit_ref *plan_unit_at(const struct plan_unit_index *idx, size_t i)
{
	return idx->units[i];
}

const struct plan_unit_ref *plan_unit_of(const struct plan_unit_index *idx,
					 const struct plan_text *name)
{
	const struct named key = { name, 0 };
	const struct named *found = idx->n_names ? bsearch(&key, idx->names, idx->n_names,
							   sizeof(*idx->names), unit_index_by_name)
						 : NULL;

	return found ? idx->units[found->unit] : NULL;
}

void plan_unit_refs_release(struct plan_unit_refs *refs)
{
	free(refs->v);
	memset(refs, 0, sizeof(*refs));
}

static void add_ref(struct plan_unit_refs *out, const struct plan_unit_ref *u)
{
	for (size_t i = 0; i < out->n; i++)
		if (out->v[i] == u)
			return;
	PLAN_GROW(out->v, out->cap, out->n + 1);
	out->v[out->n++] = u;
}

/* True when a "(PARENT)" narrowing, folded, names unit's parent. */
static bool of_body(const struct plan_unit_index *idx, size_t unit, const char *body)
{
	size_t first, n;

	if (!body)
		return true;
	if (strcmp(idx->parent_keys[unit], body) == 0)
		return true;
	/* The body by another of its names: "Thủ tướng Chính phủ" for Chính phủ. */
	n = unit_index_keys(idx, body, &first);
	for (size_t i = first; i < first + n; i++) {
		const struct plan_unit_ref *b = idx->units[idx->keys[i].unit];

		if (idx->keys[i].tier == TIER_NAME && b->entry &&
		    strcmp(idx->parent_keys[unit], idx->name_keys[b->id]) == 0)
			return true;
	}
	return false;
}

void plan_unit_lookup(const struct plan_unit_index *idx, const char *query,
		      struct plan_unit_refs *out)
{
	struct plan_buf name = PLAN_BUF_INIT, body = PLAN_BUF_INIT;
	const char *open = strrchr(query, '(');
	const size_t len = strlen(query);
	size_t first, n;

	/*
	 * "Văn phòng Bộ (Bộ Nội vụ)": the name, narrowed to a body; but a name
	 * that has its own brackets ("Các đơn vị thuộc Bộ (có TTHC)") is a name.
	 */
	plan_fold_text(&name, query, len, PLAN_FOLD_PUNCT);
	if (open && unit_index_keys(idx, name.s, &first))
		open = NULL;
	plan_buf_reset(&name);
	if (open && open > query && len && query[len - 1] == ')') {
		plan_fold_text(&name, query, (size_t)(open - query), PLAN_FOLD_PUNCT);
		plan_fold_text(&body, open + 1, (size_t)(query + len - 1 - open - 1),
			       PLAN_FOLD_PUNCT);
	} else {
		plan_fold_text(&name, query, len, PLAN_FOLD_PUNCT);
	}
	n = unit_index_keys(idx, name.s, &first);
	for (size_t i = first; i < first + n; i++)
		if (of_body(idx, idx->keys[i].unit, body.len ? body.s : NULL))
			add_ref(out, idx->units[idx->keys[i].unit]);
	if (!out->n && name.len) {
		/* abbreviated: the units of the best tier only */
		enum tier *tiers = plan_xcalloc(idx->n_units + 1, sizeof(*tiers));

		for (size_t u = 0; u < idx->n_units; u++)
			tiers[u] = N_TIERS;
		unit_index_match(idx, name.s, idx->n_units, tiers);
		for (int tier = TIER_VARIANT; tier <= unit_index_level(TIER_INITIALS) && !out->n;
		     tier++)
			for (size_t u = 0; u < idx->n_units; u++)
				if (tiers[u] != N_TIERS && unit_index_level(tiers[u]) == tier &&
				    of_body(idx, u, body.len ? body.s : NULL))
					add_ref(out, idx->units[u]);
		free(tiers);
	}
	plan_buf_release(&name);
	plan_buf_release(&body);
}

struct near {
	size_t unit, distance;
};

static int by_distance(const void *a, const void *b)
{
	const struct near *x = a, *y = b;

	if (x->distance != y->distance)
		return x->distance < y->distance ? -1 : 1;
	return (x->unit > y->unit) - (x->unit < y->unit);
}

/* The k-th smallest distance of the units close lists (k <= n). */
static size_t kth_distance(const struct near *best, const size_t *close, size_t n, size_t k)
{
	size_t counts[PLAN_EDIT_MAX_LIMIT + 2] = { 0 }, seen = 0;

	for (size_t i = 0; i < n; i++)
		counts[best[close[i]].distance <= PLAN_EDIT_MAX_LIMIT ? best[close[i]].distance
								      : PLAN_EDIT_MAX_LIMIT + 1]++;
	for (size_t d = 0; d <= PLAN_EDIT_MAX_LIMIT + 1; d++)
		if ((seen += counts[d]) >= k)
			return d;
	return PLAN_EDIT_MAX_LIMIT + 1;
}

void plan_unit_closest(const struct plan_unit_index *idx, const char *query, size_t max,
		       bool registered_only, struct plan_unit_refs *out)
{
	struct plan_buf q = PLAN_BUF_INIT;
	struct near *best = plan_xcalloc(idx->n_units + 1, sizeof(*best));
	size_t *close = plan_xcalloc(idx->n_units + 1, sizeof(*close)); /* units within limit */
	size_t limit, within, n = 0, n_close = 0;

	plan_fold_text(&q, query, strlen(query), PLAN_FOLD_PUNCT);
	limit = plan_text_chars(q.s, q.len) / 3;
	limit = limit < 2 ? 2 : limit > PLAN_EDIT_MAX_LIMIT ? PLAN_EDIT_MAX_LIMIT : limit;
	within = limit;

	for (size_t u = 0; u < idx->n_units; u++)
		best[u] = (struct near){ u, limit + 1 };
	for (size_t i = 0; i < idx->n_keys; i++) {
		const struct key *k = &idx->keys[i];
		size_t d;

		if (registered_only && !idx->units[k->unit]->entry)
			continue;
		d = plan_edit_distance(q.s, q.len, k->text, strlen(k->text), within);
		if (d >= best[k->unit].distance || d > within)
			continue;
		if (best[k->unit].distance > limit)
			close[n_close++] = k->unit;
		best[k->unit].distance = d;
		/* once max units are this close, none farther can be among them */
		if (max && n_close >= max)
			within = kth_distance(best, close, n_close, max);
	}
	free(close);
	qsort(best, idx->n_units, sizeof(*best), by_distance);
	for (size_t i = 0; i < idx->n_units && n < max && best[i].distance <= limit; i++, n++)
		add_ref(out, idx->units[best[i].unit]);
	free(best);
	plan_buf_release(&q);
}

static const struct scoped *scoped_plan(const struct plan_unit_index *idx, const struct plan *p)
{
	const struct scoped key = { p, NULL, NULL, NULL };

	return idx->n_plans ? bsearch(&key, idx->plans, idx->n_plans, sizeof(*idx->plans),
				      unit_index_by_plan)
			    : NULL;
}

const struct plan_unit_ref *plan_unit_resolve(const struct plan_unit_index *idx,
					      const struct plan *plan, const char *name)
{
	static const struct scoped anywhere = { NULL, NULL, "", "" };
	const struct scoped *sp = plan ? scoped_plan(idx, plan) : NULL;
	struct plan_buf folded = PLAN_BUF_INIT;
	size_t unit;

	plan_fold_text(&folded, name, strlen(name), PLAN_FOLD_PUNCT);
	unit = unit_index_resolve(idx, folded.s, sp ? sp : &anywhere, idx->set->n_units);
	plan_buf_release(&folded);
	return unit < idx->n_units ? idx->units[unit] : NULL;
}

/* True when collective c covers unit u in a plan of scope_key. */
static bool covers(const struct plan_unit_index *idx, const struct plan_unit_ref *c,
		   const struct plan_unit_ref *u, const char *scope_key)
{
	const char *body = idx->parent_keys[u->id];

	return c->collective && *body && strcmp(idx->parent_keys[c->id], body) == 0 &&
	       strcmp(scope_key, body) == 0;
}

const struct plan_unit_ref *plan_unit_in_task(const struct plan_unit_index *idx,
					      const struct plan_task *task,
					      const struct plan_unit_ref *unit, enum plan_role role,
					      bool collectives)
{
	const struct plan_texts *lists[2] = {
		role != PLAN_ROLE_SUPPORT ? plan_task_lead(task) : NULL,
		role != PLAN_ROLE_LEAD ? plan_task_support(task) : NULL,
	};
	const struct scoped *sp = scoped_plan(idx, task->plan);
	const struct plan_unit_ref *via = NULL;

	for (size_t k = 0; k < 2; k++) {
		for (size_t i = 0; lists[k] && i < lists[k]->n; i++) {
			const struct plan_unit_ref *u = plan_unit_of(idx, &lists[k]->v[i]);

			if (u == unit)
				return u;
			if (collectives && u && !via && sp && covers(idx, u, unit, sp->scope_key))
				via = u;
		}
	}
	return via;
}
