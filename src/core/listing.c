/* listing.c - rows of tasks as a table, Markdown, CSV or JSON. */
#include "plan/listing.h"

#include <string.h>

#include "plan/json.h"

enum { COL_REF, COL_LEAD, COL_DEADLINE, COL_DUE, COL_STATUS, COL_TASK, N_COLUMNS };

static const struct plan_column task_columns[N_COLUMNS] = {
	[COL_REF] = { .header = "REF", .key = "ref", .keep = true },
	[COL_LEAD] = { .header = "LEAD", .key = "lead", .min_width = 14, .max_width = 28 },
	[COL_DEADLINE] = { .header = "DEADLINE",
			   .key = "deadline",
			   .min_width = 13,
			   .max_width = 18,
			   .lasting = true },
	/* the first due date not met yet, as the deadline reads; empty when none */
	[COL_DUE] = { .header = "DUE", .key = "due", .keep = true, .kind = PLAN_CELL_DATE },
	[COL_STATUS] = { .header = "STATUS", .key = "status", .keep = true, .lasting = true },
	[COL_TASK] = { .header = "TASK",
		       .key = "task",
		       .min_width = 20,
		       .ideal_width = 40,
		       .flex = true,
		       .lasting = true },
};

enum { OCOL_REF, OCOL_LEAD, OCOL_DEADLINE, OCOL_MISSED, OCOL_LATE, OCOL_TASK, N_OCOLUMNS };

static const struct plan_column overdue_columns[N_OCOLUMNS] = {
	[OCOL_REF] = { .header = "REF", .key = "ref", .keep = true },
	[OCOL_LEAD] = { .header = "LEAD", .key = "lead", .min_width = 14, .max_width = 28 },
	[OCOL_DEADLINE] = { .header = "DEADLINE",
			    .key = "deadline",
			    .min_width = 13,
			    .max_width = 18,
			    .lasting = true },
	[OCOL_MISSED] = { .header = "MISSED",
			  .key = "missed",
			  .keep = true,
			  .kind = PLAN_CELL_DATE },
	[OCOL_LATE] = { .header = "LATE",
			.key = "days_late",
			.keep = true,
			.right = true,
			.kind = PLAN_CELL_NUMBER },
	[OCOL_TASK] = { .header = "TASK",
			.key = "task",
			.min_width = 20,
			.ideal_width = 40,
			.flex = true,
			.lasting = true },
};

void plan_join_units(const struct plan_texts *list, struct plan_buf *out)
{
	for (size_t i = 0; i < list->n; i++) {
		if (i)
			plan_buf_addstr(out, "; ");
		plan_buf_add(out, list->v[i].s, list->v[i].len);
	}
}

static enum plan_style status_style(enum plan_status status)
{
	switch (status) {
	case PLAN_DONE:
		return PLAN_STYLE_GOOD;
	case PLAN_DOING:
		return PLAN_STYLE_WARN;
	case PLAN_DROPPED:
		return PLAN_STYLE_DIM;
	default:
		return PLAN_STYLE_PLAIN;
	}
}

static struct plan_cell text_cell(const struct plan_text *t)
{
	return (struct plan_cell){ t->s, t->s ? t->len : 0, PLAN_STYLE_PLAIN };
}

/* The cells of a row, with room for its formatted pieces. */
struct cells {
	struct plan_buf ref, lead, late;
	char due[PLAN_DATE_LEN + 1]; /* the first due date not met, formatted */
};

static void fill_tasks(const struct plan_row *r, struct cells *c, struct plan_cell *cells)
{
	const struct plan_task *t = r->task;
	const char *status = plan_status_name(t->status);

	cells[COL_REF] = (struct plan_cell){ c->ref.s, c->ref.len, PLAN_STYLE_PLAIN };
	cells[COL_LEAD] = (struct plan_cell){ c->lead.s, c->lead.len, PLAN_STYLE_PLAIN };
	cells[COL_DEADLINE] = text_cell(plan_task_deadline(t));
	if (r->late.next != PLAN_DATE_NONE)
		plan_date_format(r->late.next, c->due);
	cells[COL_DUE] =
	    (struct plan_cell){ c->due, r->late.next != PLAN_DATE_NONE ? PLAN_DATE_LEN : 0,
				r->late.overdue ? PLAN_STYLE_BAD : PLAN_STYLE_PLAIN };
	cells[COL_STATUS] = (struct plan_cell){ status, strlen(status), status_style(t->status) };
	cells[COL_TASK] = text_cell(&t->text);
}

