/*
 * taskedit.h - what plan set and plan deliver share: finding the task a
 * reference names, and writing a file's new text over the old safely,
 * saying what changed.
 */
#ifndef PLAN_CLI_TASKEDIT_H
#define PLAN_CLI_TASKEDIT_H

#include "cli.h"
#include "plan/edit.h"

/* A task to change: where it is written, the bytes read from there, and the new ones. */
struct cli_target {
	struct plan_set *set;
	const struct plan_task *task;
	const char *path;       /* its plan's file */
	struct plan_buf text;   /* the file's bytes, as read */
	struct plan_buf edited; /* the file's new bytes */
	/* the edit's read-back: before, the task's plan as set has it; after, what edited loads as */
	struct plan_edit_check check;
	struct plan_diags diags; /* why there are none */
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
 * After an edit that returned edit_status into target->edited: writes the
 * new bytes over the target's file, unless the file changed since it was
 * read, and prints the task's change as plan diff does.  Returns 0, or
 * EXIT_USAGE after printing the edit's or the write's errors (the file is
 * then as it was).
 */
int cli_target_save(struct cli_ctx *ctx, struct cli_target *target, int edit_status);

#endif
