/*
 * check.h - what plan check says beyond what loading finds: deadlines the
 * engine cannot read, unit names the registry does not know, and the
 * placeholders plan new and plan import leave for a clerk to fill.
 *
 * Every finding is a warning appended to the caller's diags, located in
 * the plan's file.  Nothing here fails but by running out of memory,
 * which aborts (src/core/alloc.c).  The engine is written to (its cache,
 * deadline.h).  Code: src/core/check.c.
 */
#ifndef PLAN_CHECK_H
#define PLAN_CHECK_H

#include "plan/deadline.h"
#include "plan/diag.h"
#include "plan/model.h"

/* What plan new and plan import write where the document says nothing: a value to replace. */
#define PLAN_PLACEHOLDER "TODO"

/* Whether text is present and still exactly PLAN_PLACEHOLDER.  Cannot fail. */
bool plan_is_placeholder(const struct plan_text *text);

/*
 * Warns ("unknown-deadline"), at the deadline's position, when task's own
 * deadline text is unknown to the engine and it has no explicit due of
 * its own, saying why.  An empty or placeholder deadline is not read.
 */
void plan_check_deadline(const struct plan_task *task, const struct plan_deadlines *engine,
			 struct plan_diags *diags);

/*
 * Warns, at the deadline's position, about each task whose own deadline
 * text is unknown to the engine and that has no explicit due of its own;
 * when the set has a unit registry, at each name in a lead or support
 * list that no entry stands for, naming the closest entry; and at each
 * value that is still PLAN_PLACEHOLDER.  The warnings of each plan are
 * sorted by position among themselves.  set and engine are borrowed for
 * the call.
 */
void plan_check(const struct plan_set *set, const struct plan_deadlines *engine,
		struct plan_diags *diags);

#endif
