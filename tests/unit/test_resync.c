/*
 * test_resync.c - the item a syntax error is in, blanked out so that the
 * rest of the file can be read (src/core/resync.c).
 */
#include "testutil.h"

#include "resync.h"

static void test_items(void **state)
{
	static const struct {
		const char *what, *text;
		uint32_t line;
		bool found;
		uint32_t first, last;
		const char *want;
	} table[] = {
		{ "a task between two others",
		  "tasks:\n  - id: a\n    task: x\n\ttask: y\n  - id: b\n", 4, true, 2, 4,
		  "tasks:\n\n\n\n  - id: b\n" },
		{ "the error on the item's own line", "tasks:\n  - id: a: b\n  - id: c\n", 2, true,
		  2, 2, "tasks:\n\n  - id: c\n" },
		{ "the last task: out to the end, the last line without a break",
		  "tasks:\n  - id: a\n    task: x", 3, true, 2, 3, "tasks:\n\n" },
		{ "blank and comment lines inside the item go with it",
		  "tasks:\n  - id: a\n\n    # c\n    task: x: y\n  - id: b\n", 5, true, 2, 5,
		  "tasks:\n\n\n\n\n  - id: b\n" },
		{ "a subtask: only it",
		  "tasks:\n  - id: a\n    subtasks:\n      - id: a1\n"
		  "        task: x: y\n      - id: a2\n  - id: b\n",
		  5, true, 4, 5,
		  "tasks:\n  - id: a\n    subtasks:\n\n\n      - id: a2\n  - id: b\n" },
		{ "a lead item is not an item of its own: the task is",
		  "tasks:\n  - id: a\n    lead:\n      - \tX\n  - id: b\n", 4, true, 2, 4,
		  "tasks:\n\n\n\n  - id: b\n" },
		{ "up to a section that follows",
		  "sections:\n  - id: I\n    tasks:\n      - id: a\n        task: x: y\n"
		  "  - id: II\n",
		  5, true, 4, 5, "sections:\n  - id: I\n    tasks:\n\n\n  - id: II\n" },
		{ "a registry entry", "units:\n  - name: A\n    parent: B: C\n  - name: D\n", 3,
		  true, 2, 3, "units:\n\n\n  - name: D\n" },
		{ "CR LF lines", "tasks:\r\n  - id: a\r\n    task: x: y\r\n  - id: b\r\n", 3, true,
		  2, 3, "tasks:\r\n\n\n  - id: b\r\n" },
		{ "in the header: no item", "plan: p\ntitle: a: b\ntasks: []\n", 2, false, 0, 0,
		  "" },
		{ "past the end", "tasks:\n  - id: a\n", 9, false, 0, 0, "" },
		{ "line 0", "tasks:\n  - id: a\n", 0, false, 0, 0, "" },
		{ "empty", "", 1, false, 0, 0, "" },
	};
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		uint32_t first = 0, last = 0;
		bool found;

		plan_buf_reset(&out);
		print_message("case: %s\n", table[i].what);
		found = yaml_resync(table[i].text, strlen(table[i].text), table[i].line, &out,
				    &first, &last);
		assert_int_equal(found, table[i].found);
		if (!found)
			continue;
		assert_int_equal(first, table[i].first);
		assert_int_equal(last, table[i].last);
		assert_string_equal(out.s, table[i].want);
	}
	plan_buf_release(&out);
}

/* An item ends surely where the next item or a key starts, no deeper than its "-". */
static void test_clean_ends(void **state)
{
	static const char text[] = "tasks:\n  - id: a\n    lead:\n \xC2\x85   - X\n  - id: b\n"
				   "    task: y\nunits: []\n";
	const size_t a = strlen("tasks:\n"), b = strstr(text, "  - id: b") - text;
	struct yaml_item it;

	(void)state;
	/* by indentation, a ends at the line that starts with a NEL: not surely */
	assert_true(yaml_item_find(text, strlen(text), 2, &it));
	assert_int_equal(it.start, a);
	assert_false(yaml_item_ends_cleanly(text, strlen(text), &it));
	/* b ends at a key of the file; an item at the end of the text ends there */
	assert_true(yaml_item_find(text, strlen(text), 5, &it));
	assert_int_equal(it.start, b);
	assert_true(yaml_item_ends_cleanly(text, strlen(text), &it));
	it.end = strlen(text);
	assert_true(yaml_item_ends_cleanly(text, strlen(text), &it));
	it = (struct yaml_item){ a, b, 2, 4 };
	assert_true(yaml_item_ends_cleanly(text, strlen(text), &it));
}

/*
 * An item reads alone as in its file when it ends cleanly and its lines
 * break at LF or CR LF only: a NEL, LS or lone CR inside is a line break
 * libyaml counts and the file's lines do not.
 */
static void test_reads_alone(void **state)
{
	static const struct {
		const char *text;
		bool alone;
	} cases[] = {
		{ "tasks:\n  - id: a\n    task: x\n  - id: b\n", true },
		{ "tasks:\r\n  - id: a\r\n    task: x\r\n  - id: b\r\n", true },
		{ "tasks:\n  - id: a\n    task: x\xC2\x85y\n  - id: b\n", false },
		{ "tasks:\n  - id: a\n    task: x\xE2\x80\xA8y\n  - id: b\n", false },
		{ "tasks:\n  - id: a\n    task: x\ry\n  - id: b\n", false },
		{ "tasks:\n  - id: a\n    task: x\n \xC2\x85  - id: b\n",
		  false }, /* ends unclean */
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *text = cases[i].text;
		struct yaml_item it;

		print_message("case %zu\n", i);
		assert_true(yaml_item_find(text, strlen(text), 2, &it));
		assert_int_equal(yaml_item_reads_alone(text, strlen(text), &it), cases[i].alone);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_items),
		cmocka_unit_test(test_clean_ends),
		cmocka_unit_test(test_reads_alone),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
