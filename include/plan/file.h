/*
 * file.h - reading a plan file, and creating or replacing it safely.
 *
 * A file is replaced as git replaces its index: the new bytes go to
 * "FILE.lock" beside it, created only if it does not exist (so that one
 * process at a time changes the file), are flushed to the disk, and the
 * lock is renamed over the file, which holds its old bytes or its new
 * ones whatever happens, never a part of either.  Under the lock, a file
 * that changed since it was read is not replaced, so two edits at once
 * cannot both pass; a lock left by a run that was killed stays until the
 * user removes it.
 *
 * Every failure is returned as -1 after an error appended to diags, at
 * the file as the caller named it: code "io" with the system's reason,
 * or a code named below.  Paths and bytes are read during the call only.
 * Running out of memory aborts (src/core/alloc.c).  Code: src/core/file.c.
 */
#ifndef PLAN_FILE_H
#define PLAN_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/diag.h"

/*
 * Appends the bytes of the file at path to out (the caller's).  Returns 0,
 * or -1 after a diagnostic when it cannot be opened or read (out may then
 * hold the bytes read before the error).
 */
int plan_file_read(const char *path, struct plan_buf *out, struct plan_diags *diags);

/* For tests: a step to fail on purpose, as a crash or a full disk would. */
struct plan_save_hooks {
	/* Called with the written and flushed lock file (borrowed); nonzero stops there. */
	int (*before_rename)(void *arg, const char *temporary);
	void *arg;
};

/*
 * Replaces the file at path, which held the bytes was (was_len), with data
 * (len bytes), keeping its permissions, and its owner and group where
 * permitted; through a symbolic link, the file it points to.  Refuses,
 * writing nothing, when the file is locked ("locked"), no longer holds was
 * ("changed-on-disk"), is read-only for the user (or for everyone: root
 * too is refused; "read-only"), is not a regular file, or has several
 * hard links (a new file would split them; "hard-links").
 * Temporary files ".FILE.plan-XXXXXX" older than the lock, which earlier
 * versions left after a crash, are removed.  hooks may be NULL.  Returns 0,
 * or -1 after a diagnostic (the file then holds its old bytes, and neither
 * the lock nor a temporary file is left behind).
 */
int plan_file_replace(const char *path, const char *data, size_t len, const char *was,
		      size_t was_len, const struct plan_save_hooks *hooks,
		      struct plan_diags *diags);

/*
 * Writes data (len bytes) to a new file at path, whole or not at all: to
 * "PATH.lock", flushed, then linked into place, so that the file never
 * holds a part of data.  A file already there is an error unless replace,
 * when it is replaced.  Returns 0, or -1 after a diagnostic ("exists"
 * for a file already there, "locked" when the lock is); no lock file is
 * left behind.  The new file's mode is 0666 less the umask, which is read
 * by setting it and setting it back (so not while another thread runs).
 */
int plan_file_create(const char *path, const char *data, size_t len, bool replace,
		     struct plan_diags *diags);

#endif
