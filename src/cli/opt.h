/*
 * opt.h - a small, re-entrant, table-driven option parser.
 *
 * Long options (--name, --name=value, --name value), one-letter short
 * options (-x, -x value), "--" to end options.  Options and operands may
 * be mixed unless OPT_STOP_AT_OPERAND is given.  Nothing is global, so a
 * test can parse as often as it likes.
 */
#ifndef PLAN_CLI_OPT_H
#define PLAN_CLI_OPT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"

/* A growable list of borrowed strings (operands, repeated options). */
struct opt_list {
	const char **v;
	size_t n;
	size_t cap;
};

void opt_list_add(struct opt_list *l, const char *s);
void opt_list_release(struct opt_list *l);

enum opt_type {
	OPT_FLAG,  /* dest: bool *, set to true */
	OPT_VALUE, /* dest: const char **, the last one given wins */
	OPT_LIST,  /* dest: struct opt_list *, every one given, in order */
};

struct opt {
	const char *name; /* long name without "--"; NULL ends a table */
	char short_name;  /* 0 for none */
	enum opt_type type;
	void *dest;
	const char *arg; /* the value's name in help, e.g. "FORMAT" */
	const char *help;
	const char *const *choices; /* NULL-terminated allowed values, or NULL */
};

/* Ends a table of options. */
/* clang-format off */
#define OPT_END { .name = NULL }
/* clang-format on */

enum opt_result {
	OPT_OK,
	OPT_HELP,  /* -h or --help was given */
	OPT_ERROR, /* a usage error; the message is in err */
};

enum { OPT_STOP_AT_OPERAND = 1 };

/*
 * Parses argv[first..argc) against opts (a table ending with a NULL name).
 * Operands are appended to operands.  With OPT_STOP_AT_OPERAND, parsing
 * stops at the first operand and *next is its index.  On OPT_ERROR, err
 * holds a message naming the closest valid option where there is one.
 */
enum opt_result opt_parse(const struct opt *opts, int argc, char **argv, int first, unsigned flags,
			  struct opt_list *operands, int *next, struct plan_buf *err);

/*
 * True when arg is written as an option: "-x" and "--name" are; "-" alone
 * and "- Đối với …" (a pasted bullet) are operands.
 */
bool opt_looks_like_option(const char *arg);

/*
 * Returns the option of opts that arg ("--name", "--name=value" or "-x")
 * names, or NULL.  Sets *value to what follows '=' in arg, else to NULL.
 */
const struct opt *opt_find(const struct opt *opts, const char *arg, const char **value);

/* Appends one help line per option, aligned, to out. */
void opt_help(const struct opt *opts, struct plan_buf *out);

#endif
