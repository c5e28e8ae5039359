/* history.c - one task through the versions of its file: the steps that changed it, rendered. */
#include "plan/history.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "json.h"
#include "plan/set.h"

/* The task as it is in a version of its file (NULL when it is not there); *set owns it. */
static const struct plan_task *task_in(const struct plan_history_revision *rev, const char *plan_id,
				       const char *task_id, struct plan_set **set)
{
	struct plan_diags quiet = PLAN_DIAGS_INIT;
	const struct plan *p;

	plan_set_load_buffer(set, rev->name, rev->text, rev->len, NULL, &quiet);
	plan_diags_release(&quiet);
	p = plan_set_find(*set, plan_id);
	return p ? plan_find_task(p, task_id) : NULL;
}

/* Counts the due dates the step's task moved into the summary. */
static void add_moves(struct plan_history *h, const struct plan_item_diff *it)
{
	for (size_t k = 0; k < it->n_fields; k++) {
		if (it->fields[k].moved_due) {
			h->days += (long)(it->fields[k].new_due - it->fields[k].old_due);
			h->moves++;
		}
	}
}

void plan_history_add(struct plan_history *h, const char *plan_id, const char *task_id,
		      const struct plan_history_revision *rev, const struct plan_deadlines *engine)
{
	struct plan_set *set = NULL;
	const struct plan_task *now = task_in(rev, plan_id, task_id, &set);
	struct plan_diff d;

	/* Each version against the one before; the diff owns its texts, the sets go. */
	plan_diff_task(h->before, now, engine, &d);
	if (d.n) {
		PLAN_GROW(h->steps, h->cap, h->n + 1);
		h->steps[h->n++] = (struct plan_history_step){ rev->commit, d };
		add_moves(h, &d.items[0]);
	} else {
		plan_diff_release(&d);
	}
	plan_set_free(h->previous);
	h->previous = set;
	h->before = now;
}

void plan_history_build(struct plan_history *out, const char *plan_id, const char *task_id,
			const struct plan_history_revision *revs, size_t n,
			const struct plan_deadlines *engine)
{
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < n; i++)
		plan_history_add(out, plan_id, task_id, &revs[i], engine);
}

void plan_history_summary(const struct plan_history *h, struct plan_buf *out)
{
	const long days = h->days;

	if (h->moves)
		plan_buf_addf(out, "the due date moved %zu time%s, %+ld day%s in all\n", h->moves,
			      h->moves == 1 ? "" : "s", days, days == 1 || days == -1 ? "" : "s");
	else
		plan_buf_addstr(out, "the due date never moved\n");
}

static void render_json(const struct plan_history *h, struct plan_buf *out)
{
	struct plan_json j;

	plan_json_init(&j, out);
	plan_json_begin_array(&j);
	for (size_t i = 0; i < h->n; i++) {
		const struct plan_history_commit *c = h->steps[i].commit;

		plan_json_begin_object(&j);
		plan_json_key(&j, "commit");
		plan_json_str(&j, c ? c->hash : NULL);
		plan_json_key(&j, "date");
		plan_json_str(&j, c ? c->date : NULL);
		plan_json_key(&j, "author");
		plan_json_str(&j, c ? c->author : NULL);
		plan_json_key(&j, "subject");
		plan_json_str(&j, c ? c->subject : NULL);
		plan_diff_json_item(&j, &h->steps[i].diff.items[0]);
		plan_json_end_object(&j);
	}
	plan_json_end_array(&j);
	plan_json_finish(&j);
}

/* One step's line, "DATE HASH AUTHOR: SUBJECT (CHANGE ...)", then its fields. */
static void render_step(const struct plan_history_step *step, enum plan_format format,
			struct plan_buf *out)
{
	const struct plan_history_commit *c = step->commit;
	const struct plan_item_diff *it = &step->diff.items[0];

	if (format == PLAN_FORMAT_MD)
		plan_buf_addstr(out, "- ");
	if (c)
		plan_buf_addf(out, "%s %s %s: %s", c->date, c->short_hash, c->author, c->subject);
	else
		plan_buf_addstr(out, "not committed yet");
	if (it->change != PLAN_CHANGE_CHANGED)
		plan_buf_addf(out, " (%s%s%s%s%s)", plan_change_name(it->change),
			      it->from ? " from " : "", it->from ? it->from : "",
			      it->to ? " to " : "", it->to ? it->to : "");
	plan_buf_addch(out, '\n');
	plan_diff_render_fields(it, format, out);
}

void plan_history_render(const struct plan_history *h, const char *ref, enum plan_format format,
			 struct plan_buf *out)
{
	if (format == PLAN_FORMAT_JSON) {
		render_json(h, out);
		return;
	}
	if (format != PLAN_FORMAT_MD)
		format = PLAN_FORMAT_TABLE;
	plan_buf_addf(out, format == PLAN_FORMAT_MD ? "### %s\n\n" : "%s\n", ref);
	for (size_t i = 0; i < h->n; i++)
		render_step(&h->steps[i], format, out);
	plan_history_summary(h, out);
}

void plan_history_release(struct plan_history *h)
{
	for (size_t i = 0; i < h->n; i++)
		plan_diff_release(&h->steps[i].diff);
	free(h->steps);
	plan_set_free(h->previous);
	memset(h, 0, sizeof(*h));
}
