/* git.c - plans as they are in a git revision, and the commit a work tree is at, asked of git(1). */
#define _XOPEN_SOURCE 700 /* realpath() */
#include "plan/git.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "gitrun.h"

static const struct plan_pos nowhere = { 0, 0 };

int plan_git_blob(const char *rev, const char *path, struct plan_buf *out)
{
	struct plan_buf spec = PLAN_BUF_INIT;
	int status;

	plan_buf_addf(&spec, "%s:%s", rev, path);
	{
		const char *argv[] = { "git", "cat-file", "blob", spec.s, NULL };

		status = plan_git_run(argv, out, NULL) == 0 ? 0 : -1;
	}
	plan_buf_release(&spec);
	return status;
}

/*
 * True for a plan file of a revision: path (from the top, as git lists it)
 * ends as a plan file's name does, and below, the part of it below the path
 * the user named, holds no hidden name - the work tree's rule: what is
 * named is read, hidden or not; what a walk finds under it is not.
 */
static bool plan_file_name(const char *path, const char *below)
{
	return below[0] != '.' && !strstr(below, "/.") && plan_set_file_name(path);
}

/* Appends to out the steps of path ("a/./b/../c"), "." and ".." walked. */
static void walk_steps(struct plan_buf *out, const char *path)
{
	for (const char *s = path; *s; s += *s == '/') {
		const size_t len = strcspn(s, "/");

		if (len == 2 && s[0] == '.' && s[1] == '.') {
			size_t k = out->len;

			while (k > 0 && out->s[k - 1] != '/')
				k--;
			plan_buf_truncate(out, k ? k - 1 : 0);
		} else if (len && !(len == 1 && s[0] == '.')) {
			if (out->len)
				plan_buf_addch(out, '/');
			plan_buf_add(out, s, len);
		}
		s += len;
	}
}

/*
 * The paths the user named as git names them from the top of the work
 * tree, NUL-separated into out ("" for the top): each from here, prefix
 * (git's --show-prefix), steps walked; no paths, here itself.  An absolute
 * path names the top: every hidden name below it then counts.
 */
static void named_from_top(const char *prefix, const char *const *paths, size_t n,
			   struct plan_buf *out)
{
	struct plan_buf one = PLAN_BUF_INIT;

	for (size_t i = 0; i < (n ? n : 1); i++) {
		plan_buf_reset(&one);
		if (!n || paths[i][0] != '/') {
			walk_steps(&one, prefix);
			walk_steps(&one, n ? paths[i] : ".");
		}
		plan_buf_add(out, one.s, one.len + 1);
	}
	plan_buf_release(&one);
}

/* The part of path below the longest of the named paths (NUL-separated) it is in. */
static const char *below_named(const char *path, const struct plan_buf *named)
{
	const char *below = path;
	size_t best = 0;

	for (size_t i = 0; i < named->len; i += strlen(named->s + i) + 1) {
		const char *name = named->s + i;
		const size_t len = strlen(name);

		if (len >= best && strncmp(path, name, len) == 0 &&
		    (!len || path[len] == '/' || !path[len])) {
			best = len;
			below = path + len + (len && path[len] == '/');
		}
	}
	return below;
}

/* Lists the files a revision holds at paths (relative to here) into out, NUL-separated. */
static int list_files(const char *rev, const char *const *paths, size_t n, struct plan_buf *out,
		      struct plan_diags *diags)
{
	static const char *const head[] = { "git", "ls-tree",     "-r",
					    "-z",  "--name-only", "--full-name" };
	const size_t n_head = sizeof(head) / sizeof(head[0]);
	struct plan_buf err = PLAN_BUF_INIT;
	const char **argv = plan_xcalloc(n_head + n + 3, sizeof(*argv));
	size_t k = 0;
	int status = 0;

