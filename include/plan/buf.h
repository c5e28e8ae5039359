/*
 * buf.h - growable byte strings (git's strbuf).
 *
 * A struct plan_buf always holds a NUL-terminated string in s, even when
 * empty, once initialised with plan_buf_init() or PLAN_BUF_INIT.  The
 * buffer owns s; plan_buf_release() frees it, plan_buf_detach() hands it
 * to the caller (who frees it with free()).  s moves when the buffer
 * grows: a pointer into it is valid until the next call that adds or
 * reserves.
 * Nothing here fails but by running out of memory, which aborts
 * (src/core/alloc.c).  Code: src/core/buf.c.
 */
#ifndef PLAN_BUF_H
#define PLAN_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct plan_buf {
	char *s;
	size_t len;
	size_t cap;
};

extern char plan_buf_empty[];
#define PLAN_BUF_INIT                \
	{                            \
		plan_buf_empty, 0, 0 \
	}

#if defined(__GNUC__)
#define PLAN_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PLAN_PRINTF(f, a)
#endif

/* Makes b empty, owning nothing (whatever it held before is not freed). */
void plan_buf_init(struct plan_buf *b);
/* Frees what b owns and makes it empty, ready for use again. */
void plan_buf_release(struct plan_buf *b);
/*
 * Returns the string (a fresh "" when b owns none) and leaves b empty;
 * the caller frees the result with free().
 */
char *plan_buf_detach(struct plan_buf *b);
/* Empties b, keeping its memory for reuse. */
void plan_buf_reset(struct plan_buf *b);
/* Cuts b to len bytes, keeping its memory; a len at or past its length does nothing. */
void plan_buf_truncate(struct plan_buf *b, size_t len);
/* Makes room for n more bytes without changing the length. */
void plan_buf_reserve(struct plan_buf *b, size_t n);

/*
 * Append len bytes of data (which may hold NULs), the string s, the byte
 * c, n copies of the byte c, or printf's output for fmt (an output
 * printf cannot make, or an empty one, adds nothing).  What they append
 * is copied; b stays NUL-terminated.
 */
void plan_buf_add(struct plan_buf *b, const void *data, size_t len);
void plan_buf_addstr(struct plan_buf *b, const char *s);
void plan_buf_addch(struct plan_buf *b, int c);
void plan_buf_addchars(struct plan_buf *b, int c, size_t n);
void plan_buf_addf(struct plan_buf *b, const char *fmt, ...) PLAN_PRINTF(2, 3);
/* Appends n in decimal, as "%zu" does, without printf. */
void plan_buf_add_size(struct plan_buf *b, size_t n);
void plan_buf_vaddf(struct plan_buf *b, const char *fmt, va_list ap) PLAN_PRINTF(2, 0);

#endif
