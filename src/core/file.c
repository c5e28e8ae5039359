/* file.c - reading a file, and replacing it: a lock file written, flushed, renamed over it. */
#define _XOPEN_SOURCE 700 /* realpath() */
#include "plan/file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"

static const struct plan_pos nowhere = { 0, 0 };

static int io_error(struct plan_diags *diags, const char *path, const char *what, int err)
{
	plan_diags_add(diags, path, nowhere, PLAN_ERROR, "io", "cannot %s the file: %s", what,
		       strerror(err));
	return -1;
}

/* Reads fd to its end into out, straight into room made for the size it has. */
static int read_fd(int fd, struct plan_buf *out)
{
	struct stat st;
	ssize_t n;

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		plan_buf_reserve(out, (size_t)st.st_size + 1); /* + 1: room to read the end */
	for (;;) {
		if (out->cap < out->len + 2)
			plan_buf_reserve(out, 65536);
		n = read(fd, out->s + out->len, out->cap - out->len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			return 0;
		out->len += (size_t)n;
		out->s[out->len] = '\0';
	}
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

/*
 * Compares the file at path with was (was_len bytes) a chunk at a time,
 * never holding it whole: 0 and *same set, or -1 when the file cannot be
 * read, said in diags as plan_file_read() says it.
 */
static int compare_with_file(const char *path, const char *was, size_t was_len, bool *same,
			     struct plan_diags *diags)
{
	char chunk[65536];
	int fd = open(path, O_RDONLY);
	size_t at = 0;
	ssize_t n;

	if (fd < 0)
		return io_error(diags, path, "open", errno);
	*same = true;
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			const int err = errno;

			close(fd);
			return io_error(diags, path, "read", err);
		}
		if ((size_t)n > was_len - at || memcmp(chunk, was + at, (size_t)n) != 0) {
			*same = false;
			break;
		}
		at += (size_t)n;
	}
	close(fd);
	if (at != was_len)
		*same = false;
	return 0;
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

/* path + suffix, allocated. */
static char *with_suffix(const char *path, const char *suffix)
{
	char *name = plan_xmalloc(strlen(path) + strlen(suffix) + 1);

	strcpy(name, path);
	strcat(name, suffix);
	return name;
}

/* The directory that holds path, allocated: "." for a bare name. */
static char *directory_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = plan_xstrdup(slash ? path : ".");

	if (slash)
		dir[slash == path ? 1 : slash - path] = '\0';
	return dir;
}

/* Flushes the directory that holds path, so that the rename is on the disk. */
static void sync_directory(const char *path)
{
	char *dir = directory_of(path);
	int fd;

	if ((fd = open(dir, O_RDONLY)) >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

/*
 * Takes the lock of path: creates "PATH.lock", which only one process can,
 * and which becomes the file (renamed over it) once written.  Returns its
 * descriptor, or -1 after a diagnostic naming it.
 */
static int take_lock(const char *name, const char *lock, struct plan_diags *diags)
{
	int fd = open(lock, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	const int err = errno;
	struct stat st;
	/* named as the user named the file, unless that is a link to it elsewhere */
	char *shown = lstat(name, &st) == 0 && S_ISLNK(st.st_mode) ? plan_xstrdup(lock)
								   : with_suffix(name, ".lock");

	if (fd < 0 && err == EEXIST)
		plan_diags_add(
		    diags, name, nowhere, PLAN_ERROR, "locked",
		    "'%s' exists: another plan is changing the file, or was stopped "
		    "while it did; if none is running, remove that file; nothing written",
		    shown);
	else if (fd < 0)
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "io",
			       "cannot create the lock file '%s': %s", shown, strerror(err));
	free(shown);
	return fd;
}

/*
 * Removes the temporary files ".NAME.plan-XXXXXX" that earlier versions, or
 * a run stopped by a crash, left beside path: older than the lock (held
 * now), no run that is still going can own them.
 */
static void remove_stale_temporaries(const char *path, int lock_fd)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	char *dir = directory_of(path), *prefix = plan_xmalloc(strlen(base) + 8);
	const size_t prefix_len = strlen(base) + 7;
	struct stat lock_st, st;
	struct dirent *e;
	DIR *d;

	sprintf(prefix, ".%s.plan-", base);
	if (fstat(lock_fd, &lock_st) == 0 && (d = opendir(dir)) != NULL) {
		const int dfd = dirfd(d);

		while ((e = readdir(d)) != NULL) {
			if (strncmp(e->d_name, prefix, prefix_len) != 0 ||
			    strlen(e->d_name) != prefix_len + 6)
				continue;
			if (fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
			    S_ISREG(st.st_mode) && st.st_mtime < lock_st.st_mtime)
				unlinkat(dfd, e->d_name, 0);
		}
		closedir(d);
	}
	free(prefix);
	free(dir);
}

/* Refuses a file the user may not write, or whose replacement would split its hard links. */
static int check_replaceable(const char *name, const char *path, const struct stat *st,
			     struct plan_diags *diags)
{
	if (!S_ISREG(st->st_mode)) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "io",
			       "not a regular file; nothing written");
		return -1;
	}
	if (access(path, W_OK) != 0 || (st->st_mode & 0222) == 0) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "read-only",
			       "the file is read-only (mode %04o); nothing written",
			       (unsigned)(st->st_mode & 07777));
		return -1;
	}
	if (st->st_nlink > 1) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "hard-links",
			       "the file has %ju hard links, which replacing it would split; "
			       "nothing written",
			       (uintmax_t)st->st_nlink);
		return -1;
	}
	return 0;
}

