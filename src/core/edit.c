/* edit.c - one field of one task changed in a file's bytes, the rest untouched. */
#include "plan/edit.h"

#include <string.h>

#include "parse.h"
#include "plan/diff.h"
#include "plan/fmt.h"
#include "text.h"
#include "edithold.h"
#include "resync.h"
#include "rewrite.h"
#include "ycomments.h"
#include "ytree.h"

const char *const plan_edit_fields[PLAN_EDIT_FIELDS + 1] = {
	"status", "due", "deadline", "note", "lead", "support", "product", "task", "funding", NULL,
};

static const struct plan_pos nowhere = { 0, 0 };

/* A replacement of the bytes [start, end) by text. */
struct change {
	size_t start, end;
	struct plan_buf text;
};

/* What an edit works on. */
struct editor {
	const char *name;
	const char *data; /* the file */
	size_t len;
	size_t base;    /* where t's bytes start in it: 0, or the task's own lines */
	uint32_t lines; /* the lines of the file before base, for messages */
	struct ytree *t;
	struct ynode *task;
	struct plan_diags *diags;
	struct change c;
};

/* A position in the editor's tree as a position in the file. */
static struct plan_pos in_file(const struct editor *e, struct plan_pos pos)
{
	if (pos.line)
		pos.line += e->lines;
	return pos;
}

static unsigned flags_of(const char *field, bool flow)
{
	const bool typed = strcmp(field, "due") == 0 || strcmp(field, "status") == 0 ||
			   strcmp(field, "delivered") == 0 || strcmp(field, "on") == 0;

	return (typed ? PLAN_FMT_TYPED : 0) | (flow ? PLAN_FMT_FLOW : 0);
}

/* The task whose id is id, under node (a plan's root, a section, a task). */
static struct ynode *find_task(struct ynode *node, const char *id)
{
	static const char *const lists[] = { "sections", "tasks", "subtasks" };

	if (!node || node->kind != YNODE_MAP)
		return NULL;
	for (size_t l = 0; l < 3; l++) {
		struct ynode *seq = ytree_get(node, lists[l]);

		for (size_t i = 0; seq && seq->kind == YNODE_SEQ && i < seq->n; i++) {
			struct ynode *item = seq->kids[i], *item_id = ytree_get(item, "id"), *found;

			if (l > 0 && item_id && item_id->kind == YNODE_SCALAR &&
			    strcmp(item_id->text, id) == 0)
				return item;
			if ((found = find_task(item, id)) != NULL)
				return found;
		}
	}
	return NULL;
}

/* The byte offset of the ":" after a key. */
static size_t colon_after(const struct ytree *t, const struct ynode *key)
{
	size_t i = key->end;

	while (i < t->len && t->data[i] != ':')
		i++;
	return i;
}

/* The indentation of a block mapping's keys: the column its first key is at. */
static size_t key_indent(const struct ynode *map)
{
	return map->n ? map->kids[0]->pos.column - 1 : map->pos.column - 1;
}

/* Appends a list of values, as a block list at indent or a flow one. */
static void list_text(struct plan_buf *out, const char *field, const char *const *values, size_t n,
		      size_t indent, bool flow)
{
	if (flow || n == 0) {
		plan_buf_addch(out, '[');
		for (size_t i = 0; i < n; i++) {
			if (i)
				plan_buf_addstr(out, ", ");
			plan_fmt_scalar(out, values[i], strlen(values[i]), flags_of(field, true));
		}
		plan_buf_addch(out, ']');
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (i) {
			plan_buf_addch(out, '\n');
			plan_buf_addchars(out, ' ', indent);
		}
		plan_buf_addstr(out, "- ");
		plan_fmt_scalar(out, values[i], strlen(values[i]), flags_of(field, false));
	}
}

