/* fold.c - case, marks, đ, dashes and spaces folded away (utf8proc). */
#include "fold.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "alloc.h"
#include "text.h"

static const utf8proc_option_t fold_options =
    (utf8proc_option_t)(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_LUMP);

/*
 * ASCII is folded here, without utf8proc: a letter to its small form, the
 * rest as it is; its spaces are tab, LF, CR and space, its punctuation
 * (Pc to Po) these.  test_fold checks both against utf8proc.
 */
static const char ascii_punct[] = "!\"#%&'()*,-./:;?@[\\]_{}";

static bool is_space(int32_t cp)
{
	const utf8proc_category_t c = cp == ' '   ? UTF8PROC_CATEGORY_ZS
				      : cp < 0x80 ? UTF8PROC_CATEGORY_CC
						  : utf8proc_category(cp);

	return cp == '\t' || cp == '\n' || cp == '\r' || c == UTF8PROC_CATEGORY_ZS ||
	       c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

static bool is_punct(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return cp && strchr(ascii_punct, (int)cp);
	c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

/* Appends one folded code point, remembering where it came from. */
static void put(struct plan_folded *out, struct plan_buf *text, int32_t cp, size_t origin)
{
	utf8proc_uint8_t bytes[4];
	utf8proc_ssize_t n = utf8proc_encode_char(cp, bytes);

	plan_buf_add(text, bytes, (size_t)n);
	if (!out)
		return;
	PLAN_GROW(out->origin, out->cap, text->len + 1);
	for (utf8proc_ssize_t i = 0; i < n; i++)
		out->origin[text->len - (size_t)n + (size_t)i] = origin;
}

static void fold(struct plan_folded *out, struct plan_buf *text, const char *s, size_t len,
		 unsigned flags)
{
	const utf8proc_option_t options =
	    flags & PLAN_FOLD_MARKS ? fold_options : fold_options | UTF8PROC_STRIPMARK;
	utf8proc_int32_t parts[32];
	bool space = false; /* a space is owed before the next character */
	size_t i = 0;
	int last = 0;

	while (i < len) {
		const size_t at = i;
		int32_t cp;
		utf8proc_ssize_t n;

		i += plan_utf8_next(s + i, len - i, &cp);
		if (cp < 0)
			cp = 0xFFFD;
		if (is_space(cp) || ((flags & PLAN_FOLD_PUNCT) && is_punct(cp))) {
			space = text->len > 0;
			continue;
		}
		if (cp < 0x80) {
			parts[0] = cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
			n = 1;
		} else {
			n = utf8proc_decompose_char(cp, parts, 32, options, &last);
		}
		for (utf8proc_ssize_t k = 0; k < n && k < 32; k++) {
			/* đ, folded from Đ too, is a letter of its own, not a marked d */
			int32_t c =
			    parts[k] == 0x0111 && !(flags & PLAN_FOLD_MARKS) ? 'd' : parts[k];

			if ((flags & PLAN_FOLD_PUNCT) && is_punct(c)) {
				space = text->len > 0;
				continue;
			}
			if (space) {
				put(out, text, ' ', at);
				space = false;
			}
			put(out, text, c, at);
		}
	}
	if (out) {
		PLAN_GROW(out->origin, out->cap, text->len + 1);
		out->origin[text->len] = len;
	}
}

void plan_fold(struct plan_folded *out, const char *s, size_t len, unsigned flags)
{
	plan_buf_reset(&out->text);
	fold(out, &out->text, s, len, flags);
}

void plan_fold_text(struct plan_buf *out, const char *s, size_t len, unsigned flags)
{
	fold(NULL, out, s, len, flags);
}

void plan_folded_release(struct plan_folded *f)
{
	plan_buf_release(&f->text);
	free(f->origin);
	f->origin = NULL;
	f->cap = 0;
}

bool plan_fold_equal(const char *a, const char *b, unsigned flags)
{
	struct plan_buf x = PLAN_BUF_INIT, y = PLAN_BUF_INIT;
	bool equal;

	plan_fold_text(&x, a, strlen(a), flags);
	plan_fold_text(&y, b, strlen(b), flags);
	equal = x.len == y.len && memcmp(x.s, y.s, x.len) == 0;
	plan_buf_release(&x);
	plan_buf_release(&y);
	return equal;
}
