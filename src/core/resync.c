/* resync.c - a syntax error's item blanked out, for reading the rest of the file. */
#include "resync.h"

#include <string.h>

#include "ycomments.h"

struct line {
	const char *s;
	size_t len; /* without its line break */
};

/* The line that starts at offset at of data (len bytes). */
static struct line line_from(const char *data, size_t len, size_t at)
{
	const char *nl = memchr(data + at, '\n', len - at);

	return (struct line){ data + at, (size_t)((nl ? nl : data + len) - (data + at)) };
}

/* Where the line after l starts, or len. */
static size_t after_line(const char *data, size_t len, struct line l)
{
	const size_t end = (size_t)(l.s - data) + l.len;

	return end < len ? end + 1 : len;
}

/* Where the line before the one starting at at starts (at > 0). */
static size_t line_before(const char *data, size_t at)
{
	size_t i = at - 1; /* the break that ends it */

	while (i > 0 && data[i - 1] != '\n')
		i--;
	return i;
}

/* Its indentation: spaces, and tabs (a mistake, but deeper all the same). */
static size_t indent_of(const struct line *l)
{
	size_t i = 0;

	while (i < l->len && (l->s[i] == ' ' || l->s[i] == '\t'))
		i++;
	return i;
}

/* True for a line with nothing but blanks or a comment. */
static bool is_blank(const struct line *l)
{
	size_t i = indent_of(l);

	while (i < l->len && l->s[i] == '\r')
		i++;
	return i == l->len || l->s[i] == '#';
}

/* True for "- key:" (a mapping item: a task, a section, an entry) after the indentation. */
static bool starts_item(const struct line *l)
{
	size_t i = indent_of(l), k;

	if (i + 1 >= l->len || l->s[i] != '-' || l->s[i + 1] != ' ')
		return false;
	for (i += 2; i < l->len && l->s[i] == ' '; i++)
		;
	for (k = i; k < l->len && ((l->s[k] >= 'a' && l->s[k] <= 'z') || l->s[k] == '_'); k++)
		;
	while (k < l->len && l->s[k] == ' ')
		k++;
	return k > i && k < l->len && l->s[k] == ':';
}

bool yaml_item_find(const char *data, size_t len, uint32_t line, struct yaml_item *out)
{
	size_t at = 0, from, dash;
	uint32_t first = line, last = line;
	struct line l;

	if (line == 0 || len == 0)
		return false;
	for (uint32_t n = 1; n < line; n++) {
		const char *nl = memchr(data + at, '\n', len - at);

		if (!nl || (size_t)(nl - data) + 1 >= len)
			return false;
		at = (size_t)(nl - data) + 1;
	}
	from = at; /* the line the search began at: the item runs at least past it */
	for (l = line_from(data, len, at); !starts_item(&l); l = line_from(data, len, at)) {
		if (at == 0)
			return false;
		at = line_before(data, at);
		first--;
	}
	dash = indent_of(&l);
	if (at != from) {
		/*
		 * The line at fault is in the item only when it is indented deeper
		 * than its "-" (a tab in its indentation counts as deeper).
		 */
		const struct line bad = line_from(data, len, from);
		const size_t indent = indent_of(&bad);

		if (!is_blank(&bad) && indent <= dash && !memchr(bad.s, '\t', indent))
			return false;
	}
	out->start = at;
	for (at = after_line(data, len, line_from(data, len, from)); at < len;
	     at = after_line(data, len, l), last++) {
		l = line_from(data, len, at);
		if (!is_blank(&l) && indent_of(&l) <= dash)
			break;
	}
	out->end = at;
	out->first = first;
	out->last = last;
	return true;
}

/* True for "key:" after the indentation, key a lowercase name. */
static bool starts_key(const struct line *l)
{
	size_t i = indent_of(l), k = i;

	while (k < l->len && ((l->s[k] >= 'a' && l->s[k] <= 'z') || l->s[k] == '_'))
		k++;
	return k > i && k < l->len && l->s[k] == ':';
}

bool yaml_item_ends_cleanly(const char *data, size_t len, const struct yaml_item *it)
{
	const struct line item = line_from(data, len, it->start);
	struct line next;
	size_t indent;

	if (it->end >= len)
		return true;
	next = line_from(data, len, it->end);
	indent = indent_of(&next);
	return indent <= indent_of(&item) && !memchr(next.s, '\t', indent) &&
	       (starts_item(&next) || starts_key(&next));
}

/*
 * True when the only line breaks of s are LF and CR LF: libyaml then reads
 * its lines alone as it reads them in the file (a NEL, LS, PS or lone CR
 * is a line break to libyaml, not to the lines counted here).
 */
static bool plain_breaks(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		const size_t n = ybreak_at(s, len, i);

		if (n && s[i] != '\n' && !(s[i] == '\r' && n == 2))
			return false;
		i += n ? n - 1 : 0;
	}
	return true;
}

bool yaml_item_reads_alone(const char *data, size_t len, const struct yaml_item *it)
{
	return yaml_item_ends_cleanly(data, len, it) &&
	       plain_breaks(data + it->start, it->end - it->start);
}

bool yaml_resync(const char *data, size_t len, uint32_t line, struct plan_buf *out, uint32_t *first,
		 uint32_t *last)
{
	struct yaml_item it;

	if (!yaml_item_find(data, len, line, &it))
		return false;
	plan_buf_reset(out);
	plan_buf_add(out, data, it.start);
	for (size_t i = it.start; i < it.end; i++)
		if (data[i] == '\n')
			plan_buf_addch(out, '\n');
	plan_buf_add(out, data + it.end, len - it.end);
	*first = it.first;
	*last = it.last;
	return true;
}
