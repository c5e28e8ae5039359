/*
 * pattern.h - a search pattern, as --grep takes it: PCRE2, caseless, and
 * blind to diacritics when the pattern has none, so that "quan triet"
 * finds "quán triệt" and "Quản triệt" while "quán" finds only "quán".
 */
#ifndef PLAN_PATTERN_H
#define PLAN_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"

struct plan_pattern;

/*
 * Compiles pattern (NUL-terminated UTF-8).  Returns NULL with a message in
 * err (PCRE2's, with the offset) when it is not a valid pattern.  Free the
 * result with plan_pattern_free().
 */
struct plan_pattern *plan_pattern_new(const char *pattern, struct plan_buf *err);
void plan_pattern_free(struct plan_pattern *p);

/*
 * True when p matches text (len bytes of valid UTF-8).  A match that costs
 * more than the limits allow (a pattern that backtracks without end, as
 * "(a+)+$" does) is no match, and p remembers it: see plan_pattern_failed().
 */
bool plan_pattern_match(struct plan_pattern *p, const char *text, size_t len);

/*
 * True, with PCRE2's reason appended to why, when a match of p stopped at a
 * limit: the tasks it was tried on are neither found nor not found.
 */
bool plan_pattern_failed(const struct plan_pattern *p, struct plan_buf *why);

#endif
