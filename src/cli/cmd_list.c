/* cmd_list.c - plan list: one row per task and subtask, filtered and sorted. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "output.h"
#include "plan/listing.h"
#include "plan/query.h"

static const struct cli_help help = {
	.name = "list",
	.usage = "[--plan ID]... [--unit UNIT]... [--role ROLE] [--with-collective]\n"
		 "                 [--status STATUS]... [--kind KIND]...\n"
		 "                 [--due-before DATE] [--due-after DATE] [--due-within DAYS]\n"
		 "                 [--overdue] [--grep PATTERN] [--sort ORDER] [--today DATE]\n"
		 "                 [--format FORMAT [--bom]] [-o FILE [--force]] [PATH...]",
	.about = "List every task and subtask of the plans: reference, lead units, deadline\n"
		 "as written, status and task text.  Subtasks show what they inherit from\n"
		 "their parent.  A task's due date is the first of its due dates that no\n"
		 "delivery has met.  The table fits the terminal; md, json and csv print\n"
		 "every field in full.",
};

static const char *const formats[] = { "table", "md", "json", "csv", "xlsx", NULL };
static const char *const sorts[] = { "due", "ref", "late", NULL };

struct list_args {
	struct opt_list paths, plans, statuses, kinds;
	struct cli_units units;
	const char *format, *sort, *today, *before, *after, *within, *grep;
	bool overdue;
	struct cli_output out;
};

/* Turns the options into a query; returns 0 or an exit status. */
static int build_query(struct plan_ctx *ctx, const struct list_args *a, struct plan_query *q,
		       struct plan_pattern **grep)
{
	struct plan_filter *f = &q->filter;
	struct plan_buf err = PLAN_BUF_INIT;
	plan_date d;
	int status;

	f->due_from = f->due_to = PLAN_DATE_NONE;
	if ((status = cli_parse_names(ctx, &help, "status", &a->statuses, plan_status_names,
				      PLAN_STATUS_COUNT, &f->statuses)) ||
	    (status = cli_parse_names(ctx, &help, "kind", &a->kinds, plan_kind_names,
				      PLAN_KIND_COUNT, &f->kinds)) ||
	    (status = cli_today(ctx, &help, a->today, &q->today)))
		return status;
	if (a->before) {
		if ((status = cli_parse_date(ctx, &help, "--due-before", a->before, &d)))
			return status;
		f->due_to = d - 1;
	}
	if (a->after) {
		if ((status = cli_parse_date(ctx, &help, "--due-after", a->after, &d)))
			return status;
		f->due_from = d + 1;
	}
	if (a->within) {
		char *end;
		long days = strtol(a->within, &end, 10);

		if (*end || end == a->within || days < 0 || days > 36500)
			return cli_usage_error(
			    ctx, &help, "invalid number of days '%s' for --due-within", a->within);
		if (f->due_from == PLAN_DATE_NONE || f->due_from < q->today)
			f->due_from = q->today;
		if (f->due_to == PLAN_DATE_NONE || f->due_to > q->today + days)
			f->due_to = q->today + (plan_date)days;
	}
	if (a->grep && !(*grep = plan_pattern_new(a->grep, &err))) {
		status = cli_usage_error(ctx, &help, "invalid pattern for --grep: %s", err.s);
		plan_buf_release(&err);
		return status;
	}
	f->grep = *grep;
	f->overdue = a->overdue;
	q->sort = !a->sort                      ? PLAN_SORT_DOCUMENT
		  : strcmp(a->sort, "due") == 0 ? PLAN_SORT_DUE
		  : strcmp(a->sort, "ref") == 0 ? PLAN_SORT_REF
						: PLAN_SORT_LATE;
	return 0;
}

