/*
 * edit.h - changing one field of one task in a plan file's text, byte for
 * byte: what plan set and plan deliver write.
 *
 * Only the bytes of the value change; a field the task did not have is a
 * new line (or a new block list) where plan fmt would put it, indented as
 * the task's other keys are.  The rest of the file, comments included, is
 * untouched, so that the git diff shows the changed lines alone.  The new
 * text is read back before it is returned: it must load without errors and
 * differ from the old in that field of that task only.
 */
#ifndef PLAN_EDIT_H
#define PLAN_EDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/date.h"
#include "plan/deadline.h"
#include "plan/diag.h"

struct arena;
struct plan_set;
struct plan_task;

/* The fields plan set changes, NULL-terminated. */
enum { PLAN_EDIT_FIELDS = 9 };
extern const char *const plan_edit_fields[PLAN_EDIT_FIELDS + 1];

/*
 * Sets field of the task whose id is task_id in the file (name, data, len)
 * to values: one for status, deadline, note, product, task and funding;
 * any number for lead, support and due (none: an empty list, []).  Appends the new text
 * to out.  Returns 0; or -1 after a diagnostic (an unknown task or field, a
 * bad value, a list that holds comments), out unchanged.
 */
int plan_edit_set(const char *name, const char *data, size_t len, const char *task_id,
		  const char *field, const char *const *values, size_t n, struct plan_buf *out,
		  struct plan_diags *diags);

/*
 * Appends a delivery on day on, with the delivering document ref (or NULL:
 * a bare date), to the task's delivered list; with done, sets its status
 * to done too.  Returns as plan_edit_set() does.
 */
int plan_edit_deliver(const char *name, const char *data, size_t len, const char *task_id,
		      plan_date on, const char *ref, bool done, struct plan_buf *out,
		      struct plan_diags *diags);

/*
 * What the read-back check of an edit may take from the caller, and what
 * it hands back.  before is the plan the old text loads as, when the caller
 * loaded it already; NULL: the check loads the old text itself.  With
 * before, when the task is an item of a block list, the check reads the
 * task's new lines alone and compares that task with before's (the rest of
 * the text is the old bytes, compared as bytes); else it loads the whole
 * new text and compares every plan.  Either way a task of before that
 * differs from what the edit did is refused.
 *
 * On success, edited is the task as the new text has it: in after (the
 * new text's plan set, when it was loaded whole), or read alone, linked
 * into before's place of it (its parent, section and plan are before's).
 * Release them with plan_edit_check_release(); on failure they are NULL.
 */
struct plan_edit_check {
	const struct plan *before;
	const struct plan_task *edited;
	struct plan_set *after;
	struct arena *arena; /* what a task read alone lives in */
};

/* Frees what check holds (not before) and clears edited, after and arena. */
void plan_edit_check_release(struct plan_edit_check *check);

/* plan_edit_set() and plan_edit_deliver(), with check (may be NULL) as above. */
int plan_edit_set_read_back(const char *name, const char *data, size_t len, const char *task_id,
			    const char *field, const char *const *values, size_t n,
			    struct plan_buf *out, struct plan_edit_check *check,
			    struct plan_diags *diags);
int plan_edit_deliver_read_back(const char *name, const char *data, size_t len, const char *task_id,
				plan_date on, const char *ref, bool done, struct plan_buf *out,
				struct plan_edit_check *check, struct plan_diags *diags);

/* What plan set or plan deliver asks of a task (plan_edit_save()). */
struct plan_edit_op {
	/* plan set: the field, and the values to give it (n of them); NULL: plan deliver */
	const char *field;
	const char *const *values;
	size_t n;
	/* plan deliver: the day, the delivering document (or NULL), and whether done too */
	plan_date on;
	const char *ref;
	bool done;
};

/* What plan_edit_save() did, for the caller to show. */
struct plan_edit_result {
	bool written;               /* the file was replaced; false: the task held that already */
	struct plan_buf shown;      /* the task's change, as plan diff shows it (a table) */
	struct plan_diags warnings; /* about the new task: a new deadline plan cannot read */
};

/*
 * The sequence of plan set and plan deliver: edits task as op asks in its
 * plan's file (task->plan->path), whose bytes are was (was_len, read from
 * there by the caller when it loaded task's plan), checks the new text
 * reads back as that edit alone (the read-back above), replaces the file
 * by it (plan_file_replace(): not when the file changed since it was
 * read), and shows the task's change (engine reads deadlines: the old
 * and new task's, and the new one plan_check_deadline() warns of).  When the task holds what op
 * asks already, nothing is written or shown.  Returns 0 with *result filled; or -1 after errors in
 * diags, the file as it was and *result empty.  Either way release *result with
 * plan_edit_result_release().
 */
int plan_edit_save(const struct plan_task *task, const char *was, size_t was_len,
		   const struct plan_edit_op *op, const struct plan_deadlines *engine,
		   struct plan_edit_result *result, struct plan_diags *diags);
void plan_edit_result_release(struct plan_edit_result *result);

#endif
