/*
 * deadline.h - what a Vietnamese deadline phrase means.
 *
 * Plans give deadlines as the document printed them: "Tháng 3/2023",
 * "Quý II/2024", "Hàng tháng", "Thường xuyên", "Theo đề nghị của …",
 * "Trình Chính phủ trong Quý IV/2025 và thực hiện thường xuyên".  The
 * engine reads such a phrase as a clerk does: as a sequence of words,
 * numbers and signs in which it finds every time expression wherever it
 * stands (dates, months, quarters, halves, years, spans and lists of them,
 * recurrences, continuing work, deadlines counted from the plan's issue,
 * events), and combines them into an interpretation of one of five kinds:
 *
 *   date       one or more due dates (milestones), each optionally
 *              labelled with the document's words ("Thông tư"), and for a
 *              window (a span of months, quarters, a half year) a from
 *              date; continues when work goes on after the last of them
 *   recurring  an occurrence every week, month, quarter, half year or year,
 *              each due on the last day of its period (or on the day the
 *              phrase names within it), from the plan's issued date to the
 *              end of the plan's year unless the phrase says otherwise
 *   ongoing    continuous work, never due, with the from and until dates
 *              the phrase gives
 *   event      work triggered by someone else ("Theo …", "Khi có …")
 *   unknown    anything else, with the reason
 *
 * Phrases are read on their folded form (fold.h), so case, diacritics,
 * "Hàng"/"Hằng", spacing around "/" and "-", leading zeros and Roman or
 * Arabic quarter numbers do not matter.  A month or quarter without a year
 * is in the year the phrase gives next (or before), else in the plan's.
 * The rules are in the DEADLINES section of plan(1).
 */
#ifndef PLAN_DEADLINE_H
#define PLAN_DEADLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/date.h"

enum plan_kind {
	PLAN_KIND_DATE,
	PLAN_KIND_RECURRING,
	PLAN_KIND_ONGOING,
	PLAN_KIND_EVENT,
	PLAN_KIND_UNKNOWN,
};
enum { PLAN_KIND_COUNT = PLAN_KIND_UNKNOWN + 1 };

extern const char *const plan_kind_names[PLAN_KIND_COUNT];
/* Parses a kind name; returns 0, or -1 when it is none. */
int plan_kind_parse(const char *name, size_t len, enum plan_kind *out);

enum plan_every {
	PLAN_EVERY_NONE,
	PLAN_EVERY_WEEK,
	PLAN_EVERY_MONTH,
	PLAN_EVERY_QUARTER,
	PLAN_EVERY_HALF,
	PLAN_EVERY_YEAR,
};

/* "week", "month", "quarter", "half", "year"; NULL for PLAN_EVERY_NONE. */
const char *plan_every_name(enum plan_every every);

/* One due date, with the words that label it in the phrase, if any. */
struct plan_due {
	plan_date date;
	const char *label; /* NULL when unlabelled; owned by the interpretation */
};

/* What a deadline means.  Release with plan_interp_release(). */
struct plan_interp {
	enum plan_kind kind;
	struct plan_due *due; /* ascending; NULL when n_due is 0 */
	size_t n_due;
	plan_date from;  /* PLAN_DATE_NONE when the phrase gives none */
	plan_date until; /* PLAN_DATE_NONE when the phrase gives none */
	enum plan_every every;
	bool continues; /* work goes on after the due dates: "Quý III/2025 và thường xuyên" */
	/*
	 * The earlier dates of alternatives ("3/2027 hoặc 6/2027": 2027-03-31),
	 * ascending: shown, never due (a task is late only after the last one).
	 */
	struct plan_due *alt;
	size_t n_alt;
	char *reason; /* unknown only: why, in English; NULL otherwise; owned */
};

/* The plan a phrase is read for: the year of "Tháng 3", and its issue date. */
struct plan_deadline_ctx {
	int year;
	plan_date issued;
};

struct plan_deadlines;

/*
 * Returns the engine.  Its patterns are compiled the first time it reads
 * a phrase, and it remembers what it read of each phrase in each plan
 * context, so that a phrase is read once however many tasks hold it (so
 * an engine is used by one thread at a time).  Free it with
 * plan_deadlines_free().
 */
struct plan_deadlines *plan_deadlines_new(void);
void plan_deadlines_free(struct plan_deadlines *engine);

/*
 * Reads text (len bytes of valid UTF-8) into *out, which the caller
 * releases.  Never fails: what the engine cannot read is PLAN_KIND_UNKNOWN
 * with a reason.
 */
void plan_deadline_interpret(const struct plan_deadlines *engine, const char *text, size_t len,
			     const struct plan_deadline_ctx *ctx, struct plan_interp *out);

/* One expression found in a phrase, for plan deadline --explain. */
struct plan_deadline_piece {
	size_t start, end; /* its bytes in the phrase */
	const char *what;  /* "month", "span of quarters", "recurrence", "weekday"…; static */
	plan_date from;    /* the first day it covers; PLAN_DATE_NONE when none */
	plan_date due;     /* its due date; PLAN_DATE_NONE when none */
	bool used;         /* false when the reading set it aside (a weekday, a document's date) */
};

/* How a phrase was read.  Release with plan_deadline_explanation_release(). */
struct plan_deadline_explanation {
	struct plan_deadline_piece *v; /* in the phrase's order */
	size_t n;
	const char *rule; /* how the pieces make the interpretation, in English; static */
};

/*
 * As plan_deadline_interpret(), and stores in *why (which the caller
 * releases) the expressions found and the rule that combined them.
 */
void plan_deadline_explain(const struct plan_deadlines *engine, const char *text, size_t len,
			   const struct plan_deadline_ctx *ctx, struct plan_interp *out,
			   struct plan_deadline_explanation *why);
void plan_deadline_explanation_release(struct plan_deadline_explanation *why);

void plan_interp_init(struct plan_interp *interp);
void plan_interp_release(struct plan_interp *interp);
/* Appends a due date (kept in order) with an optional label of len bytes. */
void plan_interp_add(struct plan_interp *interp, plan_date date, const char *label, size_t len);

#endif
