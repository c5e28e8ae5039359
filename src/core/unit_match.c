/* unit_match.c - a unit's name against the ways documents abbreviate it. */
#include "unit_match.h"

#include <string.h>

/*
 * The words that say what kind of unit a name is, folded, longest first:
 * a name may leave them out ("Tài nguyên và Môi trường" for the Bộ), and
 * an acronym keeps them whole or as initials ("Cục CNTT", "BTNMT").
 */
static const char *const unit_types[] = {
	"uy ban nhan dan", "hoi dong nhan dan", "uy ban mat tran to quoc", "nha xuat ban",
	"tong cong ty",    "ban quan ly",       "tong cuc",                "trung tam",
	"van phong",       "hoc vien",          "thanh tra",               "ngan hang",
	"tap chi",         "chi cuc",           "uy ban",                  "cong ty",
	"cuc",             "vu",                "ban",                     "bo",
	"so",              "vien",              "phong",                   "dai",
	"truong",          "bao",               "hoi",                     "doan",
};

/* How many of words, from first on, a unit-type phrase takes; 0 for none. */
static size_t type_words(const char *const *w, size_t n, size_t first)
{
	for (size_t t = 0; t < sizeof(unit_types) / sizeof(unit_types[0]); t++) {
		const char *p = unit_types[t];
		size_t k = first;

		while (k < n) {
			const size_t len = strlen(w[k]);

			if (strncmp(p, w[k], len) != 0 || (p[len] != ' ' && p[len] != '\0'))
				break;
			p += len;
			k++;
			if (!*p)
				return k - first < n - first ? k - first : 0; /* a name is more than its type */
			p++;
		}
	}
	return 0;
}

void unit_words_cut(const char *folded, void *(*alloc)(void *ctx, size_t size), void *ctx,
		    struct unit_words *out)
{
	size_t n = 0, len = strlen(folded);
	char *copy = alloc(ctx, len + 1), **w;

	memcpy(copy, folded, len + 1);
	for (size_t i = 0; i < len; i++)
		n += (i == 0 || copy[i - 1] == ' ') && copy[i] != ' ';
	w = alloc(ctx, (n + 1) * sizeof(*w));
	out->n = 0;
	for (char *p = copy; *p;) {
		while (*p == ' ')
			*p++ = '\0';
		if (!*p)
			break;
		w[out->n++] = p;
		p += strcspn(p, " ");
	}
	out->w = (const char *const *)w;
	out->type = type_words(out->w, out->n, out->n && strcmp(w[0], "cac") == 0);
}

/* -- words ------------------------------------------------------------------- */

static bool is_and(const char *w)
{
	return strcmp(w, "va") == 0;
}

/*
 * The same word, old and new spellings being one: "qui" and "quy", "li"
 * and "ly", "kĩ" and "kỹ" (folded "ki", "ky"), "sĩ" and "sỹ".
 */
static bool same_word(const char *a, const char *b)
{
	static const char *const iy[] = { "qu", "l", "k", "m", "t", "s", "h" };
	const size_t la = strlen(a), lb = strlen(b);

	if (la == lb && memcmp(a, b, la) == 0)
		return true;
	if (la != lb || la < 2 || memcmp(a, b, la - 1) != 0)
		return false;
	if (!((a[la - 1] == 'i' && b[lb - 1] == 'y') || (a[la - 1] == 'y' && b[lb - 1] == 'i')))
		return false;
	for (size_t i = 0; i < sizeof(iy) / sizeof(iy[0]); i++)
		if (strlen(iy[i]) == la - 1 && memcmp(iy[i], a, la - 1) == 0)
			return true;
	return false;
}

/* -- the match ------------------------------------------------------------------ */

enum { MAX_WORDS = 48 };

struct matcher {
	const struct unit_words *q, *n;
	const struct unit_abbrevs *table;
	/* best[i][j]: the best tier that matches q's words from i on to n's from j on */
	unsigned char best[MAX_WORDS + 1][MAX_WORDS + 1];
	bool done[MAX_WORDS + 1][MAX_WORDS + 1];
};

static enum unit_tier worse(enum unit_tier a, enum unit_tier b)
{
	return a > b ? a : b;
}

static enum unit_tier best_from(struct matcher *m, size_t i, size_t j);

/* Whether words from j on start with the table's words w: returns the end, or 0. */
static size_t starts_with(const struct unit_words *n, size_t j, const struct unit_words *w)
{
	for (size_t k = 0; k < w->n; k++, j++) {
		while (j < n->n && is_and(n->w[j]) && !is_and(w->w[k]))
			j++;
		if (j >= n->n || !same_word(n->w[j], w->w[k]))
			return 0;
	}
	return j;
}

/*
 * The best tier at which the characters of query word i from c on stand
 * for name words from j on (as initials and short forms of the table),
 * then the rest of the query for the rest of the name.
 */
static enum unit_tier pieces(struct matcher *m, size_t i, const char *c, size_t j)
{
	const struct unit_words *n = m->n;
	enum unit_tier best = UNIT_TIER_NONE, t;

