/*
 * gitinfo.h - what git says about the plans a document is made from, so
 * that a report can be traced to the plan text it describes.
 */
#ifndef PLAN_CLI_GITINFO_H
#define PLAN_CLI_GITINFO_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"

/*
 * Asks git(1) for the commit checked out in the work tree the first of
 * paths is in (its short hash, appended to commit) and whether any of
 * paths differs from it or is not committed (*dirty).  Returns 0; or -1,
 * leaving commit and *dirty untouched, when there is no such work tree,
 * git is not installed, or git fails.
 */
int cli_git_describe(const char *const *paths, size_t n, struct plan_buf *commit, bool *dirty);

/*
 * Runs argv ("git", its arguments, NULL) with its standard output appended
 * to out and its standard error to err (when err is not NULL; else
 * /dev/null).  Returns git's exit status, or -1 when git cannot be run.
 */
int cli_git_run(const char *const *argv, struct plan_buf *out, struct plan_buf *err);

#endif
