/*
 * set.h - a set of plans: reading plan files into a struct plan_set,
 * finding a plan in it by id, releasing it.
 *
 * Loading is one linear pass over libyaml's events per file.  Every problem
 * in every file is reported to the caller's struct plan_diags, in order of
 * position within each file; loading goes on after an error so that one
 * run shows them all.  A file that cannot be read or parsed to its end
 * contributes no plan; a plan with schema errors is kept, minus what was
 * wrong, so that later checks still see it.
 *
 * A set owns everything it holds (model.h); it borrows nothing from the
 * caller once loading returns.  Running out of memory aborts (src/core/alloc.c);
 * every other failure is a diagnostic and the returned result.  Code:
 * src/core/load.c (over parse.c, link.c, resync.c and yamlev.c), and
 * plan_set_find() in model.c.
 */
#ifndef PLAN_SET_H
#define PLAN_SET_H

#include <stdbool.h>
#include <stddef.h>

#include "plan/buf.h"
#include "plan/diag.h"
#include "plan/model.h"

enum {
	PLAN_MAX_FILE_BYTES = 256 * 1024 * 1024,
	PLAN_MAX_DEPTH = 64,
};

struct plan_kept;

struct plan_load_opts {
	size_t max_file_bytes; /* 0: PLAN_MAX_FILE_BYTES */
	unsigned max_depth;    /* 0: PLAN_MAX_DEPTH */
	/*
	 * NULL; else each file is read whole, once, and its bytes (a copy, for
	 * a source in memory) and YAML tree are kept there, for plan fmt to
	 * lay out (plan/fmt.h); the plans are read from the tree.
	 */
	struct plan_kept *keep;
};

/* What went wrong, in the order that decides an exit status. */
enum plan_load_result {
	PLAN_LOAD_OK = 0,        /* no errors (there may be warnings) */
	PLAN_LOAD_INVALID = 1,   /* some file has errors */
	PLAN_LOAD_UNREADABLE = 2 /* some path could not be opened or read */
};

/*
 * Loads the files named by paths; a directory stands for the files named
 * *.yaml or *.yml below it, recursively, in byte order of their names
 * (names starting with '.' are skipped).  A file named on its own is loaded
 * whatever its name; a file reached twice (a link) is loaded once.  Stores
 * a new set in *out even when there are errors; the caller frees it with
 * plan_set_free().  paths and opts (which may be NULL) are read during the
 * call only.  Appends every problem to diags and returns the worst result:
 * a path that cannot be opened, examined or read makes it
 * PLAN_LOAD_UNREADABLE, any other error (a file too large, not a regular
 * file, invalid) PLAN_LOAD_INVALID; only errors this call adds count.
 */
enum plan_load_result plan_set_load(struct plan_set **out, const char *const *paths, size_t n_paths,
				    const struct plan_load_opts *opts, struct plan_diags *diags);

/*
 * Loads one plan from memory, as if read from a file named name.  This is
 * what plan_set_load() does for each file once it has read it.  name and
 * data are copied where kept; *out, results and diags as plan_set_load().
 */
enum plan_load_result plan_set_load_buffer(struct plan_set **out, const char *name,
					   const char *data, size_t len,
					   const struct plan_load_opts *opts,
					   struct plan_diags *diags);

/* A file's text in memory, and the name it is reported by. */
struct plan_source {
	const char *name;
	const char *data;
	size_t len;
};

/*
 * Loads files from memory (plans as they are in a git revision) into one
 * set, as plan_set_load() would load files with those names and bytes.
 * sources are read during the call only; a source over opts' byte limit
 * is an error ("too-large") and contributes nothing.  *out, results and
 * diags as plan_set_load().
 */
enum plan_load_result plan_set_load_sources(struct plan_set **out,
					    const struct plan_source *sources, size_t n,
					    const struct plan_load_opts *opts,
					    struct plan_diags *diags);

/* Returns the plan of set whose id is id (borrowed from set), or NULL.  Cannot fail. */
const struct plan *plan_set_find(const struct plan_set *set, const char *id);

/*
 * Checks that every one of ids (n of them: plan ids a user named) is a plan
 * of set.  Returns 0; or -1 at the first that is not, with the message to
 * show appended to msg: the closest id ("no plan 'x'; did you mean 'y'?"),
 * else the plans there are ("...; the plans are a, b", or "none").  The ids
 * are as typed: the caller escapes what it prints.  Cannot fail otherwise.
 */
int plan_set_check_ids(const struct plan_set *set, const char *const *ids, size_t n,
		       struct plan_buf *msg);

/*
 * True when name, a file's name or path, ends as a plan file's does
 * (".yaml" or ".yml"): what plan_set_load() reads of a directory, and what
 * a git revision's plans are.  Cannot fail.
 */
bool plan_set_file_name(const char *name);

/*
 * Releases set and everything it owns, which every pointer into it then
 * leaves dangling; set may be NULL.  Cannot fail.
 */
void plan_set_free(struct plan_set *set);

#endif
