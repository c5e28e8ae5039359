/* test_strmap.c - the map from strings to numbers (src/core/strmap.c). */
#include "testutil.h"

#include "strmap.h"

static void test_put_and_get(void **state)
{
	struct strmap m = STRMAP_INIT;
	size_t v = 99;

	(void)state;
	assert_false(strmap_get(&m, "a", 1, &v)); /* an empty map has nothing */
	assert_int_equal(v, 99);
	strmap_put(&m, "Cục CNTT", strlen("Cục CNTT"), 1);
	strmap_put(&m, "cục CNTT", strlen("cục CNTT"), 2);
	assert_true(strmap_get(&m, "Cục CNTT", strlen("Cục CNTT"), &v));
	assert_int_equal(v, 1);
	assert_true(strmap_get(&m, "cục CNTT", strlen("cục CNTT"), &v));
	assert_int_equal(v, 2);
	strmap_put(&m, "Cục CNTT", strlen("Cục CNTT"), 3); /* replaced, not added */
	assert_true(strmap_get(&m, "Cục CNTT", strlen("Cục CNTT"), &v));
	assert_int_equal(v, 3);
	assert_int_equal(m.n, 2);
	/* Keys are bytes: a prefix, or a key with a NUL inside, is another key. */
	assert_false(strmap_get(&m, "Cục", strlen("Cục"), &v));
	strmap_put(&m, "a\0b", 3, 4);
	assert_false(strmap_get(&m, "a", 1, &v));
	assert_true(strmap_get(&m, "a\0b", 3, &v));
	assert_int_equal(v, 4);
	strmap_release(&m);
	assert_int_equal(m.n, 0);
}

static void test_growth_keeps_every_key(void **state)
{
	struct strmap m = STRMAP_INIT;
	char key[32];
	size_t v;

	(void)state;
	for (size_t i = 0; i < 5000; i++) {
		int n = snprintf(key, sizeof(key), "đơn vị %zu", i);

		strmap_put(&m, key, (size_t)n, i);
	}
	assert_int_equal(m.n, 5000);
	for (size_t i = 0; i < 5000; i++) {
		int n = snprintf(key, sizeof(key), "đơn vị %zu", i);

		assert_true(strmap_get(&m, key, (size_t)n, &v));
		assert_int_equal(v, i);
	}
	assert_false(strmap_get(&m, "đơn vị 5000", strlen("đơn vị 5000"), &v));
	strmap_release(&m);
}

/*
 * Keys read eight bytes at a time: every prefix of a name is a key of its
 * own, and so is each with its last byte changed, at every length.
 */
static void test_prefixes_and_last_bytes(void **state)
{
	static const char name[] = "Ủy ban nhân dân tỉnh Quảng Ninh";
	const size_t n = strlen(name);
	struct strmap m = STRMAP_INIT;
	char key[sizeof(name)];
	size_t v;

	(void)state;
	for (size_t len = 0; len <= n; len++)
		strmap_put(&m, name, len, len);
	for (size_t len = 1; len <= n; len++) {
		memcpy(key, name, len);
		key[len - 1] ^= 1;
		assert_false(strmap_get(&m, key, len, &v));
		strmap_put(&m, key, len, 1000 + len);
	}
	assert_int_equal(m.n, 2 * n + 1);
	for (size_t len = 0; len <= n; len++) {
		assert_true(strmap_get(&m, name, len, &v));
		assert_int_equal(v, len);
	}
	strmap_release(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_put_and_get),
		cmocka_unit_test(test_growth_keeps_every_key),
		cmocka_unit_test(test_prefixes_and_last_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