	for (size_t i = 0; i < n_head; i++)
		argv[k++] = head[i];
	argv[k++] = rev;
	argv[k++] = "--";
	for (size_t i = 0; i < n; i++)
		argv[k++] = paths[i];
	if (plan_git_run(argv, out, &err) != 0)
		status = plan_git_error(diags, rev, &err);
	free(argv);
	plan_buf_release(&err);
	return status;
}

/*
 * Verifies that rev names a commit, and stores in *prefix where here is
 * from the top of the work tree ("" at the top, "sub/dir/" below it):
 * one git run for both.  Returns 0, or -1 after an error in diags.
 */
static int verify(const char *rev, struct plan_buf *prefix, struct plan_diags *diags)
{
	struct plan_buf what = PLAN_BUF_INIT, out = PLAN_BUF_INIT;
	int status = 0;

	plan_buf_addf(&what, "%s^{commit}", rev);
	{
		const char *argv[] = { "git",  "rev-parse", "--show-prefix", "--verify", "--quiet",
				       what.s, NULL };

		if (plan_git_run(argv, &out, NULL) != 0) {
			plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, NULL,
				       "no revision '%s' in a git work tree here", rev);
			status = -1;
		} else {
			plan_buf_add(prefix, out.s, strcspn(out.s, "\n"));
		}
	}
	plan_buf_release(&what);
	plan_buf_release(&out);
	return status;
}

int plan_git_verify_revision(const char *rev, struct plan_diags *diags)
{
	struct plan_buf prefix = PLAN_BUF_INIT;
	const int status = verify(rev, &prefix, diags);

	plan_buf_release(&prefix);
	return status;
}

/* The plan files read from a revision: their bytes, and their names ("REV:PATH"). */
struct blobs {
	struct plan_buf bytes, names;
	struct blob {
		size_t at, len, name; /* where its bytes and its name start in the buffers */
	} * v;
	size_t n, cap;
};

/*
 * Reads each plan file of files (NUL-separated paths, from the top) at rev
 * into b; named holds the paths the user named, from the top.  Returns 0, or -1 after an error.
 */
static int read_blobs(const char *rev, const struct plan_buf *files, const struct plan_buf *named,
		      struct blobs *b, struct plan_diags *diags)
{
	for (size_t i = 0; i < files->len; i += strlen(files->s + i) + 1) {
		const char *path = files->s + i;
		const size_t at = b->bytes.len;

		if (!plan_file_name(path, below_named(path, named)))
			continue;
		if (plan_git_blob(rev, path, &b->bytes) != 0) {
			plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, NULL, "cannot read %s:%s",
				       rev, path);
			return -1;
		}
		PLAN_GROW(b->v, b->cap, b->n + 1);
		b->v[b->n++] =
		    (struct blob){ .at = at, .len = b->bytes.len - at, .name = b->names.len };
		plan_buf_addf(&b->names, "%s:%s", rev, path);
		plan_buf_addch(&b->names, '\0');
	}
	return 0;
}

/* Loads the files of b into *out, as plan_set_load_sources() does (a set even on errors). */
static enum plan_load_result load_blobs(const struct blobs *b, const struct plan_load_opts *opts,
					struct plan_set **out, struct plan_diags *diags)
{
	/* The buffers are complete: pointers into them hold from now on. */
	struct plan_source *sources = plan_xcalloc(b->n, sizeof(*sources));
	enum plan_load_result result;

	for (size_t i = 0; i < b->n; i++)
		sources[i] = (struct plan_source){ .name = b->names.s + b->v[i].name,
						   .data = b->bytes.s + b->v[i].at,
						   .len = b->v[i].len };
	result = plan_set_load_sources(out, sources, b->n, opts, diags);
	free(sources);
	return result;
}

