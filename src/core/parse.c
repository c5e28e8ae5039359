/* parse.c - plan file schema: keys, values, the plan and its sections. */
#include "parse.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "arena.h"
#include "alloc.h"
#include "suggest.h"
#include "text.h"

void parse_next(struct parser *p)
{
	yev_next(p->r, &p->ev);
}

void parse_skip(struct parser *p)
{
	unsigned depth = 0;

	for (;;) {
		switch (p->ev.type) {
		case YEV_MAP:
		case YEV_SEQ:
			depth++;
			break;
		case YEV_MAP_END:
		case YEV_SEQ_END:
			depth--;
			break;
		case YEV_END:
			return;
		default:
			break;
		}
		if (!depth)
			return;
		parse_next(p);
	}
}

/* The first bytes compared first: most keys differ there, and need no strcmp(). */
static int find_key(const struct keyset *keys, const char *name)
{
	for (unsigned i = 0; i < keys->n; i++)
		if (keys->names[i][0] == name[0] && strcmp(keys->names[i], name) == 0)
			return (int)i;
	return -1;
}

static void unknown_key(struct parser *p, const struct keyset *keys, const struct yev *key)
{
	struct plan_buf q = PLAN_BUF_INIT;
	const char *hint = plan_suggest(key->text, keys->names, keys->n);

	plan_quote(&q, key->text, key->len, 40);
	if (hint)
		yev_report(p->r, PLAN_ERROR, key->pos, "unknown-key",
			   "unknown key %s in %s; did you mean '%s'?", q.s, keys->what, hint);
	else
		yev_report(p->r, PLAN_ERROR, key->pos, "unknown-key", "unknown key %s in %s", q.s,
			   keys->what);
	plan_buf_release(&q);
}

int parse_key(struct parser *p, const struct keyset *keys, struct seen *seen,
	      struct plan_pos *key_pos)
{
	for (;;) {
		struct yev key;
		int i;

		parse_next(p);
		if (p->ev.type == YEV_MAP_END || p->ev.type == YEV_END)
			return -1;
		key = p->ev;
		if (key.type != YEV_SCALAR) {
			if (key.type != YEV_BAD)
				yev_report(p->r, PLAN_ERROR, key.pos, "wrong-type",
					   "a key must be a string, not %s", yev_kind(&key));
			parse_skip(p);
			parse_next(p);
			parse_skip(p);
			continue;
		}
		parse_next(p);
		i = find_key(keys, key.text);
		if (i < 0) {
			unknown_key(p, keys, &key);
		} else if (seen->mask & (UINT32_C(1) << i)) {
			yev_report(p->r, PLAN_ERROR, key.pos, "duplicate-key",
				   "duplicate key '%s' in %s (first at line %u)", keys->names[i],
				   keys->what, (unsigned)seen->at[i].line);
		} else {
			seen->mask |= UINT32_C(1) << i;
			seen->at[i] = key.pos;
			*key_pos = key.pos;
			return i;
		}
		parse_skip(p);
	}
}

void parse_require(struct parser *p, const struct keyset *keys, const struct seen *seen,
		   unsigned key, struct plan_pos pos)
{
	if (!(seen->mask & (UINT32_C(1) << key)))
		yev_report(p->r, PLAN_ERROR, pos, "missing-key", "missing required key '%s' in %s",
			   keys->names[key], keys->what);
}

bool parse_item_map(struct parser *p, const char *key, struct plan_pos *pos)
{
	if (p->ev.type != YEV_MAP) {
		parse_wrong_type(p, key, "a list of mappings");
		return false;
	}
	*pos = p->ev.pos;
	return true;
}

void parse_wrong_type(struct parser *p, const char *key, const char *expected)
{
	if (p->ev.type != YEV_BAD)
		yev_report(p->r, PLAN_ERROR, p->ev.pos, "wrong-type", "'%s' must be %s, not %s",
			   key, expected, yev_kind(&p->ev));
	parse_skip(p);
}

bool parse_text(struct parser *p, const char *key, bool required, struct plan_text *out)
{
	if (p->ev.type != YEV_SCALAR) {
		parse_wrong_type(p, key, "a string");
		return false;
	}
	if (yev_is_null(&p->ev) || (required && p->ev.len == 0)) {
		if (required)
			yev_report(p->r, PLAN_ERROR, p->ev.pos, "empty-value",
				   "'%s' must not be empty", key);
		return false;
	}
	out->s = yev_keep(p->r, &p->ev);
	out->len = p->ev.len;
	out->pos = p->ev.pos;
	return true;
}

