/*
 * test_text.c - UTF-8, NFC, display width, fitting and escaping
 * (src/core/text.c).
 */
#include <limits.h>

#include "testutil.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "text.h"

static void test_utf8_validity(void **state)
{
	static const struct {
		const char *s;
		size_t len;
		bool valid;
		size_t bad;
	} table[] = {
		{ "Tháng 3/2023", 13, true, 0 },     { "Quý II", 7, true, 0 },
		{ "ab\xFF", 3, false, 2 },           { "\xC0\x80", 2, false, 0 }, /* overlong NUL */
		{ "\xE0\x80\xAF", 3, false, 0 },                                  /* overlong '/' */
		{ "\xED\xA0\x80", 3, false, 0 },                                  /* a surrogate */
		{ "\xF4\x90\x80\x80", 4, false, 0 }, /* above U+10FFFF */
		{ "x\xE1\xBA", 3, false, 1 },        /* cut short */
		{ "\xE1\xBA\xA1\x80", 4, false, 3 }, /* a stray continuation byte */
		{ "\xF0\x9F\x98\x80", 4, true, 0 },  /* outside the BMP */
	};

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		size_t bad = 999;

		print_message("case %zu\n", i);
		assert_int_equal(plan_utf8_valid(table[i].s, table[i].len, &bad), table[i].valid);
		if (!table[i].valid)
			assert_int_equal(bad, table[i].bad);
	}
}

/* Decodes s with utf8proc: the reference plan_utf8_next() must agree with. */
static void reference(const unsigned char *s, size_t len, int32_t *cp, size_t *n)
{
	utf8proc_ssize_t r = utf8proc_iterate(s, (utf8proc_ssize_t)len, cp);

	if (r <= 0) {
		*cp = -1;
		*n = 1;
	} else {
		*n = (size_t)r;
	}
}

static void agree(const unsigned char *s, size_t len)
{
	int32_t mine, theirs;
	size_t n_mine, n_theirs;

	n_mine = plan_utf8_next((const char *)s, len, &mine);
	reference(s, len, &theirs, &n_theirs);
	if (mine != theirs || n_mine != n_theirs) {
		print_message("%02X %02X %02X %02X (len %zu): %d/%zu, utf8proc %d/%zu\n", s[0],
			      len > 1 ? s[1] : 0, len > 2 ? s[2] : 0, len > 3 ? s[3] : 0, len, mine,
			      n_mine, theirs, n_theirs);
		fail();
	}
}

static void test_decoder_agrees_with_utf8proc(void **state)
{
	static const unsigned char tails[] = { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
					       0x9F, 0xA0, 0xBF, 0xC0, 0xFF };
	unsigned char b[4];

	(void)state;
	for (unsigned x = 0; x < 256; x++) {
		b[0] = (unsigned char)x;
		agree(b, 1);
		for (unsigned y = 0; y < 256; y++) {
			b[1] = (unsigned char)y;
			agree(b, 2);
			if (x < 0xC0)
				continue;
			for (unsigned z = 0; z < 256; z++) {
				b[2] = (unsigned char)z;
				agree(b, 3);
				for (size_t w = 0; x >= 0xF0 && w < sizeof(tails); w++) {
					b[3] = tails[w];
					agree(b, 4);
				}
			}
		}
	}
}

static void test_counting(void **state)
{
	(void)state;
	assert_int_equal(plan_text_chars("Thường xuyên", strlen("Thường xuyên")), 12);
	assert_int_equal(plan_text_prefix_chars("Thường xuyên", strlen("Thường xuyên"), 3),
			 strlen("Thư"));
	assert_int_equal(plan_text_prefix_chars("ab", 2, 10), 2);
}

/* Says whether the code points cps are in NFC, as utf8proc's full NFC mapping says. */
static bool reference_nfc(const utf8proc_int32_t *cps, size_t n)
{
	utf8proc_uint8_t text[128], *nfc = NULL;
	utf8proc_ssize_t len = 0, m;
	bool same;

	for (size_t i = 0; i < n; i++)
		len += utf8proc_encode_char(cps[i], text + len);
	m = utf8proc_map(text, len, &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	same = m == len && memcmp(nfc, text, (size_t)len) == 0;
	free(nfc);
	return same;
}

/* The fast path of plan_text_inspect() trusts three ranges; check the claim. */
static bool fast(int32_t cp)
{
	return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x205E);
}

