/*
 * test_parse_value.c - the schema's bottom layer alone (src/core/parse_value.c):
 * keys, texts, lists, dates, booleans and ids of a mapping of its own, with
 * no plan, task or unit level above.
 */
#include "testutil.h"

#include "arena.h"
#include "parse_value.h"

#define E PLAN_ERROR

enum { K_NAME, K_ITEMS, K_ON, K_DONE, K_ID, K_COUNT };
static const char *const names[K_COUNT] = { "name", "items", "on", "done", "id" };
static const struct keyset keys = { "thing", names, K_COUNT };

/* What read() gets from a mapping of keys. */
struct thing {
	struct plan_text name, id;
	struct plan_texts items;
	plan_date on;
	bool done, have_on, have_done;
	int order[8]; /* the keys in the order parse_key() gave them; -1 after */
	struct plan_pos pos;
};

/* Reads text, a mapping of keys, into *t (in arena) through the value readers alone. */
static void read_thing(const char *text, struct arena *arena, struct thing *t,
		       struct plan_diags *diags)
{
	struct parser p = {
		.r = yev_open("t.yaml", text, strlen(text), 64, arena, diags),
		.arena = arena,
	};
	struct seen seen = { 0 };
	struct plan_pos at;
	size_t n = 0;
	int k;

	memset(t, 0, sizeof(*t));
	memset(t->order, -1, sizeof(t->order));
	parse_next(&p);
	assert_true(parse_item_map(&p, "things", &t->pos));
	while ((k = parse_key(&p, &keys, &seen, &at)) >= 0) {
		t->order[n++] = k;
		switch (k) {
		case K_NAME:
			parse_text(&p, "name", true, &t->name);
			break;
		case K_ITEMS:
			parse_texts(&p, "items", &t->items);
			break;
		case K_ON:
			t->have_on = parse_date(&p, "on", &t->on);
			break;
		case K_DONE:
			t->have_done = parse_bool(&p, "done", &t->done);
			break;
		case K_ID:
			parse_id(&p, "thing", &t->id);
			break;
		}
	}
	parse_require(&p, &keys, &seen, K_NAME, t->pos);
	yev_close(p.r);
}

static void test_values(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct arena *arena = arena_new();
	struct thing t;

	(void)state;
	read_thing("name: A\nitems:\n  - x\n  - y\non: 2025-06-30\ndone: True\nid: 1.a\n", arena,
		   &t, &diags);
	assert_diags(&diags, NULL, 0);
	assert_string_equal(t.name.s, "A");
	assert_int_equal(t.items.n, 2);
	assert_true(t.items.present);
	assert_string_equal(t.items.v[1].s, "y");
	assert_true(t.have_on);
	assert_int_equal(t.on, plan_date_make(2025, 6, 30));
	assert_true(t.have_done && t.done);
	assert_string_equal(t.id.s, "1.a");
	assert_int_equal(t.order[0], K_NAME);
	assert_int_equal(t.order[4], K_ID);
	assert_int_equal(t.order[5], -1);
	arena_free(arena);
	plan_diags_release(&diags);
}

static void test_keys(void **state)
{
	static const struct want_diag want[] = {
		{ "unknown-key", 2, 1, E, "unknown key 'nmae' in thing; did you mean 'name'?" },
		{ "duplicate-key", 3, 1, E, "duplicate key 'on' in thing (first at line 1)" },
		{ "wrong-type", 4, 3, E, "a key must be a string, not a list" }, /* at "[a]" */
		{ "missing-key", 1, 1, E, "missing required key 'name' in thing" },
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct arena *arena = arena_new();
	struct thing t;

	(void)state;
	read_thing("on: 2025-01-01\nnmae: A\non: 2025-01-02\n? [a]\n: b\ndone: false\n", arena, &t,
		   &diags);
	assert_diags(&diags, want, 4);
	/* the duplicate is skipped: the first value stands */
	assert_int_equal(t.on, plan_date_make(2025, 1, 1));
	assert_int_equal(t.order[0], K_ON);
	assert_int_equal(t.order[1], K_DONE);
	assert_int_equal(t.order[2], -1);
	assert_true(t.have_done && !t.done);
	arena_free(arena);
	plan_diags_release(&diags);
}

static void test_wrong_values(void **state)
{
	static const struct want_diag want[] = {
		{ "empty-value", 1, 7, E, "'name' must not be empty" },
		{ "wrong-type", 2, 8, E, "'items' must be a list, not a string" },
		{ "bad-date", 3, 5, E, "invalid date '2025-02-30' in 'on'" },
		{ "wrong-type", 4, 7, E, "'done' must be true or false, not a string" },
		{ "bad-id", 5, 5, E, "invalid thing id '.a'" },
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct arena *arena = arena_new();
	struct thing t;

	(void)state;
	read_thing("name: ''\nitems: x\non: 2025-02-30\ndone: yes\nid: .a\n", arena, &t, &diags);
	assert_diags(&diags, want, 5);
	assert_false(t.items.present);
	assert_false(t.have_on);
	assert_false(t.have_done);
	assert_string_equal(t.id.s, ".a"); /* set, though reported */
	arena_free(arena);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_wrong_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
