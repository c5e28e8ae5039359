/* document.c - plan report and plan digest: options, snapshot, Markdown, HTML or mail. */
#include "document.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gitinfo.h"
#include "output.h"
#include "alloc.h"
#include "html.h"
#include "plan/mail.h"
#include "mdtext.h"
#include "mime.h"
#include "plan/digest.h"
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

/* The plans a document covers: those --plan names, else all, in load order. */
static const struct plan **covered(const struct plan_set *set, const struct opt_list *ids,
				   size_t *n)
{
	const struct plan **v = plan_xcalloc(set->n_plans + 1, sizeof(*v));

	*n = 0;
	for (size_t i = 0; i < set->n_plans; i++) {
		bool wanted = !ids->n;

		for (size_t k = 0; k < ids->n && !wanted; k++)
			wanted = strcmp(ids->v[k], set->plans[i]->id.s) == 0;
		if (wanted)
			v[(*n)++] = set->plans[i];
	}
	return v;
}

/* Asks git which commit the plans were read at; the same paths cli_load() read. */
static void describe(struct cli_ctx *ctx, const struct opt_list *paths, struct plan_buf *commit,
		     bool *dirty)
{
	struct plan_buf dir = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct opt_list use = { 0 };

	if (cli_paths(ctx, paths, &use, &dir, &err) == 0)
		cli_git_describe(use.v, use.n, commit, dirty);
	opt_list_release(&use);
	plan_buf_release(&dir);
	plan_buf_release(&err);
}

/* True for a user or host name that can go into an address as it is. */
static bool plain_word(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || strchr("._-+", *s)))
			return false;
	return true;
}

/* The sender when --from is not given: LOGNAME@host, as mail(1) would write. */
static void default_from(struct plan_buf *out)
{
	const char *user = getenv("LOGNAME");
	char host[256] = "";

	if (!plain_word(user))
		user = getenv("USER");
	if (!plain_word(user))
		user = "plan";
	if (gethostname(host, sizeof(host) - 1) != 0 || !plain_word(host))
		strcpy(host, "localhost");
	plan_buf_addf(out, "%s@%s", user, host);
}

/* Writes md as asked: as it is, as a page, or as a mail with both. */
static int publish(struct cli_ctx *ctx, const struct options *o, const struct plan_buf *md,
		   const char *title, const char *subject, enum plan_lang lang)
{
	struct plan_buf page = PLAN_BUF_INIT, out = PLAN_BUF_INIT, from = PLAN_BUF_INIT;
	struct plan_buf text = PLAN_BUF_INIT;
	int status = EXIT_OK;

	if (!o->mail && (!o->format || strcmp(o->format, "md") == 0)) {
		status = cli_output_write(ctx, &o->output, o->format, md);
		goto done;
	}
	if (!o->mail && strcmp(o->format, "text") == 0) {
		/* as a mail's text part is, at the terminal's width */
		if (plan_md_text(md->s, md->len, ctx->width, &text) != 0)
			goto text_failed;
		status = cli_output_write(ctx, &o->output, o->format, &text);
		goto done;
	}
	if (plan_html_page(&page, md->s, md->len, title, lang) != 0) {
		fprintf(ctx->err, "plan: error: cannot render the document as HTML\n");
		status = EXIT_USAGE;
		goto done;
	}
	if (!o->mail) {
		status = cli_output_write(ctx, &o->output, o->format, &page);
		goto done;
	}
	if (o->from)
		plan_buf_addstr(&from, o->from);
	else
		default_from(&from);
	/* The text part as a mail reader shows it: lines of 78, tables as columns. */
	if (plan_md_text(md->s, md->len, PLAN_MAIL_WIDTH, &text) != 0)
		goto text_failed;
	plan_mail_write(&(struct plan_mail){ .from = from.s,
					     .to = o->to.v,
					     .n_to = o->to.n,
					     .subject = o->subject ? o->subject : subject,
					     .language = plan_lang_names[lang],
					     .time = ctx->now,
					     .utc_offset = ctx->utc_offset,
					     .text = text.s,
					     .text_len = text.len,
					     .html = page.s,
					     .html_len = page.len },
			&out);
	status = cli_output_write(ctx, &o->output, NULL, &out);
	goto done;
text_failed:
	fprintf(ctx->err, "plan: error: cannot render the document as text\n");
	status = EXIT_USAGE;
done:
	plan_buf_release(&page);
	plan_buf_release(&out);
	plan_buf_release(&from);
	plan_buf_release(&text);
	return status;
}

