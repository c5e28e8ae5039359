/*
 * link.h - finishing a parsed plan (private to the core).
 *
 * Once a plan's arrays are in their final place, link_plan() points each
 * task at its parent, section and plan, lists every task in document order
 * in plan->tasks, and reports ids used twice within the plan.
 */
#ifndef PLAN_LINK_H
#define PLAN_LINK_H

#include "plan/diag.h"
#include "plan/model.h"

struct arena;

void link_plan(struct plan *plan, struct arena *arena, struct plan_diags *diags);

/*
 * Links task, read alone, and its subtasks into the place of in, a task of
 * a linked plan: the same parent, section and plan (which do not list it).
 */
void link_task_in(struct plan_task *task, const struct plan_task *in);

#endif
