/* deadline.c - reading Vietnamese deadline phrases with PCRE2. */
#include "plan/deadline.h"

#include <stdlib.h>
#include <string.h>
#include <pcre2.h>

#include "plan/alloc.h"
#include "plan/fold.h"
#include "plan/text.h"

const char *const plan_kind_names[PLAN_KIND_COUNT] = {
	"date", "recurring", "ongoing", "event", "unknown",
};

int plan_kind_parse(const char *name, size_t len, enum plan_kind *out)
{
	int i = plan_name_find(plan_kind_names, PLAN_KIND_COUNT, name, len);

	if (i < 0)
		return -1;
	*out = (enum plan_kind)i;
	return 0;
}

const char *plan_every_name(enum plan_every every)
{
	static const char *const names[] = { NULL, "month", "quarter", "year" };

	return names[every];
}

/*
 * The patterns, over folded text (lower case, no marks, "d" for "đ").
 * Whole-phrase rules come first; then the phrase is read as a list of date
 * parts separated by ";", "và" or ",", each optionally labelled.
 */
#define YEAR     "(?:\\s*(?:/|nam|,\\s*nam)\\s*(\\d{4}))?"
#define QUARTER  "(iv|i{1,3}|[1-4])"
#define DAYMONTH "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})"
#define LEADIN                                                               \
	"(?:(?:hoan thanh|thuc hien|trien khai|ket thuc|du kien|xong)\\s+)?" \
	"(?:(?:cham nhat|muon nhat)\\s+)?(?:(?:la|vao|trong|cuoi|het)\\s+)?"

enum rule {
	/* whole phrases */
	R_EVENT,
	R_RECURRING,
	R_ONGOING,
	R_ONGOING_FROM,
	/* one date part */
	R_DAY,
	R_BEFORE_DAY,
	R_MONTHS,
	R_BEFORE_MONTH,
	R_MONTH,
	R_QUARTERS,
	R_BEFORE_QUARTER,
	R_QUARTER,
	R_HALF,
	R_WHOLE_YEAR,
	R_BEFORE_YEAR,
	R_YEAR,
	R_BY_YEAR,
	/* the shape of a list */
	R_SEPARATOR,
	R_LABEL,
	R_COUNT
};

static const char *const patterns[R_COUNT] = {
	[R_EVENT] = "^(?:theo|khi|tuy theo|can cu)(?:\\s.*)?$",
	[R_RECURRING] = "^(?:(?:thuc hien|bao cao|to chuc)\\s+)?(?:dinh ky\\s+)?(?:hang|moi)\\s+"
			"(thang|quy|nam)(?:\\s+(?:trong\\s+)?nam\\s+(\\d{4}))?"
			"(?:\\s+(?:den|toi)\\s+(?:het\\s+)?(?:nam\\s+)?(\\d{4}))?$",
	[R_ONGOING] = "^(?:thuc hien\\s+)?(?:thuong xuyen|lien tuc)"
		      "(?:\\s*,?\\s*(trong|tu)\\s+(?:(?:cac\\s+)?nam\\s+)?(\\d{4})"
		      "((?:\\s*(?:,|va|-|den)\\s*(?:nam\\s+)?\\d{4})*))?$",
	[R_ONGOING_FROM] = "^(?:(?:thuc hien|trien khai)\\s+)?tu\\s+(?:thang\\s+(\\d{1,2})" YEAR
			   "|(?:ngay\\s+)?" DAYMONTH "\\s*[/.-]\\s*(\\d{4})"
			   "|nam\\s+(\\d{4}))(?:\\s+tro di)?$",
	[R_DAY] = "^" LEADIN "(?:ngay\\s+)?" DAYMONTH "\\s*[/.-]\\s*(\\d{4})$",
	[R_BEFORE_DAY] = "^" LEADIN "truoc\\s+(?:ngay\\s+)?" DAYMONTH "(?:\\s*[/.-]\\s*(\\d{4}))?$",
	[R_MONTHS] = "^" LEADIN "(?:tu\\s+)?thang\\s+(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?"
		     "\\s*(?:-|den)\\s*(?:thang\\s+)?(\\d{1,2})" YEAR "$",
	[R_BEFORE_MONTH] = "^" LEADIN "truoc\\s+thang\\s+(\\d{1,2})" YEAR "$",
	[R_MONTH] = "^" LEADIN "thang\\s+(\\d{1,2})" YEAR "$",
	[R_QUARTERS] = "^" LEADIN "(?:tu\\s+)?quy\\s+" QUARTER
		       "\\s*(?:-|den)\\s*(?:quy\\s+)?" QUARTER YEAR "$",
	[R_BEFORE_QUARTER] = "^" LEADIN "truoc\\s+quy\\s+" QUARTER YEAR "$",
	[R_QUARTER] = "^" LEADIN "quy\\s+" QUARTER YEAR "$",
	[R_HALF] = "^" LEADIN "(?:6\\s+thang|nua)\\s+(dau|cuoi)(?:\\s+nam)?(?:\\s+(\\d{4}))?$",
	[R_WHOLE_YEAR] = "^" LEADIN "ca\\s+nam(?:\\s+(\\d{4}))?$",
	[R_BEFORE_YEAR] = "^" LEADIN "truoc\\s+nam\\s+(\\d{4})$",
	[R_YEAR] = "^" LEADIN "nam\\s+(\\d{4})$",
	[R_BY_YEAR] = "^(?:.*\\s)?(?:den|toi)\\s+(?:het\\s+)?(?:nam\\s+)?(\\d{4})$",
	[R_SEPARATOR] = "\\s*(?:;|,(?!\\s*nam\\s+\\d{4})|\\s+va\\s+)\\s*",
	[R_LABEL] = "^(?:(?:doi voi|voi)\\s+)?([^:]+?)\\s*:\\s*(.+)$",
};

