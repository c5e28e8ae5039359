/* unit_index.c - the units of a plan set, and which one each name in a plan stands for. */
#include "plan/unit.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "alloc.h"
#include "fold.h"
#include "suggest.h"
#include "text.h"
#include "strmap.h"
#include "unit_index.h"

static char *fold_into(struct plan_unit_index *idx, const char *s, size_t len)
{
	struct plan_buf b = PLAN_BUF_INIT;
	char *copy;

	plan_fold_text(&b, s, len, PLAN_FOLD_PUNCT);
	copy = arena_strndup(idx->arena, b.s, b.len);
	plan_buf_release(&b);
	return copy;
}

static void add_key(struct plan_unit_index *idx, const char *text, size_t unit, enum tier tier)
{
	PLAN_GROW(idx->keys, idx->cap_keys, idx->n_keys + 1);
	idx->keys[idx->n_keys++] = (struct key){ text, unit, tier };
}

static void *from_arena(void *arena, size_t size)
{
	return arena_alloc(arena, size);
}

/* Cuts spelling (folded) of unit into words, for matching abbreviations. */
static void add_words(struct plan_unit_index *idx, size_t unit, const char *folded, enum tier floor)
{
	struct spellings *sp;

	PLAN_GROW(idx->words, idx->cap_words, unit + 1);
	sp = &idx->words[unit];
	sp->v = plan_xreallocarray(sp->v, sp->n + 1, sizeof(*sp->v));
	sp->floor = plan_xreallocarray(sp->floor, sp->n + 1, sizeof(*sp->floor));
	unit_words_cut(folded, from_arena, idx->arena, &sp->v[sp->n]);
	sp->floor[sp->n++] = floor;
}

/* The registries' abbreviations, folded, as the matcher takes them. */
static void add_abbrevs(struct plan_unit_index *idx)
{
	const struct plan_set *set = idx->set;
	struct unit_abbrev *v = arena_calloc(idx->arena, set->n_abbrevs + 1, sizeof(*v));

	for (size_t i = 0; i < set->n_abbrevs; i++) {
		const struct plan_abbrev *a = set->abbrevs[i];

		v[i].shorter = fold_into(idx, a->shorter.s, a->shorter.len);
		unit_words_cut(fold_into(idx, a->longer.s, a->longer.len), from_arena, idx->arena,
			       &v[i].longer);
	}
	idx->table = (struct unit_abbrevs){ v, set->n_abbrevs };
}

/* The place a name ends with, folded, in the arena; "" for none. */
static const char *place_of(struct plan_unit_index *idx, const struct unit_words *w)
{
	struct plan_buf b = PLAN_BUF_INIT;
	const char *place;

	unit_words_locality(w, &b);
	place = b.len ? arena_strndup(idx->arena, b.s, b.len) : "";
	plan_buf_release(&b);
	return place;
}

/* The place the name of a plan's issuing body ends with: "thanh hoa". */
static const char *scope_place(struct plan_unit_index *idx, const char *scope_key)
{
	struct unit_words w;

	unit_words_cut(scope_key, from_arena, idx->arena, &w);
	return place_of(idx, &w);
}

/* Adds the shorter ways documents write an entry's name (unit_words_shorter()). */
static void add_shorter(struct plan_unit_index *idx, size_t unit)
{
	struct plan_buf texts = PLAN_BUF_INIT;
	enum unit_tier floors[UNIT_SHORTER_MAX];
	struct unit_words parent;
	const char *p = idx->parent_keys[unit], *t = NULL;
	size_t n;

	unit_words_cut(p, from_arena, idx->arena, &parent);
	n = unit_words_shorter(&idx->words[unit].v[0], *p ? &parent : NULL, &texts, floors);
	t = texts.s;
	for (size_t i = 0; i < n; i++, t += strlen(t) + 1)
		add_words(idx, unit, t, (enum tier)floors[i]);
	plan_buf_release(&texts);
}

