/* cmd_new.c - plan new: a minimal plan, commented, to fill in by hand. */
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "plan/import.h"
#include "plan/file.h"
#include "text.h"

static const struct cli_help help = {
	.name = "new",
	.usage = "[--plan ID] [--issuer BODY] [--force] FILE",
	.about = "Write to FILE a plan of one task to fill in by hand, each key\n"
		 "commented; TODO marks what the document is to say, and plan check\n"
		 "warns about each one left.  FILE must not exist, but with --force.",
};

int cmd_new(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list files = { 0 };
	const char *id = NULL, *issuer = NULL;
	bool force = false;
	const struct opt opts[] = {
		{ "plan", 0, OPT_VALUE, &id, "ID", "the plan's id (default: ke-hoach-moi)", NULL },
		{ "issuer", 0, OPT_VALUE, &issuer, "BODY", "the body that issued it", NULL },
		{ "force", 0, OPT_FLAG, &force, NULL, "replace FILE if it exists", NULL },
		OPT_END,
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf out = PLAN_BUF_INIT;
	int status = cli_parse(ctx, &help, opts, argc, argv, &files);

	if (status >= 0)
		goto done;
	if (files.n != 1) {
		status = cli_usage_error(
		    ctx, &help, files.n ? "write one file at a time" : "name the file to write");
		goto done;
	}
	if ((status = cli_check_plan_id(ctx, &help, id)) != 0)
		goto done;
	plan_import_blank(id, issuer, ctx->today, &out);
	status =
	    plan_file_create(files.v[0], out.s, out.len, force, &diags) == 0 ? EXIT_OK : EXIT_USAGE;
	cli_print_diags(ctx, &diags, true);
done:
	plan_diags_release(&diags);
	plan_buf_release(&out);
	opt_list_release(&files);
	return status;
}
