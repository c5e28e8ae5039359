/*
 * test_mime.c - quoted-printable bodies and encoded-word headers
 * (src/core/mime.c), checked by decoding them back.
 */
#include "testutil.h"

#include "mime.h"
#include "text.h"

static int hex_value(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decodes quoted-printable, as RFC 2045 says a reader does. */
static void qp_decode(const char *s, struct plan_buf *out)
{
	for (; *s; s++) {
		if (*s != '=') {
			plan_buf_addch(out, *s);
		} else if (s[1] == '\n') {
			s++; /* a soft line break */
		} else {
			assert_true(hex_value(s[1]) >= 0 && hex_value(s[2]) >= 0);
			plan_buf_addch(out, hex_value(s[1]) * 16 + hex_value(s[2]));
			s += 2;
		}
	}
}

static void assert_lines_within(const char *s, size_t max)
{
	while (*s) {
		size_t n = strcspn(s, "\n");

		if (n > max) {
			print_message("line of %zu characters: %.*s\n", n, (int)n, s);
			fail();
		}
		s += n + (s[n] == '\n');
	}
}

static void test_quoted_printable(void **state)
{
	static const struct {
		const char *in, *want;
	} table[] = {
		{ "a=b", "a=3Db" },
		{ "Cục", "C=E1=BB=A5c" },
		{ "trailing  \nnext\t\n", "trailing =20\nnext=09\n" },
		{ "From here\nnot From here\n", "=46rom here\nnot From here\n" },
		{ "\n\n", "\n\n" },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		  "a",
		  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=\n"
		  "aaaaaa" },
	};
	static const char vietnamese[] =
	    "# Nhắc việc: nhiệm vụ quá hạn và sắp đến hạn, ngày 01/07/2024 — Cục Công nghệ "
	    "thông tin\n\n| Mã | Đơn vị chủ trì | Thời hạn |\n| --- | --- | --- |\n"
	    "| 41.1 | Cục Công nghệ thông tin | Tháng 6 |   \n= =?=\n";
	struct plan_buf out = PLAN_BUF_INIT, back = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		plan_buf_reset(&out);
		plan_mime_qp(&out, table[i].in, strlen(table[i].in));
		assert_string_equal(out.s, table[i].want);
	}
	plan_buf_reset(&out);
	plan_mime_qp(&out, vietnamese, strlen(vietnamese));
	assert_lines_within(out.s, 76);
	qp_decode(out.s, &back);
	assert_string_equal(back.s, vietnamese);
	plan_buf_release(&out);
	plan_buf_release(&back);
}

