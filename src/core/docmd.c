/* docmd.c - the Markdown blocks of reports and digests: scope, counts, tasks, footer. */
#include "docmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/listing.h"
#include "plan/render.h"
#include "text.h"

/* Task texts are shortened to this many characters in tables. */
enum { TASK_CHARS = 120 };

void doc_heading(struct plan_buf *out, int level, const char *text)
{
	plan_buf_addchars(out, '#', (size_t)level);
	plan_buf_addch(out, ' ');
	plan_md_escape(out, text, strlen(text));
	plan_buf_addstr(out, "\n\n");
}

void doc_paragraph(struct plan_buf *out, const char *text)
{
	plan_md_escape(out, text, strlen(text));
	plan_buf_addstr(out, "\n\n");
}

static const char *plan_number(const struct plan *p)
{
	return p->number.s ? p->number.s : p->id.s;
}

void doc_plan_numbers(const struct plan_report_meta *m, struct plan_buf *out)
{
	for (size_t i = 0; i < m->n_plans; i++) {
		if (i)
			plan_buf_addstr(out, ", ");
		plan_buf_addstr(out, plan_number(m->plans[i]));
	}
}

void doc_unit_names(const struct plan_report_meta *m, struct plan_buf *out)
{
	for (size_t i = 0; i < m->n_units; i++) {
		if (i)
			plan_buf_addstr(out, "; ");
		plan_buf_addstr(out, m->units[i]->name);
	}
}

/* Appends s escaped for Markdown text. */
static void md(struct plan_buf *out, const char *s)
{
	plan_md_escape(out, s, strlen(s));
}

static void plan_item(struct plan_buf *out, const struct plan_report_meta *m, const struct plan *p)
{
	struct plan_buf number = PLAN_BUF_INIT, issuer = PLAN_BUF_INIT, date = PLAN_BUF_INIT,
			title = PLAN_BUF_INIT;

	plan_buf_addstr(&number, "**");
	md(&number, plan_number(p));
	plan_buf_addstr(&number, "**");
	plan_lang_date(&date, m->lang, p->issued);
	md(&title, p->title.s ? p->title.s : "");
	plan_buf_addstr(out, "- ");
	if (p->issuer.s) {
		md(&issuer, p->issuer.s);
		plan_say(out, m->lang, PLAN_MSG_PLAN_LINE, number.s, issuer.s, date.s, title.s,
			 NULL);
	} else {
		plan_say(out, m->lang, PLAN_MSG_PLAN_LINE_NO_ISSUER, number.s, date.s, title.s,
			 NULL);
	}
	plan_buf_addch(out, '\n');
	plan_buf_release(&number);
	plan_buf_release(&issuer);
	plan_buf_release(&date);
	plan_buf_release(&title);
}

static const enum plan_msg role_msgs[] = {
	[PLAN_ROLE_LEAD] = PLAN_MSG_ROLE_LEAD,
	[PLAN_ROLE_SUPPORT] = PLAN_MSG_ROLE_SUPPORT,
	[PLAN_ROLE_ANY] = PLAN_MSG_ROLE_ANY,
};

void doc_scope(struct plan_buf *out, const struct plan_report_meta *m, bool titles)
{
	struct plan_buf a = PLAN_BUF_INIT, b = PLAN_BUF_INIT;

	if (titles) {
		for (size_t i = 0; i < m->n_plans; i++)
			plan_item(out, m, m->plans[i]);
	} else {
		doc_plan_numbers(m, &b);
		md(&a, b.s);
		plan_buf_addstr(out, "- ");
		plan_say(out, m->lang, PLAN_MSG_PLANS_LINE, a.s, NULL);
		plan_buf_addch(out, '\n');
	}
	if (m->n_units) {
		plan_buf_reset(&a);
		plan_buf_reset(&b);
		doc_unit_names(m, &b);
		md(&a, b.s);
		plan_buf_reset(&b);
		plan_say(&b, m->lang, role_msgs[m->role], NULL);
		if (m->collectives) {
			plan_buf_addstr(&b, ", ");
			plan_say(&b, m->lang, PLAN_MSG_WITH_COLLECTIVE, NULL);
		}
		plan_buf_addstr(out, "- ");
		plan_say(out, m->lang, PLAN_MSG_UNIT_LINE, a.s, b.s, NULL);
		plan_buf_addch(out, '\n');
	}
	plan_buf_addch(out, '\n');
	plan_buf_release(&a);
	plan_buf_release(&b);
}

