/* import.c - a plan from a document's table, written in the canonical layout and checked. */
#include "import_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/check.h"
#include "plan/deadline.h"
#include "plan/fmt.h"
#include "fold.h"
#include "plan/set.h"
#include "strmap.h"

/* What the plan has no words for yet; plan check warns about it (check.c). */
#define PLACEHOLDER PLAN_PLACEHOLDER

/* -- the plan's id ----------------------------------------------------------------- */

/* Appends s folded to lower-case ASCII letters and digits, other runs as one "-". */
static void slug(struct plan_buf *out, const char *s)
{
	struct plan_buf f = PLAN_BUF_INIT;

	plan_fold_text(&f, s, strlen(s), PLAN_FOLD_PUNCT);
	for (const char *p = f.s; *p && out->len < 48; p++) {
		const bool keep = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9');

		if (keep)
			plan_buf_addch(out, *p);
		else if (out->len && out->s[out->len - 1] != '-')
			plan_buf_addch(out, '-');
	}
	while (out->len && out->s[out->len - 1] == '-')
		plan_buf_truncate(out, out->len - 1);
	plan_buf_release(&f);
}

/*
 * The id of the plan: as the shipped plans are named, the issuer's code,
 * the number and the year ("365/QĐ-BTP" of 2024: "btp-365-2024"); else
 * the file's name.
 */
static void make_id(const char *path, const char *number, plan_date issued, struct plan_buf *out)
{
	const char *dash = number ? strrchr(number, '-') : NULL;
	const char *slash = number ? strrchr(number, '/') : NULL;
	const char *base = strrchr(path, '/');
	int y = 0, m, d;

	if (issued != PLAN_DATE_NONE)
		plan_date_split(issued, &y, &m, &d);
	if (number && (dash || slash)) {
		struct plan_buf digits = PLAN_BUF_INIT;

		slug(out, dash ? dash + 1 : slash + 1);
		for (const char *p = number; *p >= '0' && *p <= '9'; p++)
			plan_buf_addch(&digits, *p);
		if (digits.len)
			plan_buf_addf(out, "-%s", digits.s);
		if (y)
			plan_buf_addf(out, "-%d", y);
		plan_buf_release(&digits);
	}
	if (!out->len) {
		struct plan_buf name = PLAN_BUF_INIT;
		const char *file = base ? base + 1 : path, *dot = strrchr(file, '.');

		plan_buf_add(&name, file, dot ? (size_t)(dot - file) : strlen(file));
		slug(out, name.s);
		plan_buf_release(&name);
	}
	if (!out->len)
		plan_buf_addstr(out, "ke-hoach");
}

/* -- the YAML ---------------------------------------------------------------------- */

static void list(struct plan_buf *out, int indent, const char *k, const struct imp_list *l)
{
	if (!l->n)
		return;
	plan_buf_addf(out, "%*s%s:\n", indent, "", k);
	for (size_t i = 0; i < l->n; i++) {
		plan_buf_addf(out, "%*s  - ", indent, "");
		plan_fmt_scalar(out, l->v[i], strlen(l->v[i]), 0);
		plan_buf_addch(out, '\n');
	}
}

/*
 * The plan's tree, as lists: each task's first subtask and next sibling,
 * each section's first task (the last list: tasks above any section).
 */
struct tree {
	size_t *first, *next, *top;
};

static void tree_make(struct tree *tr, const struct imp_plan *p)
{
	size_t *last = plan_xcalloc(p->n_tasks + p->n_sections + 2, sizeof(*last));
	const size_t lists = p->n_tasks + p->n_sections + 1;

	tr->first = plan_xcalloc(lists + 1, sizeof(*tr->first));
	tr->next = plan_xcalloc(p->n_tasks + 1, sizeof(*tr->next));
	for (size_t i = 0; i <= lists; i++)
		tr->first[i] = last[i] = SIZE_MAX;
	/* lists 0 … n_tasks-1: subtasks; then one per section; then none */
	tr->top = tr->first + p->n_tasks;
	for (size_t i = 0; i < p->n_tasks; i++) {
		const struct imp_task *t = &p->tasks[i];
		const size_t list = t->parent != SIZE_MAX    ? t->parent
				    : t->section != SIZE_MAX ? p->n_tasks + t->section
							     : p->n_tasks + p->n_sections;

		tr->next[i] = SIZE_MAX;
		if (last[list] == SIZE_MAX)
			tr->first[list] = i;
		else
			tr->next[last[list]] = i;
		last[list] = i;
	}
	free(last);
}

