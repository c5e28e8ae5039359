/*
 * dltoken.h - a deadline phrase as tokens (private to the deadline reader).
 *
 * The phrase is folded first (fold.h: lower case, no marks, "d" for "đ",
 * ASCII dashes), then cut into numbers, words and single signs.  Every
 * token knows its bytes in the folded text and in the original phrase, so
 * what the reader finds can be shown in the document's own words.
 */
#ifndef PLAN_DLTOKEN_H
#define PLAN_DLTOKEN_H

#include <stdbool.h>
#include <stddef.h>

enum dl_type {
	DL_NUM,   /* a run of ASCII digits */
	DL_WORD,  /* a run of letters */
	DL_SIGN,  /* any other single character but white space */
};

struct dl_token {
	enum dl_type type;
	const char *s; /* its folded bytes; not NUL-terminated */
	size_t len;
	int value;     /* DL_NUM: its value, at most 99999; DL_WORD: a Roman numeral's, or 0 */
	bool spaced;   /* white space comes before it */
	size_t start, end; /* its bytes in the original phrase */
};

struct dl_tokens {
	struct dl_token *v;
	size_t n, cap;
	char *folded; /* the folded phrase the tokens point into; owned */
};

struct dl_lexer;

/* Returns a lexer (a compiled pattern); free it with dl_lexer_free(). */
struct dl_lexer *dl_lexer_new(void);
void dl_lexer_free(struct dl_lexer *lx);

/*
 * Folds text (len bytes of valid UTF-8) and cuts it into out, which the
 * caller releases with dl_tokens_release().
 */
void dl_tokenize(struct dl_lexer *lx, const char *text, size_t len, struct dl_tokens *out);
void dl_tokens_release(struct dl_tokens *toks);

/* True when token t is the word w (folded, ASCII). */
bool dl_is_word(const struct dl_token *t, const char *w);
/* True when token t is the sign c. */
bool dl_is_sign(const struct dl_token *t, char c);

#endif
