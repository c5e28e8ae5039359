/*
 * test_edit.c - one field of one task changed in a file's bytes
 * (src/core/edit.c): the new text of each edit, which must differ from the
 * old in that value's lines alone; and the edits refused; and the
 * sequence of plan set and plan deliver (src/core/editsave.c) on a file.
 */
#include "testutil.h"

#include <stdlib.h>
#include <unistd.h>

#include "rewrite.h"

#include "plan/edit.h"
#include "plan/file.h"
#include "plan/set.h"
#include "plan/model.h"

static const char plan[] =
    "# Kế hoạch\n"
    "plan: p\ntitle: T\nissued: 2024-03-15\nsections:\n"
    "  - id: I\n    tasks:\n"
    "      - id: \"1\"\n        task: Rà soát # the first\n        lead:\n          - Văn phòng "
    "Bộ\n"
    "        deadline: Tháng 3\n        note:\n"
    "      # before 2\n"
    "      - id: \"2\"\n        task: Báo cáo\n        deadline: Hàng tháng\n"
    "        delivered:\n          - 2024-03-29\n"
    "        subtasks:\n          - {id: \"2.1\", task: Con, lead: [A, B]}\n";

/*
 * The errors from first on of a are those of b: codes and positions (the
 * old text's warnings, which a loaded plan does not say again, left out).
 */
static void assert_same_diags(const struct plan_diags *a, size_t first, const struct plan_diags *b)
{
	size_t i = first, k = 0;

	for (;; i++, k++) {
		while (i < a->n && a->v[i].severity != PLAN_ERROR)
			i++;
		while (k < b->n && b->v[k].severity != PLAN_ERROR)
			k++;
		assert_int_equal(i == a->n, k == b->n);
		if (i == a->n)
			return;
		assert_string_equal(a->v[i].code, b->v[k].code);
		assert_int_equal(a->v[i].pos.line, b->v[k].pos.line);
		assert_int_equal(a->v[i].pos.column, b->v[k].pos.column);
	}
}

/* An edit of task: plan set's of field to values, or (field NULL) plan deliver's. */
struct edit {
	const char *task, *field;
	const char *const *values;
	size_t n;
	plan_date on;
	const char *ref;
	bool done;
};

static int run_edit(const struct edit *ed, const char *text, size_t len, struct plan_buf *out,
		    struct plan_edit_check *check, struct plan_diags *diags)
{
	return ed->field ? plan_edit_set_read_back("p.yaml", text, len, ed->task, ed->field,
						   ed->values, ed->n, out, check, diags)
			 : plan_edit_deliver_read_back("p.yaml", text, len, ed->task, ed->on,
						       ed->ref, ed->done, out, check, diags);
}

/*
 * The edit as the library makes it, reading the whole file, and as plan
 * set and plan deliver make it, the plan loaded already (the task's own
 * lines read alone): both give the same bytes and errors, or both fail.
 */
static int edit_both(const struct edit *ed, const char *text, struct plan_buf *out,
		     struct plan_diags *diags)
{
	struct plan_diags quiet = PLAN_DIAGS_INIT;
	struct plan_buf again = PLAN_BUF_INIT;
	struct plan_set *set = NULL;
	const size_t len = strlen(text), start = out->len, first = diags->n;
	const int status = run_edit(ed, text, len, out, NULL, diags);

	if (plan_set_load_buffer(&set, "p.yaml", text, len, NULL, &quiet) == PLAN_LOAD_OK &&
	    set->n_plans == 1) {
		struct plan_edit_check check = { .before = set->plans[0] };

		plan_diags_release(&quiet);
		assert_int_equal(run_edit(ed, text, len, &again, &check, &quiet), status);
		if (status == 0) {
			assert_int_equal(again.len, out->len - start);
			assert_memory_equal(again.s, out->s + start, again.len);
		}
		assert_same_diags(diags, first, &quiet);
		if (status == 0) /* the task as the edit made it, read back */
			assert_string_equal(check.edited->id.s, ed->task);
		plan_edit_check_release(&check);
	}
	plan_set_free(set);
	plan_buf_release(&again);
	plan_diags_release(&quiet);
	return status;
}

