/*
 * test_faithful.c - the shipped plans say what their source documents say.
 *
 * With the source texts of ../shared/seeds beside the project (or where
 * $PLAN_SEEDS points), every text of every plan - titles, section titles,
 * and each task's text, deadline, product, funding, note and units - must
 * occur in its source once HTML tags are removed and runs of white space
 * are made one space.  A text rejoined across a page break may occur as up
 * to three pieces, in order, each of MIN_PIECE bytes or more and at least
 * MIN_GAP bytes after the one before (a page break puts a header or other
 * cells between), within WINDOW: enough for a row the page cut, too little
 * for a paraphrase to pass.  Each task's deadline and units must stand in
 * its own row (from where its text starts to where the next task's does),
 * a list's items in order; and every word of the rows of a task and its
 * subtasks must be accounted for by one of their fields, so that a cell
 * left out or changed - even to a neighbour's value - fails.  And every
 * numbered row of each source table must be a task of its plan.  Without
 * the sources the test is skipped (exit 77) and says so.
 */
#include "testutil.h"

#include <stdlib.h>
#include <sys/stat.h>

#include "plan/model.h"
#include "plan/set.h"

enum {
	MAX_PIECES = 3,
	MIN_PIECE = 3, /* bytes: a piece shorter than this proves nothing */
	MIN_GAP = 20,  /* bytes between two pieces: what a page break puts there (60 and more) */
	WINDOW = 2000, /* bytes between the end of one piece and the next */
};

struct source {
	const char *plan;
	const char *file;
	char *raw;  /* the file as it is */
	char *text; /* tags removed, white space folded */
	size_t len;
	char *header; /* the table's header row, folded, or NULL */
};

static struct source sources[] = {
	{ "btp-522-2023", "000_b0f45ed99cfc7c7d.txt", NULL, NULL, 0, NULL },
	{ "btp-365-2024", "001_61bd4bb804cf6d41.txt", NULL, NULL, 0, NULL },
	{ "ttg-05-2023", "002_fc6b95ce7bbd8ec1.txt", NULL, NULL, 0, NULL },
	{ "bnv-132-2022", "003_b9a073e9bb730d0b.txt", NULL, NULL, 0, NULL },
};
enum { N_SOURCES = sizeof(sources) / sizeof(sources[0]) };

static struct plan_set *set;

static char *read_file(const char *path)
{
	struct plan_buf b = PLAN_BUF_INIT;
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	assert_non_null(f);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		plan_buf_add(&b, chunk, n);
	fclose(f);
	return plan_buf_detach(&b);
}

static bool is_space_at(const char *s, size_t *n)
{
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
		*n = 1;
		return true;
	}
	if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) { /* no-break space */
		*n = 2;
		return true;
	}
	return false;
}

/* Appends s without HTML tags and with each run of white space as one space. */
static void fold(struct plan_buf *out, const char *s, size_t len)
{
	size_t n;

	for (size_t i = 0; i < len;) {
		if (s[i] == '<' && (s[i + 1] == '/' || (s[i + 1] >= 'a' && s[i + 1] <= 'z'))) {
			const char *end = memchr(s + i, '>', len - i);

			if (end) {
				i = (size_t)(end - s) + 1;
				continue;
			}
		}
		if (is_space_at(s + i, &n)) {
			if (out->len && out->s[out->len - 1] != ' ')
				plan_buf_addch(out, ' ');
			i += n;
			continue;
		}
		plan_buf_addch(out, s[i++]);
	}
}

/* Finds needle in [from, from + span), or NULL. */
static const char *find(const char *from, size_t span, const char *needle, size_t n)
{
	for (const char *end = from + span; from + n <= end;) {
		const char *p = memchr(from, needle[0], (size_t)(end - from) - n + 1);

		if (!p)
			return NULL;
		if (memcmp(p, needle, n) == 0)
			return p;
		from = p + 1;
	}
	return NULL;
}