static void test_nfc_fast_path_claim(void **state)
{
	utf8proc_int32_t buf[8];
	int last;

	(void)state;
	for (int32_t cp = 0; cp <= 0x205E; cp++) {
		if (!fast(cp))
			continue;
		/* A base character: nothing reorders around it. */
		assert_int_equal(utf8proc_get_property(cp)->combining_class, 0);
		/* Alone, it is its own NFC: no singleton, no exclusion. */
		assert_true(reference_nfc(&cp, 1));
	}
	/* No character decomposes to something that ends in a fast character. */
	for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
		utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 8, UTF8PROC_DECOMPOSE, &last);

		if (n > 1)
			assert_false(fast(buf[n - 1]));
	}
}

static size_t encode(const utf8proc_int32_t *cps, size_t n, char *out)
{
	size_t len = 0;

	for (size_t i = 0; i < n; i++)
		len += (size_t)utf8proc_encode_char(cps[i], (utf8proc_uint8_t *)out + len);
	return len;
}

/*
 * plan_text_inspect() answers from the bytes where it can; it must agree
 * with utf8proc on every character, and on every character's canonical
 * decomposition (the strings whose NFC composes).
 */
static void test_inspect_agrees_with_utf8proc(void **state)
{
	utf8proc_int32_t cps[48];
	char text[256];
	struct plan_text_facts facts;
	int last = 0;

	(void)state;
	for (utf8proc_int32_t cp = 0; cp <= 0x10FFFF; cp++) {
		utf8proc_ssize_t n;
		size_t len;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		len = encode(&cp, 1, text);
		plan_text_inspect(text, len, &facts);
		if (facts.nfc != reference_nfc(&cp, 1) ||
		    facts.control !=
			((cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) && cp != '\t' && cp != '\n'
			     ? cp
			     : -1)) {
			print_message("U+%04X\n", (unsigned)cp);
			fail();
		}
		n = utf8proc_decompose_char(cp, cps, 32, UTF8PROC_DECOMPOSE, &last);
		if (n < 2 || n > 32)
			continue;
		len = encode(cps, (size_t)n, text);
		plan_text_inspect(text, len, &facts);
		if (facts.nfc != reference_nfc(cps, (size_t)n)) {
			print_message("decomposition of U+%04X\n", (unsigned)cp);
			fail();
		}
	}
}

static bool is_control_cp(utf8proc_int32_t cp)
{
	return (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) && cp != '\t' && cp != '\n';
}

/*
 * plan_text_inspect() reads most runs of sixteen or eight bytes at once.
 * Any character put at any offset of a Vietnamese text, so at every place in
 * and across those runs, gives what it gives alone: the text holds its
 * control, and is in NFC when utf8proc says so (a mark after a letter
 * composes with it).
 */
static void test_inspect_reads_runs_as_characters(void **state)
{
	static const utf8proc_int32_t around[] = {
		'K',    0x1EBF, ' ', 'h',    'o',    0x1EA1, 'c',    'h',    '\t',   0x0111,
		0x01A1, 'n',    ' ', 'v',    0x1ECB, '\n',   0x01B0, 0x1EDD, 'n',    'g',
		' ',    'Q',    'u', 0x00FD, ' ',    'I',    'I',    '/',    '2',    '0',
		'2',    '4',    ' ', 0x0111, 0x1EBF, 'n',    ' ',    'h',    0x1EBF, 't',
	};
	const size_t n_around = sizeof(around) / sizeof(around[0]);
	utf8proc_int32_t cps[48];
	char text[256];
	struct plan_text_facts facts;

	(void)state;
	for (utf8proc_int32_t cp = 0; cp <= 0x10FFFF; cp += cp < 0x3000 ? 1 : 101) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		for (size_t at = 0; at <= 29; at++) {
			size_t len;

			memcpy(cps, around, at * sizeof(*cps));
			cps[at] = cp;
			memcpy(cps + at + 1, around + at, (n_around - at) * sizeof(*cps));
			len = encode(cps, n_around + 1, text);
			plan_text_inspect(text, len, &facts);
			if (facts.nfc != reference_nfc(cps, n_around + 1) ||
			    facts.control != (is_control_cp(cp) ? cp : -1)) {
				print_message("U+%04X at %zu\n", (unsigned)cp, at);
				fail();
			}
		}
	}
}

