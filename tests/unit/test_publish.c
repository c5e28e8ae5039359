/*
 * test_publish.c - a report or a digest as the bytes plan writes: each
 * format, the mail and its default sender (src/core/publish.c).
 */
#include "testquery.h"
#include "testutil.h"

#include <stdlib.h>

#include "html.h"
#include "mdtext.h"
#include "plan/digest.h"
#include "plan/mail.h"
#include "plan/publish.h"
#include "plan/report.h"

/* Issued 2024-01-01, looked at on 2024-06-15 with a window of 7 days. */
static const char text[] = "plan: p\nnumber: 12/KH-BTP\ntitle: Kế hoạch thử\n"
			   "issuer: Bộ Tư pháp\nissued: 2024-01-01\ntasks:\n"
			   "  - {id: \"1\", task: Late, lead: [Cục A], due: 2024-06-10}\n"
			   "  - {id: \"2\", task: Due soon, lead: [Cục B], due: 2024-06-20}\n"
			   "  - {id: \"3\", task: Far, lead: [Cục A], due: 2024-12-31}\n";

/* The plan of text, and its snapshot as of a day. */
struct fixture {
	struct queried *f;
	struct plan_snapshot snap;
	struct plan_report_meta meta;
};

static struct fixture *fixture_new(plan_date today)
{
	struct fixture *x = calloc(1, sizeof(*x));

	assert_non_null(x);
	x->f = queried_new(text, today);
	plan_snapshot_take(&x->snap, x->f->set, &x->f->q, x->f->idx, 7);
	x->meta = (struct plan_report_meta){ .lang = PLAN_LANG_VI,
					     .plans = (const struct plan *const *)x->f->set->plans,
					     .n_plans = x->f->set->n_plans,
					     .commit = "ab494f2" };
	return x;
}

static int setup(void **state)
{
	*state = fixture_new(plan_date_make(2024, 6, 15));
	return 0;
}

static int teardown(void **state)
{
	struct fixture *x = *state;

	plan_snapshot_release(&x->snap);
	queried_free(x->f);
	free(x);
	return 0;
}

/* True when s begins with prefix. */
static bool starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Publishes x as how says after "keep", asserting the result and that "keep" stays. */
static void publish(const struct fixture *x, const struct plan_publish *how,
		    enum plan_publish_result want, struct plan_buf *out)
{
	plan_buf_addstr(out, "keep");
	assert_int_equal(plan_publish_write(&x->snap, &x->meta, how, out), want);
	assert_true(starts(out->s, "keep"));
}

static void test_from(void **state)
{
	static const struct {
		const char *users[2];
		const char *host, *want;
	} table[] = {
		{ { "alice", "bob" }, "vm", "alice@vm" },
		{ { "a b", "bob" }, "vm", "bob@vm" }, /* not a plain word: the next */
		{ { NULL, "bob" }, "mail.moj.gov.vn", "bob@mail.moj.gov.vn" },
		{ { "", "x/y" }, "vm", "plan@vm" },
		{ { NULL, NULL }, NULL, "plan@localhost" },
		{ { "c.d-e_f+g", NULL }, "", "c.d-e_f+g@localhost" },
		{ { "alice", NULL }, "bad host", "alice@localhost" },
		{ { "nguyễn", NULL }, "vm", "plan@vm" },
	};
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		plan_buf_reset(&out);
		plan_publish_from(table[i].users, 2, table[i].host, &out);
		assert_string_equal(out.s, table[i].want);
	}
	plan_buf_reset(&out);
	plan_publish_from(NULL, 0, "vm", &out);
	assert_string_equal(out.s, "plan@vm");
	plan_buf_release(&out);
}

