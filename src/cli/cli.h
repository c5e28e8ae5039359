/*
 * cli.h - what the subcommands share: the context main() builds from the
 * environment, option parsing with help and usage errors, loading plans
 * and printing diagnostics.
 *
 * Exit statuses, for every command: 0 success, 1 a check found problems,
 * 2 a usage error or input that cannot be read or is invalid.
 */
#ifndef PLAN_CLI_H
#define PLAN_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "opt.h"
#include "plan/buf.h"
#include "plan/date.h"
#include "plan/deadline.h"
#include "plan/diag.h"
#include "plan/set.h"
#include "plan/query.h"
#include "plan/render.h"
#include "plan/unit.h"

enum {
	EXIT_OK = 0,
	EXIT_PROBLEMS = 1,
	EXIT_USAGE = 2,
};

enum cli_color { CLI_COLOR_AUTO, CLI_COLOR_NEVER, CLI_COLOR_ALWAYS };

/* The width of a table with --wide: wider than any cell, so that none is cut. */
#define CLI_WIDE ((size_t)1 << 30)

struct cli_ctx;
struct cli_spec;

struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv, struct cli_ctx *ctx);
	const char *summary;
};

/* Everything a command may know about the world it runs in. */
struct cli_ctx {
	const struct cli_command *commands; /* sorted by name */
	size_t n_commands;
	const char *plan_dir;             /* $PLAN_DIR, or NULL */
	size_t width;                     /* terminal columns for tables */
	bool out_tty;                     /* stdout is a terminal */
	bool err_tty;                     /* stderr is a terminal */
	bool no_color;                    /* $NO_COLOR is set and not empty */
	enum cli_color color;             /* --color */
	plan_date today;                  /* $PLAN_TODAY, else the local date */
	int64_t now;                      /* $SOURCE_DATE_EPOCH, else the time: a mail's Date */
	int utc_offset;                   /* the local zone at now, minutes east of UTC */
	const char *user[2];              /* $LOGNAME, $USER (NULL unset): a mail's sender */
	char host[256];                   /* gethostname(), "" when unknown */
	struct plan_deadlines *deadlines; /* compiled when first needed; main frees it */
	FILE *out;
	FILE *err;
	char **argv;                   /* main's, for a command run by a helper (helper.c) */
	const struct opt *global_opts; /* main's own options, for completion */
	/*
	 * When set, cli_parse() records the command's options and usage there
	 * and returns 0 at once, parsing nothing: how completion learns them
	 * from the command's own table (complete.h).
	 */
	struct cli_spec *spec;
};

/* What a command says about itself in its help. */
struct cli_help {
	const char *name;  /* "list"; NULL for plan itself */
	const char *usage; /* "[PATH...] [--plan ID]..." */
	const char *about; /* one paragraph, already wrapped */
};

/* plan's own usage: global options and a command. */
extern const struct cli_help cli_main_help;

/*
 * Parses a command's options (plus --color and --help).  Returns -1 when
 * the command should go on; otherwise the exit status to return at once
 * (0 after printing help, EXIT_USAGE after printing a usage error).
 */
int cli_parse(struct cli_ctx *ctx, const struct cli_help *help, const struct opt *opts, int argc,
	      char **argv, struct opt_list *operands);

/* The values of --color, and their meaning (the parser checks them). */
extern const char *const cli_color_choices[];
enum cli_color cli_color_parse(const char *when);

/* Prints "plan: error: MESSAGE" and the usage line; returns EXIT_USAGE. */
int cli_usage_error(struct cli_ctx *ctx, const struct cli_help *help, const char *fmt, ...)
    PLAN_PRINTF(3, 4);

/*
 * True when stdout (or stderr) should carry colour: only on a terminal,
 * never with $NO_COLOR set or --color never, so that no escape sequence
 * reaches a pipe, a file or a cron mail.
 */
bool cli_color_out(const struct cli_ctx *ctx);
bool cli_color_err(const struct cli_ctx *ctx);

/*
 * Loads the plans named by paths, or when there are none the default ones
 * (see cli_default_paths()).  Stores the set in *set (free it with
 * plan_set_free()) and the problems found in diags.
 */
enum plan_load_result cli_load(struct cli_ctx *ctx, const struct opt_list *paths,
			       struct plan_set **set, struct plan_diags *diags);

/* Prints diagnostics to stderr; only errors unless warnings is set. */
void cli_print_diags(struct cli_ctx *ctx, const struct plan_diags *diags, bool warnings);

/*
 * Loads like cli_load() for commands that read plans: on any error it
 * prints the errors and returns EXIT_USAGE; otherwise 0.
 */
int cli_load_or_fail(struct cli_ctx *ctx, const struct opt_list *paths, struct plan_set **set);
/* cli_load_or_fail(), each file read once and kept in kept for plan fmt (plan/fmt.h). */
int cli_load_kept_or_fail(struct cli_ctx *ctx, const struct opt_list *paths, struct plan_kept *kept,
			  struct plan_set **set);

/*
 * Returns the command named name, or NULL after printing a usage error
 * that names the closest one.
 */
const struct cli_command *cli_find_command(struct cli_ctx *ctx, const char *name);

/*
 * Parses text as a YYYY-MM-DD date given for what (an option's name) into
 * *out.  Returns 0, or EXIT_USAGE after a usage error.
 */
int cli_parse_date(struct cli_ctx *ctx, const struct cli_help *help, const char *what,
		   const char *text, plan_date *out);
