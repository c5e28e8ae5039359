/*
 * test_unit_match.c - names against official names, as Vietnamese
 * documents abbreviate them (src/core/unit_match.c): a table of the forms
 * plan(5) lists, each with the tier it must match at, and names that must
 * not match.
 */
#include <stdlib.h>

#include "testutil.h"

#include "fold.h"
#include "unit_match.h"

struct pool {
	char *blocks[256];
	size_t n;
};

static void *from_pool(void *ctx, size_t size)
{
	struct pool *p = ctx;

	assert_true(p->n < 256);
	p->blocks[p->n] = calloc(1, size);
	assert_non_null(p->blocks[p->n]);
	return p->blocks[p->n++];
}

static void pool_free(struct pool *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->blocks[i]);
	p->n = 0;
}

static void cut(struct pool *p, const char *text, struct unit_words *out)
{
	struct plan_buf b = PLAN_BUF_INIT;

	plan_fold_text(&b, text, strlen(text), PLAN_FOLD_PUNCT);
	unit_words_cut(b.s, from_pool, p, out);
	plan_buf_release(&b);
}

struct match_case {
	const char *query, *name;
	enum unit_tier want;
};

static const struct match_case cases[] = {
	/* The same words. */
	{ "Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường", UNIT_TIER_NAME },
	{ "Uỷ ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", UNIT_TIER_NAME },
	{ "Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", UNIT_TIER_NAME },
	/* Variants: "Các", "Việt Nam", "và" for ",", old spellings. */
	{ "Sở, ban, ngành", "Các sở, ban, ngành", UNIT_TIER_VARIANT },
	{ "Các sở, ban và ngành", "Các sở, ban, ngành", UNIT_TIER_VARIANT },
	{ "Bảo hiểm xã hội", "Bảo hiểm xã hội Việt Nam", UNIT_TIER_VARIANT },
	{ "Viện Qui hoạch đô thị", "Viện Quy hoạch đô thị", UNIT_TIER_VARIANT },
	{ "Ủy ban nhân dân quận, huyện", "Ủy ban nhân dân các quận, huyện", UNIT_TIER_VARIANT },
	/* Acronyms: the syllable initials of runs of words, the type kept. */
	{ "Bộ TNMT", "Bộ Tài nguyên và Môi trường", UNIT_TIER_ACRONYM },
	{ "Bộ TN&MT", "Bộ Tài nguyên và Môi trường", UNIT_TIER_ACRONYM },
	{ "Bộ TN và MT", "Bộ Tài nguyên và Môi trường", UNIT_TIER_ACRONYM },
	{ "BTNMT", "Bộ Tài nguyên và Môi trường", UNIT_TIER_ACRONYM },
	{ "Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch", UNIT_TIER_ACRONYM },
	{ "Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch", UNIT_TIER_ACRONYM },
	{ "SKHĐT", "Sở Kế hoạch và Đầu tư", UNIT_TIER_ACRONYM },
	{ "SKHDT", "Sở Kế hoạch và Đầu tư", UNIT_TIER_ACRONYM },
	{ "Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư", UNIT_TIER_ACRONYM },
	{ "Cục CNTT", "Cục Công nghệ thông tin", UNIT_TIER_ACRONYM },
	{ "Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội", UNIT_TIER_ACRONYM },
	{ "UBND tỉnh Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh", UNIT_TIER_ACRONYM },
	{ "UBND TP Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh", UNIT_TIER_ACRONYM },
	{ "UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh", UNIT_TIER_ACRONYM },
	{ "Ban QLDA", "Ban Quản lý dự án", UNIT_TIER_ACRONYM },
	/* The abbreviation table: "TW" is not the initials of "Trung ương". */
	{ "UBTWMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", UNIT_TIER_ACRONYM },
	{ "Các bộ, ngành TW", "Các bộ, ngành Trung ương", UNIT_TIER_ACRONYM },
	{ "TTr HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh", UNIT_TIER_ACRONYM },
	/* Without the unit-type words. */
	{ "TNMT", "Bộ Tài nguyên và Môi trường", UNIT_TIER_INITIALS },
	{ "CNTT", "Cục Công nghệ thông tin", UNIT_TIER_INITIALS },
	{ "Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường", UNIT_TIER_INITIALS },
	/* Not the same unit. */
	{ "Sở TNMT", "Bộ Tài nguyên và Môi trường", UNIT_TIER_NONE },
	{ "Bộ TC", "Bộ Tư pháp", UNIT_TIER_NONE },
	{ "Cục CNTT", "Cục Công nghệ thông tin và Thống kê", UNIT_TIER_NONE },
	{ "BKH", "Bộ Kế hoạch và Đầu tư", UNIT_TIER_NONE },
	{ "Trung tâm CNTT", "Trung tâm Thông tin", UNIT_TIER_NONE },
	{ "Bộ Y tế", "Sở Y tế", UNIT_TIER_NONE },
	{ "Cục Công nghệ thông tin", "Cục Công nghệ", UNIT_TIER_NONE },
};

