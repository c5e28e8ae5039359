/*
 * test_yamlerr.c - libyaml's syntax errors in words a clerk can act on
 * (src/core/yamlerr.c), through the loader: the mistakes people make, each
 * said where it is, with libyaml's words after.
 */
#include "testutil.h"

#include "plan/buf.h"
#include "plan/set.h"

#define HEAD "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n  - id: \"1\"\n"

static void test_mistakes(void **state)
{
	static const struct {
		const char *text;
		unsigned line, column;
		const char *message;
	} table[] = {
		{ HEAD "\ttask: X\n", 6, 1,
		  "a tab: indent with spaces, not tabs; libyaml: found character that cannot "
		  "start any token (while scanning for the next token at line 6)" },
		{ HEAD "    task: Bước 1: khảo sát # ghi chú\n", 6, 17,
		  "a text with ': ' in it must be quoted: task: \"Bước 1: khảo sát\"; libyaml: "
		  "mapping values are not allowed in this context" },
		{ HEAD "    task: X\n      lead: [A]\n", 7, 7,
		  "this line is indented more than the line above it (line 6): the keys of one "
		  "mapping, and the items of one list, start in the same column; libyaml: mapping "
		  "values are not allowed in this context" },
		{ HEAD "    task: X\n   lead: [A]\n", 7, 4,
		  "this line is indented less than the line above it (line 6): the keys of one "
		  "mapping, and the items of one list, start in the same column; libyaml: did not "
		  "find expected '-' indicator (while parsing a block collection at line 5)" },
		{ HEAD "    task: X\n\n    # a comment\n - id: \"2\"\n", 9, 2,
		  "this line is indented less than the line above it (line 6): the keys of one "
		  "mapping, and the items of one list, start in the same column; libyaml: did not "
		  "find expected key (while parsing a block mapping at line 1)" },
		{ HEAD "    task X\n    lead: [A]\n", 6, 5,
		  "line 6 is neither 'key: value' nor '- item': a ':' is missing after its key; "
		  "libyaml: could not find expected ':' (while scanning a simple key at line 6)" },
		{ HEAD "    task: \"không đóng\n    lead: [A]\n", 6, 11,
		  "the quote opened at line 6 is never closed; libyaml: found unexpected end of "
		  "stream (while scanning a quoted scalar at line 6)" },
		/* not one of those: libyaml's words alone */
		{ HEAD "    task: X\n    lead: [A, B\n", 8, 1,
		  "did not find expected ',' or ']' (while parsing a flow sequence at line 7)" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		struct plan_diags diags = PLAN_DIAGS_INIT;
		struct plan_set *set = NULL;

		plan_set_load_buffer(&set, "t.yaml", table[i].text, strlen(table[i].text), NULL,
				     &diags);
		print_message("case %zu\n", i);
		/* The error, then the note on what is left out to read the rest (test_load.c). */
		assert_int_equal(diags.errors, 1);
		assert_string_equal(diags.v[0].code, "syntax");
		assert_string_equal(diags.v[0].message, table[i].message);
		assert_int_equal(diags.v[0].pos.line, table[i].line);
		assert_int_equal(diags.v[0].pos.column, table[i].column);
		plan_set_free(set);
		plan_diags_release(&diags);
	}
}

/* An error under 200,000 comment lines is explained at once, not line by line from the top. */
static void test_far_down(void **state)
{
	struct plan_buf text = PLAN_BUF_INIT;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	(void)state;
	plan_buf_addstr(&text, HEAD "    task: X\n");
	for (int i = 0; i < 200000; i++)
		plan_buf_addstr(&text, "    # ghi chú\n");
	plan_buf_addstr(&text, "   lead: [A]\n");
	plan_set_load_buffer(&set, "t.yaml", text.s, text.len, NULL, &diags);
	assert_int_equal(diags.errors, 1);
	assert_non_null(
	    strstr(diags.v[0].message, "indented less than the line above it (line 6)"));
	plan_set_free(set);
	plan_diags_release(&diags);
	plan_buf_release(&text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mistakes),
		cmocka_unit_test(test_far_down),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