static void test_nfc(void **state)
{
	static const char nfd[] = "Ke\xCC\x82\xCC\x81 hoa\xCC\xA3\x63h"; /* Kế hoạch, NFD */
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	assert_true(plan_text_is_nfc("Kế hoạch", strlen("Kế hoạch")));
	assert_true(plan_text_is_nfc("“Quý” – …", strlen("“Quý” – …")));
	assert_false(plan_text_is_nfc(nfd, strlen(nfd)));
	assert_false(plan_text_is_nfc("\xE2\x84\xAB", 3)); /* ANGSTROM SIGN, a singleton */
	assert_true(plan_text_is_nfc("漢字", strlen("漢字")));
	assert_int_equal(plan_text_nfc(&out, nfd, strlen(nfd)), 0);
	assert_string_equal(out.s, "Kế hoạch");
	plan_buf_release(&out);
}

static int32_t control(const char *s, size_t len)
{
	struct plan_text_facts facts;

	plan_text_inspect(s, len, &facts);
	return facts.control;
}

/* A control at any byte of the runs read 16 or 8 at a time is found; 0x20 and 0x7E are not. */
static void test_controls_in_ascii_words(void **state)
{
	static const unsigned char bytes[] = { 0x01, 0x0D, 0x1B, 0x1F, 0x7F, 0x20, 0x7E, 0x40 };

	(void)state;
	for (size_t b = 0; b < sizeof(bytes); b++) {
		for (size_t at = 0; at < 48; at++) {
			char s[48];

			memset(s, 'a', sizeof(s));
			s[at] = (char)bytes[b];
			assert_int_equal(control(s, sizeof(s)),
					 bytes[b] < 0x20 || bytes[b] == 0x7F ? bytes[b] : -1);
		}
	}
}

static void test_controls(void **state)
{
	(void)state;
	assert_int_equal(control("a\tb\nc", 5), -1);
	assert_int_equal(control("a\rb", 3), '\r');
	assert_int_equal(control("a\x1b[1m", 5), 0x1B);
	assert_int_equal(control("a\x7f", 2), 0x7F);
	assert_int_equal(control("\0", 1), 0);
	assert_int_equal(control("Tháng\xC2\x9B", strlen("Tháng") + 2), 0x9B);
	assert_int_equal(control("x\x01y\x02", 4), 1); /* the first one */
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(
	    plan_text_width("Cục Công nghệ thông tin", strlen("Cục Công nghệ thông tin")), 23);
	assert_int_equal(plan_text_width("漢字", strlen("漢字")), 4);
	assert_int_equal(plan_text_width("e\xCC\x81", 3), 1);
}

/*
 * The width of every character is utf8proc's (1 for controls, shown as a
 * space), whether it is measured by the fast path (U+0000 to U+02FF, U+1E00
 * to U+1EFF) or not; and no two characters below U+0300 make one grapheme
 * but CR LF, which fitting takes for granted, nor is any a space separator
 * but U+0020 and U+00A0, which shortening does.
 */
