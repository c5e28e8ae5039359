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
	size_t n, cap;
	/* The summary: how many times the task's due date moved, and by how many days in all. */
	size_t moves;
	long days;
	/* plan_history_add()'s own: the last version's plans, and the task in them */
	struct plan_set *previous;
	const struct plan_task *before;
};

/*
 * Adds the next version rev of the file (oldest first) to *h, which starts
 * zeroed: a step when the task task_id of plan plan_id changed from the
 * version before.  rev is loaded on its own and read now (its bytes may go
 * after the call; its commit must outlive h); a version that lacks the
 * plan or the task (it may have errors elsewhere and still hold it) holds
 * no task there, and a task that comes back is added again.  Due dates are
 * read with engine (NULL: none is computed, so none moves).  Only the last
 * version's plans are kept: following a file costs one version's memory,
 * not all of them.  Release h with plan_history_release().  Cannot fail.
 */
void plan_history_add(struct plan_history *h, const char *plan_id, const char *task_id,
		      const struct plan_history_revision *rev, const struct plan_deadlines *engine);

/* Sets *out to the history of the task through revs (n of them), as plan_history_add() each. */
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
