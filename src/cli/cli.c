/* cli.c - option handling, loading and printing shared by the subcommands. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "complete.h"
#include "alloc.h"
#include "suggest.h"
#include "text.h"

const char *const cli_color_choices[] = { "auto", "always", "never", NULL };

enum cli_color cli_color_parse(const char *when)
{
	return strcmp(when, "never") == 0    ? CLI_COLOR_NEVER
	       : strcmp(when, "always") == 0 ? CLI_COLOR_ALWAYS
					     : CLI_COLOR_AUTO;
}

/* always wins over NO_COLOR: it is asked for by name, for this one run (less -R). */
static bool colored(const struct cli_ctx *ctx, bool tty)
{
	return ctx->color == CLI_COLOR_ALWAYS ||
	       (ctx->color == CLI_COLOR_AUTO && tty && !ctx->no_color);
}

bool cli_color_out(const struct cli_ctx *ctx)
{
	return colored(ctx, ctx->out_tty);
}

bool cli_color_err(const struct cli_ctx *ctx)
{
	return colored(ctx, ctx->err_tty);
}

static void print_usage_line(FILE *f, const struct cli_help *help)
{
	fprintf(f, "usage: plan %s%s%s\n", help->name ? help->name : "", help->name ? " " : "",
		help->usage);
}

static void print_help(struct cli_ctx *ctx, const struct cli_help *help, const struct opt *opts)
{
	struct plan_buf out = PLAN_BUF_INIT;

	plan_buf_addf(&out, "usage: plan %s %s\n\n%s\n\nOptions:\n", help->name, help->usage,
		      help->about);
	opt_help(opts, &out);
	cli_write(ctx, &out);
	plan_buf_release(&out);
}

int cli_usage_error(struct cli_ctx *ctx, const struct cli_help *help, const char *fmt, ...)
{
	struct plan_buf raw = PLAN_BUF_INIT, msg = PLAN_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	plan_buf_vaddf(&raw, fmt, ap);
	va_end(ap);
	/*
	 * What the user typed is echoed with its control characters escaped, as
	 * check does; a message's own lines (a line break, then an indent) stay.
	 */
	for (size_t i = 0, start = 0; i <= raw.len; i++) {
		if (i < raw.len && !(raw.s[i] == '\n' && i + 2 < raw.len && raw.s[i + 1] == ' ' &&
				     raw.s[i + 2] == ' '))
			continue;
		plan_text_escape(&msg, raw.s + start, i - start);
		if (i < raw.len)
			plan_buf_addch(&msg, '\n');
		start = i + 1;
	}
	plan_buf_release(&raw);
	if (cli_color_err(ctx))
		fprintf(ctx->err, "plan: \033[1;31merror:\033[0m %s\n", msg.s);
	else
		fprintf(ctx->err, "plan: error: %s\n", msg.s);
	if (help)
		print_usage_line(ctx->err, help);
	plan_buf_release(&msg);
	return EXIT_USAGE;
}

int cli_parse(struct cli_ctx *ctx, const struct cli_help *help, const struct opt *opts, int argc,
	      char **argv, struct opt_list *operands)
{
	const char *color = NULL;
	const struct opt common = {
		"color",          0,
		OPT_VALUE,        &color,
		"WHEN",           "colour: auto (on a terminal), always or never (default: auto)",
		cli_color_choices
	};
	const struct opt help_opt = { "help", 'h', OPT_FLAG, NULL, NULL, "show this help", NULL };
	struct plan_buf err = PLAN_BUF_INIT;
	struct opt *all;
	size_t n = 0;
	int status = -1;

	while (opts[n].name)
		n++;
	all = plan_xcalloc(n + 3, sizeof(*all));
	memcpy(all, opts, n * sizeof(*all));
	all[n] = common;
	all[n + 1] = help_opt; /* for the help text; the parser knows --help itself */
	if (ctx->spec) {
		cli_spec_record(ctx->spec, help, all);
		free(all);
		return EXIT_OK;
	}
	switch (opt_parse(all, argc, argv, 1, 0, operands, NULL, &err)) {
	case OPT_OK:
		break;
	case OPT_HELP:
		print_help(ctx, help, all);
		status = EXIT_OK;
		break;
	case OPT_ERROR:
		status = cli_usage_error(ctx, help, "%s", err.s);
		break;
	}
	if (color)
		ctx->color = cli_color_parse(color);
	free(all);
	plan_buf_release(&err);
	return status;
}

