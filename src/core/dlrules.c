/* dlrules.c - the rules that make one interpretation of a phrase's expressions. */
#include "dlcombine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

bool dl_has(const struct dl_exprs *x, enum dl_what what)
{
	for (size_t k = 0; k < x->n; k++)
		if (x->v[k].what == what)
			return true;
	return false;
}

bool dl_only_starts(const struct dl_exprs *x)
{
	size_t starts = 0;

	for (size_t k = 0; k < x->n; k++) {
		if (x->v[k].what == DL_RELATIVE || (x->v[k].what == DL_AT && !x->v[k].open_from))
			return false;
		starts += x->v[k].what == DL_AT;
	}
	return starts > 0;
}

/* The period of the finest recurrence of x, in months; 0 for a week. */
static int finest_period(const struct dl_exprs *x, bool *weekly)
{
	int months = 0;

	*weekly = false;
	for (size_t k = 0; k < x->n; k++) {
		const struct dl_expr *e = &x->v[k];

		if (e->what != DL_EVERY)
			continue;
		*weekly = *weekly || e->weekly;
		if (!e->weekly && (!months || e->every_months < months))
			months = e->every_months;
	}
	return *weekly ? 0 : months;
}

/* The months a point of this kind covers, at most. */
static int span_months(enum dl_gran g)
{
	return g == DL_DAY || g == DL_MONTH ? 1 : g == DL_QUARTER ? 3 : g == DL_HALF ? 6 : 12;
}

void dl_mark_anchors(struct dl_exprs *x)
{
	bool weekly;
	const int months = finest_period(x, &weekly);

	if (!dl_has(x, DL_EVERY) || weekly)
		return;
	for (size_t k = 0; k < x->n; k++) {
		struct dl_expr *e = &x->v[k];
		const struct dl_point *p = e->span ? &e->b : &e->a;

		if (e->what != DL_AT || e->open_from || e->a.year || (e->span && e->b.year) ||
		    e->a.gran == DL_NOW || p->gran == DL_YEAR)
			continue;
		/* "trước ngày 15 hằng tháng", "tháng 6 hằng năm", "đến ngày 15/12 hằng năm" */
		if ((p->gran == DL_DAY && !p->m1) || (months && span_months(p->gran) < months) ||
		    (months == 1 && p->gran == DL_DAY))
			e->anchor = true;
	}
}

/* The sentence of each expression: a new one after ";" or ".". */
static void sentences(const struct dl_exprs *x, size_t *out)
{
	size_t n = 0;

	for (size_t k = 0; k < x->n; k++) {
		n += k && x->v[k].link == DL_LINK_SEMI;
		out[k] = n;
	}
}

/* -- labels ------------------------------------------------------------------------------ */

/* Words that lead into a date rather than label it ("Hoàn thành trong …", "Đối với …"). */
static size_t lead_in(const struct dl_tokens *t, size_t i, size_t end)
{
	static const char *const pairs[][2] = {
		{ "hoan", "thanh" }, { "thuc", "hien" }, { "trien", "khai" }, { "ket", "thuc" },
		{ "du", "kien" },    { "cham", "nhat" }, { "muon", "nhat" },  { "doi", "voi" },
		{ "giai", "doan" },  { "thoi", "gian" }, { "thoi", "han" },
	};
	static const char *const singles[] = { "voi", "xong", "la", "vao", "trong", "va", "hoac" };

	if (i >= end)
		return 0;
	if (t->v[i].type == DL_SIGN && !dl_is_sign(&t->v[i], ':'))
		return 1;
	for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
		if (i + 1 < end && dl_is_word(&t->v[i], pairs[k][0]) &&
		    dl_is_word(&t->v[i + 1], pairs[k][1]))
			return 2;
	for (size_t k = 0; k < sizeof(singles) / sizeof(singles[0]); k++)
		if (dl_is_word(&t->v[i], singles[k]))
			return 1;
	return 0;
}

/*
 * The label of a due date: the words between the expression before (t0)
 * and it (t1), lead-in words and signs left out, when the phrase gives
 * several dates or ends the words with ":" ("Đối với Thông tư: Tháng 02").
 */