/*
 * A table whose headers are messages: the texts live in one buffer, so
 * that the columns can borrow them until the table is rendered.
 */
/*
 * A table of a document: a Markdown one is written to out row by row as
 * it comes; a sheet is held whole in table, written at table_end().
 */
struct doc_table {
	struct plan_column *columns;
	struct plan_buf headers;
	size_t *at;
	size_t n;
	struct plan_cell *row;    /* table_row()'s cells */
	struct plan_buf *out;     /* what it is written to */
	const char *sheet;        /* a sheet's name */
	struct plan_table *table; /* a sheet */
};

/* Begins a table of n columns for out, or for the sheet so named (sheet.h). */
static void table_begin(struct doc_table *t, const struct plan_column *spec,
			const enum plan_msg *headers, size_t n, enum plan_lang lang,
			const char *arg, const char *sheet, struct plan_buf *out)
{
	memset(t, 0, sizeof(*t));
	plan_buf_init(&t->headers);
	t->columns = plan_xcalloc(n, sizeof(*t->columns));
	t->at = plan_xcalloc(n, sizeof(*t->at));
	t->row = plan_xcalloc(n, sizeof(*t->row));
	t->n = n;
	for (size_t i = 0; i < n; i++) {
		t->at[i] = t->headers.len;
		plan_say(&t->headers, lang, headers[i], arg, NULL);
		plan_buf_addch(&t->headers, '\0');
	}
	for (size_t i = 0; i < n; i++) {
		t->columns[i] = spec[i];
		t->columns[i].header = t->headers.s + t->at[i];
		t->columns[i].key = t->columns[i].header;
	}
	t->out = out;
	t->sheet = sheet;
	if (sheet)
		t->table = plan_table_new(t->columns, n);
	else
		plan_md_table_head(out, t->columns, n);
}

/* Adds a row of n NUL-terminated texts laid end to end in cells. */
static void table_row(struct doc_table *t, const struct plan_buf *cells)
{
	const char *s = cells->s;

	for (size_t i = 0; i < t->n; i++) {
		t->row[i] = (struct plan_cell){ s, strlen(s), PLAN_STYLE_PLAIN };
		s += t->row[i].len + 1;
	}
	if (t->table)
		plan_table_add(t->table, t->row);
	else
		plan_md_table_row(t->out, t->row, t->n);
}

/* Ends the table: a Markdown one with a blank line; a sheet is written out now. */
static void table_end(struct doc_table *t)
{
	struct plan_buf *out = t->out;
	const struct plan_render_opts opts = { .sheet = t->sheet };

	if (t->table)
		plan_table_render(t->table, PLAN_FORMAT_XLSX, &opts, out);
	else
		plan_buf_addch(out, '\n');
	plan_table_free(t->table);
	plan_buf_release(&t->headers);
	free(t->columns);
	free(t->at);
	free(t->row);
}

/* Appends a cell: text and its terminating NUL. */
static void cell(struct plan_buf *cells, const char *s)
{
	plan_buf_addstr(cells, s ? s : "");
	plan_buf_addch(cells, '\0');
}

static void cell_count(struct plan_buf *cells, size_t n)
{
	plan_buf_add_size(cells, n);
	plan_buf_addch(cells, '\0');
}

