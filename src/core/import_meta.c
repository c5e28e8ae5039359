/*
 * import_meta.c - what a document says of its plan, in the lines above its
 * table: "Số: 365/QĐ-BTP", "Hà Nội, ngày 15 tháng 3 năm 2024", the issuing
 * body's heading ("BỘ TƯ PHÁP"), the appendix's title.
 */
#include "import_int.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fold.h"
#include "text.h"

/*
 * Each line of text outside the table of tasks, in the document's order:
 * its paragraphs, the cells of its other tables (the heading of a Word
 * file is often a table: "BỘ TƯ PHÁP" beside the state's motto, "Số: …"
 * beside the date), the rows above the header in a sheet; a cell's lines
 * one by one.
 */
struct lines {
	const char **v;
	size_t n;
	struct plan_buf text; /* NUL-terminated lines, which v points into */
};

static void add_lines(struct plan_buf *text, const char *s)
{
	for (const char *end; *s; s = *end ? end + 1 : end) {
		end = s + strcspn(s, "\n");
		if (end > s) {
			plan_buf_add(text, s, (size_t)(end - s));
			plan_buf_addch(text, '\0');
		}
	}
}

static void add_table(struct plan_buf *text, const struct doc_table *t)
{
	for (size_t r = 0; r < t->n_rows; r++)
		for (size_t c = 0; c < t->n_cols; c++)
			if (t->rows[r].cells[c].cover == DOC_OWN)
				add_lines(text, t->rows[r].cells[c].text);
}

static void gather(const struct doc *d, size_t table, const struct plan_buf *rows,
		   struct lines *out)
{
	size_t n = 0;

	plan_buf_init(&out->text);
	for (size_t i = 0; i <= d->n_lines; i++) {
		for (size_t k = 0; k < d->n_tables; k++)
			if (d->tables[k].line == i && d->tables[k].number != table)
				add_table(&out->text, &d->tables[k]);
		if (i < d->n_lines)
			add_lines(&out->text, d->lines[i]);
	}
	for (const char *s = rows->s; s < rows->s + rows->len; s += strlen(s) + 1)
		add_lines(&out->text, s);
	for (size_t i = 0; i < out->text.len; i++)
		n += out->text.s[i] == '\0';
	out->v = plan_xcalloc(n + 1, sizeof(*out->v));
	out->n = 0;
	for (size_t i = 0; i < out->text.len; i += strlen(out->text.s + i) + 1)
		out->v[out->n++] = out->text.s + i;
}

static char *fold(const char *s, unsigned flags)
{
	struct plan_buf b = PLAN_BUF_INIT;

	plan_fold_text(&b, s, strlen(s), flags);
	return plan_buf_detach(&b);
}

/*
 * Whether a line says which document the appendix goes with: "(Kèm theo
 * Quyết định số 365/QĐ-BTP ngày … của Bộ trưởng Bộ Tư pháp)", "Ban hành
 * kèm theo …" — not an article that mentions "kèm theo Quyết định này".
 */
static bool accompanies(const char *line)
{
	const char *s = line + strspn(line, " \t");
	char *f = fold(s, PLAN_FOLD_PUNCT);
	const bool yes = strncmp(f, "kem theo", 8) == 0 || strncmp(f, "ban hanh kem theo", 17) == 0 ||
			 (*s == '(' && strstr(f, "kem theo"));

	free(f);
	return yes;
}

/* -- the number -------------------------------------------------------------------- */

static bool code_byte(const char *s)
{
	const unsigned char c = (unsigned char)*s;

	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       c == '-' || (c == 0xC4 && ((unsigned char)s[1] == 0x90 || (unsigned char)s[1] == 0x91));
}

/*
 * The document number after "Số" or "số" at s: "365/QĐ-BTP", written
 * "365 /QĐ-BTP" too; spaces taken out.  NULL when none follows.
 */
static char *number_after(const char *s)
{
	struct plan_buf b = PLAN_BUF_INIT;
	const char *p = s;

	p += strspn(p, " :");
	if (*p < '0' || *p > '9')
		return NULL;
	while (*p >= '0' && *p <= '9')
		plan_buf_addch(&b, *p++);
	for (;;) {
		const char *q = p + strspn(p, " ");

		if (*q != '/')
			break;
		q += 1 + strspn(q + 1, " ");
		if (!code_byte(q))
			break;
		plan_buf_addch(&b, '/');
		while (code_byte(q)) {
			const size_t n = (unsigned char)*q == 0xC4 ? 2 : 1;

			plan_buf_add(&b, q, n);
			q += n;
		}
		p = q;
	}
	if (!strchr(b.s, '/')) {
		plan_buf_release(&b);
		return NULL;
	}
	return plan_buf_detach(&b);
}

/*
 * The number after "Số" or "số" in s: in the line that opens with it (the
 * document's own number), or, with kem_theo, in the line that says which
 * decision the appendix goes with ("kèm theo Quyết định số 365 /QĐ-BTP").
 */
