/* complete.c - what a command line's last word may become (complete.h). */
#include "complete.h"

#include <stdlib.h>
#include <string.h>

#include "complete_int.h"
#include "alloc.h"
#include "text.h"

static char *dup_or_null(const char *s)
{
	return s ? plan_xstrdup(s) : NULL;
}

static const char *const *copy_choices(const char *const *choices)
{
	const char **v;
	size_t n = 0;

	if (!choices)
		return NULL;
	while (choices[n])
		n++;
	v = plan_xcalloc(n + 1, sizeof(*v));
	for (size_t i = 0; i < n; i++)
		v[i] = plan_xstrdup(choices[i]);
	return v;
}

/*
 * The first form of a usage, on one line: its continuation lines joined,
 * up to a line that begins another form ("       plan diff REV...").
 */
static char *first_form(const char *usage)
{
	struct plan_buf out = PLAN_BUF_INIT;

	for (const char *s = usage; *s; s++) {
		if (*s == '\n' && strncmp(s + 1 + strspn(s + 1, " "), "plan ", 5) == 0)
			break;
		plan_buf_addch(&out, *s == '\n' ? ' ' : *s);
	}
	return plan_buf_detach(&out);
}

void cli_spec_record(struct cli_spec *spec, const struct cli_help *help, const struct opt *opts)
{
	const char *usage = help && help->usage ? help->usage : "";
	size_t n = 0;

	cli_spec_release(spec);
	while (opts[n].name)
		n++;
	spec->opts = plan_xcalloc(n + 1, sizeof(*spec->opts));
	for (size_t i = 0; i < n; i++) {
		spec->opts[i] = (struct opt){ plan_xstrdup(opts[i].name),
					      opts[i].short_name,
					      opts[i].type,
					      NULL,
					      dup_or_null(opts[i].arg),
					      NULL,
					      copy_choices(opts[i].choices) };
	}
	spec->usage = first_form(usage);
	spec->n = n;
	spec->recorded = true;
}

void cli_spec_release(struct cli_spec *spec)
{
	for (size_t i = 0; i < spec->n; i++) {
		const char *const *c = spec->opts[i].choices;

		for (size_t k = 0; c && c[k]; k++)
			free((char *)c[k]);
		free((void *)c);
		free((char *)spec->opts[i].name);
		free((char *)spec->opts[i].arg);
	}
	free(spec->opts);
	free(spec->usage);
	memset(spec, 0, sizeof(*spec));
}

/*
 * Adds the word [start, end) of a usage line to v: a new operand, or after
 * a '|' one more literal word of the last.
 */
static size_t add_slot(struct slot *v, size_t n, size_t max, const char *start, const char *end,
		       bool many, bool alternative)
{
	const bool literal = *start >= 'a' && *start <= 'z';
	struct slot *s = alternative && n && v[n - 1].literal && literal ? &v[n - 1] : &v[n];
	const size_t used = s == &v[n] ? 0 : strlen(s->name) + 1;

	if (end == start || (s == &v[n] && n == max) ||
	    used + (size_t)(end - start) >= sizeof(s->name))
		return n;
	if (used)
		s->name[used - 1] = ' ';
	memcpy(s->name + used, start, (size_t)(end - start));
	s->name[used + (size_t)(end - start)] = '\0';
	s->repeated = s->repeated || many;
	s->literal = literal;
	return s == &v[n] ? n + 1 : n;
}

/* "PATH..." and "[PATH...]" repeat. */
static bool repeated(const char *start, const char *end)
{
	for (const char *p = start; p + 3 <= end; p++)
		if (memcmp(p, "...", 3) == 0)
			return true;
	return false;
}

/*
 * The operands of a usage line, in order: "[--in PATH]... REF FIELD
 * [VALUE...]" has REF, FIELD and VALUE (repeated); a bracket that begins
 * with '-' is an option's, and is skipped whole, brackets inside it too.
 * Lower-case words are literal: "bash | zsh" is one operand, either word.
 */
