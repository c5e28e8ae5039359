/* calendar.c - the due dates of tasks as calendar entries: UIDs, rules, texts. */
#include "plan/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "plan/buf.h"
#include "plan/lang.h"
#include "plan/listing.h"

/* The milestone of an entry that is a recurrence's rule: none. */
#define RULE ((size_t)-1)

/* The months since year 0 of d, and its day; last tells whether it ends its month. */
static long month_index(plan_date d, int *day, bool *last)
{
	int y, m;

	plan_date_split(d, &y, &m, day);
	*last = *day == plan_date_month_days(y, m);
	return (long)y * 12 + (m - 1);
}

/* The months between occurrences, or 0 for none (weekly, or not recurring). */
static int every_months(enum plan_every every)
{
	switch (every) {
	case PLAN_EVERY_MONTH:
		return 1;
	case PLAN_EVERY_QUARTER:
		return 3;
	case PLAN_EVERY_HALF:
		return 6;
	case PLAN_EVERY_YEAR:
		return 12;
	case PLAN_EVERY_WEEK:
	case PLAN_EVERY_NONE:
		break;
	}
	return 0;
}

/* Sets *month_day when due[0..n) fall every step months on one day or the last. */
static bool month_rule(const struct plan_due *due, size_t n, int step, int *month_day)
{
	int day0, day;
	bool all_last = true, all_same = true, last;
	const long first = month_index(due[0].date, &day0, &last);

	for (size_t i = 0; i < n; i++) {
		if (month_index(due[i].date, &day, &last) != first + (long)i * step)
			return false;
		all_last = all_last && last;
		all_same = all_same && day == day0;
	}
	if (!all_last && !all_same)
		return false;
	*month_day = all_last ? -1 : day0;
	return true;
}

bool plan_cal_rule_find(const struct plan_due *due, size_t n, enum plan_every every,
			struct plan_cal_rule *rule)
{
	const int step = every_months(every);
	struct plan_cal_rule r = { PLAN_CAL_WEEKLY, 1, 0, 0, PLAN_DATE_NONE };
	int y, m, d;

	if (n == 0)
		return false;
	r.until = due[n - 1].date;
	if (every == PLAN_EVERY_WEEK) {
		for (size_t i = 1; i < n; i++)
			if (due[i].date - due[i - 1].date != 7)
				return false;
	} else if (!step || !month_rule(due, n, step, &r.month_day)) {
		return false;
	} else if (step == 12) {
		plan_date_split(due[0].date, &y, &m, &d);
		r.freq = PLAN_CAL_YEARLY;
		r.month = m;
	} else {
		r.freq = PLAN_CAL_MONTHLY;
		r.interval = step;
	}
	*rule = r;
	return true;
}

/* Appends text with every run of white space (newlines too) one space. */
static void add_one_line(struct plan_buf *out, const char *s, size_t len)
{
	bool space = false;

	for (size_t i = 0; i < len; i++) {
		const bool blank = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';

		if (blank) {
			space = out->len > 0;
			continue;
		}
		if (space)
			plan_buf_addch(out, ' ');
		space = false;
		plan_buf_addch(out, s[i]);
	}
}

static void add_line(struct plan_buf *out, const char *label, const char *s, size_t len)
{
	plan_buf_addf(out, "%s: ", label);
	plan_buf_add(out, s, len);
	plan_buf_addch(out, '\n');
}

static void add_units(struct plan_buf *out, const char *label, const struct plan_texts *units)
{
	if (!units->n)
		return;
	plan_buf_addf(out, "%s: ", label);
	plan_join_units(units, out);
	plan_buf_addch(out, '\n');
}

/* "Kế hoạch: 7/KH-VP (lich): Kế hoạch có đủ loại thời hạn" */
static void add_plan(struct plan_buf *out, const struct plan *plan)
{
	plan_buf_addstr(out, "Kế hoạch: ");
	if (plan->number.s && plan->number.len) {
		plan_buf_add(out, plan->number.s, plan->number.len);
		plan_buf_addstr(out, " (");
		plan_buf_add(out, plan->id.s, plan->id.len);
		plan_buf_addch(out, ')');
	} else {
		plan_buf_add(out, plan->id.s, plan->id.len);
	}
	if (plan->title.s && plan->title.len) {
		plan_buf_addstr(out, ": ");
		add_one_line(out, plan->title.s, plan->title.len);
	}
	plan_buf_addch(out, '\n');
}

/* The deadline as written; an explicit due without words, as its dates. */
static void add_deadline(struct plan_buf *out, const struct plan_row *row)
{
	const struct plan_text *words = plan_task_deadline(row->task);

	if (words->s && words->len) {
		add_line(out, plan_msg(PLAN_LANG_VI, PLAN_MSG_DEADLINE), words->s, words->len);
		return;
	}
	plan_buf_addf(out, "%s: ", plan_msg(PLAN_LANG_VI, PLAN_MSG_DEADLINE));
	for (size_t i = 0; i < row->when.n_due; i++) {
		if (i)
			plan_buf_addstr(out, ", ");
		plan_lang_date(out, PLAN_LANG_VI, row->when.due[i].date);
	}
	plan_buf_addch(out, '\n');
}