static void test_width_fast_path_agrees_with_utf8proc(void **state)
{
	char buf[8];

	(void)state;
	for (utf8proc_int32_t cp = 0; cp < 0x2000; cp++) {
		const size_t n = encode(&cp, 1, buf);
		const int want =
		    cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ? 1 : utf8proc_charwidth(cp);

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		if (plan_text_width(buf, n) != (size_t)want)
			fail_msg("U+%04X: width %zu, utf8proc says %d", (unsigned)cp,
				 plan_text_width(buf, n), (int)want);
	}
	/* The claim fitting relies on: in the fast ranges only CR LF join. */
	for (utf8proc_int32_t a = 0; a < 0x1F00; a = a == 0x2FF ? 0x1E00 : a + 1)
		for (utf8proc_int32_t b = 0; b < 0x1F00; b = b == 0x2FF ? 0x1E00 : b + 1) {
			utf8proc_int32_t st = 0;

			if (!utf8proc_grapheme_break_stateful(a, b, &st) &&
			    !(a == '\r' && b == '\n'))
				fail_msg("U+%04X U+%04X is one grapheme", (unsigned)a, (unsigned)b);
		}
	/* The claim shortening relies on: the space separators there are these two. */
	for (utf8proc_int32_t cp = 0; cp < 0x1F00; cp = cp == 0x2FF ? 0x1E00 : cp + 1)
		if ((utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) != (cp == ' ' || cp == 0xA0))
			fail_msg("U+%04X: space separator %d", (unsigned)cp,
				 utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS);
	/* Not in the fast ranges: asked of utf8proc. */
	assert_int_equal(plan_text_width("\xE3\x81\x82", 3), 2); /* あ */
	assert_int_equal(plan_text_width("\xE1\xBC\x80", 3), 1); /* U+1F00 */
	assert_int_equal(plan_text_width("\xCC\x80", 2), 0);     /* U+0300 */
	assert_int_equal(plan_text_width("\xE1", 1), 1);         /* a bad byte: U+FFFD */
}

/* The width of s a character at a time, as plan_text_width() defines it. */
static size_t width_by_characters(const char *s, size_t len)
{
	size_t i = 0, w = 0;
	int32_t cp;

	while (i < len) {
		i += plan_utf8_next(s + i, len - i, &cp);
		if (cp < 0 || cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
			w++; /* a bad byte as U+FFFD, a control as a space */
		else
			w += (size_t)utf8proc_charwidth(cp);
	}
	return w;
}

/*
 * plan_text_width() measures most runs of sixteen bytes at once.  Texts
 * made of Vietnamese letters, wide and zero-width characters, controls, and
 * bad or cut sequences, in every length up to 70 bytes, measure what they
 * measure a character at a time.
 */
static void test_width_by_runs(void **state)
{
	static const char *const pieces[] = {
		"a",
		" ",
		"\t",
		"\x01",
		"\x7F",
		"\xC2\x85",
		"\xC3\xA2",
		"\xCB\x86",
		"\xC4\x91",
		"\xE1\xBB\x87",
		"\xE1\xBA\xA1",
		"\xE1\xBC\x80",
		"\xCC\x81",
		"\xE6\xBC\xA2",
		"\xF0\x9F\x8F\xBB",
		"\xE1",
		"\xE1\xBB",
		"\xC3",
		"\x80",
		"\xBF",
		"\xC0\x80",
		"\xFF",
		"\xED\xA0\x80",
	};
	const size_t n_pieces = sizeof(pieces) / sizeof(pieces[0]);
	unsigned seed = 12345;
	char text[128];

	(void)state;
	for (int round = 0; round < 20000; round++) {
		size_t len = 0;
		const size_t want = (size_t)(round % 71);

		while (len < want) {
			const char *p;
			size_t n;

			seed = seed * 1103515245u + 12345u;
			/* mostly letters, as in a plan: the rest a piece in eight */
			p = (seed >> 16) % 8 ? pieces[(seed >> 8) % 11]
					     : pieces[(seed >> 8) % n_pieces];
			n = strlen(p);
			if (len + n > want)
				break;
			memcpy(text + len, p, n);
			len += n;
		}
		if (plan_text_width(text, len) != width_by_characters(text, len)) {
			print_message("round %d: %zu bytes\n", round, len);
			fail();
		}
	}
}

static void test_fit(void **state)
{
	static const struct {
		const char *s;
		size_t width;
		const char *want;
		size_t used;
	} table[] = {
		{ "Tháng 3/2023", 20, "Tháng 3/2023", 12 },
		{ "Tháng 3/2023", 12, "Tháng 3/2023", 12 },
		{ "Tháng 3/2023", 11, "Tháng 3/20…", 11 },
		{ "Cục Công nghệ thông tin", 8, "Cục Côn…", 8 },
		{ "Cục Công nghệ thông tin", 9, "Cục Công…", 9 },
		{ "Cục Công nghệ thông tin", 10, "Cục Công…", 9 }, /* no space before … */
		{ "漢字漢字", 5, "漢字…", 5 }, /* a wide char does not fit half */
		{ "Ke\xCC\x82\xCC\x81t qua", 3, "Ke\xCC\x82\xCC\x81…", 3 }, /* whole graphemes */
		{ "dòng một\ndòng hai", 40, "dòng một dòng hai", 17 },
		{ "\x1b[31mđỏ", 40, " [31mđỏ", 7 },
		{ "abc", 0, "", 0 },
		{ "ab\r\ncd", 3, "ab…", 3 }, /* CR LF is one grapheme */
		{ "ka\xF0\x9F\x8F\xBBx", 3, "k…",
		  2 }, /* a and a skin tone (U+1F3FB): one grapheme */
		{ "Tr\xE1\xBB\x8Dng t\xC3\xA2m", 4, "Trọ…", 4 }, /* ọ from U+1E00..1EFF */
		{ "a\xFF"
		  "b",
		  10,
		  "a\xEF\xBF\xBD"
		  "b",
		  3 },                          /* a bad byte shows as U+FFFD */
		{ "x\xC2\x85y", 10, "x y", 3 }, /* C1 control NEL as a space */
	};
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		size_t used;

		plan_buf_reset(&out);
		used = plan_text_fit(&out, table[i].s, strlen(table[i].s), table[i].width);
		print_message("case %zu: '%s'\n", i, out.s);
		assert_string_equal(out.s, table[i].want);
		assert_int_equal(used, table[i].used);
	}
	plan_buf_release(&out);
}

