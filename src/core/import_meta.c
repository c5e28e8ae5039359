/*
 * import_meta.c - what a document says of its plan, in the lines above its
 * table: "Số: 365/QĐ-BTP", "Hà Nội, ngày 15 tháng 3 năm 2024", the issuing
 * body's heading ("BỘ TƯ PHÁP"), the appendix's title.
 */
#include "import_int.h"

#include <stdlib.h>
#include <string.h>

#include "plan/alloc.h"
#include "plan/fold.h"
#include "plan/text.h"

/* Each line, from the document's paragraphs, then the rows above the table's header. */
struct lines {
	const char **v;
	size_t n;
};

static void gather(const struct doc *d, const struct plan_buf *rows, struct lines *out)
{
	out->v = plan_xcalloc(d->n_lines + rows->len + 1, sizeof(*out->v));
	out->n = 0;
	for (size_t i = 0; i < d->n_lines; i++)
		out->v[out->n++] = d->lines[i];
	for (const char *s = rows->s; s < rows->s + rows->len; s += strlen(s) + 1)
		out->v[out->n++] = s;
}

static char *fold(const char *s, unsigned flags)
{
	struct plan_buf b = PLAN_BUF_INIT;

	plan_fold_text(&b, s, strlen(s), flags);
	return plan_buf_detach(&b);
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

static char *find_number(const struct lines *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const char *s = l->v[i];

		for (const char *p = s; (p = strstr(p, "ố")); p++) {
			/* "Số", "số", "SỐ": the word before a number */
			const char *w = p - 1;
			char *n;

			if (w < s || (*w != 'S' && *w != 's') || (w > s && w[-1] != ' ' && w[-1] != '('))
				continue;
			if ((n = number_after(p + strlen("ố"))))
				return n;
		}
		for (const char *p = s; (p = strstr(p, "Ố")); p++)
			if (p > s && p[-1] == 'S')
				return number_after(p + strlen("Ố"));
	}
	return NULL;
}

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

static plan_date find_date(const struct lines *l)
{
	for (size_t i = 0; i < l->n; i++) {
		char *f = fold(l->v[i], PLAN_FOLD_PUNCT);
		const plan_date d = date_in(f);

		free(f);
		if (d != PLAN_DATE_NONE)
			return d;
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

/* The registry's name for s, when it names one unit; else NULL. */
static const char *registered(const struct plan_unit_index *idx, const char *s)
{
	struct plan_unit_refs refs = PLAN_UNIT_REFS_INIT;
	const char *name = NULL;

	if (!idx)
		return NULL;
	plan_unit_lookup(idx, s, &refs);
	if (refs.n == 1 && refs.v[0]->entry)
		name = refs.v[0]->name;
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
		if (!of || !strstr(l->v[i], "kèm theo"))
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
 * the heading that names the plan ("KẾ HOẠCH …", "DANH MỤC …"), with the
 * line after a bare "KẾ HOẠCH".
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
			if (!appendix)
				plan_buf_addf(&b, "%s ", l->v[i]);
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

void imp_read_meta(const struct doc *d, const struct plan_buf *rows,
		   const struct plan_unit_index *idx, struct imp_plan *p)
{
	struct lines l;

	gather(d, rows, &l);
	p->number = find_number(&l);
	p->issued = find_date(&l);
	p->issuer = find_issuer(&l, idx);
	p->title = find_title(&l);
	free(l.v);
}
