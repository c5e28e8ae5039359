/*
 * test_git.c - plans read through git(1) (src/core/git.c, gitlog.c,
 * gitrun.c), in a real repository made for the test in a temporary
 * directory: a revision's plans, a file's commits and versions, and the
 * commit a work tree is at, clean or not.
 */
#include "testutil.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan/git.h"
#include "alloc.h"
#include "gitrun.h"

#define TASK(deadline) \
	"tasks:\n  - {id: \"1\", task: Rà soát, lead: [Bộ], deadline: " deadline "}\n"

static const char v1[] = PLAN_HEADER TASK("Tháng 1/2024");
static const char v2[] = PLAN_HEADER TASK("Quý II/2024");
static const char v3[] = PLAN_HEADER TASK("Quý III/2024");

/* The scratch directory: repo/ (the repository) and outside/ (no repository). */
static char top[] = "/tmp/plan-test-git.XXXXXX";
static char repo[sizeof(top) + 8], outside[sizeof(top) + 8];

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

/* Runs a shell command in the current directory; the test fails unless it succeeds. */
static void sh(const char *command)
{
	if (system(command) != 0)
		fail_msg("failed: %s", command);
}

/* A git that reads no configuration of the machine's and signs commits with fixed names. */
static void quiet_git(void)
{
	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	unsetenv("GIT_INDEX_FILE");
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
	setenv("GIT_CEILING_DIRECTORIES", top, 1);
	setenv("HOME", top, 1);
	setenv("GIT_AUTHOR_NAME", "Nguyễn Văn A", 1);
	setenv("GIT_AUTHOR_EMAIL", "a@moj.gov.vn", 1);
	setenv("GIT_COMMITTER_NAME", "Nguyễn Văn A", 1);
	setenv("GIT_COMMITTER_EMAIL", "a@moj.gov.vn", 1);
}

static void commit(const char *date, const char *subject)
{
	char command[256];

	setenv("GIT_AUTHOR_DATE", date, 1);
	setenv("GIT_COMMITTER_DATE", date, 1);
	snprintf(command, sizeof(command),
		 "git -c user.name=A -c user.email=a@b add -A && "
		 "git -c user.name=A -c user.email=a@b commit -q -m '%s'",
		 subject);
	sh(command);
}

/*
 * Makes the repository: plans/p.yaml written (v1), its deadline moved
 * (v2), renamed plans/plan.yaml beside a broken plan in bad/, a plan
 * under a hidden directory and a directory of no plans, then its deadline
 * moved again (v3); then works in it.
 */
static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(top))
		return -1;
	snprintf(repo, sizeof(repo), "%s/repo", top);
	snprintf(outside, sizeof(outside), "%s/outside", top);
	quiet_git();
	if (mkdir(repo, 0700) != 0 || mkdir(outside, 0700) != 0 || chdir(repo) != 0)
		return -1;
	sh("git init -q -b main && mkdir plans bad plans/.old .hid docs");
	write_file("plans/p.yaml", v1);
	commit("2024-07-01T08:00:00+07:00", "Kế hoạch ban đầu");
	write_file("plans/p.yaml", v2);
	commit("2024-07-02T08:00:00+07:00", "Lùi thời hạn");
	sh("git mv plans/p.yaml plans/plan.yaml");
	write_file("bad/b.yaml", "plan: [p\n");
	write_file("plans/.old/h.yaml", v1);
	write_file(".hid/h.yaml", v1);
	write_file("docs/readme.txt", "không phải kế hoạch\n");
	commit("2024-07-03T08:00:00+07:00", "Đổi tên");
	write_file("plans/plan.yaml", v3);
	commit("2024-07-04T08:00:00+07:00", "Lùi nữa");
	return 0;
}

static int teardown(void **state)
{
	char command[sizeof(top) + 16];

	(void)state;
	if (chdir("/") != 0)
		return -1;
	snprintf(command, sizeof(command), "rm -rf '%s'", top);
	return system(command) == 0 ? 0 : -1;
}