/* The longest prefix of s (at a character boundary) found in the span. */
static size_t longest_prefix(const char *from, size_t span, const char *s, size_t len,
			     const char **at)
{
	size_t lo = 0, hi = len;

	*at = NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		const char *p;

		while (mid > lo && ((unsigned char)s[mid] & 0xC0) == 0x80)
			mid--; /* back to a character boundary */
		if (mid == lo) {
			/* only continuation bytes between: step forward one character */
			for (mid = lo + 1; mid < hi && ((unsigned char)s[mid] & 0xC0) == 0x80;
			     mid++)
				;
		}
		p = find(from, span, s, mid);
		if (p) {
			lo = mid;
			*at = p;
		} else {
			hi = mid - 1;
		}
	}
	if (lo && !*at)
		*at = find(from, span, s, lo);
	return lo;
}

/*
 * True when s (len bytes) occurs from piece number pieces on in [from,
 * from + span), each piece at least MIN_PIECE bytes but for a whole text,
 * the next one within WINDOW of the end of the one before (up to limit);
 * *end is then where it ends.  A longest first piece is tried first, then
 * shorter ones, so that a cut the page made is found where the greedy
 * choice would run past it.
 */
/* Where the pieces of a text were found. */
struct spans {
	const char *at[MAX_PIECES];
	size_t len[MAX_PIECES];
	int n;
};

static bool pieces_from(const char *from, size_t span, const char *limit, const char *s, size_t len,
			int pieces, const char **start, const char **end, struct spans *sp)
{
	const char *at;
	size_t got;

	while (pieces && len && *s == ' ') { /* the space the rejoin put in */
		s++;
		len--;
	}
	if (!len) {
		*end = from;
		sp->n = pieces;
		return true;
	}
	if (pieces == MAX_PIECES)
		return false;
	got = longest_prefix(from, span, s, len, &at);
	for (size_t n = got; n > 0;) {
		const char *p = n == got ? at : find(from, span, s, n);

		if (n < MIN_PIECE && (pieces || n < len))
			break;
		if (p && (n == len || p + n + MIN_GAP <= limit)) {
			/* the next piece no sooner than a page break's worth of bytes on */
			const char *next = n == len ? p + n : p + n + MIN_GAP;
			const size_t rest = (size_t)(limit - next);

			if (pieces_from(next, rest < WINDOW + len - n ? rest : WINDOW + len - n,
					limit, s + n, len - n, pieces + 1, start, end, sp)) {
				if (!pieces)
					*start = p;
				sp->at[pieces] = p;
				sp->len[pieces] = n;
				return true;
			}
		}
		do /* back one character */
			n--;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80);
	}
	return false;
}

/*
 * True when s occurs in [from, limit) of the source's text, whole or as at
 * most MAX_PIECES pieces in order (a text rejoined across page breaks);
 * *start and *end are then where it begins and ends.
 */
static bool occurs_within(const char *from, const char *limit, const char *s, size_t len,
			  const char **start, const char **end)
{
	struct spans sp;

	*start = *end = NULL;
	if (from > limit)
		return false; /* the cell before ended past this row (in a subtask's line) */
	return pieces_from(from, (size_t)(limit - from), limit, s, len, 0, start, end, &sp);
}

static bool occurs(const struct source *src, const char *s, size_t len)
{
	const char *start, *end;

	return occurs_within(src->text, src->text + src->len, s, len, &start, &end);
}

static const struct source *source_of(const struct plan *p)
{
	for (size_t i = 0; i < N_SOURCES; i++)
		if (strcmp(sources[i].plan, p->id.s) == 0)
			return &sources[i];
	fail_msg("no source for plan %s", p->id.s);
	return NULL;
}

static size_t checked, failures;

static void expect_text(const struct plan *p, const char *what, const struct plan_text *t)
{
	struct plan_buf folded = PLAN_BUF_INIT;
	if (!t->s)
		return;
	fold(&folded, t->s, t->len);
	checked++;
	if (!occurs(source_of(p), folded.s, folded.len)) {
		print_message("%s:%u: %s not in the source: '%s'\n", p->path, (unsigned)t->pos.line,
			      what, folded.s);
		failures++;
	}
	plan_buf_release(&folded);
}

static void expect_texts(const struct plan *p, const char *what, const struct plan_texts *list)
{
	for (size_t i = 0; i < list->n; i++)
		expect_text(p, what, &list->v[i]);
}

