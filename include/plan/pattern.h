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

/* True when p matches text (len bytes of valid UTF-8). */
bool plan_pattern_match(const struct plan_pattern *p, const char *text, size_t len);

#endif
