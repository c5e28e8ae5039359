/*
 * editsave.c - the sequence of plan set and plan deliver: a task's file
 * edited, read back, replaced, and the task's change shown.
 */
#include "plan/edit.h"

#include <string.h>

#include "arena.h"
#include "plan/check.h"
#include "plan/diff.h"
#include "plan/file.h"
#include "plan/model.h"
#include "plan/set.h"

static bool same_words(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The edit op asks of task, into out, read back by check. */
static int edit(const struct plan_task *task, const char *was, size_t was_len,
		const struct plan_edit_op *op, struct plan_buf *out, struct plan_edit_check *check,
		struct plan_diags *diags)
{
	const char *path = task->plan->path;

	if (op->field)
		return plan_edit_set_read_back(path, was, was_len, task->id.s, op->field,
					       op->values, op->n, out, check, diags);
	return plan_edit_deliver_read_back(path, was, was_len, task->id.s, op->on, op->ref,
					   op->done, out, check, diags);
}

/* The task's change, from old to edited (as new loads anew when NULL). */
static void show(const struct plan_task *old, const struct plan_task *edited,
		 const struct plan_buf *new, const struct plan_deadlines *engine,
		 struct plan_edit_result *result)
{
	struct plan_diags quiet = PLAN_DIAGS_INIT;
	struct plan_set *loaded = NULL;
	struct plan_diff d = { 0 };

	/* the file's own warnings are not the edit's (only a new deadline's is, below) */
	if (!edited) {
		const struct plan *plan;

		plan_set_load_buffer(&loaded, old->plan->path, new->s, new->len, NULL, &quiet);
		plan = plan_set_find(loaded, old->plan->id.s);
		edited = plan ? plan_find_task(plan, old->id.s) : NULL;
	}
	plan_diff_task(old, edited, engine, &d);
	plan_diff_render(&d, PLAN_FORMAT_TABLE, &result->shown);
	/* a new deadline plan cannot read: said, not refused (plan(1)) */
	if (edited && !same_words(edited->deadline.s, old->deadline.s))
		plan_check_deadline(edited, engine, &result->warnings);
	plan_diff_release(&d);
	plan_set_free(loaded);
	plan_diags_release(&quiet);
}

int plan_edit_save(const struct plan_task *task, const char *was, size_t was_len,
		   const struct plan_edit_op *op, const struct plan_deadlines *engine,
		   struct plan_edit_result *result, struct plan_diags *diags)
{
	struct plan_edit_check check = { .before = task->plan };
	struct plan_buf new = PLAN_BUF_INIT;
	int status = -1;

	*result = (struct plan_edit_result){ .shown = PLAN_BUF_INIT, .warnings = PLAN_DIAGS_INIT };
	if (edit(task, was, was_len, op, &new, &check, diags) != 0)
		goto done;
	status = 0;
	if (new.len == was_len && memcmp(new.s, was, was_len) == 0)
		goto done; /* it had that value already: nothing to write or say */
	if (plan_file_replace(task->plan->path, new.s, new.len, was, was_len, NULL, diags) != 0) {
		status = -1;
		goto done;
	}
	result->written = true;
	show(task, check.edited, &new, engine, result);
done:
	plan_edit_check_release(&check);
	plan_buf_release(&new);
	return status;
}

void plan_edit_check_release(struct plan_edit_check *check)
{
	plan_set_free(check->after);
	arena_free(check->arena);
	check->edited = NULL;
	check->after = NULL;
	check->arena = NULL;
}

void plan_edit_result_release(struct plan_edit_result *result)
{
	plan_buf_release(&result->shown);
	plan_diags_release(&result->warnings);
	result->written = false;
}