/* Asserts that diags hold exactly one error, without a file, whose message starts with want. */
static void assert_one_error(const struct plan_diags *diags, const char *want)
{
	if (diags->n != 1)
		print_diags(diags);
	assert_int_equal(diags->n, 1);
	assert_null(diags->v[0].file);
	assert_int_equal(diags->v[0].severity, PLAN_ERROR);
	if (strncmp(diags->v[0].message, want, strlen(want)) != 0)
		fail_msg("got '%s', want '%s...'", diags->v[0].message, want);
}

static enum plan_load_result load(const char *rev, const char *path, const char *where,
				  struct plan_set **set, struct plan_diags *diags)
{
	const char *paths[] = { path };

	return plan_git_load_revision(rev, paths, 1, where, NULL, set, diags);
}

/* The plans of a revision, named REV:PATH from the top; the hidden directory's are not read. */
static void test_load_revision(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	(void)state;
	assert_int_equal(load("HEAD", ".", NULL, &set, &diags), PLAN_LOAD_INVALID);
	assert_null(set); /* bad/b.yaml is broken */
	assert_true(diags.errors > 0);
	assert_string_equal(diags.v[0].file, "HEAD:bad/b.yaml");
	plan_diags_release(&diags);

	assert_int_equal(load("HEAD", "plans", NULL, &set, &diags), PLAN_LOAD_OK);
	assert_int_equal(diags.n, 0);
	assert_int_equal(set->n_files, 1);
	assert_string_equal(set->files[0], "HEAD:plans/plan.yaml");
	assert_int_equal(set->n_plans, 1);
	assert_string_equal(set->plans[0]->id.s, "p");
	plan_set_free(set);
	set = NULL;

	/* An older revision, and paths read from a directory below the top. */
	assert_int_equal(chdir("plans"), 0);
	assert_int_equal(load("HEAD~2", ".", NULL, &set, &diags), PLAN_LOAD_OK);
	assert_int_equal(chdir(".."), 0);
	assert_string_equal(set->files[0], "HEAD~2:plans/p.yaml");
	assert_int_equal(set->n_files, 1);
	plan_set_free(set);
}

/*
 * Hidden as the work tree's loader has it: a hidden directory named is
 * read, from the top or below it; one found under what is named is not.
 */
static void test_load_revision_hidden(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	(void)state;
	assert_int_equal(load("HEAD", "plans/.old", NULL, &set, &diags), PLAN_LOAD_OK);
	assert_int_equal(set->n_files, 1);
	assert_string_equal(set->files[0], "HEAD:plans/.old/h.yaml");
	plan_set_free(set);
	set = NULL;
	assert_int_equal(load("HEAD", ".hid", NULL, &set, &diags), PLAN_LOAD_OK);
	assert_string_equal(set->files[0], "HEAD:.hid/h.yaml");
	plan_set_free(set);
	set = NULL;
	assert_int_equal(chdir("plans"), 0);
	assert_int_equal(load("HEAD", "./.old/../.old", NULL, &set, &diags), PLAN_LOAD_OK);
	assert_string_equal(set->files[0], "HEAD:plans/.old/h.yaml");
	plan_set_free(set);
	set = NULL;
	assert_int_equal(load("HEAD", ".", NULL, &set, &diags), PLAN_LOAD_OK);
	assert_int_equal(set->n_files, 1);
	assert_string_equal(set->files[0], "HEAD:plans/plan.yaml");
	plan_set_free(set);
	set = NULL;
	assert_int_equal(chdir(".."), 0);
	assert_int_equal(load("HEAD", ".", NULL, &set, &diags), PLAN_LOAD_INVALID);
	for (size_t i = 0; i < diags.n; i++)
		assert_null(strstr(diags.v[i].file ? diags.v[i].file : "", "/."));
	assert_int_equal(diags.v[0].file[5], 'b'); /* HEAD:bad/b.yaml, not HEAD:.hid/h.yaml */
	plan_diags_release(&diags);
}

