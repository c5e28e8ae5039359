/*
 * gitrun.h - running git(1) for the git module (plan/git.h): its output
 * and error output read into buffers, and what it said turned into a
 * diagnostic.  Internal to the core; tests may include it.
 */
#ifndef PLAN_GITRUN_H
#define PLAN_GITRUN_H

#include "plan/buf.h"
#include "plan/diag.h"

/*
 * Runs argv ("git", its arguments, NULL) from PATH in the current
 * directory, its standard input /dev/null, its standard output appended
 * to out and its standard error to err (when err is not NULL; else
 * /dev/null).  Returns git's exit status, or -1 when git cannot be run.
 */
int plan_git_run(const char *const *argv, struct plan_buf *out, struct plan_buf *err);

/*
 * Appends the error "WHAT: git says: FIRST LINE OF ERR", or "WHAT: git
 * cannot be run here" when err is empty, without a file, to diags.
 * Returns -1.
 */
int plan_git_error(struct plan_diags *diags, const char *what, const struct plan_buf *err);

#endif