static char *number_in(const char *s, bool anywhere)
{
	for (const char *p = s; *p; p++) {
		const bool word = p == s || p[-1] == ' ' || p[-1] == '(';

		if (!word || (!anywhere && p != s))
			continue;
		if (strncmp(p, "Số", strlen("Số")) == 0 || strncmp(p, "số", strlen("số")) == 0 ||
		    strncmp(p, "SỐ", strlen("SỐ")) == 0) {
			char *n = number_after(p + strlen("Số"));

			if (n)
				return n;
		}
	}
	return NULL;
}

static char *find_number(const struct lines *l)
{
	char *n;

	for (size_t i = 0; i < l->n; i++)
		if ((n = number_in(l->v[i], false)))
			return n;
	for (size_t i = 0; i < l->n; i++)
		if (accompanies(l->v[i]) && (n = number_in(l->v[i], true)))
			return n;
	return NULL;
}

static bool capitals(const char *s);

/* -- the date ---------------------------------------------------------------------- */

/* The number at the start of folded s, and where it ends. */
static int leading_number(const char **s)
{
	int n = 0, digits = 0;

	while (**s >= '0' && **s <= '9' && digits < 5)
		n = n * 10 + (*(*s)++ - '0'), digits++;
	return digits ? n : -1;
}

/* "ngay 15 thang 3 nam 2024" in folded text: the date, or PLAN_DATE_NONE. */
static plan_date date_in(const char *f)
{
	for (const char *p = f; (p = strstr(p, "ngay ")); p++) {
		const char *q = p + 5;
		int d, m, y;

		if ((d = leading_number(&q)) < 0 || strncmp(q, " thang ", 7) != 0)
			continue;
		q += 7;
		if ((m = leading_number(&q)) < 0 || strncmp(q, " nam ", 5) != 0)
			continue;
		q += 5;
		if ((y = leading_number(&q)) >= 1900 && y <= 2200 && plan_date_valid(y, m, d))
			return plan_date_make(y, m, d);
	}
	return PLAN_DATE_NONE;
}

/*
 * The date of issue: in the line that says which decision the appendix
 * goes with, else in the document's dateline ("Hà Nội, ngày 15 tháng 3
 * năm 2024"), not in a title that quotes other documents' dates.
 */
static plan_date find_date(const struct lines *l)
{
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < l->n; i++) {
			char *f = fold(l->v[i], PLAN_FOLD_PUNCT);
			const char *at = strstr(f, "ngay ");
			plan_date d = PLAN_DATE_NONE;

			/* kèm theo: anywhere; a dateline: a place's name, then the date */
			if (pass == 0 ? accompanies(l->v[i])
				      : at && (size_t)(at - f) < 40 && !capitals(l->v[i]))
				d = date_in(f);
			free(f);
			if (d != PLAN_DATE_NONE)
				return d;
		}
	}
	return PLAN_DATE_NONE;
}

/* -- the issuing body and the title --------------------------------------------------- */

/* True when s is written in capitals: capital letters, and no small ones. */
static bool capitals(const char *s)
{
	bool letters = false;

	for (const char *p = s; *p; p++) {
		if (*p >= 'a' && *p <= 'z')
			return false;
		letters = letters || (*p >= 'A' && *p <= 'Z');
	}
	return letters;
}

/* Headings that are no issuing body: the state's motto, the kind of document. */
static bool heading_of_kind(const char *folded)
{
	static const char *const kinds[] = {
		"cong hoa",   "doc lap",   "ke hoach",  "phu luc",  "quyet dinh", "danh muc",
		"chuong trinh", "thong bao", "nghi quyet", "chi thi", "cong van",  "de an",
		"bao cao",    "so ",       "ban hanh",  "kem theo",
	};

	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strncmp(folded, kinds[i], strlen(kinds[i])) == 0)
			return true;
	return false;
}

/* Whether a and b are the same words but for case. */
static bool same_but_case(const char *a, const char *b)
{
	char *x = fold(a, PLAN_FOLD_PUNCT), *y = fold(b, PLAN_FOLD_PUNCT);
	const bool same = strcmp(x, y) == 0;

	free(x);
	free(y);
	return same;
}

/*
 * The registry's spelling of s, when it names one unit: the name or alias
 * that s writes in capitals ("THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ"),
 * else the entry's name; NULL when it names none.
 */
static const char *registered(const struct plan_unit_index *idx, const char *s)
{
	struct plan_unit_refs refs = PLAN_UNIT_REFS_INIT;
	const char *name = NULL;

	if (!idx)
		return NULL;
	plan_unit_lookup(idx, s, &refs);
	if (refs.n == 1 && refs.v[0]->entry) {
		const struct plan_unit *u = refs.v[0]->entry;

		name = refs.v[0]->name;
		for (size_t i = 0; i < u->aliases.n; i++)
			if (same_but_case(u->aliases.v[i].s, s))
				name = u->aliases.v[i].s;
	}
	plan_unit_refs_release(&refs);
	return name;
}

/*
 * The issuing body: "… của Bộ trưởng Bộ Tư pháp)" in the line that says
 * what the appendix goes with, else the heading in capitals at the top
 * ("BỘ TƯ PHÁP"), as the registry names it when it knows it.
 */
