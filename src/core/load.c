/* load.c - from paths to a plan set: files, directories, bytes, plans. */
#include "plan/set.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "bigmem.h"
#include "kept.h"
#include "link.h"
#include "parse.h"
#include "alloc.h"
#include "plan/unit.h"
#include "resync.h"
#include "strmap.h"
#include "yamlev.h"
#include "ytree.h"

enum { MAX_DIR_DEPTH = 32 };

struct file_id {
	dev_t dev;
	ino_t ino;
};

struct plan_set_data {
	struct arena *arena;
	const struct plan **plans;
	size_t n_plans, cap_plans;
	const struct plan_unit **units;
	size_t n_units, cap_units;
	const struct plan_abbrev **abbrevs;
	size_t n_abbrevs, cap_abbrevs;
	struct file_id *files; /* files loaded so far, to load each once */
	size_t n_files, cap_files;
	const char **paths; /* the names of the files read */
	size_t n_paths, cap_paths;
};

struct loader {
	struct plan_set *set;
	struct plan_set_data *data;
	struct plan_load_opts opts;
	struct plan_diags *diags;
	bool unreadable;
	/* the texts read into data->arena that repeat, kept once (yev_keep_shared()) */
	struct strmap shared;
};

static void io_error(struct loader *l, const char *what, const char *path, int err)
{
	struct plan_buf q = PLAN_BUF_INIT;

	plan_quote(&q, path, strlen(path), 200);
	plan_diags_add(l->diags, NULL, (struct plan_pos){ 0, 0 }, PLAN_ERROR, NULL,
		       "cannot %s %s: %s", what, q.s, strerror(err));
	plan_buf_release(&q);
	l->unreadable = true;
}

static void file_error(struct loader *l, const char *path, const char *code, const char *fmt, ...)
    PLAN_PRINTF(4, 5);
static void file_error(struct loader *l, const char *path, const char *code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	plan_diags_vadd(l->diags, path, (struct plan_pos){ 0, 0 }, PLAN_ERROR, code, fmt, ap);
	va_end(ap);
}

static void add_plan(struct plan_set_data *data, const struct plan *plan)
{
	PLAN_GROW(data->plans, data->cap_plans, data->n_plans + 1);
	data->plans[data->n_plans++] = plan;
}

/* Takes the entries of a registry read from path. */
static void add_units(struct plan_set_data *data, const char *path,
		      const struct parsed_file *parsed)
{
	const char *copy = arena_strndup(data->arena, path, strlen(path));

	PLAN_GROW(data->units, data->cap_units, data->n_units + parsed->n_units);
	for (size_t i = 0; i < parsed->n_units; i++) {
		((struct plan_unit *)&parsed->units[i])->path = copy; /* the arena's, still ours */
		data->units[data->n_units++] = &parsed->units[i];
	}
	PLAN_GROW(data->abbrevs, data->cap_abbrevs, data->n_abbrevs + parsed->n_abbrevs);
	for (size_t i = 0; i < parsed->n_abbrevs; i++) {
		((struct plan_abbrev *)&parsed->abbrevs[i])->path = copy;
		data->abbrevs[data->n_abbrevs++] = &parsed->abbrevs[i];
	}
}

/* What reading a file's text gave. */
struct reading {
	struct parsed_file parsed;
	bool failed;
	bool syntax; /* failed by a syntax error, at at */
	struct plan_pos at, ctx;
};

/*
 * Parses what reader r reads into *out, in arena (r's), and closes r.
 * Texts that repeat are kept once through shared, which belongs with
 * arena (NULL: each is copied).  Returns false when r is a streaming
 * reader that wants the whole file (yev_open_fd()).
 */
static bool read_with(struct arena *arena, struct strmap *shared, struct yev_reader *r,
		      struct reading *out)
{
	struct parser p = { .r = r, .arena = arena, .shared = shared };
	bool whole;

	parse_file(&p, &out->parsed);
	yev_finish(r);
	out->failed = yev_failed(r);
	out->syntax = yev_syntax_error(r, &out->at, &out->ctx);
	whole = yev_wants_whole(r);
	yev_close(r);
	return !whole;
}

