/*
 * diff.h - what changed between two versions of the plans, task by task,
 * for a reviewer: tasks added, removed and moved; each changed field, old
 * and new; due dates that moved, and by how many days; units added to and
 * taken from a task; then each plan's header; then the unit registry.
 *
 * Tasks are matched by plan id and task id.  A task that changed section
 * or parent is moved (and may have changed too).  Lists (lead, support,
 * implements, aliases, delivered) are compared item by item, as written.
 *
 * A struct plan_diff owns every text it holds (its arena), the field
 * names and "what" aside, which are static; it borrows nothing from the
 * sets.  Nothing here fails but plan_diff_texts() and plan_diff_external(),
 * and running out of memory aborts (src/core/alloc.c).  Code: src/core/diff.c,
 * diff_rename.c (the renames of plan_diff_review()), diffout.c (output),
 * diff_external.c (git's external diff).
 */
#ifndef PLAN_DIFF_H
#define PLAN_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/deadline.h"
#include "plan/model.h"
#include "plan/render.h"

struct plan_json;

enum plan_change {
	PLAN_CHANGE_ADDED,
	PLAN_CHANGE_REMOVED,
	PLAN_CHANGE_CHANGED,
	PLAN_CHANGE_MOVED,   /* to another section or parent; fields may have changed too */
	PLAN_CHANGE_RENAMED, /* a unit: ref is its old name, to the new one */
};

/* One field: its old and new text, or the items a list lost and gained. */
struct plan_field_diff {
	const char *field;             /* the key in the file: "deadline", "lead", … */
	const char *old, *new;         /* a single value's texts; NULL for none */
	const char **removed, **added; /* a list's items */
	size_t n_removed, n_added;
	bool is_list;
	bool moved_due;             /* the last due date moved */
	plan_date old_due, new_due; /* deadline and due: the last due date; else PLAN_DATE_NONE */
};

/* What happened to one thing: a task, a plan's header, a registry entry. */
struct plan_item_diff {
	enum plan_change change;
	const char *what; /* "task", "plan" or "unit" */
	const char *ref; /* "btp-365-2024/28.2", "btp-365-2024", "Văn phòng Bộ (Bộ Tư pháp)" */
	const char *from, *to; /* moved: where it was and is ("section II", "under 28") */
	struct plan_field_diff *fields;
	size_t n_fields;
};

/* "added", "removed", "changed", "moved" or "renamed"; static. */
const char *plan_change_name(enum plan_change change);

struct plan_diff {
	struct plan_item_diff *items;
	size_t n;
	struct arena *arena;
};

/*
 * Compares old with new into *out (release it with plan_diff_release()):
 * first the tasks, in new document order with removed ones after the ones
 * they followed; then plan headers; then registry entries.  Due dates are
 * read with engine (written to: its cache); with NULL, how far they
 * moved is not computed.  *out is overwritten, not appended to.  The diff
 * owns its texts: the sets need not outlive it.
 */
void plan_diff_sets(const struct plan_set *old, const struct plan_set *new,
		    const struct plan_deadlines *engine, struct plan_diff *out);

/*
 * The same, for a reviewer: a unit whose name changed — a task's lead or
 * support now names it otherwise, and the new registry reads both names
 * as that one unit (an alias, an acronym), or a registry entry renamed
 * with its old name kept as an alias — is one item "unit OLD (BODY):
 * renamed" to the new name, with the tasks it touched (field "tasks"),
 * not a change of each task's units.  Ownership as plan_diff_sets().
 */
void plan_diff_review(const struct plan_set *old, const struct plan_set *new,
		      const struct plan_deadlines *engine, struct plan_diff *out);
/* Frees what d owns and leaves it empty.  Cannot fail. */
void plan_diff_release(struct plan_diff *d);

/*
 * Loads two versions of one file's text (name for messages) and compares
 * them into *out, as plan_diff_sets() does.  Returns 0; or -1 when either
 * does not load without errors (reported to diags, and warnings too; *out
 * is then empty; releasing it does no harm).  The texts are borrowed for the
 * call only.
 */
int plan_diff_texts(const char *name, const char *old, size_t old_len, const char *new,
		    size_t new_len, const struct plan_deadlines *engine, struct plan_diff *out,
		    struct plan_diags *diags);

/*
 * The same, for one task's two versions (either may be NULL: added,
 * removed; both NULL is an empty diff).  Ownership as plan_diff_sets().
 */
void plan_diff_task(const struct plan_task *old, const struct plan_task *new,
		    const struct plan_deadlines *engine, struct plan_diff *out);

/*
 * Appends the diff to out: as indented text, as Markdown for a review
 * comment, or as JSON (an array of the items, see plan(1)).  Any format
 * but JSON and MD is text.
 */
void plan_diff_render(const struct plan_diff *d, enum plan_format format, struct plan_buf *out);

/*
 * git's external diff of one file (GIT_EXTERNAL_DIFF): path is the file as
 * git names it, old_file and new_file the files that hold its two versions
 * ("/dev/null" for a version that does not exist: no plan at all), new_path
 * the new version's name (a rename's, else path).  Appends to out a line
 * "diff --plan a/PATH b/NEW_PATH" (not in JSON), then the review of the
 * change (plan_diff_review()) as plan_diff_render() writes it, or a line
 * saying that only comments or layout changed.  When a version cannot be
 * read or loaded, appends a line saying so instead and returns -1, with
 * its errors in diags; else returns 0.  Reads deadlines' cache as the
 * other reviews do.
 */
int plan_diff_external(const char *path, const char *old_file, const char *new_path,
		       const char *new_file, const struct plan_deadlines *deadlines,
		       enum plan_format format, struct plan_buf *out, struct plan_diags *diags);

/* Appends only the field lines of one item, as text or Markdown. */
void plan_diff_render_fields(const struct plan_item_diff *it, enum plan_format format,
			     struct plan_buf *out);

/*
 * Writes the keys of one item into the JSON object j (src/core/json.h)
 * has open.
 */
void plan_diff_json_item(struct plan_json *j, const struct plan_item_diff *it);

#endif
