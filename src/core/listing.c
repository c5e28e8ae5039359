/* listing.c - rows of tasks as a table, Markdown, CSV or JSON. */
#include "plan/listing.h"

#include <assert.h>
#include <string.h>

#include "json.h"
#include "suggest.h"

/* The column catalogue, in the order of --columns all. */
enum col {
	C_REF,
	C_PLAN,
	C_ID,
	C_SECTION,
	C_PARENT,
	C_LEAD,
	C_SUPPORT,
	C_DEADLINE,
	C_KIND,
	C_DUE,
	C_DUES,
	C_MISSED,
	C_DAYS_LATE,
	C_STATUS,
	C_DELIVERED,
	C_VIA,
	C_PRODUCT,
	C_FUNDING,
	C_NOTE,
	C_TASK,
	C_FILE,
	C_LINE,
	N_COLS
};

static_assert((int)N_COLS <= (int)PLAN_LISTING_COLUMNS_MAX, "PLAN_LISTING_COLUMNS_MAX too small");

/* clang-format off */
static const struct plan_column catalogue[N_COLS] = {
	[C_REF] = { .header = "REF", .key = "ref", .keep = true },
	[C_PLAN] = { .header = "PLAN", .key = "plan", .keep = true, .lasting = true },
	[C_ID] = { .header = "ID", .key = "id", .keep = true, .lasting = true },
	[C_SECTION] = { .header = "SECTION", .key = "section", .min_width = 6, .max_width = 12,
			.lasting = true },
	[C_PARENT] = { .header = "PARENT", .key = "parent", .keep = true },
	[C_LEAD] = { .header = "LEAD", .key = "lead", .min_width = 14, .max_width = 28 },
	[C_SUPPORT] = { .header = "SUPPORT", .key = "support", .min_width = 14, .max_width = 28 },
	[C_DEADLINE] = { .header = "DEADLINE", .key = "deadline", .min_width = 13, .max_width = 18,
			 .lasting = true },
	[C_KIND] = { .header = "KIND", .key = "kind", .keep = true, .lasting = true },
	/* the first due date not met yet, as the deadline reads; empty when none */
	[C_DUE] = { .header = "DUE", .key = "due", .keep = true, .kind = PLAN_CELL_DATE },
	/* every due date the deadline gives, met or not */
	[C_DUES] = { .header = "DUES", .key = "dues", .min_width = 10, .max_width = 22 },
	[C_MISSED] = { .header = "MISSED", .key = "missed", .keep = true, .kind = PLAN_CELL_DATE },
	[C_DAYS_LATE] = { .header = "LATE", .key = "days_late", .keep = true, .right = true,
			  .kind = PLAN_CELL_NUMBER },
	[C_STATUS] = { .header = "STATUS", .key = "status", .keep = true, .lasting = true },
	[C_DELIVERED] = { .header = "DELIVERED", .key = "delivered", .min_width = 10,
			  .max_width = 30 },
	[C_VIA] = { .header = "VIA", .key = "via", .min_width = 12, .max_width = 24,
		    .lasting = true },
	[C_PRODUCT] = { .header = "PRODUCT", .key = "product", .min_width = 12, .ideal_width = 30,
			.flex = true, .lasting = true },
	[C_FUNDING] = { .header = "FUNDING", .key = "funding", .min_width = 10, .max_width = 20,
			.lasting = true },
	[C_NOTE] = { .header = "NOTE", .key = "note", .min_width = 12, .ideal_width = 30,
		     .flex = true, .lasting = true },
	[C_TASK] = { .header = "TASK", .key = "task", .min_width = 20, .ideal_width = 40,
		     .flex = true, .lasting = true },
	[C_FILE] = { .header = "FILE", .key = "file", .min_width = 12, .max_width = 30,
		     .tail = true, .lasting = true },
	[C_LINE] = { .header = "LINE", .key = "line", .keep = true, .right = true,
		     .kind = PLAN_CELL_NUMBER },
};
/* clang-format on */

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

static struct plan_cell str_cell(const char *s, enum plan_style style)
{
	return (struct plan_cell){ s, s ? strlen(s) : 0, style };
}

static void add_date(struct plan_buf *b, plan_date d)
{
	char s[PLAN_DATE_LEN + 1];

	plan_date_format(d, s);
	plan_buf_add(b, s, PLAN_DATE_LEN);
}

/* Fills b with the text of a column the row's task does not hold as it is. */
static enum plan_style format_cell(enum col id, const struct plan_row *r, struct plan_buf *b)
{
	const struct plan_task *t = r->task;

