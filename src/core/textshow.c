/*
 * textshow.c - text as it is shown: display width, cells fitted and
 * wrapped, texts shortened, controls escaped (utf8proc).  Declared in
 * text.h, beside the decoding and NFC of text.c.
 */
#include "text.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static bool is_control(int32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

/*
 * U+0000 to U+02FF and U+1E00 to U+1EFF, which hold every letter of
 * Vietnamese: one column wide each (a control is shown as a space), and
 * never one grapheme with the next of them but CR LF.  test_text checks
 * both claims against utf8proc.
 */
static bool is_narrow(int32_t cp)
{
	return (cp >= 0 && cp < 0x300) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

static size_t char_width(int32_t cp)
{
	if (cp < 0 || is_narrow(cp))
		return 1; /* a bad byte is shown as U+FFFD */
	return (size_t)utf8proc_charwidth(cp);
}

/*
 * The length of the sequence at u (n bytes left) when it is a character one
 * column wide that utf8proc need not be asked about, else 0: U+0000 to U+02FF
 * (controls are shown as a space) and U+1E00 to U+1EFF, which hold every
 * letter of Vietnamese.  test_text checks that utf8proc agrees.
 */
static size_t narrow_length(const unsigned char *u, size_t n)
{
	if (u[0] < 0x80)
		return 1;
	if (u[0] >= 0xC2 && u[0] <= 0xCB && n >= 2 && (u[1] & 0xC0) == 0x80)
		return 2;
	if (u[0] == 0xE1 && n >= 3 && u[1] >= 0xB8 && u[1] <= 0xBB && (u[2] & 0xC0) == 0x80)
		return 3;
	return 0;
}

#ifdef __SSE2__
/*
 * The width of the 16 bytes at u (left readable, more than 16) when they
 * are whole characters narrow_length() takes, the first starting at u:
 * ASCII, C2 to CB with one continuation byte, E1 B8 to E1 BB with two; the
 * last may end in the byte or two after them, and *used counts those.  Each
 * is one column, so the width is the number of bytes that are not
 * continuation bytes.  SIZE_MAX for any other bytes: a bad or cut sequence,
 * or a character of another width.
 */
static size_t narrow_block_width(const unsigned char *u, size_t left, size_t *used)
{
	const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
	const __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(u + 1));
	const __m128i two = _mm_sub_epi8(x, _mm_set1_epi8((char)0xC2));     /* C2..CB: 0..9 */
	const __m128i tone = _mm_sub_epi8(next, _mm_set1_epi8((char)0xB8)); /* B8..BB: 0..3 */
	const unsigned lead2 =
	    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(two, _mm_set1_epi8(9)), two));
	const unsigned lead3 = (unsigned)_mm_movemask_epi8(
	    _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE1)),
			  _mm_cmpeq_epi8(_mm_min_epu8(tone, _mm_set1_epi8(3)), tone)));
	const unsigned lead = (unsigned)_mm_movemask_epi8(
	    _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8((char)0xC0)), x));
	/* 0x80..0xBF are the bytes below -64 read as signed */
	const __m128i is_cont = _mm_cmplt_epi8(x, _mm_set1_epi8((char)0xC0));
	const unsigned cont = (unsigned)_mm_movemask_epi8(is_cont);
	/* the continuation bytes each lead wants, and how many of them come after the 16 */
	const unsigned wanted = (lead2 | lead3) << 1 | lead3 << 2;
	const size_t after = wanted >> 16 ? (wanted >> 17 ? 2 : 1) : 0;
	/* the continuation bytes counted as the sum of a 1 for each */
	const __m128i sums =
	    _mm_sad_epu8(_mm_and_si128(is_cont, _mm_set1_epi8(1)), _mm_setzero_si128());

	if ((lead & ~(lead2 | lead3)) || (wanted & 0xFFFF) != cont)
		return SIZE_MAX;
	for (size_t k = 16; k < 16 + after; k++)
		if (k >= left || (u[k] & 0xC0) != 0x80)
			return SIZE_MAX;
	*used = 16 + after;
	return 16 - (size_t)(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
}

/* narrow_block_width() of the last n bytes (at most 16), as a run with 'a' after them. */
static size_t narrow_tail_width(const unsigned char *u, size_t n, size_t *used)
{
	unsigned char run[17];
	size_t w;

	memset(run, 'a', sizeof(run));
	memcpy(run, u, n);
	w = narrow_block_width(run, sizeof(run), used);
	return w == SIZE_MAX ? w : w - (16 - n);
}
#endif

