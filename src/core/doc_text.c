/*
 * doc_text.c - a table as text: CSV (RFC 4180), tab-separated values, and
 * text pasted from a PDF or Word; and doc_read(), which picks the reader.
 */
#include "doctable.h"

#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "plan/file.h"
#include "text.h"

/*
 * The separator of a text's table: a tab when a line has one (text pasted
 * from Word or a PDF), else ';' when lines have more of those than of ','
 * (a spreadsheet saved in a locale whose decimal mark is ','), else ','.
 */
static char separator(const char *s, size_t len, bool csv)
{
	size_t tabs = 0, commas = 0, semis = 0;

	for (size_t i = 0; i < len && i < 65536; i++) {
		tabs += s[i] == '\t';
		commas += s[i] == ',';
		semis += s[i] == ';';
	}
	if (tabs && !(csv && commas > tabs))
		return '\t';
	return semis > commas ? ';' : ',';
}

/* Whether the line from s has a separator outside quotes before its end. */
static bool has_separator(const char *s, size_t len, char sep)
{
	bool quoted = false;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && (s[i] == '\n' || s[i] == '\r'))
			return false;
		else if (!quoted && s[i] == sep)
			return true;
	}
	return false;
}

/* The end of the line at s (its break excluded). */
static size_t line_end(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && s[i] != '\n' && s[i] != '\r')
		i++;
	return i;
}

static size_t skip_break(const char *s, size_t len, size_t i)
{
	if (i < len && s[i] == '\r')
		i++;
	if (i < len && s[i] == '\n')
		i++;
	return i;
}

/*
 * A field of text pasted from a PDF: the HTML tags some converters leave
 * ("<i>", "</b>") are no words of the document and go; a field all in
 * "<i>…</i>" is in italics.
 */
/* The length of the HTML tag at s, one a converter leaves (<i>, </p>, <ul style=…>), or 0. */
static size_t html_tag(const char *s)
{
	static const char *const names[] = { "i",  "b",  "u",    "em",  "strong",
					     "p",  "br", "span", "div", "ul",
					     "ol", "li", "sup",  "sub", "font" };
	const char *p = s + 1 + (s[1] == '/');
	size_t end;

	if (*s != '<')
		return 0;
	end = 1 + strcspn(s + 1, "<>\n");
	if (s[end] != '>')
		return 0;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const size_t n = strlen(names[i]);

		if (strncasecmp(p, names[i], n) == 0 && strchr(" />", p[n]))
			return end + 1;
	}
	return 0;
}

static void field_text(struct doc_builder *b, const struct plan_buf *f)
{
	struct plan_buf clean = PLAN_BUF_INIT;
	size_t a = 0, z = f->len;
	bool italic;

	while (a < z && strchr(" \t", f->s[a]))
		a++;
	while (z > a && strchr(" \t", f->s[z - 1]))
		z--;
	italic = z - a >= 7 && strncasecmp(f->s + a, "<i>", 3) == 0 &&
		 strncasecmp(f->s + z - 4, "</i>", 4) == 0;
	for (size_t i = 0; i < f->len;) {
		const size_t n = html_tag(f->s + i);

		if (n && strncasecmp(f->s + i, "<br", 3) == 0)
			plan_buf_addch(&clean, '\n');
		if (n) {
			i += n;
			continue;
		}
		plan_buf_addch(&clean, f->s[i++]);
	}
	doc_text(b, clean.s, clean.len, italic);
	plan_buf_release(&clean);
}

/*
 * Reads one record of the table from s[*at]: fields separated by sep,
 * each plain or quoted (a quote doubled inside; line breaks kept).
 * Returns -1 when the document has too many cells.
 */
