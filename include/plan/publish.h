/*
 * publish.h - a report or a digest as the bytes plan writes: Markdown,
 * plain text, an HTML page, a workbook's sheets, or a complete mail that
 * carries the text and the page (src/core/publish.c).
 *
 * The caller says who and where it is (user, host, time): publishing
 * reads no environment, no clock and no host name of its own.
 */
#ifndef PLAN_PUBLISH_H
#define PLAN_PUBLISH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "plan/buf.h"
#include "plan/report.h"
#include "plan/set.h"
#include "plan/snapshot.h"

/* Which document: the report (report.h) or the digest (digest.h). */
enum plan_publish_kind {
	PLAN_PUBLISH_REPORT,
	PLAN_PUBLISH_DIGEST,
};

/* What the document is written as. */
enum plan_publish_format {
	PLAN_PUBLISH_MD,   /* GitHub-flavoured Markdown */
	PLAN_PUBLISH_TEXT, /* plain text (mdtext.h), width columns wide */
	PLAN_PUBLISH_HTML, /* one HTML page; a report's has its charts */
	PLAN_PUBLISH_XLSX, /* a report's tables as sheets (plan/sheet.h) */
	PLAN_PUBLISH_MAIL, /* a message (mail.h): text of 78 columns and the page */
};

/* How to publish, and for a mail to whom; everything is borrowed. */
struct plan_publish {
	enum plan_publish_kind kind;
	enum plan_publish_format format;
	size_t width; /* the columns of PLAN_PUBLISH_TEXT */
	/* The rest is for PLAN_PUBLISH_MAIL alone. */
	const char *const *to; /* at least one address */
	size_t n_to;
	const char *from;         /* NULL: plan_publish_from() of users and host */
	const char *subject;      /* NULL: the document's own (plan_report_subject()) */
	const char *const *users; /* login names to try in turn ($LOGNAME, $USER); NULLs pass */
	size_t n_users;
	const char *host; /* this host's name; NULL or "" when unknown */
	int64_t time;     /* when the mail is written: seconds since 1970 UTC */
	int utc_offset;   /* the writer's zone, minutes east of UTC */
};

/* What plan_publish_write() did. */
enum plan_publish_result {
	PLAN_PUBLISH_OK,      /* out holds the document */
	PLAN_PUBLISH_NOTHING, /* a digest with nothing to say: nothing to write at all */
	PLAN_PUBLISH_NO_HTML, /* md4c could not render the Markdown as HTML */
	PLAN_PUBLISH_NO_TEXT, /* md4c could not render the Markdown as text */
};

/*
 * Appends to out the document how asks for, made of st and meta (whose
 * commit and uncommitted make its footer).  A digest has no sheets: with
 * PLAN_PUBLISH_XLSX it is written as a report's.  Returns
 * PLAN_PUBLISH_OK; any other result leaves out unchanged.  The addresses
 * must pass plan_mime_address_problem().
 */
enum plan_publish_result plan_publish_write(const struct plan_snapshot *st,
					    const struct plan_report_meta *meta,
					    const struct plan_publish *how, struct plan_buf *out);

/*
 * Appends the sender of a mail with no --from, as mail(1) writes it:
 * "USER@HOST", USER the first of users that is a plain word (letters,
 * digits and "._-+"), else "plan"; HOST host when it is one, else
 * "localhost".
 */
void plan_publish_from(const char *const *users, size_t n_users, const char *host,
		       struct plan_buf *out);

/*
 * The plans a document covers: those of set whose ids are among ids, or
 * every plan when n_ids is 0, in load order.  Returns a new array of *n
 * plans borrowed from set (the caller frees the array with free()).
 */
const struct plan **plan_publish_plans(const struct plan_set *set, const char *const *ids,
				       size_t n_ids, size_t *n);

#endif
