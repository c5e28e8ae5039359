/* fmt.c - plan files rewritten in one canonical layout, values and comments kept. */
#include "plan/fmt.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "parse.h"
#include "alloc.h"
#include "text.h"
#include "fmttree.h"
#include "ytree.h"

/* What a mapping or a list holds, for the order of keys. */
enum kind {
	K_OTHER, /* keys in the order written */
	K_ROOT,
	K_SECTION,
	K_TASK,
	K_DELIVERY,
	K_UNIT,
	K_ABBREV,
};

/* What the value of key holds in a mapping of kind; the items, for a list. */
static enum kind child_kind(enum kind kind, const char *key)
{
	if ((kind == K_ROOT || kind == K_SECTION) && strcmp(key, "tasks") == 0)
		return K_TASK;
	if (kind == K_ROOT && strcmp(key, "sections") == 0)
		return K_SECTION;
	if (kind == K_ROOT && strcmp(key, "units") == 0)
		return K_UNIT;
	if (kind == K_ROOT && strcmp(key, "abbreviations") == 0)
		return K_ABBREV;
	if (kind == K_TASK && strcmp(key, "subtasks") == 0)
		return K_TASK;
	if (kind == K_TASK && strcmp(key, "delivered") == 0)
		return K_DELIVERY;
	return K_OTHER;
}

static const struct keyset *keys_of(enum kind kind)
{
	switch (kind) {
	case K_ROOT:
		return &plan_keys;
	case K_SECTION:
		return &section_keys;
	case K_TASK:
		return &task_keys;
	case K_DELIVERY:
		return &delivery_keys;
	case K_UNIT:
		return &unit_keys;
	case K_ABBREV:
		return &abbrev_keys;
	default:
		return NULL;
	}
}

/* -- scalars ------------------------------------------------------------- */

static bool is_digits(const char *s, size_t len)
{
	if (!len)
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/*
 * True when YAML 1.1 or 1.2 would read the plain text as something other
 * than a string: null, a boolean, a number, a date.  plan reads it as text
 * either way; quotes keep it text for every other YAML reader too.
 */
static bool looks_typed(const char *s, size_t len)
{
	static const char *const words[] = {
		"~",     "null", "Null",  "NULL",  "true", "True", "TRUE", "false", "False",
		"FALSE", "yes",  "Yes",   "YES",   "no",   "No",   "NO",   "on",    "On",
		"ON",    "off",  "Off",   "OFF",   "y",    "Y",    "n",    "N",     ".inf",
		".Inf",  ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN",
	};
	size_t i = 0, digits = 0;
	bool dot = false;

	/* the words are five bytes at most; texts mostly longer */
	if (len <= 5 && plan_name_find(words, sizeof(words) / sizeof(words[0]), s, len) >= 0)
		return true;
	/* A number: [-+]digits[.digits][e[-+]digits], 0x.., 0o.., 1_000. */
	if (len && (s[0] == '-' || s[0] == '+'))
		i++;
	if (len - i >= 2 && s[i] == '0' && strchr("xXoObB", s[i + 1]))
		return true;
	for (; i < len; i++) {
		if ((s[i] >= '0' && s[i] <= '9') || s[i] == '_')
			digits += s[i] != '_';
		else if (s[i] == '.' && !dot)
			dot = true;
		else if ((s[i] == 'e' || s[i] == 'E') && digits)
			return true; /* 1e5, 2.5E-3: numbers enough to quote */
		else
			break;
	}
	if (i == len && digits)
		return true;
	/* A date or a time stamp: YYYY-MM-DD... */
	return len >= 10 && is_digits(s, 4) && s[4] == '-' && is_digits(s + 5, 2) && s[7] == '-' &&
	       is_digits(s + 8, 2);
}

/*
 * The escape a double-quoted value needs for the character at s[i], or
 * NULL: U+0085, U+2028 and U+2029 break lines for YAML 1.1 readers (which
 * fold them away unescaped), and a byte order mark is invisible.
 */
static inline const char *unicode_escape(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[i] != 0xC2 && u[i] != 0xE2 && u[i] != 0xEF)
		return NULL;
	if (u[i] == 0xC2 && i + 1 < len && u[i + 1] == 0x85)
		return "\\N";
	if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
	    (u[i + 2] == 0xA8 || u[i + 2] == 0xA9))
		return u[i + 2] == 0xA8 ? "\\L" : "\\P";
	if (u[i] == 0xEF && i + 2 < len && u[i + 1] == 0xBB && u[i + 2] == 0xBF)
		return "\\uFEFF";
	return NULL;
}

