/* report.c - the status report: counts, then what is late, due and delivered. */
#include "plan/report.h"

#include "chart.h"
#include "docmd.h"
#include "html.h"

void plan_report_title(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		       struct plan_buf *out)
{
	struct plan_buf plans = PLAN_BUF_INIT, date = PLAN_BUF_INIT;

	doc_plan_numbers(meta, &plans);
	plan_lang_date(&date, meta->lang, st->today);
	plan_say(out, meta->lang,
		 meta->n_plans == 1 ? PLAN_MSG_REPORT_TITLE_ONE : PLAN_MSG_REPORT_TITLE_MANY,
		 plans.s, date.s, NULL);
	if (meta->n_units) {
		plan_buf_addstr(out, " — ");
		doc_unit_names(meta, out);
	}
	plan_buf_release(&plans);
	plan_buf_release(&date);
}

/* A section: its heading, then a table or the sentence that says it is empty. */
static void section(struct plan_buf *out, const struct plan_report_meta *meta,
		    enum plan_msg heading, enum plan_msg none, const char *days, size_t n)
{
	struct plan_buf text = PLAN_BUF_INIT;

	plan_say(&text, meta->lang, heading, days, NULL);
	doc_heading(out, 2, text.s);
	if (!n) {
		plan_buf_reset(&text);
		plan_say(&text, meta->lang, none, days, NULL);
		doc_paragraph(out, text.s);
	}
	plan_buf_release(&text);
}

/* The report up to the counts by lead unit: what the charts of a page come after. */
static void head(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		 struct plan_buf *out)
{
	struct plan_buf text = PLAN_BUF_INIT;

	plan_report_title(st, meta, &text);
	doc_heading(out, 1, text.s);
	doc_scope(out, meta, true);
	doc_heading(out, 2, plan_msg(meta->lang, PLAN_MSG_SUMMARY));
	doc_counts(out, st, meta->lang, NULL);
	if (st->n_units) {
		doc_heading(out, 2, plan_msg(meta->lang, PLAN_MSG_BY_LEAD_UNIT));
		doc_unit_counts(out, st, meta->lang, NULL);
	}
	plan_buf_release(&text);
}

/* The report from the overdue tasks on. */
static void tail(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		 struct plan_buf *out)
{
	struct plan_buf days = PLAN_BUF_INIT;

	plan_buf_addf(&days, "%d", st->days);
	section(out, meta, PLAN_MSG_OVERDUE_TASKS, PLAN_MSG_NONE_OVERDUE, days.s, st->n_overdue);
	if (st->n_overdue)
		doc_tasks(out, st->overdue, st->n_overdue, DOC_LATE, meta, NULL);
	section(out, meta, PLAN_MSG_DUE_TASKS, PLAN_MSG_NONE_DUE, days.s, st->n_due_soon);
	if (st->n_due_soon)
		doc_tasks(out, st->due_soon, st->n_due_soon, DOC_DUE, meta, NULL);
	section(out, meta, PLAN_MSG_DELIVERIES, PLAN_MSG_NONE_DELIVERED, days.s, st->n_delivered);
	if (st->n_delivered)
		doc_deliveries(out, st->delivered, st->n_delivered, meta, NULL);
	if (st->n_unread) {
		/* tasks that could be late without the report seeing it */
		doc_heading(out, 2, plan_msg(meta->lang, PLAN_MSG_UNREAD_TASKS));
		doc_paragraph(out, plan_msg(meta->lang, PLAN_MSG_UNREAD_NOTE));
		doc_tasks(out, st->unread, st->n_unread, DOC_UNREAD, meta, NULL);
	}
	doc_footer(out, meta);
	plan_buf_release(&days);
}

void plan_report_write(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		       struct plan_buf *out)
{
	head(st, meta, out);
	tail(st, meta, out);
}

int plan_report_html(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		     struct plan_buf *out)
{
	struct plan_buf md = PLAN_BUF_INIT, body = PLAN_BUF_INIT, title = PLAN_BUF_INIT;
	int status = -1;

	head(st, meta, &md);
	if (plan_html_markdown(&body, md.s, md.len) != 0)
		goto done;
	chart_section(st, meta->lang, &body);
	plan_buf_reset(&md);
	tail(st, meta, &md);
	if (plan_html_markdown(&body, md.s, md.len) != 0)
		goto done;
	plan_report_title(st, meta, &title);
	plan_html_begin(out, title.s, meta->lang);
	plan_buf_add(out, body.s, body.len);
	plan_html_end(out);
	status = 0;
done:
	plan_buf_release(&md);
	plan_buf_release(&body);
	plan_buf_release(&title);
	return status;
}

/* The name of a sheet: a section's heading (days: its window). */
static const char *sheet_name(struct plan_buf *name, enum plan_lang lang, enum plan_msg heading,
			      const char *days)
{
	plan_buf_reset(name);
	plan_say(name, lang, heading, days, NULL);
	return name->s;
}

void plan_report_sheets(const struct plan_snapshot *st, const struct plan_report_meta *meta,
			struct plan_buf *out)
{
	struct plan_buf name = PLAN_BUF_INIT, days = PLAN_BUF_INIT;
	const enum plan_lang lang = meta->lang;

	plan_buf_addf(&days, "%d", st->days);
	doc_counts(out, st, lang, sheet_name(&name, lang, PLAN_MSG_SUMMARY, days.s));
	if (st->n_units)
		doc_unit_counts(out, st, lang,
				sheet_name(&name, lang, PLAN_MSG_BY_LEAD_UNIT, days.s));
	doc_tasks(out, st->overdue, st->n_overdue, DOC_LATE, meta,
		  sheet_name(&name, lang, PLAN_MSG_OVERDUE_TASKS, days.s));
	doc_tasks(out, st->due_soon, st->n_due_soon, DOC_DUE, meta,
		  sheet_name(&name, lang, PLAN_MSG_DUE_TASKS, days.s));
	doc_deliveries(out, st->delivered, st->n_delivered, meta,
		       sheet_name(&name, lang, PLAN_MSG_DELIVERIES, days.s));
	if (st->n_unread)
		doc_tasks(out, st->unread, st->n_unread, DOC_UNREAD, meta,
			  sheet_name(&name, lang, PLAN_MSG_UNREAD_TASKS, days.s));
	plan_buf_release(&name);
	plan_buf_release(&days);
}

void plan_report_subject(const struct plan_snapshot *st, const struct plan_report_meta *meta,
			 struct plan_buf *out)
{
	struct plan_buf lead = PLAN_BUF_INIT, plans = PLAN_BUF_INIT, date = PLAN_BUF_INIT;

	doc_plan_numbers(meta, &plans);
	plan_lang_date(&date, meta->lang, st->today);
	plan_say(&lead, meta->lang, PLAN_MSG_SUBJECT_REPORT, plans.s, date.s, NULL);
	doc_subject(out, meta, lead.s, st->n_overdue, st->n_due_soon);
	plan_buf_release(&lead);
	plan_buf_release(&plans);
	plan_buf_release(&date);
}
