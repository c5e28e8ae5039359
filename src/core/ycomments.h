/*
 * ycomments.h - the number of comments in a YAML text, counted from
 * libyaml's tokens (private to the core).
 */
#ifndef PLAN_YCOMMENTS_H
#define PLAN_YCOMMENTS_H

#include <stddef.h>
#include <stdint.h>

#include <stdbool.h>

/* The length of the line break at s[i] as libyaml reads one (LF, CR, CRLF, NEL, LS, PS), or 0. */
size_t ybreak_at(const char *s, size_t len, size_t i);
/* Whether a line break ends just before s[i] (for s[i] not the LF of a CRLF). */
bool ybreak_before(const char *s, size_t i);

/* The comments in data; SIZE_MAX when libyaml cannot read it. */
size_t ycomment_count(const char *data, size_t len);

#endif
