/* unitlist.c - units with their tasks counted; unknown names; alike names. */
#include "plan/unitlist.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fold.h"
#include "json.h"
#include "plan/listing.h"
#include "arena.h"
#include "suggest.h"
#include "strmap.h"
#include "unit_match.h"

/* -- counts ------------------------------------------------------------------- */

void plan_unit_stats_count(const struct plan_unit_index *idx, const struct plan_snapshot *snap,
			   struct plan_unit_stats *out)
{
	/* a unit named twice in one list counts once: the last row (from 1) it counted for */
	size_t *counted = plan_xcalloc(plan_unit_count(idx) + 1, sizeof(*counted));

	for (size_t u = 0; u < plan_unit_count(idx); u++)
		out[u] = (struct plan_unit_stats){ plan_unit_at(idx, u), 0, 0, 0, 0 };
	/* The tasks led, done and overdue: as the snapshot counts them. */
	for (size_t i = 0; i < snap->n_units; i++) {
		const struct plan_unit_counts *c = &snap->units[i];
		struct plan_unit_stats *s = &out[c->unit->id];

		s->lead = c->counts.total;
		s->done = c->counts.of[PLAN_CLASS_DONE];
		s->overdue = c->counts.of[PLAN_CLASS_OVERDUE];
	}
	for (size_t r = 0; r < snap->rows.n; r++) {
		const struct plan_texts *support = plan_task_support(snap->rows.v[r].task);

		for (size_t k = 0; k < support->n; k++) {
			const struct plan_unit_ref *u = plan_unit_of(idx, &support->v[k]);

			if (u && counted[u->id] != r + 1) {
				counted[u->id] = r + 1;
				out[u->id].support++;
			}
		}
	}
	free(counted);
}

static const char *kind_of(const struct plan_unit_ref *u)
{
	return !u->entry ? "unknown" : u->collective ? "collective" : "unit";
}

enum { U_NAME, U_PARENT, U_KIND, U_LEAD, U_SUPPORT, U_DONE, U_OVERDUE, U_ALIASES, N_U };

static const struct plan_column unit_columns[N_U] = {
	[U_NAME] = { .header = "UNIT",
		     .key = "unit",
		     .min_width = 20,
		     .max_width = 40,
		     .ideal_width = 30,
		     .flex = true },
	[U_PARENT] = { .header = "PARENT", .key = "parent", .min_width = 8, .max_width = 20 },
	[U_KIND] = { .header = "KIND", .key = "kind", .keep = true },
	[U_LEAD] = { .header = "LEAD", .key = "lead", .keep = true, .kind = PLAN_CELL_NUMBER },
	[U_SUPPORT] = { .header = "SUPPORT",
			.key = "support",
			.keep = true,
			.kind = PLAN_CELL_NUMBER },
	[U_DONE] = { .header = "DONE", .key = "done", .keep = true, .kind = PLAN_CELL_NUMBER },
	[U_OVERDUE] = { .header = "OVERDUE",
			.key = "overdue",
			.keep = true,
			.kind = PLAN_CELL_NUMBER },
	[U_ALIASES] = { .header = "ALIASES", .key = "aliases", .min_width = 6, .max_width = 30 },
};

static struct plan_cell cell_of(const char *s, enum plan_style style)
{
	return (struct plan_cell){ s ? s : "", s ? strlen(s) : 0, style };
}

static void render_stats_json(const struct plan_unit_stats *stats, size_t n, struct plan_buf *out)
{
	struct plan_json j;

	plan_json_init(&j, out);
	plan_json_begin_array(&j);
	for (size_t i = 0; i < n; i++) {
		const struct plan_unit_ref *u = stats[i].unit;

		plan_json_begin_object(&j);
		plan_json_key(&j, "unit");
		plan_json_str(&j, u->name);
		plan_json_key(&j, "parent");
		plan_json_str(&j, u->parent);
		plan_json_key(&j, "kind");
		plan_json_str(&j, kind_of(u));
		plan_json_key(&j, "aliases");
		plan_json_begin_array(&j);
		for (size_t k = 0; u->entry && k < u->entry->aliases.n; k++)
			plan_json_str(&j, u->entry->aliases.v[k].s);
		plan_json_end_array(&j);
		plan_json_key(&j, "lead");
		plan_json_int(&j, (long long)stats[i].lead);
		plan_json_key(&j, "support");
		plan_json_int(&j, (long long)stats[i].support);
		plan_json_key(&j, "done");
		plan_json_int(&j, (long long)stats[i].done);
		plan_json_key(&j, "overdue");
		plan_json_int(&j, (long long)stats[i].overdue);
		plan_json_key(&j, "file");
		plan_json_str(&j, u->file);
		plan_json_key(&j, "line");
		plan_json_int(&j, u->pos.line);
		plan_json_end_object(&j);
	}
	plan_json_end_array(&j);
	plan_json_finish(&j);
}

