/*
 * dlexpr.h - the time expressions of a deadline phrase (private to the
 * deadline reader).
 *
 * dl_scan() walks the tokens of a phrase (dltoken.h) and finds every time
 * expression wherever it stands: days, months, quarters, halves and years,
 * spans and lists of them, recurrences, continuing work, deadlines counted
 * from the plan's issue, events, and the things that look like time but
 * are not a deadline (a time of day, a weekday, a document's number and
 * date).  It computes no date: years a phrase leaves out are settled by
 * dl_combine() (dlcombine.c), which reads the expressions together.
 * dl_scan()'s pieces, one file per kind of expression, are in dlscan.h.
 */
#ifndef PLAN_DLEXPR_H
#define PLAN_DLEXPR_H

#include <stdbool.h>
#include <stddef.h>

#include "dltoken.h"
#include "plan/deadline.h"

enum dl_gran {
	DL_NOW,     /* "nay" in "từ nay": the plan's issue date */
	DL_DAY,     /* a day; a day of every month when month is 0 */
	DL_MONTH,
	DL_QUARTER,
	DL_HALF,    /* "6 tháng đầu năm"; also "9 tháng đầu năm" */
	DL_YEAR,
};

/* A day, month, quarter, half or year, as written: a year of 0 is not written. */
struct dl_point {
	enum dl_gran gran;
	int year;
	int m1, m2; /* the months it covers, 1 to 12; 0 for a day of every month */
	int day;    /* DL_DAY */
};

enum dl_what {
	DL_AT,       /* a point or a span of points */
	DL_EVERY,    /* a recurrence: "hằng quý", "định kỳ 6 tháng" */
	DL_ONGOING,  /* "thường xuyên", "liên tục", "các năm tiếp theo" */
	DL_EVENT,    /* "theo …", "khi …", "sau khi …" */
	DL_RELATIVE, /* "trong 30 ngày kể từ ngày ban hành" */
	DL_ASIDE,    /* a time of day, a weekday, a document's number or date */
};

/* How an expression is joined to the one before it. */
enum dl_link {
	DL_LINK_NONE,  /* first, or only words between */
	DL_LINK_AND,   /* "và", ",", "+", "&" */
	DL_LINK_OR,    /* "hoặc" */
	DL_LINK_SEMI,  /* ";" or "." between: a new item */
};

struct dl_expr {
	enum dl_what what;
	size_t t0, t1; /* its tokens, [t0, t1) */
	enum dl_link link;
	/* DL_AT */
	struct dl_point a, b; /* b is the end of a span when span */
	bool span;
	bool before;    /* "trước": due the day before it starts */
	bool open_from; /* "từ X" with no end, "X trở đi": work starts then */
	bool after;     /* "sau X": work starts the day after X ends */
	bool until;     /* "đến X": work goes on until X ends */
	bool vague;     /* "đầu năm", "giữa tháng": a part of it that names no day */
	bool anchor;    /* a day or period within each period of a recurrence ("trước
			 * ngày 15 hằng tháng", "tháng 6 hằng năm"): set by dl_combine() */
	/* DL_EVERY: a period of every_months months (1, 3, 6, 12), or weeks */
	int every_months;
	bool weekly;
	/* DL_ONGOING */
	bool open_end; /* "các năm tiếp theo": with no end */
	bool periodic; /* "định kỳ" with no period: nothing when a recurrence says one */
	/* DL_RELATIVE: count units ('d', 'w', 'm', 'y') from the plan's issue */
	int count;
	char unit;
	bool working; /* working days */
	const char *what_aside; /* DL_ASIDE: "time of day", "weekday", "document number" */
	/* DL_ASIDE weekdays keep their day in count: 1 for Monday to 7 for Sunday */
	const char *error;      /* why it cannot be read, a static text; NULL when it can */
};

struct dl_exprs {
	struct dl_expr *v;
	size_t n, cap;
	/* a word of time no expression took, right after a list's "và" or ",": "ngày mai" */
	size_t dangling; /* its token, or SIZE_MAX */
};

/* Finds the expressions of toks into out (emptied first). */
void dl_scan(const struct dl_tokens *toks, struct dl_exprs *out);
void dl_exprs_release(struct dl_exprs *exprs);

/*
 * Reads the expressions of text (whose tokens are toks) together into *out,
 * for a plan of ctx: settles the years they leave out, checks every date
 * exists, and applies the rules of plan(1)'s DEADLINES section.  With why,
 * also says how (the caller releases both).  Years are written into exprs.
 */
void dl_combine(const struct dl_tokens *toks, const char *text, struct dl_exprs *exprs,
		const struct plan_deadline_ctx *ctx, struct plan_interp *out,
		struct plan_deadline_explanation *why);

#endif
