/* dlcombine.c - the expressions of a deadline phrase read together. */
#include "dlcombine.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/buf.h"

/* -- dates of points ------------------------------------------------------------ */

plan_date dl_point_first(const struct dl_point *p, const struct plan_deadline_ctx *ctx)
{
	if (p->gran == DL_NOW)
		return ctx->issued;
	return plan_date_make(p->year, p->m1, p->gran == DL_DAY ? p->day : 1);
}

plan_date dl_point_last(const struct dl_point *p, const struct plan_deadline_ctx *ctx)
{
	if (p->gran == DL_NOW)
		return ctx->issued;
	if (p->gran == DL_DAY)
		return plan_date_make(p->year, p->m2, p->day);
	return plan_date_make(p->year, p->m2, plan_date_month_days(p->year, p->m2));
}

plan_date dl_expr_due(const struct dl_expr *e, const struct plan_deadline_ctx *ctx)
{
	if (e->before)
		return dl_point_first(&e->a, ctx) - 1;
	return dl_point_last(e->span ? &e->b : &e->a, ctx);
}

plan_date dl_expr_from(const struct dl_expr *e, const struct plan_deadline_ctx *ctx)
{
	if (e->after)
		return dl_point_last(&e->a, ctx) + 1; /* "sau năm 2028": from 2029 */
	if (e->span || e->open_from || (e->a.gran == DL_HALF && e->a.m1 != e->a.m2))
		return dl_point_first(&e->a, ctx);
	return PLAN_DATE_NONE;
}

/* issued + count days, weeks, months (the day kept where the month has it) or years. */
plan_date dl_after_issue(const struct dl_expr *e, plan_date issued)
{
	int y, m, d, months = e->unit == 'm' ? e->count : e->unit == 'y' ? 12 * e->count : 0;

	if (e->unit == 'd' || e->unit == 'w')
		return issued + e->count * (e->unit == 'w' ? 7 : 1);
	plan_date_split(issued, &y, &m, &d);
	m += months;
	y += (m - 1) / 12;
	m = (m - 1) % 12 + 1;
	if (d > plan_date_month_days(y, m))
		d = plan_date_month_days(y, m);
	return plan_date_make(y, m, d);
}

/* -- years and months left out ------------------------------------------------------- */

static bool is_anchor(const struct dl_expr *e)
{
	return e->what == DL_AT && e->anchor;
}

static bool needs_year(const struct dl_point *p)
{
	return !p->year && p->gran != DL_NOW && p->m1;
}

/* Where a day or month falls in its year, to tell which comes first. */
static int key_of(const struct dl_point *p)
{
	return p->m1 * 32 + (p->gran == DL_DAY ? p->day : 0);
}

/*
 * The year of a, taken from b, whose year is known and which comes after
 * a: b's, or the year before when a day or month of a falls later in the
 * year than b ("Tháng 11 - 02/2025", "Tháng 12 và tháng 3/2026").  A
 * quarter or half after its end stays in b's year, and is then read as
 * the misprint it is ("Quý IV-II/2024").
 */
static int year_before(const struct dl_point *a, const struct dl_point *b)
{
	const bool crosses = a->gran == DL_DAY || a->gran == DL_MONTH;

	return crosses && key_of(a) > key_of(b) ? b->year - 1 : b->year;
}

/* The year a point takes from the next expression that gives one, else 0. */
static int next_year(const struct dl_exprs *x, size_t k, const struct dl_point *p)
{
	for (size_t j = k + 1; j < x->n; j++) {
		const struct dl_expr *n = &x->v[j];

		if (n->what != DL_AT || is_anchor(n) || !n->a.year || n->a.gran == DL_NOW)
			continue;
		return year_before(p, &n->a);
	}
	return 0;
}

/* The year of a span's end b without one: its start's, or the next when it falls earlier. */
static int year_after(const struct dl_point *a, const struct dl_point *b,
		      const struct plan_deadline_ctx *ctx)
{
	struct dl_point start = *a;
	const bool crosses = b->gran == DL_DAY || b->gran == DL_MONTH;

	if (a->gran == DL_NOW) {
		int y, m, d;

		if (ctx->issued == PLAN_DATE_NONE)
			return ctx->year;
		plan_date_split(ctx->issued, &y, &m, &d);
		start = (struct dl_point){ DL_DAY, y, m, m, d };
	}
	return crosses && key_of(b) < key_of(&start) ? start.year + 1 : start.year;
}