/* Adds the file path, and the plan or registry read from it unless reading failed. */
static void add_reading(struct loader *l, const char *path, struct reading *rd)
{
	struct plan *plan = rd->parsed.plan;

	PLAN_GROW(l->data->paths, l->data->cap_paths, l->data->n_paths + 1);
	l->data->paths[l->data->n_paths++] = arena_strndup(l->data->arena, path, strlen(path));
	if (!rd->failed && rd->parsed.registry)
		add_units(l->data, path, &rd->parsed);
	if (!rd->failed && plan && plan->id.s) {
		plan->path = arena_strndup(l->data->arena, path, strlen(path));
		link_plan(plan, l->data->arena, l->diags);
		add_plan(l->data, plan);
	}
}

/*
 * Builds the plan or registry that reader r reads as the file path, and
 * closes r.  Returns false, with nothing taken and nothing said, when r is
 * a streaming reader that wants the whole file (yev_open_fd()).
 */
static bool load_from(struct loader *l, const char *path, struct yev_reader *r)
{
	const size_t first_diag = l->diags->n;
	struct reading rd;

	if (!read_with(l->data->arena, &l->shared, r, &rd)) {
		plan_diags_truncate(l->diags, first_diag);
		return false;
	}
	add_reading(l, path, &rd);
	plan_diags_sort_from(l->diags, first_diag);
	return true;
}

/* Appends the diagnostics of from whose code is (code: any code) to to. */
static void copy_diags(struct plan_diags *to, const struct plan_diags *from, size_t start,
		       const char *code)
{
	for (size_t i = start; i < from->n; i++) {
		const struct plan_diag *d = &from->v[i];

		if (!code || (d->code && strcmp(d->code, code) == 0))
			plan_diags_add(to, d->file, d->pos, d->severity, d->code, "%s", d->message);
	}
}

enum { MAX_SKIPPED = 20 };

/* Notes, after the syntax error at at, the lines first to last left out for it. */
static void skipped_note(struct plan_diags *diags, const char *path, struct plan_pos at,
			 uint32_t first, uint32_t last)
{
	if (first == last)
		plan_diags_add(
		    diags, path, at, PLAN_NOTE, "skipped",
		    "line %u is left out until its syntax error is fixed; the rest of the "
		    "file is read",
		    (unsigned)first);
	else
		plan_diags_add(
		    diags, path, at, PLAN_NOTE, "skipped",
		    "lines %u-%u, the item with the syntax error, are left out until it is "
		    "fixed; the rest of the file is read",
		    (unsigned)first, (unsigned)last);
}

/*
 * After a syntax error in path's text s (len bytes), read as *rd: reads the
 * rest of the file with the item the error is in blanked out (resync.h),
 * item after item while each read finds a syntax error further on, at most
 * MAX_SKIPPED.  When a read then succeeds, *rd becomes it and its problems
 * are said, with every syntax error met and a note after each on the lines
 * left out.  When none does, the file stays unread, but every syntax error
 * met is said.  The reads that fail are made in an arena of their own.
 */
static void read_past_syntax(struct loader *l, const char *path, const char *s, size_t len,
			     struct reading *rd, size_t first_diag)
{
	struct plan_buf text = PLAN_BUF_INIT, patched = PLAN_BUF_INIT;
	struct plan_diags found = PLAN_DIAGS_INIT; /* the syntax errors and notes so far */
	struct arena *scratch = arena_new();
	struct plan_pos at = rd->at; /* of the syntax error being read past */
	uint32_t first, last;
	size_t k;
	bool read = false;