static int edit_set(const char *text, const char *task, const char *field,
		    const char *const *values, size_t n, struct plan_buf *out,
		    struct plan_diags *diags)
{
	const struct edit ed = { .task = task, .field = field, .values = values, .n = n };

	return edit_both(&ed, text, out, diags);
}

static int edit_deliver(const char *text, const char *task, plan_date on, const char *ref,
			bool done, struct plan_buf *out, struct plan_diags *diags)
{
	const struct edit ed = { .task = task, .on = on, .ref = ref, .done = done };

	return edit_both(&ed, text, out, diags);
}

struct edit_case {
	const char *name;
	const char *task, *field;
	const char *values[3];
	size_t n;
	const char *old_lines, *new_lines; /* what changes: the old lines and the new ones */
};

static const struct edit_case sets[] = {
	{ "a value, its bytes alone, the comment kept",
	  "1",
	  "task",
	  { "Rà soát lại" },
	  1,
	  "        task: Rà soát # the first\n",
	  "        task: Rà soát lại # the first\n" },
	{ "a value that needs quotes",
	  "1",
	  "deadline",
	  { "- Quý II: 2024" },
	  1,
	  "        deadline: Tháng 3\n",
	  "        deadline: \"- Quý II: 2024\"\n" },
	{ "an empty value filled",
	  "1",
	  "note",
	  { "Đang làm" },
	  1,
	  "        note:\n",
	  "        note: Đang làm\n" },
	{ "a field it lacks, where plan fmt puts it",
	  "1",
	  "status",
	  { "done" },
	  1,
	  "        note:\n      # before 2\n",
	  "        note:\n        status: done\n      # before 2\n" },
	{ "a field it lacks, before the ones that follow it",
	  "2",
	  "product",
	  { "Báo cáo tháng" },
	  1,
	  "        deadline: Hàng tháng\n        delivered:\n",
	  "        deadline: Hàng tháng\n        product: Báo cáo tháng\n        delivered:\n" },
	{ "a block list, item by item",
	  "1",
	  "lead",
	  { "Cục A", "Cục B, C" },
	  2,
	  "          - Văn phòng Bộ\n",
	  "          - Cục A\n          - Cục B, C\n" },
	{ "a list it lacks, in block style",
	  "2",
	  "support",
	  { "Cục A" },
	  1,
	  "        deadline: Hàng tháng\n",
	  "        support:\n          - Cục A\n        deadline: Hàng tháng\n" },
	{ "an empty list",
	  "1",
	  "lead",
	  { NULL },
	  0,
	  "        lead:\n          - Văn phòng Bộ\n",
	  "        lead: []\n" },
	{ "a flow mapping stays one",
	  "2.1",
	  "lead",
	  { "Cục, C", "D" },
	  2,
	  "          - {id: \"2.1\", task: Con, lead: [A, B]}\n",
	  "          - {id: \"2.1\", task: Con, lead: [\"Cục, C\", D]}\n" },
	{ "a field a flow mapping lacks",
	  "2.1",
	  "due",
	  { "2024-06-30" },
	  1,
	  "          - {id: \"2.1\", task: Con, lead: [A, B]}\n",
	  "          - {id: \"2.1\", task: Con, lead: [A, B], due: [2024-06-30]}\n" },
};

/* Asserts out is in with old_lines replaced by new_lines. */
static void assert_changed(const char *in, const char *out, const char *old_lines,
			   const char *new_lines)
{
	const char *at = strstr(in, old_lines);
	struct plan_buf want = PLAN_BUF_INIT;

	assert_non_null(at);
	plan_buf_add(&want, in, (size_t)(at - in));
	plan_buf_addstr(&want, new_lines);
	plan_buf_addstr(&want, at + strlen(old_lines));
	assert_string_equal(out, want.s);
	plan_buf_release(&want);
}

static void test_set(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
		const struct edit_case *c = &sets[i];
		struct plan_diags diags = PLAN_DIAGS_INIT;
		struct plan_buf out = PLAN_BUF_INIT;

		print_message("%s\n", c->name);
		if (edit_set(plan, c->task, c->field, c->values, c->n, &out, &diags) != 0)
			print_diags(&diags);
		assert_int_equal(diags.n, 0);
		assert_changed(plan, out.s, c->old_lines, c->new_lines);
		plan_buf_release(&out);
		plan_diags_release(&diags);
	}
}

