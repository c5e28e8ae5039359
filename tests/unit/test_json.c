/* test_json.c - the JSON writer (src/core/json.c). */
#include "testutil.h"

#include "json.h"

static void test_document(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_json j;

	(void)state;
	plan_json_init(&j, &out);
	plan_json_begin_array(&j);
	plan_json_begin_object(&j);
	plan_json_key(&j, "ref");
	plan_json_str(&j, "btp-365-2024/28.1");
	plan_json_key(&j, "lead");
	plan_json_begin_array(&j);
	plan_json_str(&j, "Cục Hộ tịch, quốc tịch, chứng thực");
	plan_json_end_array(&j);
	plan_json_key(&j, "support");
	plan_json_begin_array(&j);
	plan_json_end_array(&j);
	plan_json_key(&j, "note");
	plan_json_null(&j);
	plan_json_key(&j, "line");
	plan_json_int(&j, 42);
	plan_json_key(&j, "done");
	plan_json_bool(&j, false);
	plan_json_end_object(&j);
	plan_json_end_array(&j);
	plan_json_finish(&j);
	assert_string_equal(out.s, "[\n"
				   "  {\n"
				   "    \"ref\": \"btp-365-2024/28.1\",\n"
				   "    \"lead\": [\n"
				   "      \"Cục Hộ tịch, quốc tịch, chứng thực\"\n"
				   "    ],\n"
				   "    \"support\": [],\n"
				   "    \"note\": null,\n"
				   "    \"line\": 42,\n"
				   "    \"done\": false\n"
				   "  }\n"
				   "]\n");
	plan_buf_release(&out);
}

static void test_escaping(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_json j;
	static const char s[] = "\"q\" \\ \n\t\r\x01\x7f \xFF ệ";

	(void)state;
	plan_json_init(&j, &out);
	plan_json_string(&j, s, sizeof(s) - 1);
	assert_string_equal(out.s, "\"\\\"q\\\" \\\\ \\n\\t\\r\\u0001\\u007f \\ufffd ệ\"");
	plan_buf_reset(&out);
	plan_json_init(&j, &out);
	plan_json_begin_array(&j);
	plan_json_end_array(&j);
	plan_json_finish(&j);
	assert_string_equal(out.s, "[]\n");
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_document),
		cmocka_unit_test(test_escaping),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