	plan_buf_add(&text, s, len);
	copy_diags(&found, l->diags, first_diag, "syntax");
	for (k = 0; k < MAX_SKIPPED && !read; k++) {
		struct plan_diags diags = PLAN_DIAGS_INIT;
		struct plan_buf swap;
		struct reading again;

		if (!yaml_resync(text.s, text.len, at.line, &patched, &first, &last))
			break;
		read_with(
		    scratch, NULL,
		    yev_open(path, patched.s, patched.len, l->opts.max_depth, scratch, &diags),
		    &again);
		if (again.failed && !(again.syntax && again.at.line > last)) {
			plan_diags_release(&diags);
			break;
		}
		skipped_note(&found, path, at, first, last);
		copy_diags(&found, &diags, 0, "syntax"); /* none when it read */
		plan_diags_release(&diags);
		if (!again.failed) {
			/* Read again where the plan will live, its problems said this time. */
			read_with(l->data->arena, &l->shared,
				  yev_open(path, patched.s, patched.len, l->opts.max_depth,
					   l->data->arena, &found),
				  rd);
			read = true;
			break;
		}
		at = again.at;
		swap = text;
		text = patched;
		patched = swap;
	}
	if (read || k > 0) {
		if (!read && k == MAX_SKIPPED)
			plan_diags_add(
			    &found, path, at, PLAN_NOTE, "skipped",
			    "no more is read past syntax errors after %d: fix these first",
			    MAX_SKIPPED);
		plan_diags_truncate(l->diags, first_diag);
		copy_diags(l->diags, &found, 0, NULL);
	}
	arena_free(scratch);
	plan_diags_release(&found);
	plan_buf_release(&text);
	plan_buf_release(&patched);
}

static void load_bytes(struct loader *l, const char *path, const char *s, size_t len)
{
	const size_t first_diag = l->diags->n;
	struct reading rd;

	read_with(l->data->arena, &l->shared,
		  yev_open(path, s, len, l->opts.max_depth, l->data->arena, l->diags), &rd);
	if (rd.syntax)
		read_past_syntax(l, path, s, len, &rd, first_diag);
	add_reading(l, path, &rd);
	plan_diags_sort_from(l->diags, first_diag);
}

static bool seen_before(struct plan_set_data *data, const struct stat *st)
{
	for (size_t i = 0; i < data->n_files; i++)
		if (data->files[i].dev == st->st_dev && data->files[i].ino == st->st_ino)
			return true;
	PLAN_GROW(data->files, data->cap_files, data->n_files + 1);
	data->files[data->n_files++] = (struct file_id){ st->st_dev, st->st_ino };
	return false;
}

/*
 * Reads the file open at fd (of st's size) whole, into a block of
 * st_size + 1 bytes from bigmem_alloc(); *len is what it holds.  Returns
 * NULL after saying why when it cannot be read, or changed as it was.
 */
static char *read_whole(struct loader *l, const char *path, int fd, const struct stat *st,
			size_t *len)
{
	char *buf = bigmem_alloc((size_t)st->st_size + 1);

	*len = 0;
	for (;;) {
		ssize_t n = read(fd, buf + *len, (size_t)st->st_size + 1 - *len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			io_error(l, "read", path, errno);
			break;
		}
		if (n == 0)
			return buf;
		*len += (size_t)n;
		if (*len > (size_t)st->st_size) {
			/* The file grew while we read it; read it next time. */
			file_error(l, path, "changed", "the file changed while it was read");
			break;
		}
	}
	bigmem_free(buf, (size_t)st->st_size + 1);
	return NULL;
}

/*
 * Loads path's bytes (buf, len, in a block of size bytes) from their YAML
 * tree, read once for the plans and for plan fmt, and keeps both
 * (opts.keep).  A file whose tree cannot be read is loaded as any other,
 * so that what is wrong is said as always.
 */
static void load_kept(struct loader *l, const char *path, char *buf, size_t len, size_t size)
{
	const size_t first_diag = l->diags->n;
	struct ytree *t = ytree_read_checked(path, buf, len, l->opts.max_depth, l->diags);

	if (t) {
		struct ytree_walk w;
		struct reading rd;
		struct yev_reader *r;

		ytree_walk_start(&w, t);
		r = yev_open_source(path, ytree_walk_next, &w, l->data->arena, l->diags);
		/* the plans keep the tree's texts when they can: the tree goes once laid out */
		if (ytree_give_texts(t, l->data->arena))
			yev_borrow_texts(r);
		read_with(l->data->arena, &l->shared, r, &rd);
		ytree_walk_release(&w);
		add_reading(l, path, &rd);
		plan_diags_sort_from(l->diags, first_diag);
	} else {
		plan_diags_truncate(l->diags, first_diag);
		load_bytes(l, path, buf, len);
	}
	plan_kept_add(l->opts.keep, path, buf, len, size, t);
}