static void test_every_text_is_in_its_source(void **state)
{
	(void)state;
	for (size_t i = 0; i < set->n_plans; i++) {
		const struct plan *p = set->plans[i];

		expect_text(p, "title", &p->title);
		for (size_t j = 0; j < p->n_sections; j++)
			expect_text(p, "section title", &p->sections[j].title);
		for (size_t j = 0; j < p->n_tasks; j++) {
			const struct plan_task *t = p->tasks[j];

			expect_text(p, "task", &t->text);
			expect_text(p, "deadline", &t->deadline);
			expect_text(p, "product", &t->product);
			expect_text(p, "funding", &t->funding);
			expect_text(p, "note", &t->note);
			expect_texts(p, "lead", &t->lead);
			expect_texts(p, "support", &t->support);
		}
	}
	print_message("%zu texts checked\n", checked);
	assert_true(checked > 1000);
	assert_int_equal(failures, 0);
}

/* The same texts in two lists. */
static bool same_texts(const struct plan_texts *a, const struct plan_texts *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i].s, b->v[i].s) != 0)
			return false;
	return true;
}

/* Where each task's row starts in its source: where its text does, in order. */
static const char **row_starts(const struct source *src, const struct plan *p)
{
	const char **at = calloc(p->n_tasks + 1, sizeof(*at));
	const char *from = src->text, *end;
	struct plan_buf folded = PLAN_BUF_INIT;

	assert_non_null(at);
	for (size_t j = 0; j < p->n_tasks; j++) {
		plan_buf_reset(&folded);
		fold(&folded, p->tasks[j]->text.s, p->tasks[j]->text.len);
		if (!occurs_within(from, src->text + src->len, folded.s, folded.len, &at[j], &end))
			fail_msg("%s: task %s not found in its source after the one before it",
				 p->id.s, p->tasks[j]->id.s);
		from = end;
	}
	at[p->n_tasks] = src->text + src->len;
	plan_buf_release(&folded);
	return at;
}

/* The index of the last task of task j's subtree: j, or its last descendant. */
static size_t subtree_end(const struct plan *p, size_t j)
{
	size_t k = j;

	for (;;) {
		const struct plan_task *a = k + 1 < p->n_tasks ? p->tasks[k + 1]->parent : NULL;

		while (a && a != p->tasks[j])
			a = a->parent;
		if (!a)
			return k;
		k++;
	}
}

/*
 * One cell of task t: whole (or rejoined) within [*from, limit) of its
 * source, or else before subtree_limit - a parent's cell that a page break
 * carried onto the line of its first subtask, as comments in the plans say.
 * *from moves past it: the next cell must come after it.
 */
static void expect_in_rows(const struct plan *p, const struct plan_task *t, const char **from,
			   const char *limit, const char *subtree_limit, const char *what,
			   const struct plan_text *cell)
{
	struct plan_buf folded = PLAN_BUF_INIT;
	const char *start, *end;

	fold(&folded, cell->s, cell->len);
	checked++;
	if (occurs_within(*from, limit, folded.s, folded.len, &start, &end) ||
	    occurs_within(*from, subtree_limit, folded.s, folded.len, &start, &end)) {
		*from = end;
	} else {
		print_message("%s:%u: %s of task %s not in its row of the source, after the "
			      "cell before it: '%s'\n",
			      p->path, (unsigned)cell->pos.line, what, t->id.s, folded.s);
		failures++;
	}
	plan_buf_release(&folded);
}

static const struct plan_texts *units_of(const struct plan_task *t, bool support)
{
	return support ? &t->support : &t->lead;
}

/*
 * The deadline, lead and support of every task stand in that task's own
 * row of the source - from where its text starts to where the next task's
 * does - word for word, so that changing any one of them fails.  A cell
 * merged over several rows is written once, in the first: a task whose
 * value is the one of the task before it (as a merged cell gives every row
 * it spans) may have it in an earlier row of the run.
 */
