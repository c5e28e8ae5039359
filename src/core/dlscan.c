/* dlscan.c - finding the time expressions of a deadline phrase. */
#include "dlexpr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

struct scan {
	const struct dl_token *t;
	size_t n;
	struct dl_exprs *out;
};

/* -- looking at tokens -------------------------------------------------------- */

static bool word(const struct scan *s, size_t i, const char *w)
{
	return i < s->n && dl_is_word(&s->t[i], w);
}

static bool sign(const struct scan *s, size_t i, char c)
{
	return i < s->n && dl_is_sign(&s->t[i], c);
}

static bool num(const struct scan *s, size_t i, size_t max_digits)
{
	return i < s->n && s->t[i].type == DL_NUM && s->t[i].len <= max_digits;
}

static int val(const struct scan *s, size_t i)
{
	return s->t[i].value;
}

/* A four-digit number: the year of a date or month however large. */
static bool year_at(const struct scan *s, size_t i)
{
	return i < s->n && s->t[i].type == DL_NUM && s->t[i].len == 4;
}

/*
 * The year written at i (year_at): 0000 is -1, not 0, which means "no
 * year written", so that the range check (1900 to 2200) sees it.
 */
static int year_val(const struct scan *s, size_t i)
{
	return s->t[i].value ? s->t[i].value : -1;
}

/* A separator of the parts of a date: "/", "-" or ".". */
static bool date_sep(const struct scan *s, size_t i)
{
	return sign(s, i, '/') || sign(s, i, '-') || sign(s, i, '.');
}

/* Token i follows token i - 1 with no white space between. */
static bool tight(const struct scan *s, size_t i)
{
	return i < s->n && !s->t[i].spaced;
}

static bool any_word(const struct scan *s, size_t i, const char *const *words)
{
	for (; *words; words++)
		if (word(s, i, *words))
			return true;
	return false;
}

/* The words a time expression is made of; a document's code is none of them. */
static const char *const time_words[] = {
	"ngay", "thang", "quy", "nam", "tuan", "q", "t", NULL,
};

static struct dl_expr *push(const struct scan *s, enum dl_what what, size_t t0, size_t t1)
{
	struct dl_exprs *o = s->out;
	struct dl_expr *e;

	PLAN_GROW(o->v, o->cap, o->n + 1);
	e = &o->v[o->n++];
	memset(e, 0, sizeof(*e));
	e->what = what;
	e->t0 = t0;
	e->t1 = t1;
	return e;
}

/* -- what is not a deadline: times of day, weekdays ---------------------------------- */

/* "9h30", "9 giờ 30 phút", "14:00", "9h30'": returns the end, or 0. */
static size_t time_of_day(const struct scan *s, size_t i)
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
static size_t weekday(const struct scan *s, size_t i, int *day)
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
static size_t skip_asides(const struct scan *s, size_t i)
{
	size_t end;
	int day;

	for (;;) {
		struct dl_expr *e;

		if ((end = time_of_day(s, i))) {
			push(s, DL_ASIDE, i, end)->what_aside = "time of day";
		} else if ((end = weekday(s, i, &day))) {
			e = push(s, DL_ASIDE, i, end);
			e->what_aside = "weekday";
			e->count = day;
		} else if (day_part(s, i) || sign(s, i, ',') || sign(s, i, '(') || sign(s, i, ')')) {
			end = i + 1;
		} else {
			return i;
		}
		i = end;
	}
}

/* -- points: days, months, quarters, halves, years -------------------------------- */

/* "/2025", "-2025", ".2025", " năm 2025", ", năm 2025": returns the end, or 0. */
static size_t year_suffix(const struct scan *s, size_t i, int *year)
{
	size_t j = i + sign(s, i, ',');

	if (date_sep(s, i) && year_at(s, i + 1)) {
		*year = year_val(s, i + 1);
		return i + 2;
	}
	if (word(s, j, "nam") && year_at(s, j + 1)) {
		*year = year_val(s, j + 1);
		return j + 2;
	}
	/* "/12345", "năm 202": a year, but none plan reads (1900 to 2200) */
	{
		const bool by_sep = date_sep(s, i) && tight(s, i + 1);
		const size_t k = by_sep ? i + 1 : j + 1;

		if ((by_sep || word(s, j, "nam")) && num(s, k, 99) &&
		    (s->t[k].len == 3 || s->t[k].len > 4)) {
			*year = -1;
			return k + 1;
		}
	}
	return 0;
}

static void set_months(struct dl_point *p, enum dl_gran gran, int m1, int m2)
{
	p->gran = gran;
	p->m1 = m1;
	p->m2 = m2;
}