size_t plan_text_width(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, w = 0, n, end;
	int32_t cp;

	while (i < len) {
#ifdef __SSE2__
		size_t used;
		const size_t block = len - i > 16 ? narrow_block_width(u + i, len - i, &used)
						  : narrow_tail_width(u + i, len - i, &used);

		if (block != SIZE_MAX) {
			w += block;
			i += used;
			continue;
		}
#endif
		/* a character at a time for 16 bytes, or past the first one not narrow */
		for (end = len - i > 16 ? i + 16 : len; i < end;) {
			n = narrow_length(u + i, len - i);
			if (n) {
				i += n;
				w++;
				continue;
			}
			i += plan_utf8_next(s + i, len - i, &cp);
			w += char_width(cp);
			break;
		}
	}
	return w;
}

/* Appends s as it is shown in a cell: controls as spaces, bad bytes as U+FFFD. */
static void put_display(struct plan_buf *out, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, run = 0, n;
	int32_t cp;

	while (i < len) {
		if (u[i] >= 0x20 && u[i] < 0x7F) {
			i++;
			continue;
		}
		n = narrow_length(u + i, len - i);
		if (n > 1 && !(u[i] == 0xC2 && u[i + 1] < 0xA0)) {
			i += n; /* a letter, no C1 control */
			continue;
		}
		n = plan_utf8_next(s + i, len - i, &cp);
		if (cp >= 0 && !is_control(cp)) {
			i += n;
			continue;
		}
		plan_buf_add(out, s + run, i - run);
		plan_buf_addstr(out, cp < 0 ? "\xEF\xBF\xBD" : " ");
		i += n;
		run = i;
	}
	plan_buf_add(out, s + run, len - run);
}

/* Returns the byte length of the grapheme cluster at s, and its width. */
static size_t next_grapheme(const char *s, size_t len, size_t *width)
{
	const unsigned char *u = (const unsigned char *)s;
	const size_t narrow = narrow_length(u, len);
	utf8proc_int32_t state = 0;
	int32_t first, cp;
	size_t i;

	/* As the loop below finds: a narrow character before another (or the end) stands alone */
	if (narrow && u[0] != '\r' && (narrow == len || narrow_length(u + narrow, len - narrow))) {
		*width = 1;
		return narrow;
	}
	i = plan_utf8_next(s, len, &first);
	*width = char_width(first);
	while (i < len && first >= 0) {
		size_t n = plan_utf8_next(s + i, len - i, &cp);
		if (cp < 0 ||
		    (is_narrow(cp) && is_narrow(first) && !(first == '\r' && cp == '\n')) ||
		    utf8proc_grapheme_break_stateful(first, cp, &state))
			break;
		*width += char_width(cp);
		first = cp;
		i += n;
	}
	return i;
}

/* A byte a wrapped or shortened line does not end with. */
static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

size_t plan_text_blanks(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && is_blank(s[n]))
		n++;
	return n;
}

size_t plan_text_fit_measured(struct plan_buf *out, const char *s, size_t len, size_t len_width,
			      size_t width)
{
	size_t used = 0, gw, n, cut;

	if (len_width <= width) {
		put_display(out, s, len);
		return len_width;
	}
	/* Keep whole graphemes that leave room for the ellipsis. */
	for (cut = 0; cut < len; cut += n) {
		n = next_grapheme(s + cut, len - cut, &gw);
		if (used + gw + 1 > width)
			break;
		used += gw;
	}
	while (cut > 0 && is_blank(s[cut - 1])) {
		cut--;  /* "sửa…", not "sửa …" */
		used--; /* a blank is a character one column wide */
	}
	put_display(out, s, cut);
	if (width > 0) {
		plan_buf_addstr(out, "…");
		used++;
	}
	return used;
}

size_t plan_text_fit_tail(struct plan_buf *out, const char *s, size_t len, size_t len_width,
			  size_t width)
{
	size_t left = len_width, gw, n, cut;

	if (len_width <= width || width == 0)
		return plan_text_fit_measured(out, s, len, len_width, width);
	/* Drop whole graphemes from the start until the rest and "…" fit. */
	for (cut = 0; cut < len && left + 1 > width; cut += n) {
		n = next_grapheme(s + cut, len - cut, &gw);
		left -= gw < left ? gw : left;
	}
	cut += plan_text_blanks(s + cut, len - cut);
	plan_buf_addstr(out, "…");
	put_display(out, s + cut, len - cut);
	return 1 + plan_text_width(s + cut, len - cut);
}

size_t plan_text_fit(struct plan_buf *out, const char *s, size_t len, size_t width)
{
	return plan_text_fit_measured(out, s, len, plan_text_width(s, len), width);
}

size_t plan_text_wrap(const char *s, size_t len, size_t width, size_t *next)
{
	size_t used = 0, gw, n, end = 0, cut = 0;

	while (end < len && used < width + 1) {
		n = next_grapheme(s + end, len - end, &gw);
		if (is_blank(s[end]))
			cut = end; /* a line may end before this space */
		if (used + gw > width)
			break;
		used += gw;
		end += n;
	}
	if (end >= len) {
		cut = len;
	} else if (is_blank(s[end])) {
		cut = end;
	} else if (!cut) {
		/* a word wider than the line: cut it, one grapheme at least */
		cut = end ? end : next_grapheme(s, len, &gw);
	}
	*next = cut + plan_text_blanks(s + cut, len - cut);
	while (cut > 0 && is_blank(s[cut - 1]))
		cut--;
	return cut;
}

