/* diag.c - collecting, sorting and formatting diagnostics. */
#include "plan/diag.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "text.h"

void plan_diags_init(struct plan_diags *d)
{
	memset(d, 0, sizeof(*d));
}

void plan_diags_release(struct plan_diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].message);
	}
	free(d->v);
	plan_diags_init(d);
}

void plan_diags_vadd(struct plan_diags *d, const char *file, struct plan_pos pos,
		     enum plan_severity severity, const char *code, const char *fmt, va_list ap)
{
	struct plan_buf msg = PLAN_BUF_INIT;
	struct plan_diag *diag;

	plan_buf_vaddf(&msg, fmt, ap);
	PLAN_GROW(d->v, d->cap, d->n + 1);
	diag = &d->v[d->n];
	diag->file = file ? plan_xstrdup(file) : NULL;
	diag->pos = pos;
	diag->severity = severity;
	diag->code = code;
	diag->message = plan_buf_detach(&msg);
	diag->seq = d->n++;
	if (severity == PLAN_ERROR)
		d->errors++;
	else if (severity == PLAN_WARNING)
		d->warnings++;
}

void plan_diags_add(struct plan_diags *d, const char *file, struct plan_pos pos,
		    enum plan_severity severity, const char *code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	plan_diags_vadd(d, file, pos, severity, code, fmt, ap);
	va_end(ap);
}

static bool at_or_after(struct plan_pos p, struct plan_pos from)
{
	return p.line > from.line || (p.line == from.line && p.column >= from.column);
}

/* Uncounts diag and frees what it owns; the caller takes it out of d. */
static void forget(struct plan_diags *d, struct plan_diag *diag)
{
	if (diag->severity == PLAN_ERROR)
		d->errors--;
	else if (diag->severity == PLAN_WARNING)
		d->warnings--;
	free(diag->file);
	free(diag->message);
}

void plan_diags_drop_from(struct plan_diags *d, size_t start, struct plan_pos from)
{
	size_t kept = start;

	for (size_t i = start; i < d->n; i++) {
		struct plan_diag *diag = &d->v[i];

		if (diag->pos.line && at_or_after(diag->pos, from)) {
			forget(d, diag);
			continue;
		}
		d->v[kept++] = *diag;
	}
	d->n = kept;
}

void plan_diags_truncate(struct plan_diags *d, size_t n)
{
	while (d->n > n) {
		forget(d, &d->v[--d->n]);
	}
}

static int by_position(const void *a, const void *b)
{
	const struct plan_diag *x = a, *y = b;

	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.column != y->pos.column)
		return x->pos.column < y->pos.column ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void plan_diags_sort_from(struct plan_diags *d, size_t start)
{
	if (start < d->n)
		qsort(d->v + start, d->n - start, sizeof(*d->v), by_position);
}

void plan_diag_format(const struct plan_diag *diag, bool color, struct plan_buf *out)
{
	const bool err = diag->severity == PLAN_ERROR;
	const char *label = err ? "error" : diag->severity == PLAN_WARNING ? "warning" : "note";

	if (diag->file) {
		plan_text_escape(out, diag->file, strlen(diag->file));
		if (diag->pos.line)
			plan_buf_addf(out, ":%u:%u", (unsigned)diag->pos.line,
				      (unsigned)diag->pos.column);
		plan_buf_addstr(out, ": ");
	} else {
		plan_buf_addstr(out, "plan: ");
	}
	if (color)
		plan_buf_addf(out, "\033[1;%sm%s:\033[0m ",
			      err                              ? "31"
			      : diag->severity == PLAN_WARNING ? "35"
							       : "36",
			      label);
	else
		plan_buf_addf(out, "%s: ", label);
	plan_buf_addstr(out, diag->message);
	if (diag->code)
		plan_buf_addf(out, " [%s]", diag->code);
}

void plan_quote(struct plan_buf *out, const char *s, size_t len, size_t max)
{
	size_t cut = plan_text_prefix_chars(s, len, max);

	plan_buf_addch(out, '\'');
	plan_text_escape(out, s, cut);
	if (cut < len)
		plan_buf_addstr(out, "…");
	plan_buf_addch(out, '\'');
}
