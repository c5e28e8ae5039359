/* cmd_show.c - plan show: fields as "REF FIELD: VALUE" lines, for people and git. */
#include <string.h>

#include "commands.h"
#include "plan/flat.h"
#include "taskedit.h"

static const struct cli_help help = {
	.name = "show",
	.usage = "[--in PATH]... REF...\n"
		 "       plan show --flat [PATH...]",
	.about = "Show the fields of the tasks REF (PLAN/ID), one \"REF FIELD: VALUE\"\n"
		 "line each, one line per item of a list.  With --flat, every field of\n"
		 "every plan and registry entry in PATH: as git's textconv\n"
		 "(diff.<driver>.textconv), so that git diff and git log -p show changes\n"
		 "field by field.",
};

int cmd_show(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list operands = { 0 }, paths = { 0 };
	bool flat = false;
	const struct opt opts[] = {
		{ "flat", 0, OPT_FLAG, &flat, NULL, "every field of every plan in PATH", NULL },
		{ "in", 0, OPT_LIST, &paths, "PATH",
		  "the plans to look in (default: as for the other commands)", NULL },
		OPT_END,
	};
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_set *set = NULL;
	int status = cli_parse(ctx, &help, opts, argc, argv, &operands);

	if (status >= 0)
		goto done;
	if (flat) {
		if (paths.n) {
			status =
			    cli_usage_error(ctx, &help, "with --flat, name the paths directly");
			goto done;
		}
		if ((status = cli_load_or_fail(ctx, &operands, &set)) != 0)
			goto done;
		plan_flat_set(set, &out);
	} else {
		if (!operands.n) {
			status = cli_usage_error(ctx, &help, "name a task, or give --flat");
			goto done;
		}
		for (size_t i = 0; i < operands.n; i++) {
			struct cli_target target;

			status = cli_target_find(ctx, &paths, operands.v[i], &target);
			if (status == 0)
				plan_flat_task(target.task, &out);
			cli_target_release(&target);
			if (status != 0)
				goto done;
		}
	}
	cli_write(ctx, &out);
	status = EXIT_OK;
done:
	plan_buf_release(&out);
	plan_set_free(set);
	opt_list_release(&operands);
	opt_list_release(&paths);
	return status;
}