static int record(struct doc_builder *b, const char *s, size_t len, size_t *at, char sep)
{
	struct plan_buf f = PLAN_BUF_INIT;
	size_t i = *at;
	int status = 0;

	doc_row_begin(b, false);
	for (;;) {
		plan_buf_reset(&f);
		if (i < len && s[i] == '"') {
			for (i++; i < len; i++) {
				if (s[i] == '"' && i + 1 < len && s[i + 1] == '"') {
					plan_buf_addch(&f, '"');
					i++;
				} else if (s[i] == '"') {
					i++;
					break;
				} else if (s[i] != '\r' || i + 1 >= len || s[i + 1] != '\n') {
					plan_buf_addch(&f,
						       s[i]); /* CRLF inside a field: one break */
				}
			}
		}
		while (i < len && s[i] != sep && s[i] != '\n' && s[i] != '\r')
			plan_buf_addch(&f, s[i++]);
		field_text(b, &f);
		if ((status = doc_cell_end(b, 1, 1)) != 0)
			break;
		if (i < len && s[i] == sep) {
			i++;
			continue;
		}
		break;
	}
	plan_buf_release(&f);
	doc_row_end(b);
	*at = skip_break(s, len, i);
	return status;
}

/*
 * Whether a line is a page's number that a PDF puts between the rows of a
 * table it breaks: "12", "- 12 -", "-- 12 --", "Trang 12", "12/40".
 */
static bool page_number(const char *s, size_t len)
{
	size_t i = 0, digits = 0;

	while (i < len && strchr(" \t-", s[i]))
		i++;
	if (len - i >= 6 && strncasecmp(s + i, "trang ", 6) == 0)
		i += 6;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (digits && i < len && s[i] == '/')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			;
	while (i < len && strchr(" \t\r-", s[i]))
		i++;
	return digits && digits <= 4 && i == len;
}

/*
 * Whether a line with no separator is a row of its own: a section's or a
 * task's numeral and its words ("II. CÔNG TÁC TRUYỀN THÔNG", "3. Tổ chức
 * tập huấn"), as a PDF's text gives a row that spans the table.
 */
static bool numbered_line(const char *s, size_t len)
{
	size_t i = 0, roman = 0;

	while (roman < len && strchr("IVXL", s[roman]) && s[roman])
		roman++;
	if (len >= 2 && (unsigned char)s[0] == 0xC4 && (unsigned char)s[1] == 0x90)
		i = 2; /* Đ */
	else if (roman && roman < len)
		i = roman;
	else if (len && s[0] >= 'A' && s[0] <= 'Z')
		i = 1;
	else
		while (i < len &&
		       ((s[i] >= '0' && s[i] <= '9') ||
			(i && s[i] == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')))
			i++;
	return i && i + 2 < len && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ' &&
	       s[i + 2] != ' ';
}

/* The line and column (in characters, from 1) of byte at in data. */
static struct plan_pos position(const char *data, size_t at)
{
	struct plan_pos pos = { 1, 1 };

	for (size_t i = 0; i < at; i++) {
		if (data[i] == '\n') {
			pos.line++;
			pos.column = 1;
		} else if (((unsigned char)data[i] & 0xC0) != 0x80) {
			pos.column++;
		}
	}
	return pos;
}

int doc_read_text(const char *path, const char *data, size_t len, struct doc *d,
		  struct plan_diags *diags)
{
	const size_t n = strlen(path);
	const bool csv = n >= 4 && strcasecmp(path + n - 4, ".csv") == 0;
	struct doc_builder b;
	size_t i = 0, bad;
	char sep;
	bool table = false;
	int status = 0;

	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3; /* a byte order mark */
	if (!plan_utf8_valid(data + i, len - i, &bad)) {
		plan_diags_add(diags, path, position(data, i + bad), PLAN_ERROR, "bad-utf8",
			       "not UTF-8 text (byte %zu); save it as UTF-8", bad + i);
		return -1;
	}
	sep = separator(data + i, len - i, csv);
	while (i < len && !status) {
		const size_t end = line_end(data + i, len - i);

		/* in a .csv every line is a record, a heading one cell of its own */
		if (csv || has_separator(data + i, len - i, sep) ||
		    (table && numbered_line(data + i, end))) {
			if (!table)
				doc_table_begin(d, &b);
			table = true;
			status = record(&b, data, len, &i, sep);
		} else {
			/*
			 * A line that is no row: before the table, the document's
			 * header; in it, the rest of a cell a PDF wrapped.
			 */
			if (!table)
				doc_add_line(d, data + i, end);
			else if (!page_number(data + i, end))
				doc_append_line(&b, data + i, end);
			i = skip_break(data, len, i + end);
		}
	}
	if (table)
		doc_table_end(&b);
	if (status)
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-document",
			       "the table is too large to read");
	return status;
}
