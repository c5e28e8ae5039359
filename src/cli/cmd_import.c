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

/* Counts the warnings of a kind, for the summary. */
static size_t count(const struct plan_diags *d, const char *code)
{
	size_t n = 0;

	for (size_t i = 0; i < d->n; i++)
		n += d->v[i].code && strcmp(d->v[i].code, code) == 0;
	return n;
}

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

static void summarize(struct cli_ctx *ctx, const char *file, const struct plan_import_summary *s,
		      const struct plan_diags *d)
{
	fprintf(ctx->err,
		"plan: %zu task%s and %zu subtask%s in %zu section%s, from table %zu of %zu in %s; "
		"%zu deadline%s not understood, %zu unit name%s not in the registry, %zu row%s "
		"joined to the row above, %zu TODO%s to fill\n",
		s->tasks, s->tasks == 1 ? "" : "s", s->subtasks, s->subtasks == 1 ? "" : "s",
		s->sections, s->sections == 1 ? "" : "s", s->table, s->tables, file,
		count(d, "unknown-deadline"), count(d, "unknown-deadline") == 1 ? "" : "s",
		s->units_unknown, s->units_unknown == 1 ? "" : "s", s->joined,
		s->joined == 1 ? "" : "s", s->placeholders, s->placeholders == 1 ? "" : "s");
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
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_set *registry = NULL;
	int status = cli_parse(ctx, &help, opts, argc, argv, &files);

	if (status >= 0)
		goto done;
	if (files.n != 1) {
		status = cli_usage_error(
		    ctx, &help, files.n ? "import one file at a time" : "name the file to import");
		goto done;
	}
	if ((status = cli_check_plan_id(ctx, &help, o.id)) != 0 ||
	    (issued && (status = cli_parse_date(ctx, &help, "--issued", issued, &o.issued)) != 0) ||
	    (year && (status = cli_parse_year(ctx, &help, year, &o.year)) != 0))
		goto done;
	if (table) {
		char *end;
		const unsigned long k = strtoul(table, &end, 10);

		if (*end || !k || k > 100000) {
			status = cli_usage_error(ctx, &help,
						 "invalid table '%s' for --table; "
						 "tables are numbered from 1",
						 table);
			goto done;
		}
		o.table = k;
	}
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
	if (status == EXIT_OK)
		summarize(ctx, files.v[0], &sum, &diags);
done:
	plan_diags_release(&diags);
	plan_buf_release(&out);
	plan_set_free(registry);
	opt_list_release(&files);
	opt_list_release(&units);
	return status;
}
