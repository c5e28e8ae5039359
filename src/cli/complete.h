/*
 * complete.h - shell completion: which words may stand for the one being
 * typed on a plan command line.
 *
 * Nothing here is a second list of what plan knows: the commands are
 * main.c's table, a command's options and operands are what its own call
 * of cli_parse() hands over (its option table and its usage line), and
 * what an option or operand takes is told by its metavariable ("UNIT",
 * "REF", "ID", "PATH"...) or its table's choices, whose words the core
 * finds and matches (plan/complete.h) in the plans the command would read.
 */
#ifndef PLAN_CLI_COMPLETE_H
#define PLAN_CLI_COMPLETE_H

#include <stdbool.h>
#include <stddef.h>

#include "cli.h"
#include "plan/complete.h"

/* What cli_parse() records of a command when ctx->spec is set. */
struct cli_spec {
	bool recorded;
	char *usage;      /* the first line of the command's usage, owned */
	struct opt *opts; /* its options, --color and --help too, NULL-name-ended; owned */
	size_t n;
};

/* Copies help's usage and opts (a table ending with a NULL name) into spec. */
void cli_spec_record(struct cli_spec *spec, const struct cli_help *help, const struct opt *opts);
void cli_spec_release(struct cli_spec *spec);

/*
 * Fills out with the candidates for the last of words[0..n), the words of
 * a command line after "plan" (the last is the one being typed, "" for
 * none yet).  They are filtered here, not by the shell: a candidate is
 * kept when its folded form (fold.h: no case, no marks, "đ" as "d")
 * begins with the typed word's, else when one of its words does.  Never
 * prints: a plan that cannot be read gives fewer candidates, not an error.
 * Release out with plan_candidates_release().
 */
void cli_complete(struct cli_ctx *ctx, char **words, size_t n, struct plan_candidates *out);

#endif
