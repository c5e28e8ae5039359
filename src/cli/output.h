/*
 * output.h - where the tables of list, overdue, units and report go:
 * standard output or -o FILE (created whole, never over a file that
 * exists but with --force, as plan import -o), CSV with a byte-order mark
 * for Excel (--bom), and --format xlsx through the helper plan-xlsx.
 */
#ifndef PLAN_CLI_OUTPUT_H
#define PLAN_CLI_OUTPUT_H

#include "plan/listing.h"
#include "cli.h"

struct cli_output {
	const char *file; /* -o FILE, or NULL */
	bool force, bom;
};

/* The option table entries of struct cli_output o: -o, --force; and --bom. */
#define CLI_OUTPUT_OPTIONS(o)                                                                      \
	{ "output",  'o',    OPT_VALUE,                                                            \
	  &(o).file, "FILE", "write to FILE instead (a new file, but with --force)",               \
	  NULL },                                                                                  \
	{                                                                                          \
		"force", 0, OPT_FLAG, &(o).force, NULL, "with -o, replace FILE if it exists", NULL \
	}
#define CLI_BOM_OPTION(o)                                                          \
	{                                                                          \
		"bom", 0, OPT_FLAG, &(o).bom, NULL,                                \
		    "begin CSV with a byte-order mark, for Excel on Windows", NULL \
	}
#define CLI_COLUMNS_OPTION(list)                                            \
	{                                                                   \
		"columns", 0, OPT_VALUE, &(list), "LIST",                   \
		    "the columns, in order: ref,lead,task,... or all", NULL \
	}

/*
 * Parses list, --columns's value, into *out for plan list or overdue
 * (flags: PLAN_LISTING_VIA with --with-collective).  Returns 0, or
 * EXIT_USAGE after a usage error naming what is wrong with list.
 */
int cli_listing_columns(struct cli_ctx *ctx, const struct cli_help *help, const char *list,
			unsigned flags, struct plan_listing_columns *out);

/*
 * Checks that the output options go with each other and with the format
 * named (--format's value): --force with -o, --bom with csv, xlsx (which
 * is binary) not to a terminal but with -o.  Returns 0, or EXIT_USAGE
 * after a usage error.
 */
int cli_output_check(struct cli_ctx *ctx, const struct cli_help *help, const struct cli_output *o,
		     const char *format);

/*
 * Writes out, in the format named, as o says: xlsx (out then holds the
 * sheet stream of plan/sheet.h) through plan-xlsx, CSV after a byte-order
 * mark with --bom (unless it is empty).  Returns the exit status.
 */
int cli_output_write(struct cli_ctx *ctx, const struct cli_output *o, const char *format,
		     const struct plan_buf *out);

/*
 * The name of the sheet of a command's tasks: the plan's id when they
 * come from one plan (one --plan, or one plan loaded), else command.
 */
const char *cli_sheet_name(const struct plan_set *set, const struct opt_list *plans,
			   const char *command);

#endif
