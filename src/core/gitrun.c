/* gitrun.c - running git(1): its two outputs read at once, and its complaint as a diagnostic. */
#include "gitrun.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/*
 * Reads what two pipes hold until both close, into out and err, taking
 * from whichever has something: a child that fills one pipe while the
 * other is read (git's 64 KiB of warnings) never waits on us.
 */
static void drain(int out_fd, struct plan_buf *out, int err_fd, struct plan_buf *err)
{
	struct pollfd fds[2] = { { out_fd, POLLIN, 0 }, { err_fd, POLLIN, 0 } };
	struct plan_buf *bufs[2] = { out, err };
	char chunk[65536];

	while (fds[0].fd >= 0 || fds[1].fd >= 0) {
		if (poll(fds, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int i = 0; i < 2; i++) {
			ssize_t got;

			if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			got = read(fds[i].fd, chunk, sizeof(chunk));
			if (got > 0)
				plan_buf_add(bufs[i], chunk, (size_t)got);
			else if (got == 0 || errno != EINTR)
				fds[i].fd = -1; /* closed: poll passes over a negative fd */
		}
	}
}

/* Closes both ends of each pipe that is open (a negative end is not). */
static void close_pipes(int *fds, int *errs)
{
	for (int i = 0; i < 2; i++) {
		if (fds[i] >= 0)
			close(fds[i]);
		if (errs[i] >= 0)
			close(errs[i]);
	}
}

/*
 * Starts git with /dev/null and the pipes as its standard streams.  It is
 * spawned, not forked: a fork would copy the page tables of a process
 * holding a large plan, and make each of its pages fault once more when
 * it is next written.  Returns git's pid, or -1 when it cannot be started.
 */
static pid_t spawn_git(const char *const *argv, int *fds, int *errs, bool keep_err)
{
	posix_spawn_file_actions_t actions;
	pid_t pid;
	int failed;

	if (posix_spawn_file_actions_init(&actions) != 0)
		return -1;
	failed =
	    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0) ||
	    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO) ||
	    (keep_err ? posix_spawn_file_actions_adddup2(&actions, errs[1], STDERR_FILENO)
		      : posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null",
							 O_WRONLY, 0));
	for (int i = 0; i < 2 && !failed; i++) {
		if (fds[i] >= 0)
			failed = posix_spawn_file_actions_addclose(&actions, fds[i]);
		if (errs[i] >= 0 && !failed)
			failed = posix_spawn_file_actions_addclose(&actions, errs[i]);
	}
	if (!failed)
		failed = posix_spawnp(&pid, "git", &actions, NULL, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	return failed ? -1 : pid;
}

int plan_git_run(const char *const *argv, struct plan_buf *out, struct plan_buf *err)
{
	int fds[2] = { -1, -1 }, errs[2] = { -1, -1 }, status;
	pid_t pid;

	if (pipe(fds) != 0)
		return -1;
	if (err && pipe(errs) != 0) {
		close_pipes(fds, errs);
		return -1;
	}
	pid = spawn_git(argv, fds, errs, err != NULL);
	if (pid < 0) {
		close_pipes(fds, errs);
		return -1;
	}
	close(fds[1]);
	if (err)
		close(errs[1]);
	drain(fds[0], out, err ? errs[0] : -1, err);
	close(fds[0]);
	if (err)
		close(errs[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) != 127 ? WEXITSTATUS(status) : -1;
}

int plan_git_error(struct plan_diags *diags, const char *what, const struct plan_buf *err)
{
	const size_t n = err->len ? strcspn(err->s, "\n") : 0;
	const struct plan_pos nowhere = { 0, 0 };

	if (n)
		plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, NULL, "%s: git says: %.*s", what,
			       (int)n, err->s);
	else
		plan_diags_add(diags, NULL, nowhere, PLAN_ERROR, NULL, "%s: git cannot be run here",
			       what);
	return -1;
}
