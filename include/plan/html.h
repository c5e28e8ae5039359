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

/* Appends s with &, <, > and " as character references. */
void plan_html_escape(struct plan_buf *out, const char *s, size_t len);

#endif