/* Each way of failing: one error without a file, and *out untouched. */
static void test_load_revision_fails(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = (struct plan_set *)&diags; /* a sentinel: must stay */

	(void)state;
	assert_int_equal(load("nope", "plans", NULL, &set, &diags), PLAN_LOAD_UNREADABLE);
	assert_one_error(&diags, "no revision 'nope' in a git work tree here");
	plan_diags_release(&diags);

	assert_int_equal(load("HEAD", "docs", "docs", &set, &diags), PLAN_LOAD_UNREADABLE);
	assert_one_error(&diags, "no plan files in docs at HEAD");
	plan_diags_release(&diags);

	/* A file the first revision did not have. */
	assert_int_equal(load("HEAD~3", "bad", NULL, &set, &diags), PLAN_LOAD_UNREADABLE);
	assert_one_error(&diags, "no plan files in those paths at HEAD~3");
	plan_diags_release(&diags);

	assert_int_equal(load("HEAD", "../outside", NULL, &set, &diags), PLAN_LOAD_UNREADABLE);
	assert_one_error(&diags, "HEAD: git says: fatal: ");
	plan_diags_release(&diags);

	assert_int_equal(chdir(outside), 0);
	assert_int_equal(load("HEAD", ".", NULL, &set, &diags), PLAN_LOAD_UNREADABLE);
	assert_one_error(&diags, "no revision 'HEAD' in a git work tree here");
	assert_int_equal(plan_git_verify_revision("HEAD", &diags), -1);
	assert_int_equal(chdir(repo), 0);
	assert_int_equal(plan_git_verify_revision("HEAD~1", &diags), 0);
	assert_int_equal(diags.n, 2);
	plan_diags_release(&diags);
	assert_ptr_equal(set, &diags);
}

static void test_blob(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	assert_int_equal(plan_git_blob("HEAD~2", "plans/p.yaml", &out), 0);
	assert_string_equal(out.s, v2);
	plan_buf_reset(&out);
	assert_int_equal(plan_git_blob("HEAD", "plans/p.yaml", &out), -1);
	assert_int_equal(plan_git_blob("nope", "plans/plan.yaml", &out), -1);
	plan_buf_release(&out);
}

/* A file's commits, oldest first, through its rename, each with the path it had. */
static void test_log(void **state)
{
	static const char *const subjects[] = { "Kế hoạch ban đầu", "Lùi thời hạn", "Đổi tên",
						"Lùi nữa" };
	static const char *const paths[] = { "plans/p.yaml", "plans/p.yaml", "plans/plan.yaml",
					     "plans/plan.yaml" };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_git_commits c;

	(void)state;
	assert_int_equal(plan_git_log("plans/plan.yaml", &c, &diags), 0);
	assert_int_equal(diags.n, 0);
	assert_int_equal(c.n, 4);
	for (size_t i = 0; i < c.n; i++) {
		const struct plan_history_commit *h = &c.v[i].commit;

		assert_string_equal(h->subject, subjects[i]);
		assert_string_equal(c.v[i].path, paths[i]);
		assert_string_equal(h->author, "Nguyễn Văn A");
		assert_int_equal(strlen(h->hash), 40);
		assert_int_equal(strncmp(h->hash, h->short_hash, strlen(h->short_hash)), 0);
	}
	assert_string_equal(c.v[0].commit.date, "2024-07-01");
	assert_string_equal(c.v[3].commit.date, "2024-07-04");
	plan_git_commits_release(&c);

	assert_int_equal(plan_git_log("plans/none.yaml", &c, &diags), 0);
	assert_int_equal(c.n, 0);
	plan_git_commits_release(&c);

	assert_int_equal(chdir(outside), 0);
	assert_int_equal(plan_git_log("x.yaml", &c, &diags), -1);
	assert_int_equal(chdir(repo), 0);
	assert_one_error(&diags, "x.yaml: git says: fatal: not a git repository");
	assert_int_equal(c.n, 0);
	plan_git_commits_release(&c);
	plan_diags_release(&diags);
}

