/*
 * fuzz_units.c - unit queries: a registry, a plan and a query, as a clerk
 * types --unit; lookup and the closest names must not crash, and every
 * unit they name is one of the index's.
 *
 * Input: registry FUZZ_SEP plan FUZZ_SEP query.
 */
#include "fuzz.h"

#include "plan/set.h"
#include "text.h"
#include "plan/unit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool in_index(const struct plan_unit_index *idx, const struct plan_unit_ref *u)
{
	for (size_t i = 0; i < plan_unit_count(idx); i++)
		if (plan_unit_at(idx, i) == u)
			return true;
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *part[3];
	size_t len[3], n = fuzz_split(data, size, part, len, 3), bad;
	struct plan_source src[2] = {
		{ "units.yaml", (const char *)part[0], len[0] },
		{ "plan.yaml", n > 1 ? (const char *)part[1] : "", n > 1 ? len[1] : 0 },
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	char *query;

	if (n < 3 || !plan_utf8_valid((const char *)part[2], len[2], &bad) ||
	    memchr(part[2], '\0', len[2]))
		return 0;
	query = fuzz_string(part[2], len[2]);
	if (plan_set_load_sources(&set, src, 2, NULL, &diags) == PLAN_LOAD_OK) {
		struct plan_unit_index *idx = plan_unit_index_new(set);
		struct plan_unit_refs found = PLAN_UNIT_REFS_INIT, close = PLAN_UNIT_REFS_INIT;

		plan_unit_lookup(idx, query, &found);
		plan_unit_closest(idx, query, 5, false, &close);
		FUZZ_ASSERT(close.n <= 5);
		for (size_t i = 0; i < found.n; i++)
			FUZZ_ASSERT(in_index(idx, found.v[i]));
		for (size_t i = 0; i < close.n; i++)
			FUZZ_ASSERT(in_index(idx, close.v[i]));
		plan_units_check(set, &diags);
		plan_unit_refs_release(&found);
		plan_unit_refs_release(&close);
		plan_unit_index_free(idx);
	}
	plan_set_free(set);
	plan_diags_release(&diags);
	free(query);
	return 0;
}
