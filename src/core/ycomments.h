/*
 * ycomments.h - the number of comments in a YAML text, counted from
 * libyaml's tokens (private to the core).
 */
#ifndef PLAN_YCOMMENTS_H
#define PLAN_YCOMMENTS_H

#include <stddef.h>
#include <stdint.h>

#include <stdbool.h>

/*
 * The length of the line break at s[i] as libyaml reads one (LF, CR, CRLF,
 * NEL, LS, PS), or 0.  Inline: callers ask it of every byte of a file.
 */
static inline size_t ybreak_at(const char *s, size_t len, size_t i)
{
	const unsigned char c = (unsigned char)s[i];

	if (c == '\r')
		return i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
	if (c == '\n')
		return 1;
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0x85)
		return 2; /* NEL */
	if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9))
		return 3; /* LS, PS */
	return 0;
}

/* Whether a line break ends just before s[i] (for s[i] not the LF of a CRLF). */
bool ybreak_before(const char *s, size_t i);

/* The comments in data; SIZE_MAX when libyaml cannot read it. */
size_t ycomment_count(const char *data, size_t len);

#endif
