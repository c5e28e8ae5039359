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
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"

extern char **environ;

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

/* Says what could not be run, what it does and where it was looked for; returns EXIT_USAGE. */
static int cannot_run(struct cli_ctx *ctx, bool found, const struct plan_buf *path,
		      const char *helper, const char *what, int err)
{
	const char *env = getenv("PLAN_EXEC_PATH");

	fprintf(ctx->err, "plan: error: cannot run %s, which %s: %s", found ? path->s : helper,
		what, strerror(err));
	if (found)
		fputc('\n', ctx->err);
	else if (env && *env)
		fprintf(ctx->err, " (looked in $PLAN_EXEC_PATH, %s)\n", env);
	else
		fprintf(ctx->err, " (looked beside plan, in ../libexec/plan and in %s)\n",
			PLAN_LIBEXEC_DIR);
	return EXIT_USAGE;
}

int cli_run_helper(struct cli_ctx *ctx, const char *helper, const char *what)
{
	struct plan_buf path = PLAN_BUF_INIT;
	const bool found = cli_find_helper(helper, &path);
	int status;

	if (found) {
		fflush(ctx->out);
		fflush(ctx->err);
		execv(path.s, ctx->argv);
	}
	status = cannot_run(ctx, found, &path, helper, what, found ? errno : ENOENT);
	plan_buf_release(&path);
	return status;
}

/* Writes data to fd whole; false on an error (EPIPE: the helper is gone). */
static bool write_all(int fd, const char *data, size_t len)
{
	while (len) {
		const ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		data += n;
		len -= (size_t)n;
	}
	return true;
}

/* The helper's exit status, as plan's: a reader gone away (SIGPIPE) is no error. */
static int helper_status(struct cli_ctx *ctx, const char *helper, int wstatus)
{
	if (WIFEXITED(wstatus))
		return WEXITSTATUS(wstatus);
	if (WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGPIPE)
		return EXIT_OK;
	fprintf(ctx->err, "plan: error: %s was killed by signal %d\n", helper,
		WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0);
	return EXIT_USAGE;
}

/*
 * Starts the program at path with args, reading the pipe fds as its input
 * (both ends closed in it), into *pid.  Spawned, not forked: a fork would
 * copy the page tables of plan, which may hold a large plan set.  Returns
 * 0, or the error that kept it from starting.
 */
static int spawn_reading(const char *path, char *const *args, const int *fds, pid_t *pid)
{
	posix_spawn_file_actions_t actions;
	int err;

	if ((err = posix_spawn_file_actions_init(&actions)) != 0)
		return err;
	if (!(err = posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO)) &&
	    !(err = posix_spawn_file_actions_addclose(&actions, fds[0])) &&
	    !(err = posix_spawn_file_actions_addclose(&actions, fds[1])))
		err = posix_spawn(pid, path, &actions, NULL, args, environ);
	posix_spawn_file_actions_destroy(&actions);
	return err;
}

int cli_pipe_to_helper(struct cli_ctx *ctx, const char *helper, const char *what, char *const *args,
		       const struct plan_buf *input)
{
	struct sigaction ignore = { .sa_handler = SIG_IGN }, old;
	struct plan_buf path = PLAN_BUF_INIT;
	int fds[2], wstatus, status = EXIT_USAGE, err;
	bool written;
	pid_t pid;

	if (!cli_find_helper(helper, &path)) {
		status = cannot_run(ctx, false, &path, helper, what, ENOENT);
		goto out;
	}
	fflush(ctx->out);
	fflush(ctx->err);
	if (pipe(fds) != 0) {
		status = cannot_run(ctx, true, &path, helper, what, errno);
		goto out;
	}
	if ((err = spawn_reading(path.s, args, fds, &pid)) != 0) {
		status = cannot_run(ctx, true, &path, helper, what, err);
		close(fds[0]);
		close(fds[1]);
		goto out;
	}
	close(fds[0]);
	sigaction(SIGPIPE, &ignore, &old);
	written = write_all(fds[1], input->s, input->len); /* a helper that stops says why */
	close(fds[1]);
	sigaction(SIGPIPE, &old, NULL);
	while (waitpid(pid, &wstatus, 0) < 0)
		if (errno != EINTR) {
			status = cannot_run(ctx, true, &path, helper, what, errno);
			goto out;
		}
	status = helper_status(ctx, helper, wstatus);
	if (status == EXIT_OK && !written) {
		/* it took part of the input and said nothing: what it wrote is not all */
		fprintf(ctx->err, "plan: error: %s stopped reading what it was given\n", helper);
		status = EXIT_USAGE;
	}
out:
	plan_buf_release(&path);
	return status;
}
