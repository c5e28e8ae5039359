/*
 * test_fmt.c - the canonical layout (src/core/fmt.c over ytree.c): a table
 * of files and what they become, comments in every position; formatting
 * twice changes nothing; every shipped plan is canonical already, and its
 * plans and comments read back the same.
 */
#include "testutil.h"

#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

#include "plan/diff.h"
#include "plan/fmt.h"
#include "plan/file.h"
#include "plan/set.h"
#include "fmttree.h"
#include "rewrite.h"
#include "ytree.h"

#define HEAD "plan: p\ntitle: T\nissued: 2024-03-15\n"

static const struct {
	const char *name, *in, *want;
} cases[] = {
	{ "keys in the order of plan(5), at every level",
	  "issued: 2024-03-15\ntitle: T\nplan: p\ntasks:\n  - task: X\n    status: done\n    id: "
	  "\"1\"\n",
	  HEAD "tasks:\n  - id: \"1\"\n    task: X\n    status: done\n" },
	{ "flow lists and mappings become block ones; an empty list stays []",
	  HEAD "tasks:\n  - {id: \"1\", task: X, lead: [A, B], support: [],\n"
	       "     delivered: [{ref: CV 1, on: 2024-03-28}, 2024-04-01]}\n",
	  HEAD
	  "tasks:\n  - id: \"1\"\n    task: X\n    lead:\n      - A\n      - B\n    support: []\n"
	  "    delivered:\n      - on: 2024-03-28\n        ref: CV 1\n      - 2024-04-01\n" },
	{ "quotes only where YAML needs them",
	  "plan: 'p'\ntitle: \"Kế hoạch\"\nissued: 2024-03-15\ntasks:\n"
	  "  - id: 1\n    task: 'a: b'\n    deadline: \"- Tháng 3\"\n    note: 'yes'\n"
	  "    product: \"# số\"\n    funding: \"a # b\"\n",
	  "plan: p\ntitle: Kế hoạch\nissued: 2024-03-15\ntasks:\n"
	  "  - id: \"1\"\n    task: \"a: b\"\n    deadline: \"- Tháng 3\"\n"
	  "    product: \"# số\"\n    funding: \"a # b\"\n    note: \"yes\"\n" },
	{ "line breaks and quotes inside text are escaped, never wrapped",
	  HEAD "tasks:\n  - id: a\n    task: |\n      Dòng một\n      Dòng \"hai\"\n",
	  HEAD "tasks:\n  - id: a\n    task: \"Dòng một\\nDòng \\\"hai\\\"\\n\"\n" },
	{ "a comment right after a quoted value, as libyaml reads it (fuzz_fmt found it lost)",
	  HEAD "tasks:\n  - id: \"1\"# c\n    task: T#x\n",
	  HEAD "tasks:\n  - id: \"1\" # c\n    task: T#x\n" },
	{ "a block scalar's header comment with no blank before it (fuzz_fmt found it refused)",
	  HEAD "tasks:\n  - id: a\n    task: T\n    note: |#c\n      x\n",
	  HEAD "tasks:\n  - id: a\n    task: T\n    note: \"x\\n\" #c\n" },
	{ "a comment just after a byte order mark is kept (fuzz_fmt found it lost)",
	  "\xEF\xBB\xBF# the file\n" HEAD "tasks: []\n", "# the file\n" HEAD "tasks: []\n" },
	{ "a comment after a key and another after its value both stay",
	  HEAD "tasks:\n  - id: a\n    task: # c1\n      x # c2\n    lead: # c3\n"
	       "      [Văn phòng Bộ] # c4\n    note: # c5\n      \"x\\L y\" # c6\n",
	  HEAD "tasks:\n  - id: a\n    task: # c1\n      x # c2\n    lead: # c3\n      # c4\n"
	       "      - Văn phòng Bộ\n    note: # c5\n      \"x\\L y\" # c6\n" },
	{ "U+2028, U+2029 and a BOM inside text are escaped, the blanks around them kept",
	  HEAD "tasks:\n  - id: a\n    task: \"x \\L y\\Pz \\uFEFF\"\n",
	  HEAD "tasks:\n  - id: a\n    task: \"x \\L y\\Pz \\uFEFF\"\n" },
	{ "comments: the file's, an entry's, a line's end, an item's, the end's",
	  "# the file\nplan: p # the id\n# before title\ntitle: T\nissued: 2024-03-15\n"
	  "tasks: # the list\n  # before the task\n  - id: a # the id\n    task: X\n"
	  "    lead:\n      # before A\n      - A\n# the end\n",
	  "# the file\nplan: p # the id\n# before title\ntitle: T\nissued: 2024-03-15\n"
	  "tasks: # the list\n  # before the task\n  - id: a # the id\n    task: X\n"
	  "    lead:\n      # before A\n      - A\n# the end\n" },
	{ "a comment goes where its entry goes",
	  "plan: p\n# about the date\nissued: 2024-03-15\ntitle: T # the title\n",
	  "plan: p\ntitle: T # the title\n# about the date\nissued: 2024-03-15\n" },
	{ "the comment that ended a flow list ends its key's line",
	  HEAD "tasks:\n  - id: a\n    task: X\n    lead: [A, B] # two units\n",
	  HEAD "tasks:\n  - id: a\n    task: X\n    lead: # two units\n      - A\n      - B\n" },
	{ "blank lines: one where there were some, none at the start",
	  "\n\nplan: p\n\n\n# a group\ntitle: T\n\nissued: 2024-03-15\n",
	  "plan: p\n\n# a group\ntitle: T\n\nissued: 2024-03-15\n" },
	{ "document markers, CRLF and trailing blanks go",
	  "---\r\nplan: p   \r\ntitle: T # x   \r\nissued: 2024-03-15\r\n...\r\n",
	  "plan: p\ntitle: T # x\nissued: 2024-03-15\n" },
	{ "a unit registry",
	  "units:\n  - parent: Bộ Tư pháp\n    collective: true\n    name: Các đơn vị thuộc Bộ\n"
	  "  - {name: Cục CNTT, aliases: [CNTT]}\n",
	  "units:\n  - name: Các đơn vị thuộc Bộ\n    parent: Bộ Tư pháp\n    collective: true\n"
	  "  - name: Cục CNTT\n    aliases:\n      - CNTT\n" },
};