static void label(struct dl_reading *r, size_t t0, size_t t1, bool several, struct plan_buf *out)
{
	const struct dl_tokens *t = r->toks;
	bool colon = false;
	size_t n;

	plan_buf_reset(out);
	while (t1 > t0 && t->v[t1 - 1].type == DL_SIGN) {
		colon = colon || dl_is_sign(&t->v[t1 - 1], ':');
		t1--;
	}
	while ((n = lead_in(t, t0, t1)))
		t0 += n;
	for (size_t i = t0; i < t1; i++)
		if (dl_is_sign(&t->v[i], ':'))
			t0 = i + 1, colon = true; /* "Tháng 6: báo cáo; Dự thảo: …" keeps the last */
	while ((n = lead_in(t, t0, t1)))
		t0 += n;
	if (t1 > t0 && (colon || several))
		dl_quote(out, t, r->text, t0, t1);
}

/* -- dates ---------------------------------------------------------------------------------- */

static bool is_milestone(const struct dl_expr *e)
{
	return (e->what == DL_AT && !e->anchor && !e->open_from) || e->what == DL_RELATIVE;
}

static plan_date due_of(const struct dl_reading *r, const struct dl_expr *e)
{
	return e->what == DL_RELATIVE ? dl_after_issue(e, r->ctx->issued) : dl_expr_due(e, r->ctx);
}

static void add_alt(struct plan_interp *out, plan_date date)
{
	size_t i = out->n_alt;

	out->alt = plan_xreallocarray(out->alt, out->n_alt + 1, sizeof(*out->alt));
	while (i > 0 && out->alt[i - 1].date > date) {
		out->alt[i] = out->alt[i - 1];
		i--;
	}
	out->alt[i] = (struct plan_due){ date, NULL };
	out->n_alt++;
}

/* A due date in the making: alternatives ("3/2027 hoặc 6/2027") make one. */
struct group {
	plan_date due;       /* the last alternative's */
	size_t t0, t1;       /* the words that may label it */
	size_t first, count; /* its expressions, [first, first + count) of the counted */
};

/* Whether expression k of x is a due date; skip: those that bound the work instead. */
static bool counted(const struct dl_exprs *x, size_t k, const bool *skip)
{
	return is_milestone(&x->v[k]) && !(skip && skip[k]);
}

/*
 * Adds the due dates of x, but those skip marks: each a milestone, a group
 * of alternatives one at the last of them, the others kept in out->alt.
 * Labels them (label()).  Returns the earliest window start, or none.
 */
static plan_date add_milestones(struct dl_reading *r, const bool *skip)
{
	const struct dl_exprs *x = r->x;
	struct group *g = plan_xcalloc(x->n + 1, sizeof(*g));
	plan_date *dates = plan_xcalloc(x->n + 1, sizeof(*dates));
	struct plan_buf words = PLAN_BUF_INIT;
	plan_date from = PLAN_DATE_NONE;
	size_t n = 0, n_dates = 0, prev_end = 0;

	for (size_t k = 0; k < x->n; k++) {
		const struct dl_expr *e = &x->v[k];
		/* a start after a due date is work that goes on, not the window's */
		const plan_date f = e->what == DL_AT && !e->anchor && !(n && e->open_from)
					? dl_expr_from(e, r->ctx)
					: PLAN_DATE_NONE;

		if (e->what == DL_ASIDE)
			continue;
		if (f != PLAN_DATE_NONE && (from == PLAN_DATE_NONE || f < from))
			from = f;
		if (counted(x, k, skip)) {
			const plan_date due = due_of(r, e);

			if (!(e->link == DL_LINK_OR && n)) {
				bool again = false; /* "giai đoạn 2026 - 2030. Trong đó … 2027 - 2030" */

				for (size_t i = 0; i < n && !again; i++)
					again = g[i].due == due && g[i].count;
				if (again) {
					prev_end = e->t1;
					continue;
				}
				g[n++] = (struct group){ due, prev_end, e->t0, n_dates, 0 };
			}
			if (due > g[n - 1].due)
				g[n - 1].due = due;
			g[n - 1].count++;
			dates[n_dates++] = due;
		}
		prev_end = e->t1;
	}
	for (size_t i = 0; i < n; i++) {
		bool kept = false; /* the group's own date, once */

		label(r, g[i].t0, g[i].t1, n > 1, &words);
		plan_interp_add(r->out, g[i].due, words.len ? words.s : NULL, words.len);
		for (size_t j = g[i].first; j < g[i].first + g[i].count; j++) {
			if (dates[j] == g[i].due && !kept)
				kept = true;
			else
				add_alt(r->out, dates[j]);
		}
	}
	plan_buf_release(&words);
	free(dates);
	free(g);
	return from;
}

