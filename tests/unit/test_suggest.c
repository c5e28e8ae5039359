/* test_suggest.c - edit distance and "did you mean" (src/core/suggest.c). */
#include "testutil.h"

#include "suggest.h"

static size_t dist(const char *a, const char *b)
{
	return plan_edit_distance(a, strlen(a), b, strlen(b), 10);
}

static void test_distance(void **state)
{
	(void)state;
	assert_int_equal(dist("deadline", "deadline"), 0);
	assert_int_equal(dist("deadine", "deadline"), 1);
	assert_int_equal(dist("titel", "title"), 1); /* a swap is one edit */
	assert_int_equal(dist("kitten", "sitting"), 3);
	assert_int_equal(dist("", "abc"), 3);
	/* Vietnamese letters are one character each, whatever their bytes. */
	assert_int_equal(dist("Cục Bổ trợ tư pháp", "Cục Hỗ trợ tư pháp"), 2);
	assert_int_equal(dist("Cục Bổ trợ tư pháp", "Cục Bỏ trợ tư pháp"), 1);
	/* The limit stops early and says limit + 1. */
	assert_int_equal(plan_edit_distance("abcdef", 6, "uvwxyz", 6, 2), 3);
	assert_int_equal(plan_edit_distance("a", 1, "abcdefgh", 8, 2), 3);
}

/* The full table, every cell: what the banded one must agree with. */
static size_t full_distance(const char *a, const char *b)
{
	const size_t na = strlen(a), nb = strlen(b);
	size_t d[24][24];

	for (size_t i = 0; i <= na; i++)
		for (size_t j = 0; j <= nb; j++) {
			size_t v = i == 0 ? j : j == 0 ? i : d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);

			if (i && j && d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (i && j && d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[na][nb];
}

static unsigned next_random(unsigned *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 16;
}

/*
 * On 20,000 random pairs of short words of three letters, every limit: the
 * answer of the full table, within the most edits looked for.
 */
static void test_banded_distance(void **state)
{
	unsigned seed = 12345;
	char a[24], b[24];

	(void)state;
	for (int k = 0; k < 20000; k++) {
		const size_t na = next_random(&seed) % 16, nb = next_random(&seed) % 16;
		const size_t limit = next_random(&seed) % 16;
		const size_t looked = limit < PLAN_EDIT_MAX_LIMIT ? limit : PLAN_EDIT_MAX_LIMIT;
		size_t want;

		for (size_t i = 0; i < na; i++)
			a[i] = (char)('a' + next_random(&seed) % 3);
		for (size_t i = 0; i < nb; i++)
			b[i] = (char)('a' + next_random(&seed) % 3);
		a[na] = b[nb] = '\0';
		want = full_distance(a, b);
		if (plan_edit_distance(a, na, b, nb, limit) != (want <= looked ? want : limit + 1))
			print_message("'%s' '%s' limit %zu: %zu, not %zu\n", a, b, limit,
				      plan_edit_distance(a, na, b, nb, limit), want);
		assert_int_equal(plan_edit_distance(a, na, b, nb, limit),
				 want <= looked ? want : limit + 1);
	}
	/* beyond the most edits looked for, a distance is "beyond what was asked" */
	assert_int_equal(plan_edit_distance("aaaaaaaaaaaaaaaaaaaa", 20, "bbbbbbbbbbbbbbbbbbbb", 20, 30),
			 31);
}

static void test_suggest(void **state)
{
	static const char *const keys[] = { "id",  "task",    "lead",    "support", "deadline",
					    "due", "product", "funding", "note",    "status" };
	static const char *const commands[] = { "check", "help", "list" };

	(void)state;
	assert_string_equal(plan_suggest("deadine", keys, 10), "deadline");
	assert_string_equal(plan_suggest("suport", keys, 10), "support");
	assert_string_equal(plan_suggest("lsit", commands, 3), "list");
	assert_null(plan_suggest("colour", keys, 10));   /* nothing close */
	assert_null(plan_suggest("deadline", keys, 10)); /* exact: nothing to suggest */
	assert_null(plan_suggest("x", keys, 10));
	/* A word cut short suggests the one key it begins... */
	assert_string_equal(plan_suggest("deli", (const char *const[]){ "delivered", "due" }, 2),
			    "delivered");
	assert_string_equal(plan_suggest("che", commands, 3), "check");
	assert_string_equal(plan_suggest("alias", (const char *const[]){ "name", "aliases" }, 2),
			    "aliases");
	/* ...but not when it begins several, or is too short to mean one. */
	assert_null(plan_suggest("su", keys, 10));
	assert_null(plan_suggest("pr", keys, 10));
	/* Two candidates equally close: suggesting either would be a guess. */
	assert_null(plan_suggest("led", (const char *const[]){ "lead", "let" }, 2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_banded_distance),
		cmocka_unit_test(test_suggest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
