/*
 * listfilter.h - the options that choose tasks, as plan list has them, for
 * the commands that choose tasks the same way (plan list, plan ical).
 */
#ifndef PLAN_CLI_LISTFILTER_H
#define PLAN_CLI_LISTFILTER_H

#include "cli.h"
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

#endif