static int b64_value(char c)
{
	static const char digits[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = strchr(digits, c);

	return c && p ? (int)(p - digits) : -1;
}

/*
 * Decodes the value of a header field of encoded words, as RFC 2047 says
 * (the white space between two words goes); asserts each word is whole
 * UTF-8 on its own.
 */
static void words_decode(const char *s, struct plan_buf *out)
{
	while ((s = strstr(s, "=?UTF-8?B?")) != NULL) {
		const size_t start = out->len;
		unsigned long v = 0;
		int bits = 0;

		for (s += 10; *s != '?'; s++) {
			if (*s == '=')
				continue;
			assert_true(b64_value(*s) >= 0);
			v = v << 6 | (unsigned long)b64_value(*s);
			if ((bits += 6) >= 8) {
				bits -= 8;
				plan_buf_addch(out, (int)(v >> bits & 0xFF));
			}
		}
		assert_true(plan_utf8_valid(out->s + start, out->len - start, &(size_t){ 0 }));
		s += 2;
	}
}

static void test_headers(void **state)
{
	static const char subject[] =
	    "[plan] 5 nhiệm vụ quá hạn, 3 sắp đến hạn — Cục Công nghệ thông tin và Trung tâm Lý "
	    "lịch tư pháp quốc gia";
	struct plan_buf out = PLAN_BUF_INIT, back = PLAN_BUF_INIT;

	(void)state;
	plan_mime_header(&out, "Subject", "Weekly digest");
	assert_string_equal(out.s, "Subject: Weekly digest\n");
	/* A line break in a value cannot start a new header field. */
	plan_buf_reset(&out);
	plan_mime_header(&out, "Subject", "a\nBcc: x@y");
	assert_string_equal(out.s, "Subject: a Bcc: x@y\n");
	/* Text that looks like an encoded word is encoded, to read back as it is. */
	plan_buf_reset(&out);
	plan_mime_header(&out, "Subject", "=?x?=");
	assert_string_equal(out.s, "Subject: =?UTF-8?B?PT94Pz0=?=\n");
	plan_buf_reset(&out);
	plan_mime_header(&out, "Subject", subject);
	assert_true(strncmp(out.s, "Subject: =?UTF-8?B?", 19) == 0);
	assert_lines_within(out.s, 76);
	words_decode(out.s, &back);
	assert_string_equal(back.s, subject);
	plan_buf_release(&out);
	plan_buf_release(&back);
}

/* A subject folds within 76 characters and decodes back to itself. */
static void assert_subject_round_trip(const char *subject)
{
	struct plan_buf out = PLAN_BUF_INIT, back = PLAN_BUF_INIT;

	plan_mime_header(&out, "Subject", subject);
	assert_lines_within(out.s, 76);
	words_decode(out.s, &back);
	assert_string_equal(back.s, subject);
	plan_buf_release(&out);
	plan_buf_release(&back);
}

/* Whatever the bytes, the encoder ends, and no line of what it writes is long. */
static void test_hostile_headers(void **state)
{
	char continuations[301], word[1510];
	const char *const names[] = { continuations, "Bộ \xff\xfe Tư pháp <a@b>" };
	struct plan_buf out = PLAN_BUF_INIT, back = PLAN_BUF_INIT;

	(void)state;
	/* a run of continuation bytes no character boundary splits (it looped forever) */
	memset(continuations, 0x80, sizeof(continuations) - 1);
	continuations[sizeof(continuations) - 1] = '\0';
	plan_mime_header(&out, "Subject", continuations);
	assert_lines_within(out.s, 76);
	/* bytes that are no UTF-8 are U+FFFD, so that the header decodes */
	words_decode(out.s, &back);
	assert_int_equal(back.len, 300 * 3);
	plan_buf_reset(&out);
	plan_buf_reset(&back);
	/* one word longer than a line (it made a line of 1,509 bytes): encoded, folded */
	memset(word, 'x', sizeof(word) - 1);
	word[sizeof(word) - 1] = '\0';
	assert_subject_round_trip(word);
	/* a first word that fits a line of its own but not after "Subject: " (fuzz_mime found it) */
	word[73] = '\0';
	assert_subject_round_trip(word);
	plan_buf_reset(&out);
	/* a run of spaces longer than a line (from a CR made a space): folded within it */
	memset(word, ' ', 120);
	memcpy(word + 120, "x", 2);
	plan_mime_header(&out, "Subject", word);
	assert_lines_within(out.s, 78);
	plan_buf_reset(&out);
	plan_mime_address_header(&out, "To", names + 1, 1);
	assert_lines_within(out.s, 76);
	/* display names longer than a line, quoted or escaped (fuzz_mime found them): encoded */
	{
		const char *const long_names[] = {
			"\";?` B c````````````````````````````````````````````````````: a@b\" <vp@a.b>",
			"V?\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\ 1?\"\"0ph\"?A(0@\\ <vp@a0ph>",
			"Văn phòng Bộ <vpaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.vn>",
		};

		for (size_t i = 0; i < 3; i++) {
			plan_buf_reset(&out);
			assert_null(plan_mime_address_problem(long_names[i]));
			plan_mime_address_header(&out, "To", long_names + i, 1);
			assert_lines_within(out.s, 78);
		}
	}
	plan_buf_release(&out);
	plan_buf_release(&back);
}

static void test_addresses(void **state)
{
	static const struct {
		const char *address;
		const char *problem; /* a part of the message, or NULL */
	} table[] = {
		{ "cntt@moj.gov.vn", NULL },
		{ "Văn phòng Bộ <vp@moj.gov.vn>", NULL },
		{ "\"Nguyen, Van A\" <a@b>", NULL },
		{ "a@b, c@d", "write one per option" },
		{ "vp", "user@host" },
		{ "@b", "user@host" },
		{ "a@b@c", "user@host" },
		{ "Bộ <a@b", "ASCII" },
		{ "a <b> <c@d>", "one '<'" },
		{ "a\n@b", "control characters" },
		{ "Name <>", "empty" },
		{ "địa chỉ@b", "ASCII" },
		/* RFC 5321's limits: a user part of 64, an address of 254 */
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@b", "at most 64" },
	};
	const char *const to[] = { "cntt@moj.gov.vn", "Văn phòng Bộ <vp@moj.gov.vn>",
				   "Nguyen, Van A <a@b>" };
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const char *p = plan_mime_address_problem(table[i].address);

		print_message("%s: %s\n", table[i].address, p ? p : "fine");
		if (!table[i].problem)
			assert_null(p);
		else
			assert_true(p && strstr(p, table[i].problem));
	}
	plan_mime_address_header(&out, "To", to, 3);
	assert_string_equal(out.s, "To: cntt@moj.gov.vn,\n"
				   " =?UTF-8?B?VsSDbiBwaMOybmcgQuG7mQ==?= <vp@moj.gov.vn>,\n"
				   " \"Nguyen, Van A\" <a@b>\n");
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quoted_printable),
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_hostile_headers),
		cmocka_unit_test(test_addresses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
