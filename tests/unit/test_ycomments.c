/*
 * test_ycomments.c - comments counted from libyaml's tokens
 * (src/core/ycomments.c), whatever line breaks the file uses.
 */
#include "testutil.h"

#include "ycomments.h"

static const struct {
	const char *name;
	const char *text;
	size_t want;
} cases[] = {
	{ "own-line, end-of-line, indented; # inside quotes is text",
	  "# a\nplan: x # b\n  # c\ntitle: \"#not\" # d\n", 4 },
	{ "# glued to a word is text", "plan: x#y\ntitle: a #b\n", 1 },
	{ "# right after a quoted value is a comment", "id: \"1\"# c\nx: 'a'#d\n", 2 },
	{ "CR alone", "# a\rplan: x\r# b\r", 2 },
	{ "CRLF", "# a\r\nplan: x # b\r\n", 2 },
	{ "NEL", "plan: x\xc2\x85# a\xc2\x85", 1 },
	{ "LS and PS", "plan: x\xe2\x80\xa8# a\xe2\x80\xa9title: y # b\n", 2 },
	{ "block scalar: # inside is text, its header's comment counts",
	  "note: | # a\n  # not a comment\n  text\n# b\n", 2 },
	{ "folded block scalar", "note: >- # a\n  x # y\n", 1 },
	{ "a header comment with no blank before it (fuzz_fmt found it)", "note: |#a\n  x\n", 1 },
	{ "indicators, then the comment", "note: |2- #a\n    x\n", 1 },
	{ "byte-order mark", "\xef\xbb\xbf# a\nplan: x\n", 1 },
	{ "Vietnamese before the #", "task: Rà soát văn bản # ghi chú\n", 1 },
	{ "none", "plan: x\n", 0 },
	{ "empty", "", 0 },
};

static void test_counts(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		print_message("%s\n", cases[i].name);
		assert_int_equal(ycomment_count(cases[i].text, strlen(cases[i].text)),
				 cases[i].want);
	}
}

static void test_not_yaml(void **state)
{
	(void)state;
	/* Tokens only: what libyaml's scanner refuses (a parser error is not its business). */
	assert_int_equal(ycomment_count("a: \"b\n", 6), SIZE_MAX);
	assert_int_equal(ycomment_count("a: \"\xff\"\n", 7), SIZE_MAX);
	assert_int_equal(ycomment_count("a:\n\tb: c # x\n", 14), SIZE_MAX);
}

static void test_breaks(void **state)
{
	const char s[] = "a\r\nb\rc\xc2\x85" "d\xe2\x80\xa8" "e\xe2\x80\xa9" "f\n";
	size_t len = sizeof(s) - 1;

	(void)state;
	assert_int_equal(ybreak_at(s, len, 0), 0);
	assert_int_equal(ybreak_at(s, len, 1), 2); /* CRLF */
	assert_int_equal(ybreak_at(s, len, 4), 1); /* CR */
	assert_int_equal(ybreak_at(s, len, 6), 2); /* NEL */
	assert_int_equal(ybreak_at(s, len, 9), 3); /* LS */
	assert_int_equal(ybreak_at(s, len, 13), 3); /* PS */
	assert_int_equal(ybreak_at(s, len, 17), 1); /* LF */
	assert_int_equal(ybreak_at("\xe2\x80\xa8", 2, 0), 0); /* cut short */
	assert_true(ybreak_before(s, 3));
	assert_true(ybreak_before(s, 5));
	assert_true(ybreak_before(s, 8));
	assert_true(ybreak_before(s, 12));
	assert_false(ybreak_before(s, 7)); /* inside NEL */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_not_yaml),
		cmocka_unit_test(test_breaks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
