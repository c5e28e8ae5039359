/*
 * import_table.c - the rows of a document's table of tasks: which are
 * sections, tasks and subtasks by their numbers, which go on from the row
 * above, and each cell into its field.
 */
#include "import_int.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "text.h"

#include <utf8proc.h>

/* -- numbers ----------------------------------------------------------------------- */

static bool roman(const char *s, size_t len)
{
	if (!len)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!strchr("IVXL", s[i]))
			return false;
	return true;
}

/* A section's number: I, II…, or one capital letter (Đ too); its length in bytes, or 0. */
/* Whether a numeral ends at s: the cell's end, or ".", ")", ":" or a space before its title. */
static bool numeral_ends(const char *s)
{
	return !*s || *s == ' ' || (strchr(".):", *s) && (!s[1] || s[1] == ' '));
}

/* The length of a section's numeral at s: "II", "B.", "Đ)" (not "A.1"); 0 for none. */
static size_t section_number(const char *s)
{
	size_t n = strspn(s, "IVXL");

	if (n && roman(s, n) && numeral_ends(s + n))
		return n;
	if (s[0] >= 'A' && s[0] <= 'Z' && numeral_ends(s + 1))
		return 1;
	if (strncmp(s, "Đ", 2) == 0 && numeral_ends(s + 2))
		return 2;
	return 0;
}

static size_t letter_number(const char *s)
{
	if (s[0] >= 'a' && s[0] <= 'z' && (!s[1] || ((s[1] == ')' || s[1] == '.') && !s[2])))
		return 1;
	if (strncmp(s, "đ", 2) == 0 && (!s[2] || ((s[2] == ')' || s[2] == '.') && !s[3])))
		return 2;
	return 0;
}

/* "2", "2.", "1.1", "2.3.1": digits and dots; its length without a final dot, or 0. */
static size_t task_number(const char *s)
{
	size_t n = 0;

	while (s[n] >= '0' && s[n] <= '9') {
		while (s[n] >= '0' && s[n] <= '9')
			n++;
		if (s[n] == '.' && s[n + 1] >= '0' && s[n + 1] <= '9')
			n++;
	}
	return n && (!s[n] || ((s[n] == '.' || s[n] == ')') && !s[n + 1])) ? n : 0;
}

/* A row of numbers over the columns, "(1) (2) (3)" or "1 2 3": no task. */
static bool numbering_row(const struct doc_table *t, size_t r)
{
	size_t numbers = 0;

	for (size_t c = 0; c < t->n_cols; c++) {
		const char *s = imp_own_text(&t->rows[r].cells[c]);

		if (!*s)
			continue;
		s += *s == '(';
		if (strspn(s, "0123456789") == 0 || strspn(s, "0123456789)") != strlen(s))
			return false;
		numbers++;
	}
	return numbers >= 3;
}

/*
 * Appends a cell's text to a field: line breaks and the spaces around them
 * become one space, but in unit cells, where they separate units.
 */
static void put(struct plan_buf *field, const char *s, bool units, const char *joiner)
{
	if (!*s)
		return;
	/* a word a page break cut after its hyphen ("104/NĐ-" and "CP") is one word */
	if (field->len && !(field->len >= 2 && field->s[field->len - 1] == '-' &&
			    field->s[field->len - 2] != ' ' && !units))
		plan_buf_addstr(field, joiner);
	for (; *s; s++) {
		if (*s == '\n' && !units) {
			while (field->len && field->s[field->len - 1] == ' ')
				plan_buf_truncate(field, field->len - 1);
			plan_buf_addch(field, ' ');
			while (s[1] == ' ')
				s++;
		} else {
			plan_buf_addch(field, *s);
		}
	}
}

struct reading {
	const struct doc_table *t;
	struct imp_plan *p;
	enum imp_field *map;
	char **names; /* the header's words of each column */
	size_t id_col, task_col;
	size_t last_top; /* the last task that is no subtask, or SIZE_MAX */
	size_t section;  /* the current section, or SIZE_MAX */
	bool page_break; /* the header was repeated just above: a new page begins */
	bool *carried;   /* the columns of this row carried over to the row above */
	struct plan_diags *diags;
};

