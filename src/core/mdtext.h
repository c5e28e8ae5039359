/*
 * mdtext.h - the Markdown of reports and digests as plain text, for the
 * text part of a mail: headings underlined, paragraphs and list items
 * wrapped, tables as aligned columns whose cells wrap (render.h), every
 * line at most a given width where the words allow it.
 */
#ifndef PLAN_MDTEXT_H
#define PLAN_MDTEXT_H

#include <stddef.h>

#include "plan/buf.h"

/* The width of a mail's lines: RFC 5322's 78 characters. */
enum { PLAN_MAIL_WIDTH = 78 };

/*
 * Appends md (Markdown, GitHub's tables, len bytes) to out as plain text
 * width columns wide.  Returns 0, or -1 when md4c cannot parse it (out
 * then holds what was written so far).
 */
int plan_md_text(const char *md, size_t len, size_t width, struct plan_buf *out);

#endif
