/* taskedit.c - the task a reference names, and its file written anew. */
#include "taskedit.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/check.h"
#include "plan/diff.h"
#include "plan/file.h"
#include "suggest.h"

static bool same_words(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* An error for a reference that names no task, with the closest one. */
static int no_task(struct cli_ctx *ctx, const struct plan_set *set, const char *ref)
{
	struct plan_buf all = PLAN_BUF_INIT;
	const char **refs;
	size_t n = 0;
	const char *hint;
	int status;

	/* Every reference, NUL-separated; then pointers into the finished buffer. */
	for (size_t i = 0; i < set->n_plans; i++) {
		for (size_t k = 0; k < set->plans[i]->n_tasks; k++, n++) {
			plan_task_ref(set->plans[i]->tasks[k], &all);
			plan_buf_addch(&all, '\0');
		}
	}
	refs = plan_xcalloc(n + 1, sizeof(*refs));
	for (size_t i = 0, at = 0; i < n; i++, at += strlen(all.s + at) + 1)
		refs[i] = all.s + at;
	hint = plan_suggest(ref, refs, n);
	if (hint)
		status = cli_usage_error(ctx, NULL, "no task '%s'; did you mean '%s'?", ref, hint);
	else if (!strchr(ref, '/'))
		status =
		    cli_usage_error(ctx, NULL, "no task '%s'; name a task as PLAN/ID, e.g. '%s'",
				    ref, n ? refs[0] : "btp-365-2024/28.1");
	else
		status = cli_usage_error(ctx, NULL, "no task '%s'", ref);
	free(refs);
	plan_buf_release(&all);
	return status;
}

int cli_target_find(struct cli_ctx *ctx, const struct opt_list *paths, const char *ref,
		    struct cli_target *target)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	const char *slash = strchr(ref, '/');
	const struct plan *plan = NULL;
	int status;

	memset(target, 0, sizeof(*target));
	plan_buf_init(&target->text);
	plan_buf_init(&target->edited);
	target->diags = (struct plan_diags)PLAN_DIAGS_INIT;
	if ((status = cli_load_or_fail(ctx, paths, &target->set)) != 0)
		return status;
	if (slash) {
		char *id = strndup(ref, (size_t)(slash - ref));

		if (!id)
			abort();
		plan = plan_set_find(target->set, id);
		free(id);
	}
	if (!plan || !(target->task = plan_find_task(plan, slash + 1)))
		return no_task(ctx, target->set, ref);
	target->path = plan->path;
	target->check.before = plan;
	if (plan_file_read(target->path, &target->text, &diags) != 0) {
		cli_print_diags(ctx, &diags, false);
		status = EXIT_USAGE;
	}
	plan_diags_release(&diags);
	return status;
}

void cli_target_release(struct cli_target *target)
{
	plan_set_free(target->set);
	plan_set_free(target->check.after);
	plan_buf_release(&target->text);
	plan_buf_release(&target->edited);
	plan_diags_release(&target->diags);
	memset(target, 0, sizeof(*target));
}

int cli_target_save(struct cli_ctx *ctx, struct cli_target *target, int edit_status)
{
	const struct plan_buf *new = &target->edited;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *after = NULL;
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_diff d = { 0 };
	const struct plan_task *edited;
	const struct plan *plan;
	int status = 0;

	if (edit_status == 0 && new->len == target->text.len &&
	    memcmp(new->s, target->text.s, new->len) == 0)
		return EXIT_OK; /* it had that value already: nothing to write or say */
	if (edit_status != 0 || plan_file_replace(target->path, new->s, new->len, target->text.s,
						  target->text.len, NULL, &target->diags) != 0) {
		cli_print_diags(ctx, &target->diags, false);
		return EXIT_USAGE;
	}
	/* What changed, as a reviewer will see it: the edit's read-back, or read anew. */
	if (!(after = target->check.after))
		plan_set_load_buffer(&after, target->path, new->s, new->len, NULL, &diags);
	plan = plan_set_find(after, target->task->plan->id.s);
	edited = plan ? plan_find_task(plan, target->task->id.s) : NULL;
	plan_diff_task(target->task, edited, cli_deadlines(ctx), &d);
	plan_diff_render(&d, PLAN_FORMAT_TABLE, &out);
	cli_write(ctx, &out);
	if (edited && !same_words(edited->deadline.s, target->task->deadline.s)) {
		/* a new deadline plan cannot read: said, not refused (plan(1)) */
		plan_check_deadline(edited, cli_deadlines(ctx), &diags);
		cli_print_diags(ctx, &diags, true);
	}
	plan_diff_release(&d);
	if (after != target->check.after)
		plan_set_free(after);
	plan_buf_release(&out);
	plan_diags_release(&diags);
	return status;
}