static void warn(struct reading *rd, size_t row, size_t col, const char *code, const char *fmt, ...)
    PLAN_PRINTF(5, 6);

static void warn(struct reading *rd, size_t row, size_t col, const char *code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	plan_diags_vadd(rd->diags, rd->p->where,
			(struct plan_pos){ (unsigned)row + 1, (unsigned)col + 1 }, PLAN_WARNING,
			code, fmt, ap);
	va_end(ap);
}

/* Whether f is a field of a plan (IMP_ID … IMP_NOTE), not a column for notes. */
static bool field_of_plan(enum imp_field f)
{
	return (int)f < (int)IMP_FIELDS;
}

/*
 * Whether a cell merged down from a task's row into its subtask's says what
 * the task says: the subtask inherits it, and need not repeat it.
 */
static bool inherited(const struct reading *rd, const struct imp_task *t,
		      const struct doc_cell *cell, enum imp_field f)
{
	struct plan_buf own = PLAN_BUF_INIT;
	const struct plan_buf *parent;
	bool same;

	if (cell->cover != DOC_ABOVE || t->parent == SIZE_MAX || !field_of_plan(f))
		return false;
	parent = &rd->p->tasks[t->parent].field[f];
	put(&own, cell->text, f == IMP_LEAD || f == IMP_SUPPORT, "");
	same = own.len == parent->len && memcmp(own.s, parent->s, own.len) == 0;
	plan_buf_release(&own);
	return same;
}

/*
 * The fields of row r into task t: each placed column, then the others
 * into its note, after the note's own words, each under its column's title.
 */
static void fill(struct reading *rd, struct imp_task *t, size_t r, bool joining)
{
	const struct doc_row *row = &rd->t->rows[r];

	for (int placed = 1; placed >= 0; placed--) {
		for (size_t c = 0; c < rd->t->n_cols; c++) {
			const struct doc_cell *cell = &row->cells[c];
			const enum imp_field f = rd->map[c];
			const char *s = imp_own_text(cell);
			struct plan_buf labelled = PLAN_BUF_INIT;

			if (f == IMP_ID || !*s || rd->carried[c] || field_of_plan(f) != placed ||
			    (joining && cell->cover == DOC_ABOVE) || inherited(rd, t, cell, f))
				continue;
			if (field_of_plan(f)) {
				put(&t->field[f], s, f == IMP_LEAD || f == IMP_SUPPORT,
				    f == IMP_LEAD || f == IMP_SUPPORT ? "\n"
				    : f == IMP_NOTE && !joining       ? "; "
								      : " ");
				continue;
			}
			if (f == IMP_OTHER)
				plan_buf_addf(&labelled, "%s: %s", rd->names[c], s);
			else
				plan_buf_addf(&labelled, "Cột %zu: %s", c + 1, s);
			put(&t->field[IMP_NOTE], labelled.s, false, "; ");
			plan_buf_release(&labelled);
		}
	}
}

static struct imp_task *new_task(struct reading *rd, const char *id, size_t parent, size_t r)
{
	struct imp_plan *p = rd->p;
	struct imp_task *t;

	PLAN_GROW(p->tasks, p->cap_tasks, p->n_tasks + 1);
	t = &p->tasks[p->n_tasks++];
	memset(t, 0, sizeof(*t));
	for (int f = 0; f < IMP_FIELDS; f++)
		plan_buf_init(&t->field[f]);
	t->id = plan_xstrdup(id);
	t->parent = parent;
	t->section = rd->section;
	t->row = r + 1;
	if (parent == SIZE_MAX) {
		rd->last_top = p->n_tasks - 1;
		p->sum.tasks++;
	} else {
		p->tasks[parent].subtasks++;
		p->sum.subtasks++;
	}
	return t;
}

static void new_section(struct reading *rd, const char *id, size_t len, const char *title, size_t r)
{
	struct imp_plan *p = rd->p;
	struct imp_section *s;
	struct plan_buf title_text = PLAN_BUF_INIT;

	p->sections = plan_xreallocarray(p->sections, p->n_sections + 1, sizeof(*p->sections));
	s = &p->sections[p->n_sections++];
	s->id = plan_xmemdup(id, len);
	put(&title_text, title, false, " ");
	s->title = plan_buf_detach(&title_text);
	s->row = r + 1;
	rd->section = p->n_sections - 1;
	rd->last_top = SIZE_MAX;
	p->sum.sections++;
}

