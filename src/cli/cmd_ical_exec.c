/* cmd_ical_exec.c - plan ical, in plan: runs plan-ical, which alone links libical. */
#include "cli.h"
#include "commands.h"

int cmd_ical(int argc, char **argv, struct cli_ctx *ctx)
{
	(void)argc;
	(void)argv;
	return cli_run_helper(ctx, "plan-ical", "writes iCalendar for plan ical");
}
