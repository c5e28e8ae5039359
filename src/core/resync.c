/* resync.c - a syntax error's item blanked out, for reading the rest of the file. */
#include "resync.h"

#include <stdlib.h>
#include <string.h>

#include "plan/alloc.h"

struct line {
	const char *s;
	size_t len; /* without its line break */
};

/* The lines of data; a final line break starts no line. */
static struct line *lines_of(const char *data, size_t len, size_t *n)
{
	struct line *v = NULL;
	size_t cap = 0;
	const char *s = data, *end = data + len;

	*n = 0;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *stop = nl ? nl : end;

		PLAN_GROW(v, cap, *n + 1);
		v[(*n)++] = (struct line){ s, (size_t)(stop - s) };
		s = nl ? nl + 1 : end;
	}
	return v;
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

bool yaml_resync(const char *data, size_t len, uint32_t line, struct plan_buf *out, uint32_t *first,
		 uint32_t *last)
{
	size_t n, start, end, dash;
	struct line *v = lines_of(data, len, &n);
	bool found = false;

	/* Lines as an index from 0: the item's line is start, the first line after it end. */
	start = line >= 1 && line <= n ? line - 1 : n;
	while (start < n && !starts_item(&v[start]))
		start = start ? start - 1 : n;
	if (start < n) {
		dash = indent_of(&v[start]);
		for (end = (line - 1 > start ? line - 1 : start) + 1; end < n; end++)
			if (!is_blank(&v[end]) && indent_of(&v[end]) <= dash)
				break;
		plan_buf_reset(out);
		for (size_t i = 0; i < n; i++) {
			if (i < start || i >= end)
				plan_buf_add(out, v[i].s, v[i].len);
			if (v[i].s + v[i].len < data + len)
				plan_buf_addch(out, '\n');
		}
		*first = (uint32_t)start + 1;
		*last = (uint32_t)end;
		found = true;
	}
	free(v);
	return found;
}