/* "15/6/2025", "15-6-2025", "15.6.2025", "6/2025" (a month), "15/6" (a day). */
static size_t numeric_date(const struct scan *s, size_t i, struct dl_point *p, const char **error)
{
	if (!num(s, i, 2) || !date_sep(s, i + 1))
		return 0;
	if (year_at(s, i + 2)) {
		set_months(p, DL_MONTH, val(s, i), val(s, i));
		p->year = year_val(s, i + 2);
		if (val(s, i) < 1 || val(s, i) > 12)
			*error = "there is no such month";
		return i + 3;
	}
	if (!num(s, i + 2, 2))
		return 0;
	set_months(p, DL_DAY, val(s, i + 2), val(s, i + 2));
	p->day = val(s, i);
	if (date_sep(s, i + 3) && year_at(s, i + 4)) {
		p->year = year_val(s, i + 4);
		return i + 5;
	}
	if (date_sep(s, i + 3) && num(s, i + 4, 2) && tight(s, i + 4)) {
		*error = "a year needs four digits";
		return i + 5;
	}
	/* Without a year only "15/6" is a day: "1.2" numbers a paragraph. */
	return sign(s, i + 1, '/') ? i + 3 : 0;
}

/* "15 tháng 6 năm 2025", "15 tháng 6". */
static size_t word_date(const struct scan *s, size_t i, struct dl_point *p)
{
	size_t end;

	if (!num(s, i, 2) || !word(s, i + 1, "thang") || !num(s, i + 2, 2))
		return 0;
	set_months(p, DL_DAY, val(s, i + 2), val(s, i + 2));
	p->day = val(s, i);
	end = year_suffix(s, i + 3, &p->year);
	return end ? end : i + 3;
}

/* "ngày 15/6/2025", "ngày 15 tháng 6 năm 2025", "ngày 15" (of every month). */
static size_t day_point(const struct scan *s, size_t i, struct dl_point *p, const char **error)
{
	const bool said = word(s, i, "ngay");
	size_t j = i, end;

	while (word(s, j, "ngay"))
		j++; /* "trước ngày ngày 01 tháng 7": a misprint, one day */
	if ((end = numeric_date(s, j, p, error)))
		return !said || p->gran == DL_DAY ? end : 0;
	if ((end = word_date(s, j, p)))
		return end;
	/* "ngày 15 hằng tháng", "ngày 25 tháng cuối của quý": a day of every month */
	if (said && num(s, j, 2) && !(word(s, j + 1, "thang") && num(s, j + 2, 2)) &&
	    !word(s, j + 1, "ngay") && !time_of_day(s, j)) {
		set_months(p, DL_DAY, 0, 0);
		p->day = val(s, j);
		return j + 1;
	}
	return 0;
}

/* "tháng 6", "T6" (a tracker's shorthand, with its year). */
static size_t month_point(const struct scan *s, size_t i, struct dl_point *p, const char **error)
{
	size_t j = i + 1;

	if (word(s, i, "t") && !(tight(s, j) && num(s, j, 2) && date_sep(s, j + 1)))
		return 0;
	if (!word(s, i, "thang") && !word(s, i, "t"))
		return 0;
	if (!num(s, j, 2))
		return 0;
	set_months(p, DL_MONTH, val(s, j), val(s, j));
	if (val(s, j) < 1 || val(s, j) > 12)
		*error = "there is no such month";
	return j + 1;
}

/* A quarter's number at i, Roman or Arabic: returns it, or 0. */
static int quarter_number(const struct scan *s, size_t i)
{
	if (num(s, i, 1))
		return val(s, i);
	if (i < s->n && s->t[i].type == DL_WORD)
		return s->t[i].value;
	return 0;
}

static void set_quarter(struct dl_point *p, int q, const char **error)
{
	set_months(p, DL_QUARTER, 3 * q - 2, 3 * q);
	if (q < 1 || q > 4) {
		*error = "there is no such quarter";
		set_months(p, DL_QUARTER, 1, 3);
	}
}

/* "quý II", "quý 2", "Q2". */
static size_t quarter_point(const struct scan *s, size_t i, struct dl_point *p, const char **error)
{
	int q;

	if (!word(s, i, "quy") && !word(s, i, "q"))
		return 0;
	if (!(q = quarter_number(s, i + 1)) && !num(s, i + 1, 1))
		return 0;
	set_quarter(p, q, error);
	return i + 2;
}

/*
 * "6 tháng đầu năm 2025", "sáu tháng cuối năm", "9 tháng đầu năm",
 * "nửa đầu năm", "nửa cuối năm 2025".
 */