static void explain_all(struct dl_reading *r, bool (*used)(const struct dl_expr *))
{
	for (size_t k = 0; k < r->x->n; k++)
		dl_explain_add(r, &r->x->v[k], used(&r->x->v[k]));
}

static bool used_in_dates(const struct dl_expr *e)
{
	return e->what == DL_AT || e->what == DL_RELATIVE || e->what == DL_ONGOING;
}

/*
 * Whether work starts after a due date ("Thí điểm trong giai đoạn 2026 -
 * 2027 và thực hiện mở rộng sau năm 2028"): it goes on after them.
 * Returns true, and leaves the starts out of the window, when it does.
 */
static bool starts_after(const struct dl_reading *r)
{
	bool dated = false;

	for (size_t k = 0; k < r->x->n; k++) {
		const struct dl_expr *e = &r->x->v[k];

		if (is_milestone(e))
			dated = true;
		else if (dated && e->what == DL_AT && e->open_from)
			return true;
	}
	return false;
}

void dl_read_dates(struct dl_reading *r)
{
	r->out->kind = PLAN_KIND_DATE;
	r->out->continues = starts_after(r);
	r->out->from = add_milestones(r, NULL);
	if (r->out->n_alt)
		r->rule = "alternatives: due at the last of them, the others shown";
	else if (r->out->continues)
		r->rule = "due dates, then work that starts after them and goes on";
	else if (r->out->n_due > 1)
		r->rule = "milestones: one delivery meets each due date, in order";
	else
		r->rule = "one due date";
	explain_all(r, used_in_dates);
}

/* -- ongoing work ---------------------------------------------------------------------------- */

/*
 * Marks which points bound the work rather than fall due: a start ("từ
 * …"), an end ("đến …"), or a point after the words of ongoing work and
 * not a new item ("Thường xuyên trong 2024, 2025").  A point before them
 * ("Quý III/2025 và thường xuyên") or "trước …" falls due.
 */
static void mark_bounds(const struct dl_exprs *x, bool *bound)
{
	bool after = false;

	for (size_t k = 0; k < x->n; k++) {
		const struct dl_expr *e = &x->v[k];

		bound[k] = false;
		if (e->what == DL_ONGOING) {
			after = true;
			continue;
		}
		if (e->what != DL_AT || e->anchor)
			continue;
		if (e->link == DL_LINK_SEMI)
			after = false;
		bound[k] = e->open_from || e->until || (after && !e->before);
	}
}

/* The dates bounds give: the first start (but of an end) and last end (but of a start). */
static void bounds_of(const struct dl_reading *r, const bool *bound, plan_date *from,
		      plan_date *until)
{
	*from = *until = PLAN_DATE_NONE;
	for (size_t k = 0; k < r->x->n; k++) {
		const struct dl_expr *e = &r->x->v[k];
		plan_date f, u;

		if (!bound[k])
			continue;
		f = e->after ? dl_expr_from(e, r->ctx) : dl_point_first(&e->a, r->ctx);
		u = dl_point_last(e->span ? &e->b : &e->a, r->ctx);
		if (!e->until && (*from == PLAN_DATE_NONE || f < *from))
			*from = f;
		if (!e->open_from && (*until == PLAN_DATE_NONE || u > *until))
			*until = u;
	}
}

/*
 * True, after making the reading unknown, when the bounds the phrase gives
 * end before they start: "từ nay … đến 2027" in a plan issued in 2036.
 */
static bool inverted(struct dl_reading *r, plan_date from, plan_date until)
{
	if (from == PLAN_DATE_NONE || until == PLAN_DATE_NONE || from <= until)
		return false;
	r->out->kind = PLAN_KIND_UNKNOWN;
	free(r->out->reason);
	r->out->reason = plan_xstrdup("the span ends before it starts");
	return true;
}