static void assert_fmt(const char *in, const char *want)
{
	struct plan_buf out = PLAN_BUF_INIT, again = PLAN_BUF_INIT;

	assert_int_equal(plan_fmt("t.yaml", in, strlen(in), &out, NULL), 0);
	assert_string_equal(out.s, want);
	assert_int_equal(plan_fmt("t.yaml", out.s, out.len, &again, NULL), 0);
	assert_string_equal(again.s, out.s); /* idempotent */
	plan_buf_release(&out);
	plan_buf_release(&again);
}

/*
 * Whether a value is written plain or quoted does not hang on where in it
 * the byte that decides is (the scan goes sixteen bytes at a time): each
 * such byte, and each harmless look-alike, at every offset of a text of
 * Vietnamese letters.
 */
static void test_plain_or_quoted_anywhere(void **state)
{
	static const struct {
		const char *bytes;
		bool quoted;
	} bytes[] = {
		{ ": ", true },           { ":x", false },           { " #", true },
		{ "x#", false },          { "\x01", true },          { "\x7F", true },
		{ "\t", true },           { "\xC2\x85", true },      { "\xC2\xA0", false },
		{ "\xE2\x80\xA8", true }, { "\xE2\x80\xA9", true },  { "\xE2\x80\x9C", false },
		{ "\xEF\xBB\xBF", true }, { "\xEF\xBC\x81", false }, { "ệ", false },
	};
	struct plan_buf text = PLAN_BUF_INIT, out = PLAN_BUF_INIT;

	(void)state;
	for (size_t c = 0; c < sizeof(bytes) / sizeof(bytes[0]); c++) {
		for (size_t at = 1; at < 40; at++) {
			plan_buf_reset(&text);
			plan_buf_reset(&out);
			for (size_t k = 0; k < at; k++)
				plan_buf_addstr(&text, k % 3 ? "a" : "ư");
			plan_buf_addstr(&text, bytes[c].bytes);
			plan_buf_addstr(&text, "ốc và");
			plan_fmt_scalar(&out, text.s, text.len, 0);
			print_message("case %zu at %zu\n", c, at);
			assert_int_equal(out.s[0] == '"', bytes[c].quoted);
		}
	}
	plan_buf_release(&text);
	plan_buf_release(&out);
}

