/*
 * fuzz_mime.c - MIME header encoding: any value (any bytes) gives lines of
 * at most 78 bytes that decode back to the value - as valid UTF-8, with
 * control characters as spaces and invalid bytes as U+FFFD - and no line
 * break a header could be smuggled through.  The decoder here is this
 * file's own, written from RFC 2047.
 *
 * Input: byte 0 picks a subject or an address (one that
 * plan_mime_address_problem() accepts, as the commands check first); the
 * rest is the value.
 * (Lines end in LF here; the message is given CRLF when it is sent.)
 */
#include "fuzz.h"

#include "plan/buf.h"
#include "mime.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int base64_value(char c)
{
	static const char digits[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(digits, c) : NULL;

	return p ? (int)(p - digits) : -1;
}

/* Appends the bytes of one base64 text; false when it is not base64. */
static bool base64_decode(struct plan_buf *out, const char *s, size_t len)
{
	unsigned bits = 0, n = 0;

	for (size_t i = 0; i < len; i++) {
		int v;

		if (s[i] == '=')
			break;
		if ((v = base64_value(s[i])) < 0)
			return false;
		bits = (bits << 6) | (unsigned)v;
		if ((n += 6) >= 8) {
			n -= 8;
			plan_buf_addch(out, (char)((bits >> n) & 0xFF));
		}
	}
	return true;
}

/*
 * Decodes the value of one header field (its lines, folded) into out: encoded
 * words are decoded, white space between two of them dropped, other text kept.
 */
static void decode(const char *field, size_t len, struct plan_buf *out)
{
	struct plan_buf unfolded = PLAN_BUF_INIT;
	const char *s, *colon = memchr(field, ':', len);
	bool after_word = false;

	FUZZ_ASSERT(colon);
	for (size_t i = (size_t)(colon - field) + 1; i < len; i++)
		if (field[i] != '\r' && field[i] != '\n')
			plan_buf_addch(&unfolded, field[i]);
	s = unfolded.s;
	if (*s == ' ')
		s++;
	while (*s) {
		const char *end;

		if (strncmp(s, "=?UTF-8?B?", 10) == 0 && (end = strstr(s + 10, "?=")) != NULL) {
			FUZZ_ASSERT(base64_decode(out, s + 10, (size_t)(end - s - 10)));
			s = end + 2;
			after_word = true;
			continue;
		}
		if (after_word && *s == ' ') {
			const char *next = s;

			while (*next == ' ')
				next++;
			if (strncmp(next, "=?UTF-8?B?", 10) == 0) {
				s = next;
				continue;
			}
		}
		plan_buf_addch(out, *s++);
		after_word = false;
	}
	plan_buf_release(&unfolded);
}

/* What the encoder promises to keep of value: its text, made safe. */
static void expected(const char *value, size_t len, struct plan_buf *out)
{
	for (size_t i = 0; i < len;) {
		int32_t cp;
		size_t bad, n;

		if (!plan_utf8_valid(value + i, len - i, &bad) && bad == 0) {
			plan_buf_addstr(out, "\xEF\xBF\xBD"); /* U+FFFD */
			i++;
			continue;
		}
		n = plan_utf8_next(value + i, len - i, &cp);
		if (cp < 0x20 || cp == 0x7F)
			plan_buf_addch(out, ' ');
		else
			plan_buf_add(out, value + i, n);
		i += n;
	}
}

/* True when the line's last word is an address too long for any line. */
static bool long_address_ends(const char *line, size_t len)
{
	size_t word = len;

	while (word > 0 && line[word - 1] != ' ')
		word--;
	return len - word > 74 && memchr(line + word, '@', len - word);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct plan_buf out = PLAN_BUF_INIT, got = PLAN_BUF_INIT, want = PLAN_BUF_INIT;
	char *value;

	if (size < 1 || memchr(data + 1, '\0', size - 1))
		return 0;
	value = fuzz_string(data + 1, size - 1);
	if (data[0] % 2) {
		const char *const to[] = { value };

		/* addresses are checked first, as the commands do */
		if (plan_mime_address_problem(value)) {
			FUZZ_ASSERT(!strpbrk(value, "\r\n") || plan_mime_address_problem(value));
			free(value);
			return 0;
		}
		plan_mime_address_header(&out, "To", to, 1);
	} else {
		plan_mime_header(&out, "Subject", value);
		decode(out.s, out.len, &got);
		expected(value, size - 1, &want);
		FUZZ_ASSERT(got.len == want.len && memcmp(got.s, want.s, got.len) == 0);
	}
	/* every line within 78 bytes, ended by one LF, continued with white space */
	FUZZ_ASSERT(!memchr(out.s, '\r', out.len));
	for (size_t start = 0; start < out.len;) {
		const char *lf = memchr(out.s + start, '\n', out.len - start);
		const size_t line = lf ? (size_t)(lf - (out.s + start)) : 0;

		FUZZ_ASSERT(lf && line <= 998);
		/* longer than 78 only for an address no line break may cut, which ends it */
		FUZZ_ASSERT(line <= 78 || (data[0] % 2 && long_address_ends(out.s + start, line)));
		FUZZ_ASSERT(start == 0 || out.s[start] == ' ' || out.s[start] == '\t');
		start += line + 1;
	}
	free(value);
	plan_buf_release(&out);
	plan_buf_release(&got);
	plan_buf_release(&want);
	return 0;
}
