/* taskedit.c - the task a reference names, and what its edit says. */
#include "taskedit.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/file.h"
#include "suggest.h"

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
	plan_buf_release(&target->text);
	memset(target, 0, sizeof(*target));
}

int cli_target_save(struct cli_ctx *ctx, struct cli_target *target, const struct plan_edit_op *op)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_edit_result result;
	int status = EXIT_OK;

	if (plan_edit_save(target->task, target->text.s, target->text.len, op, cli_deadlines(ctx),
			   &result, &diags) != 0) {
		cli_print_diags(ctx, &diags, false);
		status = EXIT_USAGE;
	} else if (result.written) {
		cli_write(ctx, &result.shown);
		cli_print_diags(ctx, &result.warnings, true);
	}
	plan_edit_result_release(&result);
	plan_diags_release(&diags);
	return status;
}
