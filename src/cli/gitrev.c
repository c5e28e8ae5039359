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

static bool plan_file_name(const char *path)
{
	const char *base = strrchr(path, '/');
	const size_t n = strlen(path);

	base = base ? base + 1 : path;
	if (base[0] == '.' || strstr(path, "/."))
		return false;
	return (n > 5 && strcmp(path + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(path + n - 4, ".yml") == 0);
}

/* A file read from a revision: where its bytes and its name are in two buffers. */
struct blob {
	size_t at, len, name;
};

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

int cli_load_revision(struct cli_ctx *ctx, const char *rev, const struct opt_list *paths,
		      struct plan_set **set)
{
	struct plan_buf files = PLAN_BUF_INIT, err = PLAN_BUF_INIT, dir = PLAN_BUF_INIT,
			what = PLAN_BUF_INIT, bytes = PLAN_BUF_INIT, names = PLAN_BUF_INIT;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct opt_list use = { 0 };
	struct plan_source *sources = NULL;
	struct blob *blobs = NULL;
	size_t n = 0, cap = 0;
	int status = EXIT_USAGE;

	plan_buf_addf(&what, "%s^{commit}", rev);
	{
		const char *verify[] = { "git", "rev-parse", "--verify", "--quiet", what.s, NULL };

		if (cli_git_run(verify, &files, &err) != 0) {
			cli_usage_error(ctx, NULL, "no revision '%s' in a git work tree here", rev);
			goto done;
		}
	}
	plan_buf_reset(&files);
	if (cli_paths(ctx, paths, &use, &dir, &err) != 0) {
		cli_usage_error(ctx, NULL, "%s", err.s);
		goto done;
	}
	if (list_files(ctx, rev, &use, &files) != 0)
		goto done;
	for (size_t i = 0; i < files.len; i += strlen(files.s + i) + 1) {
		const char *path = files.s + i;
		const size_t at = bytes.len;

		if (!plan_file_name(path))
			continue;
		if (cli_git_blob(rev, path, &bytes) != 0) {
			cli_usage_error(ctx, NULL, "cannot read %s:%s", rev, path);
			goto done;
		}
		PLAN_GROW(blobs, cap, n + 1);
		blobs[n++] = (struct blob){ at, bytes.len - at, names.len };
		plan_buf_addf(&names, "%s:%s", rev, path);
		plan_buf_addch(&names, '\0');
	}
	if (!n) {
		cli_usage_error(ctx, NULL, "no plan files in %s at %s",
				paths->n ? "those paths" : dir.s, rev);
		goto done;
	}
	/* The buffers are complete: pointers into them hold from now on. */
	sources = plan_xcalloc(n, sizeof(*sources));
	for (size_t i = 0; i < n; i++)
		sources[i] = (struct plan_source){ names.s + blobs[i].name, bytes.s + blobs[i].at,
						   blobs[i].len };
	if (plan_set_load_sources(set, sources, n, NULL, &diags) != PLAN_LOAD_OK) {
		cli_print_diags(ctx, &diags, false);
		fprintf(ctx->err, "plan: stopped by %zu error%s in the plans at %s\n", diags.errors,
			diags.errors == 1 ? "" : "s", rev);
		goto done;
	}
	status = 0;
done:
	if (status != 0 && *set) {
		plan_set_free(*set);
		*set = NULL;
	}
	free(sources);
	free(blobs);
	opt_list_release(&use);
	plan_diags_release(&diags);
	plan_buf_release(&files);
	plan_buf_release(&err);
	plan_buf_release(&dir);
	plan_buf_release(&what);
	plan_buf_release(&bytes);
	plan_buf_release(&names);
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
	/* Records start with RS; fields are separated by US; the path follows a blank line. */
	rec = strchr(out->text.s, '\x1e');
	while (rec) {
		char *next = strchr(rec + 1, '\x1e'), *field[5], *line, *file = NULL;

		if (next)
			*next = '\0';
		line = strchr(rec + 1, '\n');
		if (line)
			*line++ = '\0';
		if (split(rec + 1, '\x1f', field, 5) == 5) {
			for (char *l = line; l && *l;) {
				char *end = strchr(l, '\n');

				if (end)
					*end = '\0';
				if (*l && !file)
					file = l;
				l = end ? end + 1 : NULL;
			}
			PLAN_GROW(out->v, cap, out->n + 1);
			out->v[out->n++] = (struct cli_commit){ { field[0], field[1], field[2],
								  field[3], field[4] },
								file ? file : path };
		}
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