static void test_layout(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		print_message("%s\n", cases[i].name);
		assert_fmt(cases[i].in, cases[i].want);
	}
}

static void test_not_yaml(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	assert_int_equal(plan_fmt("t.yaml", "a: [b\n", 6, &out, NULL), -1);
	assert_int_equal(out.len, 0);
	plan_buf_release(&out);
}

/* The plans and the comments of two texts are the same. */
static void assert_same(const char *name, const struct plan_buf *a, const struct plan_buf *b)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *x = NULL, *y = NULL;
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_buf ca = PLAN_BUF_INIT, cb = PLAN_BUF_INIT;
	struct plan_diff d;

	assert_int_equal(plan_set_load_buffer(&x, name, a->s, a->len, NULL, &diags), PLAN_LOAD_OK);
	assert_int_equal(plan_set_load_buffer(&y, name, b->s, b->len, NULL, &diags), PLAN_LOAD_OK);
	plan_diff_sets(x, y, engine, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(plan_fmt_comments(name, a->s, a->len, &ca), 0);
	assert_int_equal(plan_fmt_comments(name, b->s, b->len, &cb), 0);
	assert_string_equal(ca.s, cb.s); /* the shipped plans' comments keep their order too */
	plan_diff_release(&d);
	plan_set_free(x);
	plan_set_free(y);
	plan_deadlines_free(engine);
	plan_diags_release(&diags);
	plan_buf_release(&ca);
	plan_buf_release(&cb);
}

static void test_shipped_plans_are_canonical(void **state)
{
	DIR *dir = opendir(PLAN_SOURCE_DIR "/plans");
	struct dirent *e;
	size_t files = 0;

	(void)state;
	assert_non_null(dir);
	while ((e = readdir(dir)) != NULL) {
		struct plan_diags diags = PLAN_DIAGS_INIT;
		struct plan_buf path = PLAN_BUF_INIT, text = PLAN_BUF_INIT, out = PLAN_BUF_INIT;

		if (!strstr(e->d_name, ".yaml"))
			continue;
		plan_buf_addf(&path, PLAN_SOURCE_DIR "/plans/%s", e->d_name);
		print_message("%s\n", path.s);
		assert_int_equal(plan_file_read(path.s, &text, &diags), 0);
		assert_int_equal(plan_fmt(path.s, text.s, text.len, &out, NULL), 0);
		assert_string_equal(out.s, text.s);
		assert_same(path.s, &text, &out);
		files++;
		plan_buf_release(&path);
		plan_buf_release(&text);
		plan_buf_release(&out);
		plan_diags_release(&diags);
	}
	closedir(dir);
	assert_int_equal(files, 5);
}

