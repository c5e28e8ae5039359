/* cmd_diff.c - plan diff: what changed, task by task, between files or git revisions. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "gitrev.h"
#include "plan/diff.h"

static const struct cli_help help = {
	.name = "diff",
	.usage = "[--format FORMAT] OLD NEW\n"
		 "       plan diff [--format FORMAT] REV [REV2] [-- PATH...]\n"
		 "       plan diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE",
	.about = "Show what changed between two versions of the plans, task by task: tasks\n"
		 "added, removed and moved; each changed field, old → new; due dates that\n"
		 "moved, by how many days; units added and taken away; then plan headers\n"
		 "and the unit registry.  OLD and NEW are files or directories; REV and\n"
		 "REV2 git revisions (without REV2, the work tree), read with git.  The\n"
		 "seven-argument form is git's external diff (GIT_EXTERNAL_DIFF, or\n"
		 "diff.<driver>.command).  Exits 1 when something changed, 0 when nothing\n"
		 "did; as git's external diff, 0 either way.",
};

/* True for a file mode git gives an external diff ("100644"), or "." for none. */
static bool is_mode(const char *s)
{
	if (strcmp(s, ".") == 0)
		return true;
	if (strlen(s) != 6)
		return false;
	for (const char *p = s; *p; p++)
		if (*p < '0' || *p > '7')
			return false;
	return true;
}

static bool exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* git's external diff: never fails, so that git goes on to the next file. */
static int external(struct cli_ctx *ctx, const struct opt_list *args, enum plan_format format)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;

	if (plan_diff_external(args->v[0], args->v[1], args->n == 9 ? args->v[7] : args->v[0],
			       args->v[4], cli_deadlines(ctx), format, &out, &diags) != 0)
		cli_print_diags(ctx, &diags, false);
	cli_write(ctx, &out);
	plan_buf_release(&out);
	plan_diags_release(&diags);
	return EXIT_OK;
}

static int load_path(struct cli_ctx *ctx, const char *path, struct plan_set **set)
{
	struct opt_list one = { 0 };
	int status;

	opt_list_add(&one, path);
	status = cli_load_or_fail(ctx, &one, set);
	opt_list_release(&one);
	return status;
}

int cmd_diff(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list operands = { 0 }, paths = { 0 };
	const char *format_name = "text";
	const struct opt opts[] = {
		{ "format", 0, OPT_VALUE, &format_name, "FORMAT",
		  "text, md (for a review comment) or json (default: text)", cli_text_formats },
		OPT_END,
	};
	struct plan_set *old = NULL, *new = NULL;
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_diff d = { 0 };
	enum plan_format format;
	int dashes = argc, status;

	/* The paths after "--" go to git, not to the option parser. */
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			dashes = i;
			break;
		}
	}
	for (int i = dashes + 1; i < argc; i++)
		opt_list_add(&paths, argv[i]);
	if ((status = cli_parse(ctx, &help, opts, dashes, argv, &operands)) >= 0)
		goto done;
	format = cli_text_format(format_name);
	if ((operands.n == 7 || operands.n == 9) && dashes == argc && is_mode(operands.v[3]) &&
	    is_mode(operands.v[6])) {
		status = external(ctx, &operands, format);
		goto done;
	}
	if (operands.n == 2 && dashes == argc && exists(operands.v[0]) && exists(operands.v[1])) {
		if ((status = load_path(ctx, operands.v[0], &old)) != 0 ||
		    (status = load_path(ctx, operands.v[1], &new)) != 0)
			goto done;
	} else if (operands.n == 1 || operands.n == 2) {
		if ((status = cli_load_revision(ctx, operands.v[0], &paths, &old)) != 0)
			goto done;
		status = operands.n == 2 ? cli_load_revision(ctx, operands.v[1], &paths, &new)
					 : cli_load_or_fail(ctx, &paths, &new);
		if (status != 0)
			goto done;
	} else {
		status = cli_usage_error(ctx, &help, "name two files or directories, or revisions");
		goto done;
	}
	plan_diff_review(old, new, cli_deadlines(ctx), &d);
	plan_diff_render(&d, format, &out);
	cli_write(ctx, &out);
	status = d.n ? EXIT_PROBLEMS : EXIT_OK;
done:
	plan_diff_release(&d);
	plan_set_free(old);
	plan_set_free(new);
	plan_buf_release(&out);
	opt_list_release(&operands);
	opt_list_release(&paths);
	return status < 0 ? EXIT_OK : status;
}