/* Checks the id an option gives a new plan ("--plan btp-365-2024"); NULL passes. */
int cli_check_plan_id(struct cli_ctx *ctx, const struct cli_help *help, const char *id);
/* Parses a four-digit year the same way. */
int cli_parse_year(struct cli_ctx *ctx, const struct cli_help *help, const char *text, int *out);

/*
 * Checks that every id in ids names a loaded plan.  Returns 0, or
 * EXIT_USAGE after an error that names the closest id, or all of them.
 */
int cli_check_plans(struct cli_ctx *ctx, const struct plan_set *set, const struct opt_list *ids);

/*
 * Turns the values of an option that names members of a set (given
 * repeated or comma-separated, e.g. --status todo,doing) into a bit mask
 * over names[0..n).  Returns 0, or EXIT_USAGE after a usage error.
 */
int cli_parse_names(struct cli_ctx *ctx, const struct cli_help *help, const char *option,
		    const struct opt_list *given, const char *const *names, size_t n,
		    unsigned *mask);

/* The day a command works as of: --today when given, else ctx->today. */
int cli_today(struct cli_ctx *ctx, const struct cli_help *help, const char *arg, plan_date *out);

/* The deadline engine, compiled on first use (borrowed from ctx). */
const struct plan_deadlines *cli_deadlines(struct cli_ctx *ctx);

/* The --unit, --role and --with-collective options of commands that list tasks. */
struct cli_units {
	struct opt_list queries;
	const char *role;
	bool collectives;
	struct plan_unit_index *index; /* built by cli_units_apply() when a unit is queried */
	struct plan_unit_refs refs;    /* the units queried, in order */
};

/* The option table entries for struct cli_units u. */
#define CLI_UNIT_OPTIONS(u)                                                                       \
	{ "unit",       0,      OPT_LIST,                                                         \
	  &(u).queries, "UNIT", "only tasks of UNIT, however it is written (repeatable)",         \
	  NULL },                                                                                 \
	    { "role",         0,                                                                  \
	      OPT_VALUE,      &(u).role,                                                          \
	      "ROLE",         "the column UNIT is looked for in: lead (default), support or any", \
	      plan_role_names },                                                                  \
	{                                                                                         \
		"with-collective", 0, OPT_FLAG, &(u).collectives, NULL,                           \
		    "also tasks of a collective that covers UNIT (\"Các đơn vị thuộc Bộ\")", NULL \
	}

/*
 * Sets filter's role and collectives from u, and has it keep the tasks of
 * the units u.queries name (plan_unit_select()).  Returns 0, or EXIT_USAGE
 * after printing the core's error: the units an ambiguous name could be,
 * or the closest to one that names none.  Release u with
 * cli_units_release() either way.
 */
int cli_units_apply(struct cli_ctx *ctx, const struct plan_set *set, struct cli_units *u,
		    struct plan_filter *filter);
void cli_units_release(struct cli_units *u);

/* The formats of plan diff and plan history, and the one a name stands for ("text": a table's). */
extern const char *const cli_text_formats[];
enum plan_format cli_text_format(const char *name);

/* Writes out to stdout. */
void cli_write(struct cli_ctx *ctx, const struct plan_buf *out);

/*
 * Says on stderr how many of the tasks a command looked at have a
 * deadline plan cannot read (and so are never counted late), when there
 * are any: a quiet week must not hide a blind tool.
 */
void cli_note_unread(struct cli_ctx *ctx, size_t unread);

/*
 * Finds where plans are when no path is named: $PLAN_DIR; else plans/ at
 * the top of the git work tree around the current directory (as a path
 * relative to it); else ./plans.  Stores the path in out.  Returns 0, or
 * -1 with a message in err when none of them exists.
 */
int cli_default_paths(const struct cli_ctx *ctx, struct plan_buf *out, struct plan_buf *err);

/*
 * The paths a command reads: those given, else the default one (kept in
 * dir).  Appends them to out, borrowed from given and dir.  Returns 0, or
 * -1 with a message in err.
 */
int cli_paths(const struct cli_ctx *ctx, const struct opt_list *given, struct opt_list *out,
	      struct plan_buf *dir, struct plan_buf *err);

/*
 * Sets path to where the helper named (plan-import...) is found: in
 * $PLAN_EXEC_PATH alone when it is set, else beside the running plan, in
 * ../libexec/plan from it, then in PLAN_LIBEXEC_DIR.  Returns false when
 * it is nowhere (path then holds the last place looked in).
 */
bool cli_find_helper(const char *helper, struct plan_buf *path);

/*
 * Runs the helper named in place of plan, with plan's own arguments
 * (ctx->argv).  Returns only when it cannot: EXIT_USAGE, after saying on
 * stderr what could not be run, what it does ("which WHAT") and where it
 * was looked for.
 */
int cli_run_helper(struct cli_ctx *ctx, const char *helper, const char *what);

/*
 * Runs the helper named with the arguments args (args[0] its name, NULL
 * ended), input on its standard input, plan's standard output and error
 * its own, and waits for it.  Returns its exit status (0 too when it was
 * stopped by a reader gone away, SIGPIPE), or EXIT_USAGE after saying on
 * stderr what could not be run, as cli_run_helper() does.
 */
int cli_pipe_to_helper(struct cli_ctx *ctx, const char *helper, const char *what, char *const *args,
		       const struct plan_buf *input);

#endif