/*
 * The read-back task holds the new value: in the set the new text loads
 * as, or read alone from its lines when the caller loaded the plan; a
 * refused edit hands over none.
 */
static void test_read_back(void **state)
{
	const char *const values[] = { "Quý II/2024" }, *const bad[] = { "nope" };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;
	/* what it hands over must be set, or cleared */
	struct plan_edit_check check = { .edited = (const void *)&out,
					 .after = (struct plan_set *)&out };
	struct plan_set *loaded = load_text(plan, &diags), *whole;
	const struct plan_task *t;

	(void)state;
	assert_int_equal(plan_edit_set_read_back("p.yaml", plan, strlen(plan), "1", "deadline",
						 values, 1, &out, &check, &diags),
			 0);
	assert_non_null(check.after); /* no plan given: the whole text is loaded */
	assert_ptr_equal(check.edited, plan_find_task(plan_set_find(check.after, "p"), "1"));
	assert_string_equal(check.edited->deadline.s, "Quý II/2024");
	plan_edit_check_release(&check);
	assert_int_equal(plan_edit_set_read_back("p.yaml", plan, strlen(plan), "1", "status", bad,
						 1, &out, &check, &diags),
			 -1);
	assert_null(check.after);
	assert_null(check.edited);
	plan_buf_reset(&out);
	check.before = loaded->plans[0];
	assert_int_equal(plan_edit_deliver_read_back("p.yaml", plan, strlen(plan), "2",
						     plan_date_make(2024, 4, 30), NULL, true, &out,
						     &check, &diags),
			 0);
	assert_null(check.after); /* task 2's lines were read alone */
	t = check.edited;
	assert_non_null(t);
	assert_int_equal(t->status, PLAN_DONE);
	assert_int_equal(t->n_delivered, 2);
	/* linked into the old task's place, its subtask under it, at the file's lines */
	assert_ptr_equal(t->plan, loaded->plans[0]);
	assert_ptr_equal(t->section, plan_find_task(loaded->plans[0], "2")->section);
	assert_int_equal(t->n_subtasks, 1);
	assert_ptr_equal(t->subtasks[0].parent, t);
	assert_int_equal(t->pos.line, plan_find_task(loaded->plans[0], "2")->pos.line);
	whole = load_text(out.s, &diags);
	assert_int_equal(t->subtasks[0].id.pos.line,
			 plan_find_task(whole->plans[0], "2.1")->id.pos.line);
	assert_int_equal(t->subtasks[0].id.pos.column,
			 plan_find_task(whole->plans[0], "2.1")->id.pos.column);
	plan_edit_check_release(&check);
	plan_set_free(whole);
	plan_set_free(loaded);
	plan_buf_release(&out);
	plan_diags_release(&diags);
}

/*
 * The old text's plan, as the caller loaded it, stands for it in the
 * read-back check.  One loaded from other bytes (the file changed since)
 * whose edited task differs from what the edit did is refused, whether
 * the task's lines are read alone or the whole file is; a change elsewhere
 * is the bytes the edit was given, kept as they are.
 */
