/* import_units.c - a unit cell split into units, where the registry says every part is one. */
#include "import_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "strmap.h"

enum { MAX_PARTS = 32 };

/* The registry, and what it said of each name asked (a cell's parts repeat in every row). */
struct namer {
	const struct plan_unit_index *idx;
	struct strmap asked; /* name -> 1 known, 0 not */
};

/* True when the len bytes of s name a unit idx knows (one, or several: still a unit's name). */
static bool known(struct namer *n, const char *s, size_t len)
{
	struct plan_unit_refs refs = PLAN_UNIT_REFS_INIT;
	size_t found;
	char *name;

	if (strmap_get(&n->asked, s, len, &found))
		return found;
	name = plan_xmemdup(s, len);
	plan_unit_lookup(n->idx, name, &refs);
	found = refs.n > 0;
	plan_unit_refs_release(&refs);
	free(name);
	strmap_put(&n->asked, s, len, found);
	return found;
}

/* The piece [*a, *b) of s without spaces, bullets and separators around it. */
static void trim(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && (strchr(" \t-+,;.", s[*a]) || (unsigned char)s[*a] >= 0x80)) {
		if ((unsigned char)s[*a] >= 0x80) {
			/* a bullet "•" or a dash "–" */
			if (*b - *a >= 3 && (memcmp(s + *a, "•", 3) == 0 || memcmp(s + *a, "–", 3) == 0))
				*a += 3;
			else
				break;
		} else {
			(*a)++;
		}
	}
	while (*b > *a && strchr(" \t,;", s[*b - 1]))
		(*b)--;
	/* a list's full stop is no part of the last name; an ellipsis ("…,...") is words */
	if (*b - *a >= 2 && s[*b - 1] == '.' && s[*b - 2] != '.')
		(*b)--;
}

/*
 * Adds to out the units of one piece of a cell (between line breaks and
 * ";"): the piece whole, unless its parts between commas, some joined
 * again, are all units idx knows, in the fewest of them.
 */
static void split_piece(const char *s, size_t len, struct namer *idx, struct imp_list *out)
{
	size_t cut[MAX_PARTS + 1], n = 0, best[MAX_PARTS + 1], from[MAX_PARTS + 1];

	/* the separators: ",", " và ", " - " (part k is [cut[k], end[k])) */
	size_t end[MAX_PARTS + 1];

	cut[n] = 0;
	for (size_t i = 0; i < len && n < MAX_PARTS; i++) {
		size_t sep = s[i] == ',' ? 1 : 0;

		if (!sep && i + 4 <= len && memcmp(s + i, " và ", strlen(" và ")) == 0 && i + 5 <= len)
			sep = strlen(" và ");
		if (!sep && i + 3 <= len && memcmp(s + i, " - ", 3) == 0)
			sep = 3;
		if (sep) {
			end[n++] = i;
			cut[n] = i + sep;
			i += sep - 1;
		}
	}
	end[n++] = len;
	if (n == 1 || !idx->idx || known(idx, s, len)) {
		imp_list_add(out, s, len);
		return;
	}
	best[0] = 0;
	for (size_t j = 1; j <= n; j++) {
		best[j] = SIZE_MAX;
		for (size_t i = 0; i < j; i++) {
			size_t a = cut[i], b = end[j - 1];

			trim(s, &a, &b);
			if (best[i] != SIZE_MAX && a < b && best[i] + 1 < best[j] &&
			    known(idx, s + a, b - a)) {
				best[j] = best[i] + 1;
				from[j] = i;
			}
		}
	}
	if (best[n] == SIZE_MAX) {
		imp_list_add(out, s, len); /* not every part is a unit: not split */
		return;
	}
	{
		size_t k = n, parts[MAX_PARTS + 1], m = 0;

		while (k) {
			parts[m++] = k;
			k = from[k];
		}
		for (size_t i = m, start = 0; i-- > 0;) {
			size_t a = cut[start], b = end[parts[i] - 1];

			trim(s, &a, &b);
			imp_list_add(out, s + a, b - a);
			start = parts[i];
		}
	}
}

static void split_cell(const struct plan_buf *cell, struct namer *idx, struct imp_list *out)
{
	size_t start = 0;

	for (size_t i = 0; i <= cell->len; i++) {
		if (i < cell->len && cell->s[i] != '\n' && cell->s[i] != ';')
			continue;
		{
			size_t a = start, b = i;

			trim(cell->s, &a, &b);
			if (a < b)
				split_piece(cell->s + a, b - a, idx, out);
		}
		start = i + 1;
	}
}

static void check_known(const struct imp_plan *p, const struct imp_task *t,
			const struct imp_list *units, size_t col, struct namer *idx,
			struct plan_diags *diags, size_t *unknown)
{
	for (size_t k = 0; idx->idx && k < units->n; k++) {
		if (known(idx, units->v[k], strlen(units->v[k])))
			continue;
		(*unknown)++;
		plan_diags_add(diags, p->where,
			       (struct plan_pos){ (unsigned)t->row,
						  col == SIZE_MAX ? 0 : (unsigned)col + 1 },
			       PLAN_WARNING, "unknown-unit", "unit '%s' is not in the registry",
			       units->v[k]);
	}
}

void imp_split_units(struct imp_plan *p, const struct plan_unit_index *idx,
		     struct plan_diags *diags)
{
	struct namer n = { idx, STRMAP_INIT };

	for (size_t i = 0; i < p->n_tasks; i++) {
		struct imp_task *t = &p->tasks[i];

		split_cell(&t->field[IMP_LEAD], &n, &t->lead);
		split_cell(&t->field[IMP_SUPPORT], &n, &t->support);
		check_known(p, t, &t->lead, p->lead_col, &n, diags, &p->sum.units_unknown);
		check_known(p, t, &t->support, p->support_col, &n, diags, &p->sum.units_unknown);
	}
	strmap_release(&n.asked);
}
