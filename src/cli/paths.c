/* paths.c - where the plans are when the command line names none. */
#include "cli.h"

#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"

static bool exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static bool is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * Finds the top of the git work tree around cwd (a directory holding .git,
 * which a linked work tree or submodule has as a file).  Stores in *up how
 * many levels above cwd it is.  Returns false outside any work tree.
 */
static bool find_work_tree(const char *cwd, struct plan_buf *top, unsigned *up)
{
	struct plan_buf probe = PLAN_BUF_INIT;
	bool found = false;

	plan_buf_addstr(top, cwd);
	for (*up = 0;; ++*up) {
		char *slash;

		plan_buf_reset(&probe);
		plan_buf_addf(&probe, "%s/.git", strcmp(top->s, "/") == 0 ? "" : top->s);
		if (exists(probe.s)) {
			found = true;
			break;
		}
		slash = strrchr(top->s, '/');
		if (!slash || top->len == 1)
			break;
		plan_buf_truncate(top, slash == top->s ? 1 : (size_t)(slash - top->s));
	}
	plan_buf_release(&probe);
	return found;
}

int cli_default_paths(const struct cli_ctx *ctx, struct plan_buf *out, struct plan_buf *err)
{
	struct plan_buf top = PLAN_BUF_INIT, candidate = PLAN_BUF_INIT;
	char cwd[PATH_MAX];
	unsigned up = 0;
	int status = 0;

	if (ctx->plan_dir) {
		plan_buf_addstr(out, ctx->plan_dir);
		return 0;
	}
	if (getcwd(cwd, sizeof(cwd)) && find_work_tree(cwd, &top, &up)) {
		for (unsigned i = 0; i < up; i++)
			plan_buf_addstr(&candidate, "../");
		plan_buf_addstr(&candidate, "plans");
		if (is_dir(candidate.s)) {
			plan_buf_addstr(out, candidate.s);
			goto done;
		}
	}
	if (is_dir("plans")) {
		plan_buf_addstr(out, "plans");
		goto done;
	}
	plan_buf_addstr(err, "no plans to read: name files or directories, set PLAN_DIR, "
			     "or run plan where a 'plans' directory is (here or at the top of "
			     "the git work tree)");
	status = -1;
done:
	plan_buf_release(&top);
	plan_buf_release(&candidate);
	return status;
}
