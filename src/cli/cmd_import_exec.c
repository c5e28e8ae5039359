/* cmd_import_exec.c - plan import, in plan: runs plan-import, which alone links libzip, libxml2. */
#include "cli.h"
#include "commands.h"

int cmd_import(int argc, char **argv, struct cli_ctx *ctx)
{
	(void)argc;
	(void)argv;
	return cli_run_helper(ctx, "plan-import", "reads documents for plan import");
}