/* Which due date of how many an entry is: "Mốc: 2/2 (Nghị định)". */
static void add_milestone(struct plan_buf *out, const struct plan_row *row, size_t i)
{
	const struct plan_due *due = &row->when.due[i];

	if (row->when.n_due < 2 && !due->label)
		return;
	plan_buf_addf(out, "Mốc: %zu/%zu", i + 1, row->when.n_due);
	if (due->label)
		plan_buf_addf(out, " (%s)", due->label);
	plan_buf_addch(out, '\n');
}

/* The plan, units, deadline, which due date (or the rule's count) and product; caller frees. */
static char *describe(const struct plan_row *row, size_t milestone, size_t delivered)
{
	const struct plan_task *t = row->task;
	struct plan_buf out = PLAN_BUF_INIT;

	add_plan(&out, t->plan);
	add_units(&out, plan_msg(PLAN_LANG_VI, PLAN_MSG_LEAD), plan_task_lead(t));
	add_units(&out, "Đơn vị phối hợp", plan_task_support(t));
	add_deadline(&out, row);
	if (milestone != RULE)
		add_milestone(&out, row, milestone);
	else
		plan_buf_addf(&out, "Định kỳ: %zu lần, đã giao %zu\n", row->when.n_due, delivered);
	if (t->product.s && t->product.len)
		add_line(&out, "Sản phẩm", t->product.s, t->product.len);
	plan_buf_truncate(&out, out.len - 1); /* the last line's newline */
	return plan_buf_detach(&out);
}

/* "lich/1 Sửa đổi…"; a milestone of several, "lich/1 (Thông tư) Sửa đổi…". */
static char *summarize(const struct plan_row *row, size_t milestone)
{
	struct plan_buf out = PLAN_BUF_INIT;

	plan_task_ref(row->task, &out);
	if (milestone != RULE && row->when.n_due > 1) {
		const char *label = row->when.due[milestone].label;

		if (label)
			plan_buf_addf(&out, " (%s)", label);
		else
			plan_buf_addf(&out, " (%zu/%zu)", milestone + 1, row->when.n_due);
	}
	plan_buf_addch(&out, ' ');
	add_one_line(&out, row->task->text.s ? row->task->text.s : "", row->task->text.len);
	return plan_buf_detach(&out);
}

static struct plan_cal_entry *add_entry(struct plan_calendar *cal, const struct plan_row *row,
					const char *which)
{
	struct plan_cal_entry *e;
	struct plan_buf uid = PLAN_BUF_INIT;

	plan_grow(&cal->v, &cal->cap, cal->n + 1, sizeof(*cal->v));
	e = &cal->v[cal->n++];
	memset(e, 0, sizeof(*e));
	e->task = row->task;
	plan_task_ref(row->task, &uid);
	plan_buf_addf(&uid, "/%s@plan", which);
	e->uid = plan_buf_detach(&uid);
	return e;
}

static void add_milestones(struct plan_calendar *cal, const struct plan_row *row, size_t met)
{
	for (size_t i = met; i < row->when.n_due; i++) {
		char which[24];
		struct plan_cal_entry *e;

		snprintf(which, sizeof(which), "%zu", i + 1);
		e = add_entry(cal, row, which);
		e->date = row->when.due[i].date;
		e->rule = (struct plan_cal_rule){ PLAN_CAL_ONCE, 0, 0, 0, e->date };
		e->summary = summarize(row, i);
		e->description = describe(row, i, met);
	}
}

static void add_recurrence(struct plan_calendar *cal, const struct plan_row *row,
			   const struct plan_cal_rule *rule, size_t met)
{
	struct plan_cal_entry *e = add_entry(cal, row, "every");

	e->date = row->when.due[0].date;
	e->rule = *rule;
	e->n_exdates = met;
	e->exdates = plan_xreallocarray(NULL, met ? met : 1, sizeof(*e->exdates));
	for (size_t i = 0; i < met; i++)
		e->exdates[i] = row->when.due[i].date;
	e->summary = summarize(row, RULE);
	e->description = describe(row, RULE, met);
}

/* The due dates of the row that deliveries made by today have met. */
static size_t met_by(const struct plan_row *row, plan_date today)
{
	size_t met = 0;

	for (size_t i = 0; i < row->task->n_delivered; i++)
		met += row->task->delivered[i].on <= today;
	return met < row->when.n_due ? met : row->when.n_due;
}

void plan_calendar_build(const struct plan_rows *rows, plan_date today, struct plan_calendar *cal)
{
	for (size_t i = 0; i < rows->n; i++) {
		const struct plan_row *row = &rows->v[i];
		const enum plan_kind kind = row->when.kind;
		struct plan_cal_rule rule;
		size_t met;

		if (row->task->status == PLAN_DONE || row->task->status == PLAN_DROPPED)
			continue;
		if ((kind != PLAN_KIND_DATE && kind != PLAN_KIND_RECURRING) || !row->when.n_due) {
			cal->undated++;
			continue;
		}
		met = met_by(row, today);
		if (met == row->when.n_due)
			continue;
		if (kind == PLAN_KIND_RECURRING &&
		    plan_cal_rule_find(row->when.due, row->when.n_due, row->when.every, &rule))
			add_recurrence(cal, row, &rule, met);
		else
			add_milestones(cal, row, met);
	}
}

void plan_calendar_release(struct plan_calendar *cal)
{
	for (size_t i = 0; i < cal->n; i++) {
		free(cal->v[i].uid);
		free(cal->v[i].exdates);
		free(cal->v[i].summary);
		free(cal->v[i].description);
	}
	free(cal->v);
	cal->v = NULL;
	cal->n = cal->cap = cal->undated = 0;
}