/* What test_versions saw of each version it was handed, and the history they make. */
struct seen {
	size_t n;
	bool commit[8];
	char name[8][32];
	struct plan_buf text[8];
	struct plan_history history;
};

static void see(void *arg, const struct plan_history_revision *rev)
{
	struct seen *s = arg;

	assert_true(s->n < 8);
	s->commit[s->n] = rev->commit != NULL;
	snprintf(s->name[s->n], sizeof(s->name[s->n]), "%s", rev->name);
	plan_buf_init(&s->text[s->n]);
	plan_buf_add(&s->text[s->n], rev->text, rev->len);
	s->n++;
	plan_history_add(&s->history, "p", "1", rev, NULL);
}

/* A file's versions, one at a time: each commit's bytes, then the work tree's. */
static void test_versions(void **state)
{
	static const char *const texts[] = { v1, v2, v2, v3 };
	static const char worktree[] = PLAN_HEADER TASK("Quý IV/2024");
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_git_commits commits = { 0 };
	struct seen s = { 0 };

	(void)state;
	assert_int_equal(plan_git_versions("plans/plan.yaml", worktree, strlen(worktree), &commits,
					   see, &s, &diags),
			 0);
	assert_int_equal(s.n, 5);
	for (size_t i = 0; i < 4; i++) {
		assert_true(s.commit[i]);
		assert_string_equal(s.text[i].s, texts[i]);
	}
	assert_string_equal(s.name[0], "plans/p.yaml");
	assert_string_equal(s.name[2], "plans/plan.yaml");
	assert_false(s.commit[4]);
	assert_string_equal(s.name[4], "plans/plan.yaml");
	assert_string_equal(s.text[4].s, worktree);
	/* Each version but the rename changed the task; the steps' commits are the log's. */
	assert_int_equal(s.history.n, 4);
	assert_string_equal(s.history.steps[1].commit->subject, "Lùi thời hạn");
	assert_string_equal(s.history.steps[2].commit->subject, "Lùi nữa");
	assert_null(s.history.steps[3].commit);
	assert_int_equal(s.history.moves, 0); /* no engine: no due date moves */
	plan_history_release(&s.history);
	for (size_t i = 0; i < s.n; i++)
		plan_buf_release(&s.text[i]);
	plan_git_commits_release(&commits);

	memset(&s, 0, sizeof(s));
	assert_int_equal(chdir(outside), 0);
	assert_int_equal(plan_git_versions("x.yaml", "", 0, &commits, see, &s, &diags), -1);
	assert_int_equal(chdir(repo), 0);
	assert_one_error(&diags, "x.yaml: git says: fatal: not a git repository");
	assert_int_equal(s.n, 0);
	plan_git_commits_release(&commits);
	plan_diags_release(&diags);
}

/* Runs git rev-parse --short HEAD into out, its line end cut. */
static void short_head(struct plan_buf *out)
{
	const char *argv[] = { "git", "rev-parse", "--short", "HEAD", NULL };

	assert_int_equal(plan_git_run(argv, out, NULL), 0);
	plan_buf_truncate(out, strcspn(out->s, "\n"));
}

