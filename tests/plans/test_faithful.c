/*
 * test_faithful.c - the shipped plans say what their source documents say.
 *
 * With the source texts of ../shared/seeds beside the project (or where
 * $PLAN_SEEDS points), every text of every plan - titles, section titles,
 * and each task's text, deadline, product, funding, note and units - must
 * occur in its source once HTML tags are removed and runs of white space
 * are made one space.  A text rejoined across a page break may occur as up
 * to three pieces, in order, each starting shortly after the one before:
 * enough for a row the page cut, too little for a paraphrase to pass.
 * And every numbered row of each source table must be a task of its plan.
 * Without the sources the test is skipped (exit 77) and says so.
 */
#include "testutil.h"

#include <stdlib.h>
#include <sys/stat.h>

#include "plan/model.h"

enum {
	MAX_PIECES = 3,
	MIN_PIECE = 3, /* bytes: a piece shorter than this proves nothing */
	WINDOW = 2000, /* bytes between the end of one piece and the next */
};

struct source {
	const char *plan;
	const char *file;
	char *raw;  /* the file as it is */
	char *text; /* tags removed, white space folded */
	size_t len;
};

static struct source sources[] = {
	{ "btp-522-2023", "000_b0f45ed99cfc7c7d.txt", NULL, NULL, 0 },
	{ "btp-365-2024", "001_61bd4bb804cf6d41.txt", NULL, NULL, 0 },
	{ "ttg-05-2023", "002_fc6b95ce7bbd8ec1.txt", NULL, NULL, 0 },
	{ "bnv-132-2022", "003_b9a073e9bb730d0b.txt", NULL, NULL, 0 },
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
 * True when s occurs in the source, whole or as at most MAX_PIECES pieces
 * in order; on failure, *stuck is where the rest of s was not found.
 */
static bool occurs(const struct source *src, const char *s, size_t len, const char **stuck)
{
	const char *from = src->text;
	size_t span = src->len;

	for (int pieces = 0; len; pieces++) {
		const char *at;
		size_t got;

		while (pieces && len && *s == ' ') { /* the space the rejoin put in */
			s++;
			len--;
		}
		got = longest_prefix(from, span, s, len, &at);
		*stuck = s;
		if (pieces == MAX_PIECES || !got || (got < MIN_PIECE && got < len))
			return false;
		s += got;
		len -= got;
		from = at + got;
		span = (size_t)(src->text + src->len - from);
		if (span > WINDOW + len)
			span = WINDOW + len;
	}
	return true;
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
	const char *stuck;

	if (!t->s)
		return;
	fold(&folded, t->s, t->len);
	checked++;
	if (!occurs(source_of(p), folded.s, folded.len, &stuck)) {
		print_message("%s:%u: %s not in the source: '%s'\n    from: '%.60s'\n", p->path,
			      (unsigned)t->pos.line, what, folded.s, stuck);
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
	}
	plan_set_free(set);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_text_is_in_its_source),
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
