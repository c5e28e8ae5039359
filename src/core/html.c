/* html.c - Markdown to a self-contained HTML page, with md4c. */
#include "html.h"

#include <string.h>

#include <md4c-html.h>

static const char stylesheet[] =
    "body{margin:0 auto;max-width:64em;padding:1em;color:#111;"
    "font:15px/1.45 Arial,\"Helvetica Neue\",Helvetica,sans-serif}\n"
    "h1{font-size:1.35em;margin:0 0 .6em}\n"
    "h2{font-size:1.1em;margin:1.4em 0 .5em;padding-bottom:.15em;"
    "border-bottom:1px solid #bbb}\n"
    "table{border-collapse:collapse;margin:.3em 0 1em}\n"
    "th,td{border:1px solid #aaa;padding:.25em .5em;vertical-align:top}\n"
    "th{background:#eee;text-align:left}\n"
    "th[align=\"right\"]{text-align:right}\n"
    "hr{border:0;border-top:1px solid #bbb;margin:2em 0 .5em}\n"
    "hr+p{font-size:.85em;color:#555}\n"
    "@page{size:A4;margin:15mm}\n"
    "@media print{body{max-width:none;padding:0;font-size:10pt}"
    "thead{display:table-header-group}tr{page-break-inside:avoid}}\n";

void plan_html_escape(struct plan_buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		switch (s[i]) {
		case '&':
			plan_buf_addstr(out, "&amp;");
			break;
		case '<':
			plan_buf_addstr(out, "&lt;");
			break;
		case '>':
			plan_buf_addstr(out, "&gt;");
			break;
		case '"':
			plan_buf_addstr(out, "&quot;");
			break;
		default:
			plan_buf_addch(out, s[i]);
		}
	}
}

static void append(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
	plan_buf_add(userdata, text, size);
}

void plan_html_begin(struct plan_buf *out, const char *title, enum plan_lang lang)
{
	plan_buf_addf(out,
		      "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\" />\n"
		      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
		      "<title>",
		      plan_lang_names[lang]);
	plan_html_escape(out, title, strlen(title));
	plan_buf_addf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", stylesheet);
}

int plan_html_markdown(struct plan_buf *out, const char *md, size_t len)
{
	struct plan_buf body = PLAN_BUF_INIT;

	if (md_html(md, (MD_SIZE)len, append, &body, MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
		    MD_HTML_FLAG_XHTML) != 0) {
		plan_buf_release(&body);
		return -1;
	}
	plan_buf_add(out, body.s, body.len);
	plan_buf_release(&body);
	return 0;
}

void plan_html_end(struct plan_buf *out)
{
	plan_buf_addstr(out, "</body>\n</html>\n");
}

int plan_html_page(struct plan_buf *out, const char *md, size_t len, const char *title,
		   enum plan_lang lang)
{
	struct plan_buf body = PLAN_BUF_INIT;

	if (plan_html_markdown(&body, md, len) != 0) {
		plan_buf_release(&body);
		return -1;
	}
	plan_html_begin(out, title, lang);
	plan_buf_add(out, body.s, body.len);
	plan_html_end(out);
	plan_buf_release(&body);
	return 0;
}
