/*
 * test_unit.c - resolving unit names within the issuer's scope, and the
 * registry's own consistency (src/core/unit.c).
 */
#include "testutil.h"

#include <stdlib.h>
#include <unistd.h>

#include "plan/unit.h"

static const char registry[] = "units:\n"
			       "  - name: Chính phủ\n    aliases:\n      - Thủ tướng Chính phủ\n"
			       "  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"
			       "  - name: Văn phòng Bộ\n    parent: Bộ Nội vụ\n"
			       "  - name: Cục Công nghệ thông tin\n    aliases:\n      - Cục CNTT\n"
			       "    parent: Bộ Tư pháp\n"
			       "  - name: Bộ Công an\n    parent: Chính phủ\n"
			       "  - name: Vụ Tổ chức cán bộ\n    parent: Bộ Tư pháp\n"
			       "  - name: Vụ Tổ chức cán bộ\n    parent: Bộ Nội vụ\n"
			       "  - name: Tòa án nhân dân tối cao\n";

static const char *const issuers[] = { "Bộ Tư pháp", "Bộ Nội vụ", "Thủ tướng Chính phủ",
				       "Bộ Y tế" };

/* Loads the registry and one plan per issuer, ids p0, p1, … */
static struct plan_set *load_world(struct plan_diags *diags)
{
	struct plan_set *set = NULL;
	struct plan_buf plan = PLAN_BUF_INIT;
	char name[16];
	const char *paths[5];
	FILE *f;
	char dir[] = "/tmp/plan-test-unit.XXXXXX";

	assert_non_null(mkdtemp(dir));
	for (int i = 0; i < 5; i++) {
		snprintf(name, sizeof(name), "/f%d.yaml", i);
		plan_buf_reset(&plan);
		plan_buf_addf(&plan, "%s%s", dir, name);
		f = fopen(plan.s, "w");
		assert_non_null(f);
		if (i == 4)
			fputs(registry, f);
		else
			fprintf(f,
				"plan: p%d\ntitle: T\nissuer: %s\nissued: 2024-01-01\ntasks: []\n",
				i, issuers[i]);
		fclose(f);
		paths[i] = strdup(plan.s);
	}
	plan_set_load(&set, paths, 5, NULL, diags);
	for (int i = 0; i < 5; i++) {
		remove(paths[i]);
		free((char *)paths[i]);
	}
	rmdir(dir);
	plan_buf_release(&plan);
	return set;
}

struct resolve_case {
	int plan;
	const char *name;
	const char *want;        /* the entry's name, or NULL */
	const char *want_parent; /* its parent, or NULL */
	size_t matches;
};

static void test_resolution(void **state)
{
	static const struct resolve_case table[] = {
		/* Scoped by the issuer: two units called Văn phòng Bộ. */
		{ 0, "Văn phòng Bộ", "Văn phòng Bộ", "Bộ Tư pháp", 1 },
		{ 1, "Văn phòng Bộ", "Văn phòng Bộ", "Bộ Nội vụ", 1 },
		{ 1, "Vụ Tổ chức cán bộ", "Vụ Tổ chức cán bộ", "Bộ Nội vụ", 1 },
		/* Aliases, exactly as written. */
		{ 0, "Cục CNTT", "Cục Công nghệ thông tin", "Bộ Tư pháp", 1 },
		{ 0, "Cục cntt", NULL, NULL, 0 },
		/* Outside the issuer's units: the whole registry. */
		{ 0, "Bộ Công an", "Bộ Công an", "Chính phủ", 1 },
		{ 0, "Tòa án nhân dân tối cao", "Tòa án nhân dân tối cao", NULL, 1 },
		{ 1, "Cục CNTT", "Cục Công nghệ thông tin", "Bộ Tư pháp", 1 },
		/* The Prime Minister's plan is the Government's: ministries in scope. */
		{ 2, "Bộ Công an", "Bộ Công an", "Chính phủ", 1 },
		/* A body the registry does not know: ambiguous names stay so. */
		{ 3, "Văn phòng Bộ", NULL, NULL, 2 },
		{ 2, "Văn phòng Bộ", NULL, NULL, 2 },
		{ 0, "Sở Tư pháp", NULL, NULL, 0 },
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_world(&diags);

	(void)state;
	print_diags(&diags);
	assert_int_equal(diags.n, 0);
	assert_int_equal(set->n_plans, 4);
	assert_string_equal(plan_unit_scope(set, set->plans[2]), "Chính phủ");
	assert_string_equal(plan_unit_scope(set, set->plans[3]), "Bộ Y tế");
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const struct resolve_case *c = &table[i];
		size_t matches = 99;
		const struct plan_unit *u =
		    plan_unit_resolve(set, set->plans[c->plan], c->name, strlen(c->name), &matches);

		print_message("%s in p%d\n", c->name, c->plan);
		assert_int_equal(matches, c->matches);
		if (!c->want) {
			assert_null(u);
			continue;
		}
		assert_non_null(u);
		assert_string_equal(u->name.s, c->want);
		if (c->want_parent)
			assert_string_equal(u->parent.s, c->want_parent);
		else
			assert_null(u->parent.s);
	}
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_registry_checks(void **state)
{
	static const struct load_case cases[] = {
		{ "the same unit twice",
		  "units:\n  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"
		  "  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n",
		  { { "duplicate-unit", 4, 11, PLAN_ERROR,
		      "unit 'Văn phòng Bộ' of 'Bộ Tư pháp' is already in the registry "
		      "(t.yaml:2)" } },
		  1,
		  0 },
		{ "one alias, two units of one body",
		  "units:\n  - name: Cục Bổ trợ tư pháp\n    aliases:\n      - Cục BTTP\n"
		  "    parent: Bộ Tư pháp\n"
		  "  - name: Cục Bồi thường nhà nước\n    aliases:\n      - Cục BTTP\n"
		  "    parent: Bộ Tư pháp\n",
		  { { "alias-collision", 8, 9, PLAN_ERROR,
		      "'Cục BTTP' stands for two units of 'Bộ Tư pháp': 'Cục Bổ trợ tư pháp' "
		      "(t.yaml:4) and 'Cục Bồi thường nhà nước'" } },
		  1,
		  0 },
		{ "the same name in two bodies is fine",
		  "units:\n  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"
		  "  - name: Văn phòng Bộ\n    parent: Bộ Nội vụ\n",
		  { { 0 } },
		  0,
		  0 },
	};

	(void)state;
	check_load_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolution),
		cmocka_unit_test(test_registry_checks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
