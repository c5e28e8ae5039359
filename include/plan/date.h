/*
 * date.h - calendar dates as day numbers.
 *
 * A plan_date counts days since 1970-01-01 in the proleptic Gregorian
 * calendar, so differences are day counts and comparison is integer
 * comparison.  Years 1 to 9999 are representable.
 *
 * Nothing here allocates or keeps a pointer it is given; results go to
 * the caller's variables and arrays.  Code: src/core/date.c.
 */
#ifndef PLAN_DATE_H
#define PLAN_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t plan_date;

#define PLAN_DATE_NONE INT32_MIN
enum { PLAN_DATE_LEN = 10 }; /* strlen("YYYY-MM-DD") */

/* Whether year is a leap year of the Gregorian calendar.  Cannot fail. */
bool plan_date_is_leap(int year);
/* Returns the number of days in month (1-12; else undefined) of year. */
int plan_date_month_days(int year, int month);
/* Whether year-month-day is a day of years 1 to 9999.  Cannot fail. */
bool plan_date_valid(int year, int month, int day);
/* The day number of a date, which must be valid (see plan_date_valid). */
plan_date plan_date_make(int year, int month, int day);
/* Stores the year, month and day of d.  Cannot fail. */
void plan_date_split(plan_date d, int *year, int *month, int *day);

enum plan_date_error {
	PLAN_DATE_OK = 0,
	PLAN_DATE_SYNTAX = -1, /* not YYYY-MM-DD */
	PLAN_DATE_RANGE = -2,  /* YYYY-MM-DD, but no such day */
};

/*
 * Parses exactly "YYYY-MM-DD" from s (len bytes).  Returns PLAN_DATE_OK
 * and sets *out, or the error with *out untouched.
 */
enum plan_date_error plan_date_parse(const char *s, size_t len, plan_date *out);
/*
 * A date as a clerk types one on the command line: YYYY-MM-DD, or the
 * day first, as Vietnamese write it: D/M/YYYY, with one or two digits of
 * day and month ("15/6/2025", "01/06/2025").  iso receives it written as
 * YYYY-MM-DD when it has that shape (for plan_date_range_reason()), else
 * "".  Plan files keep to YYYY-MM-DD alone (plan_date_parse()).  Returns
 * as plan_date_parse() does, *out untouched on failure.
 */
enum plan_date_error plan_date_parse_input(const char *s, size_t len, plan_date *out,
					   char iso[PLAN_DATE_LEN + 1]);
/*
 * Why s, which plan_date_parse() found PLAN_DATE_RANGE, is no day, into
 * out: "there is no year 0000", "there is no month 13", "2025-02 has 28
 * days"; "no such day" when s is too short to say.  Returns out, which
 * is always a NUL-terminated string.
 */
enum { PLAN_DATE_REASON_LEN = 40 };
const char *plan_date_range_reason(const char *s, size_t len, char out[PLAN_DATE_REASON_LEN]);
/*
 * Writes "YYYY-MM-DD" and a NUL into out.  Cannot fail; a d outside years
 * 1 to 9999 (PLAN_DATE_NONE too) writes wrong characters, never past out.
 */
void plan_date_format(plan_date d, char out[PLAN_DATE_LEN + 1]);
/* The same as "DD/MM/YYYY", the order Vietnamese documents write dates in. */
void plan_date_format_dmy(plan_date d, char out[PLAN_DATE_LEN + 1]);

/*
 * Reads s as $SOURCE_DATE_EPOCH is written: seconds since 1970-01-01 00:00
 * UTC, digits alone, before the year 10000.  Returns 0 and sets *out; or
 * -1, *out untouched, when s is NULL or not such a number.
 */
int plan_epoch_parse(const char *s, int64_t *out);

#endif
