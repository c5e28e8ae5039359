/* text.c - UTF-8 decoding and validation, NFC, and reading numbers (utf8proc). */
#include "text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/*
 * Decoding is done here rather than by utf8proc_iterate(): it runs once per
 * character of every file loaded, and a call per character doubled the cost
 * of loading (see the benchmark in the commit that added this).  It accepts
 * exactly what utf8proc does: shortest forms, no surrogates, at most U+10FFFF.
 */
size_t plan_utf8_next(const char *s, size_t len, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t c;
	size_t n;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xC2 && u[0] <= 0xDF) {
		n = 2;
		c = u[0] & 0x1F;
	} else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
		n = 3;
		c = u[0] & 0x0F;
	} else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
		n = 4;
		c = u[0] & 0x07;
	} else {
		*cp = -1;
		return 1;
	}
	if (len < n) {
		*cp = -1;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = -1;
		return 1;
	}
	*cp = c;
	return n;
}

/* True when the 8 bytes at s are all ASCII. */
static bool ascii8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, sizeof(w));
	return !(w & UINT64_C(0x8080808080808080));
}

bool plan_utf8_valid(const char *s, size_t len, size_t *bad)
{
	size_t i = 0;
	int32_t cp;

	while (i < len) {
		if (i + 8 <= len && ascii8(s + i)) {
			i += 8;
			continue;
		}
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

int plan_name_find(const char *const *names, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			return (int)i;
	return -1;
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

/* Compares s with its NFC form, which utf8proc computes. */
static bool same_as_nfc(const char *s, size_t len)
{
	struct plan_buf nfc = PLAN_BUF_INIT;
	bool same =
	    plan_text_nfc(&nfc, s, len) == 0 && nfc.len == len && memcmp(nfc.s, s, len) == 0;

	plan_buf_release(&nfc);
	return same;
}

/*
 * Code points that are NFC_Quick_Check=Yes, have combining class 0 and are
 * never the second element of a canonical composition: Latin from ASCII to
 * the spacing modifiers (below U+0300), Latin Extended Additional (U+1E00 to
 * U+1EFF, the Vietnamese letters with tone marks) and general punctuation
 * (U+2010 to U+205E).  A string made only of them is in NFC without asking
 * utf8proc.  In valid UTF-8 they are the sequences that start with a byte
 * below 0xCC, with E1 B8 to E1 BB, or with E2 80 90 to E2 81 9E, so no
 * decoding is needed to recognise them.  tests/unit/test_text.c checks all
 * this against utf8proc for every code point.
 *
 * Returns the length of the sequence at s when it is such a code point,
 * else 0.
 */
static size_t nfc_stable_bytes(const unsigned char *s, size_t len)
{
	if (s[0] < 0x80)
		return 1;
	if (s[0] < 0xCC)
		return 2;
	if (len < 3)
		return 0;
	if (s[0] == 0xE1 && s[1] >= 0xB8 && s[1] <= 0xBB)
		return 3;
	if (s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0x90) || (s[1] == 0x81 && s[2] <= 0x9E)))
		return 3;
	return 0;
}

/* Returns the length of the UTF-8 sequence that starts with lead byte c. */
static size_t sequence_length(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/*
 * Eight bytes at a time, without a branch per byte: the helpers below set
 * the high bit of each byte of a word where the byte is what they say, and
 * no other bit; no sum carries from one byte into the next.
 */
#define EACH_BYTE(c) (UINT64_C(0x0101010101010101) * (c))

static inline uint64_t load_word(const unsigned char *u)
{
	uint64_t x;

	memcpy(&x, u, sizeof(x)); /* the same lane for the same offset, whatever the byte order */
	return x;
}

/* The bytes of x whose low seven bits are n or more (n at most 0x80). */
static inline uint64_t low_bits_at_least(uint64_t x, unsigned n)
{
	return ((x & EACH_BYTE(0x7F)) + EACH_BYTE(0x80 - n)) & EACH_BYTE(0x80);
}

/* The bytes of x that are n or more. */
static inline uint64_t at_least(uint64_t x, unsigned n)
{
	return n >= 0x80 ? x & low_bits_at_least(x, n - 0x80)
			 : (x & EACH_BYTE(0x80)) | low_bits_at_least(x, n);
}

static inline uint64_t below(uint64_t x, unsigned n)
{
	return ~at_least(x, n) & EACH_BYTE(0x80);
}

static inline uint64_t equal(uint64_t x, unsigned c)
{
	const uint64_t z = x ^ EACH_BYTE(c);

	return ~(((z & EACH_BYTE(0x7F)) + EACH_BYTE(0x7F)) | z) & EACH_BYTE(0x80);
}

/*
 * True when the 8 bytes at u (9 readable) hold no control and no lead byte
 * nfc_stable_bytes() would not take: nothing but printable ASCII, tab,
 * newline, continuation bytes, the leads C3 to CB, and E1 followed by B8 to
 * BB.  A byte C2 is looked at character by character (U+0080 to U+009F are
 * controls), and so is all the rest.  Almost every word of Vietnamese text
 * is such a word; test_text checks the two paths agree at every offset.
 */
static bool plain_word(const unsigned char *u)
{
	const uint64_t x = load_word(u), next = load_word(u + 1);
	const uint64_t control =
	    (below(x, 0x20) & ~equal(x, '\t') & ~equal(x, '\n')) | equal(x, 0x7F) | equal(x, 0xC2);
	const uint64_t vietnamese = equal(x, 0xE1) & at_least(next, 0xB8) & below(next, 0xBC);

	return !(control | (at_least(x, 0xCC) & ~vietnamese));
}

#ifdef __SSE2__
/*
 * plain_word() for the 16 bytes at u (17 readable), in SSE2, which every
 * x86-64 processor has: one compare per test for all 16 bytes.  Unsigned
 * byte order comes from min and max: x <= n exactly when min(x, n) == x.
 */
static bool plain_block(const unsigned char *u)
{
	const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)u);
	const __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(u + 1));
	const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);
	const __m128i kept = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
					  _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
	const __m128i control =
	    _mm_or_si128(_mm_andnot_si128(kept, low),
			 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)),
				      _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2))));
	const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8((char)0xCC)), x);
	const __m128i tone = _mm_sub_epi8(next, _mm_set1_epi8((char)0xB8)); /* B8..BB: 0..3 */
	const __m128i vietnamese =
	    _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE1)),
			  _mm_cmpeq_epi8(_mm_min_epu8(tone, _mm_set1_epi8(3)), tone));

	return _mm_movemask_epi8(_mm_or_si128(control, _mm_andnot_si128(vietnamese, high))) == 0;
}
#endif

