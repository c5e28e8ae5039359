/*
 * test_unit_select.c - the units a clerk names with --unit
 * (src/core/unit_select.c): one each, or the exact message saying why
 * not - none (with the closest names) or several (units of several
 * bodies, listed, never merged) - against a small world and the shipped
 * plans.
 */
#include <string.h>

#include "testutil.h"
#include "testworld.h"

#include "plan/unit.h"

/* Bộ Nội vụ's plan names a Cục Công nghệ thông tin the registry has only for Bộ Tư pháp. */
static const char plan_bnv[] = "plan: p0\ntitle: T\nissuer: Bộ Nội vụ\nissued: 2024-01-01\n"
			       "tasks:\n"
			       "  - id: \"1\"\n    task: A\n    lead:\n"
			       "      - Cục Công nghệ thông tin\n"; /* line 9 */

static const char registry[] = "units:\n"
			       "  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"            /* 2 */
			       "  - name: Văn phòng Bộ\n    parent: Bộ Nội vụ\n"             /* 4 */
			       "  - name: Cục Công nghệ thông tin\n    parent: Bộ Tư pháp\n" /* 6 */
			       "  - name: Bộ Tư pháp\n"
			       "  - name: Bộ Nội vụ\n";

struct fixture {
	struct world world;
	struct plan_unit_index *idx;
};

static int setup(void **state)
{
	const char *files[] = { plan_bnv, registry };
	struct fixture *f = calloc(1, sizeof(*f));

	world_load(&f->world, files, 2);
	f->idx = plan_unit_index_new(f->world.set);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	plan_unit_index_free(f->idx);
	world_unload(&f->world);
	free(f);
	return 0;
}

/* A query, what it comes to, and the message (DIR: where the plans are). */
struct find_case {
	const char *query;
	enum plan_unit_found result;
	const char *unit;    /* PLAN_UNIT_FOUND: "NAME (PARENT)" */
	const char *message; /* otherwise */
};

static const struct find_case world_cases[] = {
	{ "Văn phòng Bộ (Bộ Nội vụ)", PLAN_UNIT_FOUND, "Văn phòng Bộ (Bộ Nội vụ)", NULL },
	{ "van phong bo (bo tu phap)", PLAN_UNIT_FOUND, "Văn phòng Bộ (Bộ Tư pháp)", NULL },
	{ "Cục CNTT (Bộ Tư pháp)", PLAN_UNIT_FOUND, "Cục Công nghệ thông tin (Bộ Tư pháp)", NULL },
	{ "Văn phòng Bộ", PLAN_UNIT_AMBIGUOUS, NULL,
	  "unit 'Văn phòng Bộ' could be 2 units; name one as 'NAME (PARENT)':\n"
	  "  Văn phòng Bộ (Bộ Tư pháp)  DIR/f1.yaml:2:11\n"
	  "  Văn phòng Bộ (Bộ Nội vụ)  DIR/f1.yaml:4:11" },
	/* The same name in two bodies' plans: two units, the one only plans know said so. */
	{ "Cục CNTT", PLAN_UNIT_AMBIGUOUS, NULL,
	  "unit 'Cục CNTT' could be 2 units; name one as 'NAME (PARENT)':\n"
	  "  Cục Công nghệ thông tin (Bộ Tư pháp)  DIR/f1.yaml:6:11\n"
	  "  Cục Công nghệ thông tin (Bộ Nội vụ)  DIR/f0.yaml:9:9  (not in the registry)" },
	{ "Cục Công nghệ thong tim", PLAN_UNIT_NOT_FOUND, NULL,
	  "no unit 'Cục Công nghệ thong tim' in the registry or the plans; the closest:\n"
	  "  Cục Công nghệ thông tin (Bộ Tư pháp)  DIR/f1.yaml:6:11\n"
	  "  Cục Công nghệ thông tin (Bộ Nội vụ)  DIR/f0.yaml:9:9  (not in the registry)" },
	{ "Văn phòng Bộ (Bộ Y tế)", PLAN_UNIT_NOT_FOUND, NULL,
	  "no unit 'Văn phòng Bộ (Bộ Y tế)' in the registry or the plans" },
	{ "zzzz", PLAN_UNIT_NOT_FOUND, NULL, "no unit 'zzzz' in the registry or the plans" },
	/* As typed: the caller escapes what it prints. */
	{ "Vụ\tX", PLAN_UNIT_NOT_FOUND, NULL, "no unit 'Vụ\tX' in the registry or the plans" },
};

/* Appends text to out, with dir for each "DIR". */
static void expand(struct plan_buf *out, const char *text, const char *dir)
{
	for (const char *at; (at = strstr(text, "DIR")) != NULL; text = at + 3) {
		plan_buf_add(out, text, (size_t)(at - text));
		plan_buf_addstr(out, dir);
	}
	plan_buf_addstr(out, text);
}

static void check_find(const struct plan_unit_index *idx, const struct find_case *c,
		       const char *dir)
{
	static const struct plan_unit_ref untouched;
	const struct plan_unit_ref *unit = &untouched;
	struct plan_buf msg = PLAN_BUF_INIT, want = PLAN_BUF_INIT;

	print_message("%s\n", c->query);
	assert_int_equal(plan_unit_find(idx, c->query, &unit, &msg), c->result);
	if (c->result == PLAN_UNIT_FOUND) {
		plan_buf_addf(&want, "%s (%s)", unit->name, unit->parent);
		assert_string_equal(want.s, c->unit);
		assert_int_equal(msg.len, 0);
	} else {
		assert_ptr_equal(unit, &untouched);
		expand(&want, c->message, dir);
		assert_string_equal(msg.s, want.s);
	}
	plan_buf_release(&want);
	plan_buf_release(&msg);
}