static char *find_issuer(const struct lines *l, const struct plan_unit_index *idx)
{
	static const char *const heads[] = { "Bộ trưởng ", "Chủ tịch ", "Thủ trưởng ", "Giám đốc " };

	for (size_t i = 0; i < l->n; i++) {
		const char *of = NULL, *end;
		struct plan_buf b = PLAN_BUF_INIT;
		const char *name;

		for (const char *p = l->v[i]; (p = strstr(p, "của ")); p++)
			of = p + strlen("của ");
		if (!of || !accompanies(l->v[i]))
			continue;
		for (size_t k = 0; k < sizeof(heads) / sizeof(heads[0]); k++)
			if (strncmp(of, heads[k], strlen(heads[k])) == 0)
				of += strlen(heads[k]);
		end = of + strcspn(of, ")");
		plan_buf_add(&b, of, (size_t)(end - of));
		if ((name = registered(idx, b.s))) {
			plan_buf_release(&b);
			return plan_xstrdup(name);
		}
		return plan_buf_detach(&b);
	}
	for (size_t i = 0; i < l->n && i < 8; i++) {
		char *f = fold(l->v[i], PLAN_FOLD_PUNCT);
		const bool body = capitals(l->v[i]) && !heading_of_kind(f) && strlen(l->v[i]) < 120;
		const char *name;

		free(f);
		if (!body)
			continue;
		name = registered(idx, l->v[i]);
		return plan_xstrdup(name ? name : l->v[i]);
	}
	return NULL;
}

/*
 * The title: the line after a bare "PHỤ LỤC" ("PHỤ LỤC:", "PHỤ LỤC I"), or
 * the heading that names the plan ("KẾ HOẠCH …", "DANH MỤC …"), or the line
 * after a bare "KẾ HOẠCH".
 */
static char *find_title(const struct lines *l)
{
	for (size_t i = 0; i < l->n; i++) {
		char *f = fold(l->v[i], PLAN_FOLD_PUNCT);
		const bool appendix = strncmp(f, "phu luc", 7) == 0;
		const bool named = strncmp(f, "ke hoach", 8) == 0 || strncmp(f, "danh muc", 8) == 0 ||
				   strncmp(f, "chuong trinh", 12) == 0;
		/* a bare heading: "PHỤ LỤC", "PHỤ LỤC II", "KẾ HOẠCH" */
		const bool bare = (appendix && strspn(f + 7, " ivxl0123456789") == strlen(f + 7)) ||
				  strcmp(f, "ke hoach") == 0;
		struct plan_buf b = PLAN_BUF_INIT;

		free(f);
		if (!appendix && !named)
			continue;
		if (bare && i + 1 < l->n) {
			plan_buf_addstr(&b, l->v[i + 1]);
		} else if (!bare) {
			plan_buf_addstr(&b, l->v[i]);
		}
		if (b.len)
			return plan_buf_detach(&b);
		plan_buf_release(&b);
	}
	return NULL;
}

/* -- what the title says ------------------------------------------------------------ */

/*
 * The year a title ends with ("… của Bộ Tư pháp năm 2024"): the plan's year.
 * A year inside it ("tầm nhìn đến năm 2030") is no year of the plan's.
 */
static int title_year(const char *title)
{
	char *f = fold(title, PLAN_FOLD_PUNCT);
	const size_t n = strlen(f);
	int year = 0;

	if (n >= 8 && strncmp(f + n - 8, "nam ", 4) == 0 && strspn(f + n - 4, "0123456789") == 4)
		year = atoi(f + n - 4);
	free(f);
	return year >= 1945 && year <= 9999 ? year : 0;
}

/*
 * The documents a title names by number ("… Quyết định số 06/QĐ-TTG ngày …
 * và Chỉ thị số 04/CT-TTG …"), other than the plan's own.  A title in
 * capitals prints the Prime Minister's "TTg" as "TTG": written as the
 * numbers of his documents are.
 */
static void title_documents(const char *title, const char *own, struct imp_list *out)
{
	for (const char *p = title; *p; p++) {
		char *n;
		size_t len;

		if ((p != title && p[-1] != ' ') ||
		    (strncmp(p, "số", strlen("số")) != 0 && strncmp(p, "SỐ", strlen("SỐ")) != 0 &&
		     strncmp(p, "Số", strlen("Số")) != 0))
			continue;
		if (!(n = number_after(p + strlen("số"))))
			continue;
		len = strlen(n);
		if (len >= 4 && strcmp(n + len - 4, "-TTG") == 0)
			n[len - 1] = 'g';
		if (!own || strcmp(n, own) != 0)
			imp_list_add(out, n, len);
		free(n);
	}
}

void imp_read_meta(const struct doc *d, const struct plan_buf *rows,
		   const struct plan_unit_index *idx, struct imp_plan *p)
{
	struct lines l;

	gather(d, p->sum.table, rows, &l);
	p->number = find_number(&l);
	p->issued = find_date(&l);
	p->issuer = find_issuer(&l, idx);
	p->title = find_title(&l);
	if (p->title) {
		p->year = title_year(p->title);
		title_documents(p->title, p->number, &p->implements);
	}
	free(l.v);
	plan_buf_release(&l.text);
}
