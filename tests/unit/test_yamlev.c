/*
 * test_yamlev.c - the YAML-level rules (src/core/yamlev.c): syntax errors at
 * libyaml's position, anchors, aliases, tags, one document, nesting depth,
 * control characters, NFC, and positions that match what editors show.
 */
#include "testutil.h"

#include <stdlib.h>

#include "plan/buf.h"
#include "plan/model.h"
#include "arena.h"
#include "strmap.h"
#include "yamlev.h"
#include "ylines.h"

#define E PLAN_ERROR
#define W PLAN_WARNING

static const struct load_case cases[] = {
	{ "syntax error where the quote opens, libyaml's words after, and nothing else",
	  "plan: p\ntitle: \"Kế hoạch\nissued: 2024-03-15\n",
	  { { "syntax", 2, 8, E,
	      "the quote opened at line 2 is never closed; libyaml: found unexpected end of "
	      "stream (while scanning a quoted scalar at line 2)" } },
	  1,
	  0 },
	{ "an unclosed list: what was misread inside it is not reported",
	  "plan: p\ntitle: T\nissued: 2024-03-15\ntasks: [\nyear: 2024\n",
	  { { "syntax", 6, 1, E,
	      "did not find expected ',' or ']' (while parsing a flow "
	      "sequence at line 4)" } },
	  1,
	  0 },
	{ "problems before a syntax error stand",
	  "plan: p\ntitel: T\nissued: 2024-03-15\ntasks: [\n",
	  { { "unknown-key", 2, 1, E, "unknown key 'titel' in the plan; did you mean 'title'?" },
	    { "syntax", 5, 1, E,
	      "did not find expected node content (while parsing a flow "
	      "node at line 5)" } },
	  2,
	  0 },
	{ "mapping values where none may be",
	  "plan: p\ntitle: a: b\n",
	  { { "syntax", 2, 9, E, "mapping values are not allowed in this context" } },
	  1,
	  0 },
	{ "tab indentation: the item left out, the rest read (a plan without title and date)",
	  "plan: p\ntasks:\n\t- id: 1\n",
	  { { "missing-key", 1, 1, E, "missing required key 'title'" },
	    { "missing-key", 1, 1, E, "missing required key 'issued'" },
	    { "syntax", 3, 1, E, "found character that cannot start any token" },
	    { "skipped", 3, 1, PLAN_NOTE, "line 3 is left out until its syntax error is fixed" } },
	  4,
	  1 },
	{ "anchor and alias",
	  "plan: p\ntitle: &t Tiêu đề\nissued: 2024-03-15\nnumber: *t\ntasks: []\n",
	  { { "anchor", 2, 8, E, "anchors are not allowed in plan files (&t)" },
	    { "alias", 4, 9, E, "aliases are not allowed in plan files (*t)" } },
	  2,
	  1 },
	{ "anchor on a collection",
	  "plan: p\ntitle: T\nissued: 2024-03-15\ntasks: &all []\n",
	  { { "anchor", 4, 8, E, "anchors are not allowed in plan files (&all)" } },
	  1,
	  1 },
	{ "tags other than !!str",
	  "plan: p\ntitle: !!str 365\nissued: !!timestamp 2024-03-15\ntasks: !custom []\n",
	  { { "tag", 3, 9, E,
	      "tags are not allowed in plan files "
	      "('tag:yaml.org,2002:timestamp')" },
	    { "tag", 4, 8, E, "tags are not allowed in plan files ('!custom')" } },
	  2,
	  1 },
	{ "a second document",
	  "plan: p\ntitle: T\nissued: 2024-03-15\ntasks: []\n---\nplan: q\n",
	  { { "multiple-documents", 5, 1, E, "a plan file holds one YAML document" } },
	  1,
	  1 },
	{ "a second document after an explicit end",
	  "plan: p\ntitle: T\nissued: 2024-03-15\ntasks: []\n...\n--- x\n",
	  { { "multiple-documents", 6, 1, E, "a plan file holds one YAML document" } },
	  1,
	  1 },
	{ "a control character written as an escape",
	  "plan: p\ntitle: \"Kế\\ehoạch\"\nissued: 2024-03-15\ntasks: []\n",
	  { { "control-char", 2, 8, E, "text contains the control character U+001B" } },
	  1,
	  1 },
	{ "a raw control character",
	  "plan: p\ntitle: Kế\x01hoạch\n",
	  { { "syntax", 2, 10, E, "control characters are not allowed (U+0001)" } },
	  1,
	  0 },
	{ "decomposed text is normalised with a warning",
	  "plan: p\ntitle: Ke\xCC\x82\xCC\x81 hoa\xCC\xA3\x63h\nissued: 2024-03-15\ntasks: []\n",
	  { { "not-nfc", 2, 8, W, "text is not in Unicode NFC" } },
	  1,
	  1 },
	{ "CRLF line ends",
	  "plan: p\r\ntitle: T\r\nissued: 2024-02-30\r\ntasks: []\r\n",
	  { { "bad-date", 3, 9, E, "invalid date '2024-02-30'" } },
	  1,
	  1 },
	{ "CR line ends alone (an old Mac file): lines as editors show it",
	  "plan: p\rtitle: T\rissued: 2024-02-30\rtasks: []\r",
	  { { "bad-date", 3, 9, E, "invalid date '2024-02-30'" } },
	  1,
	  1 },
	{ "a stray CR in a file of LF lines is not a line end",
	  "plan: p\ntitle: \"a\rb\"\nissued: 2024-02-30\ntasks: []\n",
	  { { "bad-date", 3, 9, E, "invalid date '2024-02-30'" } },
	  1,
	  1 },
	{ "a byte order mark",
	  "\xEF\xBB\xBFplan: p\ntitle: T\nissued: 2024-02-30\ntasks: []\n",
	  { { "bad-date", 3, 9, E, "invalid date" } },
	  1,
	  1 },
	{ "a line separator inside text does not shift later lines",
	  "plan: p\ntitle: \"Kế\xE2\x80\xA8hoạch\"\nissued: 2024-02-30\ntasks: []\n",
	  { { "bad-date", 3, 9, E, "invalid date" } },
	  1,
	  1 },
	{ "columns count characters, not bytes",
	  "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n  - {id: \"1\", task: Việc một, status: "
	  "x}\n",
	  { { "bad-status", 5, 39, E, "invalid status 'x'" } },
	  1,
	  1 },
};

