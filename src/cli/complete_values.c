/* complete_values.c - a value's words (plan/complete.h), from the plans the command line names. */
#include <stdlib.h>
#include <string.h>

#include "complete_int.h"
#include "alloc.h"

/* plan set REF FIELD VALUE: the FIELD given, or NULL. */
static const char *field_of(const struct cli_line *l)
{
	const char *field = NULL;

	for (size_t k = 0; k < l->operands.n; k++)
		if (cli_line_operand(l, k) && strcmp(cli_line_operand(l, k), "FIELD") == 0)
			field = l->operands.v[k];
	return field;
}

/* The names of ctx's commands, NULL-ended; the caller frees the array (not the names). */
static const char **command_names(const struct cli_ctx *ctx)
{
	const char **v = plan_xcalloc(ctx->n_commands + 1, sizeof(*v));

	for (size_t i = 0; i < ctx->n_commands; i++)
		v[i] = ctx->commands[i].name;
	return v;
}

void cli_offer_values(struct cli_ctx *ctx, const struct cli_line *l, const char *metavar,
		      const char *const *choices, struct plan_candidates *out)
{
	const char **commands = command_names(ctx);
	const struct plan_complete_value v = {
		.metavar = metavar,
		.choices = choices,
		.typed = l->typed,
		.field = field_of(l),
		.commands = commands,
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	/* The plans the command would read; their errors are not the shell's business. */
	if (plan_complete_wants_plans(&v))
		cli_load(ctx, &l->paths, &set, &diags);
	plan_complete_values(&v, set, out);
	plan_diags_release(&diags);
	plan_set_free(set);
	free(commands);
}
