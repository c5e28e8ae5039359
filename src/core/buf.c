/* buf.c - growable byte strings. */
#include "plan/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

char plan_buf_empty[1];

void plan_buf_init(struct plan_buf *b)
{
	b->s = plan_buf_empty;
	b->len = 0;
	b->cap = 0;
}

void plan_buf_release(struct plan_buf *b)
{
	if (b->cap)
		free(b->s);
	plan_buf_init(b);
}

char *plan_buf_detach(struct plan_buf *b)
{
	char *s = b->cap ? b->s : plan_xstrdup("");

	plan_buf_init(b);
	return s;
}

void plan_buf_reset(struct plan_buf *b)
{
	plan_buf_truncate(b, 0);
}

void plan_buf_truncate(struct plan_buf *b, size_t len)
{
	if (len >= b->len)
		return;
	b->len = len;
	b->s[len] = '\0';
}

void plan_buf_reserve(struct plan_buf *b, size_t n)
{
	size_t need = b->len + n + 1;

	if (need <= b->cap)
		return;
	if (!b->cap) {
		b->s = NULL;
		PLAN_GROW(b->s, b->cap, need);
		b->s[0] = '\0';
		return;
	}
	PLAN_GROW(b->s, b->cap, need);
}

void plan_buf_add(struct plan_buf *b, const void *data, size_t len)
{
	if (!len)
		return;
	plan_buf_reserve(b, len);
	memcpy(b->s + b->len, data, len);
	b->len += len;
	b->s[b->len] = '\0';
}

void plan_buf_addstr(struct plan_buf *b, const char *s)
{
	plan_buf_add(b, s, strlen(s));
}

void plan_buf_addch(struct plan_buf *b, int c)
{
	char ch = (char)c;

	plan_buf_add(b, &ch, 1);
}

void plan_buf_addchars(struct plan_buf *b, int c, size_t n)
{
	if (!n)
		return;
	plan_buf_reserve(b, n);
	memset(b->s + b->len, c, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void plan_buf_add_size(struct plan_buf *b, size_t n)
{
	char digits[3 * sizeof(n)]; /* more than the digits of SIZE_MAX */
	size_t at = sizeof(digits);

	do
		digits[--at] = (char)('0' + n % 10);
	while (n /= 10);
	plan_buf_add(b, digits + at, sizeof(digits) - at);
}

void plan_buf_vaddf(struct plan_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n <= 0)
		return;
	plan_buf_reserve(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void plan_buf_addf(struct plan_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	plan_buf_vaddf(b, fmt, ap);
	va_end(ap);
}