static void test_yaml_cases(void **state)
{
	(void)state;
	check_load_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_normalised_text_is_nfc(void **state)
{
	static const char text[] =
	    "plan: p\ntitle: Ke\xCC\x82\xCC\x81 hoa\xCC\xA3\x63h\nissued: 2024-03-15\ntasks: []\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);

	(void)state;
	assert_string_equal(set->plans[0]->title.s, "Kế hoạch");
	plan_set_free(set);
	plan_diags_release(&diags);
}

/* Builds a plan whose number nests depth flow sequences. */
static char *nested(unsigned depth)
{
	struct plan_buf b = PLAN_BUF_INIT;

	plan_buf_addstr(&b, "plan: p\ntitle: T\nissued: 2024-03-15\ntasks: []\nnumber: ");
	plan_buf_addchars(&b, '[', depth);
	plan_buf_addchars(&b, ']', depth);
	plan_buf_addch(&b, '\n');
	return plan_buf_detach(&b);
}

static void test_nesting_limit(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	/* The top mapping is level 1, so 63 sequences make 64 levels: allowed. */
	char *ok = nested(PLAN_MAX_DEPTH - 1), *deep = nested(PLAN_MAX_DEPTH);
	struct plan_set *set = load_text(ok, &diags);
	const struct want_diag too_deep[] = {
		{ "wrong-type", 5, 9, E, "'number' must be a string, not a list" },
		{ "too-deep", 5, 8 + PLAN_MAX_DEPTH, E, "nesting is deeper than 64 levels" },
	};

	(void)state;
	assert_int_equal(diags.errors, 1); /* only that the number is not a string */
	assert_string_equal(diags.v[0].code, "wrong-type");
	plan_set_free(set);
	plan_diags_release(&diags);

	set = load_text(deep, &diags);
	assert_diags(&diags, too_deep, 2);
	assert_int_equal(set->n_plans, 0);
	plan_set_free(set);
	plan_diags_release(&diags);
	free(ok);
	free(deep);
}

static void test_byte_positions(void **state)
{
	static const char text[] = "ab\nTháng 3\xFFx\n";
	struct plan_pos pos;

	(void)state;
	pos = ylines_byte_pos(text, sizeof(text) - 1, 0);
	assert_int_equal(pos.line, 1);
	assert_int_equal(pos.column, 1);
	pos = ylines_byte_pos(text, sizeof(text) - 1, 3);
	assert_int_equal(pos.line, 2);
	assert_int_equal(pos.column, 1);
	/* "Tháng 3" is 7 characters in 8 bytes: the bad byte is column 8. */
	pos = ylines_byte_pos(text, sizeof(text) - 1, 11);
	assert_int_equal(pos.line, 2);
	assert_int_equal(pos.column, 8);
}

/*
 * A file's lines read alone (yev_count_lines_from()) are said where they
 * are in the file: events, NFC warnings, syntax errors and bad UTF-8.
 */
static void test_lines_counted_from(void **state)
{
	static const char *const texts[] = {
		"- id: a\n  task: \"x\n",       /* a quote never closed */
		"- id: a\n  task: e\xCC\x81\n", /* not NFC */
		"- id: a\n  task: \xFF\n",      /* not UTF-8 */
	};
	static const struct plan_pos want[] = { { 41, 9 }, { 41, 9 }, { 41, 9 } };
	struct arena *arena = arena_new();

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct plan_diags diags = PLAN_DIAGS_INIT;
		struct yev_reader *r =
		    yev_open("p.yaml", texts[i], strlen(texts[i]), 8, arena, &diags);
		struct yev ev;

		yev_count_lines_from(r, 40);
		yev_next(r, &ev);
		if (ev.type != YEV_END) { /* bad UTF-8 stops libyaml before its first event */
			assert_int_equal(ev.type, YEV_SEQ);
			assert_int_equal(ev.pos.line, 40);
			assert_int_equal(ev.pos.column, 1);
		}
		while (ev.type != YEV_END)
			yev_next(r, &ev);
		yev_close(r);
		assert_true(diags.n >= 1);
		assert_int_equal(diags.v[0].pos.line, want[i].line);
		assert_int_equal(diags.v[0].pos.column, want[i].column);
		plan_diags_release(&diags);
	}
	arena_free(arena);
}