static size_t usage_operands(const char *usage, struct slot *v, size_t max)
{
	size_t n = 0;
	bool alternative = false;

	for (const char *s = usage; *s;) {
		const char *start = s;
		bool option = false;
		int depth = 0;

		if (*s == ' ') {
			s++;
			continue;
		}
		do {
			depth += *s == '[' ? 1 : *s == ']' ? -1 : 0;
			option = option || (s > start && s[-1] == '[' && *s == '-' && depth == 1);
			s++;
		} while (*s && (depth > 0 || *s != ' '));
		if (*start == '|') {
			alternative = true;
			continue;
		}
		if (!option && *start != '-') {
			start += *start == '[';
			n = add_slot(v, n, max, start, start + strcspn(start, ".] "),
				     repeated(start, s), alternative);
		}
		alternative = false;
	}
	return n;
}

const struct slot *cli_line_slot(const struct cli_line *l, size_t k)
{
	if (k < l->n_slots)
		return &l->slots[k];
	if (l->n_slots && l->slots[l->n_slots - 1].repeated)
		return &l->slots[l->n_slots - 1];
	return NULL;
}

const char *cli_line_operand(const struct cli_line *l, size_t k)
{
	const struct slot *s = cli_line_slot(l, k);

	return s && !s->literal ? s->name : NULL;
}

/* Notes where the plans are read from: the operands and option values named PATH. */
static void note(struct cli_line *l, const char *metavar, const char *value)
{
	if (metavar && strcmp(metavar, "PATH") == 0)
		opt_list_add(&l->paths, value);
}

/* Reads words[0..n), the command's words before the one typed. */
static void read_line(struct cli_line *l, char **words, size_t n)
{
	const struct opt *opts = l->spec->opts;

	l->n_slots = usage_operands(l->spec->usage, l->slots, CLI_MAX_SLOTS);
	l->given = plan_xcalloc(l->spec->n + 1, sizeof(*l->given));
	for (size_t i = 0; i < n; i++) {
		const char *w = words[i], *value;
		const struct opt *o;

		if (!l->dashdash && strcmp(w, "--") == 0) {
			l->dashdash = true;
			continue;
		}
		if (l->dashdash || !opt_looks_like_option(w)) {
			note(l, cli_line_operand(l, l->operands.n), w);
			opt_list_add(&l->operands, w);
			continue;
		}
		if (!(o = opt_find(opts, w, &value)))
			continue;
		l->given[o - opts] = true;
		if (value)
			note(l, o->arg, value);
		else if (o->type != OPT_FLAG && i + 1 < n)
			note(l, o->arg, words[++i]);
		else if (o->type != OPT_FLAG)
			l->want = o;
	}
}

static void release_line(struct cli_line *l)
{
	opt_list_release(&l->operands);
	opt_list_release(&l->paths);
	free(l->given);
}

/* The options of a table as "--name"; those given (given[i]) only if they repeat. */
static void offer_options(const struct opt *opts, const bool *given, struct plan_candidates *out)
{
	struct plan_buf name = PLAN_BUF_INIT;

	for (size_t i = 0; opts[i].name; i++) {
		if (given && given[i] && opts[i].type != OPT_LIST)
			continue;
		plan_buf_reset(&name);
		plan_buf_addf(&name, "--%s", opts[i].name);
		plan_candidates_add(out, name.s);
	}
	plan_buf_release(&name);
}

/* The words of a literal operand, "bash zsh". */
static void offer_literals(const char *words, struct plan_candidates *out)
{
	char *copy = plan_xstrdup(words), *save = NULL;

	for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save))
		plan_candidates_add(out, w);
	free(copy);
}

/*
 * The spec of cmd, from its own cli_parse() (which every command calls
 * before it does anything); whatever it would print goes nowhere.  A
 * command run by a helper (plan import) runs the helper instead, which
 * completes the whole line itself.
 */