/* True, after an error, when a comment lies on the lines of a value being replaced. */
static bool holds_comments(struct editor *e, const struct ynode *value, const char *field)
{
	for (size_t i = 0; i < e->t->n_comments; i++) {
		const struct ycomment *c = &e->t->comments[i];

		if (c->at >= value->start && c->line <= value->end_line) {
			plan_diags_add(e->diags, e->name, in_file(e, value->pos), PLAN_ERROR,
				       "has-comments",
				       "the '%s' list holds comments; change it by hand", field);
			return true;
		}
	}
	return false;
}

/* Plans the replacement of a single value that is there. */
static int replace_scalar(struct editor *e, const struct ynode *key, const struct ynode *value,
			  const char *field, const char *text)
{
	if (value->kind != YNODE_SCALAR) {
		plan_diags_add(e->diags, e->name, in_file(e, value->pos), PLAN_ERROR, "wrong-type",
			       "'%s' is not a single value here; change it by hand", field);
		return -1;
	}
	if (value->len == 0 && value->plain) { /* "note:" with nothing after */
		e->c.start = colon_after(e->t, key);
		e->c.end = e->c.start + 1;
		plan_buf_addstr(&e->c.text, ": ");
	} else {
		e->c.start = value->start;
		e->c.end = value->end;
	}
	plan_fmt_scalar(&e->c.text, text, strlen(text), flags_of(field, e->task->flow));
	return 0;
}

/* Plans the replacement of a list that is there (or of the one date due may be). */
static int replace_list(struct editor *e, const struct ynode *key, const struct ynode *value,
			const char *field, const char *const *values, size_t n)
{
	const struct ytree *t = e->t;
	const size_t indent = key_indent(e->task);
	struct plan_buf *text = &e->c.text;

	if (value->kind == YNODE_SEQ && value->n && !value->flow && holds_comments(e, value, field))
		return -1;
	if (value->kind == YNODE_SEQ && value->n && !value->flow && n) {
		/* A block list stays one: its items replaced, at its indentation. */
		e->c.start = value->start;
		e->c.end = value->end;
		list_text(text, field, values, n, value->pos.column - 1, false);
	} else if (value->flow) {
		/* [a, b] stays one, in its place (after any comment that ends the key's line). */
		e->c.start = value->start;
		e->c.end = value->end;
		list_text(text, field, values, n, 0, true);
	} else if (value->kind == YNODE_SCALAR && !value->null && !e->task->flow &&
		   value->pos.line > key->pos.line) {
		/* A single date on a line of its own: the list where it stood. */
		e->c.start = value->start;
		e->c.end = value->end;
		list_text(text, field, values, n, value->pos.column - 1, false);
	} else if (value->null && value->start == value->end && !e->task->flow && n) {
		/* "lead:" with nothing (but a comment) after it: the list on the next lines. */
		e->c.start = e->c.end = ytree_line_end(t, colon_after(t, key));
		if (e->c.start == t->len && !ybreak_before(t->data, t->len))
			plan_buf_addch(text, '\n');
		plan_buf_addchars(text, ' ', indent + 2);
		list_text(text, field, values, n, indent + 2, false);
		plan_buf_addch(text, '\n');
	} else if (e->task->flow || n == 0) {
		e->c.start = colon_after(t, key);
		e->c.end = value->end > e->c.start ? value->end : e->c.start + 1;
		plan_buf_addstr(text, ": ");
		list_text(text, field, values, n, 0, true);
	} else {
		/* A single date, or an empty list, becomes a block list. */
		e->c.start = colon_after(t, key);
		e->c.end = value->end > e->c.start ? value->end : e->c.start + 1;
		plan_buf_addstr(text, ":\n");
		plan_buf_addchars(text, ' ', indent + 2);
		list_text(text, field, values, n, indent + 2, false);
	}
	return 0;
}

