/*
 * dlscan.h - the pieces of dl_scan() (private to dlscan*.c and its kin):
 * the walk over a phrase's tokens and the readers it tries at each one.
 *
 * The files call one way only, each the ones below it:
 *
 *   dlscan.c    the walk, and the documents' numbers it steps over
 *   dlat.c      modifiers ("trước", "từ", "đến hết") and their points
 *   dlevent.c   recurrences, continuing work, events, counts from the issue, Tết
 *   dlspan.c    spans and lists of points, school years
 *   dlpoint.c   one point: a day, month, quarter, half or year
 *   dlaside.c   times of day and weekdays, which are not deadlines
 *   dlscan.h    looking at tokens, and pushing an expression (inline)
 *
 * Every reader takes the token index i where it may start and returns
 * the index just past what it read, or 0 when nothing there is its (an
 * end is past i, so 0 is free).  What it finds is pushed on s->out; a
 * reader that returns 0 may leave pushes behind, which the walk takes
 * back.  None allocates but through dl_push().
 */
#ifndef PLAN_DLSCAN_H
#define PLAN_DLSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "alloc.h"
#include "dlexpr.h"

/* A phrase's tokens being scanned, and the expressions found so far. */
struct scan {
	const struct dl_token *t;
	size_t n;
	struct dl_exprs *out;
};

/*
 * Looking at tokens: true when token i exists and is so.  Inline, for they
 * are called at every token by every reader.
 */
static inline bool word(const struct scan *s, size_t i, const char *w)
{
	return i < s->n && dl_is_word(&s->t[i], w);
}

static inline bool sign(const struct scan *s, size_t i, char c)
{
	return i < s->n && dl_is_sign(&s->t[i], c);
}

static inline bool num(const struct scan *s, size_t i, size_t max_digits)
{
	return i < s->n && s->t[i].type == DL_NUM && s->t[i].len <= max_digits;
}

static inline int val(const struct scan *s, size_t i)
{
	return s->t[i].value;
}

/* A four-digit number: the year of a date or month however large. */
static inline bool year_at(const struct scan *s, size_t i)
{
	return i < s->n && s->t[i].type == DL_NUM && s->t[i].len == 4;
}

/*
 * The year written at i (year_at): 0000 is -1, not 0, which means "no
 * year written", so that the range check (1900 to 2200) sees it.
 */
static inline int year_val(const struct scan *s, size_t i)
{
	return s->t[i].value ? s->t[i].value : -1;
}

/* A separator of the parts of a date: "/", "-" or ".". */
static inline bool date_sep(const struct scan *s, size_t i)
{
	return sign(s, i, '/') || sign(s, i, '-') || sign(s, i, '.');
}

/* Token i follows token i - 1 with no white space between. */
static inline bool tight(const struct scan *s, size_t i)
{
	return i < s->n && !s->t[i].spaced;
}

static inline bool any_word(const struct scan *s, size_t i, const char *const *words)
{
	for (; *words; words++)
		if (word(s, i, *words))
			return true;
	return false;
}

/*
 * Pushes an expression of tokens [t0, t1), all else zero, on s->out, and
 * returns it: valid until the next push.  Aborts when memory runs out.
 */
static inline struct dl_expr *dl_push(const struct scan *s, enum dl_what what, size_t t0, size_t t1)
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

/* -- dlaside.c ------------------------------------------------------------ */

/* "9h30", "9 giờ 30 phút", "14:00", "9h30'": returns the end, or 0. */
size_t dl_time_of_day(const struct scan *s, size_t i);
/*
 * "thứ Ba", "thứ 3", "chủ nhật": returns the end, or 0, and stores the day
 * in *day, 1 for Monday ("thứ Hai", "thứ 2") to 7 for Sunday.
 */
size_t dl_weekday(const struct scan *s, size_t i, int *day);
/*
 * Skips the times of day, weekdays and parts of days at i that come before
 * a date ("18h00 tối Thứ Bảy ngày 22/11/2025"), each pushed as an aside.
 * Returns where the date may start (i when there are none).
 */
size_t dl_skip_asides(const struct scan *s, size_t i);

/* -- dlpoint.c ------------------------------------------------------------ */

/* The words a time expression is made of; a document's code is none of them. */
extern const char *const dl_time_words[];

/* Sets what p covers: its granularity and months m1 to m2. */
void dl_set_months(struct dl_point *p, enum dl_gran gran, int m1, int m2);
/* "/2025", "-2025", ".2025", " năm 2025", ", năm 2025": returns the end, or 0. */
size_t dl_year_suffix(const struct scan *s, size_t i, int *year);
/*
 * "ngày 15/6/2025", "ngày 15 tháng 6 năm 2025", "ngày 15" (of every month):
 * returns the end, or 0.  *error gets a static text when the day cannot be.
 */
size_t dl_day_point(const struct scan *s, size_t i, struct dl_point *p, const char **error);
/* One point at i into *p (cleared first); returns its end, or 0.  *error as above. */
size_t dl_one_point(const struct scan *s, size_t i, struct dl_point *p, const char **error);
/*
 * The number at i standing for a point of a's kind, the keyword left out:
 * "10" in "Tháng 03- 10/2022", "IV" in "Quý III-IV", "2028" in "2027 - 2028".
 * Returns its end, or 0; *p is a's kind with that number.
 */
size_t dl_bare_point(const struct scan *s, size_t i, const struct dl_point *a, struct dl_point *p,
		     const char **error);

/* -- dlspan.c ------------------------------------------------------------- */

/* "-", "–", "đến", "đến hết", "tới": returns the end, or 0. */
size_t dl_span_sep(const struct scan *s, size_t i);
/*
 * A point, and what may follow it: a span, a list sharing its keyword, and
 * the year they share; each pushed with the modifiers mods read before it
 * (mods->t0 is where they start).  Returns the end, or 0.
 */
size_t dl_points(const struct scan *s, size_t i, const struct dl_expr *mods);

/* -- dlat.c --------------------------------------------------------------- */

/* Modifiers, then points (DL_AT); returns the end, or 0. */
size_t dl_at(const struct scan *s, size_t i);

/* -- dlevent.c ------------------------------------------------------------ */

/* A recurrence (DL_EVERY; DL_ONGOING for "định kỳ" alone): the end, or 0. */
size_t dl_every(const struct scan *s, size_t i);
/* Continuing work (DL_ONGOING): the end, or 0. */
size_t dl_ongoing(const struct scan *s, size_t i);
/* An event ("theo …", "khi …"; DL_EVENT): the end, or 0. */
size_t dl_event(const struct scan *s, size_t i);
/* A count from the plan's issue (DL_RELATIVE), or from an event (DL_EVENT): the end, or 0. */
size_t dl_relative(const struct scan *s, size_t i);
/* Tết, a date of the lunar calendar (DL_AT with an error): the end, or 0. */
size_t dl_tet(const struct scan *s, size_t i);

#endif
