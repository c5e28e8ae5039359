/*
 * pattern.h - a search pattern, as --grep takes it: PCRE2, caseless, and
 * blind to diacritics when the pattern has none, so that "quan triet"
 * finds "quán triệt" and "Quản triệt" while "quán" finds only "quán".
 *
 * Running out of memory aborts, in plan's allocator (src/core/alloc.c) or
 * PCRE2's (abort() without a message).  Code: src/core/pattern.c.
 */
#ifndef PLAN_PATTERN_H
#define PLAN_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"

struct plan_pattern;

/*
 * Compiles pattern (NUL-terminated, read during the call only), taken to
 * NFC as the plans are.  Returns NULL with a message appended to err when
 * it is not valid UTF-8 (the byte offset) or not a valid pattern (PCRE2's
 * message and the character offset).  Free the result with
 * plan_pattern_free().
 */
struct plan_pattern *plan_pattern_new(const char *pattern, struct plan_buf *err);
/* Frees p; p may be NULL.  Cannot fail. */
void plan_pattern_free(struct plan_pattern *p);

/*
 * True when p matches text (len bytes of valid UTF-8).  A match that costs
 * more than the limits allow (a pattern that backtracks without end, as
 * "(a+)+$" does) is no match, and p remembers it: see plan_pattern_failed().
 * text is read during the call only.  p is written to, so one pattern
 * serves one thread at a time.
 */
bool plan_pattern_match(struct plan_pattern *p, const char *text, size_t len);

/*
 * True, with PCRE2's reason appended to why, when a match of p stopped at a
 * limit (the first such match's reason): the tasks it was tried on are
 * neither found nor not found.  False, why untouched, otherwise or when p
 * is NULL.
 */
bool plan_pattern_failed(const struct plan_pattern *p, struct plan_buf *why);

#endif