static struct plan_unit_ref *add_unit(struct plan_unit_index *idx, const char *name,
				      const char *parent, const char *file, struct plan_pos pos)
{
	struct plan_unit_ref *u = arena_calloc(idx->arena, 1, sizeof(*u));

	PLAN_GROW(idx->units, idx->cap_units, idx->n_units + 1);
	PLAN_GROW(idx->name_keys, idx->cap_names_keys, idx->n_units + 1);
	PLAN_GROW(idx->parent_keys, idx->cap_parents, idx->n_units + 1);
	u->name = name;
	u->parent = parent;
	u->file = file;
	u->pos = pos;
	u->id = idx->n_units;
	idx->name_keys[u->id] = fold_into(idx, name, strlen(name));
	idx->parent_keys[u->id] = parent ? fold_into(idx, parent, strlen(parent)) : "";
	idx->units[idx->n_units++] = u;
	PLAN_GROW(idx->words, idx->cap_words, idx->n_units);
	idx->words[u->id] = (struct spellings){ NULL, NULL, 0, false };
	add_words(idx, u->id, idx->name_keys[u->id], TIER_NAME);
	PLAN_GROW(idx->places, idx->cap_places, idx->n_units);
	idx->places[u->id] = place_of(idx, &idx->words[u->id].v[0]);
	return u;
}

static void add_entry(struct plan_unit_index *idx, const struct plan_unit *e)
{
	struct plan_unit_ref *u = add_unit(idx, e->name.s, e->parent.s, e->path, e->name.pos);
	const char *folded = idx->name_keys[u->id];

	u->entry = e;
	u->collective = e->collective;
	add_key(idx, folded, u->id, TIER_NAME);
	for (size_t i = 0; i < e->aliases.n; i++) {
		const char *alias = fold_into(idx, e->aliases.v[i].s, e->aliases.v[i].len);

		add_key(idx, alias, u->id, TIER_NAME);
		add_words(idx, u->id, alias, TIER_NAME);
	}
	add_shorter(idx, u->id);
}

static int by_key(const void *a, const void *b)
{
	const struct key *x = a, *y = b;
	int c = strcmp(x->text, y->text);

	if (c)
		return c;
	if (x->tier != y->tier)
		return x->tier < y->tier ? -1 : 1;
	return (x->unit > y->unit) - (x->unit < y->unit);
}

/* The keys equal to text: [*first, *first + count). */
size_t unit_index_keys(const struct plan_unit_index *idx, const char *text, size_t *first)
{
	size_t lo = 0, hi = idx->n_keys, n = 0;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(idx->keys[mid].text, text) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	while (lo + n < idx->n_keys && strcmp(idx->keys[lo + n].text, text) == 0)
		n++;
	return n;
}

/* Sets needs_type when unit u's name without its type words is another unit's name. */
static void mark_needs_type(struct plan_unit_index *idx, size_t u)
{
	const struct unit_words *w = &idx->words[u].v[0];
	const size_t from = (w->n && strcmp(w->w[0], "cac") == 0) + w->type;
	struct plan_buf rest = PLAN_BUF_INIT;
	size_t first, n;

	if (!w->type)
		return;
	for (size_t i = from; i < w->n; i++) {
		if (i > from)
			plan_buf_addch(&rest, ' ');
		plan_buf_addstr(&rest, w->w[i]);
	}
	n = unit_index_keys(idx, rest.s, &first);
	for (size_t i = first; i < first + n; i++)
		if (idx->keys[i].unit != u)
			idx->words[u].needs_type = true;
	plan_buf_release(&rest);
}

/* The registry entry for a body, by its folded name or alias; n_units if none. */
static size_t body_entry(const struct plan_unit_index *idx, const char *body)
{
	size_t first, n = unit_index_keys(idx, body, &first);

	for (size_t i = first; i < first + n; i++)
		if (idx->keys[i].tier == TIER_NAME && idx->units[idx->keys[i].unit]->entry)
			return idx->keys[i].unit;
	return idx->n_units;
}

