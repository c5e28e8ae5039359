/* parse_unit.c - plan file schema: the entries of a unit registry. */
#include "parse.h"

#include <string.h>

enum unit_key { U_NAME, U_ALIASES, U_PARENT, U_COLLECTIVE, U_COUNT };
static const char *const unit_names[U_COUNT] = { "name", "aliases", "parent", "collective" };
const struct keyset unit_keys = { "unit", unit_names, U_COUNT };

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
