/* gitlog.c - the commits that changed a file, and its versions in them, read with git(1). */
#include "plan/git.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "gitrun.h"

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
static bool parse_commit(char *rec, const char *path, struct plan_git_commit *out)
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
	*out = (struct plan_git_commit){ .commit = { .hash = field[0],
						     .short_hash = field[1],
						     .author = field[2],
						     .date = field[3],
						     .subject = field[4] },
					 .path = file ? file : path };
	return true;
}

/*
 * Parses git log's records (each starting with RS) in out->text into
 * out->v, oldest first; a record that names no file has path, which is
 * kept after the records' NUL so that out owns it too.
 */
static void parse_log(const char *path, struct plan_git_commits *out)
{
	const size_t end = out->text.len;
	size_t cap = 0;
	char *rec;

	plan_buf_addch(&out->text, '\0');
	plan_buf_addstr(&out->text, path);
	/* text is complete: pointers into it hold from now on. */
	path = out->text.s + end + 1;
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
		struct plan_git_commit c = out->v[i];

		out->v[i] = out->v[out->n - 1 - i];
		out->v[out->n - 1 - i] = c;
	}
}

int plan_git_log(const char *path, struct plan_git_commits *out, struct plan_diags *diags)
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
	int status = 0;

	memset(out, 0, sizeof(*out));
	plan_buf_init(&out->text);
	if (plan_git_run(argv, &out->text, &err) != 0) {
		status = plan_git_error(diags, path, &err);
		plan_buf_reset(&out->text);
	} else {
		parse_log(path, out);
	}
	plan_buf_release(&err);
	return status;
}

void plan_git_commits_release(struct plan_git_commits *c)
{
	free(c->v);
	plan_buf_release(&c->text);
	memset(c, 0, sizeof(*c));
	plan_buf_init(&c->text);
}

int plan_git_versions(const char *path, const char *text, size_t len,
		      struct plan_git_commits *commits, plan_git_version_fn *fn, void *arg,
		      struct plan_diags *diags)
{
	struct plan_buf bytes = PLAN_BUF_INIT;

	if (plan_git_log(path, commits, diags) != 0)
		return -1;
	for (size_t i = 0; i < commits->n; i++) {
		const struct plan_git_commit *c = &commits->v[i];

		plan_buf_reset(&bytes);
		if (plan_git_blob(c->commit.hash, c->path, &bytes) != 0)
			continue;
		fn(arg,
		   &(struct plan_history_revision){
		       .commit = &c->commit, .name = c->path, .text = bytes.s, .len = bytes.len });
	}
	plan_buf_release(&bytes);
	/* The work tree's version. */
	fn(arg, &(struct plan_history_revision){ .name = path, .text = text, .len = len });
	return 0;
}
