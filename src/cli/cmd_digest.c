/* cmd_digest.c - plan digest: what a weekly mail says; nothing when there is no news. */
#include "commands.h"
#include "document.h"

static const struct cli_help help = {
	.name = "digest",
	.usage = "[--plan ID]... [--unit UNIT]... [--role ROLE] [--with-collective]\n"
		 "                   [--today DATE] [--days N] [--lang LANG] [--format FORMAT]\n"
		 "                   [--mail --to ADDR... [--from ADDR] [--subject TEXT]]\n"
		 "                   [-o FILE [--force]] [PATH...]",
	.about = "Write what a weekly mail needs, as of today (or --today), in Vietnamese\n"
		 "(or English with --lang en): the tasks that became overdue in the last N\n"
		 "days (--days, default 7), those still overdue from before, the tasks due\n"
		 "in the next N days and the deliveries of the last N days.  Markdown, an\n"
		 "HTML page with --format html, or with --mail a complete message for\n"
		 "'sendmail -t'.  Prints nothing (and writes no -o FILE), and exits 0, when\n"
		 "there is nothing to say.",
};

int cmd_digest(int argc, char **argv, struct cli_ctx *ctx)
{
	return cli_document(argc, argv, ctx, &help, CLI_DIGEST);
}