/* Plans the replacement of a field that is there. */
static int replace(struct editor *e, struct ynode *key, struct ynode *value, const char *field,
		   const char *const *values, size_t n)
{
	return edit_is_list_field(field) ? replace_list(e, key, value, field, values, n)
					 : replace_scalar(e, key, value, field, values[0]);
}

/* The index of key in the task's canonical order, or task_keys.n. */
static unsigned order_of(const char *key)
{
	for (unsigned k = 0; k < task_keys.n; k++)
		if (strcmp(task_keys.names[k], key) == 0)
			return k;
	return task_keys.n;
}

/* Plans the insertion of a field the task does not have: where plan fmt would put it. */
static void insert(struct editor *e, const char *field, const struct plan_buf *value_block,
		   const struct plan_buf *value_flow)
{
	const struct ytree *t = e->t;
	const struct ynode *task = e->task, *prev = NULL;
	const unsigned want = order_of(field);
	struct plan_buf *text = &e->c.text;

	for (size_t i = 0; i + 1 < task->n; i += 2) {
		const unsigned k = order_of(task->kids[i]->text);

		if (k < want && (!prev || k >= order_of(prev->text)))
			prev = task->kids[i];
	}
	if (task->flow) {
		/* {id: "1", task: X}: before the closing brace. */
		e->c.start = e->c.end = task->end - 1;
		plan_buf_addf(text, ", %s: ", field);
		plan_buf_add(text, value_flow->s, value_flow->len);
		return;
	}
	{
		const struct ynode *after = prev ? ytree_get(task, prev->text) : NULL;
		const size_t at = after ? after->end : task->start;

		e->c.start = e->c.end =
		    after ? ytree_line_end(t, at > 0 ? at - 1 : 0) : ytree_line_start(t, at);
	}
	if (e->c.start == t->len && t->len && !ybreak_before(t->data, t->len))
		plan_buf_addch(text, '\n');
	plan_buf_addchars(text, ' ', key_indent(task));
	plan_buf_addf(text, "%s:", field);
	plan_buf_add(text, value_block->s, value_block->len);
	plan_buf_addch(text, '\n');
}

/*
 * True, after an error, when a comment lies in the bytes the planned change
 * replaces: what no edit may drop.
 */
static bool change_drops_comment(struct editor *e, const char *field)
{
	for (size_t i = 0; i < e->t->n_comments; i++) {
		const struct ycomment *c = &e->t->comments[i];

		if (c->at >= e->c.start && c->at < e->c.end) {
			plan_diags_add(
			    e->diags, e->name, in_file(e, e->task->pos), PLAN_ERROR, "has-comments",
			    "a comment stands where the new '%s' goes; change it by hand", field);
			return true;
		}
	}
	return false;
}

/* Plans setting field to values, there or not. */
static int plan_change(struct editor *e, const char *field, const char *const *values, size_t n)
{
	struct ynode *key = ytree_key(e->task, field), *value = ytree_get(e->task, field);
	struct plan_buf block = PLAN_BUF_INIT, flow = PLAN_BUF_INIT;
	const size_t indent = key_indent(e->task);

	if (key)
		return replace(e, key, value, field, values, n) != 0 ||
			       change_drops_comment(e, field)
			   ? -1
			   : 0;
	if (edit_is_list_field(field) && n) {
		plan_buf_addch(&block, '\n');
		plan_buf_addchars(&block, ' ', indent + 2);
		list_text(&block, field, values, n, indent + 2, false);
	} else if (edit_is_list_field(field)) {
		plan_buf_addstr(&block, " []");
	} else {
		plan_buf_addch(&block, ' ');
		plan_fmt_scalar(&block, values[0], strlen(values[0]), flags_of(field, false));
	}
	if (edit_is_list_field(field))
		list_text(&flow, field, values, n, 0, true);
	else
		plan_fmt_scalar(&flow, values[0], strlen(values[0]), flags_of(field, true));
	insert(e, field, &block, &flow);
	plan_buf_release(&block);
	plan_buf_release(&flow);
	return 0;
}