static void test_messy_file_keeps_everything(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf text = PLAN_BUF_INIT, out = PLAN_BUF_INIT, a = PLAN_BUF_INIT,
			b = PLAN_BUF_INIT;
	const char *path = PLAN_SOURCE_DIR "/tests/cli/fixtures/fmt/messy.yaml";
	struct plan_set *x = NULL, *y = NULL;
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_diff d;

	(void)state;
	assert_int_equal(plan_file_read(path, &text, &diags), 0);
	assert_int_equal(plan_fmt(path, text.s, text.len, &out, NULL), 0);
	assert_int_equal(plan_set_load_buffer(&x, path, text.s, text.len, NULL, &diags),
			 PLAN_LOAD_OK);
	assert_int_equal(plan_set_load_buffer(&y, path, out.s, out.len, NULL, &diags),
			 PLAN_LOAD_OK);
	plan_diff_sets(x, y, engine, &d);
	assert_int_equal(d.n, 0);
	/* Every comment is still there, the same number of times (order may change). */
	plan_fmt_comments(path, text.s, text.len, &a);
	plan_fmt_comments(path, out.s, out.len, &b);
	assert_int_equal(a.len, b.len);
	for (char *line = a.s; *line; line = strchr(line, '\n') + 1) {
		size_t n = strcspn(line, "\n");
		struct plan_buf one = PLAN_BUF_INIT;

		plan_buf_add(&one, line, n);
		assert_non_null(strstr(b.s, one.s));
		plan_buf_release(&one);
	}
	plan_diff_release(&d);
	plan_set_free(x);
	plan_set_free(y);
	plan_deadlines_free(engine);
	plan_diags_release(&diags);
	plan_buf_release(&text);
	plan_buf_release(&out);
	plan_buf_release(&a);
	plan_buf_release(&b);
}

/* A file whose lines end at CR, NEL, LS or PS formats as the same file with LF. */
static void test_foreign_line_breaks(void **state)
{
	static const char *const lines[] = {
		"# the file",
		"plan: p",
		"title: t",
		"issued: 2025-01-01",
		"# own line",
		"tasks:",
		"  - id: \"1\"",
		"    # before the task",
		"    task: x",
		"    lead: [Cục A] # end",
		"    deadline: Năm 2025",
		"    note: | # header",
		"      dòng # not a comment",
		"    status: todo # last",
	};
	/* YAML keeps LS and PS in a block scalar's text; the others end a line. */
	static const struct {
		const char *bytes, *in_block;
	} breaks[] = { { "\r", "\\n" },
		       { "\r\n", "\\n" },
		       { "\xc2\x85", "\\n" },
		       { "\xe2\x80\xa8", "\\L" },
		       { "\xe2\x80\xa9", "\\P" } };
	struct plan_buf lf = PLAN_BUF_INIT, want = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		plan_buf_addf(&lf, "%s\n", lines[i]);
	assert_int_equal(plan_fmt("t.yaml", lf.s, lf.len, &want, NULL), 0);
	assert_non_null(strstr(want.s, "    # before the task\n    task: x\n"));
	assert_non_null(strstr(want.s, "    note: \"dòng # not a comment\\n\" # header\n"));
	for (size_t k = 0; k < sizeof(breaks) / sizeof(breaks[0]); k++) {
		struct plan_buf text = PLAN_BUF_INIT, out = PLAN_BUF_INIT, expect = PLAN_BUF_INIT;

		for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
			plan_buf_addf(&text, "%s%s", lines[i], breaks[k].bytes);
		print_message("break %zu\n", k);
		assert_int_equal(plan_fmt("t.yaml", text.s, text.len, &out, NULL), 0);
		/* as with LF, but for what YAML keeps in the block scalar */
		plan_buf_add(&expect, want.s, (size_t)(strstr(want.s, "\\n\" # header") - want.s));
		plan_buf_addstr(&expect, breaks[k].in_block);
		plan_buf_addstr(&expect, strstr(want.s, "\\n\" # header") + 2);
		assert_string_equal(out.s, expect.s);
		plan_buf_release(&text);
		plan_buf_release(&out);
		plan_buf_release(&expect);
	}
	plan_buf_release(&lf);
	plan_buf_release(&want);
}

/* The safety check counts comments itself: one dropped is noticed. */
static void test_keeps_notices_a_lost_comment(void **state)
{
	static const char before[] = "plan: p # id\ntitle: t\nissued: 2025-01-01\ntasks: []\n";
	static const char after[] = "plan: p\ntitle: t\nissued: 2025-01-01\ntasks: []\n";

	(void)state;
	assert_true(plan_fmt_keeps("t.yaml", before, strlen(before), before, strlen(before), NULL));
	assert_false(plan_fmt_keeps("t.yaml", before, strlen(before), after, strlen(after), NULL));
}

