/*
 * deadline.c - reading Vietnamese deadline phrases: tokens (dltoken.c),
 * the time expressions in them (dlscan.c), and the rules that read those
 * together (dlcombine.c, dlrules.c, dlrecur.c).
 */
#include "plan/deadline.h"

#include <stdlib.h>
#include <string.h>

#include "dlcombine.h"
#include "plan/alloc.h"
#include "plan/text.h"

const char *const plan_kind_names[PLAN_KIND_COUNT] = {
	"date", "recurring", "ongoing", "event", "unknown",
};

int plan_kind_parse(const char *name, size_t len, enum plan_kind *out)
{
	int i = plan_name_find(plan_kind_names, PLAN_KIND_COUNT, name, len);

	if (i < 0)
		return -1;
	*out = (enum plan_kind)i;
	return 0;
}

const char *plan_every_name(enum plan_every every)
{
	static const char *const names[] = { NULL, "week", "month", "quarter", "half", "year" };

	return names[every];
}

struct plan_deadlines {
	struct dl_lexer *lexer;
};

struct plan_deadlines *plan_deadlines_new(void)
{
	struct plan_deadlines *e = plan_xcalloc(1, sizeof(*e));

	e->lexer = dl_lexer_new();
	return e;
}

void plan_deadlines_free(struct plan_deadlines *e)
{
	if (!e)
		return;
	dl_lexer_free(e->lexer);
	free(e);
}

void plan_interp_init(struct plan_interp *in)
{
	memset(in, 0, sizeof(*in));
	in->kind = PLAN_KIND_UNKNOWN;
	in->from = PLAN_DATE_NONE;
	in->until = PLAN_DATE_NONE;
}

void plan_interp_release(struct plan_interp *in)
{
	for (size_t i = 0; i < in->n_due; i++)
		free((char *)in->due[i].label);
	free(in->due);
	free(in->alt);
	free(in->reason);
	plan_interp_init(in);
}

void plan_interp_add(struct plan_interp *in, plan_date date, const char *label, size_t len)
{
	size_t i = in->n_due;

	in->due = plan_xreallocarray(in->due, in->n_due + 1, sizeof(*in->due));
	while (i > 0 && in->due[i - 1].date > date) {
		in->due[i] = in->due[i - 1];
		i--;
	}
	in->due[i].date = date;
	in->due[i].label = label ? plan_xmemdup(label, len) : NULL;
	in->n_due++;
}

/*
 * True when every date of out is within the years plan reads, 1900 to
 * 2200, and the edges of their periods (31 December 1899 is the day
 * before 1 January 1900; a recurrence may reach into 2201).
 */
static bool within_years(const struct plan_interp *out)
{
	const plan_date lo = plan_date_make(1899, 12, 31), hi = plan_date_make(2201, 12, 31);
	const plan_date bounds[] = { out->from, out->until };

	for (size_t i = 0; i < out->n_due; i++)
		if (out->due[i].date < lo || out->due[i].date > hi)
			return false;
	for (size_t i = 0; i < out->n_alt; i++)
		if (out->alt[i].date < lo || out->alt[i].date > hi)
			return false;
	for (size_t i = 0; i < 2; i++)
		if (bounds[i] != PLAN_DATE_NONE && (bounds[i] < lo || bounds[i] > hi))
			return false;
	return true;
}

void plan_deadline_explain(const struct plan_deadlines *e, const char *text, size_t len,
			   const struct plan_deadline_ctx *ctx, struct plan_interp *out,
			   struct plan_deadline_explanation *why)
{
	struct dl_tokens toks;
	struct dl_exprs exprs = { NULL, 0, 0, 0 };

	plan_interp_init(out);
	dl_tokenize(e->lexer, text, len, &toks);
	dl_scan(&toks, &exprs);
	dl_combine(&toks, text, &exprs, ctx, out, why);
	if (out->kind != PLAN_KIND_UNKNOWN && !within_years(out)) {
		/* a plan of year 0001, or 30 days after 9999-12-31: no date plan shows */
		out->kind = PLAN_KIND_UNKNOWN;
		free(out->reason);
		out->reason = plan_xstrdup("plan reads years from 1900 to 2200");
	}
	if (out->kind == PLAN_KIND_UNKNOWN) {
		char *reason = out->reason;

		out->reason = NULL;
		plan_interp_release(out); /* nothing but the reason stays */
		out->reason = reason;
	}
	dl_exprs_release(&exprs);
	dl_tokens_release(&toks);
}

void plan_deadline_interpret(const struct plan_deadlines *e, const char *text, size_t len,
			     const struct plan_deadline_ctx *ctx, struct plan_interp *out)
{
	plan_deadline_explain(e, text, len, ctx, out, NULL);
}

void plan_deadline_explanation_release(struct plan_deadline_explanation *why)
{
	free(why->v);
	memset(why, 0, sizeof(*why));
}