int cli_paths(const struct cli_ctx *ctx, const struct opt_list *given, struct opt_list *out,
	      struct plan_buf *dir, struct plan_buf *err)
{
	if (!given->n) {
		if (cli_default_paths(ctx, dir, err) < 0)
			return -1;
		opt_list_add(out, dir->s);
		return 0;
	}
	for (size_t i = 0; i < given->n; i++)
		opt_list_add(out, given->v[i]);
	return 0;
}

/* cli_load(), with opts (may be NULL). */
static enum plan_load_result load_with(struct cli_ctx *ctx, const struct opt_list *paths,
				       const struct plan_load_opts *opts, struct plan_set **set,
				       struct plan_diags *diags)
{
	struct plan_buf dir = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct opt_list use = { 0 };
	enum plan_load_result result;

	if (cli_paths(ctx, paths, &use, &dir, &err) < 0) {
		plan_diags_add(diags, NULL, (struct plan_pos){ 0, 0 }, PLAN_ERROR, NULL, "%s",
			       err.s);
		plan_set_load(set, NULL, 0, NULL, diags);
		result = PLAN_LOAD_UNREADABLE;
	} else {
		result = plan_set_load(set, use.v, use.n, opts, diags);
	}
	opt_list_release(&use);
	plan_buf_release(&dir);
	plan_buf_release(&err);
	return result;
}

void cli_print_diags(struct cli_ctx *ctx, const struct plan_diags *diags, bool warnings)
{
	struct plan_buf line = PLAN_BUF_INIT;
	const bool color = cli_color_err(ctx);

	for (size_t i = 0; i < diags->n; i++) {
		if (!warnings && diags->v[i].severity == PLAN_WARNING)
			continue;
		plan_buf_reset(&line);
		plan_diag_format(&diags->v[i], color, &line);
		fprintf(ctx->err, "%s\n", line.s);
	}
	plan_buf_release(&line);
}

enum plan_load_result cli_load(struct cli_ctx *ctx, const struct opt_list *paths,
			       struct plan_set **set, struct plan_diags *diags)
{
	return load_with(ctx, paths, NULL, set, diags);
}

/* cli_load_or_fail(), with opts (may be NULL). */
static int load_or_fail_with(struct cli_ctx *ctx, const struct opt_list *paths,
			     const struct plan_load_opts *opts, struct plan_set **set)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	enum plan_load_result result = load_with(ctx, paths, opts, set, &diags);

	if (result != PLAN_LOAD_OK) {
		cli_print_diags(ctx, &diags, false);
		if (result == PLAN_LOAD_INVALID)
			fprintf(ctx->err, "plan: stopped by %zu error%s in the plans\n",
				diags.errors, diags.errors == 1 ? "" : "s");
	}
	plan_diags_release(&diags);
	return result == PLAN_LOAD_OK ? 0 : EXIT_USAGE;
}

int cli_load_or_fail(struct cli_ctx *ctx, const struct opt_list *paths, struct plan_set **set)
{
	return load_or_fail_with(ctx, paths, NULL, set);
}

int cli_load_kept_or_fail(struct cli_ctx *ctx, const struct opt_list *paths, struct plan_kept *kept,
			  struct plan_set **set)
{
	const struct plan_load_opts opts = { .keep = kept };

	return load_or_fail_with(ctx, paths, &opts, set);
}

int cli_parse_date(struct cli_ctx *ctx, const struct cli_help *help, const char *what,
		   const char *text, plan_date *out)
{
	char why[PLAN_DATE_REASON_LEN], iso[PLAN_DATE_LEN + 1];

	switch (plan_date_parse_input(text, strlen(text), out, iso)) {
	case PLAN_DATE_OK:
		return 0;
	case PLAN_DATE_RANGE:
		return cli_usage_error(ctx, help, "invalid date '%s' for %s; %s", text, what,
				       plan_date_range_reason(iso, strlen(iso), why));
	default:
		return cli_usage_error(
		    ctx, help, "invalid date '%s' for %s; expected YYYY-MM-DD or DD/MM/YYYY", text,
		    what);
	}
}

int cli_check_plan_id(struct cli_ctx *ctx, const struct cli_help *help, const char *id)
{
	if (!id)
		return 0;
	if (!*id)
		return cli_usage_error(ctx, help, "--plan needs an id");
	if (!plan_id_valid(id, strlen(id)))
		return cli_usage_error(ctx, help,
				       "invalid plan id '%s' for --plan; use lower-case letters, "
				       "digits and '-'",
				       id);
	return 0;
}

