/* cmd_help.c - plan help [COMMAND]: what plan and its commands do. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "alloc.h"
#include "suggest.h"

static const struct cli_help help = {
	.name = "help",
	.usage = "[COMMAND]",
	.about = "Show what plan does and its commands, or the help of COMMAND\n"
		 "(the same as 'plan COMMAND --help').  The manual is plan(1); the file\n"
		 "format is plan(5).",
};

const struct cli_help cli_main_help = {
	.usage = "[--color WHEN] [--version] [--help] COMMAND [ARGS]",
	.about = "plan manages implementation plans kept as YAML files in git.",
};

static void print_overview(struct cli_ctx *ctx)
{
	struct plan_buf out = PLAN_BUF_INIT;
	size_t width = 0;

	for (size_t i = 0; i < ctx->n_commands; i++)
		if (strlen(ctx->commands[i].name) > width)
			width = strlen(ctx->commands[i].name);
	plan_buf_addf(&out, "usage: plan %s\n\n%s\n\nCommands:\n", cli_main_help.usage,
		      cli_main_help.about);
	for (size_t i = 0; i < ctx->n_commands; i++)
		plan_buf_addf(&out, "  %-*s  %s\n", (int)width, ctx->commands[i].name,
			      ctx->commands[i].summary);
	plan_buf_addstr(&out,
			"\nWithout PATH arguments, commands read $PLAN_DIR, else plans/ at the\n"
			"top of the git work tree, else ./plans.  'plan help COMMAND' shows a\n"
			"command's options; plan(1) is the manual and plan(5) the file format.\n");
	cli_write(ctx, &out);
	plan_buf_release(&out);
}

const struct cli_command *cli_find_command(struct cli_ctx *ctx, const char *name)
{
	const char **names = plan_xcalloc(ctx->n_commands, sizeof(*names));
	const char *hint;

	for (size_t i = 0; i < ctx->n_commands; i++) {
		if (strcmp(ctx->commands[i].name, name) == 0) {
			free(names);
			return &ctx->commands[i];
		}
		names[i] = ctx->commands[i].name;
	}
	hint = plan_suggest(name, names, ctx->n_commands);
	free(names);
	if (hint)
		cli_usage_error(ctx, NULL, "unknown command '%s'; did you mean '%s'?", name, hint);
	else
		cli_usage_error(ctx, NULL, "unknown command '%s'; see 'plan help'", name);
	return NULL;
}

int cmd_help(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list topics = { 0 };
	const struct opt opts[] = { OPT_END };
	const struct cli_command *cmd;
	static char help_flag[] = "--help";
	char *cmd_argv[3];
	int status = cli_parse(ctx, &help, opts, argc, argv, &topics);

	if (status >= 0)
		goto out;
	if (topics.n > 1) {
		status = cli_usage_error(ctx, &help, "help takes one command, not %zu", topics.n);
		goto out;
	}
	if (!topics.n) {
		print_overview(ctx);
		status = EXIT_OK;
		goto out;
	}
	cmd = cli_find_command(ctx, topics.v[0]);
	if (!cmd) {
		status = EXIT_USAGE;
		goto out;
	}
	cmd_argv[0] = (char *)cmd->name;
	cmd_argv[1] = help_flag;
	cmd_argv[2] = NULL;
	status = cmd->run(2, cmd_argv, ctx);
out:
	opt_list_release(&topics);
	return status;
}