static size_t half_point(const struct scan *s, size_t i, struct dl_point *p, const char **error)
{
	int months = 6;
	size_t j = i, end;
	bool first;

	if (num(s, j, 2) && val(s, j) >= 1 && val(s, j) <= 12 && word(s, j + 1, "thang"))
		months = val(s, j), j += 2;
	else if (word(s, j, "sau") && word(s, j + 1, "thang"))
		j += 2;
	else if (word(s, j, "nua"))
		j += 1 + word(s, j + 1, "nam");
	else
		return 0;
	if ((!word(s, j, "dau") && !word(s, j, "cuoi")) || word(s, j + 1, "cua") ||
	    word(s, j + 1, "quy"))
		return 0; /* "tháng cuối của quý": the last month of each quarter */
	first = word(s, j, "dau");
	j++;
	(void)error;
	set_months(p, DL_HALF, first ? 1 : 13 - months, first ? months : 12);
	if ((end = year_suffix(s, j, &p->year)))
		return end;
	j += word(s, j, "nam");
	if (year_at(s, j))
		p->year = year_val(s, j++);
	return j;
}

/* "năm 2025", "cả năm", "cả năm 2025", "2025" alone (1900 to 2200). */
static size_t year_point(const struct scan *s, size_t i, struct dl_point *p)
{
	size_t j = i;

	set_months(p, DL_YEAR, 1, 12);
	if (word(s, j, "ca") && word(s, j + 1, "nam")) {
		j += 2;
		if (year_at(s, j))
			p->year = year_val(s, j++);
		return j;
	}
	if (word(s, j, "nam") && year_at(s, j + 1)) {
		p->year = year_val(s, j + 1);
		return j + 2;
	}
	/* "cuối năm", "đầu năm", "hết năm": the plan's year */
	if (word(s, j, "nam") && j > 0 &&
	    (word(s, j - 1, "cuoi") || word(s, j - 1, "dau") || word(s, j - 1, "het") ||
	     word(s, j - 1, "giua")))
		return j + 1;
	if (year_at(s, j) && val(s, j) >= 1900 && val(s, j) <= 2200) {
		p->year = val(s, j);
		return j + 1;
	}
	return 0;
}

/*
 * "năm học 2025-2026": a school year, from 1 September to 31 May, as the
 * Ministry of Education's yearly calendar frames it ("kết thúc năm học
 * trước ngày 31/5").  Returns its end, or 0.
 */
static size_t school_year(const struct scan *s, size_t i, struct dl_expr *e)
{
	if (!word(s, i, "nam") || !word(s, i + 1, "hoc") || !year_at(s, i + 2) ||
	    !(sign(s, i + 3, '-') || sign(s, i + 3, '/')) || !year_at(s, i + 4))
		return 0;
	e->span = true;
	set_months(&e->a, DL_DAY, 9, 9);
	e->a.day = 1;
	e->a.year = year_val(s, i + 2);
	set_months(&e->b, DL_DAY, 5, 5);
	e->b.day = 31;
	e->b.year = year_val(s, i + 4);
	if (e->b.year != e->a.year + 1)
		e->error = "a school year runs over two years that follow each other";
	return i + 5;
}

/* One point at i; returns its end, or 0. */
static size_t point(const struct scan *s, size_t i, struct dl_point *p, const char **error)
{
	size_t end;

	memset(p, 0, sizeof(*p));
	if ((end = half_point(s, i, p, error)) || (end = day_point(s, i, p, error)) ||
	    (end = month_point(s, i, p, error)) || (end = quarter_point(s, i, p, error)) ||
	    (end = year_point(s, i, p)))
		return end;
	return 0;
}

/*
 * The number at i standing for a point of a's kind, the keyword left out:
 * "10" in "Tháng 03- 10/2022", "IV" in "Quý III-IV", "2028" in "2027 - 2028".
 */
static size_t bare_point(const struct scan *s, size_t i, const struct dl_point *a,
			 struct dl_point *p, const char **error)
{
	*p = *a;
	p->year = 0;
	switch (a->gran) {
	case DL_MONTH:
		if (!num(s, i, 2) || word(s, i + 1, "thang") ||
		    (date_sep(s, i + 1) && num(s, i + 2, 2)))
			return 0;
		set_months(p, DL_MONTH, val(s, i), val(s, i));
		if (val(s, i) < 1 || val(s, i) > 12)
			*error = "there is no such month";
		return i + 1;
	case DL_QUARTER:
		if (!quarter_number(s, i))
			return 0;
		set_quarter(p, quarter_number(s, i), error);
		return i + 1;
	case DL_YEAR:
		if (!year_at(s, i))
			return 0;
		p->year = year_val(s, i);
		return i + 1;
	case DL_DAY:
		if (!num(s, i, 2) || date_sep(s, i + 1) || word(s, i + 1, "thang") ||
		    time_of_day(s, i))
			return 0;
		p->day = val(s, i);
		return i + 1;
	default:
		return 0;
	}
}

