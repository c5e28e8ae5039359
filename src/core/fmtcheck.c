/*
 * fmtcheck.c - fmt's safety check: a rewriting that may change nothing
 * (rewrite.c).  fmt writes a file only when this says so.
 */
#include "plan/fmt.h"

#include <string.h>

#include "rewrite.h"

bool plan_fmt_keeps(const char *name, const char *before, size_t before_len, const char *after,
		    size_t after_len, const struct plan_deadlines *engine)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	const struct rewrite_rule nothing = { 0 };
	bool kept;

	/* The same bytes read back as the same plans: a canonical file is kept. */
	if (before_len == after_len && memcmp(before, after, before_len) == 0)
		return true;
	kept = rewrite_check(name, before, before_len, NULL, after, after_len, engine, &nothing,
			     &diags, NULL) == REWRITE_KEPT;
	plan_diags_release(&diags);
	return kept;
}
