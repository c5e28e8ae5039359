/* test_pattern.c - --grep patterns (src/core/pattern.c). */
#include "testutil.h"

#include "plan/pattern.h"

static bool matches(const char *pattern, const char *text)
{
	struct plan_buf err = PLAN_BUF_INIT;
	struct plan_pattern *p = plan_pattern_new(pattern, &err);
	bool found;

	assert_non_null(p);
	found = plan_pattern_match(p, text, strlen(text));
	plan_pattern_free(p);
	plan_buf_release(&err);
	return found;
}

static void test_matching(void **state)
{
	(void)state;
	/* No diacritics in the pattern: diacritics in the text do not matter. */
	assert_true(matches("quan triet", "Tổ chức quản triệt đến toàn bộ"));
	assert_true(matches("quan triet", "Tổ chức quán triệt"));
	assert_true(matches("DE AN 06", "triển khai Đề án 06"));
	assert_true(matches("ke hoach", "Ke\xcc\x82\xcc\x81 hoa\xcc\xa3\x63h")); /* NFD text */
	/* Diacritics in the pattern: they must match, but case need not. */
	assert_true(matches("quán triệt", "Tổ chức QUÁN TRIỆT"));
	assert_false(matches("quán triệt", "Tổ chức quản triệt"));
	assert_true(matches("Đề án", "triển khai đề án 06"));
	assert_false(matches("Đề án", "triển khai de an 06"));
	/* A decomposed pattern is the same pattern. */
	assert_true(matches("qua\xcc\x81n", "quán triệt"));
	assert_false(matches("qua\xcc\x81n", "quản triệt"));
	/* It is a PCRE2 pattern. */
	assert_true(matches("^tổ chức\\b", "Tổ chức quán triệt"));
	assert_true(matches("\\d{2}/QĐ-TTg", "Quyết định số 06/QĐ-TTg"));
	assert_false(matches("^triệt", "Tổ chức quán triệt"));
}

static void test_invalid(void **state)
{
	struct plan_buf err = PLAN_BUF_INIT;

	(void)state;
	assert_null(plan_pattern_new("Quý (II", &err));
	assert_string_equal(err.s, "missing closing parenthesis at character 7");
	plan_buf_reset(&err);
	assert_null(plan_pattern_new("\xff", &err));
	assert_string_equal(err.s, "not valid UTF-8 at offset 0");
	plan_buf_release(&err);
}

/* A pattern that backtracks without end stops at a limit, and says so; it is no "no match". */
static void test_limits(void **state)
{
	struct plan_buf err = PLAN_BUF_INIT, why = PLAN_BUF_INIT;
	struct plan_pattern *p = plan_pattern_new("(.*)*x$", &err);
	const char text[] = "Triển khai thực hiện Đề án 06 của Chính phủ về phát triển ứng dụng "
			    "dữ liệu về dân cư, định danh và xác thực điện tử";

	(void)state;
	assert_non_null(p);
	assert_false(plan_pattern_failed(p, &why));
	assert_false(plan_pattern_match(p, text, strlen(text)));
	assert_true(plan_pattern_failed(p, &why));
	assert_non_null(strstr(why.s, "limit"));
	plan_pattern_free(p);
	/* an ordinary pattern on the same text does not fail */
	p = plan_pattern_new("dan cu", &err);
	assert_true(plan_pattern_match(p, text, strlen(text)));
	assert_false(plan_pattern_failed(p, &why));
	plan_pattern_free(p);
	plan_buf_release(&err);
	plan_buf_release(&why);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matching),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_limits),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
