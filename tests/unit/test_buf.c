/* test_buf.c - growable strings (src/core/buf.c). */
#include "testutil.h"

#include <stdint.h>
#include <stdlib.h>

#include "plan/buf.h"

static void test_empty_buffer_is_a_string(void **state)
{
	struct plan_buf b = PLAN_BUF_INIT;
	char *s;

	(void)state;
	assert_string_equal(b.s, "");
	assert_int_equal(b.len, 0);
	s = plan_buf_detach(&b);
	assert_string_equal(s, "");
	free(s);
	plan_buf_release(&b);
}

static void test_appending(void **state)
{
	struct plan_buf b = PLAN_BUF_INIT;

	(void)state;
	plan_buf_addstr(&b, "Quý ");
	plan_buf_addf(&b, "%s/%d", "II", 2024);
	plan_buf_addch(&b, '!');
	plan_buf_addchars(&b, '.', 3);
	assert_string_equal(b.s, "Quý II/2024!...");
	assert_int_equal(b.len, strlen("Quý II/2024!..."));
	{ /* numbers as "%zu" writes them */
		static const size_t numbers[] = { 0, 7, 10, 99, 100, 4294967296u, SIZE_MAX };
		struct plan_buf n = PLAN_BUF_INIT, f = PLAN_BUF_INIT;

		for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
			plan_buf_add_size(&n, numbers[i]);
			plan_buf_addf(&f, "%zu", numbers[i]);
			plan_buf_addch(&n, ' ');
			plan_buf_addch(&f, ' ');
		}
		assert_string_equal(n.s, f.s);
		plan_buf_release(&n);
		plan_buf_release(&f);
	}
	plan_buf_truncate(&b, 4);
	assert_string_equal(b.s, "Quý");
	plan_buf_truncate(&b, 100); /* longer than the string: nothing happens */
	assert_string_equal(b.s, "Quý");
	plan_buf_reset(&b);
	assert_string_equal(b.s, "");
	for (int i = 0; i < 1000; i++)
		plan_buf_addstr(&b, "0123456789");
	assert_int_equal(b.len, 10000);
	assert_int_equal(b.s[10000], '\0');
	plan_buf_release(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.s, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_buffer_is_a_string),
		cmocka_unit_test(test_appending),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
