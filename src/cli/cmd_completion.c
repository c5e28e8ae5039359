/* cmd_completion.c - plan completion: the shells' scripts, and the candidates they ask for. */
#include <string.h>

#include "commands.h"
#include "complete.h"

/* completion/plan.bash and completion/_plan, embedded by completion/embed.cmake. */
extern const char cli_completion_bash[];
extern const char cli_completion_zsh[];

static const struct cli_help help = {
	.name = "completion",
	.usage = "bash | zsh\n"
		 "       plan completion --complete -- WORD...",
	.about = "Print the script that completes plan's commands, options, their values,\n"
		 "task references, unit names and plan ids in bash or zsh; enable it with\n"
		 "source <(plan completion bash).  With --complete, print what the last\n"
		 "WORD (the words of a command line after plan; '' for none yet) may\n"
		 "become: a line saying how to insert them (words, names or files), then\n"
		 "one candidate a line, those whose folded form (no case, no marks) begins\n"
		 "as the WORD does, else those with a word that does.",
};

static const struct {
	const char *shell;
	const char *script;
} scripts[] = {
	{ "bash", cli_completion_bash },
	{ "zsh", cli_completion_zsh },
};

/* The candidates, or nothing at all: a shell's completion shows no errors. */
static int print_candidates(struct cli_ctx *ctx, const struct opt_list *words)
{
	struct plan_candidates c;
	struct plan_buf out = PLAN_BUF_INIT;
	FILE *err = ctx->err, *null = fopen("/dev/null", "w");

	ctx->err = null ? null : err;
	cli_complete(ctx, (char **)words->v, words->n, &c);
	plan_buf_addf(&out, "%s\n", plan_complete_kinds[c.kind]);
	for (size_t i = 0; i < c.n; i++)
		plan_buf_addf(&out, "%s\n", c.v[i]);
	cli_write(ctx, &out);
	plan_buf_release(&out);
	plan_candidates_release(&c);
	ctx->err = err;
	if (null)
		fclose(null);
	return EXIT_OK;
}

int cmd_completion(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list operands = { 0 };
	bool complete = false;
	const struct opt opts[] = {
		{ "complete", 0, OPT_FLAG, &complete, NULL,
		  "print the candidates for the last WORD (what the scripts ask)", NULL },
		OPT_END,
	};
	int status = cli_parse(ctx, &help, opts, argc, argv, &operands);

	if (status >= 0)
		goto done;
	if (complete) {
		status = print_candidates(ctx, &operands);
		goto done;
	}
	if (operands.n != 1) {
		status = cli_usage_error(ctx, &help, "name one shell: bash or zsh");
		goto done;
	}
	for (size_t i = 0; i < sizeof(scripts) / sizeof(*scripts) && status < 0; i++) {
		if (strcmp(scripts[i].shell, operands.v[0]) != 0)
			continue;
		fputs(scripts[i].script, ctx->out);
		status = EXIT_OK;
	}
	if (status < 0)
		status = cli_usage_error(
		    ctx, &help, "no completion for '%s'; plan has bash and zsh", operands.v[0]);
done:
	opt_list_release(&operands);
	return status;
}
