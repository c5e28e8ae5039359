/* parse_value.c - plan file schema, bottom layer: keys, values and lists of any mapping. */
#include "parse_value.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "arena.h"
#include "alloc.h"
#include "suggest.h"
#include "text.h"

void parse_next(struct parser *p)
{
	yev_next(p->r, &p->ev);
}

void parse_skip(struct parser *p)
{
	unsigned depth = 0;

	for (;;) {
		switch (p->ev.type) {
		case YEV_MAP:
		case YEV_SEQ:
			depth++;
			break;
		case YEV_MAP_END:
		case YEV_SEQ_END:
			depth--;
			break;
		case YEV_END:
			return;
		default:
			break;
		}
		if (!depth)
			return;
		parse_next(p);
	}
}

int keyset_find(const struct keyset *keys, const char *name)
{
	for (unsigned i = 0; i < keys->n; i++)
		if (keys->names[i][0] == name[0] && strcmp(keys->names[i], name) == 0)
			return (int)i;
	return -1;
}

static void unknown_key(struct parser *p, const struct keyset *keys, const struct yev *key)
{
	struct plan_buf q = PLAN_BUF_INIT;
	const char *hint = plan_suggest(key->text, keys->names, keys->n);

	plan_quote(&q, key->text, key->len, 40);
	if (hint)
		yev_report(p->r, PLAN_ERROR, key->pos, "unknown-key",
			   "unknown key %s in %s; did you mean '%s'?", q.s, keys->what, hint);
	else
		yev_report(p->r, PLAN_ERROR, key->pos, "unknown-key", "unknown key %s in %s", q.s,
			   keys->what);
	plan_buf_release(&q);
}

int parse_key(struct parser *p, const struct keyset *keys, struct seen *seen,
	      struct plan_pos *key_pos)
{
	for (;;) {
		struct yev key;
		int i;

		parse_next(p);
		if (p->ev.type == YEV_MAP_END || p->ev.type == YEV_END)
			return -1;
		key = p->ev;
		if (key.type != YEV_SCALAR) {
			if (key.type != YEV_BAD)
				yev_report(p->r, PLAN_ERROR, key.pos, "wrong-type",
					   "a key must be a string, not %s", yev_kind(&key));
			parse_skip(p);
			parse_next(p);
			parse_skip(p);
			continue;
		}
		parse_next(p);
		i = keyset_find(keys, key.text);
		if (i < 0) {
			unknown_key(p, keys, &key);
		} else if (seen->mask & (UINT32_C(1) << i)) {
			yev_report(p->r, PLAN_ERROR, key.pos, "duplicate-key",
				   "duplicate key '%s' in %s (first at line %u)", keys->names[i],
				   keys->what, (unsigned)seen->at[i].line);
		} else {
			seen->mask |= UINT32_C(1) << i;
			seen->at[i] = key.pos;
			*key_pos = key.pos;
			return i;
		}
		parse_skip(p);
	}
}

void parse_require(struct parser *p, const struct keyset *keys, const struct seen *seen,
		   unsigned key, struct plan_pos pos)
{
	if (!(seen->mask & (UINT32_C(1) << key)))
		yev_report(p->r, PLAN_ERROR, pos, "missing-key", "missing required key '%s' in %s",
			   keys->names[key], keys->what);
}

bool parse_item_map(struct parser *p, const char *key, struct plan_pos *pos)
{
	if (p->ev.type != YEV_MAP) {
		parse_wrong_type(p, key, "a list of mappings");
		return false;
	}
	*pos = p->ev.pos;
	return true;
}

void parse_wrong_type(struct parser *p, const char *key, const char *expected)
{
	if (p->ev.type != YEV_BAD)
		yev_report(p->r, PLAN_ERROR, p->ev.pos, "wrong-type", "'%s' must be %s, not %s",
			   key, expected, yev_kind(&p->ev));
	parse_skip(p);
}

static bool read_text(struct parser *p, const char *key, bool required, bool shared,
		      struct plan_text *out)
{
	if (p->ev.type != YEV_SCALAR) {
		parse_wrong_type(p, key, "a string");
		return false;
	}
	if (yev_is_null(&p->ev) || (required && p->ev.len == 0)) {
		if (required)
			yev_report(p->r, PLAN_ERROR, p->ev.pos, "empty-value",
				   "'%s' must not be empty", key);
		return false;
	}
	out->s =
	    shared && p->shared ? yev_keep_shared(p->r, &p->ev, p->shared) : yev_keep(p->r, &p->ev);
	out->len = p->ev.len;
	out->pos = p->ev.pos;
	return true;
}

bool parse_text(struct parser *p, const char *key, bool required, struct plan_text *out)
{
	return read_text(p, key, required, false, out);
}

bool parse_shared_text(struct parser *p, const char *key, bool required, struct plan_text *out)
{
	return read_text(p, key, required, true, out);
}