bool parse_list(struct parser *p, const char *key, const char *expected, size_t size,
		parse_item_fn *read_item, const void **items, size_t *n)
{
	unsigned char *v = NULL, *item = plan_xmalloc(size);
	size_t cap = 0, count = 0;

	if (yev_is_null(&p->ev) || p->ev.type != YEV_SEQ) {
		if (!yev_is_null(&p->ev))
			parse_wrong_type(p, key, expected);
		free(item);
		return false;
	}
	for (parse_next(p); p->ev.type != YEV_SEQ_END && p->ev.type != YEV_END; parse_next(p)) {
		memset(item, 0, size);
		if (!read_item(p, key, item))
			continue;
		plan_grow(&v, &cap, count + 1, size);
		memcpy(v + count * size, item, size);
		count++;
	}
	/* Short lists are copied into the arena; long ones stay, trimmed. */
	if (count * size <= 4096) {
		*items = arena_memdup(p->arena, v, count, size);
		free(v);
	} else {
		*items = arena_adopt(p->arena, plan_xrealloc(v, count * size));
	}
	*n = count;
	free(item);
	return true;
}

static bool read_text_item(struct parser *p, const char *key, void *item)
{
	if (p->ev.type != YEV_SCALAR) {
		parse_wrong_type(p, key, "a list of strings");
		return false;
	}
	return parse_text(p, key, true, item);
}

void parse_texts(struct parser *p, const char *key, struct plan_texts *out)
{
	const void *items;
	struct plan_pos at = p->ev.pos;

	if (p->ev.type == YEV_SCALAR && !yev_is_null(&p->ev)) {
		yev_report(p->r, PLAN_ERROR, p->ev.pos, "wrong-type",
			   "'%s' must be a list, not a string; write each item on its own "
			   "line starting with '- '",
			   key);
		return;
	}
	if (!parse_list(p, key, "a list", sizeof(struct plan_text), read_text_item, &items,
			&out->n))
		return;
	out->v = items;
	out->present = true;
	out->pos = at;
}

bool parse_date(struct parser *p, const char *key, plan_date *out)
{
	struct plan_buf q = PLAN_BUF_INIT;
	struct plan_text t = { 0 };
	char why[PLAN_DATE_REASON_LEN];

	if (!parse_text(p, key, true, &t))
		return false;
	switch (plan_date_parse(t.s, t.len, out)) {
	case PLAN_DATE_OK:
		return true;
	case PLAN_DATE_SYNTAX:
		plan_quote(&q, t.s, t.len, 40);
		yev_report(p->r, PLAN_ERROR, t.pos, "bad-date",
			   "invalid date %s in '%s'; expected YYYY-MM-DD", q.s, key);
		break;
	case PLAN_DATE_RANGE:
		plan_quote(&q, t.s, t.len, 40);
		yev_report(p->r, PLAN_ERROR, t.pos, "bad-date", "invalid date %s in '%s'; %s", q.s,
			   key, plan_date_range_reason(t.s, t.len, why));
		break;
	}
	plan_buf_release(&q);
	return false;
}

bool parse_bool(struct parser *p, const char *key, bool *out)
{
	static const char *const yes[] = { "true", "True", "TRUE" };
	static const char *const no[] = { "false", "False", "FALSE" };

	if (p->ev.type == YEV_SCALAR && p->ev.plain) {
		for (size_t i = 0; i < 3; i++) {
			if (strcmp(p->ev.text, yes[i]) == 0 || strcmp(p->ev.text, no[i]) == 0) {
				*out = strcmp(p->ev.text, yes[i]) == 0;
				return true;
			}
		}
	}
	parse_wrong_type(p, key, "true or false");
	return false;
}

/* Whether cp is a letter or a digit of any script ("a", "đ", "7"), or a mark on one. */
static bool id_char(int32_t cp, bool *mark)
{
	if (cp < 0)
		return false;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_ND:
		*mark = false;
		return true;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
		*mark = true;
		return true;
	default:
		return false;
	}
}