/* A file of a temporary directory, holding text (NULL: none). */
struct tmpfile {
	char dir[64], path[96];
};

/* Writes text over f's file. */
static void tmp_replace(const struct tmpfile *f, const char *text)
{
	FILE *out = fopen(f->path, "w");

	assert_non_null(out);
	assert_int_equal(fputs(text, out) >= 0, 1);
	assert_int_equal(fclose(out), 0);
}

/* Makes f's file, holding text, or no file when text is NULL. */
static void tmp_make(struct tmpfile *f, const char *text)
{
	snprintf(f->dir, sizeof(f->dir), "/tmp/plan-test-fmt.XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof(f->path), "%s/p.yaml", f->dir);
	if (text)
		tmp_replace(f, text);
}

static void tmp_assert_holds(const struct tmpfile *f, const char *want)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf text = PLAN_BUF_INIT;

	assert_int_equal(plan_file_read(f->path, &text, &diags), 0);
	assert_string_equal(text.s, want);
	plan_buf_release(&text);
	plan_diags_release(&diags);
}

static void tmp_remove(const struct tmpfile *f)
{
	unlink(f->path);
	assert_int_equal(rmdir(f->dir), 0);
}

/*
 * plan fmt on one file: a canonical one is left alone and its bytes are
 * its layout; a messy one changes, on disk only with write, and is
 * canonical then; what is not YAML, or not there, is unreadable - with a
 * diagnostic only for the file that cannot be read.
 */
static void test_fmt_file(void **state)
{
	static const char messy[] = "title: T\nplan: p # id\nissued: 2024-03-15\ntasks: [] \n";
	static const char tidy[] = "plan: p # id\ntitle: T\nissued: 2024-03-15\ntasks: []\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;
	struct tmpfile f;

	(void)state;
	tmp_make(&f, messy);
	assert_int_equal(plan_fmt_file(f.path, false, NULL, &out, &diags), PLAN_FMT_CHANGES);
	assert_string_equal(out.s, tidy);
	tmp_assert_holds(&f, messy);
	plan_buf_reset(&out);
	assert_int_equal(plan_fmt_file(f.path, true, NULL, NULL, &diags), PLAN_FMT_CHANGES);
	tmp_assert_holds(&f, tidy);
	assert_int_equal(plan_fmt_file(f.path, true, NULL, &out, &diags), PLAN_FMT_CANONICAL);
	assert_string_equal(out.s, tidy);
	assert_int_equal(diags.n, 0);
	tmp_remove(&f);

	tmp_make(&f, "a: [b\n");
	assert_int_equal(plan_fmt_file(f.path, true, NULL, NULL, &diags), PLAN_FMT_UNREADABLE);
	assert_int_equal(diags.n, 0);
	tmp_assert_holds(&f, "a: [b\n");
	tmp_remove(&f);

	tmp_make(&f, NULL);
	plan_buf_reset(&out);
	assert_int_equal(plan_fmt_file(f.path, false, NULL, &out, &diags), PLAN_FMT_UNREADABLE);
	assert_int_equal(diags.n, 1);
	assert_int_equal(out.len, 0);
	tmp_remove(&f);
	plan_buf_release(&out);
	plan_diags_release(&diags);
}

/* Loads a and b, keeping them for plan fmt as kept says. */
static struct plan_set *load_kept(const char *a, const char *b, struct plan_kept *kept)
{
	const char *const paths[] = { a, b };
	const struct plan_load_opts opts = { .keep = kept };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	assert_int_equal(plan_set_load(&set, paths, 2, &opts, &diags), PLAN_LOAD_OK);
	assert_int_equal(diags.n, 0);
	plan_diags_release(&diags);
	return set;
}

