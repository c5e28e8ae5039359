/*
 * test_text.c - UTF-8, NFC, display width, fitting and escaping
 * (src/core/text.c).
 */
#include "testutil.h"

#include <stdlib.h>
#include <utf8proc.h>

#include "plan/text.h"

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

static void test_counting(void **state)
{
	(void)state;
	assert_int_equal(plan_text_chars("Thường xuyên", strlen("Thường xuyên")), 12);
	assert_int_equal(plan_text_prefix_chars("Thường xuyên", strlen("Thường xuyên"), 3),
			 strlen("Thư"));
	assert_int_equal(plan_text_prefix_chars("ab", 2, 10), 2);
}

/* The fast path of plan_text_is_nfc() trusts three ranges; check the claim. */
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
		utf8proc_ssize_t n;

		if (!fast(cp))
			continue;
		assert_int_equal(utf8proc_get_property(cp)->combining_class, 0);
		/* A one-character string stays itself: no singleton decomposition. */
		buf[0] = cp;
		n = utf8proc_normalize_utf32(buf, 1, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		assert_int_equal(n, 1);
		assert_int_equal(buf[0], cp);
	}
	/* No character decomposes to something that ends in a fast character. */
	for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
		utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 8, UTF8PROC_DECOMPOSE, &last);

		if (n > 1)
			assert_false(fast(buf[n - 1]));
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

static void test_controls(void **state)
{
	(void)state;
	assert_int_equal(plan_text_find_control("a\tb\nc", 5, true), -1);
	assert_int_equal(plan_text_find_control("a\tb\nc", 5, false), '\n');
	assert_int_equal(plan_text_find_control("a\x1b[1m", 5, true), 0x1B);
	assert_int_equal(plan_text_find_control("a\xC2\x9B", 3, true), 0x9B);
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(
	    plan_text_width("Cục Công nghệ thông tin", strlen("Cục Công nghệ thông tin")), 23);
	assert_int_equal(plan_text_width("漢字", strlen("漢字")), 4);
	assert_int_equal(plan_text_width("e\xCC\x81", 3), 1);
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
		cmocka_unit_test(test_counting),
		cmocka_unit_test(test_nfc_fast_path_claim),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_escape),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
