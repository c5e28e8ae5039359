/* test_arena.c - bump allocation (src/core/arena.c). */
#include "testutil.h"

#include <stdalign.h>
#include <stdint.h>

#include "arena.h"

static void test_alignment_and_independence(void **state)
{
	struct arena *a = arena_new();
	char *s = arena_strndup(a, "Tháng 3", 8);
	double *d = arena_alloc(a, sizeof(*d));
	unsigned char *big = arena_alloc(a, 1 << 20);

	(void)state;
	assert_string_equal(s, "Tháng 3");
	assert_int_equal((uintptr_t)d % alignof(max_align_t), 0);
	*d = 1.5;
	memset(big, 0xAB, 1 << 20);
	/* A big block lives beside the current chunk: small ones keep coming. */
	char *t = arena_strndup(a, "Quý II", strlen("Quý II"));
	assert_string_equal(s, "Tháng 3");
	assert_string_equal(t, "Quý II");
	assert_true(*d == 1.5);
	assert_int_equal(big[(1 << 20) - 1], 0xAB);
	arena_free(a);
}

static void test_many_small_allocations(void **state)
{
	struct arena *a = arena_new();
	int *v[10000];

	(void)state;
	for (int i = 0; i < 10000; i++) {
		v[i] = arena_alloc(a, sizeof(int));
		*v[i] = i;
	}
	for (int i = 0; i < 10000; i++)
		assert_int_equal(*v[i], i);
	assert_null(arena_memdup(a, v, 0, sizeof(int)));
	int *z = arena_calloc(a, 100, sizeof(int));
	for (int i = 0; i < 100; i++)
		assert_int_equal(z[i], 0);
	arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alignment_and_independence),
		cmocka_unit_test(test_many_small_allocations),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
