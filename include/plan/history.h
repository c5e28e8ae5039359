/*
 * history.h - one task's life through the versions of its plan's file,
 * oldest first: the versions that changed it, each with what changed (as
 * plan_diff_task() says), how many times and how far its due date moved in
 * all, and the whole as text, Markdown or JSON (what plan history prints).
 *
 * The caller gathers the versions (plan_git_versions() in plan/git.h reads
 * them from git, as plan history does); this module loads each, finds the task in it and compares
 * it with the version before.  Nothing here reads a file, the clock or the environment.
 */
#ifndef PLAN_HISTORY_H
#define PLAN_HISTORY_H

#include <stddef.h>

#include "plan/buf.h"
#include "plan/deadline.h"
#include "plan/diff.h"
#include "plan/render.h"

/* The commit a version comes from, as git log tells it. */
struct plan_history_commit {
	const char *hash, *short_hash, *author;
	const char *date; /* YYYY-MM-DD */
	const char *subject;
};

/* One version of the task's plan file. */
struct plan_history_revision {
	const struct plan_history_commit *commit; /* NULL: the work tree, not committed yet */
	const char *name;                         /* the file's name, for the loader */
	const char *text;                         /* the file's bytes */
	size_t len;
};

/* A version that changed the task. */
struct plan_history_step {
	const struct plan_history_commit *commit; /* borrowed from its revision; NULL: work tree */
	struct plan_diff diff; /* one item: the task against the version before (none: added) */
};

struct plan_history {
	struct plan_history_step *steps;
	size_t n;
	/* The summary: how many times the task's due date moved, and by how many days in all. */
	size_t moves;
	long days;
};

/*
 * Follows the task task_id of plan plan_id through revs (n of them, oldest
 * first) into *out (release it with plan_history_release()): each version
 * is loaded on its own, and one that does not load, or lacks the plan or
 * the task, holds no task there (a task that comes back is added again).
 * Only the versions that changed it are steps.  Due dates are read with
 * engine (NULL: no due date is computed, so none moves).  out borrows the
 * revisions' commits: they must outlive it; it owns the rest.  Cannot fail.
 */
void plan_history_build(struct plan_history *out, const char *plan_id, const char *task_id,
			const struct plan_history_revision *revs, size_t n,
			const struct plan_deadlines *engine);

/*
 * Appends h to out in format: PLAN_FORMAT_TABLE (text) or PLAN_FORMAT_MD,
 * headed by ref (the task as the user named it), one paragraph (or list
 * item) per step, then the summary line; PLAN_FORMAT_JSON, an array of the
 * steps (commit, date, author, subject, then plan_diff_json_item()'s keys;
 * null for the work tree's), without the summary.  Any other format is
 * rendered as text.
 */
void plan_history_render(const struct plan_history *h, const char *ref, enum plan_format format,
			 struct plan_buf *out);

/* Appends the summary line: "the due date moved 2 times, +243 days in all\n". */
void plan_history_summary(const struct plan_history *h, struct plan_buf *out);

/* Frees what h owns and empties it; h may be empty. */
void plan_history_release(struct plan_history *h);

#endif
