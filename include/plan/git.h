/*
 * git.h - plans as git(1) holds them: a plan set as it is in a revision
 * (what plan diff compares), the commits that changed a file and its
 * versions in them (what plan history follows), and the commit a work
 * tree is at (what a report's footer names).
 *
 * Each function runs `git`, found in PATH, in the current directory with
 * the process's environment (GIT_DIR and the like apply); paths are read
 * relative to the current directory, as git reads them.  Nothing here
 * prints: git's standard input is /dev/null, its output is read, and its
 * error output is read into a diagnostic or dropped.  A failure is
 * returned (as each function says) after a diagnostic without a file
 * appended to diags when there is one: its message (raw, not escaped,
 * e.g. "HEAD~9: git says: fatal: ...") is what plan prints after
 * "plan: error: ".  Arguments are read during the call only.  Running out
 * of memory aborts (src/core/alloc.c).  Code: src/core/git.c (revisions,
 * describe), src/core/gitlog.c (commits, versions), src/core/gitrun.c.
 */
#ifndef PLAN_GIT_H
#define PLAN_GIT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/diag.h"
#include "plan/history.h"
#include "plan/set.h"

/*
 * Returns 0 when rev names a commit here; else -1 after the error "no
 * revision 'REV' in a git work tree here" (also when this is no work tree
 * or git cannot be run).  plan_git_load_revision() checks this first.
 */
int plan_git_verify_revision(const char *rev, struct plan_diags *diags);

/*
 * Loads the plan files at paths (n of them; directories stand for the
 * files under them) as they are in revision rev into a new *out (free it
 * with plan_set_free()): the files named *.yaml or *.yml under no hidden
 * directory, named "REV:PATH" (PATH from the top of the work tree) in
 * their diagnostics.  opts (may be NULL) as plan_set_load().  where names
 * paths in the error when none is a plan file ("no plan files in WHERE at
 * REV"; NULL: "those paths").  Returns PLAN_LOAD_OK; PLAN_LOAD_UNREADABLE
 * after one error without a file (no such revision, git refuses the
 * paths, a file cannot be read, no plan files); or PLAN_LOAD_INVALID with
 * the files' diagnostics (warnings too) in diags.  On failure *out is
 * untouched.
 */
enum plan_load_result plan_git_load_revision(const char *rev, const char *const *paths, size_t n,
					     const char *where, const struct plan_load_opts *opts,
					     struct plan_set **out, struct plan_diags *diags);

/*
 * Appends the bytes of the file path (from the top of the work tree) in
 * revision rev to out.  Returns 0, or -1 (out may then hold part of them)
 * when git cannot give them; adds no diagnostic.
 */
int plan_git_blob(const char *rev, const char *path, struct plan_buf *out);

/* A commit that changed a file. */
struct plan_git_commit {
	struct plan_history_commit commit; /* hash, short hash, author, date, subject */
	const char *path; /* the file's path in that commit, from the top of the work tree */
};

/* Commits, and the text their strings point into; all owned. */
struct plan_git_commits {
	struct plan_git_commit *v;
	size_t n;
	struct plan_buf text;
};

/*
 * Lists the commits that changed the file at path into *out, oldest first,
 * following renames (none when git knows no commit of it).  Returns 0; or
 * -1 after the error "PATH: git says: FIRST LINE" (or "PATH: git cannot
 * be run here" when it says nothing), *out then empty.  Release *out with
 * plan_git_commits_release() either way.
 */
int plan_git_log(const char *path, struct plan_git_commits *out, struct plan_diags *diags);

/* Frees what c owns and empties it; c may be empty (zeroed). */
void plan_git_commits_release(struct plan_git_commits *c);

/* What plan_git_versions() hands each version to: arg as given; rev holds during the call only. */
typedef void plan_git_version_fn(void *arg, const struct plan_history_revision *rev);

/*
 * Hands fn the versions of the file at path, oldest first and one at a
 * time (plan history follows a task through them in one version's memory):
 * its bytes in each commit plan_git_log() lists that git can read (one it
 * cannot is left out), then the work tree's, text (len bytes), named path.
 * The log goes to *commits, which each rev's commit points into; release
 * it with plan_git_commits_release() either way.  Returns 0; or -1 after
 * plan_git_log()'s error, fn called for none.
 */
int plan_git_versions(const char *path, const char *text, size_t len,
		      struct plan_git_commits *commits, plan_git_version_fn *fn, void *arg,
		      struct plan_diags *diags);

/*
 * Asks git for the commit checked out in the work tree the first of paths
 * (n of them) is in, or is: appends its short hash to commit and stores
 * in *dirty whether any of paths differs from it or is not committed.
 * Returns 0; or -1, leaving commit and *dirty untouched and adding no
 * diagnostic, when n is 0, a path does not exist, there is no such work
 * tree, or git cannot be run or fails.
 */
int plan_git_describe(const char *const *paths, size_t n, struct plan_buf *commit, bool *dirty);

#endif
