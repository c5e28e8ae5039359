/* parse.c - plan file schema, top level: the file, the plan and its sections. */
#include "parse.h"

#include <string.h>

#include "arena.h"
#include "text.h"

/* -- sections ------------------------------------------------------------ */

enum section_key { S_ID, S_TITLE, S_TASKS, S_COUNT };
static const char *const section_names[S_COUNT] = { "id", "title", "tasks" };
const struct keyset section_keys = { "section", section_names, S_COUNT };
_Static_assert(S_COUNT <= KEYSET_MAX, "a key more than struct seen has bits for");

static bool parse_section(struct parser *p, const char *key, void *item)
{
	struct plan_section *s = item;
	struct seen seen = { 0 };
	struct plan_pos at;
	int k;

	if (!parse_item_map(p, key, &s->pos))
		return false;
	while ((k = parse_key(p, &section_keys, &seen, &at)) >= 0) {
		switch (k) {
		case S_ID:
			parse_id(p, "section", &s->id);
			break;
		case S_TITLE:
			parse_text(p, "title", false, &s->title);
			break;
		case S_TASKS:
			parse_tasks(p, "tasks", &s->tasks, &s->n_tasks);
			break;
		}
	}
	parse_require(p, &section_keys, &seen, S_ID, s->pos);
	return s->id.s != NULL;
}

static void parse_sections(struct parser *p, struct plan *plan)
{
	const void *sections;

	if (parse_list(p, "sections", "a list of sections", sizeof(struct plan_section),
		       parse_section, &sections, &plan->n_sections))
		plan->sections = sections;
}

/* -- the plan ------------------------------------------------------------ */

enum plan_key {
	P_PLAN,
	P_NUMBER,
	P_TITLE,
	P_ISSUER,
	P_ISSUED,
	P_YEAR,
	P_IMPLEMENTS,
	P_SECTIONS,
	P_TASKS,
	P_UNITS,
	P_ABBREVIATIONS,
	P_COUNT
};
static const char *const plan_names[P_COUNT] = {
	"plan",       "number",   "title", "issuer", "issued",        "year",
	"implements", "sections", "tasks", "units",  "abbreviations",
};
const struct keyset plan_keys = { "the plan", plan_names, P_COUNT };
_Static_assert(P_COUNT <= KEYSET_MAX, "a key more than struct seen has bits for");

bool plan_id_valid(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return false;
	return true;
}

static void check_plan_id(struct parser *p, const struct plan_text *id)
{
	struct plan_buf q = PLAN_BUF_INIT;

	if (!plan_id_valid(id->s, id->len)) {
		plan_quote(&q, id->s, id->len, 40);
		yev_report(p->r, PLAN_ERROR, id->pos, "bad-id",
			   "invalid plan id %s; use lower-case letters, digits and '-'", q.s);
	}
	plan_buf_release(&q);
}

static void parse_year(struct parser *p, struct plan *plan)
{
	struct plan_text t = { 0 };
	struct plan_buf q = PLAN_BUF_INIT;
	unsigned year;

	if (!parse_text(p, "year", true, &t))
		return;
	if (t.len == 4 && plan_text_number(t.s, t.len, 9999, &year) && year >= 1) {
		plan->year = (int)year;
		plan->year_pos = t.pos;
		return;
	}
	plan_quote(&q, t.s, t.len, 40);
	yev_report(p->r, PLAN_ERROR, t.pos, "bad-year",
		   "invalid year %s; expected four digits, e.g. 2024", q.s);
	plan_buf_release(&q);
}

/* Gives a plan written with top-level tasks its one anonymous section. */
static void wrap_tasks(struct parser *p, struct plan *plan, const struct plan_task *tasks, size_t n,
		       struct plan_pos pos)
{
	struct plan_section *s = arena_calloc(p->arena, 1, sizeof(*s));

	s->tasks = tasks;
	s->n_tasks = n;
	s->pos = pos;
	plan->sections = s;
	plan->n_sections = 1;
}

/* What parse_file() learns as it reads the plan's keys. */
struct plan_reading {
	struct plan *plan;
	struct seen seen;
	struct plan_pos units_at;      /* the first of 'units' and 'abbreviations' */
	struct plan_pos tasks_at;      /* 'tasks' or 'sections' */
	const struct plan_task *tasks; /* top-level tasks, before wrap_tasks() */
	size_t n_tasks;
};

/*
 * Starts the document: returns true with p->ev on the YEV_MAP of its top
 * node, else reports what it holds instead and returns false.
 */
