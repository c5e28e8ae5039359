/* mail.c - a multipart/alternative message: headers, a text part, an HTML part. */
#include "plan/mail.h"

#include <stdio.h>
#include <string.h>

#include "plan/date.h"
#include "mime.h"

static int64_t floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

void plan_mail_date(struct plan_buf *out, int64_t time, int utc_offset)
{
	static const char *const days[] = { "Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	const int64_t local = time + (int64_t)utc_offset * 60;
	const int64_t day = floor_div(local, 86400), secs = local - day * 86400;
	const int offset = utc_offset < 0 ? -utc_offset : utc_offset;
	int y, m, d;

	plan_date_split((plan_date)day, &y, &m, &d);
	plan_buf_addf(out, "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", days[(day % 7 + 7) % 7], d,
		      months[m - 1], y, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60),
		      utc_offset < 0 ? '-' : '+', offset / 60, offset % 60);
}

/* FNV-1a, 64 bits: enough to make ids and boundaries differ between messages. */
static uint64_t hash(uint64_t h, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* The domain of an address, "host" of "Name <user@host>"; "localhost" if none. */
static void domain_of(struct plan_buf *out, const char *address)
{
	const char *at = strrchr(address, '@');
	size_t n;

	if (!at) {
		plan_buf_addstr(out, "localhost");
		return;
	}
	n = strcspn(at + 1, ">");
	plan_buf_add(out, at + 1, n);
}

static void part(struct plan_buf *out, const char *boundary, const char *type, const char *text,
		 size_t len)
{
	plan_buf_addf(out,
		      "--%s\nContent-Type: %s; charset=utf-8\n"
		      "Content-Transfer-Encoding: quoted-printable\n\n",
		      boundary, type);
	plan_mime_qp(out, text, len);
	plan_buf_addch(out, '\n');
}

void plan_mail_write(const struct plan_mail *mail, struct plan_buf *out)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	struct plan_buf id = PLAN_BUF_INIT, boundary = PLAN_BUF_INIT;
	const int64_t day = floor_div(mail->time, 86400);
	char stamp[32];
	int y, m, d;

	h = hash(h, mail->subject, strlen(mail->subject));
	for (size_t i = 0; i < mail->n_to; i++)
		h = hash(h, mail->to[i], strlen(mail->to[i]) + 1);
	h = hash(h, mail->text, mail->text_len);
	plan_date_split((plan_date)day, &y, &m, &d);
	snprintf(stamp, sizeof(stamp), "%04d%02d%02d.%05lld", y, m, d,
		 (long long)(mail->time - day * 86400));
	h = hash(h, stamp, strlen(stamp));
	plan_buf_addf(&id, "<plan.%s.%016llx@", stamp, (unsigned long long)h);
	domain_of(&id, mail->from);
	plan_buf_addch(&id, '>');
	plan_buf_addf(&boundary, "=_plan_%016llx", (unsigned long long)h);

	plan_mime_address_header(out, "From", &mail->from, 1);
	plan_mime_address_header(out, "To", mail->to, mail->n_to);
	plan_mime_header(out, "Subject", mail->subject);
	plan_buf_addstr(out, "Date: ");
	plan_mail_date(out, mail->time, mail->utc_offset);
	plan_buf_addf(out, "\nMessage-ID: %s\n", id.s);
	plan_buf_addstr(out, "Auto-Submitted: auto-generated\n");
	if (mail->language)
		plan_buf_addf(out, "Content-Language: %s\n", mail->language);
	plan_buf_addf(out,
		      "MIME-Version: 1.0\n"
		      "Content-Type: multipart/alternative; boundary=\"%s\"\n\n"
		      "This is a message in MIME format: a text part and an HTML part.\n\n",
		      boundary.s);
	part(out, boundary.s, "text/plain", mail->text, mail->text_len);
	part(out, boundary.s, "text/html", mail->html, mail->html_len);
	plan_buf_addf(out, "--%s--\n", boundary.s);
	plan_buf_release(&id);
	plan_buf_release(&boundary);
}