static void test_plans(void **state)
{
	const struct fixture *x = *state;
	const char *const ids[] = { "other", "p" }, *const none[] = { "other" };
	const struct plan **v;
	size_t n = 9;

	v = plan_publish_plans(x->f->set, NULL, 0, &n);
	assert_int_equal(n, 1);
	assert_ptr_equal(v[0], x->f->set->plans[0]);
	free(v);
	v = plan_publish_plans(x->f->set, ids, 2, &n);
	assert_int_equal(n, 1);
	assert_ptr_equal(v[0], x->f->set->plans[0]);
	free(v);
	v = plan_publish_plans(x->f->set, none, 1, &n);
	assert_int_equal(n, 0);
	free(v);
}

/* Markdown and text: the report's Markdown as it is, or at the width asked. */
static void test_markdown_and_text(void **state)
{
	const struct fixture *x = *state;
	struct plan_buf out = PLAN_BUF_INIT, md = PLAN_BUF_INIT, want = PLAN_BUF_INIT;

	plan_report_write(&x->snap, &x->meta, &md);
	publish(x, &(struct plan_publish){ .format = PLAN_PUBLISH_MD }, PLAN_PUBLISH_OK, &out);
	assert_string_equal(out.s + 4, md.s);
	assert_non_null(
	    strstr(out.s, "\n*Lập bằng plan từ các tệp kế hoạch tại commit `ab494f2`.*\n"));

	plan_buf_reset(&out);
	publish(x, &(struct plan_publish){ .format = PLAN_PUBLISH_TEXT, .width = 40 },
		PLAN_PUBLISH_OK, &out);
	assert_int_equal(plan_md_text(md.s, md.len, 40, &want), 0);
	assert_string_equal(out.s + 4, want.s);
	assert_true(starts(out.s + 4, "Báo cáo tình hình thực hiện kế hoạch\n"));
	plan_buf_release(&out);
	plan_buf_release(&md);
	plan_buf_release(&want);
}

/* A digest's page is its Markdown in the page wrapper; a report's has its charts. */
static void test_html(void **state)
{
	const struct fixture *x = *state;
	struct plan_buf out = PLAN_BUF_INIT, md = PLAN_BUF_INIT, title = PLAN_BUF_INIT,
			want = PLAN_BUF_INIT;

	assert_true(plan_digest_write(&x->snap, &x->meta, &md));
	plan_digest_title(&x->snap, &x->meta, &title);
	publish(x,
		&(struct plan_publish){ .kind = PLAN_PUBLISH_DIGEST, .format = PLAN_PUBLISH_HTML },
		PLAN_PUBLISH_OK, &out);
	assert_int_equal(plan_html_page(&want, md.s, md.len, title.s, PLAN_LANG_VI), 0);
	assert_string_equal(out.s + 4, want.s);
	assert_true(
	    starts(out.s + 4,
		   "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\" />\n"));
	assert_non_null(strstr(out.s, "\n<title>Nhắc việc: "));
	assert_true(strcmp(out.s + out.len - 16, "</body>\n</html>\n") == 0);

	plan_buf_reset(&out);
	plan_buf_reset(&want);
	publish(x, &(struct plan_publish){ .format = PLAN_PUBLISH_HTML }, PLAN_PUBLISH_OK, &out);
	assert_int_equal(plan_report_html(&x->snap, &x->meta, &want), 0);
	assert_string_equal(out.s + 4, want.s);
	assert_non_null(strstr(out.s, "<svg"));
	plan_buf_release(&out);
	plan_buf_release(&md);
	plan_buf_release(&title);
	plan_buf_release(&want);
}

static void test_sheets(void **state)
{
	const struct fixture *x = *state;
	struct plan_buf out = PLAN_BUF_INIT, want = PLAN_BUF_INIT;

	publish(x, &(struct plan_publish){ .format = PLAN_PUBLISH_XLSX }, PLAN_PUBLISH_OK, &out);
	plan_report_sheets(&x->snap, &x->meta, &want);
	assert_int_equal(out.len, want.len + 4);
	assert_memory_equal(out.s + 4, want.s, want.len);
	plan_buf_release(&out);
	plan_buf_release(&want);
}