void dl_read_ongoing(struct dl_reading *r)
{
	bool *bound = plan_xcalloc(r->x->n + 1, sizeof(*bound));
	size_t milestones = 0;
	plan_date from, until;

	mark_bounds(r->x, bound);
	for (size_t k = 0; k < r->x->n; k++)
		milestones += counted(r->x, k, bound);
	bounds_of(r, bound, &from, &until);
	if (inverted(r, from, until)) {
		free(bound);
		return;
	}
	if (milestones) {
		/* "Quý III/2025 và thường xuyên": the dates fall due, the work goes on */
		const plan_date window = add_milestones(r, bound);

		r->out->kind = PLAN_KIND_DATE;
		r->out->continues = true;
		r->out->from = from == PLAN_DATE_NONE || (window != PLAN_DATE_NONE && window < from)
				   ? window
				   : from;
		r->rule = "due dates, then ongoing work: each date falls due, the work goes on";
	} else {
		r->out->kind = PLAN_KIND_ONGOING;
		r->out->from = from;
		r->out->until = until;
		r->rule = !dl_has(r->x, DL_ONGOING) ? "work from a date on: ongoing, never due"
			  : from != PLAN_DATE_NONE || until != PLAN_DATE_NONE
			      ? "ongoing work, within the dates the phrase gives"
			      : "ongoing work, never due";
	}
	free(bound);
	explain_all(r, used_in_dates);
}

/* -- recurrences ------------------------------------------------------------------------------ */

static enum plan_every every_of(int months, bool weekly)
{
	if (weekly)
		return PLAN_EVERY_WEEK;
	return months == 1 ? PLAN_EVERY_MONTH
	       : months == 3 ? PLAN_EVERY_QUARTER
	       : months == 6 ? PLAN_EVERY_HALF
			     : PLAN_EVERY_YEAR;
}

static bool open_ended(const struct dl_exprs *x)
{
	for (size_t k = 0; k < x->n; k++)
		if (x->v[k].what == DL_ONGOING && x->v[k].open_end)
			return true;
	return false;
}

static bool used_in_recurrence(const struct dl_expr *e)
{
	return e->what != DL_ASIDE && e->what != DL_EVENT;
}

/* What dl_read_recurring() gathers from the expressions before it counts. */
struct recurrence {
	const struct dl_expr **anchors; /* the days it falls on within each period */
	size_t n_anchors;
	bool *bound;           /* bound[k]: expression k bounds the recurrence, no milestone */
	bool weekly;           /* a week's period */
	bool continues;        /* ongoing work besides */
	int months;            /* the finest period, in months */
	plan_date from, until; /* the bounds the phrase gives, or PLAN_DATE_NONE */
	plan_date start, end;  /* the days it runs over within the plan */
};

/* Finds the anchors, the bounds and whether work goes on besides, into *rc. */
static void gather(const struct dl_exprs *x, struct recurrence *rc)
{
	size_t *sentence = plan_xcalloc(x->n + 1, sizeof(*sentence));

	sentences(x, sentence);
	for (size_t k = 0; k < x->n; k++) {
		const struct dl_expr *e = &x->v[k];

		rc->continues = rc->continues || (e->what == DL_ONGOING && !e->periodic);
		if (rc->weekly && e->what == DL_ASIDE && e->count) {
			rc->anchors[rc->n_anchors++] = e; /* the weekday of a weekly task */
		} else if (e->anchor) {
			rc->anchors[rc->n_anchors++] = e;
		} else if (e->what == DL_AT) {
			/* a year or span bounds the recurrence of its own sentence only */
			bool near = false;

			for (size_t j = 0; j < x->n && !near; j++)
				near = x->v[j].what == DL_EVERY && sentence[j] == sentence[k];
			rc->bound[k] =
			    near && (e->open_from || e->until || e->span || e->a.gran == DL_YEAR);
		}
	}
	free(sentence);
}

/* Makes the reading unknown, for why (copied). */
static void unknown(struct dl_reading *r, const char *why)
{
	r->out->kind = PLAN_KIND_UNKNOWN;
	free(r->out->reason);
	r->out->reason = plan_xstrdup(why);
}

/*
 * True, after making the reading unknown, when the series would have more
 * due dates than plan computes: said, not cut short, for a series of
 * thousands of dates is a typo.
 */