static void test_every_cell_is_in_its_row(void **state)
{
	(void)state;
	checked = failures = 0;
	for (size_t i = 0; i < set->n_plans; i++) {
		const struct plan *p = set->plans[i];
		const char **rows = row_starts(source_of(p), p);

		for (size_t j = 0; j < p->n_tasks; j++) {
			const struct plan_task *t = p->tasks[j];
			const char *subtree = rows[subtree_end(p, j) + 1];
			const char *at;

			for (int support = 0; support < 2; support++) {
				const struct plan_texts *units = units_of(t, support);
				size_t first =
				    j; /* the first row of the run that shares the list */

				while (first > 0 && units->n &&
				       same_texts(units_of(p->tasks[first - 1], support), units))
					first--;
				at = rows[first]; /* a list's items in order, each after the one
						     before */
				for (size_t k = 0; k < units->n; k++)
					expect_in_rows(p, t, &at, rows[j + 1], subtree,
						       support ? "support" : "lead", &units->v[k]);
			}
			if (t->deadline.s) {
				size_t first = j;

				while (first > 0 && p->tasks[first - 1]->deadline.s &&
				       strcmp(p->tasks[first - 1]->deadline.s, t->deadline.s) == 0)
					first--;
				at = rows[first];
				expect_in_rows(p, t, &at, rows[j + 1], subtree, "deadline",
					       &t->deadline);
			}
		}
		free(rows);
	}
	print_message("%zu cells checked in their rows\n", checked);
	assert_true(checked > 400);
	assert_int_equal(failures, 0);
}

/* What may explain the text of a row: a text the plan holds, folded. */
static void add_explainer(struct plan_buf *all, const struct plan_text *t)
{
	if (t->s && t->len) {
		fold(all, t->s, t->len);
		plan_buf_addch(all, '\0');
	}
}

static void add_task_explainers(struct plan_buf *all, const struct plan_task *t)
{
	const struct plan_text *single[] = { &t->id,      &t->text,    &t->deadline,
					     &t->product, &t->funding, &t->note };

	for (size_t i = 0; i < sizeof(single) / sizeof(single[0]); i++)
		add_explainer(all, single[i]);
	for (size_t i = 0; i < t->lead.n; i++)
		add_explainer(all, &t->lead.v[i]);
	for (size_t i = 0; i < t->support.n; i++)
		add_explainer(all, &t->support.v[i]);
}

/* An explainer: its text, and whether it explains every occurrence or one. */
struct explainer {
	const char *text;
	bool all;
};

static int longer_first(const void *a, const void *b)
{
	const size_t x = strlen(((const struct explainer *)a)->text),
		     y = strlen(((const struct explainer *)b)->text);

	return x < y ? 1 : x > y ? -1 : 0;
}

/*
 * Blanks in row (len bytes) one occurrence of e (every one with all):
 * whole, else rejoined from pieces.
 */
static void blank_out(char *row, size_t len, const char *e, bool all)
{
	const size_t n = strlen(e);
	const char *start, *end;
	struct spans sp;
	bool found = false;
	char *p;

	if (!n)
		return;
	while ((p = (char *)find(row, len, e, n)) != NULL) {
		memset(p, '\1', n);
		found = true;
		if (!all)
			return;
	}
	while (!found && pieces_from(row, len, row + len, e, n, 0, &start, &end, &sp)) {
		for (int i = 0; i < sp.n; i++)
			memset((char *)sp.at[i], '\1', sp.len[i]);
		if (!all)
			return;
	}
}

/* The words of row that no explainer took: letters left, not numbering, a Roman numeral or "và". */
static void leftover_words(const char *row, size_t len, struct plan_buf *out)
{
	for (size_t i = 0; i < len;) {
		size_t j = i;
		bool letters = false, roman = true;

		while (j < len && row[j] != ' ' && row[j] != '\1')
			j++;
		for (size_t k = i; k < j; k++) {
			const unsigned char c = (unsigned char)row[k];

			letters |= c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			roman &= strchr("IVXivx.,;:-|()", c) != NULL;
		}
		if (letters && !roman && j - i >= 2 &&
		    !(j - i == 3 && memcmp(row + i, "và", 3) == 0)) {
			plan_buf_add(out, row + i, j - i);
			plan_buf_addch(out, ' ');
		}
		i = j + 1;
	}
}

/*
 * Every word of a task's rows in the source - its own and its subtasks' -
 * is accounted for by the plan: each once by a field of one of those tasks
 * (a cell merged over rows is written once and may be repeated), or by a
 * section's or the plan's title or the table's header repeated after a
 * page break.  So no cell of the source is left out, and a field changed
 * to the value of a neighbour leaves its own text unexplained.  "và"
 * between two units the plan lists apart needs no field.
 */
