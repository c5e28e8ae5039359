/*
 * complete.h - shell completion's candidates: the words a value may
 * become, from the plans in scope, matched as clerks type them.
 *
 * A value is named by its metavariable, as plan's usage lines write it:
 * REF (task references: "PLAN/" until a '/' is typed, then the plan's
 * tasks), ID (plan ids), UNIT (unit names and aliases; "NAME (PARENT)"
 * when two bodies' units share a name or a '(' is typed; when no name
 * begins as typed, the units the typed word stands for as --unit reads
 * it: "cntt" is "Cục Công nghệ thông tin"), FIELD (what plan set
 * changes), VALUE (a value for the FIELD given: a status, or units for
 * lead and support), STATUS, KIND, LIST (--columns: names after the last
 * comma typed), COMMAND (the commands given), and the file names PATH,
 * FILE, DIR, NEW, OLD and REGISTRY, which the shell completes itself.
 *
 * Matching folds (fold.h: no case, no marks, "đ" as "d"): a candidate is
 * kept when its folded form begins with the typed word's, else, when none
 * does, when one of its words does; "cuc cong" keeps "Cục Công nghệ thông
 * tin".  Unit names are matched as --unit reads them, punctuation folded
 * too.  The shell inserts words as they are and quotes names as it quotes
 * file names (Cục\ Công\ nghệ\ thông\ tin).
 */
#ifndef PLAN_COMPLETE_H
#define PLAN_COMPLETE_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/model.h"

/* How a shell should insert the candidates. */
enum plan_complete_kind {
	PLAN_COMPLETE_WORDS, /* as they are; one ending in '/' takes no space after it */
	PLAN_COMPLETE_NAMES, /* names with spaces: the shell quotes them as it quotes file names */
	PLAN_COMPLETE_FILES, /* none: the shell completes a file name itself */
};

extern const char *const plan_complete_kinds[]; /* "words", "names", "files", NULL */

/* Candidates for a word.  Zero-initialise; release with plan_candidates_release(). */
struct plan_candidates {
	enum plan_complete_kind kind;
	char **v; /* each owned */
	size_t n, cap;
};

/*
 * Adds a copy of s, unless it is empty, not UTF-8 or holds a control
 * character (a shell reads one candidate a line).
 */
void plan_candidates_add(struct plan_candidates *c, const char *s);
void plan_candidates_release(struct plan_candidates *c);
/* Keeps the candidates that match typed (above), sorted by bytes, each once. */
void plan_candidates_keep(struct plan_candidates *c, const char *typed);

/* A value being typed, and what the command line says around it. */
struct plan_complete_value {
	const char *metavar;         /* "REF", "UNIT"…; NULL (or one not above): no candidates */
	const char *const *choices;  /* NULL-ended: the option's own values, instead of metavar's */
	const char *typed;           /* the word as typed so far ("" for none) */
	const char *field;           /* for VALUE: the FIELD given before it, or NULL */
	const char *const *commands; /* for COMMAND: the command names, NULL-ended, or NULL */
};

/* Whether plan_complete_values() reads plans for v: else it may be given NULL. */
bool plan_complete_wants_plans(const struct plan_complete_value *v);

/*
 * Sets out->kind and adds to out (zero-initialised, or holding what is to
 * be matched too) the candidates for v from set (borrowed; NULL when the
 * plans cannot be read: fewer candidates, never an error), matched
 * against v->typed, sorted, each once.  Never fails.
 */
void plan_complete_values(const struct plan_complete_value *v, const struct plan_set *set,
			  struct plan_candidates *out);

#endif
