/*
 * test_file.c - reading a file and replacing it safely (src/core/file.c):
 * a failure injected before the rename, and a crash there, leave the old
 * bytes; a file changed since it was read, a locked one, a read-only one
 * and one with several hard links are not replaced; stale temporary files
 * go.
 */
#include "testutil.h"

#include <dirent.h>
#include <stdlib.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "plan/file.h"

struct dir {
	char path[64];
	char file[96];
};

static void make_dir(struct dir *d, const char *content, mode_t mode)
{
	FILE *f;

	snprintf(d->path, sizeof(d->path), "/tmp/plan-test-save.XXXXXX");
	assert_non_null(mkdtemp(d->path));
	snprintf(d->file, sizeof(d->file), "%s/plan.yaml", d->path);
	f = fopen(d->file, "w");
	assert_non_null(f);
	fputs(content, f);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(chmod(d->file, mode), 0);
}

/* The number of entries in the directory besides . and .. */
static size_t entries(const struct dir *d)
{
	DIR *dir = opendir(d->path);
	struct dirent *e;
	size_t n = 0;

	assert_non_null(dir);
	while ((e = readdir(dir)) != NULL)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(dir);
	return n;
}

static void assert_holds(const struct dir *d, const char *want)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf text = PLAN_BUF_INIT;

	assert_int_equal(plan_file_read(d->file, &text, &diags), 0);
	assert_string_equal(text.s, want);
	plan_buf_release(&text);
	plan_diags_release(&diags);
}

static void remove_dir(const struct dir *d)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", d->path);
	assert_int_equal(system(cmd), 0);
}

static const char old_text[] = "plan: p\n";
static const char new_text[] = "plan: p\ntitle: T\n";

/* A replacement that is refused with code, leaving the file and the directory as they were. */
static void assert_refused(const struct dir *d, const char *code, size_t n_entries)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;

	assert_int_equal(plan_file_replace(d->file, new_text, strlen(new_text), old_text,
					   strlen(old_text), NULL, &diags),
			 -1);
	assert_string_equal(diags.v[0].code, code);
	assert_holds(d, old_text);
	assert_int_equal(entries(d), n_entries);
	plan_diags_release(&diags);
}