/* A date as the language writes it; for a sheet, YYYY-MM-DD (a date cell). */
static void cell_date(struct plan_buf *cells, enum plan_lang lang, const char *sheet, plan_date d)
{
	char iso[PLAN_DATE_LEN + 1];

	if (d != PLAN_DATE_NONE && sheet) {
		plan_date_format(d, iso);
		plan_buf_addstr(cells, iso);
	} else if (d != PLAN_DATE_NONE) {
		plan_lang_date(cells, lang, d);
	}
	plan_buf_addch(cells, '\0');
}

void doc_counts(struct plan_buf *out, const struct plan_snapshot *st, enum plan_lang lang,
		const char *sheet)
{
	static const struct plan_column spec[] = { { 0 },
						   { .right = true, .kind = PLAN_CELL_NUMBER } };
	static const enum plan_msg headers[] = { PLAN_MSG_MEASURE, PLAN_MSG_TASKS };
	const struct {
		enum plan_msg label;
		size_t n;
	} rows[] = {
		{ PLAN_MSG_TOTAL, st->counts.total },
		{ PLAN_MSG_DONE, st->counts.of[PLAN_CLASS_DONE] },
		{ PLAN_MSG_DONE_LATE, st->counts.done_late },
		{ PLAN_MSG_OVERDUE, st->counts.of[PLAN_CLASS_OVERDUE] },
		{ PLAN_MSG_DUE_SOON, st->counts.of[PLAN_CLASS_DUE_SOON] },
		{ PLAN_MSG_LATER, st->counts.of[PLAN_CLASS_LATER] },
		{ PLAN_MSG_ONGOING, st->counts.of[PLAN_CLASS_ONGOING] },
		{ PLAN_MSG_UNDATED, st->counts.of[PLAN_CLASS_UNDATED] },
		{ PLAN_MSG_DROPPED, st->counts.of[PLAN_CLASS_DROPPED] },
	};
	struct plan_buf cells = PLAN_BUF_INIT, days = PLAN_BUF_INIT;
	struct doc_table t;

	plan_buf_addf(&days, "%d", st->days);
	table_begin(&t, spec, headers, 2, lang, NULL, sheet, out);
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		plan_buf_reset(&cells);
		plan_say(&cells, lang, rows[i].label, days.s, NULL);
		plan_buf_addch(&cells, '\0');
		cell_count(&cells, rows[i].n);
		table_row(&t, &cells);
	}
	table_end(&t);
	plan_buf_release(&cells);
	plan_buf_release(&days);
}

/* True when another unit of the table has the same name (of another body). */
static bool name_shared(const struct plan_snapshot *st, size_t i)
{
	for (size_t k = 0; k < st->n_units; k++)
		if (k != i && strcmp(st->units[k].unit->name, st->units[i].unit->name) == 0)
			return true;
	return false;
}

void doc_unit_label(const struct plan_snapshot *st, size_t i, struct plan_buf *out)
{
	const struct plan_unit_ref *u = st->units[i].unit;

	plan_buf_addstr(out, u->name);
	if (u->parent && name_shared(st, i))
		plan_buf_addf(out, " (%s)", u->parent);
}

