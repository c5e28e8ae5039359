/* diffout.c - a diff of plans as text, Markdown or JSON. */
#include "plan/diff.h"

#include <string.h>

#include "json.h"

static const char *const change_names[] = { "added", "removed", "changed", "moved", "renamed" };

const char *plan_change_name(enum plan_change change)
{
	return change_names[change];
}

/* Appends s, escaped for Markdown when md. */
static void put(struct plan_buf *out, const char *s, bool md)
{
	if (md)
		plan_md_escape(out, s, strlen(s));
	else
		plan_buf_addstr(out, s);
}

static void put_list(struct plan_buf *out, const char *const *v, size_t n, const char *sign,
		     bool md, bool *first)
{
	for (size_t i = 0; i < n; i++) {
		if (!*first)
			plan_buf_addstr(out, "; ");
		*first = false;
		plan_buf_addstr(out, sign);
		put(out, v[i], md);
	}
}

/* The value part of a field line: "old → new", "- a; + b", and how the due date moved. */
static void field_value(struct plan_buf *out, const struct plan_item_diff *it,
			const struct plan_field_diff *f, bool md)
{
	/* A rename's tasks are where it happened, not items gained. */
	const bool whole = it->change == PLAN_CHANGE_ADDED || it->change == PLAN_CHANGE_REMOVED ||
			   (it->change == PLAN_CHANGE_RENAMED && strcmp(f->field, "tasks") == 0);
	bool first = true;

	if (f->is_list) {
		put_list(out, f->removed, f->n_removed, whole ? "" : "- ", md, &first);
		put_list(out, f->added, f->n_added, whole ? "" : "+ ", md, &first);
	} else if (whole) {
		put(out, f->new ? f->new : f->old ? f->old : "", md);
	} else {
		put(out, f->old ? f->old : "(none)", md);
		plan_buf_addstr(out, " → ");
		put(out, f->new ? f->new : "(none)", md);
	}
	if (f->moved_due) {
		char a[PLAN_DATE_LEN + 1], b[PLAN_DATE_LEN + 1];
		const long days = (long)(f->new_due - f->old_due);

		plan_date_format(f->old_due, a);
		plan_date_format(f->new_due, b);
		plan_buf_addf(out, " (due %s → %s, %+ld day%s)", a, b, days,
			      days == 1 || days == -1 ? "" : "s");
	}
}

static void head_line(struct plan_buf *out, const struct plan_item_diff *it, bool md)
{
	if (md)
		plan_buf_addstr(out, "- **");
	if (strcmp(it->what, "task") != 0)
		plan_buf_addf(out, "%s ", it->what);
	put(out, it->ref, md);
	plan_buf_addstr(out, md ? "**: " : ": ");
	plan_buf_addstr(out, change_names[it->change]);
	if (it->change == PLAN_CHANGE_MOVED) {
		plan_buf_addstr(out, " from ");
		put(out, it->from, md);
	}
	if (it->change == PLAN_CHANGE_MOVED || it->change == PLAN_CHANGE_RENAMED) {
		plan_buf_addstr(out, " to ");
		put(out, it->to, md);
	}
	plan_buf_addch(out, '\n');
}

void plan_diff_render_fields(const struct plan_item_diff *it, enum plan_format format,
			     struct plan_buf *out)
{
	const bool md = format == PLAN_FORMAT_MD;

	for (size_t k = 0; k < it->n_fields; k++) {
		plan_buf_addstr(out, "  ");
		if (md)
			plan_buf_addstr(out, "- ");
		plan_buf_addf(out, "%s: ", it->fields[k].field);
		field_value(out, it, &it->fields[k], md);
		plan_buf_addch(out, '\n');
	}
}

static void render_lines(const struct plan_diff *d, enum plan_format format, struct plan_buf *out)
{
	for (size_t i = 0; i < d->n; i++) {
		head_line(out, &d->items[i], format == PLAN_FORMAT_MD);
		plan_diff_render_fields(&d->items[i], format, out);
	}
}

static void json_strings(struct plan_json *j, const char *key, const char *const *v, size_t n)
{
	plan_json_key(j, key);
	plan_json_begin_array(j);
	for (size_t i = 0; i < n; i++)
		plan_json_str(j, v[i]);
	plan_json_end_array(j);
}

static void json_date(struct plan_json *j, const char *key, plan_date d)
{
	char s[PLAN_DATE_LEN + 1];

	plan_json_key(j, key);
	if (d == PLAN_DATE_NONE) {
		plan_json_null(j);
		return;
	}
	plan_date_format(d, s);
	plan_json_str(j, s);
}

void plan_diff_json_item(struct plan_json *j, const struct plan_item_diff *it)
{
	plan_json_key(j, "what");
	plan_json_str(j, it->what);
	plan_json_key(j, "ref");
	plan_json_str(j, it->ref);
	plan_json_key(j, "change");
	plan_json_str(j, change_names[it->change]);
	plan_json_key(j, "from");
	plan_json_str(j, it->from);
	plan_json_key(j, "to");
	plan_json_str(j, it->to);
	plan_json_key(j, "fields");
	plan_json_begin_array(j);
	for (size_t k = 0; k < it->n_fields; k++) {
		const struct plan_field_diff *f = &it->fields[k];

		plan_json_begin_object(j);
		plan_json_key(j, "field");
		plan_json_str(j, f->field);
		plan_json_key(j, "old");
		plan_json_str(j, f->is_list ? NULL : f->old);
		plan_json_key(j, "new");
		plan_json_str(j, f->is_list ? NULL : f->new);
		json_strings(j, "removed", f->removed, f->n_removed);
		json_strings(j, "added", f->added, f->n_added);
		json_date(j, "old_due", f->old_due);
		json_date(j, "new_due", f->new_due);
		plan_json_key(j, "shift_days");
		if (f->moved_due)
			plan_json_int(j, (long long)(f->new_due - f->old_due));
		else
			plan_json_null(j);
		plan_json_end_object(j);
	}
	plan_json_end_array(j);
}

static void render_json(const struct plan_diff *d, struct plan_buf *out)
{
	struct plan_json j;

	plan_json_init(&j, out);
	plan_json_begin_array(&j);
	for (size_t i = 0; i < d->n; i++) {
		plan_json_begin_object(&j);
		plan_diff_json_item(&j, &d->items[i]);
		plan_json_end_object(&j);
	}
	plan_json_end_array(&j);
	plan_json_finish(&j);
}

void plan_diff_render(const struct plan_diff *d, enum plan_format format, struct plan_buf *out)
{
	if (format == PLAN_FORMAT_JSON)
		render_json(d, out);
	else
		render_lines(d, format, out);
}