	if (!*c)
		return worse(UNIT_TIER_ACRONYM, best_from(m, i + 1, j));
	while (j < n->n && is_and(n->w[j]))
		j++; /* initials leave "và" out */
	if (j >= n->n)
		return UNIT_TIER_NONE;
	if (*c == n->w[j][0] && (t = pieces(m, i, c + 1, j + 1)) < best)
		best = t;
	for (size_t k = 0; k < m->table->n; k++) {
		const struct unit_abbrev *a = &m->table->v[k];
		const size_t len = strlen(a->shorter);
		size_t end;

		if (strncmp(c, a->shorter, len) == 0 && (end = starts_with(n, j, &a->longer)) &&
		    (t = pieces(m, i, c + len, end)) < best)
			best = t;
	}
	return best;
}

static enum unit_tier best_from(struct matcher *m, size_t i, size_t j)
{
	const struct unit_words *q = m->q, *n = m->n;
	enum unit_tier best = UNIT_TIER_NONE, t;
	const size_t first = n->n && strcmp(n->w[0], "cac") == 0;

	if (i == q->n && j == n->n)
		return UNIT_TIER_NAME;
	if (m->done[i][j])
		return (enum unit_tier)m->best[i][j];
	if (i < q->n && j < n->n && same_word(q->w[i], n->w[j]))
		best = worse(strcmp(q->w[i], n->w[j]) ? UNIT_TIER_VARIANT : UNIT_TIER_NAME,
			     best_from(m, i + 1, j + 1));
	if (i < q->n && (t = pieces(m, i, q->w[i], j)) < best)
		best = t;
	if (j < n->n && is_and(n->w[j]) && (t = worse(UNIT_TIER_VARIANT, best_from(m, i, j + 1))) < best)
		best = t;
	if (i < q->n && is_and(q->w[i]) && (t = worse(UNIT_TIER_VARIANT, best_from(m, i + 1, j))) < best)
		best = t;
	if (j < n->n && strcmp(n->w[j], "cac") == 0 &&
	    (t = worse(UNIT_TIER_VARIANT, best_from(m, i, j + 1))) < best)
		best = t; /* "Sở, ban, ngành" for "Các sở, ban, ngành"; "UBND quận, huyện" */
	if (i < q->n && strcmp(q->w[i], "cac") == 0 &&
	    (t = worse(UNIT_TIER_VARIANT, best_from(m, i + 1, j))) < best)
		best = t;
	if (j == first && n->type && (t = worse(UNIT_TIER_INITIALS, best_from(m, i, j + n->type))) < best)
		best = t; /* "Tài nguyên và Môi trường" for the Bộ */
	if (j + 1 < n->n && j > 1 && strcmp(n->w[j], "viet") == 0 && strcmp(n->w[j + 1], "nam") == 0 &&
	    (t = worse(UNIT_TIER_VARIANT, best_from(m, i, j + 2))) < best)
		best = t; /* "Bảo hiểm xã hội" for "Bảo hiểm xã hội Việt Nam"; "MTTQ tỉnh" */
	m->done[i][j] = true;
	m->best[i][j] = (unsigned char)best;
	return best;
}

enum unit_tier unit_match(const struct unit_words *query, const struct unit_words *name,
			  const struct unit_abbrevs *table)
{
	struct matcher m;

	if (!query->n || !name->n || query->n > MAX_WORDS || name->n > MAX_WORDS)
		return UNIT_TIER_NONE;
	m.q = query;
	m.n = name;
	m.table = table;
	for (size_t i = 0; i <= query->n; i++)
		memset(m.done[i], 0, name->n + 1);
	return best_from(&m, 0, 0);
}

/* The words of a locality: "tỉnh", "thành phố", "huyện"…; how many, or 0. */
static size_t locality_word(const struct unit_words *w, size_t i)
{
	static const char *const one[] = { "tinh", "huyen", "quan", "xa", "phuong", "tp" };
	static const char *const two[][2] = {
		{ "thanh", "pho" }, { "thi", "xa" }, { "thi", "tran" }, { "dac", "khu" },
		/* the Party's committees of a place: "Tỉnh ủy Bình Thuận" */
		{ "tinh", "uy" },   { "thanh", "uy" }, { "huyen", "uy" }, { "quan", "uy" },
	};

	for (size_t k = 0; k < sizeof(two) / sizeof(two[0]); k++)
		if (i + 1 < w->n && strcmp(w->w[i], two[k][0]) == 0 &&
		    strcmp(w->w[i + 1], two[k][1]) == 0)
			return 2;
	for (size_t k = 0; k < sizeof(one) / sizeof(one[0]); k++)
		if (strcmp(w->w[i], one[k]) == 0)
			return 1;
	return 0;
}

/*
 * Where the place a name ends with starts, after the unit's type: a
 * locality's words, then its own name (not another locality's word: "các
 * quận, huyện" is a group, not a place).  Stores the locality's words in
 * *len; returns 0 for none.
 */