struct plan_deadlines {
	pcre2_code *code[R_COUNT];
};

struct plan_deadlines *plan_deadlines_new(void)
{
	struct plan_deadlines *e = plan_xcalloc(1, sizeof(*e));

	for (int i = 0; i < R_COUNT; i++) {
		int err;
		PCRE2_SIZE at;

		e->code[i] = pcre2_compile((PCRE2_SPTR)patterns[i], PCRE2_ZERO_TERMINATED,
					   PCRE2_UTF | PCRE2_UCP, &err, &at, NULL);
		if (!e->code[i])
			abort(); /* the patterns are fixed: a failure is a bug here */
		pcre2_jit_compile(e->code[i], PCRE2_JIT_COMPLETE); /* slower without, still right */
	}
	return e;
}

void plan_deadlines_free(struct plan_deadlines *e)
{
	if (!e)
		return;
	for (int i = 0; i < R_COUNT; i++)
		pcre2_code_free(e->code[i]);
	free(e);
}

void plan_interp_init(struct plan_interp *in)
{
	memset(in, 0, sizeof(*in));
	in->kind = PLAN_KIND_UNKNOWN;
	in->from = PLAN_DATE_NONE;
	in->until = PLAN_DATE_NONE;
}

void plan_interp_release(struct plan_interp *in)
{
	for (size_t i = 0; i < in->n_due; i++)
		free((char *)in->due[i].label);
	free(in->due);
	plan_interp_init(in);
}

void plan_interp_add(struct plan_interp *in, plan_date date, const char *label, size_t len)
{
	size_t i = in->n_due;

	in->due = plan_xreallocarray(in->due, in->n_due + 1, sizeof(*in->due));
	while (i > 0 && in->due[i - 1].date > date) {
		in->due[i] = in->due[i - 1];
		i--;
	}
	in->due[i].date = date;
	in->due[i].label = label ? plan_xmemdup(label, len) : NULL;
	in->n_due++;
}

/* -- matching ------------------------------------------------------------- */

struct match {
	const char *s; /* the folded subject */
	pcre2_match_data *md;
	int groups; /* captured groups, including 0 */
};

static bool run(const struct plan_deadlines *e, enum rule r, const char *s, size_t len,
		struct match *m)
{
	int rc = pcre2_match(e->code[r], (PCRE2_SPTR)s, len, 0, 0, m->md, NULL);

	m->s = s;
	m->groups = rc;
	return rc > 0;
}

static bool has(const struct match *m, int group)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);

	return group < m->groups && ov[2 * group] != PCRE2_UNSET;
}

/* The number captured by group, or fallback when the group is unset. */
static int num(const struct match *m, int group, int fallback)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	int n = 0;

	if (!has(m, group))
		return fallback;
	for (PCRE2_SIZE i = ov[2 * group]; i < ov[2 * group + 1]; i++)
		n = n * 10 + (m->s[i] - '0');
	return n;
}

/* A quarter number written in Roman or Arabic figures. */
static int quarter(const struct match *m, int group)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	const char *q = m->s + ov[2 * group];
	const size_t len = ov[2 * group + 1] - ov[2 * group];

	if (q[0] >= '1' && q[0] <= '4')
		return q[0] - '0';
	if (len == 2 && q[0] == 'i' && q[1] == 'v')
		return 4;
	return (int)len; /* i, ii, iii */
}