void doc_unit_counts(struct plan_buf *out, const struct plan_snapshot *st, enum plan_lang lang,
		     const char *sheet)
{
#define COUNT                                           \
	{                                               \
		.right = true, .kind = PLAN_CELL_NUMBER \
	}
	static const struct plan_column spec[] = {
		{ 0 }, COUNT, COUNT, COUNT, COUNT, COUNT, COUNT, COUNT, COUNT, COUNT,
	};
#undef COUNT
	static const enum plan_msg headers[] = {
		PLAN_MSG_LEAD,          PLAN_MSG_TOTAL_SHORT,
		PLAN_MSG_DONE,          PLAN_MSG_DONE_LATE_SHORT,
		PLAN_MSG_OVERDUE,       PLAN_MSG_DUE_SOON_SHORT,
		PLAN_MSG_LATER,         PLAN_MSG_ONGOING,
		PLAN_MSG_UNDATED_SHORT, PLAN_MSG_DROPPED,
	};
	struct plan_buf cells = PLAN_BUF_INIT, days = PLAN_BUF_INIT;
	struct doc_table t;

	plan_buf_addf(&days, "%d", st->days);
	table_begin(&t, spec, headers, sizeof(headers) / sizeof(headers[0]), lang, days.s, sheet,
		    out);
	for (size_t i = 0; i < st->n_units; i++) {
		const struct plan_counts *c = &st->units[i].counts;

		plan_buf_reset(&cells);
		doc_unit_label(st, i, &cells);
		plan_buf_addch(&cells, '\0');
		cell_count(&cells, c->total);
		cell_count(&cells, c->of[PLAN_CLASS_DONE]);
		cell_count(&cells, c->done_late);
		cell_count(&cells, c->of[PLAN_CLASS_OVERDUE]);
		cell_count(&cells, c->of[PLAN_CLASS_DUE_SOON]);
		cell_count(&cells, c->of[PLAN_CLASS_LATER]);
		cell_count(&cells, c->of[PLAN_CLASS_ONGOING]);
		cell_count(&cells, c->of[PLAN_CLASS_UNDATED]);
		cell_count(&cells, c->of[PLAN_CLASS_DROPPED]);
		table_row(&t, &cells);
	}
	table_end(&t);
	plan_buf_release(&cells);
	plan_buf_release(&days);
}

/* The task's reference: its id alone when the document covers one plan. */
static void cell_ref(struct plan_buf *cells, const struct plan_report_meta *m,
		     const struct plan_task *t)
{
	if (m->n_plans == 1)
		plan_buf_addstr(cells, t->id.s);
	else
		plan_task_ref(t, cells);
	plan_buf_addch(cells, '\0');
}

static void cell_lead(struct plan_buf *cells, const struct plan_task *t)
{
	plan_join_units(plan_task_lead(t), cells);
	plan_buf_addch(cells, '\0');
}

/* The task's text, shortened in a Markdown table, whole in a sheet. */
static void cell_task(struct plan_buf *cells, const struct plan_task *t, const char *sheet)
{
	if (sheet)
		plan_buf_add(cells, t->text.s, t->text.len);
	else
		plan_text_shorten(cells, t->text.s, t->text.len, TASK_CHARS);
	plan_buf_addch(cells, '\0');
}

void doc_tasks(struct plan_buf *out, const struct plan_row *const *rows, size_t n,
	       enum doc_tasks what, const struct plan_report_meta *m, const char *sheet)
{
	static const struct plan_column late_spec[] = { { .keep = true },
							{ 0 },
							{ 0 },
							{ .keep = true, .kind = PLAN_CELL_DATE },
							{ .right = true, .kind = PLAN_CELL_NUMBER },
							{ 0 } };
	static const enum plan_msg late_headers[] = { PLAN_MSG_REF,       PLAN_MSG_LEAD,
						      PLAN_MSG_DEADLINE,  PLAN_MSG_DUE,
						      PLAN_MSG_DAYS_LATE, PLAN_MSG_TASK };
	static const struct plan_column due_spec[] = {
		{ .keep = true }, { 0 }, { 0 }, { .keep = true, .kind = PLAN_CELL_DATE }, { 0 }
	};
	static const enum plan_msg due_headers[] = { PLAN_MSG_REF, PLAN_MSG_LEAD, PLAN_MSG_DEADLINE,
						     PLAN_MSG_DUE, PLAN_MSG_TASK };
	static const struct plan_column unread_spec[] = { { .keep = true }, { 0 }, { 0 }, { 0 } };
	static const enum plan_msg unread_headers[] = { PLAN_MSG_REF, PLAN_MSG_LEAD,
							PLAN_MSG_DEADLINE, PLAN_MSG_TASK };
	struct plan_buf cells = PLAN_BUF_INIT;
	struct doc_table t;

