/*
 * fold.h - text folded for matching the way clerks type.
 *
 * Folding makes "Quý III", "quy iii", "QUÝ III" and a decomposed "Quý
 * III" pasted from Word the same text: Unicode case folding, combining
 * marks removed (so tone and vowel marks go: "ệ" becomes "e"), "đ" and "Đ"
 * become "d" (they are letters, not marked ones), look-alike dashes and
 * quotes become ASCII (utf8proc's lumping), and runs of white space become
 * one space, with none at either end.  Optionally punctuation becomes
 * white space too.  Everything but "đ" is utf8proc's own data.
 *
 * A folded text keeps, for every byte, the offset of the original
 * character it came from, so a match in the folded text can be shown as
 * the original words.
 */
#ifndef PLAN_FOLD_H
#define PLAN_FOLD_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"

enum {
	PLAN_FOLD_PUNCT = 1, /* punctuation is white space too */
	PLAN_FOLD_MARKS = 2, /* marks and "đ" kept: only case, dashes and spaces fold */
};

struct plan_folded {
	struct plan_buf text;
	size_t *origin; /* origin[i]: offset in the original of byte i; origin[len]: its end */
	size_t cap;
};

#define PLAN_FOLDED_INIT               \
	{                              \
		PLAN_BUF_INIT, NULL, 0 \
	}

/*
 * Folds s (len bytes of valid UTF-8) into out, replacing what out held.
 * flags is 0 or a combination of PLAN_FOLD_PUNCT and PLAN_FOLD_MARKS.
 */
void plan_fold(struct plan_folded *out, const char *s, size_t len, unsigned flags);
void plan_folded_release(struct plan_folded *f);

/* Appends the folded form of s to out, without the offsets. */
void plan_fold_text(struct plan_buf *out, const char *s, size_t len, unsigned flags);

/* True when a and b (NUL-terminated, valid UTF-8) fold to the same text. */
bool plan_fold_equal(const char *a, const char *b, unsigned flags);

#endif