void plan_unit_stats_render(const struct plan_unit_stats *stats, size_t n, enum plan_format format,
			    const struct plan_render_opts *opts, struct plan_buf *out)
{
	struct plan_table *table;
	struct plan_buf nums = PLAN_BUF_INIT, aliases = PLAN_BUF_INIT;
	struct plan_cell cells[N_U];

	if (format == PLAN_FORMAT_JSON) {
		render_stats_json(stats, n, out);
		return;
	}
	table = plan_table_new(unit_columns, N_U);
	for (size_t i = 0; i < n; i++) {
		const struct plan_unit_ref *u = stats[i].unit;
		const size_t counts[4] = { stats[i].lead, stats[i].support, stats[i].done,
					   stats[i].overdue };
		size_t at[4];

		plan_buf_reset(&nums);
		plan_buf_reset(&aliases);
		for (size_t k = 0; k < 4; k++) {
			at[k] = nums.len;
			plan_buf_add_size(&nums, counts[k]);
			plan_buf_addch(&nums, '\0');
		}
		if (u->entry)
			plan_join_units(&u->entry->aliases, &aliases);
		cells[U_NAME] = cell_of(u->name, PLAN_STYLE_PLAIN);
		cells[U_PARENT] = cell_of(u->parent, PLAN_STYLE_PLAIN);
		cells[U_KIND] = cell_of(kind_of(u), u->entry ? PLAN_STYLE_PLAIN : PLAN_STYLE_WARN);
		for (size_t k = 0; k < 4; k++)
			cells[U_LEAD + k] =
			    cell_of(nums.s + at[k],
				    k == 3 && stats[i].overdue ? PLAN_STYLE_BAD : PLAN_STYLE_PLAIN);
		cells[U_ALIASES] = cell_of(aliases.s, PLAN_STYLE_DIM);
		plan_table_add(table, cells);
	}
	plan_table_render(table, format, opts, out);
	plan_table_free(table);
	plan_buf_release(&nums);
	plan_buf_release(&aliases);
}

/* -- names the registry does not know ---------------------------------------------- */

void plan_unit_unknown(const struct plan_unit_index *idx, const struct plan_set *set,
		       struct plan_unit_uses *out)
{
	struct plan_name_walk w = PLAN_NAME_WALK_INIT(set);
	const struct plan_text *name;
	const struct plan *p;

	while ((name = plan_name_walk_next(&w, &p))) {
		const struct plan_unit_ref *u = plan_unit_of(idx, name);

		if (u && u->entry)
			continue;
		PLAN_GROW(out->v, out->cap, out->n + 1);
		out->v[out->n++] = (struct plan_unit_use){ name, p };
	}
}

enum { K_AT, K_NAME, K_PLAN, N_K };

static const struct plan_column use_columns[N_K] = {
	[K_AT] = { .header = "WHERE", .key = "where", .keep = true },
	[K_NAME] = { .header = "NAME",
		     .key = "name",
		     .min_width = 16,
		     .flex = true,
		     .ideal_width = 40 },
	[K_PLAN] = { .header = "PLAN", .key = "plan", .keep = true },
};

