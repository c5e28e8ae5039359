/*
 * rewrite.c - the check that a rewritten file holds what it should
 * (rewrite.h): loads both texts, compares them, finds the edited task,
 * and compares the comments as two independent readers see them.
 */
#include "rewrite.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/diff.h"
#include "plan/fmt.h"
#include "plan/set.h"
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

/*
 * The comments of before's window and after's same lines, counted by
 * libyaml's tokens: the rest of both texts is the same bytes, around an
 * item that is read the same alone as in its list.  *same says whether
 * they agree; false when they cannot be counted so (the rest differs, a
 * window is not YAML alone): count the whole texts.
 */
static bool same_in_window(const char *before, size_t before_len, const char *after,
			   size_t after_len, const struct rewrite_rule *rule, bool *same)
{
	const size_t start = rule->window_start, end = rule->window_end;
	const size_t tail = end <= before_len ? before_len - end : 0;
	size_t was, is;

	if (end <= start || end > before_len || after_len < start + tail ||
	    memcmp(before, after, start) != 0 ||
	    memcmp(before + end, after + after_len - tail, tail) != 0)
		return false;
	was = ycomment_count(before + start, end - start);
	is = ycomment_count(after + start, after_len - tail - start);
	if (was == SIZE_MAX || is == SIZE_MAX)
		return false;
	*same = was == is;
	return true;
}

/* The same comments, counted by libyaml's tokens and (unless the rule keeps the bytes around) read
 * by ytree: old's from the caller when it read them. */
static bool same_comments(const struct rewrite_old *old, const char *after, size_t after_len,
			  const struct rewrite_rule *rule)
{
	struct plan_buf was = PLAN_BUF_INIT, is = PLAN_BUF_INIT;
	size_t count;
	bool same = false;

	if (rule->bytes_kept_around &&
	    same_in_window(old->data, old->len, after, after_len, rule, &same))
		return same;
	count = ycomment_count(old->data, old->len);
	if (count == SIZE_MAX || count != ycomment_count(after, after_len))
		return false;
	if (rule->bytes_kept_around)
		return true;
	if (old->comments)
		plan_buf_add(&was, old->comments->s, old->comments->len);
	if ((old->comments || plan_fmt_comments(old->name, old->data, old->len, &was) == 0) &&
	    plan_fmt_comments(old->name, after, after_len, &is) == 0) {
		sort_lines(&was);
		sort_lines(&is);
		same = was.len == is.len && memcmp(was.s, is.s, is.len) == 0;
	}
	plan_buf_release(&was);
	plan_buf_release(&is);
	return same;
}

static bool allowed_field(const struct rewrite_rule *rule, const char *field)
{
	for (size_t k = 0; rule->fields && rule->fields[k]; k++)
		if (strcmp(rule->fields[k], field) == 0)
			return true;
	return false;
}

/* True when the differences are the rule's task's allowed fields at most. */
static bool within(const struct plan_diff *d, const struct rewrite_rule *rule)
{
	const struct plan_item_diff *it = d->n ? &d->items[0] : NULL;
	const char *slash;

	if (d->n == 0)
		return true;
	if (d->n > 1 || !rule->task_id || it->change != PLAN_CHANGE_CHANGED ||
	    strcmp(it->what, "task") != 0 || !(slash = strchr(it->ref, '/')) ||
	    strcmp(slash + 1, rule->task_id) != 0)
		return false;
	for (size_t i = 0; i < it->n_fields; i++)
		if (!allowed_field(rule, it->fields[i].field))
			return false;
	return true;
}

/* The rule's task in the set (one file: its plans), or NULL. */
static const struct plan_task *edited_task(const struct plan_set *set, const char *id)
{
	const struct plan_task *task = NULL;

	for (size_t i = 0; i < set->n_plans && !task; i++)
		task = plan_find_task(set->plans[i], id);
	return task;
}

enum rewrite_verdict rewrite_check(const struct rewrite_old *old, const char *after,
				   size_t after_len, const struct plan_deadlines *engine,
				   const struct rewrite_rule *rule, struct plan_diags *diags,
				   struct plan_set **read_back)
{
	struct plan_set *loaded = NULL, *new = NULL;
	/* A file holds one plan: the set its bytes load as, without loading them again. */
	const struct plan_set given = { .plans = &old->plan, .n_plans = 1 };
	struct plan_diff d = { 0 };
	enum rewrite_verdict verdict = REWRITE_UNREADABLE;
	const struct plan_task *task;

	if ((!old->plan && plan_set_load_buffer(&loaded, old->name, old->data, old->len, NULL,
						diags) != PLAN_LOAD_OK) ||
	    plan_set_load_buffer(&new, old->name, after, after_len, NULL, diags) != PLAN_LOAD_OK)
		goto done;
	plan_diff_sets(old->plan ? &given : loaded, new, engine, &d);
	if (!within(&d, rule))
		verdict = REWRITE_CHANGED;
	else if (rule->holds && (!(task = rule->task_id ? edited_task(new, rule->task_id) : NULL) ||
				 !rule->holds(task, rule->arg)))
		verdict = REWRITE_NOT_HELD;
	else if (!same_comments(old, after, after_len, rule))
		verdict = REWRITE_COMMENTS;
	else
		verdict = REWRITE_KEPT;
done:
	plan_diff_release(&d);
	plan_set_free(loaded);
	if (read_back)
		*read_back = verdict == REWRITE_KEPT ? new : NULL;
	if (!read_back || verdict != REWRITE_KEPT)
		plan_set_free(new);
	return verdict;
}