/* Looks at the character at u (n bytes left): its length; facts and *stable updated. */
static size_t inspect_char(const unsigned char *u, size_t n, struct plan_text_facts *facts,
			   bool *stable)
{
	const unsigned char c = u[0];
	size_t k;

	if (c >= 0x20 && c < 0x7F)
		return 1;
	if (facts->control < 0) {
		if (c < 0x80 && c != '\t' && c != '\n')
			facts->control = c;
		else if (c == 0xC2 && n > 1 && u[1] < 0xA0)
			facts->control = u[1]; /* C1: U+0080 to U+009F */
	}
	k = nfc_stable_bytes(u, n);
	if (!k) {
		*stable = false;
		k = sequence_length(c);
	}
	return k;
}

#ifdef __SSE2__
enum { PLAIN_RUN = 16 };
#define plain_run plain_block
#else
enum { PLAIN_RUN = 8 };
#define plain_run plain_word
#endif

/*
 * True when the last n bytes (at most PLAIN_RUN) are plain, read as a run
 * with 'a' after them: an E1 among them is looked at with the byte after it
 * only when that byte is one of them.
 */
static bool plain_tail(const unsigned char *u, size_t n)
{
	unsigned char run[PLAIN_RUN + 1];

	memset(run, 'a', sizeof(run));
	memcpy(run, u, n);
	return plain_run(run);
}

void plan_text_inspect(const char *s, size_t len, struct plan_text_facts *facts)
{
	const unsigned char *u = (const unsigned char *)s;
	bool stable = true;
	size_t i = 0, end;

	facts->control = -1;
	while (i < len) {
		/* a run may end inside a character: its continuation bytes are plain */
		if (len - i > PLAIN_RUN ? plain_run(u + i) : plain_tail(u + i, len - i)) {
			i += PLAIN_RUN;
			continue;
		}
#ifdef __SSE2__
		if (len - i > 8 && plain_word(u + i)) {
			i += 8; /* half a run */
			continue;
		}
#endif
		while (i < len && (u[i] & 0xC0) == 0x80)
			i++; /* the rest of a character a plain run ended inside */
		for (end = i + 8 < len ? i + 8 : len; i < end;)
			i += inspect_char(u + i, len - i, facts, &stable);
	}
	facts->nfc = stable || same_as_nfc(s, len);
}

bool plan_text_is_nfc(const char *s, size_t len)
{
	struct plan_text_facts facts;

	plan_text_inspect(s, len, &facts);
	return facts.nfc;
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

bool plan_text_number(const char *s, size_t len, unsigned max, unsigned *out)
{
	unsigned v = 0;

	if (!len)
		return false;
	for (size_t i = 0; i < len; i++) {
		const unsigned d = (unsigned)(unsigned char)s[i] - '0';

		if (d > 9 || v > (max - d) / 10)
			return false;
		v = v * 10 + d;
	}
	*out = v;
	return true;
}