/*
 * plan fmt on files its load kept: laid out as they were read, from the
 * bytes read then, not read again - but a canonical file kept without its
 * bytes (-w, --check), which is read anew when its bytes are asked for.
 */
static void test_fmt_kept(void **state)
{
	static const char tidy[] = "plan: p # id\ntitle: T\nissued: 2024-03-15\ntasks: []\n";
	static const char other[] = "plan: q\ntitle: U\nissued: 2024-03-15\ntasks: []\n";
	static const char messy[] = "title: M\nplan: m\nissued: 2024-03-15\ntasks: [] \n";
	static const char messy_laid_out[] = "plan: m\ntitle: M\nissued: 2024-03-15\ntasks: []\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;
	struct tmpfile canonical, changes;

	(void)state;
	for (int every = 0; every < 2; every++) {
		struct plan_kept *kept = plan_kept_new(every);
		struct plan_set *set;

		print_message("every file's bytes: %d\n", every);
		tmp_make(&canonical, tidy);
		tmp_make(&changes, messy);
		set = load_kept(canonical.path, changes.path, kept);
		tmp_replace(&canonical, other);
		assert_int_equal(plan_fmt_kept(kept, canonical.path, false, NULL, NULL, &diags),
				 PLAN_FMT_CANONICAL);
		assert_int_equal(plan_fmt_kept(kept, canonical.path, false, NULL, &out, &diags),
				 PLAN_FMT_CANONICAL);
		assert_string_equal(out.s, every ? tidy : other);
		plan_buf_reset(&out);
		assert_int_equal(plan_fmt_kept(kept, changes.path, false, NULL, &out, &diags),
				 PLAN_FMT_CHANGES);
		assert_string_equal(out.s, messy_laid_out);
		tmp_assert_holds(&changes, messy);
		plan_buf_reset(&out);
		assert_int_equal(plan_fmt_kept(kept, changes.path, true, NULL, NULL, &diags),
				 PLAN_FMT_CHANGES);
		tmp_assert_holds(&changes, messy_laid_out);
		assert_int_equal(diags.n, 0);
		plan_set_free(set);
		plan_kept_free(kept);
		tmp_remove(&canonical);
		tmp_remove(&changes);
	}
	plan_buf_release(&out);
	plan_diags_release(&diags);
}

/*
 * The one check behind fmt, set and deliver (rewrite.c), as fmt runs it
 * (nothing may change): a changed value is refused; the comments of the
 * old text, when the caller hands them over, are the ones compared - the
 * old text is not read again for them.
 */
static void test_check_shared(void **state)
{
	static const char before[] = "plan: p # id\ntitle: t\nissued: 2025-01-01\ntasks: []\n";
	static const char moved[] = "# id\nplan: p\ntitle: t\nissued: 2025-01-01\ntasks: []\n";
	static const char other[] = "plan: p # id\ntitle: u\nissued: 2025-01-01\ntasks: []\n";
	const struct rewrite_rule nothing = { 0 };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf comments = PLAN_BUF_INIT;
	struct rewrite_old old = { .name = "t.yaml", .data = before, .len = strlen(before) };

	(void)state;
	assert_int_equal(rewrite_check(&old, moved, strlen(moved), NULL, &nothing, &diags, NULL),
			 REWRITE_KEPT);
	assert_int_equal(rewrite_check(&old, other, strlen(other), NULL, &nothing, &diags, NULL),
			 REWRITE_CHANGED);
	old.comments = &comments;
	plan_buf_addstr(&comments, "# id\n");
	assert_int_equal(rewrite_check(&old, moved, strlen(moved), NULL, &nothing, &diags, NULL),
			 REWRITE_KEPT);
	plan_buf_reset(&comments);
	plan_buf_addstr(&comments, "# not this one\n");
	assert_int_equal(rewrite_check(&old, moved, strlen(moved), NULL, &nothing, &diags, NULL),
			 REWRITE_COMMENTS);
	assert_int_equal(diags.n, 0);
	plan_buf_release(&comments);
	plan_diags_release(&diags);
}

