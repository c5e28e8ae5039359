/* render.c - aligned terminal tables, Markdown tables and CSV. */
#include "plan/render.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "alloc.h"
#include "plan/sheet.h"
#include "text.h"

const char *const plan_format_names[PLAN_FORMAT_COUNT] = { "table", "md", "json", "csv", "xlsx" };

int plan_format_parse(const char *name, enum plan_format *out)
{
	int i = plan_name_find(plan_format_names, PLAN_FORMAT_COUNT, name, strlen(name));

	if (i < 0)
		return -1;
	*out = (enum plan_format)i;
	return 0;
}

struct plan_table {
	const struct plan_column *columns;
	size_t n_columns;
	struct plan_cell *cells; /* n_rows * n_columns, row by row */
	size_t n_rows;
	size_t cap;
	struct arena *text;
};

enum { GAP = 2 }; /* spaces between terminal columns */
/* The narrowest a column is cut to when the table must fit: "Cục C…"; the task's. */
enum { LAST_WIDTH = 6, LAST_FLEX = 10 };

struct plan_table *plan_table_new(const struct plan_column *columns, size_t n)
{
	struct plan_table *t = plan_xcalloc(1, sizeof(*t));

	t->columns = columns;
	t->n_columns = n;
	t->text = arena_new();
	return t;
}

void plan_table_free(struct plan_table *t)
{
	if (!t)
		return;
	arena_free(t->text);
	free(t->cells);
	free(t);
}

void plan_table_add(struct plan_table *t, const struct plan_cell *cells)
{
	struct plan_cell *row;

	PLAN_GROW(t->cells, t->cap, (t->n_rows + 1) * t->n_columns);
	row = t->cells + t->n_rows * t->n_columns;
	for (size_t i = 0; i < t->n_columns; i++) {
		row[i] = cells[i];
		if (!t->columns[i].lasting)
			row[i].s =
			    cells[i].s ? arena_strndup(t->text, cells[i].s, cells[i].len) : "";
		else if (!cells[i].s)
			row[i].s = "";
		if (!cells[i].s)
			row[i].len = 0;
	}
	t->n_rows++;
}

void plan_table_reserve(struct plan_table *t, size_t rows)
{
	PLAN_GROW(t->cells, t->cap, (t->n_rows + rows) * t->n_columns);
}

size_t plan_table_rows(const struct plan_table *t)
{
	return t->n_rows;
}

static const struct plan_cell *cell(const struct plan_table *t, size_t row, size_t col)
{
	return &t->cells[row * t->n_columns + col];
}

/* Shrinks w[i] toward floor by up to *excess columns. */
static void take(size_t *w, size_t floor, size_t *excess)
{
	size_t d = *w > floor ? *w - floor : 0;

	if (d > *excess)
		d = *excess;
	*w -= d;
	*excess -= d;
}

/* The width of the widest cell of column i, its header left out (widths: render_text()). */
static size_t widest_cell(const struct plan_table *t, const size_t *widths, size_t i)
{
	size_t widest = 0;

	for (size_t r = 1; r <= t->n_rows; r++)
		widest =
		    widths[r * t->n_columns + i] > widest ? widths[r * t->n_columns + i] : widest;
	return widest;
}

/* Takes up to *excess columns, one at a time from the widest column above its floor. */
static void shrink_widest(size_t n, const size_t *floor, size_t *w, size_t *excess)
{
	while (*excess) {
		size_t widest = n;

		for (size_t i = 0; i < n; i++)
			if (floor[i] != SIZE_MAX && w[i] > floor[i] &&
			    (widest == n || w[i] > w[widest]))
				widest = i;
		if (widest == n)
			return;
		w[widest]--;
		(*excess)--;
	}
}

/*
 * Chooses column widths that fit avail: flexible columns give way first
 * down to their ideal width, then capped columns (widest first) down to
 * their minimum, then flexible columns down to theirs.  Room to spare goes
 * to capped columns that were cut.  References (keep) never shrink.
 */
