/*
 * suggest.h - "did you mean …?": the closest of a set of names.
 */
#ifndef PLAN_SUGGEST_H
#define PLAN_SUGGEST_H

#include <stddef.h>

/* The most edits a suggestion is looked for within, and the code points compared of a name. */
enum { PLAN_EDIT_MAX_LIMIT = 12, PLAN_EDIT_MAX_CHARS = 200 };

/*
 * Returns the edit distance between a and b counted in code points (an
 * invalid byte counts as one): insertions, deletions, substitutions and
 * swaps of two neighbours each cost 1 (optimal string alignment).  Returns
 * limit + 1 as soon as the distance is known to exceed limit (at most
 * PLAN_EDIT_MAX_LIMIT), in time O(length * limit); of names longer than
 * PLAN_EDIT_MAX_CHARS, their first PLAN_EDIT_MAX_CHARS are compared.
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
