/*
 * test_unitlist.c - what `plan units` shows (src/core/unitlist.c): tasks
 * counted per unit, the names the registry does not know, alike names;
 * each list as `plan units` renders it, its findings counted.
 */
#include "testutil.h"
#include "testworld.h"

#include "plan/unitlist.h"

static const char registry[] = "units:\n"
			       "  - name: Bộ Tư pháp\n"
			       "  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n"
			       "  - name: Văn phòng Bộ\n    parent: Bộ Nội vụ\n"
			       "  - name: Cục Công nghệ thông tin\n    parent: Bộ Tư pháp\n"
			       "  - name: Cục Bổ trợ tư pháp\n    parent: Bộ Tư pháp\n"
			       "    aliases:\n      - Cục Hỗ trợ tư pháp\n      - Cục BTTP\n"
			       "  - name: Cục Bồi thường nhà nước\n    parent: Bộ Tư pháp\n"
			       "    aliases:\n      - Cục BTNN\n";

static const char plan[] =
    "plan: p0\ntitle: T\nissuer: Bộ Tư pháp\nissued: 2024-01-01\ntasks:\n"
    "  - id: \"1\"\n    task: A\n    lead:\n      - Cục Công nghệ thông tin\n"
    "    support:\n      - Văn phòng Bộ\n    deadline: Tháng 3/2024\n"
    /* The same unit twice in one list counts once; the subtask counts too. */
    "  - id: \"2\"\n    task: B\n    lead:\n      - Cục CNTT\n      - cục công nghệ thông tin\n"
    "    deadline: Tháng 12/2024\n"
    "    subtasks:\n      - id: \"2.1\"\n        task: C\n        status: done\n"
    "  - id: \"3\"\n    task: D\n    lead:\n      - Cục Hỗ trợ tư pháp\n"
    /* and so in a support list */
    "    support: [Cục CNTT,\n      Cục Công nghệ thông tin]\n"
    "    deadline: Quý I/2024\n    status: done\n"
    "  - id: \"4\"\n    task: E\n    lead:\n      - Sở Tư pháp Hà Nội\n"
    "    deadline: Tháng 1/2024\n"
    "  - id: \"5\"\n    task: F\n    lead:\n      - Cục Bỏ trợ tư pháp\n"
    "    support:\n      - Sở Tư Pháp Hà Nội\n    deadline: Thường xuyên\n";

/* What every test reads: the world, its units, and their counts on 2024-06-15. */
struct fixture {
	struct world world;
	struct plan_unit_index *idx;
	struct plan_unit_stats *stats;
};

static int setup(void **state)
{
	const char *files[] = { plan, registry };
	struct fixture *f = calloc(1, sizeof(*f));
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_query q;
	struct plan_snapshot snap;

	plan_query_init(&q, engine, plan_date_make(2024, 6, 15));
	world_load(&f->world, files, 2);
	f->idx = plan_unit_index_new(f->world.set);
	f->stats = calloc(plan_unit_count(f->idx), sizeof(*f->stats));
	plan_snapshot_take(&snap, f->world.set, &q, f->idx, 1);
	plan_unit_stats_count(f->idx, &snap, f->stats);
	plan_snapshot_release(&snap);
	plan_deadlines_free(engine);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	free(f->stats);
	plan_unit_index_free(f->idx);
	world_unload(&f->world);
	free(f);
	return 0;
}

static void test_counts(void **state)
{
	static const struct {
		const char *name, *parent;
		bool known;
		size_t lead, support, done, overdue;
	} want[] = {
		{ "Bộ Tư pháp", NULL, true, 0, 0, 0, 0 },
		{ "Văn phòng Bộ", "Bộ Tư pháp", true, 0, 1, 0, 0 },
		{ "Văn phòng Bộ", "Bộ Nội vụ", true, 0, 0, 0, 0 },
		{ "Cục Công nghệ thông tin", "Bộ Tư pháp", true, 3, 1, 1, 1 },
		{ "Cục Bổ trợ tư pháp", "Bộ Tư pháp", true, 2, 0, 1, 0 },
		{ "Cục Bồi thường nhà nước", "Bộ Tư pháp", true, 0, 0, 0, 0 },
		/* Not in the registry: one unit, however capitalised, of the issuer. */
		{ "Sở Tư pháp Hà Nội", "Bộ Tư pháp", false, 1, 1, 0, 1 },
	};
	const struct fixture *f = *state;
	const struct plan_unit_stats *stats = f->stats;

	assert_int_equal(plan_unit_count(f->idx), sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const struct plan_unit_ref *u = stats[i].unit;

		print_message("%s (%s)\n", want[i].name, want[i].parent ? want[i].parent : "-");
		assert_string_equal(u->name, want[i].name);
		if (want[i].parent)
			assert_string_equal(u->parent, want[i].parent);
		else
			assert_null(u->parent);
		assert_int_equal(u->entry != NULL, want[i].known);
		assert_int_equal(stats[i].lead, want[i].lead);
		assert_int_equal(stats[i].support, want[i].support);
		assert_int_equal(stats[i].done, want[i].done);
		assert_int_equal(stats[i].overdue, want[i].overdue);
	}
}

