/* complete_values.c - the words a value takes, from the plans in scope, matched as clerks type. */
#include <stdlib.h>
#include <string.h>

#include "complete_int.h"
#include "alloc.h"
#include "plan/edit.h"
#include "fold.h"
#include "plan/listing.h"
#include "text.h"

void cli_offer(struct cli_candidates *out, const char *s)
{
	size_t bad;

	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return; /* one candidate a line: none may break one */
	if (!*s || !plan_utf8_valid(s, strlen(s), &bad))
		return;
	PLAN_GROW(out->v, out->cap, out->n + 1);
	out->v[out->n++] = plan_xstrdup(s);
}

void cli_candidates_release(struct cli_candidates *c)
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

static void sort_unique(struct cli_candidates *c)
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

/* cli_keep_matches(), folding with flags (fold.h). */
static void keep_matches(struct cli_candidates *c, const char *typed, unsigned flags)
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

void cli_keep_matches(struct cli_candidates *c, const char *typed)
{
	keep_matches(c, typed, 0);
}

/* One completion's values: the line, and the plans it names once loaded. */
struct job {
	struct cli_ctx *ctx;
	const struct cli_line *l;
	struct cli_candidates *out;
	struct plan_set *set;
	bool loaded;
};

/* The plans the command would read; their errors are not the shell's business. */
static const struct plan_set *scope(struct job *j)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;

	if (!j->loaded)
		cli_load(j->ctx, &j->l->paths, &j->set, &diags);
	j->loaded = true;
	plan_diags_release(&diags);
	return j->set;
}

static void offer_names(struct cli_candidates *out, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n && names[i]; i++)
		cli_offer(out, names[i]);
}

static void offer_commands(struct job *j)
{
	cli_offer_commands(j->ctx, j->out);
}

static void offer_statuses(struct job *j)
{
	offer_names(j->out, plan_status_names, PLAN_STATUS_COUNT);
}

static void offer_kinds(struct job *j)
{
	offer_names(j->out, plan_kind_names, PLAN_KIND_COUNT);
}

static void offer_fields(struct job *j)
{
	offer_names(j->out, plan_edit_fields, PLAN_EDIT_FIELDS);
}

/* --columns LIST: the names, after what is typed up to its last comma. */
static void offer_columns(struct job *j)
{
	const char *comma = strrchr(j->l->typed, ',');
	const int kept = comma ? (int)(comma - j->l->typed + 1) : 0;
	struct plan_buf b = PLAN_BUF_INIT;

	for (size_t i = 0;; i++) {
		const char *name = plan_listing_column_name(i);

		plan_buf_reset(&b);
		plan_buf_addf(&b, "%.*s%s", kept, j->l->typed, name ? name : "all");
		cli_offer(j->out, b.s);
		if (!name)
			break;
	}
	plan_buf_release(&b);
}

static void offer_plans(struct job *j)
{
	const struct plan_set *set = scope(j);

	for (size_t i = 0; set && i < set->n_plans; i++)
		if (set->plans[i]->id.s)
			cli_offer(j->out, set->plans[i]->id.s);
}

/* "PLAN/" while no '/' is typed (no space after it), then the plan's tasks. */
static void offer_refs(struct job *j)
{
	const struct plan_set *set = scope(j);
	const bool tasks = strchr(j->l->typed, '/') != NULL;
	struct plan_buf ref = PLAN_BUF_INIT;

	for (size_t i = 0; set && i < set->n_plans; i++) {
		const struct plan *plan = set->plans[i];

		for (size_t k = 0; plan->id.s && k < (tasks ? plan->n_tasks : 1); k++) {
			plan_buf_reset(&ref);
			if (tasks)
				plan_task_ref(plan->tasks[k], &ref);
			else
				plan_buf_addf(&ref, "%s/", plan->id.s);
			cli_offer(j->out, ref.s);
		}
	}
	plan_buf_release(&ref);
}

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
static void offer_unit_name(struct cli_candidates *out, const char *name, const char *parent,
			    bool qualified)
{
	struct plan_buf both = PLAN_BUF_INIT;

	if (!qualified) {
		cli_offer(out, name);
	} else if (parent) {
		plan_buf_addf(&both, "%s (%s)", name, parent);
		cli_offer(out, both.s);
	}
	plan_buf_release(&both);
}

/*
 * Offers the units found, as written (name) when they are one, else as
 * "NAME (PARENT)" each, as --unit wants a name two bodies' units share.
 */
static void offer_found(struct cli_candidates *out, const struct plan_unit_refs *found,
			const char *name)
{
	for (size_t k = 0; found->n > 1 && k < found->n; k++)
		offer_unit_name(out, found->v[k]->name, found->v[k]->parent, true);
	if (found->n <= 1 && (name || found->n))
		cli_offer(out, name ? name : found->v[0]->name);
}