/* "-", "–", "đến", "đến hết", "tới": returns the end, or 0. */
static size_t span_sep(const struct scan *s, size_t i)
{
	if (sign(s, i, '-'))
		return i + 1;
	if (word(s, i, "den") || word(s, i, "toi"))
		return i + 1 + word(s, i + 1, "het");
	return 0;
}

/* Gives the points of a list (or a span's end) without a year the year written after them. */
static void share_year(struct dl_expr *v, size_t n, int year)
{
	for (size_t k = 0; k < n; k++) {
		/* a span's start takes its year from its end: "Tháng 11 - 02/2025" */
		struct dl_point *p = v[k].span ? &v[k].b : &v[k].a;

		if (!p->year && p->gran != DL_YEAR && p->m1)
			p->year = year;
	}
}

/*
 * A point, and what may follow it: a span ("Tháng 3 - 6", "Quý I đến Quý
 * III/2025"), a list sharing its keyword ("Quý I, II", "tháng 6, 9 và 12"),
 * and the year they share.  Pushes one expression per point of a list.
 * Returns the end, or 0.
 */
static size_t points(const struct scan *s, size_t i, const struct dl_expr *mods)
{
	const size_t first = s->out->n;
	const char *error = NULL;
	struct dl_point a, b;
	struct dl_expr *e;
	size_t end, k, next, last = first;
	int year = 0;

	e = push(s, DL_AT, i, i);
	if ((end = school_year(s, i, e))) {
		e->t1 = end;
		goto modified;
	}
	s->out->n--;
	if (!(end = point(s, i, &a, &error)))
		return 0;
	if (!a.year && a.gran != DL_YEAR && (next = year_suffix(s, end, &a.year)))
		end = next; /* "Tháng 6-2025": a year, not a span */
	e = push(s, DL_AT, i, end);
	e->a = a;
	e->error = error;
	if ((k = span_sep(s, end))) {
		/* "từ 18h00 tối Thứ Bảy ngày 22/11 đến 03h00 sáng Chủ Nhật ngày 23/11/2025" */
		const size_t asides = s->out->n;

		k = skip_asides(s, k);
		error = NULL;
		if (!(next = bare_point(s, k, &a, &b, &error)))
			next = point(s, k, &b, &error);
		if (next) {
			e = &s->out->v[first];
			e->b = b;
			e->span = true;
			e->t1 = end = next;
			e->error = e->error ? e->error : error;
		} else {
			s->out->n = asides;
		}
	}
	while (!s->out->v[first].span && a.gran != DL_YEAR && a.gran != DL_HALF &&
	       (sign(s, end, ',') || word(s, end, "va"))) {
		error = NULL;
		if (!(next = bare_point(s, end + 1, &a, &b, &error)))
			break;
		last = s->out->n;
		e = push(s, DL_AT, end + 1, next);
		e->a = b;
		e->error = error;
		end = next;
	}
	if ((next = year_suffix(s, end, &year))) {
		share_year(s->out->v + first, s->out->n - first, year);
		s->out->v[last].t1 = end = next;
	}
modified:
	for (k = first; k < s->out->n; k++) {
		e = &s->out->v[k];
		if (e->what != DL_AT)
			continue;
		e->before = mods->before;
		e->vague = mods->vague && !mods->open_from; /* "từ đầu năm": its first day */
		e->until = mods->until;
		e->open_from = mods->open_from && !e->span;
		e->after = mods->after && !e->span;
	}
	s->out->v[first].t0 = mods->t0;
	return end;
}

/* -- documents ------------------------------------------------------------------------ */

/*
 * A document's number: "số 50", "50/NQ-CP", "107/2021/NĐ-CP", "57-NQ/TW",
 * and the date after it ("… ngày 08/4/2022"), which dates the document,
 * not the task.  Returns the end, or 0.
 */
