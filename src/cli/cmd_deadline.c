/* cmd_deadline.c - plan deadline: what deadline phrases mean. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "plan/explain.h"
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

/* Refuses a phrase that is not UTF-8, as a usage error; returns 0 when all are. */
static int check_phrases(struct cli_ctx *ctx, const struct opt_list *phrases)
{
	for (size_t i = 0; i < phrases->n; i++) {
		size_t bad;

		if (!plan_utf8_valid(phrases->v[i], strlen(phrases->v[i]), &bad))
			return cli_usage_error(
			    ctx, &help, "phrase %zu is not valid UTF-8 (byte %zu)", i + 1, bad);
	}
	return 0;
}

int cmd_deadline(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list phrases = { 0 };
	const char *year_arg = NULL, *issued_arg = NULL;
	struct plan_explain_opts how = { 0 };
	const struct opt opts[] = {
		{ "year", 0, OPT_VALUE, &year_arg, "YYYY", "the plan's year", NULL },
		{ "issued", 0, OPT_VALUE, &issued_arg, "YYYY-MM-DD", "the plan's issue date",
		  NULL },
		{ "explain", 0, OPT_FLAG, &how.pieces, NULL,
		  "the expressions found, and the rule that combined them", NULL },
		{ "json", 0, OPT_FLAG, &how.json, NULL, "one JSON object per phrase and line",
		  NULL },
		OPT_END,
	};
	struct plan_deadline_ctx dctx;
	plan_date issued = PLAN_DATE_NONE;
	int year = 0;
	struct plan_buf out = PLAN_BUF_INIT;
	int status = cli_parse(ctx, &help, opts, argc, argv, &phrases);

	if (status >= 0)
		goto done;
	if (!phrases.n) {
		status = cli_usage_error(ctx, &help, "no deadline phrase given");
		goto done;
	}
	if ((issued_arg && cli_parse_date(ctx, &help, "--issued", issued_arg, &issued) != 0) ||
	    (year_arg && cli_parse_year(ctx, &help, year_arg, &year) != 0)) {
		status = EXIT_USAGE;
		goto done;
	}
	if ((status = check_phrases(ctx, &phrases)) != 0)
		goto done;
	dctx = plan_explain_context(year, issued, ctx->today);
	for (size_t i = 0; i < phrases.n; i++)
		plan_explain(cli_deadlines(ctx), phrases.v[i], &dctx, &how, &out);
	cli_write(ctx, &out);
	status = EXIT_OK;
done:
	plan_buf_release(&out);
	opt_list_release(&phrases);
	return status;
}
