/* json.c - an indenting JSON writer. */
#include "json.h"

#include <string.h>

#include "text.h"

void plan_json_init(struct plan_json *j, struct plan_buf *out)
{
	memset(j, 0, sizeof(*j));
	j->out = out;
}

void plan_json_init_compact(struct plan_json *j, struct plan_buf *out)
{
	plan_json_init(j, out);
	j->compact = true;
}

static void newline(struct plan_json *j)
{
	if (j->compact)
		return;
	plan_buf_addch(j->out, '\n');
	plan_buf_addchars(j->out, ' ', 2 * (size_t)j->depth);
}

/* Writes what separates a value from the one before it. */
static void before_value(struct plan_json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (!j->depth)
		return;
	if (j->filled[j->depth])
		plan_buf_addch(j->out, ',');
	j->filled[j->depth] = true;
	newline(j);
}

static void open_container(struct plan_json *j, char c)
{
	before_value(j);
	plan_buf_addch(j->out, c);
	if (j->depth + 1 < PLAN_JSON_MAX_DEPTH)
		j->depth++;
	j->filled[j->depth] = false;
}

static void close_container(struct plan_json *j, char c)
{
	const bool filled = j->filled[j->depth];

	if (j->depth)
		j->depth--;
	if (filled)
		newline(j);
	plan_buf_addch(j->out, c);
}

void plan_json_begin_object(struct plan_json *j)
{
	open_container(j, '{');
}

void plan_json_end_object(struct plan_json *j)
{
	close_container(j, '}');
}

void plan_json_begin_array(struct plan_json *j)
{
	open_container(j, '[');
}

void plan_json_end_array(struct plan_json *j)
{
	close_container(j, ']');
}

static void put_string(struct plan_buf *out, const char *s, size_t len)
{
	size_t i = 0, n;
	int32_t cp;

	plan_buf_addch(out, '"');
	while (i < len) {
		n = plan_utf8_next(s + i, len - i, &cp);
		switch (cp) {
		case '"':
			plan_buf_addstr(out, "\\\"");
			break;
		case '\\':
			plan_buf_addstr(out, "\\\\");
			break;
		case '\n':
			plan_buf_addstr(out, "\\n");
			break;
		case '\t':
			plan_buf_addstr(out, "\\t");
			break;
		case '\r':
			plan_buf_addstr(out, "\\r");
			break;
		default:
			if (cp < 0)
				plan_buf_addstr(out, "\\ufffd");
			else if (cp < 0x20 || cp == 0x7F)
				plan_buf_addf(out, "\\u%04x", (unsigned)cp);
			else
				plan_buf_add(out, s + i, n);
		}
		i += n;
	}
	plan_buf_addch(out, '"');
}

void plan_json_key(struct plan_json *j, const char *key)
{
	before_value(j);
	put_string(j->out, key, strlen(key));
	plan_buf_addstr(j->out, j->compact ? ":" : ": ");
	j->after_key = true;
}

void plan_json_string(struct plan_json *j, const char *s, size_t len)
{
	before_value(j);
	put_string(j->out, s, len);
}

void plan_json_str(struct plan_json *j, const char *s)
{
	if (s)
		plan_json_string(j, s, strlen(s));
	else
		plan_json_null(j);
}

void plan_json_null(struct plan_json *j)
{
	before_value(j);
	plan_buf_addstr(j->out, "null");
}

void plan_json_int(struct plan_json *j, long long v)
{
	before_value(j);
	plan_buf_addf(j->out, "%lld", v);
}

void plan_json_bool(struct plan_json *j, bool v)
{
	before_value(j);
	plan_buf_addstr(j->out, v ? "true" : "false");
}

void plan_json_finish(struct plan_json *j)
{
	plan_buf_addch(j->out, '\n');
}