/* -- calendar arithmetic ---------------------------------------------------- */

static bool month_ok(int y, int m)
{
	return m >= 1 && m <= 12 && y >= 1 && y <= 9999;
}

static plan_date month_first(int y, int m)
{
	return plan_date_make(y, m, 1);
}

static plan_date month_last(int y, int m)
{
	return plan_date_make(y, m, plan_date_month_days(y, m));
}

/* -- one date part ------------------------------------------------------------ */

/* A part read: its due date, and the start of its window, if any. */
struct part {
	plan_date due;
	plan_date from;
};

/* "15/02/2024", or with before the day before "trước ngày 10/01/2024". */
static bool day_part(const struct match *m, int year, bool before, struct part *out)
{
	const int d = num(m, 1, 0), mo = num(m, 2, 0), y = num(m, 3, year);

	if (!plan_date_valid(y, mo, d))
		return false;
	out->due = plan_date_make(y, mo, d) - (before ? 1 : 0);
	return true;
}

/* "Tháng 3/2023": its last day; with before, the last day of the month before. */
static bool month_part(const struct match *m, int year, bool before, struct part *out)
{
	const int mo = num(m, 1, 0), y = num(m, 2, year);

	if (!month_ok(y, mo))
		return false;
	out->due = before ? month_first(y, mo) - 1 : month_last(y, mo);
	return true;
}

/* "Tháng 03- 10/2022": due at the end of the last month, from the first. */
static bool months_part(const struct match *m, int year, struct part *out)
{
	const int a = num(m, 1, 0), b = num(m, 3, 0), y = num(m, 4, year);
	/* "Tháng 11 - 02/2024": the first month is in the year before. */
	const int y1 = num(m, 2, a > b ? y - 1 : y);

	if (!month_ok(y1, a) || !month_ok(y, b) || month_first(y1, a) > month_first(y, b))
		return false;
	out->from = month_first(y1, a);
	out->due = month_last(y, b);
	return true;
}

/* "Quý II/2024": its last day; with before, the last day of the quarter before. */
static bool quarter_part(const struct match *m, int year, bool before, struct part *out)
{
	const int q = quarter(m, 1), y = num(m, 2, year);

	if (!month_ok(y, 1))
		return false;
	out->due = before ? month_first(y, 3 * q - 2) - 1 : month_last(y, 3 * q);
	return true;
}

/* "Quý III-IV/2023": due at the end of the last quarter, from the first. */
static bool quarters_part(const struct match *m, int year, struct part *out)
{
	const int a = quarter(m, 1), b = quarter(m, 2), y = num(m, 3, year);

	if (a > b || !month_ok(y, 1))
		return false;
	out->from = month_first(y, 3 * a - 2);
	out->due = month_last(y, 3 * b);
	return true;
}

/* "6 tháng đầu năm 2024", "6 tháng cuối năm 2024". */
static bool half_part(const struct match *m, int year, struct part *out)
{
	const bool first = m->s[pcre2_get_ovector_pointer(m->md)[2]] == 'd'; /* dau, cuoi */
	const int y = num(m, 2, year);

	if (!month_ok(y, 1))
		return false;
	out->from = month_first(y, first ? 1 : 7);
	out->due = month_last(y, first ? 6 : 12);
	return true;
}

/* "Năm 2024", "Cả năm", "… đến năm 2025": the year's last day; before: the one before. */
static bool year_part(const struct match *m, int year, bool before, struct part *out)
{
	const int y = num(m, 1, year);

	if (!month_ok(y, 12))
		return false;
	out->due = before ? month_first(y, 1) - 1 : month_last(y, 12);
	return true;
}

