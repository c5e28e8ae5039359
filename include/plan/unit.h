/*
 * unit.h - units: which registry entry a name in a plan stands for.
 *
 * A unit's name is scoped by the body that issued the plan: "Văn phòng
 * Bộ" in a plan of Bộ Tư pháp and in one of Bộ Nội vụ are two entries.
 * A name resolves among the entries whose parent is the plan's issuer
 * first, and among all entries only when none of those matches.  Names
 * match when they are the same text as an entry's name or one of its
 * aliases.
 */
#ifndef PLAN_UNIT_H
#define PLAN_UNIT_H

#include <stddef.h>

#include "plan/diag.h"
#include "plan/model.h"

/*
 * Returns the body whose units are in scope for plan: its issuer's entry
 * in the registry ("Chính phủ" for "Thủ tướng Chính phủ"), else the issuer
 * as written; NULL for a plan without an issuer.  Borrowed from set.
 */
const char *plan_unit_scope(const struct plan_set *set, const struct plan *plan);

/*
 * Resolves name (len bytes) as written in plan.  Returns the entry it
 * stands for, or NULL when none or several match; *matches (when not
 * NULL) receives how many entries matched in the scope that decided.
 */
const struct plan_unit *plan_unit_resolve(const struct plan_set *set, const struct plan *plan,
					  const char *name, size_t len, size_t *matches);

/*
 * Reports registry entries given twice (same name and parent) and names
 * or aliases that stand for two entries of the same body.
 */
void plan_units_check(const struct plan_set *set, struct plan_diags *diags);

#endif
