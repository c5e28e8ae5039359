/*
 * fmt.h - the canonical layout of plan files and unit registries.
 *
 * Keys in the order plan(5) gives them, one field per line, two spaces of
 * indentation, lists in block style (an empty one as []), text plain
 * unless YAML needs quotes - then in double quotes - never wrapped, in
 * NFC.  Every value and every comment is kept: a comment on a line of its
 * own stays before the entry or item it preceded, at its indentation; a
 * comment that ended a line ends the line of the same value.  Blank lines
 * and document markers go.  Formatting canonical text changes nothing.
 */
#ifndef PLAN_FMT_H
#define PLAN_FMT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/deadline.h"
#include "plan/diag.h"

/*
 * Appends the canonical form of a file's text (data, len bytes; name for
 * messages) to out, and when comments is not NULL its comments to comments
 * as plan_fmt_comments() does.  The file must load without errors.  Returns
 * 0, or -1 when the text is not a YAML document plan reads (out and
 * comments are then unchanged).
 */
int plan_fmt(const char *name, const char *data, size_t len, struct plan_buf *out,
	     struct plan_buf *comments);

/*
 * Appends to out every comment of a file, one per line, in order: what
 * plan fmt must keep.  Returns 0, or -1 as plan_fmt() does.
 */
int plan_fmt_comments(const char *name, const char *data, size_t len, struct plan_buf *out);

/*
 * True when after (a rewriting of before) holds what before held: it
 * reads back without errors as plans and registries that do not differ
 * (engine reads their deadlines; may be NULL), with the same comments, and
 * as many as libyaml's tokens show in each.  When after is before byte
 * for byte, it is true without reading either: nothing was rewritten.
 */
bool plan_fmt_keeps(const char *name, const char *before, size_t before_len, const char *after,
		    size_t after_len, const struct plan_deadlines *engine);

/* What plan_fmt_file() found a file to be. */
enum plan_fmt_verdict {
	PLAN_FMT_CANONICAL,  /* in the canonical layout already: nothing to write */
	PLAN_FMT_CHANGES,    /* not: the layout differs (and, with write, replaced the file) */
	PLAN_FMT_UNREADABLE, /* the file cannot be read (diags say why), or not as YAML (diags
				empty) */
	PLAN_FMT_UNSAFE,     /* the layout would not read back as the same plans and comments */
	PLAN_FMT_UNWRITTEN,  /* with write: the file could not be replaced (diags say why) */
};

/*
 * plan fmt on the file at path: reads it, lays it out (plan_fmt()), and
 * when that changes it checks the layout reads back as the same plans and
 * comments (plan_fmt_keeps(); engine reads deadlines, may be NULL) - not
 * so a file already canonical, whose bytes are its layout - and with
 * write replaces the file by it (plan_file_replace()).  Appends the
 * layout to canonical (may be NULL) when the verdict is PLAN_FMT_CANONICAL
 * or PLAN_FMT_CHANGES; diags gets why it cannot read or write the file.
 * On any other verdict the file is as it was.
 */
enum plan_fmt_verdict plan_fmt_file(const char *path, bool write,
				    const struct plan_deadlines *engine, struct plan_buf *canonical,
				    struct plan_diags *diags);

/*
 * Files a load read once and kept (plan_load_opts.keep, plan/set.h): each
 * file's bytes and its layout, made from its YAML tree as the file was
 * read, for plan_fmt_kept().
 */
struct plan_kept;
/*
 * A new, empty set of kept files.  every_file_bytes: keep the bytes of
 * every file, as plan fmt printing the layouts needs; else only of files
 * whose layout changes them (-w and --check), and a canonical file's
 * memory is free for the next file's as soon as it is laid out.
 */
struct plan_kept *plan_kept_new(bool every_file_bytes);
void plan_kept_free(struct plan_kept *kept);

/*
 * plan_fmt_file() on the file that the load which kept kept read as path,
 * from the bytes it read and the layout it made: the file is read once for
 * the plans and the layout.  (plan_file_replace() still refuses to replace a
 * file that changed since.)  A file kept does not hold is read anew, as is
 * a canonical file kept without its bytes when canonical is not NULL.
 */
enum plan_fmt_verdict plan_fmt_kept(const struct plan_kept *kept, const char *path, bool write,
				    const struct plan_deadlines *engine, struct plan_buf *canonical,
				    struct plan_diags *diags);

enum {
	PLAN_FMT_TYPED =
	    1, /* a date, number or word the schema types: plain even if YAML would type it */
	PLAN_FMT_FLOW = 2, /* inside [a, b] or {k: v}, where ",[]{}" need quotes too */
};

/*
 * Appends text as plan fmt writes a value: plain when it can be, else in
 * double quotes.  flags: PLAN_FMT_TYPED, PLAN_FMT_FLOW.
 */
void plan_fmt_scalar(struct plan_buf *out, const char *text, size_t len, unsigned flags);

#endif