/* A position cut from its start keeps its end: the file's name and line. */
static void test_fit_tail(void **state)
{
	static const struct {
		const char *s;
		size_t width;
		const char *want;
		size_t used;
	} table[] = {
		{ "plans/btp.yaml:36", 17, "plans/btp.yaml:36", 17 },
		{ "plans/btp.yaml:36", 16, "…ans/btp.yaml:36", 16 },
		{ "plans/btp.yaml:36", 8, "…yaml:36", 8 },
		{ "kế hoạch/tư pháp.yaml:9", 12, "…pháp.yaml:9", 12 },
		{ "漢字漢字", 5, "…漢字", 5 }, /* no half of a wide char */
		{ "ab Ke\xCC\x82\xCC\x81t", 4, "…Ke\xCC\x82\xCC\x81t", 4 }, /* whole graphemes */
		{ "ab  cd", 4, "…cd", 3 },                                  /* no blank after … */
		{ "abc", 1, "…", 1 },
		{ "abc", 0, "", 0 },
	};
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const size_t len = strlen(table[i].s);
		size_t used;

		plan_buf_reset(&out);
		used = plan_text_fit_tail(&out, table[i].s, len, plan_text_width(table[i].s, len),
					  table[i].width);
		print_message("case %zu: '%s'\n", i, out.s);
		assert_string_equal(out.s, table[i].want);
		assert_int_equal(used, table[i].used);
	}
	plan_buf_release(&out);
}