static void test_replace(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct stat st;
	struct dir d;

	(void)state;
	make_dir(&d, old_text, 0640);
	assert_int_equal(plan_file_replace(d.file, new_text, strlen(new_text), old_text,
					   strlen(old_text), NULL, &diags),
			 0);
	assert_holds(&d, new_text);
	assert_int_equal(stat(d.file, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0640); /* the permissions are kept */
	assert_int_equal(entries(&d), 1);          /* no temporary file is left */
	remove_dir(&d);
	plan_diags_release(&diags);
}

static void test_replace_through_a_link(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	char link_path[128];
	struct stat st;
	struct dir d;

	(void)state;
	make_dir(&d, old_text, 0644);
	snprintf(link_path, sizeof(link_path), "%s/link.yaml", d.path);
	assert_int_equal(symlink("plan.yaml", link_path), 0);
	assert_int_equal(plan_file_replace(link_path, new_text, strlen(new_text), old_text,
					   strlen(old_text), NULL, &diags),
			 0);
	assert_int_equal(lstat(link_path, &st), 0);
	assert_true(S_ISLNK(st.st_mode)); /* still a link, to the file now replaced */
	assert_holds(&d, new_text);
	remove_dir(&d);
	plan_diags_release(&diags);
}

static int refuse(void *arg, const char *temporary)
{
	(void)arg;
	assert_true(access(temporary, F_OK) == 0); /* written, not yet renamed */
	assert_string_equal(temporary + strlen(temporary) - 15, "/plan.yaml.lock");
	return -1;
}

static void test_failure_before_rename(void **state)
{
	const struct plan_save_hooks hooks = { refuse, NULL };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct dir d;

	(void)state;
	make_dir(&d, old_text, 0644);
	assert_int_equal(plan_file_replace(d.file, new_text, strlen(new_text), old_text,
					   strlen(old_text), &hooks, &diags),
			 -1);
	assert_holds(&d, old_text);
	assert_int_equal(entries(&d), 1);
	assert_int_equal(diags.errors, 1);
	remove_dir(&d);
	plan_diags_release(&diags);
}

static int crash(void *arg, const char *temporary)
{
	(void)arg;
	(void)temporary;
	_exit(3); /* as if the power went, or the process was killed */
}

static void test_crash_before_rename(void **state)
{
	const struct plan_save_hooks hooks = { crash, NULL };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct dir d;
	pid_t pid;
	int status;

	(void)state;
	make_dir(&d, old_text, 0644);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		plan_file_replace(d.file, new_text, strlen(new_text), old_text, strlen(old_text),
				  &hooks, &diags);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_int_equal(WEXITSTATUS(status), 3);
	/* The file holds its old bytes whole; the lock is left beside it, and refuses the next. */
	assert_holds(&d, old_text);
	assert_int_equal(entries(&d), 2);
	assert_refused(&d, "locked", 2);
	remove_dir(&d);
	plan_diags_release(&diags);
}

static void test_locked(void **state)
{
	char lock[128];
	struct dir d;
	int fd;

	(void)state;
	make_dir(&d, old_text, 0644);
	snprintf(lock, sizeof(lock), "%s.lock", d.file);
	assert_true((fd = open(lock, O_WRONLY | O_CREAT | O_EXCL, 0644)) >= 0);
	close(fd);
	assert_refused(&d, "locked", 2); /* and the lock, not its own, stays */
	assert_int_equal(access(lock, F_OK), 0);
	remove_dir(&d);
}

static void test_read_only(void **state)
{
	struct dir d;

	(void)state;
	make_dir(&d, old_text, 0444); /* refused even for root, whom rename would let through */
	assert_refused(&d, "read-only", 1);
	remove_dir(&d);
}

static void test_hard_links(void **state)
{
	char other[128];
	struct dir d;

	(void)state;
	make_dir(&d, old_text, 0644);
	snprintf(other, sizeof(other), "%s/other.yaml", d.path);
	assert_int_equal(link(d.file, other), 0);
	assert_refused(&d, "hard-links", 2);
	remove_dir(&d);
}

/* Sets the modification time of a new file in d to now + offset seconds. */
static void make_aged(const struct dir *d, const char *name, time_t offset)
{
	char path[160];
	struct timespec times[2];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", d->path, name);
	assert_non_null(f = fopen(path, "w"));
	fclose(f);
	times[0].tv_sec = times[1].tv_sec = time(NULL) + offset;
	times[0].tv_nsec = times[1].tv_nsec = 0;
	assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
}

static void test_stale_temporaries(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	char kept[160];
	struct dir d;

	(void)state;
	make_dir(&d, old_text, 0644);
	make_aged(&d, ".plan.yaml.plan-a1B2c3", -3600);  /* left by a crash an hour ago */
	make_aged(&d, ".plan.yaml.plan-x9y8z7", 3600);   /* not older than the lock */
	make_aged(&d, ".other.yaml.plan-a1B2c3", -3600); /* another file's */
	assert_int_equal(plan_file_replace(d.file, new_text, strlen(new_text), old_text,
					   strlen(old_text), NULL, &diags),
			 0);
	assert_int_equal(entries(&d), 3);
	snprintf(kept, sizeof(kept), "%s/.plan.yaml.plan-x9y8z7", d.path);
	assert_int_equal(access(kept, F_OK), 0);
	remove_dir(&d);
	plan_diags_release(&diags);
}

static void test_changed_on_disk(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct dir d;

	(void)state;
	make_dir(&d, "plan: q\n", 0644); /* not what the caller read */
	assert_int_equal(plan_file_replace(d.file, new_text, strlen(new_text), old_text,
					   strlen(old_text), NULL, &diags),
			 -1);
	assert_holds(&d, "plan: q\n");
	assert_string_equal(diags.v[0].code, "changed-on-disk");
	assert_int_equal(entries(&d), 1);
	remove_dir(&d);
	plan_diags_release(&diags);
}

/*
 * The file on disk is compared with what was read, byte for byte, though
 * it is read a chunk at a time: a file of several chunks that differs in
 * any one byte, or by a byte more or less, is refused; the same is replaced.
 */
static void test_changed_on_disk_anywhere(void **state)
{
	enum { SIZE = 200000 };
	static const size_t at[] = { 0, 65535, 65536, 131072, SIZE - 1 };
	char *was = malloc(SIZE + 2), *disk = malloc(SIZE + 2);
	struct dir d;

	(void)state;
	for (size_t i = 0; i < SIZE; i++)
		was[i] = i % 64 == 63 ? '\n' : (char)('a' + i % 26);
	was[SIZE] = '\0';
	for (size_t k = 0; k <= sizeof(at) / sizeof(at[0]) + 2; k++) {
		const bool same = k == sizeof(at) / sizeof(at[0]) + 2;
		struct plan_diags diags = PLAN_DIAGS_INIT;

		memcpy(disk, was, SIZE + 1);
		if (k < sizeof(at) / sizeof(at[0]))
			disk[at[k]] = '#'; /* one byte changed */
		else if (k == sizeof(at) / sizeof(at[0]))
			disk[SIZE - 1] = '\0'; /* a byte less */
		else if (!same)
			memcpy(disk + SIZE, "x", 2); /* a byte more */
		print_message("case %zu\n", k);
		make_dir(&d, disk, 0644);
		assert_int_equal(
		    plan_file_replace(d.file, new_text, strlen(new_text), was, SIZE, NULL, &diags),
		    same ? 0 : -1);
		if (same) {
			assert_holds(&d, new_text);
			assert_int_equal(diags.n, 0);
		} else {
			assert_holds(&d, disk);
			assert_string_equal(diags.v[0].code, "changed-on-disk");
		}
		remove_dir(&d);
		plan_diags_release(&diags);
	}
	free(was);
	free(disk);
}

static void test_read_missing(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf text = PLAN_BUF_INIT;

	(void)state;
	assert_int_equal(plan_file_read("/nonexistent/plan.yaml", &text, &diags), -1);
	assert_int_equal(diags.errors, 1);
	assert_non_null(strstr(diags.v[0].message, "No such file"));
	plan_buf_release(&text);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replace),
		cmocka_unit_test(test_replace_through_a_link),
		cmocka_unit_test(test_failure_before_rename),
		cmocka_unit_test(test_crash_before_rename),
		cmocka_unit_test(test_locked),
		cmocka_unit_test(test_read_only),
		cmocka_unit_test(test_hard_links),
		cmocka_unit_test(test_stale_temporaries),
		cmocka_unit_test(test_changed_on_disk),
		cmocka_unit_test(test_changed_on_disk_anywhere),
		cmocka_unit_test(test_read_missing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
