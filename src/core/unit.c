/* unit.c - resolving unit names through the registry, and checking it. */
#include "plan/unit.h"

#include <stdlib.h>
#include <string.h>

#include "plan/alloc.h"

static bool same_text(const struct plan_text *t, const char *s, size_t len)
{
	return t->s && t->len == len && memcmp(t->s, s, len) == 0;
}

static bool unit_named(const struct plan_unit *u, const char *s, size_t len)
{
	if (same_text(&u->name, s, len))
		return true;
	for (size_t i = 0; i < u->aliases.n; i++)
		if (same_text(&u->aliases.v[i], s, len))
			return true;
	return false;
}

static bool belongs_to(const struct plan_unit *u, const char *body)
{
	return body && u->parent.s && strcmp(u->parent.s, body) == 0;
}

/* Finds the entries named s: within body when it is not NULL, else all. */
static const struct plan_unit *find(const struct plan_set *set, const char *body, const char *s,
				    size_t len, size_t *count)
{
	const struct plan_unit *found = NULL;

	*count = 0;
	for (size_t i = 0; i < set->n_units; i++) {
		const struct plan_unit *u = set->units[i];

		if ((body && !belongs_to(u, body)) || !unit_named(u, s, len))
			continue;
		if (!found)
			found = u;
		++*count;
	}
	return found;
}

const char *plan_unit_scope(const struct plan_set *set, const struct plan *plan)
{
	const struct plan_unit *issuer;
	size_t count;

	if (!plan->issuer.s)
		return NULL;
	issuer = find(set, NULL, plan->issuer.s, plan->issuer.len, &count);
	return count == 1 ? issuer->name.s : plan->issuer.s;
}

const struct plan_unit *plan_unit_resolve(const struct plan_set *set, const struct plan *plan,
					  const char *name, size_t len, size_t *matches)
{
	const char *scope = plan_unit_scope(set, plan);
	const struct plan_unit *u = NULL;
	size_t count = 0;

	if (scope)
		u = find(set, scope, name, len, &count);
	if (!count)
		u = find(set, NULL, name, len, &count);
	if (matches)
		*matches = count;
	return count == 1 ? u : NULL;
}

/* One name or alias of an entry, for finding the ones given twice. */
struct spelling {
	const struct plan_unit *unit;
	const struct plan_text *text;
	size_t order; /* position in the registry, for stable order */
};

/* Orders by body and text; an entry without a parent has the body "". */
static int compare_spellings(const struct spelling *x, const struct spelling *y)
{
	const char *px = x->unit->parent.s ? x->unit->parent.s : "";
	const char *py = y->unit->parent.s ? y->unit->parent.s : "";
	int c = strcmp(px, py);

	return c ? c : strcmp(x->text->s, y->text->s);
}

static int by_body_and_text(const void *a, const void *b)
{
	const struct spelling *x = a, *y = b;
	int c = compare_spellings(x, y);

	return c ? c : (x->order > y->order) - (x->order < y->order);
}

static void report(struct plan_diags *diags, const struct spelling *first,
		   const struct spelling *again)
{
	const struct plan_unit *u = again->unit;
	const char *body = u->parent.s ? u->parent.s : NULL;

	if (first->unit == u)
		return; /* an entry may spell itself twice; it still names one unit */
	if (first->text == &first->unit->name && again->text == &u->name)
		plan_diags_add(diags, u->path, again->text->pos, PLAN_ERROR, "duplicate-unit",
			       "unit '%s'%s%s%s is already in the registry (%s:%u)", u->name.s,
			       body ? " of '" : "", body ? body : "", body ? "'" : "",
			       first->unit->path, (unsigned)first->text->pos.line);
	else
		plan_diags_add(diags, u->path, again->text->pos, PLAN_ERROR, "alias-collision",
			       "'%s' stands for two units%s%s%s: '%s' (%s:%u) and '%s'",
			       again->text->s, body ? " of '" : "", body ? body : "",
			       body ? "'" : "", first->unit->name.s, first->unit->path,
			       (unsigned)first->text->pos.line, u->name.s);
}

void plan_units_check(const struct plan_set *set, struct plan_diags *diags)
{
	struct spelling *v = NULL;
	size_t n = 0, cap = 0;

	if (!set->n_units)
		return;
	for (size_t i = 0; i < set->n_units; i++) {
		const struct plan_unit *u = set->units[i];

		PLAN_GROW(v, cap, n + 1 + u->aliases.n);
		v[n] = (struct spelling){ u, &u->name, n };
		n++;
		for (size_t j = 0; j < u->aliases.n; j++, n++)
			v[n] = (struct spelling){ u, &u->aliases.v[j], n };
	}
	qsort(v, n, sizeof(*v), by_body_and_text);
	for (size_t i = 1, first = 0; i < n; i++) {
		if (compare_spellings(&v[first], &v[i]) != 0)
			first = i;
		else
			report(diags, &v[first], &v[i]);
	}
	free(v);
}
