/*
 * explain.h - what deadline phrases mean, written for a reader: the text
 * and the JSON of plan deadline.
 *
 * The text is one line a phrase, "Hàng Quý: recurring every quarter due
 * 2024-03-31, …", then with the pieces (plan deadline --explain) one line
 * an expression found ("  1-12  Quý III/2025: quarter, due 2025-09-30",
 * characters counted from 1) and the rule that combined them.  The JSON
 * is one compact object a line: text, kind, due, from, until, every,
 * labels, continues, alternatives, reason, and with the pieces, pieces and
 * rule.  Dates are YYYY-MM-DD, null in JSON when there is none.
 */
#ifndef PLAN_EXPLAIN_H
#define PLAN_EXPLAIN_H

#include <stdbool.h>

#include "plan/buf.h"
#include "plan/date.h"
#include "plan/deadline.h"

/* How plan_explain() writes a phrase's reading. */
struct plan_explain_opts {
	bool json;   /* one JSON object a line, else text */
	bool pieces; /* the expressions found and the rule too */
};

/*
 * The plan phrases are read for, from what the user gives (0 and
 * PLAN_DATE_NONE for nothing): the year is year, else the year of issued,
 * else today's; the issue date is issued, else 1 January of that year.
 * Never fails.
 */
struct plan_deadline_ctx plan_explain_context(int year, plan_date issued, plan_date today);

/*
 * Reads phrase (a NUL-ended string of valid UTF-8) with engine in ctx and
 * appends its reading to out as opts says.  Never fails: what the engine
 * cannot read is written as unknown, with the reason.
 */
void plan_explain(const struct plan_deadlines *engine, const char *phrase,
		  const struct plan_deadline_ctx *ctx, const struct plan_explain_opts *opts,
		  struct plan_buf *out);

/* Appends the text line of phrase's reading in (borrowed, unchanged). */
void plan_explain_text(const char *phrase, const struct plan_interp *in, struct plan_buf *out);

/* Appends the lines of the pieces found in phrase, then "  rule: …". */
void plan_explain_pieces(const char *phrase, const struct plan_deadline_explanation *why,
			 struct plan_buf *out);

/* Appends the JSON line of phrase's reading; with the pieces when why is not NULL. */
void plan_explain_json(const char *phrase, const struct plan_interp *in,
		       const struct plan_deadline_explanation *why, struct plan_buf *out);

#endif
