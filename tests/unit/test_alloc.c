/* test_alloc.c - allocation that cannot fail (src/core/alloc.c). */
#include "testutil.h"

#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "alloc.h"

static void test_copies(void **state)
{
	char *a = plan_xstrdup("Quý II/2024");
	char *b = plan_xmemdup("Tháng 3/2023 và sau", strlen("Tháng 3/2023"));
	int *z = plan_xcalloc(16, sizeof(int));

	(void)state;
	assert_string_equal(a, "Quý II/2024");
	assert_string_equal(b, "Tháng 3/2023");
	for (int i = 0; i < 16; i++)
		assert_int_equal(z[i], 0);
	free(a);
	free(b);
	free(z);
}

static void test_grow(void **state)
{
	int *v = NULL;
	size_t cap = 0;

	(void)state;
	PLAN_GROW(v, cap, 1);
	assert_true(cap >= 1);
	for (size_t n = 0; n < 1000; n++) {
		PLAN_GROW(v, cap, n + 1);
		assert_true(cap >= n + 1);
		v[n] = (int)n;
	}
	for (size_t n = 0; n < 1000; n++)
		assert_int_equal(v[n], (int)n);
	PLAN_GROW(v, cap, 10); /* never shrinks */
	assert_true(cap >= 1000);
	free(v);
}

/* Runs fn in a child process and returns how that process ended. */
static int run_in_child(void (*fn)(void))
{
	int status = 0;
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		fclose(stderr); /* the child's "out of memory" message is expected */
		fn();
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return status;
}

/* n * 4 wraps around to 4: only the overflow check stops it. */
static void overflow(void)
{
	volatile size_t n = SIZE_MAX / 4 + 2;

	free(plan_xreallocarray(NULL, n, 4));
}

static void test_overflow_aborts(void **state)
{
	int status;

	(void)state;
	/* The count times the size overflows: the process stops, loudly. */
	status = run_in_child(overflow);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_copies),
		cmocka_unit_test(test_grow),
		cmocka_unit_test(test_overflow_aborts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
