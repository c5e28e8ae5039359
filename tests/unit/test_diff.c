/*
 * test_diff.c - two versions of a plan compared (src/core/diff.c, and the
 * text, Markdown and JSON of diffout.c).
 */
#include "testworld.h"

#include <stdlib.h>
#include <unistd.h>

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

/*
 * A reviewer's diff: units respelled in tasks, or an entry renamed with its
 * old name kept as an alias, are one rename each; a name of another body's
 * unit is still a change; the exact diff (set's read-back) keeps them all.
 */
static void test_renames(void **state)
{
	static const char reg_old[] =
	    "units:\n  - {name: Bộ Tư pháp}\n  - {name: Bộ Nội vụ}\n"
	    "  - {name: Cục Hỗ trợ tư pháp, parent: Bộ Tư pháp}\n"
	    "  - {name: Cục Công nghệ thông tin, parent: Bộ Tư pháp, aliases: [Cục CNTT]}\n"
	    "  - {name: Văn phòng Bộ, parent: Bộ Tư pháp}\n"
	    "  - {name: Văn phòng Bộ, parent: Bộ Nội vụ, aliases: [Văn phòng]}\n";
	static const char reg_new[] =
	    "units:\n  - {name: Bộ Tư pháp}\n  - {name: Bộ Nội vụ}\n"
	    "  - {name: Cục Bổ trợ tư pháp, parent: Bộ Tư pháp, aliases: [Cục Hỗ trợ tư pháp, "
	    "BTTP]}\n"
	    "  - {name: Cục Công nghệ thông tin, parent: Bộ Tư pháp, aliases: [Cục CNTT]}\n"
	    "  - {name: Văn phòng Bộ, parent: Bộ Tư pháp}\n"
	    "  - {name: Văn phòng Bộ, parent: Bộ Nội vụ, aliases: [Văn phòng]}\n";
	static const char btp_old[] =
	    "plan: btp\ntitle: T\nissuer: Bộ Tư pháp\nissued: 2024-01-10\ntasks:\n"
	    "  - {id: \"1\", task: A, lead: [Cục Hỗ trợ tư pháp], deadline: Tháng 1/2024}\n"
	    "  - {id: \"2\", task: B, lead: [Cục CNTT], support: [Cục Hỗ trợ tư pháp],\n"
	    "     deadline: Tháng 2/2024}\n"
	    "  - {id: \"3\", task: C, lead: [Văn phòng], deadline: Tháng 3/2024}\n";
	static const char btp_new[] =
	    "plan: btp\ntitle: T\nissuer: Bộ Tư pháp\nissued: 2024-01-10\ntasks:\n"
	    "  - {id: \"1\", task: A, lead: [Cục Bổ trợ tư pháp], deadline: Tháng 1/2024}\n"
	    "  - {id: \"2\", task: B, lead: [Cục Công nghệ thông tin], support: [BTTP],\n"
	    "     deadline: Tháng 2/2024}\n"
	    "  - {id: \"3\", task: C, lead: [Văn phòng Bộ], deadline: Tháng 3/2024}\n";
	static const char bnv_old[] =
	    "plan: bnv\ntitle: T\nissuer: Bộ Nội vụ\nissued: 2024-01-10\ntasks:\n"
	    "  - {id: \"1\", task: D, lead: [Văn phòng], deadline: Tháng 6/2024}\n";
	static const char bnv_new[] =
	    "plan: bnv\ntitle: T\nissuer: Bộ Nội vụ\nissued: 2024-01-10\ntasks:\n"
	    "  - {id: \"1\", task: D, lead: [Văn phòng Bộ], deadline: Tháng 6/2024}\n";
	const char *const old_files[] = { reg_old, btp_old, bnv_old };
	const char *const new_files[] = { reg_new, btp_new, bnv_new };
	struct world old, new;
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_diff d;

	(void)state;
	world_load(&old, old_files, 3);
	world_load(&new, new_files, 3);
	plan_diff_review(old.set, new.set, NULL, &d);
	plan_diff_render(&d, PLAN_FORMAT_TABLE, &out);
	/* btp/3: "Văn phòng" is Bộ Nội vụ's alias, not Văn phòng Bộ of Bộ Tư pháp. */
	assert_string_equal(out.s,
			    "btp/3: changed\n  lead: - Văn phòng; + Văn phòng Bộ\n"
			    "unit Cục Hỗ trợ tư pháp (Bộ Tư pháp): renamed to Cục Bổ trợ tư pháp\n"
			    "  aliases: + BTTP\n  tasks: btp/1\n"
			    "unit Cục CNTT (Bộ Tư pháp): renamed to Cục Công nghệ thông tin\n"
			    "  tasks: btp/2\n"
			    "unit Cục Hỗ trợ tư pháp (Bộ Tư pháp): renamed to BTTP\n"
			    "  tasks: btp/2\n"
			    "unit Văn phòng (Bộ Nội vụ): renamed to Văn phòng Bộ\n"
			    "  tasks: bnv/1\n");
	assert_int_equal(d.items[1].change, PLAN_CHANGE_RENAMED);
	assert_string_equal(d.items[1].to, "Cục Bổ trợ tư pháp");
	plan_buf_reset(&out);
	plan_diff_render(&d, PLAN_FORMAT_JSON, &out);
	assert_non_null(strstr(out.s, "\"ref\": \"Cục CNTT (Bộ Tư pháp)\",\n    \"change\": "
				      "\"renamed\",\n    \"from\": null,\n    \"to\": "
				      "\"Cục Công nghệ thông tin\""));
	plan_diff_release(&d);
	/* The exact diff: each task's lists as written, the registry entry gone and added. */
	plan_diff_sets(old.set, new.set, NULL, &d);
	plan_buf_reset(&out);
	plan_diff_render(&d, PLAN_FORMAT_TABLE, &out);
	assert_non_null(strstr(out.s,
			       "btp/2: changed\n  lead: - Cục CNTT; + Cục Công nghệ thông tin\n"
			       "  support: - Cục Hỗ trợ tư pháp; + BTTP\n"));
	assert_non_null(strstr(out.s, "unit Cục Hỗ trợ tư pháp (Bộ Tư pháp): removed\n"));
	assert_null(strstr(out.s, "renamed"));
	plan_diff_release(&d);
	plan_buf_release(&out);
	world_unload(&old);
	world_unload(&new);
}