static void test_read_back_before(void **state)
{
	const char *const values[] = { "Quý II/2024" };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT, other = PLAN_BUF_INIT, elsewhere = PLAN_BUF_INIT;
	struct plan_set *same = load_text(plan, &diags), *stale, *stale_elsewhere;
	struct plan_edit_check check = { .before = same->plans[0] };

	(void)state;
	assert_int_equal(plan_edit_set_read_back("p.yaml", plan, strlen(plan), "1", "deadline",
						 values, 1, &out, &check, &diags),
			 0);
	assert_non_null(check.edited);
	plan_edit_check_release(&check);
	/* task 1 differs: refused, read alone */
	plan_buf_addstr(&other, plan);
	memcpy(strstr(other.s, "Rà soát"), "Rà sót ", strlen("Rà soát"));
	stale = load_text(other.s, &diags);
	check.before = stale->plans[0];
	plan_buf_reset(&out);
	assert_int_equal(plan_edit_set_read_back("p.yaml", plan, strlen(plan), "1", "deadline",
						 values, 1, &out, &check, &diags),
			 -1);
	assert_null(check.after);
	assert_null(check.edited);
	assert_string_equal(diags.v[diags.n - 1].code, "edit-failed");
	/* and so it is when the whole file is read (2.1 is a flow item: no lines of its own) */
	plan_diags_truncate(&diags, 0);
	assert_int_equal(plan_edit_set_read_back("p.yaml", plan, strlen(plan), "2.1", "note",
						 values, 1, &out, &check, &diags),
			 -1);
	assert_null(check.after);
	assert_string_equal(diags.v[diags.n - 1].code, "edit-failed");
	/* only task 2 differs, and task 1 is edited: its lines alone are read */
	plan_buf_addstr(&elsewhere, plan);
	memcpy(strstr(elsewhere.s, "Báo cáo"), "Báo cũ ", strlen("Báo cáo"));
	stale_elsewhere = load_text(elsewhere.s, &diags);
	check.before = stale_elsewhere->plans[0];
	plan_buf_reset(&out);
	assert_int_equal(plan_edit_set_read_back("p.yaml", plan, strlen(plan), "1", "deadline",
						 values, 1, &out, &check, &diags),
			 0);
	assert_non_null(strstr(out.s, "Báo cáo")); /* the bytes given, not the stale plan */
	plan_edit_check_release(&check);
	plan_set_free(same);
	plan_set_free(stale);
	plan_set_free(stale_elsewhere);
	plan_buf_release(&out);
	plan_buf_release(&other);
	plan_buf_release(&elsewhere);
	plan_diags_release(&diags);
}

/*
 * The comments of an edit within one task are counted on its lines alone
 * when the rest of both texts is the same bytes; a comment lost there is
 * found, and so it is when the window given does not hold the change (the
 * whole texts are counted then).
 */
static void test_comments_in_window(void **state)
{
	const char *const fields[] = { "task", NULL };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf lost = PLAN_BUF_INIT, kept = PLAN_BUF_INIT;
	const char *task1 = strstr(plan, "      - id: \"1\""),
		   *task2 = strstr(plan, "      # before 2");
	struct rewrite_rule rule = { .task_id = "1", .fields = fields, .bytes_kept_around = true };
	const struct rewrite_old old = { .name = "p.yaml", .data = plan, .len = strlen(plan) };
	const size_t windows[][2] = {
		{ (size_t)(task1 - plan), (size_t)(task2 - plan) }, /* task 1's lines */
		{ 0, 0 },                                           /* none: the whole texts */
		{ (size_t)(task2 - plan), strlen(plan) },           /* not where the change is */
	};

	(void)state;
	plan_buf_addstr(&lost, plan);
	memmove(strstr(lost.s, " # the first"), strstr(lost.s, " # the first") + 12,
		strlen(strstr(lost.s, " # the first") + 12) + 1);
	lost.len = strlen(lost.s);
	plan_buf_addstr(&kept, plan);
	memcpy(strstr(kept.s, "Rà soát"), "Rà xoát", strlen("Rà soát"));
	for (size_t i = 0; i < 3; i++) {
		rule.window_start = windows[i][0];
		rule.window_end = windows[i][1];
		print_message("window %zu\n", i);
		assert_int_equal(rewrite_check(&old, lost.s, lost.len, NULL, &rule, &diags, NULL),
				 REWRITE_COMMENTS);
		assert_int_equal(rewrite_check(&old, kept.s, kept.len, NULL, &rule, &diags, NULL),
				 REWRITE_KEPT);
	}
	plan_buf_release(&lost);
	plan_buf_release(&kept);
	plan_diags_release(&diags);
}

/*
 * Task 2's new lines read alone, against the plan the caller loaded, give
 * the verdict the whole texts give: what the rule allows is kept, and
 * anything else in them - another field, a subtask, the id, an item more,
 * a key that leaves the list, a syntax error - is refused (the whole texts
 * are read then, and the diagnostics said are theirs).
 */
