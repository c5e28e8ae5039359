/* yamlerr.c - libyaml's syntax errors, in words a clerk can act on. */
#include "yamlerr.h"

#include <string.h>

#include "plan/fmt.h"
#include "ylines.h"

/* A line of the file: its bytes, without the line break. */
struct line {
	const char *s;
	size_t len;
};

/* Line number n (1-based), lines ending as editors end them; false past the end. */
static bool line_at(const char *data, size_t len, unsigned n, struct line *out)
{
	const char eol = ylines_editor_break(data, len);
	size_t i = ylines_bom(data, len);
	const char *end;

	for (unsigned k = 1; k < n; k++) {
		end = memchr(data + i, eol, len - i);
		if (!end)
			return false;
		i = (size_t)(end - data) + 1;
	}
	if (i > len)
		return false;
	end = memchr(data + i, eol, len - i);
	out->s = data + i;
	out->len = (end ? (size_t)(end - data) : len) - i;
	if (out->len && out->s[out->len - 1] == '\r')
		out->len--;
	return true;
}

/* The column (1-based) of the line's first character that is not a space; 0 if none. */
static unsigned indent_of(const struct line *l)
{
	for (size_t i = 0; i < l->len; i++)
		if (l->s[i] != ' ')
			return l->s[i] == '#' ? 0 : (unsigned)i + 1;
	return 0;
}

/*
 * The nearest line above here (line n) with something on it but a comment,
 * and its number; 0 when there is none.  Walks back from here, once: a
 * syntax error under a million comment lines takes no longer to explain.
 */
static unsigned line_above(const char *data, char eol, const struct line *here, unsigned n,
			   struct line *out)
{
	const char *end = here->s; /* just past the line break that ends the line above */

	while (n-- > 1 && end > data) {
		const char *start = end - 1; /* the line break */

		while (start > data && start[-1] != eol)
			start--;
		out->s = start;
		out->len = (size_t)(end - 1 - start);
		if (out->len && out->s[out->len - 1] == '\r')
			out->len--;
		if (indent_of(out))
			return n;
		end = start;
	}
	return 0;
}

/* The byte of column col (1-based, in characters) in l, or its length. */
static size_t byte_of_column(const struct line *l, unsigned col)
{
	size_t i = 0;

	for (unsigned c = 1; c < col && i < l->len; c++)
		do
			i++;
		while (i < l->len && ((unsigned char)l->s[i] & 0xC0) == 0x80);
	return i;
}

/* The key and value of "KEY: VALUE" on l when its ": " comes before byte limit. */
static bool key_value(const struct line *l, size_t limit, struct line *key, struct line *value)
{
	size_t i = indent_of(l) ? indent_of(l) - 1 : l->len, colon;

	if (i + 1 < l->len && l->s[i] == '-' && l->s[i + 1] == ' ')
		i += 2; /* "- key: value" */
	for (colon = i; colon + 1 < l->len; colon++)
		if (l->s[colon] == ':' && l->s[colon + 1] == ' ')
			break;
	if (colon + 1 >= l->len || colon >= limit || colon == i)
		return false;
	*key = (struct line){ l->s + i, colon - i };
	i = colon + 2;
	while (i < l->len && l->s[i] == ' ')
		i++;
	*value = (struct line){ l->s + i, l->len - i };
	for (size_t k = 1; k < value->len; k++)
		if (value->s[k] == '#' && value->s[k - 1] == ' ')
			value->len = k; /* a comment ends the line */
	while (value->len && (value->s[value->len - 1] == ' ' || value->s[value->len - 1] == '\t'))
		value->len--;
	return true;
}

/* "this line is indented more than the line above it (line N): …" */
static void misaligned(const char *data, size_t len, unsigned line, struct plan_buf *out)
{
	struct line here, above;
	unsigned n = line_at(data, len, line, &here)
			 ? line_above(data, ylines_editor_break(data, len), &here, line, &above)
			 : 0;

	if (!n) {
		plan_buf_addstr(out, "this line is not indented as the lines above it");
	} else {
		plan_buf_addf(out, "this line is indented %s than the line above it (line %u)",
			      indent_of(&here) > indent_of(&above) ? "more" : "less", n);
	}
	plan_buf_addstr(out, ": the keys of one mapping, and the items of one list, start "
			     "in the same column");
}

/* "a text with ': ' in it must be quoted: KEY: "VALUE"" */
static bool colon_in_text(const char *data, size_t len, const struct yaml_error *e,
			  struct plan_buf *out, struct plan_pos *at)
{
	struct line l, key, value;

	if (!line_at(data, len, e->pos.line, &l))
		return false;
	if (!key_value(&l, byte_of_column(&l, e->pos.column), &key, &value)) {
		/* the ':' is that of a key on a line that reads as the text above */
		misaligned(data, len, e->pos.line, out);
		*at = (struct plan_pos){ e->pos.line, indent_of(&l) };
		return true;
	}
	plan_buf_addstr(out, "a text with ': ' in it must be quoted: ");
	plan_buf_add(out, key.s, key.len);
	plan_buf_addstr(out, ": ");
	plan_fmt_scalar(out, value.s, value.len, 0); /* quoted, for its ": " */
	*at = e->pos;
	return true;
}

bool yaml_error_explain(const char *data, size_t len, const struct yaml_error *e,
			struct plan_buf *out, struct plan_pos *at)
{
	const char *context = e->context ? e->context : "";
	struct line l;

	if (!e->problem || !data)
		return false;
	if (line_at(data, len, e->pos.line, &l)) {
		const size_t b = byte_of_column(&l, e->pos.column);

		if ((b < l.len && l.s[b] == '\t') || strstr(e->problem, "tab")) {
			plan_buf_addstr(out, "a tab: indent with spaces, not tabs");
			*at = e->pos;
			return true;
		}
	}
	if (strcmp(e->problem, "mapping values are not allowed in this context") == 0)
		return colon_in_text(data, len, e, out, at);
	if (strcmp(e->problem, "did not find expected key") == 0 ||
	    strcmp(e->problem, "did not find expected '-' indicator") == 0) {
		misaligned(data, len, e->pos.line, out);
		*at = e->pos;
		return true;
	}
	if (strcmp(e->problem, "could not find expected ':'") == 0 &&
	    strstr(context, "simple key")) {
		plan_buf_addf(out,
			      "line %u is neither 'key: value' nor '- item': a ':' is missing "
			      "after its key",
			      (unsigned)e->ctx.line);
		*at = e->ctx;
		return true;
	}
	if (strcmp(e->problem, "found unexpected end of stream") == 0 &&
	    strstr(context, "quoted scalar")) {
		plan_buf_addf(out, "the quote opened at line %u is never closed",
			      (unsigned)e->ctx.line);
		*at = e->ctx;
		return true;
	}
	return false;
}