static void tree_release(struct tree *tr)
{
	free(tr->first);
	free(tr->next);
}

static void write_task(struct plan_buf *out, const struct imp_plan *p, const struct tree *tr,
		       size_t i, int indent)
{
	const struct imp_task *t = &p->tasks[i];

	plan_buf_addf(out, "%*s- ", indent, "");
	imp_key(out, 0, "id", t->id);
	imp_key(out, indent + 2, "task",
		t->field[IMP_TASK].len ? t->field[IMP_TASK].s : PLACEHOLDER);
	list(out, indent + 2, "lead", &t->lead);
	list(out, indent + 2, "support", &t->support);
	imp_key(out, indent + 2, "deadline", t->field[IMP_DEADLINE].s);
	imp_key(out, indent + 2, "product", t->field[IMP_PRODUCT].s);
	imp_key(out, indent + 2, "funding", t->field[IMP_FUNDING].s);
	imp_key(out, indent + 2, "note", t->field[IMP_NOTE].s);
	if (tr->first[i] != SIZE_MAX)
		plan_buf_addf(out, "%*ssubtasks:\n", indent + 2, "");
	for (size_t k = tr->first[i]; k != SIZE_MAX; k = tr->next[k])
		write_task(out, p, tr, k, indent + 4);
}

/* The tasks of section (SIZE_MAX: those above any section). */
static void write_tasks(struct plan_buf *out, const struct imp_plan *p, const struct tree *tr,
			size_t section, int indent)
{
	plan_buf_addf(out, "%*stasks:\n", indent, "");
	for (size_t i = tr->top[section == SIZE_MAX ? p->n_sections : section]; i != SIZE_MAX;
	     i = tr->next[i])
		write_task(out, p, tr, i, indent + 2);
}

static void write_plan(struct plan_buf *out, const char *path, const struct plan_import_opts *o,
		       const struct imp_plan *p)
{
	struct plan_buf id = PLAN_BUF_INIT;
	struct tree tr;
	const plan_date issued = o->issued != PLAN_DATE_NONE ? o->issued : p->issued;
	const char *number = o->number ? o->number : p->number;
	char date[PLAN_DATE_LEN + 1];
	bool untitled = false;

	if (o->id)
		plan_buf_addstr(&id, o->id);
	else
		make_id(path, number, issued, &id);
	plan_date_format(issued, date);
	plan_buf_addf(out, "# Imported by plan import from %s, table %zu.\n", path, p->sum.table);
	imp_key(out, 0, "plan", id.s);
	imp_key(out, 0, "number", number ? number : PLACEHOLDER);
	imp_key(out, 0, "title", o->title ? o->title : p->title ? p->title : PLACEHOLDER);
	imp_key(out, 0, "issuer", o->issuer ? o->issuer : p->issuer ? p->issuer : PLACEHOLDER);
	plan_buf_addf(out, "issued: %s\n", date);
	if (o->year || p->year)
		plan_buf_addf(out, "year: %d\n", o->year ? o->year : p->year);
	list(out, 0, "implements", &p->implements);
	tree_make(&tr, p);
	if (!p->n_sections) {
		write_tasks(out, p, &tr, SIZE_MAX, 0);
	} else {
		plan_buf_addstr(out, "sections:\n");
		untitled = tr.top[p->n_sections] != SIZE_MAX;
		if (untitled) {
			/* tasks above the first section's heading */
			plan_buf_addstr(out, "  - id: \"0\"\n");
			write_tasks(out, p, &tr, SIZE_MAX, 4);
		}
		for (size_t s = 0; s < p->n_sections; s++) {
			plan_buf_addstr(out, "  - ");
			imp_key(out, 0, "id", p->sections[s].id);
			imp_key(out, 4, "title", p->sections[s].title);
			write_tasks(out, p, &tr, s, 4);
		}
	}
	tree_release(&tr);
	plan_buf_release(&id);
}