/*
 * Gives a day written without its month the month of the day after it:
 * "từ ngày 10 đến ngày 15 tháng 12", "các ngày 08 và 09 tháng 11".
 */
static void borrow_months(struct dl_exprs *x)
{
	for (size_t k = 0; k < x->n; k++) {
		struct dl_expr *e = &x->v[k];
		const struct dl_point *from = NULL;

		if (e->what != DL_AT || e->a.gran != DL_DAY || e->a.m1)
			continue;
		if (e->span && e->b.gran == DL_DAY && e->b.m1)
			from = &e->b;
		else if (k + 1 < x->n && x->v[k + 1].link == DL_LINK_AND &&
			 x->v[k + 1].what == DL_AT && x->v[k + 1].a.gran == DL_DAY &&
			 x->v[k + 1].a.m1)
			from = &x->v[k + 1].a;
		if (!from)
			continue;
		e->a.m1 = e->a.m2 = from->m1;
		if (!e->a.year)
			e->a.year = from->year && e->a.day > from->day && from->m1 == 1 ? from->year - 1
											   : from->year;
		if (e->a.day > from->day) /* "từ ngày 25 đến ngày 5 tháng 12": from November */
			e->a.m1 = e->a.m2 = from->m1 == 1 ? 12 : from->m1 - 1;
	}
}

/*
 * Settles the years a phrase leaves out: a span's start from its end, a
 * point from the next expression that gives a year, else from the one
 * before, else the plan's year; a span's end from its start.  Anchors of
 * a recurrence keep none.
 */
static void settle_years(struct dl_exprs *x, const struct plan_deadline_ctx *ctx)
{
	int previous = 0;

	for (size_t k = 0; k < x->n; k++) {
		struct dl_expr *e = &x->v[k];
		int y;

		if (e->what != DL_AT || is_anchor(e))
			continue;
		if (e->span && needs_year(&e->a) && e->b.year)
			e->a.year = year_before(&e->a, &e->b);
		if (needs_year(&e->a)) {
			y = e->a.gran == DL_YEAR ? 0 : next_year(x, k, &e->a);
			e->a.year = y ? y : e->a.gran != DL_YEAR && previous ? previous : ctx->year;
		}
		if (e->span && needs_year(&e->b))
			e->b.year = year_after(&e->a, &e->b, ctx);
		if (e->a.gran != DL_NOW || e->span)
			previous = e->span ? e->b.year : e->a.year;
	}
}

/*
 * Joins a list of periods that follow each other into the one window they
 * make: "Quý II, III/2015" is from April to the end of September, as
 * "Quý II-III/2015" is; "Tháng 6 và tháng 12" stays two due dates.
 */
static void join_runs(struct dl_exprs *x, const struct dl_tokens *toks,
		      const struct plan_deadline_ctx *ctx)
{
	size_t prev = SIZE_MAX;

	for (size_t k = 0; k < x->n; k++) {
		struct dl_expr *e = &x->v[k], *p;
		const struct dl_point *p_end;

		if (e->what == DL_ASIDE)
			continue;
		p = prev == SIZE_MAX ? NULL : &x->v[prev];
		prev = k;
		if (!p || e->what != DL_AT || p->what != DL_AT || e->link != DL_LINK_AND ||
		    e->span || e->error || p->error || e->anchor || p->anchor || e->before ||
		    p->before || e->open_from || p->open_from || e->until || p->until || e->vague ||
		    p->vague || e->a.gran == DL_NOW || p->a.gran == DL_NOW || e->t0 != p->t1 + 1 ||
		    toks->v[p->t1].type == DL_NUM)
			continue;
		p_end = p->span ? &p->b : &p->a;
		if (p_end->gran != e->a.gran || !e->a.m1 || !p_end->m1 ||
		    dl_point_last(p_end, ctx) + 1 != dl_point_first(&e->a, ctx))
			continue;
		p->b = e->a;
		p->span = true;
		p->t1 = e->t1;
		memmove(e, e + 1, (x->n - k - 1) * sizeof(*e));
		x->n--;
		prev = k - 1;
		while (prev != SIZE_MAX && x->v[prev].what == DL_ASIDE)
			prev--;
		k--;
	}
}