	switch (id) {
	case C_REF:
		plan_task_ref(t, b);
		break;
	case C_PARENT:
		if (t->parent)
			plan_task_ref(t->parent, b);
		break;
	case C_LEAD:
	case C_SUPPORT:
		plan_join_units(id == C_LEAD ? plan_task_lead(t) : plan_task_support(t), b);
		break;
	case C_DUE:
		if (r->late.next != PLAN_DATE_NONE)
			add_date(b, r->late.next);
		return r->late.overdue ? PLAN_STYLE_BAD : PLAN_STYLE_PLAIN;
	case C_DUES:
		for (size_t i = 0; i < r->when.n_due; i++) {
			if (i)
				plan_buf_addstr(b, "; ");
			add_date(b, r->when.due[i].date);
		}
		break;
	case C_MISSED:
	case C_DAYS_LATE:
		if (r->late.overdue && id == C_MISSED)
			add_date(b, r->late.next);
		else if (r->late.overdue)
			plan_buf_addf(b, "%d", r->late.days_late);
		return PLAN_STYLE_BAD;
	case C_DELIVERED:
		for (size_t i = 0; i < t->n_delivered; i++) {
			if (i)
				plan_buf_addstr(b, "; ");
			add_date(b, t->delivered[i].on);
			if (t->delivered[i].ref.s)
				plan_buf_addf(b, " %.*s", (int)t->delivered[i].ref.len,
					      t->delivered[i].ref.s);
		}
		break;
	case C_LINE:
		plan_buf_addf(b, "%u", (unsigned)t->pos.line);
		break;
	default:
		break;
	}
	return PLAN_STYLE_PLAIN;
}

/* The cell of column id for row r; b holds the text of a formatted one. */
static struct plan_cell fill_cell(enum col id, const struct plan_row *r, struct plan_buf *b)
{
	const struct plan_task *t = r->task;
	enum plan_style style;

	switch (id) {
	case C_PLAN:
		return text_cell(&t->plan->id);
	case C_ID:
		return text_cell(&t->id);
	case C_SECTION:
		return text_cell(&t->section->id);
	case C_DEADLINE:
		return text_cell(plan_task_deadline(t));
	case C_KIND:
		return str_cell(plan_kind_names[r->when.kind], PLAN_STYLE_PLAIN);
	case C_STATUS:
		return str_cell(plan_status_name(t->status), status_style(t->status));
	case C_VIA:
		return str_cell(r->via ? r->via->name : NULL, PLAN_STYLE_DIM);
	case C_PRODUCT:
		return text_cell(&t->product);
	case C_FUNDING:
		return text_cell(plan_task_funding(t));
	case C_NOTE:
		return text_cell(&t->note);
	case C_TASK:
		return text_cell(&t->text);
	case C_FILE:
		return str_cell(t->plan->path, PLAN_STYLE_PLAIN);
	default:
		plan_buf_reset(b);
		style = format_cell(id, r, b);
		return (struct plan_cell){ b->s, b->len, style };
	}
}

const char *plan_listing_column_name(size_t i)
{
	return i < N_COLS ? catalogue[i].key : NULL;
}

static void add(struct plan_listing_columns *c, enum col id)
{
	c->v[c->n++] = (unsigned char)id;
}

void plan_listing_columns_default(enum plan_listing what, unsigned flags,
				  struct plan_listing_columns *out)
{
	out->n = 0;
	add(out, C_REF);
	add(out, C_LEAD);
	add(out, C_DEADLINE);
	if (what == PLAN_LISTING_OVERDUE) {
		add(out, C_MISSED);
		add(out, C_DAYS_LATE);
	} else {
		add(out, C_DUE);
		add(out, C_STATUS);
	}
	if (flags & PLAN_LISTING_VIA)
		add(out, C_VIA);
	add(out, C_TASK);
}

/* Appends "ref, plan, …, line or all" to err. */
static void list_names(struct plan_buf *err)
{
	for (size_t i = 0; i < N_COLS; i++)
		plan_buf_addf(err, "%s%s", catalogue[i].key, i + 1 < N_COLS ? ", " : " or all");
}

/* Adds the column of the name s[0..len) (or all of them) to out; -1 with err when none. */
static int add_named(const char *s, size_t len, unsigned flags, struct plan_listing_columns *out,
		     struct plan_buf *err)
{
	const char *names[N_COLS + 1], *hint;
	char word[PLAN_EDIT_MAX_CHARS + 1];
	int id = -1;

	for (size_t i = 0; i < N_COLS; i++) {
		names[i] = catalogue[i].key;
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			id = (int)i;
	}
	names[N_COLS] = "all";
	if (id >= 0) {
		for (size_t i = 0; i < out->n; i++) {
			if (out->v[i] == id) {
				plan_buf_addf(err, "column '%.*s' chosen twice", (int)len, s);
				return -1;
			}
		}
		add(out, (enum col)id);
		return 0;
	}
	if (len == 3 && memcmp(s, "all", 3) == 0) {
		for (size_t i = 0; i < N_COLS; i++)
			if ((i != C_VIA || (flags & PLAN_LISTING_VIA)) &&
			    add_named(names[i], strlen(names[i]), flags, out, err))
				return -1;
		return 0;
	}
	if (len > PLAN_EDIT_MAX_CHARS)
		len = PLAN_EDIT_MAX_CHARS;
	memcpy(word, s, len);
	word[len] = 0;
	if (len)
		plan_buf_addf(err, "unknown column '%s'", word);
	else
		plan_buf_addstr(err, "empty column name");
	if ((hint = len ? plan_suggest(word, names, N_COLS + 1) : NULL))
		plan_buf_addf(err, " (did you mean '%s'?)", hint);
	plan_buf_addstr(err, "; expected ");
	list_names(err);
	return -1;
}

