/*
 * listfilter.h - the options that choose tasks, as plan list has them, for
 * the commands that choose tasks the same way (plan list, plan overdue,
 * plan ical), and those that print them (plan list, plan overdue).
 */
#ifndef PLAN_CLI_LISTFILTER_H
#define PLAN_CLI_LISTFILTER_H

#include "cli.h"
#include "output.h"
#include "plan/listing.h"
#include "plan/pattern.h"
#include "plan/query.h"

/* What the options gave; a command's option table points into it. */
struct cli_list_filter {
	struct opt_list plans, statuses, kinds;
	struct cli_units units;
	const char *today, *before, *after, *within, *grep;
	bool overdue;
};

/* The option table entries of the due dates a task's first unmet one must be in. */
#define CLI_LIST_DUE_OPTIONS(f)                                                                   \
	{ "due-before", 0, OPT_VALUE, &(f).before, "DATE", "only tasks due before DATE", NULL },  \
	    { "due-after", 0, OPT_VALUE, &(f).after, "DATE", "only tasks due after DATE", NULL }, \
	{                                                                                         \
		"due-within", 0, OPT_VALUE, &(f).within, "DAYS",                                  \
		    "only tasks due from today to DAYS days from now", NULL                       \
	}

/*
 * Sets q's day and filter from f's dates, statuses, kinds and --grep (whose
 * compiled pattern it stores in *grep, freed by the caller with
 * plan_pattern_free()).  Returns 0, or EXIT_USAGE after a usage error.
 */
int cli_list_filter_query(struct cli_ctx *ctx, const struct cli_help *help,
			  const struct cli_list_filter *f, struct plan_query *q,
			  struct plan_pattern **grep);

/*
 * Checks f's plans and units against set, completes q with them and the
 * deadline engine, and runs it into rows.  Returns 0, or EXIT_USAGE after
 * an error (a plan or unit that is none, a pattern too costly to match).
 */
int cli_list_filter_run(struct cli_ctx *ctx, struct cli_list_filter *f, const struct plan_set *set,
			struct plan_query *q, struct plan_rows *rows);

void cli_list_filter_release(struct cli_list_filter *f);

/* How plan list and plan overdue print their tasks; a command's option table points into it. */
struct cli_list_print {
	const char *format;  /* --format: set it to "table" before parsing */
	const char *columns; /* --columns, as given, or NULL */
	bool wide;
	struct cli_output output;
	struct plan_listing_columns cols; /* --columns, parsed by cli_list_print_check() */
};

/* The option table entries of struct cli_list_print p, formats the values of --format. */
#define CLI_LIST_PRINT_OPTIONS(p, formats)                                                  \
	{ "format",    0,        OPT_VALUE,                                                 \
	  &(p).format, "FORMAT", "table, md, json, csv or xlsx (default: table)",           \
	  formats },                                                                        \
	    CLI_COLUMNS_OPTION((p).columns),                                                \
	    { "wide",    0,    OPT_FLAG,                                                    \
	      &(p).wide, NULL, "the table as wide as its cells, nothing cut (for less -S)", \
	      NULL },                                                                       \
	    CLI_BOM_OPTION((p).output), CLI_OUTPUT_OPTIONS((p).output)

/*
 * Checks p's output options and parses its --columns (flags:
 * PLAN_LISTING_VIA with --with-collective).  Returns 0, or EXIT_USAGE
 * after a usage error.
 */
int cli_list_print_check(struct cli_ctx *ctx, const struct cli_help *help, struct cli_list_print *p,
			 unsigned flags);

/*
 * Renders rows of set as what (with p's columns when given) and writes
 * them as p says, the workbook's sheet named by cli_sheet_name(set,
 * plans, command).  PLAN_LISTING_OVERDUE prints nothing when no row is
 * late, but a workbook (a cron job mails only when there is news).
 * Returns the exit status.
 */
int cli_list_print(struct cli_ctx *ctx, const struct cli_list_print *p, const struct plan_set *set,
		   const struct opt_list *plans, const char *command, const struct plan_rows *rows,
		   enum plan_listing what, unsigned flags);

#endif
