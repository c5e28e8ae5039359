/*
 * dlcombine.h - reading the expressions of a deadline phrase together
 * (private to the deadline reader).
 *
 * dlcombine.c settles the years a phrase leaves out, checks that its dates
 * exist and decides which rule reads it; dlrules.c holds the rules (dates,
 * ongoing work, recurrences) and dlrecur.c the occurrences of a recurrence.
 */
#ifndef PLAN_DLCOMBINE_H
#define PLAN_DLCOMBINE_H

#include "dlexpr.h"
#include "plan/buf.h"

/* One phrase being read. */
struct dl_reading {
	const struct dl_tokens *toks;
	const char *text; /* the phrase, as written */
	struct dl_exprs *x;
	const struct plan_deadline_ctx *ctx;
	struct plan_interp *out;
	struct plan_deadline_explanation *why; /* NULL when nobody asks */
	size_t why_cap;
	const char *rule; /* how it was read, for the explanation */
};

/* The first and last days a point covers (its year settled). */
plan_date dl_point_first(const struct dl_point *p, const struct plan_deadline_ctx *ctx);
plan_date dl_point_last(const struct dl_point *p, const struct plan_deadline_ctx *ctx);
/* The due date of a DL_AT expression, and the start of its window (or PLAN_DATE_NONE). */
plan_date dl_expr_due(const struct dl_expr *e, const struct plan_deadline_ctx *ctx);
plan_date dl_expr_from(const struct dl_expr *e, const struct plan_deadline_ctx *ctx);
/* The due date of a DL_RELATIVE expression, counted from issued. */
plan_date dl_after_issue(const struct dl_expr *e, plan_date issued);

/* Appends the phrase's words of tokens [t0, t1) to out. */
void dl_quote(struct plan_buf *out, const struct dl_tokens *toks, const char *text, size_t t0,
	      size_t t1);
/* Adds e to the explanation, if one is asked for; used: it counts in the reading. */
void dl_explain_add(struct dl_reading *r, const struct dl_expr *e, bool used);

/* True when an expression of x is a what (and can be read). */
bool dl_has(const struct dl_exprs *x, enum dl_what what);
/* True when every point of x is a start ("Từ tháng 02/2023"), and there is one. */
bool dl_only_starts(const struct dl_exprs *x);
/* Marks the points of x that are days or periods within a recurrence's periods. */
void dl_mark_anchors(struct dl_exprs *x);

/* The rules: each fills r->out and r->rule. */
void dl_read_dates(struct dl_reading *r);
void dl_read_ongoing(struct dl_reading *r);
void dl_read_recurring(struct dl_reading *r);

/*
 * Adds to out the occurrences of a recurrence of a period of months (1, 3,
 * 6, 12), or of a week, from the period that holds start to the one that
 * holds end: each on its period's last day, or on the days anchors name
 * within it (then only those from start to end); a week on Sunday, or on
 * the weekday an anchor (a DL_ASIDE weekday) names.
 */
void dl_occurrences(struct plan_interp *out, int months, bool weekly, plan_date start,
		    plan_date end, const struct dl_expr *const *anchors, size_t n_anchors);

/* The most occurrences a recurrence may have: a weekly task over a decade and more. */
enum { DL_MAX_OCCURRENCES = 600 };

/* At most how many occurrences dl_occurrences() adds for these (before it adds them). */
size_t dl_occurrence_bound(int months, bool weekly, plan_date start, plan_date end,
			   size_t n_anchors);

#endif
