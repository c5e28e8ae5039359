/*
 * edithold.h - what an edit of plan set or plan deliver must hold once its
 * new text is read back, and the values it may be given (private to the
 * core, for edit.c).
 */
#ifndef PLAN_EDITHOLD_H
#define PLAN_EDITHOLD_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/diag.h"
#include "plan/edit.h"
#include "plan/model.h"
#include "rewrite.h"

/* The values plan set was asked to give a field. */
struct edit_asked {
	const char *field;
	const char *const *values;
	size_t n;
};

/* The delivery plan deliver was asked to add. */
struct edit_asked_delivery {
	plan_date on;
	const char *ref;
	bool done;
};

/* True when the task's field holds exactly the values asked (arg: struct edit_asked). */
bool edit_holds_asked(const struct plan_task *task, const void *arg);

/*
 * True when the task's last delivery is the one asked, and the task done
 * when asked (arg: struct edit_asked_delivery).
 */
bool edit_holds_delivery(const struct plan_task *task, const void *arg);

/*
 * Reads new, the edit of old (name for messages), back by rule (rewrite.h),
 * with check's old plan when it has one, handing over the edited task as
 * read back in check (plan/edit.h).  Returns 0; or -1 after saying in
 * diags what went wrong.
 */
int edit_check_result(const char *name, const char *old, size_t old_len, const char *new,
		      size_t new_len, const struct rewrite_rule *rule, struct plan_diags *diags,
		      struct plan_edit_check *check);

/* Checks values for field: how many, and what they may be.  Returns 0, or -1 after saying why. */
int edit_check_values(const char *field, const char *const *values, size_t n,
		      struct plan_diags *diags);

/* True for the fields that hold lists: lead, support, due, delivered. */
bool edit_is_list_field(const char *field);

#endif
