/* unit_select.c - the units a clerk names (--unit): one each, or why not. */
#include <string.h>

#include "alloc.h"
#include "plan/unit.h"

enum plan_role plan_role_parse(const char *name)
{
	for (int role = PLAN_ROLE_LEAD; name && role <= PLAN_ROLE_ANY; role++)
		if (strcmp(name, plan_role_names[role]) == 0)
			return (enum plan_role)role;
	return PLAN_ROLE_LEAD;
}

/* Appends "\n  NAME (PARENT)  FILE:LINE:COLUMN" lines for units. */
static void list_units(struct plan_buf *out, const struct plan_unit_refs *refs)
{
	for (size_t i = 0; i < refs->n; i++) {
		const struct plan_unit_ref *u = refs->v[i];

		plan_buf_addf(out, "\n  %s", u->name);
		if (u->parent)
			plan_buf_addf(out, " (%s)", u->parent);
		plan_buf_addf(out, "  %s:%u:%u%s", u->file, (unsigned)u->pos.line,
			      (unsigned)u->pos.column, u->entry ? "" : "  (not in the registry)");
	}
}

/* The three closest are enough to see a misprint, few enough to read. */
enum { N_CLOSEST = 3 };

enum plan_unit_found plan_unit_find(const struct plan_unit_index *idx, const char *query,
				    const struct plan_unit_ref **unit, struct plan_buf *msg)
{
	struct plan_unit_refs found = PLAN_UNIT_REFS_INIT;
	enum plan_unit_found result = PLAN_UNIT_FOUND;

	plan_unit_lookup(idx, query, &found);
	if (found.n == 1) {
		*unit = found.v[0];
	} else if (found.n > 1) {
		result = PLAN_UNIT_AMBIGUOUS;
		plan_buf_addf(msg,
			      "unit '%s' could be %zu units; name one as 'NAME (PARENT)':", query,
			      found.n);
		list_units(msg, &found);
	} else {
		result = PLAN_UNIT_NOT_FOUND;
		plan_unit_closest(idx, query, N_CLOSEST, false, &found);
		plan_buf_addf(msg, "no unit '%s' in the registry or the plans", query);
		if (found.n) {
			plan_buf_addstr(msg, "; the closest:");
			list_units(msg, &found);
		}
	}
	plan_unit_refs_release(&found);
	return result;
}

enum plan_unit_found plan_unit_select(const struct plan_unit_index *idx, const char *const *queries,
				      size_t n, struct plan_unit_refs *out, struct plan_buf *msg)
{
	enum plan_unit_found result = PLAN_UNIT_FOUND;

	for (size_t i = 0; i < n && result == PLAN_UNIT_FOUND; i++) {
		const struct plan_unit_ref *unit;

		result = plan_unit_find(idx, queries[i], &unit, msg);
		if (result == PLAN_UNIT_FOUND) {
			PLAN_GROW(out->v, out->cap, out->n + 1);
			out->v[out->n++] = unit;
		}
	}
	return result;
}
