/*
 * text.h - UTF-8 text: validation, normalisation, display width, escaping.
 *
 * Strings are (pointer, length) pairs of UTF-8 bytes; none of these
 * functions needs a terminating NUL.  Functions that append write into a
 * struct plan_buf owned by the caller.  Code: text.c (decoding,
 * validation, NFC, numbers) and textshow.c (width, fitting, wrapping,
 * shortening, escaping).
 */
#ifndef PLAN_TEXT_H
#define PLAN_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "plan/buf.h"

/*
 * Returns true when s is valid UTF-8.  Otherwise stores the byte offset of
 * the first byte of the first invalid sequence in *bad.
 */
bool plan_utf8_valid(const char *s, size_t len, size_t *bad);

/*
 * Decodes the code point at s into *cp and returns its length in bytes;
 * an invalid sequence yields one byte and *cp = -1.
 */
size_t plan_utf8_next(const char *s, size_t len, int32_t *cp);

/*
 * Returns the index of the name in names[0..n) that is exactly the len
 * bytes of s, or -1 when none is.
 */
int plan_name_find(const char *const *names, size_t n, const char *s, size_t len);

/*
 * Reads s (len bytes) as a number in ASCII digits, into *out: true when
 * s is 1 to len digits and nothing else, and the number is at most max.
 * The one reader of numbers that users write: it cannot overflow.
 */
bool plan_text_number(const char *s, size_t len, unsigned max, unsigned *out);

/* Returns the number of code points in s (invalid bytes count one each). */
size_t plan_text_chars(const char *s, size_t len);

/* Returns the byte length of the first max code points of s. */
size_t plan_text_prefix_chars(const char *s, size_t len, size_t max);

/* What one pass over a text finds. */
struct plan_text_facts {
	int32_t control; /* the first control character but tab and newline, or -1 */
	bool nfc;        /* the text is in Unicode Normalization Form C */
};

/* Looks at every character of s (valid UTF-8) once; see struct plan_text_facts. */
void plan_text_inspect(const char *s, size_t len, struct plan_text_facts *facts);

/* Returns true when s (valid UTF-8) is in Unicode Normalization Form C. */
bool plan_text_is_nfc(const char *s, size_t len);

/*
 * Appends the NFC form of s (valid UTF-8) to out.  Returns 0, or -1 when
 * utf8proc rejects the input (out is then unchanged).
 */
int plan_text_nfc(struct plan_buf *out, const char *s, size_t len);

/* Returns the terminal display width of s (utf8proc's character widths). */
size_t plan_text_width(const char *s, size_t len);

/*
 * Appends s to out for display in a cell at most width columns wide:
 * control characters (newlines and tabs included) become spaces, and text
 * wider than width is cut at a grapheme boundary and ends with "…".
 * Returns the display width of what was appended.
 */
size_t plan_text_fit(struct plan_buf *out, const char *s, size_t len, size_t width);

/*
 * Where the first line of s ends when s is wrapped at width columns: at
 * the last space that lets it fit, else (a word wider than a line) at the
 * last grapheme that does, one at least.  Returns the line's length in
 * bytes, trailing blanks left out; *next is where the next line starts,
 * past the blanks.  s starts with no blank (plan_text_blanks()).
 */
size_t plan_text_wrap(const char *s, size_t len, size_t width, size_t *next);

/* How many blanks (space, tab, LF) s starts with: where a wrapped text's first line begins. */
size_t plan_text_blanks(const char *s, size_t len);

/* plan_text_fit() for a text whose width, len_width, is known. */
size_t plan_text_fit_measured(struct plan_buf *out, const char *s, size_t len, size_t len_width,
			      size_t width);

/*
 * plan_text_fit_measured(), but a text wider than width loses its start:
 * "…" and then its last graphemes ("…/units/btp.yaml:36").
 */
size_t plan_text_fit_tail(struct plan_buf *out, const char *s, size_t len, size_t len_width,
			  size_t width);

/*
 * Appends s (valid UTF-8) to out shortened to at most max characters, for
 * prose rather than a terminal cell: white space and control characters
 * become single spaces, and a text longer than max is cut after the last
 * whole word that fits (within a word only when the first word does not
 * fit), without the punctuation before the cut, and ends with "…".
 */
void plan_text_shorten(struct plan_buf *out, const char *s, size_t len, size_t max);

/*
 * Appends s with control characters and invalid bytes escaped as \n, \t
 * or \xNN, for echoing untrusted text in diagnostics.
 */
void plan_text_escape(struct plan_buf *out, const char *s, size_t len);

#endif