static void fit_widths(const struct plan_table *t, const size_t *widths, size_t avail, size_t *w)
{
	const size_t n = t->n_columns;
	size_t *nat = plan_xcalloc(n, sizeof(*nat)), *lo = plan_xcalloc(n, sizeof(*lo));
	size_t *floor = plan_xcalloc(n, sizeof(*floor)); /* SIZE_MAX: does not shrink */
	size_t total = GAP * (n - 1), excess;

	for (size_t i = 0; i < n; i++) {
		const struct plan_column *c = &t->columns[i];

		nat[i] = widest_cell(t, widths, i);
		nat[i] = widths[i] > nat[i] ? widths[i] : nat[i]; /* the header's */
		w[i] = nat[i];
		if (!c->keep && !c->flex && c->max_width && w[i] > c->max_width)
			w[i] = c->max_width;
		lo[i] = c->keep || nat[i] < c->min_width ? nat[i] : c->min_width;
		total += w[i];
	}
	excess = total > avail ? total - avail : 0;
	for (size_t i = 0; i < n && excess; i++)
		if (t->columns[i].flex)
			take(&w[i],
			     t->columns[i].ideal_width > lo[i] ? t->columns[i].ideal_width : lo[i],
			     &excess);
	for (size_t i = 0; i < n; i++)
		floor[i] = t->columns[i].flex ? SIZE_MAX : lo[i];
	shrink_widest(n, floor, w, &excess);
	for (size_t i = 0; i < n && excess; i++)
		if (t->columns[i].flex)
			take(&w[i], lo[i], &excess);
	/* Columns kept whole whose headers are wider than their cells: the widest header is cut. */
	for (size_t i = 0; i < n; i++) {
		const size_t cells = widest_cell(t, widths, i);

		floor[i] = !t->columns[i].keep ? SIZE_MAX : cells > 1 ? cells : 1;
	}
	shrink_widest(n, floor, w, &excess);
	/* Still too wide: what may shrink goes below its minimum, the widest first. */
	for (size_t i = 0; i < n; i++)
		floor[i] = t->columns[i].keep   ? SIZE_MAX
			   : t->columns[i].flex ? LAST_FLEX
						: LAST_WIDTH;
	shrink_widest(n, floor, w, &excess);

	total = GAP * (n - 1);
	for (size_t i = 0; i < n; i++)
		total += w[i];
	for (bool grew = true; grew && total < avail;) {
		grew = false;
		for (size_t i = 0; i < n && total < avail; i++) {
			if (w[i] < nat[i]) {
				w[i]++;
				total++;
				grew = true;
			}
		}
	}
	free(nat);
	free(lo);
	free(floor);
}

static const char *style_code(enum plan_style style)
{
	switch (style) {
	case PLAN_STYLE_GOOD:
		return "\033[32m";
	case PLAN_STYLE_WARN:
		return "\033[33m";
	case PLAN_STYLE_BAD:
		return "\033[31m";
	case PLAN_STYLE_DIM:
		return "\033[2m";
	default:
		return NULL;
	}
}

static void put_line(struct plan_buf *out, const struct plan_column *columns,
		     const struct plan_cell *cells, const size_t *widths, size_t n, const size_t *w,
		     bool color, bool header)
{
	const size_t start = out->len;

	for (size_t i = 0; i < n; i++) {
		const char *on = header ? "\033[1m" : style_code(cells[i].style);
		const size_t width = widths[i];
		size_t used;

		if (i)
			plan_buf_addchars(out, ' ', GAP);
		if (columns[i].right && width < w[i])
			plan_buf_addchars(out, ' ', w[i] - width);
		if (color && on)
			plan_buf_addstr(out, on);
		used = columns[i].tail
			   ? plan_text_fit_tail(out, cells[i].s, cells[i].len, width, w[i])
			   : plan_text_fit_measured(out, cells[i].s, cells[i].len, width, w[i]);
		if (color && on)
			plan_buf_addstr(out, "\033[0m");
		if (i + 1 < n && used < w[i] && !columns[i].right)
			plan_buf_addchars(out, ' ', w[i] - used);
	}
	while (out->len > start && out->s[out->len - 1] == ' ')
		plan_buf_truncate(out, out->len - 1);
	plan_buf_addch(out, '\n');
}

