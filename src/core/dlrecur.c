/* dlrecur.c - the occurrences of a recurrence: weeks, months, quarters, halves, years. */
#include "dlcombine.h"


static plan_date month_last(int y, int m)
{
	return plan_date_make(y, m, plan_date_month_days(y, m));
}

/*
 * The date anchor a names within the period of months m1 to m2 of year y,
 * or PLAN_DATE_NONE when it names none there: a day of a month ("15/12
 * hằng năm"), a day of every month ("ngày 15 hằng tháng"; in a longer
 * period, of its last month), a month, a quarter or a half.
 */
static plan_date anchor_date(const struct dl_expr *a, int y, int m1, int m2)
{
	const struct dl_point *p = a->span ? &a->b : &a->a; /* "từ ngày 16 đến ngày 31 tháng 12" */
	int month = p->gran == DL_DAY && !p->m1 ? m2 : p->m1;

	if (p->gran == DL_DAY) {
		int day = p->day, days;

		if (month < m1 || month > m2)
			return PLAN_DATE_NONE;
		days = plan_date_month_days(y, month);
		if (day > days)
			day = days; /* "ngày 31 hằng tháng" in April: its last day */
		return plan_date_make(y, month, day) - (a->before ? 1 : 0);
	}
	if (p->m1 < m1 || p->m2 > m2)
		return PLAN_DATE_NONE;
	return a->before ? plan_date_make(y, p->m1, 1) - 1 : month_last(y, p->m2);
}

/* Every week from start to end, on day (1 for Monday to 7 for Sunday, its last day). */
static void weeks(struct plan_interp *out, plan_date start, plan_date end, int day)
{
	/* 1970-01-01 was a Thursday; a week runs Monday to Sunday */
	const plan_date monday = start - ((start % 7) + 7 + 3) % 7;
	plan_date due = monday + (day - 1);

	if (due < start)
		due += 7;
	/* the weeks due by end: one that falls after it is the next period's */
	for (int n = 0; n < DL_MAX_OCCURRENCES && (due <= end || n == 0); n++, due += 7)
		plan_interp_add(out, due, NULL, 0);
}

void dl_occurrences(struct plan_interp *out, int months, bool weekly, plan_date start,
		    plan_date end, const struct dl_expr *const *anchors, size_t n_anchors)
{
	int y, m, d, day = 7;

	if (weekly) {
		for (size_t i = 0; i < n_anchors; i++)
			if (anchors[i]->what == DL_ASIDE && anchors[i]->count)
				day = anchors[i]->count; /* "thứ Sáu hàng tuần" */
		weeks(out, start, end, day);
		return;
	}
	if (months < 1 || months > 12 || 12 % months)
		return;
	plan_date_split(start, &y, &m, &d);
	m -= (m - 1) % months; /* the start of the period that holds start */
	for (int n = 0; n < DL_MAX_OCCURRENCES; n++) {
		const plan_date last = month_last(y, m + months - 1);

		if (!n_anchors)
			plan_interp_add(out, last, NULL, 0);
		for (size_t i = 0; i < n_anchors; i++) {
			plan_date due = anchor_date(anchors[i], y, m, m + months - 1);

			if (due != PLAN_DATE_NONE && due >= start && due <= end)
				plan_interp_add(out, due, NULL, 0);
		}
		if (last >= end)
			break;
		m += months;
		if (m > 12) {
			m -= 12;
			y++;
		}
	}
}

size_t dl_occurrence_bound(int months, bool weekly, plan_date start, plan_date end,
			   size_t n_anchors)
{
	int y1, m1, y2, m2, d;

	if (end < start)
		return 1;
	if (weekly)
		return (size_t)(end - start) / 7 + 2;
	if (months < 1)
		return 1;
	plan_date_split(start, &y1, &m1, &d);
	plan_date_split(end, &y2, &m2, &d);
	return ((size_t)((y2 - y1) * 12 + (m2 - m1)) / (size_t)months + 2) *
	       (n_anchors ? n_anchors : 1);
}