bool parse_list(struct parser *p, const char *key, const char *expected, size_t size,
		parse_item_fn *read_item, const void **items, size_t *n)
{
	unsigned char *v = NULL, *item = plan_xmalloc(size);
	size_t cap = 0, count = 0;

	if (yev_is_null(&p->ev) || p->ev.type != YEV_SEQ) {
		if (!yev_is_null(&p->ev))
			parse_wrong_type(p, key, expected);
		free(item);
		return false;
	}
	for (parse_next(p); p->ev.type != YEV_SEQ_END && p->ev.type != YEV_END; parse_next(p)) {
		memset(item, 0, size);
		if (!read_item(p, key, item))
			continue;
		plan_grow(&v, &cap, count + 1, size);
		memcpy(v + count * size, item, size);
		count++;
	}
	/* Short lists are copied into the arena; long ones stay, trimmed. */
	if (count * size <= 4096) {
		*items = arena_memdup(p->arena, v, count, size);
		free(v);
	} else {
		*items = arena_adopt(p->arena, plan_xrealloc(v, count * size));
	}
	*n = count;
	free(item);
	return true;
}

static bool read_text_item(struct parser *p, const char *key, void *item)
{
	if (p->ev.type != YEV_SCALAR) {
		parse_wrong_type(p, key, "a list of strings");
		return false;
	}
	return parse_shared_text(p, key, true, item);
}

void parse_texts(struct parser *p, const char *key, struct plan_texts *out)
{
	const void *items;
	struct plan_pos at = p->ev.pos;

	if (p->ev.type == YEV_SCALAR && !yev_is_null(&p->ev)) {
		yev_report(p->r, PLAN_ERROR, p->ev.pos, "wrong-type",
			   "'%s' must be a list, not a string; write each item on its own "
			   "line starting with '- '",
			   key);
		return;
	}
	if (!parse_list(p, key, "a list", sizeof(struct plan_text), read_text_item, &items,
			&out->n))
		return;
	out->v = items;
	out->present = true;
	out->pos = at;
}

bool parse_date(struct parser *p, const char *key, plan_date *out)
{
	struct plan_buf q = PLAN_BUF_INIT;
	struct plan_text t = { 0 };
	char why[PLAN_DATE_REASON_LEN];

	if (!parse_text(p, key, true, &t))
		return false;
	switch (plan_date_parse(t.s, t.len, out)) {
	case PLAN_DATE_OK:
		return true;
	case PLAN_DATE_SYNTAX:
		plan_quote(&q, t.s, t.len, 40);
		yev_report(p->r, PLAN_ERROR, t.pos, "bad-date",
			   "invalid date %s in '%s'; expected YYYY-MM-DD", q.s, key);
		break;
	case PLAN_DATE_RANGE:
		plan_quote(&q, t.s, t.len, 40);
		yev_report(p->r, PLAN_ERROR, t.pos, "bad-date", "invalid date %s in '%s'; %s", q.s,
			   key, plan_date_range_reason(t.s, t.len, why));
		break;
	}
	plan_buf_release(&q);
	return false;
}

bool parse_bool(struct parser *p, const char *key, bool *out)
{
	static const char *const yes[] = { "true", "True", "TRUE" };
	static const char *const no[] = { "false", "False", "FALSE" };

	if (p->ev.type == YEV_SCALAR && p->ev.plain) {
		for (size_t i = 0; i < 3; i++) {
			if (strcmp(p->ev.text, yes[i]) == 0 || strcmp(p->ev.text, no[i]) == 0) {
				*out = strcmp(p->ev.text, yes[i]) == 0;
				return true;
			}
		}
	}
	parse_wrong_type(p, key, "true or false");
	return false;
}

/* Whether cp is a letter or a digit of any script ("a", "đ", "7"), or a mark on one. */
static bool id_char(int32_t cp, bool *mark)
{
	if (cp < 0)
		return false;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_ND:
		*mark = false;
		return true;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
		*mark = true;
		return true;
	default:
		return false;
	}
}

/* Letters and digits ("28", "II", "2.đ"), with '.', '-' or '_' between them. */
static bool valid_id(const char *s, size_t len)
{
	bool after_sep = true; /* at the start, as after a separator */

	for (size_t i = 0; i < len;) {
		int32_t cp;
		bool mark;
		const size_t n = plan_utf8_next(s + i, len - i, &cp);

		if (cp == '.' || cp == '-' || cp == '_') {
			if (after_sep)
				return false;
			after_sep = true;
		} else if (id_char(cp, &mark) && !(mark && after_sep)) {
			after_sep = false;
		} else {
			return false;
		}
		i += n;
	}
	return len > 0 && !after_sep;
}

bool parse_id(struct parser *p, const char *what, struct plan_text *out)
{
	struct plan_buf q = PLAN_BUF_INIT;

	if (!parse_text(p, "id", true, out))
		return false;
	if (valid_id(out->s, out->len))
		return true;
	plan_quote(&q, out->s, out->len, 40);
	yev_report(p->r, PLAN_ERROR, out->pos, "bad-id",
		   "invalid %s id %s; use letters, digits, and '.', '-' or '_' between them", what,
		   q.s);
	plan_buf_release(&q);
	return true;
}
