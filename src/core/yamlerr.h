/*
 * yamlerr.h - libyaml's syntax errors, in words a clerk can act on
 * (private to the core).
 *
 * libyaml says what its grammar met ("mapping values are not allowed in
 * this context"); a person needs what to do about it ("a text with ': ' in
 * it must be quoted: task: \"Bước 1: khảo sát\"").  The mistakes people
 * make - a tab, a line indented more or less than its neighbours, a ': '
 * inside a text, a key without ':', a quote never closed - are recognised
 * from libyaml's words and the file's lines, and explained.
 */
#ifndef PLAN_YAMLERR_H
#define PLAN_YAMLERR_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/diag.h"

struct yaml_error {
	const char *problem; /* libyaml's words */
	const char *context; /* and what it was doing; NULL when it does not say */
	struct plan_pos pos; /* where, as editors count lines and columns */
	struct plan_pos ctx; /* where what it was doing began */
};

/*
 * Appends to out what to do about e in the file data (len bytes), and sets
 * *at to where to say it (the line at fault, which may be ctx).  Returns
 * false, with out and *at unchanged, for an error it does not recognise.
 */
bool yaml_error_explain(const char *data, size_t len, const struct yaml_error *e,
			struct plan_buf *out, struct plan_pos *at);

#endif