static void test_rendered_counts(void **state)
{
	const struct plan_render_opts opts = { .width = 80 };
	const struct fixture *f = *state;
	struct plan_buf out = PLAN_BUF_INIT;

	plan_unit_stats_render(f->stats + 4, 1, PLAN_FORMAT_CSV, &opts, &out);
	assert_string_equal(out.s, "unit,parent,kind,lead,support,done,overdue,aliases\r\n"
				   "Cục Bổ trợ tư pháp,Bộ Tư pháp,unit,2,0,1,0,"
				   "Cục Hỗ trợ tư pháp; Cục BTTP\r\n");
	plan_buf_reset(&out);
	plan_unit_stats_render(f->stats + 6, 1, PLAN_FORMAT_JSON, &opts, &out);
	assert_non_null(strstr(out.s, "\"kind\": \"unknown\""));
	assert_non_null(strstr(out.s, "\"aliases\": []"));
	assert_non_null(strstr(out.s, "\"overdue\": 1"));
	plan_buf_release(&out);
}

static void test_unknown_names(void **state)
{
	const struct fixture *f = *state;
	struct plan_unit_uses uses = { 0 };

	plan_unit_unknown(f->idx, f->world.set, &uses);
	assert_int_equal(uses.n, 2); /* every use, in document order */
	assert_string_equal(uses.v[0].name->s, "Sở Tư pháp Hà Nội");
	assert_int_equal(uses.v[0].name->pos.line, 34);
	assert_int_equal(uses.v[0].name->pos.column, 9);
	assert_string_equal(uses.v[1].name->s, "Sở Tư Pháp Hà Nội");
	assert_int_equal(uses.v[1].name->pos.line, 41);
	assert_string_equal(uses.v[1].plan->id.s, "p0");
	plan_unit_uses_release(&uses);
}

static void test_alike_names(void **state)
{
	static const struct {
		const char *a, *b;
		size_t distance;
		bool same;
		unsigned a_line, b_line;
	} want[] = {
		/* A misprint the registry knows, and one folding absorbs... */
		{ "Cục Bổ trợ tư pháp", "Cục Hỗ trợ tư pháp", 1, true, 9, 26 },
		{ "Cục Bổ trợ tư pháp", "Cục Bỏ trợ tư pháp", 0, true, 9, 39 },
		{ "Cục Hỗ trợ tư pháp", "Cục Bỏ trợ tư pháp", 1, true, 26, 39 },
		/* ...and two units two letters apart, where the registry writes them. */
		{ "Cục BTTP", "Cục BTNN", 2, false, 13, 17 },
		/*
		 * Not pairs: "Văn phòng Bộ" of two bodies; "Cục CNTT" and
		 * "cục công nghệ thông tin", "Sở Tư pháp" and "Sở Tư Pháp":
		 * capitals only.
		 */
	};
	const struct fixture *f = *state;
	struct plan_unit_pairs pairs = { 0 };

	plan_unit_suspicious(f->idx, f->world.set, &pairs);
	for (size_t i = 0; i < pairs.n; i++)
		print_message("  got: %s / %s\n", pairs.v[i].a, pairs.v[i].b);
	assert_int_equal(pairs.n, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < pairs.n; i++) {
		assert_string_equal(pairs.v[i].a, want[i].a);
		assert_string_equal(pairs.v[i].b, want[i].b);
		assert_int_equal(pairs.v[i].distance, want[i].distance);
		assert_int_equal(pairs.v[i].ua == pairs.v[i].ub, want[i].same);
		assert_int_equal(pairs.v[i].a_pos.line, want[i].a_line);
		assert_int_equal(pairs.v[i].b_pos.line, want[i].b_line);
	}
	plan_unit_pairs_release(&pairs);
}

