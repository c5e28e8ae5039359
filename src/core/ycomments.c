/*
 * ycomments.c - how many comments a YAML text holds, found apart from the
 * code that keeps them (ytree.c): from libyaml's own tokens, every '#'
 * between two tokens starts a comment that runs to the end of its line, a
 * line ending where libyaml ends one (LF, CR, NEL, LS or PS).  fmt and edit
 * count before and after, so that a comment the other code misses cannot
 * be lost without a word.
 */
#include "ycomments.h"

#include <stdbool.h>
#include <string.h>
#include <yaml.h>

#include "ylines.h"

/* The comments in the bytes [from, to) between two tokens. */
static size_t in_gap(const char *s, size_t len, size_t from, size_t to)
{
	size_t n = 0;

	for (size_t i = from; i < to && i < len; i++) {
		if (s[i] != '#')
			continue;
		n++;
		while (i < to && !ybreak_at(s, len, i))
			i++;
	}
	return n;
}

/*
 * A block scalar's token runs from its indicator to the end of its text,
 * over the comment that may end the indicator's line: 1 if one does.
 */
static size_t in_block_header(const char *s, size_t len, size_t from, size_t to)
{
	size_t i = from;

	/* as libyaml reads it: "|" or ">", its indicators, blanks, then a "#" - "|#" too */
	while (i < to && i < len && s[i] && (strchr("|>+-", s[i]) || (s[i] >= '0' && s[i] <= '9')))
		i++;
	while (i < to && i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i < to && i < len && s[i] == '#';
}

/* A walk from characters, which libyaml's marks count, to bytes. */
struct cursor {
	const char *s;
	size_t len, chars, bytes;
};

static size_t byte_at(struct cursor *c, size_t chars, size_t bom)
{
	if (chars < c->chars) {
		c->chars = 0; /* a mark behind the last one: walk again from the start */
		c->bytes = bom;
	}
	while (c->chars < chars && c->bytes < c->len) {
		const unsigned char b = (unsigned char)c->s[c->bytes];
		size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;

		c->bytes += n < c->len - c->bytes ? n : c->len - c->bytes;
		c->chars++;
	}
	return c->bytes;
}

bool ybreak_before(const char *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;

	return (i >= 1 && (u[i - 1] == '\n' || u[i - 1] == '\r')) ||
	       (i >= 2 && u[i - 2] == 0xC2 && u[i - 1] == 0x85) ||
	       (i >= 3 && u[i - 3] == 0xE2 && u[i - 2] == 0x80 &&
		(u[i - 1] == 0xA8 || u[i - 1] == 0xA9));
}

size_t ycomment_count(const char *data, size_t len)
{
	yaml_parser_t parser;
	yaml_token_t token;
	/* libyaml reads past a byte order mark, and counts from after it */
	const size_t bom = ylines_bom(data, len);
	struct cursor at = { data, len, 0, bom };
	size_t n = 0, after = bom; /* the byte the last token ended at */
	bool done = false;

	if (!yaml_parser_initialize(&parser))
		return SIZE_MAX;
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
	while (!done) {
		if (!yaml_parser_scan(&parser, &token)) {
			n = SIZE_MAX;
			break;
		}
		done = token.type == YAML_STREAM_END_TOKEN || token.type == YAML_NO_TOKEN;
		{
			const size_t start = done ? len : byte_at(&at, token.start_mark.index, bom);
			const size_t end = done ? len : byte_at(&at, token.end_mark.index, bom);

			if (start >= after)
				n += in_gap(data, len, after, start);
			if (token.type == YAML_SCALAR_TOKEN &&
			    (token.data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
			     token.data.scalar.style == YAML_FOLDED_SCALAR_STYLE))
				n += in_block_header(data, len, start, end);
			if (end > after)
				after = end;
		}
		yaml_token_delete(&token);
	}
	yaml_parser_delete(&parser);
	return n;
}
