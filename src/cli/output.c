/* output.c - a command's output to stdout or -o FILE; CSV's BOM; xlsx through plan-xlsx. */
#include "output.h"

#include <string.h>

#include "plan/model.h"
#include "plan/file.h"

static bool is(const char *format, const char *name)
{
	return format && strcmp(format, name) == 0;
}

int cli_output_check(struct cli_ctx *ctx, const struct cli_help *help, const struct cli_output *o,
		     const char *format)
{
	if (o->force && !o->file)
		return cli_usage_error(ctx, help, "--force goes with -o FILE");
	if (o->bom && !is(format, "csv"))
		return cli_usage_error(ctx, help, "--bom goes with --format csv");
	if (is(format, "xlsx") && !o->file && ctx->out_tty)
		return cli_usage_error(ctx, help,
				       "an .xlsx workbook is no text for a terminal; write it "
				       "with -o FILE, or redirect the output to a file");
	return 0;
}

static int write_xlsx(struct cli_ctx *ctx, const struct cli_output *o, const struct plan_buf *out)
{
	static char name[] = "plan-xlsx", dash_o[] = "-o", force[] = "--force";
	char *args[] = { name, dash_o, (char *)o->file, o->force ? force : NULL, NULL };

	if (!o->file)
		args[1] = NULL;
	return cli_pipe_to_helper(ctx, "plan-xlsx", "writes --format xlsx", args, out);
}

int cli_output_write(struct cli_ctx *ctx, const struct cli_output *o, const char *format,
		     const struct plan_buf *out)
{
	static const char bom[] = "\xEF\xBB\xBF";
	struct plan_buf data = PLAN_BUF_INIT;
	const struct plan_buf *text = out;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	int status = EXIT_OK;

	if (is(format, "xlsx"))
		return write_xlsx(ctx, o, out);
	if (o->bom && out->len) { /* the text copied only to go behind a BOM */
		plan_buf_add(&data, bom, sizeof(bom) - 1);
		plan_buf_add(&data, out->s, out->len);
		text = &data;
	}
	if (!o->file) {
		cli_write(ctx, text);
	} else if (plan_file_create(o->file, text->s, text->len, o->force, &diags) != 0) {
		cli_print_diags(ctx, &diags, true);
		status = EXIT_USAGE;
	}
	plan_buf_release(&data);
	plan_diags_release(&diags);
	return status;
}

const char *cli_sheet_name(const struct plan_set *set, const struct opt_list *plans,
			   const char *command)
{
	if (plans->n == 1)
		return plans->v[0];
	return set->n_plans == 1 ? set->plans[0]->id.s : command;
}

int cli_listing_columns(struct cli_ctx *ctx, const struct cli_help *help, const char *list,
			unsigned flags, struct plan_listing_columns *out)
{
	struct plan_buf err = PLAN_BUF_INIT;
	int status = 0;

	if (plan_listing_columns_parse(list, flags, out, &err) != 0)
		status = cli_usage_error(ctx, help, "--columns: %s", err.s);
	plan_buf_release(&err);
	return status;
}
