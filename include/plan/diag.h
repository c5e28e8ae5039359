/*
 * diag.h - diagnostics: what is wrong, and exactly where.
 *
 * The core never prints.  Whatever finds a problem appends a diagnostic to
 * a struct plan_diags owned by the caller, who prints them (the CLI does so
 * as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], the way compilers do).
 * Lines and columns are 1-based; a column counts characters (Unicode code
 * points) from the start of the line.  0 means "unknown".
 *
 * A struct plan_diags owns its diagnostics' file names and messages; the
 * caller releases it with plan_diags_release().  Nothing here fails but
 * by running out of memory, which aborts (src/core/alloc.c).  Code:
 * src/core/diag.c.
 */
#ifndef PLAN_DIAG_H
#define PLAN_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "plan/buf.h"

struct plan_pos {
	uint32_t line;
	uint32_t column;
};

enum plan_severity {
	PLAN_WARNING,
	PLAN_ERROR,
	PLAN_NOTE, /* what was done about an error; counted neither as an error nor a warning */
};

struct plan_diag {
	char *file; /* owned; NULL when not about a file */
	struct plan_pos pos;
	enum plan_severity severity;
	const char *code; /* static, e.g. "bad-date" */
	char *message;    /* owned; lowercase, no final period */
	size_t seq;       /* order of arrival, for stable sorting */
};

struct plan_diags {
	struct plan_diag *v;
	size_t n;
	size_t cap;
	size_t errors;
	size_t warnings;
};

#define PLAN_DIAGS_INIT          \
	{                        \
		NULL, 0, 0, 0, 0 \
	}

/* Makes d empty (as PLAN_DIAGS_INIT does), releasing nothing. */
void plan_diags_init(struct plan_diags *d);
/* Frees every diagnostic and leaves d empty, ready for use again. */
void plan_diags_release(struct plan_diags *d);

/*
 * Appends a diagnostic and counts it in d->errors or d->warnings (a note
 * in neither).  file (may be NULL) is copied and the message formatted
 * into d's own storage; code must be static (or outlive d).
 */
void plan_diags_add(struct plan_diags *d, const char *file, struct plan_pos pos,
		    enum plan_severity severity, const char *code, const char *fmt, ...)
    PLAN_PRINTF(6, 7);
void plan_diags_vadd(struct plan_diags *d, const char *file, struct plan_pos pos,
		     enum plan_severity severity, const char *code, const char *fmt, va_list ap)
    PLAN_PRINTF(6, 0);

/*
 * Drops and frees the diagnostics at index start or later whose position
 * is at or after from (those without a line stay), uncounting them; the
 * rest keep their order.  Pointers into d->v are then stale.
 */
void plan_diags_drop_from(struct plan_diags *d, size_t start, struct plan_pos from);
/* Drops and frees every diagnostic after the first n, uncounting them. */
void plan_diags_truncate(struct plan_diags *d, size_t n);

/*
 * Sorts the diagnostics from index start on by line and column, those of
 * one position in order of arrival.  Moves them: pointers into d->v are
 * then stale.
 */
void plan_diags_sort_from(struct plan_diags *d, size_t start);

/*
 * Appends "FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]" (no newline) to
 * out: FILE escaped, ":LINE:COLUMN" only with a line, "plan" for FILE when
 * there is none, " [CODE]" only with a code.  With color, the severity is
 * wrapped in ANSI colour sequences.
 */
void plan_diag_format(const struct plan_diag *diag, bool color, struct plan_buf *out);

/*
 * Appends s (len bytes) to out in single quotes, for use inside a message:
 * control characters are escaped and text longer than max characters is
 * cut there and ends in "…".
 */
void plan_quote(struct plan_buf *out, const char *s, size_t len, size_t max);

#endif
