/* test_fold.c - folding text for matching (src/core/fold.c). */
#include "testutil.h"

#include <utf8proc.h>

#include "plan/buf.h"
#include "fold.h"

/* Every ASCII character folds as utf8proc folds it, with and without punctuation. */
static void test_ascii_as_utf8proc(void **state)
{
	struct plan_buf got = PLAN_BUF_INIT, want = PLAN_BUF_INIT;

	(void)state;
	for (int c = 1; c < 0x80; c++) {
		for (int punct = 0; punct < 2; punct++) {
			const char in[] = { 'a', (char)c, 'b', '\0' };
			const utf8proc_category_t cat = utf8proc_category(c);
			const bool space =
			    c == '\t' || c == '\n' || c == '\r' || cat == UTF8PROC_CATEGORY_ZS;
			const bool is_punct =
			    cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
			utf8proc_int32_t part[4];
			int last = 0;

			plan_buf_reset(&got);
			plan_buf_reset(&want);
			plan_fold_text(&got, in, 3, punct ? PLAN_FOLD_PUNCT : 0);
			if (space || (punct && is_punct)) {
				plan_buf_addstr(&want, "a b");
			} else {
				utf8proc_decompose_char(c, part, 4,
							UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
							    UTF8PROC_CASEFOLD | UTF8PROC_LUMP |
							    UTF8PROC_STRIPMARK,
							&last);
				plan_buf_addf(&want, "a%cb", (char)part[0]);
			}
			if (strcmp(got.s, want.s) != 0)
				fail_msg("0x%02X%s: '%s', not '%s'", (unsigned)c,
					 punct ? " (punct)" : "", got.s, want.s);
		}
	}
	plan_buf_release(&got);
	plan_buf_release(&want);
}

static void test_folding(void **state)
{
	static const struct {
		const char *in;
		unsigned flags;
		const char *want;
	} table[] = {
		{ "Cục Công nghệ thông tin", 0, "cuc cong nghe thong tin" },
		{ "CỤC CÔNG NGHỆ THÔNG TIN", 0, "cuc cong nghe thong tin" },
		{ "Đề án 06 — đợt 2", 0, "de an 06 - dot 2" }, /* đ, Đ, a dash lumped */
		{ "Hằng Quý", 0, "hang quy" },
		{ "Ke\xcc\x82\xcc\x81 hoa\xcc\xa3\x63h", 0, "ke hoach" }, /* decomposed */
		{ "  Thường \t xuyên\n", 0, "thuong xuyen" },
		{ "Cục Hộ tịch, quốc tịch, chứng thực", PLAN_FOLD_PUNCT,
		  "cuc ho tich quoc tich chung thuc" },
		{ "Vụ Công chức- Viên chức", PLAN_FOLD_PUNCT, "vu cong chuc vien chuc" },
		{ "(Cục CNTT).", PLAN_FOLD_PUNCT, "cuc cntt" },
		/* Marks kept: only case, dashes, spaces and punctuation fold (decomposed). */
		{ "Cục Bỏ trợ", PLAN_FOLD_MARKS,
		  "cu\xcc\xa3"
		  "c bo\xcc\x89 tro\xcc\x9b\xcc\xa3" },
		{ "TỔNG CỤC", PLAN_FOLD_MARKS,
		  "to\xcc\x82\xcc\x89"
		  "ng cu\xcc\xa3"
		  "c" },
		{ "Đăng ký", PLAN_FOLD_MARKS,
		  "\xc4\x91"
		  "a\xcc\x86"
		  "ng ky\xcc\x81" },
		{ "Vụ Công chức- Viên chức", PLAN_FOLD_PUNCT | PLAN_FOLD_MARKS,
		  "vu\xcc\xa3 co\xcc\x82"
		  "ng chu\xcc\x9b\xcc\x81"
		  "c vie\xcc\x82"
		  "n chu\xcc\x9b\xcc\x81"
		  "c" },
		{ "", 0, "" },
	};
	struct plan_folded f = PLAN_FOLDED_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		plan_fold(&f, table[i].in, strlen(table[i].in), table[i].flags);
		print_message("%s\n", table[i].in);
		assert_string_equal(f.text.s, table[i].want);
	}
	plan_folded_release(&f);
}

static void test_origins(void **state)
{
	static const char text[] = "Đối với  Thông tư: Tháng 02";
	struct plan_folded f = PLAN_FOLDED_INIT;
	const char *t;

	(void)state;
	plan_fold(&f, text, strlen(text), 0);
	assert_string_equal(f.text.s, "doi voi thong tu: thang 02");
	t = strstr(f.text.s, "thong tu");
	/* The folded "thong tu" came from "Thông tư", whatever its bytes. */
	assert_int_equal(f.origin[t - f.text.s], strstr(text, "Thông") - text);
	assert_int_equal(f.origin[t - f.text.s + 8], strstr(text, ":") - text);
	assert_int_equal(f.origin[f.text.len], strlen(text));
	plan_folded_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_as_utf8proc),
		cmocka_unit_test(test_folding),
		cmocka_unit_test(test_origins),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
