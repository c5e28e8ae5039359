/* gitrun.c - running git(1): its two outputs read at once, and its complaint as a diagnostic. */
#include "gitrun.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* In the child: wires /dev/null and the pipes to git's standard streams and runs it. */
static void exec_git(const char *const *argv, int *fds, int *errs, bool keep_err)
{
	int null = open("/dev/null", O_RDWR);

	if (null >= 0) {
		dup2(null, STDIN_FILENO);
		dup2(keep_err ? errs[1] : null, STDERR_FILENO);
	}
	dup2(fds[1], STDOUT_FILENO);
	close_pipes(fds, errs);
	execvp("git", (char *const *)argv);
	_exit(127);
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
	pid = fork();
	if (pid < 0) {
		close_pipes(fds, errs);
		return -1;
	}
	if (pid == 0)
		exec_git(argv, fds, errs, err != NULL);
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
