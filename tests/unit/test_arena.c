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

/*
 * What an arena is told to expect comes from one chunk: small texts that
 * add up to it lie one after the other; without the hint, the chunks that
 * double from 64 KiB break the run.
 */
static bool one_run(bool expect)
{
	enum { N = 3000, LEN = 999 }; /* about 3 MB in texts of 1000 bytes with their NULs */
	static char text[LEN];
	struct arena *a = arena_new();
	char *first, *last = NULL;
	bool run = true;

	memset(text, 'x', sizeof(text));
	if (expect)
		arena_expect(a, (size_t)N * (LEN + 1));
	first = arena_strndup(a, text, LEN);
	for (size_t i = 1; i < N; i++) {
		char *s = arena_strndup(a, text, LEN);

		run = run && s == (last ? last : first) + LEN + 1;
		last = s;
	}
	assert_memory_equal(last, text, LEN);
	arena_free(a);
	return run;
}

static void test_expect(void **state)
{
	(void)state;
	assert_true(one_run(true));
	assert_false(one_run(false));
}

/*
 * An arena absorbed into another lives on in it: what both handed out,
 * small and big blocks and blocks adopted, stays until the one left is
 * freed (ASan and LeakSanitizer in CI would see a block freed twice, too
 * soon or never), and the absorbing arena goes on handing out memory.
 */
static void test_absorb(void **state)
{
	(void)state;
	for (int empty = 0; empty < 2; empty++) {
		struct arena *a = arena_new(), *b = arena_new();
		char *from_a = empty ? NULL : arena_strndup(a, "Cục CNTT", strlen("Cục CNTT"));
		char *from_b = arena_strndup(b, "Văn phòng Bộ", strlen("Văn phòng Bộ"));
		unsigned char *big = arena_alloc(b, 1 << 20);
		char *adopted = arena_adopt(b, strdup("Bộ Tư pháp"));
		char *after;

		memset(big, 0xCD, 1 << 20);
		arena_absorb(a, b);
		arena_absorb(a, NULL);
		after = arena_strndup(a, "Quý II", strlen("Quý II"));
		if (from_a)
			assert_string_equal(from_a, "Cục CNTT");
		assert_string_equal(from_b, "Văn phòng Bộ");
		assert_int_equal(big[(1 << 20) - 1], 0xCD);
		assert_string_equal(adopted, "Bộ Tư pháp");
		assert_string_equal(after, "Quý II");
		arena_free(a);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alignment_and_independence),
		cmocka_unit_test(test_many_small_allocations),
		cmocka_unit_test(test_expect),
		cmocka_unit_test(test_absorb),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
