/* gitrev.c - plans at a revision, and a file's commits, read with git(1). */
#include "gitrev.h"

#include <stdlib.h>
#include <string.h>

#include "gitinfo.h"
#include "alloc.h"

/* Reports what git said on failure, its first line, after what we tried. */
static int git_error(struct cli_ctx *ctx, const char *what, const struct plan_buf *err)
{
	const size_t n = strcspn(err->s, "\n");

	if (n)
		return cli_usage_error(ctx, NULL, "%s: git says: %.*s", what, (int)n, err->s);
	return cli_usage_error(ctx, NULL, "%s: git cannot be run here", what);
}

int cli_git_blob(const char *rev, const char *path, struct plan_buf *out)
{
	struct plan_buf spec = PLAN_BUF_INIT;
	int status;

	plan_buf_addf(&spec, "%s:%s", rev, path);
	{
		const char *argv[] = { "git", "cat-file", "blob", spec.s, NULL };

		status = cli_git_run(argv, out, NULL) == 0 ? 0 : -1;
	}
	plan_buf_release(&spec);
	return status;
}

/* True for a plan file of a revision: a plan file's name, under no hidden directory. */
static bool plan_file_name(const char *path)
{
	const char *base = strrchr(path, '/');

	base = base ? base + 1 : path;
	return base[0] != '.' && !strstr(path, "/.") && plan_set_file_name(path);
}

/* Lists the plan files a revision holds at paths (relative to here) into out, NUL-separated. */
static int list_files(struct cli_ctx *ctx, const char *rev, const struct opt_list *paths,
		      struct plan_buf *out)
{
	static const char *const head[] = { "git", "ls-tree",     "-r",
					    "-z",  "--name-only", "--full-name" };
	const size_t n_head = sizeof(head) / sizeof(head[0]);
	struct plan_buf err = PLAN_BUF_INIT;
	const char **argv = plan_xcalloc(n_head + paths->n + 3, sizeof(*argv));
	size_t k = 0;
	int status = 0;

	for (size_t i = 0; i < n_head; i++)
		argv[k++] = head[i];
	argv[k++] = rev;
	argv[k++] = "--";
	for (size_t i = 0; i < paths->n; i++)
		argv[k++] = paths->v[i];
	if (cli_git_run(argv, out, &err) != 0)
		status = git_error(ctx, rev, &err);
	free(argv);
	plan_buf_release(&err);
	return status;
}

/* Reports an error and returns EXIT_USAGE unless rev names a commit. */
static int verify_revision(struct cli_ctx *ctx, const char *rev)
{
	struct plan_buf what = PLAN_BUF_INIT, out = PLAN_BUF_INIT;
	int status = 0;

	plan_buf_addf(&what, "%s^{commit}", rev);
	{
		const char *argv[] = { "git", "rev-parse", "--verify", "--quiet", what.s, NULL };

		if (cli_git_run(argv, &out, NULL) != 0)
			status = cli_usage_error(ctx, NULL,
						 "no revision '%s' in a git work tree here", rev);
	}
	plan_buf_release(&what);
	plan_buf_release(&out);
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
 * into b.  Returns 0, or EXIT_USAGE after an error.
 */
static int read_blobs(struct cli_ctx *ctx, const char *rev, const struct plan_buf *files,
		      struct blobs *b)
{
	for (size_t i = 0; i < files->len; i += strlen(files->s + i) + 1) {
		const char *path = files->s + i;
		const size_t at = b->bytes.len;

		if (!plan_file_name(path))
			continue;
		if (cli_git_blob(rev, path, &b->bytes) != 0)
			return cli_usage_error(ctx, NULL, "cannot read %s:%s", rev, path);
		PLAN_GROW(b->v, b->cap, b->n + 1);
		b->v[b->n++] =
		    (struct blob){ .at = at, .len = b->bytes.len - at, .name = b->names.len };
		plan_buf_addf(&b->names, "%s:%s", rev, path);
		plan_buf_addch(&b->names, '\0');
	}
	return 0;
}

/* Loads the files of b into *set.  Returns 0, or EXIT_USAGE after printing their errors. */
static int load_blobs(struct cli_ctx *ctx, const char *rev, const struct blobs *b,
		      struct plan_set **set)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	/* The buffers are complete: pointers into them hold from now on. */
	struct plan_source *sources = plan_xcalloc(b->n, sizeof(*sources));
	int status = 0;

	for (size_t i = 0; i < b->n; i++)
		sources[i] = (struct plan_source){ .name = b->names.s + b->v[i].name,
						   .data = b->bytes.s + b->v[i].at,
						   .len = b->v[i].len };
	if (plan_set_load_sources(set, sources, b->n, NULL, &diags) != PLAN_LOAD_OK) {
		cli_print_diags(ctx, &diags, false);
		fprintf(ctx->err, "plan: stopped by %zu error%s in the plans at %s\n", diags.errors,
			diags.errors == 1 ? "" : "s", rev);
		status = EXIT_USAGE;
	}
	free(sources);
	plan_diags_release(&diags);
	return status;
}

