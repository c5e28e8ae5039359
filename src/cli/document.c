/* document.c - plan report and plan digest: their options, the snapshot, one plan_publish_write(). */
#include "document.h"

#include <stdlib.h>
#include <string.h>

#include "mime.h"
#include "output.h"
#include "plan/git.h"
#include "plan/publish.h"
#include "plan/report.h"
#include "plan/snapshot.h"

static const char *const formats[] = { "md", "text", "html", NULL };
static const char *const report_formats[] = { "md", "text", "html", "xlsx", NULL };
static const char *const languages[] = { "vi", "en", NULL };

/* The options of both commands. */
struct options {
	struct opt_list paths, plans, to;
	struct cli_units units;
	const char *today, *days, *lang, *format, *from, *subject;
	bool mail;
	struct cli_output output;
};

/* The longest window: ten years. */
enum { MAX_DAYS = 3660 };

static int parse_days(struct cli_ctx *ctx, const struct cli_help *help, const char *arg, int *days)
{
	char *end;
	long v;

	if (!arg)
		return 0;
	v = strtol(arg, &end, 10);
	if (!*arg || *end || v < 1 || v > MAX_DAYS)
		return cli_usage_error(ctx, help,
				       "invalid value '%s' for --days; expected a whole number "
				       "of days from 1 to %d",
				       arg, MAX_DAYS);
	*days = (int)v;
	return 0;
}

/* Checks the mail options go together, and every address. */
static int check_mail(struct cli_ctx *ctx, const struct cli_help *help, const struct options *o)
{
	const char *problem;

	if (!o->mail) {
		if (o->to.n || o->from || o->subject)
			return cli_usage_error(ctx, help,
					       "--to, --from and --subject go with --mail");
		return 0;
	}
	if (o->format)
		return cli_usage_error(
		    ctx, help, "--mail writes the text and the HTML both; leave out --format");
	if (!o->to.n)
		return cli_usage_error(ctx, help, "--mail needs at least one --to ADDRESS");
	for (size_t i = 0; i <= o->to.n; i++) {
		const char *a = i < o->to.n ? o->to.v[i] : o->from;

		if (a && (problem = plan_mime_address_problem(a)) != NULL)
			return cli_usage_error(ctx, help, "invalid address '%s' for --%s: %s", a,
					       i < o->to.n ? "to" : "from", problem);
	}
	return 0;
}

/* Asks git which commit the plans were read at; the same paths cli_load() read. */
static void describe(struct cli_ctx *ctx, const struct opt_list *paths, struct plan_buf *commit,
		     bool *dirty)
{
	struct plan_buf dir = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct opt_list use = { 0 };

	if (cli_paths(ctx, paths, &use, &dir, &err) == 0)
		plan_git_describe(use.v, use.n, commit, dirty);
	opt_list_release(&use);
	plan_buf_release(&dir);
	plan_buf_release(&err);
}

/* What a document is made of; release() frees it. */
struct document {
	struct plan_query q;
	struct plan_set *set;
	struct plan_unit_index *own_index;
	struct plan_snapshot snap;
	struct plan_report_meta meta;
	const struct plan **plans; /* meta's */
	struct plan_buf commit;    /* meta's */
	int days;
};

/* Checks the options and loads the plans into d. Returns 0 or the exit status. */
static int load(struct cli_ctx *ctx, const struct cli_help *help, struct options *o,
		struct document *d)
{
	int status;

	plan_query_init(&d->q, NULL, ctx->today);
	if ((status = parse_days(ctx, help, o->days, &d->days)) != 0 ||
	    (status = check_mail(ctx, help, o)) != 0 ||
	    (status = cli_output_check(ctx, help, &o->output, o->format)) != 0 ||
	    (status = cli_today(ctx, help, o->today, &d->q.today)) != 0 ||
	    (status = cli_load_or_fail(ctx, &o->paths, &d->set)) != 0 ||
	    (status = cli_check_plans(ctx, d->set, &o->plans)) != 0 ||
	    (status = cli_units_apply(ctx, d->set, &o->units, &d->q.filter)) != 0)
		return status;
	if (o->lang)
		plan_lang_parse(o->lang, &d->meta.lang);
	d->q.deadlines = cli_deadlines(ctx);
	d->q.filter.plans = o->plans.v;
	d->q.filter.n_plans = o->plans.n;
	return 0;
}

/* Takes the snapshot of the plans d holds, and says what it covers in d->meta. */
static void take(struct cli_ctx *ctx, const struct options *o, struct document *d)
{
	if (!o->units.index)
		d->own_index = plan_unit_index_new(d->set);
	plan_snapshot_take(&d->snap, d->set, &d->q, o->units.index ? o->units.index : d->own_index,
			   d->days);
	cli_note_unread(ctx, d->snap.rows.unread); /* a digest with nothing to say too */
	d->plans = plan_publish_plans(d->set, o->plans.v, o->plans.n, &d->meta.n_plans);
	d->meta.plans = d->plans;
	d->meta.units = o->units.refs.v;
	d->meta.n_units = o->units.refs.n;
	d->meta.role = d->q.filter.role;
	d->meta.collectives = d->q.filter.collectives;
	describe(ctx, &o->paths, &d->commit, &d->meta.uncommitted);
	d->meta.commit = d->commit.len ? d->commit.s : NULL;
}