/* plan units: each list as its own functions render it, and its findings counted. */
static void test_list_render(void **state)
{
	const struct plan_render_opts opts = { .width = 80, .sheet = "ignored" };
	const struct fixture *f = *state;
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_unit_uses uses = { 0 };
	struct plan_unit_pairs pairs = { 0 };
	struct plan_buf got = PLAN_BUF_INIT, want = PLAN_BUF_INIT;
	struct plan_render_opts sheet = opts;

	/* every unit, counted as of the day given; no finding */
	assert_int_equal(plan_unit_list_render(f->world.set, PLAN_UNIT_LIST_ALL, engine,
					       plan_date_make(2024, 6, 15), PLAN_FORMAT_CSV, &opts,
					       &got),
			 0);
	plan_unit_stats_render(f->stats, plan_unit_count(f->idx), PLAN_FORMAT_CSV, &opts, &want);
	assert_string_equal(got.s, want.s);
	/* the names the registry does not know: two uses */
	plan_buf_reset(&got);
	plan_buf_reset(&want);
	assert_int_equal(plan_unit_list_render(f->world.set, PLAN_UNIT_LIST_UNKNOWN, NULL, 0,
					       PLAN_FORMAT_JSON, &opts, &got),
			 2);
	plan_unit_unknown(f->idx, f->world.set, &uses);
	plan_unit_uses_render(&uses, PLAN_FORMAT_JSON, &opts, &want);
	assert_string_equal(got.s, want.s);
	/* the alike pairs, in a workbook whose sheet the list names */
	plan_buf_reset(&got);
	plan_buf_reset(&want);
	assert_int_equal(plan_unit_list_render(f->world.set, PLAN_UNIT_LIST_SUSPICIOUS, NULL, 0,
					       PLAN_FORMAT_XLSX, &opts, &got),
			 4);
	plan_unit_suspicious(f->idx, f->world.set, &pairs);
	sheet.sheet = "suspicious";
	plan_unit_pairs_render(&pairs, PLAN_FORMAT_XLSX, &sheet, &want);
	assert_int_equal(got.len, want.len);
	assert_memory_equal(got.s, want.s, got.len);
	plan_unit_pairs_release(&pairs);
	plan_unit_uses_release(&uses);
	plan_buf_release(&got);
	plan_buf_release(&want);
	plan_deadlines_free(engine);
}

/* True when out holds text (a sheet stream holds NULs). */
static bool contains(const struct plan_buf *out, const char *text)
{
	const size_t len = strlen(text);

	for (size_t i = 0; i + len <= out->len; i++)
		if (memcmp(out->s + i, text, len) == 0)
			return true;
	return false;
}

/* No finding: nothing as a table, but JSON's empty list and a workbook's header. */
static void test_list_render_nothing_found(void **state)
{
	const char *files[] = { "plan: p0\ntitle: T\nissuer: Bộ Tư pháp\nissued: 2024-01-01\n"
				"tasks:\n  - id: \"1\"\n    task: A\n    lead:\n"
				"      - Văn phòng Bộ\n",
				"units:\n  - name: Bộ Tư pháp\n"
				"  - name: Văn phòng Bộ\n    parent: Bộ Tư pháp\n" };
	const struct plan_render_opts opts = { .width = 80, .sheet = "ignored" };
	struct plan_buf out = PLAN_BUF_INIT;
	struct world w;

	(void)state;
	world_load(&w, files, 2);
	assert_int_equal(plan_unit_list_render(w.set, PLAN_UNIT_LIST_UNKNOWN, NULL, 0,
					       PLAN_FORMAT_TABLE, &opts, &out),
			 0);
	assert_int_equal(out.len, 0);
	assert_int_equal(plan_unit_list_render(w.set, PLAN_UNIT_LIST_UNKNOWN, NULL, 0,
					       PLAN_FORMAT_JSON, &opts, &out),
			 0);
	assert_string_equal(out.s, "[]\n");
	plan_buf_reset(&out);
	assert_int_equal(plan_unit_list_render(w.set, PLAN_UNIT_LIST_SUSPICIOUS, NULL, 0,
					       PLAN_FORMAT_XLSX, &opts, &out),
			 0);
	assert_true(out.len > 0);
	assert_true(contains(&out, "suspicious"));
	assert_false(contains(&out, "ignored"));
	plan_buf_release(&out);
	world_unload(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_rendered_counts),
		cmocka_unit_test(test_unknown_names),
		cmocka_unit_test(test_alike_names),
		cmocka_unit_test(test_list_render),
		cmocka_unit_test(test_list_render_nothing_found),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