/*
 * The units' names and aliases that match; when none does, those the
 * typed word stands for as --unit reads it ("CNTT": Cục Công nghệ thông tin).
 * Once a '(' is typed, every name as "NAME (PARENT)".
 */
static void offer_units(struct job *j)
{
	const struct plan_set *set = scope(j);
	struct plan_unit_index *idx = set ? plan_unit_index_new(set) : NULL;
	struct plan_unit_refs found = PLAN_UNIT_REFS_INIT;
	struct cli_candidates names = { 0 };
	const bool qualified = strchr(j->l->typed, '(') != NULL;

	for (size_t i = 0; idx && i < plan_unit_count(idx); i++) {
		const struct plan_unit_ref *u = plan_unit_at(idx, i);

		offer_unit_name(&names, u->name, u->parent, qualified);
		for (size_t k = 0; u->entry && k < u->entry->aliases.n; k++)
			if (!same_folded(u->entry->aliases.v[k].s, u->name))
				offer_unit_name(&names, u->entry->aliases.v[k].s, u->parent,
						qualified);
	}
	/* As --unit reads names: "cuc ho tich quoc tich" is "Cục Hộ tịch, quốc tịch…". */
	keep_matches(&names, j->l->typed, PLAN_FOLD_PUNCT);
	for (size_t i = 0; qualified && i < names.n; i++)
		cli_offer(j->out, names.v[i]);
	for (size_t i = 0; !qualified && i < names.n; i++) {
		found.n = 0;
		plan_unit_lookup(idx, names.v[i], &found);
		offer_found(j->out, &found, names.v[i]);
	}
	if (idx && !names.n && *j->l->typed) {
		plan_unit_lookup(idx, j->l->typed, &found);
		offer_found(j->out, &found, NULL);
	}
	cli_candidates_release(&names);
	plan_unit_refs_release(&found);
	plan_unit_index_free(idx);
}

/* plan set REF FIELD VALUE: a status, or units for lead and support. */
static void offer_field_values(struct job *j)
{
	const char *field = NULL;

	for (size_t k = 0; k < j->l->operands.n; k++)
		if (cli_line_operand(j->l, k) && strcmp(cli_line_operand(j->l, k), "FIELD") == 0)
			field = j->l->operands.v[k];
	if (field && strcmp(field, "status") == 0) {
		offer_statuses(j);
	} else if (field && (strcmp(field, "lead") == 0 || strcmp(field, "support") == 0)) {
		j->out->kind = CLI_COMPLETE_NAMES;
		offer_units(j);
	}
}

/* What a metavariable stands for; a value none of them names gets no candidates. */
static const struct source {
	const char *metavar;
	enum cli_complete_kind kind;
	void (*offer)(struct job *j);
} sources[] = {
	{ "COMMAND", CLI_COMPLETE_WORDS, offer_commands },
	{ "DIR", CLI_COMPLETE_FILES, NULL },
	{ "FIELD", CLI_COMPLETE_WORDS, offer_fields },
	{ "FILE", CLI_COMPLETE_FILES, NULL },
	{ "ID", CLI_COMPLETE_WORDS, offer_plans },
	{ "KIND", CLI_COMPLETE_WORDS, offer_kinds },
	{ "LIST", CLI_COMPLETE_WORDS, offer_columns },
	{ "NEW", CLI_COMPLETE_FILES, NULL },
	{ "OLD", CLI_COMPLETE_FILES, NULL },
	{ "PATH", CLI_COMPLETE_FILES, NULL },
	{ "REF", CLI_COMPLETE_WORDS, offer_refs },
	{ "REGISTRY", CLI_COMPLETE_FILES, NULL },
	{ "STATUS", CLI_COMPLETE_WORDS, offer_statuses },
	{ "UNIT", CLI_COMPLETE_NAMES, offer_units },
	{ "VALUE", CLI_COMPLETE_WORDS, offer_field_values },
};

void cli_offer_values(struct cli_ctx *ctx, const struct cli_line *l, const char *metavar,
		      const char *const *choices, struct cli_candidates *out)
{
	struct job j = { ctx, l, out, NULL, false };

	out->kind = CLI_COMPLETE_WORDS;
	for (size_t i = 0; choices && choices[i]; i++)
		cli_offer(out, choices[i]);
	for (size_t i = 0; !choices && metavar && i < sizeof(sources) / sizeof(*sources); i++) {
		if (strcmp(sources[i].metavar, metavar) != 0)
			continue;
		out->kind = sources[i].kind;
		if (sources[i].offer)
			sources[i].offer(&j);
	}
	/* The units are matched already: "NAME (PARENT)" need not begin as typed. */
	if (out->kind != CLI_COMPLETE_NAMES)
		cli_keep_matches(out, l->typed);
	else
		sort_unique(out);
	plan_set_free(j.set);
}
