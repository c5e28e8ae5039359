/* opt.c - table-driven option parsing. */
#include "opt.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/diag.h"
#include "suggest.h"
#include "text.h"

void opt_list_add(struct opt_list *l, const char *s)
{
	PLAN_GROW(l->v, l->cap, l->n + 1);
	l->v[l->n++] = s;
}

void opt_list_release(struct opt_list *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static const struct opt *find_long(const struct opt *opts, const char *name, size_t len)
{
	for (const struct opt *o = opts; o->name; o++)
		if (strlen(o->name) == len && memcmp(o->name, name, len) == 0)
			return o;
	return NULL;
}

static const struct opt *find_short(const struct opt *opts, char c)
{
	for (const struct opt *o = opts; o->name; o++)
		if (o->short_name && o->short_name == c)
			return o;
	return NULL;
}

const struct opt *opt_find(const struct opt *opts, const char *arg, const char **value)
{
	const char *eq;

	*value = NULL;
	if (arg[0] != '-' || arg[1] == '\0')
		return NULL;
	if (arg[1] != '-')
		return arg[2] == '\0' ? find_short(opts, arg[1]) : NULL;
	eq = strchr(arg + 2, '=');
	if (eq)
		*value = eq + 1;
	return find_long(opts, arg + 2, eq ? (size_t)(eq - arg - 2) : strlen(arg + 2));
}

static void quoted(struct plan_buf *err, const char *s)
{
	plan_quote(err, s, strlen(s), 60);
}

static void unknown_option(const struct opt *opts, const char *arg, struct plan_buf *err)
{
	const char *names[64];
	size_t n = 0;
	const char *eq = strchr(arg, '=');
	char *word = plan_xmemdup(arg + 2, eq ? (size_t)(eq - arg - 2) : strlen(arg + 2));
	const char *hint;

	names[n++] = "help";
	for (const struct opt *o = opts; o->name && n < 64; o++)
		names[n++] = o->name;
	hint = arg[1] == '-' ? plan_suggest(word, names, n) : NULL;
	plan_buf_addstr(err, "unknown option ");
	quoted(err, arg);
	if (hint)
		plan_buf_addf(err, "; did you mean '--%s'?", hint);
	free(word);
}

static bool check_choice(const struct opt *o, const char *value, struct plan_buf *err)
{
	const char *hint;
	size_t n = 0;

	if (!o->choices)
		return true;
	for (; o->choices[n]; n++)
		if (strcmp(o->choices[n], value) == 0)
			return true;
	plan_buf_addstr(err, "invalid value ");
	quoted(err, value);
	plan_buf_addf(err, " for --%s; expected ", o->name);
	for (size_t i = 0; i < n; i++)
		plan_buf_addf(err, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ", o->choices[i]);
	hint = plan_suggest(value, o->choices, n);
	if (hint)
		plan_buf_addf(err, "; did you mean '%s'?", hint);
	return false;
}

static bool store(const struct opt *o, const char *value, struct plan_buf *err)
{
	size_t bad;

	if (o->type != OPT_FLAG && !plan_utf8_valid(value, strlen(value), &bad)) {
		plan_buf_addf(err, "--%s is not valid UTF-8 (byte %zu)", o->name, bad);
		return false;
	}
	switch (o->type) {
	case OPT_FLAG:
		*(bool *)o->dest = true;
		return true;
	case OPT_VALUE:
		if (!check_choice(o, value, err))
			return false;
		*(const char **)o->dest = value;
		return true;
	case OPT_LIST:
		if (!check_choice(o, value, err))
			return false;
		opt_list_add(o->dest, value);
		return true;
	}
	return false;
}

/*
 * Takes the value of o: from "=value" (inline), else the next argument.
 * Returns false with a message when there is none.
 */
static bool take_value(const struct opt *o, const char *inline_value, int argc, char **argv, int *i,
		       const char **value, struct plan_buf *err)
{
	if (inline_value) {
		*value = inline_value;
		return true;
	}
	if (*i + 1 >= argc) {
		plan_buf_addf(err, "option --%s needs a value (%s)", o->name, o->arg);
		return false;
	}
	*value = argv[++*i];
	return true;
}

bool opt_looks_like_option(const char *arg)
{
	const char c = arg[1];

	return arg[0] == '-' && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
				 (c >= '0' && c <= '9') || c == '-');
}

enum opt_result opt_parse(const struct opt *opts, int argc, char **argv, int first, unsigned flags,
			  struct opt_list *operands, int *next, struct plan_buf *err)
{
	int i;

	for (i = first; i < argc; i++) {
		const char *arg = argv[i];
		const struct opt *o;
		const char *value = NULL;

		if (strcmp(arg, "--") == 0) {
			for (i++; i < argc; i++)
				opt_list_add(operands, argv[i]);
			break;
		}
		if (!opt_looks_like_option(arg)) {
			if (flags & OPT_STOP_AT_OPERAND)
				break;
			opt_list_add(operands, arg);
			continue;
		}
		if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
			return OPT_HELP;
		o = opt_find(opts, arg, &value);
		if (o && value && o->type == OPT_FLAG) {
			plan_buf_addf(err, "option --%s takes no value", o->name);
			return OPT_ERROR;
		}
		if (!o) {
			unknown_option(opts, arg, err);
			return OPT_ERROR;
		}
		if (o->type != OPT_FLAG && !take_value(o, value, argc, argv, &i, &value, err))
			return OPT_ERROR;
		if (!store(o, value, err))
			return OPT_ERROR;
	}
	if (next)
		*next = i;
	return OPT_OK;
}

void opt_help(const struct opt *opts, struct plan_buf *out)
{
	struct plan_buf left = PLAN_BUF_INIT;
	size_t width = 0;

	for (int pass = 0; pass < 2; pass++) {
		for (const struct opt *o = opts; o->name; o++) {
			plan_buf_reset(&left);
			if (o->short_name)
				plan_buf_addf(&left, "-%c, ", o->short_name);
			plan_buf_addf(&left, "--%s", o->name);
			if (o->type != OPT_FLAG)
				plan_buf_addf(&left, " %s", o->arg);
			if (pass == 0) {
				width = left.len > width ? left.len : width;
				continue;
			}
			plan_buf_addf(out, "  %-*s  %s\n", (int)width, left.s, o->help);
		}
	}
	plan_buf_release(&left);
}
