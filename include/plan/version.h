/* version.h - the version of plan and of the libraries it was built with. */
#ifndef PLAN_VERSION_H
#define PLAN_VERSION_H

#include "plan/buf.h"

/* Returns plan's version, e.g. "0.1.0" (static storage). */
const char *plan_version(void);

/* Appends "libyaml X, PCRE2 Y, utf8proc Z (Unicode U)" to out. */
void plan_library_versions(struct plan_buf *out);

#endif
