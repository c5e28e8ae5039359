/* save.c - reading a file, and replacing it: temporary file, fsync, rename. */
#define _XOPEN_SOURCE 700 /* realpath() */
#include "plan/save.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct plan_pos nowhere = { 0, 0 };

static int io_error(struct plan_diags *diags, const char *path, const char *what, int err)
{
	plan_diags_add(diags, path, nowhere, PLAN_ERROR, "io", "cannot %s the file: %s", what,
		       strerror(err));
	return -1;
}

static int read_fd(int fd, struct plan_buf *out)
{
	char chunk[65536];
	ssize_t n;

	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		plan_buf_add(out, chunk, (size_t)n);
	}
	return 0;
}

int plan_file_read(const char *path, struct plan_buf *out, struct plan_diags *diags)
{
	int fd = open(path, O_RDONLY);
	int status = 0;

	if (fd < 0)
		return io_error(diags, path, "open", errno);
	if (read_fd(fd, out) != 0)
		status = io_error(diags, path, "read", errno);
	close(fd);
	return status;
}

static int write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The temporary file's name: ".NAME.plan-XXXXXX" beside path. */
static char *temporary_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	const size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
	const char *base = path + dir;
	char *name = malloc(strlen(path) + 16);

	if (!name)
		abort();
	memcpy(name, path, dir);
	name[dir] = '.';
	strcpy(name + dir + 1, base);
	strcat(name, ".plan-XXXXXX");
	return name;
}

/* Flushes the directory that holds path, so that the rename is on the disk. */
static void sync_directory(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = strdup(slash ? path : ".");
	int fd;

	if (!dir)
		abort();
	if (slash)
		dir[slash == path ? 1 : slash - path] = '\0';
	if ((fd = open(dir, O_RDONLY)) >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

int plan_file_replace(const char *name, const char *data, size_t len, const char *was,
		      size_t was_len, const struct plan_save_hooks *hooks, struct plan_diags *diags)
{
	/* A symbolic link stays one: the file it points to is replaced. */
	char *real = realpath(name, NULL);
	const char *path = real ? real : name;
	struct plan_buf now = PLAN_BUF_INIT;
	char *tmp = temporary_name(path);
	struct stat st;
	int fd = -1, status = -1;

	if (stat(path, &st) != 0) {
		io_error(diags, name, "read", errno);
		goto done;
	}
	if (plan_file_read(path, &now, diags) != 0)
		goto done;
	if (now.len != was_len || memcmp(now.s, was, was_len) != 0) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "changed-on-disk",
			       "the file changed on disk since it was read; nothing written");
		goto done;
	}
	if ((fd = mkstemp(tmp)) < 0) {
		io_error(diags, name, "create a temporary file beside", errno);
		goto done;
	}
	if (write_all(fd, data, len) != 0 || fchmod(fd, st.st_mode & 07777) != 0 ||
	    fsync(fd) != 0) {
		io_error(diags, name, "write a temporary file beside", errno);
		goto cleanup;
	}
	if (close(fd) != 0) {
		fd = -1;
		io_error(diags, name, "write a temporary file beside", errno);
		goto cleanup;
	}
	fd = -1;
	if (hooks && hooks->before_rename && hooks->before_rename(hooks->arg, tmp) != 0) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "io",
			       "stopped before replacing the file; nothing written");
		goto cleanup;
	}
	if (rename(tmp, path) != 0) {
		io_error(diags, name, "replace", errno);
		goto cleanup;
	}
	sync_directory(path);
	status = 0;
	goto done;
cleanup:
	if (fd >= 0)
		close(fd);
	unlink(tmp);
done:
	plan_buf_release(&now);
	free(tmp);
	free(real);
	return status;
}

int plan_file_create(const char *path, const char *data, size_t len, bool replace,
		     struct plan_diags *diags)
{
	char *tmp = temporary_name(path);
	const mode_t mask = umask(0);
	int fd, status = -1;

	umask(mask);
	if ((fd = mkstemp(tmp)) < 0) {
		io_error(diags, path, "create a temporary file beside", errno);
		free(tmp);
		return -1;
	}
	/* a new file as any other program would make it: 0666 less the umask */
	if (write_all(fd, data, len) != 0 || fchmod(fd, 0666 & ~mask) != 0 || fsync(fd) != 0) {
		io_error(diags, path, "write a temporary file beside", errno);
		close(fd);
		goto cleanup;
	}
	if (close(fd) != 0) {
		io_error(diags, path, "write a temporary file beside", errno);
		goto cleanup;
	}
	/* link() will not replace a file that exists; rename() does, when asked to */
	if (replace ? rename(tmp, path) != 0 : link(tmp, path) != 0) {
		if (errno == EEXIST)
			plan_diags_add(diags, path, nowhere, PLAN_ERROR, "exists",
				       "the file exists; nothing written (--force replaces it)");
		else
			io_error(diags, path, "create", errno);
		goto cleanup;
	}
	sync_directory(path);
	status = 0;
cleanup:
	unlink(tmp); /* after link(), the name that is left; after rename(), nothing */
	free(tmp);
	return status;
}