/* -- checks ------------------------------------------------------------------------ */

/*
 * Gives an id the document prints again a suffix: "II-2" for the second
 * section "II".  seen counts each id so far.
 */
static void number_again(struct strmap *seen, char **id, size_t row, const char *what,
			 const char *where, struct plan_diags *diags)
{
	const size_t len = strlen(*id);
	size_t before = 0;
	struct plan_buf b = PLAN_BUF_INIT;

	strmap_get(seen, *id, len, &before);
	strmap_put(seen, *id, len, before + 1);
	if (!before)
		return;
	plan_buf_addf(&b, "%s-%zu", *id, before + 1);
	plan_diags_add(diags, where, (struct plan_pos){ (unsigned)row, 1 }, PLAN_WARNING,
		       "duplicate-id", "%s %s is numbered again; this one is %s", what, *id, b.s);
	free(*id);
	*id = plan_buf_detach(&b);
}

/*
 * Makes every section's and task's id unique.  A subtask of a task
 * numbered again goes with its new id first: "5.1" under the second "5",
 * now "5-2", is "5-2.1" (parents come before their subtasks).
 */
static void unique_ids(struct imp_plan *p, struct plan_diags *diags)
{
	struct strmap sections = STRMAP_INIT, tasks = STRMAP_INIT;
	char **printed = plan_xcalloc(p->n_tasks + 1, sizeof(*printed));

	for (size_t i = 0; i < p->n_sections; i++)
		number_again(&sections, &p->sections[i].id, p->sections[i].row, "section", p->where,
			     diags);
	for (size_t i = 0; i < p->n_tasks; i++) {
		struct imp_task *t = &p->tasks[i];

		printed[i] = plan_xstrdup(t->id);
		if (t->parent != SIZE_MAX) {
			const char *parent = p->tasks[t->parent].id, *was = printed[t->parent];

			if (strcmp(parent, was) != 0 && strncmp(t->id, was, strlen(was)) == 0) {
				struct plan_buf b = PLAN_BUF_INIT;

				plan_buf_addf(&b, "%s%s", parent, t->id + strlen(was));
				free(t->id);
				t->id = plan_buf_detach(&b);
			}
		}
		number_again(&tasks, &t->id, t->row, "task", p->where, diags);
	}
	for (size_t i = 0; i < p->n_tasks; i++)
		free(printed[i]);
	free(printed);
	strmap_release(&sections);
	strmap_release(&tasks);
}

/* Warns at each deadline cell plan cannot read, as plan check would; returns how many. */
static size_t check_deadlines(const struct imp_plan *p, const struct plan_deadline_ctx *ctx,
			      size_t col, struct plan_diags *diags)
{
	struct plan_deadlines *engine = plan_deadlines_new();
	size_t unknown = 0;

	for (size_t i = 0; i < p->n_tasks; i++) {
		const struct plan_buf *d = &p->tasks[i].field[IMP_DEADLINE];
		struct plan_interp in;

		if (!d->len)
			continue;
		plan_deadline_interpret(engine, d->s, d->len, ctx, &in);
		unknown += in.kind == PLAN_KIND_UNKNOWN;
		if (in.kind == PLAN_KIND_UNKNOWN)
			plan_diags_add(diags, p->where,
				       (struct plan_pos){ (unsigned)p->tasks[i].row,
							  col == SIZE_MAX ? 0 : (unsigned)col + 1 },
				       PLAN_WARNING, "unknown-deadline",
				       "deadline '%s' is not understood (%s)", d->s, in.reason);
		plan_interp_release(&in);
	}
	plan_deadlines_free(engine);
	return unknown;
}

