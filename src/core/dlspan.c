/* dlspan.c - spans and lists of points in a deadline phrase, and school years. */
#include "dlscan.h"

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
	dl_set_months(&e->a, DL_DAY, 9, 9);
	e->a.day = 1;
	e->a.year = year_val(s, i + 2);
	dl_set_months(&e->b, DL_DAY, 5, 5);
	e->b.day = 31;
	e->b.year = year_val(s, i + 4);
	if (e->b.year != e->a.year + 1)
		e->error = "a school year runs over two years that follow each other";
	return i + 5;
}

/* "-", "–", "đến", "đến hết", "tới": returns the end, or 0. */
size_t dl_span_sep(const struct scan *s, size_t i)
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
 * The end of a span whose start, the expression at first, is point a
 * ending at end: "Tháng 3 - 6", "Quý I đến Quý III/2025", "từ 18h00 tối
 * Thứ Bảy ngày 22/11 đến 03h00 sáng Chủ Nhật ngày 23/11/2025".  Returns
 * where the span ends, or end when none follows (its asides taken back).
 */
static size_t span_end(const struct scan *s, size_t first, size_t end, const struct dl_point *a)
{
	const size_t asides = s->out->n;
	const char *error = NULL;
	struct dl_expr *e;
	struct dl_point b;
	size_t k, next;

	if (!(k = dl_span_sep(s, end)))
		return end;
	k = dl_skip_asides(s, k);
	if (!(next = dl_bare_point(s, k, a, &b, &error)))
		next = dl_one_point(s, k, &b, &error);
	if (!next) {
		s->out->n = asides;
		return end;
	}
	e = &s->out->v[first];
	e->b = b;
	e->span = true;
	e->t1 = next;
	e->error = e->error ? e->error : error;
	return next;
}

/*
 * The points after a's at end that share its keyword ("Quý I, II", "tháng
 * 6, 9 và 12"), each pushed.  Returns where the list ends; *last is the
 * index of its last expression.
 */
static size_t list_rest(const struct scan *s, size_t first, size_t end, const struct dl_point *a,
			size_t *last)
{
	while (!s->out->v[first].span && a->gran != DL_YEAR && a->gran != DL_HALF &&
	       (sign(s, end, ',') || word(s, end, "va"))) {
		const char *error = NULL;
		struct dl_point b;
		struct dl_expr *e;
		size_t next;

		if (!(next = dl_bare_point(s, end + 1, a, &b, &error)))
			break;
		*last = s->out->n;
		e = dl_push(s, DL_AT, end + 1, next);
		e->a = b;
		e->error = error;
		end = next;
	}
	return end;
}

/* Gives the points pushed from first on the modifiers read before them. */
static void apply_mods(const struct scan *s, size_t first, const struct dl_expr *mods)
{
	for (size_t k = first; k < s->out->n; k++) {
		struct dl_expr *e = &s->out->v[k];

		if (e->what != DL_AT)
			continue;
		e->before = mods->before;
		e->vague = mods->vague && !mods->open_from; /* "từ đầu năm": its first day */
		e->until = mods->until;
		e->open_from = mods->open_from && !e->span;
		e->after = mods->after && !e->span;
	}
	s->out->v[first].t0 = mods->t0;
}

/*
 * A point, and what may follow it: a span ("Tháng 3 - 6", "Quý I đến Quý
 * III/2025"), a list sharing its keyword ("Quý I, II", "tháng 6, 9 và 12"),
 * and the year they share.  Pushes one expression per point of a list.
 * Returns the end, or 0.
 */
size_t dl_points(const struct scan *s, size_t i, const struct dl_expr *mods)
{
	const size_t first = s->out->n;
	const char *error = NULL;
	struct dl_point a;
	struct dl_expr *e;
	size_t end, next, last = first;
	int year = 0;

	e = dl_push(s, DL_AT, i, i);
	if ((end = school_year(s, i, e))) {
		e->t1 = end;
		apply_mods(s, first, mods);
		return end;
	}
	s->out->n--;
	if (!(end = dl_one_point(s, i, &a, &error)))
		return 0;
	if (!a.year && a.gran != DL_YEAR && (next = dl_year_suffix(s, end, &a.year)))
		end = next; /* "Tháng 6-2025": a year, not a span */
	e = dl_push(s, DL_AT, i, end);
	e->a = a;
	e->error = error;
	end = span_end(s, first, end, &a);
	end = list_rest(s, first, end, &a, &last);
	if ((next = dl_year_suffix(s, end, &year))) {
		share_year(s->out->v + first, s->out->n - first, year);
		s->out->v[last].t1 = end = next;
	}
	apply_mods(s, first, mods);
	return end;
}