/* -- whether the dates exist ------------------------------------------------------- */

static const char *point_error(const struct dl_point *p, struct plan_buf *detail)
{
	static const char *const months[] = {
		"January", "February", "March",	    "April",   "May",	   "June",
		"July",	   "August",   "September", "October", "November", "December",
	};

	if (p->gran == DL_NOW)
		return NULL;
	if (p->m1 < 1 || p->m1 > 12 || p->m2 < p->m1 || p->m2 > 12)
		return "there is no such month";
	if (p->gran == DL_DAY && (p->day < 1 || p->day > 31))
		return "there is no such day";
	if (p->year < 1900 || p->year > 2200)
		return "plan reads years from 1900 to 2200";
	if (p->gran == DL_DAY && !plan_date_valid(p->year, p->m1, p->day)) {
		if (p->m1 < 1 || p->m1 > 12)
			return "there is no such month";
		plan_buf_addf(detail, "%s %d has %d days", months[p->m1 - 1], p->year,
			      plan_date_month_days(p->year, p->m1));
		return detail->s;
	}
	return NULL;
}

/* Why e cannot be read, or NULL; detail holds the text when it is built. */
static const char *expr_error(const struct dl_expr *e, const struct plan_deadline_ctx *ctx,
			      struct plan_buf *detail)
{
	const char *why;

	if (e->error)
		return e->error;
	if (e->what == DL_RELATIVE && ctx->issued == PLAN_DATE_NONE)
		return "the plan has no issue date to count from";
	if (e->what != DL_AT)
		return NULL;
	if (e->anchor)
		return e->a.gran == DL_DAY && (e->a.day < 1 || e->a.day > 31) ? "there is no such day"
									      : NULL;
	if (e->a.gran == DL_DAY && !e->a.m1)
		return "a day with no month: which month is it in?";
	if (e->a.gran == DL_NOW && ctx->issued == PLAN_DATE_NONE)
		return "the plan has no issue date to count from";
	if (e->vague)
		return "the beginning or middle of a period names no day";
	if ((why = point_error(&e->a, detail)) || (e->span && (why = point_error(&e->b, detail))))
		return why;
	if (e->span && dl_point_first(&e->a, ctx) > dl_point_last(&e->b, ctx))
		return "the span ends before it starts";
	return NULL;
}

/* -- the words of the phrase -------------------------------------------------------- */

void dl_quote(struct plan_buf *out, const struct dl_tokens *toks, const char *text, size_t t0,
	      size_t t1)
{
	if (t1 <= t0 || t1 > toks->n)
		return;
	plan_buf_add(out, text + toks->v[t0].start, toks->v[t1 - 1].end - toks->v[t0].start);
}

static void set_reason(struct plan_interp *out, const struct dl_tokens *toks, const char *text,
		       size_t t0, size_t t1, const char *why)
{
	struct plan_buf b = PLAN_BUF_INIT;

	if (t1 > t0 && (t0 > 0 || t1 < toks->n)) { /* a part: which one */
		plan_buf_addch(&b, '\'');
		dl_quote(&b, toks, text, t0, t1);
		plan_buf_addstr(&b, "': ");
	}
	plan_buf_addstr(&b, why);
	free(out->reason);
	out->reason = plan_buf_detach(&b);
}

/* -- explaining ------------------------------------------------------------------------ */

static const char *point_name(enum dl_gran g, bool span)
{
	static const char *const one[] = { "now", "day", "month", "quarter", "half year", "year" };
	static const char *const many[] = {
		"span from now", "span of days",	 "span of months",
		"span of quarters", "span of half years", "span of years",
	};

	return span ? many[g] : one[g];
}

static const char *expr_name(const struct dl_expr *e)
{
	switch (e->what) {
	case DL_AT:
		if (e->anchor)
			return e->a.m1 ? "day or period within each period" : "day of each month";
		if (e->before)
			return "day before";
		if (e->open_from)
			return "start";
		return point_name(e->span ? e->b.gran : e->a.gran, e->span);
	case DL_EVERY:
		return "recurrence";
	case DL_ONGOING:
		return e->open_end ? "ongoing, with no end" : "ongoing";
	case DL_EVENT:
		return "event";
	case DL_RELATIVE:
		return "counted from the plan's issue";
	default:
		return e->what_aside;
	}
}