int plan_listing_columns_parse(const char *list, unsigned flags, struct plan_listing_columns *out,
			       struct plan_buf *err)
{
	struct plan_listing_columns c = { 0 };

	if (!*list) {
		plan_buf_addstr(err, "no column chosen; expected ");
		list_names(err);
		return -1;
	}
	for (const char *s = list;; s++) {
		size_t len = strcspn(s, ",");

		if (add_named(s, len, flags, &c, err))
			return -1;
		s += len;
		if (!*s)
			break;
	}
	*out = c;
	return 0;
}

static void render_grid(const struct plan_rows *rows, const struct plan_listing_columns *cols,
			enum plan_format format, const struct plan_render_opts *opts,
			struct plan_buf *out)
{
	struct plan_column columns[PLAN_LISTING_COLUMNS_MAX];
	struct plan_cell cells[PLAN_LISTING_COLUMNS_MAX];
	struct plan_buf scratch[PLAN_LISTING_COLUMNS_MAX];
	struct plan_table *table;

	for (size_t k = 0; k < cols->n; k++) {
		columns[k] = catalogue[cols->v[k]];
		scratch[k] = (struct plan_buf)PLAN_BUF_INIT;
	}
	table = plan_table_new(columns, cols->n);
	plan_table_reserve(table, rows->n);
	for (size_t i = 0; i < rows->n; i++) {
		for (size_t k = 0; k < cols->n; k++)
			cells[k] = fill_cell((enum col)cols->v[k], &rows->v[i], &scratch[k]);
		plan_table_add(table, cells);
	}
	plan_table_render(table, format, opts, out);
	plan_table_free(table);
	for (size_t k = 0; k < cols->n; k++)
		plan_buf_release(&scratch[k]);
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

static void json_delivered(struct plan_json *j, const struct plan_task *t)
{
	plan_json_begin_array(j);
	for (size_t i = 0; i < t->n_delivered; i++) {
		plan_json_begin_object(j);
		plan_json_key(j, "on");
		json_date(j, t->delivered[i].on);
		json_text(j, "ref", &t->delivered[i].ref);
		plan_json_end_object(j);
	}
	plan_json_end_array(j);
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
	json_delivered(j, t);
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

/* A chosen column's value: what the default JSON writes for lists, else its cell. */
static void json_column(struct plan_json *j, enum col id, const struct plan_row *r,
			struct plan_buf *tmp)
{
	const struct plan_task *t = r->task;
	struct plan_cell c;

	switch (id) {
	case C_LEAD:
	case C_SUPPORT:
		json_texts(j, catalogue[id].key,
			   id == C_LEAD ? plan_task_lead(t) : plan_task_support(t));
		return;
	case C_DUES:
		plan_json_key(j, "dues");
		plan_json_begin_array(j);
		for (size_t i = 0; i < r->when.n_due; i++)
			json_date(j, r->when.due[i].date);
		plan_json_end_array(j);
		return;
	case C_DELIVERED:
		plan_json_key(j, "delivered");
		json_delivered(j, t);
		return;
	default:
		break;
	}
	c = fill_cell(id, r, tmp);
	plan_json_key(j, catalogue[id].key);
	if (!c.len)
		plan_json_null(j);
	else if (catalogue[id].kind == PLAN_CELL_NUMBER)
		plan_json_int(j, id == C_LINE ? (long long)t->pos.line : r->late.days_late);
	else
		plan_json_string(j, c.s, c.len);
}

static void render_json_columns(const struct plan_rows *rows,
				const struct plan_listing_columns *cols, struct plan_buf *out)
{
	struct plan_json j;
	struct plan_buf tmp = PLAN_BUF_INIT;

	plan_json_init(&j, out);
	plan_json_begin_array(&j);
	for (size_t i = 0; i < rows->n; i++) {
		plan_json_begin_object(&j);
		for (size_t k = 0; k < cols->n; k++)
			json_column(&j, (enum col)cols->v[k], &rows->v[i], &tmp);
		plan_json_end_object(&j);
	}
	plan_json_end_array(&j);
	plan_json_finish(&j);
	plan_buf_release(&tmp);
}

void plan_listing_render_columns(const struct plan_rows *rows,
				 const struct plan_listing_columns *cols, enum plan_format format,
				 const struct plan_render_opts *opts, struct plan_buf *out)
{
	if (format == PLAN_FORMAT_JSON)
		render_json_columns(rows, cols, out);
	else
		render_grid(rows, cols, format, opts, out);
}

void plan_listing_render(const struct plan_rows *rows, enum plan_listing what, unsigned flags,
			 enum plan_format format, const struct plan_render_opts *opts,
			 struct plan_buf *out)
{
	struct plan_listing_columns cols;

	if (format == PLAN_FORMAT_JSON) {
		render_json(rows, out);
		return;
	}
	plan_listing_columns_default(what, flags, &cols);
	render_grid(rows, &cols, format, opts, out);
}