/* plan report --format html: the page with its charts (a mail's HTML part has none). */
static int report_page(struct cli_ctx *ctx, const struct options *o, const struct plan_snapshot *st,
		       const struct plan_report_meta *meta)
{
	struct plan_buf page = PLAN_BUF_INIT;
	int status = EXIT_OK;

	if (plan_report_html(st, meta, &page) == 0) {
		status = cli_output_write(ctx, &o->output, o->format, &page);
	} else {
		fprintf(ctx->err, "plan: error: cannot render the document as HTML\n");
		status = EXIT_USAGE;
	}
	plan_buf_release(&page);
	return status;
}

static void release(struct options *o)
{
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
	struct plan_query q;
	struct plan_report_meta meta = { 0 };
	struct plan_buf md = PLAN_BUF_INIT, title = PLAN_BUF_INIT, subject = PLAN_BUF_INIT,
			commit = PLAN_BUF_INIT;
	struct plan_unit_index *own_index = NULL;
	struct plan_snapshot snap = { 0 };
	const struct plan **plans = NULL;
	struct plan_set *set = NULL;
	int days = what == CLI_REPORT ? 30 : 7;
	int status = cli_parse(ctx, help, opts, argc, argv, &o.paths);

	plan_query_init(&q, NULL, ctx->today);
	if (status >= 0)
		goto out;
	if ((status = parse_days(ctx, help, o.days, &days)) != 0 ||
	    (status = check_mail(ctx, help, &o)) != 0 ||
	    (status = cli_output_check(ctx, help, &o.output, o.format)) != 0 ||
	    (status = cli_today(ctx, help, o.today, &q.today)) != 0 ||
	    (status = cli_load_or_fail(ctx, &o.paths, &set)) != 0 ||
	    (status = cli_check_plans(ctx, set, &o.plans)) != 0 ||
	    (status = cli_units_apply(ctx, set, &o.units, &q.filter)) != 0)
		goto out;
	if (o.lang)
		plan_lang_parse(o.lang, &meta.lang);
	q.deadlines = cli_deadlines(ctx);
	q.filter.plans = o.plans.v;
	q.filter.n_plans = o.plans.n;
	if (!o.units.index)
		own_index = plan_unit_index_new(set);
	plan_snapshot_take(&snap, set, &q, o.units.index ? o.units.index : own_index, days);
	cli_note_unread(ctx, snap.rows.unread); /* a digest with nothing to say too */

	plans = covered(set, &o.plans, &meta.n_plans);
	meta.plans = plans;
	meta.units = o.units.refs.v;
	meta.n_units = o.units.refs.n;
	meta.role = q.filter.role;
	meta.collectives = q.filter.collectives;
	describe(ctx, &o.paths, &commit, &meta.uncommitted);
	meta.commit = commit.len ? commit.s : NULL;

	status = EXIT_OK;
	if (what == CLI_REPORT && !o.mail && o.format && strcmp(o.format, "html") == 0) {
		status = report_page(ctx, &o, &snap, &meta);
		goto out;
	}
	if (o.format && strcmp(o.format, "xlsx") == 0) {
		plan_report_sheets(&snap, &meta, &md); /* only report has xlsx */
		status = cli_output_write(ctx, &o.output, o.format, &md);
		goto out;
	}
	if (what == CLI_REPORT) {
		plan_report_write(&snap, &meta, &md);
		plan_report_title(&snap, &meta, &title);
		plan_report_subject(&snap, &meta, &subject);
	} else if (plan_digest_write(&snap, &meta, &md)) {
		plan_digest_title(&snap, &meta, &title);
		plan_digest_subject(&snap, &meta, &subject);
	} else {
		goto out; /* nothing to say: no output at all */
	}
	status = publish(ctx, &o, &md, title.s, subject.s, meta.lang);
out:
	plan_snapshot_release(&snap);
	plan_unit_index_free(own_index);
	free(plans);
	plan_set_free(set);
	plan_buf_release(&md);
	plan_buf_release(&title);
	plan_buf_release(&subject);
	plan_buf_release(&commit);
	release(&o);
	return status < 0 ? EXIT_OK : status;
}
