/*
 * deadline.c - reading Vietnamese deadline phrases: tokens (dltoken.c),
 * the time expressions in them (dlscan.c), and the rules that read those
 * together (dlcombine.c, dlrules.c, dlrecur.c).
 */
#include "plan/deadline.h"

#include <stdlib.h>
#include <string.h>

#include "dlcombine.h"
#include "alloc.h"
#include "plan/buf.h"
#include "text.h"
#include "strmap.h"

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

/*
 * The engine: the lexer, and what it read of each distinct phrase in each
 * plan context - 100,000 deadline cells hold a few hundred distinct texts.
 */
struct plan_deadlines {
	struct dl_lexer *lexer;
	struct strmap seen;       /* context and text -> index in read */
	struct plan_interp *read; /* owned */
	size_t n_read, cap_read;
	struct plan_buf key;
};

/* Enough distinct phrases for any plan; past it, phrases are read again each time. */
enum { MAX_REMEMBERED = 1 << 16 };

struct plan_deadlines *plan_deadlines_new(void)
{
	struct plan_deadlines *e = plan_xcalloc(1, sizeof(*e));

	e->lexer = dl_lexer_new();
	e->seen = (struct strmap)STRMAP_INIT;
	plan_buf_init(&e->key);
	return e;
}

void plan_deadlines_free(struct plan_deadlines *e)
{
	if (!e)
		return;
	dl_lexer_free(e->lexer);
	for (size_t i = 0; i < e->n_read; i++)
		plan_interp_release(&e->read[i]);
	free(e->read);
	strmap_release(&e->seen);
	plan_buf_release(&e->key);
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

/* A deep copy of in into out. */
static void interp_copy(const struct plan_interp *in, struct plan_interp *out)
{
	*out = *in;
	out->due = NULL;
	out->n_due = 0;
	for (size_t i = 0; i < in->n_due; i++)
		plan_interp_add(out, in->due[i].date, in->due[i].label,
				in->due[i].label ? strlen(in->due[i].label) : 0);
	out->alt = NULL;
	if (in->n_alt) { /* their labels are always NULL */
		out->alt = plan_xcalloc(in->n_alt, sizeof(*out->alt));
		memcpy(out->alt, in->alt, in->n_alt * sizeof(*out->alt));
	}
	out->reason = in->reason ? plan_xstrdup(in->reason) : NULL;
}

void plan_deadline_interpret(const struct plan_deadlines *engine, const char *text, size_t len,
			     const struct plan_deadline_ctx *ctx, struct plan_interp *out)
{
	/* what the engine remembers is its own: reading is the same with or without it */
	struct plan_deadlines *e = (struct plan_deadlines *)engine;
	size_t at;

	plan_buf_reset(&e->key);
	plan_buf_add(&e->key, (const char *)&ctx->year, sizeof(ctx->year));
	plan_buf_add(&e->key, (const char *)&ctx->issued, sizeof(ctx->issued));
	plan_buf_add(&e->key, text, len);
	if (strmap_get(&e->seen, e->key.s, e->key.len, &at)) {
		interp_copy(&e->read[at], out);
		return;
	}
	plan_deadline_explain(engine, text, len, ctx, out, NULL);
	if (e->n_read < MAX_REMEMBERED) {
		PLAN_GROW(e->read, e->cap_read, e->n_read + 1);
		interp_copy(out, &e->read[e->n_read]);
		strmap_put(&e->seen, e->key.s, e->key.len, e->n_read++);
	}
}

void plan_deadline_explanation_release(struct plan_deadline_explanation *why)
{
	free(why->v);
	memset(why, 0, sizeof(*why));
}
