/* gitinfo.c - the commit plans were read at, asked of git(1). */
#define _XOPEN_SOURCE 700 /* realpath() */
#include "gitinfo.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "alloc.h"

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

int cli_git_run(const char *const *argv, struct plan_buf *out, struct plan_buf *err)
{
	int fds[2], errs[2] = { -1, -1 }, status;
	pid_t pid;

	if (pipe(fds) != 0)
		return -1;
	if (err && pipe(errs) != 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		if (err) {
			close(errs[0]);
			close(errs[1]);
		}
		return -1;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);

		if (null >= 0) {
			dup2(null, STDIN_FILENO);
			dup2(err ? errs[1] : null, STDERR_FILENO);
		}
		dup2(fds[1], STDOUT_FILENO);
		close(fds[0]);
		close(fds[1]);
		if (err) {
			close(errs[0]);
			close(errs[1]);
		}
		execvp("git", (char *const *)argv);
		_exit(127);
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

/* The directory a path is, or is in. */
static void dir_of(const char *path, struct plan_buf *out)
{
	struct stat st;
	const char *slash = strrchr(path, '/');

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		plan_buf_addstr(out, path);
	else if (!slash)
		plan_buf_addstr(out, ".");
	else if (slash == path)
		plan_buf_addstr(out, "/");
	else
		plan_buf_add(out, path, (size_t)(slash - path));
}

int cli_git_describe(const char *const *paths, size_t n, struct plan_buf *commit, bool *dirty)
{
	struct plan_buf dir = PLAN_BUF_INIT, head = PLAN_BUF_INIT, changes = PLAN_BUF_INIT;
	const char **args = plan_xcalloc(n + 8, sizeof(*args));
	char **absolute = plan_xcalloc(n + 1, sizeof(*absolute));
	size_t k = 0;
	int status = -1;

	if (!n)
		goto done;
	dir_of(paths[0], &dir);
	{
		const char *rev[] = { "git", "-C", dir.s, "rev-parse", "--short", "HEAD", NULL };

		if (cli_git_run(rev, &head, NULL) != 0 || !head.len)
			goto done;
	}
	while (head.len && (head.s[head.len - 1] == '\n' || head.s[head.len - 1] == '\r'))
		plan_buf_truncate(&head, head.len - 1);
	args[k++] = "git";
	args[k++] = "-C";
	args[k++] = dir.s;
	args[k++] = "status";
	args[k++] = "--porcelain";
	args[k++] = "--";
	for (size_t i = 0; i < n; i++) {
		/* Pathspecs are read relative to -C's directory: make them absolute. */
		if (!(absolute[i] = realpath(paths[i], NULL)))
			goto done;
		args[k++] = absolute[i];
	}
	args[k] = NULL;
	if (cli_git_run(args, &changes, NULL) != 0)
		goto done;
	plan_buf_add(commit, head.s, head.len);
	*dirty = changes.len > 0;
	status = 0;
done:
	for (size_t i = 0; i < n; i++)
		free(absolute[i]);
	free(absolute);
	free(args);
	plan_buf_release(&dir);
	plan_buf_release(&head);
	plan_buf_release(&changes);
	return status;
}
