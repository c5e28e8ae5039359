/* test_parse_unit.c - the entries of a unit registry (src/core/parse_unit.c). */
#include "testutil.h"

#include "plan/model.h"

#define E PLAN_ERROR

static const struct load_case cases[] = {
	{ "a registry",
	  "units:\n  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n",
	  { { 0 } },
	  0,
	  0 },
	{ "an entry without a name",
	  "units:\n  - aliases:\n      - VP\n",
	  { { "missing-key", 2, 5, E, "missing required key 'name' in unit" } },
	  1,
	  0 },
	{ "an unknown key in an entry",
	  "units:\n  - name: A\n    alias: B\n",
	  { { "unknown-key", 3, 5, E, "unknown key 'alias' in unit; did you mean 'aliases'?" } },
	  1,
	  0 },
	{ "collective is true or false",
	  "units:\n  - name: A\n    collective: yes\n",
	  { { "wrong-type", 3, 17, E, "'collective' must be true or false, not a string" } },
	  1,
	  0 },
	{ "aliases are a list",
	  "units:\n  - name: A\n    aliases: B\n",
	  { { "wrong-type", 3, 14, E, "'aliases' must be a list, not a string" } },
	  1,
	  0 },
	{ "units are a list of mappings",
	  "units:\n  - Văn phòng Bộ\n",
	  { { "wrong-type", 2, 5, E, "'units' must be a list of mappings, not a string" } },
	  1,
	  0 },
};

static void test_unit_cases(void **state)
{
	(void)state;
	check_load_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_entries(void **state)
{
	static const char text[] =
	    "units:\n"
	    "  - name: Cục Công nghệ thông tin\n"
	    "    aliases:\n      - Cục CNTT\n      - cục Công nghệ thông tin\n"
	    "    parent: Bộ Tư pháp\n"
	    "  - name: Các đơn vị thuộc Bộ\n"
	    "    parent: Bộ Tư pháp\n"
	    "    collective: true\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	const struct plan_unit *u;

	(void)state;
	assert_int_equal(diags.n, 0);
	assert_int_equal(set->n_plans, 0);
	assert_int_equal(set->n_units, 2);
	u = set->units[0];
	assert_string_equal(u->name.s, "Cục Công nghệ thông tin");
	assert_int_equal(u->aliases.n, 2);
	assert_string_equal(u->aliases.v[1].s, "cục Công nghệ thông tin");
	assert_string_equal(u->parent.s, "Bộ Tư pháp");
	assert_false(u->collective);
	assert_string_equal(u->path, "t.yaml");
	assert_int_equal(u->pos.line, 2);
	assert_true(set->units[1]->collective);
	plan_set_free(set);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unit_cases),
		cmocka_unit_test(test_entries),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