void plan_unit_uses_render(const struct plan_unit_uses *uses, enum plan_format format,
			   const struct plan_render_opts *opts, struct plan_buf *out)
{
	struct plan_buf at = PLAN_BUF_INIT;
	struct plan_cell cells[N_K];
	struct plan_table *table;
	struct plan_json j;

	if (format == PLAN_FORMAT_JSON) {
		plan_json_init(&j, out);
		plan_json_begin_array(&j);
		for (size_t i = 0; i < uses->n; i++) {
			plan_json_begin_object(&j);
			plan_json_key(&j, "name");
			plan_json_str(&j, uses->v[i].name->s);
			plan_json_key(&j, "plan");
			plan_json_str(&j, uses->v[i].plan->id.s);
			plan_json_key(&j, "file");
			plan_json_str(&j, uses->v[i].plan->path);
			plan_json_key(&j, "line");
			plan_json_int(&j, uses->v[i].name->pos.line);
			plan_json_key(&j, "column");
			plan_json_int(&j, uses->v[i].name->pos.column);
			plan_json_end_object(&j);
		}
		plan_json_end_array(&j);
		plan_json_finish(&j);
		return;
	}
	table = plan_table_new(use_columns, N_K);
	for (size_t i = 0; i < uses->n; i++) {
		const struct plan_unit_use *u = &uses->v[i];

		plan_buf_reset(&at);
		plan_buf_addf(&at, "%s:%u:%u", u->plan->path, (unsigned)u->name->pos.line,
			      (unsigned)u->name->pos.column);
		cells[K_AT] = cell_of(at.s, PLAN_STYLE_PLAIN);
		cells[K_NAME] = cell_of(u->name->s, PLAN_STYLE_WARN);
		cells[K_PLAN] = cell_of(u->plan->id.s, PLAN_STYLE_PLAIN);
		plan_table_add(table, cells);
	}
	plan_table_render(table, format, opts, out);
	plan_table_free(table);
	plan_buf_release(&at);
}

void plan_unit_uses_release(struct plan_unit_uses *uses)
{
	free(uses->v);
	memset(uses, 0, sizeof(*uses));
}

/* -- alike names ---------------------------------------------------------------------- */

/* A spelling to compare: an entry's name or alias, or a name as a plan writes it. */
struct spelling {
	const char *text;
	const struct plan_unit_ref *unit;
	const char *file;
	struct plan_pos pos;
	char *folded; /* marks removed */
	char *marked; /* marks kept: equal for spellings that differ in case and spacing only */
	struct unit_words words; /* of folded, to see the unit-type words */
};

struct spellings {
	struct spelling *v;
	size_t n, cap;
	struct strmap seen; /* unit id \x1f text */
	struct plan_buf key;
	struct arena *arena; /* the words */
};

static void *from_arena(void *arena, size_t size)
{
	return arena_alloc(arena, size);
}

static char *fold_dup(const char *s, unsigned flags)
{
	struct plan_buf b = PLAN_BUF_INIT;

	plan_fold_text(&b, s, strlen(s), PLAN_FOLD_PUNCT | flags);
	return plan_buf_detach(&b);
}

/* Adds a spelling of unit, unless that unit has it already. */
static void spell(struct spellings *sp, const char *text, const struct plan_unit_ref *unit,
		  const char *file, struct plan_pos pos)
{
	size_t dummy;

	plan_buf_reset(&sp->key);
	plan_buf_addf(&sp->key, "%zu\x1f%s", unit->id, text);
	if (strmap_get(&sp->seen, sp->key.s, sp->key.len, &dummy))
		return;
	strmap_put(&sp->seen, sp->key.s, sp->key.len, 0);
	PLAN_GROW(sp->v, sp->cap, sp->n + 1);
	sp->v[sp->n] = (struct spelling){
		text, unit, file, pos, fold_dup(text, 0), fold_dup(text, PLAN_FOLD_MARKS), { 0 }
	};
	unit_words_cut(sp->v[sp->n].folded, from_arena, sp->arena, &sp->v[sp->n].words);
	sp->n++;
}

/* Whether x and y are worth a look: alike, yet not the same words. */
static bool alike(const struct spelling *x, const struct spelling *y, size_t *distance)
{
	/* Capitals, spacing and punctuation never make two names two units. */
	if (strcmp(x->marked, y->marked) == 0)
		return false;
	/* Scoping keeps same-named entries of two bodies apart. */
	if (x->unit->entry && y->unit->entry && x->unit != y->unit &&
	    strcmp(x->unit->name, y->unit->name) == 0)
		return false;
	/* "Bộ X" and "Sở X" are two kinds of unit, not a misprint of one another. */
	if (unit_same_but_type(&x->words, &y->words))
		return false;
	*distance =
	    plan_edit_distance(x->folded, strlen(x->folded), y->folded, strlen(y->folded), 2);
	return *distance <= 2;
}