/* A row whose cells wrap onto as many lines as the widest needs. */
static void put_wrapped(struct plan_buf *out, const struct plan_column *columns,
			const struct plan_cell *cells, size_t n, const size_t *w)
{
	const char **at = plan_xcalloc(n, sizeof(*at));
	size_t *left = plan_xcalloc(n, sizeof(*left));
	bool more = true;

	for (size_t i = 0; i < n; i++) {
		const size_t blanks = plan_text_blanks(cells[i].s, cells[i].len);

		at[i] = cells[i].s + blanks;
		left[i] = cells[i].len - blanks;
	}
	while (more) {
		const size_t start = out->len;

		more = false;
		for (size_t i = 0; i < n; i++) {
			size_t next = 0,
			       piece = left[i] ? plan_text_wrap(at[i], left[i], w[i], &next) : 0;
			const size_t width = plan_text_width(at[i], piece);
			size_t used;

			if (i)
				plan_buf_addchars(out, ' ', GAP);
			if (columns[i].right && width < w[i])
				plan_buf_addchars(out, ' ', w[i] - width);
			used = plan_text_fit_measured(out, at[i], piece, width, w[i]);
			if (i + 1 < n && used < w[i] && !columns[i].right)
				plan_buf_addchars(out, ' ', w[i] - used);
			at[i] += next;
			left[i] -= next;
			more = more || left[i] > 0;
		}
		while (out->len > start && out->s[out->len - 1] == ' ')
			plan_buf_truncate(out, out->len - 1);
		plan_buf_addch(out, '\n');
	}
	free(at);
	free(left);
}

/* The width of the widest word of s: a header that wraps needs that much. */
static size_t widest_word(const char *s)
{
	size_t widest = 0;

	while (*s) {
		const size_t n = strcspn(s, " ");
		const size_t w = plan_text_width(s, n);

		widest = w > widest ? w : widest;
		s += n + (s[n] == ' ');
	}
	return widest;
}

enum { SHORT = 18, NARROWEST = 10 }; /* wrapped: a short column's cells never wrap */

/*
 * Shares room among the long columns (wider than SHORT) in proportion to
 * the mean width of their cells (one long cell does not take the room of
 * every row's task), none under NARROWEST; what rounding leaves goes to the
 * widest.
 */
static void share_room(const struct plan_table *t, const size_t *widths, size_t room, size_t *w)
{
	const size_t n = t->n_columns;
	size_t *mean = plan_xcalloc(n, sizeof(*mean));
	size_t total = 0, used = 0, widest = n;

	for (size_t i = 0; i < n; i++) {
		if (w[i] <= SHORT)
			continue;
		for (size_t r = 1; r <= t->n_rows; r++)
			mean[i] += widths[r * n + i];
		mean[i] = mean[i] / (t->n_rows ? t->n_rows : 1) + 1;
		total += mean[i];
	}
	for (size_t i = 0; i < n; i++) {
		if (!mean[i])
			continue; /* a short column: mean[i] is 0, a long one's at least 1 */
		w[i] = mean[i] * room / total;
		w[i] = w[i] > NARROWEST ? w[i] : NARROWEST;
		used += w[i];
		widest = widest == n || w[i] > w[widest] ? i : widest;
	}
	if (used > room) { /* the floors took too much: the widest give way */
		size_t excess = used - room;

		for (size_t i = 0; i < n; i++)
			mean[i] = mean[i] ? NARROWEST : SIZE_MAX; /* now each column's floor */
		shrink_widest(n, mean, w, &excess);
	} else if (widest < n) {
		w[widest] += room - used;
	}
	free(mean);
}

/*
 * Column widths for cells that wrap: a short column (references, dates,
 * numbers: SHORT columns at most) as wide as its widest cell or its header
 * (whole, or its widest word); the room left shared by the long ones
 * (share_room()).  False when the short ones leave too little room.
 */