void dl_explain_add(struct dl_reading *r, const struct dl_expr *e, bool used)
{
	struct plan_deadline_explanation *why = r->why;
	struct plan_deadline_piece *p;

	if (!why)
		return;
	PLAN_GROW(why->v, r->why_cap, why->n + 1);
	p = &why->v[why->n++];
	p->start = r->toks->v[e->t0].start;
	p->end = r->toks->v[e->t1 - 1].end;
	p->what = expr_name(e);
	p->from = p->due = PLAN_DATE_NONE;
	p->used = used;
	if (used && e->what == DL_AT && !e->anchor) {
		p->due = e->open_from ? PLAN_DATE_NONE : dl_expr_due(e, r->ctx);
		p->from = dl_expr_from(e, r->ctx);
	} else if (used && e->what == DL_RELATIVE) {
		p->due = dl_after_issue(e, r->ctx->issued);
	}
}

/* -- the rules ---------------------------------------------------------------------------- */

/* The first expression that is not set aside, or NULL. */
static const struct dl_expr *first_read(const struct dl_exprs *x)
{
	for (size_t k = 0; k < x->n; k++)
		if (x->v[k].what != DL_ASIDE)
			return &x->v[k];
	return NULL;
}

/* The tokens of a word that no expression took: up to the next sign. */
static size_t words_end(const struct dl_tokens *toks, size_t i)
{
	while (i < toks->n && toks->v[i].type != DL_SIGN)
		i++;
	return i;
}

/* Adds every expression to the explanation as set aside: the phrase was not read. */
static void explain_unread(struct dl_reading *r)
{
	for (size_t k = 0; k < r->x->n; k++)
		dl_explain_add(r, &r->x->v[k], false);
}

/* Reads what cannot be, or is not, a deadline; returns true when that is the reading. */
static bool unreadable(struct dl_reading *r)
{
	struct plan_buf detail = PLAN_BUF_INIT;
	const struct dl_expr *first = first_read(r->x);

	if (first && first->what == DL_EVENT) {
		r->out->kind = PLAN_KIND_EVENT;
		r->rule = "an event: the phrase opens with the words of one (theo, khi, sau khi…)";
		dl_explain_add(r, first, true);
		for (size_t k = 0; k < r->x->n; k++)
			if (&r->x->v[k] != first)
				dl_explain_add(r, &r->x->v[k], false);
		return true;
	}
	if (r->x->dangling != SIZE_MAX) {
		set_reason(r->out, r->toks, r->text, r->x->dangling,
			   words_end(r->toks, r->x->dangling), "this is not a date plan can read");
		explain_unread(r);
		return true;
	}
	for (size_t k = 0; k < r->x->n; k++) {
		const struct dl_expr *e = &r->x->v[k];
		const char *why = e->what == DL_ASIDE ? NULL : expr_error(e, r->ctx, &detail);

		if (why) {
			set_reason(r->out, r->toks, r->text, e->t0, e->t1, why);
			plan_buf_release(&detail);
			explain_unread(r);
			return true;
		}
	}
	if (!first) {
		set_reason(r->out, r->toks, r->text, 0, 0,
			   "no date, period, recurrence or event in it");
		explain_unread(r);
		return true;
	}
	return false;
}

void dl_combine(const struct dl_tokens *toks, const char *text, struct dl_exprs *x,
		const struct plan_deadline_ctx *ctx, struct plan_interp *out,
		struct plan_deadline_explanation *why)
{
	struct dl_reading r = { toks, text, x, ctx, out, why, 0, NULL };

	if (why)
		memset(why, 0, sizeof(*why));
	borrow_months(x);
	dl_mark_anchors(x);
	settle_years(x, ctx);
	if (!unreadable(&r)) {
		join_runs(x, toks, ctx);
		if (dl_has(x, DL_EVERY))
			dl_read_recurring(&r);
		else if (dl_has(x, DL_ONGOING) || dl_only_starts(x))
			dl_read_ongoing(&r);
		else
			dl_read_dates(&r);
	}
	if (out->kind == PLAN_KIND_UNKNOWN && !out->reason)
		set_reason(out, toks, text, 0, 0, "no date, period, recurrence or event in it");
	if (out->kind == PLAN_KIND_UNKNOWN)
		r.rule = "unknown: the reason says why";
	if (why)
		why->rule = r.rule;
}