/* Reads one date part; year is the year it takes when it names none. */
static bool read_part(const struct plan_deadlines *e, struct match *m, const char *s, size_t len,
		      int year, struct part *out)
{
	out->from = PLAN_DATE_NONE;
	if (run(e, R_BEFORE_DAY, s, len, m))
		return day_part(m, year, true, out);
	if (run(e, R_DAY, s, len, m))
		return day_part(m, year, false, out);
	if (run(e, R_MONTHS, s, len, m))
		return months_part(m, year, out);
	if (run(e, R_BEFORE_MONTH, s, len, m))
		return month_part(m, year, true, out);
	if (run(e, R_MONTH, s, len, m))
		return month_part(m, year, false, out);
	if (run(e, R_QUARTERS, s, len, m))
		return quarters_part(m, year, out);
	if (run(e, R_BEFORE_QUARTER, s, len, m))
		return quarter_part(m, year, true, out);
	if (run(e, R_QUARTER, s, len, m))
		return quarter_part(m, year, false, out);
	if (run(e, R_HALF, s, len, m))
		return half_part(m, year, out);
	if (run(e, R_BEFORE_YEAR, s, len, m))
		return year_part(m, year, true, out);
	if (run(e, R_WHOLE_YEAR, s, len, m) || run(e, R_YEAR, s, len, m) ||
	    run(e, R_BY_YEAR, s, len, m))
		return year_part(m, year, false, out);
	return false;
}

/* -- whole phrases ---------------------------------------------------------- */

/* The last four-digit number in s, or 0. */
static int last_year(const char *s, size_t len)
{
	int year = 0;

	for (size_t i = 0; i + 4 <= len; i++) {
		size_t n = 0;

		while (i + n < len && s[i + n] >= '0' && s[i + n] <= '9')
			n++;
		if (n == 4)
			year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 +
			       (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
		i += n;
	}
	return year;
}

static void occurrences(struct plan_interp *out, enum plan_every every, plan_date from,
			plan_date until)
{
	static const int months[] = { 0, 1, 3, 12 };
	const int step = months[every];
	int y, m, d;

	plan_date_split(from, &y, &m, &d);
	m -= (m - 1) % step; /* the start of the period that holds from */
	for (int n = 0; n < 1200; n++) {
		int end_m = m + step - 1;
		plan_date due = month_last(y, end_m);

		plan_interp_add(out, due, NULL, 0);
		if (due >= until)
			break;
		m += step;
		if (m > 12) {
			m -= 12;
			y++;
		}
	}
}

static bool read_recurring(struct match *m, const char *s, const struct plan_deadline_ctx *ctx,
			   struct plan_interp *out)
{
	const char unit = s[pcre2_get_ovector_pointer(m->md)[2] + 1]; /* tHang, qUy, nAm */
	plan_date from = ctx->issued, until = month_last(ctx->year, 12);
	int y;

	out->every = unit == 'h'   ? PLAN_EVERY_MONTH
		     : unit == 'u' ? PLAN_EVERY_QUARTER
				   : PLAN_EVERY_YEAR;
	if (has(m, 2)) { /* "trong năm 2025" */
		y = num(m, 2, 0);
		from = out->from = month_first(y, 1);
		until = out->until = month_last(y, 12);
	}
	if (has(m, 3)) { /* "đến hết năm 2025" */
		y = num(m, 3, 0);
		until = out->until = month_last(y, 12);
	}
	if (from == PLAN_DATE_NONE)
		from = month_first(ctx->year, 1);
	if (from > until)
		return false;
	out->kind = PLAN_KIND_RECURRING;
	occurrences(out, out->every, from, until);
	return true;
}

/*
 * "Thường xuyên trong 2024, 2025" runs from the first year to the end of
 * the last; "… từ 2024" from 2024 on; "Từ tháng 02/2023" from that month.
 */
static bool read_ongoing(struct match *m, enum rule r, const char *s, size_t len,
			 const struct plan_deadline_ctx *ctx, struct plan_interp *out)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	int y, mo;

	out->kind = PLAN_KIND_ONGOING;
	if (r == R_ONGOING) {
		if (has(m, 2)) {
			const bool within = s[ov[2]] == 't' && s[ov[2] + 1] == 'r'; /* trong, tu */
			const bool more = ov[7] > ov[6];

			out->from = month_first(num(m, 2, 0), 1);
			if (within || more) {
				y = last_year(s + ov[4], len - ov[4]);
				out->until = month_last(y, 12);
			}
		}
		return true;
	}
	if (has(m, 1)) { /* "Từ tháng 02/2023", "Từ tháng 3" */
		mo = num(m, 1, 0);
		y = num(m, 2, ctx->year);
		if (!month_ok(y, mo))
			return false;
		out->from = month_first(y, mo);
	} else if (has(m, 3)) {
		if (!plan_date_valid(num(m, 5, 0), num(m, 4, 0), num(m, 3, 0)))
			return false;
		out->from = plan_date_make(num(m, 5, 0), num(m, 4, 0), num(m, 3, 0));
	} else {
		out->from = month_first(num(m, 6, 0), 1);
	}
	return true;
}

/* -- lists of date parts -------------------------------------------------------- */