/* A mail from the default sender, with the document's subject and both parts. */
static void test_mail(void **state)
{
	const struct fixture *x = *state;
	const char *const to[] = { "vp@moj.gov.vn" }, *const users[] = { NULL, "clerk" };
	struct plan_publish how = { .format = PLAN_PUBLISH_MAIL,
				    .to = to,
				    .n_to = 1,
				    .users = users,
				    .n_users = 2,
				    .host = "vm",
				    .time = 1719792000,
				    .utc_offset = 420 };
	struct plan_buf out = PLAN_BUF_INIT, md = PLAN_BUF_INIT, title = PLAN_BUF_INIT,
			subject = PLAN_BUF_INIT, page = PLAN_BUF_INIT, plain = PLAN_BUF_INIT,
			want = PLAN_BUF_INIT;

	publish(x, &how, PLAN_PUBLISH_OK, &out);
	plan_report_write(&x->snap, &x->meta, &md);
	plan_report_title(&x->snap, &x->meta, &title);
	plan_report_subject(&x->snap, &x->meta, &subject);
	assert_int_equal(plan_html_page(&page, md.s, md.len, title.s, PLAN_LANG_VI), 0);
	assert_int_equal(plan_md_text(md.s, md.len, PLAN_MAIL_WIDTH, &plain), 0);
	plan_mail_write(&(struct plan_mail){ .from = "clerk@vm",
					     .to = to,
					     .n_to = 1,
					     .subject = subject.s,
					     .language = "vi",
					     .time = 1719792000,
					     .utc_offset = 420,
					     .text = plain.s,
					     .text_len = plain.len,
					     .html = page.s,
					     .html_len = page.len },
			&want);
	assert_string_equal(out.s + 4, want.s);
	assert_true(starts(out.s + 4, "From: clerk@vm\nTo: vp@moj.gov.vn\nSubject: =?UTF-8?B?"));
	assert_non_null(
	    strstr(out.s, "\nDate: Mon, 01 Jul 2024 07:00:00 +0700\nMessage-ID: <plan."));

	/* --from and --subject stand for the default ones. */
	how.from = "Văn phòng <vp@moj.gov.vn>";
	how.subject = "Weekly";
	plan_buf_reset(&out);
	publish(x, &how, PLAN_PUBLISH_OK, &out);
	assert_true(starts(out.s + 4, "From: =?UTF-8?B?"));
	assert_non_null(
	    strstr(out.s, " <vp@moj.gov.vn>\nTo: vp@moj.gov.vn\nSubject: Weekly\nDate: "));
	plan_buf_release(&out);
	plan_buf_release(&md);
	plan_buf_release(&title);
	plan_buf_release(&subject);
	plan_buf_release(&page);
	plan_buf_release(&plain);
	plan_buf_release(&want);
}

/* A digest with no news is nothing, in every format: not even an empty mail. */
static void test_nothing_to_say(void **state)
{
	struct fixture *x = fixture_new(plan_date_make(2024, 1, 2));
	static const enum plan_publish_format formats[] = { PLAN_PUBLISH_MD, PLAN_PUBLISH_TEXT,
							    PLAN_PUBLISH_HTML, PLAN_PUBLISH_MAIL };
	const char *const to[] = { "vp@moj.gov.vn" };
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		plan_buf_reset(&out);
		publish(x,
			&(struct plan_publish){ .kind = PLAN_PUBLISH_DIGEST,
						.format = formats[i],
						.width = 80,
						.to = to,
						.n_to = 1 },
			PLAN_PUBLISH_NOTHING, &out);
		assert_int_equal(out.len, 4);
	}
	/* The report says where things stand even then. */
	plan_buf_reset(&out);
	publish(x, &(struct plan_publish){ .format = PLAN_PUBLISH_MD }, PLAN_PUBLISH_OK, &out);
	assert_true(out.len > 4);
	plan_buf_release(&out);
	{
		void *p = x;

		teardown(&p);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_from),
		cmocka_unit_test(test_plans),
		cmocka_unit_test(test_markdown_and_text),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_sheets),
		cmocka_unit_test(test_mail),
		cmocka_unit_test(test_nothing_to_say),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
