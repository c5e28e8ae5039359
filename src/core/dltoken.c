/* dltoken.c - cutting a folded deadline phrase into tokens with PCRE2. */
#include "dltoken.h"

#include <stdlib.h>
#include <string.h>
#include <pcre2.h>

#include "alloc.h"
#include "fold.h"

struct dl_lexer {
	pcre2_code *code;
	pcre2_match_data *md;
};

/* One token at the start, after optional white space: number, word or sign. */
static const char pattern[] = "\\s*+(?:([0-9]++)|(\\p{L}++)|(\\S))";

struct dl_lexer *dl_lexer_new(void)
{
	struct dl_lexer *lx = plan_xcalloc(1, sizeof(*lx));
	PCRE2_SIZE at;
	int err;

	lx->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
				 PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED, &err, &at, NULL);
	if (!lx->code)
		abort(); /* the pattern is fixed: a failure is a bug here */
	lx->md = pcre2_match_data_create_from_pattern(lx->code, NULL);
	if (!lx->md)
		abort();
	return lx;
}

void dl_lexer_free(struct dl_lexer *lx)
{
	if (!lx)
		return;
	pcre2_match_data_free(lx->md);
	pcre2_code_free(lx->code);
	free(lx);
}

/* The value of a Roman numeral of i, v and x (up to 39), or 0 when s is none. */
static int roman(const char *s, size_t len)
{
	static const char *const numerals[] = {
		"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
	};

	for (size_t i = 0; i < sizeof(numerals) / sizeof(numerals[0]); i++)
		if (strlen(numerals[i]) == len && memcmp(numerals[i], s, len) == 0)
			return (int)i + 1;
	return 0;
}

static int number(const char *s, size_t len)
{
	int n = 0;

	for (size_t i = 0; i < len; i++)
		n = n > 9999 ? 99999 : n * 10 + (s[i] - '0');
	return n > 99999 ? 99999 : n;
}

/* end, moved back over the white space fold.c took away. */
static size_t trimmed(const char *text, size_t start, size_t end)
{
	while (end > start) {
		if (text[end - 1] && strchr(" \t\n\r\f\v", text[end - 1]))
			end--;
		else if (end - start >= 2 && (unsigned char)text[end - 2] == 0xC2 &&
			 (unsigned char)text[end - 1] == 0xA0)
			end -= 2; /* no-break space */
		else
			break;
	}
	return end;
}

void dl_tokenize(struct dl_lexer *lx, const char *text, size_t len, struct dl_tokens *out)
{
	struct plan_folded f = PLAN_FOLDED_INIT;
	size_t at = 0, n;

	plan_fold(&f, text, len, 0);
	memset(out, 0, sizeof(*out));
	n = f.text.len;
	out->folded = plan_buf_detach(&f.text);
	for (;;) {
		/* fold.c wrote the folded text: valid UTF-8, checked once is enough */
		int rc = pcre2_match(lx->code, (PCRE2_SPTR)out->folded, n, at,
				     PCRE2_NO_UTF_CHECK, lx->md, NULL);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(lx->md);
		struct dl_token *t;
		int g;

		if (rc <= 1)
			break;
		g = rc - 1; /* the one group that matched is the last set */
		PLAN_GROW(out->v, out->cap, out->n + 1);
		t = &out->v[out->n++];
		t->type = g == 1 ? DL_NUM : g == 2 ? DL_WORD : DL_SIGN;
		t->s = out->folded + ov[2 * g];
		t->len = ov[2 * g + 1] - ov[2 * g];
		t->spaced = ov[2 * g] > at || at == 0;
		t->start = f.origin[ov[2 * g]];
		t->end = trimmed(text, t->start, f.origin[ov[2 * g + 1]]);
		t->value = t->type == DL_NUM    ? number(t->s, t->len)
			   : t->type == DL_WORD ? roman(t->s, t->len)
						: 0;
		at = ov[1];
	}
	free(f.origin);
}

void dl_tokens_release(struct dl_tokens *toks)
{
	free(toks->v);
	free(toks->folded);
	memset(toks, 0, sizeof(*toks));
}

bool dl_is_word(const struct dl_token *t, const char *w)
{
	return t->type == DL_WORD && strlen(w) == t->len && memcmp(t->s, w, t->len) == 0;
}

bool dl_is_sign(const struct dl_token *t, char c)
{
	return t->type == DL_SIGN && t->len == 1 && t->s[0] == c;
}
