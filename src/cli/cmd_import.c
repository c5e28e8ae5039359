/* cmd_import.c - plan import: a plan from the table of a document a clerk receives. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "plan/import.h"
#include "plan/set.h"
#include "plan/file.h"
#include "text.h"

static const struct cli_help help = {
	.name = "import",
	.usage = "[--plan ID] [--number N] [--title T] [--issuer BODY] [--issued YYYY-MM-DD]\n"
		 "                   [--year YYYY] [--table K] [--units REGISTRY]... [-o FILE "
		 "[--force]]\n"
		 "                   FILE",
	.about = "Read the table of tasks of FILE (.docx, .odt, .xlsx, .csv, .tsv or pasted\n"
		 "text) and write it as a plan, in plan fmt's layout, to standard output or\n"
		 "to -o FILE (never over a file that exists, but with --force).  What the\n"
		 "options leave out comes from the document: its number, date, issuing body\n"
		 "and title.  Warnings (FILE:TABLE:ROW:COLUMN) say what it was unsure of;\n"
		 "a summary ends them.",
};

/* The registry names come from: --units, else the plans plan reads by default. */
static int load_registry(struct cli_ctx *ctx, const struct opt_list *units, struct plan_set **set)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf dir = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	int status = 0;

	if (units->n) {
		status = cli_load_or_fail(ctx, units, set);
	} else if (cli_default_paths(ctx, &dir, &err) == 0) {
		const char *path = dir.s;

		/* a plan with errors there does not stop the import: only its registry counts */
		plan_set_load(set, &path, 1, NULL, &diags);
	}
	plan_diags_release(&diags);
	plan_buf_release(&dir);
	plan_buf_release(&err);
	return status;
}

/* The options that need a check beyond the parser's; returns 0, or the usage error's status. */
static int check_options(struct cli_ctx *ctx, const struct opt_list *files, const char *issued,
			 const char *year, const char *table, struct plan_import_opts *o)
{
	int status;

	if (files->n != 1)
		return cli_usage_error(
		    ctx, &help, files->n ? "import one file at a time" : "name the file to import");
	if ((status = cli_check_plan_id(ctx, &help, o->id)) != 0 ||
	    (issued &&
	     (status = cli_parse_date(ctx, &help, "--issued", issued, &o->issued)) != 0) ||
	    (year && (status = cli_parse_year(ctx, &help, year, &o->year)) != 0))
		return status;
	if (table && plan_import_table_parse(table, &o->table) != 0)
		return cli_usage_error(ctx, &help,
				       "invalid table '%s' for --table; tables are numbered from 1",
				       table);
	return 0;
}

int cmd_import(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list files = { 0 }, units = { 0 };
	const char *issued = NULL, *year = NULL, *table = NULL, *output = NULL;
	bool force = false;
	struct plan_import_opts o = { .issued = PLAN_DATE_NONE };
	const struct opt opts[] = {
		{ "plan", 0, OPT_VALUE, &o.id, "ID", "the plan's id (default: from its number)",
		  NULL },
		{ "number", 0, OPT_VALUE, &o.number, "N", "its number, e.g. 365/QĐ-BTP", NULL },
		{ "title", 0, OPT_VALUE, &o.title, "T", "its title", NULL },
		{ "issuer", 0, OPT_VALUE, &o.issuer, "BODY", "the body that issued it", NULL },
		{ "issued", 0, OPT_VALUE, &issued, "YYYY-MM-DD", "the day it was signed", NULL },
		{ "year", 0, OPT_VALUE, &year, "YYYY", "the year 'Tháng 3' means", NULL },
		{ "table", 0, OPT_VALUE, &table, "K",
		  "read table K (default: the first whose header names tasks)", NULL },
		{ "units", 0, OPT_LIST, &units, "REGISTRY",
		  "the unit registry to check names with (default: the plans' own)", NULL },
		{ "output", 'o', OPT_VALUE, &output, "FILE", "write the plan to FILE", NULL },
		{ "force", 0, OPT_FLAG, &force, NULL, "with -o, replace FILE if it exists", NULL },
		OPT_END,
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_import_summary sum = { 0 };
	struct plan_buf out = PLAN_BUF_INIT, line = PLAN_BUF_INIT;
	struct plan_set *registry = NULL;
	int status = cli_parse(ctx, &help, opts, argc, argv, &files);

	if (status >= 0)
		goto done;
	if ((status = check_options(ctx, &files, issued, year, table, &o)) != 0)
		goto done;
	if (force && !output) {
		status = cli_usage_error(ctx, &help, "--force goes with -o FILE");
		goto done;
	}
	if ((status = load_registry(ctx, &units, &registry)) != 0)
		goto done;
	status = EXIT_USAGE;
	if (plan_import(files.v[0], &o, registry, &out, &diags, &sum) == 0 &&
	    (!output || plan_file_create(output, out.s, out.len, force, &diags) == 0)) {
		if (!output)
			cli_write(ctx, &out);
		status = EXIT_OK;
	}
	cli_print_diags(ctx, &diags, true);
	if (status == EXIT_OK) {
		plan_import_summary_format(&sum, files.v[0], &line);
		fprintf(ctx->err, "plan: %s\n", line.s);
	}
done:
	plan_diags_release(&diags);
	plan_buf_release(&out);
	plan_buf_release(&line);
	plan_set_free(registry);
	opt_list_release(&files);
	opt_list_release(&units);
	return status;
}
