/* listfilter.c - the task-choosing options of plan list, shared with plan ical. */
#include "listfilter.h"

#include <stdlib.h>

/* --due-within DAYS narrows the due window to today .. today + DAYS. */
static int due_within(struct cli_ctx *ctx, const struct cli_help *help, const char *within,
		      plan_date today, struct plan_filter *f)
{
	char *end;
	long days = strtol(within, &end, 10);

	if (*end || end == within || days < 0 || days > 36500)
		return cli_usage_error(ctx, help, "invalid number of days '%s' for --due-within",
				       within);
	if (f->due_from == PLAN_DATE_NONE || f->due_from < today)
		f->due_from = today;
	if (f->due_to == PLAN_DATE_NONE || f->due_to > today + days)
		f->due_to = today + (plan_date)days;
	return 0;
}

int cli_list_filter_query(struct cli_ctx *ctx, const struct cli_help *help,
			  const struct cli_list_filter *a, struct plan_query *q,
			  struct plan_pattern **grep)
{
	struct plan_filter *f = &q->filter;
	struct plan_buf err = PLAN_BUF_INIT;
	plan_date d;
	int status;

	if ((status = cli_parse_names(ctx, help, "status", &a->statuses, plan_status_names,
				      PLAN_STATUS_COUNT, &f->statuses)) ||
	    (status = cli_parse_names(ctx, help, "kind", &a->kinds, plan_kind_names,
				      PLAN_KIND_COUNT, &f->kinds)) ||
	    (status = cli_today(ctx, help, a->today, &q->today)))
		return status;
	if (a->before) {
		if ((status = cli_parse_date(ctx, help, "--due-before", a->before, &d)))
			return status;
		f->due_to = d - 1;
	}
	if (a->after) {
		if ((status = cli_parse_date(ctx, help, "--due-after", a->after, &d)))
			return status;
		f->due_from = d + 1;
	}
	if (a->within && (status = due_within(ctx, help, a->within, q->today, f)))
		return status;
	if (a->grep && !(*grep = plan_pattern_new(a->grep, &err))) {
		status = cli_usage_error(ctx, help, "invalid pattern for --grep: %s", err.s);
		plan_buf_release(&err);
		return status;
	}
	f->grep = *grep;
	f->overdue = a->overdue;
	return 0;
}

int cli_list_filter_run(struct cli_ctx *ctx, struct cli_list_filter *f, const struct plan_set *set,
			struct plan_query *q, struct plan_rows *rows)
{
	struct plan_buf why = PLAN_BUF_INIT;
	int status;

	if ((status = cli_check_plans(ctx, set, &f->plans)) != 0 ||
	    (status = cli_units_apply(ctx, set, &f->units, &q->filter)) != 0)
		return status;
	q->filter.plans = f->plans.v;
	q->filter.n_plans = f->plans.n;
	q->deadlines = cli_deadlines(ctx);
	plan_query_run(set, q, rows);
	if (plan_pattern_failed(q->filter.grep, &why)) {
		status = cli_usage_error(ctx, NULL,
					 "the pattern '%s' of --grep costs too much to match (%s); "
					 "write it without nested repeats",
					 f->grep, why.s);
		plan_buf_release(&why);
		return status;
	}
	plan_buf_release(&why);
	return 0;
}

void cli_list_filter_release(struct cli_list_filter *f)
{
	opt_list_release(&f->plans);
	opt_list_release(&f->statuses);
	opt_list_release(&f->kinds);
	cli_units_release(&f->units);
}

int cli_list_print_check(struct cli_ctx *ctx, const struct cli_help *help, struct cli_list_print *p,
			 unsigned flags)
{
	int status = cli_output_check(ctx, help, &p->output, p->format);

	if (!status && p->columns)
		status = cli_listing_columns(ctx, help, p->columns, flags, &p->cols);
	return status;
}

int cli_list_print(struct cli_ctx *ctx, const struct cli_list_print *p, const struct plan_set *set,
		   const struct opt_list *plans, const char *command, const struct plan_rows *rows,
		   enum plan_listing what, unsigned flags)
{
	struct plan_render_opts render = {
		.width = p->wide ? CLI_WIDE : ctx->width,
		.color = cli_color_out(ctx),
		.sheet = cli_sheet_name(set, plans, command),
	};
	struct plan_buf out = PLAN_BUF_INIT;
	enum plan_format format = PLAN_FORMAT_TABLE;
	bool quiet;
	int status;

	plan_format_parse(p->format, &format);
	/* nothing late, nothing said; but a workbook, with its header, all the same */
	quiet = what == PLAN_LISTING_OVERDUE && !rows->n && format != PLAN_FORMAT_XLSX;

	if (!quiet && p->columns)
		plan_listing_render_columns(rows, &p->cols, format, &render, &out);
	else if (!quiet)
		plan_listing_render(rows, what, flags, format, &render, &out);
	status = cli_output_write(ctx, &p->output, p->format, &out);
	plan_buf_release(&out);
	return status;
}