static size_t document(const struct scan *s, size_t i)
{
	const char *error = NULL;
	struct dl_point p;
	size_t j = i, end;

	if (word(s, j, "so") && num(s, j + 1, 6))
		j++;
	else if (!(num(s, j, 6) && date_sep(s, j + 1) && tight(s, j + 1) &&
		   (num(s, j + 2, 6) || (i + 2 < s->n && s->t[i + 2].type == DL_WORD &&
					 !any_word(s, i + 2, time_words))) &&
		   tight(s, j + 2)))
		return 0;
	if (num(s, j, 6) && date_sep(s, j + 1) && num(s, j + 2, 6) && !date_sep(s, j + 3) &&
	    !word(s, i, "so"))
		return 0; /* "15/6", "6/2025": a date, not a number */
	if (num(s, j, 6) && date_sep(s, j + 1) && num(s, j + 2, 2) && date_sep(s, j + 3) &&
	    year_at(s, j + 4) && !(tight(s, j + 5) && date_sep(s, j + 5)))
		return 0; /* "15/6/2025" */
	j++;
	while (j + 1 < s->n && date_sep(s, j) && tight(s, j) && tight(s, j + 1) &&
	       s->t[j + 1].type != DL_SIGN)
		j += 2;
	if (word(s, j, "ngay") && (end = day_point(s, j, &p, &error)) && p.gran == DL_DAY && p.m1)
		j = end;
	return j;
}

/* -- the other expressions ------------------------------------------------------------ */

/* After a number at i - 1, a number in words in brackets: "06 (sáu) tháng".  Returns where it ends. */
static size_t paren_word(const struct scan *s, size_t i)
{
	if (sign(s, i, '(') && i + 2 < s->n && s->t[i + 1].type == DL_WORD && sign(s, i + 2, ')'))
		return i + 3;
	return i;
}

/* A period's word: returns its months (0.25 as 'w' for weeks, via *weekly), or 0. */
static int period(const struct scan *s, size_t i, bool *weekly)
{
	*weekly = word(s, i, "tuan");
	if (*weekly)
		return 0;
	return word(s, i, "thang") ? 1 : word(s, i, "quy") ? 3 : word(s, i, "nam") ? 12 : 0;
}

/*
 * "hằng tháng", "mỗi quý", "định kỳ hằng năm", "định kỳ 6 tháng", "6 tháng
 * một lần", "6 tháng/lần", "theo quý", "hằng tuần".  Returns the end, or 0.
 */
static size_t every(const struct scan *s, size_t i)
{
	size_t j = i;
	int months = 0;
	bool weekly = false, said = false;
	struct dl_expr *e;

	size_t n;

	if (word(s, j, "dinh") && word(s, j + 1, "ky"))
		j += 2, said = true;
	if ((word(s, j, "hang") || word(s, j, "moi") || (!said && word(s, j, "theo"))) &&
	    ((months = period(s, j + 1, &weekly)) || weekly) && !year_at(s, j + 2)) {
		j += 2;
	} else if (word(s, j, "thang") && word(s, j + 1, "cuoi") &&
		   word(s, j + 2 + word(s, j + 2, "cua"), "quy")) {
		/* "ngày 25 tháng cuối của quý": every quarter, in its last month */
		months = 3;
		j += 3 + word(s, j + 2, "cua");
	} else if (num(s, j, 2) && (n = paren_word(s, j + 1)) &&
		   (word(s, n, "thang") || word(s, n, "nam")) &&
		   (said || ((word(s, n + 1, "mot") || num(s, n + 1, 1) || sign(s, n + 1, '/')) &&
			     word(s, n + 2, "lan")))) {
		/* "định kỳ 6 tháng", "06 (sáu) tháng/lần", "03 năm một lần" */
		months = val(s, j) * (word(s, n, "nam") ? 12 : 1);
		j = n + 1;
		if (word(s, j + 1, "lan"))
			j += 2;
	} else if (said && ((months = period(s, j, &weekly)) || weekly)) {
		j++;
	} else if (said) {
		/* "Định kỳ cập nhật": now and then, with no period: work that goes on */
		push(s, DL_ONGOING, i, j)->periodic = true;
		return j;
	} else {
		return 0;
	}
	e = push(s, DL_EVERY, i, j);
	e->every_months = months;
	e->weekly = weekly;
	if (!weekly && months != 1 && months != 3 && months != 6 && months != 12)
		e->error = "plan reads periods of a week, a month, a quarter, a half year or a year";
	return j;
}

/* "thường xuyên", "liên tục", "các năm tiếp theo", "hằng ngày": returns the end, or 0. */
static size_t ongoing(const struct scan *s, size_t i)
{
	size_t j = i;
	bool open_end = false;

	if (word(s, j, "thuong") && word(s, j + 1, "xuyen"))
		j += 2;
	else if (word(s, j, "lien") && word(s, j + 1, "tuc"))
		j += 2;
	else if ((word(s, j, "hang") || word(s, j, "moi")) && word(s, j + 1, "ngay"))
		j += 2;
	else if ((word(s, j, "cac") || word(s, j, "nhung")) && word(s, j + 1, "nam") &&
		 (word(s, j + 2, "tiep") || word(s, j + 2, "sau")))
		j += 3 + (word(s, j + 2, "tiep") && word(s, j + 3, "theo")), open_end = true;
	else
		return 0;
	push(s, DL_ONGOING, i, j)->open_end = open_end;
	return j;
}