static void test_read_alone(void **state)
{
	static const struct {
		const char *name, *from, *to;
		bool kept;
	} cases[] = {
		{ "the field allowed", "Hàng tháng\n", "Hàng tháng\n        note: Mới\n", true },
		{ "another field", "Báo cáo", "Báo cũ", false },
		{ "a subtask", "task: Con", "task: Cháu", false },
		{ "the id", "id: \"2\"", "id: \"3\"", false },
		{ "an item more", "lead: [A, B]}\n",
		  "lead: [A, B]}\n      - {id: \"3\", task: Ba}\n", false },
		{ "a key out of the list", "lead: [A, B]}\n", "lead: [A, B]}\n    note: x\n",
		  false },
		{ "a syntax error", "Hàng tháng", "[Hàng tháng", false },
	};
	const char *const fields[] = { "note", NULL };
	const char *task2 = strstr(plan, "      - id: \"2\"");
	const struct rewrite_rule rule = { .task_id = "2",
					   .fields = fields,
					   .bytes_kept_around = true,
					   .window_start = (size_t)(task2 - plan),
					   .window_end = strlen(plan) };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *loaded = load_text(plan, &diags);
	const struct rewrite_old whole = { .name = "p.yaml", .data = plan, .len = strlen(plan) };
	struct rewrite_old given = whole;

	(void)state;
	given.plan = loaded->plans[0];
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct plan_buf after = PLAN_BUF_INIT;
		struct plan_diags a = PLAN_DIAGS_INIT, b = PLAN_DIAGS_INIT;
		struct plan_edit_check check = { .before = given.plan };
		const char *at = strstr(task2, cases[i].from);
		enum rewrite_verdict v;

		print_message("%s\n", cases[i].name);
		plan_buf_add(&after, plan, (size_t)(at - plan));
		plan_buf_addstr(&after, cases[i].to);
		plan_buf_addstr(&after, at + strlen(cases[i].from));
		v = rewrite_check(&given, after.s, after.len, NULL, &rule, &a, &check);
		assert_int_equal(v == REWRITE_KEPT, cases[i].kept);
		assert_int_equal(rewrite_check(&whole, after.s, after.len, NULL, &rule, &b, NULL),
				 v);
		assert_same_diags(&a, 0, &b);
		/* kept: the task read alone, not the whole text loaded */
		assert_int_equal(check.edited != NULL, cases[i].kept);
		assert_null(check.after);
		if (cases[i].kept)
			assert_string_equal(check.edited->note.s, "Mới");
		plan_edit_check_release(&check);
		plan_buf_release(&after);
		plan_diags_release(&a);
		plan_diags_release(&b);
	}
	plan_set_free(loaded);
	plan_diags_release(&diags);
}

static void test_deliver(void **state)
{
	static const struct {
		const char *name, *task, *ref;
		bool done;
		const char *old_lines, *new_lines;
	} cases[] = {
		{ "to a block list: one line", "2", NULL, false, "          - 2024-03-29\n",
		  "          - 2024-03-29\n          - 2024-04-30\n" },
		{ "with its document", "2", "CV 5/BTP", false, "          - 2024-03-29\n",
		  "          - 2024-03-29\n          - on: 2024-04-30\n            ref: CV "
		  "5/BTP\n" },
		{ "a first delivery, and done", "1", NULL, true, "        note:\n      # before",
		  "        note:\n        status: done\n        delivered:\n          - "
		  "2024-04-30\n"
		  "      # before" },
		{ "to a flow mapping", "2.1", "CV 6", false, "lead: [A, B]}\n",
		  "lead: [A, B], delivered: [{on: 2024-04-30, ref: CV 6}]}\n" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct plan_diags diags = PLAN_DIAGS_INIT;
		struct plan_buf out = PLAN_BUF_INIT;

		print_message("%s\n", cases[i].name);
		if (edit_deliver(plan, cases[i].task, plan_date_make(2024, 4, 30), cases[i].ref,
				 cases[i].done, &out, &diags) != 0)
			print_diags(&diags);
		assert_int_equal(diags.n, 0);
		assert_changed(plan, out.s, cases[i].old_lines, cases[i].new_lines);
		plan_buf_release(&out);
		plan_diags_release(&diags);
	}
}

/* Sets field of task a in text to the values, and asserts the lines that changed. */
static void assert_set(const char *text, const char *field, const char *const *values, size_t n,
		       const char *old_lines, const char *new_lines)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;

	if (edit_set(text, "a", field, values, n, &out, &diags) != 0)
		print_diags(&diags);
	assert_int_equal(diags.n, 0);
	assert_changed(text, out.s, old_lines, new_lines);
	plan_buf_release(&out);
	plan_diags_release(&diags);
}