/* A file of text in a temporary directory; its name in name. */
static void temp_file(char *name, const char *text)
{
	int fd;

	strcpy(name, "/tmp/plan-test-diff-XXXXXX");
	assert_true((fd = mkstemp(name)) >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/* git's external diff: the header line, the review, or why there is none. */
static void test_external(void **state)
{
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT, want = PLAN_BUF_INIT;
	char old[32], new[32], broken[32];

	(void)state;
	temp_file(old, old_text);
	temp_file(new, new_text);
	temp_file(broken, "plan: [p\n");
	assert_int_equal(plan_diff_external("plans/p.yaml", old, "plans/q.yaml", new, engine,
					    PLAN_FORMAT_TABLE, &out, &diags),
			 0);
	plan_buf_addf(&want, "diff --plan a/plans/p.yaml b/plans/q.yaml\n%s", want_text);
	assert_string_equal(out.s, want.s);
	assert_int_equal(diags.n, 0);

	plan_buf_reset(&out);
	assert_int_equal(plan_diff_external("p.yaml", old, "p.yaml", old, engine, PLAN_FORMAT_TABLE,
					    &out, &diags),
			 0);
	assert_string_equal(out.s, "diff --plan a/p.yaml b/p.yaml\n"
				   "(no change to the plans: comments or layout only)\n");

	plan_buf_reset(&out);
	assert_int_equal(plan_diff_external("p.yaml", "/dev/null", "p.yaml", new, engine,
					    PLAN_FORMAT_JSON, &out, &diags),
			 0);
	assert_non_null(strstr(out.s, "\"change\": \"added\""));
	assert_null(strstr(out.s, "diff --plan"));
	assert_int_equal(diags.n, 0);

	plan_buf_reset(&out);
	assert_int_equal(plan_diff_external("p.yaml", old, "p.yaml", broken, engine,
					    PLAN_FORMAT_TABLE, &out, &diags),
			 -1);
	assert_string_equal(out.s, "diff --plan a/p.yaml b/p.yaml\n"
				   "(a version of the file has errors: see plan check)\n");
	assert_true(diags.errors > 0);
	assert_string_equal(diags.v[0].file, "p.yaml");
	unlink(old);
	unlink(new);
	unlink(broken);
	plan_diags_release(&diags);
	plan_buf_release(&out);
	plan_buf_release(&want);
	plan_deadlines_free(engine);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_changes),
		cmocka_unit_test(test_one_task_and_registries),
		cmocka_unit_test(test_renames),
		cmocka_unit_test(test_external),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