int cli_load_revision(struct cli_ctx *ctx, const char *rev, const struct opt_list *paths,
		      struct plan_set **set)
{
	struct plan_buf files = PLAN_BUF_INIT, err = PLAN_BUF_INIT, dir = PLAN_BUF_INIT;
	struct blobs b = { .bytes = PLAN_BUF_INIT, .names = PLAN_BUF_INIT };
	struct opt_list use = { 0 };
	int status;

	if ((status = verify_revision(ctx, rev)) != 0)
		goto done;
	if (cli_paths(ctx, paths, &use, &dir, &err) != 0) {
		status = cli_usage_error(ctx, NULL, "%s", err.s);
		goto done;
	}
	if ((status = list_files(ctx, rev, &use, &files)) != 0 ||
	    (status = read_blobs(ctx, rev, &files, &b)) != 0)
		goto done;
	if (!b.n) {
		status = cli_usage_error(ctx, NULL, "no plan files in %s at %s",
					 paths->n ? "those paths" : dir.s, rev);
		goto done;
	}
	status = load_blobs(ctx, rev, &b, set);
done:
	if (status != 0 && *set) {
		plan_set_free(*set);
		*set = NULL;
	}
	free(b.v);
	plan_buf_release(&b.bytes);
	plan_buf_release(&b.names);
	opt_list_release(&use);
	plan_buf_release(&files);
	plan_buf_release(&err);
	plan_buf_release(&dir);
	return status;
}

/* Splits s at each sep into v (at most max), in place; returns how many. */
static size_t split(char *s, char sep, char **v, size_t max)
{
	size_t n = 0;

	while (s && n < max) {
		char *end = strchr(s, sep);

		v[n++] = s;
		if (end)
			*end = '\0';
		s = end ? end + 1 : NULL;
	}
	return n;
}

/*
 * Parses one record of git log's (cut at the next record) into *out, its
 * strings pointing into rec: fields separated by US, then the file's path
 * after a blank line (none: path).  Returns false for a record not of five
 * fields.
 */
static bool parse_commit(char *rec, const char *path, struct cli_commit *out)
{
	char *line = strchr(rec, '\n'), *field[5], *file = NULL;

	if (line)
		*line++ = '\0';
	if (split(rec, '\x1f', field, 5) != 5)
		return false;
	for (char *l = line; l && *l;) {
		char *end = strchr(l, '\n');

		if (end)
			*end = '\0';
		if (*l && !file)
			file = l;
		l = end ? end + 1 : NULL;
	}
	*out = (struct cli_commit){ .commit = { .hash = field[0],
						.short_hash = field[1],
						.author = field[2],
						.date = field[3],
						.subject = field[4] },
				    .path = file ? file : path };
	return true;
}

int cli_git_log(struct cli_ctx *ctx, const char *path, struct cli_commits *out)
{
	const char *argv[] = { "git",
			       "log",
			       "--follow",
			       "--name-only",
			       "--format=%x1e%H%x1f%h%x1f%an%x1f%as%x1f%s",
			       "--",
			       path,
			       NULL };
	struct plan_buf err = PLAN_BUF_INIT;
	size_t cap = 0;
	char *rec;

	memset(out, 0, sizeof(*out));
	plan_buf_init(&out->text);
	if (cli_git_run(argv, &out->text, &err) != 0) {
		int status = git_error(ctx, path, &err);

		plan_buf_release(&err);
		return status;
	}
	plan_buf_release(&err);
	/* Records start with RS. */
	rec = strchr(out->text.s, '\x1e');
	while (rec) {
		char *next = strchr(rec + 1, '\x1e');

		if (next)
			*next = '\0';
		PLAN_GROW(out->v, cap, out->n + 1);
		if (parse_commit(rec + 1, path, &out->v[out->n]))
			out->n++;
		rec = next;
	}
	/* git lists the newest first. */
	for (size_t i = 0; i < out->n / 2; i++) {
		struct cli_commit c = out->v[i];

		out->v[i] = out->v[out->n - 1 - i];
		out->v[out->n - 1 - i] = c;
	}
	return 0;
}

void cli_commits_release(struct cli_commits *c)
{
	free(c->v);
	plan_buf_release(&c->text);
	memset(c, 0, sizeof(*c));
}