void plan_unit_suspicious(const struct plan_unit_index *idx, const struct plan_set *set,
			  struct plan_unit_pairs *out)
{
	struct spellings sp = { NULL, 0, 0, STRMAP_INIT, PLAN_BUF_INIT, arena_new() };
	struct plan_name_walk w = PLAN_NAME_WALK_INIT(set);
	const struct plan_text *name;
	const struct plan *p;

	for (size_t u = 0; u < plan_unit_count(idx); u++) {
		const struct plan_unit_ref *r = plan_unit_at(idx, u);

		if (r->entry)
			spell(&sp, r->name, r, r->file, r->pos);
	}
	while ((name = plan_name_walk_next(&w, &p)))
		spell(&sp, name->s, plan_unit_of(idx, name), p->path, name->pos);
	/* Aliases no plan uses, where the registry writes them. */
	for (size_t u = 0; u < plan_unit_count(idx); u++) {
		const struct plan_unit_ref *r = plan_unit_at(idx, u);

		for (size_t k = 0; r->entry && k < r->entry->aliases.n; k++)
			spell(&sp, r->entry->aliases.v[k].s, r, r->file,
			      r->entry->aliases.v[k].pos);
	}
	for (size_t a = 0; a < sp.n; a++) {
		for (size_t b = a + 1; b < sp.n; b++) {
			const struct spelling *x = &sp.v[a], *y = &sp.v[b];
			size_t d;

			if (!alike(x, y, &d))
				continue;
			PLAN_GROW(out->v, out->cap, out->n + 1);
			out->v[out->n++] =
			    (struct plan_unit_pair){ x->text, y->text, x->unit, y->unit, x->file,
						     y->file, x->pos,  y->pos,  d };
		}
	}
	for (size_t i = 0; i < sp.n; i++) {
		free(sp.v[i].folded);
		free(sp.v[i].marked);
	}
	free(sp.v);
	strmap_release(&sp.seen);
	plan_buf_release(&sp.key);
	arena_free(sp.arena);
}

enum { P_A, P_B, P_DISTANCE, P_SAME, P_A_AT, P_B_AT, N_P };

static const struct plan_column pair_columns[N_P] = {
	[P_A] = { .header = "NAME",
		  .key = "name",
		  .min_width = 14,
		  .max_width = 34,
		  .ideal_width = 30,
		  .flex = true },
	[P_B] = { .header = "ALIKE", .key = "alike", .min_width = 14, .max_width = 34 },
	[P_DISTANCE] = { .header = "EDITS", .key = "edits", .keep = true, .kind = PLAN_CELL_NUMBER },
	[P_SAME] = { .header = "SAME UNIT", .key = "same_unit", .keep = true },
	[P_A_AT] = { .header = "NAME AT", .key = "name_at", .min_width = 16, .tail = true },
	[P_B_AT] = { .header = "ALIKE AT", .key = "alike_at", .min_width = 16, .tail = true },
};

