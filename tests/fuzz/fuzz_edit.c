/*
 * fuzz_edit.c - plan set on a fuzzed file: refused with a diagnostic, or a
 * new text that loads, differs from the old in that field of that task
 * alone, gives it exactly the values asked, and keeps every comment - all
 * checked here apart from edit.c's own check.
 *
 * Input: byte 0 picks the field, then the file, then up to three values,
 * each after FUZZ_SEP.  The task is the file's first.
 */
#include "fuzz.h"

#include "plan/diff.h"
#include "plan/edit.h"
#include "plan/set.h"
#include "text.h"
#include "ycomments.h"

/* The errors of a from first on are b's: codes and positions. */
static bool same_errors(const struct plan_diags *a, size_t first, const struct plan_diags *b)
{
	size_t i = first, k = 0;

	for (;; i++, k++) {
		while (i < a->n && a->v[i].severity != PLAN_ERROR)
			i++;
		while (k < b->n && b->v[k].severity != PLAN_ERROR)
			k++;
		if (i == a->n || k == b->n)
			return i == a->n && k == b->n;
		if (!a->v[i].code || !b->v[k].code || strcmp(a->v[i].code, b->v[k].code) != 0 ||
		    a->v[i].pos.line != b->v[k].pos.line ||
		    a->v[i].pos.column != b->v[k].pos.column)
			return false;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool same(const struct plan_text *t, const char *v)
{
	return t->s && strcmp(t->s, v) == 0;
}

/* The field of t, as the texts plan set takes for it; true when it holds values. */
static bool holds(const struct plan_task *t, const char *field, char **values, size_t n)
{
	const struct plan_texts *list = strcmp(field, "lead") == 0      ? &t->lead
					: strcmp(field, "support") == 0 ? &t->support
									: NULL;
	char date[PLAN_DATE_LEN + 1];

	if (list) {
		for (size_t i = 0; i < n; i++)
			if (i >= list->n || !same(&list->v[i], values[i]))
				return false;
		return list->n == n;
	}
	if (strcmp(field, "due") == 0) {
		for (size_t i = 0; i < n; i++) {
			if (i >= t->due.n)
				return false;
			plan_date_format(t->due.v[i].date, date);
			if (strcmp(date, values[i]) != 0)
				return false;
		}
		return t->due.n == n;
	}
	if (strcmp(field, "status") == 0)
		return strcmp(plan_status_name(t->status), values[0]) == 0;
	return same(strcmp(field, "deadline") == 0  ? &t->deadline
		    : strcmp(field, "note") == 0    ? &t->note
		    : strcmp(field, "product") == 0 ? &t->product
		    : strcmp(field, "funding") == 0 ? &t->funding
						    : &t->text,
		    values[0]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *part[4];
	size_t len[4], n, bad;
	const char *field;
	char *values[3] = { NULL, NULL, NULL }, *id = NULL;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_set *old = NULL, *new = NULL;
	size_t first;
	int status;

	if (size < 1)
		return 0;
	field = plan_edit_fields[data[0] % PLAN_EDIT_FIELDS];
	n = fuzz_split(data + 1, size - 1, part, len, 4);
	for (size_t i = 1; i < n; i++) {
		if (!plan_utf8_valid((const char *)part[i], len[i], &bad) ||
		    memchr(part[i], '\0', len[i]))
			goto done;
		values[i - 1] = fuzz_string(part[i], len[i]);
	}
	if (plan_set_load_buffer(&old, "p.yaml", (const char *)part[0], len[0], NULL, &diags) !=
		PLAN_LOAD_OK ||
	    !old->n_plans || !old->plans[0]->n_tasks)
		goto done;
	id =
	    strdup(old->plans[0]->tasks[data[0] / PLAN_EDIT_FIELDS % old->plans[0]->n_tasks]->id.s);
	first = diags.n; /* the load's warnings before */
	status = plan_edit_set("p.yaml", (const char *)part[0], len[0], id, field,
			       (const char *const *)values, n - 1, &out, &diags);
	{
		/*
		 * As plan set edits: the plan loaded, the task's own lines edited
		 * and read back alone; the same bytes, errors and task.
		 */
		struct plan_edit_check check = { .before = old->plans[0] };
		struct plan_diags d3 = PLAN_DIAGS_INIT;
		struct plan_buf again = PLAN_BUF_INIT;

		FUZZ_ASSERT(plan_edit_set_read_back("p.yaml", (const char *)part[0], len[0], id,
						    field, (const char *const *)values, n - 1,
						    &again, &check, &d3) == status);
		FUZZ_ASSERT(again.len == out.len && memcmp(again.s, out.s, out.len) == 0);
		/* the same errors (a warning of the old text's is said once, not twice, there) */
		FUZZ_ASSERT(same_errors(&diags, first, &d3));
		FUZZ_ASSERT((status == 0) == (check.edited != NULL));
		if (check.edited) {
			struct plan_diags d4 = PLAN_DIAGS_INIT;
			struct plan_set *whole = NULL;
			struct plan_diff d = { 0 };

			FUZZ_ASSERT(strcmp(check.edited->id.s, id) == 0);
			FUZZ_ASSERT(holds(check.edited, field, values, n - 1));
			FUZZ_ASSERT(plan_set_load_buffer(&whole, "p.yaml", out.s, out.len, NULL,
							 &d4) == PLAN_LOAD_OK);
			plan_diff_task(plan_find_task(whole->plans[0], id), check.edited, NULL, &d);
			FUZZ_ASSERT(d.n == 0); /* read alone, it is the task the whole text holds */
			FUZZ_ASSERT(check.edited->pos.line ==
				    plan_find_task(whole->plans[0], id)->pos.line);
			plan_diff_release(&d);
			plan_set_free(whole);
			plan_diags_release(&d4);
		}
		plan_edit_check_release(&check);
		plan_buf_release(&again);
		plan_diags_release(&d3);
	}
	if (status != 0) {
		FUZZ_ASSERT(diags.errors > 0);
		goto done;
	}
	{
		struct plan_diags d2 = PLAN_DIAGS_INIT;
		struct plan_diff d = { 0 };
		const struct plan_task *t;

		FUZZ_ASSERT(plan_set_load_buffer(&new, "p.yaml", out.s, out.len, NULL, &d2) ==
			    PLAN_LOAD_OK);
		FUZZ_ASSERT(new->n_plans == 1);
		t = plan_find_task(new->plans[0], id);
		FUZZ_ASSERT(t && holds(t, field, values, n - 1));
		plan_diff_sets(old, new, NULL, &d);
		FUZZ_ASSERT(d.n <= 1);
		for (size_t i = 0; d.n && i < d.items[0].n_fields; i++)
			FUZZ_ASSERT(strcmp(d.items[0].fields[i].field, field) == 0);
		FUZZ_ASSERT(ycomment_count((const char *)part[0], len[0]) ==
			    ycomment_count(out.s, out.len));
		plan_diff_release(&d);
		plan_diags_release(&d2);
	}
done:
	for (size_t i = 0; i < 3; i++)
		free(values[i]);
	free(id);
	plan_set_free(old);
	plan_set_free(new);
	plan_buf_release(&out);
	plan_diags_release(&diags);
	return 0;
}