	if (what == DOC_LATE)
		table_begin(&t, late_spec, late_headers, 6, m->lang, NULL, sheet, out);
	else if (what == DOC_DUE)
		table_begin(&t, due_spec, due_headers, 5, m->lang, NULL, sheet, out);
	else
		table_begin(&t, unread_spec, unread_headers, 4, m->lang, NULL, sheet, out);
	for (size_t i = 0; i < n; i++) {
		const struct plan_task *task = rows[i]->task;

		plan_buf_reset(&cells);
		cell_ref(&cells, m, task);
		cell_lead(&cells, task);
		cell(&cells, plan_task_deadline(task)->s);
		if (what != DOC_UNREAD)
			cell_date(&cells, m->lang, sheet, rows[i]->late.next);
		if (what == DOC_LATE)
			cell_count(&cells, (size_t)rows[i]->late.days_late);
		cell_task(&cells, task, sheet);
		table_row(&t, &cells);
	}
	table_end(&t);
	plan_buf_release(&cells);
}

void doc_deliveries(struct plan_buf *out, const struct plan_delivered *v, size_t n,
		    const struct plan_report_meta *m, const char *sheet)
{
	static const struct plan_column spec[] = {
		{ .keep = true, .kind = PLAN_CELL_DATE }, { .keep = true }, { 0 }, { 0 }, { 0 }
	};
	static const enum plan_msg headers[] = { PLAN_MSG_DATE, PLAN_MSG_REF, PLAN_MSG_LEAD,
						 PLAN_MSG_DOCUMENT, PLAN_MSG_TASK };
	struct plan_buf cells = PLAN_BUF_INIT;
	struct doc_table t;

	table_begin(&t, spec, headers, 5, m->lang, NULL, sheet, out);
	for (size_t i = 0; i < n; i++) {
		const struct plan_task *task = v[i].row->task;

		plan_buf_reset(&cells);
		cell_date(&cells, m->lang, sheet, v[i].delivery->on);
		cell_ref(&cells, m, task);
		cell_lead(&cells, task);
		cell(&cells, v[i].delivery->ref.s);
		cell_task(&cells, task, sheet);
		table_row(&t, &cells);
	}
	table_end(&t);
	plan_buf_release(&cells);
}

void doc_footer(struct plan_buf *out, const struct plan_report_meta *m)
{
	plan_buf_addstr(out, "---\n\n*");
	plan_say(out, m->lang, PLAN_MSG_MADE_BY, NULL);
	if (m->commit) {
		struct plan_buf code = PLAN_BUF_INIT;

		plan_buf_addch(&code, '`');
		plan_buf_addstr(&code, m->commit);
		plan_buf_addch(&code, '`');
		plan_say(out, m->lang, PLAN_MSG_MADE_AT_COMMIT, code.s, NULL);
		plan_buf_release(&code);
		if (m->uncommitted)
			plan_say(out, m->lang, PLAN_MSG_UNCOMMITTED, NULL);
	}
	plan_buf_addstr(out, ".*\n");
}

void doc_subject(struct plan_buf *out, const struct plan_report_meta *m, const char *lead,
		 size_t overdue, size_t due)
{
	char n[32];

	plan_buf_addstr(out, "[plan] ");
	if (lead) {
		plan_buf_addstr(out, lead);
		plan_buf_addstr(out, ": ");
	}
	snprintf(n, sizeof(n), "%zu", overdue);
	plan_say(out, m->lang,
		 overdue == 1 ? PLAN_MSG_SUBJECT_OVERDUE_ONE : PLAN_MSG_SUBJECT_OVERDUE_MANY, n,
		 NULL);
	plan_buf_addstr(out, ", ");
	snprintf(n, sizeof(n), "%zu", due);
	plan_say(out, m->lang, PLAN_MSG_SUBJECT_DUE, n, NULL);
	if (m->n_units) {
		plan_buf_addstr(out, " — ");
		doc_unit_names(m, out);
	} else if (!lead) {
		plan_buf_addstr(out, " — ");
		doc_plan_numbers(m, out);
	}
}
