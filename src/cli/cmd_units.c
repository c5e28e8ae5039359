/* cmd_units.c - plan units: every unit, its tasks; unknown and alike names. */
#include "cli.h"
#include "commands.h"
#include "output.h"
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

/* What the options gave. */
struct args {
	struct opt_list paths;
	struct cli_output output;
	const char *format, *today;
	bool unknown, suspicious, wide;
};

/* Parses units's options into a: what cli_parse() returns. */
static int parse(struct cli_ctx *ctx, int argc, char **argv, struct args *a)
{
	const struct opt opts[] = {
		{ "unknown", 0, OPT_FLAG, &a->unknown, NULL,
		  "list the names the registry does not know", NULL },
		{ "suspicious", 0, OPT_FLAG, &a->suspicious, NULL,
		  "list pairs of names that may be misprints of each other", NULL },
		{ "today", 0, OPT_VALUE, &a->today, "DATE", "the day to count overdue tasks as of",
		  NULL },
		{ "format", 0, OPT_VALUE, &a->format, "FORMAT",
		  "table, md, json, csv or xlsx (default: table)", formats },
		{ "wide", 0, OPT_FLAG, &a->wide, NULL,
		  "the table as wide as its cells, nothing cut (for less -S)", NULL },
		CLI_BOM_OPTION(a->output),
		CLI_OUTPUT_OPTIONS(a->output),
		OPT_END,
	};

	return cli_parse(ctx, &help, opts, argc, argv, &a->paths);
}

int cmd_units(int argc, char **argv, struct cli_ctx *ctx)
{
	struct args a = { .format = "table" };
	struct plan_render_opts render = { .width = ctx->width };
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_set *set = NULL;
	enum plan_unit_list list;
	enum plan_format format;
	plan_date today;
	size_t findings;
	int written, status = parse(ctx, argc, argv, &a);

	if (status >= 0)
		goto done;
	if (a.unknown && a.suspicious) {
		status = cli_usage_error(ctx, &help, "--unknown and --suspicious go one at a time");
		goto done;
	}
	if ((status = cli_output_check(ctx, &help, &a.output, a.format)) != 0 ||
	    (status = cli_today(ctx, &help, a.today, &today)) != 0 ||
	    (status = cli_load_or_fail(ctx, &a.paths, &set)) != 0)
		goto done;
	list = a.unknown      ? PLAN_UNIT_LIST_UNKNOWN
	       : a.suspicious ? PLAN_UNIT_LIST_SUSPICIOUS
			      : PLAN_UNIT_LIST_ALL;
	plan_format_parse(a.format, &format);
	render.color = cli_color_out(ctx);
	if (a.wide)
		render.width = CLI_WIDE;
	/* the deadline engine only for the counts: the lists read no deadline */
	findings =
	    plan_unit_list_render(set, list, list == PLAN_UNIT_LIST_ALL ? cli_deadlines(ctx) : NULL,
				  today, format, &render, &out);
	status = findings ? EXIT_PROBLEMS : EXIT_OK;
	if ((written = cli_output_write(ctx, &a.output, a.format, &out)) != EXIT_OK)
		status = written;
done:
	plan_set_free(set);
	plan_buf_release(&out);
	opt_list_release(&a.paths);
	return status;
}
