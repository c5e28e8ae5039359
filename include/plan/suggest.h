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
 * Returns the candidate closest to word: the one within a plausible typo's
 * distance (a third of the word's length, at least 1 and at most 3 edits)
 * when exactly one is closest; else the one candidate that word begins
 * (for a word of three characters or more); else NULL.  The result is one
 * of the candidates (borrowed).
 */
const char *plan_suggest(const char *word, const char *const *candidates, size_t n);

#endif