/* Reads the scalars of data's one list, kept through pool, into kept (n of them). */
static void keep_items(const char *data, struct arena *arena, struct strmap *pool,
		       const char **kept, size_t n)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct yev_reader *r = yev_open("p.yaml", data, strlen(data), 8, arena, &diags);
	struct yev ev;
	size_t i = 0;

	yev_next(r, &ev);
	assert_int_equal(ev.type, YEV_SEQ);
	for (yev_next(r, &ev); ev.type == YEV_SCALAR; yev_next(r, &ev)) {
		assert_true(i < n);
		kept[i++] = yev_keep_shared(r, &ev, pool);
	}
	assert_int_equal(i, n);
	yev_close(r);
	plan_diags_release(&diags);
}

/*
 * A text kept through a pool is kept once, however it is written and in
 * whichever file of the arena; one longer than YEV_SHARED_MAX each time.
 */
static void test_shared_texts_kept_once(void **state)
{
	struct arena *arena = arena_new();
	struct strmap pool = STRMAP_INIT;
	struct plan_buf data = PLAN_BUF_INIT, longer = PLAN_BUF_INIT;
	const char *kept[7], *again[2];

	(void)state;
	for (size_t i = 0; i <= YEV_SHARED_MAX; i++)
		plan_buf_addch(&longer, 'a');
	plan_buf_addf(&data,
		      "- Cục CNTT\n- \"Cục CNTT\"\n- Văn phòng Bộ\n- %s\n- %s\n"
		      "- Cafe\xCC\x81\n- Café\n",
		      longer.s, longer.s);
	keep_items(data.s, arena, &pool, kept, 7);
	assert_string_equal(kept[0], "Cục CNTT");
	assert_ptr_equal(kept[1], kept[0]); /* quoted, the same text */
	assert_string_equal(kept[2], "Văn phòng Bộ");
	assert_ptr_not_equal(kept[2], kept[0]);
	assert_string_equal(kept[3], longer.s);
	assert_string_equal(kept[4], longer.s);
	assert_ptr_not_equal(kept[4], kept[3]); /* too long to be looked for */
	assert_string_equal(kept[5], "Café");   /* read as its NFC form */
	assert_ptr_equal(kept[6], kept[5]);
	keep_items("[Văn phòng Bộ, Cục CNTT]", arena, &pool, again, 2); /* another file */
	assert_ptr_equal(again[0], kept[2]);
	assert_ptr_equal(again[1], kept[0]);
	assert_int_equal(pool.n, 3);
	strmap_release(&pool);
	plan_buf_release(&data);
	plan_buf_release(&longer);
	arena_free(arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_yaml_cases),
		cmocka_unit_test(test_normalised_text_is_nfc),
		cmocka_unit_test(test_nesting_limit),
		cmocka_unit_test(test_byte_positions),
		cmocka_unit_test(test_lines_counted_from),
		cmocka_unit_test(test_shared_texts_kept_once),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
