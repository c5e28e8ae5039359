/*
 * testquery.h - a plan set loaded from text with what queries need: a
 * deadline engine, a unit index, and a query as of a day.  The caller owns
 * it and frees it with queried_free().
 */
#ifndef PLAN_TESTQUERY_H
#define PLAN_TESTQUERY_H

#include <stdlib.h>

#include "plan/query.h"
#include "plan/unit.h"
#include "testutil.h"

struct queried {
	struct plan_diags diags;
	struct plan_set *set;
	struct plan_deadlines *engine;
	struct plan_unit_index *idx;
	struct plan_query q; /* every task, in document order, as of today */
};

/* Loads text, asserting it has no errors; returns a new struct queried. */
static inline struct queried *queried_new(const char *text, plan_date today)
{
	struct queried *w = calloc(1, sizeof(*w));

	assert_non_null(w);
	w->diags = (struct plan_diags)PLAN_DIAGS_INIT;
	w->set = load_text(text, &w->diags);
	print_diags(&w->diags);
	assert_int_equal(w->diags.errors, 0);
	w->engine = plan_deadlines_new();
	w->idx = plan_unit_index_new(w->set);
	plan_query_init(&w->q, w->engine, today);
	return w;
}

static inline void queried_free(struct queried *w)
{
	plan_unit_index_free(w->idx);
	plan_deadlines_free(w->engine);
	plan_set_free(w->set);
	plan_diags_release(&w->diags);
	free(w);
}

#endif
