/* cmd_list.c - plan list: one row per task and subtask. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "plan/alloc.h"
#include "plan/listing.h"
#include "plan/query.h"
#include "plan/suggest.h"

static const struct cli_help help = {
	.name = "list",
	.usage = "[--plan ID]... [--status STATUS]... [--format FORMAT] [PATH...]",
	.about = "List every task and subtask of the plans: reference, lead units, deadline\n"
		 "as written, status and task text.  Subtasks show what they inherit from\n"
		 "their parent.  The table fits the terminal; md, json and csv print every\n"
		 "field in full.",
};

static const char *const formats[] = { "table", "md", "json", "csv", NULL };

/*
 * Checks that every --plan names a loaded plan; returns 0 or an exit
 * status after an error that suggests the closest id, or lists them all.
 */
static int check_plans(struct plan_ctx *ctx, const struct plan_set *set, const struct opt_list *ids)
{
	const char **known = plan_xcalloc(set->n_plans + 1, sizeof(*known));
	struct plan_buf all = PLAN_BUF_INIT;
	const char *hint;
	int status = 0;

	for (size_t i = 0; i < set->n_plans; i++) {
		known[i] = set->plans[i]->id.s;
		plan_buf_addf(&all, "%s%s", i ? ", " : "", known[i]);
	}
	for (size_t i = 0; i < ids->n && !status; i++) {
		if (plan_set_find(set, ids->v[i]))
			continue;
		hint = plan_suggest(ids->v[i], known, set->n_plans);
		if (hint)
			status = cli_usage_error(ctx, NULL, "no plan '%s'; did you mean '%s'?",
						 ids->v[i], hint);
		else
			status = cli_usage_error(ctx, NULL, "no plan '%s'; the plans are %s",
						 ids->v[i], set->n_plans ? all.s : "none");
	}
	plan_buf_release(&all);
	free(known);
	return status;
}

/* Turns --status values (repeated or comma-separated) into a mask. */
static int parse_statuses(struct plan_ctx *ctx, const struct opt_list *given, unsigned *mask)
{
	for (size_t i = 0; i < given->n; i++) {
		const char *s = given->v[i];

		while (*s) {
			size_t len = strcspn(s, ",");
			enum plan_status st;

			if (plan_status_parse(s, len, &st) < 0)
				return cli_usage_error(ctx, &help,
						       "invalid status '%.*s'; expected todo, "
						       "doing, done or dropped",
						       (int)len, s);
			*mask |= 1u << st;
			s += len + (s[len] == ',');
		}
	}
	return 0;
}

int cmd_list(int argc, char **argv, struct plan_ctx *ctx)
{
	struct opt_list paths = { 0 }, plans = { 0 }, statuses = { 0 };
	const char *format_name = "table";
	const struct opt opts[] = {
		{ "plan", 0, OPT_LIST, &plans, "ID", "only tasks of plan ID (repeatable)", NULL },
		{ "status", 0, OPT_LIST, &statuses, "STATUS",
		  "only tasks with STATUS: todo, doing, done, dropped (repeatable)", NULL },
		{ "format", 0, OPT_VALUE, &format_name, "FORMAT",
		  "table, md, json or csv (default: table)", formats },
		OPT_END,
	};
	struct plan_filter filter = { 0 };
	struct plan_rows rows = PLAN_ROWS_INIT;
	struct plan_render_opts render = { ctx->width, false };
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_set *set = NULL;
	enum plan_format format;
	int status = cli_parse(ctx, &help, opts, argc, argv, &paths);

	if (status >= 0)
		goto out;
	if ((status = parse_statuses(ctx, &statuses, &filter.statuses)) != 0)
		goto out;
	if ((status = cli_load_or_fail(ctx, &paths, &set)) != 0)
		goto out;
	if ((status = check_plans(ctx, set, &plans)) != 0)
		goto out;
	plan_format_parse(format_name, &format);
	filter.plans = plans.v;
	filter.n_plans = plans.n;
	render.color = cli_color_out(ctx);
	plan_query(set, &filter, &rows);
	plan_listing_render(&rows, format, &render, &out);
	cli_write(ctx, &out);
out:
	plan_buf_release(&out);
	plan_rows_release(&rows);
	plan_set_free(set);
	opt_list_release(&paths);
	opt_list_release(&plans);
	opt_list_release(&statuses);
	return status < 0 ? EXIT_OK : status;
}