/* "theo …", "khi …", "sau khi …", "ngay sau khi …", "tùy theo …", "căn cứ …", "đột xuất". */
static size_t event(const struct scan *s, size_t i)
{
	size_t j = i;

	if (word(s, j, "ngay") && (word(s, j + 1, "khi") || word(s, j + 1, "sau")))
		j++;
	if (word(s, j, "sau") && word(s, j + 1, "khi"))
		j += 2;
	else if (word(s, j, "khi") && !(j > 0 && (word(s, j - 1, "den") || word(s, j - 1, "toi"))))
		j++; /* "đến khi hết nhiệm kỳ 2021 - 2026" is until then */
	else if (word(s, j, "theo") && !(j > 0 && word(s, j - 1, "tiep")))
		j++;
	else if (word(s, j, "tuy") || (word(s, j, "can") && word(s, j + 1, "cu")) ||
		 (word(s, j, "dot") && word(s, j + 1, "xuat")))
		j += 1 + !word(s, j, "tuy");
	else
		return 0;
	push(s, DL_EVENT, i, j);
	return j;
}

/*
 * Words after "kể từ ngày", up to the next sign: whether they name the
 * plan's own issue.  Stores where they end in *end.
 */
static bool names_the_issue(const struct scan *s, size_t i, size_t *end)
{
	static const char *const documents[] = {
		"luat", "nghi", "thong", "chi", "de", "chuong", "van", "cong", "quyet", NULL,
	};
	bool issued = false, other = false;

	for (; i < s->n && !sign(s, i, ';') && !sign(s, i, '.') && !sign(s, i, ','); i++) {
		if ((word(s, i, "ban") && word(s, i + 1, "hanh")) || word(s, i, "ky") ||
		    (word(s, i, "hieu") && word(s, i + 1, "luc")) ||
		    (word(s, i, "phe") && word(s, i + 1, "duyet")))
			issued = true;
		/* "Quyết định này", "Kế hoạch": this one; "Nghị định", "Luật": another */
		if (any_word(s, i, documents) && !word(s, i + 2, "nay") && !word(s, i + 1, "nay"))
			other = !(word(s, i, "quyet") && word(s, i + 1, "dinh") && word(s, i + 2, "nay"));
	}
	*end = i;
	return issued && !other;
}

/*
 * "trong 30 ngày kể từ ngày ban hành", "trong vòng 15 ngày", "sau 03 tháng
 * kể từ ngày Quyết định này có hiệu lực", "trong thời hạn 10 ngày làm
 * việc": counted from the plan's issue.  Counted from anything else, it is
 * an event.  Returns the end, or 0.
 */
static size_t relative(const struct scan *s, size_t i)
{
	size_t j = i;
	bool lead = false, anchored = false;
	struct dl_expr *e;
	char unit;

	if (word(s, j, "trong") || word(s, j, "sau"))
		j++, lead = true;
	if (word(s, j, "vong") || word(s, j, "khoang"))
		j++;
	else if (word(s, j, "thoi") && (word(s, j + 1, "han") || word(s, j + 1, "gian")))
		j += 2;
	if (!num(s, j, 3))
		return 0;
	unit = word(s, j + 1, "ngay")	 ? 'd'
	       : word(s, j + 1, "tuan")	 ? 'w'
	       : word(s, j + 1, "thang") ? 'm'
	       : word(s, j + 1, "nam")	 ? 'y'
					 : 0;
	if (!unit || year_at(s, j + 2))
		return 0;
	e = push(s, DL_RELATIVE, i, j + 2);
	e->count = val(s, j);
	e->unit = unit;
	j += 2;
	if (word(s, j, "lam") && word(s, j + 1, "viec")) {
		e->working = true;
		e->error = "working days are not counted yet";
		j += 2;
	}
	if ((word(s, j, "ke") || word(s, j, "tinh")) && word(s, j + 1, "tu"))
		j += 2, anchored = true;
	else if ((word(s, j, "tu") || word(s, j, "sau")) &&
		 (word(s, j + 1, "ngay") || word(s, j + 1, "khi")))
		j++, anchored = true;
	if (!lead && !anchored) {
		s->out->n--;
		return 0;
	}
	e->t1 = j;
	if (anchored) {
		if (!names_the_issue(s, j, &j))
			e->what = DL_EVENT;
		e->t1 = j;
	}
	return j;
}

/* "ký", "ký ban hành", "ban hành": returns the end, or 0. */
static size_t names_signing(const struct scan *s, size_t i)
{
	if (word(s, i, "ky"))
		return i + 1 + 2 * (word(s, i + 1, "ban") && word(s, i + 2, "hanh"));
	if (word(s, i, "ban") && word(s, i + 1, "hanh"))
		return i + 2;
	return 0;
}

