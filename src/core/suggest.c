/* suggest.c - edit distance and closest-name suggestions. */
#include "plan/suggest.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan/alloc.h"
#include "plan/text.h"

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

size_t plan_edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t limit)
{
	size_t na, nb, result = 0;
	int32_t *ca = decode(a, alen, &na);
	int32_t *cb = decode(b, blen, &nb);
	/* Three rows of the table: two rows back, the row before, this row. */
	size_t *rows = plan_xreallocarray(NULL, 3 * (nb + 1), sizeof(*rows));
	size_t *back = rows, *prev = rows + nb + 1, *cur = rows + 2 * (nb + 1), *t;

	for (size_t j = 0; j <= nb; j++)
		prev[j] = j;
	if ((na > nb ? na - nb : nb - na) > limit)
		result = limit + 1;
	for (size_t i = 1; i <= na && !result; i++) {
		size_t best = cur[0] = i;

		for (size_t j = 1; j <= nb; j++) {
			size_t d = prev[j - 1] + (ca[i - 1] != cb[j - 1]);

			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1] &&
			    back[j - 2] + 1 < d)
				d = back[j - 2] + 1; /* two neighbours swapped */
			cur[j] = d;
			best = d < best ? d : best;
		}
		if (best > limit)
			result = limit + 1;
		t = back;
		back = prev;
		prev = cur;
		cur = t;
	}
	if (!result)
		result = prev[nb] > limit ? limit + 1 : prev[nb];
	free(rows);
	free(ca);
	free(cb);
	return result;
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
