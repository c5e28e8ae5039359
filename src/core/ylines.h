/*
 * ylines.h - line breaks as libyaml counts them and as editors do
 * (private to the core).
 *
 * libyaml ends a line at LF, CRLF, a CR alone, NEL, LS and PS; editors,
 * and plan's positions, at LF alone (at CR in a file without any LF: an
 * old Mac file).  The others are foreign breaks: where a file has one,
 * libyaml's lines are not the editors'.  Everything here only reads the
 * bytes it is given.  Code: src/core/ylines.c.
 */
#ifndef PLAN_YLINES_H
#define PLAN_YLINES_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/diag.h"

/* 3 when s (len bytes) starts with a UTF-8 byte order mark, else 0. */
size_t ylines_bom(const char *s, size_t len);

/* The byte that ends a line as editors show data: LF, or CR when it has no LF. */
char ylines_editor_break(const char *data, size_t len);

/* Returns the 1-based position of a byte offset in the data, in lines as editors count them. */
struct plan_pos ylines_byte_pos(const char *data, size_t len, size_t offset);

/*
 * True when a line break that libyaml counts and editors do not starts at
 * u[i] (of len bytes): a CR without LF, NEL, LS or PS.  A sequence cut by
 * the end of u does not count.
 */
bool ylines_foreign_at(const unsigned char *u, size_t i, size_t len);
/* True when u (len bytes) holds a foreign break that starts within it. */
bool ylines_foreign_within(const unsigned char *u, size_t len);
/* True when s holds a foreign break, a CR at its very end included. */
bool ylines_foreign(const char *s, size_t len);

#endif
