/* suggest.c - edit distance and closest-name suggestions. */
#include "suggest.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "text.h"

/* Decodes s into a freshly allocated array of code points. */
static int32_t *decode(const char *s, size_t len, size_t *n)
{
	int32_t *v = plan_xreallocarray(NULL, len + 1, sizeof(*v));
	size_t i = 0;

	*n = 0;
	while (i < len)
		i += plan_utf8_next(s + i, len - i, &v[(*n)++]);
	return v;
}

/*
 * Only the cells within limit of the diagonal can hold a distance within
 * limit: the table is filled in that band alone, the rest counted as
 * beyond it, so that a comparison costs O(length * limit).
 */
size_t plan_edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t limit)
{
	const size_t asked = limit;
	size_t na, nb, result = 0, far;
	int32_t *ca, *cb;
	size_t *rows, *back, *prev, *cur, *t;

	if (limit > PLAN_EDIT_MAX_LIMIT)
		limit = PLAN_EDIT_MAX_LIMIT;
	far = limit + 1;
	ca = decode(a, alen, &na);
	cb = decode(b, blen, &nb);
	/* names beyond the longest a person types are compared by their start */
	na = na > PLAN_EDIT_MAX_CHARS ? PLAN_EDIT_MAX_CHARS : na;
	nb = nb > PLAN_EDIT_MAX_CHARS ? PLAN_EDIT_MAX_CHARS : nb;
	/* Three rows of the table: two rows back, the row before, this row. */
	rows = plan_xreallocarray(NULL, 3 * (nb + 2), sizeof(*rows));
	back = rows, prev = rows + nb + 2, cur = rows + 2 * (nb + 2);
	for (size_t j = 0; j <= nb + 1; j++)
		back[j] = prev[j] = cur[j] = j <= limit ? j : far;
	if ((na > nb ? na - nb : nb - na) > limit)
		result = far;
	for (size_t i = 1; i <= na && !result; i++) {
		const size_t lo = i > limit ? i - limit : 1, hi = i + limit < nb ? i + limit : nb;
		size_t best;

		best = cur[lo - 1] = lo == 1 && i <= limit ? i : far;
		for (size_t j = lo; j <= hi; j++) {
			size_t d = prev[j - 1] + (ca[i - 1] != cb[j - 1]);

			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1] &&
			    back[j - 2] + 1 < d)
				d = back[j - 2] + 1; /* two neighbours swapped */
			cur[j] = d < far ? d : far;
			best = cur[j] < best ? cur[j] : best;
		}
		cur[hi + 1] = far; /* the next row's cell above its band's end */
		if (best > limit)
			result = far;
		t = back;
		back = prev;
		prev = cur;
		cur = t;
	}
	if (!result)
		result = prev[nb];
	free(rows);
	free(ca);
	free(cb);
	return result > limit ? asked + 1 : result;
}

/* Returns the one candidate that word begins, or NULL (none, or several). */
static const char *completion(const char *word, size_t len, const char *const *candidates, size_t n)
{
	const char *found = NULL;

	if (plan_text_chars(word, len) < 3)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		if (strncmp(candidates[i], word, len) != 0 || candidates[i][len] == '\0')
			continue;
		if (found && strcmp(found, candidates[i]) != 0)
			return NULL;
		found = candidates[i];
	}
	return found;
}

const char *plan_suggest(const char *word, const char *const *candidates, size_t n)
{
	const size_t len = strlen(word);
	size_t limit = plan_text_chars(word, len) / 3;
	const char *best = NULL;
	size_t best_d = SIZE_MAX;
	int ties = 0;

	if (limit < 1)
		limit = 1;
	if (limit > 3)
		limit = 3;
	for (size_t i = 0; i < n; i++) {
		size_t d =
		    plan_edit_distance(word, len, candidates[i], strlen(candidates[i]), limit);
		if (d > limit || d == 0)
			continue;
		if (d < best_d) {
			best = candidates[i];
			best_d = d;
			ties = 0;
		} else if (d == best_d && strcmp(best, candidates[i]) != 0) {
			ties++;
		}
	}
	if (best && !ties)
		return best;
	return completion(word, len, candidates, n);
}
