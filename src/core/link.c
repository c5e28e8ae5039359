/* link.c - back-pointers, the task index and duplicate ids of a plan. */
#include "link.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "alloc.h"
#include "strmap.h"

struct linker {
	struct plan *plan;
	const struct plan_task **all;
	size_t n;
};

/*
 * The model's arrays are const to its readers; the linker is the one place
 * that writes the links into them, before anyone reads them.  Each task
 * linked is listed in l->all, when there is one.
 */
static void link_tasks(struct linker *l, const struct plan_task *tasks, size_t n,
		       const struct plan_task *parent, const struct plan_section *section)
{
	for (size_t i = 0; i < n; i++) {
		struct plan_task *t = (struct plan_task *)&tasks[i];

		t->parent = parent;
		t->section = section;
		t->plan = l->plan;
		if (l->all)
			l->all[l->n++] = t;
		link_tasks(l, t->subtasks, t->n_subtasks, t, section);
	}
}

void link_task_in(struct plan_task *task, const struct plan_task *in)
{
	struct linker l = { (struct plan *)in->plan, NULL, 0 };

	link_tasks(&l, task, 1, in->parent, in->section);
}

static size_t count_tasks(const struct plan_task *tasks, size_t n)
{
	size_t total = n;

	for (size_t i = 0; i < n; i++)
		total += count_tasks(tasks[i].subtasks, tasks[i].n_subtasks);
	return total;
}

static bool written_before(const struct plan_task *x, const struct plan_task *y)
{
	if (x->id.pos.line != y->id.pos.line)
		return x->id.pos.line < y->id.pos.line;
	return x->id.pos.column < y->id.pos.column;
}

/*
 * The slot of task's id in slots (cap of them, a power of two): its task,
 * or empty.  Not a strmap: that would copy every id and take 32 bytes a
 * slot, for a table built on every load (check at 10k: 7 M instructions).
 */
static const struct plan_task **slot_of(const struct plan_task **slots, size_t cap,
					const struct plan_task *task)
{
	const char *id = task->id.s;
	size_t i = (size_t)strmap_hash(id, strlen(id)) & (cap - 1);

	while (slots[i] && strcmp(slots[i]->id.s, id) != 0)
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

/*
 * Each id is given to the task written first with it, in a table by the
 * ids' hashes; every other task with that id is a duplicate of that one.
 * What is said comes in the order of the file, as every problem's is.
 */
static void report_duplicate_tasks(struct linker *l, struct plan_diags *diags)
{
	const struct plan_task **slots;
	size_t cap = 16;

	while (cap < 2 * l->n)
		cap *= 2;
	slots = plan_xcalloc(cap, sizeof(*slots));
	for (size_t i = 0; i < l->n; i++) {
		const struct plan_task **s = slot_of(slots, cap, l->all[i]);

		if (!*s || written_before(l->all[i], *s))
			*s = l->all[i];
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct plan_task *t = l->all[i], *first = *slot_of(slots, cap, t);

		if (first != t)
			plan_diags_add(diags, l->plan->path, t->id.pos, PLAN_ERROR, "duplicate-id",
				       "duplicate task id '%s' (first at line %u)", t->id.s,
				       (unsigned)first->id.pos.line);
	}
	free(slots);
}

static void report_duplicate_sections(const struct plan *plan, struct plan_diags *diags)
{
	for (size_t i = 0; i < plan->n_sections; i++) {
		const struct plan_text *id = &plan->sections[i].id;

		for (size_t j = 0; id->s && j < i; j++) {
			if (strcmp(plan->sections[j].id.s, id->s) != 0)
				continue;
			plan_diags_add(diags, plan->path, id->pos, PLAN_ERROR, "duplicate-id",
				       "duplicate section id '%s' (first at line %u)", id->s,
				       (unsigned)plan->sections[j].id.pos.line);
			break;
		}
	}
}

void link_plan(struct plan *plan, struct arena *arena, struct plan_diags *diags)
{
	struct linker l = { plan, NULL, 0 };
	size_t total = 0;

	for (size_t i = 0; i < plan->n_sections; i++)
		total += count_tasks(plan->sections[i].tasks, plan->sections[i].n_tasks);
	l.all = arena_calloc(arena, total, sizeof(*l.all));
	for (size_t i = 0; i < plan->n_sections; i++) {
		struct plan_section *s = (struct plan_section *)&plan->sections[i];

		s->plan = plan;
		link_tasks(&l, s->tasks, s->n_tasks, NULL, s);
	}
	plan->tasks = l.all;
	plan->n_tasks = l.n;
	report_duplicate_tasks(&l, diags);
	report_duplicate_sections(plan, diags);
}
