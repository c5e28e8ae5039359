/*
 * listing.h - tasks as a list: what `plan list` prints, in every format.
 *
 * One row per task: its reference, lead units, deadline text, status and
 * task text, with what a subtask inherits filled in.  The JSON form is an
 * array of objects whose keys man/plan.1 documents.
 */
#ifndef PLAN_LISTING_H
#define PLAN_LISTING_H

#include <stddef.h>

#include "plan/buf.h"
#include "plan/query.h"
#include "plan/render.h"

/* Appends rows to out in format. */
void plan_listing_render(const struct plan_rows *rows, enum plan_format format,
			 const struct plan_render_opts *opts, struct plan_buf *out);

/* Appends the units of list to out, separated by "; ". */
void plan_join_units(const struct plan_texts *list, struct plan_buf *out);

#endif