/*
 * Applies the planned change to the file's bytes, into out; its new lines
 * end as the file's do (CRLF, CR…), not at LF.
 */
static void apply(const struct editor *e, struct plan_buf *out)
{
	/* the file's own line breaks, wherever the tree starts (ytree_line_break() reads these two)
	 */
	const struct ytree file = { .data = e->data, .len = e->len };
	size_t eol_len;
	const char *eol = ytree_line_break(&file, &eol_len);

	plan_buf_add(out, e->data, e->base + e->c.start);
	for (size_t i = 0; i < e->c.text.len; i++) {
		if (e->c.text.s[i] == '\n')
			plan_buf_add(out, eol, eol_len);
		else
			plan_buf_addch(out, e->c.text.s[i]);
	}
	plan_buf_add(out, e->data + e->base + e->c.end, e->len - e->base - e->c.end);
}

/*
 * Sets the rule's window to the task's lines when it is an item of a block
 * list ("  - id: ..." alone on the start of its first line): what every
 * change of this editor is within (rewrite.h).
 */
static void task_window(const struct editor *e, struct rewrite_rule *rule)
{
	const struct ytree *t = e->t;
	const size_t start = ytree_line_start(t, e->task->start);
	size_t i = start;

	while (i < e->task->start && t->data[i] == ' ')
		i++;
	if (e->task->flow || i + 2 > e->task->start || t->data[i] != '-')
		return;
	for (i++; i < e->task->start; i++)
		if (t->data[i] != ' ')
			return;
	rule->window_start = e->base + start;
	rule->window_end = e->base + ytree_line_end(t, e->task->end ? e->task->end - 1 : 0);
}

/*
 * Reads the lines of the task that starts at line (yaml_item_find()) as a
 * tree of their own: a list of that one task.  Returns false, with nothing
 * kept, when they are not that.
 */
static bool open_task_lines(struct editor *e, uint32_t line, const char *task_id)
{
	struct yaml_item it;
	struct ynode *root, *id;

	if (!line || !yaml_item_find(e->data, e->len, line, &it) ||
	    !yaml_item_reads_alone(e->data, e->len, &it) ||
	    !(e->t = ytree_read(e->name, e->data + it.start, it.end - it.start)))
		return false;
	root = e->t->root;
	if (root && root->kind == YNODE_SEQ && root->n == 1 && root->kids[0]->kind == YNODE_MAP &&
	    (id = ytree_get(root->kids[0], "id")) && id->kind == YNODE_SCALAR &&
	    strcmp(id->text, task_id) == 0) {
		e->task = root->kids[0];
		e->base = it.start;
		e->lines = it.first - 1;
		return true;
	}
	ytree_free(e->t);
	e->t = NULL;
	return false;
}

/*
 * Opens the file data (len bytes) to edit task task_id: its own lines
 * alone when line, where the task starts as the file was loaded, says
 * where (a task of a block list), else the whole file.
 */
static int open_editor(struct editor *e, const char *name, const char *data, size_t len,
		       const char *task_id, uint32_t line, struct plan_diags *diags)
{
	memset(e, 0, sizeof(*e));
	plan_buf_init(&e->c.text);
	e->name = name;
	e->data = data;
	e->len = len;
	e->diags = diags;
	if (open_task_lines(e, line, task_id))
		return 0;
	if (!(e->t = ytree_read(name, data, len))) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "syntax",
			       "the file cannot be read as YAML; run plan check");
		return -1;
	}
	if (!(e->task = find_task(e->t->root, task_id)) || e->task->kind != YNODE_MAP) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "unknown-task",
			       "no task '%s' in the file", task_id);
		return -1;
	}
	return 0;
}

/* The line the task starts at as the caller loaded the file, or 0. */
static uint32_t task_line(const struct plan_edit_check *check, const char *task_id)
{
	const struct plan_task *task =
	    check && check->before ? plan_find_task(check->before, task_id) : NULL;

	return task ? task->pos.line : 0;
}

