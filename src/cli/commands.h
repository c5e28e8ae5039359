/* commands.h - the subcommands, one per src/cli/cmd_NAME.c. */
#ifndef PLAN_CLI_COMMANDS_H
#define PLAN_CLI_COMMANDS_H

struct cli_ctx;

int cmd_check(int argc, char **argv, struct cli_ctx *ctx);
int cmd_completion(int argc, char **argv, struct cli_ctx *ctx);
int cmd_deadline(int argc, char **argv, struct cli_ctx *ctx);
int cmd_deliver(int argc, char **argv, struct cli_ctx *ctx);
int cmd_diff(int argc, char **argv, struct cli_ctx *ctx);
int cmd_digest(int argc, char **argv, struct cli_ctx *ctx);
int cmd_fmt(int argc, char **argv, struct cli_ctx *ctx);
int cmd_help(int argc, char **argv, struct cli_ctx *ctx);
int cmd_history(int argc, char **argv, struct cli_ctx *ctx);
int cmd_ical(int argc, char **argv, struct cli_ctx *ctx);
int cmd_import(int argc, char **argv, struct cli_ctx *ctx);
int cmd_list(int argc, char **argv, struct cli_ctx *ctx);
int cmd_new(int argc, char **argv, struct cli_ctx *ctx);
int cmd_overdue(int argc, char **argv, struct cli_ctx *ctx);
int cmd_report(int argc, char **argv, struct cli_ctx *ctx);
int cmd_set(int argc, char **argv, struct cli_ctx *ctx);
int cmd_show(int argc, char **argv, struct cli_ctx *ctx);
int cmd_units(int argc, char **argv, struct cli_ctx *ctx);

#endif
