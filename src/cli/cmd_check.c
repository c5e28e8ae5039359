/* cmd_check.c - plan check: validate plan files and report every problem. */
#include "cli.h"
#include "commands.h"
#include "plan/check.h"

static const struct cli_help help = {
	.name = "check",
	.usage = "[--strict] [-q] [PATH...]",
	.about = "Read the plan files and report every problem in them as\n"
		 "FILE:LINE:COLUMN: error|warning: MESSAGE [CODE], in order, then a count\n"
		 "(\"plan: 4 plans, 179 tasks, no problems\" when there are none);\n"
		 "a deadline plan cannot read is a warning.\n"
		 "Exit 0 when there are no errors (warnings alone keep 0 unless --strict),\n"
		 "1 when a problem was found, 2 when a file cannot be read.",
};

/* "plan: 4 plans, 179 tasks, no problems": that it looked, and at what. */
static void say_clean(struct cli_ctx *ctx, const struct plan_set *set)
{
	size_t tasks = 0;

	for (size_t i = 0; i < set->n_plans; i++)
		tasks += set->plans[i]->n_tasks;
	fprintf(ctx->err, "plan: %zu plan%s, %zu task%s, no problems\n", set->n_plans,
		set->n_plans == 1 ? "" : "s", tasks, tasks == 1 ? "" : "s");
}

int cmd_check(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list paths = { 0 };
	bool strict = false, quiet = false;
	const struct opt opts[] = {
		{ "strict", 0, OPT_FLAG, &strict, NULL, "count warnings as problems (exit 1)",
		  NULL },
		{ "quiet", 'q', OPT_FLAG, &quiet, NULL, "no count at the end, only the problems",
		  NULL },
		OPT_END,
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	enum plan_load_result result;
	int status = cli_parse(ctx, &help, opts, argc, argv, &paths);

	if (status >= 0)
		goto out;
	result = cli_load(ctx, &paths, &set, &diags);
	plan_check(set, cli_deadlines(ctx), &diags);
	cli_print_diags(ctx, &diags, true);
	if (!quiet && (diags.errors || diags.warnings))
		fprintf(ctx->err, "plan: %zu error%s and %zu warning%s\n", diags.errors,
			diags.errors == 1 ? "" : "s", diags.warnings,
			diags.warnings == 1 ? "" : "s");
	else if (!quiet && result == PLAN_LOAD_OK)
		say_clean(ctx, set);
	if (result == PLAN_LOAD_UNREADABLE)
		status = EXIT_USAGE;
	else if (diags.errors || (strict && diags.warnings))
		status = EXIT_PROBLEMS;
	else
		status = EXIT_OK;
out:
	plan_set_free(set);
	plan_diags_release(&diags);
	opt_list_release(&paths);
	return status;
}
