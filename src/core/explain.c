/* explain.c - a deadline phrase's reading as text or JSON, for plan deadline (explain.h). */
#include "plan/explain.h"

#include <string.h>

#include "json.h"
#include "text.h"

struct plan_deadline_ctx plan_explain_context(int year, plan_date issued, plan_date today)
{
	struct plan_deadline_ctx ctx = { year, issued };
	int m, d;

	if (!ctx.year)
		plan_date_split(issued != PLAN_DATE_NONE ? issued : today, &ctx.year, &m, &d);
	if (ctx.issued == PLAN_DATE_NONE)
		ctx.issued = plan_date_make(ctx.year, 1, 1);
	return ctx;
}

/* Appends ", WORDS YYYY-MM-DD" when date is one. */
static void dated(struct plan_buf *out, const char *words, plan_date date)
{
	char d[PLAN_DATE_LEN + 1];

	if (date == PLAN_DATE_NONE)
		return;
	plan_date_format(date, d);
	plan_buf_addf(out, ", %s %s", words, d);
}

/* " due D1 (LABEL), D2", then ", or earlier A1, A2". */
static void add_dates(struct plan_buf *out, const struct plan_interp *in)
{
	char d[PLAN_DATE_LEN + 1];

	for (size_t i = 0; i < in->n_due; i++) {
		plan_date_format(in->due[i].date, d);
		plan_buf_addf(out, "%s%s", i ? ", " : " due ", d);
		if (in->due[i].label)
			plan_buf_addf(out, " (%s)", in->due[i].label);
	}
	for (size_t i = 0; i < in->n_alt; i++) {
		plan_date_format(in->alt[i].date, d);
		plan_buf_addf(out, "%s%s", i ? ", " : ", or earlier ", d);
	}
}

void plan_explain_text(const char *phrase, const struct plan_interp *in, struct plan_buf *out)
{
	plan_buf_addf(out, "%s: %s", phrase, plan_kind_names[in->kind]);
	if (in->every)
		plan_buf_addf(out, " every %s", plan_every_name(in->every));
	add_dates(out, in);
	if (in->continues)
		plan_buf_addstr(out, ", then ongoing");
	dated(out, "from", in->from);
	dated(out, "until", in->until);
	if (in->reason)
		plan_buf_addf(out, " (%s)", in->reason);
	plan_buf_addch(out, '\n');
}

/* "  1-12  Quý III/2025: quarter, due 2025-09-30" for each piece, then the rule. */
void plan_explain_pieces(const char *phrase, const struct plan_deadline_explanation *why,
			 struct plan_buf *out)
{
	for (size_t i = 0; i < why->n; i++) {
		const struct plan_deadline_piece *p = &why->v[i];
		const size_t first = plan_text_chars(phrase, p->start) + 1;
		const size_t last = plan_text_chars(phrase, p->end);

		plan_buf_addf(out, "  %zu-%zu  %.*s: %s", first, last, (int)(p->end - p->start),
			      phrase + p->start, p->what);
		dated(out, "due", p->due);
		dated(out, "from", p->from);
		if (!p->used)
			plan_buf_addstr(out, " (set aside)");
		plan_buf_addch(out, '\n');
	}
	plan_buf_addf(out, "  rule: %s\n", why->rule);
}

static void json_date_or_null(struct plan_json *j, plan_date date)
{
	char d[PLAN_DATE_LEN + 1];

	if (date == PLAN_DATE_NONE) {
		plan_json_null(j);
		return;
	}
	plan_date_format(date, d);
	plan_json_str(j, d);
}

static void json_dates(struct plan_json *j, const struct plan_due *due, size_t n)
{
	plan_json_begin_array(j);
	for (size_t i = 0; i < n; i++)
		json_date_or_null(j, due[i].date);
	plan_json_end_array(j);
}

/* "pieces": [{text, start, end, what, due, from, used}…], "rule". */
static void json_pieces(struct plan_json *j, const char *phrase,
			const struct plan_deadline_explanation *why)
{
	plan_json_key(j, "pieces");
	plan_json_begin_array(j);
	for (size_t i = 0; i < why->n; i++) {
		const struct plan_deadline_piece *p = &why->v[i];

		plan_json_begin_object(j);
		plan_json_key(j, "text");
		plan_json_string(j, phrase + p->start, p->end - p->start);
		plan_json_key(j, "start");
		plan_json_int(j, (long long)plan_text_chars(phrase, p->start));
		plan_json_key(j, "end");
		plan_json_int(j, (long long)plan_text_chars(phrase, p->end));
		plan_json_key(j, "what");
		plan_json_str(j, p->what);
		plan_json_key(j, "due");
		json_date_or_null(j, p->due);
		plan_json_key(j, "from");
		json_date_or_null(j, p->from);
		plan_json_key(j, "used");
		plan_json_bool(j, p->used);
		plan_json_end_object(j);
	}
	plan_json_end_array(j);
	plan_json_key(j, "rule");
	plan_json_str(j, why->rule);
}

void plan_explain_json(const char *phrase, const struct plan_interp *in,
		       const struct plan_deadline_explanation *why, struct plan_buf *out)
{
	struct plan_json j;

	plan_json_init_compact(&j, out);
	plan_json_begin_object(&j);
	plan_json_key(&j, "text");
	plan_json_str(&j, phrase);
	plan_json_key(&j, "kind");
	plan_json_str(&j, plan_kind_names[in->kind]);
	plan_json_key(&j, "due");
	json_dates(&j, in->due, in->n_due);
	plan_json_key(&j, "from");
	json_date_or_null(&j, in->from);
	plan_json_key(&j, "until");
	json_date_or_null(&j, in->until);
	plan_json_key(&j, "every");
	plan_json_str(&j, plan_every_name(in->every));
	plan_json_key(&j, "labels");
	plan_json_begin_array(&j);
	for (size_t i = 0; i < in->n_due; i++)
		plan_json_str(&j, in->due[i].label);
	plan_json_end_array(&j);
	plan_json_key(&j, "continues");
	plan_json_bool(&j, in->continues);
	plan_json_key(&j, "alternatives");
	json_dates(&j, in->alt, in->n_alt);
	plan_json_key(&j, "reason");
	plan_json_str(&j, in->reason);
	if (why)
		json_pieces(&j, phrase, why);
	plan_json_end_object(&j);
	plan_json_finish(&j);
}

void plan_explain(const struct plan_deadlines *engine, const char *phrase,
		  const struct plan_deadline_ctx *ctx, const struct plan_explain_opts *opts,
		  struct plan_buf *out)
{
	struct plan_deadline_explanation why;
	struct plan_interp in;

	plan_deadline_explain(engine, phrase, strlen(phrase), ctx, &in, &why);
	if (opts->json)
		plan_explain_json(phrase, &in, opts->pieces ? &why : NULL, out);
	else
		plan_explain_text(phrase, &in, out);
	if (opts->pieces && !opts->json)
		plan_explain_pieces(phrase, &why, out);
	plan_deadline_explanation_release(&why);
	plan_interp_release(&in);
}