static bool try_wrap_widths(const struct plan_table *t, const size_t *widths, size_t avail,
			    bool whole_headers, size_t *w)
{
	const size_t n = t->n_columns;
	size_t fixed = GAP * (n - 1), want_long = 0, n_long = 0;

	for (size_t i = 0; i < n; i++) {
		const size_t head = whole_headers ? widths[i] : widest_word(t->columns[i].header);

		w[i] = widest_cell(t, widths, i);
		if (w[i] <= SHORT) {
			w[i] = w[i] > head ? w[i] : head;
			fixed += w[i];
		} else {
			want_long += w[i];
			n_long++;
		}
	}
	if (fixed + n_long * NARROWEST > avail)
		return false;
	if (want_long > avail - fixed)
		share_room(t, widths, avail - fixed, w);
	return true;
}

/* Headers whole on one line when there is room, else wrapped too; fit_widths() at worst. */
static void wrap_widths(const struct plan_table *t, const size_t *widths, size_t avail, size_t *w)
{
	if (!try_wrap_widths(t, widths, avail, true, w) &&
	    !try_wrap_widths(t, widths, avail, false, w))
		fit_widths(t, widths, avail, w);
}

static void render_text(const struct plan_table *t, const struct plan_render_opts *opts, bool wrap,
			struct plan_buf *out)
{
	const size_t n = t->n_columns;
	size_t *w = plan_xcalloc(n, sizeof(*w));
	struct plan_cell *head = plan_xcalloc(n, sizeof(*head));
	/* Each cell's width, measured once: the header's, then row by row. */
	size_t *widths = plan_xreallocarray(NULL, (t->n_rows + 1) * n, sizeof(*widths));

	for (size_t i = 0; i < n; i++) {
		head[i] = (struct plan_cell){ t->columns[i].header, strlen(t->columns[i].header),
					      PLAN_STYLE_PLAIN };
		widths[i] = plan_text_width(head[i].s, head[i].len);
	}
	for (size_t r = 0; r < t->n_rows; r++)
		for (size_t i = 0; i < n; i++)
			widths[(r + 1) * n + i] =
			    plan_text_width(cell(t, r, i)->s, cell(t, r, i)->len);
	if (wrap)
		wrap_widths(t, widths, opts->width, w);
	else
		fit_widths(t, widths, opts->width, w);
	if (wrap)
		put_wrapped(out, t->columns, head, n, w);
	else
		put_line(out, t->columns, head, widths, n, w, opts->color, true);
	for (size_t r = 0; r < t->n_rows; r++) {
		if (wrap)
			put_wrapped(out, t->columns, cell(t, r, 0), n, w);
		else
			put_line(out, t->columns, cell(t, r, 0), widths + (r + 1) * n, n, w,
				 opts->color, false);
	}
	free(widths);
	free(head);
	free(w);
}

/*
 * The bytes Markdown reads as markup or a table's edge (\ ` * _ [ ] < > | ~
 * & #), and DEL; a table, not a switch: plan_md_escape() looks at every
 * byte of a report.
 */
static const bool md_special[256] = {
	['\\'] = true, ['`'] = true, ['*'] = true,  ['_'] = true, ['['] = true,
	[']'] = true,  ['<'] = true, ['>'] = true,  ['|'] = true, ['~'] = true,
	['&'] = true,  ['#'] = true, [0x7F] = true,
};

void plan_md_escape(struct plan_buf *out, const char *s, size_t len)
{
	size_t run = 0;

	for (size_t i = 0; i < len; i++) {
		const unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && !md_special[c])
			continue;
		plan_buf_add(out, s + run, i - run);
		if (c < 0x20 || c == 0x7F)
			plan_buf_addch(out, ' ');
		else {
			plan_buf_addch(out, '\\');
			plan_buf_addch(out, (char)c);
		}
		run = i + 1;
	}
	plan_buf_add(out, s + run, len - run);
}