/* True when body (folded) is scope_key or a body above it in the registry. */
static bool at_or_above(const struct plan_unit_index *idx, const char *body, const char *scope_key)
{
	const char *at = scope_key;

	/* The depth bound stops a registry whose parents go round in a circle. */
	for (size_t depth = 0; *at && depth < 16; depth++) {
		size_t e;

		if (strcmp(at, body) == 0)
			return true;
		if ((e = body_entry(idx, at)) == idx->n_units)
			break;
		at = idx->parent_keys[e];
	}
	return false;
}

/*
 * Whether a plan of the body scope_key may name unit u, which is not one of
 * that body's own: a unit of a body above it (another ministry, a body of
 * the Government), a unit within it, or a unit of no body.  A unit deep in
 * another body is not: "Văn phòng Bộ" in a Bộ Nội vụ plan is never Bộ Tư
 * pháp's.  Group phrases speak of the units of the body or of a body above
 * it only.  A plan whose issuer the registry does not place may name any.
 */
static bool nameable(const struct plan_unit_index *idx, size_t u, const char *scope_key)
{
	const char *body = idx->parent_keys[u];

	if (!*body || !*scope_key || body_entry(idx, scope_key) == idx->n_units)
		return true;
	if (at_or_above(idx, body, scope_key))
		return true;
	return !idx->units[u]->collective && at_or_above(idx, scope_key, body);
}

/*
 * Sets tiers[u], for each unit u below limit, to the best tier at which
 * the folded name matches one of its spellings, abbreviated.
 */
void unit_index_match(const struct plan_unit_index *idx, const char *folded, size_t limit,
		      enum tier *tiers)
{
	struct unit_words q;

	unit_words_cut(folded, from_arena, idx->arena, &q);
	for (size_t u = 0; u < limit; u++) {
		const struct spellings *sp = &idx->words[u];

		for (size_t k = 0; k < sp->n; k++) {
			enum tier t = (enum tier)unit_match(&q, &sp->v[k], &idx->table);

			if (t < sp->floor[k])
				t = sp->floor[k];
			if (t == TIER_INITIALS && sp->needs_type)
				continue;
			if (t < tiers[u])
				tiers[u] = t;
		}
	}
}

/*
 * Whether unit u is the issuing body's own: one of its units, the body
 * itself, or a unit of the same place ("Hội LHPN tỉnh" in a plan of the
 * Ủy ban nhân dân tỉnh Thanh Hóa is Thanh Hóa's).
 */
static bool own(const struct plan_unit_index *idx, size_t u, const struct scoped *sp)
{
	return strcmp(idx->parent_keys[u], sp->scope_key) == 0 ||
	       (*sp->scope_key && strcmp(idx->name_keys[u], sp->scope_key) == 0) ||
	       (*sp->place && strcmp(idx->places[u], sp->place) == 0);
}

/*
 * Tiers that are one for the choice: an acronym with or without its
 * unit-type words ("Bộ TT&TT", "TT&TT") is as good a guess either way, so
 * two units it fits leave the name ambiguous.
 */
int unit_index_level(enum tier t)
{
	return t == TIER_INITIALS ? TIER_ACRONYM : (int)t;
}

/*
 * Of the units tiers marks, those of the best tier from lo to hi: first
 * the issuing body's own (own()), then those a plan of it may name.
 * Returns the unit when there is one, n_units when several; *count says
 * how many.
 */
static size_t choose(const struct plan_unit_index *idx, const enum tier *tiers, enum tier lo,
		     enum tier hi, const struct scoped *sp, size_t *count)
{
	for (int tier = unit_index_level(lo); tier <= unit_index_level(hi); tier++) {
		for (int scoped = 1; scoped >= 0; scoped--) {
			size_t found = idx->n_units;

			*count = 0;
			for (size_t u = 0; u < idx->n_units; u++) {
				if (tiers[u] == N_TIERS || unit_index_level(tiers[u]) != tier)
					continue;
				if (scoped ? !own(idx, u, sp) : !nameable(idx, u, sp->scope_key))
					continue;
				found = u;
				(*count)++;
			}
			if (*count)
				return *count == 1 ? found : idx->n_units;
		}
	}
	return idx->n_units;
}