enum plan_load_result plan_git_load_revision(const char *rev, const char *const *paths, size_t n,
					     const char *where, const struct plan_load_opts *opts,
					     struct plan_set **out, struct plan_diags *diags)
{
	struct plan_buf files = PLAN_BUF_INIT, named = PLAN_BUF_INIT, prefix = PLAN_BUF_INIT;
	struct blobs b = { .bytes = PLAN_BUF_INIT, .names = PLAN_BUF_INIT };
	struct plan_set *set = NULL;
	enum plan_load_result result = PLAN_LOAD_UNREADABLE;

	if (verify(rev, &prefix, diags) != 0 || list_files(rev, paths, n, &files, diags) != 0)
		goto done;
	named_from_top(prefix.s, paths, n, &named);
	if (read_blobs(rev, &files, &named, &b, diags) != 0)
		goto done;
	if (!b.n) {
		plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, NULL, "no plan files in %s at %s",
			       where ? where : "those paths", rev);
		goto done;
	}
	if (load_blobs(&b, opts, &set, diags) != PLAN_LOAD_OK) {
		result = PLAN_LOAD_INVALID; /* the bytes are read: what is wrong is in them */
		goto done;
	}
	*out = set;
	set = NULL;
	result = PLAN_LOAD_OK;
done:
	plan_set_free(set);
	free(b.v);
	plan_buf_release(&b.bytes);
	plan_buf_release(&b.names);
	plan_buf_release(&files);
	plan_buf_release(&named);
	plan_buf_release(&prefix);
	return result;
}

/* The directory a path is, or is in. */
static void dir_of(const char *path, struct plan_buf *out)
{
	struct stat st;
	const char *slash = strrchr(path, '/');

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		plan_buf_addstr(out, path);
	else if (!slash)
		plan_buf_addstr(out, ".");
	else if (slash == path)
		plan_buf_addstr(out, "/");
	else
		plan_buf_add(out, path, (size_t)(slash - path));
}

/* Appends the short hash of HEAD in the work tree dir is in to out, its line end cut. */
static int head_of(const char *dir, struct plan_buf *out)
{
	const char *argv[] = { "git", "-C", dir, "rev-parse", "--short", "HEAD", NULL };

	if (plan_git_run(argv, out, NULL) != 0 || !out->len)
		return -1;
	while (out->len && (out->s[out->len - 1] == '\n' || out->s[out->len - 1] == '\r'))
		plan_buf_truncate(out, out->len - 1);
	return 0;
}

int plan_git_describe(const char *const *paths, size_t n, struct plan_buf *commit, bool *dirty)
{
	struct plan_buf dir = PLAN_BUF_INIT, head = PLAN_BUF_INIT, changes = PLAN_BUF_INIT;
	const char **args = plan_xcalloc(n + 10, sizeof(*args));
	char **absolute = plan_xcalloc(n + 1, sizeof(*absolute));
	size_t k = 0;
	int status = -1;

	if (!n)
		goto done;
	dir_of(paths[0], &dir);
	if (head_of(dir.s, &head) != 0)
		goto done;
	args[k++] = "git";
	/* threads that look at every file of the index first: for a few named paths, time lost */
	args[k++] = "-c";
	args[k++] = "core.preloadIndex=false";
	args[k++] = "-C";
	args[k++] = dir.s;
	args[k++] = "status";
	args[k++] = "--porcelain";
	args[k++] = "--";
	for (size_t i = 0; i < n; i++) {
		/* Pathspecs are read relative to -C's directory: make them absolute. */
		if (!(absolute[i] = realpath(paths[i], NULL)))
			goto done;
		args[k++] = absolute[i];
	}
	args[k] = NULL;
	if (plan_git_run(args, &changes, NULL) != 0)
		goto done;
	plan_buf_add(commit, head.s, head.len);
	*dirty = changes.len > 0;
	status = 0;
done:
	for (size_t i = 0; i < n; i++)
		free(absolute[i]);
	free(absolute);
	free(args);
	plan_buf_release(&dir);
	plan_buf_release(&head);
	plan_buf_release(&changes);
	return status;
}
