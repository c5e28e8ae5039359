/*
 * gitrev.h - plans as they are in a git revision, and the commits that
 * changed a file: what plan diff and plan history read, through git(1).
 */
#ifndef PLAN_CLI_GITREV_H
#define PLAN_CLI_GITREV_H

#include "cli.h"
#include "plan/history.h"

/*
 * Loads the plan files at paths (as on the command line; none: the plans
 * the other commands read) as they are in revision rev, into *set (free it
 * with plan_set_free()).  Returns 0, or EXIT_USAGE after an error: not in
 * a git work tree, no such revision, no plan files there, files with
 * errors.
 */
int cli_load_revision(struct cli_ctx *ctx, const char *rev, const struct opt_list *paths,
		      struct plan_set **set);

/* A commit that changed a file. */
struct cli_commit {
	struct plan_history_commit commit; /* hash, author, date, subject */
	const char *path; /* the file's path in that commit, from the top of the work tree */
};

struct cli_commits {
	struct cli_commit *v;
	size_t n;
	struct plan_buf text; /* what the strings point into */
};

/*
 * Lists the commits that changed the file at path, oldest first, following
 * renames.  Returns 0, or EXIT_USAGE after an error.  Release the list with
 * cli_commits_release().
 */
int cli_git_log(struct cli_ctx *ctx, const char *path, struct cli_commits *out);
void cli_commits_release(struct cli_commits *c);

/* Appends the bytes of the file path (from the top) in revision rev.  Returns 0, or -1. */
int cli_git_blob(const char *rev, const char *path, struct plan_buf *out);

#endif
