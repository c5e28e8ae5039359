/*
 * taskedit.h - what plan set, plan deliver, plan show and plan history
 * share: finding the task a reference names; and for set and deliver, the
 * edit of its file (plan_edit_save()) and what it says.
 */
#ifndef PLAN_CLI_TASKEDIT_H
#define PLAN_CLI_TASKEDIT_H

#include "cli.h"
#include "plan/edit.h"

/* A task to change: where it is written, and the bytes read from there. */
struct cli_target {
	struct plan_set *set;
	const struct plan_task *task;
	const char *path;     /* its plan's file */
	struct plan_buf text; /* the file's bytes, as read */
};

/*
 * Finds the task ref ("PLAN/ID") names among the plans at paths and reads
 * its file.  Returns 0; or EXIT_USAGE after an error that names the closest
 * reference, or the file's problems.  Release the target with
 * cli_target_release() either way.
 */
int cli_target_find(struct cli_ctx *ctx, const struct opt_list *paths, const char *ref,
		    struct cli_target *target);
void cli_target_release(struct cli_target *target);

/*
 * Edits the target's task as op asks (plan_edit_save(): its file replaced
 * unless it changed since it was read) and prints the task's change as
 * plan diff does.  Returns 0, or EXIT_USAGE after printing the edit's or
 * the write's errors (the file is then as it was).
 */
int cli_target_save(struct cli_ctx *ctx, struct cli_target *target, const struct plan_edit_op *op);

#endif
