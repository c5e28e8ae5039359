/*
 * gitrev.h - the command line's side of plan/git.h: the plans a revision
 * holds at the paths the user named (or the default ones), and what git
 * said went wrong, printed as plan's other errors are.
 */
#ifndef PLAN_CLI_GITREV_H
#define PLAN_CLI_GITREV_H

#include "cli.h"

/*
 * Loads the plan files at paths (as on the command line; none: the plans
 * the other commands read) as they are in revision rev, into *set (free it
 * with plan_set_free()), through plan_git_load_revision().  Returns 0, or
 * EXIT_USAGE after printing the error: not in a git work tree, no such
 * revision, no plans to read, no plan files there, files with errors.
 */
int cli_load_revision(struct cli_ctx *ctx, const char *rev, const struct opt_list *paths,
		      struct plan_set **set);

/*
 * Prints the errors a plan_git_* call added to diags ("plan: error: ...",
 * escaped as every usage error is).  Returns EXIT_USAGE.
 */
int cli_git_fail(struct cli_ctx *ctx, const struct plan_diags *diags);

#endif
