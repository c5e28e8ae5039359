/*
 * doc_text.c - a table as text: CSV (RFC 4180), tab-separated values, and
 * text pasted from a PDF or Word; and doc_read(), which picks the reader.
 */
#include "doctable.h"

#include <string.h>
#include <strings.h>

#include "plan/alloc.h"
#include "plan/save.h"
#include "plan/text.h"

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
 * Reads one record of the table from s[*at]: fields separated by sep,
 * each plain or quoted (a quote doubled inside; line breaks kept).
 * Returns -1 when the document has too many cells.
 */
static int record(struct doc_builder *b, const char *s, size_t len, size_t *at, char sep)
{
	size_t i = *at;

	doc_row_begin(b, false);
	for (;;) {
		if (i < len && s[i] == '"') {
			for (i++; i < len; i++) {
				if (s[i] == '"' && i + 1 < len && s[i + 1] == '"') {
					doc_text(b, "\"", 1, false);
					i++;
				} else if (s[i] == '"') {
					i++;
					break;
				} else if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') {
					continue; /* CRLF inside a quoted field: one break */
				} else {
					doc_text(b, s + i, 1, false);
				}
			}
		}
		while (i < len && s[i] != sep && s[i] != '\n' && s[i] != '\r')
			doc_text(b, s + i++, 1, false);
		if (doc_cell_end(b, 1, 1) != 0)
			return -1;
		if (i < len && s[i] == sep) {
			i++;
			continue;
		}
		break;
	}
	doc_row_end(b);
	*at = skip_break(s, len, i);
	return 0;
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
		plan_diags_add(diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, "bad-utf8",
			       "not UTF-8 text (byte %zu); save it as UTF-8", bad + i);
		return -1;
	}
	sep = separator(data + i, len - i, csv);
	while (i < len && !status) {
		const size_t end = line_end(data + i, len - i);

		if (has_separator(data + i, len - i, sep)) {
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
			else
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

static bool ends_with(const char *path, const char *ext)
{
	const size_t n = strlen(path), e = strlen(ext);

	return n >= e && strcasecmp(path + n - e, ext) == 0;
}

int doc_read(const char *path, struct doc *out, struct plan_diags *diags)
{
	struct plan_buf data = PLAN_BUF_INIT;
	int status;

	doc_init(out);
	if (ends_with(path, ".docx"))
		status = doc_read_docx(path, out, diags);
	else if (ends_with(path, ".odt") || ends_with(path, ".ods"))
		status = doc_read_odt(path, out, diags);
	else if (ends_with(path, ".xlsx"))
		status = doc_read_xlsx(path, out, diags);
	else if (plan_file_read(path, &data, diags) != 0)
		status = -1;
	else
		status = doc_read_text(path, data.s, data.len, out, diags);
	plan_buf_release(&data);
	if (status)
		doc_release(out);
	return status;
}
