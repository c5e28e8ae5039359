/* parse_task.c - plan file schema: tasks, explicit due dates, deliveries. */
#include "parse_task.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "alloc.h"
#include "suggest.h"

enum task_key {
	T_ID,
	T_TASK,
	T_LEAD,
	T_SUPPORT,
	T_DEADLINE,
	T_DUE,
	T_PRODUCT,
	T_FUNDING,
	T_NOTE,
	T_STATUS,
	T_DELIVERED,
	T_SUBTASKS,
	T_COUNT
};
static const char *const task_names[T_COUNT] = {
	"id",      "task",    "lead", "support", "deadline",  "due",
	"product", "funding", "note", "status",  "delivered", "subtasks",
};
const struct keyset task_keys = { "task", task_names, T_COUNT };
_Static_assert(T_COUNT <= KEYSET_MAX, "a key more than struct seen has bits for");

enum delivery_key { D_ON, D_REF, D_COUNT };
static const char *const delivery_names[D_COUNT] = { "on", "ref" };
const struct keyset delivery_keys = { "delivery", delivery_names, D_COUNT };
_Static_assert(D_COUNT <= KEYSET_MAX, "a key more than struct seen has bits for");

static bool read_date_item(struct parser *p, const char *key, void *item)
{
	struct plan_dated *d = item;

	d->pos = p->ev.pos;
	return parse_date(p, key, &d->date);
}

static void parse_due(struct parser *p, struct plan_dates *due)
{
	struct plan_dated one;
	const void *v;

	if (yev_is_null(&p->ev))
		return;
	due->pos = p->ev.pos;
	if (p->ev.type == YEV_SCALAR) {
		if (!read_date_item(p, "due", &one))
			return;
		due->v = arena_memdup(p->arena, &one, 1, sizeof(one));
		due->n = 1;
		due->present = true;
		return;
	}
	if (parse_list(p, "due", "a date or a list of dates", sizeof(one), read_date_item, &v,
		       &due->n)) {
		due->v = v;
		due->present = true;
	}
}

static bool parse_delivery(struct parser *p, const char *key, void *item)
{
	struct plan_delivery *d = item;
	struct seen seen = { 0 };
	struct plan_pos at;
	bool have_on = false;
	int k;

	d->pos = p->ev.pos;
	if (p->ev.type == YEV_SCALAR)
		return parse_date(p, key, &d->on);
	if (p->ev.type != YEV_MAP) {
		parse_wrong_type(p, key, "a list of dates or {on, ref} mappings");
		return false;
	}
	while ((k = parse_key(p, &delivery_keys, &seen, &at)) >= 0) {
		if (k == D_ON)
			have_on = parse_date(p, "on", &d->on);
		else
			parse_text(p, "ref", true, &d->ref);
	}
	parse_require(p, &delivery_keys, &seen, D_ON, d->pos);
	return have_on;
}

static void parse_delivered(struct parser *p, struct plan_task *t)
{
	const void *v;

	if (parse_list(p, "delivered", "a list", sizeof(struct plan_delivery), parse_delivery, &v,
		       &t->n_delivered))
		t->delivered = v;
}

static void parse_status(struct parser *p, struct plan_task *t)
{
	struct plan_text s = { 0 };
	struct plan_buf q = PLAN_BUF_INIT;
	const char *hint;

	if (!parse_shared_text(p, "status", true, &s))
		return;
	if (plan_status_parse(s.s, s.len, &t->status) == 0) {
		t->status_pos = s.pos;
		return;
	}
	plan_quote(&q, s.s, s.len, 40);
	hint = plan_suggest(s.s, plan_status_names, PLAN_STATUS_COUNT);
	yev_report(p->r, PLAN_ERROR, s.pos, "bad-status",
		   "invalid status %s; expected todo, doing, done or dropped%s%s%s", q.s,
		   hint ? "; did you mean '" : "", hint ? hint : "", hint ? "'?" : "");
	plan_buf_release(&q);
}

/* A subtask's id is its parent's id, a dot, and more. */
static void check_subtask_ids(struct parser *p, const struct plan_task *t)
{
	for (size_t i = 0; i < t->n_subtasks; i++) {
		const struct plan_text *id = &t->subtasks[i].id;
		struct plan_buf q = PLAN_BUF_INIT;

		if (id->len > t->id.len + 1 && memcmp(id->s, t->id.s, t->id.len) == 0 &&
		    id->s[t->id.len] == '.')
			continue;
		plan_quote(&q, id->s, id->len, 40);
		yev_report(p->r, PLAN_ERROR, id->pos, "bad-subtask-id",
			   "subtask id %s must start with its parent's id and a dot ('%s.')", q.s,
			   t->id.s);
		plan_buf_release(&q);
	}
}

static bool parse_task(struct parser *p, const char *key, void *item)
{
	struct plan_task *t = item;
	struct seen seen = { 0 };
	struct plan_pos at;
	int k;

	if (!parse_item_map(p, key, &t->pos))
		return false;
	while ((k = parse_key(p, &task_keys, &seen, &at)) >= 0) {
		switch (k) {
		case T_ID:
			parse_id(p, "task", &t->id);
			break;
		case T_TASK:
			parse_text(p, "task", true, &t->text);
			break;
		case T_LEAD:
			parse_texts(p, "lead", &t->lead);
			break;
		case T_SUPPORT:
			parse_texts(p, "support", &t->support);
			break;
		case T_DEADLINE:
			parse_shared_text(p, "deadline", false, &t->deadline);
			break;
		case T_DUE:
			parse_due(p, &t->due);
			break;
		case T_PRODUCT:
			parse_text(p, "product", false, &t->product);
			break;
		case T_FUNDING:
			parse_shared_text(p, "funding", false, &t->funding);
			break;
		case T_NOTE:
			parse_text(p, "note", false, &t->note);
			break;
		case T_STATUS:
			parse_status(p, t);
			break;
		case T_DELIVERED:
			parse_delivered(p, t);
			break;
		case T_SUBTASKS:
			parse_tasks(p, "subtasks", &t->subtasks, &t->n_subtasks);
			break;
		}
	}
	parse_require(p, &task_keys, &seen, T_ID, t->pos);
	parse_require(p, &task_keys, &seen, T_TASK, t->pos);
	if (t->id.s)
		check_subtask_ids(p, t);
	return t->id.s != NULL;
}

void parse_tasks(struct parser *p, const char *key, const struct plan_task **tasks, size_t *n_tasks)
{
	const void *v;

	if (parse_list(p, key, "a list of tasks", sizeof(struct plan_task), parse_task, &v,
		       n_tasks))
		*tasks = v;
}

bool parse_task_list(struct parser *p, const struct plan_task **tasks, size_t *n)
{
	*tasks = NULL;
	*n = 0;
	parse_next(p);
	if (p->ev.type != YEV_SEQ)
		return false;
	parse_tasks(p, "tasks", tasks, n);
	return p->ev.type == YEV_SEQ_END;
}
