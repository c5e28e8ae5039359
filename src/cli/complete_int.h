/*
 * complete_int.h - what complete.c (the command line read) and
 * complete_values.c (the plans a value's words come from) share.
 */
#ifndef PLAN_CLI_COMPLETE_INT_H
#define PLAN_CLI_COMPLETE_INT_H

#include "complete.h"

enum { CLI_MAX_SLOTS = 8 };

/*
 * An operand of a usage line: "REF", or "PATH" repeated ("[PATH...]"), or
 * one of literal words ("bash | zsh": name "bash zsh", literal).
 */
struct slot {
	char name[48];
	bool repeated;
	bool literal;
};

/* A command line as far as the typed word, read with the command's spec. */
struct cli_line {
	const struct cli_spec *spec;
	const char *typed; /* the word being typed */
	struct slot slots[CLI_MAX_SLOTS];
	size_t n_slots;
	struct opt_list operands; /* borrowed from the words */
	struct opt_list paths;    /* the operands and values named PATH: where plans are read */
	bool *given;              /* given[i]: spec->opts[i] was given */
	const struct opt *want;   /* the option whose value is being typed, or NULL */
	bool dashdash;            /* "--" came: no more options */
};

/* Operand k of the line's usage, or NULL when it has none there. */
const struct slot *cli_line_slot(const struct cli_line *l, size_t k);
/* Its name ("REF"), or NULL for none or literal words. */
const char *cli_line_operand(const struct cli_line *l, size_t k);

/*
 * Adds what a value named metavar takes (plan_complete_values()): choices
 * when there are any; else as the name says, from the plans the line
 * names (l->paths, else the default ones), loaded only when it needs them.
 */
void cli_offer_values(struct cli_ctx *ctx, const struct cli_line *l, const char *metavar,
		      const char *const *choices, struct plan_candidates *out);

#endif