/* What --mail and --format ask for; report_formats are in the enum's order. */
static enum plan_publish_format format_of(const struct options *o)
{
	if (o->mail)
		return PLAN_PUBLISH_MAIL;
	for (int i = 0; o->format && report_formats[i]; i++)
		if (strcmp(o->format, report_formats[i]) == 0)
			return (enum plan_publish_format)i;
	return PLAN_PUBLISH_MD;
}

/* Writes the document d as o asks. Returns the exit status. */
static int publish(struct cli_ctx *ctx, const struct options *o, enum cli_document what,
		   const struct document *d)
{
	const struct plan_publish how = {
		.kind = what == CLI_REPORT ? PLAN_PUBLISH_REPORT : PLAN_PUBLISH_DIGEST,
		.format = format_of(o),
		.width = ctx->width,
		.to = o->to.v,
		.n_to = o->to.n,
		.from = o->from,
		.subject = o->subject,
		.users = ctx->user,
		.n_users = sizeof(ctx->user) / sizeof(ctx->user[0]),
		.host = ctx->host,
		.time = ctx->now,
		.utc_offset = ctx->utc_offset,
	};
	struct plan_buf out = PLAN_BUF_INIT;
	int status = EXIT_USAGE;
	enum plan_publish_result result = plan_publish_write(&d->snap, &d->meta, &how, &out);

	if (result == PLAN_PUBLISH_OK)
		status = cli_output_write(ctx, &o->output, o->mail ? NULL : o->format, &out);
	else if (result == PLAN_PUBLISH_NOTHING) /* nothing to say: no output at all */
		status = EXIT_OK;
	else
		fprintf(ctx->err, "plan: error: cannot render the document as %s\n",
			result == PLAN_PUBLISH_NO_TEXT ? "text" : "HTML");
	plan_buf_release(&out);
	return status;
}

static void release(struct options *o, struct document *d)
{
	plan_snapshot_release(&d->snap);
	plan_unit_index_free(d->own_index);
	free(d->plans);
	plan_set_free(d->set);
	plan_buf_release(&d->commit);
	opt_list_release(&o->paths);
	opt_list_release(&o->plans);
	opt_list_release(&o->to);
	cli_units_release(&o->units);
}

int cli_document(int argc, char **argv, struct cli_ctx *ctx, const struct cli_help *help,
		 enum cli_document what)
{
	struct options o = { 0 };
	const struct opt opts[] = {
		{ "plan", 0, OPT_LIST, &o.plans, "ID", "only tasks of plan ID (repeatable)", NULL },
		CLI_UNIT_OPTIONS(o.units),
		{ "today", 0, OPT_VALUE, &o.today, "DATE",
		  "the day to work as of (YYYY-MM-DD or DD/MM/YYYY)", NULL },
		{ "days", 0, OPT_VALUE, &o.days, "N",
		  what == CLI_REPORT ? "the window of days due and delivered (default: 30)"
				     : "the window of days late, due and delivered (default: 7)",
		  NULL },
		{ "lang", 0, OPT_VALUE, &o.lang, "LANG", "vi or en (default: vi)", languages },
		{ "format", 0, OPT_VALUE, &o.format, "FORMAT",
		  what == CLI_REPORT ? "md, text, html or xlsx (default: md)"
				     : "md, text or html (default: md)",
		  what == CLI_REPORT ? report_formats : formats },
		{ "mail", 0, OPT_FLAG, &o.mail, NULL, "write a mail for 'sendmail -t' instead",
		  NULL },
		{ "to", 0, OPT_LIST, &o.to, "ADDR", "a recipient of the mail (repeatable)", NULL },
		{ "from", 0, OPT_VALUE, &o.from, "ADDR",
		  "the mail's sender (default: LOGNAME@host)", NULL },
		{ "subject", 0, OPT_VALUE, &o.subject, "TEXT",
		  "the mail's subject (default: the counts and the units)", NULL },
		CLI_OUTPUT_OPTIONS(o.output),
		OPT_END,
	};
	struct document d = { .commit = PLAN_BUF_INIT, .days = what == CLI_REPORT ? 30 : 7 };
	int status = cli_parse(ctx, help, opts, argc, argv, &o.paths);

	if (status < 0 && (status = load(ctx, help, &o, &d)) == 0) {
		take(ctx, &o, &d);
		status = publish(ctx, &o, what, &d);
	}
	release(&o, &d);
	return status < 0 ? EXIT_OK : status;
}