/* The text of a row's first cell with any, after column after. */
static const char *first_text(const struct reading *rd, size_t r, size_t after)
{
	for (size_t c = after + 1; c < rd->t->n_cols; c++)
		if (*imp_own_text(&rd->t->rows[r].cells[c]))
			return imp_own_text(&rd->t->rows[r].cells[c]);
	return "";
}

/* Whether text opens with a small letter, as words that go on do. */
static bool lower_start(const char *s)
{
	int32_t cp;

	return *s && plan_utf8_next(s, strlen(s), &cp) && utf8proc_islower(cp);
}

/* Whether a field stops short, its list or its words going on: "…; ", "…, ", "… các". */
static bool open_end(const struct plan_buf *field)
{
	size_t n = field->len;

	while (n && (field->s[n - 1] == ' ' || field->s[n - 1] == '\n'))
		n--;
	return n && strchr(";,-", field->s[n - 1]);
}

/*
 * A page broke a row's cells across the repeated header: the cells of the first row below
 * that go on with the row above (a list ending in ";", words in small letters) are its.
 */
static void carry_over(struct reading *rd, size_t r, bool *skip)
{
	static const enum imp_field fields[] = { IMP_LEAD, IMP_SUPPORT, IMP_PRODUCT, IMP_DEADLINE };
	const struct imp_task *last = &rd->p->tasks[rd->p->n_tasks - 1];

	for (size_t c = 0; c < rd->t->n_cols; c++) {
		const char *s = imp_own_text(&rd->t->rows[r].cells[c]);

		for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
			/* a sub-row's empty cell: its parent's cell may be the one going on */
			struct imp_task *above =
			    !last->field[fields[i]].len && last->parent != SIZE_MAX
				? &rd->p->tasks[last->parent]
				: &rd->p->tasks[rd->p->n_tasks - 1];
			struct plan_buf *field = &above->field[fields[i]];
			const bool units = fields[i] == IMP_LEAD || fields[i] == IMP_SUPPORT;

			if (rd->map[c] != fields[i] || !*s || !field->len ||
			    !(open_end(field) || lower_start(s)))
				continue;
			put(field, s, units, units && open_end(field) ? "\n" : " ");
			skip[c] = true;
			rd->p->sum.joined++;
		}
	}
}

/* Whether task text opens with a dash or bullet, as unnumbered sub-rows do. */
static bool bulleted(const char *s)
{
	return *s == '-' || *s == '+' || strncmp(s, "•", 3) == 0 || strncmp(s, "–", 3) == 0;
}

/* Whether an id cell holds a number of the document's own ("A.1", "1a", "3 bis"), not words. */
static bool own_number(const char *id)
{
	size_t n = 0;

	for (const char *p = id; *p; p++) {
		if (*p == '\n' || (*p == ' ' && p[1] == ' '))
			return false;
		n += *p != ' ';
	}
	return n && n <= 12 && !strchr(id, ':');
}

/* The task that numbers id (n bytes of a task number) one level up: "2" for "2.3"; SIZE_MAX if
 * none. */
static size_t numbered_parent(const struct imp_plan *p, const char *id, size_t n)
{
	size_t dot = n;

	while (dot > 0 && id[dot - 1] != '.')
		dot--;
	if (dot)
		for (size_t i = p->n_tasks; i-- > 0;)
			if (strlen(p->tasks[i].id) == dot - 1 &&
			    memcmp(p->tasks[i].id, id, dot - 1) == 0)
				return i;
	return SIZE_MAX;
}

/* Appends the document's own number id as a task's id: no blanks, no "." or ")" at its end. */
static void own_id(struct plan_buf *made, const char *id)
{
	for (const char *s = id; *s; s++)
		if (*s != ' ')
			plan_buf_addch(made, *s);
	while (made->len && strchr(".)", made->s[made->len - 1]))
		plan_buf_truncate(made, made->len - 1);
}