/* False when the byte s[i] keeps text from being written plain. */
static inline bool byte_plain(const char *s, size_t len, size_t i)
{
	/* the bytes worth a closer look, with those below 0x20 */
	static const bool look[256] = {
		[':'] = true,  ['#'] = true,  [0x7F] = true,
		[0xC2] = true, [0xE2] = true, [0xEF] = true, /* unicode_escape()'s */
	};
	const unsigned char c = (unsigned char)s[i];

	if (c >= 0x20 && !look[c])
		return true;
	if (c < 0x20 || c == 0x7F)
		return false;
	if (c == ':' && i + 1 < len && s[i + 1] == ' ')
		return false;
	if (c == '#' && s[i - 1] == ' ')
		return false;
	return !unicode_escape(s, len, i);
}

#ifdef __SSE2__
/* True when none of the 16 bytes at s is one byte_plain() looks at closer. */
static inline bool block_plain(const char *s)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i look = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v); /* below 0x20 */

	look = _mm_or_si128(look, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
	look = _mm_or_si128(look, _mm_cmpeq_epi8(v, _mm_set1_epi8(':')));
	look = _mm_or_si128(look, _mm_cmpeq_epi8(v, _mm_set1_epi8('#')));
	look = _mm_or_si128(look, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)));
	look = _mm_or_si128(look, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)));
	look = _mm_or_si128(look, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)));
	return _mm_movemask_epi8(look) == 0;
}
#endif

/* True when text can be written plain and read back as the same text. */
static bool plain_ok(const char *s, size_t len, bool typed)
{
	if (!len || s[0] == ' ' || s[len - 1] == ' ' || strchr("-?:,[]{}#&*!|>'\"%@`", s[0]))
		return false;
	if (s[len - 1] == ':')
		return false;
	/* sixteen bytes at a time, each looked at alone in a block that needs it */
	for (size_t i = 0; i < len;) {
		const size_t block_end = len - i < 16 ? len : i + 16;

#ifdef __SSE2__
		if (block_end - i == 16 && block_plain(s + i)) {
			i = block_end;
			continue;
		}
#endif
		for (; i < block_end; i++)
			if (!byte_plain(s, len, i))
				return false;
	}
	return typed || !looks_typed(s, len);
}

static void quoted(struct plan_buf *out, const char *s, size_t len)
{
	plan_buf_addch(out, '"');
	for (size_t i = 0; i < len; i++) {
		const unsigned char c = (unsigned char)s[i];
		const char *escape = unicode_escape(s, len, i);

		if (escape) {
			plan_buf_addstr(out, escape);
			i += c == 0xC2 ? 1 : 2;
		} else if (c == '"' || c == '\\')
			plan_buf_addf(out, "\\%c", c);
		else if (c == '\n')
			plan_buf_addstr(out, "\\n");
		else if (c == '\t')
			plan_buf_addstr(out, "\\t");
		else if (c < 0x20 || c == 0x7F)
			plan_buf_addf(out, "\\x%02X", c);
		else
			plan_buf_addch(out, c);
	}
	plan_buf_addch(out, '"');
}

static void scalar(struct plan_buf *out, const char *s, size_t len, bool typed)
{
	if (plain_ok(s, len, typed))
		plan_buf_add(out, s, len);
	else
		quoted(out, s, len);
}

void plan_fmt_scalar(struct plan_buf *out, const char *text, size_t len, unsigned flags)
{
	bool flow_special = false;

	for (size_t i = 0; (flags & PLAN_FMT_FLOW) && i < len; i++)
		flow_special |= strchr(",[]{}", text[i]) != NULL;
	if (flow_special)
		quoted(out, text, len);
	else
		scalar(out, text, len, flags & PLAN_FMT_TYPED);
}

