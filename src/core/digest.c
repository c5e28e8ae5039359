/* digest.c - the digest: what became late, what still is, what is due, what was delivered. */
#include "plan/digest.h"

#include <stdlib.h>

#include "docmd.h"
#include "alloc.h"

void plan_digest_title(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		       struct plan_buf *out)
{
	struct plan_buf date = PLAN_BUF_INIT;

	plan_lang_date(&date, meta->lang, st->today);
	plan_say(out, meta->lang, PLAN_MSG_DIGEST_TITLE, date.s, NULL);
	if (meta->n_units) {
		plan_buf_addstr(out, " — ");
		doc_unit_names(meta, out);
	}
	plan_buf_release(&date);
}

/* A section with a heading and a table of tasks; nothing when there are none. */
static void tasks(struct plan_buf *out, const struct plan_report_meta *meta, enum plan_msg heading,
		  const char *days, const struct plan_row *const *rows, size_t n,
		  enum doc_tasks what)
{
	struct plan_buf text = PLAN_BUF_INIT;

	if (!n)
		return;
	plan_say(&text, meta->lang, heading, days, NULL);
	doc_heading(out, 2, text.s);
	doc_tasks(out, rows, n, what, meta, NULL);
	plan_buf_release(&text);
}

bool plan_digest_write(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		       struct plan_buf *out)
{
	struct plan_buf text = PLAN_BUF_INIT, days = PLAN_BUF_INIT;
	const struct plan_row **newly, **still;
	size_t n_newly = 0, n_still = 0;

	if (!st->n_overdue && !st->n_due_soon && !st->n_delivered)
		return false;
	/* Late by at most the window: the due date missed fell within it. */
	newly = plan_xcalloc(st->n_overdue + 1, sizeof(*newly));
	still = plan_xcalloc(st->n_overdue + 1, sizeof(*still));
	for (size_t i = 0; i < st->n_overdue; i++) {
		if (st->overdue[i]->late.days_late <= st->days)
			newly[n_newly++] = st->overdue[i];
		else
			still[n_still++] = st->overdue[i];
	}
	plan_buf_addf(&days, "%d", st->days);
	plan_digest_title(st, meta, &text);
	doc_heading(out, 1, text.s);
	doc_scope(out, meta, false);
	tasks(out, meta, PLAN_MSG_NEWLY_OVERDUE, days.s, newly, n_newly, DOC_LATE);
	tasks(out, meta, PLAN_MSG_STILL_OVERDUE, days.s, still, n_still, DOC_LATE);
	tasks(out, meta, PLAN_MSG_DUE_TASKS, days.s, st->due_soon, st->n_due_soon, DOC_DUE);
	if (st->n_delivered) {
		plan_buf_reset(&text);
		plan_say(&text, meta->lang, PLAN_MSG_DELIVERIES, days.s, NULL);
		doc_heading(out, 2, text.s);
		doc_deliveries(out, st->delivered, st->n_delivered, meta, NULL);
	}
	doc_footer(out, meta);
	free(newly);
	free(still);
	plan_buf_release(&text);
	plan_buf_release(&days);
	return true;
}

void plan_digest_subject(const struct plan_snapshot *st, const struct plan_report_meta *meta,
			 struct plan_buf *out)
{
	doc_subject(out, meta, NULL, st->n_overdue, st->n_due_soon);
}
