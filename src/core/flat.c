/* flat.c - one "REF FIELD: VALUE" line per field, for plan show --flat and git. */
#include "plan/flat.h"

#include <stdio.h>
#include <string.h>

/* Appends "REF FIELD: VALUE" with line breaks in the value written as "\n". */
static void line(struct plan_buf *out, const char *ref, const char *field, const char *value)
{
	if (!value)
		return;
	plan_buf_addf(out, "%s %s: ", ref, field);
	for (const char *p = value; *p; p++) {
		if (*p == '\n')
			plan_buf_addstr(out, "\\n");
		else if (*p == '\\')
			plan_buf_addstr(out, "\\\\");
		else
			plan_buf_addch(out, *p);
	}
	plan_buf_addch(out, '\n');
}

static void lines(struct plan_buf *out, const char *ref, const char *field,
		  const struct plan_texts *list)
{
	if (list->present && !list->n)
		line(out, ref, field, "[]");
	for (size_t i = 0; i < list->n; i++)
		line(out, ref, field, list->v[i].s);
}

static void date_line(struct plan_buf *out, const char *ref, const char *field, plan_date d)
{
	char s[PLAN_DATE_LEN + 1];

	plan_date_format(d, s);
	line(out, ref, field, s);
}

void plan_flat_task(const struct plan_task *t, struct plan_buf *out)
{
	struct plan_buf ref = PLAN_BUF_INIT, item = PLAN_BUF_INIT;

	plan_task_ref(t, &ref);
	if (t->section && t->section->id.s && !t->parent)
		line(out, ref.s, "section", t->section->id.s);
	line(out, ref.s, "task", t->text.s);
	lines(out, ref.s, "lead", &t->lead);
	lines(out, ref.s, "support", &t->support);
	line(out, ref.s, "deadline", t->deadline.s);
	if (t->due.present && !t->due.n)
		line(out, ref.s, "due", "[]");
	for (size_t i = 0; i < t->due.n; i++)
		date_line(out, ref.s, "due", t->due.v[i].date);
	line(out, ref.s, "product", t->product.s);
	line(out, ref.s, "funding", t->funding.s);
	line(out, ref.s, "note", t->note.s);
	if (t->status != PLAN_TODO)
		line(out, ref.s, "status", plan_status_name(t->status));
	for (size_t i = 0; i < t->n_delivered; i++) {
		char s[PLAN_DATE_LEN + 1];

		plan_buf_reset(&item);
		plan_date_format(t->delivered[i].on, s);
		plan_buf_addstr(&item, s);
		if (t->delivered[i].ref.s)
			plan_buf_addf(&item, " (%s)", t->delivered[i].ref.s);
		line(out, ref.s, "delivered", item.s);
	}
	plan_buf_release(&ref);
	plan_buf_release(&item);
}

static void flat_plan(const struct plan *p, struct plan_buf *out)
{
	const char *id = p->id.s;
	struct plan_buf ref = PLAN_BUF_INIT;
	char year[16];

	line(out, id, "number", p->number.s);
	line(out, id, "title", p->title.s);
	line(out, id, "issuer", p->issuer.s);
	date_line(out, id, "issued", p->issued);
	if (p->year_pos.line) {
		snprintf(year, sizeof(year), "%d", p->year);
		line(out, id, "year", year);
	}
	lines(out, id, "implements", &p->implements);
	for (size_t i = 0; i < p->n_sections; i++) {
		if (!p->sections[i].id.s)
			continue;
		plan_buf_reset(&ref);
		plan_buf_addf(&ref, "%s section %s", id, p->sections[i].id.s);
		line(out, ref.s, "title", p->sections[i].title.s ? p->sections[i].title.s : "");
	}
	for (size_t i = 0; i < p->n_tasks; i++)
		plan_flat_task(p->tasks[i], out);
	plan_buf_release(&ref);
}

void plan_flat_set(const struct plan_set *set, struct plan_buf *out)
{
	struct plan_buf ref = PLAN_BUF_INIT;

	for (size_t i = 0; i < set->n_plans; i++)
		flat_plan(set->plans[i], out);
	for (size_t i = 0; i < set->n_units; i++) {
		const struct plan_unit *u = set->units[i];

		plan_buf_reset(&ref);
		plan_buf_addf(&ref, "unit %s", u->name.s);
		if (u->parent.s)
			plan_buf_addf(&ref, " (%s)", u->parent.s);
		lines(out, ref.s, "alias", &u->aliases);
		if (u->collective)
			line(out, ref.s, "collective", "true");
		if (!u->aliases.n && !u->collective)
			line(out, ref.s, "name", u->name.s);
	}
	for (size_t i = 0; i < set->n_abbrevs; i++) {
		plan_buf_reset(&ref);
		plan_buf_addf(&ref, "abbreviation %s", set->abbrevs[i]->shorter.s);
		line(out, ref.s, "long", set->abbrevs[i]->longer.s);
	}
	plan_buf_release(&ref);
}