static bool too_many(struct dl_reading *r, const struct recurrence *rc)
{
	char why[120];

	if (rc->start > rc->end || dl_occurrence_bound(rc->months, rc->weekly, rc->start,
						       rc->end + 31 * (rc->weekly ? 1 : rc->months),
						       rc->n_anchors) <= DL_MAX_OCCURRENCES)
		return false;
	snprintf(why, sizeof(why),
		 "the series would have more than %d due dates, more than plan computes",
		 DL_MAX_OCCURRENCES);
	unknown(r, why);
	r->out->n_due = 0;
	return true;
}

/* Adds the occurrences from start to end, or the first after when none falls there. */
static void add_occurrences(struct dl_reading *r, const struct recurrence *rc)
{
	if (rc->start <= rc->end)
		dl_occurrences(r->out, rc->months, rc->weekly, rc->start, rc->end, rc->anchors,
			       rc->n_anchors);
	if (!r->out->n_due && rc->until == PLAN_DATE_NONE && rc->start <= rc->end) {
		/*
		 * "Trước ngày 01 tháng 11 hằng năm" in a plan issued in late
		 * November: none falls this year; the first is the next period's.
		 */
		dl_occurrences(r->out, rc->months, rc->weekly, rc->start,
			       rc->end + 31 * (rc->weekly ? 1 : rc->months), rc->anchors,
			       rc->n_anchors);
	}
}

/* Adds the milestones besides the recurrence that are not among its dates. */
static void add_milestones_besides(struct dl_reading *r, const struct recurrence *rc)
{
	for (size_t k = 0; k < r->x->n; k++) {
		const struct dl_expr *e = &r->x->v[k];
		bool known = false;
		plan_date due;

		if (!is_milestone(e) || rc->bound[k])
			continue;
		due = due_of(r, e);
		for (size_t i = 0; i < r->out->n_due && !known; i++)
			known = r->out->due[i].date == due;
		if (!known)
			plan_interp_add(r->out, due, NULL, 0);
	}
}

/* Reads the recurrence of *rc, gathered and bounded, into r->out. */
static void read_series(struct dl_reading *r, struct recurrence *rc)
{
	const struct plan_deadline_ctx *ctx = r->ctx;

	if (open_ended(r->x)) {
		/* "Hằng năm và những năm tiếp theo": every year, with no end */
		r->out->kind = PLAN_KIND_ONGOING;
		r->out->from = rc->from;
		r->rule = "a recurrence with no end: ongoing work, never due";
		return;
	}
	/* from the plan's issue, or the start of its year if that is later */
	rc->start = plan_date_make(ctx->year, 1, 1);
	if (rc->from != PLAN_DATE_NONE)
		rc->start = rc->from;
	else if (ctx->issued != PLAN_DATE_NONE && ctx->issued > rc->start)
		rc->start = ctx->issued;
	rc->end = rc->until != PLAN_DATE_NONE ? rc->until : plan_date_make(ctx->year, 12, 31);
	r->out->from = rc->from;
	r->out->until = rc->until;
	r->out->every = every_of(rc->months, rc->weekly);
	r->out->continues = rc->continues;
	if (too_many(r, rc))
		return;
	add_occurrences(r, rc);
	add_milestones_besides(r, rc);
	if (!r->out->n_due) {
		unknown(r, rc->start > rc->end ? "the recurrence ends before the plan starts"
					       : "no occurrence falls within the plan");
		return;
	}
	r->out->kind = PLAN_KIND_RECURRING;
	r->rule = rc->n_anchors ? "a recurrence, due on the days the phrase names in each period"
				: "a recurrence, due on the last day of each period";
}

void dl_read_recurring(struct dl_reading *r)
{
	struct recurrence rc = {
		.anchors = plan_xcalloc(r->x->n + 1, sizeof(*rc.anchors)),
		.bound = plan_xcalloc(r->x->n + 1, sizeof(*rc.bound)),
	};

	rc.months = finest_period(r->x, &rc.weekly);
	gather(r->x, &rc);
	bounds_of(r, rc.bound, &rc.from, &rc.until);
	explain_all(r, used_in_recurrence);
	if (!inverted(r, rc.from, rc.until))
		read_series(r, &rc);
	free(rc.anchors);
	free(rc.bound);
}