/* Writes data to fd, as the file st describes: its mode, its owner and group where permitted. */
static int write_as(int fd, const char *data, size_t len, const struct stat *st)
{
	if (fchown(fd, st->st_uid, st->st_gid) != 0 && fchown(fd, (uid_t)-1, st->st_gid) != 0) {
		/* not permitted: the new file is the user's, as an editor would make it */
	}
	if (write_all(fd, data, len) != 0 || fchmod(fd, st->st_mode & 07777) != 0 ||
	    fsync(fd) != 0) {
		const int err = errno;

		close(fd);
		errno = err;
		return -1;
	}
	return close(fd);
}

int plan_file_replace(const char *name, const char *data, size_t len, const char *was,
		      size_t was_len, const struct plan_save_hooks *hooks, struct plan_diags *diags)
{
	/* A symbolic link stays one: the file it points to is replaced. */
	char *real = realpath(name, NULL);
	const char *path = real ? real : name;
	char *lock = with_suffix(path, ".lock");
	struct stat st;
	int fd = -1, status = -1;
	bool same;

	if (stat(path, &st) != 0) {
		io_error(diags, name, "read", errno);
		goto done;
	}
	if (check_replaceable(name, path, &st, diags) != 0 ||
	    (fd = take_lock(name, lock, diags)) < 0)
		goto done;
	/* Under the lock, no other plan replaces the file between this check and the rename. */
	remove_stale_temporaries(path, fd);
	if (compare_with_file(path, was, was_len, &same, diags) != 0)
		goto unlock;
	if (!same) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "changed-on-disk",
			       "the file changed on disk since it was read; nothing written");
		goto unlock;
	}
	if (write_as(fd, data, len, &st) != 0) {
		fd = -1;
		io_error(diags, name, "write the lock file beside", errno);
		goto unlock;
	}
	fd = -1;
	if (hooks && hooks->before_rename && hooks->before_rename(hooks->arg, lock) != 0) {
		plan_diags_add(diags, name, nowhere, PLAN_ERROR, "io",
			       "stopped before replacing the file; nothing written");
		goto unlock;
	}
	if (rename(lock, path) != 0) {
		io_error(diags, name, "replace", errno);
		goto unlock;
	}
	sync_directory(path);
	status = 0;
	goto done;
unlock:
	if (fd >= 0)
		close(fd);
	unlink(lock);
done:
	free(lock);
	free(real);
	return status;
}

int plan_file_create(const char *path, const char *data, size_t len, bool replace,
		     struct plan_diags *diags)
{
	char *lock = with_suffix(path, ".lock");
	const mode_t mask = umask(0);
	int fd, status = -1;

	umask(mask);
	if ((fd = take_lock(path, lock, diags)) < 0) {
		free(lock);
		return -1;
	}
	/* a new file as any other program would make it: 0666 less the umask */
	if (write_all(fd, data, len) != 0 || fchmod(fd, 0666 & ~mask) != 0 || fsync(fd) != 0) {
		io_error(diags, path, "write the lock file beside", errno);
		close(fd);
		goto cleanup;
	}
	if (close(fd) != 0) {
		io_error(diags, path, "write the lock file beside", errno);
		goto cleanup;
	}
	/* link() will not replace a file that exists; rename() does, when asked to */
	if (replace ? rename(lock, path) != 0 : link(lock, path) != 0) {
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
	unlink(lock); /* after link(), the name that is left; after rename(), nothing */
	free(lock);
	return status;
}
