/* cmd_history.c - plan history: one task's life through git, and how its deadline slipped. */
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "gitrev.h"
#include "alloc.h"
#include "plan/diff.h"
#include "json.h"
#include "plan/file.h"
#include "taskedit.h"

static const struct cli_help help = {
	.name = "history",
	.usage = "[--format FORMAT] REF [PATH...]",
	.about = "Show the life of the task REF (PLAN/ID) through the git history of its\n"
		 "plan's file, oldest first: each commit that changed it, with its date,\n"
		 "author and subject and the fields it changed (a moved deadline with its\n"
		 "shift in days), then the changes not committed yet, and how many times\n"
		 "and how far its due date moved in all.",
};

/* One version of the task that changed it. */
struct step {
	const struct cli_commit *commit; /* NULL: the work tree */
	struct plan_diff diff;
};

/* The task as it is in a version of its file (NULL when it is not there); *set owns it. */
static const struct plan_task *task_in(const char *name, const struct plan_buf *text,
				       const char *plan_id, const char *task_id,
				       struct plan_set **set)
{
	struct plan_diags quiet = PLAN_DIAGS_INIT;
	const struct plan *p;

	plan_set_load_buffer(set, name, text->s, text->len, NULL, &quiet);
	plan_diags_release(&quiet);
	p = plan_set_find(*set, plan_id);
	return p ? plan_find_task(p, task_id) : NULL;
}

static void summary(const struct step *steps, size_t n, struct plan_buf *out)
{
	long total = 0;
	size_t moves = 0;

	for (size_t i = 0; i < n; i++) {
		const struct plan_item_diff *it = &steps[i].diff.items[0];

		for (size_t k = 0; k < it->n_fields; k++) {
			if (it->fields[k].moved_due) {
				total += (long)(it->fields[k].new_due - it->fields[k].old_due);
				moves++;
			}
		}
	}
	if (moves)
		plan_buf_addf(out, "the due date moved %zu time%s, %+ld day%s in all\n", moves,
			      moves == 1 ? "" : "s", total, total == 1 || total == -1 ? "" : "s");
	else
		plan_buf_addstr(out, "the due date never moved\n");
}

static void render(const char *ref, const struct step *steps, size_t n, enum plan_format format,
		   struct plan_buf *out)
{
	struct plan_json j;

	if (format == PLAN_FORMAT_JSON) {
		plan_json_init(&j, out);
		plan_json_begin_array(&j);
		for (size_t i = 0; i < n; i++) {
			const struct cli_commit *c = steps[i].commit;

			plan_json_begin_object(&j);
			plan_json_key(&j, "commit");
			plan_json_str(&j, c ? c->hash : NULL);
			plan_json_key(&j, "date");
			plan_json_str(&j, c ? c->date : NULL);
			plan_json_key(&j, "author");
			plan_json_str(&j, c ? c->author : NULL);
			plan_json_key(&j, "subject");
			plan_json_str(&j, c ? c->subject : NULL);
			plan_diff_json_item(&j, &steps[i].diff.items[0]);
			plan_json_end_object(&j);
		}
		plan_json_end_array(&j);
		plan_json_finish(&j);
		return;
	}
	plan_buf_addf(out, format == PLAN_FORMAT_MD ? "### %s\n\n" : "%s\n", ref);
	for (size_t i = 0; i < n; i++) {
		const struct cli_commit *c = steps[i].commit;
		const struct plan_item_diff *it = &steps[i].diff.items[0];

		if (format == PLAN_FORMAT_MD)
			plan_buf_addstr(out, "- ");
		if (c)
			plan_buf_addf(out, "%s %s %s: %s", c->date, c->short_hash, c->author,
				      c->subject);
		else
			plan_buf_addstr(out, "not committed yet");
		if (it->change != PLAN_CHANGE_CHANGED)
			plan_buf_addf(out, " (%s%s%s%s%s)", plan_change_name(it->change),
				      it->from ? " from " : "", it->from ? it->from : "",
				      it->to ? " to " : "", it->to ? it->to : "");
		plan_buf_addch(out, '\n');
		plan_diff_render_fields(it, format, out);
	}
	summary(steps, n, out);
}

int cmd_history(int argc, char **argv, struct cli_ctx *ctx)
{
	struct opt_list operands = { 0 }, paths = { 0 };
	const char *format_name = "text";
	const struct opt opts[] = {
		{ "format", 0, OPT_VALUE, &format_name, "FORMAT",
		  "text, md or json (default: text)", cli_text_formats },
		OPT_END,
	};
	struct cli_target target = { 0 };
	struct cli_commits commits = { 0 };
	struct step *steps = NULL;
	size_t n = 0, cap = 0;
	struct plan_set *previous = NULL;
	const struct plan_task *before = NULL;
	struct plan_buf blob = PLAN_BUF_INIT, out = PLAN_BUF_INIT;
	char *plan_id = NULL, *task_id = NULL;
	enum plan_format format;
	int status = cli_parse(ctx, &help, opts, argc, argv, &operands);

	if (status >= 0)
		goto done;
	if (!operands.n) {
		status = cli_usage_error(ctx, &help, "name a task");
		goto done;
	}
	for (size_t i = 1; i < operands.n; i++)
		opt_list_add(&paths, operands.v[i]);
	format = cli_text_format(format_name);
	if ((status = cli_target_find(ctx, &paths, operands.v[0], &target)) != 0 ||
	    (status = cli_git_log(ctx, target.path, &commits)) != 0)
		goto done;
	plan_id = strdup(target.task->plan->id.s);
	task_id = strdup(target.task->id.s);
	if (!plan_id || !task_id)
		abort();
	/* Each commit's version against the one before; then the work tree's. */
	for (size_t i = 0; i <= commits.n; i++) {
		struct plan_set *set = NULL;
		const struct plan_task *now;
		struct plan_diff d;

		plan_buf_reset(&blob);
		if (i < commits.n && cli_git_blob(commits.v[i].hash, commits.v[i].path, &blob) != 0)
			continue;
		now = task_in(i < commits.n ? commits.v[i].path : target.path,
			      i < commits.n ? &blob : &target.text, plan_id, task_id, &set);
		plan_diff_task(before, now, cli_deadlines(ctx), &d);
		if (d.n) {
			PLAN_GROW(steps, cap, n + 1);
			steps[n++] = (struct step){ i < commits.n ? &commits.v[i] : NULL, d };
		} else {
			plan_diff_release(&d);
		}
		plan_set_free(previous);
		previous = set;
		before = now;
	}
	render(operands.v[0], steps, n, format, &out);
	cli_write(ctx, &out);
	status = EXIT_OK;
done:
	for (size_t i = 0; i < n; i++)
		plan_diff_release(&steps[i].diff);
	free(steps);
	free(plan_id);
	free(task_id);
	plan_set_free(previous);
	cli_commits_release(&commits);
	cli_target_release(&target);
	plan_buf_release(&blob);
	plan_buf_release(&out);
	opt_list_release(&operands);
	opt_list_release(&paths);
	return status;
}
