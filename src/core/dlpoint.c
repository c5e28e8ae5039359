/* dlpoint.c - one point of a deadline phrase: a day, month, quarter, half or year. */
#include "dlscan.h"

/* The words a time expression is made of; a document's code is none of them. */
const char *const dl_time_words[] = {
	"ngay", "thang", "quy", "nam", "tuan", "q", "t", NULL,
};

/* "/2025", "-2025", ".2025", " năm 2025", ", năm 2025": returns the end, or 0. */
size_t dl_year_suffix(const struct scan *s, size_t i, int *year)
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

void dl_set_months(struct dl_point *p, enum dl_gran gran, int m1, int m2)
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
		dl_set_months(p, DL_MONTH, val(s, i), val(s, i));
		p->year = year_val(s, i + 2);
		if (val(s, i) < 1 || val(s, i) > 12)
			*error = "there is no such month";
		return i + 3;
	}
	if (!num(s, i + 2, 2))
		return 0;
	dl_set_months(p, DL_DAY, val(s, i + 2), val(s, i + 2));
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
	dl_set_months(p, DL_DAY, val(s, i + 2), val(s, i + 2));
	p->day = val(s, i);
	end = dl_year_suffix(s, i + 3, &p->year);
	return end ? end : i + 3;
}

/* "ngày 15/6/2025", "ngày 15 tháng 6 năm 2025", "ngày 15" (of every month). */
size_t dl_day_point(const struct scan *s, size_t i, struct dl_point *p, const char **error)
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
	    !word(s, j + 1, "ngay") && !dl_time_of_day(s, j)) {
		dl_set_months(p, DL_DAY, 0, 0);
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
	dl_set_months(p, DL_MONTH, val(s, j), val(s, j));
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
	dl_set_months(p, DL_QUARTER, 3 * q - 2, 3 * q);
	if (q < 1 || q > 4) {
		*error = "there is no such quarter";
		dl_set_months(p, DL_QUARTER, 1, 3);
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
	dl_set_months(p, DL_HALF, first ? 1 : 13 - months, first ? months : 12);
	if ((end = dl_year_suffix(s, j, &p->year)))
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

	dl_set_months(p, DL_YEAR, 1, 12);
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

/* One point at i; returns its end, or 0. */
size_t dl_one_point(const struct scan *s, size_t i, struct dl_point *p, const char **error)
{
	size_t end;

	memset(p, 0, sizeof(*p));
	if ((end = half_point(s, i, p, error)) || (end = dl_day_point(s, i, p, error)) ||
	    (end = month_point(s, i, p, error)) || (end = quarter_point(s, i, p, error)) ||
	    (end = year_point(s, i, p)))
		return end;
	return 0;
}

/*
 * The number at i standing for a point of a's kind, the keyword left out:
 * "10" in "Tháng 03- 10/2022", "IV" in "Quý III-IV", "2028" in "2027 - 2028".
 */
size_t dl_bare_point(const struct scan *s, size_t i, const struct dl_point *a, struct dl_point *p,
		     const char **error)
{
	*p = *a;
	p->year = 0;
	switch (a->gran) {
	case DL_MONTH:
		if (!num(s, i, 2) || word(s, i + 1, "thang") ||
		    (date_sep(s, i + 1) && num(s, i + 2, 2)))
			return 0;
		dl_set_months(p, DL_MONTH, val(s, i), val(s, i));
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
		    dl_time_of_day(s, i))
			return 0;
		p->day = val(s, i);
		return i + 1;
	default:
		return 0;
	}
}
