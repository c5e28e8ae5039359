/*
 * rewrite.c - the check that a rewritten file holds what it should
 * (rewrite.h): reads the edited task's new lines alone and compares that
 * task, or loads both texts and compares them; finds the edited task;
 * and compares the comments as two independent readers see them.
 */
#include "rewrite.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"
#include "link.h"
#include "parse.h"
#include "plan/diff.h"
#include "plan/fmt.h"
#include "plan/set.h"
#include "resync.h"
#include "ycomments.h"
#include "yamlev.h"
#include "ylines.h"

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

/* The rule's window in before and in after: the bytes [start, end) of each. */
struct window {
	size_t start, end, after_end;
};

/*
 * Finds the rule's window in after: false when there is none, or the
 * bytes around it are not before's.
 */
static bool window_of(const char *before, size_t before_len, const char *after, size_t after_len,
		      const struct rewrite_rule *rule, struct window *w)
{
	const size_t start = rule->window_start, end = rule->window_end;
	const size_t tail = end <= before_len ? before_len - end : 0;

	if (!rule->bytes_kept_around || end <= start || end > before_len ||
	    after_len < start + tail || memcmp(before, after, start) != 0 ||
	    memcmp(before + end, after + after_len - tail, tail) != 0)
		return false;
	*w = (struct window){ start, end, after_len - tail };
	return true;
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
	struct window w;
	size_t was, is;

	if (!window_of(before, before_len, after, after_len, rule, &w))
		return false;
	was = ycomment_count(before + w.start, w.end - w.start);
	is = ycomment_count(after + w.start, w.after_end - w.start);
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

/*
 * True when new, read alone, is old but for the rule's fields of the
 * rule's task: the same task ids in the same tree, every other task the
 * same.
 */
static bool same_tree(const struct plan_task *old, const struct plan_task *new,
		      const struct rewrite_rule *rule, const struct plan_deadlines *engine)
{
	struct plan_diff d = { 0 };
	bool same;

	if (strcmp(old->id.s, new->id.s) != 0 || old->n_subtasks != new->n_subtasks)
		return false;
	plan_diff_task(old, new, engine, &d);
	same = strcmp(old->id.s, rule->task_id) == 0 ? within(&d, rule) : d.n == 0;
	plan_diff_release(&d);
	for (size_t i = 0; same && i < old->n_subtasks; i++)
		same = same_tree(&old->subtasks[i], &new->subtasks[i], rule, engine);
	return same;
}

/* The collections around task's list in its file: the plan, its section, each parent. */
static unsigned depth_around(const struct plan_task *task)
{
	unsigned depth = task->plan->has_sections ? 3 : 1; /* the plan; its sections, a section */

	for (const struct plan_task *p = task->parent; p; p = p->parent)
		depth += 2; /* a parent, its subtasks */
	return depth;
}

/* The 1-based line that byte offset at of data starts, as editors count lines. */
static uint32_t line_at(const char *data, size_t len, size_t at)
{
	const char eol = ylines_editor_break(data, len);
	uint32_t line = 1;

	for (const char *s = data, *end = data + at; (s = memchr(s, eol, (size_t)(end - s))); s++)
		line++;
	return line;
}

/*
 * Reads the item of a block list that after's window w starts (read alone
 * as in its list: yaml_item_reads_alone()), at the depth of was, the
 * rule's task in old's plan, into the task it holds; NULL when it is no
 * such item or holds anything but one task read without errors.
 */
static struct plan_task *read_window(const char *name, const char *after, size_t after_len,
				     const struct window *w, const struct plan_task *was,
				     struct arena *arena)
{
	const unsigned around = depth_around(was);
	const uint32_t line = line_at(after, after_len, w->start);
	struct plan_diags diags = PLAN_DIAGS_INIT;
	const struct plan_task *tasks = NULL;
	struct yaml_item it;
	struct yev_reader *r;
	struct parser p;
	size_t n = 0;
	bool read;

	if (around >= PLAN_MAX_DEPTH || !yaml_item_find(after, after_len, line, &it) ||
	    it.start != w->start || it.end < w->after_end ||
	    !yaml_item_reads_alone(after, after_len, &it))
		return NULL;
	/* the item's lines: the window's, and the comments and blank lines after them */
	r = yev_open(name, after + it.start, it.end - it.start, PLAN_MAX_DEPTH - around, arena,
		     &diags);
	yev_count_lines_from(r, line);
	p = (struct parser){ .r = r, .arena = arena };
	read = parse_task_list(&p, &tasks, &n);
	yev_finish(r);
	read = read && !yev_failed(r) && !diags.errors && n == 1;
	yev_close(r);
	plan_diags_release(&diags);
	return read ? (struct plan_task *)&tasks[0] : NULL;
}

/*
 * The check of an edit within the rule's window, its new lines read alone
 * (rewrite.h): true, with the task handed to *back, when they hold what
 * they should; false when that cannot be said so, and the whole texts are
 * to be checked.
 */
static bool kept_alone(const struct rewrite_old *old, const char *after, size_t after_len,
		       const struct plan_deadlines *engine, const struct rewrite_rule *rule,
		       struct plan_edit_check *back)
{
	const struct plan_task *was =
	    old->plan && rule->task_id ? plan_find_task(old->plan, rule->task_id) : NULL;
	struct arena *arena;
	struct plan_task *task;
	struct window w;
	bool same = false, same_comments_there = false;

	if (!was || !window_of(old->data, old->len, after, after_len, rule, &w))
		return false;
	arena = arena_new();
	if ((task = read_window(old->name, after, after_len, &w, was, arena))) {
		link_task_in(task, was);
		same = same_tree(was, task, rule, engine) &&
		       (!rule->holds || rule->holds(task, rule->arg)) &&
		       same_in_window(old->data, old->len, after, after_len, rule,
				      &same_comments_there) &&
		       same_comments_there;
	}
	if (same && back) {
		back->edited = task;
		back->arena = arena;
	} else {
		arena_free(arena);
	}
	return same;
}

enum rewrite_verdict rewrite_check(const struct rewrite_old *old, const char *after,
				   size_t after_len, const struct plan_deadlines *engine,
				   const struct rewrite_rule *rule, struct plan_diags *diags,
				   struct plan_edit_check *read_back)
{
	struct plan_set *loaded = NULL, *new = NULL;
	/* A file holds one plan: the set its bytes load as, without loading them again. */
	const struct plan_set given = { .plans = &old->plan, .n_plans = 1 };
	struct plan_diff d = { 0 };
	enum rewrite_verdict verdict = REWRITE_UNREADABLE;
	const struct plan_task *task = NULL;

	if (kept_alone(old, after, after_len, engine, rule, read_back))
		return REWRITE_KEPT;
	if ((!old->plan && plan_set_load_buffer(&loaded, old->name, old->data, old->len, NULL,
						diags) != PLAN_LOAD_OK) ||
	    plan_set_load_buffer(&new, old->name, after, after_len, NULL, diags) != PLAN_LOAD_OK)
		goto done;
	plan_diff_sets(old->plan ? &given : loaded, new, engine, &d);
	task = rule->task_id ? edited_task(new, rule->task_id) : NULL;
	if (!within(&d, rule))
		verdict = REWRITE_CHANGED;
	else if (rule->holds && (!task || !rule->holds(task, rule->arg)))
		verdict = REWRITE_NOT_HELD;
	else if (!same_comments(old, after, after_len, rule))
		verdict = REWRITE_COMMENTS;
	else
		verdict = REWRITE_KEPT;
done:
	plan_diff_release(&d);
	plan_set_free(loaded);
	if (read_back && verdict == REWRITE_KEPT) {
		read_back->after = new;
		read_back->edited = task;
	} else {
		plan_set_free(new);
	}
	return verdict;
}
