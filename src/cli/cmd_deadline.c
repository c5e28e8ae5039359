/* cmd_deadline.c - plan deadline: what deadline phrases mean. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "plan/deadline.h"
#include "json.h"
#include "text.h"

static const struct cli_help help = {
	.name = "deadline",
	.usage = "[--year YYYY] [--issued YYYY-MM-DD] [--explain] [--json] PHRASE...",
	.about = "Show what each deadline PHRASE means, as plan reads the deadlines of\n"
		 "a plan issued on --issued (default: 1 January of --year) whose year is\n"
		 "--year (default: the year of --issued, else of today): its kind, due\n"
		 "dates, window and period, or why it cannot be read.  --explain also\n"
		 "shows the expressions found in it and the rule that combined them.\n"
		 "--json prints one JSON object per line.",
};

/* Appends ", WORDS YYYY-MM-DD" when date is one. */
static void dated(struct plan_buf *out, const char *words, plan_date date)
{
	char d[PLAN_DATE_LEN + 1];

	if (date == PLAN_DATE_NONE)
		return;
	plan_date_format(date, d);
	plan_buf_addf(out, ", %s %s", words, d);
}

static void print_dates(struct plan_buf *out, const struct plan_interp *in)
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

static void print_text(struct plan_buf *out, const char *phrase, const struct plan_interp *in)
{
	plan_buf_addf(out, "%s: %s", phrase, plan_kind_names[in->kind]);
	if (in->every)
		plan_buf_addf(out, " every %s", plan_every_name(in->every));
	print_dates(out, in);
	if (in->continues)
		plan_buf_addstr(out, ", then ongoing");
	dated(out, "from", in->from);
	dated(out, "until", in->until);
	if (in->reason)
		plan_buf_addf(out, " (%s)", in->reason);
	plan_buf_addch(out, '\n');
}

/* "  1-12  Quý III/2025: quarter, due 2025-09-30" for each piece, then the rule. */
static void print_explanation(struct plan_buf *out, const char *phrase,
			      const struct plan_deadline_explanation *why)
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

static void json_explanation(struct plan_json *j, const char *phrase,
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

static void print_json(struct plan_buf *out, const char *phrase, const struct plan_interp *in,
		       const struct plan_deadline_explanation *why)
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
		json_explanation(&j, phrase, why);
	plan_json_end_object(&j);
	plan_json_finish(&j);
}

int cmd_deadline(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list phrases = { 0 };
	const char *year_arg = NULL, *issued_arg = NULL;
	bool json = false, explain = false;
	const struct opt opts[] = {
		{ "year", 0, OPT_VALUE, &year_arg, "YYYY", "the plan's year", NULL },
		{ "issued", 0, OPT_VALUE, &issued_arg, "YYYY-MM-DD", "the plan's issue date",
		  NULL },
		{ "explain", 0, OPT_FLAG, &explain, NULL,
		  "the expressions found, and the rule that combined them", NULL },
		{ "json", 0, OPT_FLAG, &json, NULL, "one JSON object per phrase and line", NULL },
		OPT_END,
	};
	struct plan_deadline_ctx dctx = { 0, PLAN_DATE_NONE };
	const struct plan_deadlines *engine;
	struct plan_buf out = PLAN_BUF_INIT;
	int status = cli_parse(ctx, &help, opts, argc, argv, &phrases);
	int m, d;

	if (status >= 0)
		goto done;
	if (!phrases.n) {
		status = cli_usage_error(ctx, &help, "no deadline phrase given");
		goto done;
	}
	if (issued_arg && cli_parse_date(ctx, &help, "--issued", issued_arg, &dctx.issued) != 0) {
		status = EXIT_USAGE;
		goto done;
	}
	if (year_arg && cli_parse_year(ctx, &help, year_arg, &dctx.year) != 0) {
		status = EXIT_USAGE;
		goto done;
	}
	if (!dctx.year)
		plan_date_split(dctx.issued != PLAN_DATE_NONE ? dctx.issued : ctx->today,
				&dctx.year, &m, &d);
	if (dctx.issued == PLAN_DATE_NONE)
		dctx.issued = plan_date_make(dctx.year, 1, 1);
	for (size_t i = 0; i < phrases.n; i++) {
		size_t bad;

		if (!plan_utf8_valid(phrases.v[i], strlen(phrases.v[i]), &bad)) {
			status = cli_usage_error(
			    ctx, &help, "phrase %zu is not valid UTF-8 (byte %zu)", i + 1, bad);
			goto done;
		}
	}
	engine = cli_deadlines(ctx);
	for (size_t i = 0; i < phrases.n; i++) {
		struct plan_deadline_explanation why;
		struct plan_interp in;

		plan_deadline_explain(engine, phrases.v[i], strlen(phrases.v[i]), &dctx, &in, &why);
		if (json)
			print_json(&out, phrases.v[i], &in, explain ? &why : NULL);
		else
			print_text(&out, phrases.v[i], &in);
		if (explain && !json)
			print_explanation(&out, phrases.v[i], &why);
		plan_deadline_explanation_release(&why);
		plan_interp_release(&in);
	}
	cli_write(ctx, &out);
	status = EXIT_OK;
done:
	plan_buf_release(&out);
	opt_list_release(&phrases);
	return status;
}