int cmd_list(int argc, char **argv, struct plan_ctx *ctx)
{
	bool wide = false;
	struct list_args a = { .format = "table" };
	const struct opt opts[] = {
		{ "plan", 0, OPT_LIST, &a.plans, "ID", "only tasks of plan ID (repeatable)", NULL },
		CLI_UNIT_OPTIONS(a.units),
		{ "status", 0, OPT_LIST, &a.statuses, "STATUS",
		  "only tasks with STATUS: todo, doing, done, dropped (repeatable)", NULL },
		{ "kind", 0, OPT_LIST, &a.kinds, "KIND",
		  "only deadlines of KIND: date, recurring, ongoing, event, unknown", NULL },
		{ "due-before", 0, OPT_VALUE, &a.before, "DATE", "only tasks due before DATE",
		  NULL },
		{ "due-after", 0, OPT_VALUE, &a.after, "DATE", "only tasks due after DATE", NULL },
		{ "due-within", 0, OPT_VALUE, &a.within, "DAYS",
		  "only tasks due from today to DAYS days from now", NULL },
		{ "overdue", 0, OPT_FLAG, &a.overdue, NULL, "only tasks overdue today", NULL },
		{ "grep", 0, OPT_VALUE, &a.grep, "PATTERN",
		  "only tasks whose text, product or note matches PATTERN", NULL },
		{ "sort", 0, OPT_VALUE, &a.sort, "ORDER", "due, ref or late (default: as written)",
		  sorts },
		{ "today", 0, OPT_VALUE, &a.today, "DATE",
		  "the day to work as of (YYYY-MM-DD or DD/MM/YYYY)", NULL },
		{ "format", 0, OPT_VALUE, &a.format, "FORMAT",
		  "table, md, json, csv or xlsx (default: table)", formats },
		{ "wide", 0, OPT_FLAG, &wide, NULL,
		  "the table as wide as its cells, nothing cut (for less -S)", NULL },
		CLI_BOM_OPTION(a.out),
		CLI_OUTPUT_OPTIONS(a.out),
		OPT_END,
	};
	struct plan_query q = { 0 };
	struct plan_rows rows = PLAN_ROWS_INIT;
	struct plan_render_opts render = { .width = ctx->width };
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_pattern *grep = NULL;
	struct plan_set *set = NULL;
	enum plan_format format;
	int status = cli_parse(ctx, &help, opts, argc, argv, &a.paths);

	if (status >= 0)
		goto out;
	if ((status = cli_output_check(ctx, &help, &a.out, a.format)) != 0 ||
	    (status = build_query(ctx, &a, &q, &grep)) != 0)
		goto out;
	if ((status = cli_load_or_fail(ctx, &a.paths, &set)) != 0)
		goto out;
	if ((status = cli_check_plans(ctx, set, &a.plans)) != 0)
		goto out;
	if ((status = cli_units_apply(ctx, set, &a.units, &q.filter)) != 0)
		goto out;
	plan_format_parse(a.format, &format);
	q.filter.plans = a.plans.v;
	q.filter.n_plans = a.plans.n;
	q.deadlines = cli_deadlines(ctx);
	render.color = cli_color_out(ctx);
	if (wide)
		render.width = CLI_WIDE;
	render.sheet = cli_sheet_name(set, &a.plans, "list");
	plan_query_run(set, &q, &rows);
	if (plan_pattern_failed(grep, &out)) {
		status = cli_usage_error(ctx, NULL,
					 "the pattern '%s' of --grep costs too much to match (%s); "
					 "write it without nested repeats",
					 a.grep, out.s);
		goto out;
	}
	plan_listing_render(&rows, PLAN_LISTING_TASKS, a.units.collectives ? PLAN_LISTING_VIA : 0,
			    format, &render, &out);
	status = cli_output_write(ctx, &a.out, a.format, &out);
out:
	plan_buf_release(&out);
	plan_rows_release(&rows);
	plan_pattern_free(grep);
	plan_set_free(set);
	opt_list_release(&a.paths);
	opt_list_release(&a.plans);
	opt_list_release(&a.statuses);
	opt_list_release(&a.kinds);
	cli_units_release(&a.units);
	return status < 0 ? EXIT_OK : status;
}
