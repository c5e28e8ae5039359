/*
 * mail.h - a complete RFC 5322 message carrying a document as text and as
 * HTML (MIME multipart/alternative), for sendmail -t or msmtp -t.  plan
 * writes the message; it speaks no SMTP.
 */
#ifndef PLAN_MAIL_H
#define PLAN_MAIL_H

#include <stddef.h>
#include <stdint.h>

#include "plan/buf.h"

struct plan_mail {
	const char *from;      /* "user@host" or "Name <user@host>" */
	const char *const *to; /* the same, at least one */
	size_t n_to;
	const char *subject;  /* UTF-8 text */
	const char *language; /* Content-Language, e.g. "vi"; NULL for none */
	int64_t time;         /* when it is written: seconds since 1970 UTC */
	int utc_offset;       /* the writer's zone, minutes east of UTC */
	const char *text;     /* the text/plain part, UTF-8 */
	size_t text_len;
	const char *html; /* the text/html part, UTF-8 */
	size_t html_len;
};

/*
 * Appends the message to out: From, To, Subject, Date, Message-ID,
 * MIME-Version, Auto-Submitted and the two parts, each UTF-8 and
 * quoted-printable.  The Message-ID and the boundary are derived from the
 * content and the time, so the same message written twice is the same
 * bytes.  The addresses must pass plan_mime_address_problem().
 */
void plan_mail_write(const struct plan_mail *mail, struct plan_buf *out);

/* Appends an RFC 5322 date, "Mon, 01 Jul 2024 07:00:00 +0700". */
void plan_mail_date(struct plan_buf *out, int64_t time, int utc_offset);

#endif