#define HEAD "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n  - id: a\n    task: X\n"

/* Comments where the value is written are kept: between "key:" and it, after it. */
static void test_comments_kept(void **state)
{
	static const char flow[] = HEAD "    lead: # c1\n      [Văn phòng Bộ] # c2\n";
	static const char date[] = HEAD "    due: # c1\n      2024-06-30 # c2\n";
	static const char null_key[] = HEAD "    lead: # c1\n    note: # c2\n";
	static const char scalar[] = HEAD "    note: # c1\n      \"cũ\" # c2\n";
	const char *const two[] = { "Cục A", "Cục B" }, *const dates[] = { "2024-07-31",
									   "2024-12-31" };
	const char *const note[] = { "mới" };

	(void)state;
	assert_set(flow, "lead", two, 2, "[Văn phòng Bộ] # c2", "[Cục A, Cục B] # c2");
	assert_set(flow, "lead", two, 0, "[Văn phòng Bộ] # c2", "[] # c2");
	assert_set(date, "due", dates, 2, "      2024-06-30 # c2\n",
		   "      - 2024-07-31\n      - 2024-12-31 # c2\n");
	assert_set(null_key, "lead", two, 2, "    lead: # c1\n",
		   "    lead: # c1\n      - Cục A\n      - Cục B\n");
	assert_set(null_key, "note", note, 1, "    note: # c2\n", "    note: mới # c2\n");
	assert_set(scalar, "note", note, 1, "\"cũ\" # c2", "mới # c2");
}

/* New lines end as the file's lines do; a byte order mark stays. */
static void test_line_breaks_kept(void **state)
{
	static const char crlf[] = "\xEF\xBB\xBFplan: p\r\ntitle: T\r\nissued: 2024-03-15\r\n"
				   "tasks:\r\n  - id: a\r\n    task: X\r\n";
	static const char cr[] = "plan: p\rtitle: T\rissued: 2024-03-15\rtasks:\r  - id: a\r"
				 "    task: X\r    lead: [A]\r";
	static const char ls_in_value[] = "title: \"T\xE2\x80\xA8U\"\nplan: p\nissued: 2024-03-15\n"
					  "tasks:\n  - id: a\n    task: X\n";
	/* a NEL starting a line of the task: libyaml breaks the line there, editors do not */
	static const char nel[] =
	    "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n  - id: a\n"
	    "    task: X\n    lead:\n \xC2\x85     - Cục A\n    deadline: Tháng 3\n"
	    "  - id: b\n    task: Y\n";
	const char *const units[] = { "Cục A", "Cục B" }, *const funding[] = { "Ngân sách" };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	assert_set(nel, "funding", funding, 1, "    deadline: Tháng 3\n",
		   "    deadline: Tháng 3\n    funding: Ngân sách\n");
	assert_set(crlf, "lead", units, 2, "    task: X\r\n",
		   "    task: X\r\n    lead:\r\n      - Cục A\r\n      - Cục B\r\n");
	assert_set(cr, "support", units, 2, "    lead: [A]\r",
		   "    lead: [A]\r    support:\r      - Cục A\r      - Cục B\r");
	/* a line separator inside a value of the first line is no line end of the file */
	assert_set(ls_in_value, "lead", units, 2, "    task: X\n",
		   "    task: X\n    lead:\n      - Cục A\n      - Cục B\n");
	assert_int_equal(
	    edit_deliver(cr, "a", plan_date_make(2024, 4, 30), "CV 1", true, &out, &diags), 0);
	assert_string_equal(out.s + strlen(cr), "    status: done\r    delivered:\r"
						"      - on: 2024-04-30\r        ref: CV 1\r");
	plan_buf_release(&out);
	plan_diags_release(&diags);
}

/* Line and paragraph separators are escaped, and the value read back is the one given. */
static void test_separators_kept(void **state)
{
	static const char text[] = HEAD "    note: cũ\n";
	const char *const ls[] = { "x \xE2\x80\xA8y" }, *const ps[] = { "a\xE2\x80\xA9 b" };

	(void)state;
	assert_set(text, "note", ls, 1, "    note: cũ\n", "    note: \"x \\Ly\"\n");
	assert_set(text, "note", ps, 1, "    note: cũ\n", "    note: \"a\\P b\"\n");
}