static bool start_file(struct parser *p)
{
	parse_next(p);
	if (p->ev.type == YEV_END) {
		if (!yev_failed(p->r))
			yev_report(p->r, PLAN_ERROR, (struct plan_pos){ 1, 1 }, "empty-file",
				   "the file is empty; expected a plan");
		return false;
	}
	if (p->ev.type != YEV_MAP) {
		if (p->ev.type != YEV_BAD)
			yev_report(p->r, PLAN_ERROR, p->ev.pos, "wrong-type",
				   "a plan file must be a mapping of keys, not %s",
				   yev_kind(&p->ev));
		parse_skip(p);
		return false;
	}
	return true;
}

/* Reads the value of 'sections' or 'tasks' (k), the one of them a plan may hold. */
static void read_body(struct parser *p, struct plan_reading *st, int k, struct plan_pos at)
{
	if (st->tasks_at.line) {
		yev_report(p->r, PLAN_ERROR, at, "sections-and-tasks",
			   "a plan has either 'sections' or 'tasks', not both");
		parse_skip(p);
		return;
	}
	st->tasks_at = at;
	st->plan->has_sections = k == P_SECTIONS;
	if (k == P_SECTIONS)
		parse_sections(p, st->plan);
	else
		parse_tasks(p, "tasks", &st->tasks, &st->n_tasks);
}

/* Reads the value of the top-level key k, found at at. */
static void read_plan_key(struct parser *p, struct plan_reading *st, struct parsed_file *out, int k,
			  struct plan_pos at)
{
	struct plan *plan = st->plan;

	switch (k) {
	case P_PLAN:
		if (parse_text(p, "plan", true, &plan->id))
			check_plan_id(p, &plan->id);
		break;
	case P_NUMBER:
		parse_text(p, "number", false, &plan->number);
		break;
	case P_TITLE:
		parse_text(p, "title", true, &plan->title);
		break;
	case P_ISSUER:
		parse_text(p, "issuer", false, &plan->issuer);
		break;
	case P_ISSUED:
		plan->issued_pos = p->ev.pos;
		if (!parse_date(p, "issued", &plan->issued))
			plan->issued_pos = (struct plan_pos){ 0, 0 };
		break;
	case P_YEAR:
		parse_year(p, plan);
		break;
	case P_IMPLEMENTS:
		parse_texts(p, "implements", &plan->implements);
		break;
	case P_SECTIONS:
	case P_TASKS:
		read_body(p, st, k, at);
		break;
	case P_UNITS:
	case P_ABBREVIATIONS:
		if (!st->units_at.line)
			st->units_at = at;
		if (k == P_UNITS)
			parse_units(p, &out->units, &out->n_units);
		else
			parse_abbrevs(p, &out->abbrevs, &out->n_abbrevs);
		break;
	}
}

/* Ends a registry: it holds 'units' and 'abbreviations' and nothing else. */
static void finish_registry(struct parser *p, const struct plan_reading *st,
			    struct parsed_file *out)
{
	const uint32_t registry = UINT32_C(1) << P_UNITS | UINT32_C(1) << P_ABBREVIATIONS;

	out->registry = true;
	if (st->seen.mask & ~registry)
		yev_report(p->r, PLAN_ERROR, st->units_at, "mixed-file",
			   "a file is either a plan or a unit registry ('units', "
			   "'abbreviations'), not both");
}

/* Ends a plan: its required keys, its one section if it has none, its year. */
static void finish_plan(struct parser *p, struct plan_reading *st, struct parsed_file *out)
{
	struct plan *plan = st->plan;

	parse_require(p, &plan_keys, &st->seen, P_PLAN, plan->pos);
	parse_require(p, &plan_keys, &st->seen, P_TITLE, plan->pos);
	parse_require(p, &plan_keys, &st->seen, P_ISSUED, plan->pos);
	if (!st->tasks_at.line)
		yev_report(p->r, PLAN_ERROR, plan->pos, "missing-key",
			   "missing required key 'tasks' (or 'sections') in the plan");
	if (!plan->has_sections)
		wrap_tasks(p, plan, st->tasks, st->n_tasks,
			   st->tasks_at.line ? st->tasks_at : plan->pos);
	if (!plan->year_pos.line && plan->issued != PLAN_DATE_NONE) {
		int m, d;

		plan_date_split(plan->issued, &plan->year, &m, &d);
	}
	out->plan = plan;
}

void parse_file(struct parser *p, struct parsed_file *out)
{
	struct plan_reading st = { .plan = NULL };
	struct plan_pos at;
	int k;

	memset(out, 0, sizeof(*out));
	if (!start_file(p))
		return;
	st.plan = arena_calloc(p->arena, 1, sizeof(*st.plan));
	st.plan->pos = p->ev.pos;
	st.plan->issued = PLAN_DATE_NONE;
	while ((k = parse_key(p, &plan_keys, &st.seen, &at)) >= 0)
		read_plan_key(p, &st, out, k, at);
	if (st.units_at.line)
		finish_registry(p, &st, out);
	else
		finish_plan(p, &st, out);
}
