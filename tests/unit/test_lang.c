/* test_lang.c - the words of documents in both languages (src/core/lang.c). */
#include "testutil.h"

#include "plan/lang.h"
#include "text.h"

/* The placeholders a message holds, as a bit per number. */
static unsigned placeholders(const char *s)
{
	unsigned bits = 0;

	for (; *s; s++)
		if (s[0] == '{' && s[1] >= '1' && s[1] <= '9' && s[2] == '}')
			bits |= 1u << (s[1] - '0');
	return bits;
}

static void test_every_message_in_both_languages(void **state)
{
	(void)state;
	for (int m = 0; m < PLAN_MSG_COUNT; m++) {
		const char *vi = plan_msg(PLAN_LANG_VI, (enum plan_msg)m);
		const char *en = plan_msg(PLAN_LANG_EN, (enum plan_msg)m);

		print_message("message %d: '%s' / '%s'\n", m, vi, en);
		assert_true(*vi && *en);
		assert_int_equal(placeholders(vi), placeholders(en));
		assert_true(plan_text_is_nfc(vi, strlen(vi)));
	}
}

static void test_say(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_say(&out, PLAN_LANG_VI, PLAN_MSG_REPORT_TITLE_ONE, "365/QĐ-BTP", "01/07/2024", NULL);
	assert_string_equal(
	    out.s, "Báo cáo tình hình thực hiện kế hoạch 365/QĐ-BTP tính đến ngày 01/07/2024");
	plan_buf_reset(&out);
	plan_say(&out, PLAN_LANG_EN, PLAN_MSG_PLAN_LINE, "N", "I", "D", "T", NULL);
	assert_string_equal(out.s, "N, issued D by I: T"); /* {3} before {2} */
	plan_buf_reset(&out);
	plan_say(&out, PLAN_LANG_EN, PLAN_MSG_DUE_TASKS, NULL); /* a missing argument: nothing */
	assert_string_equal(out.s, "Tasks due in the next  days");
	plan_buf_release(&out);
}

static void test_names_and_dates(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;
	enum plan_lang lang = PLAN_LANG_VI;

	(void)state;
	assert_int_equal(plan_lang_parse("en", &lang), 0);
	assert_int_equal(lang, PLAN_LANG_EN);
	assert_int_equal(plan_lang_parse("fr", &lang), -1);
	assert_int_equal(lang, PLAN_LANG_EN);
	plan_lang_date(&out, PLAN_LANG_VI, plan_date_make(2024, 7, 1));
	plan_buf_addch(&out, ' ');
	plan_lang_date(&out, PLAN_LANG_EN, plan_date_make(2024, 7, 1));
	assert_string_equal(out.s, "01/07/2024 2024-07-01");
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_message_in_both_languages),
		cmocka_unit_test(test_say),
		cmocka_unit_test(test_names_and_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