static void test_matches(void **state)
{
	struct unit_abbrev table[2];
	const struct unit_abbrevs abbrevs = { table, 2 };
	struct pool p = { { 0 }, 0 };
	size_t failures = 0;

	(void)state;
	table[0].shorter = "tw";
	cut(&p, "Trung ương", &table[0].longer);
	table[1].shorter = "ttr";
	cut(&p, "Thường trực", &table[1].longer);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct unit_words q, n;
		enum unit_tier got;

		cut(&p, cases[i].query, &q);
		cut(&p, cases[i].name, &n);
		got = unit_match(&q, &n, &abbrevs);
		if (got != cases[i].want) {
			print_message("'%s' against '%s': tier %d, want %d\n", cases[i].query,
				      cases[i].name, (int)got, (int)cases[i].want);
			failures++;
		}
	}
	pool_free(&p);
	assert_int_equal(failures, 0);
}

/* Appends the NUL-separated texts of in to out, each followed by "|". */
static void bar_separated(const struct plan_buf *in, struct plan_buf *out)
{
	for (const char *t = in->s; t < in->s + in->len; t += strlen(t) + 1)
		plan_buf_addf(out, "%s|", t);
}

/* "Sở Tư pháp tỉnh Bình Định" is also written "Sở Tư pháp", "Sở Tư pháp tỉnh"… */
static void test_shorter_names(void **state)
{
	struct pool p = { { 0 }, 0 };
	struct plan_buf out = PLAN_BUF_INIT, all = PLAN_BUF_INIT;
	enum unit_tier floors[UNIT_SHORTER_MAX];
	struct unit_words name, parent;
	size_t n;

	(void)state;
	cut(&p, "Sở Tư pháp tỉnh Bình Định", &name);
	cut(&p, "Ủy ban nhân dân tỉnh Bình Định", &parent);
	n = unit_words_shorter(&name, &parent, &out, floors);
	bar_separated(&out, &all);
	assert_int_equal(n, 4);
	assert_string_equal(all.s, "so tu phap|so tu phap tinh|so tu phap binh dinh|so tu phap|");
	plan_buf_reset(&out);
	plan_buf_reset(&all);
	cut(&p, "Liên đoàn Lao động các tỉnh, thành phố trực thuộc Trung ương", &name);
	n = unit_words_shorter(&name, NULL, &out, floors);
	bar_separated(&out, &all);
	assert_int_equal(n, 2);
	assert_string_equal(all.s, "lien doan lao dong cac tinh thanh pho|lien doan lao dong|");
	plan_buf_release(&out);
	plan_buf_release(&all);
	pool_free(&p);
}

static void test_type_words(void **state)
{
	struct pool p = { { 0 }, 0 };
	struct unit_words a, b, c;
	struct plan_buf place = PLAN_BUF_INIT;

	(void)state;
	cut(&p, "Bộ Tư pháp", &a);
	cut(&p, "Sở Tư pháp", &b);
	cut(&p, "Sở Tư Pháp", &c);
	assert_int_equal(a.type, 1);
	assert_true(unit_same_but_type(&a, &b));
	assert_false(unit_same_but_type(&b, &c)); /* the same type: not told apart this way */
	cut(&p, "Ủy ban nhân dân tỉnh Thanh Hóa", &a);
	assert_int_equal(a.type, 4);
	unit_words_locality(&a, &place);
	assert_string_equal(place.s, "thanh hoa");
	plan_buf_release(&place);
	pool_free(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches),
		cmocka_unit_test(test_shorter_names),
		cmocka_unit_test(test_type_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
