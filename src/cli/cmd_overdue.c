/* cmd_overdue.c - plan overdue: the late tasks, most late first. */
#include "cli.h"
#include "commands.h"
#include "listfilter.h"
#include "plan/listing.h"
#include "plan/query.h"

static const struct cli_help help = {
	.name = "overdue",
	.usage = "[--plan ID]... [--unit UNIT]... [--role ROLE] [--with-collective]\n"
		 "                    [--today DATE] [--columns LIST] [--format FORMAT [--bom]]\n"
		 "                    [-o FILE [--force]] [PATH...]",
	.about = "List the tasks and subtasks that are overdue today (or on --today):\n"
		 "reference, lead units, deadline as written, the due date missed, days\n"
		 "late and task text, most late first.  Prints nothing, and exits 0, when\n"
		 "nothing is overdue, so that a cron job mails only when there is news.",
};

static const char *const formats[] = { "table", "md", "json", "csv", "xlsx", NULL };

/* What the options gave: of the filter, only plans, units and today. */
struct args {
	struct cli_list_filter filter;
	struct cli_list_print print;
	struct opt_list paths;
};

/* Parses overdue's options into a: what cli_parse() returns. */
static int parse(struct cli_ctx *ctx, int argc, char **argv, struct args *a)
{
	const struct opt opts[] = {
		{ "plan", 0, OPT_LIST, &a->filter.plans, "ID", "only tasks of plan ID (repeatable)",
		  NULL },
		CLI_UNIT_OPTIONS(a->filter.units),
		{ "today", 0, OPT_VALUE, &a->filter.today, "DATE",
		  "the day to work as of (YYYY-MM-DD or DD/MM/YYYY)", NULL },
		CLI_LIST_PRINT_OPTIONS(a->print, formats),
		OPT_END,
	};

	return cli_parse(ctx, &help, opts, argc, argv, &a->paths);
}

int cmd_overdue(int argc, char **argv, struct cli_ctx *ctx)
{
	struct args a = { .filter.overdue = true, .print.format = "table" };
	struct plan_query q;
	struct plan_rows rows = PLAN_ROWS_INIT;
	struct plan_pattern *grep = NULL; /* none: overdue has no --grep */
	struct plan_set *set = NULL;
	unsigned flags;
	int status = parse(ctx, argc, argv, &a);

	plan_query_init(&q, NULL, ctx->today);
	q.sort = PLAN_SORT_LATE;
	if (status >= 0)
		goto out;
	flags = a.filter.units.collectives ? PLAN_LISTING_VIA : 0;
	if ((status = cli_list_print_check(ctx, &help, &a.print, flags)) != 0 ||
	    (status = cli_list_filter_query(ctx, &help, &a.filter, &q, &grep)) != 0)
		goto out;
	if ((status = cli_load_or_fail(ctx, &a.paths, &set)) != 0 ||
	    (status = cli_list_filter_run(ctx, &a.filter, set, &q, &rows)) != 0)
		goto out;
	status = cli_list_print(ctx, &a.print, set, &a.filter.plans, "overdue", &rows,
				PLAN_LISTING_OVERDUE, flags);
	cli_note_unread(ctx, rows.unread);
out:
	plan_rows_release(&rows);
	plan_set_free(set);
	cli_list_filter_release(&a.filter);
	opt_list_release(&a.paths);
	return status < 0 ? EXIT_OK : status;
}
