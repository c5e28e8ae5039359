/*
 * version.h - the version of plan and of the libraries it was built with.
 * Code: src/core/version.c.
 */
#ifndef PLAN_VERSION_H
#define PLAN_VERSION_H

#include "plan/buf.h"

/* Returns plan's version, e.g. "0.1.0" (static storage).  Cannot fail. */
const char *plan_version(void);

/*
 * Appends "libyaml X, PCRE2 Y, utf8proc Z (Unicode U)" to out, the
 * versions of the libraries linked, as they report them.  Running out of
 * memory aborts (src/core/alloc.c).
 */
void plan_library_versions(struct plan_buf *out);

#endif
