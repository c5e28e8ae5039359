/*
 * parse_task.h - the plan file schema's task level (private): tasks, their
 * explicit due dates and deliveries, over parse_value.h alone.
 */
#ifndef PLAN_PARSE_TASK_H
#define PLAN_PARSE_TASK_H

#include "parse_value.h"

/* The keys of a task and of a delivery, in plan(5)'s order (plan fmt's). */
extern const struct keyset task_keys, delivery_keys;

/*
 * Reads a list of tasks into *tasks and *n (NULL and 0 when empty).  Links
 * between tasks (parent, section, plan) are set later, once the plan's
 * arrays no longer move.  The tasks live in the parser's arena; what is
 * wrong is reported, and the task left out when it has no id.
 */
void parse_tasks(struct parser *p, const char *key, const struct plan_task **tasks, size_t *n);

/*
 * Reads a document that is a list of tasks (a task's lines read alone: an
 * item of a plan's list) as parse_tasks() reads one.  Returns false when
 * its top node is no list.
 */
bool parse_task_list(struct parser *p, const struct plan_task **tasks, size_t *n);

#endif
