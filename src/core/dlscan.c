/* dlscan.c - finding the time expressions of a deadline phrase: the walk over its tokens. */
#include "dlscan.h"

#include <stdint.h>
#include <stdlib.h>

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
					 !any_word(s, i + 2, dl_time_words))) &&
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
	if (word(s, j, "ngay") && (end = dl_day_point(s, j, &p, &error)) && p.gran == DL_DAY &&
	    p.m1)
		j = end;
	return j;
}

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
		else if ((aside = dl_time_of_day(&s, i)))
			what = "time of day";
		else if ((aside = dl_weekday(&s, i, &day)))
			what = "weekday";
		if (what) {
			struct dl_expr *e = dl_push(&s, DL_ASIDE, i, aside);

			e->what_aside = what;
			e->count = day;
			i = aside;
			continue;
		}
		if ((end = dl_ongoing(&s, i)) || (end = dl_every(&s, i)) ||
		    (end = dl_event(&s, i)) || (end = dl_tet(&s, i)) || (end = dl_at(&s, i)) ||
		    (end = dl_relative(&s, i))) {
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