static void test_refused(void **state)
{
	static const char commented[] =
	    "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
	    "  - id: a\n    task: X\n    lead:\n      - A # the main one\n      - B\n";
	static const char flow_commented[] =
	    "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
	    "  - {id: a, task: X,\n     due: # when\n       2024-01-31}\n";
	static const char list_key[] = "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
				       "  - id: a\n    task: X\n    ? [lead]\n    : x\n";
	static const char no_newline[] = "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
					 "  - id: a\n    task: X";
	static const struct {
		const char *text, *task, *field, *value, *code;
	} cases[] = {
		{ plan, "9", "note", "x", "unknown-task" },
		{ plan, "1", "owner", "x", "unknown-field" },
		{ plan, "1", "status", "finished", "bad-status" },
		{ plan, "1", "due", "2024-02-30", "bad-date" },
		{ plan, "1", "note", "", "bad-value" },
		{ plan, "1", "note", "a\x01", "bad-value" },
		{ commented, "a", "lead", "C", "has-comments" },
		{ flow_commented, "a", "due", "2024-06-30", "has-comments" },
		{ list_key, "a", "support", "B", "syntax" },
	};
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct plan_diags diags = PLAN_DIAGS_INIT;

		print_message("%s %s\n", cases[i].field, cases[i].code);
		assert_int_equal(edit_set(cases[i].text, cases[i].task, cases[i].field,
					  &cases[i].value, 1, &out, &diags),
				 -1);
		assert_int_equal(out.len, 0);
		assert_string_equal(diags.v[0].code, cases[i].code);
		plan_diags_release(&diags);
	}
	/* A file that does not end its last line: the new line goes after it. */
	{
		struct plan_diags diags = PLAN_DIAGS_INIT;
		const char *v = "done";

		assert_int_equal(edit_set(no_newline, "a", "status", &v, 1, &out, &diags), 0);
		assert_string_equal(out.s + strlen(no_newline), "\n    status: done\n");
		plan_diags_release(&diags);
	}
	plan_buf_release(&out);
}

/* The plan at a temporary file, loaded from its bytes, as plan set finds it. */
struct saved {
	char dir[64], path[96];
	struct plan_buf text;
	struct plan_set *set;
};

static void saved_make(struct saved *f, const char *text)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	FILE *out;

	snprintf(f->dir, sizeof(f->dir), "/tmp/plan-test-edit.XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof(f->path), "%s/p.yaml", f->dir);
	assert_non_null(out = fopen(f->path, "w"));
	fputs(text, out);
	assert_int_equal(fclose(out), 0);
	plan_buf_init(&f->text);
	assert_int_equal(plan_file_read(f->path, &f->text, &diags), 0);
	f->set = NULL;
	assert_int_equal(
	    plan_set_load_buffer(&f->set, f->path, f->text.s, f->text.len, NULL, &diags),
	    PLAN_LOAD_OK);
	plan_diags_release(&diags);
}

static const struct plan_task *saved_task(const struct saved *f, const char *id)
{
	return plan_find_task(f->set->plans[0], id);
}

/* Whether the file holds want now. */
static bool saved_holds(const struct saved *f, const char *want)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf now = PLAN_BUF_INIT;
	bool same;

	assert_int_equal(plan_file_read(f->path, &now, &diags), 0);
	same = strcmp(now.s, want) == 0;
	plan_buf_release(&now);
	plan_diags_release(&diags);
	return same;
}

static void saved_remove(struct saved *f)
{
	plan_set_free(f->set);
	plan_buf_release(&f->text);
	assert_int_equal(unlink(f->path), 0);
	assert_int_equal(rmdir(f->dir), 0);
}

/*
 * plan set's and plan deliver's sequence (plan_edit_save()): the file holds
 * the edit's bytes and the change is shown; a deadline plan cannot read is
 * said; a value the task holds already writes and shows nothing; a bad
 * value, or a file that changed since it was read, leaves the file as it
 * was.
 */
