/* gitrev.c - plans at a revision for plan diff, and git's errors, printed for the user. */
#include "gitrev.h"

#include "plan/git.h"

int cli_git_fail(struct cli_ctx *ctx, const struct plan_diags *diags)
{
	for (size_t i = 0; i < diags->n; i++)
		if (diags->v[i].severity == PLAN_ERROR)
			cli_usage_error(ctx, NULL, "%s", diags->v[i].message);
	return EXIT_USAGE;
}

int cli_load_revision(struct cli_ctx *ctx, const char *rev, const struct opt_list *paths,
		      struct plan_set **set)
{
	struct plan_buf dir = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct opt_list use = { 0 };
	enum plan_load_result result;
	int status = 0;

	if (cli_paths(ctx, paths, &use, &dir, &err) != 0) {
		/* A revision that is not there is told first, whatever the paths. */
		status = plan_git_verify_revision(rev, &diags) != 0
			     ? cli_git_fail(ctx, &diags)
			     : cli_usage_error(ctx, NULL, "%s", err.s);
		goto done;
	}
	result =
	    plan_git_load_revision(rev, use.v, use.n, paths->n ? NULL : dir.s, NULL, set, &diags);
	if (result == PLAN_LOAD_INVALID) {
		cli_print_diags(ctx, &diags, false);
		fprintf(ctx->err, "plan: stopped by %zu error%s in the plans at %s\n", diags.errors,
			diags.errors == 1 ? "" : "s", rev);
		status = EXIT_USAGE;
	} else if (result != PLAN_LOAD_OK) {
		status = cli_git_fail(ctx, &diags);
	}
done:
	plan_diags_release(&diags);
	opt_list_release(&use);
	plan_buf_release(&dir);
	plan_buf_release(&err);
	return status;
}
