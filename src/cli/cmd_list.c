/* cmd_list.c - plan list: one row per task and subtask, filtered and sorted. */
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "listfilter.h"
#include "plan/listing.h"
#include "plan/query.h"

static const struct cli_help help = {
	.name = "list",
	.usage = "[--plan ID]... [--unit UNIT]... [--role ROLE] [--with-collective]\n"
		 "                 [--status STATUS]... [--kind KIND]...\n"
		 "                 [--due-before DATE] [--due-after DATE] [--due-within DAYS]\n"
		 "                 [--overdue] [--grep PATTERN] [--sort ORDER] [--today DATE]\n"
		 "                 [--columns LIST] [--format FORMAT [--bom]] [-o FILE [--force]]\n"
		 "                 [PATH...]",
	.about = "List every task and subtask of the plans: reference, lead units, deadline\n"
		 "as written, status and task text.  Subtasks show what they inherit from\n"
		 "their parent.  A task's due date is the first of its due dates that no\n"
		 "delivery has met.  The table fits the terminal; md, json and csv print\n"
		 "every field in full.",
};

static const char *const formats[] = { "table", "md", "json", "csv", "xlsx", NULL };
static const char *const sorts[] = { "due", "ref", "late", NULL };

/* --sort ORDER. */
static enum plan_sort sort_order(const char *name)
{
	return !name                      ? PLAN_SORT_DOCUMENT
	       : strcmp(name, "due") == 0 ? PLAN_SORT_DUE
	       : strcmp(name, "ref") == 0 ? PLAN_SORT_REF
					  : PLAN_SORT_LATE;
}

/* What the options gave. */
struct args {
	struct cli_list_filter filter;
	struct cli_list_print print;
	struct opt_list paths;
	const char *sort;
};

/* Parses list's options into a: what cli_parse() returns. */
static int parse(struct cli_ctx *ctx, int argc, char **argv, struct args *a)
{
	const struct opt opts[] = {
		{ "plan", 0, OPT_LIST, &a->filter.plans, "ID", "only tasks of plan ID (repeatable)",
		  NULL },
		CLI_UNIT_OPTIONS(a->filter.units),
		{ "status", 0, OPT_LIST, &a->filter.statuses, "STATUS",
		  "only tasks with STATUS: todo, doing, done, dropped (repeatable)", NULL },
		{ "kind", 0, OPT_LIST, &a->filter.kinds, "KIND",
		  "only deadlines of KIND: date, recurring, ongoing, event, unknown", NULL },
		CLI_LIST_DUE_OPTIONS(a->filter),
		{ "overdue", 0, OPT_FLAG, &a->filter.overdue, NULL, "only tasks overdue today",
		  NULL },
		{ "grep", 0, OPT_VALUE, &a->filter.grep, "PATTERN",
		  "only tasks whose text, product or note matches PATTERN", NULL },
		{ "sort", 0, OPT_VALUE, &a->sort, "ORDER", "due, ref or late (default: as written)",
		  sorts },
		{ "today", 0, OPT_VALUE, &a->filter.today, "DATE",
		  "the day to work as of (YYYY-MM-DD or DD/MM/YYYY)", NULL },
		CLI_LIST_PRINT_OPTIONS(a->print, formats),
		OPT_END,
	};

	return cli_parse(ctx, &help, opts, argc, argv, &a->paths);
}

int cmd_list(int argc, char **argv, struct cli_ctx *ctx)
{
	struct args a = { .print.format = "table" };
	struct plan_query q;
	struct plan_rows rows = PLAN_ROWS_INIT;
	struct plan_pattern *grep = NULL;
	struct plan_set *set = NULL;
	unsigned flags;
	int status = parse(ctx, argc, argv, &a);

	plan_query_init(&q, NULL, ctx->today);
	if (status >= 0)
		goto out;
	flags = a.filter.units.collectives ? PLAN_LISTING_VIA : 0;
	if ((status = cli_list_print_check(ctx, &help, &a.print, flags)) != 0 ||
	    (status = cli_list_filter_query(ctx, &help, &a.filter, &q, &grep)) != 0)
		goto out;
	q.sort = sort_order(a.sort);
	if ((status = cli_load_or_fail(ctx, &a.paths, &set)) != 0 ||
	    (status = cli_list_filter_run(ctx, &a.filter, set, &q, &rows)) != 0)
		goto out;
	status = cli_list_print(ctx, &a.print, set, &a.filter.plans, "list", &rows,
				PLAN_LISTING_TASKS, flags);
out:
	plan_rows_release(&rows);
	plan_pattern_free(grep);
	plan_set_free(set);
	opt_list_release(&a.paths);
	cli_list_filter_release(&a.filter);
	return status < 0 ? EXIT_OK : status;
}
