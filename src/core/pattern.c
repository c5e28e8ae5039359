/* pattern.c - caseless PCRE2 patterns, folded when they have no diacritics. */
#include "plan/pattern.h"

#include <stdlib.h>
#include <string.h>
#include <pcre2.h>

#include "alloc.h"
#include "fold.h"
#include "text.h"

/* What one match may cost: backtracking steps, nesting, memory (PCRE2's units). */
enum { MATCH_LIMIT = 1000000, DEPTH_LIMIT = 10000, HEAP_LIMIT_KIB = 20 * 1024 };

struct plan_pattern {
	pcre2_code *code;
	pcre2_match_context *limits;
	pcre2_match_data *md; /* made once, for every match */
	bool folded;          /* match the folded text */
	int failed;           /* the PCRE2 error of the first match that could not finish, or 0 */
};

/* True when folding would change more than the case of pattern. */
static bool has_diacritics(const char *pattern)
{
	struct plan_buf folded = PLAN_BUF_INIT;
	bool marked = false;
	size_t i = 0, len = strlen(pattern);
	int32_t cp;

	while (i < len && !marked) {
		size_t n = plan_utf8_next(pattern + i, len - i, &cp);

		if (cp >= 0x80) {
			plan_buf_reset(&folded);
			plan_fold_text(&folded, pattern + i, n, 0);
			/*
			 * "Ạ" folds to "a" and a lone combining mark to nothing:
			 * marked.  "“" folds to itself: not.
			 */
			marked = folded.len == 0 ||
				 (folded.len == 1 && (unsigned char)folded.s[0] < 0x80);
		}
		i += n;
	}
	plan_buf_release(&folded);
	return marked;
}

struct plan_pattern *plan_pattern_new(const char *pattern, struct plan_buf *err)
{
	struct plan_buf nfc = PLAN_BUF_INIT;
	struct plan_pattern *p = NULL;
	PCRE2_UCHAR message[256];
	PCRE2_SIZE at;
	pcre2_code *re;
	size_t bad;
	int code;

	/* Plans are NFC; so must the pattern be, whatever the terminal sent. */
	if (!plan_utf8_valid(pattern, strlen(pattern), &bad)) {
		plan_buf_addf(err, "not valid UTF-8 at offset %zu", bad);
		return NULL;
	}
	plan_text_nfc(&nfc, pattern, strlen(pattern));
	re = pcre2_compile((PCRE2_SPTR)nfc.s, nfc.len, PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS,
			   &code, &at, NULL);
	if (!re) {
		pcre2_get_error_message(code, message, sizeof(message));
		/* PCRE2 counts bytes; people count characters. */
		plan_buf_addf(err, "%s at character %zu", (const char *)message,
			      plan_text_chars(nfc.s, at > nfc.len ? nfc.len : at));
	} else {
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		p = plan_xcalloc(1, sizeof(*p));
		p->code = re;
		p->folded = !has_diacritics(nfc.s);
		if (!(p->limits = pcre2_match_context_create(NULL)))
			plan_out_of_memory(sizeof(pcre2_match_context *));
		if (!(p->md = pcre2_match_data_create_from_pattern(re, NULL)))
			plan_out_of_memory(sizeof(pcre2_match_data *));
		pcre2_set_match_limit(p->limits, MATCH_LIMIT);
		pcre2_set_depth_limit(p->limits, DEPTH_LIMIT);
		pcre2_set_heap_limit(p->limits, HEAP_LIMIT_KIB);
	}
	plan_buf_release(&nfc);
	return p;
}

void plan_pattern_free(struct plan_pattern *p)
{
	if (!p)
		return;
	pcre2_match_data_free(p->md);
	pcre2_match_context_free(p->limits);
	pcre2_code_free(p->code);
	free(p);
}

static bool match(struct plan_pattern *p, const char *s, size_t len)
{
	const int rc = pcre2_match(p->code, (PCRE2_SPTR)s, len, 0, 0, p->md, p->limits);

	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH && !p->failed)
		p->failed = rc; /* a limit: no answer, which is no "no" */
	return rc >= 0;
}

bool plan_pattern_failed(const struct plan_pattern *p, struct plan_buf *why)
{
	PCRE2_UCHAR message[256];

	if (!p || !p->failed)
		return false;
	pcre2_get_error_message(p->failed, message, sizeof(message));
	plan_buf_addstr(why, (const char *)message);
	return true;
}

bool plan_pattern_match(struct plan_pattern *p, const char *text, size_t len)
{
	struct plan_buf folded = PLAN_BUF_INIT;
	bool found;

	if (!p->folded)
		return match(p, text, len);
	plan_fold_text(&folded, text, len, 0);
	found = match(p, folded.s, folded.len);
	plan_buf_release(&folded);
	return found;
}