/*
 * The plan's issue as the start of a span or of work: "từ nay đến năm
 * 2030", "từ ngày ký đến hết ngày 28/02/2027".  Returns the end.
 */
static size_t now_point(const struct scan *s, size_t i, size_t end, const struct dl_expr *mods)
{
	struct dl_expr *e = push(s, DL_AT, i, end);
	const char *error = NULL;
	struct dl_point b;
	size_t k, next;

	e->a.gran = DL_NOW;
	e->open_from = true;
	if ((k = span_sep(s, end)) && (next = point(s, skip_asides(s, k), &b, &error))) {
		e = &s->out->v[s->out->n - 1];
		e->b = b;
		e->span = true;
		e->open_from = false;
		e->error = error;
		e->t1 = end = next;
		if (!b.year && (next = year_suffix(s, end, &b.year))) {
			e->b.year = b.year;
			e->t1 = end = next;
		}
	}
	(void)mods;
	return end;
}

/*
 * Modifiers, then points: "trước ngày 15/3", "từ tháng 3 đến tháng 6",
 * "đến hết năm 2025", "chậm nhất Quý II", "trước 9h30 ngày 12/3/2025",
 * "đầu năm 2026", "từ nay đến năm 2030", "từ năm 2025 trở đi".
 */
static size_t at(const struct scan *s, size_t i)
{
	struct dl_expr mods = { 0 };
	size_t j = i, end;

	mods.t0 = i;
	for (;;) {
		if (mods.open_from || mods.until || mods.before) {
			const size_t first = s->out->n;

			j = skip_asides(s, j);
			/* "trước 9h30 ngày 12/3": before the hour, on the day */
			for (size_t k = first; k < s->out->n; k++)
				if (!s->out->v[k].count)
					mods.before = false;
		}
		if (word(s, j, "truoc") && word(s, j + 1, "hoac") && word(s, j + 2, "sau")) {
			j += 3; /* "trước hoặc sau ngày 31/12": about that day */
		} else if (word(s, j, "truoc")) {
			mods.before = true;
			j++;
		} else if (word(s, j, "tu") && !word(s, j + 1, "khi")) {
			mods.open_from = true;
			j++;
		} else if (word(s, j, "sau") && !word(s, j + 1, "thang") && !word(s, j + 1, "khi")) {
			/* "sau năm 2028": from 2029 on */
			mods.after = mods.open_from = true;
			j++;
		} else if (word(s, j, "khong") && word(s, j + 2, "hon") &&
			   (word(s, j + 1, "som") || word(s, j + 1, "muon") || word(s, j + 1, "cham"))) {
			/* "không sớm hơn" (not before), "không muộn hơn" (at the latest) */
			mods.open_from = mods.open_from || word(s, j + 1, "som");
			j += 3;
		} else if (word(s, j, "den") || word(s, j, "toi")) {
			mods.until = true;
			j++;
		} else if ((word(s, j, "cham") || word(s, j, "muon")) && word(s, j + 1, "nhat")) {
			j += 2;
		} else if ((word(s, j, "dau") || word(s, j, "giua")) &&
			   (any_word(s, j + 1, time_words) || word(s, j + 1, "nam"))) {
			/* "đầu năm 2026", "giữa tháng 6"; not "lần đầu trong năm 2026" */
			mods.vague = true;
			j++;
		} else if (word(s, j, "het") || word(s, j, "cuoi")) {
			j++;
		} else if (word(s, j, "trong") || word(s, j, "vao") || word(s, j, "la")) {
			j++;
		} else if (word(s, j, "thoi") && word(s, j + 1, "diem")) {
			j += 2;
		} else {
			break;
		}
	}
	if (j == i && !num(s, j, 4) && !any_word(s, j, time_words) && !word(s, j, "ca") &&
	    !word(s, j, "nua") && !word(s, j, "sau"))
		return 0;
	if (mods.open_from && (word(s, j, "nay") || (word(s, j, "ngay") && names_signing(s, j + 1)))) {
		/* "từ nay", "từ ngày ký", "từ ngày ban hành": from the plan's issue */
		mods.t0 = i;
		end = word(s, j, "nay") ? j + 1 : names_signing(s, j + 1);
		end = now_point(s, i, end, &mods);
	} else if (!(end = points(s, j, &mods))) {
		return 0;
	}
	if (word(s, end, "tro") && word(s, end + 1, "di")) {
		s->out->v[s->out->n - 1].open_from = true;
		s->out->v[s->out->n - 1].t1 = end + 2;
		end += 2;
	}
	return end;
}

