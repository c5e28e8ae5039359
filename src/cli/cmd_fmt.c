/* cmd_fmt.c - plan fmt: plan files in their canonical layout, nothing lost. */
#include "cli.h"
#include "commands.h"
#include "plan/fmt.h"

static const struct cli_help help = {
	.name = "fmt",
	.usage = "[-w | --check] [PATH...]",
	.about = "Rewrite plan files and unit registries in the canonical layout: keys in\n"
		 "the order of plan(5), one field per line, block lists, quotes only where\n"
		 "YAML needs them, no wrapping, NFC.  Every value and comment is kept, a\n"
		 "comment with what it preceded; a file is written only once the result\n"
		 "reads back as the same plans and comments.  Prints the result; with -w,\n"
		 "rewrites the files that change; with --check, lists them and exits 1\n"
		 "when there is any.",
};

/* Formats one file; returns 0, 1 when --check finds it would change, or EXIT_USAGE. */
static int format_file(struct cli_ctx *ctx, const struct plan_kept *kept, const char *path,
		       bool write, bool check, struct plan_buf *out)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	const enum plan_fmt_verdict verdict = plan_fmt_kept(kept, path, write, cli_deadlines(ctx),
							    write || check ? NULL : out, &diags);
	int status = EXIT_OK;

	if (verdict == PLAN_FMT_UNREADABLE && !diags.n)
		fprintf(ctx->err, "plan: error: %s: cannot read it as YAML\n", path);
	else if (verdict == PLAN_FMT_UNSAFE)
		fprintf(
		    ctx->err,
		    "plan: error: %s: the canonical layout would not read back as the same plans "
		    "and comments; the file is left as it is (please report this)\n",
		    path);
	if (verdict == PLAN_FMT_CHANGES && check) {
		plan_buf_addf(out, "%s\n", path);
		status = EXIT_PROBLEMS;
	} else if (verdict != PLAN_FMT_CANONICAL && verdict != PLAN_FMT_CHANGES) {
		status = EXIT_USAGE;
	}
	cli_print_diags(ctx, &diags, false);
	plan_diags_release(&diags);
	return status;
}

int cmd_fmt(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list paths = { 0 };
	bool write = false, check = false;
	const struct opt opts[] = {
		{ "write", 'w', OPT_FLAG, &write, NULL, "rewrite the files that change", NULL },
		{ "check", 0, OPT_FLAG, &check, NULL,
		  "list the files that would change; exit 1 if any", NULL },
		OPT_END,
	};
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_kept *kept = NULL;
	struct plan_set *set = NULL;
	int status = cli_parse(ctx, &help, opts, argc, argv, &paths);

	if (status >= 0)
		goto done;
	if (write && check) {
		status = cli_usage_error(ctx, &help, "-w and --check go one at a time");
		goto done;
	}
	/* printed, every layout is: of a canonical file, its own bytes */
	kept = plan_kept_new(!write && !check);
	/* Only files that load without errors are formatted, from the bytes loaded. */
	if ((status = cli_load_kept_or_fail(ctx, &paths, kept, &set)) != 0)
		goto done;
	for (size_t i = 0; i < set->n_files; i++) {
		int s = format_file(ctx, kept, set->files[i], write, check, &out);

		if (s > status)
			status = s;
	}
	cli_write(ctx, &out);
done:
	plan_buf_release(&out);
	plan_set_free(set);
	plan_kept_free(kept);
	opt_list_release(&paths);
	return status;
}