int cli_parse_year(struct cli_ctx *ctx, const struct cli_help *help, const char *text, int *out)
{
	unsigned year;

	if (strlen(text) != 4 || !plan_text_number(text, 4, 9999, &year) || year < 1)
		return cli_usage_error(ctx, help,
				       "invalid year '%s' for --year; expected four "
				       "digits, e.g. 2024",
				       text);
	*out = (int)year;
	return 0;
}

int cli_check_plans(struct cli_ctx *ctx, const struct plan_set *set, const struct opt_list *ids)
{
	struct plan_buf msg = PLAN_BUF_INIT;
	int status = 0;

	if (plan_set_check_ids(set, (const char *const *)ids->v, ids->n, &msg) != 0)
		status = cli_usage_error(ctx, NULL, "%s", msg.s);
	plan_buf_release(&msg);
	return status;
}

int cli_parse_names(struct cli_ctx *ctx, const struct cli_help *help, const char *option,
		    const struct opt_list *given, const char *const *names, size_t n,
		    unsigned *mask)
{
	struct plan_buf expected = PLAN_BUF_INIT;
	int status = 0;

	for (size_t i = 0; i < n; i++)
		plan_buf_addf(&expected, "%s%s",
			      i == 0       ? ""
			      : i + 1 == n ? " or "
					   : ", ",
			      names[i]);
	for (size_t i = 0; i < given->n && !status; i++) {
		for (const char *s = given->v[i]; *s && !status;) {
			size_t len = strcspn(s, ",");
			int k = plan_name_find(names, n, s, len);

			if (k >= 0)
				*mask |= 1u << k;
			else
				status =
				    cli_usage_error(ctx, help, "invalid %s '%.*s'; expected %s",
						    option, (int)len, s, expected.s);
			s += len + (s[len] == ',');
		}
	}
	plan_buf_release(&expected);
	return status;
}

int cli_today(struct cli_ctx *ctx, const struct cli_help *help, const char *arg, plan_date *out)
{
	if (!arg) {
		*out = ctx->today;
		return 0;
	}
	return cli_parse_date(ctx, help, "--today", arg, out);
}

const struct plan_deadlines *cli_deadlines(struct cli_ctx *ctx)
{
	if (!ctx->deadlines)
		ctx->deadlines = plan_deadlines_new();
	return ctx->deadlines;
}

int cli_units_apply(struct cli_ctx *ctx, const struct plan_set *set, struct cli_units *u,
		    struct plan_filter *filter)
{
	struct plan_buf msg = PLAN_BUF_INIT;
	int status = 0;

	filter->role = plan_role_parse(u->role);
	filter->collectives = u->collectives;
	if (!u->queries.n)
		return 0;
	u->index = plan_unit_index_new(set);
	if (plan_unit_select(u->index, u->queries.v, u->queries.n, &u->refs, &msg) !=
	    PLAN_UNIT_FOUND)
		status = cli_usage_error(ctx, NULL, "%s", msg.s);
	plan_buf_release(&msg);
	filter->index = u->index;
	filter->units = u->refs.v;
	filter->n_units = u->refs.n;
	return status;
}

void cli_units_release(struct cli_units *u)
{
	opt_list_release(&u->queries);
	plan_unit_refs_release(&u->refs);
	plan_unit_index_free(u->index);
}

const char *const cli_text_formats[] = { "text", "md", "json", NULL };

enum plan_format cli_text_format(const char *name)
{
	enum plan_format format = PLAN_FORMAT_TABLE;

	if (strcmp(name, "text") != 0)
		plan_format_parse(name, &format);
	return format;
}

void cli_write(struct cli_ctx *ctx, const struct plan_buf *out)
{
	fwrite(out->s, 1, out->len, ctx->out);
}

void cli_note_unread(struct cli_ctx *ctx, size_t unread)
{
	const char *warning = cli_color_err(ctx) ? "\033[1;35mwarning:\033[0m" : "warning:";

	if (!unread)
		return;
	fprintf(ctx->err,
		"plan: %s %zu task%s a deadline plan cannot read, never counted overdue; "
		"plan check says why\n",
		warning, unread, unread == 1 ? " has" : "s have");
}
