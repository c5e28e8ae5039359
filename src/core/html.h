/*
 * html.h - Markdown as one self-contained HTML page (md4c's renderer), for
 * a browser, a mail client or a printer.
 */
#ifndef PLAN_HTML_H
#define PLAN_HTML_H

#include <stddef.h>

#include "plan/buf.h"
#include "plan/lang.h"

/*
 * Appends to out a complete XHTML-compatible HTML5 page: the GitHub-
 * flavoured Markdown md (len bytes of UTF-8; raw HTML in it is not passed
 * through), under title (plain text), in language lang, with a small inline
 * stylesheet that reads well in mail clients and prints on A4.  Returns 0,
 * or -1 when md4c fails (out is then unchanged).
 */
int plan_html_page(struct plan_buf *out, const char *md, size_t len, const char *title,
		   enum plan_lang lang);

/*
 * The page of plan_html_page() in steps, for a page that holds more than
 * Markdown: plan_html_begin() appends the head (title, stylesheet) and
 * opens the body; plan_html_markdown() appends md as HTML and returns 0,
 * or -1 when md4c fails (out is then unchanged); plan_html_end() closes
 * the body and the page.
 */
void plan_html_begin(struct plan_buf *out, const char *title, enum plan_lang lang);
int plan_html_markdown(struct plan_buf *out, const char *md, size_t len);
void plan_html_end(struct plan_buf *out);

/* Appends s with &, <, > and " as character references. */
void plan_html_escape(struct plan_buf *out, const char *s, size_t len);

#endif
