/* edithold.c - what an edit must hold once read back, and the values it may be given. */
#include "edithold.h"

#include <string.h>

#include "text.h"

static const struct plan_pos nowhere = { 0, 0 };

bool edit_is_list_field(const char *field)
{
	return strcmp(field, "lead") == 0 || strcmp(field, "support") == 0 ||
	       strcmp(field, "due") == 0 || strcmp(field, "delivered") == 0;
}

static bool same_text(const struct plan_text *t, const char *value)
{
	return t->s && strcmp(t->s, value) == 0;
}

bool edit_holds_asked(const struct plan_task *task, const void *arg)
{
	const struct edit_asked *a = arg;
	const struct plan_texts *list = strcmp(a->field, "lead") == 0      ? &task->lead
					: strcmp(a->field, "support") == 0 ? &task->support
									   : NULL;

	if (list) {
		if (list->n != a->n)
			return false;
		for (size_t i = 0; i < a->n; i++)
			if (!same_text(&list->v[i], a->values[i]))
				return false;
		return true;
	}
	if (strcmp(a->field, "due") == 0) {
		if (task->due.n != a->n)
			return false;
		for (size_t i = 0; i < a->n; i++) {
			plan_date d;

			if (plan_date_parse(a->values[i], strlen(a->values[i]), &d) !=
				PLAN_DATE_OK ||
			    task->due.v[i].date != d)
				return false;
		}
		return true;
	}
	if (strcmp(a->field, "status") == 0)
		return strcmp(plan_status_name(task->status), a->values[0]) == 0;
	return same_text(strcmp(a->field, "deadline") == 0  ? &task->deadline
			 : strcmp(a->field, "note") == 0    ? &task->note
			 : strcmp(a->field, "product") == 0 ? &task->product
			 : strcmp(a->field, "funding") == 0 ? &task->funding
							    : &task->text,
			 a->values[0]);
}

bool edit_holds_delivery(const struct plan_task *task, const void *arg)
{
	const struct edit_asked_delivery *a = arg;
	const struct plan_delivery *last =
	    task->n_delivered ? &task->delivered[task->n_delivered - 1] : NULL;

	return last && last->on == a->on &&
	       (a->ref ? same_text(&last->ref, a->ref) : !last->ref.s) &&
	       (!a->done || task->status == PLAN_DONE);
}

int edit_check_result(const char *name, const char *old, size_t old_len, const char *new,
		      size_t new_len, const struct rewrite_rule *rule, struct plan_diags *diags,
		      struct plan_edit_check *check)
{
	static const char *const why[] = {
		[REWRITE_CHANGED] = "the edit would change more than the field of task",
		[REWRITE_NOT_HELD] = "the edit would not give the value asked to task",
		[REWRITE_COMMENTS] = "the edit would lose or change a comment near task",
	};
	const struct rewrite_old was = {
		.name = name, .data = old, .len = old_len, .plan = check ? check->before : NULL
	};
	const enum rewrite_verdict v = rewrite_check(&was, new, new_len, NULL, rule, diags, check);

	if (v == REWRITE_KEPT)
		return 0;
	if (v != REWRITE_UNREADABLE)
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "edit-failed",
			       "%s %s; nothing written (please report this)", why[v],
			       rule->task_id);
	return -1;
}

int edit_check_values(const char *field, const char *const *values, size_t n,
		      struct plan_diags *diags)
{
	if (!edit_is_list_field(field) && n != 1) {
		plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, "bad-value",
			       "'%s' takes one value, not %zu", field, n);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		struct plan_text_facts facts;
		plan_date d;

		plan_text_inspect(values[i], strlen(values[i]), &facts);
		if (!values[i][0] || facts.control >= 0 || !facts.nfc) {
			plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, "bad-value",
				       "a value of '%s' is empty, holds a control character or is "
				       "not in NFC",
				       field);
			return -1;
		}
		if (strcmp(field, "due") == 0 &&
		    plan_date_parse(values[i], strlen(values[i]), &d) != PLAN_DATE_OK) {
			plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, "bad-date",
				       "invalid date '%s' for due; expected YYYY-MM-DD", values[i]);
			return -1;
		}
		if (strcmp(field, "status") == 0 &&
		    plan_status_parse(values[i], strlen(values[i]), &(enum plan_status){ 0 }) !=
			0) {
			plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, "bad-status",
				       "invalid status '%s'; expected todo, doing, done or dropped",
				       values[i]);
			return -1;
		}
	}
	return 0;
}
