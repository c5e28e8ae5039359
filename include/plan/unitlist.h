/*
 * unitlist.h - what `plan units` shows: each unit with its tasks counted,
 * the names plans use that the registry does not know, and the pairs of
 * names so alike that one may be a misprint of the other.
 */
#ifndef PLAN_UNITLIST_H
#define PLAN_UNITLIST_H

#include <stddef.h>

#include "plan/buf.h"
#include "plan/deadline.h"
#include "plan/model.h"
#include "plan/render.h"
#include "plan/snapshot.h"
#include "plan/unit.h"

/* A unit and its tasks: as lead and as support, and of those it leads, done and overdue. */
struct plan_unit_stats {
	const struct plan_unit_ref *unit;
	size_t lead, support, done, overdue;
};

/*
 * Fills out[0..plan_unit_count(idx)) with every unit of idx and its counts,
 * from snap, a snapshot of every task of idx's set on a day taken through
 * idx: tasks count with the lead and support they inherit.
 */
void plan_unit_stats_count(const struct plan_unit_index *idx, const struct plan_snapshot *snap,
			   struct plan_unit_stats *out);
void plan_unit_stats_render(const struct plan_unit_stats *stats, size_t n, enum plan_format format,
			    const struct plan_render_opts *opts, struct plan_buf *out);

/* Every use, in document order, of a name no registry entry stands for. */
struct plan_unit_uses {
	struct plan_unit_use {
		const struct plan_text *name;
		const struct plan *plan;
	} * v;
	size_t n, cap;
};

void plan_unit_unknown(const struct plan_unit_index *idx, const struct plan_set *set,
		       struct plan_unit_uses *out);
void plan_unit_uses_render(const struct plan_unit_uses *uses, enum plan_format format,
			   const struct plan_render_opts *opts, struct plan_buf *out);
void plan_unit_uses_release(struct plan_unit_uses *uses);

/*
 * Pairs of distinct spellings - registry entries' names, and the names
 * plans use - whose folded forms are within edit distance 2, saying whether
 * the two stand for the same unit.  Entries of different bodies with the
 * same name are not a pair: that is what scoping is for.
 */
struct plan_unit_pairs {
	struct plan_unit_pair {
		const char *a, *b; /* as written */
		const struct plan_unit_ref *ua, *ub;
		const char *a_file, *b_file; /* where each is written first */
		struct plan_pos a_pos, b_pos;
		size_t distance;
	} * v;
	size_t n, cap;
};

void plan_unit_suspicious(const struct plan_unit_index *idx, const struct plan_set *set,
			  struct plan_unit_pairs *out);
void plan_unit_pairs_render(const struct plan_unit_pairs *pairs, enum plan_format format,
			    const struct plan_render_opts *opts, struct plan_buf *out);
void plan_unit_pairs_release(struct plan_unit_pairs *pairs);

/* What `plan units` lists. */
enum plan_unit_list {
	PLAN_UNIT_LIST_ALL,        /* every unit, its tasks counted */
	PLAN_UNIT_LIST_UNKNOWN,    /* every use of a name the registry does not know */
	PLAN_UNIT_LIST_SUSPICIOUS, /* the pairs of names alike */
};

/*
 * Appends list of set's units to out in format: the units with their tasks
 * counted as of today, overdue by deadlines (borrowed; may be NULL unless
 * list is PLAN_UNIT_LIST_ALL); or the findings, of which none appends
 * nothing but as JSON ("[]") and in a workbook (its header).  The sheet
 * of a workbook is "units", "unknown" or "suspicious", whatever opts's is.
 * Returns how many findings there are (unknown uses, or pairs); 0 for
 * PLAN_UNIT_LIST_ALL, whose rows are no finding.  Cannot fail.
 */
size_t plan_unit_list_render(const struct plan_set *set, enum plan_unit_list list,
			     const struct plan_deadlines *deadlines, plan_date today,
			     enum plan_format format, const struct plan_render_opts *opts,
			     struct plan_buf *out);

#endif