static bool describe(struct cli_ctx *ctx, const struct cli_command *cmd, struct cli_spec *spec)
{
	static char help_flag[] = "--help";
	char *argv[3] = { (char *)cmd->name, help_flag, NULL };
	FILE *out = ctx->out, *err = ctx->err, *null = fopen("/dev/null", "w");

	if (!null)
		return false;
	ctx->out = ctx->err = null;
	ctx->spec = spec;
	cmd->run(2, argv, ctx);
	ctx->spec = NULL;
	ctx->out = out;
	ctx->err = err;
	fclose(null);
	return spec->recorded;
}

/* What follows the command: its options, their values, its operands. */
static void complete_command(struct cli_ctx *ctx, const struct cli_command *cmd, char **words,
			     size_t n, struct plan_candidates *out)
{
	struct cli_spec spec = { 0 };
	struct cli_line l = { .spec = &spec, .typed = words[n - 1] };
	const struct slot *slot;

	if (!describe(ctx, cmd, &spec))
		goto done;
	read_line(&l, words + 1, n - 2);
	if (l.want) {
		cli_offer_values(ctx, &l, l.want->arg, l.want->choices, out);
	} else if (!l.dashdash && l.typed[0] == '-') {
		offer_options(spec.opts, l.given, out);
		plan_candidates_keep(out, l.typed);
	} else if ((slot = cli_line_slot(&l, l.operands.n)) && slot->literal) {
		offer_literals(slot->name, out);
		plan_candidates_keep(out, l.typed);
	} else {
		cli_offer_values(ctx, &l, cli_line_operand(&l, l.operands.n), NULL, out);
	}
done:
	release_line(&l);
	cli_spec_release(&spec);
}

static const struct cli_command *find_command(const struct cli_ctx *ctx, const char *name)
{
	for (size_t i = 0; i < ctx->n_commands; i++)
		if (strcmp(ctx->commands[i].name, name) == 0)
			return &ctx->commands[i];
	return NULL;
}

/* The names of ctx's commands. */
static void offer_commands(const struct cli_ctx *ctx, struct plan_candidates *out)
{
	for (size_t i = 0; i < ctx->n_commands; i++)
		plan_candidates_add(out, ctx->commands[i].name);
}

/* Before the command: plan's own options (globals), their values, or the command's name. */
static void complete_global(struct cli_ctx *ctx, const struct opt *globals, const struct opt *want,
			    const char *typed, struct plan_candidates *out)
{
	if (want) {
		for (size_t i = 0; want->choices && want->choices[i]; i++)
			plan_candidates_add(out, want->choices[i]);
	} else if (typed[0] == '-') {
		plan_candidates_add(out, "--help"); /* the parser's own */
		offer_options(globals, NULL, out);
	} else {
		offer_commands(ctx, out);
	}
	plan_candidates_keep(out, typed);
}

void cli_complete(struct cli_ctx *ctx, char **words, size_t n, struct plan_candidates *out)
{
	static const struct opt none[] = { OPT_END };
	const struct opt *globals = ctx->global_opts ? ctx->global_opts : none;
	const struct opt *want = NULL;
	const struct cli_command *cmd;
	const char *typed;
	size_t i = 0, bad;

	memset(out, 0, sizeof(*out));
	if (!n || !plan_utf8_valid(words[n - 1], strlen(words[n - 1]), &bad))
		return;
	typed = words[n - 1];
	while (!want && i + 1 < n && opt_looks_like_option(words[i])) {
		const char *value;
		const struct opt *o = opt_find(globals, words[i++], &value);

		if (o && o->type != OPT_FLAG && !value && i + 1 == n)
			want = o; /* the typed word is its value */
		else if (o && o->type != OPT_FLAG && !value)
			i++;
	}
	if (i + 1 == n)
		complete_global(ctx, globals, want, typed, out);
	else if ((cmd = find_command(ctx, words[i])) != NULL)
		complete_command(ctx, cmd, words + i, n - i, out);
}
