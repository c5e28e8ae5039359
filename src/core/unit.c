/* unit.c - the issuer's scope, and the registry's own consistency. */
#include "plan/unit.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fold.h"

const char *const plan_role_names[4] = { "lead", "support", "any", NULL };

/* True when folded is the folded form of t. */
static bool folds_to(const struct plan_text *t, const char *folded, struct plan_buf *tmp)
{
	plan_buf_reset(tmp);
	plan_fold_text(tmp, t->s, t->len, PLAN_FOLD_PUNCT);
	return strcmp(tmp->s, folded) == 0;
}

const char *plan_unit_scope(const struct plan_set *set, const struct plan *plan)
{
	struct plan_buf issuer = PLAN_BUF_INIT, tmp = PLAN_BUF_INIT;
	const char *scope = plan->issuer.s, *found = NULL;
	size_t count = 0;

	if (!scope)
		return NULL;
	plan_fold_text(&issuer, plan->issuer.s, plan->issuer.len, PLAN_FOLD_PUNCT);
	for (size_t i = 0; i < set->n_units; i++) {
		const struct plan_unit *u = set->units[i];
		bool named = folds_to(&u->name, issuer.s, &tmp);

		for (size_t j = 0; j < u->aliases.n && !named; j++)
			named = folds_to(&u->aliases.v[j], issuer.s, &tmp);
		if (named && (!found || strcmp(found, u->name.s) != 0)) {
			found = u->name.s;
			count++;
		}
	}
	plan_buf_release(&issuer);
	plan_buf_release(&tmp);
	return count == 1 ? found : scope;
}

/* One name or alias of an entry, folded, to find the ones given twice. */
struct spelling {
	const struct plan_unit *unit;
	const struct plan_text *text;
	char *folded;
	char *body; /* the parent, folded; "" for none */
	size_t order;
};

static int compare_spellings(const struct spelling *x, const struct spelling *y)
{
	int c = strcmp(x->body, y->body);

	return c ? c : strcmp(x->folded, y->folded);
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
	const char *body = u->parent.s;

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

static char *folded_copy(const char *s, size_t len)
{
	struct plan_buf b = PLAN_BUF_INIT;

	plan_fold_text(&b, s, len, PLAN_FOLD_PUNCT);
	return plan_buf_detach(&b);
}

void plan_units_check(const struct plan_set *set, struct plan_diags *diags)
{
	struct spelling *v = NULL;
	size_t n = 0, cap = 0;

	if (!set->n_units)
		return;
	for (size_t i = 0; i < set->n_units; i++) {
		const struct plan_unit *u = set->units[i];
		char *body =
		    u->parent.s ? folded_copy(u->parent.s, u->parent.len) : plan_xstrdup("");

		PLAN_GROW(v, cap, n + 1 + u->aliases.n);
		for (size_t j = 0; j <= u->aliases.n; j++, n++) {
			const struct plan_text *t = j ? &u->aliases.v[j - 1] : &u->name;

			v[n] = (struct spelling){ u, t, folded_copy(t->s, t->len),
						  j ? plan_xstrdup(body) : body, n };
		}
	}
	qsort(v, n, sizeof(*v), by_body_and_text);
	for (size_t i = 1, first = 0; i < n; i++) {
		if (compare_spellings(&v[first], &v[i]) != 0)
			first = i;
		else
			report(diags, &v[first], &v[i]);
	}
	for (size_t i = 0; i < n; i++) {
		free(v[i].folded);
		free(v[i].body);
	}
	free(v);
}
