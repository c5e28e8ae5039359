/*
 * rewrite.h - whether a rewriting of a file's text holds what it should
 * (private to the core): the one check behind plan fmt, plan set and plan
 * deliver, run on the new text before any of them returns it.
 *
 * The new text must load without errors; differ from the old in nothing
 * but the fields a rule allows of the task it names; give that task what
 * was asked; and hold the same comments - as many as libyaml's tokens show
 * (ycomments.c), a count made apart from the code that finds and writes
 * comments, and, unless the rule says the bytes around the change are the
 * old ones, the same texts as ytree.c finds them.
 */
#ifndef PLAN_REWRITE_H
#define PLAN_REWRITE_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/deadline.h"
#include "plan/edit.h"
#include "plan/diag.h"
#include "plan/model.h"

/* What a rewriting may change; all zero: nothing. */
struct rewrite_rule {
	const char *task_id;       /* the task that may change, or NULL */
	const char *const *fields; /* its fields that may, NULL-terminated */
	/* True when the task, as the new text has it, holds what was asked; or NULL. */
	bool (*holds)(const struct plan_task *task, const void *arg);
	const void *arg;
	/*
	 * An edit that kept every byte around the one span it replaced, where
	 * no comment was: the comments are counted (libyaml's tokens), not
	 * read again one by one.
	 */
	bool bytes_kept_around;
	/*
	 * With bytes_kept_around, when not both 0: the task's lines in before,
	 * an item of a block list, which every change is within: the task
	 * and the comments are read there alone (the same lines in after, the
	 * bytes around them checked to be the same), not in the whole of both
	 * texts.
	 */
	size_t window_start, window_end;
};

enum rewrite_verdict {
	REWRITE_KEPT,       /* the new text holds what it should */
	REWRITE_UNREADABLE, /* old or new does not load (why is in diags) */
	REWRITE_CHANGED,    /* it changes more than the rule allows */
	REWRITE_NOT_HELD,   /* the task does not hold what was asked */
	REWRITE_COMMENTS,   /* a comment was lost, added or changed */
};

/* The old text of a rewriting, and what its caller read of it already. */
struct rewrite_old {
	const char *name; /* for messages */
	const char *data;
	size_t len;
	/*
	 * The plan data loads as, loaded by the caller, or NULL: it is loaded
	 * here (a plan loaded from other bytes shows as a change, and is
	 * refused).
	 */
	const struct plan *plan;
	/*
	 * Its comments as plan_fmt_comments() lists them, read by the caller
	 * (plan_fmt() hands them over), or NULL: they are read here when needed.
	 */
	const struct plan_buf *comments;
};

/*
 * Checks after, a rewriting of old, by rule; engine reads deadlines (may
 * be NULL).  Load errors go to diags; the verdict says what else is
 * wrong, for the caller to word.
 *
 * When old->plan is given and the rule keeps the bytes around a window
 * that is an item of a block list (a task's lines), only the window's new
 * lines are read, alone, and the task they hold is compared with
 * old->plan's: the rest of after must be old's bytes.  When that cannot
 * be said so (the window does not read alone, or anything is wrong), the
 * whole of both texts is loaded and compared, and what is wrong is said
 * of them.
 *
 * With read_back, a kept rewriting hands over the rule's task as after has
 * it (plan_edit_check, edit.h), so that what changed can be shown without
 * loading it again; else its edited, after and arena are NULL.
 */
enum rewrite_verdict rewrite_check(const struct rewrite_old *old, const char *after,
				   size_t after_len, const struct plan_deadlines *engine,
				   const struct rewrite_rule *rule, struct plan_diags *diags,
				   struct plan_edit_check *read_back);

#endif