static void test_every_row_is_accounted_for(void **state)
{
	(void)state;
	checked = failures = 0;
	for (size_t i = 0; i < set->n_plans; i++) {
		const struct plan *p = set->plans[i];
		const struct source *src = source_of(p);
		const char **rows = row_starts(src, p);
		struct plan_buf common = PLAN_BUF_INIT;
		size_t n_common = 0;

		add_explainer(&common, &p->title);
		for (size_t j = 0; j < p->n_sections; j++) {
			add_explainer(&common, &p->sections[j].id);
			add_explainer(&common, &p->sections[j].title);
		}
		if (src->header)
			add_explainer(&common, &(struct plan_text){
						   src->header, strlen(src->header), { 0, 0 } });
		for (size_t k = 0; k < common.len; k += strlen(common.s + k) + 1)
			n_common++;
		for (size_t j = 0; j < p->n_tasks; j = subtree_end(p, j) + 1) {
			struct plan_buf texts = PLAN_BUF_INIT, row = PLAN_BUF_INIT,
					left = PLAN_BUF_INIT;
			const size_t last = subtree_end(p, j);
			struct explainer *e;
			size_t n = 0;

			plan_buf_add(&texts, common.s, common.len);
			for (size_t k = j; k <= last; k++)
				add_task_explainers(&texts, p->tasks[k]);
			for (size_t k = 0; k < texts.len; k += strlen(texts.s + k) + 1)
				n++;
			e = calloc(n + 1, sizeof(*e));
			assert_non_null(e);
			n = 0;
			for (size_t k = 0; k < texts.len; k += strlen(texts.s + k) + 1, n++)
				e[n] = (struct explainer){ texts.s + k, n < n_common };
			qsort(e, n, sizeof(*e), longer_first);
			plan_buf_add(&row, rows[j], (size_t)(rows[last + 1] - rows[j]));
			for (size_t k = 0; k < n; k++)
				blank_out(row.s, row.len, e[k].text, e[k].all);
			leftover_words(row.s, row.len, &left);
			checked++;
			if (left.len) {
				print_message(
				    "%s: the rows of task %s hold words no field of the plan "
				    "has: %s\n",
				    p->id.s, p->tasks[j]->id.s, left.s);
				failures++;
			}
			free(e);
			plan_buf_release(&texts);
			plan_buf_release(&row);
			plan_buf_release(&left);
		}
		plan_buf_release(&common);
		free(rows);
	}
	print_message("%zu rows accounted for\n", checked);
	assert_true(checked > 100);
	assert_int_equal(failures, 0);
}

/* Reads the next line of *s into line (without its end); false at the end. */
static bool next_line(const char **s, struct plan_buf *line)
{
	const char *end;

	if (!**s)
		return false;
	end = strchr(*s, '\n');
	if (!end)
		end = *s + strlen(*s);
	plan_buf_reset(line);
	plan_buf_add(line, *s, (size_t)(end - *s));
	while (line->len && (line->s[line->len - 1] == '\r' || line->s[line->len - 1] == ' '))
		plan_buf_truncate(line, line->len - 1);
	*s = *end ? end + 1 : end;
	return true;
}

/* Reads a number of digits that ends the string at s; -1 when s is not one. */
static int number(const char *s, const char *end)
{
	int n = 0;

	if (s == end)
		return -1;
	for (; s < end; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		n = n * 10 + (*s - '0');
	}
	return n;
}

/*
 * The ids of the numbered rows of a source's table, each source laid out
 * its own way: "N<tab>…" rows (522), "N.<tab>…" (365), a number alone on
 * a line before a "|" line under a section letter (05/CT-TTg), a number
 * alone on a tab-indented line (132).
 */