void plan_md_table_head(struct plan_buf *out, const struct plan_column *columns, size_t n)
{
	plan_buf_addch(out, '|');
	for (size_t i = 0; i < n; i++) {
		plan_buf_addch(out, ' ');
		plan_md_escape(out, columns[i].header, strlen(columns[i].header));
		plan_buf_addstr(out, " |");
	}
	plan_buf_addstr(out, "\n|");
	for (size_t i = 0; i < n; i++)
		plan_buf_addstr(out, columns[i].right ? " ---: |" : " --- |");
	plan_buf_addch(out, '\n');
}

void plan_md_table_row(struct plan_buf *out, const struct plan_cell *cells, size_t n)
{
	plan_buf_addch(out, '|');
	for (size_t i = 0; i < n; i++) {
		plan_buf_addch(out, ' ');
		plan_md_escape(out, cells[i].s, cells[i].len);
		plan_buf_addstr(out, " |");
	}
	plan_buf_addch(out, '\n');
}

static void render_md(const struct plan_table *t, struct plan_buf *out)
{
	plan_md_table_head(out, t->columns, t->n_columns);
	for (size_t r = 0; r < t->n_rows; r++)
		plan_md_table_row(out, cell(t, r, 0), t->n_columns);
}

static void csv_field(struct plan_buf *out, const char *s, size_t len)
{
	if (!memchr(s, ',', len) && !memchr(s, '"', len) && !memchr(s, '\n', len) &&
	    !memchr(s, '\r', len)) {
		plan_buf_add(out, s, len);
		return;
	}
	plan_buf_addch(out, '"');
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			plan_buf_addch(out, '"');
		plan_buf_addch(out, s[i]);
	}
	plan_buf_addch(out, '"');
}

static void render_csv(const struct plan_table *t, struct plan_buf *out)
{
	const size_t n = t->n_columns;

	for (size_t i = 0; i < n; i++) {
		if (i)
			plan_buf_addch(out, ',');
		csv_field(out, t->columns[i].key, strlen(t->columns[i].key));
	}
	plan_buf_addstr(out, "\r\n");
	for (size_t r = 0; r < t->n_rows; r++) {
		for (size_t i = 0; i < n; i++) {
			if (i)
				plan_buf_addch(out, ',');
			csv_field(out, cell(t, r, i)->s, cell(t, r, i)->len);
		}
		plan_buf_addstr(out, "\r\n");
	}
}

/* The table as one sheet of the stream of sheet.h, headed by the keys, as CSV is. */
static void render_sheet(const struct plan_table *t, const char *name, struct plan_buf *out)
{
	struct plan_book *b = plan_book_new();
	struct plan_sheet *s =
	    plan_book_add_sheet(b, name ? name : "Sheet1", name ? strlen(name) : strlen("Sheet1"));

	for (size_t i = 0; i < t->n_columns; i++)
		plan_sheet_add_column(s, t->columns[i].kind, t->columns[i].key,
				      strlen(t->columns[i].key));
	for (size_t r = 0; r < t->n_rows; r++)
		for (size_t i = 0; i < t->n_columns; i++)
			plan_sheet_add_value(s, t->columns[i].kind, cell(t, r, i)->s,
					     cell(t, r, i)->len);
	plan_book_write(b, out);
	plan_book_free(b);
}

void plan_table_render(const struct plan_table *t, enum plan_format format,
		       const struct plan_render_opts *opts, struct plan_buf *out)
{
	switch (format) {
	case PLAN_FORMAT_TABLE:
		if (t->n_rows)
			render_text(t, opts, false, out);
		break;
	case PLAN_FORMAT_MD:
		if (t->n_rows)
			render_md(t, out);
		break;
	case PLAN_FORMAT_CSV:
		render_csv(t, out);
		break;
	case PLAN_FORMAT_XLSX:
		render_sheet(t, opts->sheet, out);
		break;
	case PLAN_FORMAT_JSON:
		break; /* structured data is written with json.h */
	}
}

void plan_table_render_wrapped(const struct plan_table *t, size_t width, struct plan_buf *out)
{
	const struct plan_render_opts opts = { .width = width };

	if (t->n_rows)
		render_text(t, &opts, true, out);
}