static size_t locality(const struct unit_words *w, size_t *len)
{
	const size_t start = (w->n && strcmp(w->w[0], "cac") == 0) + w->type;
	size_t at = 0;

	for (size_t i = start ? start : 1; i + 1 < w->n; i++) {
		const size_t l = locality_word(w, i);

		/* not a list of kinds of places: "các tỉnh, thành phố trực thuộc Trung ương" */
		if (l && i + l < w->n && !locality_word(w, i + l) && strcmp(w->w[i - 1], "cac") != 0 &&
		    !locality_word(w, i - 1) && strcmp(w->w[i + l], "truc") != 0)
			at = i, *len = l;
	}
	return at;
}

void unit_words_locality(const struct unit_words *name, struct plan_buf *out)
{
	size_t len = 0, at = locality(name, &len);

	if (at)
		for (size_t i = at + len; i < name->n; i++)
			plan_buf_addf(out, "%s%s", i > at + len ? " " : "", name->w[i]);
}

/* Appends words [a, b) and [c, d) of w to out as one folded text, NUL-ended. */
static void put_words(struct plan_buf *out, const struct unit_words *w, size_t a, size_t b,
		      size_t c, size_t d)
{
	bool first = true;

	for (size_t i = a; i < d; i++) {
		if (i >= b && i < c)
			continue;
		if (!first)
			plan_buf_addch(out, ' ');
		plan_buf_addstr(out, w->w[i]);
		first = false;
	}
	plan_buf_addch(out, '\0');
}

size_t unit_words_shorter(const struct unit_words *name, const struct unit_words *parent,
			  struct plan_buf *out, enum unit_tier floors[UNIT_SHORTER_MAX])
{
	const size_t n = name->n, start = (n && strcmp(name->w[0], "cac") == 0) + name->type;
	size_t count = 0, len = 0, loc = locality(name, &len), group;

	if (loc) {
		put_words(out, name, 0, loc, n, n);         /* "Sở Tư pháp" */
		put_words(out, name, 0, loc + len, n, n);   /* "Sở Tư pháp tỉnh" */
		put_words(out, name, 0, loc, loc + len, n); /* "Sở Tư pháp Bình Định" */
		floors[count++] = UNIT_TIER_ACRONYM;
		floors[count++] = UNIT_TIER_ACRONYM;
		floors[count++] = UNIT_TIER_VARIANT;
	}
	if (n > start + 4 && strcmp(name->w[n - 4], "truc") == 0 &&
	    strcmp(name->w[n - 3], "thuoc") == 0 && strcmp(name->w[n - 2], "trung") == 0 &&
	    strcmp(name->w[n - 1], "uong") == 0) {
		put_words(out, name, 0, n - 4, n, n); /* "… các tỉnh, thành phố" */
		floors[count++] = UNIT_TIER_VARIANT;
	}
	/* "… các tỉnh, thành phố", "… các cấp": a group of every place */
	for (group = start + 1; group < n && strcmp(name->w[group], "cac") != 0; group++)
		;
	if (group + 1 < n && (locality_word(name, group + 1) || strcmp(name->w[group + 1], "cap") == 0)) {
		put_words(out, name, 0, group, n, n);
		floors[count++] = UNIT_TIER_ACRONYM; /* as a name without its place */
	}
	/* "Cổng Thông tin điện tử Chính phủ" of Văn phòng Chính phủ: its parent's last words */
	if (parent && parent->n >= 2) {
		size_t same = 0;

		while (same < parent->n && same + start + 1 < n &&
		       strcmp(name->w[n - 1 - same], parent->w[parent->n - 1 - same]) == 0)
			same++;
		if (same >= 2) {
			put_words(out, name, 0, n - same, n, n);
			floors[count++] = UNIT_TIER_VARIANT;
		}
	}
	return count;
}

/* Appends words [from, n) of w to out with no space between: "tn" "mt" as "tnmt". */
static void joined(const struct unit_words *w, size_t from, struct plan_buf *out)
{
	for (size_t i = from; i < w->n; i++)
		plan_buf_addstr(out, w->w[i]);
}

bool unit_same_but_type(const struct unit_words *a, const struct unit_words *b)
{
	const size_t fa = a->n && strcmp(a->w[0], "cac") == 0,
		     fb = b->n && strcmp(b->w[0], "cac") == 0;
	struct plan_buf x = PLAN_BUF_INIT, y = PLAN_BUF_INIT;
	bool types_differ = a->type != b->type, same;

	if (!a->type || !b->type || a->n == fa + a->type || b->n == fb + b->type)
		return false;
	for (size_t k = 0; k < a->type && !types_differ; k++)
		types_differ = strcmp(a->w[fa + k], b->w[fb + k]) != 0;
	if (!types_differ)
		return false;
	/* "Sở TN&MT" and "Bộ TNMT": the rest the same but for spaces */
	joined(a, fa + a->type, &x);
	joined(b, fb + b->type, &y);
	same = strcmp(x.s, y.s) == 0;
	plan_buf_release(&x);
	plan_buf_release(&y);
	return same;
}
