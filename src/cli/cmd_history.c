/* cmd_history.c - plan history: one task's life through git, and how its deadline slipped. */
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "alloc.h"
#include "gitrev.h"
#include "plan/history.h"
#include "taskedit.h"

static const struct cli_help help = {
	.name = "history",
	.usage = "[--format FORMAT] REF [PATH...]",
	.about = "Show the life of the task REF (PLAN/ID) through the git history of its\n"
		 "plan's file, oldest first: each commit that changed it, with its date,\n"
		 "author and subject and the fields it changed (a moved deadline with its\n"
		 "shift in days), then the changes not committed yet, and how many times\n"
		 "and how far its due date moved in all.",
};

/*
 * The versions of the task's file, oldest first: each commit's that git
 * can read (their bytes appended to bytes), then the work tree's.  Returns
 * them (the caller frees the array) and their number in *n.
 */
static struct plan_history_revision *gather(const struct cli_commits *commits,
					    const struct cli_target *target, struct plan_buf *bytes,
					    size_t *n)
{
	struct plan_history_revision *revs = plan_xcalloc(commits->n + 1, sizeof(*revs));
	size_t *at = plan_xcalloc(commits->n + 1, sizeof(*at));
	size_t k = 0;

	for (size_t i = 0; i < commits->n; i++) {
		const struct cli_commit *c = &commits->v[i];
		const size_t start = bytes->len;

		if (cli_git_blob(c->commit.hash, c->path, bytes) != 0) {
			plan_buf_truncate(bytes, start);
			continue;
		}
		at[k] = start;
		revs[k++] = (struct plan_history_revision){ .commit = &c->commit,
							    .name = c->path,
							    .len = bytes->len - start };
	}
	/* bytes is complete: pointers into it hold from now on. */
	for (size_t i = 0; i < k; i++)
		revs[i].text = bytes->s + at[i];
	revs[k++] = (struct plan_history_revision){ .name = target->path,
						    .text = target->text.s,
						    .len = target->text.len };
	free(at);
	*n = k;
	return revs;
}

int cmd_history(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list operands = { 0 }, paths = { 0 };
	const char *format_name = "text";
	const struct opt opts[] = {
		{ "format", 0, OPT_VALUE, &format_name, "FORMAT",
		  "text, md or json (default: text)", cli_text_formats },
		OPT_END,
	};
	struct cli_target target = { 0 };
	struct cli_commits commits = { 0 };
	struct plan_history_revision *revs = NULL;
	struct plan_history history = { 0 };
	struct plan_buf bytes = PLAN_BUF_INIT, out = PLAN_BUF_INIT;
	size_t n = 0;
	int status = cli_parse(ctx, &help, opts, argc, argv, &operands);

	if (status >= 0)
		goto done;
	if (!operands.n) {
		status = cli_usage_error(ctx, &help, "name a task");
		goto done;
	}
	for (size_t i = 1; i < operands.n; i++)
		opt_list_add(&paths, operands.v[i]);
	if ((status = cli_target_find(ctx, &paths, operands.v[0], &target)) != 0 ||
	    (status = cli_git_log(ctx, target.path, &commits)) != 0)
		goto done;
	revs = gather(&commits, &target, &bytes, &n);
	plan_history_build(&history, target.task->plan->id.s, target.task->id.s, revs, n,
			   cli_deadlines(ctx));
	plan_history_render(&history, operands.v[0], cli_text_format(format_name), &out);
	cli_write(ctx, &out);
	status = EXIT_OK;
done:
	plan_history_release(&history);
	free(revs);
	cli_commits_release(&commits);
	cli_target_release(&target);
	plan_buf_release(&bytes);
	plan_buf_release(&out);
	opt_list_release(&operands);
	opt_list_release(&paths);
	return status;
}
