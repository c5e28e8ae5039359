/* complete.c - the words a value takes in the plans in scope, matched folded (complete.h). */
#include "plan/complete.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fold.h"
#include "plan/deadline.h"
#include "plan/edit.h"
#include "plan/listing.h"
#include "plan/unit.h"
#include "text.h"

const char *const plan_complete_kinds[] = { "words", "names", "files", NULL };

void plan_candidates_add(struct plan_candidates *c, const char *s)
{
	size_t bad;

	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return; /* one candidate a line: none may break one */
	if (!*s || !plan_utf8_valid(s, strlen(s), &bad))
		return;
	PLAN_GROW(c->v, c->cap, c->n + 1);
	c->v[c->n++] = plan_xstrdup(s);
}

void plan_candidates_release(struct plan_candidates *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i]);
	free(c->v);
	memset(c, 0, sizeof(*c));
}

static int by_bytes(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void sort_unique(struct plan_candidates *c)
{
	size_t w = 0;

	if (!c->n)
		return; /* c->v may be NULL, which qsort() must not see */
	qsort(c->v, c->n, sizeof(*c->v), by_bytes);
	for (size_t i = 0; i < c->n; i++) {
		if (w && strcmp(c->v[i], c->v[w - 1]) == 0)
			free(c->v[i]);
		else
			c->v[w++] = c->v[i];
	}
	c->n = w;
}

/* key begins folded, or (anywhere) one of its words does. */
static bool matches(const char *folded, const char *key, bool anywhere)
{
	const size_t len = strlen(key);

	if (strncmp(folded, key, len) == 0)
		return true;
	for (const char *p = strchr(folded, ' '); anywhere && p; p = strchr(p + 1, ' '))
		if (strncmp(p + 1, key, len) == 0)
			return true;
	return false;
}

/* plan_candidates_keep(), folding with flags (fold.h). */
static void keep_matches(struct plan_candidates *c, const char *typed, unsigned flags)
{
	struct plan_buf key = PLAN_BUF_INIT, all = PLAN_BUF_INIT;
	size_t *at = plan_xcalloc(c->n + 1, sizeof(*at)), found = 0, w = 0;
	const size_t len = strlen(typed);
	bool anywhere = false;

	plan_fold_text(&key, typed, len, flags);
	plan_buf_addstr(&key, key.len && len && typed[len - 1] == ' ' ? " " : "");
	for (size_t i = 0; i < c->n; i++) {
		at[i] = all.len;
		plan_fold_text(&all, c->v[i], strlen(c->v[i]), flags);
		plan_buf_addch(&all, '\0');
	}
	/* Those that begin with the typed word; only if none, those with a word that does. */
	for (int pass = 0; pass < 2 && !found; pass++) {
		anywhere = pass == 1;
		for (size_t i = 0; i < c->n; i++)
			found += matches(all.s + at[i], key.s, anywhere);
	}
	for (size_t i = 0; i < c->n; i++) {
		if (matches(all.s + at[i], key.s, anywhere))
			c->v[w++] = c->v[i];
		else
			free(c->v[i]);
	}
	c->n = w;
	sort_unique(c);
	free(at);
	plan_buf_release(&key);
	plan_buf_release(&all);
}

void plan_candidates_keep(struct plan_candidates *c, const char *typed)
{
	keep_matches(c, typed, 0);
}

/* -- where the words come from --------------------------------------------------- */

static void offer_names(struct plan_candidates *out, const char *const *names, size_t n)
{
	for (size_t i = 0; names && i < n && names[i]; i++)
		plan_candidates_add(out, names[i]);
}

static void offer_commands(const struct plan_complete_value *v, const struct plan_set *set,
			   struct plan_candidates *out)
{
	(void)set;
	offer_names(out, v->commands, SIZE_MAX);
}

static void offer_statuses(const struct plan_complete_value *v, const struct plan_set *set,
			   struct plan_candidates *out)
{
	(void)v, (void)set;
	offer_names(out, plan_status_names, PLAN_STATUS_COUNT);
}

static void offer_kinds(const struct plan_complete_value *v, const struct plan_set *set,
			struct plan_candidates *out)
{
	(void)v, (void)set;
	offer_names(out, plan_kind_names, PLAN_KIND_COUNT);
}

static void offer_fields(const struct plan_complete_value *v, const struct plan_set *set,
			 struct plan_candidates *out)
{
	(void)v, (void)set;
	offer_names(out, plan_edit_fields, PLAN_EDIT_FIELDS);
}

/* --columns LIST: the names, after what is typed up to its last comma. */
static void offer_columns(const struct plan_complete_value *v, const struct plan_set *set,
			  struct plan_candidates *out)
{
	const char *comma = strrchr(v->typed, ',');
	const int kept = comma ? (int)(comma - v->typed + 1) : 0;
	struct plan_buf b = PLAN_BUF_INIT;

	(void)set;
	for (size_t i = 0;; i++) {
		const char *name = plan_listing_column_name(i);

		plan_buf_reset(&b);
		plan_buf_addf(&b, "%.*s%s", kept, v->typed, name ? name : "all");
		plan_candidates_add(out, b.s);
		if (!name)
			break;
	}
	plan_buf_release(&b);
}

static void offer_plans(const struct plan_complete_value *v, const struct plan_set *set,
			struct plan_candidates *out)
{
	(void)v;
	for (size_t i = 0; set && i < set->n_plans; i++)
		if (set->plans[i]->id.s)
			plan_candidates_add(out, set->plans[i]->id.s);
}

/* "PLAN/" while no '/' is typed (no space after it), then the plan's tasks. */
static void offer_refs(const struct plan_complete_value *v, const struct plan_set *set,
		       struct plan_candidates *out)
{
	const bool tasks = strchr(v->typed, '/') != NULL;
	struct plan_buf ref = PLAN_BUF_INIT;

	for (size_t i = 0; set && i < set->n_plans; i++) {
		const struct plan *plan = set->plans[i];

		for (size_t k = 0; plan->id.s && k < (tasks ? plan->n_tasks : 1); k++) {
			plan_buf_reset(&ref);
			if (tasks)
				plan_task_ref(plan->tasks[k], &ref);
			else
				plan_buf_addf(&ref, "%s/", plan->id.s);
			plan_candidates_add(out, ref.s);
		}
	}
	plan_buf_release(&ref);
}

/* -- unit names ------------------------------------------------------------------ */

/* An alias that folds to its name ("cục Công nghệ thông tin") adds nothing: --unit reads both. */
static bool same_folded(const char *a, const char *b)
{
	struct plan_buf fa = PLAN_BUF_INIT, fb = PLAN_BUF_INIT;
	bool same;

	plan_fold_text(&fa, a, strlen(a), PLAN_FOLD_PUNCT);
	plan_fold_text(&fb, b, strlen(b), PLAN_FOLD_PUNCT);
	same = strcmp(fa.s, fb.s) == 0;
	plan_buf_release(&fa);
	plan_buf_release(&fb);
	return same;
}

/* Offers name, or "name (parent)" when qualified (and it has a parent). */
static void offer_unit_name(struct plan_candidates *out, const char *name, const char *parent,
			    bool qualified)
{
	struct plan_buf both = PLAN_BUF_INIT;

	if (!qualified) {
		plan_candidates_add(out, name);
	} else if (parent) {
		plan_buf_addf(&both, "%s (%s)", name, parent);
		plan_candidates_add(out, both.s);
	}
	plan_buf_release(&both);
}

/*
 * Offers the units found, as written (name) when they are one, else as
 * "NAME (PARENT)" each, as --unit wants a name two bodies' units share.
 */
static void offer_found(struct plan_candidates *out, const struct plan_unit_refs *found,
			const char *name)
{
	for (size_t k = 0; found->n > 1 && k < found->n; k++)
		offer_unit_name(out, found->v[k]->name, found->v[k]->parent, true);
	if (found->n <= 1 && (name || found->n))
		plan_candidates_add(out, name ? name : found->v[0]->name);
}

/* Every unit's name and alias, each "NAME (PARENT)" when qualified. */
static void all_unit_names(const struct plan_unit_index *idx, bool qualified,
			   struct plan_candidates *names)
{
	for (size_t i = 0; idx && i < plan_unit_count(idx); i++) {
		const struct plan_unit_ref *u = plan_unit_at(idx, i);

		offer_unit_name(names, u->name, u->parent, qualified);
		for (size_t k = 0; u->entry && k < u->entry->aliases.n; k++)
			if (!same_folded(u->entry->aliases.v[k].s, u->name))
				offer_unit_name(names, u->entry->aliases.v[k].s, u->parent,
						qualified);
	}
}

/*
 * The units' names and aliases that match; when none does, those the
 * typed word stands for as --unit reads it ("CNTT": Cục Công nghệ thông tin).
 * Once a '(' is typed, every name as "NAME (PARENT)".
 */
static void offer_units(const struct plan_complete_value *v, const struct plan_set *set,
			struct plan_candidates *out)
{
	struct plan_unit_index *idx = set ? plan_unit_index_new(set) : NULL;
	struct plan_unit_refs found = PLAN_UNIT_REFS_INIT;
	struct plan_candidates names = { 0 };
	const bool qualified = strchr(v->typed, '(') != NULL;

	all_unit_names(idx, qualified, &names);
	/* As --unit reads names: "cuc ho tich quoc tich" is "Cục Hộ tịch, quốc tịch…". */
	keep_matches(&names, v->typed, PLAN_FOLD_PUNCT);
	for (size_t i = 0; qualified && i < names.n; i++)
		plan_candidates_add(out, names.v[i]);
	for (size_t i = 0; !qualified && i < names.n; i++) {
		found.n = 0;
		plan_unit_lookup(idx, names.v[i], &found);
		offer_found(out, &found, names.v[i]);
	}
	if (idx && !names.n && *v->typed) {
		plan_unit_lookup(idx, v->typed, &found);
		offer_found(out, &found, NULL);
	}
	plan_candidates_release(&names);
	plan_unit_refs_release(&found);
	plan_unit_index_free(idx);
}

/* -- what a metavariable stands for ---------------------------------------------- */

static bool is_unit_field(const char *field)
{
	return field && (strcmp(field, "lead") == 0 || strcmp(field, "support") == 0);
}

/* plan set REF FIELD VALUE: a status, or units for lead and support. */
static void offer_field_values(const struct plan_complete_value *v, const struct plan_set *set,
			       struct plan_candidates *out)
{
	if (v->field && strcmp(v->field, "status") == 0) {
		offer_statuses(v, set, out);
	} else if (is_unit_field(v->field)) {
		out->kind = PLAN_COMPLETE_NAMES;
		offer_units(v, set, out);
	}
}

/* A value none of them names gets no candidates. */
static const struct source {
	const char *metavar;
	enum plan_complete_kind kind;
	bool plans; /* its words come from the plans */
	void (*offer)(const struct plan_complete_value *v, const struct plan_set *set,
		      struct plan_candidates *out);
} sources[] = {
	{ "COMMAND", PLAN_COMPLETE_WORDS, false, offer_commands },
	{ "DIR", PLAN_COMPLETE_FILES, false, NULL },
	{ "FIELD", PLAN_COMPLETE_WORDS, false, offer_fields },
	{ "FILE", PLAN_COMPLETE_FILES, false, NULL },
	{ "ID", PLAN_COMPLETE_WORDS, true, offer_plans },
	{ "KIND", PLAN_COMPLETE_WORDS, false, offer_kinds },
	{ "LIST", PLAN_COMPLETE_WORDS, false, offer_columns },
	{ "NEW", PLAN_COMPLETE_FILES, false, NULL },
	{ "OLD", PLAN_COMPLETE_FILES, false, NULL },
	{ "PATH", PLAN_COMPLETE_FILES, false, NULL },
	{ "REF", PLAN_COMPLETE_WORDS, true, offer_refs },
	{ "REGISTRY", PLAN_COMPLETE_FILES, false, NULL },
	{ "STATUS", PLAN_COMPLETE_WORDS, false, offer_statuses },
	{ "UNIT", PLAN_COMPLETE_NAMES, true, offer_units },
	{ "VALUE", PLAN_COMPLETE_WORDS, true, offer_field_values },
};

static const struct source *source_of(const struct plan_complete_value *v)
{
	for (size_t i = 0; !v->choices && v->metavar && i < sizeof(sources) / sizeof(*sources); i++)
		if (strcmp(sources[i].metavar, v->metavar) == 0)
			return &sources[i];
	return NULL;
}

bool plan_complete_wants_plans(const struct plan_complete_value *v)
{
	const struct source *s = source_of(v);

	return s && s->plans && (s->offer != offer_field_values || is_unit_field(v->field));
}

void plan_complete_values(const struct plan_complete_value *v, const struct plan_set *set,
			  struct plan_candidates *out)
{
	const struct source *s = source_of(v);

	out->kind = PLAN_COMPLETE_WORDS;
	for (size_t i = 0; v->choices && v->choices[i]; i++)
		plan_candidates_add(out, v->choices[i]);
	if (s) {
		out->kind = s->kind;
		if (s->offer)
			s->offer(v, set, out);
	}
	/* The units are matched already: "NAME (PARENT)" need not begin as typed. */
	if (out->kind != PLAN_COMPLETE_NAMES)
		plan_candidates_keep(out, v->typed);
	else
		sort_unique(out);
}
