/*
 * unit_index.h - the index of units, shared by unit_index.c (building it,
 * resolving the names plans write) and unit_lookup.c (what clerks type);
 * private to the core.
 */
#ifndef PLAN_UNIT_INDEX_H
#define PLAN_UNIT_INDEX_H

#include "arena.h"
#include "plan/unit.h"
#include "unit_match.h"

/*
 * How a name stands for a unit, best first (unit_match.h): its name or an
 * alias, exactly (found through the keys); the same words but "Các",
 * "Việt Nam" or "và"; abbreviated with its unit-type words ("Cục CNTT",
 * "BTNMT", "UBND tỉnh Quảng Ninh"); without them ("CNTT", "TNMT").
 */
enum tier {
	TIER_NAME = UNIT_TIER_NAME,
	TIER_VARIANT = UNIT_TIER_VARIANT,
	TIER_ACRONYM = UNIT_TIER_ACRONYM,
	TIER_INITIALS = UNIT_TIER_INITIALS,
	N_TIERS
};

struct key {
	const char *text; /* folded */
	size_t unit;
	enum tier tier;
};

/* The words of a unit's name and of each alias, to match abbreviations against. */
struct spellings {
	struct unit_words *v;
	enum tier *floor; /* a shorter way of writing a name matches at best as a variant */
	size_t n;
	/*
	 * Its name without its unit-type words names another unit: "Văn phòng
	 * Ủy ban nhân dân thành phố Cần Thơ" is not "UBND TP Cần Thơ".
	 */
	bool needs_type;
};

struct named {
	const struct plan_text *name;
	size_t unit;
};

struct scoped {
	const struct plan *plan;
	const char *scope;     /* plan_unit_scope() */
	const char *scope_key; /* folded; "" for none */
	const char *place;     /* the place the scope's name ends with, folded; "" for none */
};

struct plan_unit_index {
	const struct plan_set *set;
	struct arena *arena;
	struct plan_unit_ref **units;
	const char **name_keys;   /* folded name of each unit */
	const char **parent_keys; /* folded parent of each unit; "" for none */
	const char **places;      /* the place each unit's name ends with (unit_words_locality()) */
	size_t cap_places;
	size_t n_units, cap_units, cap_names_keys, cap_parents;
	struct key *keys;
	size_t n_keys, cap_keys;
	struct named *names; /* sorted by address */
	size_t n_names, cap_names;
	struct scoped *plans; /* sorted by address */
	size_t n_plans;
	struct spellings *words; /* words[u]: unit u's spellings, cut into words */
	size_t cap_words;
	struct unit_abbrevs table; /* the registries' abbreviations */
};

/* The keys equal to text (folded): [*first, *first + count). */
size_t unit_index_keys(const struct plan_unit_index *idx, const char *text, size_t *first);

/*
 * Sets tiers[u], for each unit u below limit, to the best tier at which
 * the folded name matches one of its spellings, abbreviated, when that is
 * better than tiers[u] already is.
 */
void unit_index_match(const struct plan_unit_index *idx, const char *folded, size_t limit,
		      enum tier *tiers);

/*
 * Resolves a folded name written in a plan of the body sp names: within
 * that body's units first, then among all it may name, best tier first,
 * among the first limit units for abbreviations.  Returns the unit, or
 * n_units when none or several match.
 */
size_t unit_index_resolve(const struct plan_unit_index *idx, const char *folded,
			  const struct scoped *sp, size_t limit);

/* The level of a tier for choosing among units: acronyms with or without type words are one. */
int unit_index_level(enum tier t);

/* qsort() and bsearch() orders: struct scoped by plan, struct named by name, by address. */
int unit_index_by_plan(const void *a, const void *b);
int unit_index_by_name(const void *a, const void *b);

#endif
