/* cmd_overdue.c - plan overdue: the late tasks, most late first. */
#include "cli.h"
#include "commands.h"
#include "output.h"
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

int cmd_overdue(int argc, char **argv, struct cli_ctx *ctx)
{
	bool wide = false;
	struct opt_list paths = { 0 }, plans = { 0 };
	struct cli_units units = { 0 };
	struct cli_output output = { 0 };
	const char *format_name = "table", *today = NULL, *columns = NULL;
	const struct opt opts[] = {
		{ "plan", 0, OPT_LIST, &plans, "ID", "only tasks of plan ID (repeatable)", NULL },
		CLI_UNIT_OPTIONS(units),
		{ "today", 0, OPT_VALUE, &today, "DATE",
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
	struct plan_set *set = NULL;
	enum plan_format format;
	unsigned flags;
	int status = cli_parse(ctx, &help, opts, argc, argv, &paths);

	plan_query_init(&q, NULL, ctx->today);
	q.sort = PLAN_SORT_LATE;
	if (status >= 0)
		goto out;
	flags = units.collectives ? PLAN_LISTING_VIA : 0;
	if ((status = cli_output_check(ctx, &help, &output, format_name)) != 0 ||
	    (columns && (status = cli_listing_columns(ctx, &help, columns, flags, &cols)) != 0) ||
	    (status = cli_today(ctx, &help, today, &q.today)) != 0)
		goto out;
	if ((status = cli_load_or_fail(ctx, &paths, &set)) != 0)
		goto out;
	if ((status = cli_check_plans(ctx, set, &plans)) != 0)
		goto out;
	if ((status = cli_units_apply(ctx, set, &units, &q.filter)) != 0)
		goto out;
	plan_format_parse(format_name, &format);
	q.deadlines = cli_deadlines(ctx);
	q.filter.plans = plans.v;
	q.filter.n_plans = plans.n;
	q.filter.overdue = true;
	render.color = cli_color_out(ctx);
	if (wide)
		render.width = CLI_WIDE;
	render.sheet = cli_sheet_name(set, &plans, "overdue");
	plan_query_run(set, &q, &rows);
	if (columns && (rows.n || format == PLAN_FORMAT_XLSX))
		plan_listing_render_columns(&rows, &cols, format, &render, &out);
	else if (rows.n ||
		 format == PLAN_FORMAT_XLSX) /* a workbook, with its header, all the same */
		plan_listing_render(&rows, PLAN_LISTING_OVERDUE, flags, format, &render, &out);
	status = cli_output_write(ctx, &output, format_name, &out);
	cli_note_unread(ctx, rows.unread);
out:
	plan_buf_release(&out);
	plan_rows_release(&rows);
	plan_set_free(set);
	opt_list_release(&paths);
	opt_list_release(&plans);
	cli_units_release(&units);
	return status < 0 ? EXIT_OK : status;
}
