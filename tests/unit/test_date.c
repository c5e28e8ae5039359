/* test_date.c - day numbers and YYYY-MM-DD (src/core/date.c). */
#include "testutil.h"

#include "plan/date.h"

static void test_known_day_numbers(void **state)
{
	(void)state;
	assert_int_equal(plan_date_make(1970, 1, 1), 0);
	assert_int_equal(plan_date_make(2000, 3, 1), 11017);
	assert_int_equal(plan_date_make(2024, 3, 15), 19797);
	assert_int_equal(plan_date_make(1969, 12, 31), -1);
	assert_int_equal(plan_date_make(2024, 12, 31) - plan_date_make(2024, 1, 1), 365);
	assert_int_equal(plan_date_make(2023, 12, 31) - plan_date_make(2023, 1, 1), 364);
}

static void test_round_trip_every_day(void **state)
{
	(void)state;
	/* Every day from 1900 to 2100 survives make and split, in order. */
	plan_date prev = plan_date_make(1899, 12, 31);
	for (int y = 1900; y <= 2100; y++) {
		for (int m = 1; m <= 12; m++) {
			for (int d = 1; d <= plan_date_month_days(y, m); d++) {
				plan_date day = plan_date_make(y, m, d);
				int yy, mm, dd;

				assert_int_equal(day, prev + 1);
				plan_date_split(day, &yy, &mm, &dd);
				assert_int_equal(yy, y);
				assert_int_equal(mm, m);
				assert_int_equal(dd, d);
				prev = day;
			}
		}
	}
}

static void test_leap_years(void **state)
{
	(void)state;
	assert_true(plan_date_is_leap(2024));
	assert_false(plan_date_is_leap(2023));
	assert_false(plan_date_is_leap(1900));
	assert_true(plan_date_is_leap(2000));
	assert_int_equal(plan_date_month_days(2024, 2), 29);
	assert_int_equal(plan_date_month_days(2023, 2), 28);
}

static void test_parse_and_format(void **state)
{
	static const struct {
		const char *text;
		enum plan_date_error want;
	} table[] = {
		{ "2024-02-29", PLAN_DATE_OK },     { "2023-02-29", PLAN_DATE_RANGE },
		{ "2024-02-30", PLAN_DATE_RANGE },  { "2024-13-01", PLAN_DATE_RANGE },
		{ "2024-00-10", PLAN_DATE_RANGE },  { "2024-04-31", PLAN_DATE_RANGE },
		{ "0000-01-01", PLAN_DATE_RANGE },  { "2024-3-15", PLAN_DATE_SYNTAX },
		{ "15/03/2024", PLAN_DATE_SYNTAX }, { "2024-03-15 ", PLAN_DATE_SYNTAX },
		{ "2024/03/15", PLAN_DATE_SYNTAX }, { "2O24-03-15", PLAN_DATE_SYNTAX },
		{ "", PLAN_DATE_SYNTAX },           { "9999-12-31", PLAN_DATE_OK },
	};
	char out[PLAN_DATE_LEN + 1];

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		plan_date d = 42;
		enum plan_date_error e = plan_date_parse(table[i].text, strlen(table[i].text), &d);

		print_message("%s\n", table[i].text);
		assert_int_equal(e, table[i].want);
		if (e == PLAN_DATE_OK) {
			plan_date_format(d, out);
			assert_string_equal(out, table[i].text);
		} else {
			assert_int_equal(d, 42); /* untouched on failure */
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_day_numbers),
		cmocka_unit_test(test_round_trip_every_day),
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_parse_and_format),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
