/* date.c - proleptic Gregorian day numbers. */
#include "plan/date.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

bool plan_date_is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int plan_date_month_days(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month == 2 && plan_date_is_leap(year))
		return 29;
	return days[month - 1];
}

bool plan_date_valid(int year, int month, int day)
{
	return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
	       day <= plan_date_month_days(year, month);
}

/*
 * Day numbers from civil dates and back, counting in 400-year eras that
 * start on March 1 so that the leap day falls at the end of each year.
 */
plan_date plan_date_make(int year, int month, int day)
{
	const int y = year - (month <= 2);
	const int era = y / 400;                      /* y >= 0 here */
	const int yoe = y - era * 400;                /* [0, 399] */
	const int mp = (month + 9) % 12;              /* March = 0 */
	const int doy = (153 * mp + 2) / 5 + day - 1; /* [0, 365] */
	const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return (plan_date)(era * 146097 + doe - 719468);
}

void plan_date_split(plan_date d, int *year, int *month, int *day)
{
	const int32_t z = d + 719468;
	const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
	const int32_t doe = z - era * 146097;
	const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const int32_t mp = (5 * doy + 2) / 153;
	const int32_t m = mp < 10 ? mp + 3 : mp - 9;

	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = (int)m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

static int digits(const char *s, size_t n)
{
	unsigned v;

	return plan_text_number(s, n, 9999, &v) ? (int)v : -1;
}

enum plan_date_error plan_date_parse(const char *s, size_t len, plan_date *out)
{
	int y, m, d;

	if (len != PLAN_DATE_LEN || s[4] != '-' || s[7] != '-')
		return PLAN_DATE_SYNTAX;
	y = digits(s, 4);
	m = digits(s + 5, 2);
	d = digits(s + 8, 2);
	if (y < 0 || m < 0 || d < 0)
		return PLAN_DATE_SYNTAX;
	if (!plan_date_valid(y, m, d))
		return PLAN_DATE_RANGE;
	*out = plan_date_make(y, m, d);
	return PLAN_DATE_OK;
}

const char *plan_date_range_reason(const char *s, size_t len, char out[PLAN_DATE_REASON_LEN])
{
	const int y = len >= 4 ? digits(s, 4) : -1, m = len >= 7 ? digits(s + 5, 2) : -1;

	if (y < 1)
		snprintf(out, PLAN_DATE_REASON_LEN, "there is no year %.4s", s);
	else if (m < 1 || m > 12)
		snprintf(out, PLAN_DATE_REASON_LEN, "there is no month %.2s", s + 5);
	else if (len >= PLAN_DATE_LEN && digits(s + 8, 2) == 0)
		snprintf(out, PLAN_DATE_REASON_LEN, "there is no day 00");
	else if (len >= 7)
		snprintf(out, PLAN_DATE_REASON_LEN, "%04d-%02d has %d days", y, m,
			 plan_date_month_days(y, m));
	else
		snprintf(out, PLAN_DATE_REASON_LEN, "no such day");
	return out;
}

static void put_digits(char *out, int v, int n)
{
	for (int i = n - 1; i >= 0; i--, v /= 10)
		out[i] = (char)('0' + v % 10);
}

/*
 * A date's three numbers, the first and last of first_n and 6 - first_n
 * digits and the month of two between them, each after sep, and a NUL:
 * "YYYY-MM-DD" or "DD/MM/YYYY", whatever the numbers.
 */
static void write_date(int first, int first_n, int month, int last, char sep,
		       char out[PLAN_DATE_LEN + 1])
{
	put_digits(out, first, first_n);
	out[first_n] = sep;
	put_digits(out + first_n + 1, month, 2);
	out[first_n + 3] = sep;
	put_digits(out + first_n + 4, last, 6 - first_n);
	out[PLAN_DATE_LEN] = '\0';
}

/* "YYYY-MM-DD" and a NUL, whatever the numbers (four digits, two, two). */
static void write_iso(int y, int m, int d, char out[PLAN_DATE_LEN + 1])
{
	write_date(y, 4, m, d, '-', out);
}

/* The number of one or two digits at s (n bytes), or -1. */
static int short_number(const char *s, size_t n)
{
	return n == 1 || n == 2 ? digits(s, n) : -1;
}

enum plan_date_error plan_date_parse_input(const char *s, size_t len, plan_date *out,
					   char iso[PLAN_DATE_LEN + 1])
{
	const char *first = memchr(s, '/', len), *second;
	int d, m, y;

	iso[0] = '\0';
	if (!first) {
		if (len == PLAN_DATE_LEN) {
			memcpy(iso, s, PLAN_DATE_LEN);
			iso[PLAN_DATE_LEN] = '\0';
		}
		return plan_date_parse(s, len, out);
	}
	second = memchr(first + 1, '/', len - (size_t)(first + 1 - s));
	if (!second || (size_t)(s + len - (second + 1)) != 4)
		return PLAN_DATE_SYNTAX;
	d = short_number(s, (size_t)(first - s));
	m = short_number(first + 1, (size_t)(second - first - 1));
	y = digits(second + 1, 4);
	if (d < 0 || m < 0 || y < 0)
		return PLAN_DATE_SYNTAX;
	write_iso(y, m, d, iso);
	return plan_date_parse(iso, PLAN_DATE_LEN, out);
}

void plan_date_format(plan_date d, char out[PLAN_DATE_LEN + 1])
{
	int y, m, day;

	plan_date_split(d, &y, &m, &day);
	write_iso(y, m, day, out);
}

void plan_date_format_dmy(plan_date d, char out[PLAN_DATE_LEN + 1])
{
	int y, m, day;

	plan_date_split(d, &y, &m, &day);
	write_date(day, 2, m, y, '/', out);
}

int plan_epoch_parse(const char *s, int64_t *out)
{
	char *end;
	long long v;

	if (!s || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end || errno || v >= 253402300800LL) /* the year 10000 */
		return -1;
	*out = (int64_t)v;
	return 0;
}
