/* publish.c - a report or a digest as Markdown, text, an HTML page, sheets or a mail. */
#include "plan/publish.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "html.h"
#include "mdtext.h"
#include "plan/digest.h"
#include "plan/lang.h"
#include "plan/mail.h"

/* True for a user or host name that can go into an address as it is. */
static bool plain_word(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || strchr("._-+", *s)))
			return false;
	return true;
}

void plan_publish_from(const char *const *users, size_t n_users, const char *host,
		       struct plan_buf *out)
{
	const char *user = "plan";

	for (size_t i = 0; i < n_users; i++) {
		if (plain_word(users[i])) {
			user = users[i];
			break;
		}
	}
	plan_buf_addf(out, "%s@%s", user, plain_word(host) ? host : "localhost");
}

const struct plan **plan_publish_plans(const struct plan_set *set, const char *const *ids,
				       size_t n_ids, size_t *n)
{
	const struct plan **v = plan_xcalloc(set->n_plans + 1, sizeof(*v));

	*n = 0;
	for (size_t i = 0; i < set->n_plans; i++) {
		bool wanted = !n_ids;

		for (size_t k = 0; k < n_ids && !wanted; k++)
			wanted = strcmp(ids[k], set->plans[i]->id.s) == 0;
		if (wanted)
			v[(*n)++] = set->plans[i];
	}
	return v;
}

/* The Markdown of the document, its title and its subject; false: a digest with no news. */
static bool markdown(const struct plan_snapshot *st, const struct plan_report_meta *meta,
		     enum plan_publish_kind kind, struct plan_buf *md, struct plan_buf *title,
		     struct plan_buf *subject)
{
	if (kind == PLAN_PUBLISH_REPORT) {
		plan_report_write(st, meta, md);
		plan_report_title(st, meta, title);
		plan_report_subject(st, meta, subject);
		return true;
	}
	if (!plan_digest_write(st, meta, md))
		return false;
	plan_digest_title(st, meta, title);
	plan_digest_subject(st, meta, subject);
	return true;
}

/* The mail of md: the page and the text as a mail reader shows it, lines of 78. */
static enum plan_publish_result mail(const struct plan_publish *how, enum plan_lang lang,
				     const struct plan_buf *md, const char *title,
				     const char *subject, struct plan_buf *out)
{
	struct plan_buf page = PLAN_BUF_INIT, text = PLAN_BUF_INIT, from = PLAN_BUF_INIT;
	enum plan_publish_result result = PLAN_PUBLISH_OK;

	if (plan_html_page(&page, md->s, md->len, title, lang) != 0) {
		result = PLAN_PUBLISH_NO_HTML;
		goto done;
	}
	if (plan_md_text(md->s, md->len, PLAN_MAIL_WIDTH, &text) != 0) {
		result = PLAN_PUBLISH_NO_TEXT;
		goto done;
	}
	if (how->from)
		plan_buf_addstr(&from, how->from);
	else
		plan_publish_from(how->users, how->n_users, how->host, &from);
	plan_mail_write(&(struct plan_mail){ .from = from.s,
					     .to = how->to,
					     .n_to = how->n_to,
					     .subject = how->subject ? how->subject : subject,
					     .language = plan_lang_names[lang],
					     .time = how->time,
					     .utc_offset = how->utc_offset,
					     .text = text.s,
					     .text_len = text.len,
					     .html = page.s,
					     .html_len = page.len },
			out);
done:
	plan_buf_release(&page);
	plan_buf_release(&text);
	plan_buf_release(&from);
	return result;
}

/* The Markdown of md as how->format says: as it is, as text, as a page or in a mail. */
static enum plan_publish_result write_md(const struct plan_publish *how, enum plan_lang lang,
					 const struct plan_buf *md, const char *title,
					 const char *subject, struct plan_buf *out)
{
	size_t start = out->len;

	switch (how->format) {
	case PLAN_PUBLISH_TEXT:
		if (plan_md_text(md->s, md->len, how->width, out) == 0)
			return PLAN_PUBLISH_OK;
		plan_buf_truncate(out, start); /* it holds what was written so far */
		return PLAN_PUBLISH_NO_TEXT;
	case PLAN_PUBLISH_HTML:
		return plan_html_page(out, md->s, md->len, title, lang) == 0 ? PLAN_PUBLISH_OK
									     : PLAN_PUBLISH_NO_HTML;
	case PLAN_PUBLISH_MAIL:
		return mail(how, lang, md, title, subject, out);
	case PLAN_PUBLISH_MD:   /* as it is (plan_publish_write() makes it in out instead) */
	case PLAN_PUBLISH_XLSX: /* written before, never Markdown */
		break;
	}
	plan_buf_add(out, md->s, md->len);
	return PLAN_PUBLISH_OK;
}

enum plan_publish_result plan_publish_write(const struct plan_snapshot *st,
					    const struct plan_report_meta *meta,
					    const struct plan_publish *how, struct plan_buf *out)
{
	struct plan_buf md = PLAN_BUF_INIT, title = PLAN_BUF_INIT, subject = PLAN_BUF_INIT;
	enum plan_publish_result result = PLAN_PUBLISH_NOTHING;

	if (how->format == PLAN_PUBLISH_HTML && how->kind == PLAN_PUBLISH_REPORT)
		/* the page with its charts (a mail's HTML part has none) */
		return plan_report_html(st, meta, out) == 0 ? PLAN_PUBLISH_OK
							    : PLAN_PUBLISH_NO_HTML;
	if (how->format == PLAN_PUBLISH_XLSX) {
		plan_report_sheets(st, meta, out);
		return PLAN_PUBLISH_OK;
	}
	if (how->format == PLAN_PUBLISH_MD) {
		/* The Markdown is what is written: made where it goes, not copied there. */
		const size_t start = out->len;

		if (markdown(st, meta, how->kind, out, &title, &subject))
			result = PLAN_PUBLISH_OK;
		else
			plan_buf_truncate(out, start);
	} else if (markdown(st, meta, how->kind, &md, &title, &subject)) {
		result = write_md(how, meta->lang, &md, title.s, subject.s, out);
	}
	plan_buf_release(&md);
	plan_buf_release(&title);
	plan_buf_release(&subject);
	return result;
}