/* -- nodes --------------------------------------------------------------- */

/* Fields whose plain values are dates, numbers or booleans by the schema. */
static bool typed_key(enum kind kind, const char *key)
{
	static const char *const root[] = { "issued", "year" };
	static const char *const task[] = { "due", "status", "delivered" };
	const size_t len = strlen(key);

	return (kind == K_ROOT && plan_name_find(root, 2, key, len) >= 0) ||
	       (kind == K_TASK && plan_name_find(task, 3, key, len) >= 0) ||
	       (kind == K_DELIVERY && strcmp(key, "on") == 0) ||
	       (kind == K_UNIT && strcmp(key, "collective") == 0);
}

/* One blank line where the file had some, but none at its start. */
static void blank(struct plan_buf *out, bool wanted)
{
	if (wanted && out->len && out->s[out->len - 1] == '\n' &&
	    (out->len < 2 || out->s[out->len - 2] != '\n'))
		plan_buf_addch(out, '\n');
}

/* A node's comments, then the blank line before its own line. */
static void comments(struct plan_buf *out, const struct ynode *n, size_t indent)
{
	for (size_t i = 0; i < ynode_n_before(n); i++) {
		const struct ycomment *c = ynode_before(n, i);

		blank(out, c->blank_before);
		plan_buf_addchars(out, ' ', indent);
		plan_buf_add(out, c->text, c->len);
		plan_buf_addch(out, '\n');
	}
	blank(out, n->blank_before);
}

static void end_line(struct plan_buf *out, const struct ycomment *after)
{
	if (after) {
		plan_buf_addch(out, ' ');
		plan_buf_add(out, after->text, after->len);
	}
	plan_buf_addch(out, '\n');
}

/*
 * Where a layout goes: to out whole, or, when it is compared with the
 * file's own bytes as it goes (fmt_tree_unless_same()), by parts: each
 * part that matches the file is dropped, so that a canonical file of 70
 * MB is checked in a buffer of one, not written out a second time.
 */
struct layout {
	struct plan_buf *out;
	const char *same_as; /* the bytes to compare with, or NULL */
	size_t same_len;
	size_t matched; /* of same_as: bytes matched, and dropped from out */
	bool differs;
};

/* The layout is compared, and dropped, once it holds this much. */
enum { COMPARE_AT = 1 << 20 };

/*
 * Compares what out holds with the file's bytes that follow those
 * matched, and drops it when they are the same; keeps the last two
 * bytes, which blank() looks back at.
 */
static void compare_so_far(struct layout *l)
{
	struct plan_buf *out = l->out;
	size_t n;

	if (!l->same_as || l->differs || out->len < COMPARE_AT)
		return;
	n = out->len - 2;
	if (n > l->same_len - l->matched || memcmp(out->s, l->same_as + l->matched, n) != 0) {
		l->differs = true;
		return;
	}
	l->matched += n;
	memmove(out->s, out->s + n, 2);
	plan_buf_truncate(out, 2);
}

/* No dash: the mapping is a value, not a list item. */
#define NO_DASH ((size_t)-1)

static void write_map(struct layout *l, const struct ynode *map, enum kind kind, size_t indent,
		      size_t dash, const struct ycomment *dash_after);

static void write_item(struct layout *l, const struct ynode *item, enum kind kind, size_t indent,
		       bool typed);

/*
 * Writes what follows "key:" (or "-"): the value, on this line or the next
 * ones.  A comment after the key and another after the value both stay:
 * the key's ends its line, and the value's ends the value's own line (a
 * scalar or an empty list written on the next line) or comes first inside
 * it (a list or mapping).
 */
static void write_value(struct layout *l, const struct ynode *v, const struct ynode *key,
			enum kind kind, size_t indent, bool typed, const struct ycomment *extra)
{
	struct plan_buf *out = l->out;
	const struct ycomment *v_after = ynode_after(v);
	const struct ycomment *key_after = key && ynode_after(key) ? ynode_after(key) : extra;
	const bool both = key_after && v_after && key_after != v_after;

