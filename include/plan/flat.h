/*
 * flat.h - plans as one "REF FIELD: VALUE" line per field: what plan show
 * --flat prints, and git's textconv diffs line by line.
 *
 * A plan's header fields are under its id ("btp-365-2024 title: …"), a
 * section's title under "PLAN section ID", a task's fields under its
 * reference, one line per item of a list ("… lead: Văn phòng Bộ"), and a
 * registry entry's under its name and parent.  Values are as written, with
 * line breaks shown as "\n" and backslashes doubled, so every field stays
 * on its line.
 *
 * Both functions append to the caller's out and borrow the model for the
 * call only; nothing fails but by running out of memory, which aborts
 * (src/core/alloc.c).  Code: src/core/flat.c.
 */
#ifndef PLAN_FLAT_H
#define PLAN_FLAT_H

#include "plan/buf.h"
#include "plan/model.h"

/* Appends the lines of every plan and registry entry of set, in order. */
void plan_flat_set(const struct plan_set *set, struct plan_buf *out);

/* Appends the lines of one task (its own fields, not those it inherits). */
void plan_flat_task(const struct plan_task *task, struct plan_buf *out);

#endif
