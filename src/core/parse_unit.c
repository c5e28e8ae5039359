/* parse_unit.c - plan file schema: the entries and abbreviations of a unit registry. */
#include "parse_unit.h"

#include <string.h>
#include <utf8proc.h>

#include "text.h"

enum unit_key { U_NAME, U_ALIASES, U_PARENT, U_COLLECTIVE, U_COUNT };
static const char *const unit_names[U_COUNT] = { "name", "aliases", "parent", "collective" };
const struct keyset unit_keys = { "unit", unit_names, U_COUNT };
_Static_assert(U_COUNT <= KEYSET_MAX, "a key more than struct seen has bits for");

static bool parse_unit(struct parser *p, const char *key, void *item)
{
	struct plan_unit *u = item;
	struct seen seen = { 0 };
	struct plan_pos at;
	int k;

	if (!parse_item_map(p, key, &u->pos))
		return false;
	while ((k = parse_key(p, &unit_keys, &seen, &at)) >= 0) {
		switch (k) {
		case U_NAME:
			parse_text(p, "name", true, &u->name);
			break;
		case U_ALIASES:
			parse_texts(p, "aliases", &u->aliases);
			break;
		case U_PARENT:
			parse_text(p, "parent", true, &u->parent);
			break;
		case U_COLLECTIVE:
			parse_bool(p, "collective", &u->collective);
			break;
		}
	}
	parse_require(p, &unit_keys, &seen, U_NAME, u->pos);
	return u->name.s != NULL;
}

void parse_units(struct parser *p, const struct plan_unit **units, size_t *n)
{
	const void *v;

	if (parse_list(p, "units", "a list of units", sizeof(struct plan_unit), parse_unit, &v, n))
		*units = v;
}

enum abbrev_key { A_SHORT, A_LONG, A_COUNT };
static const char *const abbrev_names[A_COUNT] = { "short", "long" };
const struct keyset abbrev_keys = { "abbreviation", abbrev_names, A_COUNT };
_Static_assert(A_COUNT <= KEYSET_MAX, "a key more than struct seen has bits for");

/* A short form is one word of letters: "TW", "TƯ", "TTr". */
static void check_short(struct parser *p, const struct plan_text *t)
{
	struct plan_buf q = PLAN_BUF_INIT;
	size_t i = 0;

	while (i < t->len) {
		int32_t cp;
		const size_t n = plan_utf8_next(t->s + i, t->len - i, &cp);

		const utf8proc_category_t c = cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category(cp);

		/* letters and marks */
		if (!(c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME)) {
			plan_quote(&q, t->s, t->len, 40);
			yev_report(p->r, PLAN_ERROR, t->pos, "bad-abbreviation",
				   "abbreviation %s must be one word of letters", q.s);
			break;
		}
		i += n;
	}
	plan_buf_release(&q);
}

static bool parse_abbrev(struct parser *p, const char *key, void *item)
{
	struct plan_abbrev *a = item;
	struct seen seen = { 0 };
	struct plan_pos at;
	int k;

	if (!parse_item_map(p, key, &a->pos))
		return false;
	while ((k = parse_key(p, &abbrev_keys, &seen, &at)) >= 0) {
		if (k == A_SHORT && parse_text(p, "short", true, &a->shorter))
			check_short(p, &a->shorter);
		else if (k == A_LONG)
			parse_text(p, "long", true, &a->longer);
	}
	parse_require(p, &abbrev_keys, &seen, A_SHORT, a->pos);
	parse_require(p, &abbrev_keys, &seen, A_LONG, a->pos);
	return a->shorter.s && a->longer.s;
}

void parse_abbrevs(struct parser *p, const struct plan_abbrev **abbrevs, size_t *n)
{
	const void *v;

	if (parse_list(p, "abbreviations", "a list of abbreviations", sizeof(struct plan_abbrev),
		       parse_abbrev, &v, n))
		*abbrevs = v;
}