	if (both) {
		end_line(out, key_after);
		if (v->kind == YNODE_SCALAR || v->n == 0) {
			plan_buf_addchars(out, ' ', indent + 2);
			if (v->kind == YNODE_SCALAR)
				scalar(out, v->text, v->len, typed);
			else
				plan_buf_addstr(out, v->kind == YNODE_SEQ ? "[]" : "{}");
			end_line(out, v_after);
			return;
		}
		plan_buf_addchars(out, ' ', indent + 2);
		plan_buf_add(out, v_after->text, v_after->len);
		plan_buf_addch(out, '\n');
		key_after = NULL;
	} else if (v_after) {
		key_after = v_after;
	}
	if (v->kind == YNODE_SCALAR) {
		if (!v->null) { /* a null is written as nothing after its key or dash */
			plan_buf_addch(out, ' ');
			scalar(out, v->text, v->len, typed);
		}
		end_line(out, key_after);
	} else if (v->n == 0) {
		plan_buf_addstr(out, v->kind == YNODE_SEQ ? " []" : " {}");
		end_line(out, key_after);
	} else if (v->kind == YNODE_SEQ) {
		if (!both)
			end_line(
			    out,
			    key_after); /* the comment that ended a [a, b] ends the key's line */
		for (size_t i = 0; i < v->n; i++)
			write_item(l, v->kids[i], kind, indent + 2, typed);
	} else {
		if (!both)
			end_line(out, key_after);
		write_map(l, v, kind, indent + 2, NO_DASH, NULL);
	}
}

/* Writes a list item; typed: a scalar item is a date (due, delivered). */
static void write_item(struct layout *l, const struct ynode *item, enum kind kind, size_t indent,
		       bool typed)
{
	struct plan_buf *out = l->out;

	compare_so_far(l);
	comments(out, item, indent);
	if (item->kind == YNODE_MAP && item->n) {
		/* The comment that ended {k: v} ends the dash's line. */
		write_map(l, item, kind, indent + 2, indent, ynode_after(item));
		return;
	}
	plan_buf_addchars(out, ' ', indent);
	plan_buf_addch(out, '-');
	write_value(l, item, NULL, K_OTHER, indent, typed, NULL);
}

/*
 * The order to write a mapping's entries in: by the kind's keys, others
 * after, each key's entries (and the others) in the order written.  Each
 * key is looked up once, and the entries counted into place.
 */
static void entry_order(const struct ynode *map, enum kind kind, size_t *order)
{
	const struct keyset *keys = keys_of(kind);
	const unsigned n_keys = keys ? keys->n : 0; /* the others' rank */
	size_t start[KEYSET_MAX + 1] = { 0 };
	unsigned char *rank = plan_xcalloc(map->n / 2 + 1, 1);

	for (size_t e = 0; e < map->n / 2; e++) {
		const int k = keys ? keyset_find(keys, map->kids[2 * e]->text) : -1;

		rank[e] = (unsigned char)(k < 0 ? n_keys : (unsigned)k);
		start[rank[e]]++;
	}
	for (unsigned k = 0, at = 0; k <= n_keys; k++) {
		const size_t count = start[k];

		start[k] = at;
		at += (unsigned)count;
	}
	for (size_t e = 0; e < map->n / 2; e++)
		order[start[rank[e]]++] = 2 * e;
	free(rank);
}

/*
 * Writes a mapping's entries at indent.  As a list item (dash is the
 * dash's indentation), its first entry follows the dash, its comments
 * before the dash's line.
 */
