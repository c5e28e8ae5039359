/*
 * test_load.c - loading files and directories (src/core/load.c): which
 * files, in which order, once each; unreadable, oversized and non-UTF-8
 * files; plan ids across files; unit registries.
 */
#include "testutil.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kept.h"
#include "plan/buf.h"
#include "plan/diff.h"
#include "plan/model.h"

#define E PLAN_ERROR

struct tmpdir {
	char path[64];
};

static void tmpdir_make(struct tmpdir *t)
{
	snprintf(t->path, sizeof(t->path), "%s", "/tmp/plan-test-load.XXXXXX");
	assert_non_null(mkdtemp(t->path));
}

static void tmpdir_remove(struct tmpdir *t)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", t->path);
	assert_int_equal(system(cmd), 0);
}

/* Writes len bytes of data to dir/name, making directories on the way. */
static void put(const struct tmpdir *t, const char *name, const char *data, size_t len)
{
	struct plan_buf path = PLAN_BUF_INIT;
	FILE *f;

	plan_buf_addf(&path, "%s/%s", t->path, name);
	for (char *s = path.s + strlen(t->path) + 1; (s = strchr(s, '/')); s++) {
		*s = '\0';
		mkdir(path.s, 0700);
		*s = '/';
	}
	f = fopen(path.s, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	plan_buf_release(&path);
}

static void put_plan(const struct tmpdir *t, const char *name, const char *id)
{
	struct plan_buf text = PLAN_BUF_INIT;

	plan_buf_addf(&text, "plan: %s\ntitle: T\nissued: 2024-03-15\ntasks: []\n", id);
	put(t, name, text.s, text.len);
	plan_buf_release(&text);
}

static enum plan_load_result load_dir(const struct tmpdir *t, const char *sub,
				      struct plan_set **set, struct plan_diags *diags,
				      const struct plan_load_opts *opts)
{
	struct plan_buf path = PLAN_BUF_INIT;
	const char *one;
	enum plan_load_result r;

	plan_buf_addf(&path, "%s%s%s", t->path, sub ? "/" : "", sub ? sub : "");
	one = path.s;
	r = plan_set_load(set, &one, 1, opts, diags);
	plan_buf_release(&path);
	return r;
}

static void test_directories_in_name_order(void **state)
{
	static const char registry[] = "units:\n  - name: Văn phòng Bộ\n";
	struct tmpdir t;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	(void)state;
	tmpdir_make(&t);
	put_plan(&t, "b.yaml", "b");
	put_plan(&t, "a.yml", "a");
	put_plan(&t, "sub/c.yaml", "c");
	put_plan(&t, ".hidden.yaml", "hidden");
	put_plan(&t, "notes.txt", "txt");
	put(&t, "units.yaml", registry, strlen(registry));
	assert_int_equal(load_dir(&t, NULL, &set, &diags, NULL), PLAN_LOAD_OK);
	assert_int_equal(diags.n, 0);
	assert_int_equal(set->n_plans, 3);
	assert_string_equal(set->plans[0]->id.s, "a");
	assert_string_equal(set->plans[1]->id.s, "b");
	assert_string_equal(set->plans[2]->id.s, "c");
	assert_int_equal(set->n_units, 1);
	assert_string_equal(set->units[0]->name.s, "Văn phòng Bộ");
	assert_non_null(strstr(set->units[0]->path, "units.yaml"));
	plan_set_free(set);
	plan_diags_release(&diags);
	tmpdir_remove(&t);
}

static void test_empty_directory(void **state)
{
	struct tmpdir t;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	(void)state;
	tmpdir_make(&t);
	assert_int_equal(load_dir(&t, NULL, &set, &diags, NULL), PLAN_LOAD_OK);
	assert_int_equal(diags.n, 0);
	assert_int_equal(set->n_plans, 0);
	assert_int_equal(set->n_units, 0);
	plan_set_free(set);
	plan_diags_release(&diags);
	tmpdir_remove(&t);
}

static void test_named_file_loads_whatever_its_name(void **state)
{
	struct tmpdir t;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	(void)state;
	tmpdir_make(&t);
	put_plan(&t, "plan.txt", "p");
	assert_int_equal(load_dir(&t, "plan.txt", &set, &diags, NULL), PLAN_LOAD_OK);
	assert_int_equal(set->n_plans, 1);
	assert_string_equal(set->plans[0]->id.s, "p");
	plan_set_free(set);
	plan_diags_release(&diags);
	tmpdir_remove(&t);
}

static void test_each_file_once(void **state)
{
	struct tmpdir t;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	struct plan_buf dir = PLAN_BUF_INIT, file = PLAN_BUF_INIT;
	const char *paths[2];

	(void)state;
	tmpdir_make(&t);
	put_plan(&t, "a.yaml", "a");
	plan_buf_addf(&dir, "%s", t.path);
	plan_buf_addf(&file, "%s/a.yaml", t.path);
	paths[0] = dir.s;
	paths[1] = file.s;
	assert_int_equal(plan_set_load(&set, paths, 2, NULL, &diags), PLAN_LOAD_OK);
	assert_int_equal(set->n_plans, 1);
	plan_set_free(set);
	plan_diags_release(&diags);
	plan_buf_release(&dir);
	plan_buf_release(&file);
	tmpdir_remove(&t);
}

static void test_missing_path_is_unreadable(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	const char *path = "/nonexistent/plan.yaml";

	(void)state;
	assert_int_equal(plan_set_load(&set, &path, 1, NULL, &diags), PLAN_LOAD_UNREADABLE);
	assert_int_equal(diags.n, 1);
	assert_null(diags.v[0].file);
	assert_string_equal(diags.v[0].message,
			    "cannot open '/nonexistent/plan.yaml': No such file or directory");
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_duplicate_plan_ids_across_files(void **state)
{
	struct tmpdir t;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	(void)state;
	tmpdir_make(&t);
	put_plan(&t, "a.yaml", "same");
	put_plan(&t, "b.yaml", "same");
	assert_int_equal(load_dir(&t, NULL, &set, &diags, NULL), PLAN_LOAD_INVALID);
	assert_int_equal(diags.n, 1);
	assert_string_equal(diags.v[0].code, "duplicate-plan");
	assert_non_null(strstr(diags.v[0].file, "b.yaml"));
	assert_int_equal(diags.v[0].pos.line, 1);
	assert_int_equal(diags.v[0].pos.column, 7);
	assert_non_null(strstr(diags.v[0].message, "duplicate plan id 'same' (also in "));
	assert_non_null(strstr(diags.v[0].message, "a.yaml:1)"));
	plan_set_free(set);
	plan_diags_release(&diags);
	tmpdir_remove(&t);
}

static void test_size_limit(void **state)
{
	struct tmpdir t;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	const struct plan_load_opts small = { .max_file_bytes = 40 };

	(void)state;
	tmpdir_make(&t);
	put_plan(&t, "a.yaml", "a"); /* 46 bytes */
	assert_int_equal(load_dir(&t, "a.yaml", &set, &diags, &small), PLAN_LOAD_INVALID);
	assert_int_equal(diags.n, 1);
	assert_string_equal(diags.v[0].code, "too-large");
	assert_int_equal(diags.v[0].pos.line, 0);
	assert_string_equal(diags.v[0].message,
			    "the file is too large (46 bytes; the limit is 40)");
	assert_int_equal(set->n_plans, 0);
	plan_set_free(set);
	plan_diags_release(&diags);
	tmpdir_remove(&t);
}

static void test_invalid_utf8(void **state)
{
	static const char text[] = "plan: p\ntitle: Th\xE1ng 3\nissued: 2024-03-15\n"
				   "tasks: [\xFF, \xC0\x80]\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	const struct want_diag want[] = {
		{ "bad-utf8", 2, 10, E, "invalid UTF-8: byte 0xE1 at offset 17" },
		{ "bad-utf8", 4, 9, E, "invalid UTF-8: byte 0xFF at offset 50" },
		{ "bad-utf8", 4, 12, E, "invalid UTF-8: byte 0xC0 at offset 53" },
		{ "bad-utf8", 4, 13, E, "invalid UTF-8: byte 0x80 at offset 54" },
	};

	(void)state;
	assert_int_equal(plan_set_load_buffer(&set, "t.yaml", text, sizeof(text) - 1, NULL, &diags),
			 PLAN_LOAD_INVALID);
	assert_diags(&diags, want, 4);
	assert_int_equal(set->n_plans, 0);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_utf16_is_named(void **state)
{
	static const char text[] = "\xFF\xFEp\0l\0a\0n\0";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	const struct want_diag want[] = {
		{ "bad-utf8", 1, 1, E, "the file is in UTF-16; plan files must be UTF-8" },
	};

	(void)state;
	plan_set_load_buffer(&set, "t.yaml", text, sizeof(text) - 1, NULL, &diags);
	assert_diags(&diags, want, 1);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_diagnostics_sorted_within_a_file(void **state)
{
	/* The missing key is found at the end but belongs to line 5. */
	static const char text[] = "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
				   "  - task: X\n    statu: done\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	const struct want_diag want[] = {
		{ "missing-key", 5, 5, E, "missing required key 'id' in task" },
		{ "unknown-key", 6, 5, E, "unknown key 'statu' in task; did you mean 'status'?" },
	};

	(void)state;
	assert_diags(&diags, want, 2);
	plan_set_free(set);
	plan_diags_release(&diags);
}

/*
 * Past a syntax error: the item it is in is left out and the rest is read,
 * error after error; an error in a plan's header, or one that leaving the
 * item out does not get past, stops the file as before.
 */
static void test_read_past_syntax_errors(void **state)
{
	static const char head[] = "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n";
	struct plan_buf text = PLAN_BUF_INIT;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set;
	const struct want_diag want[] = {
		{ "syntax", 6, 1, E, "a tab: indent with spaces" },
		{ "skipped", 6, 1, PLAN_NOTE, "lines 5-6, the item with the syntax error" },
		{ "syntax", 8, 12, E, "a text with ': ' in it must be quoted" },
		{ "skipped", 8, 12, PLAN_NOTE, "lines 7-8, the item" },
		{ "unknown-key", 11, 5, E, "unknown key 'statu' in task" },
	};

	(void)state;
	plan_buf_addf(&text,
		      "%s  - id: \"1\"\n\ttask: A\n  - id: \"2\"\n    task: B: C\n"
		      "  - id: \"3\"\n    task: D\n    statu: done\n  - id: \"4\"\n    task: E\n",
		      head);
	set = load_text(text.s, &diags);
	assert_diags(&diags, want, 5);
	assert_int_equal(set->n_plans, 1);
	assert_int_equal(set->plans[0]->n_tasks, 2);
	assert_string_equal(set->plans[0]->tasks[0]->id.s, "3");
	plan_set_free(set);
	plan_diags_release(&diags);

	/* In the header: the error alone, no plan. */
	set = load_text("plan: p\ntitle: A: B\nissued: 2024-03-15\ntasks: []\n", &diags);
	assert_int_equal(diags.n, 1);
	assert_int_equal(set->n_plans, 0);
	plan_set_free(set);
	plan_diags_release(&diags);

	/* More broken items than are read past: the errors met, and where reading stopped. */
	plan_buf_reset(&text);
	plan_buf_addstr(&text, head);
	for (int i = 0; i < 30; i++)
		plan_buf_addf(&text, "  - id: \"%d\"\n\ttask: X\n", i);
	set = load_text(text.s, &diags);
	assert_int_equal(diags.errors, 21);
	assert_int_equal(diags.v[0].pos.line, 6);
	assert_int_equal(diags.v[diags.n - 2].pos.line, 6 + 2 * 20);
	assert_non_null(strstr(diags.v[diags.n - 1].message, "no more is read past syntax errors"));
	assert_int_equal(set->n_plans, 0);
	plan_set_free(set);
	plan_diags_release(&diags);
	plan_buf_release(&text);
}

/* The diagnostics as text, each "LINE:COLUMN: code: message", and the tasks. */
static void describe(const struct plan_set *set, const struct plan_diags *diags,
		     struct plan_buf *out)
{
	for (size_t i = 0; i < diags->n; i++)
		plan_buf_addf(out, "%u:%u: %s: %s\n", (unsigned)diags->v[i].pos.line,
			      (unsigned)diags->v[i].pos.column,
			      diags->v[i].code ? diags->v[i].code : "-", diags->v[i].message);
	for (size_t i = 0; i < set->n_plans; i++)
		plan_buf_addf(out, "plan %s: %zu tasks\n", set->plans[i]->id.s,
			      set->plans[i]->n_tasks);
}

/* Describes what loading p.yaml in t for plan fmt (its tree kept) says and gives. */
static void load_kept(const struct tmpdir *t, struct plan_buf *out)
{
	struct plan_kept *kept = plan_kept_new(true);
	const struct plan_load_opts opts = { .keep = kept };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	load_dir(t, "p.yaml", &set, &diags, &opts);
	describe(set, &diags, out);
	plan_set_free(set);
	plan_kept_free(kept);
	plan_diags_release(&diags);
}

/*
 * A file is read in chunks (16 KiB, libyaml's) and parsed as it comes; a
 * line break editors do not count, bad UTF-8 or UTF-16 make the loader read
 * it whole instead.  Whatever a file holds and wherever a chunk ends - in a
 * CR LF, in a NEL or LS, before a bad byte - loading the file says exactly
 * what loading its bytes from memory says, and what loading it from its
 * YAML tree for plan fmt says.
 */
static void test_file_read_in_chunks_as_whole(void **state)
{
	static const char *const inserts[] = {
		"\r",           "\r\n", "\xC2\x85",     "\xE2\x80\xA8",
		"\xE2\x80\xA9", "\xFF", "\xE2\x80\x93", "\xC3",
	};
	enum { CHUNK = 16384 };
	static const size_t at[] = { CHUNK - 6, CHUNK - 3, CHUNK - 2, CHUNK - 1,
				     CHUNK,     CHUNK + 1, 30001,     40000 };
	struct plan_buf base = PLAN_BUF_INIT, text = PLAN_BUF_INIT;
	struct tmpdir t;

	(void)state;
	tmpdir_make(&t);
	plan_buf_addstr(&base, "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n");
	for (int i = 1; base.len < 45000; i++) {
		size_t xs = 70;

		plan_buf_addf(&base, "  - id: '%d'\n    task: \"Việc ", i);
		if (base.len < CHUNK + 8 && base.len + xs + 40 > CHUNK - 8)
			xs = CHUNK + 8 - base.len; /* x's all round the first chunk's end */
		plan_buf_addchars(&base, 'x', xs);
		plan_buf_addstr(&base, "\"\n");
	}
	plan_buf_addstr(&base, "    statu: done\n");
	for (size_t k = 0; k <= sizeof(inserts) / sizeof(inserts[0]); k++) {
		for (size_t a = 0; a < sizeof(at) / sizeof(at[0]); a++) {
			struct plan_buf from_file = PLAN_BUF_INIT, from_memory = PLAN_BUF_INIT;
			struct plan_diags d1 = PLAN_DIAGS_INIT, d2 = PLAN_DIAGS_INIT;
			struct plan_set *s1 = NULL, *s2 = NULL;
			size_t o = at[a];

			plan_buf_reset(&text);
			plan_buf_add(&text, base.s, base.len);
			if (k < sizeof(inserts) / sizeof(inserts[0])) {
				while (text.s[o] != 'x')
					o++; /* inside a quoted text */
				assert_true(o == at[a] || at[a] > CHUNK + 8);
				memcpy(text.s + o, inserts[k], strlen(inserts[k]));
			} else if (a == 0) {
				plan_buf_addch(&text, '\r'); /* a CR at the very end */
			}
			put(&t, "p.yaml", text.s, text.len);
			load_dir(&t, "p.yaml", &s1, &d1, NULL);
			plan_set_load_buffer(&s2, "p.yaml", text.s, text.len, NULL, &d2);
			describe(s1, &d1, &from_file);
			describe(s2, &d2, &from_memory);
			if (strcmp(from_file.s, from_memory.s) != 0)
				fail_msg("insert %zu at %zu:\nfile:\n%s\nmemory:\n%s", k, o,
					 from_file.s, from_memory.s);
			plan_buf_reset(&from_memory);
			load_kept(&t, &from_memory);
			if (strcmp(from_file.s, from_memory.s) != 0)
				fail_msg("insert %zu at %zu:\nfile:\n%s\nits tree:\n%s", k, o,
					 from_file.s, from_memory.s);
			assert_true(d1.n > 0); /* statu, at least */
			plan_set_free(s1);
			plan_set_free(s2);
			plan_diags_release(&d1);
			plan_diags_release(&d2);
			plan_buf_release(&from_file);
			plan_buf_release(&from_memory);
		}
	}
	plan_buf_release(&base);
	plan_buf_release(&text);
	tmpdir_remove(&t);
}

/*
 * A file kept with its layout holds what plan_fmt() lays out from its
 * bytes: nothing when that is the bytes themselves, else the layout and
 * its comments.
 */
static void assert_laid_out_as_fmt(const struct plan_kept_file *f)
{
	struct plan_buf out = PLAN_BUF_INIT, comments = PLAN_BUF_INIT;

	assert_int_equal(plan_fmt(f->path, f->data, f->len, &out, &comments), 0);
	assert_int_equal(f->same, out.len == f->len && memcmp(out.s, f->data, f->len) == 0);
	if (!f->same) {
		assert_int_equal(f->layout.len, out.len);
		assert_memory_equal(f->layout.s, out.s, out.len);
		assert_int_equal(f->comments.len, comments.len);
		assert_memory_equal(f->comments.s, comments.s, comments.len);
	}
	plan_buf_release(&out);
	plan_buf_release(&comments);
}

/*
 * A load that keeps each file for plan fmt (plan_load_opts.keep) reads
 * the plans from the file's YAML tree, read once: it says exactly what the
 * load from the file says, in the same order, and gives the same plans
 * and registries.  A file whose tree cannot be read (any YAML-level error)
 * is loaded as always, and kept without a tree.
 */
static void test_file_read_from_its_tree(void **state)
{
	static const struct {
		const char *name, *text;
		bool tree;
	} cases[] = {
		{ "a plan with sections and subtasks",
		  "# đầu\nplan: p\ntitle: T\nissued: 2024-03-15\nsections:\n  - id: I\n    tasks:\n"
		  "      - id: \"1\"\n        task: Rà soát # c\n        lead: [Văn phòng Bộ]\n"
		  "        subtasks:\n          - {id: \"1.1\", task: Con, deadline: Tháng 3}\n",
		  true },
		{ "schema errors and a warning for NFC, at the same places",
		  "plan: p\ntitle: T\nissued: 2024-13-15\ntasks:\n  - id: \"1\"\n    task: "
		  "e\xCC\x81\n"
		  "    statu: done\n    tasks: []\n  - id: \"2\"\n    task: ~\n",
		  true },
		{ "a unit registry",
		  "units:\n  - name: Cục X\n    parent: Bộ Y\n    aliases: [CX]\n", true },
		{ "CR LF, a BOM, a NEL in a quoted text",
		  "\xEF\xBB\xBFplan: p\r\ntitle: \"T\xC2\x85U\"\r\nissued: 2024-03-15\r\ntasks: "
		  "[]\r\n",
		  true },
		{ "an old Mac file", "plan: p\rtitle: T\rissued: 2024-03-15\rtasks: []\r", true },
		{ "a syntax error", "plan: p\ntitle: \"T\nissued: 2024-03-15\ntasks: []\n", false },
		{ "an anchor", "plan: &a p\ntitle: T\nissued: 2024-03-15\ntasks: []\n", false },
		{ "a control character",
		  "plan: p\ntitle: \"T\\u0007\"\nissued: 2024-03-15\ntasks: []\n", false },
		{ "two documents", "plan: p\ntitle: T\nissued: 2024-03-15\ntasks: []\n---\nx: 1\n",
		  false },
		{ "not a mapping", "- 1\n- 2\n", true },
		{ "empty", "", false },
	};
	struct tmpdir t;

	(void)state;
	tmpdir_make(&t);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct plan_buf from_file = PLAN_BUF_INIT, from_tree = PLAN_BUF_INIT;
		struct plan_diags d1 = PLAN_DIAGS_INIT, d2 = PLAN_DIAGS_INIT;
		struct plan_kept *kept = plan_kept_new(true);
		const struct plan_load_opts opts = { .keep = kept };
		struct plan_set *s1 = NULL, *s2 = NULL;
		struct plan_diff d = { 0 };
		const struct plan_kept_file *f;

		print_message("%s\n", cases[i].name);
		put(&t, "p.yaml", cases[i].text, strlen(cases[i].text));
		assert_int_equal(load_dir(&t, "p.yaml", &s1, &d1, NULL),
				 load_dir(&t, "p.yaml", &s2, &d2, &opts));
		describe(s1, &d1, &from_file);
		describe(s2, &d2, &from_tree);
		assert_string_equal(from_tree.s, from_file.s);
		assert_int_equal(d1.errors, d2.errors);
		plan_diff_sets(s1, s2, NULL, &d);
		assert_int_equal(d.n, 0);
		assert_int_equal(s1->n_units, s2->n_units);
		assert_int_equal(kept->n, 1);
		f = plan_kept_find(kept, s2->files[0]);
		assert_non_null(f);
		assert_int_equal(f->len, strlen(cases[i].text));
		assert_memory_equal(f->data, cases[i].text, f->len);
		assert_int_equal(f->laid_out, cases[i].tree);
		if (f->laid_out)
			assert_laid_out_as_fmt(f);
		{ /* and so from memory: a copy of the bytes kept */
			struct plan_buf from_memory = PLAN_BUF_INIT;
			struct plan_diags d3 = PLAN_DIAGS_INIT;
			struct plan_set *s3 = NULL;

			plan_set_load_buffer(&s3, s2->files[0], cases[i].text,
					     strlen(cases[i].text), &opts, &d3);
			describe(s3, &d3, &from_memory);
			assert_string_equal(from_memory.s, from_file.s);
			assert_int_equal(kept->n, 2);
			assert_int_equal(kept->v[1].laid_out, cases[i].tree);
			assert_ptr_not_equal(kept->v[1].data, cases[i].text);
			plan_set_free(s3);
			plan_diags_release(&d3);
			plan_buf_release(&from_memory);
		}
		plan_diff_release(&d);
		plan_set_free(s1);
		plan_set_free(s2);
		plan_kept_free(kept);
		plan_diags_release(&d1);
		plan_diags_release(&d2);
		plan_buf_release(&from_file);
		plan_buf_release(&from_tree);
	}
	tmpdir_remove(&t);
}

/*
 * A large file read from its tree keeps the tree's texts rather than
 * copying them (ytree_give_texts()), the tree being freed once laid out:
 * it gives the plans the file gives, texts read as NFC among them, and its
 * layout is plan_fmt()'s.  (Under AddressSanitizer, a text freed with the
 * tree would be a read after free.)
 */
static void test_large_file_keeps_its_tree_texts(void **state)
{
	struct plan_buf text = PLAN_BUF_INIT;
	struct plan_kept *kept = plan_kept_new(true);
	const struct plan_load_opts opts = { .keep = kept };
	struct plan_diags d1 = PLAN_DIAGS_INIT, d2 = PLAN_DIAGS_INIT;
	struct plan_set *s1 = NULL, *s2 = NULL;
	struct plan_diff d = { 0 };

	(void)state;
	plan_buf_addstr(&text, "# a large plan\nplan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n");
	for (size_t i = 1; text.len < 3 * 1024 * 1024; i++)
		plan_buf_addf(
		    &text,
		    "  - id: \"%zu\"\n    task: Rà soát văn bản số %zu # c\n"
		    "    lead: [Văn phòng Bộ, \"Cục %zu\"]\n    deadline: Tháng %zu/2024\n"
		    "    note: \"Cafe\xCC\x81 %zu\"\n",
		    i, i, i % 7, i % 12 + 1, i);
	assert_int_equal(plan_set_load_buffer(&s1, "p.yaml", text.s, text.len, NULL, &d1),
			 plan_set_load_buffer(&s2, "p.yaml", text.s, text.len, &opts, &d2));
	assert_int_equal(d1.n, d2.n); /* the NFC warnings */
	assert_true(d1.n > 0);
	plan_diff_sets(s1, s2, NULL, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(s2->plans[0]->n_tasks, s1->plans[0]->n_tasks);
	assert_string_equal(s2->plans[0]->tasks[0]->note.s, "Café 1");
	assert_int_equal(kept->n, 1);
	assert_true(kept->v[0].laid_out);
	assert_laid_out_as_fmt(&kept->v[0]);
	plan_diff_release(&d);
	plan_set_free(s1);
	plan_set_free(s2);
	plan_kept_free(kept);
	plan_diags_release(&d1);
	plan_diags_release(&d2);
	plan_buf_release(&text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_directories_in_name_order),
		cmocka_unit_test(test_empty_directory),
		cmocka_unit_test(test_named_file_loads_whatever_its_name),
		cmocka_unit_test(test_each_file_once),
		cmocka_unit_test(test_missing_path_is_unreadable),
		cmocka_unit_test(test_duplicate_plan_ids_across_files),
		cmocka_unit_test(test_size_limit),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_utf16_is_named),
		cmocka_unit_test(test_diagnostics_sorted_within_a_file),
		cmocka_unit_test(test_read_past_syntax_errors),
		cmocka_unit_test(test_file_read_in_chunks_as_whole),
		cmocka_unit_test(test_file_read_from_its_tree),
		cmocka_unit_test(test_large_file_keeps_its_tree_texts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
