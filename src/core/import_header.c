/*
 * import_header.c - the header of a document's table of tasks: which row
 * it is, and which field each column holds, from the Vietnamese words of
 * its titles ("Đơn vị chủ trì", "Thời gian" over "Hoàn thành"…).
 */
#include "import_int.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fold.h"

enum { HEADER_ROWS = 30 }; /* where a table's header may be, from its top */

/* True when the folded text has the words w, whole. */
bool imp_has_words(const char *text, const char *w)
{
	const size_t n = strlen(w);

	for (const char *p = text; (p = strstr(p, w)); p++)
		if ((p == text || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

/* The field a header names, from its folded words. */
static enum imp_field header_field(const char *h)
{
	static const char *const ids[] = { "tt", "stt", "so tt", "so thu tu", "thu tu", "ma" };

	if (!*h)
		return IMP_NONE;
	if (imp_has_words(h, "chu tri"))
		return IMP_LEAD;
	if (imp_has_words(h, "phoi hop"))
		return IMP_SUPPORT;
	if (imp_has_words(h, "thoi gian") || imp_has_words(h, "thoi han") || imp_has_words(h, "tien do") ||
	    imp_has_words(h, "hoan thanh"))
		return imp_has_words(h, "bat dau") ? IMP_OTHER : IMP_DEADLINE;
	if (imp_has_words(h, "san pham") || imp_has_words(h, "ket qua"))
		return IMP_PRODUCT;
	if (imp_has_words(h, "kinh phi"))
		return IMP_FUNDING;
	if (imp_has_words(h, "ghi chu"))
		return IMP_NOTE;
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		if (strcmp(h, ids[i]) == 0)
			return IMP_ID;
	if (imp_has_words(h, "noi dung") || imp_has_words(h, "nhiem vu") || imp_has_words(h, "cong viec") ||
	    strncmp(h, "ten ", 4) == 0 || imp_has_words(h, "hoat dong"))
		return IMP_TASK;
	return IMP_OTHER;
}

char *imp_fold(const char *s)
{
	struct plan_buf b = PLAN_BUF_INIT;

	plan_fold_text(&b, s, strlen(s), PLAN_FOLD_PUNCT);
	return plan_buf_detach(&b);
}

/* What a grid position holds for this reading: a merged title's other columns hold nothing. */
const char *imp_own_text(const struct doc_cell *c)
{
	return c->cover == DOC_LEFT ? "" : c->text;
}

/* Whether folded header words are those of a header's second row: "Bắt đầu", "Chủ trì"… */
bool imp_sub_words(const char *f)
{
	return imp_has_words(f, "bat dau") || imp_has_words(f, "ket thuc") || imp_has_words(f, "hoan thanh") ||
	       imp_has_words(f, "chu tri") || imp_has_words(f, "phoi hop");
}

static size_t word_count(const char *f)
{
	size_t n = 0;

	for (const char *p = f; *p; p++)
		n += (p == f || p[-1] == ' ') && *p != ' ';
	return n;
}

/*
 * The title over column c of header row r: its own; or, for an empty cell
 * over second-row words, the short title to its left that spans it
 * ("Thời gian" over "Bắt đầu" and "Hoàn thành", as a CSV of merged cells
 * writes it: the title once, then nothing).
 */
static const char *title_over(const struct doc_table *t, size_t r, size_t c, bool *spans)
{
	const struct doc_cell *cell = &t->rows[r].cells[c];

	*spans = false;
	if (*cell->text || cell->cover != DOC_OWN || !c || r + 1 >= t->n_rows)
		return cell->text;
	{
		char *sub = imp_fold(t->rows[r + 1].cells[c].text);
		const bool below = imp_sub_words(sub);

		free(sub);
		if (!below)
			return cell->text;
	}
	for (size_t k = c; k-- > 0;) {
		const char *left = t->rows[r].cells[k].text;
		char *f;
		bool group;

		if (!*left)
			continue;
		f = imp_fold(left);
		group = word_count(f) <= 5;
		free(f);
		*spans = group;
		return group ? left : cell->text;
	}
	return cell->text;
}

/* The columns of a header row, and their titles (owned); returns how many fields it names. */
static size_t map_header(const struct doc_table *t, size_t r, enum imp_field *map, char **names)
{
	size_t found = 0;
	unsigned seen = 0;
	bool task = false;

	for (size_t c = 0; c < t->n_cols; c++) {
		const struct doc_cell *cell = &t->rows[r].cells[c];
		bool spans;
		const char *top = title_over(t, r, c, &spans);
		char *f = imp_fold(top);
		enum imp_field field = cell->cover == DOC_LEFT ? map[c - 1] : header_field(f);
		struct plan_buf name = PLAN_BUF_INIT;

		plan_buf_addstr(&name, top);
		/* a header over two rows: "Thời gian" over "Bắt đầu", "Hoàn thành" */
		if (*f && r + 1 < t->n_rows && cell->cover != DOC_ABOVE) {
			const char *below = t->rows[r + 1].cells[c].text;
			char *sub = imp_fold(below);

			if (*sub && imp_sub_words(sub)) {
				char *both = plan_xcalloc(strlen(f) + strlen(sub) + 2, 1);

				strcat(strcat(strcat(both, f), " "), sub);
				field = header_field(both);
				free(both);
				plan_buf_addf(&name, " %s", below);
			}
			free(sub);
		}
		free(f);
		map[c] = field;
		free(names[c]);
		names[c] = plan_buf_detach(&name);
		/* a heading merged across the row ("Căn cứ … các nhiệm vụ sau") names one thing */
		if (cell->cover != DOC_LEFT && !spans && field != IMP_NONE && field != IMP_OTHER &&
		    !(seen & 1u << field)) {
			seen |= 1u << field;
			found++;
		}
		task = task || field == IMP_TASK;
	}
	return task ? found : 0;
}

void imp_header_release(struct imp_header *h)
{
	for (size_t c = 0; h->names && c < h->n_cols; c++)
		free(h->names[c]);
	free(h->names);
	free(h->map);
	h->names = NULL;
	h->map = NULL;
}

/* Keeps one column per field: a second deadline column ("Thời gian bắt đầu") is a note. */
static void one_per_field(const struct doc_table *t, size_t r, enum imp_field *map)
{
	for (size_t c = 0; c < t->n_cols; c++) {
		if (map[c] == IMP_NONE || map[c] == IMP_OTHER || t->rows[r].cells[c].cover == DOC_LEFT)
			continue;
		for (size_t k = c + 1; k < t->n_cols; k++)
			if (map[k] == map[c] && t->rows[r].cells[k].cover != DOC_LEFT)
				map[k] = IMP_OTHER;
	}
}

/* The header row of t: 0-based, or SIZE_MAX when it has none. */
static size_t find_header(const struct doc_table *t, enum imp_field *map, char **names)
{
	for (size_t r = 0; r < t->n_rows && r < HEADER_ROWS; r++)
		if (map_header(t, r, map, names) >= 2)
			return r;
	return SIZE_MAX;
}

/* The header again, as a page break repeats it. */
bool imp_header_again(const struct doc_table *t, size_t r, size_t header)
{
	size_t same = 0;

	if (t->rows[r].header)
		return true;
	for (size_t c = 0; c < t->n_cols; c++) {
		const char *a = t->rows[r].cells[c].text, *b = t->rows[header].cells[c].text;

		if (strcmp(a, b) != 0)
			return false;
		same += *a != '\0';
	}
	return same > 0;
}

int imp_find_header(const struct doc *d, const char *path, size_t which, struct imp_header *h,
		    struct plan_diags *diags)
{
	for (size_t i = 0; i < d->n_tables; i++) {
		const struct doc_table *t = &d->tables[i];

		if (which && t->number != which)
			continue;
		h->n_cols = t->n_cols;
		h->map = plan_xcalloc(t->n_cols + 1, sizeof(*h->map));
		h->names = plan_xcalloc(t->n_cols + 1, sizeof(*h->names));
		if ((h->row = find_header(t, h->map, h->names)) != SIZE_MAX) {
			one_per_field(t, h->row, h->map);
			return (int)i;
		}
		imp_header_release(h);
		if (which)
			break;
	}
	if (which && which > d->n_tables)
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "no-table",
			       "the document has %zu table%s, not %zu", d->n_tables,
			       d->n_tables == 1 ? "" : "s", which);
	else if (which)
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "no-table",
			       "table %zu has no header naming the tasks (Nội dung, Nhiệm vụ…)",
			       which);
	else
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "no-table",
			       "%s has a header naming the tasks (Nội dung, Nhiệm vụ…)",
			       d->n_tables ? "none of its tables" : "it has no table that");
	return -1;
}

