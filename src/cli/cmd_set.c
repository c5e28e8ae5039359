/* cmd_set.c - plan set: one field of one task, changed in place. */
#include <string.h>

#include "commands.h"
#include "plan/edit.h"
#include "suggest.h"
#include "text.h"
#include "taskedit.h"

static const struct cli_help help = {
	.name = "set",
	.usage = "[--in PATH]... REF FIELD [VALUE...]",
	.about = "Set FIELD of the task REF (PLAN/ID) to VALUE: status (todo, doing, done,\n"
		 "dropped), deadline, note, product, task and funding take one value; lead,\n"
		 "support and due (YYYY-MM-DD) a list of them, none for an empty list.  Only\n"
		 "the bytes of that value change, so that the git diff is the changed\n"
		 "line(s) alone; the new file is checked before it replaces the old one,\n"
		 "atomically, and not at all if the file changed on disk meanwhile.  Prints\n"
		 "the change.",
};

int cmd_set(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list operands = { 0 }, paths = { 0 };
	const struct opt opts[] = {
		{ "in", 0, OPT_LIST, &paths, "PATH",
		  "the plans to look in (default: as for the other commands)", NULL },
		OPT_END,
	};
	struct cli_target target = { 0 };
	const char *hint;
	int status = cli_parse(ctx, &help, opts, argc, argv, &operands);

	if (status >= 0)
		goto done;
	if (operands.n < 2) {
		status = cli_usage_error(ctx, &help, "name a task and a field");
		goto done;
	}
	if (plan_name_find(plan_edit_fields, PLAN_EDIT_FIELDS, operands.v[1],
			   strlen(operands.v[1])) < 0) {
		hint = plan_suggest(operands.v[1], plan_edit_fields, PLAN_EDIT_FIELDS);
		status = hint ? cli_usage_error(ctx, &help,
						"plan set cannot change '%s'; did you mean '%s'?",
						operands.v[1], hint)
			      : cli_usage_error(ctx, &help,
						"plan set cannot change '%s'; it changes status, "
						"due, deadline, note, lead, support, product, "
						"task and funding",
						operands.v[1]);
		goto done;
	}
	if ((status = cli_target_find(ctx, &paths, operands.v[0], &target)) != 0)
		goto done;
	status = cli_target_save(ctx, &target,
				 &(const struct plan_edit_op){ .field = operands.v[1],
							       .values = operands.v + 2,
							       .n = operands.n - 2 });
done:
	cli_target_release(&target);
	opt_list_release(&operands);
	opt_list_release(&paths);
	return status;
}
