/*
 * helper.c - plan's helpers (plan-import...): commands whose libraries plan
 * itself does not link, run with plan's own arguments, as git runs its
 * helpers.  A helper is looked for in $PLAN_EXEC_PATH alone when it is set;
 * else beside the running plan (a build tree), in ../libexec/plan from it
 * (an installed tree, wherever it was moved), then in PLAN_LIBEXEC_DIR,
 * where cmake --install puts it.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifndef PLAN_LIBEXEC_DIR
#define PLAN_LIBEXEC_DIR "/usr/local/libexec/plan"
#endif

/* Sets path to dir/helper and returns true when that can be run. */
static bool helper_in(const char *dir, size_t len, const char *helper, struct plan_buf *path)
{
	plan_buf_reset(path);
	plan_buf_add(path, dir, len);
	plan_buf_addf(path, "/%s", helper);
	return access(path->s, X_OK) == 0;
}

/* In BIN/../libexec/plan, for plan in BIN (self, len bytes). */
static bool installed_beside(const char *self, size_t len, const char *helper,
			     struct plan_buf *path)
{
	struct plan_buf dir = PLAN_BUF_INIT;
	bool found;

	plan_buf_add(&dir, self, len);
	plan_buf_addstr(&dir, "/../libexec/plan");
	found = helper_in(dir.s, dir.len, helper, path);
	plan_buf_release(&dir);
	return found;
}

/* The directory of the running executable, or false. */
static bool own_dir(char *buf, size_t size, size_t *len)
{
	const ssize_t n = readlink("/proc/self/exe", buf, size - 1);
	char *slash;

	if (n <= 0)
		return false;
	buf[n] = '\0';
	if (!(slash = strrchr(buf, '/')))
		return false;
	*len = (size_t)(slash - buf);
	return true;
}

bool cli_find_helper(const char *helper, struct plan_buf *path)
{
	const char *env = getenv("PLAN_EXEC_PATH");
	char self[PATH_MAX];
	size_t len;

	if (env && *env)
		return helper_in(env, strlen(env), helper, path);
	return (own_dir(self, sizeof(self), &len) && (helper_in(self, len, helper, path) ||
						      installed_beside(self, len, helper, path))) ||
	       helper_in(PLAN_LIBEXEC_DIR, strlen(PLAN_LIBEXEC_DIR), helper, path);
}

int cli_run_helper(struct plan_ctx *ctx, const char *helper, const char *what)
{
	const char *env = getenv("PLAN_EXEC_PATH");
	struct plan_buf path = PLAN_BUF_INIT;
	const bool found = cli_find_helper(helper, &path);
	int err;

	if (found) {
		fflush(ctx->out);
		fflush(ctx->err);
		execv(path.s, ctx->argv);
	}
	err = found ? errno : ENOENT;
	fprintf(ctx->err, "plan: error: cannot run %s, which %s: %s", found ? path.s : helper, what,
		strerror(err));
	if (found)
		fputc('\n', ctx->err);
	else if (env && *env)
		fprintf(ctx->err, " (looked in $PLAN_EXEC_PATH, %s)\n", env);
	else
		fprintf(ctx->err, " (looked beside plan, in ../libexec/plan and in %s)\n",
			PLAN_LIBEXEC_DIR);
	plan_buf_release(&path);
	return EXIT_USAGE;
}