/*
 * "Tết Nguyên đán 2026", "Tết Bính Ngọ": a date of the lunar calendar,
 * which plan does not compute; the phrase cannot be read without an
 * explicit due.  Returns the end, or 0.
 */
static size_t tet(const struct scan *s, size_t i)
{
	size_t j = i + 1;
	struct dl_expr *e;

	if (!word(s, i, "tet"))
		return 0;
	if (word(s, j, "nguyen") && word(s, j + 1, "dan"))
		j += 2;
	for (int k = 0; k < 2 && j < s->n && s->t[j].type == DL_WORD && !word(s, j, "nam") &&
			!word(s, j, "va") && !word(s, j, "hoac");
	     k++)
		j++; /* the year's name: "Bính Ngọ" */
	if (word(s, j, "nam") && year_at(s, j + 1))
		j += 2;
	else if (year_at(s, j))
		j++;
	e = push(s, DL_AT, i, j);
	set_months(&e->a, DL_YEAR, 1, 12);
	e->error = "plan does not compute the dates of the lunar calendar (Tết)";
	return j;
}

/* -- the walk ------------------------------------------------------------------------ */

/* How the expression that starts at token t1 is joined to the one that ended at t0. */
static enum dl_link link_between(const struct scan *s, size_t t0, size_t t1)
{
	enum dl_link link = DL_LINK_NONE;

	for (size_t i = t0; i < t1; i++) {
		if (sign(s, i, ';') || sign(s, i, '.'))
			return DL_LINK_SEMI;
		if (word(s, i, "hoac"))
			link = DL_LINK_OR;
		else if (link == DL_LINK_NONE && (word(s, i, "va") || sign(s, i, ',') ||
						  sign(s, i, '+') || sign(s, i, '&')))
			link = DL_LINK_AND;
	}
	return link;
}

/* A word of time right after a list's "và" or ",", that no expression took. */
static size_t dangling(const struct scan *s)
{
	static const char *const words[] = { "ngay", "thang", "quy", "tuan", NULL };
	const struct dl_exprs *o = s->out;
	size_t k = 0;

	for (size_t i = 1; i + 1 < s->n; i++) {
		while (k < o->n && o->v[k].t1 <= i)
			k++;
		if (k < o->n && o->v[k].t0 <= i)
			continue; /* inside an expression */
		if ((word(s, i, "va") || sign(s, i, ',')) && k > 0 && o->v[k - 1].t1 == i &&
		    o->v[k - 1].what == DL_AT && any_word(s, i + 1, words) &&
		    !(k < o->n && o->v[k].t0 == i + 1))
			return i + 1;
	}
	return SIZE_MAX;
}

static int by_start(const void *a, const void *b)
{
	const struct dl_expr *x = a, *y = b;

	return (x->t0 > y->t0) - (x->t0 < y->t0);
}

void dl_scan(const struct dl_tokens *toks, struct dl_exprs *out)
{
	struct scan s = { toks->v, toks->n, out };
	size_t i = 0, end, aside;
	int day = 0;

	out->n = 0;
	while (i < s.n) {
		const size_t before = out->n;
		const char *what = NULL;

		if ((aside = document(&s, i)))
			what = "document number";
		else if ((aside = time_of_day(&s, i)))
			what = "time of day";
		else if ((aside = weekday(&s, i, &day)))
			what = "weekday";
		if (what) {
			struct dl_expr *e = push(&s, DL_ASIDE, i, aside);

			e->what_aside = what;
			e->count = day;
			i = aside;
			continue;
		}
		if ((end = ongoing(&s, i)) || (end = every(&s, i)) || (end = event(&s, i)) ||
		    (end = tet(&s, i)) || (end = at(&s, i)) || (end = relative(&s, i))) {
			i = end;
			continue;
		}
		out->n = before; /* what a failed attempt pushed */
		i++;
	}
	if (out->n > 1)
		qsort(out->v, out->n, sizeof(*out->v), by_start);
	for (size_t k = 0, last = 0; k < out->n; k++) {
		if (out->v[k].what == DL_ASIDE)
			continue;
		out->v[k].link = k ? link_between(&s, last, out->v[k].t0) : DL_LINK_NONE;
		if (out->v[k].link == DL_LINK_NONE && k && out->v[k].t0 == last)
			out->v[k].link = DL_LINK_AND; /* a list "Quý I, II" joined inside */
		last = out->v[k].t1;
	}
	out->dangling = dangling(&s);
}

void dl_exprs_release(struct dl_exprs *exprs)
{
	free(exprs->v);
	memset(exprs, 0, sizeof(*exprs));
}