static void close_editor(struct editor *e)
{
	ytree_free(e->t);
	plan_buf_release(&e->c.text);
}

int plan_edit_set(const char *name, const char *data, size_t len, const char *task_id,
		  const char *field, const char *const *values, size_t n, struct plan_buf *out,
		  struct plan_diags *diags)
{
	return plan_edit_set_read_back(name, data, len, task_id, field, values, n, out, NULL,
				       diags);
}

int plan_edit_set_read_back(const char *name, const char *data, size_t len, const char *task_id,
			    const char *field, const char *const *values, size_t n,
			    struct plan_buf *out, struct plan_edit_check *check,
			    struct plan_diags *diags)
{
	const char *const allowed[] = { field, NULL };
	const struct edit_asked asked = { field, values, n };
	struct rewrite_rule rule = { .task_id = task_id,
				     .fields = allowed,
				     .holds = edit_holds_asked,
				     .arg = &asked,
				     .bytes_kept_around = true };
	struct plan_buf new = PLAN_BUF_INIT;
	struct editor e;
	bool edited = false;
	int status = -1;

	if (check)
		*check = (struct plan_edit_check){ .before = check->before };
	if (plan_name_find(plan_edit_fields, PLAN_EDIT_FIELDS, field, strlen(field)) < 0) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "unknown-field",
			       "plan set cannot change '%s'", field);
		return -1;
	}
	if (edit_check_values(field, values, n, diags) != 0)
		return -1;
	if (open_editor(&e, name, data, len, task_id, task_line(check, task_id), diags) == 0 &&
	    plan_change(&e, field, values, n) == 0) {
		apply(&e, &new);
		task_window(&e, &rule);
		edited = true;
	}
	close_editor(&e); /* its tree, three times the file, before the check loads it twice */
	if (edited)
		status = edit_check_result(name, data, len, new.s, new.len, &rule, diags, check);
	if (status == 0)
		plan_buf_add(out, new.s, new.len);
	plan_buf_release(&new);
	return status;
}

/* The delivery as a list item: a date, or on and ref at indent. */
static void delivery_text(struct plan_buf *out, const char *on, const char *ref, size_t indent,
			  bool flow)
{
	if (!ref) {
		plan_buf_addstr(out, on);
		return;
	}
	if (flow) {
		plan_buf_addf(out, "{on: %s, ref: ", on);
		plan_fmt_scalar(out, ref, strlen(ref), PLAN_FMT_FLOW);
		plan_buf_addch(out, '}');
		return;
	}
	plan_buf_addf(out, "on: %s\n", on);
	plan_buf_addchars(out, ' ', indent);
	plan_buf_addstr(out, "ref: ");
	plan_fmt_scalar(out, ref, strlen(ref), 0);
}

