/* dlaside.c - the times of day and weekdays of a deadline phrase: asides, not deadlines. */
#include "dlscan.h"

/* "9h30", "9 giờ 30 phút", "14:00", "9h30'": returns the end, or 0. */
size_t dl_time_of_day(const struct scan *s, size_t i)
{
	size_t j = i + 1;

	if (!num(s, i, 2))
		return 0;
	if (sign(s, j, ':') && tight(s, j) && num(s, j + 1, 2) && tight(s, j + 1))
		return j + 2;
	if (!word(s, j, "h") && !word(s, j, "gio"))
		return 0;
	j++;
	if (num(s, j, 2))
		j++;
	j += word(s, j, "phut") || sign(s, j, '\'');
	return j;
}

/*
 * "thứ Ba", "thứ 3", "chủ nhật": returns the end, or 0, and stores the day
 * in *day, 1 for Monday ("thứ Hai", "thứ 2") to 7 for Sunday.
 */
size_t dl_weekday(const struct scan *s, size_t i, int *day)
{
	static const char *const days[] = { "hai", "ba", "tu", "nam", "sau", "bay" };

	if (word(s, i, "chu") && word(s, i + 1, "nhat")) {
		*day = 7;
		return i + 2;
	}
	if (!word(s, i, "thu"))
		return 0;
	for (int d = 0; d < 6; d++) {
		if (word(s, i + 1, days[d])) {
			*day = d + 1;
			return i + 2;
		}
	}
	if (num(s, i + 1, 1) && val(s, i + 1) >= 2 && val(s, i + 1) <= 7) {
		*day = val(s, i + 1) - 1;
		return i + 2;
	}
	return 0;
}

/* "sáng", "chiều", "tối", "trưa", "đêm": the part of a day a time is in. */
static bool day_part(const struct scan *s, size_t i)
{
	static const char *const parts[] = { "sang", "chieu", "trua", "dem", NULL };

	return any_word(s, i, parts);
}

/*
 * Skips the times of day, weekdays and parts of days at i that come before
 * a date ("18h00 tối Thứ Bảy ngày 22/11/2025"), each pushed as an aside.
 * Returns where the date may start.
 */
size_t dl_skip_asides(const struct scan *s, size_t i)
{
	size_t end;
	int day;

	for (;;) {
		struct dl_expr *e;

		if ((end = dl_time_of_day(s, i))) {
			dl_push(s, DL_ASIDE, i, end)->what_aside = "time of day";
		} else if ((end = dl_weekday(s, i, &day))) {
			e = dl_push(s, DL_ASIDE, i, end);
			e->what_aside = "weekday";
			e->count = day;
		} else if (day_part(s, i) || sign(s, i, ',') || sign(s, i, '(') ||
			   sign(s, i, ')')) {
			end = i + 1;
		} else {
			return i;
		}
		i = end;
	}
}