static void fill_overdue(const struct plan_row *r, struct cells *c, struct plan_cell *cells)
{
	const struct plan_task *t = r->task;

	plan_date_format(r->late.next, c->due);
	plan_buf_addf(&c->late, "%d", r->late.days_late);
	cells[OCOL_REF] = (struct plan_cell){ c->ref.s, c->ref.len, PLAN_STYLE_PLAIN };
	cells[OCOL_LEAD] = (struct plan_cell){ c->lead.s, c->lead.len, PLAN_STYLE_PLAIN };
	cells[OCOL_DEADLINE] = text_cell(plan_task_deadline(t));
	cells[OCOL_MISSED] = (struct plan_cell){ c->due, PLAN_DATE_LEN, PLAN_STYLE_BAD };
	cells[OCOL_LATE] = (struct plan_cell){ c->late.s, c->late.len, PLAN_STYLE_BAD };
	cells[OCOL_TASK] = text_cell(&t->text);
}

static const struct plan_column via_column = {
	.header = "VIA", .key = "via", .min_width = 12, .max_width = 24, .lasting = true
};

/* Puts the VIA cell (or column) before the last one, TASK. */
static void insert_before_last(void *v, size_t n, size_t size, const void *item)
{
	unsigned char *p = v;

	memcpy(p + n * size, p + (n - 1) * size, size);
	memcpy(p + (n - 1) * size, item, size);
}

static void render_grid(const struct plan_rows *rows, enum plan_listing what, unsigned flags,
			enum plan_format format, const struct plan_render_opts *opts,
			struct plan_buf *out)
{
	const bool overdue = what == PLAN_LISTING_OVERDUE, via = flags & PLAN_LISTING_VIA;
	const size_t base = overdue ? N_OCOLUMNS : N_COLUMNS, n = base + via;
	struct plan_column columns[N_OCOLUMNS + 1];
	struct cells c = { PLAN_BUF_INIT, PLAN_BUF_INIT, PLAN_BUF_INIT, "" };
	struct plan_cell cells[N_OCOLUMNS + 1];
	struct plan_table *table;

	memcpy(columns, overdue ? overdue_columns : task_columns, base * sizeof(*columns));
	if (via)
		insert_before_last(columns, base, sizeof(*columns), &via_column);
	table = plan_table_new(columns, n);
	for (size_t i = 0; i < rows->n; i++) {
		const struct plan_row *r = &rows->v[i];

		plan_buf_reset(&c.ref);
		plan_buf_reset(&c.lead);
		plan_buf_reset(&c.late);
		plan_task_ref(r->task, &c.ref);
		plan_join_units(plan_task_lead(r->task), &c.lead);
		if (overdue)
			fill_overdue(r, &c, cells);
		else
			fill_tasks(r, &c, cells);
		if (via) {
			const struct plan_cell by = { r->via ? r->via->name : "",
						      r->via ? strlen(r->via->name) : 0,
						      PLAN_STYLE_DIM };

			insert_before_last(cells, base, sizeof(*cells), &by);
		}
		plan_table_add(table, cells);
	}
	plan_table_render(table, format, opts, out);
	plan_table_free(table);
	plan_buf_release(&c.ref);
	plan_buf_release(&c.lead);
	plan_buf_release(&c.late);
}

static void json_text(struct plan_json *j, const char *key, const struct plan_text *t)
{
	plan_json_key(j, key);
	if (t->s)
		plan_json_string(j, t->s, t->len);
	else
		plan_json_null(j);
}