static void test_save(void **state)
{
	const char *const note[] = { "Ghi chú mới" }, *const vague[] = { "Quý V/2024" },
			  *const bad[] = { "nope" }, *const same[] = { "Tháng 3" };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf want = PLAN_BUF_INIT;
	struct plan_edit_result result;
	struct plan_deadlines *engine = plan_deadlines_new();
	char other[sizeof(plan)];
	struct saved f;
	FILE *out;

	(void)state;
	memcpy(other, plan, sizeof(plan));
	memcpy(strstr(other, "Báo cáo"), "Báo cũ ", strlen("Báo cáo"));
	saved_make(&f, plan);
	assert_int_equal(
	    plan_edit_set("p.yaml", plan, strlen(plan), "1", "note", note, 1, &want, &diags), 0);
	assert_int_equal(
	    plan_edit_save(saved_task(&f, "1"), f.text.s, f.text.len,
			   &(struct plan_edit_op){ .field = "note", .values = note, .n = 1 },
			   engine, &result, &diags),
	    0);
	assert_true(result.written);
	assert_true(saved_holds(&f, want.s));
	assert_non_null(strstr(result.shown.s, "Ghi chú mới"));
	assert_int_equal(result.warnings.n, 0);
	plan_edit_result_release(&result);
	saved_remove(&f);

	saved_make(&f, plan);
	assert_int_equal(
	    plan_edit_save(saved_task(&f, "1"), f.text.s, f.text.len,
			   &(struct plan_edit_op){ .field = "deadline", .values = vague, .n = 1 },
			   engine, &result, &diags),
	    0);
	assert_true(result.written);
	assert_int_equal(result.warnings.n, 1);
	assert_string_equal(result.warnings.v[0].code, "unknown-deadline");
	plan_edit_result_release(&result);
	saved_remove(&f);

	saved_make(&f, plan);
	assert_int_equal(
	    plan_edit_save(saved_task(&f, "1"), f.text.s, f.text.len,
			   &(struct plan_edit_op){ .field = "deadline", .values = same, .n = 1 },
			   engine, &result, &diags),
	    0);
	assert_false(result.written);
	assert_int_equal(result.shown.len, 0);
	assert_true(saved_holds(&f, plan));
	plan_edit_result_release(&result);
	assert_int_equal(
	    plan_edit_save(saved_task(&f, "1"), f.text.s, f.text.len,
			   &(struct plan_edit_op){ .field = "status", .values = bad, .n = 1 },
			   engine, &result, &diags),
	    -1);
	assert_false(result.written);
	assert_string_equal(diags.v[diags.n - 1].code, "bad-status");
	assert_true(saved_holds(&f, plan));
	plan_edit_result_release(&result);
	/* the file changed on disk since it was read: refused */
	assert_non_null(out = fopen(f.path, "w"));
	fputs(other, out);
	assert_int_equal(fclose(out), 0);
	assert_int_equal(plan_edit_save(saved_task(&f, "2"), f.text.s, f.text.len,
					&(struct plan_edit_op){ .on = plan_date_make(2024, 4, 30),
								.done = true },
					engine, &result, &diags),
			 -1);
	assert_false(result.written);
	assert_string_equal(diags.v[diags.n - 1].code, "changed-on-disk");
	assert_true(saved_holds(&f, other));
	plan_edit_result_release(&result);
	saved_remove(&f);

	saved_make(&f, plan);
	assert_int_equal(plan_edit_save(saved_task(&f, "2"), f.text.s, f.text.len,
					&(struct plan_edit_op){ .on = plan_date_make(2024, 4, 30),
								.done = true },
					engine, &result, &diags),
			 0);
	assert_true(result.written);
	assert_false(saved_holds(&f, plan));
	assert_non_null(strstr(result.shown.s, "2024-04-30"));
	plan_edit_result_release(&result);
	saved_remove(&f);
	plan_deadlines_free(engine);
	plan_buf_release(&want);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set),
		cmocka_unit_test(test_deliver),
		cmocka_unit_test(test_read_back),
		cmocka_unit_test(test_read_back_before),
		cmocka_unit_test(test_comments_in_window),
		cmocka_unit_test(test_read_alone),
		cmocka_unit_test(test_comments_kept),
		cmocka_unit_test(test_line_breaks_kept),
		cmocka_unit_test(test_separators_kept),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_save),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
