/* test_version.c - version strings (src/core/version.c). */
#include "testutil.h"

#include <ctype.h>

#include "plan/version.h"

static void test_versions(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;
	const char *v = plan_version();

	(void)state;
	/* MAJOR.MINOR.PATCH, as CMake's project() gives it. */
	assert_true(isdigit((unsigned char)v[0]));
	assert_non_null(strchr(v, '.'));
	assert_string_equal(v, PLAN_TEST_VERSION);
	plan_library_versions(&out);
	assert_non_null(strstr(out.s, "libyaml 0."));
	assert_non_null(strstr(out.s, "PCRE2 10."));
	assert_non_null(strstr(out.s, "utf8proc 2."));
	assert_non_null(strstr(out.s, "(Unicode "));
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_versions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