static void numbered_rows(const struct source *src, struct plan_buf *ids)
{
	struct plan_buf line = PLAN_BUF_INIT, next = PLAN_BUF_INIT;
	const char *s = src->raw;
	bool in_table = src == &sources[1];
	char section = 0;
	int last = 0, n;

	while (next_line(&s, &line)) {
		const char *tab = strchr(line.s, '\t');

		if (!in_table) {
			in_table = strcmp(line.s, "Phụ lục") == 0 || strcmp(line.s, "PHỤ LỤC") == 0;
			continue;
		}
		if (src == &sources[0] || src == &sources[1]) {
			const char *end = tab ? tab : line.s;

			if (src == &sources[1] && end > line.s && end[-1] == '.')
				end--;
			n = tab ? number(line.s, end) : -1;
		} else if (src == &sources[2]) {
			if (line.len == 1 && line.s[0] >= 'A' && line.s[0] <= 'C') {
				section = line.s[0];
				last = 0;
				continue;
			}
			n = number(line.s, line.s + line.len);
			{
				const char *peek = s;

				if (n != last + 1 || !next_line(&peek, &next) ||
				    strcmp(next.s, "|") != 0)
					n = -1;
			}
		} else {
			n = line.s[0] == '\t' ? number(line.s + 1, line.s + line.len) : -1;
		}
		if (n < 0)
			continue;
		last = n;
		if (section)
			plan_buf_addf(ids, "%c.%d ", section, n);
		else
			plan_buf_addf(ids, "%d ", n);
	}
	plan_buf_release(&line);
	plan_buf_release(&next);
}

static void test_every_numbered_row_is_a_task(void **state)
{
	struct plan_buf rows = PLAN_BUF_INIT, tasks = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < N_SOURCES; i++) {
		const struct plan *p = plan_set_find(set, sources[i].plan);

		assert_non_null(p);
		plan_buf_reset(&rows);
		plan_buf_reset(&tasks);
		numbered_rows(&sources[i], &rows);
		for (size_t j = 0; j < p->n_sections; j++)
			for (size_t k = 0; k < p->sections[j].n_tasks; k++)
				plan_buf_addf(&tasks, "%s ", p->sections[j].tasks[k].id.s);
		print_message("%s: %s\n", sources[i].plan, rows.s);
		assert_string_equal(tasks.s, rows.s);
	}
	plan_buf_release(&rows);
	plan_buf_release(&tasks);
}

/* The table's header row, folded (owned by the caller), when it is a line "TT<tab>…"; or NULL. */
static char *table_header(const char *raw)
{
	for (const char *line = raw; line && *line;) {
		const char *end = strchr(line, '\n');
		const size_t len = end ? (size_t)(end - line) : strlen(line);

		if (len > 3 && memcmp(line, "TT\t", 3) == 0) {
			struct plan_buf h = PLAN_BUF_INIT;

			fold(&h, line, len);
			while (h.len && h.s[h.len - 1] == ' ')
				plan_buf_truncate(&h, h.len - 1);
			return plan_buf_detach(&h);
		}
		line = end ? end + 1 : NULL;
	}
	return NULL;
}

static int setup(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	const char *plans = PLAN_SOURCE_DIR "/plans";
	const char *dir = getenv("PLAN_SEEDS");
	struct plan_buf path = PLAN_BUF_INIT, folded = PLAN_BUF_INIT;

	(void)state;
	if (!dir)
		dir = PLAN_SOURCE_DIR "/../shared/seeds";
	for (size_t i = 0; i < N_SOURCES; i++) {
		plan_buf_reset(&path);
		plan_buf_addf(&path, "%s/%s", dir, sources[i].file);
		sources[i].raw = read_file(path.s);
		plan_buf_reset(&folded);
		fold(&folded, sources[i].raw, strlen(sources[i].raw));
		sources[i].len = folded.len;
		sources[i].text = plan_buf_detach(&folded);
		sources[i].header = table_header(sources[i].raw);
	}
	plan_set_load(&set, &plans, 1, NULL, &diags);
	assert_int_equal(diags.errors, 0);
	plan_diags_release(&diags);
	plan_buf_release(&path);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_SOURCES; i++) {
		free(sources[i].raw);
		free(sources[i].text);
		free(sources[i].header);
	}
	plan_set_free(set);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_text_is_in_its_source),
		cmocka_unit_test(test_every_cell_is_in_its_row),
		cmocka_unit_test(test_every_row_is_accounted_for),
		cmocka_unit_test(test_every_numbered_row_is_a_task),
	};
	const char *dir = getenv("PLAN_SEEDS");
	struct stat st;

	if (!dir)
		dir = PLAN_SOURCE_DIR "/../shared/seeds";
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		printf("the source texts are not at %s (set PLAN_SEEDS); skipped\n", dir);
		return 77;
	}
	return cmocka_run_group_tests(tests, setup, teardown);
}
