/* dlevent.c - the expressions of a deadline phrase that are no point: recurrences, events, counts. */
#include "dlscan.h"

/* After a number at i - 1, a number in words in brackets: "06 (sáu) tháng".  Returns where it ends.
 */
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
size_t dl_every(const struct scan *s, size_t i)
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
		dl_push(s, DL_ONGOING, i, j)->periodic = true;
		return j;
	} else {
		return 0;
	}
	e = dl_push(s, DL_EVERY, i, j);
	e->every_months = months;
	e->weekly = weekly;
	if (!weekly && months != 1 && months != 3 && months != 6 && months != 12)
		e->error =
		    "plan reads periods of a week, a month, a quarter, a half year or a year";
	return j;
}

/* "thường xuyên", "liên tục", "các năm tiếp theo", "hằng ngày": returns the end, or 0. */
size_t dl_ongoing(const struct scan *s, size_t i)
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
	dl_push(s, DL_ONGOING, i, j)->open_end = open_end;
	return j;
}

/* "theo …", "khi …", "sau khi …", "ngay sau khi …", "tùy theo …", "căn cứ …", "đột xuất". */
size_t dl_event(const struct scan *s, size_t i)
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
	dl_push(s, DL_EVENT, i, j);
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
			other = !(word(s, i, "quyet") && word(s, i + 1, "dinh") &&
				  word(s, i + 2, "nay"));
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
size_t dl_relative(const struct scan *s, size_t i)
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
	unit = word(s, j + 1, "ngay")    ? 'd'
	       : word(s, j + 1, "tuan")  ? 'w'
	       : word(s, j + 1, "thang") ? 'm'
	       : word(s, j + 1, "nam")   ? 'y'
					 : 0;
	if (!unit || year_at(s, j + 2))
		return 0;
	e = dl_push(s, DL_RELATIVE, i, j + 2);
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

/*
 * "Tết Nguyên đán 2026", "Tết Bính Ngọ": a date of the lunar calendar,
 * which plan does not compute; the phrase cannot be read without an
 * explicit due.  Returns the end, or 0.
 */
size_t dl_tet(const struct scan *s, size_t i)
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
	e = dl_push(s, DL_AT, i, j);
	dl_set_months(&e->a, DL_YEAR, 1, 12);
	e->error = "plan does not compute the dates of the lunar calendar (Tết)";
	return j;
}