/* True for the characters a shortened text does not end with before "…". */
static bool trims_before_ellipsis(int32_t cp)
{
	const utf8proc_category_t c = utf8proc_category(cp);

	return cp == ' ' || (c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO &&
			     c != UTF8PROC_CATEGORY_PE && c != UTF8PROC_CATEGORY_PF);
}

/* True for a space separator (Zs); below U+0300 those are U+0020 and U+00A0. */
static bool is_space_separator(int32_t cp)
{
	if (cp < 0x300)
		return cp == ' ' || cp == 0xA0;
	if (cp >= 0x1E00 && cp < 0x1F00)
		return false;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

/*
 * The bytes of the character at u when it is one squeeze() keeps as it is
 * without looking it up: printable ASCII but the space, a valid sequence of
 * U+00C0 to U+02FF or of U+1E00 to U+1EFF (Vietnamese's letters: no
 * control and no space among them); 0 for any other.
 */
static inline size_t letter_length(const unsigned char *u, size_t len)
{
	if (u[0] > 0x20 && u[0] < 0x7F)
		return 1;
	if (u[0] >= 0xC3 && u[0] <= 0xCB)
		return len >= 2 && (u[1] & 0xC0) == 0x80 ? 2 : 0;
	if (u[0] == 0xE1 && len >= 3 && u[1] >= 0xB8 && u[1] <= 0xBB && (u[2] & 0xC0) == 0x80)
		return 3;
	return 0;
}

/*
 * Appends s with white space and control characters as single spaces,
 * trimmed, and bad bytes as U+FFFD; stops once it has appended more than
 * limit characters.  Returns the number of characters appended.
 */
static size_t squeeze(struct plan_buf *out, const char *s, size_t len, size_t limit)
{
	const unsigned char *u = (const unsigned char *)s;
	const size_t start = out->len;
	bool space = false;
	size_t i = 0, chars = 0;
	int32_t cp;

	while (i < len && chars <= limit) {
		size_t run = i, run_chars = 0, n;

		/*
		 * A run of letters (printable ASCII but spaces, Latin) is appended
		 * as it is, with the single spaces between its words, which stay
		 * single spaces; no further than the limit.
		 */
		while (run < len && chars + run_chars <= limit) {
			if ((n = letter_length(u + run, len - run)) == 0 && u[run] == ' ' &&
			    run > i && run + 1 < len && letter_length(u + run + 1, len - run - 1))
				n = 1;
			if (!n)
				break;
			run += n;
			run_chars++;
		}
		if (run > i) {
			if (space)
				plan_buf_addch(out, ' ');
			chars += space + run_chars;
			space = false;
			plan_buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		n = plan_utf8_next(s + i, len - i, &cp);
		if (cp >= 0 && (is_control(cp) || is_space_separator(cp))) {
			space = out->len > start;
		} else {
			if (space)
				plan_buf_addch(out, ' ');
			chars += space + 1;
			space = false;
			put_display(out, s + i, n);
		}
		i += n;
	}
	return chars;
}

void plan_text_shorten(struct plan_buf *out, const char *s, size_t len, size_t max)
{
	struct plan_buf flat = PLAN_BUF_INIT;
	const size_t room = max ? max - 1 : 0; /* for the characters before the ellipsis */
	size_t keep, cut, chars = 0, last_space = 0;
	int32_t cp;

	/* room for what squeeze() appends, most often: one block, not a few that double */
	plan_buf_reserve(&flat, len < 4 * (max + 1) ? len : 4 * (max + 1));
	/* more than max characters tell it is too long */
	if (squeeze(&flat, s, len, max) <= max) {
		plan_buf_add(out, flat.s, flat.len);
		goto done;
	}
	/* The first room characters, counted by their first bytes: flat is valid UTF-8. */
	for (keep = 0; keep < flat.len; keep++) {
		if (((unsigned char)flat.s[keep] & 0xC0) != 0x80 && chars++ == room)
			break;
		if (flat.s[keep] == ' ')
			last_space = keep;
	}
	cut = flat.s[keep] == ' ' || !last_space ? keep : last_space;
	while (cut > 0) {
		size_t back = cut - 1;

		while (back > 0 && ((unsigned char)flat.s[back] & 0xC0) == 0x80)
			back--;
		plan_utf8_next(flat.s + back, cut - back, &cp);
		if (!trims_before_ellipsis(cp))
			break;
		cut = back;
	}
	plan_buf_add(out, flat.s, cut);
	plan_buf_addstr(out, "…");
done:
	plan_buf_release(&flat);
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