/* The plan written loads without errors: else the import is wrong, and says so. */
static int loads(const char *path, const struct plan_buf *yaml, struct plan_diags *diags)
{
	struct plan_diags found = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	const bool ok = plan_set_load_buffer(&set, "import", yaml->s, yaml->len, NULL, &found) ==
			    PLAN_LOAD_OK &&
			!found.errors;

	if (!ok)
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "import-failed",
			       "the plan read from it does not load (%s); nothing is written",
			       found.n ? found.v[0].message : "no plan");
	plan_set_free(set);
	plan_diags_release(&found);
	return ok ? 0 : -1;
}

int plan_import(const char *path, const struct plan_import_opts *opts,
		const struct plan_set *registry, struct plan_buf *out, struct plan_diags *diags,
		struct plan_import_summary *summary)
{
	struct plan_unit_index *idx =
	    registry && registry->n_units ? plan_unit_index_new(registry) : NULL;
	struct plan_buf lines = PLAN_BUF_INIT, yaml = PLAN_BUF_INIT;
	struct imp_plan p = { 0 };
	struct doc d;
	int status = -1;

	if (doc_read(path, &d, diags) != 0)
		goto out;
	if (imp_read_table(&d, path, opts->table, &p, &lines, diags) != 0)
		goto done;
	imp_read_meta(&d, &lines, idx, &p);
	if (opts->issued == PLAN_DATE_NONE && p.issued == PLAN_DATE_NONE) {
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "no-date",
			       "the document gives no date of issue (\"ngày … tháng … năm …\"); "
			       "give it with --issued");
		goto done;
	}
	unique_ids(&p, diags);
	imp_split_units(&p, idx, diags);
	{
		const plan_date issued = opts->issued != PLAN_DATE_NONE ? opts->issued : p.issued;
		int y, m, dd;
		struct plan_deadline_ctx ctx;

		plan_date_split(issued, &y, &m, &dd);
		ctx = (struct plan_deadline_ctx){ opts->year ? opts->year
						  : p.year   ? p.year
							     : y,
						  issued };
		p.sum.deadlines_unknown = check_deadlines(&p, &ctx, p.deadline_col, diags);
	}
	p.sum.placeholders =
	    !(opts->number || p.number) + !(opts->title || p.title) + !(opts->issuer || p.issuer);
	for (size_t i = 0; i < p.n_tasks; i++)
		p.sum.placeholders += !p.tasks[i].field[IMP_TASK].len;
	write_plan(&yaml, path, opts, &p);
	if (loads(path, &yaml, diags) != 0)
		goto done;
	if (plan_fmt("import", yaml.s, yaml.len, out, NULL) != 0) {
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "import-failed",
			       "the plan read from it cannot be laid out; nothing is written");
		goto done;
	}
	if (summary)
		*summary = p.sum;
	status = 0;
done:
	doc_release(&d);
out:
	imp_plan_release(&p);
	plan_buf_release(&lines);
	plan_buf_release(&yaml);
	plan_unit_index_free(idx);
	return status;
}

int plan_import_table_parse(const char *text, size_t *table)
{
	char *end;
	unsigned long k;

	if (!(*text >= '0' && *text <= '9'))
		return -1; /* strtoul() would take blanks and a sign, "-1" as a huge number */
	k = strtoul(text, &end, 10);
	if (*end || !k || k > 100000)
		return -1;
	*table = k;
	return 0;
}

/* Appends "N WORD" or "N WORDs", then after. */
static void counted(struct plan_buf *out, size_t n, const char *word, const char *after)
{
	plan_buf_addf(out, "%zu %s%s%s", n, word, n == 1 ? "" : "s", after);
}

void plan_import_summary_format(const struct plan_import_summary *s, const char *file,
				struct plan_buf *out)
{
	counted(out, s->tasks, "task", " and ");
	counted(out, s->subtasks, "subtask", " in ");
	counted(out, s->sections, "section", "");
	plan_buf_addf(out, ", from table %zu of %zu in %s; ", s->table, s->tables, file);
	counted(out, s->deadlines_unknown, "deadline", " not understood, ");
	counted(out, s->units_unknown, "unit name", " not in the registry, ");
	counted(out, s->joined, "row", " joined to the row above, ");
	counted(out, s->placeholders, "TODO", " to fill");
}
