/* main.c - plan's entry point: global options, the context, dispatch. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "plan/version.h"

/* Sorted by name; `plan help` lists them in this order. */
static const struct cli_command commands[] = {
	{ "check", cmd_check, "validate plan files and report every problem" },
	{ "completion", cmd_completion, "the bash or zsh script that completes plan's words" },
	{ "deadline", cmd_deadline, "show what deadline phrases mean" },
	{ "deliver", cmd_deliver, "record a task's delivery, and that it is done" },
	{ "diff", cmd_diff, "what changed, task by task, between files or git revisions" },
	{ "digest", cmd_digest, "what became late, is due or was delivered: a weekly mail" },
	{ "fmt", cmd_fmt, "rewrite plan files in the canonical layout, nothing lost" },
	{ "help", cmd_help, "show help for plan or one of its commands" },
	{ "history", cmd_history, "one task's changes through git, and its deadline's slips" },
	{ "ical", cmd_ical, "the due dates as an iCalendar feed, for a calendar to subscribe to" },
	{ "import", cmd_import, "a plan from a document's table: .docx, .odt, .xlsx, .csv" },
	{ "list", cmd_list, "list tasks and subtasks" },
	{ "new", cmd_new, "a plan of one task, commented, to fill in by hand" },
	{ "overdue", cmd_overdue, "list the tasks that are late, most late first" },
	{ "report", cmd_report, "write a status report, as Markdown, HTML or a mail" },
	{ "set", cmd_set, "change one field of one task, that line alone" },
	{ "show", cmd_show, "show fields as REF FIELD: VALUE lines, for people and git" },
	{ "units", cmd_units, "list the units and their tasks; unknown and alike names" },
};

enum { DEFAULT_WIDTH = 100 };

static size_t terminal_width(void)
{
	const char *columns = getenv("COLUMNS");
	struct winsize ws;

	if (columns && *columns) {
		char *end;
		long n = strtol(columns, &end, 10);

		if (*end == '\0' && n > 0 && n < 10000)
			return (size_t)n;
	}
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col)
		return ws.ws_col;
	return DEFAULT_WIDTH;
}

/* Minutes east of UTC of the local zone at t. */
static int utc_offset_at(time_t t)
{
	struct tm local, utc;
	long minutes;

	if (!localtime_r(&t, &local) || !gmtime_r(&t, &utc))
		return 0;
	minutes = (long)(plan_date_make(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday) -
			 plan_date_make(utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday)) *
		      1440 +
		  (local.tm_hour - utc.tm_hour) * 60 + (local.tm_min - utc.tm_min);
	return (int)minutes;
}

/* The clock, read here only: today's local date, and the time a mail is dated with. */
static void read_clock(struct cli_ctx *ctx)
{
	time_t now = time(NULL);
	struct tm tm;

	ctx->today = plan_date_make(1970, 1, 1);
	if (now != (time_t)-1 && localtime_r(&now, &tm))
		ctx->today = plan_date_make(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	ctx->now = now == (time_t)-1 ? 0 : (int64_t)now;
	ctx->utc_offset = utc_offset_at((time_t)ctx->now);
}

/* $SOURCE_DATE_EPOCH stands for the time, for reproducible mails. */
static int read_source_date_epoch(struct cli_ctx *ctx)
{
	const char *env = getenv("SOURCE_DATE_EPOCH");
	int64_t v;

	if (!env || !*env)
		return 0;
	if (plan_epoch_parse(env, &v) != 0)
		return cli_usage_error(ctx, &cli_main_help,
				       "invalid SOURCE_DATE_EPOCH '%s'; expected seconds since "
				       "1970-01-01 00:00 UTC",
				       env);
	ctx->now = v;
	ctx->utc_offset = utc_offset_at((time_t)v);
	return 0;
}

static void ctx_init(struct cli_ctx *ctx)
{
	const char *dir = getenv("PLAN_DIR");
	const char *no_color = getenv("NO_COLOR");

	memset(ctx, 0, sizeof(*ctx));
	ctx->commands = commands;
	ctx->n_commands = sizeof(commands) / sizeof(commands[0]);
	ctx->plan_dir = dir && *dir ? dir : NULL;
	ctx->width = terminal_width();
	ctx->out_tty = isatty(STDOUT_FILENO);
	ctx->err_tty = isatty(STDERR_FILENO);
	ctx->no_color = no_color && *no_color;
	ctx->color = CLI_COLOR_AUTO;
	ctx->out = stdout;
	ctx->err = stderr;
	ctx->user[0] = getenv("LOGNAME");
	ctx->user[1] = getenv("USER");
	if (gethostname(ctx->host, sizeof(ctx->host) - 1) != 0)
		ctx->host[0] = '\0';
	read_clock(ctx);
}

/* $PLAN_TODAY stands for today's date, for reproducible runs and tests. */
static int read_plan_today(struct cli_ctx *ctx)
{
	const char *env = getenv("PLAN_TODAY");

	if (!env || !*env)
		return 0;
	return cli_parse_date(ctx, &cli_main_help, "PLAN_TODAY", env, &ctx->today);
}

static int print_version(struct cli_ctx *ctx)
{
	struct plan_buf out = PLAN_BUF_INIT;

	plan_buf_addf(&out, "plan %s\n", plan_version());
	plan_buf_addstr(&out, "built with ");
	plan_library_versions(&out);
	plan_buf_addch(&out, '\n');
	cli_write(ctx, &out);
	plan_buf_release(&out);
	return EXIT_OK;
}

/* Finishes stdout; a write error (a full disk) is an error, not a quiet loss. */
static int finish_output(int status)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return status;
	if (errno == EPIPE)
		return status;
	fprintf(stderr, "plan: error: cannot write output: %s\n", strerror(errno));
	return EXIT_USAGE;
}

int main(int argc, char **argv)
{
	static char help_name[] = "help";
	struct cli_ctx ctx;
	struct opt_list none = { 0 };
	struct plan_buf err = PLAN_BUF_INIT;
	const struct cli_command *cmd;
	const char *color = NULL;
	bool version = false;
	int next = 1, status;
	const struct opt opts[] = {
		{ "color", 0, OPT_VALUE, &color, "WHEN", "colour", cli_color_choices },
		{ "version", 0, OPT_FLAG, &version, NULL, "version", NULL },
		OPT_END,
	};
	char *help_argv[] = { help_name, NULL };

	ctx_init(&ctx);
	ctx.argv = argv;
	ctx.global_opts = opts;
	if ((status = read_plan_today(&ctx)) != 0 || (status = read_source_date_epoch(&ctx)) != 0)
		goto out;
	switch (opt_parse(opts, argc, argv, 1, OPT_STOP_AT_OPERAND, &none, &next, &err)) {
	case OPT_HELP:
		status = cmd_help(1, help_argv, &ctx);
		goto out;
	case OPT_ERROR:
		status = cli_usage_error(&ctx, &cli_main_help, "%s", err.s);
		goto out;
	case OPT_OK:
		break;
	}
	if (color)
		ctx.color = cli_color_parse(color);
	if (version) {
		status = print_version(&ctx);
		goto out;
	}
	if (next >= argc) {
		status = cli_usage_error(&ctx, &cli_main_help,
					 "no command given; 'plan help' lists them");
		goto out;
	}
	cmd = cli_find_command(&ctx, argv[next]);
	status = cmd ? cmd->run(argc - next, argv + next, &ctx) : EXIT_USAGE;
out:
	plan_deadlines_free(ctx.deadlines);
	plan_buf_release(&err);
	opt_list_release(&none);
	return finish_output(status);
}
