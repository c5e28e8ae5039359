/* text.c - UTF-8 validation, NFC, display width and escaping (utf8proc). */
#include "plan/text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

size_t plan_utf8_next(const char *s, size_t len, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	utf8proc_ssize_t n;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	n = utf8proc_iterate(u, len > 4 ? 4 : (utf8proc_ssize_t)len, cp);
	if (n <= 0) {
		*cp = -1;
		return 1;
	}
	return (size_t)n;
}

bool plan_utf8_valid(const char *s, size_t len, size_t *bad)
{
	size_t i = 0;
	int32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = plan_utf8_next(s + i, len - i, &cp);
		if (cp < 0) {
			*bad = i;
			return false;
		}
		i += n;
	}
	return true;
}

size_t plan_text_chars(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

size_t plan_text_prefix_chars(const char *s, size_t len, size_t max)
{
	size_t i = 0, n = 0;
	int32_t cp;

	while (i < len && n < max) {
		i += plan_utf8_next(s + i, len - i, &cp);
		n++;
	}
	return i;
}

/*
 * Code points that are NFC_Quick_Check=Yes, have combining class 0 and are
 * never the second element of a canonical composition: Latin (ASCII to the
 * spacing modifiers), Latin Extended Additional (the Vietnamese letters with
 * tone marks) and general punctuation.  A string made only of them is in NFC
 * without asking utf8proc; tests/unit/test_text.c checks the claim against
 * utf8proc's data for every one of them.
 */
static bool nfc_stable(int32_t cp)
{
	return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x205E);
}

bool plan_text_is_nfc(const char *s, size_t len)
{
	size_t i = 0;
	int32_t cp;
	bool stable = true;

	while (i < len && stable) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		i += plan_utf8_next(s + i, len - i, &cp);
		stable = nfc_stable(cp);
	}
	if (stable)
		return true;

	struct plan_buf nfc = PLAN_BUF_INIT;
	bool same =
	    plan_text_nfc(&nfc, s, len) == 0 && nfc.len == len && memcmp(nfc.s, s, len) == 0;
	plan_buf_release(&nfc);
	return same;
}

int plan_text_nfc(struct plan_buf *out, const char *s, size_t len)
{
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t n;

	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &dst,
			 UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n < 0)
		return -1;
	plan_buf_add(out, dst, (size_t)n);
	free(dst);
	return 0;
}

static bool is_control(int32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

int32_t plan_text_find_control(const char *s, size_t len, bool allow_newline)
{
	size_t i = 0;
	int32_t cp;

	while (i < len) {
		i += plan_utf8_next(s + i, len - i, &cp);
		if (cp >= 0 && is_control(cp) && cp != '\t' && !(allow_newline && cp == '\n'))
			return cp;
	}
	return -1;
}

static size_t char_width(int32_t cp)
{
	if (cp < 0)
		return 1; /* shown as U+FFFD */
	if (is_control(cp))
		return 1; /* shown as a space */
	return (size_t)utf8proc_charwidth(cp);
}

size_t plan_text_width(const char *s, size_t len)
{
	size_t i = 0, w = 0;
	int32_t cp;

	while (i < len) {
		i += plan_utf8_next(s + i, len - i, &cp);
		w += char_width(cp);
	}
	return w;
}

/* Appends one code point as it is shown in a cell. */
static void put_display(struct plan_buf *out, const char *s, size_t n, int32_t cp)
{
	if (cp < 0)
		plan_buf_addstr(out, "\xEF\xBF\xBD");
	else if (is_control(cp))
		plan_buf_addch(out, ' ');
	else
		plan_buf_add(out, s, n);
}

/* Returns the byte length of the grapheme cluster at s, and its width. */
static size_t next_grapheme(const char *s, size_t len, size_t *width)
{
	utf8proc_int32_t state = 0;
	int32_t first, cp;
	size_t i = plan_utf8_next(s, len, &first);

	*width = char_width(first);
	while (i < len && first >= 0) {
		size_t n = plan_utf8_next(s + i, len - i, &cp);
		if (cp < 0 || utf8proc_grapheme_break_stateful(first, cp, &state))
			break;
		*width += char_width(cp);
		first = cp;
		i += n;
	}
	return i;
}

size_t plan_text_fit(struct plan_buf *out, const char *s, size_t len, size_t width)
{
	size_t i = 0, used = 0, gw, n, cut = len;
	int32_t cp;

	if (plan_text_width(s, len) > width) {
		/* Keep whole graphemes that leave room for the ellipsis. */
		for (cut = 0; cut < len; cut += n) {
			n = next_grapheme(s + cut, len - cut, &gw);
			if (used + gw + 1 > width)
				break;
			used += gw;
		}
		while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == '\t' || s[cut - 1] == '\n'))
			cut--; /* "sửa…", not "sửa …" */
		used = 0;
	}
	while (i < cut) {
		n = plan_utf8_next(s + i, cut - i, &cp);
		put_display(out, s + i, n, cp);
		used += char_width(cp);
		i += n;
	}
	if (cut < len && width > 0) {
		plan_buf_addstr(out, "…");
		used++;
	}
	return used;
}

void plan_text_escape(struct plan_buf *out, const char *s, size_t len)
{
	size_t i = 0, n;
	int32_t cp;

	while (i < len) {
		n = plan_utf8_next(s + i, len - i, &cp);
		if (cp == '\n')
			plan_buf_addstr(out, "\\n");
		else if (cp == '\t')
			plan_buf_addstr(out, "\\t");
		else if (cp < 0 || (is_control(cp) && cp < 0x80))
			plan_buf_addf(out, "\\x%02X", (unsigned char)s[i]);
		else if (is_control(cp))
			plan_buf_addf(out, "\\u%04X", (unsigned)cp);
		else
			plan_buf_add(out, s + i, n);
		i += n;
	}
}