static int plan_delivery(struct editor *e, const char *on, const char *ref)
{
	const struct ytree *t = e->t;
	struct ynode *key = ytree_key(e->task, "delivered"), *v = ytree_get(e->task, "delivered");
	const size_t indent = key_indent(e->task);
	struct plan_buf *text = &e->c.text;

	if (v && v->kind == YNODE_SEQ && v->n && v->flow) {
		/* [2024-01-31]: before the closing bracket. */
		e->c.start = e->c.end = v->end - 1;
		plan_buf_addstr(text, ", ");
		delivery_text(text, on, ref, 0, true);
	} else if (v && v->kind == YNODE_SEQ && v->n) {
		const size_t dash = v->pos.column - 1;

		e->c.start = e->c.end = ytree_line_end(t, v->end - 1);
		if (e->c.start == t->len && !ybreak_before(t->data, t->len))
			plan_buf_addch(text, '\n');
		plan_buf_addchars(text, ' ', dash);
		plan_buf_addstr(text, "- ");
		delivery_text(text, on, ref, dash + 2, false);
		plan_buf_addch(text, '\n');
	} else if (key) {
		/* "delivered: []" or "delivered:": the list is written anew. */
		e->c.start = colon_after(t, key);
		e->c.end = v && v->end > e->c.start ? v->end : e->c.start + 1;
		if (e->task->flow) {
			plan_buf_addstr(text, ": [");
			delivery_text(text, on, ref, 0, true);
			plan_buf_addch(text, ']');
		} else {
			plan_buf_addstr(text, ":\n");
			plan_buf_addchars(text, ' ', indent + 2);
			plan_buf_addstr(text, "- ");
			delivery_text(text, on, ref, indent + 4, false);
		}
	} else {
		struct plan_buf block = PLAN_BUF_INIT, flow = PLAN_BUF_INIT;

		plan_buf_addch(&block, '\n');
		plan_buf_addchars(&block, ' ', indent + 2);
		plan_buf_addstr(&block, "- ");
		delivery_text(&block, on, ref, indent + 4, false);
		plan_buf_addch(&flow, '[');
		delivery_text(&flow, on, ref, 0, true);
		plan_buf_addch(&flow, ']');
		insert(e, "delivered", &block, &flow);
		plan_buf_release(&block);
		plan_buf_release(&flow);
	}
	return change_drops_comment(e, "delivered") ? -1 : 0;
}

int plan_edit_deliver(const char *name, const char *data, size_t len, const char *task_id,
		      plan_date on, const char *ref, bool done, struct plan_buf *out,
		      struct plan_diags *diags)
{
	return plan_edit_deliver_read_back(name, data, len, task_id, on, ref, done, out, NULL,
					   diags);
}

int plan_edit_deliver_read_back(const char *name, const char *data, size_t len, const char *task_id,
				plan_date on, const char *ref, bool done, struct plan_buf *out,
				struct plan_edit_check *check, struct plan_diags *diags)
{
	const char *const allowed[] = { "delivered", "status", NULL };
	const char *const status_done[] = { "done" };
	const struct edit_asked_delivery asked = { on, ref, done };
	/* two edits, each of one span where no comment was (change_drops_comment) */
	struct rewrite_rule rule = { .task_id = task_id,
				     .fields = allowed,
				     .holds = edit_holds_delivery,
				     .arg = &asked,
				     .bytes_kept_around = true };
	struct plan_buf first = PLAN_BUF_INIT, second = PLAN_BUF_INIT;
	char date[PLAN_DATE_LEN + 1];
	struct editor e;
	int status = -1;

	if (check)
		*check = (struct plan_edit_check){ .before = check->before };
	plan_date_format(on, date);
	if (ref && edit_check_values("ref", &ref, 1, diags) != 0)
		return -1;
	if (open_editor(&e, name, data, len, task_id, task_line(check, task_id), diags) == 0 &&
	    plan_delivery(&e, date, ref) == 0) {
		apply(&e, &first);
		task_window(&e, &rule); /* the status's edit is in the same task */
		status = 0;
	}
	close_editor(&e);
	/* The status, on the text with the delivery: a second edit of its own. */
	if (status == 0 && done) {
		status = -1;
		/* the delivery was added within the task: it starts where it did */
		if (open_editor(&e, name, first.s, first.len, task_id, task_line(check, task_id),
				diags) == 0 &&
		    plan_change(&e, "status", status_done, 1) == 0) {
			apply(&e, &second);
			plan_buf_reset(&first);
			plan_buf_add(&first, second.s, second.len);
			status = 0;
		}
		close_editor(&e);
	}
	if (status == 0)
		status =
		    edit_check_result(name, data, len, first.s, first.len, &rule, diags, check);
	if (status == 0)
		plan_buf_add(out, first.s, first.len);
	plan_buf_release(&first);
	plan_buf_release(&second);
	return status;
}