static void read_row(struct reading *rd, size_t r)
{
	const struct doc_row *row = &rd->t->rows[r];
	const char *id = rd->id_col == SIZE_MAX ? "" : imp_own_text(&row->cells[rd->id_col]);
	const struct doc_cell *task = &row->cells[rd->task_col];
	struct imp_plan *p = rd->p;
	struct plan_buf made = PLAN_BUF_INIT;
	size_t n;

	if (rd->id_col != SIZE_MAX && row->cells[rd->id_col].cover == DOC_ABOVE)
		id = ""; /* a number merged over rows numbers the first */
	memset(rd->carried, 0, rd->t->n_cols * sizeof(*rd->carried));
	if ((n = section_number(id))) {
		const char *title = id + n + strspn(id + n, ".): ");

		new_section(rd, id, n, *title ? title : first_text(rd, r, rd->id_col), r);
		return;
	}
	if ((n = task_number(id))) {
		plan_buf_add(&made, id, n);
		fill(rd, new_task(rd, made.s, numbered_parent(p, id, n), r), r, false);
	} else if ((n = letter_number(id)) && rd->last_top != SIZE_MAX) {
		plan_buf_addf(&made, "%s.%.*s", p->tasks[rd->last_top].id, (int)n, id);
		fill(rd, new_task(rd, made.s, rd->last_top, r), r, false);
	} else if (own_number(id)) {
		/* "A.1", "1a": the document's own, as a task */
		own_id(&made, id);
		fill(rd, new_task(rd, made.s, SIZE_MAX, r), r, false);
	} else if (p->n_tasks && rd->id_col != SIZE_MAX && lower_start(task->text)) {
		/* a line that goes on with the words of the row above, in small letters */
		carry_over(rd, r, rd->carried);
		fill(rd, &p->tasks[p->n_tasks - 1], r, true);
		p->sum.joined++;
	} else if (rd->last_top != SIZE_MAX && rd->id_col != SIZE_MAX && task->cover == DOC_OWN &&
		   *task->text && (bulleted(task->text) || task->italic || !rd->page_break)) {
		/* an unnumbered sub-row: "- Thí điểm tại Hà Nội", in italics, or a row of its own */
		struct imp_task *parent = &p->tasks[rd->last_top];

		if (rd->page_break)
			carry_over(rd, r, rd->carried);

		plan_buf_addf(&made, "%s.%zu", parent->id, parent->subtasks + 1);
		fill(rd, new_task(rd, made.s, rd->last_top, r), r, false);
	} else if (p->n_tasks && rd->id_col != SIZE_MAX) {
		/* no number: the row above goes on, across a page break */
		fill(rd, &p->tasks[p->n_tasks - 1], r, true);
		p->sum.joined++;
	} else if (*first_text(rd, r, SIZE_MAX)) {
		/* a table with no numbers: each row a task, numbered in order */
		plan_buf_addf(&made, "%zu", p->sum.tasks + 1);
		fill(rd, new_task(rd, made.s, SIZE_MAX, r), r, false);
	}
	plan_buf_release(&made);
}

/* A second row of the header ("Bắt đầu", "Hoàn thành" under "Thời gian"): no task. */
static bool sub_header(const struct reading *rd, size_t r)
{
	const struct doc_row *row = &rd->t->rows[r];
	bool words = false;

	if ((rd->id_col != SIZE_MAX && row->cells[rd->id_col].cover == DOC_OWN &&
	     *row->cells[rd->id_col].text) ||
	    (row->cells[rd->task_col].cover == DOC_OWN && *row->cells[rd->task_col].text))
		return false;
	for (size_t c = 0; c < rd->t->n_cols && !words; c++) {
		char *f = imp_fold(imp_own_text(&row->cells[c]));

		words = imp_sub_words(f);
		free(f);
	}
	return words;
}

/*
 * Whether row r ends the table: what follows a Vietnamese document's body
 * ("Nơi nhận:", the recipients), in a sheet that holds the whole document.
 */
static bool closing_row(const struct reading *rd, size_t r)
{
	char *f = imp_fold(first_text(rd, r, SIZE_MAX));
	const bool closing = strncmp(f, "noi nhan", 8) == 0;

	free(f);
	return closing;
}

