/*
 * digest.h - the digest a cron job mails: what became late, what still
 * is, what falls due in the window and what was delivered in it, as
 * Markdown.
 *
 * A digest is made from the same snapshot and metadata as a report
 * (report.h), both borrowed for the call; it owns nothing and fails in no
 * way but by saying nothing, and by running out of memory, which aborts
 * (src/core/alloc.c).  Code: src/core/digest.c, over docmd.c (the
 * Markdown a report and a digest share).
 */
#ifndef PLAN_DIGEST_H
#define PLAN_DIGEST_H

#include <stdbool.h>

#include "plan/buf.h"
#include "plan/report.h"

/*
 * Appends the digest of st to out and returns true; when there is nothing
 * to say (no task overdue or due in the window, no delivery in it),
 * appends nothing and returns false.
 */
bool plan_digest_write(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		       struct plan_buf *out);

/* Appends the digest's title, as plain text (for a mail or a page title). */
void plan_digest_title(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		       struct plan_buf *out);

/* Appends a mail subject for the digest, as plan_report_subject() does. */
void plan_digest_subject(const struct plan_snapshot *st, const struct plan_report_meta *meta,
			 struct plan_buf *out);

#endif
