/* test_html.c - Markdown as a self-contained HTML page (src/core/html.c). */
#include "testutil.h"

#include "html.h"

static void test_page(void **state)
{
	static const char md[] = "# Báo cáo\n\n| Mã | Số ngày |\n| --- | ---: |\n| 1 | 76 |\n\n"
				 "Raw <b>html</b> &amp; stays text.\n";
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	assert_int_equal(plan_html_page(&out, md, strlen(md), "Tiêu đề <&> \"x\"", PLAN_LANG_VI),
			 0);
	assert_true(strncmp(out.s, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n", 39) == 0);
	assert_non_null(strstr(out.s, "<meta charset=\"utf-8\" />"));
	assert_non_null(strstr(out.s, "<title>Tiêu đề &lt;&amp;&gt; &quot;x&quot;</title>"));
	assert_non_null(strstr(out.s, "<style>\n"));
	assert_non_null(strstr(out.s, "@page{size:A4"));
	assert_non_null(strstr(out.s, "<h1>Báo cáo</h1>"));
	assert_non_null(strstr(out.s, "<th align=\"right\">Số ngày</th>"));
	assert_non_null(strstr(out.s, "<td align=\"right\">76</td>"));
	/* Raw HTML in the Markdown is shown, not passed through. */
	assert_null(strstr(out.s, "<b>"));
	assert_non_null(strstr(out.s, "&lt;b&gt;html&lt;/b&gt;"));
	assert_true(out.len > 16 && strcmp(out.s + out.len - 16, "</body>\n</html>\n") == 0);
	plan_buf_reset(&out);
	assert_int_equal(plan_html_page(&out, "", 0, "", PLAN_LANG_EN), 0);
	assert_non_null(strstr(out.s, "<html lang=\"en\">"));
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_page),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
