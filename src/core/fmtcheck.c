/*
 * fmtcheck.c - whether a rewritten file holds what the file held: the
 * same plans and registries, the same comments, and as many comments as
 * libyaml's tokens show (ycomments.c), which is counted apart from the code
 * that finds and writes them.  fmt writes a file only when this says so.
 */
#include "plan/fmt.h"

#include <stdlib.h>
#include <string.h>

#include "plan/alloc.h"
#include "plan/diff.h"
#include "ycomments.h"

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts lines (each ending in LF) in place: comments to compare in any order. */
static void sort_lines(struct plan_buf *text)
{
	struct plan_buf sorted = PLAN_BUF_INIT;
	char **lines = NULL;
	size_t n = 0, cap = 0;

	for (char *line = text->s; line && *line;) {
		char *end = strchr(line, '\n');

		*end = '\0';
		PLAN_GROW(lines, cap, n + 1);
		lines[n++] = line;
		line = end + 1;
	}
	if (n)
		qsort(lines, n, sizeof(*lines), by_text);
	for (size_t i = 0; i < n; i++)
		plan_buf_addf(&sorted, "%s\n", lines[i]);
	free(lines);
	plan_buf_release(text);
	*text = sorted;
}

bool plan_fmt_keeps(const char *name, const char *before, size_t before_len, const char *after,
		    size_t after_len, const struct plan_deadlines *engine)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf was = PLAN_BUF_INIT, is = PLAN_BUF_INIT;
	struct plan_diff d = { 0 };
	const size_t count = ycomment_count(before, before_len);
	bool same = false;

	if (count != SIZE_MAX && count == ycomment_count(after, after_len) &&
	    plan_diff_texts(name, before, before_len, after, after_len, engine, &d, &diags) == 0 &&
	    plan_fmt_comments(name, before, before_len, &was) == 0 &&
	    plan_fmt_comments(name, after, after_len, &is) == 0) {
		sort_lines(&was);
		sort_lines(&is);
		same = d.n == 0 && was.len == is.len && memcmp(was.s, is.s, is.len) == 0;
	}
	plan_diff_release(&d);
	plan_diags_release(&diags);
	plan_buf_release(&was);
	plan_buf_release(&is);
	return same;
}
