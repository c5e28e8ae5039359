/* cmd_history.c - plan history: one task's life through git, and how its deadline slipped. */
#include "commands.h"
#include "gitrev.h"
#include "plan/git.h"
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

/* The task followed through its file's versions, one at a time. */
struct follow {
	struct plan_history *history;
	const char *plan, *task;
	const struct plan_deadlines *deadlines;
};

static void add_version(void *arg, const struct plan_history_revision *rev)
{
	const struct follow *f = arg;

	plan_history_add(f->history, f->plan, f->task, rev, f->deadlines);
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
	struct plan_git_commits commits = { 0 };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_history history = { 0 };
	struct follow follow;
	struct plan_buf out = PLAN_BUF_INIT;
	int status = cli_parse(ctx, &help, opts, argc, argv, &operands);

	if (status >= 0)
		goto done;
	if (!operands.n) {
		status = cli_usage_error(ctx, &help, "name a task");
		goto done;
	}
	for (size_t i = 1; i < operands.n; i++)
		opt_list_add(&paths, operands.v[i]);
	if ((status = cli_target_find(ctx, &paths, operands.v[0], &target)) != 0)
		goto done;
	follow = (struct follow){ &history, target.task->plan->id.s, target.task->id.s,
				  cli_deadlines(ctx) };
	if (plan_git_versions(target.path, target.text.s, target.text.len, &commits, add_version,
			      &follow, &diags) != 0) {
		status = cli_git_fail(ctx, &diags);
		goto done;
	}
	plan_history_render(&history, operands.v[0], cli_text_format(format_name), &out);
	cli_write(ctx, &out);
	status = EXIT_OK;
done:
	plan_history_release(&history);
	plan_git_commits_release(&commits);
	plan_diags_release(&diags);
	cli_target_release(&target);
	plan_buf_release(&out);
	opt_list_release(&operands);
	opt_list_release(&paths);
	return status;
}
