/* cmd_report.c - plan report: where the plans stand, as a document to send. */
#include "commands.h"
#include "document.h"

static const struct cli_help help = {
	.name = "report",
	.usage = "[--plan ID]... [--unit UNIT]... [--role ROLE] [--with-collective]\n"
		 "                   [--today DATE] [--days N] [--lang LANG] [--format FORMAT]\n"
		 "                   [--mail --to ADDR... [--from ADDR] [--subject TEXT]]\n"
		 "                   [-o FILE [--force]] [PATH...]",
	.about = "Write a status report as of today (or --today), in Vietnamese (or English\n"
		 "with --lang en): the tasks in total, done, done late, overdue, due in the\n"
		 "next N days (--days, default 30), not yet due, ongoing, without a fixed\n"
		 "deadline and dropped, in total and per lead unit; then the overdue tasks,\n"
		 "the tasks due in the next N days and the deliveries of the last N days.\n"
		 "GitHub-flavoured Markdown, or one HTML page with --format html, or with\n"
		 "--mail a complete message for 'sendmail -t' holding both; or its tables\n"
		 "as the sheets of a workbook with --format xlsx.  In a git work tree the\n"
		 "footer names the commit the plans were read at.",
};

int cmd_report(int argc, char **argv, struct cli_ctx *ctx)
{
	return cli_document(argc, argv, ctx, &help, CLI_REPORT);
}
