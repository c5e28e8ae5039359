/*
 * test_ytree.c - a YAML file as nodes with their bytes and comments
 * (src/core/ytree.c): byte spans of Vietnamese text, and which node each
 * comment belongs to.
 */
#include "testutil.h"

#include "ytree.h"

static const char text[] = "# the file\n"
			   "plan: \"p\" # the id\n"
			   "\n"
			   "# about the title\n"
			   "title: Kế hoạch thử\n"
			   "tasks:\n"
			   "  - id: a\n"
			   "    lead: [Cục A, Cục B] # two\n"
			   "  # before b\n"
			   "  - id: b\n"
			   "# the end\n";

/* The bytes of a node, as written. */
static void assert_bytes(const struct ytree *t, const struct ynode *n, const char *want)
{
	assert_int_equal(n->end - n->start, strlen(want));
	assert_memory_equal(t->data + n->start, want, strlen(want));
}

static void test_spans_and_comments(void **state)
{
	struct ytree *t = ytree_read("t.yaml", text, strlen(text));
	struct ynode *root, *title, *tasks, *a, *lead;

	(void)state;
	assert_non_null(t);
	root = t->root;
	assert_int_equal(root->kind, YNODE_MAP);
	assert_bytes(t, ytree_get(root, "plan"), "\"p\"");
	title = ytree_get(root, "title");
	assert_bytes(t, title, "Kế hoạch thử");
	assert_string_equal(title->text, "Kế hoạch thử");
	assert_null(ytree_get(root, "issuer"));
	/* The file's comment; the one after the id; the title's, after a blank line. */
	assert_int_equal(t->n_head, 1);
	assert_string_equal(t->head[0]->text, "# the file");
	assert_string_equal(ynode_after(ytree_get(root, "plan"))->text, "# the id");
	assert_int_equal(ynode_n_before(ytree_key(root, "title")), 1);
	assert_string_equal(ynode_before(ytree_key(root, "title"), 0)->text, "# about the title");
	assert_true(ynode_before(ytree_key(root, "title"), 0)->blank_before);
	/* A flow list owns the comment that ends its line; an item the one before it. */
	tasks = ytree_get(root, "tasks");
	a = tasks->kids[0];
	lead = ytree_get(a, "lead");
	assert_true(lead->flow);
	assert_bytes(t, lead, "[Cục A, Cục B]");
	assert_string_equal(ynode_after(lead)->text, "# two");
	assert_int_equal(ynode_n_before(tasks->kids[1]), 1);
	assert_string_equal(ynode_before(tasks->kids[1], 0)->text, "# before b");
	assert_int_equal(t->n_tail, 1);
	assert_string_equal(t->tail[0]->text, "# the end");
	assert_int_equal(t->n_comments, 6);
	/* Lines. */
	assert_int_equal(ytree_line_start(t, title->start), title->start - strlen("title: "));
	assert_int_equal(text[ytree_line_end(t, title->start) - 1], '\n');
	ytree_free(t);
}

static void test_not_yaml(void **state)
{
	(void)state;
	assert_null(ytree_read("t.yaml", "a: [b\n", 6));
	assert_null(ytree_read("t.yaml", "a: *x\n", 6)); /* aliases are not read */
	/* keys that are not strings, as the loader refuses them */
	assert_null(ytree_read("t.yaml", "? [lead]\n: x\n", 13));
	assert_null(ytree_read("t.yaml", "a:\n  ? {b: c}\n  : x\n", 21));
}

/*
 * Comments in a row before one key all belong to it, in order; 30,000 of
 * them (a plan's history kept as comments) cost the tree about their size,
 * not the gigabytes a copy of the list per comment took.
 */