static void load_file(struct loader *l, const char *path, int fd, const struct stat *st)
{
	const size_t max = l->opts.max_file_bytes, size = (size_t)st->st_size + 1;
	char *buf;
	size_t len;

	if ((size_t)st->st_size > max) {
		file_error(l, path, "too-large",
			   "the file is too large (%lld bytes; the limit is %zu)",
			   (long long)st->st_size, max);
		return;
	}
	/* the model of a file takes about the file's size: in one chunk */
	arena_expect(l->data->arena, (size_t)st->st_size);
	if (l->opts.keep) {
		if ((buf = read_whole(l, path, fd, st, &len)))
			load_kept(l, path, buf, len, size);
		return;
	}
	/*
	 * Read in chunks, as libyaml's own tools do, and the file is never all
	 * in memory; only a file the stream cannot read is read whole.
	 */
	if (load_from(l, path,
		      yev_open_fd(path, fd, (size_t)st->st_size, l->opts.max_depth, l->data->arena,
				  l->diags)))
		return;
	if (lseek(fd, 0, SEEK_SET) < 0) {
		io_error(l, "read", path, errno);
		return;
	}
	if ((buf = read_whole(l, path, fd, st, &len))) {
		load_bytes(l, path, buf, len);
		bigmem_free(buf, size);
	}
}

static void load_path(struct loader *l, const char *path, bool named, unsigned depth);

bool plan_set_file_name(const char *name)
{
	const size_t n = strlen(name);

	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_dir(struct loader *l, const char *path, int fd, unsigned depth)
{
	DIR *dir = fdopendir(fd);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct plan_buf child = PLAN_BUF_INIT;

	if (!dir) {
		io_error(l, "read directory", path, errno);
		close(fd);
		return;
	}
	while ((errno = 0, de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		PLAN_GROW(names, cap, n + 1);
		names[n++] = plan_xstrdup(de->d_name);
	}
	if (errno)
		io_error(l, "read directory", path, errno);
	closedir(dir);
	if (n)
		qsort(names, n, sizeof(*names), by_name);
	for (size_t i = 0; i < n; i++) {
		plan_buf_reset(&child);
		plan_buf_addstr(&child, path);
		if (child.len && child.s[child.len - 1] != '/')
			plan_buf_addch(&child, '/');
		plan_buf_addstr(&child, names[i]);
		if (depth < MAX_DIR_DEPTH)
			load_path(l, child.s, plan_set_file_name(names[i]), depth + 1);
		free(names[i]);
	}
	free(names);
	plan_buf_release(&child);
}

/*
 * Loads path: a directory is walked; a file is loaded when it was named by
 * the caller or carries a plan file name.  Anything else met while walking
 * a directory is passed over.
 */
static void load_path(struct loader *l, const char *path, bool named, unsigned depth)
{
	struct stat st;
	/*
	 * Not blocking: a FIFO (or a device) in a plans directory would hold
	 * every command until something wrote to it.  Its type is read once it
	 * is open, so that nothing can change between the look and the read.
	 */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);

	if (fd < 0) {
		if (named)
			io_error(l, "open", path, errno);
		return;
	}
	if (fstat(fd, &st) < 0) {
		io_error(l, "stat", path, errno);
		close(fd);
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		if (!seen_before(l->data, &st))
			load_dir(l, path, fd, depth); /* closes fd */
		else
			close(fd);
		return;
	}
	if (!named) {
		close(fd);
		return;
	}
	if (!S_ISREG(st.st_mode))
		file_error(l, path, "not-a-file", "not a regular file");
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) < 0)
		io_error(l, "open", path, errno);
	else if (!seen_before(l->data, &st))
		load_file(l, path, fd, &st);
	close(fd);
}

