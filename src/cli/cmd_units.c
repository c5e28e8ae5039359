/* cmd_units.c - plan units: every unit, its tasks; unknown and alike names. */
#include <stdlib.h>

#include "cli.h"
#include "commands.h"
#include "output.h"
#include "alloc.h"
#include "plan/unitlist.h"

static const struct cli_help help = {
	.name = "units",
	.usage = "[--unknown | --suspicious] [--today DATE] [--format FORMAT [--bom]]\n"
		 "                  [-o FILE [--force]] [PATH...]",
	.about = "List every unit: its name, parent body, kind (unit, collective, or unknown:\n"
		 "a name plans use that the registry does not know), the tasks it leads and\n"
		 "supports, and of those it leads the done and the overdue.  --unknown lists\n"
		 "every use of a name the registry does not know, with its position;\n"
		 "--suspicious, the pairs of names within two edits of each other once\n"
		 "folded, unless they differ only in capitals, spacing or punctuation.\n"
		 "Either exits 1 when it finds something, else 0 (and prints nothing, or\n"
		 "[] as JSON).",
};

static const char *const formats[] = { "table", "md", "json", "csv", "xlsx", NULL };

int cmd_units(int argc, char **argv, struct cli_ctx *ctx)
{
	bool wide = false;
	struct opt_list paths = { 0 };
	struct cli_output output = { 0 };
	const char *format_name = "table", *today_arg = NULL;
	bool unknown = false, suspicious = false;
	const struct opt opts[] = {
		{ "unknown", 0, OPT_FLAG, &unknown, NULL,
		  "list the names the registry does not know", NULL },
		{ "suspicious", 0, OPT_FLAG, &suspicious, NULL,
		  "list pairs of names that may be misprints of each other", NULL },
		{ "today", 0, OPT_VALUE, &today_arg, "DATE", "the day to count overdue tasks as of",
		  NULL },
		{ "format", 0, OPT_VALUE, &format_name, "FORMAT",
		  "table, md, json, csv or xlsx (default: table)", formats },
		{ "wide", 0, OPT_FLAG, &wide, NULL,
		  "the table as wide as its cells, nothing cut (for less -S)", NULL },
		CLI_BOM_OPTION(output),
		CLI_OUTPUT_OPTIONS(output),
		OPT_END,
	};
	struct plan_render_opts render = { .width = ctx->width };
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_unit_index *idx = NULL;
	struct plan_set *set = NULL;
	enum plan_format format;
	plan_date today;
	int written, status = cli_parse(ctx, &help, opts, argc, argv, &paths);

	if (status >= 0)
		goto done;
	if (unknown && suspicious) {
		status = cli_usage_error(ctx, &help, "--unknown and --suspicious go one at a time");
		goto done;
	}
	if ((status = cli_output_check(ctx, &help, &output, format_name)) != 0 ||
	    (status = cli_today(ctx, &help, today_arg, &today)) != 0)
		goto done;
	if ((status = cli_load_or_fail(ctx, &paths, &set)) != 0)
		goto done;
	plan_format_parse(format_name, &format);
	render.color = cli_color_out(ctx);
	if (wide)
		render.width = CLI_WIDE;
	idx = plan_unit_index_new(set);
	status = EXIT_OK;
	if (unknown) {
		struct plan_unit_uses uses = { 0 };

		plan_unit_unknown(idx, set, &uses);
		render.sheet = "unknown";
		if (uses.n || format == PLAN_FORMAT_JSON || format == PLAN_FORMAT_XLSX)
			plan_unit_uses_render(&uses, format, &render, &out);
		status = uses.n ? EXIT_PROBLEMS : EXIT_OK;
		plan_unit_uses_release(&uses);
	} else if (suspicious) {
		struct plan_unit_pairs pairs = { 0 };

		plan_unit_suspicious(idx, set, &pairs);
		render.sheet = "suspicious";
		if (pairs.n || format == PLAN_FORMAT_JSON || format == PLAN_FORMAT_XLSX)
			plan_unit_pairs_render(&pairs, format, &render, &out);
		status = pairs.n ? EXIT_PROBLEMS : EXIT_OK;
		plan_unit_pairs_release(&pairs);
	} else {
		struct plan_unit_stats *stats =
		    plan_xcalloc(plan_unit_count(idx) + 1, sizeof(*stats));
		struct plan_query q;
		struct plan_snapshot snap;

		plan_query_init(&q, cli_deadlines(ctx), today);
		render.sheet = "units";
		plan_snapshot_take(&snap, set, &q, idx, 1);
		plan_unit_stats_count(idx, &snap, stats);
		plan_unit_stats_render(stats, plan_unit_count(idx), format, &render, &out);
		plan_snapshot_release(&snap);
		free(stats);
	}
	if ((written = cli_output_write(ctx, &output, format_name, &out)) != EXIT_OK)
		status = written;
done:
	plan_unit_index_free(idx);
	plan_set_free(set);
	plan_buf_release(&out);
	opt_list_release(&paths);
	return status;
}
