/*
 * unit.h - units: which unit a name in a plan, or a name a clerk types,
 * stands for.
 *
 * A unit is an entry of a unit registry, or a name plans use that no entry
 * stands for (it is still a unit, known by its own words).  Names match when
 * their folded forms (fold.h, punctuation folded too) are equal, so "Cục
 * CNTT", "cuc cntt" and a decomposed "CỤC CNTT" are one name.  A unit is
 * also matched by the acronym of its name: the unit-type word kept and the
 * initials of the other syllables ("Cục CNTT" for Cục Công nghệ thông tin,
 * "Trung tâm LLTPQG" and "TTLLTPQG" for Trung tâm Lý lịch tư pháp quốc
 * gia), and by those initials alone ("CNTT") when nothing better matches.
 *
 * A unit's name is scoped by the body that issued the plan: "Văn phòng Bộ"
 * of Bộ Tư pháp and of Bộ Nội vụ are two units.  A name in a plan resolves
 * among the units whose parent is the plan's issuer first (the issuer
 * itself resolving through the registry), then among all.  A name a clerk
 * types may be narrowed to a body as "NAME (PARENT)".
 */
#ifndef PLAN_UNIT_H
#define PLAN_UNIT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/diag.h"
#include "plan/model.h"

/* The column of a task a unit is looked for in. */
enum plan_role {
	PLAN_ROLE_LEAD,
	PLAN_ROLE_SUPPORT,
	PLAN_ROLE_ANY,
};

/* The roles' names, by enum plan_role, then NULL (a list of choices for an option). */
extern const char *const plan_role_names[4];

/* The role name (one of plan_role_names) stands for; NULL or any other: PLAN_ROLE_LEAD. */
enum plan_role plan_role_parse(const char *name);

/* A unit, as the index knows it. */
struct plan_unit_ref {
	const struct plan_unit *entry; /* NULL when no registry entry stands for the name */
	const char *name;              /* the entry's name, or the name where plans first use it */
	const char *parent; /* the entry's parent, or the body whose plan uses the name */
	bool collective;    /* a group phrase (registry entries only) */
	const char *file;   /* the entry's registry, or the name's first use */
	struct plan_pos pos;
	size_t id; /* its place in the index */
};

struct plan_unit_index;

/*
 * Returns the index of the units of set: its registry entries, then the
 * names its plans use that no entry stands for, in order of first use.
 * set must outlive the index.  Free it with plan_unit_index_free().
 */
struct plan_unit_index *plan_unit_index_new(const struct plan_set *set);
void plan_unit_index_free(struct plan_unit_index *idx);

size_t plan_unit_count(const struct plan_unit_index *idx);
const struct plan_unit_ref *plan_unit_at(const struct plan_unit_index *idx, size_t i);

/*
 * Returns the unit that name, an item of a lead or support list of one of
 * the set's tasks, stands for; never NULL.
 */
const struct plan_unit_ref *plan_unit_of(const struct plan_unit_index *idx,
					 const struct plan_text *name);

/*
 * Returns the unit name (NUL-terminated UTF-8) would stand for if a task
 * of plan, one of the index's set, named it (any plan: NULL), or NULL when
 * it names none or several.  Unlike plan_unit_of(), name need not be in
 * the set: a name of another version of the plans is read by this one's
 * registry.
 */
const struct plan_unit_ref *plan_unit_resolve(const struct plan_unit_index *idx,
					      const struct plan *plan, const char *name);

/* The units a query names. */
struct plan_unit_refs {
	const struct plan_unit_ref **v;
	size_t n;
	size_t cap;
};

#define PLAN_UNIT_REFS_INIT \
	{                   \
		NULL, 0, 0  \
	}

/*
 * Appends to out the units query (NUL-terminated UTF-8) stands for: those
 * of the best kind of match only (names and aliases, then acronyms, then
 * initials).  None: query names no unit; several: it is ambiguous.
 */
void plan_unit_lookup(const struct plan_unit_index *idx, const char *query,
		      struct plan_unit_refs *out);

/*
 * Appends to out the units whose names are closest to query, at most max,
 * closest first; registry entries only, when registered_only.
 */
void plan_unit_closest(const struct plan_unit_index *idx, const char *query, size_t max,
		       bool registered_only, struct plan_unit_refs *out);

void plan_unit_refs_release(struct plan_unit_refs *refs);

/* What a name a clerk types (--unit) comes to. */
enum plan_unit_found {
	PLAN_UNIT_FOUND,     /* one unit */
	PLAN_UNIT_NOT_FOUND, /* none */
	PLAN_UNIT_AMBIGUOUS, /* several: units of several bodies, never merged */
};

/*
 * Decides which unit query (NUL-terminated UTF-8) names, by
 * plan_unit_lookup().  PLAN_UNIT_FOUND: stores it in *unit (borrowed from
 * idx) and leaves msg alone.  Otherwise leaves *unit alone and appends to
 * msg the message to show, without "plan: error: " or a final line break:
 * for none "no unit 'Q' in the registry or the plans", then when some are
 * close "; the closest:" and up to three of them; for several "unit 'Q'
 * could be N units; name one as 'NAME (PARENT)':" and each of them.  A
 * unit listed is a line "\n  NAME (PARENT)  FILE:LINE:COLUMN", with
 * "  (not in the registry)" after a name only plans use.  Q is as typed:
 * the caller escapes what it prints.
 */
enum plan_unit_found plan_unit_find(const struct plan_unit_index *idx, const char *query,
				    const struct plan_unit_ref **unit, struct plan_buf *msg);

/*
 * Appends to out the unit each of queries[0..n) names in idx, in order, as
 * plan_unit_find() decides.  Returns PLAN_UNIT_FOUND when each names one;
 * else what plan_unit_find() returns for the first that names none or
 * several, with its message appended to msg (out then holds the units of
 * the queries before it; the caller releases out either way).
 */
enum plan_unit_found plan_unit_select(const struct plan_unit_index *idx, const char *const *queries,
				      size_t n, struct plan_unit_refs *out, struct plan_buf *msg);

/*
 * Decides whether unit plays role in task (as the task inherits its lead
 * and support).  Returns the name through which it does: one of the unit's
 * own, or, with collectives, that of a collective covering it (a
 * collective of the unit's parent, in a plan that body issued); else NULL.
 */
const struct plan_unit_ref *plan_unit_in_task(const struct plan_unit_index *idx,
					      const struct plan_task *task,
					      const struct plan_unit_ref *unit, enum plan_role role,
					      bool collectives);

/*
 * Returns the body whose units are in scope for plan: its issuer's entry
 * in the registry ("Chính phủ" for "Thủ tướng Chính phủ"), else the issuer
 * as written; NULL for a plan without an issuer.  Borrowed from set.
 */
const char *plan_unit_scope(const struct plan_set *set, const struct plan *plan);

/*
 * Reports registry entries given twice (same name and parent) and names or
 * aliases that, folded, stand for two entries of the same body.
 */
void plan_units_check(const struct plan_set *set, struct plan_diags *diags);

#endif
