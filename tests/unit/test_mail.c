/* test_mail.c - a message with a text and an HTML part (src/core/mail.c). */
#include "testutil.h"

#include "plan/mail.h"

static void test_dates(void **state)
{
	static const struct {
		int64_t time;
		int offset;
		const char *want;
	} table[] = {
		{ 0, 0, "Thu, 01 Jan 1970 00:00:00 +0000" },
		{ 1719792000, 420, "Mon, 01 Jul 2024 07:00:00 +0700" },
		{ 1719792000, -150, "Sun, 30 Jun 2024 21:30:00 -0230" },
		{ 1709164799, 0, "Wed, 28 Feb 2024 23:59:59 +0000" },
		{ 1709164800, 0, "Thu, 29 Feb 2024 00:00:00 +0000" },
		{ 4102444800, 0, "Fri, 01 Jan 2100 00:00:00 +0000" },
	};
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		plan_buf_reset(&out);
		plan_mail_date(&out, table[i].time, table[i].offset);
		assert_string_equal(out.s, table[i].want);
	}
	plan_buf_release(&out);
}

static void test_message(void **state)
{
	const char *const to[] = { "cntt@moj.gov.vn", "Văn phòng Bộ <vp@moj.gov.vn>" };
	struct plan_mail mail = {
		.from = "Hệ thống plan <plan@moj.gov.vn>",
		.to = to,
		.n_to = 2,
		.subject = "[plan] 2 nhiệm vụ quá hạn, 1 sắp đến hạn — Cục Công nghệ thông tin",
		.language = "vi",
		.time = 1719792000,
		.utc_offset = 420,
		.text = "# Nhắc việc\n",
		.text_len = strlen("# Nhắc việc\n"),
		.html = "<p>x</p>\n",
		.html_len = strlen("<p>x</p>\n"),
	};
	struct plan_buf out = PLAN_BUF_INIT, again = PLAN_BUF_INIT;
	const char *boundary, *id;

	(void)state;
	plan_mail_write(&mail, &out);
	assert_true(strncmp(out.s, "From: =?UTF-8?B?", 16) == 0);
	assert_non_null(strstr(out.s, "\nTo: cntt@moj.gov.vn,\n =?UTF-8?B?"));
	assert_non_null(strstr(out.s, "\nSubject: =?UTF-8?B?"));
	assert_non_null(strstr(out.s, "\nDate: Mon, 01 Jul 2024 07:00:00 +0700\n"));
	assert_non_null(strstr(out.s, "\nAuto-Submitted: auto-generated\n"));
	assert_non_null(strstr(out.s, "\nContent-Language: vi\nMIME-Version: 1.0\n"));
	id = strstr(out.s, "\nMessage-ID: <plan.20240701.00000.");
	assert_non_null(id);
	assert_true(strncmp(strchr(id + 1, '\n') - 12, "@moj.gov.vn>", 12) == 0);
	boundary = strstr(out.s, "boundary=\"=_plan_");
	assert_non_null(boundary);
	/* Both parts, UTF-8 and quoted-printable, then the closing boundary. */
	assert_non_null(strstr(out.s, "\n\n--=_plan_"));
	assert_non_null(strstr(out.s, "Content-Type: text/plain; charset=utf-8\n"
				      "Content-Transfer-Encoding: quoted-printable\n\n"
				      "# Nh=E1=BA=AFc vi=E1=BB=87c\n\n--=_plan_"));
	assert_non_null(strstr(out.s, "Content-Type: text/html; charset=utf-8\n"
				      "Content-Transfer-Encoding: quoted-printable\n\n"
				      "<p>x</p>\n\n--=_plan_"));
	assert_true(strcmp(out.s + out.len - 3, "--\n") == 0);
	/* The same message is the same bytes; another text, another id. */
	plan_mail_write(&mail, &again);
	assert_string_equal(out.s, again.s);
	plan_buf_reset(&again);
	mail.text = "# Khác\n";
	mail.text_len = strlen(mail.text);
	plan_mail_write(&mail, &again);
	assert_int_not_equal(strncmp(strstr(again.s, "boundary="), boundary, 34), 0);
	plan_buf_release(&out);
	plan_buf_release(&again);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_message),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
