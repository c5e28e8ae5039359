/*
 * suggest.h - "did you mean …?": the closest of a set of names.
 */
#ifndef PLAN_SUGGEST_H
#define PLAN_SUGGEST_H

#include <stddef.h>

/*
 * Returns the edit distance between a and b counted in code points (an
 * invalid byte counts as one): insertions, deletions, substitutions and
 * swaps of two neighbours each cost 1 (optimal string alignment).  Returns
 * limit + 1 as soon as the distance is known to exceed limit.
 */
size_t plan_edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t limit);

/*
 * Returns the candidate closest to word, or NULL when none is close enough
 * to be a plausible typo (distance at most a third of the word's length,
 * and at least 1 and at most 3 edits) or when two candidates tie.  The
 * result is one of the candidates (borrowed).
 */
const char *plan_suggest(const char *word, const char *const *candidates, size_t n);

#endif