static void test_many_comments_in_a_row(void **state)
{
	enum { N = 30000 };
	struct plan_buf file = PLAN_BUF_INIT;
	const struct ynode *holder = NULL;
	struct ytree *t;

	(void)state;
	plan_buf_addstr(&file, "plan: p\n");
	for (int i = 0; i < N; i++)
		plan_buf_addf(&file, "# %d\n", i);
	plan_buf_addstr(&file, "title: T\n# after\n");
	t = ytree_read("p.yaml", file.s, file.len);
	assert_non_null(t);
	for (size_t i = 0; i < t->root->n; i++) {
		if (ynode_n_before(t->root->kids[i])) {
			assert_null(holder); /* one node holds them all */
			holder = t->root->kids[i];
		}
	}
	assert_non_null(holder);
	assert_ptr_equal(holder, ytree_key(t->root, "title"));
	assert_int_equal(ynode_n_before(holder), N);
	for (int i = 0; i < N; i += 997) {
		char want[16];

		snprintf(want, sizeof(want), "# %d", i);
		assert_int_equal(ynode_before(holder, i)->len, strlen(want));
		assert_memory_equal(ynode_before(holder, i)->text, want, strlen(want));
	}
	assert_int_equal(t->n_tail, 1);
	ytree_free(t);
	plan_buf_release(&file);
}

/* Every scalar written plain on one line spans its text; every flow list its brackets. */
static void assert_spans(const struct ytree *t, const struct ynode *n, size_t *scalars)
{
	if (n->kind == YNODE_SCALAR) {
		if (n->plain && n->len) {
			assert_int_equal(n->end - n->start, n->len);
			assert_memory_equal(t->data + n->start, n->text, n->len);
			++*scalars;
		}
		return;
	}
	if (n->flow) {
		assert_int_equal(t->data[n->start], n->kind == YNODE_SEQ ? '[' : '{');
		assert_int_equal(t->data[n->end - 1], n->kind == YNODE_SEQ ? ']' : '}');
	}
	for (size_t i = 0; i < n->n; i++)
		assert_spans(t, n->kids[i], scalars);
}

/*
 * The bytes of nodes come from libyaml's count of characters: right after
 * a byte order mark, on long lines of Vietnamese letters (walked eight
 * bytes at a time), after multi-line quoted and block scalars, whatever
 * ends the lines: LF, CRLF, CR alone, NEL or LS.
 */
static void test_spans_whatever_ends_lines(void **state)
{
	static const char *const lines[] = {
		"plan: kế-hoạch # mã",
		"title: Triển khai thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư",
		"lead: [Bộ Công an, Văn phòng Chính phủ, Ủy ban nhân dân các tỉnh, Bộ Tư pháp]",
		"note: \"dòng một",
		"  dòng hai\"",
		"product: |",
		"  Báo cáo",
		"  tổng hợp",
		"tasks:",
		"  - {id: \"1\", task: Rà soát văn bản quy phạm pháp luật, deadline: Quý II/2024}",
		"  # trước",
		"  - id: đ2",
		"    deadline: Thường xuyên # sau",
	};
	static const char *const breaks[] = { "\n", "\r\n", "\r", "\xC2\x85", "\xE2\x80\xA8" };
	struct plan_buf want = PLAN_BUF_INIT;

	(void)state;
	for (size_t bom = 0; bom < 2; bom++) {
		for (size_t k = 0; k < sizeof(breaks) / sizeof(breaks[0]); k++) {
			struct plan_buf file = PLAN_BUF_INIT;
			struct ytree *t;
			size_t scalars = 0;
			const struct ynode *tasks;

			if (bom)
				plan_buf_addstr(&file, "\xEF\xBB\xBF");
			for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
				plan_buf_addstr(&file, lines[i]);
				plan_buf_addstr(&file, breaks[k]);
			}
			t = ytree_read("t.yaml", file.s, file.len);
			assert_non_null(t);
			assert_spans(t, t->root, &scalars);
			assert_int_equal(scalars, 21);
			assert_string_equal(ynode_after(ytree_get(t->root, "plan"))->text, "# mã");
			tasks = ytree_get(t->root, "tasks");
			assert_int_equal(ynode_n_before(tasks->kids[1]), 1);
			assert_string_equal(ynode_before(tasks->kids[1], 0)->text, "# trước");
			assert_string_equal(
			    ynode_after(ytree_get(tasks->kids[1], "deadline"))->text, "# sau");
			plan_buf_reset(&want);
			plan_buf_addf(&want, "\"dòng một%s  dòng hai\"", breaks[k]);
			assert_bytes(t, ytree_get(t->root, "note"), want.s);
			assert_int_equal(t->data[ytree_get(t->root, "product")->start], '|');
			ytree_free(t);
			plan_buf_release(&file);
		}
	}
	plan_buf_release(&want);
}