static void json_texts(struct plan_json *j, const char *key, const struct plan_texts *list)
{
	plan_json_key(j, key);
	plan_json_begin_array(j);
	for (size_t i = 0; i < list->n; i++)
		plan_json_string(j, list->v[i].s, list->v[i].len);
	plan_json_end_array(j);
}

static void json_date(struct plan_json *j, plan_date d)
{
	char s[PLAN_DATE_LEN + 1];

	plan_date_format(d, s);
	plan_json_str(j, s);
}

static void json_when(struct plan_json *j, const struct plan_row *r)
{
	plan_json_key(j, "due");
	plan_json_begin_array(j);
	for (size_t i = 0; i < r->when.n_due; i++)
		json_date(j, r->when.due[i].date);
	plan_json_end_array(j);
	plan_json_key(j, "kind");
	plan_json_str(j, plan_kind_names[r->when.kind]);
	plan_json_key(j, "missed");
	if (r->late.overdue)
		json_date(j, r->late.next);
	else
		plan_json_null(j);
	plan_json_key(j, "days_late");
	if (r->late.overdue)
		plan_json_int(j, r->late.days_late);
	else
		plan_json_null(j);
	plan_json_key(j, "via");
	plan_json_str(j, r->via ? r->via->name : NULL);
}

static void json_task(struct plan_json *j, const struct plan_row *r, struct plan_buf *tmp)
{
	const struct plan_task *t = r->task;

	plan_json_begin_object(j);
	plan_buf_reset(tmp);
	plan_task_ref(t, tmp);
	plan_json_key(j, "ref");
	plan_json_string(j, tmp->s, tmp->len);
	plan_json_key(j, "plan");
	plan_json_str(j, t->plan->id.s);
	plan_json_key(j, "id");
	plan_json_str(j, t->id.s);
	json_text(j, "section", &t->section->id);
	plan_json_key(j, "parent");
	if (t->parent) {
		plan_buf_reset(tmp);
		plan_task_ref(t->parent, tmp);
		plan_json_string(j, tmp->s, tmp->len);
	} else {
		plan_json_null(j);
	}
	json_text(j, "task", &t->text);
	json_texts(j, "lead", plan_task_lead(t));
	json_texts(j, "support", plan_task_support(t));
	json_text(j, "deadline", plan_task_deadline(t));
	json_when(j, r);
	json_text(j, "product", &t->product);
	json_text(j, "funding", plan_task_funding(t));
	json_text(j, "note", &t->note);
	plan_json_key(j, "status");
	plan_json_str(j, plan_status_name(t->status));
	plan_json_key(j, "delivered");
	plan_json_begin_array(j);
	for (size_t i = 0; i < t->n_delivered; i++) {
		plan_json_begin_object(j);
		plan_json_key(j, "on");
		json_date(j, t->delivered[i].on);
		json_text(j, "ref", &t->delivered[i].ref);
		plan_json_end_object(j);
	}
	plan_json_end_array(j);
	plan_json_key(j, "file");
	plan_json_str(j, t->plan->path);
	plan_json_key(j, "line");
	plan_json_int(j, t->pos.line);
	plan_json_end_object(j);
}

static void render_json(const struct plan_rows *rows, struct plan_buf *out)
{
	struct plan_json j;
	struct plan_buf tmp = PLAN_BUF_INIT;

	plan_json_init(&j, out);
	plan_json_begin_array(&j);
	for (size_t i = 0; i < rows->n; i++)
		json_task(&j, &rows->v[i], &tmp);
	plan_json_end_array(&j);
	plan_json_finish(&j);
	plan_buf_release(&tmp);
}

void plan_listing_render(const struct plan_rows *rows, enum plan_listing what, unsigned flags,
			 enum plan_format format, const struct plan_render_opts *opts,
			 struct plan_buf *out)
{
	if (format == PLAN_FORMAT_JSON)
		render_json(rows, out);
	else
		render_grid(rows, what, flags, format, opts, out);
}
