/*
 * test_mdtext.c - Markdown as plain text for a mail's text part
 * (src/core/mdtext.c): headings underlined, paragraphs and items wrapped,
 * tables as aligned columns whose cells wrap, no line over the width.
 */
#include "testutil.h"

#include "plan/buf.h"
#include "mdtext.h"
#include "text.h"

static void text_of(const char *md, size_t width, struct plan_buf *out)
{
	plan_buf_reset(out);
	assert_int_equal(plan_md_text(md, strlen(md), width, out), 0);
}

static void test_blocks(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	text_of("# Báo cáo\n\nMột đoạn văn &amp; dấu \\* thoát.\n\n## Phần\n\n- một\n- hai\n", 40,
		&out);
	assert_string_equal(out.s, "Báo cáo\n=======\n\nMột đoạn văn & dấu * thoát.\n\n"
				   "Phần\n----\n\n- một\n- hai\n");
	text_of("Rà soát, sửa đổi, bổ sung các quy định để sử dụng Cơ sở dữ liệu.\n", 20, &out);
	assert_string_equal(out.s, "Rà soát, sửa đổi, bổ\nsung các quy định để\nsử dụng Cơ sở dữ\n"
				   "liệu.\n"); /* 20 columns exactly, then at spaces */
	text_of("- Kế hoạch: 132/QĐ-BNV, 365/QĐ-BTP, 522/QĐ-BTP\n", 24, &out);
	assert_string_equal(out.s, "- Kế hoạch: 132/QĐ-BNV,\n  365/QĐ-BTP, 522/QĐ-BTP\n");
	text_of("[plan](https://example.vn/plan)\n\n---\n\nLập bằng plan\n", 30, &out);
	assert_string_equal(out.s, "plan <https://example.vn/plan>\n\n"
				   "------------------------------\n\nLập bằng plan\n");
	plan_buf_release(&out);
}

static void test_tables(void **state)
{
	static const char md[] =
	    "| Mã | Đơn vị chủ trì | Số ngày | Nội dung nhiệm vụ |\n"
	    "| --- | --- | ---: | --- |\n"
	    "| btp-365-2024/28.1 | Cục Hộ tịch, quốc tịch, chứng thực | 501 | Triển khai thí "
	    "điểm thực hiện tái cấu trúc quy trình, tích hợp, cung cấp dịch vụ công |\n"
	    "| bnv-132-2022/2 | Văn phòng Bộ | 7 | Rà soát |\n";
	struct plan_buf out = PLAN_BUF_INIT;
	size_t lines = 0;

	(void)state;
	text_of(md, 60, &out);
	print_message("%s", out.s);
	for (char *line = out.s, *end; *line; line = end + 1, lines++) {
		end = strchr(line, '\n');
		assert_non_null(end);
		assert_true(plan_text_width(line, (size_t)(end - line)) <= 60);
	}
	assert_true(lines > 4); /* cells wrapped onto more lines, nothing cut */
	assert_non_null(strstr(out.s, "btp-365-2024/28.1")); /* a short column does not wrap */
	assert_non_null(strstr(out.s, "     501  "));        /* numbers to the right */
	assert_non_null(strstr(out.s, "vụ công"));           /* the end of the task: all of it */
	assert_null(strstr(out.s, "…"));
	text_of(md, 200, &out); /* room for all: one line a row */
	assert_int_equal(strchr(strchr(strchr(out.s, '\n') + 1, '\n') + 1, '\n')[1], '\0');
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blocks),
		cmocka_unit_test(test_tables),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
