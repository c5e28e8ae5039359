/*
 * test_diff.c - two versions of a plan compared (src/core/diff.c, and the
 * text, Markdown and JSON of diffout.c).
 */
#include "testutil.h"

#include "plan/diff.h"

static const char old_text[] =
    "plan: p\nnumber: 1/KH-BTP\ntitle: Kế hoạch cũ\nissuer: Bộ Tư pháp\nissued: 2024-01-10\n"
    "implements: [06/QĐ-TTg]\nsections:\n"
    "  - id: I\n    tasks:\n"
    "      - {id: \"1\", task: Rà soát, lead: [Cục Hỗ trợ tư pháp], deadline: Tháng 1}\n"
    "      - {id: \"2\", task: Bỏ đi, lead: [Văn phòng Bộ], deadline: Tháng 2}\n"
    "      - {id: \"3\", task: Chuyển đi, lead: [Văn phòng Bộ], deadline: Tháng 3}\n"
    "      - {id: \"4\", task: Làm xong, lead: [Văn phòng Bộ], deadline: Tháng 4}\n"
    "  - id: II\n    tasks: []\n";

static const char new_text[] =
    "plan: p\nnumber: 1/KH-BTP\ntitle: Kế hoạch mới\nissuer: Bộ Tư pháp\nissued: 2024-01-10\n"
    "implements: [06/QĐ-TTg, 04/CT-TTg]\nsections:\n"
    "  - id: I\n    tasks:\n"
    "      - {id: \"1\", task: Rà soát, lead: [Cục Bổ trợ tư pháp, Cục Công nghệ thông tin],\n"
    "         deadline: Quý II/2024}\n"
    "      - {id: \"4\", task: Làm xong, lead: [Văn phòng Bộ], deadline: Tháng 4,\n"
    "         status: done, delivered: [{on: 2024-04-20, ref: CV 9}]}\n"
    "      - {id: \"5\", task: Việc mới, lead: [Văn phòng Bộ], deadline: Tháng 12}\n"
    "  - id: II\n    tasks:\n"
    "      - {id: \"3\", task: Chuyển đi, lead: [Văn phòng Bộ], deadline: Tháng 3}\n";

static const char want_text[] =
    "p/1: changed\n"
    "  lead: - Cục Hỗ trợ tư pháp; + Cục Bổ trợ tư pháp; + Cục Công nghệ thông tin\n"
    "  deadline: Tháng 1 → Quý II/2024 (due 2024-01-31 → 2024-06-30, +151 days)\n"
    "p/2: removed\n"
    "  task: Bỏ đi\n  lead: Văn phòng Bộ\n  deadline: Tháng 2\n"
    "p/4: changed\n"
    "  status: todo → done\n  delivered: + 2024-04-20 (CV 9)\n"
    "p/5: added\n"
    "  task: Việc mới\n  lead: Văn phòng Bộ\n  deadline: Tháng 12\n"
    "p/3: moved from section I to section II\n"
    "plan p: changed\n"
    "  title: Kế hoạch cũ → Kế hoạch mới\n  implements: + 04/CT-TTg\n";

/* Compares two texts of p.yaml, which must load without errors. */
static void diff_texts(const char *old, const char *new, const struct plan_deadlines *engine,
		       struct plan_diff *d)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;

	assert_int_equal(
	    plan_diff_texts("p.yaml", old, strlen(old), new, strlen(new), engine, d, &diags), 0);
	plan_diags_release(&diags);
}

static void test_changes(void **state)
{
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_diff d;

	(void)state;
	diff_texts(old_text, new_text, engine, &d);
	plan_diff_render(&d, PLAN_FORMAT_TABLE, &out);
	assert_string_equal(out.s, want_text);
	assert_int_equal(d.items[0].fields[1].new_due - d.items[0].fields[1].old_due, 151);
	plan_buf_reset(&out);
	plan_diff_render(&d, PLAN_FORMAT_MD, &out);
	assert_non_null(strstr(out.s, "- **p/1**: changed\n  - lead: - Cục Hỗ trợ tư pháp; + Cục"));
	assert_non_null(strstr(out.s, "- **plan p**: changed\n"));
	plan_buf_reset(&out);
	plan_diff_render(&d, PLAN_FORMAT_JSON, &out);
	assert_non_null(strstr(out.s, "\"field\": \"deadline\",\n        \"old\": \"Tháng 1\",\n"
				      "        \"new\": \"Quý II/2024\""));
	assert_non_null(strstr(out.s, "\"shift_days\": 151"));
	assert_non_null(strstr(out.s, "\"change\": \"moved\",\n    \"from\": \"section I\",\n"
				      "    \"to\": \"section II\""));
	plan_diff_release(&d);
	/* Nothing changed: no items; a text that does not load: no diff. */
	diff_texts(new_text, new_text, engine, &d);
	assert_int_equal(d.n, 0);
	plan_diff_release(&d);
	{
		struct plan_diags diags = PLAN_DIAGS_INIT;

		assert_int_equal(plan_diff_texts("p.yaml", old_text, strlen(old_text), "plan: [", 7,
						 engine, &d, &diags),
				 -1);
		assert_int_equal(d.n, 0);
		assert_true(diags.errors > 0);
		plan_diags_release(&diags);
	}
	plan_buf_release(&out);
	plan_deadlines_free(engine);
}

static void test_one_task_and_registries(void **state)
{
	static const char reg_old[] =
	    "units:\n  - {name: Cục A, parent: Bộ Tư pháp, aliases: [A]}\n"
	    "  - {name: Cục B, parent: Bộ Tư pháp}\n";
	static const char reg_new[] =
	    "units:\n  - {name: Cục A, parent: Bộ Tư pháp, aliases: [CA]}\n"
	    "  - {name: Cục C, collective: true}\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_set *old = NULL;
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_diff d;

	(void)state;
	diff_texts(reg_old, reg_new, engine, &d);
	plan_diff_render(&d, PLAN_FORMAT_TABLE, &out);
	assert_string_equal(out.s, "unit Cục A (Bộ Tư pháp): changed\n  aliases: - A; + CA\n"
				   "unit Cục C: added\n  collective: true\n"
				   "unit Cục B (Bộ Tư pháp): removed\n  collective: false\n");
	plan_diff_release(&d);
	plan_set_load_buffer(&old, "p.yaml", old_text, strlen(old_text), NULL, &diags);
	plan_diff_task(plan_find_task(old->plans[0], "1"), NULL, engine, &d);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.items[0].change, PLAN_CHANGE_REMOVED);
	plan_diff_release(&d);
	plan_set_free(old);
	plan_buf_release(&out);
	plan_deadlines_free(engine);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_changes),
		cmocka_unit_test(test_one_task_and_registries),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