/* The layout of text, as fmt_tree() writes it whole. */
static void lay_out_whole(const char *text, size_t len, struct plan_buf *out)
{
	struct ytree *t = ytree_read("big.yaml", text, len);

	assert_non_null(t);
	plan_buf_reset(out);
	fmt_tree(t, out, NULL);
	ytree_free(t);
}

/* fmt_tree_unless_same() on text: whether it is the layout, and what it left in out. */
static bool lay_out_unless_same(const char *text, size_t len, struct plan_buf *out)
{
	struct ytree *t = ytree_read("big.yaml", text, len);
	bool same;

	assert_non_null(t);
	same = fmt_tree_unless_same(t, out, NULL);
	ytree_free(t);
	return same;
}

/*
 * A file of several MB is compared with its layout by parts, each part
 * dropped once it matches: a canonical file is said to be so (and nothing
 * is left), and a file that differs before the first part, inside one, or
 * after the last gets the whole layout, byte for byte what fmt_tree() writes.
 */
static void test_compared_by_parts(void **state)
{
	struct plan_buf text = PLAN_BUF_INIT, canonical = PLAN_BUF_INIT, out = PLAN_BUF_INIT,
			whole = PLAN_BUF_INIT, changed = PLAN_BUF_INIT;
	/* where a change goes, as a fraction of the file: first part, middle, last bytes */
	static const double at[] = { 0.0001, 0.5, 0.9999 };

	(void)state;
	plan_buf_addstr(&text, "# kế hoạch lớn\nplan: lon\ntitle: Kế hoạch lớn\ntasks:\n");
	for (int i = 0; i < 30000; i++)
		plan_buf_addf(&text,
			      "\n  - task: Rà soát, cập nhật cơ sở dữ liệu quốc gia về dân cư %d\n"
			      "    id: \"%d\"\n"
			      "\n    lead: [Cục Công nghệ thông tin, Văn phòng Bộ]\n",
			      i, i + 1);
	lay_out_whole(text.s, text.len, &canonical);
	assert_true(canonical.len > 3 * (1 << 20));
	assert_true(lay_out_unless_same(canonical.s, canonical.len, &out));
	assert_int_equal(out.len, 0);
	/* the messy file is no layout: the layout comes whole */
	assert_false(lay_out_unless_same(text.s, text.len, &out));
	assert_int_equal(out.len, canonical.len);
	assert_memory_equal(out.s, canonical.s, canonical.len);
	for (size_t k = 0; k < sizeof(at) / sizeof(at[0]); k++) {
		/* a quoted id where the layout writes it plain, at the line after the cut */
		const char *cut =
		    strstr(canonical.s + (size_t)(at[k] * (double)canonical.len), "\n    lead:");

		assert_non_null(cut);
		plan_buf_reset(&changed);
		plan_buf_add(&changed, canonical.s, (size_t)(cut - canonical.s) + 1);
		plan_buf_addstr(&changed, "    note: \"ghi chú\"");
		plan_buf_addstr(&changed, cut);
		lay_out_whole(changed.s, changed.len, &whole);
		assert_false(lay_out_unless_same(changed.s, changed.len, &out));
		assert_int_equal(out.len, whole.len);
		assert_memory_equal(out.s, whole.s, whole.len);
	}
	plan_buf_release(&text);
	plan_buf_release(&canonical);
	plan_buf_release(&out);
	plan_buf_release(&whole);
	plan_buf_release(&changed);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_or_quoted_anywhere),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_not_yaml),
		cmocka_unit_test(test_shipped_plans_are_canonical),
		cmocka_unit_test(test_messy_file_keeps_everything),
		cmocka_unit_test(test_foreign_line_breaks),
		cmocka_unit_test(test_keeps_notices_a_lost_comment),
		cmocka_unit_test(test_fmt_file),
		cmocka_unit_test(test_fmt_kept),
		cmocka_unit_test(test_check_shared),
		cmocka_unit_test(test_compared_by_parts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
