/* cmd_list.c - plan list: one row per task and subtask, filtered and sorted. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "listfilter.h"
#include "output.h"
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

int cmd_list(int argc, char **argv, struct cli_ctx *ctx)
{
	bool wide = false;
	struct cli_list_filter a = { 0 };
	struct opt_list paths = { 0 };
	struct cli_output output = { 0 };
	const char *format_name = "table", *sort = NULL, *columns = NULL;
	const struct opt opts[] = {
		{ "plan", 0, OPT_LIST, &a.plans, "ID", "only tasks of plan ID (repeatable)", NULL },
		CLI_UNIT_OPTIONS(a.units),
		{ "status", 0, OPT_LIST, &a.statuses, "STATUS",
		  "only tasks with STATUS: todo, doing, done, dropped (repeatable)", NULL },
		{ "kind", 0, OPT_LIST, &a.kinds, "KIND",
		  "only deadlines of KIND: date, recurring, ongoing, event, unknown", NULL },
		CLI_LIST_DUE_OPTIONS(a),
		{ "overdue", 0, OPT_FLAG, &a.overdue, NULL, "only tasks overdue today", NULL },
		{ "grep", 0, OPT_VALUE, &a.grep, "PATTERN",
		  "only tasks whose text, product or note matches PATTERN", NULL },
		{ "sort", 0, OPT_VALUE, &sort, "ORDER", "due, ref or late (default: as written)",
		  sorts },
		{ "today", 0, OPT_VALUE, &a.today, "DATE",
		  "the day to work as of (YYYY-MM-DD or DD/MM/YYYY)", NULL },
		{ "format", 0, OPT_VALUE, &format_name, "FORMAT",
		  "table, md, json, csv or xlsx (default: table)", formats },
		CLI_COLUMNS_OPTION(columns),
		{ "wide", 0, OPT_FLAG, &wide, NULL,
		  "the table as wide as its cells, nothing cut (for less -S)", NULL },
		CLI_BOM_OPTION(output),
		CLI_OUTPUT_OPTIONS(output),
		OPT_END,
	};
	struct plan_listing_columns cols;
	struct plan_query q;
	struct plan_rows rows = PLAN_ROWS_INIT;
	struct plan_render_opts render = { .width = ctx->width };
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_pattern *grep = NULL;
	struct plan_set *set = NULL;
	enum plan_format format;
	unsigned flags;
	int status = cli_parse(ctx, &help, opts, argc, argv, &paths);

	plan_query_init(&q, NULL, ctx->today);
	if (status >= 0)
		goto out;
	flags = a.units.collectives ? PLAN_LISTING_VIA : 0;
	if ((status = cli_output_check(ctx, &help, &output, format_name)) != 0 ||
	    (columns && (status = cli_listing_columns(ctx, &help, columns, flags, &cols)) != 0) ||
	    (status = cli_list_filter_query(ctx, &help, &a, &q, &grep)) != 0)
		goto out;
	q.sort = sort_order(sort);
	if ((status = cli_load_or_fail(ctx, &paths, &set)) != 0)
		goto out;
	if ((status = cli_list_filter_run(ctx, &a, set, &q, &rows)) != 0)
		goto out;
	plan_format_parse(format_name, &format);
	render.color = cli_color_out(ctx);
	if (wide)
		render.width = CLI_WIDE;
	render.sheet = cli_sheet_name(set, &a.plans, "list");
	if (columns)
		plan_listing_render_columns(&rows, &cols, format, &render, &out);
	else
		plan_listing_render(&rows, PLAN_LISTING_TASKS, flags, format, &render, &out);
	status = cli_output_write(ctx, &output, format_name, &out);
out:
	plan_buf_release(&out);
	plan_rows_release(&rows);
	plan_pattern_free(grep);
	plan_set_free(set);
	opt_list_release(&paths);
	cli_list_filter_release(&a);
	return status < 0 ? EXIT_OK : status;
}
