/* test_diag.c - collecting and formatting diagnostics (src/core/diag.c). */
#include "testutil.h"

#include "plan/diag.h"

static void test_format(void **state)
{
	struct plan_diags d = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_diags_add(&d, "plans/x.yaml", (struct plan_pos){ 12, 5 }, PLAN_ERROR, "bad-date",
		       "invalid date '%s'", "2024-13-01");
	plan_diags_add(&d, NULL, (struct plan_pos){ 0, 0 }, PLAN_ERROR, NULL,
		       "cannot open 'x': No such file or directory");
	plan_diags_add(&d, "a\nb.yaml", (struct plan_pos){ 0, 0 }, PLAN_WARNING, "w", "m");
	assert_int_equal(d.errors, 2);
	assert_int_equal(d.warnings, 1);
	plan_diag_format(&d.v[0], false, &out);
	assert_string_equal(out.s,
			    "plans/x.yaml:12:5: error: invalid date '2024-13-01' [bad-date]");
	plan_buf_reset(&out);
	plan_diag_format(&d.v[1], false, &out);
	assert_string_equal(out.s, "plan: error: cannot open 'x': No such file or directory");
	plan_buf_reset(&out);
	plan_diag_format(&d.v[2], false, &out);
	assert_string_equal(out.s, "a\\nb.yaml: warning: m [w]");
	plan_buf_reset(&out);
	plan_diag_format(&d.v[0], true, &out);
	assert_string_equal(out.s, "plans/x.yaml:12:5: \033[1;31merror:\033[0m invalid date "
				   "'2024-13-01' [bad-date]");
	plan_buf_release(&out);
	plan_diags_release(&d);
	assert_int_equal(d.n, 0);
}

static void test_sort_and_drop(void **state)
{
	struct plan_diags d = PLAN_DIAGS_INIT;

	(void)state;
	plan_diags_add(&d, "f", (struct plan_pos){ 9, 1 }, PLAN_ERROR, "a", "first");
	plan_diags_add(&d, "f", (struct plan_pos){ 3, 7 }, PLAN_ERROR, "b", "second");
	plan_diags_add(&d, "f", (struct plan_pos){ 3, 2 }, PLAN_WARNING, "c", "third");
	plan_diags_add(&d, "f", (struct plan_pos){ 3, 7 }, PLAN_ERROR, "d", "fourth");
	plan_diags_sort_from(&d, 1);
	assert_string_equal(d.v[0].message, "first"); /* before start: untouched */
	assert_string_equal(d.v[1].message, "third");
	assert_string_equal(d.v[2].message, "second"); /* equal positions keep order */
	assert_string_equal(d.v[3].message, "fourth");
	plan_diags_drop_from(&d, 1, (struct plan_pos){ 3, 7 });
	assert_int_equal(d.n, 2);
	assert_string_equal(d.v[1].message, "third");
	assert_int_equal(d.errors, 1);
	assert_int_equal(d.warnings, 1);
	plan_diags_release(&d);
}

static void test_quote(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_quote(&out, "Tháng\t3\x1b[31m", strlen("Tháng\t3\x1b[31m"), 40);
	assert_string_equal(out.s, "'Tháng\\t3\\x1B[31m'");
	plan_buf_reset(&out);
	plan_quote(&out, "Thường xuyên trong 2024", strlen("Thường xuyên trong 2024"), 6);
	assert_string_equal(out.s, "'Thường…'");
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_sort_and_drop),
		cmocka_unit_test(test_quote),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