struct span {
	size_t start, end; /* in the folded text */
};

/* Splits [0, len) of the folded text at separators into at most max spans. */
static size_t split(const struct plan_deadlines *e, struct match *m, const char *s, size_t len,
		    struct span *spans, size_t max)
{
	size_t n = 0, at = 0;

	while (n < max) {
		int rc = pcre2_match(e->code[R_SEPARATOR], (PCRE2_SPTR)s, len, at, 0, m->md, NULL);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);

		if (rc <= 0 || ov[1] == ov[0]) {
			spans[n++] = (struct span){ at, len };
			break;
		}
		spans[n++] = (struct span){ at, ov[0] };
		at = ov[1];
	}
	return n;
}

/* Trims bullets and spaces from a span of the folded text. */
static void trim(const char *s, struct span *sp)
{
	while (sp->start < sp->end && strchr("-+*. ", s[sp->start]))
		sp->start++;
	while (sp->end > sp->start && strchr(".;, ", s[sp->end - 1]))
		sp->end--;
}

/* Copies the original words behind [start, end) of the folded text. */
static void original(const struct plan_folded *f, const char *text, size_t start, size_t end,
		     const char **s, size_t *len)
{
	size_t a = f->origin[start], b = f->origin[end];

	while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t'))
		b--;
	*s = text + a;
	*len = b - a;
}

enum { MAX_PARTS = 16 };

static bool read_list(const struct plan_deadlines *e, struct match *m, const struct plan_folded *f,
		      const char *text, const struct plan_deadline_ctx *ctx,
		      struct plan_interp *out)
{
	const char *s = f->text.s;
	struct span spans[MAX_PARTS];
	size_t n = split(e, m, s, f->text.len, spans, MAX_PARTS);
	plan_date from = PLAN_DATE_NONE;

	for (size_t i = 0; i < n; i++)
		trim(s, &spans[i]);
	for (size_t i = 0; i < n; i++) {
		struct span part = spans[i];
		const char *label = NULL;
		size_t label_len = 0;
		struct part p;
		int year = ctx->year;

		/* A part without a year takes the next one's: "Tháng 6 và tháng 12/2024". */
		for (size_t j = i; j < n && year == ctx->year; j++) {
			int found = last_year(s + spans[j].start, spans[j].end - spans[j].start);

			if (found)
				year = found;
		}
		if (part.start == part.end)
			return false;
		if (run(e, R_LABEL, s + part.start, part.end - part.start, m)) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);

			original(f, text, part.start + ov[2], part.start + ov[3], &label,
				 &label_len);
			part.start += ov[4];
		}
		if (!read_part(e, m, s + part.start, part.end - part.start, year, &p))
			return false;
		plan_interp_add(out, p.due, label, label_len);
		if (p.from != PLAN_DATE_NONE && (from == PLAN_DATE_NONE || p.from < from))
			from = p.from;
	}
	out->kind = PLAN_KIND_DATE;
	out->from = from;
	return true;
}

void plan_deadline_interpret(const struct plan_deadlines *e, const char *text, size_t len,
			     const struct plan_deadline_ctx *ctx, struct plan_interp *out)
{
	struct plan_folded f = PLAN_FOLDED_INIT;
	struct match m;
	const char *s;
	size_t n;
	bool read;

	plan_interp_init(out);
	plan_fold(&f, text, len, 0);
	s = f.text.s;
	n = f.text.len;
	while (n && strchr(".;, ", s[n - 1]))
		n--; /* "Thường xuyên." */
	while (n && strchr("-+* ", s[0])) {
		s++; /* "- Thường xuyên" */
		n--;
	}
	m.md = pcre2_match_data_create(16, NULL);
	if (!m.md)
		abort();
	if (run(e, R_EVENT, s, n, &m)) {
		out->kind = PLAN_KIND_EVENT;
		read = true;
	} else if (run(e, R_RECURRING, s, n, &m)) {
		read = read_recurring(&m, s, ctx, out);
	} else if (run(e, R_ONGOING, s, n, &m)) {
		read = read_ongoing(&m, R_ONGOING, s, n, ctx, out);
	} else if (run(e, R_ONGOING_FROM, s, n, &m)) {
		read = read_ongoing(&m, R_ONGOING_FROM, s, n, ctx, out);
	} else {
		read = read_list(e, &m, &f, text, ctx, out);
	}
	if (!read)
		plan_interp_release(out); /* back to unknown */
	pcre2_match_data_free(m.md);
	plan_folded_release(&f);
}
