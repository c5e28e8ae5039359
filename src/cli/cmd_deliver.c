/* cmd_deliver.c - plan deliver: a delivery recorded, and the task done if it is. */
#include "commands.h"
#include "plan/edit.h"
#include "taskedit.h"

static const struct cli_help help = {
	.name = "deliver",
	.usage = "[--on DATE] [--ref TEXT] [--done] [--in PATH]... REF",
	.about = "Record that the task REF (PLAN/ID) delivered on DATE (default: today):\n"
		 "an item appended to its delivered list, as a date, or with --ref the\n"
		 "delivering document too.  With --done, its status becomes done as well.\n"
		 "Only those lines change; the file is replaced as plan set replaces it.",
};

int cmd_deliver(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list operands = { 0 }, paths = { 0 };
	const char *on_arg = NULL, *ref = NULL;
	bool done = false;
	const struct opt opts[] = {
		{ "on", 0, OPT_VALUE, &on_arg, "DATE", "the day of the delivery (YYYY-MM-DD)",
		  NULL },
		{ "ref", 0, OPT_VALUE, &ref, "TEXT", "the delivering document", NULL },
		{ "done", 0, OPT_FLAG, &done, NULL, "mark the task done too", NULL },
		{ "in", 0, OPT_LIST, &paths, "PATH",
		  "the plans to look in (default: as for the other commands)", NULL },
		OPT_END,
	};
	struct cli_target target = { 0 };
	plan_date on;
	int status = cli_parse(ctx, &help, opts, argc, argv, &operands);

	if (status >= 0)
		goto done;
	if (operands.n != 1) {
		status = cli_usage_error(ctx, &help, "name one task");
		goto done;
	}
	on = ctx->today;
	if (on_arg && (status = cli_parse_date(ctx, &help, "--on", on_arg, &on)) != 0)
		goto done;
	if ((status = cli_target_find(ctx, &paths, operands.v[0], &target)) != 0)
		goto done;
	status = cli_target_save(
	    ctx, &target, &(const struct plan_edit_op){ .on = on, .ref = ref, .done = done });
done:
	cli_target_release(&target);
	opt_list_release(&operands);
	opt_list_release(&paths);
	return status;
}
