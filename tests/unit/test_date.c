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
			char dmy[PLAN_DATE_LEN + 1];

			plan_date_format(d, out);
			assert_string_equal(out, table[i].text);
			plan_date_format_dmy(d, dmy); /* the same numbers the other way round */
			assert_memory_equal(dmy, out + 8, 2);
			assert_memory_equal(dmy + 3, out + 5, 2);
			assert_memory_equal(dmy + 6, out, 4);
			assert_true(dmy[2] == '/' && dmy[5] == '/' && dmy[10] == '\0');
		} else {
			assert_int_equal(d, 42); /* untouched on failure */
		}
	}
}

/* What a clerk types: ISO, or the day first with slashes; as ISO, and why not. */
static void test_parse_input(void **state)
{
	static const struct {
		const char *text;
		enum plan_date_error want;
		const char *iso;    /* what it reads as, or its ISO shape for the reason */
		const char *reason; /* for PLAN_DATE_RANGE */
	} table[] = {
		{ "2025-06-15", PLAN_DATE_OK, "2025-06-15", NULL },
		{ "15/6/2025", PLAN_DATE_OK, "2025-06-15", NULL },
		{ "15/06/2025", PLAN_DATE_OK, "2025-06-15", NULL },
		{ "1/1/2026", PLAN_DATE_OK, "2026-01-01", NULL },
		{ "29/2/2024", PLAN_DATE_OK, "2024-02-29", NULL },
		{ "29/2/2025", PLAN_DATE_RANGE, "2025-02-29", "2025-02 has 28 days" },
		{ "1/13/2025", PLAN_DATE_RANGE, "2025-13-01", "there is no month 13" },
		{ "0/1/2025", PLAN_DATE_RANGE, "2025-01-00", "there is no day 00" },
		{ "1/1/0000", PLAN_DATE_RANGE, "0000-01-01", "there is no year 0000" },
		{ "2025-02-30", PLAN_DATE_RANGE, "2025-02-30", "2025-02 has 28 days" },
		{ "1/1/25", PLAN_DATE_SYNTAX, "", NULL },
		{ "15-06-2025", PLAN_DATE_SYNTAX, "", NULL },
		{ "123/1/2025", PLAN_DATE_SYNTAX, "", NULL },
		{ "15/6/2025/", PLAN_DATE_SYNTAX, "", NULL },
		{ "15//2025", PLAN_DATE_SYNTAX, "", NULL },
		{ "a/b/2025", PLAN_DATE_SYNTAX, "", NULL },
		{ "15/6", PLAN_DATE_SYNTAX, "", NULL },
		{ "", PLAN_DATE_SYNTAX, "", NULL },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		char iso[PLAN_DATE_LEN + 1], out[PLAN_DATE_LEN + 1], why[PLAN_DATE_REASON_LEN];
		plan_date d = 42;
		enum plan_date_error e =
		    plan_date_parse_input(table[i].text, strlen(table[i].text), &d, iso);

		print_message("%s\n", table[i].text);
		assert_int_equal(e, table[i].want);
		if (e == PLAN_DATE_OK) {
			plan_date_format(d, out);
			assert_string_equal(out, table[i].iso);
		} else {
			assert_int_equal(d, 42);
		}
		if (e == PLAN_DATE_RANGE) {
			assert_string_equal(iso, table[i].iso);
			assert_string_equal(plan_date_range_reason(iso, strlen(iso), why),
					    table[i].reason);
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
		cmocka_unit_test(test_parse_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
