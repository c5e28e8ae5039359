/* diff_external.c - git's external diff of one plan file: its two versions loaded, reviewed, shown.
 */
#include <string.h>

#include "plan/diff.h"
#include "plan/file.h"
#include "plan/set.h"

/* Loads one version of a file, named name; /dev/null is no plan at all. */
static int load_version(const char *name, const char *file, struct plan_set **set,
			struct plan_diags *diags)
{
	struct plan_buf text = PLAN_BUF_INIT;
	int status = 0;

	if (strcmp(file, "/dev/null") == 0) {
		plan_set_load_sources(set, NULL, 0, NULL, diags);
	} else if (plan_file_read(file, &text, diags) != 0 ||
		   plan_set_load_buffer(set, name, text.s, text.len, NULL, diags) != PLAN_LOAD_OK) {
		status = -1;
	}
	plan_buf_release(&text);
	return status;
}

int plan_diff_external(const char *path, const char *old_file, const char *new_path,
		       const char *new_file, const struct plan_deadlines *deadlines,
		       enum plan_format format, struct plan_buf *out, struct plan_diags *diags)
{
	struct plan_set *old = NULL, *new = NULL;
	struct plan_diff d = { 0 };
	bool broken;

	broken = load_version(path, old_file, &old, diags) != 0;
	broken |= load_version(new_path, new_file, &new, diags) != 0;
	if (format != PLAN_FORMAT_JSON)
		plan_buf_addf(out, "diff --plan a/%s b/%s\n", path, new_path);
	if (broken) {
		plan_buf_addstr(out, "(a version of the file has errors: see plan check)\n");
	} else {
		plan_diff_review(old, new, deadlines, &d);
		plan_diff_render(&d, format, out);
		if (!d.n && format != PLAN_FORMAT_JSON)
			plan_buf_addstr(out, "(no change to the plans: comments or layout only)\n");
		plan_diff_release(&d);
	}
	plan_set_free(old);
	plan_set_free(new);
	return broken ? -1 : 0;
}
