/*
 * resync.h - the rest of a file read past a syntax error (private to the
 * core).
 *
 * A syntax error stops libyaml, so that one misplaced tab hides every
 * other problem of a plan.  The item the error is in - a task or subtask,
 * a section, a registry entry: the nearest "- key:" line at or above it -
 * is blanked out, up to the next line indented no deeper than that item's
 * "-", and the file is read again.  Lines keep their numbers and columns,
 * so what is found in the rest is said where it is.
 */
#ifndef PLAN_RESYNC_H
#define PLAN_RESYNC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "plan/buf.h"

/* An item's lines: their bytes [start, end), and the first and last of them (1-based). */
struct yaml_item {
	size_t start, end;
	uint32_t first, last;
};

/*
 * Sets *out to the lines of the item that line (1-based) is in, as
 * yaml_resync() finds it: from its "- key:" line to the line before the
 * next one indented no deeper than its "-" (or the end of data).  Returns
 * false, *out untouched, when line is in no item.
 */
bool yaml_item_find(const char *data, size_t len, uint32_t line, struct yaml_item *out);

/*
 * True when the item it of data (yaml_item_find()) ends where
 * YAML's structure surely does: at the end of data, or at a line that
 * starts, indented by spaces no deeper than the item's "-", another item
 * ("- key:") or a key ("key:").  What only looks like the item's end by its
 * indentation (a line that starts with a NEL, say) is not.
 */
bool yaml_item_ends_cleanly(const char *data, size_t len, const struct yaml_item *it);

/*
 * True when the item it of data is read alone as it is read in data: it
 * ends cleanly, and its only line breaks are LF and CR LF (libyaml counts
 * a NEL, LS, PS or lone CR as a line break, editors and positions do
 * not).  What plan set edits and reads back of a task's lines.
 */
bool yaml_item_reads_alone(const char *data, size_t len, const struct yaml_item *it);

/*
 * Sets out to data (len bytes) with the lines of the item that line (1-based)
 * is in made empty, each keeping its line break, and *first and *last to
 * the lines made empty.  Returns false, out untouched, when line is in no
 * item (a plan's header, the top of a registry).
 */
bool yaml_resync(const char *data, size_t len, uint32_t line, struct plan_buf *out, uint32_t *first,
		 uint32_t *last);

#endif