/* Where a wrapped line ends: at a space that lets it fit, else in the word. */
static void test_wrap(void **state)
{
	static const struct {
		const char *s;
		size_t width;
		const char *line, *rest;
	} table[] = {
		{ "abc def", 5, "abc", "def" },
		{ "abc def", 7, "abc def", "" },
		{ "abc  def", 4, "abc", "def" },
		{ "abcdefgh", 3, "abc", "defgh" },          /* a word wider than the line */
		{ "Cục Công nghệ", 8, "Cục Công", "nghệ" }, /* columns, not bytes */
		{ "Ke\xCC\x82\xCC\x81t qua", 3, "Ke\xCC\x82\xCC\x81t", "qua" },
		{ "漢字漢字", 5, "漢字", "漢字" },
		{ "abc", 0, "a", "bc" }, /* one grapheme at least */
		{ "dòng một\ndòng hai", 9, "dòng một", "dòng hai" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const size_t len = strlen(table[i].s);
		size_t next = 0, n = plan_text_wrap(table[i].s, len, table[i].width, &next);

		print_message("case %zu\n", i);
		assert_int_equal(n, strlen(table[i].line));
		assert_memory_equal(table[i].s, table[i].line, n);
		assert_string_equal(table[i].s + next, table[i].rest);
	}
}

/* The one reader of numbers: digits only, at most max, never an overflow. */
static void test_number(void **state)
{
	unsigned v = 7;

	(void)state;
	assert_true(plan_text_number("2025", 4, 9999, &v));
	assert_int_equal(v, 2025);
	assert_true(plan_text_number("0000", 4, 9999, &v));
	assert_int_equal(v, 0);
	assert_true(plan_text_number("4294967295", 10, UINT_MAX, &v));
	assert_int_equal(v, UINT_MAX);
	v = 7;
	assert_false(plan_text_number("4294967296", 10, UINT_MAX, &v));
	assert_false(plan_text_number("99999999999999999999", 20, UINT_MAX, &v));
	assert_false(plan_text_number("10000", 5, 9999, &v));
	assert_false(plan_text_number("", 0, 9999, &v));
	assert_false(plan_text_number("20a5", 4, 9999, &v));
	assert_false(plan_text_number("-1", 2, 9999, &v));
	assert_false(plan_text_number("\xEF\xBC\x93", 3, 9999, &v)); /* full-width 3: not ASCII */
	assert_int_equal(v, 7);                                      /* untouched when false */
}

static void test_shorten(void **state)
{
	static const struct {
		const char *in;
		size_t max;
		const char *want;
	} table[] = {
		/* Short enough: only white space is squeezed. */
		{ "Rà soát  văn bản\n", 20, "Rà soát văn bản" },
		{ "Rà soát văn bản", 15, "Rà soát văn bản" },
		/* Cut after the last whole word, without the punctuation before it. */
		{ "Rà soát văn bản pháp luật", 20, "Rà soát văn bản…" },
		{ "Rà soát, đánh giá, tái cấu trúc", 12, "Rà soát…" },
		{ "Rà soát, đánh giá, tái cấu trúc", 19, "Rà soát, đánh giá…" },
		/* The word ends exactly where the room does. */
		{ "Rà soát văn bản pháp", 16, "Rà soát văn bản…" },
		/* One long first word: cut within it. */
		{ "Khẩnnnnnnnnnnnnnnnnn trương", 10, "Khẩnnnnnn…" },
		/* Closing quotes and brackets stay before the ellipsis. */
		{ "Dịch vụ “cấp Giấy” và nhiều việc khác", 20, "Dịch vụ “cấp Giấy”…" },
		{ "", 5, "" },
	};
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		plan_buf_reset(&out);
		plan_text_shorten(&out, table[i].in, strlen(table[i].in), table[i].max);
		print_message("%s (%zu)\n", table[i].in, table[i].max);
		assert_string_equal(out.s, table[i].want);
		assert_true(plan_text_chars(out.s, out.len) <= table[i].max);
	}
	plan_buf_release(&out);
}

static void test_escape(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_text_escape(&out, "Việc\n\t\x1b\xFF\xC2\x85!", 13);
	assert_string_equal(out.s, "Việc\\n\\t\\x1B\\xFF\\u0085!");
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_validity),
		cmocka_unit_test(test_decoder_agrees_with_utf8proc),
		cmocka_unit_test(test_counting),
		cmocka_unit_test(test_nfc_fast_path_claim),
		cmocka_unit_test(test_inspect_agrees_with_utf8proc),
		cmocka_unit_test(test_inspect_reads_runs_as_characters),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_controls_in_ascii_words),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_width_fast_path_agrees_with_utf8proc),
		cmocka_unit_test(test_width_by_runs),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_fit_tail),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_number),
		cmocka_unit_test(test_shorten),
		cmocka_unit_test(test_escape),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