void plan_unit_pairs_render(const struct plan_unit_pairs *pairs, enum plan_format format,
			    const struct plan_render_opts *opts, struct plan_buf *out)
{
	struct plan_buf a_at = PLAN_BUF_INIT, b_at = PLAN_BUF_INIT;
	char edits[24];
	struct plan_cell cells[N_P];
	struct plan_table *table;
	struct plan_json j;

	if (format == PLAN_FORMAT_JSON) {
		plan_json_init(&j, out);
		plan_json_begin_array(&j);
		for (size_t i = 0; i < pairs->n; i++) {
			const struct plan_unit_pair *p = &pairs->v[i];

			plan_json_begin_object(&j);
			plan_json_key(&j, "name");
			plan_json_str(&j, p->a);
			plan_json_key(&j, "alike");
			plan_json_str(&j, p->b);
			plan_json_key(&j, "edits");
			plan_json_int(&j, (long long)p->distance);
			plan_json_key(&j, "same_unit");
			plan_json_bool(&j, p->ua == p->ub);
			plan_json_key(&j, "name_file");
			plan_json_str(&j, p->a_file);
			plan_json_key(&j, "name_line");
			plan_json_int(&j, p->a_pos.line);
			plan_json_key(&j, "alike_file");
			plan_json_str(&j, p->b_file);
			plan_json_key(&j, "alike_line");
			plan_json_int(&j, p->b_pos.line);
			plan_json_end_object(&j);
		}
		plan_json_end_array(&j);
		plan_json_finish(&j);
		return;
	}
	table = plan_table_new(pair_columns, N_P);
	for (size_t i = 0; i < pairs->n; i++) {
		const struct plan_unit_pair *p = &pairs->v[i];
		const bool same = p->ua == p->ub;

		plan_buf_reset(&a_at);
		plan_buf_reset(&b_at);
		plan_buf_addf(&a_at, "%s:%u", p->a_file, (unsigned)p->a_pos.line);
		plan_buf_addf(&b_at, "%s:%u", p->b_file, (unsigned)p->b_pos.line);
		snprintf(edits, sizeof(edits), "%zu", p->distance);
		cells[P_A] = cell_of(p->a, PLAN_STYLE_PLAIN);
		cells[P_B] = cell_of(p->b, PLAN_STYLE_PLAIN);
		cells[P_DISTANCE] = cell_of(edits, PLAN_STYLE_PLAIN);
		cells[P_SAME] =
		    cell_of(same ? "yes" : "no", same ? PLAN_STYLE_DIM : PLAN_STYLE_WARN);
		cells[P_A_AT] = cell_of(a_at.s, PLAN_STYLE_PLAIN);
		cells[P_B_AT] = cell_of(b_at.s, PLAN_STYLE_PLAIN);
		plan_table_add(table, cells);
	}
	plan_table_render(table, format, opts, out);
	plan_table_free(table);
	plan_buf_release(&a_at);
	plan_buf_release(&b_at);
}

void plan_unit_pairs_release(struct plan_unit_pairs *pairs)
{
	free(pairs->v);
	memset(pairs, 0, sizeof(*pairs));
}

/* -- what plan units lists ---------------------------------------------------- */

/* Findings are shown when there are some, and always where a reader expects a shape. */
static bool shown(size_t findings, enum plan_format format)
{
	return findings || format == PLAN_FORMAT_JSON || format == PLAN_FORMAT_XLSX;
}

static void render_all(const struct plan_unit_index *idx, const struct plan_set *set,
		       const struct plan_deadlines *deadlines, plan_date today,
		       enum plan_format format, const struct plan_render_opts *opts,
		       struct plan_buf *out)
{
	struct plan_unit_stats *stats = plan_xcalloc(plan_unit_count(idx) + 1, sizeof(*stats));
	struct plan_query q;
	struct plan_snapshot snap;

	plan_query_init(&q, deadlines, today);
	plan_snapshot_take(&snap, set, &q, idx, 1);
	plan_unit_stats_count(idx, &snap, stats);
	plan_unit_stats_render(stats, plan_unit_count(idx), format, opts, out);
	plan_snapshot_release(&snap);
	free(stats);
}

size_t plan_unit_list_render(const struct plan_set *set, enum plan_unit_list list,
			     const struct plan_deadlines *deadlines, plan_date today,
			     enum plan_format format, const struct plan_render_opts *opts,
			     struct plan_buf *out)
{
	static const char *const sheets[] = { "units", "unknown", "suspicious" };
	struct plan_render_opts render = *opts;
	struct plan_unit_index *idx = plan_unit_index_new(set);
	struct plan_unit_uses uses = { 0 };
	struct plan_unit_pairs pairs = { 0 };
	size_t findings = 0;

	render.sheet = sheets[list];
	if (list == PLAN_UNIT_LIST_UNKNOWN) {
		plan_unit_unknown(idx, set, &uses);
		if (shown(findings = uses.n, format))
			plan_unit_uses_render(&uses, format, &render, out);
	} else if (list == PLAN_UNIT_LIST_SUSPICIOUS) {
		plan_unit_suspicious(idx, set, &pairs);
		if (shown(findings = pairs.n, format))
			plan_unit_pairs_render(&pairs, format, &render, out);
	} else {
		render_all(idx, set, deadlines, today, format, &render, out);
	}
	plan_unit_uses_release(&uses);
	plan_unit_pairs_release(&pairs);
	plan_unit_index_free(idx);
	return findings;
}