size_t unit_index_resolve(const struct plan_unit_index *idx, const char *folded,
			  const struct scoped *sp, size_t limit)
{
	enum tier *tiers = plan_xcalloc(idx->n_units + 1, sizeof(*tiers));
	size_t first, n = unit_index_keys(idx, folded, &first), count, found;

	for (size_t u = 0; u < idx->n_units; u++)
		tiers[u] = N_TIERS;
	for (size_t i = first; i < first + n; i++)
		tiers[idx->keys[i].unit] = TIER_NAME;
	found = choose(idx, tiers, TIER_NAME, TIER_NAME, sp, &count);
	if (!count) {
		unit_index_match(idx, folded, limit, tiers);
		found = choose(idx, tiers, TIER_VARIANT, TIER_INITIALS, sp, &count);
	}
	free(tiers);
	return found;
}

struct builder {
	struct plan_unit_index *idx;
	struct strmap seen;    /* scope \x1f written name: unit */
	struct strmap unknown; /* scope \x1f folded name: unit not in the registry */
	struct plan_buf key;
};

static void record(struct plan_unit_index *idx, const struct plan_text *name, size_t unit)
{
	PLAN_GROW(idx->names, idx->cap_names, idx->n_names + 1);
	idx->names[idx->n_names++] = (struct named){ name, unit };
}

static void resolve_name(struct builder *b, const struct scoped *sp, const struct plan_text *name)
{
	struct plan_unit_index *idx = b->idx;
	const char *folded;
	size_t unit;

	plan_buf_reset(&b->key);
	plan_buf_addstr(&b->key, sp->scope_key); /* one for every name of every task: no printf */
	plan_buf_addch(&b->key, '\x1f');
	plan_buf_add(&b->key, name->s, name->len);
	if (strmap_get(&b->seen, b->key.s, b->key.len, &unit)) {
		record(idx, name, unit);
		return;
	}
	folded = fold_into(idx, name->s, name->len);
	unit = unit_index_resolve(idx, folded, sp, idx->set->n_units);
	if (unit == idx->n_units) {
		struct plan_buf k = PLAN_BUF_INIT;

		plan_buf_addstr(&k, sp->scope_key);
		plan_buf_addch(&k, '\x1f');
		plan_buf_addstr(&k, folded);
		if (!strmap_get(&b->unknown, k.s, k.len, &unit)) {
			unit = add_unit(idx, name->s, sp->scope, sp->plan->path, name->pos)->id;
			strmap_put(&b->unknown, k.s, k.len, unit);
		}
		plan_buf_release(&k);
	}
	strmap_put(&b->seen, b->key.s, b->key.len, unit);
	record(idx, name, unit);
}

int unit_index_by_plan(const void *a, const void *b)
{
	const struct scoped *x = a, *y = b;

	return (x->plan > y->plan) - (x->plan < y->plan);
}

int unit_index_by_name(const void *a, const void *b)
{
	const struct named *x = a, *y = b;

	return (x->name > y->name) - (x->name < y->name);
}

static bool names_sorted(const struct plan_unit_index *idx)
{
	for (size_t i = 1; i < idx->n_names; i++)
		if (unit_index_by_name(&idx->names[i - 1], &idx->names[i]) > 0)
			return false;
	return true;
}

/*
 * An issuer the registry knows under another spelling ("UBND tỉnh Nghệ
 * An"): its scope is then the entry's.
 */
static void issuer_entry(struct plan_unit_index *idx, struct scoped *sp)
{
	static const struct scoped anywhere = { NULL, NULL, "", "" };
	size_t u;

	if (!*sp->scope_key || body_entry(idx, sp->scope_key) != idx->n_units)
		return;
	u = unit_index_resolve(idx, sp->scope_key, &anywhere, idx->set->n_units);
	if (u == idx->n_units)
		return;
	sp->scope = idx->units[u]->name;
	sp->scope_key = idx->name_keys[u];
}