/* The first row under the header with text in column c, or SIZE_MAX. */
static size_t first_filled(const struct reading *rd, size_t header, size_t c)
{
	for (size_t r = header + 1; r < rd->t->n_rows && !closing_row(rd, r); r++)
		if (*imp_own_text(&rd->t->rows[r].cells[c]))
			return r;
	return SIZE_MAX;
}

/* Warns about the columns the plan has no field for: their cells go to notes. */
static void unplaced_columns(struct reading *rd, size_t header)
{
	for (size_t c = 0; c < rd->t->n_cols; c++) {
		size_t r;

		if (rd->map[c] == IMP_OTHER && rd->t->rows[header].cells[c].cover != DOC_LEFT)
			warn(
			    rd, header, c, "unplaced-column",
			    "column '%s' is no field of a plan; its cells go into each task's note",
			    rd->names[c]);
		else if (rd->map[c] == IMP_NONE && (r = first_filled(rd, header, c)) != SIZE_MAX)
			warn(rd, r, c, "unplaced-column",
			     "column %zu has no header; its cells go into each task's note as 'Cột "
			     "%zu'",
			     c + 1, c + 1);
	}
}

/* Finds the columns of the id and the task (the first of each), and the plan's unit and deadline
 * columns (the last). */
static void place_columns(struct reading *rd)
{
	const enum imp_field *map = rd->map;
	struct imp_plan *p = rd->p;

	for (size_t c = 0; c < rd->t->n_cols; c++) {
		if (map[c] == IMP_ID && rd->id_col == SIZE_MAX)
			rd->id_col = c;
		if (map[c] == IMP_TASK && rd->task_col == SIZE_MAX)
			rd->task_col = c;
		if (map[c] == IMP_LEAD)
			p->lead_col = c;
		if (map[c] == IMP_SUPPORT)
			p->support_col = c;
		if (map[c] == IMP_DEADLINE)
			p->deadline_col = c;
	}
}

/* Appends to lines (NUL-separated) the rows above the header: the document's own heading, in a
 * sheet. */
static void heading_lines(const struct doc_table *t, size_t header, struct plan_buf *lines)
{
	for (size_t r = 0; r < header; r++) {
		for (size_t c = 0; c < t->n_cols; c++) {
			const char *text = imp_own_text(&t->rows[r].cells[c]);

			if (*text)
				plan_buf_add(lines, text, strlen(text) + 1);
		}
	}
}

int imp_read_table(const struct doc *d, const char *path, size_t which, struct imp_plan *p,
		   struct plan_buf *lines, struct plan_diags *diags)
{
	struct imp_header h;
	const int i = imp_find_header(d, path, which, &h, diags);
	const size_t header = h.row;
	enum imp_field *const map = h.map;
	size_t skip_to;
	struct reading rd;
	struct plan_buf where = PLAN_BUF_INIT;

	if (i < 0)
		return -1;
	rd = (struct reading){ .t = &d->tables[i],
			       .p = p,
			       .map = map,
			       .names = h.names,
			       .id_col = SIZE_MAX,
			       .task_col = SIZE_MAX,
			       .last_top = SIZE_MAX,
			       .section = SIZE_MAX,
			       .diags = diags };
	rd.carried = plan_xcalloc(rd.t->n_cols + 1, sizeof(*rd.carried));
	p->lead_col = p->support_col = p->deadline_col = SIZE_MAX;
	plan_buf_addf(&where, "%s:%zu", path, rd.t->number);
	p->where = plan_buf_detach(&where);
	p->sum.table = rd.t->number;
	p->sum.tables = d->n_tables;
	place_columns(&rd);
	heading_lines(rd.t, header, lines);
	unplaced_columns(&rd, header);
	skip_to = header + 1 + (header + 1 < rd.t->n_rows && sub_header(&rd, header + 1));
	for (size_t r = skip_to; r < rd.t->n_rows && !closing_row(&rd, r); r++) {
		if (imp_header_again(rd.t, r, header) || numbering_row(rd.t, r)) {
			rd.page_break = true;
			continue;
		}
		read_row(&rd, r);
		rd.page_break = false;
	}
	free(rd.carried);
	imp_header_release(&h);
	if (!p->n_tasks) {
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "no-table",
			       "table %zu has a header but no task under it", rd.t->number);
		return -1;
	}
	return 0;
}