/* Letters and digits ("28", "II", "2.đ"), with '.', '-' or '_' between them. */
static bool valid_id(const char *s, size_t len)
{
	bool after_sep = true; /* at the start, as after a separator */

	for (size_t i = 0; i < len;) {
		int32_t cp;
		bool mark;
		const size_t n = plan_utf8_next(s + i, len - i, &cp);

		if (cp == '.' || cp == '-' || cp == '_') {
			if (after_sep)
				return false;
			after_sep = true;
		} else if (id_char(cp, &mark) && !(mark && after_sep)) {
			after_sep = false;
		} else {
			return false;
		}
		i += n;
	}
	return len > 0 && !after_sep;
}

bool parse_id(struct parser *p, const char *what, struct plan_text *out)
{
	struct plan_buf q = PLAN_BUF_INIT;

	if (!parse_text(p, "id", true, out))
		return false;
	if (valid_id(out->s, out->len))
		return true;
	plan_quote(&q, out->s, out->len, 40);
	yev_report(p->r, PLAN_ERROR, out->pos, "bad-id",
		   "invalid %s id %s; use letters, digits, and '.', '-' or '_' between them", what,
		   q.s);
	plan_buf_release(&q);
	return true;
}

/* -- sections ------------------------------------------------------------ */

enum section_key { S_ID, S_TITLE, S_TASKS, S_COUNT };
static const char *const section_names[S_COUNT] = { "id", "title", "tasks" };
const struct keyset section_keys = { "section", section_names, S_COUNT };

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

void parse_file(struct parser *p, struct parsed_file *out)
{
	struct plan *plan;
	struct seen seen = { 0 };
	struct plan_pos at, units_at = { 0, 0 }, tasks_at = { 0, 0 };
	const struct plan_task *tasks = NULL;
	size_t n_tasks = 0;
	int k;

	memset(out, 0, sizeof(*out));
	parse_next(p);
	if (p->ev.type == YEV_END) {
		if (!yev_failed(p->r))
			yev_report(p->r, PLAN_ERROR, (struct plan_pos){ 1, 1 }, "empty-file",
				   "the file is empty; expected a plan");
		return;
	}
	if (p->ev.type != YEV_MAP) {
		if (p->ev.type != YEV_BAD)
			yev_report(p->r, PLAN_ERROR, p->ev.pos, "wrong-type",
				   "a plan file must be a mapping of keys, not %s",
				   yev_kind(&p->ev));
		parse_skip(p);
		return;
	}
	plan = arena_calloc(p->arena, 1, sizeof(*plan));
	plan->pos = p->ev.pos;
	plan->issued = PLAN_DATE_NONE;
	while ((k = parse_key(p, &plan_keys, &seen, &at)) >= 0) {
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
			if (tasks_at.line) {
				yev_report(p->r, PLAN_ERROR, at, "sections-and-tasks",
					   "a plan has either 'sections' or 'tasks', not both");
				parse_skip(p);
				break;
			}
			tasks_at = at;
			plan->has_sections = k == P_SECTIONS;
			if (k == P_SECTIONS)
				parse_sections(p, plan);
			else
				parse_tasks(p, "tasks", &tasks, &n_tasks);
			break;
		case P_UNITS:
			if (!units_at.line)
				units_at = at;
			parse_units(p, &out->units, &out->n_units);
			break;
		case P_ABBREVIATIONS:
			if (!units_at.line)
				units_at = at;
			parse_abbrevs(p, &out->abbrevs, &out->n_abbrevs);
			break;
		}
	}
	if (units_at.line) {
		const uint32_t registry = UINT32_C(1) << P_UNITS | UINT32_C(1) << P_ABBREVIATIONS;

		out->registry = true;
		if (seen.mask & ~registry)
			yev_report(p->r, PLAN_ERROR, units_at, "mixed-file",
				   "a file is either a plan or a unit registry ('units', "
				   "'abbreviations'), not both");
		return;
	}
	parse_require(p, &plan_keys, &seen, P_PLAN, plan->pos);
	parse_require(p, &plan_keys, &seen, P_TITLE, plan->pos);
	parse_require(p, &plan_keys, &seen, P_ISSUED, plan->pos);
	if (!tasks_at.line)
		yev_report(p->r, PLAN_ERROR, plan->pos, "missing-key",
			   "missing required key 'tasks' (or 'sections') in the plan");
	if (!plan->has_sections)
		wrap_tasks(p, plan, tasks, n_tasks, tasks_at.line ? tasks_at : plan->pos);
	if (!plan->year_pos.line && plan->issued != PLAN_DATE_NONE) {
		int m, d;

		plan_date_split(plan->issued, &plan->year, &m, &d);
	}
	out->plan = plan;
}