/*
 * Scopes the i-th plan of the index.  What a plan's scope is depends on
 * its issuer's words alone, and finding it folds every name of the
 * registry: it is found once for each issuer's words (scopes: from them
 * to the first plan with them), as 200 plans have a few issuers.
 */
static void scope_plan(struct plan_unit_index *idx, size_t i, struct strmap *scopes)
{
	struct scoped *sp = &idx->plans[i];
	const struct plan_text *issuer = &idx->set->plans[i]->issuer;
	size_t first;

	if (issuer->s && strmap_get(scopes, issuer->s, issuer->len, &first)) {
		*sp = idx->plans[first];
		sp->plan = idx->set->plans[i];
		return;
	}
	if (issuer->s)
		strmap_put(scopes, issuer->s, issuer->len, i);
	sp->plan = idx->set->plans[i];
	sp->scope = plan_unit_scope(idx->set, sp->plan);
	sp->scope_key = sp->scope ? fold_into(idx, sp->scope, strlen(sp->scope)) : "";
	sp->place = scope_place(idx, sp->scope_key);
	issuer_entry(idx, sp);
}

struct plan_unit_index *plan_unit_index_new(const struct plan_set *set)
{
	struct plan_unit_index *idx = plan_xcalloc(1, sizeof(*idx));
	struct builder b = { idx, STRMAP_INIT, STRMAP_INIT, PLAN_BUF_INIT };
	struct strmap scopes = STRMAP_INIT;
	struct plan_name_walk walk = PLAN_NAME_WALK_INIT(set);
	const struct plan_text *name;
	const struct plan *p;
	size_t registered;

	idx->set = set;
	idx->arena = arena_new();
	add_abbrevs(idx);
	for (size_t i = 0; i < set->n_units; i++)
		add_entry(idx, set->units[i]);
	if (idx->n_keys)
		qsort(idx->keys, idx->n_keys, sizeof(*idx->keys), by_key);
	registered = idx->n_keys;
	for (size_t u = 0; u < idx->n_units; u++)
		mark_needs_type(idx, u);
	idx->plans = arena_calloc(idx->arena, set->n_plans, sizeof(*idx->plans));
	idx->n_plans = set->n_plans;
	for (size_t i = 0; i < set->n_plans; i++)
		scope_plan(idx, i, &scopes);
	strmap_release(&scopes);
	while ((name = plan_name_walk_next(&walk, &p)))
		resolve_name(&b, &idx->plans[walk.plan], name);
	/* Names no entry stands for are found by their own words from now on. */
	for (size_t u = set->n_units; u < idx->n_units; u++)
		add_key(idx, idx->name_keys[u], u, TIER_NAME);
	if (idx->n_keys > registered)
		qsort(idx->keys, idx->n_keys, sizeof(*idx->keys), by_key);
	if (idx->n_plans)
		qsort(idx->plans, idx->n_plans, sizeof(*idx->plans), unit_index_by_plan);
	/* recorded as the lists lie in the arena, they are mostly in order already */
	if (!names_sorted(idx))
		qsort(idx->names, idx->n_names, sizeof(*idx->names), unit_index_by_name);
	strmap_release(&b.seen);
	strmap_release(&b.unknown);
	plan_buf_release(&b.key);
	return idx;
}

void plan_unit_index_free(struct plan_unit_index *idx)
{
	if (!idx)
		return;
	for (size_t u = 0; u < idx->n_units; u++) {
		free(idx->words[u].v);
		free(idx->words[u].floor);
	}
	free(idx->words);
	arena_free(idx->arena);
	free(idx->units);
	free(idx->name_keys);
	free(idx->parent_keys);
	free(idx->places);
	free(idx->keys);
	free(idx->names);
	free(idx);
}