static void write_map(struct layout *l, const struct ynode *map, enum kind kind, size_t indent,
		      size_t dash, const struct ycomment *dash_after)
{
	struct plan_buf *out = l->out;
	size_t *order = plan_xcalloc(map->n / 2 + 1, sizeof(*order));

	entry_order(map, kind, order);
	for (size_t e = 0; e < map->n / 2; e++) {
		const struct ynode *key = map->kids[order[e]], *value = map->kids[order[e] + 1];

		const struct ycomment *extra = NULL;

		if (dash != NO_DASH && e == 0) {
			comments(out, key, dash);
			/* The dash's line has room for one comment at its end; else before it. */
			if (dash_after && (ynode_after(key) || ynode_after(value))) {
				plan_buf_addchars(out, ' ', dash);
				plan_buf_add(out, dash_after->text, dash_after->len);
				plan_buf_addch(out, '\n');
			} else {
				extra = dash_after;
			}
			plan_buf_addchars(out, ' ', dash);
			plan_buf_addstr(out, "- ");
		} else {
			comments(out, key, indent);
			plan_buf_addchars(out, ' ', indent);
		}
		/* Keys are the schema's words: "on" stays on, whatever YAML 1.1 thought. */
		scalar(out, key->text, key->len, true);
		plan_buf_addch(out, ':');
		write_value(l, value, key, child_kind(kind, key->text), indent,
			    typed_key(kind, key->text), extra);
	}
	free(order);
}

/* The kind of a file: a unit registry's root is written like a plan's. */
static void format(const struct ytree *t, struct layout *l)
{
	struct plan_buf *out = l->out;
	const struct ynode *root = t->root;

	for (size_t i = 0; i < t->n_head; i++) {
		blank(out, t->head[i]->blank_before);
		plan_buf_add(out, t->head[i]->text, t->head[i]->len);
		plan_buf_addch(out, '\n');
	}
	if (root->kind == YNODE_MAP && root->n)
		write_map(l, root, K_ROOT, 0, NO_DASH, NULL);
	else if (root->kind == YNODE_SEQ && root->n)
		for (size_t i = 0; i < root->n; i++)
			write_item(l, root->kids[i], K_OTHER, 0, false);
	else
		write_value(l, root, NULL, K_OTHER, 0, false, NULL);
	for (size_t i = 0; i < t->n_tail; i++) {
		blank(out, t->tail[i]->blank_before);
		plan_buf_add(out, t->tail[i]->text, t->tail[i]->len);
		plan_buf_addch(out, '\n');
	}
}

static void list_comments(const struct ytree *t, struct plan_buf *out)
{
	for (size_t i = 0; i < t->n_comments; i++) {
		plan_buf_add(out, t->comments[i].text, t->comments[i].len);
		plan_buf_addch(out, '\n');
	}
}

void fmt_tree(const struct ytree *t, struct plan_buf *out, struct plan_buf *comments)
{
	struct layout l = { .out = out };

	plan_buf_reserve(out, t->len + t->len / 16); /* about the size it was: grown once */
	format(t, &l);
	if (comments)
		list_comments(t, comments);
}

bool fmt_tree_unless_same(const struct ytree *t, struct plan_buf *out, struct plan_buf *comments)
{
	struct layout l = { .out = out, .same_as = t->data, .same_len = t->len };
	struct plan_buf whole = PLAN_BUF_INIT;

	plan_buf_reset(out);
	format(t, &l);
	if (comments)
		list_comments(t, comments);
	if (!l.differs && out->len == t->len - l.matched &&
	    memcmp(out->s, t->data + l.matched, out->len) == 0) {
		plan_buf_reset(out);
		return true;
	}
	if (!l.matched)
		return false;
	/* what was dropped is the file's own bytes: they go back in front */
	plan_buf_reserve(&whole, l.matched + out->len);
	plan_buf_add(&whole, t->data, l.matched);
	plan_buf_add(&whole, out->s, out->len);
	plan_buf_release(out);
	*out = whole;
	return false;
}

int plan_fmt(const char *name, const char *data, size_t len, struct plan_buf *out,
	     struct plan_buf *comments)
{
	struct ytree *t = ytree_read(name, data, len);

	if (!t)
		return -1;
	fmt_tree(t, out, comments);
	ytree_free(t);
	return 0;
}

int plan_fmt_comments(const char *name, const char *data, size_t len, struct plan_buf *out)
{
	struct ytree *t = ytree_read(name, data, len);

	if (!t)
		return -1;
	list_comments(t, out);
	ytree_free(t);
	return 0;
}