/* Every node of the tree under n in document order, and whether each is an anchor. */
struct in_order {
	struct ynode *v[256];
	bool anchor[256];
	size_t n;
};

static void list_in_order(struct in_order *o, struct ynode *n, bool anchor)
{
	assert_true(o->n < sizeof(o->v) / sizeof(o->v[0]));
	o->anchor[o->n] = anchor;
	o->v[o->n++] = n;
	if (n->kind != YNODE_SCALAR)
		for (uint32_t i = 0; i < n->n; i++)
			list_in_order(o, n->kids[i], n->kind == YNODE_SEQ || i % 2 == 0);
}

/*
 * The searches by offset (yfind.c) find, at every offset of a file, what
 * going along every node in document order finds: the scalar that holds
 * it, the last scalar that ends by it, the first anchor that starts at or
 * after it - through flow collections, empty values, block scalars, lists
 * of lists and roots of each kind.
 */
static void test_found_by_offset(void **state)
{
	static const char *const files[] = {
		"plan: p\ntitle: T # c\ntasks:\n  - id: \"1\"\n    task: |\n      a # b\n"
		"    lead: [A, {x: B}, []]\n    note:\n    support:\n      - - C\n        - D\n"
		"      - E\n",
		"- a\n- [b, c]\n-\n- {k: v, e: }\n- - x\n  - y: z\n    w:\n",
		"just a scalar\n",
		"{a: [1, 2], b: {c: d}, e: []}\n",
		"k: >\n  folded\n  text\nm: 'q' # end\n",
		"k: [a, [b,\n  c], {d: [e]}, [[f]]]\nl: {m: [n, o], p: q,\n  r: [s]}\n",
	};

	(void)state;
	for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
		struct ytree *t = ytree_read("t.yaml", files[f], strlen(files[f]));
		struct in_order o = { .n = 0 };

		print_message("%s", files[f]);
		assert_non_null(t);
		list_in_order(&o, t->root, t->root->kind == YNODE_SEQ);
		for (size_t at = 0; at <= t->len + 1; at++) {
			struct ynode *holds = NULL, *before = NULL, *from = NULL;

			for (size_t i = 0; i < o.n; i++) {
				const struct ynode *n = o.v[i];

				if (n->kind == YNODE_SCALAR && n->start <= at && at < n->end)
					holds = o.v[i];
				if (n->kind == YNODE_SCALAR && n->end <= at)
					before = o.v[i];
				if (o.anchor[i] && n->start >= at && !from)
					from = o.v[i];
			}
			assert_ptr_equal(ytree_scalar_at(t, at), holds);
			assert_ptr_equal(ytree_anchor_from(t, at), from);
			/* and no further back than from, at every from */
			for (size_t back = 0; back <= at; back++)
				assert_ptr_equal(ytree_scalar_before(t, back, at),
						 before && before->end >= back ? before : NULL);
		}
		/* the outermost flow that holds a scalar and ends on its line: the first in order */
		for (size_t i = 0; i < o.n; i++) {
			const struct ynode *s = o.v[i];
			struct ynode *outermost = NULL;

			for (size_t k = 0; k < o.n && s->kind == YNODE_SCALAR && !outermost; k++)
				if (o.v[k]->flow && o.v[k]->start <= s->start &&
				    s->end <= o.v[k]->end && o.v[k]->end_line == s->end_line)
					outermost = o.v[k];
			if (s->kind == YNODE_SCALAR)
				assert_ptr_equal(ytree_outermost_flow(t, s), outermost);
		}
		ytree_free(t);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spans_and_comments),
		cmocka_unit_test(test_not_yaml),
		cmocka_unit_test(test_many_comments_in_a_row),
		cmocka_unit_test(test_spans_whatever_ends_lines),
		cmocka_unit_test(test_found_by_offset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