static void test_find(void **state)
{
	const struct fixture *f = *state;

	for (size_t i = 0; i < sizeof(world_cases) / sizeof(world_cases[0]); i++)
		check_find(f->idx, &world_cases[i], f->world.dir);
}

static void test_select_stops_at_the_first_failure(void **state)
{
	const char *const queries[] = { "Cục Công nghệ thông tin (Bộ Tư pháp)",
					"Văn phòng Bộ (Bộ Nội vụ)", "Văn phòng Bộ", "zzzz" };
	const struct fixture *f = *state;
	struct plan_unit_refs refs = PLAN_UNIT_REFS_INIT;
	struct plan_buf msg = PLAN_BUF_INIT;

	assert_int_equal(plan_unit_select(f->idx, queries, 2, &refs, &msg), PLAN_UNIT_FOUND);
	assert_int_equal(refs.n, 2);
	assert_string_equal(refs.v[0]->name, "Cục Công nghệ thông tin");
	assert_string_equal(refs.v[1]->parent, "Bộ Nội vụ");
	assert_int_equal(msg.len, 0);
	refs.n = 0;
	/* the third is ambiguous: the fourth is never looked at */
	assert_int_equal(plan_unit_select(f->idx, queries, 4, &refs, &msg), PLAN_UNIT_AMBIGUOUS);
	assert_int_equal(refs.n, 2);
	assert_non_null(strstr(msg.s, "unit 'Văn phòng Bộ' could be 2 units"));
	assert_null(strstr(msg.s, "zzzz"));
	plan_unit_refs_release(&refs);
	/* no query: nothing to find, nothing found */
	assert_int_equal(plan_unit_select(f->idx, queries, 0, &refs, &msg), PLAN_UNIT_FOUND);
	assert_int_equal(refs.n, 0);
	plan_buf_release(&msg);
}

/* The shipped plans: Bộ Tư pháp's and Bộ Nội vụ's units in one registry. */
static const struct find_case shipped_cases[] = {
	{ "Cục CNTT", PLAN_UNIT_FOUND, "Cục Công nghệ thông tin (Bộ Tư pháp)", NULL },
	{ "Văn phòng Bộ (Bộ Nội vụ)", PLAN_UNIT_FOUND, "Văn phòng Bộ (Bộ Nội vụ)", NULL },
	{ "Văn phòng Bộ", PLAN_UNIT_AMBIGUOUS, NULL,
	  "unit 'Văn phòng Bộ' could be 2 units; name one as 'NAME (PARENT)':\n"
	  "  Văn phòng Bộ (Bộ Tư pháp)  DIR/units.yaml:30:11\n"
	  "  Văn phòng Bộ (Bộ Nội vụ)  DIR/units.yaml:151:11" },
	{ "Vụ Tổ chức cán bộ", PLAN_UNIT_AMBIGUOUS, NULL,
	  "unit 'Vụ Tổ chức cán bộ' could be 2 units; name one as 'NAME (PARENT)':\n"
	  "  Vụ Tổ chức cán bộ (Bộ Tư pháp)  DIR/units.yaml:34:11\n"
	  "  Vụ Tổ chức cán bộ (Bộ Nội vụ)  DIR/units.yaml:155:11" },
	{ "Cục Công nghệ thong tim", PLAN_UNIT_NOT_FOUND, NULL,
	  "no unit 'Cục Công nghệ thong tim' in the registry or the plans; the closest:\n"
	  "  Cục Công nghệ thông tin (Bộ Tư pháp)  DIR/units.yaml:52:11" },
	{ "Văn phòng Bộ (Bộ Y tế)", PLAN_UNIT_NOT_FOUND, NULL,
	  "no unit 'Văn phòng Bộ (Bộ Y tế)' in the registry or the plans" },
};

static void test_find_on_the_shipped_plans(void **state)
{
	const char *dir = PLAN_SOURCE_DIR "/plans";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	struct plan_unit_index *idx;

	(void)state;
	plan_set_load(&set, &dir, 1, NULL, &diags);
	print_diags(&diags);
	assert_int_equal(diags.errors, 0);
	idx = plan_unit_index_new(set);
	for (size_t i = 0; i < sizeof(shipped_cases) / sizeof(shipped_cases[0]); i++)
		check_find(idx, &shipped_cases[i], dir);
	plan_unit_index_free(idx);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_role_names(void **state)
{
	(void)state;
	assert_int_equal(plan_role_parse("lead"), PLAN_ROLE_LEAD);
	assert_int_equal(plan_role_parse("support"), PLAN_ROLE_SUPPORT);
	assert_int_equal(plan_role_parse("any"), PLAN_ROLE_ANY);
	assert_int_equal(plan_role_parse(NULL), PLAN_ROLE_LEAD);
	assert_int_equal(plan_role_parse("Support"), PLAN_ROLE_LEAD);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_select_stops_at_the_first_failure),
		cmocka_unit_test(test_find_on_the_shipped_plans),
		cmocka_unit_test(test_role_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