/* The commit the plans are at, and whether they are committed; asked from outside too. */
static void test_describe(void **state)
{
	const char *plans[] = { "plans" }, *two[] = { "plans/plan.yaml", "bad" };
	struct plan_buf commit = PLAN_BUF_INIT, head = PLAN_BUF_INIT;
	bool dirty = true;

	(void)state;
	short_head(&head);
	assert_int_equal(plan_git_describe(plans, 1, &commit, &dirty), 0);
	assert_string_equal(commit.s, head.s);
	assert_false(dirty);

	write_file("bad/new.yaml", v1); /* not committed, and not among plans */
	plan_buf_reset(&commit);
	assert_int_equal(plan_git_describe(plans, 1, &commit, &dirty), 0);
	assert_false(dirty);
	assert_int_equal(plan_git_describe(two, 2, &commit, &dirty), 0);
	assert_true(dirty);
	assert_int_equal(unlink("bad/new.yaml"), 0);

	write_file("plans/plan.yaml", v1); /* changed */
	assert_int_equal(plan_git_describe(plans, 1, &commit, &dirty), 0);
	assert_true(dirty);
	write_file("plans/plan.yaml", v3);

	/* Outside a work tree, a path that is not there, no paths: nothing told, nothing changed. */
	plan_buf_reset(&commit);
	plan_buf_addstr(&commit, "kept");
	dirty = true;
	{
		const char *out[] = { outside }, *none[] = { "plans/none.yaml" };

		assert_int_equal(plan_git_describe(out, 1, &commit, &dirty), -1);
		assert_int_equal(plan_git_describe(none, 1, &commit, &dirty), -1);
		assert_int_equal(plan_git_describe(plans, 0, &commit, &dirty), -1);
	}
	assert_string_equal(commit.s, "kept");
	assert_true(dirty);
	plan_buf_release(&commit);
	plan_buf_release(&head);
}

/* git's exit status, both of its outputs, and what it said as an error. */
static void test_run(void **state)
{
	const char *fails[] = { "git", "rev-parse", "--verify", "nope", NULL };
	const char *big[] = { "git", "-c", "core.pager=cat", "log", "--format=%H%n%H%n%H", NULL };
	struct plan_buf out = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct plan_diags diags = PLAN_DIAGS_INIT;

	(void)state;
	assert_int_equal(plan_git_run(fails, &out, &err), 128);
	assert_true(err.len > 0);
	plan_git_error(&diags, "nope", &err);
	assert_one_error(&diags, "nope: git says: fatal: ");
	plan_diags_release(&diags);
	plan_buf_reset(&err);
	plan_git_error(&diags, "nope", &err);
	assert_one_error(&diags, "nope: git cannot be run here");
	assert_int_equal(plan_git_run(big, &out, &err), 0);
	assert_int_equal(out.len, 4 * 3 * 41); /* 4 commits, 3 lines each */
	plan_diags_release(&diags);
	plan_buf_release(&out);
	plan_buf_release(&err);
}

/* git reads nothing (its input is /dev/null); without git on PATH, it cannot be run. */
static void test_run_input_and_path(void **state)
{
	const char *empty[] = { "git", "hash-object", "--stdin", NULL };
	const char *version[] = { "git", "--version", NULL };
	struct plan_buf out = PLAN_BUF_INIT;
	char *path = plan_xstrdup(getenv("PATH"));

	(void)state;
	assert_int_equal(plan_git_run(empty, &out, NULL), 0);
	assert_string_equal(out.s,
			    "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\n"); /* the empty blob */
	plan_buf_reset(&out);
	setenv("PATH", "/nonexistent", 1);
	assert_int_equal(plan_git_run(version, &out, NULL), -1);
	assert_int_equal(out.len, 0);
	setenv("PATH", path, 1);
	assert_int_equal(plan_git_run(version, &out, NULL), 0);
	free(path);
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_revision),
		cmocka_unit_test(test_load_revision_hidden),
		cmocka_unit_test(test_load_revision_fails),
		cmocka_unit_test(test_blob),
		cmocka_unit_test(test_log),
		cmocka_unit_test(test_versions),
		cmocka_unit_test(test_describe),
		cmocka_unit_test(test_run),
		cmocka_unit_test(test_run_input_and_path),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