static void report_duplicate_plans(struct loader *l)
{
	const struct plan **v = l->data->plans;

	for (size_t i = 1; i < l->data->n_plans; i++) {
		for (size_t j = 0; j < i; j++) {
			if (strcmp(v[i]->id.s, v[j]->id.s) != 0)
				continue;
			plan_diags_add(l->diags, v[i]->path, v[i]->id.pos, PLAN_ERROR,
				       "duplicate-plan", "duplicate plan id '%s' (also in %s:%u)",
				       v[i]->id.s, v[j]->path, (unsigned)v[j]->id.pos.line);
			break;
		}
	}
}

static void loader_init(struct loader *l, struct plan_set **out, const struct plan_load_opts *opts,
			struct plan_diags *diags)
{
	memset(l, 0, sizeof(*l));
	l->set = plan_xcalloc(1, sizeof(*l->set));
	l->data = plan_xcalloc(1, sizeof(*l->data));
	l->data->arena = arena_new();
	l->set->data = l->data;
	if (opts)
		l->opts = *opts;
	if (!l->opts.max_file_bytes)
		l->opts.max_file_bytes = PLAN_MAX_FILE_BYTES;
	if (!l->opts.max_depth)
		l->opts.max_depth = PLAN_MAX_DEPTH;
	l->diags = diags;
	*out = l->set;
}

static enum plan_load_result loader_finish(struct loader *l, size_t errors_before)
{
	report_duplicate_plans(l);
	l->set->plans = l->data->plans;
	l->set->n_plans = l->data->n_plans;
	l->set->units = l->data->units;
	l->set->n_units = l->data->n_units;
	l->set->abbrevs = l->data->abbrevs;
	l->set->n_abbrevs = l->data->n_abbrevs;
	l->set->files = l->data->paths;
	l->set->n_files = l->data->n_paths;
	plan_units_check(l->set, l->diags);
	strmap_release(&l->shared);
	if (l->unreadable)
		return PLAN_LOAD_UNREADABLE;
	return l->diags->errors > errors_before ? PLAN_LOAD_INVALID : PLAN_LOAD_OK;
}

enum plan_load_result plan_set_load(struct plan_set **out, const char *const *paths, size_t n_paths,
				    const struct plan_load_opts *opts, struct plan_diags *diags)
{
	const size_t errors_before = diags->errors;
	struct loader l;

	loader_init(&l, out, opts, diags);
	for (size_t i = 0; i < n_paths; i++)
		load_path(&l, paths[i], true, 0);
	return loader_finish(&l, errors_before);
}

/* A source's bytes, in a block of len + 1 bytes from bigmem_alloc(), for keeping. */
static char *copy_of(const struct plan_source *source)
{
	char *copy = bigmem_alloc(source->len + 1);

	memcpy(copy, source->data, source->len);
	return copy;
}

enum plan_load_result plan_set_load_sources(struct plan_set **out,
					    const struct plan_source *sources, size_t n,
					    const struct plan_load_opts *opts,
					    struct plan_diags *diags)
{
	const size_t errors_before = diags->errors;
	struct loader l;

	loader_init(&l, out, opts, diags);
	for (size_t i = 0; i < n; i++) {
		if (sources[i].len > l.opts.max_file_bytes)
			file_error(&l, sources[i].name, "too-large",
				   "the file is too large (%zu bytes; the limit is %zu)",
				   sources[i].len, l.opts.max_file_bytes);
		else if (l.opts.keep)
			load_kept(&l, sources[i].name, copy_of(&sources[i]), sources[i].len,
				  sources[i].len + 1);
		else
			load_bytes(&l, sources[i].name, sources[i].data, sources[i].len);
	}
	return loader_finish(&l, errors_before);
}

enum plan_load_result plan_set_load_buffer(struct plan_set **out, const char *name,
					   const char *data, size_t len,
					   const struct plan_load_opts *opts,
					   struct plan_diags *diags)
{
	const struct plan_source one = { name, data, len };

	return plan_set_load_sources(out, &one, 1, opts, diags);
}

void plan_set_free(struct plan_set *set)
{
	if (!set)
		return;
	arena_free(set->data->arena);
	free(set->data->plans);
	free(set->data->units);
	free(set->data->abbrevs);
	free(set->data->files);
	free(set->data->paths);
	free(set->data);
	free(set);
}
